/**
 * Closing blocks: the signature (`KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nVõ Tuấn Anh`) and the
 * `Nơi nhận:` list, in either order and interleaved in two-column PDF text; and what may follow
 * one, whose body is content again: the attachment of a signed Quyết định or Nghị quyết
 * (`KẾ HOẠCH … (Kèm theo Quyết định số …)`, `PHỤ LỤC`), another document copied into the same file
 * (its own issuer, `Số:`, motto, title), or the numbered body going on (`I.`, `1.`, `Điều 1.`).
 */
import type { Line, Span } from '../types.js';
import {
  cleanText,
  columns,
  isBlank,
  isJunk,
  isMotto,
  isSeparator,
  isUpper,
  LIST_ITEM,
  nextNonBlank,
  OFFICE_WORD,
  personName,
  SIGNATURE_HEAD,
  SIGNED_MARK,
  typeWordOf,
  type Segment,
} from './layout.js';
import { findHeader } from './header.js';
import { recognizeMarker } from '../outline/markers.js';
import { readNumber } from './number.js';
import { readTitle } from './title.js';

export type ClosingRole =
  | 'noi-nhan' // "Nơi nhận:"
  | 'recipient' // "- Như trên;"
  | 'continuation' // the wrapped rest of a recipient: "   phòng: KGVX, TH, HC-QT,"
  | 'note' // a remark beside a recipient in the other column: "(để b/c)"
  | 'head' // "KT. CHỦ TỊCH" | "TM. ỦY BAN NHÂN DÂN"
  | 'title' // "PHÓ CHỦ TỊCH" | "Phó Thủ tướng"
  | 'signed' // "(Đã ký)" | "[đã ký]"
  | 'junk' // "[" | "ơ" | "72"
  | 'name'; // "Võ Tuấn Anh"

export interface ClosingPart {
  seg: Segment;
  role: ClosingRole;
  /** 0-based line index. */
  line: number;
}

export interface ClosingBlock {
  /** 0-based index of the first line of the block. */
  start: number;
  /** 0-based index after its last line. */
  end: number;
  parts: ClosingPart[];
  hasRecipients: boolean;
}

/** Line ranges `[start, end)`, 0-based. */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * A closing block with the header of what follows it, `[start, end)`: `end` is where the content
 * goes on.
 */
export interface InnerFooter extends LineRange {
  /** The first line of the following header; null when the numbered body just goes on. */
  header: number | null;
  /** The text of the following header, from its first line to the last before `end`. */
  headerSpan: Span | null;
  /** What follows is a document of its own (its own number or date), not an attachment. */
  standalone: boolean;
}

export interface FooterLayout {
  /** Every closing block, in order; the first is the main document's. */
  blocks: ClosingBlock[];
  /** Where the final footer starts (lines.length when the document ends with content). */
  footerStart: number;
  /**
   * Closing blocks followed by more content — an attachment, another document or the body going
   * on — with the header of what follows: not content.
   */
  inner: InnerFooter[];
}

// "Nơi nhận:" alone in its column, or followed by the first item: "Nơi nhận: - Như trên;"
const NOI_NHAN = /^Nơi\s+nhận(?:\s*[:：])?\s*(?:$|[-–+•])/iu;
// An office in sentence case under a head: "Phó Thủ tướng" | "Phó Chủ tịch" | "Giám đốc"
const MIXED_OFFICE =
  /^(?:Phó\s+|Tổng\s+)?(?:Thủ tướng|Chủ tịch|Giám đốc|Bộ trưởng|Thứ trưởng|Chánh Văn phòng|Bí thư|Chủ nhiệm|Cục trưởng|Viện trưởng|Trưởng ban|Thống đốc|Chánh án)(?:\s+[\p{L},]+){0,5}$/u;
// The header of an attachment: "PHỤ LỤC" | "Phụ lục II" | "DANH MỤC …" | "(Kèm theo Quyết định số …"
const ATTACHMENT_LINE = /^(?:PHỤ\s+LỤC|Phụ\s+lục|DANH\s+MỤC|BIỂU\s+MẪU|MẪU\s+SỐ)(?:\s+[IVX\d]+)?(?:\s*[.:])?\s*$|^\(?\s*(?:Ban hành\s+)?[Kk]èm theo(?![\p{L}])/u;

const MAX_BLOCK_LINES = 150;
const MAX_SIGNATURE_LINES = 8;

interface State {
  seenNoiNhan: boolean;
  inRecipients: boolean;
  titles: number;
  name: boolean;
  afterBlank: boolean;
}

function classify(seg: Segment, state: State, single: boolean): ClosingRole | 'other' {
  const clean = cleanText(seg.text).replace(/[[\]]/gu, '').trim();
  if (!clean) return 'junk';
  if (NOI_NHAN.test(clean)) return 'noi-nhan';
  if (SIGNED_MARK.test(clean)) return 'signed';
  if (isJunk(seg.text)) return 'junk';
  if (LIST_ITEM.test(clean)) return 'recipient';
  // "Lưu: VT, VP." without its dash is still an item of the list.
  if (state.inRecipients && /^Lưu(?:\s*[:：]|\s+VT)/u.test(clean)) return 'recipient';
  if (SIGNATURE_HEAD.test(clean) && !/\p{Ll}/u.test(clean.replace(SIGNATURE_HEAD, ''))) return 'head';
  // OCR crumbs glued to a title: "PHÓ THỦ TƯỚNGy]"
  const upperish = clean.replace(/(?<=\p{Lu})\p{Ll}{1,2}$/u, '');
  const words = upperish.split(/\s+/u).length;
  if (isUpper(upperish) && OFFICE_WORD.test(upperish) && words <= 10 && !/\d/u.test(upperish)) return 'title';
  if (!state.name && (state.titles > 0 || !state.inRecipients) && MIXED_OFFICE.test(clean)) return 'title';
  const loose = state.titles > 0 && !state.name && (seg.column >= 20 || (single && !state.inRecipients));
  if (personName(clean, loose)) return 'name';
  return 'other';
}

/**
 * Parses the closing block that starts on line `at`, or returns null when none starts there.
 * A block needs `Nơi nhận:` or a signature (an office and a name).
 */
function parseClosing(lines: Line[], at: number): ClosingBlock | null {
  const state: State = { seenNoiNhan: false, inRecipients: false, titles: 0, name: false, afterBlank: false };
  const parts: ClosingPart[] = [];
  let last = -1;
  let nonBlank = 0;
  for (let j = at; j < lines.length; j++) {
    const line = lines[j]!;
    // A signature is a few lines; a Nơi nhận list a few dozen. Longer runs are not a closing block.
    if (j - at > MAX_BLOCK_LINES || (!state.seenNoiNhan && nonBlank > MAX_SIGNATURE_LINES)) break;
    if (isBlank(line)) {
      state.afterBlank = true;
      continue;
    }
    if (j > at && startsDocument(lines, j)) break;
    nonBlank++;
    const segs = columns(line);
    const lineParts: ClosingPart[] = [];
    let rejected = false;
    let endsRecipients = false;
    for (let k = 0; k < segs.length && !rejected; k++) {
      const seg = segs[k]!;
      const role = classify(seg, state, segs.length === 1);
      switch (role) {
        case 'noi-nhan':
          if (state.seenNoiNhan || k > 0) rejected = true;
          else {
            state.seenNoiNhan = true;
            state.inRecipients = true;
            lineParts.push({ seg, role, line: j });
          }
          break;
        case 'recipient':
          if (!state.inRecipients || k > 0) rejected = true;
          else lineParts.push({ seg, role, line: j });
          break;
        case 'head':
        case 'title':
          if (state.name) rejected = true;
          else {
            state.titles++;
            // A title alone in the left column ends a one-column Nơi nhận list; one in the right
            // column sits beside the list of a two-column copy.
            if (segs.length === 1 && seg.column < 20) endsRecipients = true;
            lineParts.push({ seg, role, line: j });
          }
          break;
        case 'signed':
        case 'junk':
          lineParts.push({ seg, role, line: j });
          break;
        case 'name':
          if (state.titles > 0 && !state.name) {
            state.name = true;
            if (segs.length === 1 && seg.column < 20) endsRecipients = true;
            lineParts.push({ seg, role, line: j });
          } else if (state.inRecipients && k === 0) lineParts.push({ seg, role: 'continuation', line: j });
          else rejected = true;
          break;
        default: {
          const text = seg.text;
          const continues = !state.afterBlank || /^[\p{Ll}(]/u.test(text);
          if (state.inRecipients && k === 0 && seg.column < 30 && continues && text.length <= 160) lineParts.push({ seg, role: 'continuation', line: j });
          else if (state.inRecipients && k > 0 && /^\(.*\)$/u.test(text)) lineParts.push({ seg, role: 'note', line: j });
          else rejected = true;
        }
      }
    }
    if (rejected) break;
    for (const p of lineParts) parts.push(p);
    last = j;
    state.afterBlank = false;
    // A signature line standing alone after the Nơi nhận list ends the list (one-column copies).
    if (endsRecipients && state.seenNoiNhan && lineParts.every((p) => p.role !== 'recipient')) state.inRecipients = false;
    if (state.name && !state.inRecipients) {
      // After the name only a Nơi nhận list that is still to come belongs to the block.
      const next = nextNonBlank(lines, j + 1);
      const nextSegs = next < lines.length ? columns(lines[next]!) : [];
      if (state.seenNoiNhan || !nextSegs.length || !NOI_NHAN.test(cleanText(nextSegs[0]!.text))) break;
    }
  }
  if (last < 0) return null;
  const hasName = parts.some((p) => p.role === 'name');
  const hasTitle = parts.some((p) => p.role === 'head' || p.role === 'title');
  if (!state.seenNoiNhan && !(hasName && hasTitle)) return null;
  return { start: at, end: last + 1, parts, hasRecipients: state.seenNoiNhan };
}

// What a line that starts a closing block holds: "nhận" in any case (Nơi nhận), or two capitals
// with at most a dot, colon, slash and spaces between them (KT. CHỦ TỊCH, Q. GIÁM ĐỐC, T/M, GIÁM
// ĐỐC). A line of running text has neither, and is not split into columns.
const NHAN = /nhận/iu;
const TWO_CAPITALS = /\p{Lu}[\s.:/]*\p{Lu}/u;

/** Where a closing block may start: `Nơi nhận:`, a signature head, or an office above a name. */
function mayStartClosing(lines: Line[], i: number): boolean {
  const t = lines[i]!.text;
  if (!NHAN.test(t) && !TWO_CAPITALS.test(t)) return false;
  const segs = columns(lines[i]!);
  const first = segs[0];
  if (!first) return false;
  const clean = cleanText(first.text);
  if (NOI_NHAN.test(clean)) return true;
  if (segs.some((s) => SIGNATURE_HEAD.test(cleanText(s.text)) && !/\p{Ll}/u.test(cleanText(s.text).replace(SIGNATURE_HEAD, '')))) return true;
  return segs.length === 1 && clean.length <= 60 && isUpper(clean) && OFFICE_WORD.test(clean) && !/\d/u.test(clean);
}

/**
 * True when line `j` starts the header of an attachment: the motto, an issuer line over the
 * motto, a type word (`KẾ HOẠCH`), `PHỤ LỤC`, `(Kèm theo …`.
 * @example startsAttachment(segmentLines('PHỤ LỤC\nDanh mục nhiệm vụ'), 0) → true
 */
export function startsAttachment(lines: Line[], j: number): boolean {
  const t = cleanText(lines[j]!.text);
  if (isMotto(t) || ATTACHMENT_LINE.test(t) || typeWordOf(t)) return true;
  // "CHÍNH PHỦ\n____\n\nCỘNG HÒA XÃ HỘI …" (an issuer line repeated above the attachment)
  const issuerLike = isUpper(t) && (t === 'THỦ TƯỚNG CHÍNH PHỦ' || !OFFICE_WORD.test(t));
  if (issuerLike) {
    let k = j + 1;
    for (let seen = 0; k < Math.min(lines.length, j + 12) && seen < 3; k++) {
      const u = lines[k]!.text.trim();
      if (!u || isSeparator(u)) continue;
      seen++;
      if (isMotto(u)) return true;
      if (!isUpper(u)) break;
    }
  }
  return false;
}

/**
 * True when line `j` starts the header of an attachment or of another document: what
 * `startsAttachment` says, or a `Số:` line (`Số: 21/CT-TTg`).
 * @example startsDocument(segmentLines('Số: 21/CT-TTg'), 0) → true
 */
function startsDocument(lines: Line[], j: number): boolean {
  return startsAttachment(lines, j) || readNumber(lines, j, j + 1) !== null;
}

/**
 * The line a header starts on when an attachment or another document follows line `from`: it may
 * open with the issuer's name over a rule (`CHÍNH PHỦ\n____\n\nCỘNG HÒA …`,
 * `THỦ TƯỚNG CHÍNH PHỦ\n____\nSố: 21/CT-TTg`); null when none follows.
 */
function headerAhead(lines: Line[], from: number): number | null {
  let first = -1;
  for (let k = from, seen = 0; k < Math.min(lines.length, from + 40) && seen < 6; k++) {
    const t = lines[k]!.text.trim();
    if (!t || isSeparator(t) || isJunk(t)) continue;
    if (first < 0) first = k;
    seen++;
    if (startsDocument(lines, k) || isMotto(t)) return first;
    // Only short upper-case lines (an issuer's name) may stand before the header's other lines.
    if (!isUpper(cleanText(t)) || t.length > 80) return null;
  }
  return null;
}

/**
 * The line the body goes on at after a closing block that ends at `from`: the first line after it
 * (rules and page numbers aside) when it opens a numbered part with its first marker — `I.`, `1.`,
 * `Điều 1.` — as a second document copied without its header does; null otherwise. Footnotes and
 * notes after a signature are not numbered so (`[1] …`, `Ghi chú: …`).
 * @example bodyResumes(segmentLines('\nI. MỤC ĐÍCH, YÊU CẦU'), 0) → 1
 */
function bodyResumes(lines: Line[], from: number): number | null {
  const k = skipRules(lines, from);
  if (k >= lines.length) return null;
  const marker = recognizeMarker(cleanText(lines[k]!.text));
  if (!marker) return null;
  const first = (marker.kind === 'roman' && marker.label === 'I') || (marker.kind === 'decimal' && marker.label === '1') || (marker.kind === 'article' && marker.label === 'D1');
  return first ? k : null;
}

// "(Kèm theo Quyết định số 844/QĐ-TTg\nngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)"
const ATTACHED_TO = /\(\s*(?:Ban hành\s+)?[Kk]èm theo(?![\p{L}])/u;

// How many lines the header of a document that follows another is read in: as many as the header
// of a whole document (header.ts reads 60), and a long addressee list.
const FOLLOWING_HEADER_LINES = 120;

/**
 * The first content line of an attachment or another document whose header starts on line `at`:
 * after `(Kèm theo …)`; else after the header a whole document has (issuer, `Số:`, motto,
 * place-date, title, `Kính gửi:`), when it has a number or a date of its own (`standalone`); else
 * after a type-word title.
 */
function attachmentBody(text: string, lines: Line[], at: number): { body: number; standalone: boolean } {
  const limit = Math.min(lines.length, at + 24);
  for (let j = at; j < limit; j++) {
    if (!ATTACHED_TO.test(lines[j]!.text)) continue;
    // The bracket may close a line or two later.
    let close = j;
    while (close < Math.min(lines.length, j + 5) && !/\)/u.test(lines[close]!.text.slice(close === j ? lines[j]!.text.search(ATTACHED_TO) : 0))) close++;
    return { body: skipRules(lines, Math.min(close, lines.length - 1) + 1), standalone: false };
  }
  // A document of its own: its header is read as the first document's is, in a bounded window (a
  // file of a thousand short documents stays linear).
  const header = findHeader(text, lines.slice(at, Math.min(lines.length, at + FOLLOWING_HEADER_LINES)));
  if (header.official) return { body: at + header.bodyStart, standalone: !!(header.number || header.date) };
  // "PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n\nTT | Nhiệm vụ | …": the word and the title in capitals under it.
  const first = nextNonBlank(lines, at);
  if (first < lines.length && ATTACHMENT_LINE.test(cleanText(lines[first]!.text))) {
    let j = first + 1;
    for (;;) {
      j = skipRules(lines, j);
      const t = j < limit ? cleanText(lines[j]!.text) : '';
      if (!t || !isUpper(t) || recognizeMarker(t)) break;
      j++;
    }
    return { body: j, standalone: false };
  }
  for (let j = at; j < limit; j++) {
    if (isBlank(lines[j])) continue;
    const title = typeWordOf(lines[j]!.text) ? readTitle(text, lines, j) : null;
    if (title) return { body: skipRules(lines, title.end), standalone: false };
  }
  return { body: at, standalone: false };
}

/** More than a few lines of running text after `from`: the document goes on. */
function contentFollows(lines: Line[], from: number): boolean {
  let long = 0;
  for (let j = from; j < Math.min(lines.length, from + 200) && long < 3; j++) if (lines[j]!.text.trim().length > 80) long++;
  return long >= 3;
}

function skipRules(lines: Line[], i: number): number {
  for (;;) {
    i = nextNonBlank(lines, i);
    if (i < lines.length && (isSeparator(lines[i]!.text) || isJunk(lines[i]!.text))) i++;
    else return i;
  }
}

/**
 * Finds the closing blocks from line `from` on: the final footer, and the closing blocks that
 * stand between a signed document and its attachment.
 * @example findFooter(text, segmentLines('… này./.\nNơi nhận:\n- Như trên;\nGIÁM ĐỐC\nNguyễn Văn Thành'), 0).footerStart → 1
 */
export function findFooter(text: string, lines: Line[], from: number): FooterLayout {
  const blocks: ClosingBlock[] = [];
  const inner: InnerFooter[] = [];
  let footerStart = lines.length;
  for (let i = from; i < lines.length; i++) {
    if (isBlank(lines[i]) || !mayStartClosing(lines, i)) continue;
    const block = parseClosing(lines, i);
    if (!block) continue;
    const next = block.end;
    const ahead = headerAhead(lines, next);
    const attachment = ahead !== null;
    // An office and a name with neither a head (KT., TM.) nor a Nơi nhận list is a weak sign:
    // it closes the document only when no content follows.
    const weak = !block.hasRecipients && !block.parts.some((p) => p.role === 'head');
    if (weak && !attachment && contentFollows(lines, next)) continue;
    blocks.push(block);
    if (attachment) {
      const following = attachmentBody(text, lines, ahead);
      const body = Math.max(following.body, next);
      const headerSpan = body > ahead ? { start: lines[ahead]!.span.start, end: lines[body - 1]!.span.end } : null;
      inner.push({ start: block.start, end: body, header: ahead, headerSpan, standalone: following.standalone });
      i = body - 1;
      continue;
    }
    const resumes = bodyResumes(lines, next);
    if (resumes !== null) {
      inner.push({ start: block.start, end: resumes, header: null, headerSpan: null, standalone: false });
      i = resumes - 1;
      continue;
    }
    footerStart = block.start;
    break;
  }
  return { blocks, footerStart, inner };
}
