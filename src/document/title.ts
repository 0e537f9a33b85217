/**
 * The title: the type word line (`KẾT LUẬN`, `CHỈ THỊ` …) and the title lines under it, up to the
 * first body paragraph; a Công văn's `V/v …` line; a web page's headline.
 */
import type { Line } from '../types.js';
import type { Found } from './number.js';
import { cleanText, isBlank, isJunk, isMotto, isSeparator, isUpper, nextNonBlank, opensBody, trimmedSpan, typeWordOf } from './layout.js';

export interface TitleRead {
  /** The type word as SPEC writes it (`Kết luận`), null when the title has none. */
  type: string | null;
  /** The title as printed, whitespace collapsed; its span runs from the type word to the last title line. */
  title: Found<string>;
  /** 0-based index of the line after the last title line. */
  end: number;
}

// At most this many lines under the type word: long titles wrap over four or five lines.
const MAX_TITLE_LINES = 8;

/**
 * Reads the title that starts on the type word line `at`.
 * The first line under the type word may follow a blank line (`KẾT LUẬN\n\ncủa Giám đốc Sở …`);
 * further lines must follow without a blank. A separator, a blank line, a body opening
 * (`Căn cứ`, `Ngày 22/7/2021,`, a marker) or an enacting line (`CHÍNH PHỦ`) ends it.
 * @example readTitle(segmentLines('CHỈ THỊ\nVề việc sắp xếp thôn\n____\nThực hiện …'), 0)?.title.value → 'CHỈ THỊ Về việc sắp xếp thôn'
 */
export function readTitle(text: string, lines: Line[], at: number): TitleRead | null {
  const head = lines[at];
  if (!head) return null;
  const typed = typeWordOf(head.text);
  if (!typed) return null;
  let last = at;
  let j = at + 1;
  let taken = 0;
  let first = true;
  while (j < lines.length && taken < MAX_TITLE_LINES) {
    if (isBlank(lines[j])) {
      if (!first) break;
      j = nextNonBlank(lines, j);
      if (j >= lines.length || j - last > 3) break;
      continue;
    }
    const t = lines[j]!.text.trim();
    if (!isTitleLine(t, first)) break;
    last = j;
    taken++;
    first = false;
    // A title line ending a sentence ends the title.
    if (/[.!?]["”)]?$/u.test(t) && !/\/\.$/u.test(t)) break;
    j++;
  }
  const span = { start: trimmedSpan(head).start, end: trimmedSpan(lines[last]!).end };
  const value = text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim();
  return { type: typed.type, title: { value, span, line: at }, end: last + 1 };
}

// Uppercase lines that open the enacting part rather than continue the title:
// "CHÍNH PHỦ" | "THỦ TƯỚNG CHÍNH PHỦ" | "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI" | "GIÁM ĐỐC SỞ …" | "… điện:"
const ENACTING =
  /^(?:CHÍNH PHỦ|THỦ TƯỚNG|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|THỐNG ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BỘ CHÍNH TRỊ|BAN BÍ THƯ|TỔNG KIỂM TOÁN)(?![\p{L}])/u;

/**
 * An enacting line after the title: the issuer's name alone in capitals (`CHÍNH PHỦ`), before
 * `Căn cứ …`, or a Công điện's `THỦ TƯỚNG CHÍNH PHỦ điện:`.
 * @example isEnactingLine('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI') → true
 */
export function isEnactingLine(text: string): boolean {
  const t = cleanText(text);
  // "CÔNG ĐIỆN"-like lines ending in "… điện:". Looked for from the word, not with a leading `\s+`,
  // which retries from every space of a long run (n² on a line of spaces).
  const dien = /điện\s*:?$/u.exec(t);
  let before = dien ? dien.index : -1;
  while (before > 0 && /\s/u.test(t[before - 1]!)) before--;
  if (dien && before < dien.index && isUpper(t.slice(0, before)) && !/[^\p{Lu}\s,]/u.test(t.slice(0, before))) return true;
  return ENACTING.test(t) && isUpper(t) && !/\d/u.test(t) && t.split(/\s+/u).length <= 14 && !/:$/u.test(t);
}

function isTitleLine(t: string, first: boolean): boolean {
  if (isSeparator(t) || isJunk(t) || isMotto(t) || opensBody(t) || isEnactingLine(t)) return false;
  if (/:\s*$/u.test(t)) return false;
  if (/^V\/v(?![\p{L}])/u.test(t) && !first) return false;
  // The first line under a type word after a blank line: a title reads as one phrase, not a paragraph.
  if (first && t.length > 320) return false;
  return true;
}

// V/v cơ chế đặc thù … (the subject line of a Công văn, under its number)
const VV = /^V\/v(?![\p{L}])/u;

/**
 * Reads a Công văn's subject line `V/v …` at `at` (left column of a two-column header), with
 * the lines it wraps onto.
 * @example readSubject(text, segmentLines('V/v cơ chế đặc thù'), 0)?.title.value → 'V/v cơ chế đặc thù'
 */
export function readSubject(text: string, lines: Line[], at: number): TitleRead | null {
  const line = lines[at];
  if (!line) return null;
  const raw = line.text.trimStart();
  if (!VV.test(raw)) return null;
  // Two-column PDF lines: the subject is the left column only.
  const lead = line.text.length - raw.length;
  const gap = /[\s]{3,}/u.exec(raw);
  const startOff = line.span.start + lead;
  let end = line.span.start + lead + (gap ? gap.index : raw.trimEnd().length);
  let last = at;
  for (let j = at + 1; j < Math.min(lines.length, at + 4); j++) {
    const t = lines[j]!.text.trim();
    if (!t || isSeparator(t) || opensBody(t) || /,\s*ngày\s/u.test(t) || isMotto(t) || /^Kính\s+gửi/iu.test(t)) break;
    if (!/^\p{Ll}/u.test(t)) break;
    const l2 = lines[j]!;
    const lead2 = l2.text.length - l2.text.trimStart().length;
    const g2 = /[\s]{3,}/u.exec(l2.text.slice(lead2));
    end = l2.span.start + lead2 + (g2 ? g2.index : l2.text.slice(lead2).trimEnd().length);
    last = j;
  }
  const span = { start: startOff, end };
  return { type: null, title: { value: text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim(), span, line: at }, end: last + 1 };
}
