/**
 * Task or info: does the item tell someone to do something, or report, assess, introduce?
 */
import type { TextUnit } from '../types.js';
import { collapseWhitespace, wordPattern } from './run-rules.js';
import { isClosing } from '../outline/build-outline.js';
import { segmentSentences } from '../segment/sentences.js';
import { ASSIGN_VERB } from '../lexicon/assignment.js';
import { DATED_OPENING } from '../lexicon/periods.js';
import { DOCUMENT_WORDS, OFFICE_TITLES, UNIT_HEADS } from '../lexicon/units-of-government.js';
import { COMMON_FAMILY_NAMES } from '../lexicon/family-names.js';

export type ItemKind = 'task' | 'info';

export interface ItemKindContext {
  /** Titles of the ancestor headings, outermost first. */
  headings: string[];
  /** The document is a news report (instructions only in its concluding part). */
  news: boolean;
  /** A news paragraph after the report turned to its conclusions (`kết luận`, `chỉ đạo`, `đề nghị`). */
  inConclusion: boolean;
  /** The item's marker as written, or null for a plain paragraph. */
  marker: string | null;
  /** The words of a heading with its own instruction (a `.0` item): its colon opens sub-items, not an intro. */
  ownHeading?: boolean;
  /** The news headline reports an order ("Hải quan Hải Phòng yêu cầu …"): paragraphs in the imperative relay it. */
  headlineOrders?: boolean;
  /** The item is one of a list opened by an intro told in the past ("… các Bộ đã có báo cáo Chính phủ như sau:"). */
  underReport?: boolean;
  /**
   * A news paragraph before the turn the report takes later to a leader's concluding words (`Kết luận buổi
   * làm việc, …`): the leader who concludes, by the names and the office the turn gives him.
   */
  concluderAhead?: Concluder | null;
}

/** The leader who concludes a news report: his personal names ("Nguyễn Đức Trung") and his office ("Bí thư Tỉnh ủy"). */
export interface Concluder {
  names: string[];
  office: string | null;
}

// Headings whose items state aims, at any depth: I. MỤC ĐÍCH, YÊU CẦU | 1. Mục tiêu | NGUYÊN TẮC, YÊU CẦU … | I. Về
// quan điểm, định hướng chỉ đạo, điều hành (but a conclusion's topic that also names its tasks, "2. Về mục tiêu,
// nhiệm vụ năm 2025", heads tasks)
const AIMS_HEADING = wordPattern(
  '^(?:[IVX]+\\.|\\d+(?:\\.\\d+)*\\.?)?\\s*(?:⟨về⟩\\s+(?![^\\n]*⟨(?:nhiệm vụ|giải pháp)⟩))?(?:⟨mục đích⟩|⟨yêu cầu⟩\\s*$|⟨mục tiêu⟩|⟨quan điểm⟩|⟨nguyên tắc⟩)',
  'iu',
);

// Headings whose own items report findings: 1. Những kết quả đạt được | 2. Tồn tại, hạn chế.
// A nearer heading of tasks wins: "II. Tình hình … và nhiệm vụ" may hold "3. Nhiệm vụ, giải pháp …".
const FINDINGS_HEADING = wordPattern(
  '^(?:[IVX]+\\.|\\d+(?:\\.\\d+)*\\.?)?\\s*(?:những |các )?(?:⟨kết quả⟩|⟨tồn tại⟩|⟨hạn chế⟩|⟨khó khăn⟩|⟨nguyên nhân⟩|⟨tình hình⟩|⟨đánh giá⟩|⟨bối cảnh⟩|⟨căn cứ⟩|⟨sự cần thiết⟩|⟨thành phần⟩|⟨thời gian, địa điểm⟩|⟨danh nghĩa⟩)',
  'iu',
);

// Words that give an instruction: the grammar of assignment and the imperative verbs of the genre (the press's
// part in a Công điện too: "Đài Phát thanh và Truyền hình tỉnh, Báo … tăng thời lượng đưa tin về diễn biến của bão";
// and those of a storm or a flood: "Các huyện … sơ tán người dân …", "di dời các hộ …"; not told as done: "các địa
// phương đã sơ tán 3.000 hộ dân").
const DIRECTIVE_WORDS =
  `(?:${ASSIGN_VERB}|đề nghị|yêu cầu|chỉ đạo|chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|cần|phải|khẩn trương|tập trung|tiếp tục|tăng cường|đẩy mạnh|đẩy nhanh|triển khai|tổ chức|thực hiện|xây dựng|hoàn thành|hoàn thiện|rà soát|kiểm tra|tham mưu|nghiên cứu|chủ động|bảo đảm|đảm bảo|nâng cao|hướng dẫn|theo dõi|đôn đốc|quán triệt|ưu tiên|kịp thời|sớm|phấn đấu|quan tâm|củng cố|kiện toàn|ban hành|trình|cập nhật|xử lý|giải quyết|tuyên truyền|phổ biến|(?<!(?:đã|vừa|được|bị) )(?:đưa tin|tăng thời lượng|sơ tán|di dời)|vận hành|duy trì|quản lý|tiếp nhận|chuẩn bị|báo cáo|mời|phân công|nghiêm cấm|không để|tránh|cử|bố trí|huy động|thúc đẩy|phát huy|nắm chắc|chấn chỉnh|xem xét|thống nhất|thẩm định|lập|đề xuất|hỗ trợ|sửa đổi|bổ sung|tổng hợp|khảo sát|điều tra|xác định|lựa chọn|tiếp thu|giám sát|kiểm soát|ngăn chặn|sắp xếp|giải ngân|thanh tra|vận động|nghiệm thu|thành lập|khắc phục|cải thiện|cải cách|đổi mới|chuyển giao|ứng dụng|số hóa|kết nối|áp dụng|chấp hành|tập huấn|đào tạo|bồi dưỡng|kết thúc|chấm dứt|dừng|tạm dừng|giải thể|sáp nhập|thu hồi|xử phạt|điều chỉnh|công khai|gửi|lấy ý kiến|tạo điều kiện|nghiêm túc|quyết liệt|xử nghiêm|triệt phá)`;
const DIRECTIVE = wordPattern(`⟨${DIRECTIVE_WORDS}⟩`, 'iu');
const DIRECTIVE_ALL = wordPattern(`⟨${DIRECTIVE_WORDS}⟩`, 'giu');

// A report of what was done: "Đã tổ chức …", "Sở đã triển khai …", "Tại buổi làm việc, đại diện các vụ đã …" (đã early
// in the sentence, after a fronted time, place, source of news or connective: "Theo tin của Đài Khí tượng …, bão số 4
// đang …"; not after a plan or an order, whose content may follow: "Theo Kế hoạch, các sở đang …. Sở Y tế báo cáo …"),
// attendance and chairing; what a source tells: "Văn bản nêu rõ, theo thông báo của UBND tỉnh, …"; a status at
// a date: "Tính đến ngày 30/9, …", "Đến ngày 30/9, có 200 thủ tục …".
const REPORT = wordPattern(
  '^(?:(?:trong|tính đến|theo (?:tin|thông tin|nguồn tin|dự báo|số liệu|thống kê)|qua|năm|sau|từ|đến nay|thời gian qua|(?:cũng )?tại|đồng thời|bên cạnh đó|ngoài ra|cùng với đó|trước đó|hiện nay|gần đây|vừa qua|tiếp đó|sau đó)[^,]{0,60},\\s*)?(?:[^\\s,.;:]+\\s+){0,7}?⟨(?:đã|vừa|đang)⟩|⟨(?:tham dự|cùng dự|dự họp|tham gia hội nghị|chủ trì hội nghị|chủ trì cuộc họp|chủ trì buổi)⟩|^⟨(?:theo báo cáo|báo cáo cho biết|sau khi nghe|thay mặt)⟩' +
    '|^(?:[^,.;:]{0,60}⟨(?:nêu rõ|cho biết)⟩\\s*,?\\s*)?⟨theo⟩\\s+(?:⟨thông báo⟩|⟨báo cáo⟩|⟨thông tin⟩|⟨nguồn tin⟩|⟨số liệu⟩|⟨phản ánh⟩)' +
    '|^⟨tính đến⟩|^⟨đến⟩[^,]{0,40},\\s*(?:⟨tổng số⟩|⟨tổng cộng⟩|⟨có⟩\\s+\\d)',
  'iu',
);

// What a source of a news report tells or thinks: "Hiệp hội cho rằng, …" | "Ông A cho biết: …" | "…, Phó Thủ tướng
// cho biết, …". The speaker is the subject of its clause, and `cho biết`, `nhận định` open what it says; not a verb
// of a list ("cập nhật thông tin, nhận định, dự báo …"), nor one with an object ("có văn bản cho biết nhu cầu kinh phí").
const SOURCE_SAYS = wordPattern(
  '^(?:[^.;:]{0,160},\\s*)?[^\\s,.;:][^,.;:]{0,80}?\\s(?:⟨cho rằng⟩|⟨(?:cho biết|nhận định)⟩(?:\\s*[,:]|\\s+⟨rằng⟩))',
  'iu',
);

/** A report of what was done or a status; in a news paragraph also what a source tells. */
function reports(text: string, news: boolean): boolean {
  return REPORT.test(text) || (news && SOURCE_SAYS.test(text));
}

// The names of documents and of their parts, capitalised as after "Theo": Kế hoạch | Quyết định | Điều.
const DOCUMENT_NAMES = [...DOCUMENT_WORDS, 'văn bản', 'điều', 'khoản', 'mục', 'phụ lục'].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|');
// A news paragraph told on a named source's word: "Theo VASEP, …" | "Theo Cục Hải quan TPHCM, …" (not a document
// or a plan, whose rules bind: "Theo Kế hoạch, các đơn vị phải …"; nor a person, who may be the leader: "Theo ông
// Chung, các sở cần …"; a leader's view is read by `leaderWantsDone`). Case-sensitive: the source is a name.
const SOURCE_ACCOUNT = new RegExp(
  `^(?:Cũng\\s+)?Theo\\s+(?!(?:${DOCUMENT_NAMES})(?![\\p{L}\\p{M}]))\\p{Lu}[^,.;:]{0,80},`,
  'u',
);
// … or opens on the example a speaker gives, its rules those of the case told: "Phó Thủ tướng dẫn chứng về bài học
// của Sabeco, … sau một năm lên sàn phải tuân thủ …"
const ILLUSTRATION = wordPattern('^[^,.;:]{0,60}?⟨(?:dẫn chứng|lấy ví dụ|nêu ví dụ|dẫn ví dụ)⟩', 'iu');

// Words that put an instruction on someone else, which a report paragraph may also contain.
// ("không tuân thủ chỉ đạo của UBND tỉnh": a noun, someone's instruction cited in a report)
// ("công tác chỉ đạo, điều hành của Chính phủ": the work of directing, a noun; "còn bất cập so với yêu cầu",
// "đáp ứng (tốt) yêu cầu": the need, a noun; "Phát biểu chỉ đạo tại Hội nghị", "ý kiến chỉ đạo": a speech, a noun;
// "vai trò lãnh đạo, chỉ đạo": the work of leading, a noun; only before "chỉ đạo": "… cán bộ, lãnh đạo và yêu cầu tỉnh
// khẩn trương …" orders)
const EXPLICIT_INSTRUCTION = wordPattern(
  `(?<!được )(?<!được (?:\\S+ ){1,3})(?<!công tác )(?<!(?:so với|đáp ứng|phát biểu|ý kiến) )(?<!đáp ứng (?:tốt|được|đủ|đầy đủ) )⟨(?:đề nghị|yêu cầu|${ASSIGN_VERB}|cần|phải|(?<!lãnh đạo(?:,| và) )chỉ đạo(?!\\s*(?:,|và)\\s*điều hành)|chủ trì|có trách nhiệm|chịu trách nhiệm|phấn đấu)⟩(?!\\s+của)`,
  'iu',
);

// Words before a speech verb that make it a noun or a passive: "được giao", "các yêu cầu", "theo đề nghị",
// "đáp ứng yêu cầu", "sự chỉ đạo".
const NOT_SPOKEN = '(?:được|theo|đúng|các|những|nhiều|đáp ứng|sự)';

// A leader or leading body speaking: the news report turns to its conclusions here.
// "Phó Chủ tịch UBND tỉnh yêu cầu …" | "Kết luận buổi làm việc, đồng chí …" | "Bộ Công Thương yêu cầu …"
const PERSON_SPEAKS = wordPattern(
  `⟨(?:chủ tịch|phó chủ tịch|bí thư|phó bí thư|giám đốc|bộ trưởng|thứ trưởng|thủ tướng|phó thủ tướng|trưởng ban|phó trưởng ban|đồng chí|ông|bà|lãnh đạo(?!\\s*(?:,|và)\\s*chỉ đạo))⟩(?<gap>(?:[^.;:]|\\.(?=\\S)){0,100}?)(?<!${NOT_SPOKEN} )⟨(?:kết luận|chỉ đạo|chỉ thị(?!\\s+(?:số|\\d))|yêu cầu|đề nghị|${ASSIGN_VERB}|nhấn mạnh|lưu ý|mong muốn|đặt hàng|quán triệt|chỉ rõ)⟩(?!\\s+(?:của|tại|về))`,
  'giu',
);
// … and what a body or a document says (in lower case: it serves with or without the `i` flag).
const BODY_SAYS = `(?<gap>(?:(?!⟨(?:nơi|mà|khi|nếu)⟩)(?:[^.;:]|\\.(?=\\S))){0,60}?)(?<!${NOT_SPOKEN} )⟨(?:yêu cầu|đề nghị|${ASSIGN_VERB}|kết luận|nêu rõ)⟩(?!\\s+(?:của|tại|về))`;
const BODY_SPEAKS = wordPattern(
  `⟨(?:ban bcđ|ubnd|ủy ban nhân dân|uỷ ban nhân dân|tỉnh ủy|thành ủy|văn bản|công văn|công điện|chỉ thị|kế hoạch|cơ quan)⟩${BODY_SAYS}`,
  'giu',
);
// A Bộ, Sở or Cục by its capital, without the `i` flag: "trụ sở", "cán bộ", "mưa lớn cục bộ" are ordinary words
// ("Sở hữu …" too).
const AGENCY_SPEAKS = wordPattern(`⟨(?:Bộ|Sở(?!\\s+hữu⟩)|Cục(?!\\s+bộ⟩)|Chi cục|Tổng cục)⟩${BODY_SAYS}`, 'gu');
// "Kết luận buổi làm việc, …" | "Theo Kế hoạch, Ban Chỉ đạo … sẽ tăng cường …"
const CONCLUSION_OPENING = wordPattern(
  '^(?:⟨kết luận⟩|⟨phát biểu kết luận⟩|⟨phát biểu chỉ đạo⟩|⟨về nhiệm vụ⟩|⟨trong thời gian tới⟩|⟨thời gian tới⟩|⟨để thực hiện tốt⟩|⟨(?:theo|tại)⟩\\s+⟨(?:kế hoạch|chỉ thị|công điện|công văn|văn bản|thông báo|kết luận|quyết định)⟩)',
  'iu',
);

// A leader by office, whose view of what must be done is an instruction.
const LEADER = '(?:phó\\s+)?(?:chủ tịch|bí thư|giám đốc|bộ trưởng|thứ trưởng|thủ tướng|trưởng ban|tổng cục trưởng|cục trưởng|thống đốc)';
// "Theo Phó Thủ tướng, …" | "Bộ trưởng Bộ Tài chính cho rằng, …": the words after it are the leader's.
const LEADER_VIEW = wordPattern(`^(?:⟨cũng⟩\\s+)?⟨theo⟩\\s+(?:⟨đồng chí⟩\\s+)?⟨${LEADER}⟩[^,.;:]{0,80},\\s*|⟨${LEADER}⟩[^.;:]{0,80}?⟨cho rằng⟩\\s*[,:]?\\s*`, 'iu');
// … an obligation of a named body or of no one: "EVN cần …" | "các địa phương cần có giải pháp …" | "cần …" (not
// "điều kiện then chốt là phải …", "năm 2021, dự báo …": lower-case words before it are no body; nor "phải là",
// "cần thiết", the passive "phải được").
const BODY_MUST = /^(?:(?:\p{Lu}|các\s)[^,.;:]{0,60}?\s)?(?:cũng\s+)?(?:cần|phải)\s+(?!(?:là|được|thiết)(?![\p{L}\p{M}]))/u;

/** "Theo Phó Thủ tướng, EVN cần phát triển …": a leader's view of what a body must do. */
function leaderWantsDone(text: string): boolean {
  const view = LEADER_VIEW.exec(text);
  // (the view may be quoted: "Theo Thủ tướng, “Bộ Tài chính cần …”")
  return view !== null && BODY_MUST.test(text.slice(view.index + view[0].length).replace(OPENING_MARKS, ''));
}

/** A speech act of a leader, not a report of what was done ("… đã chỉ đạo …"). */
function leaderSpeaks(text: string): boolean {
  if (CONCLUSION_OPENING.test(text) || leaderWantsDone(text)) return true;
  for (const re of [PERSON_SPEAKS, BODY_SPEAKS, AGENCY_SPEAKS]) {
    // A speaker whose words tell what was done may hide one that speaks inside them ("Chủ tịch UBND TP.Đà Nẵng
    // đã ký văn bản yêu cầu …"): after one, look again from its next character.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!/(?<![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])(?:đã|đang|vừa)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])/iu.test(m.groups?.gap ?? '')) return true;
      re.lastIndex = m.index + 1;
    }
  }
  return false;
}

// The words that open the list after a preamble: "… Bộ trưởng chỉ đạo như sau:" | "… kết luận một số nội dung sau:".
const SPEAKS_AS_FOLLOWS = /(?:kết luận|chỉ đạo)\s+(?:như sau|một số nội dung(?: sau)?|các nội dung sau)\s*:\s*$/iu;

// A conclusion that approves the report it heard: "Ban Thường vụ Tỉnh ủy cơ bản đồng ý với báo cáo" | "Thống nhất
// với nội dung báo cáo của …". Not `báo cáo` the verb, which names whom to report to: "Thống nhất báo cáo Ban
// Chấp hành Đảng bộ tỉnh cho chủ trương …" | "Đồng ý báo cáo Thủ tướng Chính phủ …" (a decision to act).
const APPROVES_REPORT = wordPattern(
  '^(?:[^.;:]{0,60}?\\s)?(?:⟨cơ bản⟩\\s+)?⟨(?:đồng ý|nhất trí|thống nhất)⟩\\s+(?:⟨với⟩\\s+)?(?:⟨(?:nội dung|đánh giá của|các nội dung của)⟩\\s+)?⟨(?:báo cáo|dự thảo báo cáo)⟩' +
    // (nor a report approved with the proposal it makes: "Thống nhất với báo cáo và đề xuất của Sở Tài chính về …")
    '(?!\\s+và\\s+(?:⟨(?:đề xuất|kiến nghị|đề nghị|phương án|tờ trình)⟩))' +
    '(?!\\s+(?:⟨(?:Thủ tướng|Chính phủ|Bộ Chính trị|Ban Bí thư|Ban Thường vụ|Ban Chấp hành|Thường trực|Thường vụ|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|UBND|Ủy ban|HĐND|Hội đồng|Quốc hội|Trung ương|cấp có thẩm quyền|cấp trên|Chủ tịch|Bộ trưởng|Bí thư|xin)⟩))',
  'iu',
);

// A conclusion that grants a permission: "Thống nhất chủ trương cho phép UBND huyện Diên Khánh áp dụng giá đất …" |
// "Đồng ý cho phép Công ty … gia hạn …". It lets someone act and tells no one to (unless an order follows: "…; giao
// Sở Tài chính hướng dẫn …"); an approval of a plan or a proposal is a decision to carry it out and stays a task.
// (Not a unit's own work that asks for it: "Sở Tài chính tham mưu UBND tỉnh đồng ý cho phép …" | "trình UBND tỉnh xem xét,
// đồng ý cho phép …".)
const GRANTS_PERMISSION = wordPattern(
  '^(?:(?:(?!⟨(?:tham mưu|trình|đề xuất|kiến nghị|hướng dẫn|để|nhằm)⟩)[^.;:]){0,60}?\\s)?(?:⟨cơ bản⟩\\s+)?⟨(?:đồng ý|nhất trí|thống nhất)⟩\\s+(?:⟨về⟩\\s+)?(?:⟨chủ trương⟩\\s+)?⟨cho phép⟩',
  'iu',
);
// An order after the permission, of a unit named with its verb or of the one permitted: "…; UBND thành phố tổng kết,
// đánh giá, báo cáo UBND tỉnh." | "… lễ hội. UBND huyện tổ chức thực hiện …" | "…, hoàn thành trước ngày 30/6/2025."
const ORDER_AFTER_PERMISSION = wordPattern(
  '(?:;|\\.(?=\\s+\\p{Lu}))\\s*\\S|,\\s*⟨(?:bảo đảm|đảm bảo|hoàn thành|báo cáo)⟩',
  'iu',
);

// Who chaired the meeting a dated opening tells of: "chủ trì hội nghị" | "…, Bí thư Tỉnh ủy chủ trì." (the verb ends its clause).
const CHAIR_NAMED = /chủ trì(?:\s+(?:hội nghị|cuộc họp|buổi)|(?=\s*[.;]|\s*$))/giu;

// Preambles of official documents: grounds and requests, not assignments.
const PREAMBLE = wordPattern(
  '^(?:⟨căn cứ⟩|⟨theo đề nghị⟩|⟨xét đề nghị⟩|⟨xét tờ trình⟩|⟨thực hiện⟩\\s+(?:⟨nghị quyết⟩|⟨kế hoạch⟩|⟨chỉ thị⟩|⟨quyết định⟩|⟨kết luận⟩|⟨thông báo⟩|⟨công văn⟩|⟨chương trình⟩|⟨luật⟩|⟨nghị định⟩|⟨chủ trương⟩|⟨ý kiến chỉ đạo⟩|⟨chỉ đạo⟩))',
  'iu',
);

// A leader's order after the ground, in one paragraph: "Xét đề nghị của Sở Tài chính tại Tờ trình số …, Chủ tịch UBND
// tỉnh giao Sở Kế hoạch và Đầu tư …" (not "…, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:", which opens a list).
const ORDER_AFTER_GROUND = /,\s+(?:(?:Phó\s+)?(?:Chủ tịch|Thủ tướng)|Ủy ban nhân dân|UBND|Bộ trưởng|Giám đốc|Thường trực)[^,;:]{0,60}?\s(?:giao|yêu cầu|đề nghị)\s+(?:cho\s+)?(?:các\s+)?\p{Lu}/u;

// What a plan is for, with no actor of its own: "Đồng thời giúp các cơ quan chức năng chủ động nắm vững …".
const PURPOSE_ONLY = wordPattern('^(?:(?:⟨đồng thời⟩|⟨qua đó⟩|⟨từ đó⟩),?\\s+)?(?:⟨giúp⟩|⟨góp phần⟩|⟨nhằm⟩)', 'iu');

// A document described, its period or force: "Kế hoạch cao điểm … được thực hiện từ ngày 20/12/2020 …".
const DOCUMENT_DESCRIBED = wordPattern(
  '^(?:⟨kế hoạch⟩|⟨chương trình⟩|⟨chỉ thị⟩|⟨nghị quyết⟩|⟨quyết định⟩|⟨đề án⟩|⟨công điện⟩|⟨thông tư⟩|⟨nghị định⟩|⟨quy chế⟩|⟨quy định⟩)[^.;:]{0,160}?(?:⟨được (?:thực hiện|triển khai|áp dụng|tổ chức)⟩\\s+(?:⟨từ⟩|⟨trong⟩)|⟨có hiệu lực⟩)',
  'iu',
);

// A purpose clause or the ground of a plan that opens a list's intro: "Để khắc phục những hạn chế nói trên, …; các phòng …
// cần thực hiện … dưới đây:" | "Thực hiện các nhiệm vụ tại Kết luận số …, Chính phủ ban hành Kế hoạch … như sau:".
const PURPOSE_FIRST = wordPattern('^(?:⟨để⟩|⟨nhằm⟩|⟨thực hiện⟩)\\s', 'iu');
// A heading whose order has no object of its own, after a purpose or a time: "2. Để hoàn thành mục tiêu bàn giao
// 100% mặt bằng trước ngày 30/6/2025, yêu cầu:" | "3. Trong thời gian tới, Chủ tịch UBND tỉnh đề nghị:". The list
// after it is the order; the heading only opens it (its date still dates the items, as a heading's does). Not the noun
// ("các đơn vị thực hiện theo đề nghị:" | "thống nhất các đề nghị:"), nor after an order of its own ("…, các cấp ủy cần
// tăng cường lãnh đạo, chỉ đạo:" | "…, giao Sở Tài chính chủ trì …, đồng thời đề nghị:"), which the words before the last verb show.
const BARE_ORDER_INTRO = wordPattern(
  '^(?:⟨(?:để|nhằm|trong|từ nay|đến|thời gian tới)⟩)[^;:]*,\\s*(?:[^\\s,;:]+\\s+){0,6}?(?<!⟨(?:các|những|đủ|đúng|theo|với|sự)\\s)⟨(?:yêu cầu|đề nghị|chỉ đạo)⟩\\s*:\\s*$',
  'iu',
);
const BARE_ORDER_VERB = /(?:yêu cầu|đề nghị|chỉ đạo)\s*:\s*$/iu;
// A ground before a leader's words only: "Xét Báo cáo số …, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:" (not a unit's
// own work grounded on something: "Trên cơ sở thống kê …, Sở Xây dựng tổng hợp, dự báo …, cụ thể như sau:").
// (after the meeting's place and date: "Tại hội nghị ngày 19/8/2025, sau khi nghe Ban cán sự đảng UBND tỉnh báo cáo …, Ban
// Thường vụ Tỉnh ủy kết luận như sau:")
const GROUND_FIRST = wordPattern('^(?:(?:⟨tại⟩|⟨ngày⟩)\\s[^,;:]{0,80},\\s*)?(?:⟨xét⟩|⟨căn cứ⟩|⟨trên cơ sở⟩|⟨theo đề nghị⟩|⟨sau khi⟩)\\s', 'iu');

// A news page's own lines: the source tag of its lead ("(HDDTVN) – …").
const NEWS_SAPO = /^\([\p{Lu}\p{N}.\s]{2,20}\)\s*[-–—]/u;

// Background a news report adds on what came before: "Được biết, trước đó, UBND tỉnh đã có Công văn … đề nghị
// các địa phương …" | "Trước đó, Thủ tướng đã ký Công điện yêu cầu …" (an order told as given, the text of the
// earlier document, not the conclusions').
const BACKGROUND_OPENING = wordPattern('^(?:⟨được biết⟩|⟨trước đó⟩|⟨trước đây⟩|⟨như (?:báo|chúng tôi) đã (?:đưa tin|thông tin)⟩|⟨như đã đưa tin⟩)\\s*,', 'iu');
const DONE_BEFORE = wordPattern('⟨(?:đã|vừa)⟩', 'iu');
// The paper's own promise to report more: "Báo Điện tử Chính phủ sẽ tiếp tục thông tin …" | "Dự kiến, Báo Khánh Hòa
// sẽ tiếp tục phản ánh …" (not an order to a broadcaster: "Đài Phát thanh và Truyền hình tỉnh tăng thời lượng …").
const PAPER_PROMISES = wordPattern(
  '^(?:[^,.;:]{0,30},\\s*)?(?:⟨(?:báo|cổng thông tin|trang thông tin|tạp chí|phóng viên|pv|chúng tôi)⟩)[^.;:]{0,60}?\\s⟨sẽ⟩\\s+(?:⟨tiếp tục⟩\\s+)?⟨(?:thông tin|đưa tin|phản ánh|cập nhật|theo dõi|thông tin đến|gửi đến|gửi tới)⟩',
  'iu',
);

/** An order told as given before: the sentence's first order word comes after "đã" (or it has none). */
function toldAsDone(sentence: string): boolean {
  const done = DONE_BEFORE.exec(sentence);
  const order = EXPLICIT_INSTRUCTION.exec(sentence);
  return order === null || (done !== null && done.index < order.index);
}

/**
 * Background told as done before the meeting: the paragraph opens on it, with "đã" before its first order word, and
 * no later sentence gives an order of its own ("Trước đó, các đại biểu đã nghe Bộ Công Thương báo cáo … . Kết luận
 * cuộc họp, Thủ tướng yêu cầu Bộ Công Thương …" is the meeting's order).
 */
function tellsBackground(text: string): boolean {
  if (!BACKGROUND_OPENING.test(text) || !DONE_BEFORE.test(text)) return false;
  const sentences = text.split(/(?<=[.!?…]["”’)\]]*)\s+(?=\p{Lu})/u);
  if (!DONE_BEFORE.test(sentences[0]!) || !toldAsDone(sentences[0]!)) return false;
  return sentences.slice(1).every(toldAsDone);
}

const ENDS_SENTENCE = /[.;!?…:]["”’)\]]*\s*$/u;

// An attribute of an event or plan, not an assignment: "1. Danh nghĩa tổ chức: …", "Địa điểm: …".
const ATTRIBUTE = /^(?:danh nghĩa(?: tổ chức)?|cơ quan chỉ đạo|cơ quan thường trực|thời gian(?: tổ chức| dự kiến)?|địa điểm(?: tổ chức)?|thành phần(?: tham dự)?|chủ đề|quy mô|khẩu hiệu|đối tượng|phạm vi|chính sách \d+|nội dung \d+|kinh phí)\s*:/iu;

// Praise in a conclusion: "… ghi nhận, đánh giá cao Sở … đã hoàn thành tốt nhiệm vụ".
// Not the work ordered: "Tổ chức biểu dương, khen thưởng …" is a task; so is any "biểu dương, khen thưởng" (a
// reward to be given: "xem xét, quyết định biểu dương, khen thưởng những tập thể …").
const PRAISE = wordPattern('(?<!(?:tổ chức|đề xuất|xem xét|kịp thời) )⟨(?:ghi nhận|đánh giá cao|biểu dương(?!\\s*(?:,|và)\\s*khen thưởng)|khen ngợi|hoan nghênh|trân trọng cảm ơn|cảm ơn)⟩', 'iu');

// Saying that work was handed out, without the work: "… giao nhiệm vụ cụ thể cho Ban Chỉ đạo …".
const ASSIGNS_ONLY = wordPattern(`⟨(?:đưa ra|${ASSIGN_VERB}|đề ra|xác định)⟩\\s+(?:các\\s+|những\\s+|một số\\s+)?⟨nhiệm vụ⟩(?:\\s+(?:⟨trọng tâm⟩|⟨cụ thể⟩|⟨chủ yếu⟩))?\\s+(?:⟨cho⟩|⟨đối với⟩)`, 'iu');

// Headings whose items approve or enact rather than assign: "Điều 1. Thông qua …" (with its marker or without).
const ENACTING_HEADING = /^(?:điều\s+\d+\.\s*)?(?:thông qua|phê duyệt|ban hành kèm theo|công nhận)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])/iu;

/**
 * Under an enacting heading, unless a nearer heading is one of tasks: a Quyết định that approves an
 * Đề án written out in its Điều 1 (`Điều 1. Phê duyệt Đề án …` › `IV. NHIỆM VỤ VÀ GIẢI PHÁP`,
 * `VI. TỔ CHỨC THỰC HIỆN` › `1. Bộ Khoa học và Công nghệ:`) assigns the tasks of its plan as a Kế
 * hoạch does; its views, aims, beneficiaries and funding stay info.
 */
function underEnacting(headings: string[]): boolean {
  for (let i = headings.length - 1; i >= 0; i--) {
    if (ENACTING_HEADING.test(headings[i]!)) return true;
    if (PLAN_TASKS_HEADING.test(headings[i]!)) return false;
  }
  return false;
}

// The parts of an approved plan that assign: `IV. NHIỆM VỤ VÀ GIẢI PHÁP`, `V. NHIỆM VỤ`, `VI. GIẢI PHÁP`,
// `VI. TỔ CHỨC THỰC HIỆN`; not the duties of an approved charter (`II. NHIỆM VỤ, QUYỀN HẠN CỦA HỘI`,
// `Chức năng, nhiệm vụ`), which describe a body.
const PLAN_TASKS_HEADING = wordPattern(
  '^(?:[IVX]+\\.|\\d+(?:\\.\\d+)*\\.?)?\\s*(?:các |những )?(?:⟨nhiệm vụ⟩(?!\\s*(?:,|và)\\s*⟨quyền hạn⟩)|⟨giải pháp⟩|⟨tổ chức thực hiện⟩)',
  'iu',
);

// "… kết luận như sau:" | "… thực hiện các nhiệm vụ sau:" | "… cụ thể như sau:"
const INTRO_ONLY = /(?:như sau|sau đây|dưới đây|các nhiệm vụ sau|những nhiệm vụ sau|các nội dung sau|một số nội dung sau|cụ thể|gồm|bao gồm|trong đó)\s*:\s*$/iu;

const TASKS_HEADING = wordPattern(
  '^(?:[IVX]+\\.|\\d+(?:\\.\\d+)*\\.?)?\\s*(?:⟨về⟩\\s+)?(?:các |những )?(?:⟨nhiệm vụ⟩|⟨giải pháp⟩|⟨phương hướng⟩|⟨kiến nghị⟩|⟨đề xuất⟩|⟨tổ chức thực hiện⟩|⟨chỉ đạo⟩|⟨ý kiến chỉ đạo⟩)',
  'iu',
);

// An item that is itself a findings heading with its paragraphs: "1. Những kết quả nổi bật …".
const FINDINGS_TITLE = wordPattern('^(?:những |các )?(?:⟨kết quả⟩|⟨tồn tại⟩|⟨hạn chế⟩|⟨khó khăn⟩|⟨nguyên nhân⟩|⟨tình hình⟩|⟨đánh giá⟩)', 'iu');

/** Under a findings heading, unless a nearer heading is one of tasks. */
function underFindings(headings: string[]): boolean {
  for (let i = headings.length - 1; i >= 0; i--) {
    if (TASKS_HEADING.test(headings[i]!)) return false;
    if (FINDINGS_HEADING.test(headings[i]!)) return true;
  }
  return false;
}

/**
 * A text with letters, no lower-case one and no sentence's end: a title in capitals ("TỔ CHỨC THỰC HIỆN"), not a
 * sentence of a document typed all in capitals ("1. BỘ CÔNG AN BẢO ĐẢM AN NINH TRẬT TỰ.", as old telegrams are).
 */
export function isCapitalTitle(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase() && !/[.;!?…]["”)]*\s*$/u.test(text);
}

// A marker that may open an item or a clause: "- " | "a) " | "2. " | "Điều 3. ".
const ITEM_MARKER = String.raw`(?:[-–+•*]|[a-zđ]\)|\d+(?:\.\d+)*\.|điều\s+\d+\.)`;
// A clause of a closing formula that names an office: "Điều 3. Chánh Văn phòng …" | "Giám đốc các Sở: Tài chính, Xây dựng"
// (the fields of the bodies it names may be directive words: `Xây dựng`, `Vụ Tổ chức cán bộ`).
const OFFICE_OPENING = new RegExp(`^(?:${ITEM_MARKER}\\s*)?(?:phó\\s+)?(?:${OFFICE_TITLES.join('|')})(?![\\p{L}\\p{M}])`, 'iu');

/**
 * The closing words end an item that gives work of its own in the clauses before them: "- Bảo đảm các điều kiện
 * …; nâng cao năng lực … để các cơ quan … thực hiện Kế hoạch này." (the closing formula's own `;` only part the
 * offices it names: "Chánh Văn phòng …; Giám đốc các Sở … chịu trách nhiệm thi hành Quyết định này").
 */
function givesWorkBeforeClosing(text: string): boolean {
  const last = text.lastIndexOf(';', text.length - 3);
  // (the closing words in its last clause: "Trên đây là Kế hoạch …; yêu cầu các Sở …" is all closing)
  if (last <= 0 || !isClosing(text.slice(last + 1).trim())) return false;
  // (a closing formula before it too: "… căn cứ Kết luận này khẩn trương triển khai thực hiện; trong quá trình thực hiện
  // có khó khăn, vướng mắc báo cáo Giám đốc Sở …" is all closing)
  if (isClosing(text.slice(0, last).trim())) return false;
  return withoutBodyNames(text.slice(0, last))
    .split(';')
    .some((clause) => !OFFICE_OPENING.test(clause.trim()) && ordersInClause(clause.trim()));
}

// What may stand before a clause's first word: a marker, or nothing.
const CLAUSE_MARKER = new RegExp(`^${ITEM_MARKER}?\\s*$`, 'iu');

/**
 * A directive word used as a verb: in lower case ("Các sở có trách nhiệm …"), or opening its clause ("Bảo đảm …");
 * a capitalised one inside the clause is a field of a body named ("Văn phòng Tỉnh ủy; Sở Xây dựng; …").
 */
function ordersInClause(clause: string): boolean {
  // (matchAll starts where the shared pattern was left: from the clause's start)
  DIRECTIVE_ALL.lastIndex = 0;
  for (const m of clause.matchAll(DIRECTIVE_ALL)) {
    // (a marker is short: no copy of a long clause's head for each word)
    if (/^\p{Ll}/u.test(m[0]) || (m.index <= 16 && CLAUSE_MARKER.test(clause.slice(0, m.index)))) return true;
  }
  return false;
}

// What may stand before a clause's first word: a marker of an inline list or an opening mark ("(1) Rà soát …", "“Tăng cường …").
const CLAUSE_OPENING = /^(?:[-–+•*]|\(?(?:\d{1,2}|[a-zđ])[.)]|\d+(?:\.\d+)*\.|[“"‘'(]+)?\s*$/iu;
// The words that make the directive word after them a report: "đã giải ngân 62%", "đang triển khai",
// "chưa hoàn thành", "đã cơ bản hoàn thành", "đã được triển khai" (not a bare passive, which may set a rule: "Báo cáo
// được gửi về Sở trước ngày 15/12").
const DONE_RIGHT_BEFORE = /(?<![\p{L}\p{M}])(?:đã|đang|vừa|chưa)(?:\s+(?:được|bị|cơ bản|từng|kịp thời|tích cực))*\s+$/iu;
// An adverb of manner that only opens an order, and the marker or mark before it.
const ORDER_MANNER_FIRST = wordPattern('^⟨(?:tích cực|kiên quyết|cương quyết|tuyệt đối|dứt khoát)⟩\\s', 'iu');
const MARKER_OPENING = /^(?:[-–+•*]|\(?(?:\d{1,2}|[a-zđ])[.)\-–]|\d+(?:\.\d+)*\.|[“"‘'(]+)?\s*/iu;
// … and the words joined to a word so told: "đã triển khai thực hiện", "đã rà soát, kiểm tra và bàn giao".
const JOINED = /^(?:\s*,\s*|\s+và\s+|\s+)$/u;
// A directive word as a noun: "việc triển khai", "công tác tuyên truyền", "tổng mức đầu tư".
const NOUN_RIGHT_BEFORE = /(?<![\p{L}\p{M}])(?:việc|công tác|hoạt động|sự|kết quả|tiến độ|tỷ lệ|chương trình|kế hoạch)\s+$/iu;

// The head of a body's name a few words before a capitalised directive word, which is then a field of that name:
// "Sở Xây dựng", "Ban Tổ chức Tỉnh ủy", "Sở Giáo dục và Đào tạo", "Trung tâm Kiểm soát bệnh tật" (not a title run into
// its paragraph: "3. Dự án đường ven biển tại thành phố Hội An Tập trung giải phóng mặt bằng.").
const NAME_HEAD_BEFORE = /(?<![\p{L}\p{M}])(?:Sở|Ban|Bộ|Phòng|Vụ|Cục|Chi cục|Tổng cục|Viện|Học viện|Trung tâm|Văn phòng|Ủy ban|Uỷ ban|Hội đồng|Trường|Quỹ)(?:\s+[^\s,.;:]+){0,4}?\s+$/u;
// The directive words that are fields of bodies' names (not a verb that opens an order after a name, as a table's unit
// column run into its task column writes it: "1. Sở Y tế Theo dõi chặt chẽ tình hình dịch bệnh.").
const NAME_FIELD = /^(?:xây dựng|tổ chức|đào tạo|kiểm soát|quản lý|thanh tra|giám sát|kiểm tra|chỉ đạo|điều tra|bồi dưỡng|đổi mới|ứng dụng|hỗ trợ|phổ biến|tuyên truyền|nghiên cứu|chuyển giao|thẩm định|tiếp nhận|cải cách)$/iu;
// A word told as done in a relative clause of an object, after the verb or preposition that governs it, not of the
// clause's subject: "Tháo gỡ khó khăn cho các dự án đang triển khai" | "Nhân rộng các mô hình đã triển khai hiệu quả"
// (not a subject after a connective or an existential: "còn 7 dự án chưa giải ngân", "và các huyện đã hoàn thành").
const OBJECT_TOLD_DONE =
  /(?<![\p{L}\p{M}])(?!(?:còn|có|là|và|hoặc|nhưng|nay|đó)\s)[\p{L}\p{M}]+\s+(?:các|những|mọi)\s+(?:[^\s,.;:]+\s+){1,3}?(?:đã|đang|vừa|chưa)(?:\s+(?:được|bị|cơ bản))*\s+$/iu;

/**
 * A text that gives no order: no explicit word of one, and every directive word is told as done or under way
 * ("… đã giải ngân 62%"), a noun ("việc triển khai"), or a field in a body's name, capitalised inside its clause
 * ("Sở Xây dựng trực thuộc UBND tỉnh có 5 phòng"); a text typed in capitals has no names to tell.
 */
export function statesFactsOnly(text: string): boolean {
  if (EXPLICIT_INSTRUCTION.test(text) || ASKS_FOR_WORK.test(text)) return false;
  const capitals = text === text.toUpperCase();
  return text.split(/[.!?;:]\s+|[;:]/u).every((raw) => {
    const clause = withoutConnective(raw.trim());
    // (an adverb of manner opens an imperative whose verb may be outside the directive words, the done word then
    // telling of its object: "11. Kiên quyết điều chuyển vốn của các dự án đã giải ngân thấp.")
    if (ORDER_MANNER_FIRST.test(clause.replace(MARKER_OPENING, ''))) return false;
    let doneEnd = -1;
    let passive = false;
    // (matchAll starts where the shared pattern was left: from the clause's start)
    DIRECTIVE_ALL.lastIndex = 0;
    for (const m of clause.matchAll(DIRECTIVE_ALL)) {
      const before = clause.slice(0, m.index);
      // (the first word of its clause is a verb in the imperative: "Tổ chức thi công …", "(1) Rà soát …")
      if (CLAUSE_OPENING.test(before)) return false;
      // (or any such word after the dash of a joint field: "Phòng Hành chính - Tổng hợp", "Phòng Kế hoạch - Tài chính")
      const afterDash = /\s[-–]\s*$/u.test(before);
      if (!capitals && /^\p{Lu}/u.test(m[0]) && (NAME_FIELD.test(m[0]) || afterDash) && NAME_HEAD_BEFORE.test(before.slice(-60))) continue;
      // (a passive goes on over a comma with a subject of its own: "đã được phê duyệt, tổ chức thi công ngay …")
      const gap = doneEnd >= 0 ? clause.slice(doneEnd, m.index) : null;
      const direct = DONE_RIGHT_BEFORE.test(before.slice(-40));
      if (direct && OBJECT_TOLD_DONE.test(before.slice(-80))) return false;
      // (nor a strong order verb after a comma: "… việc kiểm tra chưa quyết liệt, khẩn trương rà soát …" gives an order)
      const ordersAfterComma = gap !== null && gap.includes(',') && ORDER_OPENING.test(clause.slice(m.index));
      const done = direct || (gap !== null && JOINED.test(gap) && !(passive && gap.includes(',')) && !ordersAfterComma);
      if (!done && !NOUN_RIGHT_BEFORE.test(before.slice(-30))) return false;
      if (direct) passive = /(?:được|bị)\s+$/u.test(before);
      doneEnd = done ? m.index + m[0].length : -1;
    }
    return true;
  });
}

// Work told as done or under way, and a passive, whose clause may be followed by an order to another.
const DONE_WORD = /(?<![\p{L}\p{M}])(?:đã|đang|vừa)(?![\p{L}\p{M}])/iu;
const PASSIVE_DONE = /(?<![\p{L}\p{M}])(?:đã|vừa)\s+(?:được|bị)(?![\p{L}\p{M}])/iu;

/**
 * A report that only sets the scene for an order in a clause after it: "3. Các dự án đã giải ngân thấp, UBND các
 * huyện tập trung …" | "Năm 2024, Sở đã tổ chức 3 đợt kiểm tra; năm 2025, tiếp tục …" | "Dự án đã được phê duyệt,
 * tổ chức thi công ngay …". After an active `đã`, a clause that opens on a verb goes on with the list of work done
 * ("Sở đã rà soát, kiểm tra 20 cơ sở"); a named subject that acts gives an order of its own.
 */
function ordersAfterReport(text: string): boolean {
  return text.split(/[.!?;:]\s+|[;:]/u).some((sentence) => {
    const parts = sentence.split(',').map((p) => withoutConnective(p.trim()).replace(OPENING_MARKS, ''));
    let done = false;
    let passive = false;
    // (the words told as done: a next subject with the same verb goes on with the report, its `đã` left out: "Sở Xây
    // dựng đã kiểm tra 20 công trình, Sở Giao thông vận tải kiểm tra 15 công trình")
    const doneWords = new Set<string>();
    for (const part of parts) {
      const subject = PLURAL_OPENING.test(part) ? PLURAL_SUBJECT_ORDERS.exec(part) : SUBJECT_ORDERS.exec(part);
      const own = subject !== null && !NOT_A_SUBJECT.test(subject[0]) && !(done && doneWords.has(lastDirectiveWord(subject[0])) && !TIME_LIMIT.test(part));
      if (own || (opensOnVerb(part) && (!done || passive))) return true;
      if (DONE_WORD.test(part)) {
        done = true;
        passive = PASSIVE_DONE.test(part);
        DIRECTIVE_ALL.lastIndex = 0;
        for (const m of part.matchAll(DIRECTIVE_ALL)) doneWords.add(m[0].toLowerCase());
      }
    }
    return false;
  });
}

// A time limit, which makes the same verb an order ("…, Sở Công Thương kiểm tra các chợ trước ngày 30/6/2025").
const TIME_LIMIT = /(?<![\p{L}\p{M}])(?:trước|chậm nhất|xong|hoàn thành)\s+(?:ngày|tháng|quý|năm)(?![\p{L}\p{M}])/iu;

/** The last directive word of a text, in lower case ('' when none). */
function lastDirectiveWord(text: string): string {
  let last = '';
  DIRECTIVE_ALL.lastIndex = 0;
  for (const m of text.matchAll(DIRECTIVE_ALL)) last = m[0].toLowerCase();
  return last;
}

/** Words of a text whose whitespace is collapsed: its spaces, plus one. */
function wordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

// A line that names who acts on the item or when it is due ("Đơn vị chủ trì: Phòng Kế hoạch - Tài chính." |
// "Thời gian hoàn thành: Quý II/2025"): labelled lines are part of the item they follow (eval README), and they make it
// a task whatever its verb ("- Đánh giá, xếp hạng mức độ chuyển đổi số …" reads like a findings title otherwise). Not
// "Thời gian: …", "Địa điểm: …" (an event's particulars), nor a unit that only works with others ("Đơn vị phối hợp:").
const ASSIGNMENT_LABEL = /(?:^|\n|[.;]\s+)\s*(?:[-–+•*]\s*)?(?:(?:cơ quan|đơn vị)\s+(?:chủ trì|thực hiện|chịu trách nhiệm)|thời (?:gian|hạn) hoàn thành)\s*:/iu;

// Where a plan's money comes from, said of the money as the subject, with no one told to act: "Kinh phí thực hiện Kế
// hoạch từ nguồn ngân sách nhà nước …" | "Kinh phí thực hiện do ngân sách tỉnh bảo đảm." (an optional section title in
// capitals, with its number, before it: "III. KINH PHÍ THỰC HIỆN Kinh phí …"). Not an order about the money: "Chủ động cân đối, bố trí kinh
// phí …" | "Sở Tài chính tham mưu bố trí kinh phí …".
const FUNDING_SOURCE = /^(?:[\p{Lu}\p{N}\s,.]+\s)?(?:Nguồn\s+)?[Kk]inh phí(?:\s+(?:để\s+)?(?:thực hiện|triển khai|tổ chức)(?:\s+[^\s,.;:]+){0,4}?)?\s+(?:(?:được\s+)?(?:bố trí|bảo đảm|đảm bảo|cấp|sử dụng|lấy|trích|chi|huy động)\s+)?(?:từ|do|bằng|là|gồm)(?![\p{L}\p{M}])/u;

/** The item only says where the money comes from: its first clause is a statement of source, and no clause after it gives work. */
function statesFundingOnly(text: string): boolean {
  if (!FUNDING_SOURCE.test(text)) return false;
  // (the budget given to a body is where the money is, not an order: "… từ nguồn ngân sách nhà nước giao cho Sở")
  const [first = '', ...rest] = text.replace(BUDGET_GIVEN, '').split(/;\s*|[.!?]\s+(?=\p{Lu})/u);
  if (EXPLICIT_INSTRUCTION.test(first) || BODY_ACTS_ON_FUNDS.test(first)) return false;
  // (a body told to act after a comma: "…, các đơn vị chủ động lập dự toán …" | "…, UBND các huyện bố trí …"; not the
  // money's own particulars: "…, trong đó ngân sách tỉnh bảo đảm 60%")
  if (first.split(/,\s+/u).slice(1).some((c) => BODY_FIRST.test(c) && DIRECTIVE.test(c))) return false;
  return rest.every((c) => FUNDING_SOURCE.test(c.trim()) || !DIRECTIVE.test(c));
}
// (not "… ngân sách tỉnh và giao Sở Tài chính cân đối": the giao there gives work)
const BUDGET_GIVEN = /(?<![\p{L}\p{M}])(?:ngân sách|dự toán)(?:\s+(?!và\s)[^\s,.;:]+){0,4}?\s+(?:đã\s+|được\s+)?giao(?:\s+cho)?(?![\p{L}\p{M}])/giu;
// A named body as the agent of the money's source that is told to do more than give it: "Kinh phí thực hiện do Sở Tài
// chính tham mưu UBND tỉnh bố trí …" (not "do ngân sách tỉnh bảo đảm", "do các đơn vị tự bảo đảm", "do Quỹ … ứng trước").
const BODY_ACTS_ON_FUNDS = wordPattern(
  `⟨do⟩\\s+\\p{Lu}[^,.;:]*?⟨(?!(?:bảo đảm|đảm bảo|cấp|bố trí|chi|chi trả|hỗ trợ|huy động)(?![\\p{L}\\p{M}]))${DIRECTIVE_WORDS}⟩`,
  'u',
);
// A clause that opens with a body, named ("Sở …", "UBND các huyện") or a class ("các đơn vị", "các sở, ngành").
const BODY_FIRST = /^(?:và\s+)?(?:\p{Lu}|các\s+(?:cơ quan|đơn vị|sở|ban|ngành|địa phương|huyện|xã|chủ đầu tư|doanh nghiệp)(?![\p{L}\p{M}]))/u;

/**
 * Says whether an item is a task or info.
 * @example classifyItem({text: '(1) Tham mưu UBND tỉnh ban hành Kế hoạch …'}, {headings: ['Phòng Quản lý Khoa học'], news: false, inConclusion: false, marker: '(1)'}) → 'task'
 */
export function classifyItem(unit: TextUnit, ctx: ItemKindContext): ItemKind {
  const full = withoutBodyNames(collapseWhitespace(unit.text));
  const text = ctx.marker && full.startsWith(ctx.marker) ? full.slice(ctx.marker.length).trim() : full;
  if (ctx.headings.some((h) => AIMS_HEADING.test(h))) return 'info';
  if (underFindings(ctx.headings)) return 'info';
  if (!ctx.news && ASSIGNMENT_LABEL.test(unit.text)) return 'task';
  if (statesFundingOnly(text)) return 'info';
  // "1. Những kết quả nổi bật" with its paragraphs under it, as one item.
  if (FINDINGS_TITLE.test(text)) return 'info';
  if (isClosing(text) && !givesWorkBeforeClosing(text)) return 'info';
  const words = wordCount(text);
  if (words < 4) return 'info';
  // A section title left alone (its paragraph a closing formula, or nothing under it): "TỔ CHỨC THỰC HIỆN" reads
  // as an order but is a heading in capitals.
  if (words <= 15 && isCapitalTitle(text)) return 'info';
  const intro = !ctx.ownHeading;
  // (a purpose clause before it is no order either, however long)
  if (intro && INTRO_ONLY.test(text) && (words <= 30 || (words <= 120 && (PURPOSE_FIRST.test(text) || (GROUND_FIRST.test(text) && SPEAKS_AS_FOLLOWS.test(text)))))) return 'info';
  if (BARE_ORDER_INTRO.test(text) && words <= 60 && !EXPLICIT_INSTRUCTION.test(text.replace(BARE_ORDER_VERB, ''))) return 'info';
  if (/^(?:[^\s]+\s+){0,12}(?:kết luận|chỉ đạo|phát biểu|nêu rõ)\s+(?:như sau|một số nội dung)?\s*:\s*$/iu.test(text)) return 'info';
  // (the order after the ground counts unless it opens a list: "…, Chủ tịch UBND tỉnh yêu cầu Giám đốc các Sở … thực
  // hiện tốt một số nội dung sau:")
  if (!ctx.marker && PREAMBLE.test(text) && !(ORDER_AFTER_GROUND.test(text) && !/:\s*$/u.test(text))) return 'info';
  // (nor are the words that open the list after it: "… Bộ trưởng chỉ đạo như sau:"; nor the chair named, with what it
  // chaired or alone at its clause's end: "…; đồng chí X, Bí thư Tỉnh ủy chủ trì. Sau khi thảo luận, …")
  if (!ctx.marker && DATED_OPENING.test(text) && !EXPLICIT_INSTRUCTION.test(text.replace(CHAIR_NAMED, '').replace(SPEAKS_AS_FOLLOWS, ''))) return 'info';
  if (ATTRIBUTE.test(text)) return 'info';
  if (underEnacting(ctx.headings)) return 'info';
  // The enacting article as an item of its own: "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động …"
  // (not one that also gives work: "Điều 1. Phê duyệt Đề án …; giao Sở Văn hóa tổ chức thực hiện …").
  if (/^điều\s+\d+\./iu.test(full) && ENACTING_HEADING.test(full) && !EXPLICIT_INSTRUCTION.test(full)) return 'info';
  if (intro && text.endsWith(':') && words <= 40) return 'info';
  if (words <= 30 && ASSIGNS_ONLY.test(text)) return 'info';
  if (PRAISE.test(text) && onlyPraises(unit)) return 'info';
  // A report the intro told of ("1. Bộ Tài chính báo cáo về tiếp thu, giải trình …"), unless it gives an order itself.
  if (ctx.underReport && !EXPLICIT_INSTRUCTION.test(text)) return 'info';
  if (!DIRECTIVE.test(text) && (ctx.news || !unitWorks(text))) return 'info';
  // A statement of fact, numbered or not, in an official document: "1. Dự án có tổng mức đầu tư 1.250 tỷ đồng, đã
  // giải ngân 62%." | "2. Sở Xây dựng trực thuộc UBND tỉnh có 5 phòng." (its directive words are done or a name's).
  if (!ctx.news && statesFactsOnly(text) && !unitWorks(text)) return 'info';
  // "1. Ban Thường vụ Tỉnh ủy cơ bản đồng ý với báo cáo. Sau 4 năm …": the conclusion's assessment of the report it
  // heard, marked or not, gives no work unless it says who must act
  if (APPROVES_REPORT.test(text) && !EXPLICIT_INSTRUCTION.test(text)) return 'info';
  if (GRANTS_PERMISSION.test(text) && !EXPLICIT_INSTRUCTION.test(text) && !ORDER_AFTER_PERMISSION.test(text)) return 'info';
  if (ctx.news) {
    // Headlines, subheadings and the source-tagged lead are the page's, not the conclusions'.
    if (!ctx.marker && ((!ENDS_SENTENCE.test(text) && isHeadline(text, words)) || NEWS_SAPO.test(text))) return 'info';
    if (!ctx.inConclusion && !leaderSpeaks(text) && !(ctx.headlineOrders && relaysOrder(text))) return 'info';
    // Before the turn to the conclusions, another speaker's requests are the discussion, not the conclusions'
    // tasks ("Phát biểu tại buổi làm việc, Phó Bí thư Thường trực Tỉnh ủy … đề nghị …"); the concluder's own stay.
    if (!ctx.inConclusion && ctx.concluderAhead && !spokenBy(text, ctx.concluderAhead)) return 'info';
    if (!ctx.marker && (SOURCE_ACCOUNT.test(text) || ILLUSTRATION.test(text)) && !leaderSpeaks(text)) return 'info';
    if (!ctx.marker && (tellsBackground(text) || PAPER_PROMISES.test(text))) return 'info';
    // A speaker's words that only open the ordinal paragraphs after them ("… yêu cầu các bộ, ngành, địa phương
    // phải tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:" › "Thứ nhất, …"): each of those is the task, and
    // takes its actor from here; however long the opening.
    if (!ctx.marker && intro && OPENS_NEWS_LIST.test(text) && words <= 90 && asksOnlyForList(text)) return 'info';
    // In the conclusions too, a paragraph without an instruction tells results or a view: "Toàn ngành tiếp tục duy
    // trì 9 nhóm mặt hàng có kim ngạch trên 1 tỷ USD" | "Theo Thủ tướng, nông nghiệp bảo đảm an ninh lương thực …".
    if (!ctx.marker && !instructs(text)) return 'info';
  }
  // (a numbered or bulleted paragraph of a news page is a list of its own, where `cho biết` has an object)
  // (in a numbered item of an official document, the report may only set the scene for an order in a clause after it:
  // "3. Các dự án đã giải ngân thấp, UBND các huyện tập trung đẩy nhanh tiến độ.")
  if (reports(text, ctx.news && !ctx.marker) && !EXPLICIT_INSTRUCTION.test(text) && (ctx.news || !ctx.marker || !ordersAfterReport(text))) return 'info';
  if (!ctx.marker && (PURPOSE_ONLY.test(text) || DOCUMENT_DESCRIBED.test(text)) && !EXPLICIT_INSTRUCTION.test(text)) return 'info';
  // "Ngày 10/7 … đã xảy ra vụ đuối nước … Để …, Thủ tướng Chính phủ yêu cầu:" | "… Thủ tướng đã gửi lời thăm
  // hỏi …; đồng thời chỉ đạo Bộ Công an …": a report of events, or of orders already given, and the words
  // that open the list after it.
  if (!ctx.marker && onlyReports(unit, intro, text, ctx.news)) return 'info';
  if (!ctx.marker && onlyAssesses(unit, text)) return 'info';
  return 'task';
}

// What a paragraph says of a situation, of shortcomings, or of the cases that illustrate them: "… vẫn còn tồn tại,
// hạn chế, chưa tạo được …" | "Tình trạng … vẫn diễn biến phức tạp" | "… thiếu tinh thần trách nhiệm, yếu về
// chuyên môn" | "Trong đó, có nhiều vụ việc nổi bật như …".
const ASSESSES = wordPattern(
  '⟨(?:vẫn còn|còn (?:nhiều|tồn tại|hạn chế|bất cập|sơ hở|chậm|thấp|khó khăn|vướng mắc|chồng chéo|thiếu|yếu)|vẫn (?:diễn biến|diễn ra|tiếp diễn|xảy ra|chưa|được)|diễn biến phức tạp|chưa (?:(?:thực sự|thật sự) )?(?:cao|tạo được|đáp ứng|đồng bộ|triệt để|quyết liệt|hiệu quả|kịp thời|giải quyết)|thiếu tinh thần|yếu về|tồn tại, hạn chế|hạn chế, bất cập|nổi bật như|điển hình như|điển hình là)⟩',
  'iu',
);
// A directive word used as a noun or a passive before the assessment: "việc triển khai …", "chính sách quản lý …",
// "vai trò lãnh đạo, chỉ đạo …".
const NOMINAL_BEFORE = /(?:việc|công tác|hoạt động|sự|tình trạng|chính sách|các|những|được|đã|của|trong|về|vai trò|lãnh đạo,)\s+$/iu;

/**
 * Every sentence that holds a directive word assesses (a situation, shortcomings, the cases that illustrate
 * them) and has no order before its assessment: the directive words before it are nouns ("việc triển khai …
 * vẫn còn tồn tại"), not the verb of a subject ("Sở Y tế rà soát các cơ sở chưa …" is an order).
 */
function onlyAssesses(unit: TextUnit, text: string): boolean {
  if (!ASSESSES.test(text) || EXPLICIT_INSTRUCTION.test(text) || opensOnVerb(withoutConnective(text))) return false;
  return segmentSentences(unit).every((s) => {
    const t = withoutBodyNames(s.text);
    if (!DIRECTIVE.test(t)) return true;
    const at = ASSESSES.exec(t);
    if (!at) return false;
    DIRECTIVE_ALL.lastIndex = 0;
    for (let m = DIRECTIVE_ALL.exec(t); m && m.index < at.index; m = DIRECTIVE_ALL.exec(t)) {
      if (!NOMINAL_BEFORE.test(t.slice(Math.max(0, m.index - 20), m.index))) return false;
    }
    // The assessment may only set the scene for an order in the clauses after it: "Đối với các xã còn nhiều
    // khó khăn, tăng cường hỗ trợ …" | "Tình trạng … vẫn diễn biến phức tạp, Công an tỉnh chủ động kiểm tra …".
    // (not a verb that goes on with the list of a lack or of a noun before it: "… thiếu quan tâm, kiểm tra, đôn đốc …" |
    // "… né tránh trong việc xác định trách nhiệm, xử lý cán bộ …")
    let inList = false;
    for (const clause of t.slice(at.index + at[0].length).split(/(?<=[,;:])/u)) {
      const c = clause.trim();
      const onVerb = opensOnVerb(c);
      if (SUBJECT_ORDERS.test(c) || (onVerb && (!inList || ORDER_OPENING.test(c)))) return false;
      inList = c.endsWith(',') && (opensListOfWork(c) || (inList && onVerb));
    }
    return true;
  });
}
// A directive word as the object of a lack or a noun: "thiếu quan tâm" | "chưa kiểm tra" | "việc xác định".
const LACK_OR_NOUN_OF_WORK = wordPattern(`⟨(?:thiếu|chưa|không|việc|công tác|sự)⟩\\s+⟨${DIRECTIVE_WORDS}⟩`, 'iu');
// A verb no list of a lack goes on with, that opens the order after it: "… không kiểm tra, xử lý kịp thời, chấn chỉnh
// ngay tình trạng này" | "…, tăng cường kiểm tra …" | "…, khẩn trương rà soát …".
const ORDER_OPENING = wordPattern(
  '^(?:⟨(?:khẩn trương|tăng cường|tập trung|kiên quyết|chấn chỉnh|đẩy mạnh|đẩy nhanh)⟩|\\S+(?:\\s+\\S+)?\\s+⟨ngay⟩)',
  'iu',
);
// An assessment of its own after the noun of work: "việc kiểm tra chưa quyết liệt" | "công tác kiểm tra còn buông lỏng".
const OWN_ASSESSMENT = wordPattern('⟨(?:chưa|còn|vẫn|không|thiếu|yếu|buông lỏng)⟩', 'iu');

/**
 * Whether a clause ends on a lack or a noun of work whose list the next clause may go on with ("có nơi thiếu quan
 * tâm," › "kiểm tra, đôn đốc …"); not a clause that says its own assessment of that work ("việc kiểm tra chưa
 * quyết liệt," › "khẩn trương rà soát …" is the order).
 */
function opensListOfWork(clause: string): boolean {
  const m = LACK_OR_NOUN_OF_WORK.exec(clause);
  return !!m && !OWN_ASSESSMENT.test(clause.slice(m.index + m[0].length));
}

// A clause whose named subject acts: "UBND huyện Sơn Tịnh tập trung tháo gỡ …" (a capital, then a directive word
// within a name's length; two names joined by "và": "Tập đoàn Dầu khí Việt Nam và Tập đoàn Công nghiệp Than -
// Khoáng sản Việt Nam bảo đảm cung cấp đủ khí, than …").
const SUBJECT_ORDERS = wordPattern(`^\\p{Lu}\\S*(?:\\s+\\S+){0,8}?(?:\\s+và\\s+\\p{Lu}\\S*(?:\\s+\\S+){0,12}?)?\\s+⟨${DIRECTIVE_WORDS}⟩`, 'u');

// A named unit that opens an item of an official document, and a verb of its work outside the directive words: "b) Sở
// Tài chính cân đối vốn." | "Công an tỉnh trực 24/24 …" | "Sở Y tế giữ vững …" (the subject is a unit by its head,
// in capitals; a report of it, "Sở Y tế đã …", "… đạt …", "… có …", "… là …", is told by `reports` or by its heading; not the
// verbs of telling, "Trung tâm Dự báo … dự báo, bão số 3 …", "Văn phòng UBND tỉnh thông báo kết luận …").
const UNIT_SUBJECT = '(?:Sở|Bộ|Ban|Báo|Đài|Cục|Chi cục|Tổng cục|Công an|Cảng vụ|Kho bạc|Thanh tra|Ngân hàng|Văn phòng|Trung tâm|Viện|Bệnh viện|Quỹ|Liên đoàn|Tỉnh đoàn|Mặt trận|Ủy ban|Uỷ ban|UBND|Tập đoàn|Tổng công ty|Bộ Chỉ huy|Bộ đội|Điện lực|Hội đồng)';
const WORK_VERBS =
  '(?:cân đối|thẩm tra|giữ vững|giữ gìn|phân bổ|bảo vệ|cung cấp|hoàn chỉnh|thực thi|cấp phát|nắm bắt|làm rõ|làm việc với|phê duyệt|chi trả|tuân thủ|lồng ghép|tổng kết|sơ kết|phát động|tiến hành|khôi phục|ứng phó|tuần tra|trực ban|ứng trực|canh gác|phân loại|nâng cấp|sửa chữa|cải tạo|mở rộng|tích hợp|chia sẻ|kiểm định|kiểm kê|bàn giao|hoàn tất|điều phối|điều tiết|điều động|bắt giữ|tiêu hủy|tiêm phòng|khử trùng|truy quét|ký kết|đàm phán|quyết toán|trực(?=\\s+(?:\\d|ban|chiến|sẵn sàng|nghiêm|thường xuyên|24)))';
// (no word of report in the name's place: "Sở Y tế có 12 cơ sở …", "… được phân bổ …")
const UNIT_WORKS = wordPattern(`^${UNIT_SUBJECT}\\s(?:(?!⟨(?:đã|đạt|có|là|vừa|đang|được|bị)⟩)[^\\s,.;:]+\\s+){0,8}?⟨${WORK_VERBS}⟩`, 'u');
// A fronted time before the unit that works: "Cuối năm 2025, Sở Nội vụ tổng kết …" | "Hằng năm, Sở Nội vụ sơ kết …".
const FRONTED_TIME = wordPattern('^(?:⟨(?:trong|cuối|đầu|giữa|năm|hằng|hàng|định kỳ|từ|đến|trước|sau|quý|tháng|ngày)⟩)[^,;:.]{0,40},\\s*', 'iu');

/** A unit as the subject of a verb of work, at the text's start or after a fronted time. */
function unitWorks(text: string): boolean {
  return UNIT_WORKS.test(text) || (FRONTED_TIME.test(text) && UNIT_WORKS.test(text.replace(FRONTED_TIME, '')));
}

// A leader's word that asks for work, beside the explicit ones: "Phó Thủ tướng lưu ý các địa phương …"; work
// allowed or advised: "… có thể xem xét cấp Giấy chứng nhận".
const ASKS_FOR_WORK = wordPattern(
  `(?<!${NOT_SPOKEN} )⟨(?:lưu ý|quán triệt|đặt hàng|mong muốn|nhắc nhở|kêu gọi)⟩|⟨(?:có thể|nên)⟩\\s+⟨${DIRECTIVE_WORDS}⟩`,
  'iu',
);
// Where a clause starts: after a sentence's end, a semicolon or a colon; an imperative may also follow a comma.
const CLAUSE_BREAK = /[.!?]\s+|[;:]\s*/u;
// Bodies that act, as a plural subject names them: "các sở, ngành chủ động …" (not "Các mặt hàng … tiếp tục có mặt").
const ACTING_BODIES = '(?:bộ|sở|ngành|cấp|địa phương|đơn vị|cơ quan|lực lượng|doanh nghiệp|tổ chức|đoàn thể|hội|hiệp hội|tỉnh|huyện|xã|phòng|ban|chi cục|cục|ngân hàng)';
const DONE_OR_UNDER_WAY = wordPattern('⟨(?:đã|vừa|đang)⟩', 'iu');
const PLURAL_OPENING = /^(?:các|những)\s/iu;
const PLURAL_SUBJECT_ORDERS = wordPattern(`^(?:⟨các⟩|⟨những⟩)\\s+⟨${ACTING_BODIES}⟩[^.;:]{0,60}?\\s⟨${DIRECTIVE_WORDS}⟩`, 'iu');
// What keeps the words before a directive word from being its subject: work done or under way ("Ngân hàng … cũng đã
// chủ động cử …"), a speaker's own verb ("Phó Thủ tướng nhấn mạnh điều này khi giải trình …", "Phát biểu chỉ đạo …").
const NOT_A_SUBJECT = wordPattern(
  `⟨(?:đã|vừa|đang)⟩|⟨(?:nhấn mạnh|cho biết|khẳng định|chỉ rõ|nêu rõ|nhắc tới|đề cập|đánh giá|cho rằng|nhận định|phát biểu)⟩(?!\\s*[,:])`,
  'iu',
);
// … or a fronted phrase or a clause of its own before it ("Theo Thủ tướng, trong đại dịch, nông nghiệp bảo đảm …", but
// "các sở, ngành …", "Bộ Tài chính, Bộ Công an …"; without the `i` flag, where `\p{Lu}` is a capital only).
const CLAUSE_OF_ITS_OWN = wordPattern(`,(?!\\s*(?:\\p{Lu}|⟨(?:các|${ACTING_BODIES})⟩))`, 'u');
// An ordinal that opens an item of a list told in prose: "Thứ hai là thực hiện …" | "Một là, …".
const ORDINAL_OPENING = /^(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+là)(?![\p{L}\p{M}])/iu;
// An adverb of manner that opens an imperative whatever its verb: "Tích cực hợp tác với các lực lượng chức năng …".
const MANNER_FIRST = wordPattern('^⟨(?:tích cực|kiên quyết)⟩\\s', 'iu');
// The verbs of a speaker telling or assessing, after which the clause gives his words.
const SPEECH_VERB = wordPattern('⟨(?:nhấn mạnh|đánh giá|cho biết|cho rằng|khẳng định|chỉ rõ|nêu rõ|chỉ ra|lưu ý|kết luận)⟩', 'giu');

/** Where the last speech verb of a clause ends, or 0 when there is none. */
function lastSpeechVerbEnd(clause: string): number {
  let end = 0;
  SPEECH_VERB.lastIndex = 0;
  for (let m = SPEECH_VERB.exec(clause); m; m = SPEECH_VERB.exec(clause)) end = m.index + m[0].length;
  return end;
}

// A figure set against a past one, the mark of results told: "… đạt 10,4 tỷ USD, tăng 6,5% so với năm 2019" |
// "… tăng 12% so với cùng kỳ".
const COMPARED_WITH_PAST = wordPattern('⟨so với⟩\\s+(?:⟨cùng kỳ⟩|⟨năm\\s+(?:trước|ngoái|\\d{4})⟩|⟨kỳ trước⟩)', 'iu');
// How far into a clause its subject and verb, or its imperative, are looked for.
const CLAUSE_WINDOW = 240;
// Quotation marks and brackets before a clause's first word: Phó Thủ tướng nhấn mạnh: “Kiểm soát chặt …”.
const OPENING_MARKS = /^[“"‘'(]+\s*/u;

/**
 * A paragraph of the conclusions that gives an instruction: an item of a list told in prose ("Thứ tư, …"), an
 * explicit word of one, a leader's word asking for work, or a clause in the imperative ("…; chủ động xúc tiến …",
 * "Tuyệt đối không điều khiển …") or whose named subject acts ("Bộ Tài chính xây dựng …").
 */
function instructs(full: string): boolean {
  const text = withoutWorkInNames(full);
  if (ORDINAL_OPENING.test(text) || EXPLICIT_INSTRUCTION.test(text) || ASKS_FOR_WORK.test(text)) return true;
  if (COMPARED_WITH_PAST.test(text)) return false;
  return text.split(CLAUSE_BREAK).some((clause) => {
    const t = withoutConnective(clause.trim().replace(OPENING_MARKS, ''));
    const done = DONE_OR_UNDER_WAY.test(t);
    const speaks = lastSpeechVerbEnd(t);
    // The subject or the imperative may follow a fronted phrase: "Đối với các dự án chậm tiến độ, UBND huyện tập trung …"
    // (an imperative after a comma only where the clause tells nothing done, "… đã cử đoàn đến thăm hỏi, hỗ trợ …", and
    // after the speaker's verb: "Phát biểu tại Hội nghị tổng kết năm 2020, triển khai kế hoạch năm 2021, Thủ tướng
    // đánh giá, …" names the meeting).
    for (let at = 0, first = true; at >= 0; at = t.indexOf(',', at + 1), first = false) {
      // (the patterns are anchored and short: a bounded window keeps a long clause with many commas linear)
      const rest = t.slice(first ? 0 : at + 1, (first ? 0 : at + 1) + CLAUSE_WINDOW).trimStart().replace(OPENING_MARKS, '');
      const subject = PLURAL_OPENING.test(rest) ? PLURAL_SUBJECT_ORDERS.exec(rest) : SUBJECT_ORDERS.exec(rest);
      if (subject && !NOT_A_SUBJECT.test(subject[0]) && !CLAUSE_OF_ITS_OWN.test(subject[0])) return true;
      if ((first || (!done && at >= speaks)) && (RELAYED_ORDER.test(rest) || MANNER_FIRST.test(rest))) return true;
    }
    return false;
  });
}

// The end of a news paragraph that opens a list of what must be done: "… thực hiện tốt các nhiệm vụ trọng tâm sau:" |
// "… một số nhiệm vụ trọng tâm:" | "… như sau:" (not a speaker who opens his quote: "Phó Thủ tướng nhấn mạnh:").
const OPENS_NEWS_LIST = wordPattern(
  '(?:⟨(?:các|những|một số|mấy|\\d+)⟩\\s+(?:⟨nhóm⟩\\s+)?⟨(?:nhiệm vụ|giải pháp|nội dung|việc|vấn đề|yêu cầu|định hướng)⟩(?:\\s+[^\\s,.;:]+){0,4}?|⟨(?:như sau|sau đây)⟩)\\s*:\\s*$',
  'iu',
);

// The speaker's ask (the last one) and the generic verbs that only lead to the list's work: "yêu cầu các bộ, ngành phải
// tập trung thực hiện tốt …" | "đề nghị … tập trung triển khai …".
const LIST_ASK = wordPattern('⟨(?:yêu cầu|đề nghị|chỉ đạo|giao)⟩', 'giu');
const LEADS_TO_LIST = /^(?:phải|cần|tập trung|thực hiện|triển khai|tổ chức|tiếp tục|quan tâm|ưu tiên|chú trọng)$/iu;

/**
 * Whether an opening that ends on a list asks for nothing but that list: not an order with its own work (and deadline)
 * that ends on a list of what it must cover ("… giao Bộ Xây dựng chủ trì rà soát, sửa đổi Nghị định …, trình Chính
 * phủ trước ngày 30/9; đồng thời …, tập trung vào các nhóm vấn đề sau:" is a task).
 */
function asksOnlyForList(text: string): boolean {
  let from = 0;
  for (const m of text.matchAll(LIST_ASK)) from = m.index + m[0].length;
  const ask = text.slice(from);
  if (ask.includes(';')) return false;
  DIRECTIVE_ALL.lastIndex = 0;
  return [...ask.matchAll(DIRECTIVE_ALL)].every((m) => LEADS_TO_LIST.test(m[0]));
}

// A body named after its work, whose verb is the name's, not the subject's: "Cơ quan Cảnh sát điều tra, Bộ Công an
// phá đường dây …" tells what it did (it is no subject that investigates).
const INVESTIGATING_BODY = /(?<![\p{L}\p{M}])((?:Cơ quan|cơ quan|Cảnh sát|An ninh)\s+)điều tra(?![\p{L}\p{M}])/gu;

/** The text with the verb of an investigating body's name put out of the way ("Cơ quan Cảnh sát Tên"). */
function withoutWorkInNames(text: string): string {
  return text.replace(INVESTIGATING_BODY, '$1Tên');
}

/** The words after an opening connective: "Thứ hai, tổ chức …" → "tổ chức …". */
function withoutConnective(text: string): string {
  return text.replace(/^(?:thứ\s+\S+|cụ thể|theo đó|đồng thời|ngoài ra|bên cạnh đó|mặt khác|trước mắt|trong đó)\s*,\s*/iu, '');
}

// A speaker and the verb that opens the list: "…, Thủ tướng Chính phủ yêu cầu:"
const OPENS_LIST = wordPattern(`⟨(?:yêu cầu|đề nghị|chỉ đạo|chỉ thị|kết luận|${ASSIGN_VERB}|điện)⟩\\s*:\\s*$`, 'iu');
const PAST = wordPattern('⟨(?:đã|vừa)⟩', 'iu');
// "đang" right before a word: work under way.
const UNDER_WAY_BEFORE = wordPattern('⟨đang\\s+$', 'iu');
// Every word through which `reports` or `PAST` can match a sentence.
const MAY_REPORT = wordPattern(
  '⟨(?:đã|vừa|đang|tham dự|cùng dự|dự họp|tham gia hội nghị|chủ trì hội nghị|chủ trì cuộc họp|chủ trì buổi|theo báo cáo|báo cáo cho biết|sau khi nghe|thay mặt|theo (?:thông báo|thông tin|nguồn tin|số liệu|phản ánh)|cho rằng|nhận định|cho biết|tính đến|tổng số|tổng cộng)⟩|⟨có⟩\\s+\\d',
  'iu',
);

function opensOnVerb(t: string): boolean {
  DIRECTIVE.lastIndex = 0;
  const m = DIRECTIVE.exec(t);
  return !!m && m.index === 0;
}

/**
 * Every sentence is a report (its instruction words come after `đã`/`vừa`: orders already given) or
 * gives none, except a last one that only opens the list after it.
 */
function onlyReports(unit: TextUnit, intro: boolean, text: string, news: boolean): boolean {
  // A sentence that instructs passes only with a word of report in it (or as the list's opening):
  // without one anywhere, the sentences need not be cut (retext is the costliest step here).
  if (!MAY_REPORT.test(text) && !(intro && OPENS_LIST.test(text))) return false;
  const sentences = segmentSentences(unit).map((s) => withoutBodyNames(s.text));
  if (sentences.length < 2) return false;
  return sentences.every((t, k) => {
    if (k === sentences.length - 1 && intro && OPENS_LIST.test(t) && !/[;]/u.test(t)) return true;
    EXPLICIT_INSTRUCTION.lastIndex = 0;
    const order = EXPLICIT_INSTRUCTION.exec(t);
    // (a sentence that tells of the past, and does not open on a verb as an order does: "… đã xảy ra vụ tai nạn")
    if (!order) return !DIRECTIVE.test(t) || reports(t, news) || (PAST.test(t) && !opensOnVerb(t));
    const before = t.slice(0, order.index);
    // (or an order under way, its word right after "đang": "BIDV cũng đang chỉ đạo các chi nhánh …")
    return PAST.test(before) || UNDER_WAY_BEFORE.test(before);
  });
}

/**
 * A line without a closing mark is a headline, a subheading or a photo caption, unless it is longer
 * than any of them: a paragraph whose last sentence lost its full stop ("… Trong đó, UBND tỉnh xây dựng
 * kế hoạch và tổ chức Lễ phát động Phong trào"), an article body that ends with its byline.
 */
function isHeadline(text: string, words: number): boolean {
  return words <= 40 || PHOTO_CREDIT.test(text);
}

// "… chỉ đạo hội nghị. Ảnh: Q.H" | "(Ảnh minh họa)"
const PHOTO_CREDIT = /(?:^|[\s(.])Ảnh(?:\s*:|\s+minh họa)[^.]{0,60}$/u;

/**
 * True when a news paragraph (not a headline or the source-tagged lead) turns the report to its conclusions:
 * a leader speaks, or, under a headline that reports an order, the paragraph relays it in the imperative.
 */
export function turnsToConclusion(text: string, headlineOrders = false): boolean {
  const t = withoutBodyNames(text);
  return ENDS_SENTENCE.test(t) && !NEWS_SAPO.test(t) && (leaderSpeaks(t) || (headlineOrders && relaysOrder(t)));
}

// A paragraph that turns a news report to a leader's concluding words: "Kết luận buổi làm việc, …" | "Phát biểu
// kết luận hội nghị, …" | "Sau khi nghe …, kết luận buổi làm việc, ông …" | "… Tổng Bí thư Tô Lâm phát biểu kết luận
// hội nghị …" | "Thay mặt Ban Thường vụ, đồng chí … kết luận …" | "Chủ tịch UBND tỉnh kết luận: …". Not the noun of a
// document or a finding: "theo kết luận thanh tra", "Kết luận số 10-KL/TW", "Kết luận nêu rõ", "thực hiện Kết luận …".
const CONCLUSION_TURN = wordPattern(
  // (or the words that close it: "Phát biểu bế mạc hội nghị, …" | "Tổng kết hội nghị, …" | "Kết thúc buổi làm việc, …")
  '(?:^|[,;]\\s+|⟨phát biểu⟩\\s+)⟨(?:kết luận|bế mạc|tổng kết|kết thúc)⟩\\s+(?:⟨tại⟩\\s+)?⟨(?:buổi|hội nghị|cuộc họp|phiên họp|phiên|cuộc|hội thảo|tọa đàm|chương trình|đợt)⟩' +
    `|^⟨thay mặt⟩[^.;:]{0,200}?⟨kết luận⟩|⟨${LEADER}⟩[^.;:,]{0,80}?⟨kết luận⟩\\s*:`,
  'iu',
);
// Places that read as a family name and a given name: "tỉnh Lâm Đồng" | "TP Hồ Chí Minh".
const NAME_LIKE_PLACE = '(?:Lâm Đồng|Hà (?:Nội|Tĩnh|Giang|Nam)|Cao Bằng|Thái (?:Bình|Nguyên)|Hồ Chí Minh)(?![\\p{L}\\p{M}])';
// A personal name in a news report: a family name and one to three capitalised words ("Nguyễn Đức Trung"), not a
// place a turn names as well ("huyện Tương Dương", "tỉnh Lâm Đồng").
const PERSON_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])(?!${NAME_LIKE_PLACE})(?:${COMMON_FAMILY_NAMES.join('|')})(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,3}(?![\\p{L}\\p{M}])`,
  'gu',
);
// A leader's office with the body it heads, as far as the text gives it: "Bí thư Tỉnh ủy" | "Phó Bí thư Thường trực Tỉnh ủy".
const LEADER_OFFICE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:phó|tổng)\\s+)?${LEADER}(?:\\s+thường trực)?(?:\\s+(?:tỉnh ủy|thành ủy|huyện ủy|đảng ủy|ubnd|hđnd|ủy ban nhân dân|chính phủ|quốc hội))?(?:\\s+(?:tỉnh|thành phố|huyện))?(?![\\p{L}\\p{M}])`,
  'iu',
);

/**
 * The leader a news paragraph turns the report to, concluding, or null when it is no such turn (a caption that
 * names him "Ảnh: Bí thư Tỉnh ủy … phát biểu kết luận buổi làm việc" is none: it ends no sentence or is a photo's).
 */
export function conclusionTurn(text: string): Concluder | null {
  const t = collapseWhitespace(text).trim();
  if (!ENDS_SENTENCE.test(t) || NEWS_SAPO.test(t) || /^Ảnh\s*:/u.test(t) || PHOTO_CREDIT.test(t)) return null;
  const turn = CONCLUSION_TURN.exec(t);
  if (!turn) return null;
  // (the leader is named in the clause of the turn, before what he says)
  const clause = t.slice(0, Math.min(t.length, turn.index + turn[0].length + 160));
  const names = [...clause.matchAll(PERSON_NAME)].map((m) => m[0]);
  const office = LEADER_OFFICE.exec(clause)?.[0].toLowerCase() ?? null;
  return { names, office };
}

/** The paragraph's speaker is the leader who concludes: it names him, or, with no name known, his very office. */
function spokenBy(text: string, concluder: Concluder): boolean {
  if (concluder.names.length) return concluder.names.some((n) => text.includes(n));
  if (!concluder.office) return false;
  const office = LEADER_OFFICE.exec(text)?.[0].toLowerCase();
  return office === concluder.office;
}

// A news subheading that opens the results the page reports: "Kết quả về cải cách TTHC, hiện đại hóa …" | "Những
// kết quả nổi bật" | "Một số kết quả đạt được" (not a sentence: "Kết quả thực hiện báo cáo về Sở trước ngày …").
const RESULTS_SUBHEADING = wordPattern('^(?:(?:những|một số|các)\\s+)?⟨kết quả⟩(?:\\s+(?:⟨nổi bật⟩|⟨đạt được⟩|⟨bước đầu⟩|⟨quan trọng⟩|⟨về⟩|⟨của⟩|⟨trong⟩|⟨sau⟩|⟨năm⟩)|\\s*$)', 'iu');

/**
 * True for a news subheading that turns the page to the results it reports: the paragraphs under it tell results
 * until a leader speaks or another subheading follows ("Kết quả về cải cách TTHC …" then "Về cải cách TTHC, Tổng cục
 * Hải quan luôn gắn chặt …" reports what was done).
 */
export function turnsToResults(text: string): boolean {
  const t = collapseWhitespace(text).trim();
  return !ENDS_SENTENCE.test(t) && wordCount(t) <= 25 && RESULTS_SUBHEADING.test(t);
}

/** A news subheading: a short line that ends no sentence ("Công tác hiện đại hoá hải quan"). */
export function isNewsSubheading(text: string): boolean {
  const t = collapseWhitespace(text).trim();
  return !ENDS_SENTENCE.test(t) && !NEWS_SAPO.test(t) && wordCount(t) <= 25;
}

// A headline that counts the tasks the report lists: "5 nhóm nhiệm vụ về cải cách …" | "Chính phủ đặt ra 8 trọng
// tâm chỉ đạo, điều hành …" (a bare "nhiều giải pháp" counts nothing: the report may tell of them; nor do tasks
// done: "Bộ Tư pháp hoàn thành 45 nhiệm vụ năm 2024").
const TASKS_COUNTED = wordPattern('(?<!⟨(?:hoàn thành|đạt|thực hiện|đã)⟩\\s+)(?<![\\d.,/])\\d{1,2}\\s+(?:⟨nhóm⟩\\s+)?(?:⟨nhiệm vụ⟩|⟨giải pháp⟩|⟨trọng tâm⟩|⟨việc cần làm⟩)', 'iu');
// A speaker and his words after a colon: "Phó Thủ tướng Trịnh Đình Dũng: EVN phải bảo đảm …" | "…: Xử nghiêm vi phạm …"
const SPEAKER_COLON = wordPattern(`^[^:]{0,20}⟨${LEADER}⟩[^:]{0,40}:\\s*`, 'iu');
// A headline whose subject orders, whatever body it names ("Phòng chống Covid-19, Hải quan Hải Phòng yêu cầu không
// liên hoan …"), or that is the order itself ("Yêu cầu tái xuất gần 1.200 container …").
const HEADLINE_ORDER = wordPattern(`^(?:[^:.]{0,80}?(?<!${NOT_SPOKEN} ))?⟨(?:yêu cầu|chỉ đạo|chỉ thị)⟩\\s+(?!⟨(?:của|tại|về)⟩)`, 'iu');

/**
 * What a news headline announces: `tasks`, a count of the tasks the report lists (it reads as a list of
 * them from its start); `order`, an order of a leader or a body, which paragraphs in the imperative relay.
 */
export function headlineAnnounces(headline: string): 'tasks' | 'order' | null {
  const t = withoutBodyNames(collapseWhitespace(headline));
  if (TASKS_COUNTED.test(t)) return 'tasks';
  const colon = SPEAKER_COLON.exec(t);
  if (colon) {
    const words = t.slice(colon[0].length);
    if (EXPLICIT_INSTRUCTION.test(words) || opensOnVerb(words)) return 'order';
  }
  return HEADLINE_ORDER.test(t) || leaderSpeaks(t) ? 'order' : null;
}

// An order relayed without its speaker, in the imperative: "Cụ thể, quán triệt đến toàn thể cán bộ …" |
// "Tuyệt đối không tổ chức liên hoan …" | "Không đi/đến các địa phương có ca nhiễm …" (not "Không chỉ …", nor
// nouns that start with a directive word: "Cử tri phản ánh …", "Không khí lạnh …").
const RELAYED_ORDER = wordPattern(
  `^(?:(?:⟨cụ thể⟩|⟨theo đó⟩|⟨đồng thời⟩|⟨ngoài ra⟩|⟨bên cạnh đó⟩)\\s*,?\\s*)?(?:⟨tuyệt đối⟩\\s+)?(?!⟨(?:cử tri|trình độ|không khí|không gian|không quân|cần thiết)⟩)(?:⟨không⟩(?!\\s+(?:chỉ|những|có|phải|ít|thể|còn|kịp|riêng)(?![\\p{L}\\p{M}]))|⟨${DIRECTIVE_WORDS}⟩)`,
  'iu',
);

// A verb phrase fronted before the subject, no order: "Thực hiện Công điện của Thủ tướng, Cục Hải quan tỉnh đã …"
const FRONTED_VERB_PHRASE = /^(?:(?:Cụ thể|Theo đó|Đồng thời|Ngoài ra|Bên cạnh đó)\s*,\s*)?[^,.;:]{1,100},\s*(?:các\s+)?\p{Lu}/u;

// A capitalised word after the directive word that goes on with a name ("Cần Thơ hiện có …"), not one that
// starts the name of the unit ordered ("Giao Sở Y tế …", "Yêu cầu UBND …").
const NAME_GOES_ON = new RegExp(`^\\s+(?!(?:${[...new Set(UNIT_HEADS.map((h) => h.canonical.split(' ')[0]))].join('|')})(?![\\p{L}\\p{M}])|\\p{Lu}{2})\\p{Lu}`, 'u');

/**
 * A paragraph in the imperative: its directive word is a verb, and no phrase is fronted before its subject
 * ("Thực hiện Kế hoạch …, Sở …").
 */
function relaysOrder(text: string): boolean {
  const m = RELAYED_ORDER.exec(text);
  if (m !== null && !NAME_GOES_ON.test(text.slice(m.index + m[0].length)) && !FRONTED_VERB_PHRASE.test(text)) return true;
  // … or gives its content, a class of bodies told what to do: "Theo đó, các đơn vị tập trung công tác …"
  const relay = RELAY_CONNECTIVE.exec(text);
  const subject = relay ? PLURAL_SUBJECT_ORDERS.exec(text.slice(relay[0].length)) : null;
  return subject !== null && !NOT_A_SUBJECT.test(subject[0]);
}
// The connectives that open the content of an order just reported.
const RELAY_CONNECTIVE = /^(?:theo đó|cụ thể)\s*,\s*/iu;

/** Every sentence that gives an instruction is one that praises: "… ghi nhận, đánh giá cao Sở …". */
function onlyPraises(unit: TextUnit): boolean {
  return segmentSentences(unit).every((s) => {
    const t = withoutBodyNames(s.text);
    return PRAISE.test(t) || !DIRECTIVE.test(t);
  });
}

// The words of a heading that only say who acts and in which role: "chủ trì, phối hợp với …", "căn cứ chức năng,
// nhiệm vụ, quyền hạn được giao", "chỉ đạo …", a party's "Giao Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo:" (the work
// itself is in the items under it).
const ROLE_WORDS = wordPattern(
  '⟨(?:giao|đề nghị|chủ trì|phối hợp(?:\\s+với)?|cùng(?:\\s+với)?|lãnh đạo|chỉ đạo|có trách nhiệm|chịu trách nhiệm|(?:căn cứ|theo|trong phạm vi)\\s+chức năng(?:,?\\s*nhiệm vụ)?(?:,?\\s*quyền hạn)?(?:\\s+(?:được giao|được phân công|của mình))?)⟩',
  'giu',
);

/**
 * A heading that names its actors and their roles, and only opens its list: "3. Bộ Tài chính chủ trì, phối hợp với
 * các cơ quan, địa phương:" | "1. Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao:".
 * `names` are the spans of the units it names (their words may be verbs: `Bộ Xây dựng`), relative to `text`.
 */
export function onlyOpensWithRoles(text: string, names: { start: number; end: number }[]): boolean {
  // (a topic without an actor, "1. Dự báo tình hình úng ngập …:", is left to the heading's other tests)
  if (!names.length || !/:\s*$/u.test(text)) return false;
  let rest = text;
  for (const n of names) rest = rest.slice(0, n.start) + ' '.repeat(n.end - n.start) + rest.slice(n.end);
  rest = withoutBodyNames(rest).replace(ROLE_WORDS, ' ');
  return !DIRECTIVE.test(rest);
}

/** "Ban Chỉ đạo" names a body; its "chỉ đạo" is no instruction. */
function withoutBodyNames(text: string): string {
  // "hội nghị giao ban" is a briefing, not an assignment.
  return text.replace(/(?<![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])(Ban|BAN|ban)\s+(?:Chỉ đạo|chỉ đạo|CHỈ ĐẠO)/gu, '$1 BCĐ').replace(/(?<![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])([Gg]iao)\s+ban(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])/gu, '$1ban');
}

// An intro that tells of reports already made, whose list gives them: "…, các Bộ đã có báo cáo Chính phủ như sau:" |
// "Tại cuộc họp, Sở Tài chính đã báo cáo các nội dung sau:" (not an order to report: "Các sở báo cáo như sau:"; nor
// a conclusion after the reports: "Sau khi nghe Sở Xây dựng đã báo cáo tình hình, …, Phó Chủ tịch kết luận như sau:").
const PAST_REPORT_INTRO = wordPattern('⟨(?:đã|vừa)⟩\\s+(?:⟨có⟩\\s+)?⟨(?:báo cáo|trình bày|thông tin)⟩(?:(?!⟨(?:kết luận|chỉ đạo|yêu cầu|giao|đề nghị|quyết định|thống nhất|lưu ý)⟩)[^.;:]){0,80}?(?:⟨như sau⟩|⟨sau đây⟩|⟨sau⟩|⟨gồm⟩|⟨cụ thể⟩)\\s*:\\s*$', 'iu');

/** True when a paragraph opens a list of reports already made: "… các Bộ đã có báo cáo Chính phủ như sau:". */
export function introTellsReports(text: string): boolean {
  return PAST_REPORT_INTRO.test(text);
}
