/**
 * The year for dates written without one: the document's own, else the year the text's dates point to
 * (a news page that states no date). A news report writes the days of its own year without one
 * (`chiều 26/4`) and names other years mostly for the past (`từ năm 2003 đến nay`, `SN 1961`, `Năm
 * 2007, huyện đã thanh tra …`) and for horizons and goals (`đến năm 2030`, `vào năm 2025`). So, in order:
 * - the latest day written with its year (`ngày 15/2/2017`, `21.3.2017`), not a time limit (`trước
 *   ngày 30/6/2018`), a start (`từ ngày 1/1/2018`, `sau ngày 1/1/2019`), an event told before
 *   (`Trước đó, ngày 21.12.2016`), the date of a cited document (`Nghị quyết số 60/2018/QH14 ngày
 *   15/6/2018`) or of a paper issued (`bằng … cấp ngày 15/10/2009`);
 * - else the latest other year, periods with their year among them (`tháng 5/2019`, `quý I/2017`),
 *   not a horizon, not a past one, nor one the text shows past elsewhere;
 * - else the earliest time limit;
 * - else none: a wrong year is worse than no year for a task register.
 */

// The year itself: 2017 (not inside a number or a word)
const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?!\p{N})/gu;
// What may stand before a year of a written date or period: 15/2/ | 21.3. | 26/5/ 2017 | ngày 9 tháng 11 năm |
// tháng 5/ | quý I/ | quý IV năm | 6 tháng đầu năm
const DATE_BEFORE =
  /(?:(?<![\p{N}/.])(?<d>\d{1,2})[/.-]\s?(?<m>\d{1,2})[/.-]\s?|ngày\s+(?<d2>\d{1,2})\s+tháng\s+(?<m2>\d{1,2})\s+năm\s+|tháng\s+(?<m3>\d{1,2})\s*(?:[/.-]\s?|\s+năm\s+)|quý\s+(?:IV|I{1,3}|[1-4])\s*(?:[/.-]\s?|\s+năm\s+)|tháng\s+(?:đầu|cuối)\s+năm\s+)$/iu;
// A date that a word makes a time limit: trước ngày 30/6/2018 | trong tháng 3/2018 | đến hết quý II/2025
const LIMIT_BEFORE = /(?:trước|chậm\s+nhất(?:\s+là)?|hạn(?:\s+chót)?|đến|tới|trong)(?:\s+(?:hết|cuối|đầu|giữa|ngày|là))*\s*$/iu;
// A start (từ ngày 1/1/2018, từ tháng 5/2013: past or future, no clue to the year of writing) or a cited
// document (số 86/2011/NĐ-CP ngày 22-9-2011: the past)
// (`sau ngày 1/1/2019` starts too) …
const START_BEFORE = /(?:^|[^\p{L}])(?:từ|sau)(?:\s+(?:đầu|cuối|giữa|ngày))*\s*$/iu;
// … and an event told before the one reported: "Trước đó, ngày 21.12.2016, …"
const EARLIER_BEFORE = /(?:^|[^\p{L}])(?:trước đó|hồi)\s*,?\s*(?:ngày\s+)?$/iu;
// (symbols with digits too: 60/2018/QH14, 437/NQ-UBTVQH14)
const CITATION_BEFORE = /\d+(?:\/\d{4})?[/-][\p{Lu}Đ][\p{L}\p{N}&]*(?:\s?[-/]\s?[\p{Lu}Đ][\p{L}\p{N}&]*)*\s*,?\s*(?:ngày\s+)?$/u;
// Plan horizons and goals name future years: đến năm 2030 | tầm nhìn 2045 | định hướng 2022 | vào năm 2025 |
// tới năm 2020; and the end of a period (2016 - 2020) or a symbol's year (39/2018/)
const HORIZON_BEFORE = /(?:(?:đến|tới|vào)\s+năm|tầm\s+nhìn(?:\s+đến)?(?:\s+năm)?|định\s+hướng(?:\s+đến)?(?:\s+năm)?|đến|tới|[/.\-–])\s*$/iu;
// Past years: SN 1961 | sinh năm 1961 | hồi năm 2006
const PAST_BEFORE = /(?:(?:^|[^\p{L}])SN|sinh\s+năm|hồi(?:\s+năm)?)\s*$/iu;
// A year before which something was, or is to be done: trước năm 1975 | hoàn thành trước năm 2025 (not past itself)
const BEFORE_YEAR = /trước\s+năm\s*$/iu;
// … from a year up to now: từ năm 2009, đến nay | từ cuối năm 2014 tới nay
const SINCE_BEFORE = /từ\s+(?:(?:đầu|cuối|giữa)\s+)?(?:năm\s+)?$/iu;
const UP_TO_NOW_AFTER = /^[^.;\n]{0,40}?(?:đến|tới)\s+nay(?!\p{L})/iu;
// A year that opens its clause and is narrated as past: Đặc biệt, trong năm 2007, UBND huyện đã …
const NARRATED_BEFORE = /(?:^|[.;:,\n“"(])\s*(?:(?:trong|vào|hồi)\s+)?năm\s+$/iu;
const NARRATED_AFTER = /^\s*,\s*(?:[^\s,;.]+\s+){1,8}?đã(?!\p{L})/u;
// The day of a past act that a paper or a body bears: bằng do trường cấp ngày 15/10/2009 | thành lập ngày 3/7/1957
// (not `ký ngày`, `ban hành ngày`: a report's news is most often the document just signed, "Chỉ thị được ký ngày
// 10/5/2023 yêu cầu …", whose year is the report's)
const ISSUED_BEFORE = /(?:cấp|thành\s+lập|sinh|đăng\s+ký|khởi\s+công|khánh\s+thành)\s+(?:vào\s+)?(?:ngày\s+)?$/iu;
// The year of a document symbol: 39/2018/NĐ-CP | 08/2016/NĐ- CP
const SYMBOL_AFTER = /^\s*[/-]\s*[\p{Lu}Đ]/u;

/**
 * @example resolveYear(null, 'Chiều 26/4, … năm 2025 …') → 2025
 * @example resolveYear(null, 'Ngày 15/2/2017 công bố quy hoạch … cuối năm 2016') → 2017
 * @example resolveYear(null, 'ông giữ chức từ năm 2003, đến nay …; năm 2007, huyện đã thanh tra …') → null
 */
export function resolveYear(documentDate: string | null, text: string): number | null {
  if (documentDate) return Number(documentDate.slice(0, 4));
  // the latest written date, else the latest other year, else the earliest time limit (a limit is
  // due after the writing: `trong tháng 7/2017 … trong tháng 3/2018` was written by 2017)
  let dated: number | null = null;
  let limit: number | null = null;
  // Years named, and years the text shows are past (a start up to now, a birth, an issue, a narrated act): a past
  // year named again elsewhere (`từ năm 2009, đến nay …; vì năm 2009, ông xuống trường …`) is not the year of writing.
  const named: number[] = [];
  const past = new Set<number>();
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[0]);
    const at = m.index;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + 4, at + 60);
    if (SYMBOL_AFTER.test(after)) continue;
    const date = DATE_BEFORE.exec(before);
    if (date && validDate(date.groups!)) {
      const head = before.slice(0, date.index);
      if (START_BEFORE.test(head) || CITATION_BEFORE.test(head) || EARLIER_BEFORE.test(head)) continue;
      const day = date.groups!.d ?? date.groups!.d2;
      if (day && ISSUED_BEFORE.test(head)) past.add(y);
      else if (LIMIT_BEFORE.test(head)) limit = Math.min(limit ?? y, y);
      // A day is the report's own news; a month or a quarter is as often a past period it recalls
      // ("mới đưa vào sử dụng tháng 8/2016"): it counts as a year named.
      else if (day) dated = Math.max(dated ?? y, y);
      else named.push(y);
      continue;
    }
    if (HORIZON_BEFORE.test(before)) continue;
    // (a year before which something was, and a year narrated as done, may be the year of writing itself:
    // `Trong năm 2023, UBND tỉnh đã giải ngân 80% vốn. Tháng 10/2023, …`; they do not count, nor make the year past)
    if (BEFORE_YEAR.test(before) || (NARRATED_BEFORE.test(before) && NARRATED_AFTER.test(after))) continue;
    if (PAST_BEFORE.test(before)) past.add(y);
    // (a bare year up to now is past; `từ đầu năm 2017 đến nay` may be the year of writing)
    else if (SINCE_BEFORE.test(before) && UP_TO_NOW_AFTER.test(after)) {
      if (/năm\s+$/iu.test(before) && !/(?:đầu|cuối|giữa)\s+năm\s+$/iu.test(before)) past.add(y);
    } else named.push(y);
  }
  const other = named.filter((y) => !past.has(y)).reduce<number | null>((a, y) => Math.max(a ?? y, y), null);
  return dated ?? other ?? limit;
}

/** Day and month, where written, within their ranges (`15/2/`, not `45/2018/`). */
function validDate(g: Record<string, string | undefined>): boolean {
  const day = Number(g.d ?? g.d2 ?? 1);
  const month = Number(g.m ?? g.m2 ?? g.m3 ?? 1);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}
