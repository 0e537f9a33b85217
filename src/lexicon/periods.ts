/**
 * Words for periods and cycles of the genre: weekdays, the `hằng`/`hàng` cycle words, and the small
 * numerals written in words in relative deadlines (`trong mười ngày`). Data, not logic.
 */
import type { Recurrence } from '../types.js';

/**
 * Weekday names after `thứ`, lower case, → ISO weekday (Monday = 1). `thứ Hai` is Monday:
 * the Vietnamese week counts Sunday (`Chủ nhật`) as day one, so `thứ N` is ISO day N − 1.
 */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  hai: 1,
  ba: 2,
  tư: 3,
  năm: 4,
  sáu: 5,
  bảy: 6,
  '2': 1,
  '3': 2,
  '4': 3,
  '5': 4,
  '6': 5,
  '7': 6,
};

/** ISO weekday of `Chủ nhật`. */
export const SUNDAY = 7;

/**
 * Cycle nouns after `hằng`/`hàng`/`định kỳ` → recurrence: `hằng tuần`, `hàng tháng`, `hằng quý`,
 * `hằng năm`; `6 tháng` only after `định kỳ`/`hằng` (`định kỳ 6 tháng`).
 */
export const CYCLES: Readonly<Record<string, Recurrence>> = {
  tuần: 'weekly',
  tháng: 'monthly',
  quý: 'quarterly',
  năm: 'yearly',
};

/**
 * Small numerals written in words, lower case → value (`trong mười ngày`, `sau ba tháng`).
 * Longest first where one begins another, so that a regex alternation built from the keys in this
 * order prefers `mười lăm` to `mười`.
 */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['mười lăm', 15],
  ['hai mươi', 20],
  ['ba mươi', 30],
  ['mười', 10],
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['tám', 8],
  ['chín', 9],
];

/** Reads a count written in digits (`03`, `15`) or in words (`mười lăm`); null otherwise. */
export function readCount(written: string): number | null {
  const w = written.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (/^\d+$/u.test(w)) return Number(w);
  const hit = NUMBER_WORDS.find(([word]) => word === w);
  return hit ? hit[1] : null;
}

// The opening of a meeting report: "Ngày 22/7/2021, Giám đốc Sở … chủ trì Hội nghị …"; an event told after the one
// before it: "Tiếp đó, ngày 30/11/2020, Hiệp hội gửi Công văn …".
export const DATED_OPENING = /^(?:(?:tiếp đó|sau đó|trước đó|tiếp theo)\s*,\s*)?(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)[,\s]/iu;
