/**
 * Lines → paragraphs. A paragraph is one or more lines that read as one unit: hard-wrapped
 * lines of a PDF copy are joined, and so is a paragraph broken mid-sentence by a page break.
 * A line that starts with an enumeration marker always starts a paragraph.
 */
import type { Block, Line } from '../types.js';
import { isBareMarker, recognizeMarker, type Marker } from '../outline/markers.js';
import { readNumber } from '../document/number.js';
import { findFlattenedTables } from './flattened-table.js';
import { DASHED_FIELD_PAIRS, DASHED_NAME_HEADS } from '../lexicon/units-of-government.js';

// A line that ends a sentence or a clause: "… năm 2021." | "… như sau:" | "… ;" | "… ./."
const ENDS_CLAUSE = /[.:;!?…]["”’)\]]*\s*$/u;
const STARTS_LOWER = /^["“(]?[\p{Ll}\d]/u;
// A line that ends on a word that needs what follows: "Sở Tài nguyên và\nMôi trường" | "… theo chỉ đạo của\nThủ tướng".
// ("… của Ban\nChấp hành Trung ương": the head of a name after `của`, `thuộc` has its name on the next line)
const ENDS_OPEN = /(?<![\p{L}\p{M}])(?:và|của|với|cho|các|những|hoặc|(?:của|thuộc)\s+(?:Ban|Bộ|Sở|Cục|Ủy ban|Văn phòng|Hội đồng))$/u;
// … and a body named by its place, the place on the next line: "Ủy ban nhân dân\nThành phố Hà Nội"
const ENDS_WITH_LOCAL_BODY = /(?<![\p{L}\p{M}])(?:[ỦU][yỷ] ban nhân dân|UBND|HĐND|Hội đồng nhân dân|Công an)$/u;
const STARTS_WITH_PLACE = /^(?:Tỉnh|Thành phố|TP\.?|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)(?![\p{L}\p{M}])/u;
// A line cut inside a clause or a word: "… Thủ trưởng cơ quan thuộc Chính phủ,\nChủ tịch Ủy ban nhân dân …" | "… văn bản số
// 364/TTr-BNG-\nNVVH ngày …". Not across a blank line: a comma that ends a paragraph of a web copy is a typo.
const ENDS_INSIDE = /(?:,|[\p{L}\p{N}][-–])$/u;
// A ground of a preamble runs to its semicolon or full stop, whatever the width of its lines: "Căn cứ Chỉ thị số 42-CT/TW
// … của Ban Bí thư\nTrung ương Đảng về …;".
const PREAMBLE_GROUND = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Xét tờ trình|Trên cơ sở)(?![\p{L}\p{M}])/u;
// A name of two fields wrapped before its dash: "Sở Lao động\n- Thương binh và Xã hội" (either tone placement).
const tones = (w: string) => w.replace(/hóa/gu, '(?:hóa|hoá)');
const DASHED_NAME_WRAP = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${DASHED_NAME_HEADS.join('|')})\\s+(?:${DASHED_FIELD_PAIRS.map(([a, b]) => `${tones(a)}\\n[-–]\\s*${tones(b)}`).join('|')})(?![\\p{L}\\p{M}])`,
  'u',
);

// Below this share of the wrap width, a numbered line that ends with no mark ends its title (see `continues`).
const TITLE_WIDTH = 0.75;
// A topic title ("2. Về kết quả giám sát việc thực hiện chính sách hỗ trợ người có công") that fills most of the
// width ends all the same when the next line opens its body: an instruction word, or a body that names its
// actor and its verb ("Thường trực HĐND tỉnh đánh giá …"). A wrap inside a sentence does not restart on these.
const TOPIC_TITLE = /^(?:Về|Đối với)\s/u;
const OPENS_INSTRUCTION = /^(?:Giao|Đề nghị|Yêu cầu|(?:Cơ bản )?[Tt]hống nhất|Đồng ý|Nhất trí|Ghi nhận|Biểu dương)(?![\p{L}\p{M}])/u;
const OPENS_ACTOR_VERB =
  /^(?:Thường trực|Ban Thường vụ|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|HĐND|Hội đồng nhân dân|Chủ tịch|Sở|Ban|Văn phòng|Bộ)(?:\s+[^\s,.;:]+){0,6}?\s+(?:đánh giá|ghi nhận|thống nhất|đề nghị|yêu cầu|giao|chỉ đạo|đồng ý|nhất trí|biểu dương|kết luận|lưu ý|nhấn mạnh|cơ bản)(?![\p{L}\p{M}])/u;
// A title that names a work ("3. Tổ chức kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh karaoke") and
// the unit that does it on the next line ("Công an tỉnh chủ trì, phối hợp với …"); a line with an actor's role is a
// sentence ("1. Giao Sở Xây dựng chủ trì, phối hợp với các đơn vị kiểm tra, báo cáo⏎UBND tỉnh …").
const OPENS_UNIT_AT_WORK =
  /^(?:Thường trực|Ban Thường vụ|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Sở|Ban|Văn phòng|Bộ|Công an|Cục|Chi cục|Trung tâm|Kho bạc|Thanh tra)(?:\s+[^\s,.;:]+){0,6}?\s+(?:chủ trì|khẩn trương|tập trung|chịu trách nhiệm|có trách nhiệm|là cơ quan)(?![\p{L}\p{M}])/u;
const TITLE_NAMES_ROLE = /(?<![\p{L}\p{M}])(?:chủ trì|phối hợp|giao|đề nghị|yêu cầu|có trách nhiệm|chịu trách nhiệm|cần|phải)(?![\p{L}\p{M}])/iu;

export interface SegmentOptions {
  /** 0-based index of the first body line. */
  from: number;
  /** 0-based index after the last body line. */
  to: number;
  /** 0-based indices of furniture lines: they break paragraphs and belong to none. */
  furniture: Set<number>;
}

/**
 * Groups the body lines into paragraphs.
 * @example segmentBlocks(segmentLines('1. Giao Sở\nTài chính chủ trì.'), …) → one block of two lines
 */
export function segmentBlocks(text: string, lines: Line[], opts: SegmentOptions): Block[] {
  const copies = copiesOf(lines, opts);
  let copy = 0;
  const blocks: Block[] = [];
  let current: Line[] = [];
  // The trimmed text and the marker of the last line of `current`.
  let prev: Seen = { text: '', marker: null };
  let sawBlank = false;
  let sawFurniture = false;
  // Each part of a flattened task table (header, group row, task row) is one block of its own.
  const tableParts = findFlattenedTables(lines, opts.from, opts.to, opts.furniture);
  let part = 0;

  const flush = () => {
    if (current.length) {
      // A copy of its exact length: a paragraph's lines were pushed one by one, and a million
      // paragraphs would each keep the spare room that pushing leaves.
      const block = makeBlock(text, current.slice());
      if (sawFurniture) block.afterFurniture = true;
      blocks.push(block);
      sawFurniture = false;
    }
    current = [];
  };

  for (let i = opts.from; i < opts.to; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    while (copies[copy]!.to <= i && copy + 1 < copies.length) copy++;
    const wrapWidth = copies[copy]!.wrapWidth;
    const blankParted = copies[copy]!.blankParted;
    if (opts.furniture.has(i)) {
      flush();
      sawFurniture = blocks.length > 0;
      sawBlank = false;
      continue;
    }
    if (!t) {
      sawBlank = true;
      continue;
    }
    const tablePart = tableParts[part];
    if (tablePart && tablePart.from === i) {
      flush();
      current = lines.slice(i, tablePart.to).filter((l) => l.text.trim());
      flush();
      blocks[blocks.length - 1]!.table = tablePart;
      part++;
      i = tablePart.to - 1;
      prev = { text: '', marker: null };
      sawBlank = false;
      continue;
    }
    const seen: Seen = { text: t, marker: recognizeMarker(t) };
    if (current.length && continues(current, prev, seen, sawBlank, wrapWidth, blankParted)) current.push(line);
    else {
      flush();
      current = [line];
    }
    prev = seen;
    sawBlank = false;
  }
  flush();
  return blocks;
}

/** A trimmed line and the marker it starts with. */
interface Seen {
  text: string;
  marker: Marker | null;
}

/** Whether line `next` continues the paragraph of `paragraph` lines that ends with line `last`. */
function continues(paragraph: Line[], last: Seen, next: Seen, afterBlank: boolean, wrapWidth: number, blankParted = false): boolean {
  const prev = last.text;
  const t = next.text;
  // "1." alone on its line: its text follows on the next line.
  if (paragraph.length === 1 && isBareMarker(prev, last.marker)) return true;
  const marker = next.marker;
  const prevOpen = !ENDS_CLAUSE.test(prev);
  if (marker) {
    if (marker.kind !== 'bullet' || !prevOpen) return false;
    // "giai đoạn 2021\n- 2025": a dash before a number inside an open clause is not a bullet.
    if (/^[-–]\s*\d/.test(t)) return true;
    // "Sở Lao động\n- Thương binh và Xã hội": a wrap inside a name of two fields joined by a dash.
    if (DASHED_NAME_WRAP.test(`${prev.slice(-40)}\n${t.slice(0, 30)}`)) return true;
    // "Festival Thăng Long\n– Hà Nội": a wrap inside a name joined by a dash, in a wrapped copy.
    return wrapWidth > 0 && prev.length >= wrapWidth * 0.6 && /\p{Lu}[\p{Ll}\p{M}]*$/u.test(prev) && /^–\s*\p{Lu}/u.test(t);
  }
  // "- Tham mưu … cho các dự án hạ tầng số;⏎hoàn thành trong tháng 10/2025.": a line that ends in `;` goes on when
  // the next starts in lower case and the line is full in a hard-wrapped copy or ends a marked item's line (its
  // siblings would carry markers too); a short unmarked line there ends its paragraph (an unmarked list).
  if (prev.endsWith(';') && !afterBlank && /^\p{Ll}/u.test(t) && ((wrapWidth > 0 && prev.length >= wrapWidth * 0.85) || recognizeMarker(paragraph[0]!.text.trim()) !== null)) return true;
  // "Thứ năm, các địa phương tập trung … cho nhà thầu;⏎Bộ Công an chỉ đạo xử lý nghiêm …": in a hard-wrapped copy
  // whose paragraphs are parted by blank lines, a full line that ends in `;` wraps before the next clause's capital
  // (its subject); a list of unmarked clauses there would leave a short line or a blank (not a ground: "Căn cứ …;").
  // Not a line with a marker of its own ("A. Sở Nội vụ …;⏎B. Sở Tư pháp …", "…;⏎Điều 2. …"), nor one that ends in
  // `;` itself: a list's next one-line item, not the tail of a wrapped clause.
  if (prev.endsWith(';') && !afterBlank && blankParted && wrapWidth > 0 && prev.length >= wrapWidth * 0.85 && /^\p{Lu}/u.test(t) && next.marker === null && !/^[A-ZĐ][.)]\s/u.test(t) && !t.endsWith(';') && !PREAMBLE_GROUND.test(t) && !PREAMBLE_GROUND.test(paragraph[0]!.text.trimStart())) return true;
  if (!prevOpen) return false;
  // (a capital after it is the next word of a name or a clause, in any copy and across a page break)
  if (ENDS_OPEN.test(prev) || (ENDS_WITH_LOCAL_BODY.test(prev) && STARTS_WITH_PLACE.test(t))) return true;
  if (afterBlank) return STARTS_LOWER.test(t);
  // (a short line that ends in a comma may be a paragraph of its own: a dateline, a greeting)
  if (ENDS_INSIDE.test(prev) && (wrapWidth > 0 || prev.length >= 40)) return true;
  if (PREAMBLE_GROUND.test(paragraph[0]!.text.trimStart()) && !PREAMBLE_GROUND.test(t) && !/^QUYẾT/u.test(t)) return true;
  if (STARTS_LOWER.test(t)) return true;
  // A numbered title on a line of its own in a wrapped copy, well short of the width ("1. Về công tác chuẩn
  // bị Kỳ họp thứ 35 HĐND tỉnh khóa VIII", then "Thống nhất dự kiến …"): a wrap would have taken the next
  // word up, so the capital opens the title's body. (Measured with its indent: an indented first line
  // that wraps ends near the width too.)
  // (a title in capitals goes on in capitals: "IV. MỐI QUAN HỆ … VỚI⏎CÁC CƠ QUAN, TỔ CHỨC")
  const capitalsGoOn = !/\p{Ll}/u.test(prev) && /^\p{Lu}{2}/u.test(t);
  if (wrapWidth > 0 && paragraph.length === 1 && last.marker && last.marker.kind !== 'bullet' && /^\p{Lu}/u.test(t) && !capitalsGoOn) {
    if (paragraph[0]!.text.trimEnd().length < wrapWidth * TITLE_WIDTH) return false;
    // (the actor signal only after a title whose last three words hold no capital: "… của Thường trực\nHĐND tỉnh …"
    // is a name cut by the wrap; nor after a colon or a semicolon, which set a title's body on its own line)
    const title = prev.slice(last.marker.length).trimStart();
    const endsInName = /\p{Lu}\S*(?:\s+\S+){0,2}$/u.test(prev);
    if (TOPIC_TITLE.test(title) && (OPENS_INSTRUCTION.test(t) || (!endsInName && !/[:;]/u.test(title) && OPENS_ACTOR_VERB.test(t)))) return false;
    // (a title that names a work, not a topic, ends the same way before a unit that chairs or acts on it; a line that
    // names its own actor or role is a sentence the wrap cut)
    if (!endsInName && !/[:;]/u.test(title) && !TITLE_NAMES_ROLE.test(title) && OPENS_UNIT_AT_WORK.test(t)) return false;
  }
  // Hard-wrapped copies break lines near a fixed width, also before a capitalised word.
  return wrapWidth > 0 && prev.length >= wrapWidth * 0.6;
}

/**
 * The stretches of the body `[from, to)` that may come from different copies, each with its own
 * wrap width (as if each were read alone): a file can hold a document wrapped at 80 characters and
 * then another, copied from elsewhere, not wrapped at all. A run of furniture lines that holds a
 * document number (`Số: 21/CT-TTg`: the signature and header between two documents, which the
 * document stage leaves out of the body) parts them and belongs to neither. An attachment
 * (`PHỤ LỤC`, `Kèm theo …`) was printed with its document: it keeps the same width.
 */
function copiesOf(lines: Line[], opts: SegmentOptions): { to: number; wrapWidth: number; blankParted: boolean }[] {
  const out: { to: number; wrapWidth: number; blankParted: boolean }[] = [];
  let start = opts.from;
  let runStart = -1;
  let numbered = false;
  const close = (to: number) => out.push({ to, wrapWidth: hardWrapWidth(lines.slice(start, to)), blankParted: blankParted(lines.slice(start, to)) });
  for (let i = opts.from; i < opts.to; i++) {
    if (opts.furniture.has(i)) {
      if (runStart < 0) runStart = i;
      if (!numbered && readNumber(lines, i, i + 1)) numbered = true;
    } else if (lines[i]!.text.trim()) {
      if (numbered) {
        close(runStart);
        start = i;
      }
      runStart = -1;
      numbered = false;
    }
  }
  close(opts.to);
  return out;
}

/**
 * The width at which a PDF or e-mail copy wraps its lines, or 0 when lines are paragraphs.
 * Wrapped text has most lines close to one maximum length, well under 200 characters.
 */
function hardWrapWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 8) return 0;
  const p90 = lengths[Math.floor(lengths.length * 0.9)]!;
  if (p90 > 200 || p90 < 30) return 0;
  const near = lengths.filter((n) => n >= p90 * 0.75 && n <= p90 * 1.15).length;
  return near >= lengths.length * 0.4 ? p90 : 0;
}

/**
 * Whether a copy parts its paragraphs with blank lines: at least one blank for every four lines of text, with blanks
 * between lines of text (not only at the ends).
 */
function blankParted(lines: Line[]): boolean {
  let text = 0;
  let inner = 0;
  let pending = 0;
  for (const l of lines) {
    if (!l.text.trim()) pending++;
    else {
      if (text > 0 && pending > 0) inner++;
      pending = 0;
      text++;
    }
  }
  return text >= 8 && inner * 4 >= text;
}

function makeBlock(text: string, lines: Line[]): Block {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  let start = first.span.start;
  let end = last.span.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), span: { start, end }, lines, furniture: false };
}
