/**
 * Vietnamese numerals written in digits (our "Numeral first", as Duckling puts numbers before
 * every other dimension): `.` groups thousands and `,` is the decimal mark (`18.418` → 18418,
 * `33,3` → 33.3), with the English-style decimals that web copies carry (`1.5` → 1.5); and the
 * scale words that follow a number (`12,5 nghìn tỷ đồng`).
 */

/**
 * Scale words → their factor. Keys are lower case NFC with single spaces; `nghìn tỷ` is listed so
 * that a caller which matched the longest scale finds it whole (`2 triệu tỷ đồng`: 2e15).
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  trăm: 1e2,
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
  'nghìn tỷ': 1e12,
  'ngàn tỷ': 1e12,
  'nghìn tỉ': 1e12,
  'ngàn tỉ': 1e12,
  'triệu tỷ': 1e15,
  'triệu tỉ': 1e15,
};

/** Spelling variants of a scale word → the spelling this project writes in `unit`. */
export const SCALE_SPELLING: Readonly<Record<string, string>> = {
  trăm: 'trăm',
  nghìn: 'nghìn',
  ngàn: 'nghìn',
  triệu: 'triệu',
  tỷ: 'tỷ',
  tỉ: 'tỷ',
  'nghìn tỷ': 'nghìn tỷ',
  'ngàn tỷ': 'nghìn tỷ',
  'nghìn tỉ': 'nghìn tỷ',
  'ngàn tỉ': 'nghìn tỷ',
  'triệu tỷ': 'triệu tỷ',
  'triệu tỉ': 'triệu tỷ',
};

/**
 * The factor of a scale word, whatever its case or spacing; null for anything else.
 * @example scaleOf('Nghìn  tỷ') // → 1e12
 */
export function scaleOf(word: string): number | null {
  return SCALE_WORDS[word.toLowerCase().replace(/\s+/g, ' ').trim()] ?? null;
}

// 18.418 | 50.074.800 | 1.234,5 : Vietnamese thousands (groups of exactly three), optional decimals
const VI_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
// 1,234,567 | 1,234.5 : English thousands, as in copies of English-language tables
const EN_GROUPED = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3},\d{3}\.\d+$/;
// 33,3 | 0,5 | 12,5 : the Vietnamese decimal comma
const VI_DECIMAL = /^\d+,\d+$/;
// 1.5 | 20.3 : a decimal point followed by anything but exactly three digits
const EN_DECIMAL = /^\d+\.(?:\d{1,2}|\d{4,})$/;

/**
 * Parses a number written the Vietnamese way; null when the string is not one number (a date such
 * as `15.8.2021`, a version such as `1.2.3`, anything with letters).
 * @example parseVietnameseNumber('50.074.800') // → 50074800
 */
export function parseVietnameseNumber(s: string): number | null {
  const t = s.trim();
  if (!/^\d/.test(t)) return null;
  if (/^\d+$/.test(t)) return Number(t);
  // A single `.` before exactly three digits is thousands (1.250 → 1250), never 1.25: the genre
  // writes decimals with a comma, and `1.250 km` in a report is a thousand and a quarter.
  if (VI_GROUPED.test(t)) return Number(t.replaceAll('.', '').replace(',', '.'));
  if (VI_DECIMAL.test(t)) return Number(t.replace(',', '.'));
  if (EN_GROUPED.test(t)) return Number(t.replaceAll(',', ''));
  // 0255.3822 is a telephone number, not a decimal.
  if (EN_DECIMAL.test(t) && !/^0\d/.test(t)) return Number(t);
  return null;
}
