/**
 * Figures (SPEC "metrics", GENRE "Figures"): counts with their noun (`15 nhiệm vụ KH&CN cấp tỉnh`),
 * percentages (`trên 90%`), money (`3.500 triệu đồng trở lên`, `gần 7,5 tỷ USD`), measures
 * (`1.250km`, `+ 114 m`), ratios (`36/47 nhiệm vụ`), ranks (`xếp thứ 24/34`) and ranges, which give
 * one metric per bound (`7,5 - 8%`, `từ 5 đến 7 ngày`).
 *
 * Not figures, though a regex sees digits: dates, years, times, document numbers, item and footnote
 * markers, numbers inside names (`Đề án 06`, `Kỳ họp thứ 8`, `Ban Chỉ đạo 389`, `Dung Quất 2`),
 * periods (`6 tháng`, `trong 10 ngày`), `24/24`, copy counts `(2)`, URLs and telephone numbers. The
 * patterns require a unit after the number, which keeps most of them out; `acceptNumber` looks at
 * the words before the number for the rest.
 *
 * Patterns are case-sensitive (flags `gu`): under `iu`, `\p{Lu}` matches lower case letters too,
 * and a capitalised word after a lower-case one is what ends a counted noun (`5 cửa van đập tràn
 * Dự án …`). Words that may open a sentence are spelled in both cases (`caps`).
 */
import { parseVietnameseNumber, SCALE_SPELLING, scaleOf } from '../lexicon/numbers.js';
import type { Candidate, Comparator, ExtractContext, MetricValue, Rule, TextUnit } from '../types.js';
import { B_END, B_START, dropOverlapping, readOnWith, runRules, wordPattern } from './run-rules.js';
import { COMMON_FAMILY_NAMES } from '../lexicon/family-names.js';

// --- vocabulary -------------------------------------------------------------------------------

/** Words before (or, for `trở lên`, after) a number that qualify it; lower case, single spaces. */
const COMPARATOR_WORDS: Readonly<Record<string, Comparator>> = {
  'không vượt quá': 'lte',
  'không vượt': 'lte',
  'không quá': 'lte',
  'tối đa là': 'lte',
  '≤': 'lte',
  'dưới hoặc bằng': 'lte',
  'tối đa': 'lte',
  'nhiều nhất': 'lte',
  'không dưới': 'gte',
  'không ít hơn': 'gte',
  'trên hoặc bằng': 'gte',
  'ít nhất': 'gte',
  'tối thiểu': 'gte',
  'tối thiểu là': 'gte',
  'ít nhất là': 'gte',
  '≥': 'gte',
  // symbols, as a technical plan writes them: K < 1,0 | lượng mưa > 100 mm | cao độ 3,5 ± 0,2 m (a tolerance);
  // unlike `≤`, `≥` they state no norm of themselves (a condition or a reading as often as a goal)
  '<': 'lt',
  '>': 'gt',
  '±': 'approx',
  'chưa đến': 'lt',
  'chưa tới': 'lt',
  'chưa đầy': 'lt',
  'không đến': 'lt',
  'ít hơn': 'lt',
  dưới: 'lt',
  'nhiều hơn': 'gt',
  'vượt quá': 'gt',
  vượt: 'gt',
  quá: 'gt',
  hơn: 'gt',
  trên: 'gt',
  'trên dưới': 'approx',
  'xấp xỉ': 'approx',
  'khoảng gần': 'approx',
  'khoảng hơn': 'approx',
  'khoảng trên': 'approx',
  'ước khoảng': 'approx',
  'ước tính': 'approx',
  'ước đạt': 'approx',
  ước: 'approx',
  khoảng: 'approx',
  chừng: 'approx',
  gần: 'approx',
  'trở lên': 'gte',
  'trở xuống': 'lte',
};

/** Comparators that estimate a result: `ước đạt 6.143 người`. */
const ESTIMATE_WORDS = new Set(['ước', 'ước đạt', 'ước tính', 'ước khoảng']);

/** Limits stated as norms (`tối thiểu 30%`, `không quá 5 ngày`) are goals wherever they stand. */
const NORM_WORDS = new Set([
  'tối thiểu', 'tối thiểu là', 'ít nhất là', 'không dưới', 'không ít hơn', 'tối đa', 'tối đa là', 'không quá', 'không vượt',
  'không vượt quá', '≤', '≥',
]);
// A symbol after `tình huống`, `trường hợp`, `khi`, `nếu` in its clause sets a condition's threshold, not
// a norm: `tình huống dự báo mưa rất to (lượng mưa ≥ 100mm/h)`.
const SYMBOL_WORDS = new Set(['≤', '≥']);
const CONDITION_BEFORE = /(?<![\p{L}])(?:tình huống|trường hợp|khi|nếu)(?![\p{L}])[^.;:]{0,80}$/iu;

// `trên` is "on" before places, not "over": khảo sát trên 2 tuyến cao tốc | trên 63 tỉnh, thành phố
const PLACES = [
  'tỉnh', 'thành phố', 'thành', 'thị xã', 'xã', 'phường', 'huyện', 'quận', 'tuyến', 'địa bàn', 'lĩnh vực',
  'kênh', 'nền tảng', 'trang', 'tờ', 'số', 'tổng số', 'cả', 'quốc gia', 'nước', 'vùng', 'khu vực', 'trục',
];

// `hơn` after an adjective states a difference, not a bound: cao hơn 2% | thấp hơn 5 điểm
const DIFFERENCE_ADJECTIVES = [
  'cao', 'thấp', 'lớn', 'nhỏ', 'kém', 'sớm', 'muộn', 'chậm', 'nhanh', 'tốt', 'xa',
];

/** Currencies as written → the unit this project writes; only `đồng` fills `amountVnd`. */
const CURRENCIES: Readonly<Record<string, string>> = {
  đồng: 'đồng',
  vnđ: 'đồng',
  vnd: 'đồng',
  đ: 'đồng',
  usd: 'USD',
  'đô la mỹ': 'USD',
  'đô-la mỹ': 'USD',
  'đô la': 'USD',
  'đô-la': 'USD',
  eur: 'EUR',
  euro: 'EUR',
  'nhân dân tệ': 'nhân dân tệ',
};

// `đồng` that starts another word: 3 đồng chí | đồng bộ | đồng thời | đồng bào
const NOT_MONEY_AFTER_DONG = [
  'chí', 'bộ', 'thời', 'ý', 'hành', 'bào', 'nghiệp', 'đều', 'loạt', 'phục', 'tâm', 'thuận', 'minh', 'hương',
  'ruộng', 'lòng',
];

/** Units of measure, written glued (`1.250km`) or spaced (`114 m`). */
const MEASURES = [
  'km²', 'km2', 'km/h', 'km', 'm²', 'm2', 'm³', 'm3', 'm/s', 'mm', 'cm', 'm', 'ha', 'héc-ta', 'hécta', 'hecta',
  'kg', 'tấn', 'tạ', 'lít', 'ml', 'MWh', 'MWp', 'MW', 'kWh', 'kWp', 'kW', 'GWh', 'GW', 'kV', 'KV', 'kVA', 'KVA',
  'MVA', '°C', 'độ C',
  'Mbps', 'Gbps', 'GB', 'TB', 'MB',
];

// Words that end a counted noun: prepositions, conjunctions, determiners, the verbs that follow a
// count in this genre, and the period words (so `6 tháng` has no noun and is no count).
// 79 đề xuất | của tổ chức ; 1.328 chứng thư số | cho cán bộ ; 30 doanh nghiệp | tham gia
const STOP_WORDS = [
  'của', 'cho', 'tại', 'trong', 'trên', 'dưới', 'với', 'về', 'từ', 'đến', 'tới', 'theo', 'để', 'do', 'bởi', 'ở',
  'vào', 'ra', 'qua', 'thuộc', 'so', 'như', 'và', 'hoặc', 'hay', 'nhưng', 'mà', 'thì', 'là', 'được', 'đã',
  'đang', 'sẽ', 'có', 'không', 'chưa', 'bị', 'các', 'những', 'này', 'đó', 'kia', 'nêu', 'gồm', 'bao gồm',
  'trong đó', 'đạt', 'tăng', 'giảm', 'khoảng', 'lên', 'xuống', 'nữa', 'rồi', 'mới', 'còn', 'cũng', 'đều', 'vẫn',
  'chỉ đạt', 'chỉ có', 'chỉ là', 'chỉ còn', 'tham gia', 'thực hiện', 'tham dự', 'hoàn thành', 'sử dụng',
  'phục vụ', 'trở', 'nhằm', 'khi', 'sau', 'trước', 'nên', 'vì', 'nếu', 'mỗi', 'thêm', 'lại', 'đăng ký',
  'triển khai', 'tử vong', 'chiếm', 'tương đương', 'gấp', 'hơn', 'cần', 'phải', 'cùng', 'kể từ', 'vượt', 'gần',
  'hiện nay', 'hiện có', 'đồng thời', 'đối với', 'thành lập', 'năm', 'tháng', 'quý', 'tuần', 'giờ', 'phút',
  'giây', 'tiếng',
];
// `ngày` ends a noun (`45 nhiệm vụ năm 2025`, `… ngày 15/8`) but may be the noun itself (`7 ngày`);
// so does the verb of a predicate about the counted things, which may be a noun of its own (`20 hoạt
// động`): 1.000 DN | đóng thuế … ; 02 bệnh viện | đi vào hoạt động ; 16.500 hợp tác xã | hoạt động hiệu
// quả ; 30 hãng tàu | buộc tái xuất ; 4 chuyến bay | hạ cánh ở Hà Nội ; 07 đơn vị | cung ứng dịch vụ
const STOP_INNER = [
  'ngày', 'đóng', 'đi', 'buộc', 'hạ cánh', 'cất cánh', 'hoạt động', 'cung ứng', 'gửi', 'gây', 'đưa', 'bồi thường',
  'vận chuyển', 'đồng loạt', 'phê chuẩn', 'đủ', 'thành',
];
// `thành` ("into") ends a noun (sáp nhập 3 xã | thành 1 xã ; hợp nhất 3 Trung tâm Y tế huyện | thành …),
// but not where it is a syllable of another word: 63 tỉnh thành | 12 quận nội thành | 02 Dự án thành phần | 50 thành viên
const NOT_STOP_BEFORE_THANH = ['tỉnh', 'hình', 'cấu', 'tán', 'trưởng', 'chân', 'trung', 'nội', 'ngoại', 'đô', 'hoàn'];
const NOT_STOP_AFTER_THANH = [
  'phố', 'viên', 'phần', 'phẩm', 'tố', 'tích', 'quả', 'tựu', 'ủy', 'uỷ', 'công', 'thị', 'niên', 'thạo', 'văn',
];

/** Scale words as the patterns spell them (lexicon/numbers.ts has their values). */
const SCALES = [
  'triệu tỷ', 'triệu tỉ', 'nghìn tỷ', 'ngàn tỷ', 'nghìn tỉ', 'ngàn tỉ', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ',
];

// A number that follows one of these is part of a name, a date, a time or a citation, not a count:
// Đề án 06 | Nghị quyết 57 | Quốc lộ 24 | Kỳ họp thứ 8 | lần thứ 3 | bão số 9 | Bản tin số 01 |
// Ban Chỉ đạo 389 | Chính sách 1 | ngày 15/8 | Chiều 26/4 | tháng 9/2024 | quý 1 | năm 2021 |
// 14 giờ 30 | trong vòng 10 ngày | ISO 9001 | Điều 3 | khoản 2 | điện thoại 0913…
const NAME_HEADS = [
  'đề án', 'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'thông tư', 'thông báo', 'kết luận', 'công văn',
  'công điện', 'kế hoạch', 'chương trình', 'luật', 'quốc lộ', 'tỉnh lộ', 'huyện lộ', 'đường tỉnh',
  'đường huyện', 'đường', 'kỳ họp', 'phiên họp', 'phiên', 'khóa', 'khoá', 'lần', 'thứ', 'bão', 'áp thấp', 'số',
  'điều', 'khoản', 'điểm', 'phụ lục', 'chương', 'tiêu chí', 'chính sách', 'ban chỉ đạo', 'tổ', 'đội', 'khu phố',
  'khu', 'tiểu khu', 'thôn', 'ấp', 'xóm', 'tổ dân phố', 'phường', 'quận', 'lô', 'cụm', 'tầng', 'lớp', 'đợt',
  'vòng', 'mức độ', 'cấp độ', 'trung ương', 'chiến dịch', 'covid', 'iso', 'tcvn', 'qcvn', 'hotline',
  'điện thoại', 'đt', 'sđt', 'fax', 'tổng đài', 'mã', 'ngày', 'hôm', 'sáng', 'chiều', 'trưa', 'tối', 'đêm',
  'tháng', 'năm', 'quý', 'tuần', 'giờ', 'phút', 'giai đoạn', 'nhiệm kỳ', 'niên độ', 'năm học', 'học kỳ',
  'thế kỷ', 'thập niên',
  // numbered bodies: Kho bạc Nhà nước khu vực 12 | Ngân hàng Nhà nước Chi nhánh Khu vực 5 | Ban Quản lý dự án 2 |
  // Ban QLDA 85 | Trung đoàn 143 | Lữ đoàn 573 | Hải đội 2; a chainage: km 25 QL14 (`quản lý dự án`, four
  // words, is PROJECT_BOARD_BEFORE)
  'khu vực', 'qlda', 'trung đoàn', 'sư đoàn', 'lữ đoàn', 'tiểu đoàn', 'quân đoàn', 'binh đoàn',
  'đại đội', 'hải đội', 'hải đoàn', 'km', 'lý trình',
];
// (Not `nhóm`: thuộc nhóm 70 nước đứng đầu counts the group; a group's label has no noun after it: Nhóm 1 gồm …)
// Percentages, money and measures keep their number after most of those (`mức 5%`, `bình quân hằng năm
// 7%`, `tuyến đường 40m`, `lượng mưa ngày 50mm`):
// only the words that make a number a label still apply (`Phụ lục 2`, `số 15`).
const LABEL_HEADS = ['số', 'điều', 'khoản', 'phụ lục'];
// A head word that is the second syllable of another word is no head: danh mục 45 nhiệm vụ |
// tổng số 54 cơ sở | chỉ số 65 | định kỳ 6 tháng | địa điểm 3 | mỗi lần 5 người
// dứt điểm 12 dự án
const NOT_HEAD_AFTER = [
  'danh', 'tổng', 'chỉ', 'con', 'định', 'chu', 'thời', 'địa', 'dứt', 'mỗi', 'các', 'những', 'nhiều', 'một',
];

// A day count after these is the length of a period or a deadline, not a figure:
// trong 10 ngày | sau 5 ngày | kể từ 3 ngày | chậm nhất 7 ngày | trong vòng 5 - 7 ngày
const PERIOD_BEFORE = [
  'trong', 'sau', 'kể từ', 'trước', 'vòng', 'hạn', 'thời hạn', 'chậm nhất', 'muộn nhất',
];

/** Rank words: xếp thứ 12/63 | vị trí thứ 15/20 | đứng thứ 5 | xếp hạng 12/63 | đứng top 10 | lọt vào top 50. */
const RANK_LEADS = [
  'xếp thứ hạng', 'xếp hạng thứ', 'xếp thứ', 'xếp hạng', 'đứng thứ', 'vị trí thứ', 'hạng thứ', 'thứ hạng', 'top',
];

// --- pattern pieces ---------------------------------------------------------------------------

/** Spaces inside a phrase, or one hard line break (`ước đạt 257,2 nghìn⏎tỷ đồng`), never a blank line. */
const SP = '(?:[^\\S\\n]{1,3}|[^\\S\\n]{0,3}\\n[^\\S\\n]{0,8})';
/** Like SP, but the words may also touch (`1.250km`, `500.000đ`). */
const SP0 = '(?:[^\\S\\n]{0,3}|[^\\S\\n]{0,3}\\n[^\\S\\n]{0,8})';

/** `không quá` → `[Kk]hông[^\S\n]{1,3}quá`: the phrase as written, also opening a sentence. */
function caps(phrase: string): string {
  const first = phrase[0]!;
  const rest = phrase.slice(1).replaceAll(' ', SP).replaceAll('/', '\\/');
  const upper = first.toUpperCase();
  return upper === first ? `${first}${rest}` : `[${upper}${first}]${rest}`;
}

const byLength = (a: string, b: string) => b.length - a.length;
const alternation = (words: readonly string[], spell: (w: string) => string = (w) => w.replaceAll(' ', SP)) =>
  `(?:${[...words].sort(byLength).map(spell).join('|')})`;

// A number: 18.418 | 33,3 | 50.074.800 | 02 | 1.5 — validated by parseVietnameseNumber. Bounded, and
// never cut short (`1.250` is not `1` followed by `.250`).
const num = (name: string) => `(?<${name}>\\d{1,15}(?:[.,]\\d{1,15}){0,6})(?![.,]?\\d)`;
// Where a number may start: not inside a word, a symbol (57-NQ, Covid-19), a date or a ratio (/8),
// a time (15:28) or another number.
// A web copy may lose the space after a word that comes before figures (`giảm190 đơn vị`, `hơn4.900 viên chức`):
// a number glued to one of those starts there too (not to other words: `xã1` is a footnote mark, `năm2011` a year).
const GLUED_BEFORE = ['giảm', 'tăng', 'đạt', 'còn', 'hơn', 'gần', 'khoảng', 'trên', 'dưới', 'có', 'với', 'thêm', 'lên', 'xuống', 'gồm'];
// Most text has no number glued to a word: its rules start a number with the cheap lookbehind alone (the lookbehind of
// glued words, tried at every digit, cost a tenth of the whole parse), and a unit that holds one is read by a second
// set of the same rules that also start there.
// (nor after `+` glued to a number: the metres of a chainage, Km 15+200, not `+ 114 m`)
const START_PLAIN = '(?<![\\p{L}\\p{N}/.,:&_\\-–−])(?<!\\d\\+)';
const START_GLUED = `(?:${START_PLAIN}|(?<=${B_START}(?:${GLUED_BEFORE.join('|')})))`;
// (a gate only: a word that merely ends in one of them, `xcó1`, runs the second set, which reads the same)
const GLUED_NUMBER = new RegExp(`(?:${GLUED_BEFORE.join('|')})\\d`, 'u');

// Comparator words before the number; `hơn` and `trên` only where they mean "more than".
// trên 90% | hơn 500 sinh viên | gần 7,5 tỷ USD | tối thiểu 30% | không quá 5 ngày | khoảng 51 - 52%
const CMP_WORDS = Object.keys(COMPARATOR_WORDS).filter((w) => !w.startsWith('trở '));
const CMP_ALTERNATIVES = [...CMP_WORDS].sort(byLength).map((w) => {
  if (w === 'hơn') return `(?<!${B_START}${alternation(DIFFERENCE_ADJECTIVES)}${SP})${caps(w)}`;
  // (not an arrow: `=> 5 đơn vị`, `<- 3`)
  if (w === '>') return '(?<![=\\-–>])>';
  if (w === '<') return '<(?![=\\-–])';
  if (w === 'trên') return `${caps(w)}(?!${SP}\\d[\\d.,]*${SP}${alternation(PLACES)}${B_END})`;
  return caps(w);
});
// The first letters of those words, tested first so that the scan skips other positions cheaply.
const CMP_FIRST = [...new Set(CMP_WORDS.flatMap((w) => [w[0]!, w[0]!.toUpperCase()]))].join('');
// Read backwards from a number rather than as an optional prefix of every pattern: an optional
// alternation of 40 words at the head of a pattern is tried at every position of every unit.
// (a symbol may touch its number: `≥95%`, `≤5%`)
// (a symbol may follow a digit: `3,5±0,2 m`; a word glued to its number is read as START reads it: `hơn4.900`)
const CMP_BEFORE = new RegExp(
  `(?=[${CMP_FIRST}])(?:${B_START}|(?=[<>±]))(?<cmp>${CMP_ALTERNATIVES.join('|')})(?:(?<=[≤≥<>±])${SP0}|${SP}|(?<=${B_START}(?:${GLUED_BEFORE.join('|')}))(?=\\d))`,
  'gu',
);
// The longest comparator ("không vượt quá", spaces and a line break included) fits in this.
const CMP_REACH = 48;
// What the look-arounds of a comparator read on either side (`lớn hơn`, `trên 5 xã`).
const CMP_CONTEXT = 64;
const comparators = new WeakMap<RegExpExecArray, { start: number; word: string } | null>();

/**
 * The comparator words that end right where a match starts (`trên 90%`, `khoảng 51 - 52%`):
 * their start and their words, or null. Found once per match.
 */
function comparatorBefore(m: RegExpExecArray, unit: TextUnit): { start: number; word: string } | null {
  let found = comparators.get(m);
  if (found !== undefined) return found;
  found = null;
  // Searched in a window around the match, with room for the look-arounds of `hơn` and `trên`:
  // searching the rest of the unit for each number was quadratic on a line of figures.
  const from = Math.max(0, m.index - CMP_REACH - CMP_CONTEXT);
  const window = unit.text.slice(from, m.index + CMP_CONTEXT);
  const at = m.index - from;
  CMP_BEFORE.lastIndex = Math.max(0, at - CMP_REACH);
  let c: RegExpExecArray | null;
  while ((c = CMP_BEFORE.exec(window)) !== null && c.index < at) {
    if (c.index + c[0].length === at) {
      found = { start: from + c.index, word: c.groups!.cmp! };
      break;
    }
    // Overlapping candidates ("không quá" inside "không vượt quá"): go on from the next letter.
    CMP_BEFORE.lastIndex = c.index + 1;
  }
  comparators.set(m, found);
  return found;
}

/** The start of a metric's span: its comparator's, else the match's. */
const withComparator = (m: RegExpExecArray, unit: TextUnit) => comparatorBefore(m, unit)?.start ?? m.index;
// … 3.500 triệu đồng trở lên | 18 tuổi trở xuống
const POST = `(?:${SP}(?<post>trở${SP}lên|trở${SP}xuống)${B_END})?`;

// 12,5 nghìn tỷ | 2.300 tỷ | 1,2 triệu — but not `tỷ lệ`, `tỷ trọng`
const SCALE = `(?<scale>${alternation(SCALES)})${B_END}(?!${SP}(?:lệ|trọng)${B_END})`;
// đồng | VNĐ | 500.000đ | tỷ USD | đô la Mỹ — but not `3 đồng chí`, `đồng bộ`
const CUR =
  `(?<cur>đồng(?!${SP}${alternation(NOT_MONEY_AFTER_DONG)}${B_END})` +
  `|VNĐ|VND|vnđ|đ|USD|đô[ -]la(?:${SP}Mỹ)?|EUR|[Ee]uro|nhân dân tệ)${B_END}`;
// 1.250km | 114 m | 10 ha | 50 MW | 215 tỷ kWh — but not `5 tấn công`
const spellMeasure = (w: string) => (w === 'tấn' ? `tấn(?!${SP}công${B_END})` : w.replaceAll('/', '\\/'));
const MEASURE = `(?<mu>${alternation(MEASURES, spellMeasure)})${B_END}`;
// 33,3% | 100 % | 50 phần trăm
const PCT = `(?<pct>%|phần${SP}trăm${B_END})`;

// One syllable or acronym of a counted noun: nhiệm | KH&CN | TTHC | X-quang | H5N1. Only a capitalised
// part holds digits: a digit glued to a lower-case syllable is a footnote mark (`01 xã1 thuộc …`).
const TOKEN_PART = '(?:\\p{Lu}[\\p{L}\\p{N}&]*|\\p{Ll}[\\p{L}&]*)';
const TOKEN = `${TOKEN_PART}(?:[-/]${TOKEN_PART})?`;
// `thuộc` ends a noun (`9 nhiệm vụ thuộc Chương trình …`), but not `trực thuộc` (`4 đơn vị trực thuộc`);
// `do` neither in `tự do` (`14 Hiệp định Thương mại tự do`), nor `từ` in `chứng từ` (`2 chứng từ này`).
const STOP = `(?:(?<!trực${SP})(?!(?<=tự${SP})do${B_END})(?!(?<=chứng${SP})từ${B_END})${alternation(STOP_WORDS)}${B_END})`;
// (`hoạt động` names the cost in `kinh phí hoạt động`, `chi hoạt động`: 67 đơn vị tự bảo đảm kinh phí hoạt động)
const spellStopInner = (w: string) => {
  if (w === 'hoạt động') return `(?<!(?:phí|chi)${SP})hoạt${SP}động`;
  if (w === 'thành') return `(?<!${alternation(NOT_STOP_BEFORE_THANH)}${SP})thành(?!${SP}${alternation(NOT_STOP_AFTER_THANH)}${B_END})`;
  return w.replaceAll(' ', SP);
};
const STOP_AFTER_FIRST = `(?:${STOP}|${alternation(STOP_INNER, spellStopInner)}${B_END})`;
// Between the syllables of a noun: spaces, or one hard line break.
const UNIT_GAP = SP;
// The counted noun ends before a stop word or punctuation. One that starts in lower case ends at a
// capitalised word (a name begins); one that starts capitalised is a title and goes on.
// nhiệm vụ KH&CN cấp tỉnh | đề xuất | chứng thư số | Phó Giám đốc Sở | cửa van đập tràn (Dự án …)
// Real counted nouns run to some 11 syllables (đơn vị tự chủ một phần chi thường xuyên | Ban Quản lý
// dự án đầu tư xây dựng): the cap sits well above them and only bounds the reading of a run-on.
const NOUN_MAX_SYLLABLES = 16;
// Read by `readNoun` with a pattern of its own: inside each of three rules' patterns, its stop words cost
// V8 some 50 ms to compile per rule on the first document.
const NOUN = new RegExp(
  `(?<unit>(?!${STOP})` +
    `(?:(?=\\p{Ll})${TOKEN}(?:${UNIT_GAP}(?!${STOP_AFTER_FIRST}|\\p{Lu}\\p{Ll})${TOKEN}){0,${NOUN_MAX_SYLLABLES - 1}}` +
    `|(?=\\p{Lu})${TOKEN}(?:${UNIT_GAP}(?!${STOP_AFTER_FIRST})${TOKEN}){0,${NOUN_MAX_SYLLABLES - 1}}))`,
  'duy',
);
// Where a counted noun starts, in a rule's pattern: exactly where `NOUN` matches (a stop word cannot begin
// it; its first letter has a case). The empty group marks the place `readNoun` reads on from.
const UNIT = `(?<unit>(?!${STOP})(?=\\p{Ll}|\\p{Lu}))`;
// Between a number and its noun: spaces, or a line or page break before a lower-case word
// (`… 15 nhiệm vụ KH&CN cấp tỉnh và 02⏎⏎nhiệm vụ …`), never before a new heading; or nothing before a
// lower-case word of two letters or more, where a web copy lost the space (`gần 6.500người`; not `17h00`).
// (not a glued abbreviation: `12tr đồng`, `5trđ` are triệu; `21st`, `10am` are English)
const NOT_GLUED_NOUN = '(?!(?:trđ|tr|st|nd|rd|th|am|pm)(?![\\p{L}\\p{M}]))';
const NOUN_GAP = `(?:[^\\S\\n]{1,3}|[^\\S\\n]{0,3}\\n\\s{0,8}(?=\\p{Ll})|(?=\\p{Ll}\\p{Ll})${NOT_GLUED_NOUN})`;
// `trở lên` | `trở xuống` after a counted noun, read on with it.
const POST_AFTER_NOUN = new RegExp(POST, 'duy');

/**
 * Reads on the counted noun whose start a rule's pattern marked (an empty `unit` group) and, for rules
 * that take it, the `trở lên` after it, as the noun inside each pattern did.
 */
function readNoun(withPost: boolean, enclosing: readonly string[] = []) {
  return (m: RegExpExecArray, text: string): void => {
    if (m.groups?.unit === undefined) return;
    readOnWith(m, text, NOUN, enclosing);
    if (withPost) readOnWith(m, text, POST_AFTER_NOUN, enclosing);
  };
}

// A ratio or rank ends here: not a date (15/8/2021), a symbol (60/2021/NĐ-CP) or a word.
const RATIO_END = '(?![^\\S\\n]?\\/|\\p{L})';

// --- checks -----------------------------------------------------------------------------------

const NAME_HEAD_SET = new Set(NAME_HEADS);
const LABEL_HEAD_SET = new Set(LABEL_HEADS);
const PERIOD_BEFORE_SET = new Set(PERIOD_BEFORE);
const NOT_HEAD_AFTER_SET = new Set(NOT_HEAD_AFTER);
const YEAR = /^(?:19|20)\d\d$/;
// A code with a leading zero: 0913… | 0255… (telephone), 001 (a serial), not 02 nhiệm vụ.
const CODE = /^0\d{3,}$/;
const URL_LIKE = /https?:|www\.|@|\.(?:vn|com|net|org|gov|edu|html?|pdf)(?![\p{L}])/iu;
const WORD_OR_MARK = /[0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ]+|[^\p{L}\p{N}\s]+/gu;
const IS_WORD = /^[0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ]/u;

type NumberKind = 'count' | 'percent' | 'money' | 'measure' | 'ratio';

/** The words and marks in the 48 characters before `at`, as written, nearest last. */
function tokensBefore(text: string, at: number): string[] {
  return text.slice(Math.max(0, at - 48), at).match(WORD_OR_MARK) ?? [];
}

/** The last words of `tokens`, lower case, back to the nearest punctuation: `(Ban Chỉ đạo` → ban, chỉ, đạo. */
function wordsBefore(tokens: readonly string[], max = 3): string[] {
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < max && IS_WORD.test(tokens[i]!); i--) {
    words.unshift(tokens[i]!.toLowerCase());
  }
  return words;
}

/** Whether the words end with one of `heads`; a one-word head after `danh`, `tổng`, … is part of a word. */
function endsWithHead(words: readonly string[], heads: ReadonlySet<string>): boolean {
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    if (!heads.has(words.slice(-k).join(' '))) continue;
    // (but a head before it makes it one again: Nghị định số 67 | Quyết định số 15)
    const partOfWord = k === 1 && words.length >= 2 && NOT_HEAD_AFTER_SET.has(words[words.length - 2]!);
    if (partOfWord && !(words.length >= 3 && heads.has(words.slice(-3, -1).join(' ')))) continue;
    return true;
  }
  return false;
}

const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;

/** The non-space token around `[start, end)`, at most 64 characters each way: `https://…/2021/…`. */
function tokenAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && start - s < 64 && !isSpace(text.charCodeAt(s - 1))) s--;
  while (e < text.length && e - end < 64 && !isSpace(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

// A number alone on its line, a page number, when the line after goes on with a lower-case word and
// a blank line (the page break) and a word without a full stop come before it.
const PAGE_NUMBER = /^[^\S\n]*\n[^\S\n]*\p{Ll}/u;
const PAGE_BREAK_BEFORE = /\p{L}[^\S\n]*\n[^\S\n]*\n[^\S\n]*$/u;

/** Where the spaces and tabs before `start` begin, looking back at most 16 characters. */
function indentStart(text: string, start: number): number {
  let i = start;
  while (i > 0 && start - i < 16 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}

/** Whether the number at `start` opens a line or a table cell (after a tab or a `|`). */
function opensLineOrCell(text: string, start: number): boolean {
  const i = indentStart(text, start);
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '|' || text.slice(i, start).includes('\t');
}

// Row numbers of flattened tables and lists stand before the proper name of a unit or place:
// 1   Phường Hoàn Kiếm: 01 điểm | 2 Xã Tân Lập | 3 UBND huyện Ba Tơ | 12 Sở Y tế | 4 Tỉnh ủy Quảng Nam.
// A class of bodies is counted (15 Sở, ngành | 3 xã đạt chuẩn | 3 Sở cũ): the head is capitalised
// and a capitalised name follows it, or its level word (huyện, xã …) and then a name. Only places and
// the main administrative bodies: other classes are often capitalised in running text, where a line
// may wrap before the count (3 Trung tâm Y tế huyện | 17 Trường Cao đẳng | 5 Bệnh viện Đa khoa).
const ROW_NAME_HEADS = [
  'Phường', 'Xã', 'Thị trấn', 'Thị xã', 'Quận', 'Huyện', 'Tỉnh', 'Thành phố', 'Thôn', 'Ấp', 'Khu phố',
  'Tổ dân phố', 'Sở', 'Bộ', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'HĐND',
  'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy', 'Huyện uỷ', 'Quận ủy', 'Quận uỷ', 'Đảng ủy',
  'Đảng uỷ', 'Công an',
];
const ROW_NAME_LEVELS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường'];
const ROW_NAME = new RegExp(
  `^${alternation(ROW_NAME_HEADS)}${B_END}(?:${SP}${alternation(ROW_NAME_LEVELS)}${B_END})?${SP}\\p{Lu}`,
  'u',
);
const ROW_NUMBER = /^\d{1,3}$/;

/** `1   Phường Hoàn Kiếm`: a row number before a name, at a line start or in a table cell. */
function isRowNumber(raw: string, text: string, start: number, noun: string): boolean {
  return ROW_NUMBER.test(raw) && opensLineOrCell(text, start) && ROW_NAME.test(noun);
}

// A digit written for `một` in a set phrase, not a count: cùng 1 lúc | 1 số đơn vị | 1 cách đồng bộ | 1 chút |
// cũng có 1 phần trách nhiệm ("partly"); not the nouns these words open: 1 phần mềm, 1 phần quà, 1 số điện thoại
// (nor before an abstract noun, which has no count: Với 1 quyết tâm cao | 1 tinh thần | 1 ý chí)
const ONE_AS_MOT =
  /^(?:quyết\s+tâm|tinh\s+thần|ý\s+chí|niềm\s+tin|khí\s+thế|tâm\s+thế|thái\s+độ|lúc|số(?!\s+(?:điện\s+thoại|tài\s+khoản|fax|hotline|báo|hiệu|định\s+danh)(?![\p{L}\p{M}]))|cách|chút|khi|mình|loạt|nửa|vài|phần(?=\s*(?:[,.;:)]|$)|\s+(?:nào|trách\s+nhiệm|vào|không\s+nhỏ)(?![\p{L}\p{M}])))(?![\p{L}\p{M}])/u;
// A numbered campus or branch before the body it belongs to: cơ sở 2 Bệnh viện Bạch Mai | phân hiệu 2 Trường …
const CAMPUS_BEFORE = /(?:^|\s)(?:cơ sở|phân hiệu)$/u;

// A person's name: a common family name and one to three more capitalised syllables, right before the number.
const PERSON_NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${COMMON_FAMILY_NAMES.join('|')})(?:\\s+\\p{Lu}\\p{Ll}*){1,3}\\s+$`, 'u');
// … 3 lần | 2 lượt: how often a person did something
const TIMES_AFTER = /^\s+(?:lần|lượt)(?![\p{L}\p{M}])/u;

// Ban Quản lý dự án 2 | Ban quản lý dự án 85: a numbered project board (only after `Ban`: kỹ năng quản lý dự án
// 200 học viên counts the trainees)
const PROJECT_BOARD_BEFORE = /(?<![\p{L}\p{M}])ban\s+quản\s+lý\s+dự\s+án\s+$/iu;

// A head that is also a plain noun before a count: `tại khu vực 3 xã biên giới` counts communes (a numbered
// area is a name: Kho bạc Nhà nước khu vực 12, Chi nhánh Khu vực 5); `120 km 4 làn xe` counts lanes after a
// length (a chainage has no number before `km`: tại Km 25 QL14).
const PLACE_AFTER = /^\s+(?:xã|phường|thị\s+trấn|thị\s+xã|huyện|quận|tỉnh|thành\s+phố|thôn|bản|ấp|làng|địa\s+phương|quốc\s+gia|nước)(?![\p{L}\p{M}])/u;
function headIsNoun(tokens: readonly string[], words: readonly string[], text: string, after: number): boolean {
  const n = tokens.length;
  const last2 = words.slice(-2).join(' ');
  if (last2 === 'khu vực' && words.length >= 3 && tokens[n - 2] === 'khu' && /^\p{Ll}/u.test(tokens[n - 3]!)) {
    return PLACE_AFTER.test(text.slice(after, after + 16));
  }
  if (words[words.length - 1] === 'km' && /^\d/.test(tokens[n - 2] ?? '')) return true;
  return false;
}

/** False when the number at `start` is part of a name, date, time, code, URL or marker. */
function acceptNumber(text: string, start: number, raw: string, kind: NumberKind): boolean {
  if (parseVietnameseNumber(raw) === null) return false;
  if (CODE.test(raw)) return false;
  if (URL_LIKE.test(tokenAround(text, start, start + raw.length))) return false;
  if (YEAR.test(raw) && (kind === 'count' || kind === 'ratio')) return false;
  const tokens = tokensBefore(text, start);
  const words = wordsBefore(tokens);
  if (endsWithHead(words, kind === 'count' || kind === 'ratio' ? NAME_HEAD_SET : LABEL_HEAD_SET) && !headIsNoun(tokens, words, text, start + raw.length)) return false;
  if ((kind === 'count' || kind === 'ratio') && PROJECT_BOARD_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  if (kind === 'count' || kind === 'ratio') {
    // A capitalised word inside a sentence right before the number names something: Hòa Phát Dung Quất 2
    const prev = tokens[tokens.length - 1];
    const lead = tokens[tokens.length - 2];
    const named = words.length > 0 && /^\p{Lu}\p{Ll}+$/u.test(prev!);
    // (but times and visits after a person's name are counted: Phó Thủ tướng Vũ Đức Đam 3 lần làm việc …)
    const timesAfterPerson = kind === 'count' && PERSON_NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && TIMES_AFTER.test(text.slice(start + raw.length, start + raw.length + 8));
    if (named && !timesAfterPerson && lead !== undefined && /^[\p{L}\p{N},]/u.test(lead)) return false;
    // A decimal item marker at a line start: "2.1 Chương trình nghệ thuật"
    const i = indentStart(text, start);
    const lineStart = i === 0 || text[i - 1] === '\n';
    if (lineStart && /^\d{1,2}(?:\.\d{1,2})+$/.test(raw)) return false;
    // A page number left by a page break inside a sentence: "… trong quá trình kết\n\n50\nnối, chia sẻ"
    if (lineStart && PAGE_NUMBER.test(text.slice(start + raw.length, start + raw.length + 16)) && PAGE_BREAK_BEFORE.test(text.slice(Math.max(0, i - 8), i))) return false;
  }
  return true;
}

/** `trong 10 ngày`, `sau 5 ngày`, `trong vòng 5 - 7 ngày`: the days of a period, not a figure. */
function afterPeriodWord(text: string, numberStart: number): boolean {
  const tokens = tokensBefore(text, numberStart).map((t) => t.toLowerCase());
  // the lower bound of a range: trong 5 - [7 ngày] | trong 5 đến [7 ngày]
  const n = tokens.length;
  if (n >= 2 && /^(?:-|–|đến|tới)$/.test(tokens[n - 1]!) && /^\d/.test(tokens[n - 2]!)) tokens.length = n - 2;
  if (tokens.length > 0 && /^(?:khoảng|vòng)$/.test(tokens[tokens.length - 1]!)) tokens.length -= 1;
  const words = wordsBefore(tokens, 2);
  return PERIOD_BEFORE_SET.has(words[words.length - 1] ?? '') || PERIOD_BEFORE_SET.has(words.join(' '));
}

// Two or more capitalised syllables and no lower-case one: Trần Duy Hưng | Lê Lợi (not Tổng cục, Bộ, HTX)
const PROPER_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)+$/u;

// tăng trưởng “2 con số” | tăng trưởng ở mức 2 con số | lạm phát 1 con số | đạt 2 con số; the growth word
// may stand further back in the clause: tăng trưởng GRDP 2 con số | tăng trưởng trên 2 con số | xuất khẩu tăng 2 con số
const DIGITS_IDIOM_BEFORE =
  /(?:[“"'‘«]\s*$|(?<![\p{L}\p{M}])(?:tăng(?!\s+cường)|trưởng|mức|phát|đạt)(?![\p{L}\p{M}])[^,.;:!?()\n“”"]*$)/u;

/** First syllables of a noun that belong to another rule or are no noun at all. */
function nounIsCount(noun: string, text: string, numberStart: number, nounEnd: number): boolean {
  // 2 tỷ đồng/năm | 60 km/h: the first word before its `/`
  const words = noun.toLowerCase().split(/\s+/);
  const first = words[0]!.split('/')[0]!;
  // 6 THÁNG ĐẦU NĂM in an upper-case heading: the stop words, whatever their case
  if (STOP_WORDS.includes(first) || STOP_WORDS.includes(`${first} ${words[1] ?? ''}`)) return false;
  // 02 cấp | cả 3 cấp chính quyền: levels of government are part of a name (SPEC); but `cấp độ` is
  // counted like `mức độ` (bồi dưỡng theo 3 cấp độ), a label only after its number (`cấp độ 3`)
  if (first === 'cấp' && words[1] !== 'độ') return false;
  // Hội nghị Trung ương 6 khóa XII: a term of office, not a count of training courses
  if ((first === 'khóa' || first === 'khoá') && /^[IVXLC]+$/.test(noun.split(/\s+/)[1] ?? '')) return false;
  // (43 Trần Duy Hưng, Hà Nội): every syllable capitalised is a proper name, the number a house number
  if (PROPER_NAME.test(noun)) return false;
  // 70 b) Hướng dẫn …: a page number before an item marker; one letter is no noun
  if (/^\p{L}$/u.test(noun)) return false;
  // mục tiêu tăng trưởng "2 con số": double digits, an idiom; phương châm "4 tại chỗ, 3 sẵn sàng": a motto
  // (but `3 con số khác nhau` counts figures: only the growth idiom, quoted or after `tăng trưởng`, `mức`, is none)
  if (first === 'con' && words[1] === 'số' && DIGITS_IDIOM_BEFORE.test(text.slice(Math.max(0, numberStart - 40), numberStart))) return false;
  if (first === 'sẵn' && words[1] === 'sàng') return false;
  // 114 m | 1.441 triệu đồng | 5 tỷ USD: the measure and money rules take these
  // (but 3 đồng chí, 2 đồng bào are people)
  const money = first in CURRENCIES && !(first === 'đồng' && NOT_MONEY_AFTER_DONG.includes(words[1] ?? ''));
  if (MEASURES.includes(noun.split(/[\s/]+/)[0]!) || money || scaleOf(first) !== null) return false;
  if (first === 'ngày') {
    if (afterPeriodWord(text, numberStart)) return false;
    // 10 ngày kể từ ngày ký | 5 ngày làm việc kể từ …
    if (/^\s*(?:làm việc\s+)?kể\s+từ/.test(text.slice(nounEnd, nounEnd + 24))) return false;
    // Ủy ban 1899 ngày 22/9/2020 | số 15 ngày 12 tháng 3: `ngày` opens a date, the number names something
    if (/^\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}|\s+tháng)/u.test(text.slice(nounEnd, nounEnd + 16))) return false;
  }
  return true;
}

// --- target -----------------------------------------------------------------------------------

// Words that make a figure a goal when they come before it in its sentence:
// phấn đấu … đạt 3.500 triệu đồng | mục tiêu … (10,2%) | kịch bản đề ra (10,04%) | chỉ tiêu |
// phải đạt | bảo đảm … đạt | để GRDP … tăng trưởng trên 10% — but a goal a result has reached is none:
// vượt mức các chỉ tiêu …, đạt 55,9 triệu tấn | đã đạt nhiều chỉ tiêu | đạt 15/20 chỉ tiêu (not `so với mục
// tiêu cả năm (12,2%)`, which gives the goal's own figure; not `quyết tâm đạt mục tiêu …`, a goal to reach)
const REACHED_GOAL =
  '(?<![\\p{L}])(?:(?:vượt(?:\\smức|\\sxa)?|(?:đã|vượt)\\sđạt|đạt\\sđược)(?:\\s(?:các|những|\\d+/\\d+))?|đạt\\s\\d+/\\d+|nhiều)\\s';
const TARGET_WORDS = new RegExp(
  `(?<![\\p{L}])(?:phấn đấu|(?<!${REACHED_GOAL})(?:mục tiêu|chỉ tiêu)` +
    '|kịch bản|định hướng|phải đạt|cần đạt' +
    '|(?:bảo đảm|đảm bảo)[^.;]{0,80}?đạt|(?:để|nhằm)\\s[^.;]{0,80}?(?:đạt|tăng))(?![\\p{L}])',
  'gu',
);
// A future year names a goal: Đến năm 2030, trên 90% …
const TARGET_YEAR = /(?:đến|tới|vào|trong)\s+năm\s+(\d{4})/gu;
// A figure already reached: "đã đạt", "mới đạt 34,9%", "đạt được", "ước đạt"
const REPORTED = /(?<![\p{L}])(?:đã|mới đạt|chỉ đạt|đạt được|ước đạt|ước tính)(?![\p{L}])/gu;
const REACH = /(?<![\p{L}])đạt(?![\p{L}])/gu;
// Sentence ends: `. ` `! ` `? ` `… ` or a blank line.
const SENTENCE_END = /[.!?…](?=\s)|\n[^\S\n]*\n/g;
/** How far back a sentence may reach for its goal words. */
const WINDOW = 240;

/** What the target test needs of a unit, found once per unit rather than once per figure. */
interface UnitScan {
  documentYear: number | null;
  sentenceStarts: number[];
  /** Goal words, in text order: [start, end). */
  triggers: [number, number][];
  reported: number[];
  reach: number[];
}

const SCANS = new WeakMap<TextUnit, UnitScan>();

function scanUnit(unit: TextUnit, ctx: ExtractContext): UnitScan {
  const cached = SCANS.get(unit);
  if (cached && cached.documentYear === ctx.documentYear) return cached;
  const lower = unit.text.toLowerCase();
  // toLowerCase keeps offsets for Vietnamese; a text where it does not keeps its case instead.
  const text = lower.length === unit.text.length ? lower : unit.text;
  const triggers: [number, number][] = [...text.matchAll(TARGET_WORDS)].map((m) => [m.index, m.index + m[0].length]);
  for (const m of text.matchAll(TARGET_YEAR)) {
    // without a document year, only `đến năm` / `tới năm` look forward
    const future = ctx.documentYear === null ? /^(?:đến|tới)/.test(m[0]) : Number(m[1]) > ctx.documentYear;
    if (future) triggers.push([m.index, m.index + m[0].length]);
  }
  triggers.sort((a, b) => a[1] - b[1]);
  const scan: UnitScan = {
    documentYear: ctx.documentYear,
    sentenceStarts: [...unit.text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length),
    triggers,
    reported: [...text.matchAll(REPORTED)].map((m) => m.index),
    reach: [...text.matchAll(REACH)].map((m) => m.index),
  };
  SCANS.set(unit, scan);
  return scan;
}

/** Index of the last element of a sorted list that is ≤ `x` (by `key`), or -1. */
function lastAtMost<T>(list: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function isTarget(
  unit: TextUnit,
  ctx: ExtractContext,
  start: number,
  end: number,
  cmpWord: string | null,
  post: string | null,
): boolean {
  const condition = cmpWord !== null && SYMBOL_WORDS.has(cmpWord) && CONDITION_BEFORE.test(unit.text.slice(Math.max(0, start - 100), start));
  if (cmpWord && NORM_WORDS.has(cmpWord) && !condition) return true;
  // ước đạt 6.143 người: an estimate of what was reached, never a goal
  if (cmpWord && ESTIMATE_WORDS.has(cmpWord)) return false;
  const text = unit.text;
  // GRDP tăng 8,55% so với cùng kỳ: a growth already measured
  if (/^\s*\)?\s*,?\s*so với (?:cùng kỳ|năm|tháng|quý)/.test(text.slice(end, end + 40).toLowerCase())) return false;
  const scan = scanUnit(unit, ctx);
  const s = lastAtMost(scan.sentenceStarts, start, (x) => x);
  const from = Math.max(start - WINDOW, s < 0 ? 0 : scan.sentenceStarts[s]!);
  let last = -1;
  const t = lastAtMost(scan.triggers, start, (x) => x[1]);
  if (t >= 0 && scan.triggers[t]![0] >= from) last = scan.triggers[t]![1];
  // bảo đảm 100% dịch vụ công | nâng tỷ lệ … lên 80%: the goal is stated right before the figure
  const near = text.slice(Math.max(0, start - 12), start).toLowerCase();
  if (near.includes('đảm') || near.includes('lên')) {
    const words = wordsBefore(tokensBefore(text, start), 2).join(' ');
    if (words.endsWith('bảo đảm') || words.endsWith('đảm bảo')) last = start;
    // (not `nâng tổng số cơ quan lên 11 bộ`: what a result brings the total to)
    const raise = /(?:tăng|nâng)(?!\s+tổng\s+số)[^.;]{0,80}$/;
    if (words.endsWith('lên') && raise.test(text.slice(Math.max(from, start - 90), start).toLowerCase())) last = start;
  }
  // đạt 3.500 triệu đồng trở lên: a threshold to reach
  if (last < 0 && post === 'trở lên') {
    const r = lastAtMost(scan.reach, start, (x) => x);
    if (r >= 0 && scan.reach[r]! >= from) last = scan.reach[r]! + 3;
  }
  if (last < 0) return false;
  const rep = lastAtMost(scan.reported, start - 1, (x) => x);
  return !(rep >= 0 && scan.reported[rep]! >= last);
}

// --- values -----------------------------------------------------------------------------------

type Groups = Record<string, string | undefined>;

const norm = (s: string | undefined) => (s === undefined ? null : s.toLowerCase().replace(/\s+/g, ' ').trim());

/** `triệu` + `đồng` → "triệu đồng"; `ngàn tỉ` → "nghìn tỷ" (one spelling per scale). */
function withScale(scale: string | null, unit: string): string {
  return scale ? `${SCALE_SPELLING[scale] ?? scale} ${unit}` : unit;
}

function comparatorOf(cmpWord: string | null, post: string | null): Comparator {
  if (post) return COMPARATOR_WORDS[post]!;
  return cmpWord ? COMPARATOR_WORDS[cmpWord] ?? 'eq' : 'eq';
}

/** Offsets of a named group of the match, relative to the unit text. */
function groupStart(m: RegExpExecArray, name: string): number {
  return m.indices?.groups?.[name]?.[0] ?? m.index;
}

/** The unit and amount of a match: `%`, money, a measure or a counted noun. */
function unitOf(g: Groups): { unit: string | null; vndFactor: number | null } {
  const scale = norm(g.scale);
  if (g.pct !== undefined) return { unit: '%', vndFactor: null };
  if (g.cur !== undefined) {
    const cur = CURRENCIES[norm(g.cur)!] ?? g.cur;
    return { unit: withScale(scale, cur), vndFactor: cur === 'đồng' ? (scale ? scaleOf(scale) ?? 1 : 1) : null };
  }
  if (g.mu !== undefined) return { unit: withScale(scale, g.mu.replace(/\s+/g, ' ')), vndFactor: null };
  if (g.unit !== undefined) return { unit: withScale(scale, g.unit.replace(/\s+/g, ' ')), vndFactor: null };
  // gần 20,4 nghìn: a scale without its noun
  if (scale) return { unit: SCALE_SPELLING[scale] ?? scale, vndFactor: null };
  return { unit: null, vndFactor: null };
}

// Things counted are whole: three digits after one comma are English thousands, not decimals
// (`1,400 phòng khách sạn` in a web copy), though `1,400 ha` or `1,400 triệu` may be decimals, and so may
// a count of times or points (`gấp 1,125 lần`, `đạt 65,125 điểm`).
const ENGLISH_THOUSANDS = /^\d{1,3},\d{3}$/;
const FRACTIONAL_NOUN = /^(?:lần|điểm)(?![\p{L}\p{M}])/iu;
// No decimal is written with three trailing zeros, whatever is measured: `1,000 ha` is a thousand.
const ROUND_THOUSANDS = /^\d{1,3},000$/;

/** A metric from one number of a match; null when the number is not a figure. */
function metricOf(
  m: RegExpExecArray,
  unit: TextUnit,
  ctx: ExtractContext,
  kind: NumberKind,
  numberGroup = 'num',
): MetricValue | null {
  const g = m.groups as Groups;
  const raw = g[numberGroup]!;
  const at = groupStart(m, numberGroup);
  if (!acceptNumber(unit.text, at, raw, kind)) return null;
  if (g.unit !== undefined) {
    const nounEnd = m.indices?.groups?.unit?.[1] ?? m.index + m[0].length;
    if (!nounIsCount(g.unit, unit.text, at, nounEnd) || isRowNumber(raw, unit.text, at, g.unit)) return null;
    if (raw === '1' && ONE_AS_MOT.test(g.unit)) return null;
    if (CAMPUS_BEFORE.test(wordsBefore(tokensBefore(unit.text, at), 2).join(' ')) && /^\p{Lu}/u.test(g.unit)) return null;
  }
  const thousands =
    (kind === 'count' && g.scale === undefined && ENGLISH_THOUSANDS.test(raw) && !FRACTIONAL_NOUN.test(g.unit ?? '')) ||
    ROUND_THOUSANDS.test(raw);
  const value = thousands ? Number(raw.replace(',', '')) : parseVietnameseNumber(raw)!;
  const { unit: unitName, vndFactor } = unitOf(g);
  const cmp = comparatorBefore(m, unit);
  const cmpWord = cmp ? norm(cmp.word) : null;
  const post = norm(g.post);
  return {
    value,
    unit: unitName,
    amountVnd: vndFactor === null ? null : Math.round(value * vndFactor),
    comparator: comparatorOf(cmpWord, post),
    target: isTarget(unit, ctx, cmp?.start ?? m.index, m.index + m[0].length, cmpWord, post),
  };
}

/** A ratio `a/b`: the part and the whole, or null for what only looks like one. */
function ratioOf(m: RegExpExecArray, unit: TextUnit, ctx: ExtractContext): MetricValue | null {
  const g = m.groups as Groups;
  const value = parseVietnameseNumber(g.num!);
  const of = parseVietnameseNumber(g.of!);
  if (value === null || of === null) return null;
  // 24/24 | 24/7 | 7/7: round the clock
  if ((value === 24 || value === 7) && (of === 24 || of === 7)) return null;
  // tháng 9/2024 | quý IV/2026: a month and a year
  if (YEAR.test(g.of!)) return null;
  // 30/6 | 26/4 | 3/5: a day and a month, unless a noun is counted and the part is not above the whole
  const dateLike = Number.isInteger(value) && Number.isInteger(of) && value >= 1 && value <= 31 && of >= 1 && of <= 12;
  if (dateLike && (g.unit === undefined || value > of)) return null;
  if (value > of) return null;
  const metric = metricOf(m, unit, ctx, 'ratio');
  return metric && { ...metric, of };
}

// --- rules ------------------------------------------------------------------------------------

const pattern = (source: string) => wordPattern(source, 'gu');

const RANKING_LIST_BEFORE = /(?:danh sách|bảng)\s*$/iu;

// 7,5 - 8% | 200-300m | từ 5 đến 7 ngày | 2-3 tỷ đồng | khoảng 51 - 52% | từ 50 ÷ 70mm (technical
// plans): one number before the unit
const rangePattern = (START: string) =>
  pattern(
    `(?<lower>(?:${B_START}(?<from>[Tt]ừ)${SP})?${START}${num('lo')})` +
      `(?:[^\\S\\n]{0,3}[-–÷][^\\S\\n]{0,3}|${SP}(?:đến|tới)${SP})` +
      `(?<upper>${num('hi')}(?![^\\S\\n]?\\/)(?:${SP0}${SCALE})?` +
      `(?:(?:[^\\S\\n]?${PCT}|${SP0}${CUR}|${SP0}${MEASURE})${POST}|${NOUN_GAP}${UNIT}))`,
  );
const readRangeNoun = readNoun(true, ['upper']);

/** Both bounds of a range match: approx when the range is, else the lower is `gte` and the upper `lte`. */
function rangeBounds(m: RegExpExecArray, ctx: ExtractContext, unit: TextUnit): [MetricValue, MetricValue] | null {
  const g = m.groups as Groups;
  const kind: NumberKind =
    g.pct !== undefined ? 'percent' : g.cur !== undefined ? 'money' : g.mu !== undefined ? 'measure' : 'count';
  // giai đoạn 2021 - 2025: years, not a range of figures
  if (kind === 'count' && (YEAR.test(g.lo!) || YEAR.test(g.hi!))) return null;
  const lower = metricOf(m, unit, ctx, kind, 'lo');
  const upper = metricOf(m, unit, ctx, kind, 'hi');
  if (!lower || !upper || lower.value >= upper.value) return null;
  const approx = lower.comparator === 'approx';
  return [
    { ...lower, comparator: approx ? 'approx' : 'gte' },
    { ...upper, comparator: approx ? 'approx' : 'lte' },
  ];
}

// The two range rules see the same matches; the second reuses what the first found at each offset.
const RANGES = new WeakMap<TextUnit, Map<number, [MetricValue, MetricValue] | null>>();

function rangeBound(bound: 0 | 1) {
  return (m: RegExpExecArray, ctx: ExtractContext, unit: TextUnit): MetricValue | null => {
    let seen = RANGES.get(unit);
    if (!seen) RANGES.set(unit, (seen = new Map()));
    let bounds = seen.get(m.index);
    if (bounds === undefined) {
      bounds = rangeBounds(m, ctx, unit);
      seen.set(m.index, bounds);
    } else seen.delete(m.index);
    return bounds ? bounds[bound] : null;
  };
}

// A change from one figure to another shares the second's unit: giảm từ mức 5000 xuống còn 1600 phòng |
// tăng từ 30 lên 45% | từ 12 xuống 8 đầu mối. The second figure is read by its own rule; this one gives
// the first, which stands with no unit of its own (`từ 5.500 đồng … xuống còn 3.400 đồng` needs none).
const changePattern = (START: string) =>
  pattern(
    `${B_START}[Tt]ừ${SP}(?:mức${SP})?(?<lower>${START}${num('lo')})${SP}(?:xuống|lên)(?:${SP}(?:còn|mức))?${SP}` +
      `(?<upper>${num('hi')}(?![^\\S\\n]?\\/)(?:${SP0}${SCALE})?` +
      `(?:(?:[^\\S\\n]?${PCT}|${SP0}${CUR}|${SP0}${MEASURE})|${NOUN_GAP}${UNIT}))`,
  );

/** The first figure of a change, with the unit (and kind) of the second. */
function changeFrom(m: RegExpExecArray, ctx: ExtractContext, unit: TextUnit): MetricValue | null {
  const g = m.groups as Groups;
  const kind: NumberKind =
    g.pct !== undefined ? 'percent' : g.cur !== undefined ? 'money' : g.mu !== undefined ? 'measure' : 'count';
  // từ 2020 lên …: a year, not a figure
  if (kind === 'count' && YEAR.test(g.lo!)) return null;
  // the second figure must be one too (not `xuống 3 cấp`, a name)
  if (!metricOf(m, unit, ctx, kind, 'hi')) return null;
  const from = metricOf(m, unit, ctx, kind, 'lo');
  return from && { ...from, comparator: 'eq', target: false };
}

// A scale word ends a figure without a noun before punctuation, a line end or a conjunction; not before a
// noun (the count rule reads it) nor a period word (`5 nghìn năm`).
const SCALE_ONLY_END = `(?=[^\\S\\n]*(?:[,.;:!?)…\\n]|$)|${SP}${alternation(['nhưng', 'và', 'hoặc', 'so với', 'trong đó', 'thì', 'mà'])}${B_END})`;

// What joins the bounds of a range: a dash, `÷`, `đến` or `tới`.
const RANGE_NEEDS = ['-', '–', '÷', 'đến', 'tới'];

/** The rules, their numbers starting where `START` lets them. */
function metricRules(START: string): readonly Rule<MetricValue>[] {
  const RANGE = rangePattern(START);
  const CHANGE = changePattern(START);
  return [
    { name: 'metric: N - M unit, lower bound (7,5 - 8%)', needs: RANGE_NEEDS, pattern: RANGE, readOn: readRangeNoun, spanGroup: 'lower', spanStart: withComparator, extract: rangeBound(0) },
    { name: 'metric: N - M unit, upper bound (7,5 - 8%)', needs: RANGE_NEEDS, pattern: RANGE, readOn: readRangeNoun, spanGroup: 'upper', extract: rangeBound(1) },
    {
      name: 'metric: từ N xuống M unit, first figure',
      needs: ['xuống', 'lên'],
      pattern: CHANGE,
      readOn: readNoun(false, ['upper']),
      spanGroup: 'lower',
      extract: changeFrom,
    },
    {
      // xếp thứ 12/63 | (vị trí thứ 15/20) | đứng thứ 5 | xếp hạng 24/34
      name: 'metric: xếp thứ N/M',
      needs: ['thứ', 'hạng', 'top'],
      pattern: pattern(
        `${B_START}(?<lead>${alternation(RANK_LEADS, caps)})${SP}${num('num')}` +
          `(?:[^\\S\\n]?\\/[^\\S\\n]?${num('of')})?${RATIO_END}`,
      ),
      extract: (m, ctx, unit) => {
        // danh sách xếp hạng 1.000 DN …: a ranking that lists them, not a place in one
        if (RANKING_LIST_BEFORE.test(unit.text.slice(Math.max(0, m.index - 16), m.index))) return null;
        const g = m.groups as Groups;
        const value = parseVietnameseNumber(g.num!);
        const of = g.of === undefined ? undefined : parseVietnameseNumber(g.of);
        if (value === null || of === null || (of !== undefined && value > of)) return null;
        const metric: MetricValue = {
          value,
          unit: 'thứ hạng',
          amountVnd: null,
          comparator: 'eq',
          target: isTarget(unit, ctx, m.index, m.index + m[0].length, null, null),
        };
        return of === undefined ? metric : { ...metric, of };
      },
    },
    {
      // 33,3% | trên 90% | (10,04%) | 100 % | 50 phần trăm | từ 10% trở lên
      name: 'metric: N %',
      needs: ['%', 'phần'],
      spanStart: withComparator,
      pattern: pattern(`${START}${num('num')}[^\\S\\n]?${PCT}${POST}`),
      extract: (m, ctx, unit) => metricOf(m, unit, ctx, 'percent'),
    },
    {
      // 50.074.800 đồng | 1.441 triệu đồng | 3.500 triệu đồng trở lên | gần 7,5 tỷ USD | 500.000đ
      name: 'metric: N tỷ đồng',
      needs: ['đ', 'vnd', 'usd', 'eur', 'tệ'],
      spanStart: withComparator,
      pattern: pattern(`${START}${num('num')}(?:${SP0}${SCALE})?${SP0}${CUR}${POST}`),
      extract: (m, ctx, unit) => metricOf(m, unit, ctx, 'money'),
    },
    {
      // 1.250km | cao trình + 114 m | 10 ha | 50 MW | 215 tỷ kWh
      name: 'metric: N km',
      spanStart: withComparator,
      pattern: pattern(`${START}${num('num')}(?:${SP}${SCALE})?${SP0}${MEASURE}${POST}`),
      extract: (m, ctx, unit) => metricOf(m, unit, ctx, 'measure'),
    },
    {
      // 28,6/32,4 km | 41,2 km/45,6 km: a ratio of measures, the unit after the whole (or after both, the same)
      // (not two rates: 60/80 km/h | 50/60 km/giờ | 60/65 tạ/ha, a measure per another is no part of a whole)
      name: 'metric: N/M km',
      needs: ['/'],
      spanStart: withComparator,
      pattern: pattern(
        `${START}${num('num')}(?:${SP0}(?<mu0>${alternation(MEASURES, spellMeasure)})${B_END})?[^\\S\\n]?\\/[^\\S\\n]?${num('of')}${SP0}${MEASURE}(?![^\\S\\n]*\\/)${POST}`,
      ),
      extract: (m, ctx, unit) => {
        const g = m.groups as Groups;
        if (g.mu!.includes('/')) return null;
        if (g.mu0 !== undefined && norm(g.mu0) !== norm(g.mu)) return null;
        return ratioOf(m, unit, ctx);
      },
    },
    {
      // 36/47 nhiệm vụ | 18/54 TTHC | 24/34 địa phương | đạt 18/54
      name: 'metric: N/M noun',
      needs: ['/'],
      spanStart: withComparator,
      pattern: pattern(
        `${START}${num('num')}[^\\S\\n]?\\/[^\\S\\n]?${num('of')}${RATIO_END}(?:${NOUN_GAP}${UNIT})?`,
      ),
      readOn: readNoun(false),
      extract: (m, ctx, unit) => ratioOf(m, unit, ctx),
    },
    {
      // (doanh nghiệp thành lập mới) gần 20,4 nghìn, … | hơn 60 nghìn nhưng …: the noun was said before
      name: 'metric: N nghìn (no noun)',
      needs: ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'],
      spanStart: withComparator,
      pattern: pattern(`${START}${num('num')}${SP}${SCALE}${SCALE_ONLY_END}`),
      extract: (m, ctx, unit) => metricOf(m, unit, ctx, 'count'),
    },
    {
      // 15 nhiệm vụ KH&CN cấp tỉnh | 02 nhiệm vụ | 01 Phó Giám đốc Sở | hơn 500 sinh viên | 644 nghìn hộ
      name: 'metric: N noun',
      spanStart: withComparator,
      pattern: pattern(`${START}${num('num')}(?:${SP}${SCALE})?${NOUN_GAP}${UNIT}`),
      readOn: readNoun(true),
      extract: (m, ctx, unit) => metricOf(m, unit, ctx, 'count'),
    },
  ];
}

const RULES = metricRules(START_PLAIN);
let gluedRules: readonly Rule<MetricValue>[] | null = null;

/**
 * Finds the figures of a text unit: one candidate per quantity written in digits, two for a range.
 * @example extractMetrics({ text: 'phấn đấu thu đạt 3.500 triệu đồng trở lên', span }, ctx)
 * // → [{ value: { value: 3500, unit: 'triệu đồng', amountVnd: 3500000000, comparator: 'gte', target: true },
 * //      text: '3.500 triệu đồng trở lên', … }]
 */
export function extractMetrics(unit: TextUnit, ctx: ExtractContext): Candidate<MetricValue>[] {
  // Every rule reads a number written in digits: a unit without one is not scanned seven times.
  if (!/\d/.test(unit.text)) return [];
  const rules = GLUED_NUMBER.test(unit.text) ? (gluedRules ??= metricRules(START_GLUED)) : RULES;
  return dropOverlapping(runRules(unit, rules, ctx));
}

/** The rules, for the test that holds each rule's `needs` to what its pattern matches. */
export { RULES as METRIC_RULES };
