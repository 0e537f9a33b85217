/**
 * The year for dates written without one: the document's own, else the latest year its text
 * names (a news page that states no date).
 */

/**
 * @example resolveYear(null, 'Chiều 26/4, … năm 2025 …') → 2025
 */
export function resolveYear(documentDate: string | null, text: string): number | null {
  if (documentDate) return Number(documentDate.slice(0, 4));
  let latest: number | null = null;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}/.-])((?:19|20)\d{2})(?![\p{N}])/gu)) {
    const y = Number(m[1]);
    // Plan horizons ("đến năm 2030", "tầm nhìn 2045", "định hướng 2022") name future years, not the year of writing.
    const before = text.slice(Math.max(0, m.index! - 24), m.index!);
    if (/(?:đến năm|tầm nhìn(?: đến)?(?: năm)?|định hướng(?: đến)?(?: năm)?|đến|-|–)\s*$/u.test(before)) continue;
    if (latest === null || y > latest) latest = y;
  }
  return latest;
}
