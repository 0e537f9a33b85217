/**
 * The document's own number, from the `Số:` line of the header (or the `Số hiệu:` row of a
 * web copy's metadata table).
 */
import type { Line, Span } from '../types.js';
import { stripEnd } from './layout.js';

/** A value read from the header or footer, with the text it was read from. */
export interface Found<T> {
  value: T;
  span: Span;
  /** 0-based index of the line it starts on. */
  line: number;
}

// At the start of a line (after indentation or Markdown), then the number and the symbol:
// Số: 45/KL-SKHCN | Số: /KL-SKHCN | Số:173    /KH-UBND | Số 3260-KH/ĐĐQH15 | Số:  100 /NQ-CP
// Số: ……/QĐ-UBND | Số: 122/2024/NĐ-CP | Số hiệu: 365/TB-VPCP | | Số hiệu | 365/TB-VPCP |
const NUMBER_LINE =
  /^[\s#>*|]*Số(?:[\s]+(?:ký[\s]+)?hiệu(?:[\s]+văn[\s]+bản)?)?[\s*]*[:.]?[\s*|]*(?<num>[\d.…_]*)[\s]*(?<sym>[/-][\s]*[\p{L}\p{N}&.]+(?:[\s]?[/-][\s]?[\p{L}\p{N}&.]+)*)/du;

/**
 * Normalizes a written number: spaces and blank placeholders removed, leading zeros kept.
 * @example normalizeNumber('173    /KH-UBND') → '173/KH-UBND'
 */
export function normalizeNumber(raw: string): string {
  return stripEnd(raw.replace(/\s+/gu, '').replace(/^[.…_]+/u, ''), '.');
}

/**
 * Finds the number on the first `Số` line among `lines[from, to)`.
 * `Số 5 …` in running text is no number: the symbol after a slash or dash (`/KL-SKHCN`,
 * `-KH/ĐĐQH15`) must contain a capital letter.
 * @example readNumber(segmentLines('Số: 45/KL-SKHCN'), 0, 1)?.value → '45/KL-SKHCN'
 */
export function readNumber(lines: Line[], from: number, to: number): Found<string> | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const line = lines[i]!;
    const m = NUMBER_LINE.exec(line.text);
    if (!m) continue;
    const sym = m.groups!.sym!;
    if (!/\p{Lu}/u.test(sym)) continue;
    const [numStart, numEnd] = m.indices!.groups!.num!;
    const [symStart, symEnd] = m.indices!.groups!.sym!;
    const value = normalizeNumber(line.text.slice(numStart, symEnd));
    if (!value) continue;
    const start = numEnd > numStart ? numStart : symStart;
    return { value, span: { start: line.span.start + start, end: line.span.start + symEnd }, line: i };
  }
  return null;
}
