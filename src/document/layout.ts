/**
 * The shapes of header and footer lines: two-column segments, separators, the national motto,
 * the type word above a title, signature and recipient lines. Shared by the field readers of
 * `src/document/`; no field is decided here.
 */
import type { Line, Span } from '../types.js';
import { ALL_FAMILY_NAMES } from '../lexicon/family-names.js';

/** A column of a line: PDF text keeps the two columns of a header or footer side by side. */
export interface Segment {
  /** Trimmed text of the column. */
  text: string;
  /** Absolute span of the trimmed text. */
  span: Span;
  /** Column of its first character within the line (0-based). */
  column: number;
}

// Columns are separated by a run of three or more spaces or a tab:
// "Số:173    /KH-UBND               Hà Nội, ngày 28 …" | "- Như trên;          Phạm Thị Thanh Trà"
const COLUMN_GAP = /[ \t\u00a0]{3,}|\t/gu;

/**
 * Splits a line into its columns, each trimmed, with absolute spans.
 * @example columns(line('- Như trên;        Vũ Đại Thắng')) → ['- Như trên;', 'Vũ Đại Thắng']
 */
export function columns(line: Line): Segment[] {
  const out: Segment[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(line.text[s]!)) s++;
    while (e > s && /\s/u.test(line.text[e - 1]!)) e--;
    if (e > s) out.push({ text: line.text.slice(s, e), span: { start: line.span.start + s, end: line.span.start + e }, column: s });
  };
  let pos = 0;
  for (const m of line.text.matchAll(COLUMN_GAP)) {
    push(pos, m.index!);
    pos = m.index! + m[0].length;
  }
  push(pos, line.text.length);
  return out;
}

/**
 * Strips Markdown decoration that web copies leave around header lines, and the spaces.
 * @example cleanText('  ## KẾT LUẬN **') → 'KẾT LUẬN'
 */
export function cleanText(s: string): string {
  // Trimmed by hand: a regex anchored at the end backtracks over every long run of spaces.
  let start = 0;
  let end = s.length;
  while (start < end && /[\s#>*|`]/u.test(s[start]!)) start++;
  while (end > start && /[\s*|`]/u.test(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/**
 * Removes trailing characters (any whitespace too when `chars` has a space) without a
 * backtracking regex.
 * @example stripEnd('GD, các PGD Sở; ', ' ;.') → 'GD, các PGD Sở'
 */
export function stripEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && (chars.includes(s[end - 1]!) || (chars.includes(' ') && /\s/u.test(s[end - 1]!)))) end--;
  return s.slice(0, end);
}

/**
 * True for a missing line or one with only whitespace.
 * @example isBlank(segmentLines('   ')[0]) → true
 */
export function isBlank(line: Line | undefined): boolean {
  return !line || line.text.trim() === '';
}

// "__________" | "—————" | "-----o0o-----" | "* * *" (three or more rule characters and nothing else)
const SEPARATOR_CHARS = /^[\s_\-–—=*.·~o0]+$/u;
const RULE_CHAR = /[_\-–—=*·~]/gu;

/**
 * A rule drawn under the issuer, the motto or the title.
 * @example isSeparator('______________') → true
 */
export function isSeparator(text: string): boolean {
  const t = text.trim();
  return SEPARATOR_CHARS.test(t) && (t.match(RULE_CHAR)?.length ?? 0) >= 3;
}

// Page numbers ("72"), stray brackets and OCR crumbs ("[", "y]", "ơ"), code fences ("```").
const JUNK = /^(?:[\p{P}\p{S}]{1,6}|\p{L}{1,2}[\])]?|\d{1,4}|`{3}.*)$/u;

/**
 * A line with no content of its own, left over from conversion.
 * @example isJunk('72') → true
 */
export function isJunk(text: string): boolean {
  return JUNK.test(text.trim());
}

// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (old tone placement "HOÀ" too)
export const MOTTO = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu;
// Độc lập - Tự do - Hạnh phúc
export const MOTTO_2 = /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/iu;
// The Party's motto line of party documents: ĐẢNG CỘNG SẢN VIỆT NAM
export const PARTY_MOTTO = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;

/**
 * True for a line (or column) that carries the national or the Party motto.
 * @example isMotto('Độc lập - Tự do - Hạnh phúc') → true
 */
export function isMotto(text: string): boolean {
  return MOTTO.test(text) || MOTTO_2.test(text) || PARTY_MOTTO.test(text);
}

/**
 * No lower-case letter and at least two capitals.
 * @example isUpper('SỞ KHOA HỌC VÀ CÔNG NGHỆ') → true
 */
export function isUpper(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

/** The type words printed above a title, upper case as printed → as SPEC writes them. */
export const TYPE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['KẾT LUẬN', 'Kết luận'],
  ['THÔNG BÁO', 'Thông báo'],
  ['CHỈ THỊ', 'Chỉ thị'],
  ['KẾ HOẠCH', 'Kế hoạch'],
  ['CÔNG ĐIỆN', 'Công điện'],
  ['QUYẾT ĐỊNH', 'Quyết định'],
  ['NGHỊ QUYẾT', 'Nghị quyết'],
  ['CHƯƠNG TRÌNH', 'Chương trình'],
  ['BÁO CÁO', 'Báo cáo'],
  ['TỜ TRÌNH', 'Tờ trình'],
  ['HƯỚNG DẪN', 'Hướng dẫn'],
  ['ĐỀ ÁN', 'Đề án'],
  ['PHƯƠNG ÁN', 'Phương án'],
  ['QUY CHẾ', 'Quy chế'],
  ['QUY ĐỊNH', 'Quy định'],
  ['NGHỊ ĐỊNH', 'Nghị định'],
  ['THÔNG TƯ', 'Thông tư'],
  ['THÔNG TRI', 'Thông tri'],
  ['CÔNG VĂN', 'Công văn'],
  ['LỆNH', 'Lệnh'],
];

const TYPE_LINE = new RegExp(`^(${TYPE_WORDS.map(([w]) => w.replace(/ /gu, '\\s+')).join('|')})(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])\\s*(.*)$`, 'u');

/**
 * The type word of an upper-case title line, with the rest of the line; null for other lines.
 * `QUYẾT ĐỊNH:` (the enacting word before the articles) is not a title.
 * @example typeWordOf('THÔNG BÁO KẾT LUẬN CỦA PHÓ THỦ TƯỚNG') → { type: 'Thông báo', rest: 'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG' }
 */
export function typeWordOf(text: string): { type: string; rest: string } | null {
  const clean = cleanText(text);
  if (/:\s*$/u.test(clean)) return null;
  const m = TYPE_LINE.exec(clean);
  if (!m) return null;
  const rest = m[2]!;
  if (/\p{Ll}/u.test(rest)) return null;
  const word = m[1]!.replace(/\s+/gu, ' ');
  const type = TYPE_WORDS.find(([w]) => w === word)![1];
  return { type, rest };
}

// Words that open a body paragraph, never a title line:
// "Căn cứ Luật …" | "Thực hiện Nghị quyết …" | "Ngày 22/7/2021, …" | "Chiều 26/4, …" | "Kính gửi:"
const BODY_OPENING =
  /^(?:Căn cứ|Thực hiện|Ngày\s+\d|Vào (?:ngày|sáng|chiều|lúc)|(?:Sáng|Chiều|Trưa|Tối|Đêm)(?:\s+(?:nay|ngày))?\s+\d|Hôm nay|Vừa qua|Trên cơ sở|Xét\s|Theo đề nghị|Nhằm\s|Để\s|Nhân dịp|Sau khi|Qua\s|Kính gửi|Hiện nay|Thời gian qua|Những năm qua|Trong (?:những|thời gian|năm|tháng|6 tháng|quý)|Tại (?:buổi|cuộc|hội nghị|phiên))/u;
// Enumeration markers: "I." "1." "Điều 1." "a)" "(1)" "-" "+" "•"
const MARKER_START = /^(?:[IVX]{1,6}\s*[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|Điều\s+\d|[a-zđ]\)|\(\d{1,3}\)|[-–+•*])\s/u;

/**
 * A line that starts a body paragraph (an opening word or an enumeration marker).
 * @example opensBody('Căn cứ Luật Tổ chức Chính phủ;') → true
 */
export function opensBody(text: string): boolean {
  const t = cleanText(text);
  return BODY_OPENING.test(t) || MARKER_START.test(t);
}

// Recipients: "Nơi nhận:" (also "Nơi nhận" without a colon, "Nơi gửi:")
export const NOI_NHAN = /^Nơi\s+nhận(?:\s*[:：])?/iu;
// A list item: "- Như trên;" | "+ …" | "• …"
export const LIST_ITEM = /^[-–—+•*·]\s*(?=\S)/u;
// Signature heads: "KT. CHỦ TỊCH" | "TM. ỦY BAN NHÂN DÂN" | "TL. BỘ TRƯỞNG" | "T/M ĐẢNG ĐOÀN" | "TUQ. …" | "Q. GIÁM ĐỐC"
export const SIGNATURE_HEAD = /^(?:KT|TM|TL|TUQ|T\/M|T\.M|K\/T|Q)(?:\s*[.:]\s*|\s+)(?=\p{Lu})/u;
// Offices that sign: "GIÁM ĐỐC" | "PHÓ CHỦ TỊCH" | "BỘ TRƯỞNG, CHỦ NHIỆM" | "BÍ THƯ" | "Phó Thủ tướng"
export const OFFICE_WORD =
  /(?<![\p{L}])(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|CHỦ NHIỆM|CHÁNH|PHÓ|TỔNG THƯ KÝ|ỦY VIÊN|UỶ VIÊN|TƯ LỆNH|CHÍNH ỦY|THỐNG ĐỐC|KIỂM TOÁN|ĐẠI DIỆN)(?![\p{L}])/iu;
// Marks of a signature: "(Đã ký)" | "[đã ký]" | "Đã ký" | "(Ký, ghi rõ họ tên)" | "(ký và đóng dấu)"
export const SIGNED_MARK = /^[[(]?\s*(?:đã\s+ký|ký(?:\s+tên)?|chữ\s+ký)(?:[^\])]{0,40})?[\])]?\s*$/iu;

// Vietnamese family names: the first word of a signer's name.
const SURNAMES = ALL_FAMILY_NAMES;

// A name in proper case, two to five words: "Nguyễn Văn Thành" | "Trịnh Thị Thanh Hà" | "Y Thanh Hà Niê Kđăm"
const PROPER_NAME = /^(?:(?:Ông|Bà|Đồng chí)\s+)?(\p{Lu}[\p{Ll}\p{M}]{0,7}(?:\s+\p{Lu}[\p{Ll}\p{M}]{0,7}){1,4})$/u;
// The same in capitals: "NGUYỄN VĂN THÀNH"
const UPPER_NAME = /^(\p{Lu}{1,8}(?:\s+\p{Lu}{1,8}){1,4})$/u;

/**
 * Reads a signer's name printed alone on its line (or column); null for anything else.
 * A name in capitals counts only when it starts with a family name and names no office.
 * @example personName('Phạm Thị Thanh Trà') → 'Phạm Thị Thanh Trà'
 */
export function personName(text: string, loose: boolean): string | null {
  const t = text.trim().replace(/\s+/gu, ' ');
  const m = PROPER_NAME.exec(t);
  if (m) {
    const name = m[1]!;
    const first = name.split(' ')[0]!;
    // "Như Trên", "Văn Phòng" are not people; a known family name or a lone line after the title is.
    if (SURNAMES.has(first) || loose) return name;
    return null;
  }
  const u = UPPER_NAME.exec(t);
  if (u && !OFFICE_WORD.test(t)) {
    const words = u[1]!.split(' ').map((w) => w.charAt(0) + w.slice(1).toLowerCase());
    if (SURNAMES.has(words[0]!)) return words.join(' ');
  }
  return null;
}

/**
 * Absolute span of a line's trimmed text.
 * @example trimmedSpan(segmentLines('  KẾT LUẬN ')[0]) → { start: 2, end: 10 }
 */
export function trimmedSpan(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.span.start + lead, end: line.span.end - trail };
}

/**
 * Index of the next non-blank line at or after `i` (`to` when none).
 * @example nextNonBlank(segmentLines('a\n\nb'), 1) → 2
 */
export function nextNonBlank(lines: Line[], i: number, to = lines.length): number {
  while (i < to && isBlank(lines[i])) i++;
  return i;
}
