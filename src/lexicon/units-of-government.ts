/**
 * Vocabulary of Vietnamese public bodies: the words that begin a unit name (`Sở`, `Ủy ban nhân dân`,
 * `Bộ Chỉ huy Quân sự` …), the offices that stand for a unit (`Giám đốc`, `Chủ tịch`), the lower-case
 * words that may sit inside a name (`cấp tỉnh`, `quốc gia`, `khoa học công nghệ`), the words that end
 * one (verbs, prepositions), and the generic groups (`các sở, ban, ngành`, `UBND cấp huyện`).
 *
 * Data, not logic: `extract/assignees.ts` reads names with it and `refine/canonical-names.ts` cleans
 * them. Every entry is lower case NFC unless said otherwise; matching folds case.
 */

/** How a head word behaves when it begins a unit name. */
export interface UnitHead {
  /** The head as written in canonical names (`Ủy ban nhân dân`). */
  canonical: string;
  /** Lower-case spellings seen in documents (modern and old tone placement both). */
  forms: readonly string[];
  /**
   * The head alone is ambiguous with ordinary words (`Phòng chống`, `Hội nghị`, `Báo cáo`, `Tổ chức`,
   * `Bộ máy`): it needs a capitalised word, an acronym or a digit right after it (`Phòng Kế hoạch`,
   * `Hội Doanh nghiệp trẻ`, `Ban Chỉ đạo 389`).
   */
  needsName: boolean;
  /** Kind used to keep different kinds apart when merging variants (`sở`, `bộ`, `chi cục`). */
  kind: string;
}

const head = (canonical: string, needsName: boolean, more: string[] = [], kind?: string): UnitHead => {
  const lower = canonical.toLowerCase();
  return { canonical, forms: [lower, ...more], needsName, kind: kind ?? lower };
};

/**
 * Heads of unit names, longest first where one extends another (the reader tries them in order).
 * `needsName: false` for heads that are already a body on their own (`Văn phòng Sở`, `Công an tỉnh`,
 * `UBND tỉnh`, `Tỉnh ủy`).
 */
export const UNIT_HEADS: readonly UnitHead[] = [
  // Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
  head('Ủy ban Trung ương Mặt trận Tổ quốc', false, ['uỷ ban trung ương mặt trận tổ quốc'], 'ủy ban mặt trận'),
  head('Ủy ban Mặt trận Tổ quốc', false, ['uỷ ban mặt trận tổ quốc', 'ubmttq', 'ubmttqvn'], 'ủy ban mặt trận'),
  head('Ủy ban nhân dân', false, ['uỷ ban nhân dân', 'ubnd'], 'ủy ban nhân dân'),
  head('Ủy ban Thường vụ Quốc hội', false, ['uỷ ban thường vụ quốc hội', 'ubtvqh'], 'quốc hội'),
  // National bodies whose names hold words that end a name elsewhere: `tại` (Ủy ban Quản lý vốn nhà nước tại
  // doanh nghiệp), `vì`, `của` (Ban Vì sự tiến bộ của phụ nữ Việt Nam | … tỉnh | … Bộ Tài chính), a field in
  // lower case (Ban Công tác đại biểu of the Ủy ban Thường vụ Quốc hội). A place after them still runs on.
  head('Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', false, ['uỷ ban quản lý vốn nhà nước tại doanh nghiệp'], 'ủy ban'),
  head('Ủy ban Quốc gia vì sự tiến bộ của phụ nữ', false, ['uỷ ban quốc gia vì sự tiến bộ của phụ nữ'], 'ủy ban'),
  head('Ban Vì sự tiến bộ của phụ nữ', false, [], 'ban'),
  head('Ban Công tác đại biểu', false, [], 'ban'),
  head('Ủy ban', true, ['uỷ ban'], 'ủy ban'),
  head('Hội đồng nhân dân', false, ['hđnd'], 'hội đồng nhân dân'),
  head('Hội đồng', true),
  head('Mặt trận Tổ quốc', false, ['mttq', 'mttqvn'], 'mặt trận'),
  head('Bộ Chỉ huy Quân sự', false, ['bộ chỉ huy quân sự', 'bch quân sự', 'bchqs'], 'bộ chỉ huy'),
  head('Bộ Chỉ huy Bộ đội Biên phòng', false, [], 'bộ chỉ huy'),
  head('Bộ Chỉ huy', true, ['bch'], 'bộ chỉ huy'),
  head('Bộ đội Biên phòng', false, [], 'bộ đội biên phòng'),
  // Commands whose names run on in lower case or a number: Bộ Tư lệnh Cảnh sát biển | Bộ Tư lệnh Quân khu 4
  head('Bộ Tư lệnh Cảnh sát biển', false, [], 'bộ tư lệnh'),
  head('Bộ Tư lệnh Quân khu', true, [], 'bộ tư lệnh'),
  head('Bộ Tư lệnh', true, [], 'bộ tư lệnh'),
  head('Bộ Chính trị', false, [], 'bộ chính trị'),
  head('Bộ', true),
  head('Tổng cục', true),
  head('Chi cục', true),
  // Chi nhánh Văn phòng Đăng ký đất đai huyện | Chi nhánh Ngân hàng Chính sách xã hội tỉnh
  head('Chi nhánh', true),
  head('Cục', true),
  head('Vụ', true),
  head('Sở', true),
  head('Ban Thường vụ', false, ['ban thường vụ', 'btv'], 'ban thường vụ'),
  head('Ban Chỉ đạo', false, ['ban chỉ đạo', 'bcđ'], 'ban chỉ đạo'),
  head('Ban Chỉ huy', false, ['ban chỉ huy'], 'ban chỉ huy'),
  head('Ban Quản lý', true, ['ban quản lý', 'bql'], 'ban quản lý'),
  head('Ban cán sự đảng', false, ['ban cán sự đảng', 'ban cán sự'], 'ban cán sự'),
  head('Ban', true),
  head('Phòng', true),
  head('Trung tâm', true),
  head('Văn phòng', false),
  head('Thanh tra', true),
  head('Tỉnh ủy', false, ['tỉnh uỷ'], 'tỉnh ủy'),
  head('Thành ủy', false, ['thành uỷ'], 'thành ủy'),
  head('Huyện ủy', false, ['huyện uỷ'], 'huyện ủy'),
  head('Quận ủy', false, ['quận uỷ'], 'quận ủy'),
  head('Thị ủy', false, ['thị uỷ'], 'thị ủy'),
  head('Đảng ủy', false, ['đảng uỷ'], 'đảng ủy'),
  head('Đảng đoàn', false),
  head('Công an', false),
  head('Tỉnh đoàn', false),
  head('Thành đoàn', false),
  // the youth union and the military command of a locality, named by its level: "Huyện đoàn" | "Tỉnh đội"
  head('Huyện đoàn', false),
  head('Quận đoàn', false),
  head('Tỉnh đội', false),
  head('Huyện đội', false),
  head('Thành đội', false),
  head('Đoàn Thanh niên', false, ['đoàn tncs', 'đoàn thanh niên cộng sản'], 'đoàn'),
  head('Công đoàn', false),
  head('Liên đoàn Lao động', false, [], 'liên đoàn'),
  head('Liên đoàn', true),
  head('Liên hiệp', true),
  head('Hiệp hội', true),
  head('Hội', true),
  // Party cells and committees: "Tổ đảng ở Thường trực Ủy ban Kinh tế" | "Chi bộ Văn phòng" | "Đảng bộ tỉnh"
  head('Tổ đảng', false, [], 'tổ đảng'),
  head('Chi bộ', true, [], 'chi bộ'),
  head('Đảng bộ', true, [], 'đảng bộ'),
  head('Đoàn đại biểu Quốc hội', false, ['đoàn đbqh'], 'đoàn đại biểu'),
  head('Tổ giúp việc', false, [], 'tổ'),
  head('Tổ công tác', false, [], 'tổ'),
  head('Tổ', true),
  head('Quỹ', true),
  // national media bodies: Thông tấn xã Việt Nam | Cổng Thông tin điện tử Chính phủ | … tỉnh Quảng Trị
  head('Thông tấn xã', true, [], 'thông tấn xã'),
  head('Cổng Thông tin điện tử', true, ['cổng thông tin điện tử', 'cổng ttđt'], 'cổng thông tin'),
  head('Đài', true),
  head('Báo', true),
  head('Học viện', true),
  head('Viện Kiểm sát nhân dân', false, ['viện kiểm sát nhân dân', 'vksnd', 'viện ksnd'], 'viện kiểm sát'),
  head('Viện Kiểm sát', true, ['viện kiểm sát'], 'viện kiểm sát'),
  head('Viện', true),
  head('Trường', true),
  head('Hạt Kiểm lâm', false, [], 'hạt kiểm lâm'),
  // the stations of a district or a commune: Trạm Y tế phường | Trạm Khuyến nông huyện | Trạm Thú y
  head('Trạm', true),
  head('Đại học', true),
  head('Bệnh viện', true),
  head('Bảo tàng', true),
  head('Nhà hát', true),
  head('Thư viện', true),
  head('Câu lạc bộ', true),
  head('Kho bạc Nhà nước', false, ['kho bạc nhà nước', 'kbnn'], 'kho bạc'),
  head('Kho bạc', true),
  head('Ngân hàng Nhà nước', false, ['ngân hàng nhà nước', 'nhnn'], 'ngân hàng'),
  head('Ngân hàng', true),
  head('Bảo hiểm xã hội', false, ['bhxh'], 'bảo hiểm xã hội'),
  head('Kiểm toán Nhà nước', false, ['kiểm toán nhà nước'], 'kiểm toán'),
  head('Tòa án nhân dân', false, ['toà án nhân dân', 'tand'], 'tòa án'),
  head('Tòa án', true, ['toà án'], 'tòa án'),
  head('Văn phòng Chính phủ', false, [], 'văn phòng'),
  head('Chính phủ', false),
  head('Quốc hội', false),
  head('Phó Thủ tướng', false, [], 'thủ tướng'),
  head('Thủ tướng', false, [], 'thủ tướng'),
  // Telecom, power and post companies named by their trade and place: Viễn thông Phú Yên | Viettel Phú Yên |
  // VNPT Phú Yên | Điện lực Tuy Hòa | Bưu điện tỉnh (a trade word alone, `hạ tầng viễn thông`, needs a name after it)
  head('Viễn thông', true, ['viễn thông'], 'viễn thông'),
  head('Viettel', false, ['viettel'], 'viettel'),
  head('VNPT', false, ['vnpt'], 'vnpt'),
  head('MobiFone', false, ['mobifone'], 'mobifone'),
  head('VinaPhone', false, ['vinaphone'], 'vinaphone'),
  head('Điện lực', true, ['điện lực'], 'điện lực'),
  head('Bưu điện tỉnh', false, ['bưu điện tỉnh'], 'bưu điện'),
  head('Bưu điện', true, ['bưu điện'], 'bưu điện'),
  head('Tập đoàn', true),
  head('Tổng công ty', true),
  head('Công ty', true),
  head('Hợp tác xã', true),
  head('Đại sứ quán', true),
  head('Cơ quan', true),
  head('Hải quan', true),
  head('Cảng vụ', true),
];

/**
 * Heads (canonical) of names that say in words what the body does and often go on in lower case:
 * `Trung tâm Phục vụ hành chính công`, `Ban Quản lý dự án đầu tư xây dựng tỉnh`, `Quỹ Đầu tư mạo hiểm
 * quốc gia`, `Công ty Cổ phần tư vấn đầu tư xây dựng Hà Thành`.
 */
export const DESCRIPTIVE_NAME_HEADS: readonly string[] = [
  'Trung tâm', 'Ban Quản lý', 'Công ty', 'Tổng công ty', 'Tập đoàn', 'Viện', 'Học viện', 'Trường', 'Đại học', 'Bệnh viện', 'Quỹ',
  'Đài', 'Báo',
];

/**
 * Places that stand for their Ủy ban nhân dân when named as an actor (`tỉnh Quảng Nam` → `Ủy ban nhân
 * dân tỉnh Quảng Nam`). Longest first.
 */
export const LOCALITY_WORDS: readonly string[] = ['thành phố', 'thị xã', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thị trấn'];

/**
 * Offices that stand for the unit they lead (`Giám đốc Sở Tài chính` → `Sở Tài chính`, title
 * `Giám đốc`). Longest first; the `Phó ` forms are built from these. Lower case.
 */
export const OFFICE_TITLES: readonly string[] = [
  'tổng cục trưởng',
  'chi cục trưởng',
  'cục trưởng',
  'vụ trưởng',
  'viện trưởng',
  'hiệu trưởng',
  'chánh văn phòng',
  'chủ nhiệm',
  'tổ trưởng',
  'chánh thanh tra',
  'chánh án',
  'chỉ huy trưởng',
  'tổng giám đốc',
  'giám đốc',
  'bộ trưởng',
  'thứ trưởng',
  'chủ tịch',
  'thủ trưởng',
  'trưởng ban',
  'trưởng phòng',
  'trưởng đoàn',
  'trưởng',
  'thống đốc',
  'tổng thanh tra',
  'tổng kiểm toán',
  'tư lệnh',
  'bí thư',
  'người đứng đầu',
  'lãnh đạo',
  'thường trực',
];

/**
 * Offices that speak in a report rather than act (`Chủ tịch UBND tỉnh yêu cầu Sở Y tế …`): when they
 * `chỉ đạo` a unit directly, the unit they name is the one that acts.
 */
export const SPEAKER_TITLES: readonly string[] = ['thủ tướng', 'phó thủ tướng', 'tổng bí thư', 'chủ tịch nước', 'bí thư', 'phó bí thư'];

/**
 * Lower-case words that may sit inside a unit name after its capitalised words, longest first:
 * `Ban Chỉ đạo cấp tỉnh`, `Trung tâm Ứng dụng và Dịch vụ khoa học công nghệ`, `Ban Chỉ đạo 389 quốc
 * gia`, `Phòng Quản lý Công nghệ, thị trường công nghệ và chuyên ngành`, `Công ty Cổ phần đầu tư thủy
 * điện miền Trung`, `Viện Kiểm sát nhân dân tối cao`, `Bộ Nông nghiệp và Phát triển nông thôn`.
 */
export const NAME_TAIL_WORDS: readonly string[] = [
  'cấp tỉnh',
  'cấp huyện',
  'cấp xã',
  'cấp thành phố',
  'cấp trung ương',
  'cấp cơ sở',
  'quốc gia',
  'trung ương',
  'nhân dân',
  'tối cao',
  'khoa học',
  'công nghệ',
  'thị trường',
  'chuyên ngành',
  'cơ sở',
  'nông thôn',
  'xã hội',
  'nhà nước',
  'đầu tư xây dựng',
  'đầu tư',
  'thủy điện',
  'thuỷ điện',
  'điện lực',
  'cổ phần',
  'trách nhiệm hữu hạn',
  'một thành viên',
  'bệnh tật',
  'thể thao',
  'du lịch',
  'liên ngành',
  'nghệ thuật',
  'hữu nghị',
  'miền',
  'trẻ',
  'thông tin',
  'truyền thông',
  'chuyển đổi số',
  'đổi mới sáng tạo',
  'thường trực',
  'tỉnh',
  'thành phố',
  'huyện',
  'quận',
  'thị xã',
  'đặc khu',
  'xã',
  'phường',
  'thị trấn',
  'vận tải',
  'vốn',
  'các cấp',
];

/** Prepositions and function words (lower case): they end a unit name. */
export const FUNCTION_WORDS: readonly string[] = [
  'của', 'với', 'cho', 'tại', 'theo', 'về', 'để', 'trong', 'trên', 'dưới', 'đối với', 'do', 'bởi', 'từ', 'đến',
  'tới', 'khi', 'nếu', 'thì', 'là', 'được', 'bị', 'đã', 'đang', 'sẽ', 'vừa', 'cần', 'phải', 'có', 'không', 'chưa',
  'cũng', 'vẫn', 'còn', 'hoặc', 'hay', 'nhưng', 'mà', 'nhằm', 'qua', 'vào', 'ra', 'sau', 'trước', 'giữa', 'ngoài',
  'gồm', 'như', 'này', 'đó', 'nêu', 'các', 'những', 'mọi', 'từng', 'mỗi', 'toàn', 'cùng', 'và', 'hoặc', 'thuộc',
  'trực thuộc', 'năm', 'ngày', 'tháng', 'quý', 'lần', 'tất cả', 'đồng thời', 'trong đó', 'nhất là',
];

/** Verbs and adverbs that begin an instruction (lower case): `chủ trì`, `khẩn trương`, `rà soát` … */
export const INSTRUCTION_VERBS: readonly string[] = [
  'chủ trì', 'phối hợp', 'thực hiện', 'triển khai', 'tổ chức', 'chỉ đạo', 'lãnh đạo', 'xây dựng', 'rà soát',
  'hướng dẫn', 'tăng cường', 'nghiên cứu', 'tham mưu', 'theo dõi', 'kiểm tra', 'tập trung', 'đẩy mạnh', 'bảo đảm',
  'đảm bảo', 'hoàn thành', 'hoàn thiện', 'hoàn chỉnh', 'ban hành', 'báo cáo', 'quán triệt', 'nâng cao', 'tuyên truyền',
  'cử', 'bố trí', 'xử lý', 'đôn đốc', 'giám sát', 'quản lý', 'cung cấp', 'tổng hợp', 'thẩm định', 'đề xuất',
  'chuẩn bị', 'phát huy', 'tiếp thu', 'tiếp nhận', 'sắp xếp', 'kiện toàn', 'củng cố', 'cập nhật', 'vận hành',
  'duy trì', 'khắc phục', 'giải quyết', 'tháo gỡ', 'thống nhất', 'trình', 'lập', 'soạn thảo', 'sửa đổi', 'bổ sung',
  'định hướng', 'phát hiện', 'ngăn chặn', 'hỗ trợ', 'tham gia', 'bàn giao', 'phân công', 'phân bổ', 'cân đối',
  'huy động', 'thu hồi', 'dừng', 'tạm dừng', 'đình chỉ', 'xem xét', 'làm rõ', 'làm việc', 'vận động', 'khẩn trương',
  'tiếp tục', 'chủ động', 'nghiêm túc', 'tích cực', 'kịp thời', 'thường xuyên', 'rút kinh nghiệm', 'điều tra',
  'ưu tiên', 'lựa chọn', 'thành lập', 'công bố', 'phổ biến', 'điều chỉnh', 'điều hành', 'đưa', 'hạn chế', 'yêu cầu',
  'đề nghị', 'mời', 'chịu trách nhiệm', 'có trách nhiệm', 'có nhiệm vụ', 'mong muốn', 'nhấn mạnh', 'lưu ý',
  'kết luận', 'phát biểu', 'đánh giá', 'ghi nhận', 'biểu dương', 'cho biết', 'khẳng định', 'gửi', 'nắm', 'nắm bắt', 'tham dự',
  'ký', 'tiến hành', 'áp dụng', 'sử dụng', 'khai thác', 'bảo vệ', 'ứng phó',
  'đăng', 'đăng tải', 'thông báo', 'kiểm soát', 'vận chuyển', 'thanh tra', 'giải ngân', 'liên hệ',
  'xác minh', 'xác định', 'giảm', 'mở', 'thúc đẩy', 'tạo điều kiện', 'căn cứ', 'chấn chỉnh', 'kiểm điểm',
  'giải trình', 'phê duyệt', 'quyết định', 'nghiêm cấm', 'cấm', 'thống kê', 'hoàn tất', 'thành lập', 'giao',
  'chỉ thị',
];

/**
 * Two-syllable words of a field whose second syllable is also a verb: a name keeps it (`Bộ Ngoại giao`,
 * `Bộ Quốc phòng`, `Bộ Chỉ huy Bộ đội Biên phòng`). Lower case.
 */
export const FIELD_WORDS: readonly string[] = ['ngoại giao', 'quốc phòng', 'biên phòng', 'bàn giao', 'đào tạo', 'tuyên giáo', 'dân vận', 'tư pháp', 'công trình'];

/**
 * Words of a name's lower-case part that hold a syllable which alone is a verb or a function word
 * and would end the name there: `Bệnh viện công lập` (lập "set up"), `Cục Hàng không` (không "not"),
 * `Ban An toàn giao thông` (toàn, giao), `Trung tâm Giáo dục thường xuyên`, `Ban Chỉ đạo Tây Nam bộ`.
 * Only words that never read as a verb after a name (not `đăng ký`, `thành lập`). Lower case.
 */
export const NAME_COMPOUNDS: readonly string[] = [
  'ngoài công lập', 'công lập', 'dân lập', 'độc lập', 'an toàn', 'giao thông', 'hàng không', 'giáo dục thường xuyên',
  'chương trình', 'tây nam bộ', 'nam bộ', 'bắc bộ', 'trung bộ',
  // Văn phòng Đăng ký đất đai (ký "sign" would end it)
  'đăng ký đất đai',
  // Cục Chuyển đổi số quốc gia (số "number" would end it) | Chi cục Trồng trọt và Bảo vệ thực vật
  'chuyển đổi số', 'bảo vệ thực vật',
];

/**
 * Heads of boards named after the work they steer, in lower case, and the fields they steer: `Ban Chỉ
 * huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh`, `Ban Chỉ đạo giảm nghèo bền vững`, `Ủy ban Công
 * tác về các tổ chức phi chính phủ nước ngoài`. A field may join another by `và` and follow `về`. Lower
 * case; the commas of `phòng, chống` are optional.
 */
export const STEERING_HEADS: readonly string[] = ['Ban Chỉ đạo', 'Ban Chỉ huy', 'Ủy ban'];
export const STEERED_FIELDS: readonly string[] = [
  'phòng, chống thiên tai', 'tìm kiếm, cứu nạn', 'tìm kiếm cứu hộ, cứu nạn', 'phòng thủ dân sự',
  'phòng, chống dịch bệnh', 'phòng, chống dịch', 'phòng, chống tội phạm', 'phòng, chống tham nhũng, tiêu cực',
  'phòng, chống tham nhũng', 'phòng, chống ma túy', 'phòng, chống buôn lậu', 'phòng cháy, chữa cháy',
  'chống buôn lậu, gian lận thương mại và hàng giả', 'chống buôn lậu', 'giảm nghèo bền vững', 'giảm nghèo',
  'điều hành giá', 'cải cách hành chính', 'các chương trình mục tiêu quốc gia', 'chương trình mục tiêu quốc gia',
  'xây dựng nông thôn mới', 'vệ sinh an toàn thực phẩm', 'an toàn thực phẩm', 'phổ biến, giáo dục pháp luật',
  'thi hành án dân sự', 'các tổ chức phi chính phủ nước ngoài', 'các tổ chức pcpnn', 'người việt nam ở nước ngoài',
  // the national boards of the 2020s: Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực | … về phát
  // triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số | Ủy ban Quốc gia về chuyển đổi số
  'phòng, chống tham nhũng, lãng phí, tiêu cực', 'phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
  'chuyển đổi số', 'tổng rà soát hệ thống văn bản quy phạm pháp luật',
];

/**
 * Tail words that are also verbs (`Bộ Công an đầu tư, xây dựng …`): they end a name unless its head
 * describes what the body does (`Công ty Cổ phần đầu tư …`) or they follow `và` (`Sở Kế hoạch và đầu tư`).
 */
export const VERB_TAIL_WORDS: readonly string[] = ['đầu tư xây dựng', 'đầu tư'];

/**
 * Words that end a unit name: function words and instruction verbs (`Sở Y tế tăng cường …`, `Cục Hải
 * quan Hà Nội rà soát …`). Two-syllable verbs are listed whole so that a name keeps a syllable that only
 * looks like a verb.
 */
export const NAME_STOP_WORDS: readonly string[] = [...FUNCTION_WORDS, ...INSTRUCTION_VERBS];

/**
 * Acronyms that name a class of bodies, never one body: `các TCTD` is every credit institution.
 * After `các`/`những` they are read as a group; `abbreviations.ts` spells them out.
 */
export const CLASS_ACRONYMS: readonly string[] = ['TCTD', 'NHTM', 'DNNN', 'QTDND'];

/**
 * Nouns that make a group generic after `các`/`những` (`các sở, ban, ngành`, `các cơ quan, đơn vị có
 * liên quan`, `các bộ, cơ quan ngang bộ`, `các địa phương`). Longest first.
 */
export const GROUP_NOUNS: readonly string[] = [
  'cơ quan ngang bộ',
  'cơ quan thuộc chính phủ',
  'đoàn đại biểu quốc hội',
  'cơ quan chuyên môn',
  'cơ quan chức năng',
  'cơ quan báo chí',
  'cơ quan thông tấn',
  'cơ quan',
  'đơn vị sự nghiệp',
  'đơn vị',
  'sở',
  'ban',
  'ngành',
  'bộ',
  'địa phương',
  // các tổ chức tín dụng | các tổ chức chính trị - xã hội | các doanh nghiệp nhà nước: the class is the whole phrase
  'tổ chức tín dụng',
  'tổ chức chính trị - xã hội',
  'tổ chức chính trị xã hội',
  'tổ chức chính trị',
  'tổ chức xã hội',
  'tổ chức kinh tế',
  'tổ chức',
  'doanh nghiệp nhà nước',
  'doanh nghiệp',
  'ngân hàng thương mại',
  'ngân hàng',
  'quỹ tín dụng nhân dân',
  'hợp tác xã',
  'hiệp hội',
  'cơ sở giáo dục',
  'cơ sở y tế',
  'cơ sở đào tạo',
  'lực lượng chức năng',
  'lực lượng',
  'phòng ban',
  'phòng',
  'đoàn thể',
  'hội',
  'cấp ủy',
  'cấp uỷ',
  // các huyện ủy, thị ủy, thành ủy | các đảng ủy trực thuộc (before the localities they begin with)
  'huyện ủy',
  'huyện uỷ',
  'thị ủy',
  'thị uỷ',
  'thành ủy',
  'thành uỷ',
  'quận ủy',
  'quận uỷ',
  'đảng ủy',
  'đảng uỷ',
  'chính quyền',
  'tỉnh',
  'thành phố',
  'huyện',
  'quận',
  'thị xã',
  'xã',
  'phường',
  'đặc khu',
  'thị trấn',
  'cá nhân',
  // the groups a council, a committee or a leader sends out, each a body of one fixed kind: các Tổ đại biểu HĐND
  // tỉnh | các Đoàn công tác | các Tổ công tác (before `tổ chức`'s words: the longest wins)
  'tổ đại biểu',
  // các tổ dân phố | các khu phố | các thôn, bản: the residential groups of a commune or a ward, one fixed kind
  'tổ dân phố',
  'khu phố',
  'tổ công tác',
  'tổ giúp việc',
  'đoàn công tác',
  'đoàn kiểm tra',
  'đoàn giám sát',
  'trường',
  'bệnh viện',
  'chi cục',
  'cục',
  'trung tâm',
  'tập đoàn',
  // các chủ đầu tư: the bodies that carry out public projects, addressed as one class (not the private
  // `nhà đầu tư` a body works with)
  'chủ đầu tư',
  // các chủ rừng: the owners of forest a province's order on forest fires addresses as one class
  'chủ rừng',
  'tổng công ty',
  'công ty',
  'đại sứ quán',
  // các Cảng vụ hàng không | các cảng vụ hàng hải
  'cảng vụ hàng không',
  'cảng vụ hàng hải',
  'cảng vụ',
  'nước',
  'thành viên',
  'hộ gia đình',
  'nhà trường',
  'văn phòng',
  'ủy ban',
  'uỷ ban',
];

/**
 * Words that make a group of the group nouns after them, read as `các` is: `từng phòng, ban, đơn vị`,
 * `mỗi địa phương`, `tất cả các sở, ngành`. Longest first.
 */
export const GROUP_QUANTIFIERS: readonly string[] = ['tất cả các', 'tất cả những', 'toàn bộ các', 'tất cả', 'toàn bộ', 'các', 'những', 'từng', 'mỗi', 'mọi'];

/**
 * Words that may qualify a generic group after its nouns: `các cơ quan, đơn vị (có) liên quan`,
 * `các phòng, đơn vị thuộc Sở`, `UBND các tỉnh, thành phố trực thuộc Trung ương`, `các sở, ngành
 * trên địa bàn tỉnh`, `các bộ, cơ quan ngang bộ`. Longest first.
 */
export const GROUP_QUALIFIERS: readonly string[] = [
  'trực thuộc trung ương',
  'trực thuộc',
  'có liên quan',
  'liên quan',
  // the class named again after the addressees: "Chủ tịch UBND các tỉnh, thành phố nêu trên:"
  'nêu trên',
  'kể trên',
  'nói trên',
  'chức năng',
  'chuyên môn',
  'thuộc sở',
  'thuộc ủy ban nhân dân tỉnh',
  'thuộc ubnd tỉnh',
  'thuộc thành phố',
  'thuộc tỉnh',
  'thuộc bộ',
  'trên địa bàn tỉnh',
  'trên địa bàn thành phố',
  'trên địa bàn',
  'cấp tỉnh',
  'cấp huyện',
  'cấp xã',
  'cấp thành phố',
  'các cấp',
  'ngang bộ',
  'trung ương',
  'của trung ương',
  'thành phố',
  'tỉnh',
];

/**
 * Words that end a name even when capitalised, as in title-case typos (`Tổng Công ty Điện lực Hà Nội
 * Chủ trì, xây dựng …`). Only words that never sit inside a name (`Tổ chức`, `Xây dựng`, `Kiểm tra`,
 * `Chỉ đạo` do: `Ban Tổ chức`, `Sở Xây dựng`, `Ủy ban Kiểm tra`, `Ban Chỉ đạo`).
 */
export const CAPITALISED_STOP_WORDS: readonly string[] = [
  'chủ trì', 'phối hợp', 'có trách nhiệm', 'chịu trách nhiệm', 'khẩn trương', 'đề nghị', 'yêu cầu', 'tiếp tục',
  'chủ động', 'triển khai', 'thực hiện', 'rà soát', 'báo cáo', 'căn cứ', 'theo', 'về', 'tại', 'trong', 'các',
  // a sentence run into the name when its full stop is lost: "Tập đoàn Điện lực Việt Nam Cụ thể theo đề án …"
  'cụ thể',
];

/**
 * Second parts of fields joined by `và` inside one name, which a list after a colon must not split:
 * `các Bộ: Tài chính, Nông nghiệp và Môi trường` (lower case).
 */
export const FIELD_SECOND_PARTS: readonly string[] = [
  'môi trường', 'công nghệ', 'đầu tư', 'đào tạo', 'du lịch', 'xã hội', 'phát triển nông thôn', 'truyền thông',
  'thể thao', 'dân vận', 'thương binh và xã hội', 'đô thị', 'khen thưởng', 'chất lượng',
];

/**
 * Names of two fields joined by a dash (`Sở Lao động - Thương binh và Xã hội`, `Phòng Kế hoạch - Tài
 * chính`), as written with capitals: a line wrapped before the dash (`Sở Lao động⏎- Thương binh …`) goes on
 * with the name, not with a bullet. Each pair is the words before and after the dash.
 */
export const DASHED_FIELD_PAIRS: readonly (readonly [string, string])[] = [
  ['Lao động', 'Thương binh'], ['Kế hoạch', 'Đầu tư'], ['Kế hoạch', 'Tài chính'], ['Tài chính', 'Kế hoạch'],
  ['Tài nguyên', 'Môi trường'], ['Giao thông', 'Vận tải'], ['Văn hóa', 'Thể thao'], ['Văn hóa', 'Thông tin'],
  ['Văn hóa', 'Xã hội'], ['Giáo dục', 'Đào tạo'], ['Khoa học', 'Công nghệ'], ['Quy hoạch', 'Kiến trúc'],
  ['Tổ chức', 'Hành chính'], ['Tổ chức', 'Cán bộ'], ['Hành chính', 'Tổng hợp'], ['Nông nghiệp', 'Môi trường'],
];

/** Heads of names (as written) that a dashed pair of fields follows: `Sở`, `Phòng`, `Văn phòng` … */
export const DASHED_NAME_HEADS: readonly string[] = ['Bộ', 'Sở', 'Phòng', 'Ban', 'Văn phòng', 'Trung tâm', 'Cục', 'Chi cục', 'Vụ', 'Viện', 'Trường'];

/**
 * What a unit that opens a sentence does when these words follow it: it speaks, reports or is
 * described, it does not act (`Chủ tịch UBND tỉnh yêu cầu …`, `Sở Tài chính đã chỉ đạo …` in a report,
 * `Phó Chủ tịch UBND tỉnh chủ trì hội nghị`). Lower case; `chỉ đạo` followed by a colon is one too.
 */
export const NOT_ACTING_AFTER: readonly string[] = [
  'yêu cầu', 'đề nghị', 'giao', 'kết luận', 'phát biểu', 'nhấn mạnh', 'lưu ý', 'mong muốn', 'đánh giá', 'ghi nhận',
  'biểu dương', 'khen ngợi', 'chúc mừng', 'cho biết', 'khẳng định', 'chia sẻ', 'nêu rõ', 'thông tin', 'dự', 'tham dự',
  'đã', 'đang', 'vừa', 'được', 'bị', 'là', 'của', 'với', 'về', 'tại', 'trong', 'trên', 'theo', 'từ', 'đến', 'và',
  'hoặc', 'thuộc', 'trực thuộc', 'năm', 'ngày', 'tháng', 'số', 'gồm', 'như', 'này', 'đó', 'nêu', 'cho', 'do', 'khi',
  'nếu', 'thì', 'mà', 'nhưng', 'sau', 'trước', 'đối với', 'có ý kiến', 'phân công', 'ủy quyền', 'uỷ quyền',
  'nhất trí', 'đồng ý', 'các', 'những', 'chỉ thị', 'chủ trì hội nghị',
  'chủ trì cuộc họp', 'chủ trì buổi', 'chủ trì phiên', 'chủ trì họp', 'chủ trì tọa đàm', 'chủ trì lễ',
  'chủ trì cuộc', 'chủ trì hội thảo', 'chỉ rõ', 'chỉ ra', 'đề cập', 'cho hay', 'cho rằng', 'nói', 'nhận định', 'nhận xét',
  'bày tỏ', 'thừa nhận', 'dẫn chứng', 'trả lời', 'giải thích', 'đưa tin', 'truyền đạt',
  'nhắc lại', 'kể lại',
  // a state told in a report, no order: "Theo đó, Trạm Y tế vẫn giữ nguyên chức năng …" | "Thành phố vẫn còn …"
  // (not "vẫn tiếp tục", "vẫn phải", which may ask)
  'vẫn giữ', 'vẫn còn', 'vẫn là', 'vẫn chưa', 'vẫn đang', 'vẫn có',
];

/**
 * Words that begin like a head but are not bodies (lower case): `Hội nghị`, `Tổ chức`, `Ban hành`,
 * `Báo cáo`, `Phòng chống`, `Bộ máy` — they matter in headings written in capitals, where the word after
 * a head is capitalised too.
 */
export const NOT_A_HEAD: readonly string[] = [
  'hội nghị', 'hội thảo', 'hội thi', 'hội chợ', 'hội diễn', 'hội nhập', 'hội đàm', 'phòng chống', 'phòng ngừa',
  'phòng cháy', 'phòng tránh', 'phòng, chống', 'trường hợp', 'bộ máy', 'bộ phận', 'bộ chỉ số', 'bộ tiêu chí',
  'bộ nhận diện', 'bộ hồ sơ', 'cục bộ', 'vụ việc', 'vụ án', 'vụ tai nạn', 'báo cáo', 'báo chí', 'ban hành', 'tổ chức',
  'viện dẫn', 'trung tâm thương mại', 'cơ quan chủ trì', 'cơ quan chức năng',
  // a place: "Đài Loan (Trung Quốc) chỉ định …"
  'đài loan',
];

/**
 * Capitalised words that begin a document's or a programme's name, not a unit's: a name never runs on
 * into them (`Đoàn Thanh niên căn cứ Chương trình …`, `Sở Y tế ban hành Kế hoạch …`). Lower case.
 */
export const DOCUMENT_WORDS: readonly string[] = [
  'chương trình', 'kế hoạch', 'quyết định', 'nghị quyết', 'nghị định', 'chỉ thị', 'thông tư', 'thông báo',
  'công văn', 'công điện', 'luật', 'đề án', 'dự án', 'hệ thống', 'phong trào', 'kết luận', 'tờ trình', 'quy chế',
  'quy định', 'hướng dẫn', 'báo cáo', 'lễ', 'hội nghị', 'ngày hội', 'festival', 'cuộc thi', 'giải',
];
