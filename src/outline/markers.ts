/**
 * Enumeration markers at the start of a paragraph: `Điều 3.`, `II.`, `1.`, `1-`, `1.1.`, `a)`,
 * `(1)`, `1)`, and bullets `-` `+` `•` `*`.
 */

export type MarkerKind = 'article' | 'roman' | 'decimal' | 'letter' | 'paren' | 'number-paren' | 'bullet';

export interface Marker {
  kind: MarkerKind;
  /** The marker as written, trimmed: `II.`, `1.1.`, `a)`, `(3)`, `-`. */
  glyph: string;
  /** The label used in ids: `II`, `1`, `1.1`, `a`, `(3)`, the bullet glyph, `D3`. */
  label: string;
  /** Number of parts of a decimal marker (`1.2.3.` → 3); 1 otherwise. */
  depth: number;
  /** Length of the marker and the whitespace after it, from the start of the trimmed line. */
  length: number;
}

// Roman numerals up to XXXIX, as section headings use them: I. II. IV. XII.
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
// Điều 3. | Điều 12: | Điều 1 (text on the same line)
const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]?(?=\s|$)\s*/u;
// II. | IV) | PHẦN II.  (the numeral needs a dot or parenthesis and a space after)
const ROMAN_MARKER = /^([IVX]{1,6})\s*[.)](?=\s|$)\s*/u;
// 1. | 2) | 1.1. | 1.2.3 (a multi-part marker may drop its final dot)
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.|\))?(?=\s|$)\s*/u;
// 1- | 2- (a party document's numbering: "1- Ban Thường vụ Tỉnh ủy cơ bản đồng ý …"; the dash touches the number and a
// space follows, unlike a range wrapped to a line's start, "10 - 15 ngày", "20-25%", "2- 3 lần mỗi tuần")
const PARTY_NUMBER = /^(\d{1,2})[-–](?=\s+\D)\s*/u;
// a) | đ) | b. (Vietnamese alphabet; a dot only with a space after)
const LETTER = /^([a-zđ])\s?(\)|\.(?=\s))\s*/u;
// (1) | (12)
const PAREN = /^\((\d{1,3})\)\s*/u;
// - | – | + | • | * | ▪ | ➢ (a dash may touch its text: "-Xây dựng")
const BULLET = /^([-–—+•*·●▪◦►➢❖✓])(?=\s|\p{L}|\(|“|")\s*/u;

/**
 * Recognises the marker at the start of a trimmed line, or returns null.
 * @example recognizeMarker('(3) Tiếp tục theo dõi') → { kind: 'paren', glyph: '(3)', label: '(3)', depth: 1, length: 4 }
 */
export function recognizeMarker(line: string): Marker | null {
  let m = ARTICLE.exec(line);
  if (m) return { kind: 'article', glyph: m[0].trim(), label: `D${m[1]}`, depth: 1, length: m[0].length };
  m = ROMAN_MARKER.exec(line);
  if (m && ROMAN.test(m[1]!) && m[1] !== '') return { kind: 'roman', glyph: m[0].trim(), label: m[1]!, depth: 1, length: m[0].length };
  m = DECIMAL.exec(line);
  if (m) {
    const parts = m[1]!.split('.');
    const closer = m[2];
    // "2021 - 2025" wraps and bare numbers ("15 nhiệm vụ") are not markers: one part needs a closer.
    if (parts.length === 1 && !closer) return null;
    if (closer === ')' && parts.length === 1) {
      return { kind: 'number-paren', glyph: m[0].trim(), label: `${parts[0]})`, depth: 1, length: m[0].length };
    }
    return { kind: 'decimal', glyph: m[0].trim(), label: m[1]!, depth: parts.length, length: m[0].length };
  }
  m = PARTY_NUMBER.exec(line);
  if (m) return { kind: 'decimal', glyph: m[0].trim(), label: m[1]!, depth: 1, length: m[0].length };
  m = LETTER.exec(line);
  if (m) return { kind: 'letter', glyph: m[0].trim(), label: m[1]!, depth: 1, length: m[0].length };
  m = PAREN.exec(line);
  if (m) return { kind: 'paren', glyph: m[0].trim(), label: `(${m[1]})`, depth: 1, length: m[0].length };
  m = BULLET.exec(line);
  if (m) return { kind: 'bullet', glyph: m[1]!, label: m[1]!, depth: 1, length: m[0].length };
  return null;
}

/**
 * A marker-only line (`1.` with the text on the next line). `marker`: the line's marker when it is
 * already known.
 * @example isBareMarker('1.') → true
 */
export function isBareMarker(line: string, marker: Marker | null = recognizeMarker(line.trim())): boolean {
  return marker !== null && marker.kind !== 'bullet' && marker.length >= line.trim().length;
}

/** Rank of a marker kind, outermost first, used when a kind appears for the first time. */
export function markerRank(m: Marker): number {
  switch (m.kind) {
    case 'article':
      return 0;
    case 'roman':
      return 1;
    case 'decimal':
      return 1 + m.depth;
    case 'letter':
      return 10;
    case 'number-paren':
      return 11;
    case 'paren':
      return 12;
    case 'bullet':
      return 20;
  }
}
