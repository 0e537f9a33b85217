/**
 * Paragraphs → a tree of entries: each marked paragraph opens an entry at the level its marker
 * kind holds in this document; unmarked paragraphs continue the entry before them or stand as
 * plain paragraphs of their parent.
 */
import type { Block } from '../types.js';
import { markerRank, recognizeMarker, type Marker } from './markers.js';
import { INSTRUCTION_VERBS } from '../lexicon/units-of-government.js';

export interface Entry {
  marker: Marker | null;
  /** The marked paragraph, or the plain paragraph itself. */
  head: Block;
  /** Unmarked paragraphs that continue the entry (before its first marked child). */
  continuation: Block[];
  /** Marked children and plain paragraphs, in document order. */
  children: Entry[];
  parent: Entry | null;
  id: string;
  /** Depth from the root: 1 for top-level entries. */
  level: number;
  /** Labelled lines that close a block of several items and apply to all of them. */
  closingLabels: Block[];
  /** How many of `children` have a marker (kept as they are added: asked for every paragraph). */
  marked: number;
  /** `siblingKey` of the marker, or null. */
  key: string | null;
}

// Attribute lines of a task: "Cơ quan chủ trì: …", "- Thời gian thực hiện: …" (SPEC.md, Labelled lines).
export const LABEL_LINE =
  /^(?:[-–+•*]\s*|[a-zđ]\)\s*|\d{1,2}\.\s*)?(?:(?:cơ quan|đơn vị|cơ quan\s*\/\s*đơn vị)(?:\s+(?:chủ trì|phối hợp|thực hiện|tham mưu|chịu trách nhiệm)(?:\s*(?:\(|,|\/)\s*[^:\n]{0,40})?)|chủ trì|phối hợp|thời gian|thời hạn|tiến độ|kinh phí|nguồn kinh phí|sản phẩm|địa điểm|hình thức|nội dung|phương thức|kết quả|trách nhiệm thực hiện)(?:\s+(?:thực hiện|dự kiến|hoàn thành|tổ chức|triển khai|truyền thông|chính|cụ thể|đầu ra|chủ trì|phối hợp|tham mưu|trình|báo cáo|ban hành|gửi)){0,2}\s*:/iu;

// The kinds of document a closing formula or a follow-up names as "this one": "Kết luận này".
const THIS_KIND = '(?:Kết luận|Thông báo|Chỉ thị|Kế hoạch|Công điện|Quyết định|Nghị quyết|Công văn|Thông tư)';
// Following up the whole document: "… theo dõi, đôn đốc các địa phương thực hiện Công điện này".
const FOLLOW_UP = `(?:theo dõi|đôn đốc|giám sát|kiểm tra)[^.]{0,80}${THIS_KIND} này`;

// The closing formula hands the whole document to its addressees:
// "… tổ chức triển khai thực hiện Kết luận này./." | "… chịu trách nhiệm thi hành Quyết định này./."
// "Quyết định này có hiệu lực …" | "Trên đây là Kế hoạch …" | "Văn phòng Chính phủ thông báo để … biết". A follow-up
// task that ends the same way is not one, nor is a time counted from the document's signing ("Thời gian thực
// hiện: trong 15 ngày kể từ ngày ký Kết luận này.").
const SINCE_SIGNING = `từ ngày (?:ký|ban hành)(?: ban hành)? ${THIS_KIND} này`;
export const CLOSING = new RegExp(
  `^(?!.*${FOLLOW_UP})(?!.*${SINCE_SIGNING}).*(?:thực hiện|triển khai|chấp hành|thi hành|quán triệt)[^.]{0,120}(?:${THIS_KIND.slice(3, -1)}|văn bản) này[./;]*(?:\\s+\\S{1,3})?\\s*$` +
    `|${THIS_KIND} này có hiệu lực|^Trên đây là|thông báo để [^.]{0,120} biết` +
    // "… căn cứ nội dung Kết luận này khẩn trương triển khai thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc
    // báo cáo Giám đốc Sở (qua Văn phòng Sở) để chỉ đạo./.": the document handed over, and where to turn with problems
    `|^[^.;]{0,160}căn cứ (?:nội dung )?${THIS_KIND} này,?(?: \\S+){0,3} (?:tổ chức |triển khai |tổ chức triển khai )?thực hiện(?:[;,.] [^.;]{0,80}(?:khó khăn|vướng mắc)[^.;]{0,200})?[./;]*\\s*$`,
  'su',
);
// The same formula with the document left unnamed, to a group of unnamed bodies: "Yêu cầu các cơ quan, đơn vị,
// địa phương nghiêm túc thực hiện./." | "Đề nghị Thủ trưởng các sở, ngành … khẩn trương triển khai thực hiện."
const BARE_CLOSING =
  /^(?:(?:Yêu cầu|Đề nghị)\s+(?:(?:Thủ trưởng|Giám đốc|Chủ tịch|Người đứng đầu)\s+)?)?[Cc]ác\s([^.;:]{0,160}?)\s(?:nghiêm túc|khẩn trương|khẩn cấp)(?:\s+(?:tổ chức|triển khai))*\s+thực hiện(?:\s+nghiêm túc)?\s*[./]*\s*$/u;

// The closing formula's last clause as a sentence of its own, which only tells where to turn with problems:
// "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND tỉnh (qua Sở …)
// để xem xét, giải quyết." (not when a body is then given work of its own: "…, các đơn vị báo cáo về Sở Tài chính;
// Sở Tài chính tổng hợp, tham mưu UBND tỉnh …", "…, vướng mắc, giao Sở Tài chính tổng hợp, báo cáo UBND tỉnh …").
const DIFFICULTIES_CLOSING =
  /^(?:(?:[-–+•*]|[a-zđ]\)|\d+(?:\.\d+)*\.)\s*)?(?:trong\s+)?quá trình\s+(?:tổ chức\s+)?(?:triển khai|thực hiện)(?:\s+thực hiện)?[^,.;:]{0,60},?\s+(?:nếu\s+)?(?:có|phát sinh|gặp)\s+[^.;:]{0,40}?(?:khó khăn|vướng mắc)[^;:]{0,300}$/iu;
const WORK_AFTER_REPORT = /[,;]\s*(?:(?:giao|đề nghị|yêu cầu)\s+)?(?!(?:các|những)\s)\p{Lu}[^,;.()]{0,60}?\s(?:tổng hợp|chủ trì|tham mưu|hướng dẫn)/u;

/** "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, … báo cáo … để xem xét, giải quyết." */
function onlyAsksToReportProblems(text: string): boolean {
  // (an obligation stated in so many words stays one: "… các bộ, ngành, địa phương có trách nhiệm gửi kiến nghị về Bộ
  // Công an để tổng hợp …", a duty of its own in a plan's list)
  if (text.length > 500 || !DIFFICULTIES_CLOSING.test(text) || WORK_AFTER_REPORT.test(text) || /có trách nhiệm/iu.test(text)) return false;
  // One sentence: no full stop before its end but in an abbreviation or a bracket ("(qua Sở …)").
  return !/[.!?]\s+\p{Lu}/u.test(text.replace(/\([^)]*\)/gu, ''));
}

// A closing formula is one sentence: a longer paragraph is none. Testing CLOSING on a line of 50 MB
// overflowed V8's regexp backtracking stack (RangeError), so longer text is not tested at all.
const CLOSING_MAX = 5_000;

const VERB_SET = new Set(INSTRUCTION_VERBS);

/** True when the words before `… thực hiện` only name bodies: no work of their own (`các chủ đầu tư rà soát …`). */
function namesOnlyBodies(names: string | undefined): boolean {
  if (names === undefined) return false;
  const words = names.match(/\p{L}+/gu) ?? [];
  return !words.some((w, i) => /^\p{Ll}/u.test(w) && (VERB_SET.has(w) || (i + 1 < words.length && VERB_SET.has(`${w} ${words[i + 1]}`))));
}

/**
 * True when a paragraph is the closing formula that hands the document to its addressees.
 * @example isClosing('Các cơ quan, đơn vị tổ chức triển khai thực hiện Kết luận này./.') → true
 */
export function isClosing(text: string): boolean {
  // Each branch of CLOSING needs one of these literals: most paragraphs have none, and its `.*`
  // would scan them to the end from every position.
  if (text.length <= 300 && namesOnlyBodies(BARE_CLOSING.exec(text)?.[1])) return true;
  if (onlyAsksToReportProblems(text)) return true;
  if (!text.includes(' này') && !text.startsWith('Trên đây là') && !text.includes('thông báo để')) return false;
  return text.length <= CLOSING_MAX && CLOSING.test(text);
}

const FOLLOW_UP_RE = new RegExp(FOLLOW_UP, 'u');

/**
 * True when a paragraph charges someone with following up the whole document.
 * @example followsUpDocument('Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này.') → true
 */
export function followsUpDocument(text: string): boolean {
  return text.includes(' này') && text.length <= CLOSING_MAX && FOLLOW_UP_RE.test(text);
}

// Words a paragraph opens on when it goes on with the duties of the item before it, without an actor of its own:
// "Là cơ quan thường trực, có trách nhiệm theo dõi …" | "Theo dõi, đôn đốc việc thực hiện Kế hoạch này".
const GOES_ON = new Set([...INSTRUCTION_VERBS, 'là', 'có trách nhiệm', 'chịu trách nhiệm', 'định kỳ', 'thường xuyên', 'đồng thời', 'tiếp tục']);

function opensOnDuty(text: string): boolean {
  const [first = '', second] = text.slice(0, 60).toLowerCase().match(/\p{L}+/gu)?.slice(0, 2) ?? [];
  return GOES_ON.has(first) || (second !== undefined && GOES_ON.has(`${first} ${second}`));
}

/**
 * An unnumbered follow-up of the whole document after a finished item, with an actor of its own
 * ("3. Đề nghị … học sinh." then "Bộ Y tế, Bộ Giáo dục và Đào tạo … theo dõi, đôn đốc các địa phương thực
 * hiện Công điện này"), is a task of its own, not part of that item. After a heading that waits for its
 * body ("1. Sở Nội vụ") or opening on a duty ("Là cơ quan thường trực, …"), it is the item's own.
 */
function followUpAfterItem(current: Entry, block: Block): boolean {
  return current.marker !== null && current.continuation.length === 0 && ENDS_SENTENCE.test(current.head.text) && followsUpDocument(block.text) && !opensOnDuty(block.text);
}

const ENDS_SENTENCE = /[.;!?…]["”’)\]]*\s*$/u;

/** A key that says which markers are siblings: same kind, same depth, same bullet glyph. */
function siblingKey(m: Marker): string {
  if (m.kind === 'decimal') return `decimal:${m.depth}`;
  if (m.kind === 'bullet') return `bullet:${m.glyph === '–' || m.glyph === '—' ? '-' : m.glyph}`;
  return m.kind;
}

/**
 * Builds the entry tree of the body paragraphs. The returned root has no head.
 * @param restarts 0-based lines where content starts again after a signature (another document, an
 *   attachment, the body going on): the first paragraph from each starts at the root again, as
 *   after a closing formula.
 * @example buildOutline([block('I. Kết quả'), block('1. Phòng A'), block('(1) Làm B.')]) → root › I › 1 › (1)
 */
export function buildOutline(blocks: Block[], restarts: readonly number[] = []): Entry {
  const root: Entry = { marker: null, head: null as unknown as Block, continuation: [], children: [], parent: null, id: '', level: 0, closingLabels: [], marked: 0, key: null };
  const stack: Entry[] = [root];
  const top = () => stack[stack.length - 1]!;
  const starts = [...restarts].sort((a, b) => a - b);
  let next = 0;

  for (const block of blocks) {
    const line = block.lines.length ? block.lines[0]!.number - 1 : -1;
    if (next < starts.length && line >= starts[next]!) {
      stack.length = 1;
      while (next < starts.length && line >= starts[next]!) next++;
    }
    // A part of a flattened task table (a header, a group row, a row: numbered `1.` or not) stands
    // alone at the top: a row continues no entry before it, and none continues it.
    if (block.table) {
      stack.length = 1;
      root.children.push(plain(block, root));
      continue;
    }
    const marker = recognizeMarker(block.text);
    if (marker && LABEL_LINE.test(block.text)) {
      attachLabel(stack, marker, block);
      continue;
    }
    if (marker) {
      const key = siblingKey(marker);
      const rank = markerRank(marker);
      let sibling = -1;
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.key === key) {
          sibling = i;
          break;
        }
      }
      if (sibling > 0) stack.length = sibling;
      else while (stack.length > 1 && markerRank(top().marker!) > rank) stack.pop();
      const parent = top();
      adoptContinuationAsPlain(parent);
      const entry: Entry = { marker, head: block, continuation: [], children: [], parent, id: '', level: parent.level + 1, closingLabels: [], marked: 0, key };
      parent.children.push(entry);
      parent.marked++;
      stack.push(entry);
      continue;
    }
    const current = top();
    if ((isClosing(block.text) || followUpAfterItem(current, block)) && !LABEL_LINE.test(block.text)) {
      stack.length = 1;
      root.children.push(plain(block, root));
      continue;
    }
    if (current === root || hasMarkedChildren(current)) {
      current.children.push(plain(block, current));
      continue;
    }
    // An unmarked labelled line after the last of several items that carry no labels of their own closes their block.
    if (LABEL_LINE.test(block.text) && closesBlock(current)) {
      current.parent!.closingLabels.push(block);
      current.continuation.push(block);
      continue;
    }
    const last = current.continuation.length ? current.continuation[current.continuation.length - 1]! : current.head;
    // After a finished bullet ("- Làm A."), an unmarked paragraph is the parent's again.
    if (current.marker?.kind === 'bullet' && ENDS_SENTENCE.test(last.text) && !LABEL_LINE.test(block.text)) {
      stack.pop();
      const parent = top();
      if (parent === root || hasMarkedChildren(parent)) parent.children.push(plain(block, parent));
      else parent.continuation.push(block);
      continue;
    }
    current.continuation.push(block);
  }
  splitTopicParagraphs(root);
  assignIds(root);
  return root;
}

// A numbered topic title, alone in its paragraph with no closing mark: "1. Về công tác chuẩn bị Kỳ họp thứ 35".
const TOPIC_TITLE = /^(?:về|đối với|dự án|công trình|việc)(?![\p{L}\p{M}])/iu;

// A paragraph that goes on from the one before it, with its actor: "Đồng thời, …" | "Ngoài ra, …" | "Là cơ quan …".
const GOES_ON_FROM_BEFORE = /^(?:đồng thời|ngoài ra|bên cạnh đó|trong đó|là|có trách nhiệm|chịu trách nhiệm|tiếp tục|trường hợp|riêng)(?![\p{L}\p{M}])/iu;

// Words that open a paragraph with its own actor or decision after them: "Giao Sở …", "Đề nghị …", "Thống nhất …".
const NAMES_ITS_ACTOR = new Set(['giao', 'đề nghị', 'yêu cầu', 'mời', 'thống nhất', 'đồng ý', 'nhất trí', 'kết luận', 'căn cứ', 'ghi nhận', 'biểu dương', 'đánh giá', 'lưu ý', 'nhấn mạnh', 'khẳng định', 'cho biết', 'phát biểu', 'mong muốn']);

/**
 * A later paragraph that opens on an order with no actor of its own goes on with the actor before it: "Giao Ban Tổ
 * chức Tỉnh ủy chủ trì rà soát …" then "Báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/7/2024." (one duty, one lead).
 */
function opensOnOwnVerb(text: string): boolean {
  const words = (text.match(/^\p{L}+(?:\s+\p{L}+)?/u)?.[0] ?? '').toLowerCase().split(/\s+/u);
  const [one, two] = [words[0] ?? '', words.slice(0, 2).join(' ')];
  const verb = VERB_SET.has(two) ? two : VERB_SET.has(one) ? one : null;
  return verb !== null && !NAMES_ITS_ACTOR.has(verb);
}

/**
 * A topic title followed by several paragraphs, each with its own instruction ("1. Về công tác chuẩn bị
 * Kỳ họp …" then "Thống nhất … Đề nghị UBND tỉnh …", "Giao các Ban HĐND tỉnh …", "Văn phòng Đoàn ĐBQH …
 * chuẩn bị …"): the title only names the topic, and the paragraphs are its plain items (`1.p1`, `1.p2`,
 * …), as under a heading with marked items; read as one item they gave one task with every actor as a
 * lead. A single paragraph stays the title's item; so do paragraphs that go on with a duty without an
 * actor ("Đồng thời, …", "Tiếp tục …"), lines cut mid-sentence and labelled lines.
 */
function splitTopicParagraphs(e: Entry): void {
  for (const child of e.children) splitTopicParagraphs(child);
  if (!e.marker || e.children.length || e.continuation.length < 2) return;
  const title = e.head.text.slice(e.marker.length).trim();
  if (!TOPIC_TITLE.test(title) || /[.:;!?…,]["”’)\]]*$/u.test(title)) return;
  if (e.continuation.some((b) => LABEL_LINE.test(b.text) || GOES_ON_FROM_BEFORE.test(b.text) || !/^\p{Lu}/u.test(b.text))) return;
  if (e.continuation.slice(1).some((b) => opensOnOwnVerb(b.text))) return;
  for (const block of e.continuation) e.children.push(plain(block, e));
  e.continuation = [];
}

function plain(block: Block, parent: Entry): Entry {
  return { marker: null, head: block, continuation: [], children: [], parent, id: '', level: parent.level + 1, closingLabels: [], marked: 0, key: null };
}

/**
 * A marked labelled line (`- Đơn vị chủ trì: …`, `b) Thời gian: …`) is never an item: it is part
 * of the item it follows, or closes the block of items of the entry it stands under.
 */
function attachLabel(stack: Entry[], marker: Marker, block: Block): void {
  const key = siblingKey(marker);
  while (stack.length > 1) {
    const t = stack[stack.length - 1]!;
    const sameLevel = t.key === key;
    const innerBullet = t.marker?.kind === 'bullet' && marker.kind !== 'bullet';
    if (!sameLevel && !innerBullet) break;
    stack.pop();
  }
  const target = stack[stack.length - 1]!;
  if (target.parent === null) {
    target.children.push(plain(block, target));
    return;
  }
  if (!hasMarkedChildren(target)) {
    target.continuation.push(block);
    return;
  }
  target.closingLabels.push(block);
  lastLeaf(target).continuation.push(block);
}

/**
 * An unmarked labelled line closes the block of items it follows (SPEC: labelled lines that close a block apply to
 * every item of it: `- Rà soát …;` / `- Xây dựng …;` / `Cơ quan chủ trì: Sở …`) when it follows the last of two
 * or more items under a heading, with only labels of that block since, and no earlier item had labels of its own
 * (`- Làm A.` / `Cơ quan chủ trì: X` / `- Làm B.` / `Cơ quan chủ trì: Y` gives each item its own).
 */
function closesBlock(current: Entry): boolean {
  const parent = current.parent;
  if (!current.marker || !parent || parent.parent === null || current.children.length || parent.marked < 2) return false;
  if (!current.continuation.every((b) => parent.closingLabels.includes(b))) return false;
  return parent.children.every((c) => c === current || !c.continuation.some((b) => LABEL_LINE.test(b.text)));
}

function lastLeaf(e: Entry): Entry {
  let cur = e;
  while (cur.children.length) cur = cur.children[cur.children.length - 1]!;
  return cur;
}

/**
 * True when an entry has a child with a marker: it is a heading.
 * @example hasMarkedChildren(buildOutline([block('1. Phòng A'), block('a) Làm B.')]).children[0]) → true
 */
export function hasMarkedChildren(e: Entry): boolean {
  return e.marked > 0;
}

/** Paragraphs between a heading and its first marked child become its plain paragraphs. */
function adoptContinuationAsPlain(parent: Entry): void {
  if (parent.head === null || hasMarkedChildren(parent) || !parent.continuation.length) return;
  for (const block of parent.continuation) parent.children.push(plain(block, parent));
  parent.continuation = [];
}

/** `2.1.` under `2.` adds only its last number to the id. */
function isDecimalUnder(child: Marker, parent: Marker | null): boolean {
  return child.kind === 'decimal' && child.depth > 1 && parent?.kind === 'decimal' && child.label.startsWith(parent.label + '.');
}

function assignIds(root: Entry): void {
  const taken = new Set<string>();
  // `<id>.0` names a heading's own instruction (SPEC.md, item): every entry given an id reserves its
  // `.0`, and a marker `0.` or `1.0.` that would take that id gets a suffix instead (`I.0~2`).
  const isTaken = (id: string) => taken.has(id) || (id.endsWith('.0') && taken.has(id.slice(0, -2)));
  // The next free suffix of each repeated id: thousands of repeated `1.` (OCR noise) stay linear.
  const nextSuffix = new Map<string, number>();
  const walk = (parent: Entry) => {
    let bullets = 0;
    let plains = 0;
    for (const child of parent.children) {
      let label: string;
      if (!child.marker) label = `p${++plains}`;
      else if (child.marker.kind === 'bullet') label = `-${++bullets}`;
      else if (isDecimalUnder(child.marker, parent.marker)) label = child.marker.label.split('.').pop()!;
      else label = child.marker.label;
      let id = parent.id ? `${parent.id}.${label}` : label;
      if (isTaken(id)) {
        let n = nextSuffix.get(id) ?? 2;
        while (taken.has(`${id}~${n}`)) n++;
        nextSuffix.set(id, n + 1);
        id = `${id}~${n}`;
      }
      taken.add(id);
      child.id = id;
      if (child.children.length) walk(child);
    }
  };
  walk(root);
}
