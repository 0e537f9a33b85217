/**
 * Urgency cues (SPEC item `urgent`): words that ask for speed — `khẩn trương`, `kịp thời`, `ngay`,
 * `sớm`, `gấp`, `nhanh chóng`, `dứt điểm`, `khẩn cấp`, `cấp bách` … Each cue is one candidate; an item is
 * urgent when it has any.
 *
 * Judged against the dev gold (annotators' `urgent` flags) and the genre:
 * - speed, yes: `khẩn trương`, `kịp thời`, `ngay` (`ngay sau khi`, `dừng ngay`, `đáp ứng ngay yêu cầu`),
 *   `lập tức`, `sớm` (`sớm hoàn thành`, `sớm nhất`), `gấp`/`gấp rút`, `nhanh chóng`, `cấp tốc`, `dứt điểm`
 *   (SPEC lists it), `khẩn cấp`/`cấp bách`/`cấp thiết` when they qualify the action.
 * - not speed: `quyết liệt` and `tập trung cao độ` (intensity; the gold leaves `quyết liệt` tasks
 *   non-urgent), `đẩy nhanh` (the gold leaves `đẩy nhanh tiến độ giải ngân` non-urgent: a pace to keep,
 *   not a hurry), `trước mắt` (`giải pháp trước mắt`: short-term, not urgent), `Công điện khẩn`/`hỏa tốc`
 *   (a marking of the document, not of a task).
 * - the same words in another sense: `ngay cả` (even), `ngay tại`/`ngay bên`/`ngay trước` (place or
 *   point), `ngay từ cơ sở` (scope); `phát hiện sớm`, `cảnh báo sớm`, `điều trị sớm` (early as a kind of
 *   detection or care), `sớm nhất là ngày …` (at the earliest); `gấp 2 lần`, `gấp đôi` (times);
 *   `tình huống khẩn cấp`, `công trình khẩn cấp` (a class of situation or works); `tính cấp bách`;
 *   `nhiệm vụ đột xuất cấp thiết` (a class of task), `nhu cầu cấp thiết`, `dự án quan trọng, cấp bách`.
 * - an account or a shortcoming, not a hurry asked for: `đã kịp thời cứu chữa`, `chưa kịp thời`, `không kịp thời`.
 */
import type { Candidate, ExtractContext, Rule, TextUnit } from '../types.js';
import { dropOverlapping, runRules, wordPattern } from './run-rules.js';

const urgent = () => true as const;

// Time words after `ngay trong`: ngay trong tháng 6 | ngay trong năm 2024 | ngay trong đêm.
const TIME_WORDS = 'năm|tháng|quý|tuần|ngày|đêm|sáng|chiều|tối|buổi|hôm|dịp|đợt|kỳ|thời gian|quá trình|giai đoạn này';

// Words before `sớm` that make it a kind of thing, not a hurry: phát hiện sớm | cảnh báo sớm | sáng sớm |
// phòng ngừa từ sớm, từ xa | bồi dưỡng tài năng từ sớm
const EARLY_AS_KIND = 'phát hiện|cảnh báo|dự báo|can thiệp|chẩn đoán|điều trị|sàng lọc|tầm soát|ngăn chặn|nghỉ hưu|sáng|từ';

// Classes of situations and works qualified by `khẩn cấp`/`cấp bách`: tình huống khẩn cấp |
// Lệnh xây dựng công trình khẩn cấp | Dự án đầu tư công khẩn cấp | dự án cấp bách | trước tình thế cấp bách
const EMERGENCY_AS_KIND = 'tình huống|tình thế|trường hợp|tình trạng|điều kiện|công trình|dự án|đầu tư công|lệnh|sự cố|sự kiện|y tế|cấp cứu';

// The kind words right before the cue, checked on the few characters before a match (a literal-first
// pattern, rather than a lookbehind tried at every position of the text).
const EMERGENCY_KIND_BEFORE = wordPattern(`⟨(?:${EMERGENCY_AS_KIND}|điểm)\\s+$`, 'iu');
// yêu cầu cấp bách | nhu cầu cấp bách: a pressing need that the task answers, not a hurry of its own
// dự án quan trọng, cấp bách: a class of projects as well (but `nhiệm vụ quan trọng, cấp bách` asks for speed)
const PRESSING_KIND_BEFORE = wordPattern(`⟨(?:tính|sự|yêu cầu|nhu cầu|${EMERGENCY_AS_KIND}|(?:công trình|dự án)\\s+quan trọng\\s*,?)\\s+$`, 'iu');

// đã kịp thời cứu chữa | chưa kịp thời | không kịp thời: an account of what was done, or a shortcoming
const ACCOUNT_BEFORE = wordPattern('⟨(?:đã|chưa|không|thiếu)\\s+$', 'iu');

const RULES: Rule<true>[] = [
  // Khẩn trương hoàn thiện … | khẩn trương, quyết liệt
  { name: 'urgent: khẩn trương', pattern: wordPattern('⟨khẩn trương⟩'), extract: urgent },
  // Kịp thời tham mưu … | xử lý kịp thời
  { name: 'urgent: kịp thời', pattern: wordPattern('⟨kịp thời⟩'), extract: urgent },
  // vào cuộc ngay lập tức | lập tức triển khai
  { name: 'urgent: ngay lập tức', pattern: wordPattern('⟨(?:ngay\\s+)?lập\\s+tức⟩'), extract: urgent },
  {
    // triển khai ngay | ngay sau khi có Quyết định | dừng ngay việc tích nước | ngay trong tháng 6 | ngay từ đầu năm
    // not: ngay cả | ngay tại cảng | ngay bên | ngay trước thời điểm | ngay từ cơ sở | ngay trong lực lượng
    name: 'urgent: triển khai ngay',
    pattern: wordPattern(
      `⟨ngay⟩(?!\\s+(?:cả|sau\\s+đó|(?:một|1)\\s+lúc|tại|thẳng|ngắn|bên|cạnh|giữa|trước|sát|dưới|trên|phía|gần|từ(?!\\s+(?:đầu|bây giờ|nay|những ngày đầu)⟩)|trong(?!\\s+(?:${TIME_WORDS})⟩))⟩)`,
    ),
    extract: urgent,
  },
  // trong thời gian sớm nhất | càng sớm càng tốt (not `sớm nhất là ngày …`: at the earliest)
  { name: 'urgent: sớm nhất', pattern: wordPattern('⟨(?:càng sớm càng tốt|sớm nhất(?!\\s+là⟩))⟩'), extract: urgent },
  {
    // sớm hoàn thành | sớm tháo gỡ | sớm đưa công trình vào sử dụng (not: phát hiện sớm, cảnh báo sớm)
    name: 'urgent: sớm hoàn thành',
    pattern: wordPattern(`(?<!⟨(?:${EARLY_AS_KIND})\\s+)⟨sớm⟩(?!\\s+(?:nhất\\s+là|hơn so)⟩)`),
    extract: urgent,
  },
  // khẩn trương, gấp rút | báo cáo gấp (not: gấp 2 lần, gấp đôi, cao gấp nhiều lần)
  { name: 'urgent: gấp rút', pattern: wordPattern('⟨gấp rút⟩'), extract: urgent },
  {
    name: 'urgent: báo cáo gấp',
    pattern: wordPattern(
      '⟨gấp⟩(?!\\s+(?:(?:tới|đến|khoảng|gần|trên|hơn|xấp xỉ)\\s+)?(?:\\d|(?:đôi|ba|bốn|năm|mười|trăm|rưỡi|bội|nhiều|hai|lần|rút)⟩))',
    ),
    extract: urgent,
  },
  // nhanh chóng thực hiện bàn giao (the gold marks it urgent)
  { name: 'urgent: nhanh chóng', pattern: wordPattern('⟨nhanh chóng⟩'), extract: urgent },
  // tổ chức cấp tốc | triển khai cấp tốc
  { name: 'urgent: cấp tốc', pattern: wordPattern('⟨cấp tốc⟩'), extract: urgent },
  // xử lý dứt điểm | giải quyết dứt điểm các vụ khiếu kiện
  { name: 'urgent: dứt điểm', pattern: wordPattern('⟨dứt điểm⟩'), extract: urgent },
  {
    // xử lý khẩn cấp | hỗ trợ khẩn cấp | khẩn cấp triển khai (not: tình huống khẩn cấp, công trình khẩn cấp,
    // chống sạt lở ở những điểm khẩn cấp)
    name: 'urgent: xử lý khẩn cấp',
    pattern: wordPattern('⟨khẩn cấp⟩'),
    extract: (m, _ctx, unit) => (EMERGENCY_KIND_BEFORE.test(unit.text.slice(Math.max(0, m.index - 24), m.index)) ? null : true),
  },
  {
    // biện pháp cấp bách | nhiệm vụ quan trọng, cấp bách (not: tính cấp bách, dự án cấp bách, đáp ứng yêu cầu cấp bách)
    name: 'urgent: biện pháp cấp bách',
    pattern: wordPattern('⟨cấp bách⟩'),
    extract: (m, _ctx, unit) => (PRESSING_KIND_BEFORE.test(unit.text.slice(Math.max(0, m.index - 24), m.index)) ? null : true),
  },
  {
    // giải quyết cấp thiết (not: nhiệm vụ đột xuất cấp thiết, nhu cầu cấp thiết, tính cấp thiết)
    name: 'urgent: cấp thiết',
    pattern: wordPattern('(?<!⟨(?:đột xuất|nhu cầu|tính|sự|vấn đề)\\s+)⟨cấp thiết⟩'),
    extract: urgent,
  },
];

/**
 * Finds the urgency cues of a unit, one candidate per cue.
 * @example extractUrgency({text: 'Khẩn trương hoàn thiện hồ sơ, báo cáo ngay sau khi có kết quả.', span}, ctx)
 *   → [{value: true, text: 'Khẩn trương', …}, {value: true, text: 'ngay', …}]
 */
export function extractUrgency(unit: TextUnit, ctx: ExtractContext): Candidate<true>[] {
  const cues = runRules(unit, RULES, ctx).filter((c) => {
    const at = c.span.start - unit.span.start;
    return !ACCOUNT_BEFORE.test(unit.text.slice(Math.max(0, at - 12), at));
  });
  return dropOverlapping(cues);
}
