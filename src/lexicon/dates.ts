/**
 * Calendar helpers shared by the extractors that read dates: validating a written day and month,
 * the last day of a month, quarter and half-year ends, Roman quarter numerals and ISO formatting.
 * Pure arithmetic on the proleptic Gregorian calendar (UTC, so no time zone or clock is involved).
 */

/** Roman numerals of the quarters as written in `quý I/2025` … `quý IV/2024`. */
export const ROMAN_QUARTERS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** Month and day of each quarter's last day: 31/3, 30/6, 30/9, 31/12. */
export const QUARTER_END_DAYS: ReadonlyArray<readonly [month: number, day: number]> = [
  [3, 31],
  [6, 30],
  [9, 30],
  [12, 31],
];

/**
 * The number of days of a month.
 * @example lastDayOfMonth(2024, 2) → 29
 */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True when day and month make a real date of that year (`31/4` and `29/2/2023` do not).
 * @example isValidDate(2024, 2, 29) → true
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/**
 * A year as written: four digits as is, two digits in the 2000s (`15/8/21` → 2021).
 * @example fullYear('21') → 2021
 */
export function fullYear(written: string): number {
  const n = Number(written);
  return written.length <= 2 ? 2000 + n : n;
}

/**
 * A quarter numeral, Roman or Arabic, → 1..4; null for anything else.
 * @example quarterNumber('III') → 3
 */
export function quarterNumber(written: string): number | null {
  const upper = written.toUpperCase();
  if (upper in ROMAN_QUARTERS) return ROMAN_QUARTERS[upper]!;
  const n = Number(written);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}

/**
 * ISO 8601 calendar date.
 * @example isoDate(2021, 8, 15) → '2021-08-15'
 */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The last day of a month, ISO.
 * @example monthEnd(2024, 9) → '2024-09-30'
 */
export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, lastDayOfMonth(year, month));
}

/**
 * The last day of a quarter, ISO.
 * @example quarterEnd(2025, 1) → '2025-03-31'
 */
export function quarterEnd(year: number, quarter: number): string {
  const [month, day] = QUARTER_END_DAYS[quarter - 1]!;
  return isoDate(year, month, day);
}

/**
 * The last day of a half-year (1: first, 2: second), ISO.
 * @example halfYearEnd(2021, 2) → '2021-12-31'
 */
export function halfYearEnd(year: number, half: 1 | 2): string {
  return half === 1 ? isoDate(year, 6, 30) : isoDate(year, 12, 31);
}

/**
 * The last day of a year, ISO.
 * @example yearEnd(2024) → '2024-12-31'
 */
export function yearEnd(year: number): string {
  return isoDate(year, 12, 31);
}

/** Splits an ISO date into numbers; null when it is not one. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/**
 * Adds calendar days to an ISO date.
 * @example addDays('2024-06-15', 10) → '2024-06-25'
 */
export function addDays(iso: string, days: number): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * The Sunday that ends the week (Monday to Sunday) of an ISO date, `weeks` weeks later.
 * @example weekEnd('2024-06-12', 0) → '2024-06-16'; weekEnd('2024-06-16', 1) → '2024-06-23'
 */
export function weekEnd(iso: string, weeks = 0): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay(); // 0 = Sunday
  return addDays(iso, (7 - weekday) % 7 + 7 * weeks);
}

/**
 * Adds working days (Monday to Friday) to an ISO date. Public holidays are not known here and are
 * counted as working days.
 * @example addWorkingDays('2024-06-14', 1) → '2024-06-17' (Friday → Monday)
 */
export function addWorkingDays(iso: string, days: number): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  let left = days;
  while (left > 0) {
    t.setUTCDate(t.getUTCDate() + 1);
    const wd = t.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Adds months to an ISO date, keeping the day where the month has it and the month's last day
 * otherwise (31/1 + 1 month → 29/2 in a leap year).
 * @example addMonths('2024-06-15', 3) → '2024-09-15'
 */
export function addMonths(iso: string, months: number): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d.day, lastDayOfMonth(year, month)));
}
