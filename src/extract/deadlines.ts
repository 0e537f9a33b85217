/**
 * Deadlines (SPEC "deadlines"): when a task must be done by. Every expression resolves to the last
 * day it allows — `trước ngày 15/8/2021`, `trong tháng 9/2024` → 30/9, `trong quý I/2025` → 31/3,
 * `6 tháng cuối năm 2021` → 31/12, `trong năm 2024` → 31/12, `trước năm 2026` → 31/12/2025 — or to a
 * kind without a date: `relative` (`trong 10 ngày kể từ ngày ký`, `trong tuần này` → the Sunday of that week, dated
 * from the document; `ngày 20 tháng 6 năm sau đó`, from another time: no date), `event` (`tại kỳ họp gần nhất`,
 * `ngay sau khi …`, `dịp Tết`, `trước thềm Đại hội`), `ongoing` (`thường xuyên`, `liên tục`) and
 * recurring cycles (`thứ Sáu hàng tuần`, `trước ngày 20 hằng tháng`, `định kỳ hằng quý`).
 *
 * A date is a deadline only when a word says so (`trước`, `chậm nhất`, `hạn chót`, `đến (hết)`,
 * `hoàn thành`, `trong` for a period); bare quarters and half-years count too, as they do in plan
 * tables and headings, and so does a capitalised month or year alone on its line, a plan table's time
 * cell (`Tháng 9/2024`, `Năm 2026`). A day without a year after a cycle word of its sentence is the
 * cycle's due day, not a date (`định kỳ hằng năm báo cáo … trước ngày 31 tháng 12` → yearly, "12-31"),
 * unless the cycle only qualifies its own clause (`báo cáo hằng năm, đồng thời hoàn thành … trước ngày 30/6`).
 * Not deadlines, rejected by the patterns or by the guards below:
 * - dates of citations (`Quyết định số 104/QĐ-UBND ngày 07/02/2023`) — no trigger precedes them,
 *   and a bare period right after a document symbol is read as part of the cited title;
 * - plan periods and horizons (`giai đoạn 2021 - 2025`, `định hướng đến năm 2030`): `đến năm` alone
 *   is never a trigger, only `đến hết`/`đến cuối năm`;
 * - names (`ngân sách năm 2021`, `Festival … năm 2026`): a bare year is never a deadline;
 * - start dates (`từ ngày 01/7/2025`, `từ quý II`), counts to a date (`tính đến ngày 30/6/2021`),
 *   status dates before a state or a verb of result (`Đến ngày 30/6, toàn tỉnh giải ngân được 45%`; a result
 *   only up to the document's month, later it is a target) and
 *   validity (`có hiệu lực đến hết ngày …`);
 * - reported periods (`kết quả 6 tháng đầu năm 2024`, `sơ kết`, `tổng kết`, `so với quý I`) and past
 *   events: a clause that opens with the period and goes on with `đã`/`vừa qua` (`Trong quý 1 vừa
 *   qua đã …`, `Trong 6 tháng đầu năm 2021, Sở đã …`, `“Sau khi có thông tin …, chúng tôi đã …`), or
 *   `đã` before the period in its own clause;
 * - forecasts and plans already made (`dự kiến sẽ mở rộng … trong năm 2018`, `Trong quý I sẽ có …`), a
 *   figure's period (`xuống còn 2,18% vào cuối năm 2016`) and what a report gives (`Theo báo cáo …, đến hết
 *   năm 2016, …`), unless the sentence instructs (`yêu cầu`, `phấn đấu`, `phải`);
 * - the time of an occurrence (`xảy ra vào cuối tháng 12`, `được tổ chức vào cuối năm`) or of a trend
 *   (`nhu cầu thường tăng cao vào cuối năm`), a time the work must not slip to (`không để dồn vào cuối
 *   năm`), a time limit a law sets, quoted (`Nghị định quy định trong vòng 15 ngày …`);
 * - a review's period (`hội nghị sơ kết công tác … 6 tháng đầu năm`) and a period opening a reported
 *   figure (`cho biết trong 6 tháng đầu năm, tốc độ tăng trưởng … đạt 6,45%`);
 * - a year-precision period wholly before the document's year (`trong năm 2023 vẫn còn …`,
 *   `trước năm 2013`): it cannot be a deadline of a new task;
 * - a month, quarter or half-year of the document's year that opens a clause and ended before the
 *   document's month (`Trong tháng 4 năm 2026, tình hình …` in a report of May), and a bare period
 *   followed by its figure (`GDP quý I/2024 đạt 5,1%`);
 * - `thường xuyên`/`liên tục` that does not say when the task is due: a noun modifier (`nhiệm vụ
 *   thường xuyên`, `chi thường xuyên`, `công tác kiểm tra thường xuyên`, `mối liên hệ thường xuyên`),
 *   a description (`khu vực thường xuyên úng ngập`, `đối tượng thường xuyên vi phạm`), the manner of a
 *   purpose (`… để cập nhật liên tục dữ liệu`), an attribute of a predicate noun (`là nhiệm vụ trọng
 *   tâm, thường xuyên`). It is ongoing when it qualifies the task's own action: opening the instruction
 *   (`Thường xuyên rà soát …`), after its verb (`thực hiện thường xuyên`, `cập nhật thường xuyên các
 *   quy định`), or as the time cell of a plan table (`Thường xuyên` alone on its line);
 * - cycle words inside noun phrases (`ngân sách hằng năm`, `kế hoạch công tác hằng năm`, `phiên họp
 *   định kỳ hằng quý`, `kế hoạch trung hạn và hằng năm`).
 *
 * Judgement calls: `ngày làm việc` counts Monday to Friday (public holidays unknown); a relative
 * deadline counted from something other than the document (`kể từ ngày nhận được thông báo của
 * cơ quan Hải quan`, `kể từ ngày nhận được hồ sơ`) has `date: null` (receiving the document itself,
 * `kể từ ngày nhận được Thông báo này`, counts from its date), one counted from a written date (`kể từ ngày 01/7/2025`) is dated from it; daily
 * cycles (`hằng ngày`) are not deadlines, as SPEC has no daily recurrence.
 */
import type { Candidate, DeadlineValue, ExtractContext, Precision, Recurrence, Rule, TextUnit } from '../types.js';
import { dropOverlapping, runRules, wordPattern } from './run-rules.js';
import {
  addDays,
  addMonths,
  addWorkingDays,
  fullYear,
  halfYearEnd,
  isValidDate,
  isoDate,
  monthEnd,
  parseIsoDate,
  quarterEnd,
  quarterNumber,
  weekEnd,
  yearEnd,
} from '../lexicon/dates.js';
import { IMPERATIVE_OPENERS_SOURCE } from '../lexicon/imperative-openers.js';
import { DATED_OPENING, NUMBER_WORDS, SUNDAY, WEEKDAYS, readCount } from '../lexicon/periods.js';

// --- vocabulary -------------------------------------------------------------------------------

/** Words that make a deadline of the date after them: chậm nhất là ngày … | hạn chót: … */
const LATEST = String.raw`(?:chậm\s+nhất|muộn\s+nhất|hạn\s+chót|hạn\s+cuối)(?:\s+là|\s*:)?`;

/** Heavenly stems and earthly branches of a lunar year: Tết Nguyên đán Giáp Thìn. */
const CAN = 'Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý';
const CHI = 'Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi';

/** First words of a condition after `sau khi` that make it a deadline (not `Sau khi nghe báo cáo`). */
const EVENT_STARTS = [
  'có', 'được', 'nhận được', 'Luật', 'Bộ luật', 'Nghị định', 'Nghị quyết', 'Thông tư', 'Quyết định',
  'Đề án', 'Kế hoạch', 'Chương trình', 'Quy hoạch', 'dự án', 'văn bản', 'cấp có thẩm quyền',
  'Thủ tướng', 'Chính phủ', 'Quốc hội', 'Bộ Chính trị', 'hoàn thành', 'kết thúc', 'thành lập',
  'ban hành', 'phê duyệt', 'sắp xếp', 'hợp nhất', 'sáp nhập',
].join('|');

/** Words that end an event clause before its next verb: ngay sau khi có hướng dẫn [để] … */
const EVENT_STOPS = 'thì|để|phải|cần|nhằm|và|đồng thời|khẩn trương|nhanh chóng|kịp thời|của';

/** Meeting qualifiers: tại kỳ họp gần nhất | tại kỳ họp thứ 3 | trong kỳ họp thường lệ cuối năm */
const MEETINGS = String.raw`gần nhất|tới|sắp tới|kế tiếp|tiếp theo|cuối năm|giữa năm|thường lệ(?:\s+(?:gần nhất|cuối năm|giữa năm|tới))?|chuyên đề(?:\s+(?:gần nhất|tới))?|thứ\s+(?:\d{1,2}|[IVXLC]{1,6})`;

/** Nouns that a cycle word qualifies (`ngân sách hằng năm`, `kế hoạch công tác hằng năm`): no deadline. */
const CYCLE_NOUNS = [
  'kế hoạch', 'ngân sách', 'dự toán', 'kinh phí', 'chi phí', 'chương trình', 'phiên họp', 'hội nghị',
  'cuộc họp', 'giao ban', 'chỉ tiêu', 'sản lượng', 'quy luật', 'khen thưởng', 'thi đua', 'thường xuyên',
  'kinh tế - xã hội', 'được giao', 'được cấp', 'đã cấp', 'sinh hoạt', 'lễ hội', 'tăng trưởng', 'nhu cầu',
]
  // a hard wrap may fall between the words of the noun: `kinh\nphí đào tạo hằng năm`
  .map((w) => w.replaceAll(' ', String.raw`\s+`))
  .join('|');

/** Nouns that `thường xuyên`/`liên tục` qualify, and counts it follows (`3 năm liên tục`). */
const ONGOING_NOUNS = String.raw`nhiệm\s+vụ|chi|kinh\s+phí|chi\s+phí|dự\s+toán|giáo\s+dục|vùng|khu\s+vực|nơi|không|khách\s+hàng|tính|sự|quá\s+trình|mưa(?:\s+(?:lớn|to))?|úng|ngập|lụt|sạt\s+lở|bị|xảy\s+ra|diễn\s+ra|kéo\s+dài|\d+\s+(?:năm|tháng|ngày|giờ|lần|kỳ|quý|tuần)|thứ\s+\d+`;

/**
 * Head nouns whose phrase `thường xuyên`/`liên tục` qualifies from up to two words away, so that it
 * names a kind of work, not when the task is due: `công tác kiểm tra thường xuyên`, `cơ chế giám sát
 * thường xuyên`, `mối liên hệ thường xuyên`, `việc cập nhật liên tục`, `chương trình tuyên truyền thường xuyên`.
 */
const ONGOING_HEADS = String.raw`công\s+tác|cơ\s+chế|chế\s+độ|hoạt\s+động|phong\s+trào|chương\s+trình|mối\s+(?:quan|liên)\s+hệ|quan\s+hệ|việc|sự|quá\s+trình|hình\s+thức|tình\s+trạng|hiện\s+tượng|điểm|đối\s+tượng`;

/** Words after `thường xuyên`/`liên tục` that make it a description, not a duty. */
const ONGOING_AFTER = String.raw`bị|xảy\s+ra|diễn\s+ra|phát\s+sinh|xuất\s+hiện|gặp|ngập|úng|lụt|sạt|chịu|vi\s+phạm|thay\s+đổi|biến\s+động|là|có\s+(?:hành\s+vi|biểu\s+hiện|nguy\s+cơ)|của|trở\s+lên|giảm|tăng(?!\s+cường)`;

/**
 * A figure reported for the period right after it: đến hết tháng 4 đạt 144,3 nghìn tỷ đồng (not `có
 * báo cáo`, `có văn bản`: the task is to have them by then).
 */
// (a hard wrap may fall inside the phrase: `có báo\ncáo`). A goal opening the clause makes the figure the
// target to reach by then: `phấn đấu đến hết năm 2024 có ít nhất 500 tổ`, `mục tiêu đến cuối năm 2025 đạt 95%`
// (in the same clause: `Về mục tiêu giảm nghèo, đến hết tháng 6 đạt 95% kế hoạch` reports a result).
const GOAL_BEFORE = String.raw`(?<=⟨(?:phấn\s+đấu|mục\s+tiêu)⟩[^.;:,\n]{0,60})`;
const FIGURE_AFTER = String.raw`(?:${GOAL_BEFORE}|(?!\s*,?\s*(?:(?:là|đạt|tăng|giảm)⟩|có⟩(?!\s+(?:báo\s+cáo|văn\s+bản|ý\s+kiến|phương\s+án|kế\s+hoạch|hướng\s+dẫn|đề\s+xuất)⟩))))`;

/** A figure verb right after a bare period, no comma between: GDP quý I/2017 đạt 5,1% | 6 tháng đầu năm tăng 7%. */
// (the lookahead also skips a year, so that backtracking cannot drop the year to slip past it)
const FIGURE_RIGHT_AFTER = String.raw`(?!(?:[^\S\n]*[/.-][^\S\n]*\d{4}|[^\S\n]+(?:năm[^\S\n]+)?(?:\d{4}|nay))?[^\S\n]+(?:đạt|tăng(?![^\S\n]+cường)|giảm)⟩)`;

/**
 * Words before a period that make it a reported one: kết quả 6 tháng đầu năm | so với quý I. (`sơ kết`,
 * `tổng kết` are `SUMMARY_BEFORE`'s: a preposition makes their period the time to hold the review by.)
 */
const REPORTED = String.raw`kết quả|tình hình|so với|cùng kỳ|tăng trưởng|GRDP|GDP`;

// --- pattern pieces ---------------------------------------------------------------------------

// 15/8/2021 | 15-8-2021 | 15.8.2021 | 15/8/21 | 30/9 (not 15-20/8, not 15/8/2021/QĐ)
// A year in words after the day or month: 30/6 năm 2025 | tháng 10 năm nay | 15/01 năm sau (not `năm sau đó`,
// a year after some other time)
const YEAR_WORDS = String.raw`\s+năm\s+(?:nay|sau|tới)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s+(?:đó|nữa))`;
// A year counted from some other time: ngày 20 tháng 6 [năm sau đó] | tháng 3 [năm đó] (not the document's year)
const OTHER_YEAR = String.raw`\s+năm\s+(?:(?:sau|tiếp\s+theo|kế\s+tiếp|trước)\s+)?(?:đó|ấy)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])`;
const OTHER_YEAR_END = new RegExp(`${OTHER_YEAR}$`, 'iu');
const D_NUM = String.raw`\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{4}|\d{2})|\s+năm\s+\d{4}|${YEAR_WORDS}|${OTHER_YEAR})?(?!\p{N}|[/.-]\p{N})`;
// 30 tháng 9 năm 2024 | 09\ntháng 3 năm 2024 | 30 tháng 6/2026 | 15 tháng 6
const D_WORDS = String.raw`\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4}|[/.-]\d{4}|${YEAR_WORDS}|${OTHER_YEAR})?(?!\p{N})`;
const DATE = `(?:${D_WORDS}|${D_NUM})`;
const DAY = String.raw`(?:ngày\s+)?${DATE}`;
// An hour before the day, in a Công điện: trước [17 giờ] ngày 29/9 | chậm nhất [10h00] ngày 15/8 | trước [16 giờ 30] ngày …
const TIME_OF_DAY = String.raw`(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?:\s*phút)?)?\s+(?=ngày⟩))?`;
// tháng 9/2024 | tháng 9 năm 2024 | tháng 6-2017 | tháng 12.2017 | tháng 10 (never without the year
// written after it, which a guard that rejects the whole reading would otherwise let slip) | a span of months
// with its year, which ends with the last: tháng 8 - 9/2025 (`tháng 8` alone would be August)
// (the year right after the slash, as `MONTH` reads it: not `tháng 8 - 9 / 2025`, which would end at `9` with no year)
const MONTH_SPAN = String.raw`(?:\d{1,2}\s*[-–]\s*(?=\d{1,2}(?:\/\d{4}|\s+năm\s+\d{4})(?!\p{N})))?`;
const MONTH = String.raw`tháng\s+${MONTH_SPAN}\d{1,2}(?:\s+năm\s+\d{4}|[/.-]\d{4}|${YEAR_WORDS}|${OTHER_YEAR})?(?!\p{N}|[/.-]\p{N}|\s+năm\s+\d)`;
// Months listed before the last one, which ends the period: tháng 4 và [tháng 5/2025] | tháng 02, [tháng 3 năm 2025]
const EARLIER_MONTHS = String.raw`(?:tháng\s+\d{1,2}\s*(?:,|và)\s*)*`;
// quý I/2025 | quý III năm 2024 | quý 4/2024 | Quý IV - 2026 | quý II
const QUARTER = String.raw`quý\s+(?:IV|I{1,3}|0?[1-4])(?:\s+năm\s+\d{4}|\s*[/.-]\s*\d{4})?(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])`;
// 6 tháng đầu năm | 06 tháng cuối năm 2021 | sáu tháng cuối năm nay | 6 tháng còn lại của năm 2021
const HALF = String.raw`(?:0?6|sáu)\s+tháng\s+(?:đầu|cuối|còn lại(?:\s+(?:của|trong))?)\s+năm(?:\s+\d{4}|\s+nay)?(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s+(?:học|tài chính))`;
// 3 tháng cuối năm 2024 | ba tháng đầu năm nay
const THREE_MONTHS = String.raw`(?:0?3|ba)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4}|\s+nay)?(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s+(?:học|tài chính))`;
// năm 2024 (not năm 2021 - 2025, a period)
const YEAR = String.raw`năm\s+\d{4}(?!\p{N}|\s*[-–]\s*\d)`;
// The start of a range, kept in the span: từ ngày 11/9 | từ tháng 6 | từ quý II | từ năm 2026 | từ nay
const FROM = String.raw`(?:từ\s+(?:${DAY}|${MONTH}|${QUARTER}|${YEAR}|nay|bây giờ|hôm nay)\s+)?`;
// 10 | 03 | mười lăm
const COUNT = `(?:\\d{1,3}|${NUMBER_WORDS.map(([w]) => w).join('|')})`;
// Words of a short clause, up to a stop word or punctuation: ngay sau khi [có Quyết định phê duyệt] của UBND tỉnh
const WORD = String.raw`[^\s,;.:()“”"]+`;
const clauseWords = (max: number) => String.raw`(?:\s+(?!(?:${EVENT_STOPS})(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ]))${WORD}){0,${max}}`;

// --- reading values ---------------------------------------------------------------------------

type Year = { year: number | null; inferred: boolean };

/** A written year, else the document's (marked inferred), else none. */
function resolveYear(written: string | undefined, ctx: ExtractContext): Year {
  if (written) return { year: fullYear(written), inferred: false };
  return ctx.documentYear === null ? { year: null, inferred: false } : { year: ctx.documentYear, inferred: true };
}

// `năm sau`, `năm tới` after a day or month: the year after the document's (`trước ngày 15/01 năm sau`)
const NEXT_YEAR = /năm\s+(?:sau|tới)\s*$/iu;
/** The year of a day or month: written, else the document's, one later for `năm sau`. */
function yearOf(s: string, written: string | undefined, ctx: ExtractContext): Year {
  const y = resolveYear(written, ctx);
  return written === undefined && y.year !== null && NEXT_YEAR.test(s) ? { year: y.year + 1, inferred: true } : y;
}

// A list of months and quarters shares the year written after its last member: trong tháng 4 và [quý III/2025] |
// trong quý II và [tháng 7/2025] | tháng 10, tháng 11 hoặc [quý IV/2025]. A list runs forward in time, so an earlier
// member later in the year than the last one falls in the year before: trong tháng 12 và [quý I/2025] → 12/2024.
const LIST_MEMBER = String.raw`(?:(?:trong|vào|đến|hết|cuối)\s+)?(?:tháng\s+\d{1,2}|quý\s+(?:IV|I{1,3}|0?[1-4]))`;
const LIST_TAIL = new RegExp(
  String.raw`^\s*(?:,|và|hoặc)\s*(?:${LIST_MEMBER}\s*(?:,|và|hoặc)\s*){0,4}(?:(?:trong|vào|đến|hết|cuối)\s+)?(?:tháng\s+(?<m>\d{1,2})|quý\s+(?<q>IV|I{1,3}|0?[1-4]))\s*(?:[/.-]|năm)\s*(?<y>\d{4})(?!\d)`,
  'iu',
);
/** The first month of a month or quarter written in `s` (`tháng 12` → 12, `quý III` → 7). */
function firstMonth(s: string): number | null {
  const m = readMonth(s);
  if (m) return m.month;
  const q = readQuarter(s);
  return q ? q.quarter * 3 - 2 : null;
}
/** The year a list's last member writes, for an earlier member (the match's `w`) written without one. */
function sharedYear(text: string, m: RegExpExecArray): string | undefined {
  const end = m.index + m[0].length;
  const tail = LIST_TAIL.exec(text.slice(end, end + 80));
  if (!tail) return undefined;
  const g = tail.groups!;
  const last = g.m !== undefined ? Number(g.m) : (quarterNumber(g.q!) ?? 1) * 3 - 2;
  const earlier = firstMonth(group(m, 'w'));
  return earlier !== null && earlier > last ? String(Number(g.y) - 1) : g.y;
}

function dated(date: string | null, precision: Precision, y: Year): DeadlineValue {
  return y.inferred && date !== null ? { date, precision, yearInferred: true } : { date, precision };
}

/** "ngày 30 tháng 9 năm 2024" | "15/8/21" → day, month, written year. */
function readDay(s: string): { day: number; month: number; year?: string } | null {
  const m = /(\d{1,2})(?:[/.-]|\s+tháng\s+)(\d{1,2})(?:(?:[/.-]|\s+năm\s+)(\d{4}|\d{2}))?/u.exec(s);
  return m ? { day: Number(m[1]), month: Number(m[2]), year: m[3] } : null;
}

function readMonth(s: string): { month: number; year?: string } | null {
  // of a span (`tháng 8 - 9/2025`) the last month
  const m = /tháng\s+(?:\d{1,2}\s*[-–]\s*(?=\d{1,2}(?:\/|\s+năm\s+)\d{4}))?(\d{1,2})(?:(?:[/.-]|\s+năm\s+)(\d{4}))?/iu.exec(s);
  return m ? { month: Number(m[1]), year: m[2] } : null;
}

function readQuarter(s: string): { quarter: number; year?: string } | null {
  const m = /quý\s+(IV|I{1,3}|0?[1-4])(?:\s*(?:[/.-]|năm)\s*(\d{4}))?/iu.exec(s);
  const quarter = m ? quarterNumber(m[1]!) : null;
  return m && quarter ? { quarter, year: m[2] } : null;
}

const writtenYear = (s: string): string | undefined => /\d{4}/u.exec(s)?.[0];

const group = (m: RegExpExecArray, name: string): string => m.groups?.[name] ?? m[0];

/** A day: "trước ngày 15/8/2021" → 2021-08-15; "trước ngày 31/4" → rejected. */
function dayValue(s: string, ctx: ExtractContext): DeadlineValue | null {
  const d = readDay(s);
  if (!d) return null;
  // a day of a year counted from another time: no date the document gives (SPEC `relative`, counted from elsewhere)
  if (OTHER_YEAR_END.test(s)) return { date: null, precision: 'relative' };
  const y = yearOf(s, d.year, ctx);
  if (y.year === null) return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31 ? { date: null, precision: 'day' } : null;
  if (!isValidDate(y.year, d.month, d.day)) return null;
  return dated(isoDate(y.year, d.month, d.day), 'day', y);
}

/**
 * A cycle that an earlier word of the sentence sets for the task (`định kỳ hằng năm báo cáo …`), so that a
 * day written after it without a year is the cycle's due day, not one date: `định kỳ hằng năm báo cáo Bộ Y tế
 * trước ngày 31 tháng 12`, `định kỳ 6 tháng báo cáo … trước ngày 15 tháng 6 và trước ngày 01 tháng 12`,
 * `định kỳ hằng tháng báo cáo …, gửi Bộ Tài chính trước ngày 25`. Not a cycle word naming a kind of thing
 * (`kế hoạch hằng năm`, `ngân sách hằng năm`): `cycleNoun` holds those.
 */
const CYCLE_WORD = wordPattern(
  // (the cycle words the recurring rules read: `mỗi quý`, but not `mỗi năm`, a rate: `mỗi năm giảm 5%`)
  String.raw`⟨(?:(?:định\s+kỳ\s+)?(?:(?:hằng|hàng)\s+(?<unit>tháng|quý|năm)|mỗi\s+quý)|(?<half>(?:định\s+kỳ|hằng|hàng|mỗi)\s+(?:0?6|sáu)\s+tháng))⟩`,
  'giu',
);
// … báo cáo hằng năm, đồng thời hoàn thành … trước ngày 30/6: a coordinated task of its own, not the cycle's
const COORDINATED = wordPattern(String.raw`⟨(?:đồng\s+thời|ngoài\s+ra)⟩`, 'iu');
function governingCycle(text: string, s: number, ctx: ExtractContext): Recurrence | null {
  const before = sentenceBefore(text, s);
  const from = s - before.length;
  let cycle: Recurrence | null = null;
  for (const m of before.matchAll(CYCLE_WORD)) {
    if (cycleNoun(text, from + m.index, from + m.index + m[0].length, ctx)) continue;
    const between = before.slice(m.index + m[0].length);
    if (COORDINATED.test(between)) continue;
    const unit = m.groups!.unit?.toLowerCase();
    cycle = m.groups!.half ? 'half-yearly' : unit === 'tháng' ? 'monthly' : unit === 'năm' ? 'yearly' : 'quarterly';
  }
  return cycle;
}

/**
 * A day, or, with no year written and a yearly or half-yearly cycle before it in the sentence, that
 * cycle's due day (`định kỳ hằng năm báo cáo … trước ngày 31 tháng 12` → yearly, due "12-31").
 */
function dayOrCycleValue(m: RegExpExecArray, ctx: ExtractContext, text: string): DeadlineValue | null {
  const written = group(m, 'w');
  const d = readDay(written);
  if (d && d.year === undefined) {
    const cycle = governingCycle(text, m.index, ctx);
    if (cycle === 'yearly' || cycle === 'half-yearly') {
      const due = yearlyDue(written);
      return due === null ? null : recurring(cycle, 'day', due);
    }
  }
  return dayValue(written, ctx);
}

/** A month's last day, or with `before` the last day of the month before it. */
function monthValue(s: string, ctx: ExtractContext, before = false, shared?: string): DeadlineValue | null {
  const d = readMonth(s);
  if (!d || d.month < 1 || d.month > 12) return null;
  if (OTHER_YEAR_END.test(s)) return { date: null, precision: 'relative' };
  const y = yearOf(s, d.year ?? shared, ctx);
  if (y.year === null) return { date: null, precision: 'month' };
  if (!before) return dated(monthEnd(y.year, d.month), 'month', y);
  return dated(d.month === 1 ? monthEnd(y.year - 1, 12) : monthEnd(y.year, d.month - 1), 'month', y);
}

/** A quarter's last day, or with `before` the last day of the quarter before it. */
function quarterValue(s: string, ctx: ExtractContext, before = false, shared?: string): DeadlineValue | null {
  const d = readQuarter(s);
  if (!d) return null;
  const y = resolveYear(d.year ?? shared, ctx);
  if (y.year === null) return { date: null, precision: 'quarter' };
  if (!before) return dated(quarterEnd(y.year, d.quarter), 'quarter', y);
  return dated(d.quarter === 1 ? quarterEnd(y.year - 1, 4) : quarterEnd(y.year, d.quarter - 1), 'quarter', y);
}

function halfValue(s: string, ctx: ExtractContext): DeadlineValue | null {
  const y = resolveYear(writtenYear(s), ctx);
  const half = /đầu/iu.test(s) ? 1 : 2;
  return y.year === null ? { date: null, precision: 'half-year' } : dated(halfYearEnd(y.year, half), 'half-year', y);
}

/** The end of a year; `offset` −1 for `trước năm Y`. */
/** The last of the years a list names: `năm 2023, 2024` → `2024`. */
const lastYear = (s: string): string => s.match(/\d{4}/gu)?.at(-1) ?? s;

function yearValue(s: string, ctx: ExtractContext, offset = 0): DeadlineValue | null {
  const y = resolveYear(writtenYear(s), ctx);
  return y.year === null ? { date: null, precision: 'year' } : dated(yearEnd(y.year + offset), 'year', y);
}

/** `trong tháng này` | `trong quý này` | `trong năm nay`: the period of the document's date. */
function currentPeriodValue(unitWord: string, ctx: ExtractContext): DeadlineValue | null {
  const word = unitWord.toLowerCase();
  const precision: Precision = word === 'tháng' ? 'month' : word === 'quý' ? 'quarter' : 'year';
  const d = ctx.documentDate ? parseIsoDate(ctx.documentDate) : null;
  if (!d) {
    if (precision === 'year' && ctx.documentYear !== null) return { date: yearEnd(ctx.documentYear), precision, yearInferred: true };
    return { date: null, precision };
  }
  const date =
    precision === 'month' ? monthEnd(d.year, d.month) : precision === 'quarter' ? quarterEnd(d.year, Math.ceil(d.month / 3)) : yearEnd(d.year);
  return { date, precision, yearInferred: true };
}

/** `trong 10 ngày kể từ ngày ký` → document date + 10; from an event → null. */
function relativeValue(m: RegExpExecArray, ctx: ExtractContext, text: string): DeadlineValue | null {
  const n = readCount(m.groups!.n!);
  if (n === null || n <= 0) return null;
  const unit = m.groups!.u!.toLowerCase().replace(/\s+/gu, ' ');
  const anchor = m.groups!.a;
  // a time each case may take, not counted from the document: no date
  if (!anchor && PER_CASE_BEFORE.test(lastClause(sentenceBefore(text, m.index)))) return { date: null, precision: 'relative' };
  let base: string | null = ctx.documentDate;
  if (anchor) {
    const d = readDay(anchor);
    if (d && /\d[/.-]\d|tháng/u.test(anchor)) {
      const y = resolveYear(d.year, ctx);
      base = y.year !== null && isValidDate(y.year, d.month, d.day) ? isoDate(y.year, d.month, d.day) : null;
    } else if (!ANCHOR_IS_DOCUMENT.test(anchor)) base = null;
  }
  if (base === null) return { date: null, precision: 'relative' };
  const date =
    unit === 'ngày làm việc'
      ? addWorkingDays(base, n)
      : unit === 'tuần'
        ? addDays(base, 7 * n)
        : unit === 'tháng'
          ? addMonths(base, n)
          : unit === 'giờ'
            ? addDays(base, Math.ceil(n / 24))
            : addDays(base, n);
  return { date, precision: 'relative' };
}

// Thời gian giải quyết hồ sơ tối đa 07 ngày làm việc | rút ngắn thời gian thông quan xuống không quá 24 giờ | thời gian
// chỉ tối đa 7 ngày: the time a procedure may take in each case, counted from each request, not from the document
// (a time label's value, `Thời gian thực hiện: trong 30 ngày`, follows a colon and is not in the clause read; `dành
// thời gian nghiên cứu và báo cáo trong 15 ngày` spends time on the task, whose limit the count stays; nor a label
// without its colon, `Thời gian thực hiện trong 30 ngày`, the task's own time)
const PER_CASE_BEFORE = wordPattern(
  String.raw`(?:(?<!⟨(?:dành|có|mất|trong)\s+)⟨thời\s+gian⟩(?!\s+(?:thực\s+hiện|triển\s+khai|tổ\s+chức)\s*$)(?:\s+(?!(?:kể|từ|và|để|nhằm|báo|trình|gửi|hoàn)⟩)[^\s,;:.()]+){0,6}|⟨(?:rút\s+ngắn|giảm)⟩(?:\s+[^\s,;:.()]+){0,8}?\s+(?:xuống|còn))(?:\s+(?:chỉ|là|xuống|còn))*\s*$`,
  'iu',
);

// kể từ ngày ký | từ ngày ban hành | kể từ ngày Kế hoạch này được ban hành | kể từ ngày văn bản này có hiệu lực
// | kể từ ngày nhận được Thông báo này (the document itself reaches its addressee: counted from its
// date, as SPEC counts relative deadlines; not `nhận được thông báo của cơ quan Hải quan`, an event)
const ANCHOR_IS_DOCUMENT = wordPattern(
  String.raw`^(?:kể\s+)?từ\s+(?:ngày\s+)?(?:ký⟩|ban hành⟩|(?:nhận\s+được\s+)?(?:Quyết định|Kế hoạch|Chỉ thị|Công điện|Thông báo|Kết luận|Nghị quyết|văn bản|Công văn)\s+này⟩)`,
  'iu',
);

/** ISO weekday of `thứ Sáu`, `thứ 6`, `Chủ nhật`. */
function weekday(s: string): number | null {
  const m = /thứ\s+(\S+)|(chủ\s+nhật)/iu.exec(s);
  if (!m) return null;
  if (m[2]) return SUNDAY;
  return WEEKDAYS[m[1]!.toLowerCase()] ?? null;
}

function recurring(recurringKind: Recurrence, precision: Precision, due?: string): DeadlineValue {
  return due === undefined ? { date: null, precision, recurring: recurringKind } : { date: null, precision, recurring: recurringKind, due };
}

/** `trước ngày 20 hằng tháng` → "20". */
function monthlyDue(s: string): string | null {
  const m = /ngày\s+(\d{1,2})/iu.exec(s);
  const day = m ? Number(m[1]) : NaN;
  return day >= 1 && day <= 31 ? String(day) : null;
}

/** `trước ngày 15/11 hằng năm` → "11-15". */
function yearlyDue(s: string): string | null {
  const d = readDay(s);
  // 2024 is a leap year: 29/2 stays a valid cycle day.
  if (!d || !isValidDate(2024, d.month, d.day)) return null;
  return `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

// --- guards (true rejects the match) ----------------------------------------------------------

type Guard = (text: string, start: number, end: number, ctx: ExtractContext) => boolean;

const WINDOW = 250;

// What follows a line break that ends a paragraph: a blank line or a list marker ("- ", "a) ", "2. ", "(3) ").
// Any other line break is a hard wrap inside a sentence (`bố trí ngân sách nhà nước\nhằng năm`).
const NEW_PARAGRAPH = /^[^\S\n]*(?:\n|[-+•*–][^\S\n]|\(?\d{1,2}(?:\.\d{1,2})*[.)][^\S\n]|\(?[a-zđ]\)[^\S\n]|[IVX]{1,4}\.[^\S\n])/u;

// A person a news report names by an initial: "chị L.", "anh N." (the full stop ends no sentence)
const PERSON_INITIAL = /(?:^|\s)(?:chị|anh|ông|bà|cháu|em|bé)\s+\p{Lu}$/u;

/** True when the character at `i` ends a sentence: `;`, `!`, `?`, a full stop before a space, a paragraph break. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === ';' || c === '!' || c === '?') return true;
  if (c === '.') return (i + 1 >= text.length || /\s/u.test(text[i + 1]!)) && !PERSON_INITIAL.test(text.slice(Math.max(0, i - 8), i));
  return c === '\n' && NEW_PARAGRAPH.test(text.slice(i + 1, i + 12));
}

/** The sentence before `start`, at most `WINDOW` characters. */
function sentenceBefore(text: string, start: number): string {
  const from = Math.max(0, start - WINDOW);
  for (let i = start - 1; i >= from; i--) if (endsSentence(text, i)) return text.slice(i + 1, start);
  return text.slice(from, start);
}

/** The sentence after `end`, at most `WINDOW` characters. */
function sentenceAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + WINDOW);
  for (let i = end; i < to; i++) if (endsSentence(text, i)) return text.slice(end, i);
  return text.slice(end, to);
}

const lastClause = (s: string): string => s.slice(Math.max(s.lastIndexOf(','), s.lastIndexOf(':'), s.lastIndexOf('('), s.lastIndexOf(')')) + 1);
const firstClause = (s: string): string => {
  const i = s.search(/[,:()]/u);
  return i < 0 ? s : s.slice(0, i);
};

const tail = (source: string) => wordPattern(`(?:${source})\\s*$`, 'iu');

// Only a marker or an opening quote (or nothing) before the match in its clause: "(1) Trong quý …" |
// "- Đến hết năm …" | "“Sau khi có thông tin …"
const CLAUSE_START = /^\s*(?:[-+•*–]|\(?\d{1,2}[.)]|\(?[a-zđ]\)|[IVX]{1,4}\.)?\s*["“]?\s*(?:[Nn]gay\s*)?$/u;

// Sở đã triển khai | đãtriển (glued in web copies) — but not a relative clause about the task
// itself: các nhiệm vụ đã được giao | đã đề ra | đã phê duyệt.
const PAST_DA = String.raw`đã(?!i)(?!\s+(?:được|đề\s+ra|giao|phê\s+duyệt|ban\s+hành|nêu|cam\s+kết|thống\s+nhất|đăng\s+ký|chỉ\s+đạo|xác\s+định|có\s+ý\s+kiến)⟩)`;
const PAST = wordPattern(String.raw`⟨(?:${PAST_DA}|vừa qua⟩|vừa rồi⟩|tiếp tục đạt⟩|đạt được những⟩)`, 'iu');
// trong quý 1 vừa qua | 6 tháng qua | trong năm trước đây (not `qua Sở Nội vụ`: a channel)
const PAST_RIGHT_AFTER = /^\s*(?:vừa qua|vừa rồi|qua(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s+\p{Lu})|trước đây|đã(?!i))/u;

// The main clause after an opening period or occasion tells what was done: `Trong năm 2017, Chính phủ đã
// giao …` | `Sau khi có thông tin …, chúng tôi đã phối hợp …` — its subject, then `đã`/`vừa`, whatever
// verb follows. Not a relative clause (`…, các nhiệm vụ đã giao phải …`; `…, Sở rà soát các văn bản đã ban
// hành`: PAST's exceptions after an object — a determiner not opening the clause; `Chính phủ đã giao`
// stays past), not the pair `vừa … vừa …` (both at once), not a clause that opens on an order (`…, rà soát …`).
const OBJECT_BEFORE = String.raw`(?<![^\s,;.]\s+(?:các|những)(?:\s+[^\s,;.]+){1,4}\s+)`;
const PAST_MAIN_CLAUSE = wordPattern(
  String.raw`^[^,;.\n]*,\s*(?!(?:${IMPERATIVE_OPENERS_SOURCE})⟩)(?:[^\s,;.]+\s+){1,6}?(?<!⟨(?:nhiệm\s+vụ|việc|chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|nội\s+dung|giải\s+pháp|công\s+trình|dự\s+án)\s+)(?:${OBJECT_BEFORE}đã(?!i)|${PAST_DA}|vừa(?![^;.\n]*⟨vừa⟩))⟩`,
  'iu',
);

/**
 * True when the match opens its sentence: only a marker or a quote before it in its clause, or a capital
 * in mid-line, where a flattened web copy has run the sentence on after a header (`… cấp tỉnh Từ ngày …`).
 */
const opensSentence = (text: string, start: number, before: string): boolean => CLAUSE_START.test(before) || /^\p{Lu}/u.test(text[start]!);

// Phó Thủ tướng cho biết trong 6 tháng đầu năm, …: a period opening what someone reports
const REPORTED_SPEECH = tail(String.raw`⟨(?:cho\s+biết|cho\s+hay)(?:\s+rằng)?\s*:?`);

// A verb of result before a figure: `giải ngân được 45%`, `cấp được 1.200 giấy chứng nhận`, `thu hút được 12 dự án`:
// what was achieved, where an order says `đạt` or puts a modal before it (`phải giải ngân được 45%`).
const RESULT_VERB = String.raw`(?<=[^\s,;.]\s+)(?<!⟨(?:phải|cần|sẽ|để|nhằm)\s+)được(?=\s+(?:(?:khoảng|hơn|gần|trên|tới)\s+)?\d)`;

// The main clause after an opening period reports a figure: `trong 6 tháng đầu năm, tốc độ tăng trưởng GDP
// của vùng đạt 6,45%` | `6 tháng đầu năm, tín dụng tăng 8%` (not a goal: `…, phấn đấu tăng trưởng đạt 7%`,
// `…, tỷ lệ giải ngân phải đạt 95% trở lên`)
// (nor an order that names the figure to reach: `…, tập trung giải ngân vốn đầu tư công đạt 100% kế hoạch`)
const FIGURE_MAIN_CLAUSE = wordPattern(
  String.raw`^[^,;.\n]*,\s*(?!(?:${IMPERATIVE_OPENERS_SOURCE})⟩)(?:(?!(?:phấn\s+đấu|phải|cần|bảo\s+đảm|đảm\s+bảo|mục\s+tiêu|chỉ\s+tiêu)⟩)[^\s,;.]+\s+){1,12}?(?:ước\s+)?(?:đạt|tăng|giảm)\s+(?:(?:khoảng|hơn|gần|trên)\s+)?\d`,
  'iu',
);
// … or achieved one with a verb of result (`Trong quý I, các huyện giải ngân được 45%`): read by `resultAsOf`,
// since the same words set a target when the period is still to come
const RESULT_MAIN_CLAUSE = wordPattern(
  String.raw`^[^,;.\n]*,\s*(?!(?:${IMPERATIVE_OPENERS_SOURCE})⟩)(?:(?!(?:phấn\s+đấu|phải|cần|bảo\s+đảm|đảm\s+bảo|mục\s+tiêu|chỉ\s+tiêu)⟩)[^\s,;.]+\s+){1,12}?${RESULT_VERB}\s+(?:(?:khoảng|hơn|gần|trên)\s+)?\d`,
  'iu',
);
const GOAL_FIGURE = wordPattern(String.raw`⟨(?:trở\s+lên|trở\s+xuống|phấn\s+đấu)⟩`, 'iu');
const reportsFigure = (after: string): boolean => FIGURE_MAIN_CLAUSE.test(after) && !GOAL_FIGURE.test(after);

// Words that tell someone to act: a time in their sentence is a deadline even in a forecast's words
// (`yêu cầu … hoàn thành trước …`, `phấn đấu giảm … xuống còn 2% vào cuối năm`, `… sẽ phải hoàn thành …`;
// not the name `Ban Chỉ đạo`).
const INSTRUCTED = wordPattern(
  String.raw`⟨(?:yêu\s+cầu|đề\s+nghị|giao|(?<!⟨Ban\s+)chỉ\s+đạo|phấn\s+đấu|phải|cần|bảo\s+đảm|đảm\s+bảo|mục\s+tiêu|chỉ\s+tiêu)⟩`,
  'iu',
);
// A forecast or a plan already made, in the time's own clause: `dự kiến sẽ mở rộng … trong năm 2018` |
// `(dự kiến hoàn thành vào năm 2028)` | `các giải pháp sẽ thực hiện trong 6 tháng cuối năm` | `dự báo …`
// (not a label: `Thời gian dự kiến: …`, `Sản phẩm dự kiến`)
const FORECAST_BEFORE = wordPattern(
  String.raw`⟨(?:(?<!⟨(?:thời\s+gian|thời\s+hạn|tiến\s+độ|lịch|sản\s+phẩm|kết\s+quả|kinh\s+phí)\s+)dự\s+kiến(?!\s*:)|dự\s+báo|sẽ)⟩`,
  'iu',
);
// Trong quý I/2018 sẽ có 4 doanh nghiệp lên sàn | trong tháng 8 tới sẽ tổ chức …
const FORECAST_RIGHT_AFTER = wordPattern(String.raw`^\s*(?:tới\s+)?(?:sẽ|dự\s+kiến)⟩`, 'iu');
// … xuống còn 2,18% vào cuối năm 2016 | đạt 1.200 tỷ đồng trong năm: the period of a figure just before it
const FIGURE_BEFORE = tail(
  String.raw`⟨(?:còn|đạt|lên|xuống|ở\s+mức)\s+(?:(?:khoảng|hơn|gần|trên|dưới)\s+)?\d[\d.,]*\s*(?:%|[^\s\d.,;:()]+(?:\s+[^\s\d.,;:()]+)?)?`,
);
// Theo báo cáo của Bộ …, đến hết năm 2016, toàn vùng có …: what a report gives, not a time to act by
// (only opening the sentence: `Thống nhất … theo Báo cáo … và nhiệm vụ trọng tâm năm 2024` agrees to it)
const REPORT_SOURCE = wordPattern(String.raw`^\s*["“]?\s*theo\s+(?:báo\s+cáo|số\s+liệu|thống\s+kê)⟩`, 'iu');
// Tổng thu ngân sách ước đạt 15.000 tỷ đồng trong năm 2026 | Dự báo trong tháng 4/2026 sẽ có mưa lớn
const ESTIMATE = wordPattern(String.raw`⟨ước\s+(?:đạt|tính|thực\s+hiện)⟩`, 'iu');
const FORECAST_OPENS = wordPattern(String.raw`^\s*["“]?\s*⟨dự\s+báo⟩`, 'iu');
/** A time a body forecasts, plans or reports for itself, not one it is told to act by. */
function forecast(text: string, start: number, sentence: string, before: string, after: string, news: boolean): boolean {
  if (INSTRUCTED.test(sentence)) return false;
  // An official plan's own dates are often planned ones ("Các sở dự kiến hoàn thành trước ngày 30/6/2026",
  // "… giải ngân đạt 100% trước ngày 31/01/2027"): there only a report, an estimate or a weather forecast is none.
  if (!news) return REPORT_SOURCE.test(sentence) || ESTIMATE.test(before) || FORECAST_OPENS.test(sentence);
  return (
    FORECAST_BEFORE.test(before) ||
    FORECAST_RIGHT_AFTER.test(firstClause(after)) ||
    FIGURE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
    REPORT_SOURCE.test(sentence)
  );
}

// A time that states how things stand by then: "Đến ngày 21/5, ngực chị L. trong tình trạng …" | "Tuy nhiên, cho tới
// gần cuối tháng 11/2020, thời gian … vẫn chưa có hướng dẫn" (not a limit set: "Đến ngày 30/6, các xã chưa hoàn
// thành phải báo cáo …"; nor work to do by then, whose object or condition may say `chưa`: "Đến ngày 30/11,
// hoàn thành hồ sơ các trường hợp chưa được cấp …", "…, các địa phương chưa hoàn thành thì Chủ tịch … chịu trách nhiệm")
const AS_OF_BEFORE = wordPattern(String.raw`^\s*(?:cho\s+)?⟨(?:đến|tới)⟩(?:\s+⟨(?:gần|hết)⟩)?\s*$`, 'iu');
const AS_OF_OWN = wordPattern(String.raw`^(?:cho\s+)?(?:đến|tới)⟩`, 'iu');
const STATUS_AFTER = wordPattern(
  String.raw`^\s*,\s*(?!(?:${IMPERATIVE_OPENERS_SOURCE})⟩)[^;\n]{0,160}?⟨(?:vẫn|trong\s+tình\s+trạng)⟩`,
  'iu',
);
// "… kế hoạch vốn năm 2026 đến ngày 15 tháng 5 năm 2026 các bộ, cơ quan, địa phương chưa phân bổ chi tiết" |
// "đến ngày 30/6/2021 mới chỉ hoàn thành được 36/47 nhiệm vụ": a subject (or none) then `chưa`/`mới`/`đã` says how
// things stand at that date. Not the object of the work to finish by then, often a relative clause in `chưa được`
// ("Hoàn thành đến ngày 30/6 đối với các hồ sơ chưa được cấp"), nor a condition (`các xã chưa hoàn thành thì …`),
// nor a time right after a verb of doing or aiming (`phấn đấu đến ngày 31/12 các xã …`, `gia hạn đến ngày …`).
// `mới` says "only so far" before a count or a result (`mới chỉ`, `mới đạt`, `mới có`), not the adjective or the
// "newly" of the work's object: `các xã đạt chuẩn nông thôn mới`, `các xã thành lập mới`, `các hộ mới tách hộ`.
// `còn`/`có` before a count say what is left or held then: `đến ngày 30/6 toàn tỉnh còn 12 dự án …` (not a
// target: `giảm … xuống còn 2%`; nor a thing to have by then: `có báo cáo`, which no count follows).
const STATE_COUNT = String.raw`(?<!⟨xuống\s)(?:còn|có)(?=\s+(?:(?:khoảng|hơn|gần|trên|tới|đến)\s+)?(?:\d|nhiều⟩|một\s+số⟩))`;
const STATE_AFTER = wordPattern(
  String.raw`^\s*,?\s*(?!(?:${IMPERATIVE_OPENERS_SOURCE}|đối\s+với|cho|để|về|với|theo|tại|trong|các\s+trường\s+hợp)⟩)(?:(?:các|những|toàn|cả|nhiều|một\s+số|\d+)\s+[^;:]{0,100}?)?⟨(?:chưa|mới(?=\s+(?:chỉ|đạt|có)⟩)|đã|${STATE_COUNT})⟩(?!\s*(?:được|bị)⟩)(?![^;.]{0,160}⟨thì⟩)`,
  'iu',
);
// "Đến ngày 30/6, toàn tỉnh giải ngân được 45%" | "Đến hết tháng 9, cấp được 1.200 giấy chứng nhận": a verb of result
// before a figure tells what was achieved by then (not `phải giải ngân được 45%`, which INSTRUCTED keeps, nor
// `phấn đấu đến 30/6 giải ngân được 60%`, DOING_BEFORE's goal; nor a condition: `xã nào … được 50% thì …`).
const RESULT_AFTER = wordPattern(
  String.raw`^\s*,?\s*(?!(?:${IMPERATIVE_OPENERS_SOURCE})⟩)(?:[^\s,;:.]+\s+){1,8}?${RESULT_VERB}(?![^;.]{0,160}⟨thì⟩)`,
  'iu',
);
const DOING_BEFORE = tail(String.raw`⟨(?:hoàn\s+thành|xong|thực\s+hiện|triển\s+khai|duy\s+trì|kéo\s+dài|tiếp\s+tục|phấn\s+đấu|gia\s+hạn)\s+(?:đến|tới)(?:\s+hết)?`);
/** A time that only dates a state of things: what stands by then, not what must be done by then. */
function statusAsOf(own: string, before: string, after: string): boolean {
  if (!(AS_OF_OWN.test(own) || AS_OF_BEFORE.test(before)) || INSTRUCTED.test(after)) return false;
  return STATUS_AFTER.test(after) || (STATE_AFTER.test(after) && !DOING_BEFORE.test(before + ' ' + own.replace(/\s*ngày[\s\S]*$|\s*\d[\s\S]*$/u, '')));
}

/**
 * A time that dates a result achieved by then (`Đến ngày 30/6, toàn tỉnh giải ngân được 45%`, `Trong quý I, các huyện
 * giải ngân được 45%`). Read with the value: the same words set a target when the time is still to come in a
 * month after the document's (`Đến hết năm 2025, mỗi xã xây dựng được 1 mô hình điểm` in a plan of 2024), since
 * no report gives a result as of a later date.
 */
function resultAsOf(text: string, start: number, end: number, v: DeadlineValue, ctx: ExtractContext): boolean {
  if (v.date !== null && ctx.documentDate && v.date.slice(0, 7) > ctx.documentDate.slice(0, 7)) return false;
  const sentence = sentenceBefore(text, start);
  const before = lastClause(sentence);
  const after = sentenceAfter(text, end);
  const own = text.slice(start, end);
  if ((AS_OF_OWN.test(own) || AS_OF_BEFORE.test(before)) && !INSTRUCTED.test(after) && RESULT_AFTER.test(after)) {
    if (!DOING_BEFORE.test(before + ' ' + own.replace(/\s*ngày[\s\S]*$|\s*\d[\s\S]*$/u, ''))) return true;
  }
  if (!opensSentence(text, start, before) && !REPORTED_SPEECH.test(before)) return false;
  return RESULT_MAIN_CLAUSE.test(after) && !GOAL_FIGURE.test(after);
}

/** A past event, a reported period or (in a news report) a forecast rather than a deadline. */
const past: Guard = (text, start, end, ctx) => {
  const sentence = sentenceBefore(text, start);
  const before = lastClause(sentence);
  if (PAST.test(before)) return true;
  const after = sentenceAfter(text, end);
  if (statusAsOf(text.slice(start, end), before, after)) return true;
  if (PAST_RIGHT_AFTER.test(firstClause(after))) return true;
  if (forecast(text, start, sentence, before, after, ctx.news === true)) return true;
  if (!opensSentence(text, start, before) && !REPORTED_SPEECH.test(before)) return false;
  return PAST.test(after) || PAST_MAIN_CLAUSE.test(after) || reportsFigure(after);
};

// từ quý II | kể từ ngày | bắt đầu từ | tính đến ngày 30/6/2021 | Tính đến quý I/2017 | Đến hết tháng 6/2017
// (the last two are read, or rejected, whole by the `đến` rules; a shorter reading inside them is not a deadline)
const START_BEFORE = tail('⟨(?:từ|bắt đầu|tính|đến|tới)(?:\\s+(?:hết|cuối))?');
/** A start or a count, not an end: `từ quý II`, `tính đến ngày 30/6/2021`. */
const start: Guard = (text, s) => START_BEFORE.test(text.slice(Math.max(0, s - 20), s));

// kết quả thực hiện nhiệm vụ 6 tháng đầu năm | so với quý I | tăng trưởng Quý III, Quý IV/2026
// A longer noun phrase between, within one clause and with no verb joined on, names what is reported too:
// báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm (not `kết quả đạt được và tập trung … 6 tháng cuối năm`,
// nor a verb that sends or reaches it, whose period is the time to: `tổng hợp kết quả thực hiện nhiệm vụ trình UBND tỉnh
// trong tháng 7` | `tăng trưởng kinh tế của tỉnh đạt trên 8% trong năm 2025`; `kết quả đạt được` is still the noun's)
const REPORTED_OBJECT = String.raw`(?:(?:\s+[^\s.;:]+){0,5}|(?:\s+(?!(?:và|đồng\s+thời|để|nhằm|tập\s+trung|tiếp\s+tục|triển\s+khai|trình|gửi|báo\s+cáo|hoàn\s+thành|phải|cần)⟩|đạt⟩(?!\s+được))[^\s.,;:]+){6,9})`;
const REPORTED_BEFORE = tail(String.raw`⟨(?:${REPORTED})⟩${REPORTED_OBJECT}`);
// báo cáo kết quả trong tháng 8/2017 | báo cáo tình hình thực hiện trước quý III | báo cáo UBND tỉnh kết quả
// thực hiện … trong quý IV | tổng kết, đánh giá kết quả … trong quý IV: a preposition makes the period the
// time to report by (a half-year after them stays the period reported on). As many words after the noun
// as `REPORTED_BEFORE` takes, or a longer reported phrase would slip past this exemption.
const REPORT_DUE_BEFORE = tail(
  String.raw`⟨(?:báo\s+cáo|(?:sơ|tổng)\s+kết)⟩,?(?:\s+[^\s.;:]+){0,3}?\s+⟨(?:kết\s+quả|tình\s+hình)⟩${REPORTED_OBJECT}`,
);
const DUE_WORD = /^(?:trong|vào|trước|chậm\s+nhất|muộn\s+nhất)\s+(?!(?:0?6|sáu)\s+tháng)/iu;
// hội nghị sơ kết công tác tài chính - ngân sách nhà nước 6 tháng đầu năm: a review names its topic, then
// its period, in one noun phrase (not `sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm`)
const SUMMARY_BEFORE = tail(String.raw`⟨(?:sơ|tổng)\s+kết⟩(?:\s+(?!(?:và|đồng\s+thời|để|nhằm)⟩)[^\s.,;:]+){0,12}`);
const reported: Guard = (text, s) => {
  const before = sentenceBefore(text, s);
  const dueWord = DUE_WORD.test(text.slice(s, s + 30));
  if (REPORTED_BEFORE.test(before.slice(-80)) && !(REPORT_DUE_BEFORE.test(before.slice(-80)) && dueWord)) return true;
  // (`tổ chức sơ kết việc thực hiện Nghị quyết … trong quý III`: a preposition makes it the time to hold it by)
  return SUMMARY_BEFORE.test(before.slice(-120)) && !dueWord;
};

// có hiệu lực đến hết ngày 31/12/2025 | có giá trị đến ngày
const VALIDITY = wordPattern('⟨(?:hiệu lực|có giá trị|thời hạn sử dụng)⟩', 'iu');
const validity: Guard = (text, s) => VALIDITY.test(lastClause(sentenceBefore(text, s)));

// 104/QĐ-UBND | 13-NQ/TU | 60/2021/NĐ-CP: a document symbol
const SYMBOL = /\d+(?:\/\d{4})?[/-][A-ZĐ][A-ZĐa-z&]*[-/][A-ZĐ]/u;
/** A bare period in the title of a document cited just before it in the sentence. */
const citation: Guard = (text, s) => SYMBOL.test(sentenceBefore(text, s).slice(-150));

// tổng kết cuối năm | thưởng cuối năm: an event named by its time
const YEAR_END_EVENT = tail('⟨(?:tổng kết|sơ kết|thưởng|Tết|lễ|dịp)');

/**
 * A year-precision period wholly before the document's year: reported, not due. Without a date of issue the year is
 * only the latest one the text names (`… kinh phí năm 2021` in a report of 2020), so a period in a sentence that
 * orders the work (`61 thủ tục hành chính cần phải triển khai trong năm 2020`) is not judged by it.
 */
const yearPassed =
  (offset = 0): Guard =>
  (text, s, e, ctx) => {
    const y = /\d{4}/u.exec(text.slice(s, e));
    if (y === null || ctx.documentYear === null || Number(y[0]) + offset >= ctx.documentYear) return false;
    return ctx.documentDate !== null || !INSTRUCTED.test(sentenceBefore(text, s) + text.slice(s, e) + sentenceAfter(text, e));
  };

// Chiến lược phát triển … đến năm 2030 | Quy hoạch … đến năm 2030: the horizon in a plan's name, whatever verb follows it
const HORIZON_BEFORE = tail(String.raw`⟨(?:chiến\s+lược|quy\s+hoạch|kế\s+hoạch|chương\s+trình|đề\s+án|định\s+hướng|tầm\s+nhìn|mục\s+tiêu)⟩(?:\s+[^\s.,;:]+){0,8}`);

/** A range of years that ended before the document's year (`trong các năm 2021 - 2022` in 2024): reported, not due. */
const lastYearPassed: Guard = (text, s, e, ctx) => {
  const years = text.slice(s, e).match(/\d{4}/gu);
  return years !== null && ctx.documentYear !== null && Number(years.at(-1)) < ctx.documentYear;
};

// kế hoạch công tác hằng năm | dự toán chi ngân sách nhà nước hằng năm | phiên họp Chính phủ hàng tháng
const CYCLE_NOUN_BEFORE = tail(String.raw`⟨(?:${CYCLE_NOUNS})⟩(?:\s+[^\s.;:]+){0,4}`);
const CYCLE_NOUN_NEAR = tail(String.raw`⟨(?:${CYCLE_NOUNS})⟩(?:\s+[^\s.,;:()]+){0,2}`);
// kế hoạch đầu tư công trung hạn và hằng năm | giai đoạn 05 năm và hằng năm: a pair of plan horizons
const CYCLE_PAIR_BEFORE = tail(String.raw`⟨(?:trung\s+hạn|dài\s+hạn|ngắn\s+hạn|\d+\s+năm)\s+và`);
const CYCLE_AFTER = wordPattern(String.raw`^\s*(?:trời|nay|liền|qua|và\s+(?:dài hạn|giai đoạn|\d+\s+năm))⟩`, 'iu');
/** A cycle word qualifying a noun, unless `định kỳ` or a due day says it is a duty. */
const cycleNoun: Guard = (text, s, e) => {
  const own = text.slice(s, e);
  if (/ngày|thứ|chủ\s+nhật/iu.test(own)) return false;
  // `định kỳ` makes a duty of the cycle (`…, định kỳ hằng năm báo cáo Chính phủ`) unless it qualifies
  // the noun right before it: `phiên họp định kỳ hằng quý`, `kinh phí bảo dưỡng định kỳ hằng năm`
  if (/định\s+kỳ/iu.test(own)) return CYCLE_NOUN_NEAR.test(text.slice(Math.max(0, s - 50), s));
  const before = sentenceBefore(text, s).slice(-80);
  return CYCLE_NOUN_BEFORE.test(before) || CYCLE_PAIR_BEFORE.test(before) || CYCLE_AFTER.test(text.slice(e, e + 30));
};

const ONGOING_BEFORE = tail(String.raw`⟨(?:${ONGOING_NOUNS})`);
const ONGOING_HEAD_BEFORE = tail(String.raw`⟨(?:${ONGOING_HEADS})⟩(?:\s+[^\s.,;:()]+){0,2}`);
const ONGOING_NEXT = wordPattern(String.raw`^\s*(?:${ONGOING_AFTER})⟩`, 'iu');
// … để cập nhật liên tục | nhằm duy trì thường xuyên | cho phép theo dõi liên tục: the purpose's manner, not the task's time
const ONGOING_PURPOSE = wordPattern(String.raw`⟨(?:để|nhằm|cho\s+phép|giúp)⟩`, 'iu');
// … là nhiệm vụ trọng tâm, thường xuyên | là việc làm thường xuyên, liên tục | trở thành công việc tự giác, thường
// xuyên: what the work is, not when it is due
const ONGOING_PREDICATE = wordPattern(String.raw`⟨(?:là|trở\s+thành)\s+(?:một\s+)?(?:nhiệm\s+vụ|công\s+việc|việc(?:\s+làm)?|hoạt\s+động|yêu\s+cầu|quá\s+trình|công\s+tác)⟩`, 'iu');
// … theo hướng xuyên suốt, liên tục | nỗ lực cần rất kiên trì, liên tục | công việc tự giác, thường xuyên: one of a
// pair of qualities, or a manner (`theo hướng`, `một cách`), not when the task is due
const MANNER_QUALITIES = String.raw`xuyên\s+suốt|kiên\s+trì|bền\s+bỉ|nhất\s+quán|tự\s+giác|đồng\s+bộ|lâu\s+dài|thông\s+suốt`;
const ONGOING_MANNER_BEFORE = tail(
  String.raw`(?:⟨(?:${MANNER_QUALITIES})⟩\s*,?\s*(?:và\s+)?|⟨(?:theo\s+hướng|một\s+cách)⟩(?:\s+[^\s.;:()]+){0,4})`,
);
const ONGOING_MANNER_AFTER = wordPattern(String.raw`^\s*,?\s*(?:và\s+)?⟨(?:${MANNER_QUALITIES})⟩`, 'iu');
// A time label's colon right before the word: its value, as a cell's (`Thời gian thực hiện: thường xuyên, lâu dài`).
const TIME_LABEL_BEFORE = /(?:thời\s+gian|thời\s+hạn|tiến\s+độ)[^:\n]{0,30}:\s*$/iu;
/** A capitalised `Thường xuyên` opening its line: a table cell (`Thời gian` column) or a clause start. */
const ONGOING_CELL = /^[^\S\n]*(?:[-+•*–][^\S\n]*)?$/u;
/**
 * `thường xuyên`/`liên tục` that does not say when the task is due: a noun modifier (`nhiệm vụ thường
 * xuyên`, `công tác kiểm tra thường xuyên`), a description (`vùng thường xuyên bị ngập`, `các đối tượng
 * thường xuyên vi phạm`), the manner of a purpose (`xây dựng hệ thống để cập nhật liên tục dữ liệu`) or
 * an attribute of a predicate noun (`là nhiệm vụ trọng tâm, thường xuyên`).
 */
// … việc học tập và làm theo Bác thường xuyên được quan tâm: a passive that describes how things are done
// (but a duty in the passive is one: `các hồ đập cần thường xuyên được kiểm tra`, and so is an item of a list of
// duties: `- Hệ thống camera thường xuyên được kiểm tra, bảo dưỡng.`)
const PASSIVE_NEXT = wordPattern(String.raw`^\s*(?:được|bị)⟩`, 'iu');
const LIST_ITEM_OPENING = /^\s*(?:[-–+•*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|\(\d{1,2}\))\s/u;
const ongoingNoun: Guard = (text, s, e) => {
  if (ONGOING_NEXT.test(text.slice(e, e + 30))) return true;
  if (PASSIVE_NEXT.test(text.slice(e, e + 12)) && !INSTRUCTED.test(lastClause(sentenceBefore(text, s))) && !LIST_ITEM_OPENING.test(text)) return true;
  // (a bounded look back: a marker and spaces are all a cell may hold before the word)
  const head = text.slice(Math.max(0, s - 12), s);
  const nl = head.lastIndexOf('\n');
  const lineHead = nl >= 0 ? head.slice(nl + 1) : s <= 12 ? head : null;
  const opensCell = (lineHead !== null && ONGOING_CELL.test(lineHead)) || TIME_LABEL_BEFORE.test(text.slice(Math.max(0, s - 50), s));
  if (opensCell && /^\p{Lu}/u.test(text[s]!)) return false;
  // (a pair of qualities is the task's manner in a sentence, but a time cell's or a label's value in a cell of
  // its own: "Thời gian thực hiện: thường xuyên, lâu dài")
  if (!opensCell && ONGOING_MANNER_AFTER.test(text.slice(e, e + 30))) return true;
  const near = text.slice(Math.max(0, s - 60), s);
  if (ONGOING_BEFORE.test(near.slice(-30)) || ONGOING_HEAD_BEFORE.test(near) || ONGOING_MANNER_BEFORE.test(near)) return true;
  const clause = lastClause(sentenceBefore(text, s));
  if (ONGOING_PURPOSE.test(clause)) return true;
  return ONGOING_PREDICATE.test(sentenceBefore(text, s).slice(-80));
};

// A span of the past the sentence tells of: `Trong suốt 60 năm …, lực lượng QLTT thường xuyên phối hợp …` |
// `Những năm qua, …` | `Thời gian qua, …` (not a span to come: `trong suốt thời gian diễn ra Đại hội`)
const PAST_SPAN = wordPattern(
  String.raw`⟨(?:trong\s+suốt\s+(?:hơn\s+)?(?:\d+|những|nhiều)\s+năm|(?:\d+|những|nhiều|mấy|các)\s+năm\s+(?:qua|gần\s+đây)|thời\s+gian\s+(?:vừa\s+qua|qua|gần\s+đây))⟩`,
  'iu',
);
// A source telling how things are: "Phó Tổng cục trưởng cho biết, Tổng cục rất quan tâm, phối hợp thường xuyên …"
const SOURCE_TELLS = wordPattern(String.raw`⟨(?:cho\s+biết|cho\s+hay)⟩`, 'iu');
/**
 * `thường xuyên`/`liên tục` in a sentence that tells what was done over a span of the past, or what a source says
 * is done: a habit, not a time.
 */
const toldHabit: Guard = (text, s) => {
  const sentence = sentenceBefore(text, s);
  // (`dưới sự chỉ đạo của Đảng` names who led the work told, no order)
  return (PAST_SPAN.test(sentence) || SOURCE_TELLS.test(sentence)) && !INSTRUCTED.test(sentence.replace(/(?:sự|dưới)\s+chỉ\s+đạo/giu, ''));
};

// A numeric date after bare `đến` must say `ngày`, a year or a start: `đến ngày 30/9` | `từ 11/9 đến 20/9/2026`
// (not `tăng đến 2/3`, a ratio).
// A verb of doing or aiming right before `đến` makes it a date too (`phấn đấu đến 30/6 giải ngân được 60%`,
// `hoàn thành đến 30/9`), unless a ratio's noun follows (`phấn đấu đến 2/3 số xã`).
const RATIO_NOUN_AFTER = wordPattern(String.raw`^\s+(?:số|khối\s+lượng|tổng|phần|diện\s+tích|dân\s+số)⟩`, 'iu');
// `phấn đấu đến 2/3 hộ dân`, `hoàn thành đến 2/3 công việc`, `đến 1/3 trở lên`: a proper fraction of halves to fifths
// is a share whatever noun follows; as a date (1/2, 2/3 …) it ends its clause (`hoàn thành đến 1/5.`)
const shareFraction = (own: string, after: string): boolean => {
  const f = /(\d{1,2})\s*\/\s*(\d{1,2})$/u.exec(own);
  return f !== null && Number(f[1]) < Number(f[2]) && Number(f[2]) <= 5 && !/^\s*(?:[,;.:)]|$)/u.test(after);
};
const looseDate: Guard = (text, s, e) => {
  const own = text.slice(s, e);
  if (/ngày/iu.test(own) || /^từ/iu.test(own) || /[/.-]\d{2,4}$/u.test(own)) return false;
  return (
    !DOING_BEFORE.test(text.slice(Math.max(0, s - 40), s) + own.replace(/\s*\d[\s\S]*$/u, '')) ||
    RATIO_NOUN_AFTER.test(text.slice(e, e + 30)) ||
    shareFraction(own, text.slice(e, e + 30))
  );
};

// xảy ra vào cuối tháng 12 | diễn ra trong 3 ngày | được tổ chức vào cuối năm | khai mạc ngày 15/8: the
// time of an occurrence or an event, not the time a task is due by (but `phải được tổ chức trước …`,
// `cần được tổ chức trong …`, `phải diễn ra trước …` ask for it; `sẽ diễn ra` only schedules it)
const OCCURRENCE_BEFORE = tail(
  String.raw`⟨(?:xảy\s+ra|(?<!⟨(?:phải|cần)\s+)diễn\s+ra|(?<!⟨(?:phải|cần|sẽ)\s+)được\s+tổ\s+chức|khai\s+mạc|bế\s+mạc)`,
);
const occurrence: Guard = (text, s) => OCCURRENCE_BEFORE.test(text.slice(Math.max(0, s - 30), s));

// nhu cầu thường tăng cao vào cuối năm (dịp Tết …) | buôn bán gia cầm dịp Tết tăng cao: the time of a
// trend, not of a task (but `không để giá tăng cao trong dịp Tết`, `… trong dịp Tết tránh giá tăng cao`
// ask for something over that time)
const TREND = String.raw`(?:tăng|giảm)\s+(?:cao|mạnh|sâu|nhanh|đột\s+biến|đột\s+ngột)`;
const NOT_PREVENTED = String.raw`(?<!⟨(?:không\s+để|tránh)(?:\s+[^\s.,;:]+){0,2}\s+)`;
const TREND_BEFORE = tail(String.raw`${NOT_PREVENTED}⟨${TREND}⟩(?:\s+[^\s.;:]+){0,4}`);
// (its subject may follow the time, no conjunction between: `ổn định giá trong dịp Tết khi nhu cầu tăng cao` is a task's time)
const TREND_AFTER = wordPattern(String.raw`^(?:\s+(?!(?:khi|do|vì|nên|để|và|mà|nhưng)⟩)[^\s.,;:()]+){0,4}?\s+${NOT_PREVENTED}(?:thường\s+)?${TREND}⟩`, 'iu');
const trend: Guard = (text, s, e) => TREND_BEFORE.test(text.slice(Math.max(0, s - 60), s)) || TREND_AFTER.test(text.slice(e, e + 60));

// không để dồn vào cuối năm | tránh dồn việc vào cuối năm | không chờ đến cuối năm: a time the work must not slip to
const NEGATED_BEFORE = tail(
  String.raw`⟨(?:không(?:\s+(?:được|nên))?|tránh)\s+(?:để(?:\s+(?:dồn|tồn\s+đọng|kéo\s+dài|chậm))?|dồn|chờ|đợi|kéo\s+dài|lùi|dời)(?:\s+(?:lại|việc|ứ))?`,
);
const negated: Guard = (text, s) => NEGATED_BEFORE.test(text.slice(Math.max(0, s - 40), s));

// Nghị định 38 quy định trong vòng 15 ngày … | luật quy định, trong vòng 15 ngày phải …: a time limit a
// law sets, quoted, not one the document sets
const STATUTE_BEFORE = tail(
  String.raw`⟨(?:Luật|Bộ\s+luật|pháp\s+luật|Nghị\s+định|Thông\s+tư|Điều\s+\d+|khoản\s+\d+)⟩(?:\s+[^\s.,;:]+){0,4}\s+quy\s+định(?:\s+rõ)?\s*,?`,
);
const statute: Guard = (text, s) => STATUTE_BEFORE.test(sentenceBefore(text, s).slice(-80));

// In a news report, the time of an event it tells: a time alone in brackets after the event (`… tông trúng học sinh
// (vào cuối tháng 12-2016)`, not a limit: `(trước ngày 30/6)`), the time of a visit or a meeting (`trong lần kiểm
// tra bán đảo Sơn Trà vào tháng 3.2017`), or a condition already met (`Ngay sau khi quy hoạch được công bố đã có ý
// kiến …`).
const BRACKETED_EVENT_TIME = /^(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày|tháng|năm|đầu|giữa|cuối|\d)/iu;
const EVENT_BEFORE = tail(String.raw`⟨(?:lần|chuyến|đợt|buổi|cuộc)⟩(?:\s+[^\s.,;:()]+){1,8}`);
const NEWS_PAST_OWN = wordPattern('⟨đã⟩', 'iu');
const newsEvent: Guard = (text, s, e, ctx) => {
  if (ctx.news !== true) return false;
  // a sentence told from its date, with no order in it: "Ngày 13/5, chị L. được bệnh viện phẫu thuật trong 7 giờ"
  const sentence = sentenceBefore(text, s).trimStart();
  if (DATED_OPENING.test(sentence) && !INSTRUCTED.test(sentence + text.slice(s, e) + sentenceAfter(text, e))) return true;
  const own = text.slice(s, e);
  if (/\(\s*$/u.test(text.slice(Math.max(0, s - 3), s)) && /^\s*\)/u.test(text.slice(e, e + 3)) && BRACKETED_EVENT_TIME.test(own)) return true;
  if (/^vào\s/iu.test(own) && EVENT_BEFORE.test(text.slice(Math.max(0, s - 80), s)) && !INSTRUCTED.test(sentenceBefore(text, s))) return true;
  return NEWS_PAST_OWN.test(own);
};

/** Guards every rule applies: what the time expression is attached to, not the expression itself. */
const ATTACHMENT_GUARDS: Guard[] = [occurrence, trend, negated, statute, newsEvent];

/**
 * A month, quarter or half-year that opens its clause and ended before the month of the document's
 * date (`Trong tháng 4 năm 2026, tình hình …`, `Trong quý I, Chính phủ …` in a report of May 2026):
 * the assessment's reported period, not the deadline of a new task.
 */
function passedOpener(text: string, s: number, v: DeadlineValue, ctx: ExtractContext): boolean {
  if (v.date === null || !ctx.documentDate || !/^(?:month|quarter|half-year)$/u.test(v.precision)) return false;
  // within the document's own year: the assessment reports on the year so far
  if (v.date >= `${ctx.documentDate.slice(0, 7)}-01` || v.date.slice(0, 4) !== ctx.documentDate.slice(0, 4)) return false;
  return CLAUSE_START.test(lastClause(sentenceBefore(text, s))) && /^[^,;.\n]{0,60},/u.test(text.slice(s, s + 80));
}

// Kế hoạch cao điểm đấu tranh chống buôn lậu, … trước, trong và sau Tết Nguyên đán: the occasion in a campaign's
// name, not a time a task is set
const CAMPAIGN_BEFORE = wordPattern(String.raw`⟨(?:kế\s+hoạch|chương\s+trình|chiến\s+dịch|đợt|tháng)\s+cao\s+điểm⟩[^.;:]{0,160}$`, 'iu');
// (the name ends where a comma opens a clause on its subject: `Tháng cao điểm an toàn thực phẩm, các đơn vị tăng
// cường kiểm tra trước Tết`, `Thực hiện Kế hoạch cao điểm, Công an tỉnh tăng cường tuần tra trước, trong và sau Tết`)
const CLAUSE_AFTER_NAME = /,\s*(?:(?:các|những|mỗi|toàn|cả|đồng\s+thời)\s|\p{Lu})/u;
const campaignName: Guard = (text, s) => {
  const m = CAMPAIGN_BEFORE.exec(sentenceBefore(text, s));
  return m !== null && !CLAUSE_AFTER_NAME.test(m[0]);
};

// --- rules ------------------------------------------------------------------------------------

/**
 * A named rule whose guards may reject a match. `spanGroup` narrows the span to the time expression
 * when the pattern starts with the word that licenses it (`hoàn thành [tháng 12/2024]`): a leading
 * lookbehind would do the same but costs quadratic time on long runs of whitespace.
 */
function rule(
  name: string,
  needs: readonly string[],
  source: string,
  read: (m: RegExpExecArray, ctx: ExtractContext, text: string) => DeadlineValue | null,
  guards: Guard[] = [],
  spanGroup?: string,
): Rule<DeadlineValue> {
  return {
    name,
    needs,
    pattern: wordPattern(source),
    ...(spanGroup ? { spanGroup } : {}),
    extract: (m, ctx, unit) => {
      const s = m.index;
      const e = m.index + m[0].length;
      if (ATTACHMENT_GUARDS.some((g) => g(unit.text, s, e, ctx)) || guards.some((g) => g(unit.text, s, e, ctx))) return null;
      const v = read(m, ctx, unit.text);
      if (v && guards.includes(past) && resultAsOf(unit.text, s, e, v, ctx)) return null;
      return v && passedOpener(unit.text, s, v, ctx) ? null : v;
    },
  };
}

// What may follow a plan table's time cell on its line and the next: nothing, or a note in brackets
// (`Năm 2026\n(sau khi Chính phủ ban hành …)`); not a range (`Năm 2026 -\n2028`), an open end
// (`Năm 2026\nvà các năm tiếp theo`), or the next time cell: a start before its end (`Tháng 4/2025\n
// Tháng 12/2025` under `Thời gian bắt đầu | Thời gian hoàn thành`), one column head of a roadmap's years.
const CELL_END = /^[^\S\n]*(?:\n|$)(?![^\S\n]*(?:(?:[-–]|và|đến|trở\s+đi)(?![\p{L}\p{N}])|(?:năm|tháng)\s+\d|quý\s+[IVX]+(?![\p{L}\p{N}])))/iu;
/**
 * A capitalised month or year alone on its line: the time cell of a plan table (`Năm 2026`,
 * `Tháng 9/2024`), as its quarters are (`Quý IV/2026`); not the same words inside a sentence.
 */
const notTableCell: Guard = (text, s, e) => {
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  return !/^\p{Lu}/u.test(text[s]!) || !/^[^\S\n]*$/u.test(text.slice(lineStart, s)) || !CELL_END.test(text.slice(e, e + 40));
};

// What may follow a cell's or a label's value on its line: a full stop or semicolon, a note in brackets.
const VALUE_END = /^[^\S\n]*[.;]?[^\S\n]*(?:\n|$|\()/u;
/**
 * Not the whole value of a time cell or label: the words do not stand alone on their line (or open the unit,
 * as a cell's or a label's value read apart does), capitalised, or after a time label's colon.
 */
const notCellOrLabel: Guard = (text, s, e) => {
  if (!VALUE_END.test(text.slice(e, e + 40))) return true;
  if (TIME_LABEL_BEFORE.test(text.slice(Math.max(0, s - 50), s))) return false;
  if (/^\s*$/u.test(text.slice(0, s))) return false;
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  return !/^\p{Lu}/u.test(text[s]!) || !/^[^\S\n]*$/u.test(text.slice(lineStart, s));
};

// đầu quý II | giữa quý III: a part of the quarter, which the rule for parts reads
const PART_BEFORE = tail('⟨(?:đầu|giữa)');
const partOfPeriod: Guard = (text, s) => PART_BEFORE.test(text.slice(Math.max(0, s - 12), s));

/** Guards for a period word that a preposition may introduce or not (`trong quý I`, `Quý IV/2026`). */
const PERIOD_GUARDS: Guard[] = [start, reported, past];
/** The citation guard, for a period written without a preposition before it. */
const bare =
  (word: RegExp): Guard =>
  (text, s, e, ctx) =>
    !word.test(text.slice(s, e)) && citation(text, s, e, ctx);
const BARE_PERIOD = /^(?:trong|vào|cuối|hết|đến|tới|chậm|muộn|hạn|ngay|trước)/iu;

const RULES: Rule<DeadlineValue>[] = [
  // --- recurring --------------------------------------------------------------------------
  rule(
    // thứ Sáu hàng tuần | Định kỳ thứ Hai hàng tuần | thứ 6 hằng tuần | Chủ nhật hàng tuần
    'recurring: thứ Sáu hàng tuần',
    ['tuần'],
    String.raw`⟨(?:định\s+kỳ\s+)?(?:(?:sáng|chiều|trưa|tối)\s+)?(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s+(?:hằng|hàng|mỗi)\s+tuần⟩`,
    (m) => {
      const wd = weekday(m[0]);
      return wd === null ? null : recurring('weekly', 'day', String(wd));
    },
    [past],
  ),
  // hàng tuần | định kỳ hằng tuần
  rule('recurring: hàng tuần', ['tuần'], String.raw`⟨(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+tuần⟩`, () => recurring('weekly', 'day'), [cycleNoun, past]),
  rule(
    // trước ngày 20 hằng tháng | Định kỳ ngày 20 hàng tháng | vào ngày 25 của hằng tháng
    'recurring: trước ngày 20 hằng tháng',
    ['tháng'],
    String.raw`⟨(?:định\s+kỳ\s+)?(?:(?:trước|vào|chậm\s+nhất|muộn\s+nhất)\s+)?ngày\s+\d{1,2}\s+(?:của\s+)?(?:hằng|hàng|mỗi)\s+tháng⟩`,
    (m) => {
      const due = monthlyDue(m[0]);
      return due === null ? null : recurring('monthly', 'day', due);
    },
  ),
  rule(
    // hằng tháng, trước ngày 25 | định kỳ hàng tháng vào ngày 20
    'recurring: hằng tháng, trước ngày 25',
    ['tháng'],
    String.raw`⟨(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+tháng\s*,?\s+(?:trước|vào|chậm\s+nhất)\s+ngày\s+\d{1,2}(?!\p{N}|\s*[/.-]\s*\d|\s+tháng)`,
    (m) => {
      const due = monthlyDue(m[0]);
      return due === null ? null : recurring('monthly', 'day', due);
    },
  ),
  rule(
    // định kỳ hằng tháng báo cáo …, gửi Bộ Tài chính trước ngày 25: the monthly cycle's due day, written apart
    // from it (a day without a month is nothing else)
    'recurring: hằng tháng … trước ngày 25',
    ['ngày'],
    String.raw`⟨(?:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?)\s+ngày\s+\d{1,2}(?!\p{N}|\s*[/.-]\s*\d|\s+(?:tháng|hằng|hàng|mỗi|của)⟩)`,
    (m, ctx, text) => {
      const due = monthlyDue(m[0]);
      return due !== null && governingCycle(text, m.index, ctx) === 'monthly' ? recurring('monthly', 'day', due) : null;
    },
    [past],
  ),
  // hằng tháng | định kỳ hàng tháng (not: hàng tháng trời, phiên họp Chính phủ hàng tháng)
  rule('recurring: hằng tháng', ['tháng'], String.raw`⟨(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+tháng⟩`, () => recurring('monthly', 'month'), [cycleNoun, past]),
  rule(
    // trước ngày 15 của tháng cuối quý | vào ngày 20 tháng cuối mỗi quý | trước ngày 10 tháng đầu tiên của quý sau: a
    // quarterly report's due day (SPEC gives no form for a quarter's day: no `due`)
    'recurring: trước ngày 15 của tháng cuối quý',
    ['quý'],
    String.raw`⟨(?:(?:trước|vào|chậm\s+nhất|muộn\s+nhất)\s+)?ngày\s+\d{1,2}\s+(?:của\s+)?tháng\s+(?:cuối|đầu(?:\s+tiên)?|thứ\s+(?:nhất|hai|ba|[1-3]))\s+(?:của\s+)?(?:(?:mỗi|hằng|hàng)\s+)?quý(?:\s+(?:sau|tiếp\s+theo|kế\s+tiếp))?⟩`,
    () => recurring('quarterly', 'day'),
    [past],
  ),
  // định kỳ hằng quý | hàng quý | mỗi quý
  rule('recurring: định kỳ hằng quý', ['quý'], String.raw`⟨(?:định\s+kỳ\s+)?(?:hằng|hàng|mỗi)\s+quý⟩`, () => recurring('quarterly', 'quarter'), [cycleNoun, past]),
  rule(
    // định kỳ 6 tháng | định kỳ 06 tháng một lần | hằng 6 tháng (not: định kỳ 6 tháng đầu năm)
    'recurring: định kỳ 6 tháng',
    ['tháng'],
    String.raw`⟨(?:định\s+kỳ|hằng|hàng|mỗi)\s+(?:0?6|sáu)\s+tháng(?:\s+(?:một|01|1)\s+lần)?⟩(?!\s+(?:đầu|cuối|còn lại)⟩)`,
    () => recurring('half-yearly', 'half-year'),
    [past],
  ),
  rule(
    // trước ngày 15/11 hằng năm | trước ngày 25 tháng 12 hằng năm | định kỳ ngày 10/12 hàng năm
    'recurring: trước ngày 15/11 hằng năm',
    ['hằng', 'hàng', 'mỗi'],
    String.raw`⟨(?:định\s+kỳ\s+)?(?:(?:trước|vào|chậm\s+nhất|muộn\s+nhất)\s+)?ngày\s+\d{1,2}(?:[/.-]\d{1,2}|\s+tháng\s+\d{1,2})\s+(?:của\s+)?(?:hằng|hàng|mỗi)\s+năm⟩`,
    (m) => {
      const due = yearlyDue(m[0]);
      return due === null ? null : recurring('yearly', 'day', due);
    },
  ),
  rule(
    // Hàng năm trước ngày 25/12 | định kỳ hàng năm trước ngày 15 tháng 12
    'recurring: hằng năm trước ngày 25/12',
    ['hằng', 'hàng'],
    String.raw`⟨(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+năm\s*,?\s+(?:trước|vào|chậm\s+nhất)\s+ngày\s+\d{1,2}(?:[/.-]\d{1,2}|\s+tháng\s+\d{1,2})(?!\p{N}|[/.-]\p{N}|\s+năm\s+\d)`,
    (m) => {
      const due = yearlyDue(m[0].replace(/^.*?ngày/isu, 'ngày'));
      return due === null ? null : recurring('yearly', 'day', due);
    },
  ),
  // định kỳ hằng năm | hằng năm (not: ngân sách hằng năm, kế hoạch công tác hằng năm, mỗi năm)
  rule('recurring: định kỳ hằng năm', ['hằng', 'hàng'], String.raw`⟨(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+năm⟩(?!\s*\d)`, () => recurring('yearly', 'year'), [cycleNoun, past]),

  // --- day --------------------------------------------------------------------------------
  // trước ngày 15/8/2021 | trước ngày 30 tháng 9 năm 2024 | chậm nhất trước ngày … | xong trước 15/8/2021 | trước 30/9
  // | trước thời điểm 30/4/2026
  rule('deadline: trước ngày D/M/Y', ['trước'], String.raw`⟨(?:${LATEST}\s+)?trước\s+(?:thời\s+điểm\s+)?${TIME_OF_DAY}(?<w>${DAY})`, dayOrCycleValue, [past]),
  rule(
    // chậm nhất ngày 15/8 | chậm nhất là ngày 15/8/2021 | chậm nhất đến ngày 31/12/2018 | hạn chót: 30/6/2024
    'deadline: chậm nhất (là) ngày D/M/Y',
    ['chậm', 'muộn', 'hạn'],
    String.raw`⟨${LATEST}\s+(?:(?:vào|trong|đến|tới)\s+(?:hết\s+)?)?${TIME_OF_DAY}(?<w>${DAY})`,
    dayOrCycleValue,
    [past],
  ),
  rule(
    // đến ngày 30/9/2024 | đến hết ngày 14/5/2026 | từ ngày 11/9/2026 đến ngày 20/9/2026 | từ 11/9 đến 20/9/2026
    'deadline: (từ …) đến (hết) ngày D/M/Y',
    ['đến', 'tới'],
    String.raw`⟨${FROM}(?:đến|tới)\s+(?:hết\s+)?(?<w>${DAY})${FIGURE_AFTER}`,
    (m, ctx) => dayValue(group(m, 'w'), ctx),
    [start, validity, looseDate, past],
  ),
  // thời hạn hoàn thành: 30/6/2024 | thời hạn là ngày 15/8 | thời hạn ngày 15/8 (not a table header
  // "Thời hạn hoàn thành" before the next row's marker "2.3")
  rule(
    'deadline: thời hạn: D/M/Y',
    ['hạn'],
    String.raw`⟨thời hạn(?:\s+hoàn thành)?(?:\s+là\s+|\s*:\s*|\s+(?=ngày))(?<w>${DAY})`,
    (m, ctx) => dayValue(group(m, 'w'), ctx),
    [past],
    'w',
  ),
  // (hoàn thành) vào ngày 30/6/2024 | (xong) ngày 15/8
  rule(
    'deadline: hoàn thành vào ngày D/M/Y',
    ['hoàn', 'xong', 'kết'],
    String.raw`⟨(?:hoàn thành|xong|kết thúc)\s+(?<s>(?:vào\s+)?(?<w>ngày\s+${DATE}))`,
    (m, ctx) => dayValue(group(m, 'w'), ctx),
    [past],
    's',
  ),

  // --- month ------------------------------------------------------------------------------
  // trước tháng 10/2024 → 30/9 | chậm nhất trước tháng 12.2017
  rule('deadline: trước tháng M/Y', ['tháng'], String.raw`⟨(?:${LATEST}\s+)?trước\s+(?<w>${MONTH})`, (m, ctx, text) => monthValue(group(m, 'w'), ctx, true, sharedYear(text, m)), [past]),
  rule(
    // trong tháng 9/2024 | trong tháng 9 năm 2024 | vào cuối tháng 6 | chậm nhất trong tháng 8/2017 | cuối tháng 11/2021 |
    // a time label run into the sentence: "…; thời gian: tháng 4/2025"
    'deadline: trong tháng M/Y',
    ['tháng'],
    String.raw`⟨(?:${LATEST}\s+(?:(?:trong|vào|đến|tới)\s+)?(?:(?:cuối|hết)\s+)?|(?:ngay\s+)?(?:trong|vào)\s+(?:(?:cuối|hết)\s+)?|(?:cuối|hết)\s+|thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:\s*)${EARLIER_MONTHS}(?<w>${MONTH})${FIGURE_AFTER}`,
    (m, ctx, text) => monthValue(group(m, 'w'), ctx, false, sharedYear(text, m)),
    [start, reported, past],
  ),
  rule(
    // đến cuối tháng 11/2021 | đến hết tháng 9 | từ tháng 6 đến tháng 9/2024
    'deadline: (từ …) đến (hết) tháng M/Y',
    ['tháng'],
    String.raw`⟨${FROM}(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?(?<w>${MONTH})${FIGURE_AFTER}`,
    (m, ctx, text) => monthValue(group(m, 'w'), ctx, false, sharedYear(text, m)),
    [start, validity, past],
  ),
  // (hoàn thành) tháng 12/2024
  rule('deadline: hoàn thành tháng M/Y', ['tháng'], String.raw`⟨(?:hoàn thành|xong)\s+(?<w>${MONTH})`, (m, ctx) => monthValue(group(m, 'w'), ctx), [past], 'w'),
  // trong tháng này | trong quý này | trong năm nay
  rule(
    'deadline: trong tháng này',
    ['trong'],
    String.raw`⟨(?:ngay\s+)?trong\s+(?<w>tháng|quý|năm)\s+(?:này|nay)⟩`,
    (m, ctx) => currentPeriodValue(group(m, 'w'), ctx),
    [past],
  ),

  // --- quarter ----------------------------------------------------------------------------
  // trước quý III/2024 → 30/6
  rule('deadline: trước quý III', ['quý'], String.raw`⟨(?:${LATEST}\s+)?trước\s+(?<w>${QUARTER})`, (m, ctx, text) => quarterValue(group(m, 'w'), ctx, true, sharedYear(text, m)), [past]),
  rule(
    // đến hết quý II/2025 | từ quý I đến quý IV/2026 | đến cuối quý 3
    'deadline: (từ …) đến (hết) quý IV/Y',
    ['quý'],
    String.raw`⟨${FROM}(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?(?<w>${QUARTER})${FIGURE_AFTER}`,
    (m, ctx, text) => quarterValue(group(m, 'w'), ctx, false, sharedYear(text, m)),
    [start, validity, past],
  ),
  rule(
    // trong quý I/2025 | quý III năm 2024 | trong quý 4/2024 | Quý IV/2026 (a plan table) | quý II | chậm nhất trong quý II
    'deadline: trong quý I/Y',
    ['quý'],
    String.raw`⟨(?:${LATEST}\s+(?:(?:trong|vào)\s+)?(?:(?:cuối|hết)\s+)?|(?:ngay\s+)?(?:trong|vào)\s+(?:(?:cuối|hết)\s+)?|(?:cuối|hết)\s+)?(?<w>${QUARTER})${FIGURE_RIGHT_AFTER}`,
    (m, ctx, text) => quarterValue(group(m, 'w'), ctx, false, sharedYear(text, m)),
    [...PERIOD_GUARDS, bare(BARE_PERIOD), partOfPeriod],
  ),

  // --- a part of a month, quarter or year ------------------------------------------------------
  rule(
    // vào đầu tháng 9/2024 → 10/9 | trong giữa tháng 8 → 20/8 | trong tuần đầu tháng 7 → 7/7 | chậm nhất trong nửa đầu
    // tháng 5 → 15/5 | thượng tuần, trung tuần, hạ tuần tháng 10: the last day of that part (the tenth of a month
    // for `đầu`, the twentieth for `giữa`, as the three `tuần` of a month count them)
    'deadline: đầu tháng M/Y',
    ['tháng'],
    String.raw`⟨(?:${LATEST}\s+(?:(?:trong|vào)\s+)?|(?:ngay\s+)?(?:trong|vào)\s+|thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:\s*)(?<p>đầu|giữa|thượng\s+tuần|trung\s+tuần|hạ\s+tuần|tuần\s+(?:đầu(?:\s+tiên)?|cuối)(?:\s+của)?|nửa\s+(?:đầu|cuối)(?:\s+của)?)\s+(?<w>${MONTH})${FIGURE_AFTER}`,
    (m, ctx, text) => {
      const v = monthValue(group(m, 'w'), ctx, false, sharedYear(text, m));
      const part = group(m, 'p').toLowerCase().replace(/\s+/gu, ' ');
      const day = /^(?:đầu|thượng tuần)$/u.test(part) ? 10 : /^(?:giữa|trung tuần)$/u.test(part) ? 20 : /^tuần đầu/u.test(part) ? 7 : part === 'nửa đầu' ? 15 : null;
      if (!v || v.date === null || day === null) return v;
      return { ...v, date: `${v.date.slice(0, 8)}${String(day).padStart(2, '0')}` };
    },
    [start, reported, past],
  ),
  rule(
    // (vào) đầu quý II/2026 → 30/4 | giữa quý III → 31/8: the end of the quarter's first or second month
    'deadline: đầu quý I/Y',
    ['quý'],
    String.raw`⟨(?:(?:${LATEST}\s+(?:(?:trong|vào)\s+)?|(?:ngay\s+)?(?:trong|vào)\s+)?)(?<p>đầu|giữa)\s+(?<w>${QUARTER})${FIGURE_RIGHT_AFTER}`,
    (m, ctx, text) => {
      const v = quarterValue(group(m, 'w'), ctx, false, sharedYear(text, m));
      if (!v || v.date === null) return v;
      const y = Number(v.date.slice(0, 4));
      const month = Number(v.date.slice(5, 7)) - (/^đầu/iu.test(group(m, 'p')) ? 2 : 1);
      return { ...v, date: monthEnd(y, month), precision: 'month' };
    },
    [...PERIOD_GUARDS, bare(BARE_PERIOD)],
  ),
  rule(
    // vào đầu năm 2025 → 31/3 (its first quarter) | trong giữa năm → 30/6 (not: đầu năm học, từ đầu năm)
    'deadline: đầu năm Y',
    ['năm'],
    // (`năm tới`, `năm sau`: the year after the document's; not a year named by another word: `đầu năm mới` (the
    // new year's season), `đầu năm ngoái`, `giữa năm trước`, `đầu năm sau đó`)
    String.raw`⟨(?:${LATEST}\s+(?:(?:trong|vào)\s+)?|(?:ngay\s+)?(?:trong|vào)\s+)(?<p>đầu|giữa)\s+(?<w>năm(?:\s+\d{4}|\s+(?:nay|tới|sau))?)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s*[-–]\s*\d|\s+(?:học|tài\s+chính|mới|ngoái|trước|qua|vừa\s+qua|đó|ấy|nữa|sau\s+đó)⟩)${FIGURE_AFTER}`,
    (m, ctx) => {
      const y = yearOf(group(m, 'w'), writtenYear(group(m, 'w')), ctx);
      const first = /^đầu/iu.test(group(m, 'p'));
      if (y.year === null) return { date: null, precision: first ? 'quarter' : 'half-year' };
      return first ? dated(quarterEnd(y.year, 1), 'quarter', y) : dated(halfYearEnd(y.year, 1), 'half-year', y);
    },
    [start, reported, past, yearPassed()],
  ),

  rule(
    // a plan table's time cell: Tháng 9/2024 | Năm 2026 | Năm\n2026 (not: năm 2026 in a sentence, Năm 2026 - 2030)
    'deadline: ô thời gian Tháng M/Y, Năm Y',
    ['tháng', 'năm'],
    String.raw`⟨(?:tháng\s+\d{1,2}[/.-]\d{4}|năm\s+\d{4})(?![\p{N}/.-])`,
    (m, ctx) => (/^năm/iu.test(m[0]) ? yearValue(m[0], ctx) : monthValue(m[0], ctx)),
    [notTableCell, ...PERIOD_GUARDS, yearPassed()],
  ),

  rule(
    // a plan table's time cell or a time label's value that opens on a year and runs on: Năm 2026\nvà các năm\ntiếp theo |
    // Thời gian thực hiện: từ năm 2026 và những năm tiếp theo → the end of that first year, as `Giai đoạn 2026 - 2030`
    // gives the end of its last (in a sentence it is an open end: `trong năm 2025 và các năm tiếp theo, đề nghị …`)
    'deadline: ô thời gian Năm Y và các năm tiếp theo',
    ['năm'],
    String.raw`⟨(?:(?:từ|trong)\s+)?(?:năm\s+)?(?<w>\d{4})\s*,?\s+(?:và\s+)?(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau|tới)⟩`,
    (m, ctx) => yearValue(group(m, 'w'), ctx),
    [notCellOrLabel, yearPassed()],
  ),

  // --- half-year --------------------------------------------------------------------------
  rule(
    // 6 tháng đầu năm 2024 | trong 6 tháng cuối năm 2021 | 06 tháng cuối năm | 6 tháng còn lại của năm 2021
    'deadline: 6 tháng cuối năm Y',
    ['tháng'],
    String.raw`⟨(?:(?:trong|đến\s+hết|đến\s+cuối|tới\s+hết|cuối)\s+)?(?<w>${HALF})${FIGURE_RIGHT_AFTER}`,
    (m, ctx) => halfValue(group(m, 'w'), ctx),
    [...PERIOD_GUARDS, bare(BARE_PERIOD)],
  ),
  rule(
    // 3 tháng cuối năm 2024 | ba tháng cuối năm | 03 tháng đầu năm: the last or the first quarter
    'deadline: 3 tháng cuối năm Y',
    ['tháng'],
    String.raw`⟨(?:(?:trong|đến\s+hết|đến\s+cuối|tới\s+hết|cuối)\s+)?(?<w>${THREE_MONTHS})${FIGURE_RIGHT_AFTER}`,
    (m, ctx) => {
      const w = group(m, 'w');
      const y = resolveYear(writtenYear(w), ctx);
      return y.year === null ? { date: null, precision: 'quarter' } : dated(monthEnd(y.year, /đầu/iu.test(w) ? 3 : 12), 'quarter', y);
    },
    [...PERIOD_GUARDS, bare(BARE_PERIOD)],
  ),

  // --- year -------------------------------------------------------------------------------
  // trong năm 2024 | hoàn thành trong năm 2025 | chậm nhất trong năm 2026 | Trong năm 2023, 2024 →
  // the last year (not: trong năm 2023 vẫn còn …)
  rule(
    'deadline: trong năm Y',
    ['trong'],
    // (not an open end: `trong năm 2021 và các năm tiếp theo`, nor a horizon: `chỉ tiêu tăng trưởng … trong năm 2026 và
    // giai đoạn 2026 - 2030`, the span of the targets, not a time to act by; the list of years is read whole, not
    // backed off to its first years when an open end follows it: `trong các năm 2024, 2025 và các năm tiếp theo`)
    String.raw`⟨(?:(?:${LATEST}|ngay)\s+)?trong\s+(?:các\s+)?(?<w>năm\s+\d{4}(?:\s*(?:,|và)\s*(?:năm\s+)?\d{4})*(?!\s*(?:,|và)\s*(?:năm\s+)?\d{4})(?!\p{N}|\s*[-–]\s*\d|\s+và\s+(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau|tới)⟩|\s*,?\s+(?:và|cũng\s+như)\s+(?:cả\s+)?giai\s+đoạn⟩))${FIGURE_AFTER}`,
    (m, ctx) => yearValue(lastYear(group(m, 'w')), ctx),
    [start, reported, past, yearPassed()],
  ),
  rule(
    // Năm 2021 cần tiếp tục hoàn thành … | - Năm 2026, tập trung hoàn thành …: a bare year that opens an order sets its
    // end as the time to finish by (a year opening a report has its subject next, not an order: `Năm 2025, toàn tỉnh
    // đã …`, `Năm 2017 là năm thứ 2 …`, nor does a year that `tiếp tục là` something: `Năm 2026 tiếp tục là năm bản lề`)
    'deadline: Năm Y opening an order',
    ['năm'],
    String.raw`⟨năm\s+(?<w>\d{4})(?!\p{N}|\s*[-–]\s*\d)(?=\s*,?\s*(?:${IMPERATIVE_OPENERS_SOURCE})⟩)(?!\s*,?\s*tiếp\s+tục\s+(?:là|được|có)⟩)`,
    (m, ctx) => yearValue(group(m, 'w'), ctx),
    [(text, st) => !CLAUSE_START.test(sentenceBefore(text, st)), past, yearPassed()],
  ),
  rule(
    // trong các năm 2025 - 2026 | trong năm 2025-2026: the years the work takes, due by the end of the last (not a plan's
    // period or horizon: `giai đoạn 2021 - 2025`, `5 năm 2021-2025`, which no `trong năm` opens)
    'deadline: trong các năm Y1 - Y2',
    ['trong'],
    String.raw`⟨(?:(?:${LATEST}|ngay)\s+)?trong\s+(?:các\s+)?năm\s+(?<a>\d{4})\s*[-–]\s*(?<w>\d{4})(?!\p{N})${FIGURE_AFTER}`,
    // (a span of five years or more is a plan's period, as `giai đoạn 2026 - 2030` is: `tăng trưởng bình quân 7% trong
    // các năm 2026 - 2030` sets the targets' span, not a time to act by)
    (m, ctx) => {
      const span = Number(group(m, 'w')) - Number(group(m, 'a'));
      return span > 0 && span < 4 ? yearValue(group(m, 'w'), ctx) : null;
    },
    [start, reported, past, lastYearPassed],
  ),
  rule(
    // hoàn thành trong năm | trong năm. (not: trong năm học, trong năm qua, trong năm tới)
    'deadline: trong năm',
    ['trong'],
    String.raw`⟨(?:(?:${LATEST}|ngay)\s+)?trong\s+năm⟩(?!\s*(?:\d|[-–])|\s+(?:học|tài chính|qua|trước|tới|sau|đầu|cuối|thứ|ngân sách|kế hoạch|ngày|tháng|tuần|nay|này|giờ|năm|mươi|lăm)⟩)`,
    (m, ctx) => yearValue('', ctx),
    [reported, past],
  ),
  rule(
    // đến hết năm 2025 | đến cuối năm 2024 | Đến hết 2025 | từ năm 2026 đến hết năm 2028 (not: đến năm 2030)
    'deadline: (từ …) đến hết năm Y',
    ['đến', 'tới'],
    String.raw`⟨${FROM}(?:đến|tới)\s+(?:hết|cuối)\s+(?:năm\s+)?(?<w>\d{4})(?!\p{N}|\s*[-–]\s*\d)${FIGURE_AFTER}`,
    (m, ctx) => yearValue(group(m, 'w'), ctx),
    [start, validity, past, yearPassed()],
  ),
  rule(
    // Đến năm 2020 hoàn thành việc xử lý … | đến năm 2025, cơ bản hoàn thành … : `đến năm` that a completion right after it
    // makes the time to finish by (alone it is a horizon: `định hướng đến năm 2030`, `mục tiêu đến năm 2030 đạt …`).
    // A goal set right after it reads the same way as `phấn đấu đến hết năm 2025 có …`: `Đến năm 2025, phấn đấu
    // 100% xã đạt chuẩn …` (a plan's name or `mục tiêu` before it keeps it a horizon, `HORIZON_BEFORE`).
    'deadline: đến năm Y hoàn thành',
    ['đến', 'tới'],
    String.raw`⟨(?:đến|tới)\s+năm\s+(?<w>\d{4})(?!\p{N}|\s*[-–]\s*\d)(?=\s*,?\s*(?:(?:(?:phải|cần|sẽ|cơ\s+bản|phấn\s+đấu)\s+)*(?:hoàn\s+thành|xong)|phấn\s+đấu)⟩)`,
    (m, ctx) => yearValue(group(m, 'w'), ctx),
    [start, validity, past, yearPassed(), (text, st) => HORIZON_BEFORE.test(text.slice(Math.max(0, st - 80), st))],
  ),
  rule(
    // đến cuối năm | từ nay đến cuối năm | đến hết năm nay
    'deadline: đến cuối năm',
    ['đến', 'tới'],
    String.raw`⟨(?:từ\s+nay\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+năm(?:\s+nay)?⟩(?!\s*\d|\s+học⟩)`,
    (m, ctx) => yearValue('', ctx),
    [start, validity, past],
  ),
  // trước năm 2026 → 31/12/2025 (not: trước năm 2013, before the document's year)
  rule('deadline: trước năm Y', ['trước'], String.raw`⟨(?:${LATEST}\s+)?trước\s+(?<w>${YEAR})`, (m, ctx) => yearValue(group(m, 'w'), ctx, -1), [past, yearPassed(-1)]),
  rule(
    // cuối năm 2024 | vào cuối năm | cuối năm nay (not: 6 tháng cuối năm, tổng kết cuối năm)
    'deadline: cuối năm Y',
    ['cuối'],
    String.raw`⟨(?:(?:vào|trong)\s+)?(?<!tháng\s+)cuối\s+(?<w>năm(?:\s+\d{4}|\s+nay)?)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s*[-–]\s*\d|\s+học⟩)`,
    (m, ctx) => yearValue(group(m, 'w'), ctx),
    [start, (text, s) => YEAR_END_EVENT.test(text.slice(Math.max(0, s - 20), s)), past, yearPassed()],
  ),
  rule(
    // trong các tháng cuối năm | những tháng cuối năm 2024
    'deadline: các tháng cuối năm',
    ['cuối'],
    String.raw`⟨(?:trong\s+)?(?:các|những)\s+tháng\s+cuối\s+(?<w>năm(?:\s+\d{4}|\s+nay)?)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])`,
    (m, ctx) => yearValue(group(m, 'w'), ctx),
    [reported, past, yearPassed()],
  ),
  // (hoàn thành) năm 2025 | (hoàn thành) vào năm 2025
  rule(
    'deadline: hoàn thành năm Y',
    ['hoàn', 'xong'],
    String.raw`⟨(?:hoàn thành|xong)\s+(?<s>(?:vào\s+)?(?<w>${YEAR}))`,
    (m, ctx) => yearValue(group(m, 'w'), ctx),
    [past, yearPassed()],
    's',
  ),
  rule(
    // (Nhiệm vụ trọng tâm) năm 2024 | (nhiệm vụ, giải pháp chủ yếu) năm 2025 — a heading that dates its items
    'deadline: nhiệm vụ trọng tâm năm Y',
    ['trọng', 'yếu'],
    String.raw`⟨(?:nhiệm vụ|công tác|giải pháp)\s+(?:trọng tâm|chủ yếu|trọng điểm)(?:\s+công tác)?\s+(?<w>${YEAR})`,
    (m, ctx) => yearValue(group(m, 'w'), ctx),
    [reported, past, yearPassed()],
    'w',
  ),

  rule(
    // (Nhiệm vụ trọng tâm) tháng 3/2025 | (nhiệm vụ trọng tâm) tháng 02 và tháng 3 năm 2025 — a monthly meeting's heading
    // (not an open end: `giải pháp trọng tâm tháng 5 và thời gian tới`)
    'deadline: nhiệm vụ trọng tâm tháng M/Y',
    ['trọng', 'yếu'],
    String.raw`⟨(?:nhiệm vụ|công tác|giải pháp)\s+(?:trọng tâm|chủ yếu|trọng điểm)(?:\s+công tác)?\s+(?<s>${EARLIER_MONTHS}(?<w>${MONTH}))(?!\s+(?:và|cùng)\s+(?:thời\s+gian|những|các|giai\s+đoạn)⟩)`,
    (m, ctx) => monthValue(group(m, 'w'), ctx),
    [reported, past],
    's',
  ),

  // --- relative ---------------------------------------------------------------------------
  rule(
    // trong tuần này | ngay trong tuần | trước cuối tuần | trong tuần tới | vào cuối tuần sau: counted from the document's
    // date (SPEC `relative`), to the Sunday that ends that week (a news page's own date dates it too). Not `trong tuần
    // đầu tháng 7` (a part of a month), `tuần qua` (past), `vào cuối tuần` alone (a habit: `thường đông vào cuối tuần`),
    // `trong tuần sau đó` (the week after another time).
    'relative: trong tuần này, tuần tới',
    ['tuần'],
    String.raw`⟨(?:(?:ngay\s+)?trong\s+tuần(?:\s+(?<t>này|nay|tới|sau|kế\s+tiếp))?|(?:trước|đến|tới)\s+cuối\s+tuần(?:\s+(?<c>này|nay|tới|sau))?|(?:ngay\s+)?(?:trong|vào)\s+(?:cuối\s+)?tuần\s+(?<v>này|nay|tới|sau|kế\s+tiếp))⟩(?!\s+(?:đầu|cuối|qua|vừa|trước|thứ|lễ|của|đó|ấy|nữa|\d)⟩|\s*\d)`,
    (m, ctx) => {
      const which = (m.groups!.t ?? m.groups!.c ?? m.groups!.v ?? '').toLowerCase();
      // `trong tuần` alone only after `ngay` (`ngay trong tuần`): `trong tuần` may open a count (`trong tuần, …`)
      if (!which && !/^ngay|cuối/iu.test(m[0])) return null;
      const weeks = /^(?:tới|sau|kế\s+tiếp)$/u.test(which) ? 1 : 0;
      const date = ctx.documentDate ? weekEnd(ctx.documentDate, weeks) : null;
      return { date, precision: 'relative' };
    },
    [past],
  ),
  rule(
    // trong 10 ngày kể từ ngày ký | trong vòng 15 ngày làm việc | sau 15 ngày | trong thời hạn 30 ngày kể từ ngày nhận được
    // (not: trong 6 tháng đầu năm, 6 tháng qua)
    'relative: trong 10 ngày kể từ ngày ký',
    ['ngày', 'tuần', 'tháng', 'giờ'],
    String.raw`⟨(?:trong(?:\s+(?:vòng|thời hạn|thời gian|phạm vi))?|chậm\s+nhất(?:\s+(?:là|sau))?|sau|không quá|tối đa)\s+(?<n>${COUNT})\s+(?<u>ngày\s+làm\s+việc|ngày|tuần|tháng|giờ)⟩(?!\s+(?:đầu|cuối|còn lại|qua|vừa qua|gần đây|trước|năm|lễ|nghỉ|Tết|trời)⟩)(?:\s+(?<a>(?:kể\s+)?từ\s+(?:ngày\s+)?${WORD}${clauseWords(5)}))?`,
    relativeValue,
    [past],
  ),

  // --- events -----------------------------------------------------------------------------
  // tại kỳ họp gần nhất | trong kỳ họp thường lệ cuối năm | tại kỳ họp thứ 3
  // … | trước kỳ họp thứ 12 HĐND tỉnh (before the session: no date either)
  rule('event: tại kỳ họp gần nhất', ['họp'], String.raw`⟨(?:tại|trong|vào|ở|trước)\s+(?:kỳ|phiên)\s+họp\s+(?:${MEETINGS})⟩`, () => ({ date: null, precision: 'event' }), [past]),
  // ngay sau khi có Quyết định phê duyệt của UBND tỉnh | ngay sau khi Luật được thông qua
  rule('event: ngay sau khi …', ['khi'], String.raw`⟨ngay\s+sau\s+khi${clauseWords(8)}`, (m) => (/khi$/iu.test(m[0]) ? null : { date: null, precision: 'event' }), [past]),
  rule(
    // sau khi có hướng dẫn | sau khi Luật Đất đai được sửa đổi | sau khi được cấp có thẩm quyền phê duyệt (not: Sau khi nghe báo cáo)
    'event: sau khi có hướng dẫn',
    ['khi'],
    String.raw`⟨sau\s+khi\s+(?:${EVENT_STARTS})⟩${clauseWords(7)}`,
    () => ({ date: null, precision: 'event' }),
    [past],
  ),
  rule(
    // dịp Tết Nguyên đán | trước Tết Nguyên đán Giáp Thìn 2024 | trong dịp lễ, Tết | nhân dịp Tết | trước, trong và sau Tết
    // (a lunar date the document does not give: an event, no date — SPEC)
    'event: dịp Tết Nguyên đán',
    ['tết'],
    String.raw`⟨(?:(?:(?:trước|trong|vào|nhân)\s+)?dịp\s+(?:lễ\s*,?\s+)?|(?:(?:trước\s*,\s*)?trong\s+và\s+sau|trước|trong)\s+(?:dịp\s+)?)Tết(?:\s+Nguyên\s+đán)?(?:\s+(?:${CAN})\s+(?:${CHI}))?(?:\s+(?:năm\s+)?\d{4})?⟩`,
    () => ({ date: null, precision: 'event' }),
    [past, campaignName],
  ),
  rule(
    // trước ngày khai giảng năm học 2025 - 2026 | trước năm học mới | ngay đầu năm học 2026 - 2027: the school year's
    // start, whose date the document does not give (not `từ năm học 2019 - 2020`, a start; nor `Năm học 2015-2016, cả
    // nước có …`, a reported year; nor `Tổ chức khai giảng vào đầu năm học mới`, the time the event itself is held)
    'event: trước năm học mới',
    ['học'],
    String.raw`⟨(?:trước\s+(?:ngày\s+)?(?:khai\s+giảng\s+)?|ngay\s+(?:từ\s+)?đầu\s+)năm\s+học(?:\s+mới|\s+\d{4}\s*[-–]\s*\d{4})?⟩`,
    () => ({ date: null, precision: 'event' }),
    // (`So với trước năm học 2020 - 2021` in 2024: a school year that has ended)
    [past, lastYearPassed],
  ),
  // trước mùa mưa bão | xong trước mùa mưa năm 2026
  rule(
    'event: trước mùa mưa bão',
    ['mùa'],
    String.raw`⟨trước\s+mùa\s+(?:mưa\s+bão|mưa\s+lũ|mưa|lũ|bão|khô)(?:\s+(?:năm\s+)?\d{4})?⟩`,
    () => ({ date: null, precision: 'event' }),
    [past],
  ),
  rule(
    // trước thềm Đại hội Đảng bộ tỉnh | trước khi tổ chức Đại hội | trước khi khởi công dự án | trước khi họp sơ kết: an
    // occasion the work must precede, no date (not a step of a process: `trước khi xả vào nguồn tiếp nhận`,
    // `trước khi ban hành`, which say how, not by when)
    'event: trước thềm Đại hội, trước khi tổ chức',
    ['thềm', 'khi'],
    String.raw`⟨trước\s+(?:thềm|khi\s+(?:tổ\s+chức\s+(?:Đại\s+hội|hội\s+nghị|kỳ\s+họp|phiên\s+họp|lễ|kỳ\s+thi|cuộc|sự\s+kiện|bầu\s+cử|giải)|khai\s+mạc|diễn\s+ra|bước\s+vào|khởi\s+công|họp))⟩${clauseWords(9)}`,
    () => ({ date: null, precision: 'event' }),
    [past],
  ),
  // khi có yêu cầu | đột xuất khi có yêu cầu
  rule('event: khi có yêu cầu', ['khi'], String.raw`⟨khi\s+có\s+yêu\s+cầu⟩`, () => ({ date: null, precision: 'event' }), [past]),

  // --- ongoing ----------------------------------------------------------------------------
  // thường xuyên rà soát | kiểm tra thường xuyên, liên tục | Thường xuyên (a plan table)
  // (not: nhiệm vụ thường xuyên, chi thường xuyên, vùng thường xuyên bị ngập, 3 năm liên tục)
  rule(
    'ongoing: thường xuyên, liên tục',
    ['xuyên', 'tục'],
    // (a table cell may wrap between the two words: `Thực\nhiện\nthường\nxuyên`)
    String.raw`⟨(?:thường\s+xuyên|liên\s+tục)(?:\s*,?\s*(?:và\s+)?(?:thường\s+xuyên|liên\s+tục))?⟩`,
    () => ({ date: null, precision: 'ongoing' }),
    [ongoingNoun, toldHabit, past],
  ),
];

/**
 * Finds the deadlines of a unit: one candidate per expression, longest reading first, in text order.
 * @example extractDeadlines({text: 'Báo cáo UBND tỉnh trước ngày 15/8/2021.', span}, ctx)
 *   → [{value: {date: '2021-08-15', precision: 'day'}, text: 'trước ngày 15/8/2021', …}]
 */
export function extractDeadlines(unit: TextUnit, ctx: ExtractContext): Candidate<DeadlineValue>[] {
  return dropOverlapping(runRules(unit, RULES, ctx));
}


/** The rules, for the test that holds each rule's `needs` to what its pattern matches. */
export { RULES as DEADLINE_RULES };
