/**
 * Who must act (SPEC "assignees"). Brackets mark each unit found, in order; the expected values give its
 * canonical name and role (`generic`, `title` where they matter). Negatives are bodies that receive,
 * request, are directed, are cited, or chair a meeting: no candidate at all.
 */
import type { AssigneeValue } from '../../src/types.js';
import { examples, negatives, type CorpusGroup } from '../helpers/corpus.js';

const lead = (name: string, more: Partial<AssigneeValue> = {}): Partial<AssigneeValue> => ({ name, role: 'lead', ...more });
const support = (name: string, more: Partial<AssigneeValue> = {}): Partial<AssigneeValue> => ({ name, role: 'support', ...more });
const generic = { generic: true } as const;

export const ASSIGNEES_CORPUS: CorpusGroup<AssigneeValue>[] = [
  // --- lead by the words before it: Giao / Đề nghị / Yêu cầu / Mời / Phân công -------------------------
  examples<AssigneeValue>(lead('Sở Tài chính'), [
    'Giao [Sở Tài chính] chủ trì, tham mưu UBND tỉnh bố trí kinh phí.',
    'giao cho [Sở Tài chính] hướng dẫn các đơn vị quyết toán kinh phí',
    'Giao nhiệm vụ cho [Sở Tài chính] cân đối nguồn vốn.',
    'Đề nghị [Sở Tài chính] sớm có ý kiến thẩm định.',
    'Yêu cầu [Sở Tài chính] khẩn trương rà soát nguồn vốn, báo cáo UBND tỉnh.',
    'Chủ tịch UBND tỉnh yêu cầu [Sở Tài chính] tham mưu phương án xử lý.',
    'UBND tỉnh giao [Sở Tài chính] thẩm định dự toán.',
    'Đơn vị chủ trì: [Sở Tài chính].',
    'Cơ quan chủ trì thực hiện: [Sở Tài chính]',
  ]),
  // --- lead as the subject of the instruction ---------------------------------------------------------
  examples<AssigneeValue>(lead('Sở Tài chính'), [
    '[Sở Tài chính] chủ trì thẩm định dự toán, báo cáo UBND tỉnh trước ngày 30/9.',
    '[Sở Tài chính] có trách nhiệm hướng dẫn thủ tục thanh quyết toán.',
    '[Sở Tài chính] chịu trách nhiệm kiểm tra việc phân bổ dự toán.',
    '[Sở Tài chính] khẩn trương cân đối, bố trí kinh phí.',
    // `theo dõi` is a verb, not `theo` "according to"
    '2. [Sở Tài chính] theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này.',
    '- [Sở Tài chính] tổng hợp, tham mưu UBND tỉnh bố trí kinh phí thực hiện.',
    '3. [Sở Tài chính] cần chủ động cân đối nguồn lực.',
    'Trong đó, [Sở Tài chính] tổng hợp nhu cầu kinh phí của các đơn vị.',
    '[Sở Tài chính] (cơ quan thường trực) tổng hợp nhu cầu kinh phí của các đơn vị.',
    'Theo chức năng, nhiệm vụ được giao, [Sở Tài chính] hướng dẫn các địa phương thực hiện.',
    '[Sở Tài chính] theo chức năng, nhiệm vụ được giao, chủ động tham mưu UBND tỉnh.',
    'Căn cứ dự toán được giao, trên cơ sở đề xuất của các đơn vị, [Sở Tài chính] tổng hợp, báo cáo UBND tỉnh.',
    'Hoàn thiện hồ sơ trong tháng 9; [Sở Tài chính] thẩm định trước ngày 15/10.',
    // "theo dõi" is a verb, not "theo" (according to), which says the words after a name are no order
    '[Sở Tài chính] theo dõi, đôn đốc các đơn vị giải ngân vốn đầu tư công.',
    '2. [Sở Tài chính] theo dõi, tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch này./.',
  ]),
  // A name in capitals is title-cased: the words of a field cannot be told from a proper name.
  examples<AssigneeValue>(lead('Sở Tài Chính'), ['[SỞ TÀI CHÍNH] CHỦ TRÌ THẨM ĐỊNH DỰ TOÁN']),
  examples<AssigneeValue>(lead('Bộ Công an'), [
    '[Bộ Công an] chỉ đạo Công an các tỉnh, thành phố tăng cường tuần tra.',
    '7. [Bộ Công an] chủ động nắm tình hình, bảo đảm an ninh trật tự.',
    'Đồng thời, [Bộ Công an] tăng cường kiểm soát các tuyến giao thông.',
    // an ordinal of a list told in prose fronts the subject
    'Thứ ba, [Bộ Công an] tăng cường kiểm soát các tuyến giao thông.',
    'Hai là, [Bộ Công an] tăng cường kiểm soát các tuyến giao thông.',
    '[Bộ trưởng Bộ Công an] chỉ đạo lực lượng công an các cấp nắm chắc địa bàn.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân tỉnh'), [
    'Giao [UBND tỉnh] chỉ đạo các sở, ngành rà soát quy hoạch.',
    'Trong đó, [UBND tỉnh] xây dựng kế hoạch và tổ chức Lễ phát động.',
    '[Uỷ ban nhân dân tỉnh] khẩn trương hoàn thiện hồ sơ đề nghị.',
    '[Tỉnh] cần tập trung tháo gỡ khó khăn cho doanh nghiệp.',
    '[Chủ tịch UBND tỉnh] chịu trách nhiệm trước Thủ tướng Chính phủ về tiến độ giải ngân.',
  ]),
  // the district of a working session, named bare: a class until the report names the one district
  examples<AssigneeValue>(lead('Ủy ban nhân dân huyện'), ['[Huyện] cần rà soát, hoàn thiện hồ sơ điều chỉnh quy hoạch sử dụng đất.']),
  examples<AssigneeValue>(lead('huyện', generic), ['Về công tác giảm nghèo, ông Giang đề nghị [huyện] phát huy hiệu quả các chương trình.']),
  examples<AssigneeValue>(lead('huyện', generic), ['Ông Giang cũng lưu ý [huyện] quan tâm công tác chuẩn bị Đại hội Đảng bộ các cấp.']),
  // a speaker's `lưu ý` + a unit asks it (not "Đáng lưu ý, …", "lưu ý, …", "lưu ý việc …")
  examples<AssigneeValue>(lead('địa phương', generic), ['Bộ trưởng lưu ý [các địa phương] chủ động cung cấp thông tin cho ngư dân.']),
  examples<AssigneeValue>(lead('Sở Y tế'), ['Phó Chủ tịch UBND tỉnh lưu ý [Sở Y tế] chuẩn bị đủ thuốc, vật tư.']),
  negatives([
    'Đáng lưu ý, các địa phương đã cấp gần 18.000 thị thực điện tử.',
    'Phó Thủ tướng lưu ý, trước mắt chưa cho phép ngư dân đánh bắt.',
    'Thủ tướng cũng chỉ đạo lưu ý việc kết nối đồng bộ hệ thống giao thông.',
    'Tổng Bí thư lưu ý cơ cấu trong hội đồng phải bảo đảm cân đối.',
    'Tài liệu lưu ý các địa phương về thời hạn nộp hồ sơ.',
  ]),
  // the youth union and the military command of a locality are units
  examples<AssigneeValue>(lead('Huyện đoàn'), ['[Huyện đoàn] tổ chức ra quân chiến dịch tình nguyện hè.']),
  examples<AssigneeValue>(lead('Tỉnh đội'), ['[Tỉnh đội] sẵn sàng lực lượng, phương tiện cứu hộ.']),
  examples<AssigneeValue>(lead('Thành đoàn'), ['[Thành đoàn] phát động phong trào thanh niên tình nguyện.']),
  examples<AssigneeValue>([lead('Huyện đội'), support('Công an huyện')], ['[Huyện đội] phối hợp với [Công an huyện] tuần tra.']),
  // places after a bare class of localities: each its People's Committee (not a region)
  examples<AssigneeValue>(
    [lead('Ủy ban nhân dân huyện Nga Sơn'), lead('Ủy ban nhân dân huyện Hậu Lộc'), lead('Ủy ban nhân dân huyện Hoằng Hóa')],
    ['Các huyện [Nga Sơn], [Hậu Lộc], [Hoằng Hóa] sơ tán người dân ra khỏi vùng nguy hiểm.'],
  ),
  examples<AssigneeValue>(
    [lead('Ủy ban nhân dân tỉnh Quảng Ninh'), lead('Ủy ban nhân dân thành phố Hải Phòng')],
    ['Các tỉnh [Quảng Ninh], [Hải Phòng] cần chủ động phương án ứng phó.'],
  ),
  examples<AssigneeValue>(
    [lead('Ủy ban nhân dân huyện Nga Sơn'), lead('Ủy ban nhân dân huyện Hậu Lộc')],
    ['UBND các huyện [Nga Sơn], [Hậu Lộc] sơ tán người dân.'],
  ),
  examples<AssigneeValue>(lead('huyện', generic), ['[Các huyện] cần chủ động phương án ứng phó.']),
  negatives(['Các tỉnh Tây Nguyên cần chủ động phương án ứng phó.']),
  // (a zone a class of localities is ranked by is no name either: the class `xã`, not `xã Khu`; each place after a
  // bare class is still its People's Committee)
  examples<AssigneeValue>(lead('xã', generic), ['Thủ tướng yêu cầu [các xã] Khu vực III chủ động phương án.']),
  negatives(['Các xã Khu vực III, xã Biên giới được ưu tiên bố trí vốn đầu tư.', 'Các xã Biên giới khẩn trương rà soát.']),
  examples<AssigneeValue>(
    [lead('Ủy ban nhân dân xã Biên Hòa'), lead('Ủy ban nhân dân xã Long Thành')],
    ['Các xã [Biên Hòa], [Long Thành] khẩn trương rà soát.'],
  ),
  // (a region of more words, or by its acronym, is a class too)
  examples<AssigneeValue>(lead('tỉnh', generic), ['Thủ tướng yêu cầu [các tỉnh] Đồng bằng sông Cửu Long chủ động phương án.']),
  examples<AssigneeValue>(lead('tỉnh ĐBSCL', generic), ['[Các tỉnh ĐBSCL] cần chủ động phương án chống sạt lở.']),
  // (not a body named after the district, nor the first of a list of localities)
  negatives([
    'Ông Giang đề nghị huyện, xã rà soát lại danh sách hộ nghèo.',
    'Thủ tướng yêu cầu tỉnh, thành phố rà soát các dự án chậm tiến độ.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân Thành phố'), [
    '- [Thành phố] khẩn trương rà soát các dự án chậm tiến độ.',
    '[Thành phố] chủ động làm việc với các nhà đầu tư.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân tỉnh Lâm Đồng', { title: 'Chủ tịch' }), [
    '1. [Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng] khẩn trương chỉ đạo chính quyền địa phương hỗ trợ các gia đình.',
  ]),
  examples<AssigneeValue>(lead('Sở Khoa học và Công nghệ', { title: 'Giám đốc' }), [
    '- Giao [Giám đốc Sở Khoa học và Công nghệ] chỉ đạo các phòng chuyên môn khẩn trương thực hiện các thủ tục.',
    'Đề nghị [Giám đốc Sở KH&CN] chỉ đạo rà soát các nhiệm vụ chậm tiến độ.',
  ]),
  examples<AssigneeValue>(lead('Sở Khoa học và Công nghệ'), [
    'Giao [Sở KH&CN] chủ trì tổ chức Ngày hội khởi nghiệp.',
    '[Sở KHCN] khẩn trương hoàn chỉnh nội dung theo ý kiến góp ý của các sở, ngành.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân Thành phố Hồ Chí Minh'), [
    'Đề nghị [UBND TP. Hồ Chí Minh] chỉ đạo các lực lượng chức năng.',
    'Đề nghị [UBND TPHCM] chỉ đạo các lực lượng chức năng.',
    'Mời [Thành phố Hồ Chí Minh] cử đoàn nghệ thuật tham gia Chương trình.',
  ]),
  examples<AssigneeValue>(lead('Hội đồng nhân dân tỉnh'), ['Đề nghị [HÐND tỉnh] xem xét, thông qua Nghị quyết tại kỳ họp gần nhất.']),
  examples<AssigneeValue>(lead('Chi cục Tiêu chuẩn Đo lường Chất lượng'), ['Giao [Chi cục TCĐLCL] tổ chức kiểm tra chất lượng hàng hóa.']),
  examples<AssigneeValue>(lead('Ban Chỉ đạo 389 quốc gia'), ['Theo Kế hoạch, [Ban Chỉ đạo 389 quốc gia] sẽ tăng cường công tác kiểm tra, đôn đốc.']),
  examples<AssigneeValue>(lead('Ban Chỉ đạo cấp tỉnh'), ['Bí thư Tỉnh ủy đề nghị [Ban Chỉ đạo cấp tỉnh] tập trung rà soát, tháo gỡ các điểm nghẽn.']),
  // boards named after the work they steer, in lower case (the fields of the lexicon, joined by và, after về)
  examples<AssigneeValue>(lead('Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh'), [
    '[Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh] khẩn trương kiểm tra an toàn các hồ đập.',
  ]),
  examples<AssigneeValue>(lead('Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Yên Bái'), [
    'Giao [Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Yên Bái] trực ban 24/24 giờ.',
  ]),
  // the office of such a board carries its fields too (not cut after the board's head)
  examples<AssigneeValue>(lead('Văn phòng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh'), [
    '[Văn phòng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh] tổ chức trực ban nghiêm túc 24/24 giờ.',
    'Giao [Văn phòng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh] tổng hợp, báo cáo hằng ngày.',
  ]),
  examples<AssigneeValue>(lead('Văn phòng Ban Chỉ đạo giảm nghèo bền vững tỉnh'), ['[Văn phòng Ban Chỉ đạo giảm nghèo bền vững tỉnh] tổng hợp kết quả rà soát.']),
  // (not: an office of a Sở, whose name has no field a board steers)
  examples<AssigneeValue>(lead('Văn phòng Sở Y tế'), ['[Văn phòng Sở Y tế] tổ chức trực ban nghiêm túc.']),
  examples<AssigneeValue>(lead('Ban Chỉ đạo giảm nghèo bền vững tỉnh'), ['Giao [Ban Chỉ đạo giảm nghèo bền vững tỉnh] đôn đốc các huyện rà soát hộ nghèo.']),
  examples<AssigneeValue>(
    [lead('Bộ Ngoại giao'), support('Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài')],
    ['[Bộ Ngoại giao] chủ trì, phối hợp với [Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài] tổng hợp tình hình.'],
  ),
  examples<AssigneeValue>(lead('Ban Quản lý các khu công nghiệp tỉnh'), ['Giao [Ban Quản lý các khu công nghiệp tỉnh] hướng dẫn doanh nghiệp hoàn thiện hồ sơ.']),
  // (not: a field the lexicon does not know, a body after và, a verb that is also a tail word)
  examples<AssigneeValue>([lead('Ban Chỉ huy phòng, chống thiên tai tỉnh'), lead('Sở Nông nghiệp và Môi trường')], [
    'Giao [Ban Chỉ huy phòng, chống thiên tai tỉnh] và [Sở Nông nghiệp và Môi trường] kiểm tra các tuyến đê.',
  ]),
  examples<AssigneeValue>(lead('Ban Chỉ đạo Trung ương'), ['Giao [Ban Chỉ đạo Trung ương] về việc sắp xếp bộ máy theo dõi, đôn đốc.']),
  // a named board opening the sentence as its subject, without Giao: its field runs to the verb
  examples<AssigneeValue>(lead('Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực'), [
    '[Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực] chỉ đạo các cơ quan chức năng đẩy nhanh tiến độ xử lý các vụ án.',
    '[Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực] tăng cường kiểm tra, giám sát.',
  ]),
  examples<AssigneeValue>(lead('Ban Chỉ đạo quốc gia về chuyển đổi số'), ['[Ban Chỉ đạo quốc gia về chuyển đổi số] tổ chức sơ kết 6 tháng đầu năm.']),
  examples<AssigneeValue>(lead('Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số'), [
    '[Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số] ban hành quy chế làm việc.',
  ]),
  examples<AssigneeValue>(lead('Bộ Công an'), ['- [Bộ Công an] đầu tư, xây dựng hạ tầng dùng chung của các trung tâm dữ liệu.']),
  examples<AssigneeValue>(lead('Sở Kế hoạch và đầu tư'), ['Giao [Sở Kế hoạch và đầu tư] thẩm định nguồn vốn.']),
  examples<AssigneeValue>(lead('Công ty Cổ phần Thủy điện Sông Bung'), [
    'Bộ Công Thương yêu cầu [Công ty Cổ phần Thủy điện Sông Bung] dừng ngay việc tích nước.',
    'Do đó, Bộ Công Thương yêu cầu [Công ty Cổ phần Thủy điện Sông Bung] báo cáo chi tiết.',
  ]),
  examples<AssigneeValue>(lead('Tổng công ty Điện lực miền Trung'), [
    'Đối với [Tổng công ty Điện lực miền Trung], Bộ Công Thương yêu cầu không mua điện khi chưa đủ điều kiện.',
    '[Tổng công ty Điện lực miền Trung] Chủ trì, xây dựng phương án cấp điện.',
  ]),
  examples<AssigneeValue>(lead('Bộ Y tế'), [
    'Thủ tướng Chính phủ chỉ đạo [Bộ Y tế] khẩn trương hướng dẫn các địa phương.',
    'Phó Thủ tướng yêu cầu [Bộ Y tế] chủ động phương án ứng phó.',
  ]),
  examples<AssigneeValue>(lead('Tổng cục Quản lý thị trường'), [
    'Về việc này, Phó Thủ tướng Trương Hòa Bình giao [Tổng cục Quản lý thị trường] kiểm tra, làm rõ nguồn gốc lô hàng.',
  ]),
  examples<AssigneeValue>(
    [lead('Bộ Ngoại giao'), support('Đại sứ quán Ấn Độ')],
    ['4. [Bộ Ngoại giao] khẩn trương phối hợp chặt chẽ với [Đại sứ quán Ấn Độ] tại Việt Nam thực hiện công tác bảo hộ công dân.'],
  ),
  // an acronym inside a name is no word of a proper name: the lower-case syllable after the next capital is read
  examples<AssigneeValue>(lead('Ngân hàng TMCP Đầu tư và Phát triển Việt Nam'), ['[Ngân hàng TMCP Đầu tư và Phát triển Việt Nam] chủ trì cho vay khắc phục hậu quả.']),
  examples<AssigneeValue>(lead('Ủy ban Quản lý vốn nhà nước'), ['7. [Ủy ban Quản lý vốn nhà nước] khẩn trương ổn định cơ cấu tổ chức.']),
  // a body named `Quản lý` names what it manages in lower case, up to the verb or the mark after it
  examples<AssigneeValue>(
    [lead('Phòng Quản lý đô thị'), support('Phòng Tài chính - Kế hoạch')],
    ['Giao [Phòng Quản lý đô thị] chủ trì, phối hợp với [Phòng Tài chính - Kế hoạch] rà soát, điều chỉnh dự toán.'],
  ),
  examples<AssigneeValue>(lead('Phòng Quản lý đô thị'), [
    '- [Phòng Quản lý đô thị] khẩn trương kiểm tra, xử lý vi phạm trật tự xây dựng.',
    '[Phòng Quản lý đô thị] có trách nhiệm hướng dẫn các phường lập hồ sơ.',
  ]),
  examples<AssigneeValue>(lead('Chi cục Quản lý chất lượng nông lâm sản và thủy sản'), [
    'Giao [Chi cục Quản lý chất lượng nông lâm sản và thủy sản] tăng cường kiểm tra.',
  ]),
  examples<AssigneeValue>(
    [lead('Vụ Kế hoạch - Tài chính'), support('Cục Quản lý đê điều và Phòng, chống thiên tai')],
    ['Giao [Vụ Kế hoạch - Tài chính] chủ trì, phối hợp với [Cục Quản lý đê điều và\nPhòng, chống thiên tai] đề xuất phân bổ kinh phí.'],
  ),
  // (a Sở is named by its field alone: "đầu tư" after it is its verb)
  examples<AssigneeValue>(lead('Sở Tài chính'), ['[Sở Tài chính] đầu tư nâng cấp phần mềm quản lý ngân sách.']),
  examples<AssigneeValue>(
    [lead('Phòng Quản lý ngân sách'), support('Phòng Tài chính doanh nghiệp')],
    ['[Phòng Quản lý ngân sách] chủ trì, phối hợp với [Phòng Tài chính doanh nghiệp] tham mưu xây dựng dự toán.'],
  ),
  // (a lower-case `quản lý` is the verb, not a name)
  examples<AssigneeValue>(lead('Sở Xây dựng'), ['[Sở Xây dựng] quản lý đô thị theo quy hoạch được duyệt.']),
  // one office serves both bodies of a district or a province
  examples<AssigneeValue>(lead('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố'), [
    'c) [Văn phòng HĐND và UBND thành phố] theo dõi, đôn đốc việc thực hiện.',
  ]),
  examples<AssigneeValue>(lead('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Quỳnh Lưu'), [
    'Giao [Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Quỳnh Lưu] tổng hợp, báo cáo.',
  ]),
  examples<AssigneeValue>(lead('Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh'), [
    '[Văn phòng Đoàn ĐBQH và HĐND tỉnh] chuẩn bị nội dung kỳ họp.',
  ]),
  // (two units where the office is not the head: "Văn phòng UBND tỉnh và UBND huyện")
  examples<AssigneeValue>([lead('Văn phòng Ủy ban nhân dân tỉnh'), lead('Ủy ban nhân dân huyện Quỳnh Lưu')], [
    '[Văn phòng UBND tỉnh] và [UBND huyện Quỳnh Lưu] phối hợp tổ chức buổi làm việc.',
  ]),
  // a short heading line that names the unit, its first order on the next line: the verb is not part of the name
  examples<AssigneeValue>(lead('Thanh tra Sở'), ['3.5. [Thanh tra Sở]\nXây dựng kế hoạch thanh tra năm 2026, trình Giám đốc Sở phê duyệt.']),
  examples<AssigneeValue>(lead('Văn phòng Sở'), ['3.4. [Văn phòng Sở]\nTổ chức Hội nghị sơ kết 9 tháng.']),
  // (a name wrapped on a long line goes on: the field is the next word)
  examples<AssigneeValue>(lead('Sở Xây dựng'), [
    'Về đề nghị điều chỉnh quy hoạch chung đô thị Hoàng Mai mở rộng, UBND tỉnh giao [Sở\nXây dựng] chủ trì thẩm định.',
    // … and on a short line that is no heading: words before the name, or no marker (a narrow table cell)
    'Giao [Sở\nXây dựng] chủ trì kiểm tra.',
    '[Sở\nXây dựng] chủ trì thẩm định thiết kế.',
  ]),
  examples<AssigneeValue>(lead('Thanh tra Sở Xây dựng'), [
    '[Thanh tra Sở\nXây dựng] kiểm tra việc cấp phép.',
    'Đề nghị [Thanh tra Sở\nXây dựng] kiểm tra việc cấp phép.',
  ]),
  // a name wrapped before a word of it that holds a verb goes on ("Đăng ký": ký "sign")
  examples<AssigneeValue>(
    [lead('Phòng Tài nguyên và Môi trường'), support('Chi nhánh Văn phòng Đăng ký đất đai huyện')],
    ['a) [Phòng Tài nguyên và Môi trường] chủ trì, phối hợp với [Chi nhánh Văn phòng\nĐăng ký đất đai huyện] rà soát nguồn gốc đất.'],
  ),
  // a condition fronted before the subject: "Trường hợp …, X …"
  examples<AssigneeValue>(lead('Ủy ban nhân dân xã Đức Hòa Hạ'), [
    '- Trường hợp các hộ không chấp hành, [UBND xã Đức Hòa Hạ] lập hồ sơ cưỡng chế thu hồi đất theo quy định.',
    'Trường hợp cần thiết, [UBND xã Đức Hòa Hạ] báo cáo UBND huyện xem xét.',
  ]),
  // (the verb after the name still ends it)
  examples<AssigneeValue>(lead('Cục Quản lý thị trường'), ['[Cục Quản lý thị trường] tăng cường kiểm tra hàng hóa nhập lậu.']),
  examples<AssigneeValue>({ role: 'lead', generic: true }, ['Thủ tướng Chính phủ chỉ thị [các Bộ, cơ quan ngang Bộ] đẩy mạnh sắp xếp doanh nghiệp.']),
  // A class is the whole phrase that names it, not its first noun: `tổ chức tín dụng` is not `tổ chức`.
  examples<AssigneeValue>(lead('tổ chức tín dụng', generic), [
    '1. [Các tổ chức tín dụng] tiếp tục giảm lãi suất cho vay.',
    'Thống đốc yêu cầu [các TCTD] rà soát, cơ cấu lại thời hạn trả nợ cho khách hàng.',
    'Yêu cầu [các tổ chức tín dụng] đẩy mạnh cho vay sản xuất, kinh doanh.',
  ]),
  examples<AssigneeValue>(lead('tổ chức chính trị - xã hội', generic), [
    '[Các tổ chức chính trị - xã hội] tăng cường tuyên truyền, vận động hội viên.',
    'Đề nghị [các tổ chức chính trị – xã hội] vận động đoàn viên, hội viên tham gia.',
  ]),
  examples<AssigneeValue>(lead('ngân hàng thương mại', generic), [
    '[Các ngân hàng thương mại] tiếp tục tiết giảm chi phí, giảm lãi suất cho vay.',
    '[Các NHTM] công khai lãi suất cho vay bình quân.',
  ]),
  // "tiếp tục" keeps its verb: the body acts ("tiếp tục thông tin" only reports)
  examples<AssigneeValue>(lead('Viện Hàn lâm Khoa học và Công nghệ'), ['[Viện Hàn lâm KH&CN] tiếp tục theo dõi, công khai chất lượng môi trường biển.']),
  // (an order to inform says no "sẽ": only a newspaper's promise does)
  examples<AssigneeValue>(lead('Sở Văn hóa, Thể thao và Du lịch'), ['[Sở Văn hóa, Thể thao và Du lịch] tiếp tục thông tin, tuyên truyền về phòng, chống dịch bệnh.']),
  examples<AssigneeValue>(lead('doanh nghiệp nhà nước', generic), ['[Các doanh nghiệp nhà nước] khẩn trương hoàn thành phương án cổ phần hóa.']),
  examples<AssigneeValue>(lead('hội, hiệp hội', generic), ['[Các hội, hiệp hội] doanh nghiệp phổ biến chính sách đến hội viên.']),
  // party committees of a class of localities keep their `ủy`; the committee of a bloc is one body
  examples<AssigneeValue>(lead('huyện ủy, thị ủy, thành ủy', generic), ['2.4. [Các huyện ủy, thị ủy, thành ủy] tập trung lãnh đạo đại hội chi bộ.']),
  examples<AssigneeValue>([lead('Ban Tuyên giáo Tỉnh ủy'), support('Đảng ủy Khối các cơ quan tỉnh')], [
    '[Ban Tuyên giáo Tỉnh ủy] chủ trì, phối hợp với [Đảng ủy Khối các cơ quan tỉnh] nắm bắt dư luận xã hội.',
  ]),
  examples<AssigneeValue>(lead('cơ sở giáo dục', generic), ['[Các cơ sở giáo dục] chủ động rà soát điều kiện bảo đảm an toàn trường học.']),
  // the speaker's words set off by a comma: their subject acts
  examples<AssigneeValue>(lead('Ngân hàng Nhà nước Việt Nam'), [
    'Ở góc độ nguồn vốn, Phó Thủ tướng nêu rõ, [Ngân hàng Nhà nước Việt Nam] rà soát, nghiên cứu chính sách tín dụng ưu đãi.',
    'Bộ trưởng nhấn mạnh, [Ngân hàng Nhà nước Việt Nam] nghiên cứu gói tín dụng cho doanh nghiệp.',
  ]),
  examples<AssigneeValue>(lead('Ngân hàng Nhà nước Việt Nam'), [
    // (the verb that owns a quote before it: the words after its comma are the report's, whose subject a strong verb only makes a lead)
    '“Phải tăng cường kỷ luật”, ông Huệ nhấn mạnh, [Ngân hàng Nhà nước Việt Nam] chủ trì thanh tra các tổ chức tín dụng.',
  ]),
  // a quoted order keeps its subject: the opening quotation mark does not close the clause
  examples<AssigneeValue>(lead('Bộ Tài nguyên và Môi trường'), [
    'Thủ tướng yêu cầu: “[Bộ Tài nguyên và Môi trường] hướng dẫn các địa phương cấp phép mỏ vật liệu”.',
    '"[Bộ Tài nguyên và Môi trường] chủ trì giải quyết dứt điểm vướng mắc về mặt bằng", Thủ tướng chỉ đạo.',
  ]),
  examples<AssigneeValue>(lead('trường', generic), ['[Các trường] chủ động rà soát cơ sở vật chất.']),
  examples<AssigneeValue>(lead('Phòng Hành chính - Tổng hợp'), [
    'Trên cơ sở các văn bản chỉ đạo của Trung ương và của tỉnh, [Phòng Hành chính - Tổng hợp] tham mưu Lãnh đạo Sở ban hành Kế hoạch.',
    '[Phòng HC-TH] khẩn trương tham mưu Lãnh đạo Sở.',
  ]),
  examples<AssigneeValue>(lead('Cơ quan Thường trực Ban Chỉ đạo'), ['[Cơ quan Thường trực Ban Chỉ đạo] chịu trách nhiệm báo cáo, cập nhật tiến độ.']),
  examples<AssigneeValue>(lead('Phó Thủ tướng Thường trực Chính phủ'), ['Điều 3. Phân công [Phó Thủ tướng Thường trực Chính phủ] chỉ đạo việc xây dựng dự án Luật.']),

  // --- the assignment as a noun phrase: the duty is given `cho` the unit that must do it -------------------
  examples<AssigneeValue>(lead('Sở Y tế'), [
    'Giao trách nhiệm cho [Sở Y tế] kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.',
    'Giao nhiệm vụ cụ thể cho [Sở Y tế] theo dõi diễn biến dịch bệnh.',
    'Chủ tịch UBND tỉnh giao trách nhiệm cụ thể cho [Sở Y tế] kiểm tra, báo cáo.',
    'Giao việc cho [Sở Y tế] tổng hợp số liệu tiêm chủng.',
    'Giao nhiệm vụ chủ trì cho [Sở Y tế] xây dựng kế hoạch phòng, chống dịch.',
  ]),
  examples<AssigneeValue>(lead('Ban Chỉ đạo 389 tỉnh'), ['Ban Chỉ đạo 389 quốc gia cũng giao nhiệm vụ cụ thể cho [Ban Chỉ đạo 389 tỉnh] rà soát địa bàn trọng điểm.']),
  examples<AssigneeValue>(lead('Sở Nội vụ'), [
    'Phân công nhiệm vụ cho [Sở Nội vụ] theo dõi, đôn đốc việc sắp xếp bộ máy.',
    'Phó Chủ tịch UBND tỉnh phân công cho [Sở Nội vụ] theo dõi, đôn đốc việc sắp xếp bộ máy.',
    'Chủ tịch UBND tỉnh phân công trách nhiệm cho [Sở Nội vụ] thẩm định đề án.',
  ]),
  examples<AssigneeValue>(lead('Sở Xây dựng'), [
    'Nhiệm vụ này được giao cho [Sở Xây dựng] chủ trì thực hiện.',
    'Đồng thời, nhiệm vụ được giao cho [Sở Xây dựng] hoàn thành trước ngày 30/9.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân các huyện', generic), ['Các nhiệm vụ được giao cho [UBND các huyện] phải hoàn thành trong quý III/2024.']),
  // the lead that shares out its own work among its members: they are the bodies it directs
  examples<AssigneeValue>(lead('Tổ giúp việc'), ['[Tổ giúp việc] nhanh chóng ban hành quy chế hoạt động, phân công nhiệm vụ cho các thành viên.']),
  // … and the unit a leader asks to share out the work, not the units it shares it with
  examples<AssigneeValue>(lead('Bộ Nội vụ'), ['Thủ tướng yêu cầu [Bộ Nội vụ] khẩn trương rà soát, phân công cho các địa phương thực hiện.']),
  examples<AssigneeValue>(lead('Bộ Tài chính'), ['Phó Thủ tướng đề nghị [Bộ Tài chính] chủ trì, phân công nhiệm vụ cho Kho bạc Nhà nước theo dõi giải ngân.']),
  // handed over, granted, said to be impossible, told as past, or a duty a report says was given: no assignment
  negatives([
    'Sở Tài chính theo đề nghị của Sở Nội vụ đã bố trí kinh phí.',
    'Phó Thủ tướng nói không thể giao cho UBND Đà Nẵng quyết định việc này.',
    'Đến nay vẫn chưa giao cho Sở Xây dựng quản lý khu đất.',
    'UBND tỉnh đã giao nhiệm vụ cho Sở Xây dựng nhưng đến nay chưa thực hiện.',
    'Sở đã hoàn thành các nhiệm vụ được giao cho Sở Xây dựng trong năm 2023.',
    'Trong đó đã phân công cho Sở Nội vụ theo dõi nhưng chưa có báo cáo.',
    'Giao quyền tự chủ cho Trường Đại học Phạm Văn Đồng theo quy định.',
    // "theo" after a name: the words that follow are not its act
    'Kinh phí do Sở Tài chính theo quy định bố trí.',
  ]),
  // a name hard-wrapped by a line or a page break is read whole, the break inside its span
  examples<AssigneeValue>(lead('Sở Tài nguyên và Môi trường'), [
    'Giao nhiệm vụ cho [Sở Tài nguyên và\nMôi trường] rà soát quỹ đất.',
    'Chủ tịch UBND tỉnh yêu cầu [Sở Tài nguyên và\n\nMôi trường] khẩn trương khảo sát.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân các huyện, thị xã, thành phố', generic), ['Nhiệm vụ được giao cho [UBND các huyện,\nthị xã, thành phố] thực hiện ngay.']),

  // --- support ------------------------------------------------------------------------------------------
  examples<AssigneeValue>(support('Sở Nội vụ'), [
    'Phối hợp với [Sở Nội vụ] hướng dẫn các địa phương bố trí biên chế.',
    '(1) Phối hợp chặt chẽ với [Sở Nội vụ] trong quá trình thực hiện.',
    'khẩn trương phối hợp cùng [Sở Nội vụ] thành lập Ban Chỉ đạo chuyển đổi số',
    '- Phối hợp [Sở Nội vụ] xây dựng Hướng dẫn khen thưởng.',
    'Tổ chức hội nghị tập huấn với sự tham gia của [Sở Nội vụ].',
    'theo dõi, phối hợp, hỗ trợ [Sở Nội vụ] tổ chức lại bộ máy',
    'Chủ trì, phối hợp với [Sở Nội vụ] rà soát vị trí việc làm.',
    'Chủ trì phối hợp với [Sở Nội vụ] rà soát vị trí việc làm.',
    'Đơn vị phối hợp: [Sở Nội vụ].',
  ]),
  examples<AssigneeValue>(support('Sở Văn hóa và Thể thao'), [
    // a line wrapped inside the trigger
    '- Xây dựng phương án y tế cho từng sự kiện (phối\nhợp với [Sở Văn hóa và Thể thao], UBND các phường\ndiễn ra sự kiện)'.replace('UBND các phường\ndiễn ra sự kiện', 'đơn vị tổ chức sự kiện'),
    'Giao Công an Thành phố chủ trì,\nphối hợp với\n[Sở Văn hóa và Thể thao] thẩm định các chương trình.'.replace('Giao Công an Thành phố chủ trì,\n', 'Chủ trì, '),
  ]),
  examples<AssigneeValue>(support('Sở Tài chính'), [
    'Phối hợp chặt chẽ với cơ quan chủ trì nhiệm vụ và [phòng chuyên môn của Sở Tài chính] trong việc thẩm định hồ sơ.',
  ]),
  examples<AssigneeValue>(support('Phòng Kế hoạch - Tài chính'), [
    '(5) Phối hợp chặt chẽ với [Phòng Kế hoạch - Tài chính] đẩy mạnh tiến độ giải ngân.',
    'Phối hợp với [Phòng KH-TC] hoàn chỉnh hồ sơ thanh lý tài sản.',
  ]),
  // after the unit that chairs, units that only work with it (no partner of their own) support it
  examples<AssigneeValue>([lead('Sở Nội vụ'), support('Sở Tài chính'), support('Công an tỉnh')], [
    'Giao [Sở Nội vụ] chủ trì; [Sở Tài chính], [Công an tỉnh] phối hợp rà soát hồ sơ.',
    '[Sở Nội vụ] chủ trì, [Sở Tài chính] và [Công an tỉnh] phối hợp thực hiện.',
  ]),
  // (a unit that names its own partner leads with it; a meeting's chair names no work to support)
  examples<AssigneeValue>([lead('Sở Nội vụ'), lead('Sở Tài chính'), support('Sở Y tế')], [
    '[Sở Nội vụ] chủ trì; [Sở Tài chính] phối hợp chặt chẽ với [Sở Y tế] thực hiện.',
  ]),
  examples<AssigneeValue>([lead('Sở Tài chính'), lead('Công an tỉnh'), support('Sở Nội vụ')], [
    '[Sở Tài chính], [Công an tỉnh] phối hợp với [Sở Nội vụ] rà soát hồ sơ.',
  ]),
  examples<AssigneeValue>([lead('Văn phòng Chính phủ'), support('Ủy ban nhân dân Thành phố Hồ Chí Minh')], [
    '[Văn phòng Chính phủ] theo dõi, đôn đốc và phối hợp với [Ủy ban nhân dân Thành phố Hồ Chí Minh] tổng hợp kết quả.',
  ]),
  examples<AssigneeValue>(support('Sở Văn hóa và Thể thao Hà Nội'), [
    '- Cử đầu mối phối hợp với [Sở Văn hóa và Thể thao Hà Nội] (cơ quan thường trực) triển khai thực hiện.',
  ]),

  // --- lead and support ----------------------------------------------------------------------------------
  examples<AssigneeValue>(
    [lead('Sở Tài chính'), support('Sở Nội vụ')],
    [
      'Giao [Sở Tài chính] chủ trì, phối hợp với [Sở Nội vụ] rà soát kinh phí.',
      '[Sở Tài chính] chủ trì, phối hợp với [Sở Nội vụ] hướng dẫn thực hiện.',
      '[Sở Tài chính] chủ trì phối hợp với [Sở Nội vụ] xây dựng phương án.',
      '[Sở Tài chính] phối hợp với [Sở Nội vụ] rà soát biên chế.',
      'Đề nghị [Sở Tài chính] phối hợp với [Sở Nội vụ] tham mưu UBND tỉnh.',
      'Yêu cầu [Sở Tài chính] cùng [Sở Nội vụ] kiểm tra việc thực hiện.',
      '[Sở Tài chính] cùng [Sở Nội vụ] kiểm tra việc thực hiện.',
      'Cơ quan thực hiện: [Sở Tài chính] chủ trì, phối hợp với [Sở Nội vụ].',
      'Giao [Giám đốc Sở Tài chính] chủ trì, phối hợp với [Sở Nội vụ] giải quyết các vướng mắc.',
      '[Sở Tài chính] có trách nhiệm phối hợp chặt chẽ với [Sở Nội vụ] trong quá trình thực hiện.',
    ],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Văn hóa, Thể thao và Du lịch'), support('Ban Tuyên giáo và Dân vận Trung ương')],
    [
      '8. [Bộ Văn hóa, Thể thao và Du lịch] phối hợp với [Ban Tuyên giáo và Dân vận Trung ương] định hướng thông tin.',
      'Giao [Bộ VH,TT&DL] chủ trì, phối hợp với [Ban Tuyên giáo và Dân vận Trung ương] tổ chức tuyên truyền.',
    ],
  ),
  examples<AssigneeValue>(
    [lead('Sở Văn hóa, Thể thao và Du lịch'), support('Sở Lao động - Thương binh và Xã hội')],
    ['Giao [Sở Văn hóa, Thể thao và Du lịch] phối hợp với [Sở LĐTB&XH] triển khai Đề án.'],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Tài chính'), support('Bộ Nông nghiệp và Môi trường'), support('cơ quan liên quan', generic)],
    ['Giao [Bộ Tài chính] chủ trì, phối hợp với [Bộ Nông nghiệp và Môi trường] và [các cơ quan liên quan] nghiên cứu kiến nghị của Thành phố.'],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Nông nghiệp và Phát triển nông thôn'), support('Bộ Tài nguyên và Môi trường')],
    ['[Bộ NN&PTNT] chủ trì, phối hợp với [Bộ TN&MT] hướng dẫn các địa phương.'],
  ),
  // the second field abbreviated alone
  examples<AssigneeValue>(lead('Sở Nông nghiệp và Phát triển nông thôn', { title: 'Giám đốc' }), [
    '2. [Giám đốc Sở Nông nghiệp và PTNT] chỉ đạo Chi cục Thủy lợi vận hành an toàn các hồ chứa.',
  ]),
  examples<AssigneeValue>(
    [lead('Sở Giáo dục và Đào tạo'), support('Sở Y tế')],
    ['[Sở GD&ĐT] phối hợp với [Sở Y tế] tổ chức kiểm tra an toàn thực phẩm tại các trường học.'],
  ),
  examples<AssigneeValue>(
    [lead('Sở Kế hoạch và Đầu tư'), support('Sở Khoa học và Công nghệ'), support('Hội Doanh nghiệp trẻ tỉnh Long An'), support('cơ quan, đơn vị liên quan', generic)],
    [
      'Giao [Sở Kế hoạch và Đầu tư] chủ trì, phối hợp với [Sở Khoa học và Công nghệ], [Hội Doanh nghiệp trẻ tỉnh Long An] và [các cơ quan, đơn vị liên quan] thống nhất phương án.',
    ],
  ),
  examples<AssigneeValue>(
    [lead('Văn phòng Sở'), support('Chi cục Tiêu chuẩn Đo lường Chất lượng'), support('Phòng Quản lý Công nghệ, thị trường công nghệ và chuyên ngành')],
    ['[Văn phòng Sở] chủ trì, phối hợp với [Chi cục Tiêu chuẩn Đo lường Chất lượng], [Phòng Quản lý Công nghệ, thị trường công nghệ và chuyên ngành] tham mưu lãnh đạo Sở.'],
  ),
  examples<AssigneeValue>(
    [lead('Công an tỉnh'), support('Bộ Chỉ huy Quân sự tỉnh'), support('Bộ Chỉ huy Bộ đội Biên phòng tỉnh')],
    ['[Công an tỉnh] chủ trì, phối hợp với [Bộ Chỉ huy Quân sự tỉnh], [Bộ Chỉ huy Bộ đội Biên phòng tỉnh] tăng cường tuần tra.'],
  ),
  // commands whose names go on in lower case or a number
  examples<AssigneeValue>(
    [lead('Bộ Tư lệnh Cảnh sát biển'), support('Bộ Tư lệnh Bộ đội Biên phòng'), support('Bộ Tư lệnh Quân khu 4'), support('Bộ Tư lệnh Thủ đô Hà Nội')],
    ['Giao [Bộ Tư lệnh Cảnh sát biển] chủ trì, phối hợp với [Bộ Tư lệnh Bộ đội Biên phòng], [Bộ Tư lệnh Quân khu 4], [Bộ Tư lệnh Thủ đô Hà Nội] tổ chức tuần tra.'],
  ),
  // companies named by their trade and place (not the trade word alone: `hạ tầng viễn thông`, `qua bưu điện`)
  examples<AssigneeValue>(
    [lead('Sở Khoa học và Công nghệ'), support('Viễn thông Phú Yên'), support('Viettel Phú Yên'), support('VNPT Phú Yên'), support('Bưu điện tỉnh'), support('Điện lực Tuy Hòa')],
    ['[Sở Khoa học và Công nghệ] chủ trì, phối hợp với [Viễn thông Phú Yên], [Viettel Phú Yên], [VNPT Phú Yên], [Bưu điện tỉnh], [Điện lực Tuy Hòa] triển khai.'],
  ),
  examples<AssigneeValue>(lead('Viettel Phú Yên'), ['Giao [Viettel Phú Yên] bảo đảm thông tin liên lạc thông suốt.']),
  examples<AssigneeValue>(lead('Sở Khoa học và Công nghệ'), ['[Sở Khoa học và Công nghệ] chủ trì phát triển hạ tầng viễn thông, gửi hồ sơ qua bưu điện.']),
  examples<AssigneeValue>(
    [lead('Tỉnh đoàn'), support('Hội Liên hiệp Phụ nữ tỉnh')],
    ['[Tỉnh đoàn] chủ trì, phối hợp với [Hội Liên hiệp Phụ nữ tỉnh] tổ chức các hoạt động tình nguyện.'],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Y tế'), lead('Bộ Giáo dục và Đào tạo')],
    [
      '[Bộ Y tế], [Bộ Giáo dục và Đào tạo] phối hợp chặt chẽ theo chức năng, nhiệm vụ được giao.',
      'Đề nghị [Bộ Y tế] và [Bộ Giáo dục và Đào tạo] chỉ đạo các cơ sở tăng cường kiểm tra.',
    ],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Nông nghiệp và Môi trường'), lead('cơ quan liên quan', generic)],
    ['[Bộ Nông nghiệp và Môi trường] và [các cơ quan liên quan] hướng dẫn các địa phương.'],
  ),
  examples<AssigneeValue>(
    [lead('Sở Nội vụ'), lead('Ban Thi đua - Khen thưởng')],
    ['Giao [Sở Nội vụ] ([Ban Thi đua - Khen thưởng]) chủ trì tổng hợp thành tích.'],
  ),
  examples<AssigneeValue>(
    [lead('Phòng Hành chính - Tổng hợp'), lead('Tổ chuyển đổi số')],
    ['[Phòng Hành chính - Tổng hợp] và [Tổ chuyển đổi số] của Sở có trách nhiệm theo dõi, báo cáo kết quả.'],
  ),
  examples<AssigneeValue>(
    [lead('Sở Tài chính'), support('Trung tâm Kiểm soát bệnh tật')],
    ['[Sở Tài chính] phối hợp với [Trung tâm Kiểm soát bệnh tật] (Sở Y tế) bố trí kinh phí phòng dịch.'],
  ),

  // --- lists after a colon, and plural heads ------------------------------------------------------------
  examples<AssigneeValue>(
    [support('Công an Thành phố'), support('Ủy ban nhân dân phường Ba Đình'), support('Ủy ban nhân dân phường Hoàn Kiếm'), support('Ủy ban nhân dân phường Văn Miếu - Quốc Tử Giám'), support('đơn vị liên quan', generic)],
    ['- Phối hợp [Công an Thành phố], UBND các phường: [Ba Đình], [Hoàn Kiếm], [Văn Miếu – Quốc Tử Giám] và [các đơn vị liên quan] xây dựng kế hoạch.'],
  ),
  examples<AssigneeValue>(
    [lead('Ủy ban nhân dân huyện Sơn Hà'), lead('Ủy ban nhân dân huyện Ba Tơ')],
    ['Giao UBND các huyện: [Sơn Hà], [Ba Tơ] rà soát các hộ dân trong vùng sạt lở.', 'Yêu cầu Ủy ban nhân dân các huyện: [Sơn Hà] và [Ba Tơ] khẩn trương di dời dân.'],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Giao thông vận tải'), support('Bộ Xây dựng'), support('Bộ Quốc phòng'), support('Bộ Tài nguyên và Môi trường')],
    ['Giao [Bộ Giao thông vận tải] chủ trì, phối hợp với các Bộ: [Xây dựng], [Quốc phòng], [Tài nguyên và Môi trường] nghiên cứu phương án.'],
  ),
  examples<AssigneeValue>(
    [support('Bộ Tài chính'), support('Bộ Công Thương')],
    ['Phối hợp với các Bộ: [Tài chính], [Công Thương] đề xuất cơ chế điều hành giá.', 'phối hợp với các Bộ [Tài chính], [Công Thương] đề xuất cơ chế điều hành giá'],
  ),
  examples<AssigneeValue>([lead('Sở Nội vụ'), lead('Sở Tài chính')], ['Đề nghị các sở, ngành: [Nội vụ], [Tài chính] có ý kiến bằng văn bản.']),
  examples<AssigneeValue>(
    [lead('Đại sứ quán Nhật Bản'), lead('Đại sứ quán Hàn Quốc')],
    ['- Đề nghị các Đại sứ quán các nước: [Nhật Bản], [Hàn Quốc] cử đoàn nghệ thuật tham gia.', 'Mời Đại sứ quán các nước: [Nhật Bản], [Hàn Quốc] tham dự Lễ khai mạc.'],
  ),
  examples<AssigneeValue>(
    [lead('Ủy ban nhân dân Thành phố Hồ Chí Minh'), lead('Ủy ban nhân dân tỉnh Đắk Lắk'), lead('Ủy ban nhân dân tỉnh Điện Biên')],
    [
      'Mời [Thành phố Hồ Chí Minh], [tỉnh Đắk Lắk], [tỉnh Điện Biên] cử đoàn nghệ thuật tham gia.',
      '- Đề nghị [UBND Thành phố Hồ Chí Minh], [UBND tỉnh Đắk Lắk], [UBND tỉnh Điện Biên] chỉ đạo Sở Văn hóa, Thể thao và Du lịch lựa chọn tiết mục.',
    ],
  ),
  examples<AssigneeValue>([lead('Ủy ban nhân dân tỉnh Quảng Nam')], ['Đề nghị [tỉnh Quảng Nam] chỉ đạo các lực lượng chức năng khẩn trương tìm kiếm người mất tích.']),

  // --- generic groups -----------------------------------------------------------------------------------
  examples<AssigneeValue>({ role: 'lead', generic: true }, [
    '[Các sở, ban, ngành] theo chức năng, nhiệm vụ chủ động triển khai thực hiện.',
    'Đề nghị [các bộ, cơ quan ngang bộ] rà soát các văn bản có liên quan.',
    '[Các Bộ, ngành, địa phương] khẩn trương triển khai Chỉ thị này.',
    '9. [Các bộ, cơ quan ngang bộ] theo chức năng, nhiệm vụ được giao, chủ động rà soát văn bản.',
    'Theo đó, [Ban Chỉ đạo 389 các bộ, ngành, địa phương] xây dựng kế hoạch chỉ đạo, đôn đốc.',
    '[Ban Thường vụ Tỉnh ủy, Thành ủy] lãnh đạo, chỉ đạo các cấp ủy đảng quán triệt nghiêm túc Kết luận.',
  ]),
  // a class of named bodies keeps the body they belong to; a bare plural head is a class alone
  examples<AssigneeValue>([lead('Ủy ban của Quốc hội', generic), lead('Văn phòng Quốc hội')], [
    'Giao [các Ủy ban của Quốc hội], [Văn phòng Quốc hội] nghiên cứu, đề xuất sửa đổi các luật.',
  ]),
  examples<AssigneeValue>(lead('Ban của Tỉnh ủy', generic), ['[Các Ban của Tỉnh ủy] chủ động tham mưu Ban Thường vụ Tỉnh ủy.']),
  examples<AssigneeValue>(lead('sở', generic), ['[Các Sở] chủ động tham mưu UBND tỉnh.', '[Các Sở] của tỉnh chủ động tham mưu UBND tỉnh.']),
  examples<AssigneeValue>(lead('Sở Tài chính'), ['Giao [các phòng chuyên môn của Sở Tài chính] rà soát hồ sơ.']),
  examples<AssigneeValue>(lead('Ban Chỉ đạo 389 các bộ, ngành, địa phương', generic), [
    'Theo đó, [Ban Chỉ đạo 389 các bộ, ngành, địa phương], thực hiện nghiêm chỉ đạo của Chính phủ.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban Mặt trận Tổ quốc Việt Nam các cấp', generic), [
    'Đề nghị [Ủy ban MTTQ Việt Nam các cấp] tăng cường giám sát việc thực hiện.',
  ]),
  examples<AssigneeValue>(
    [lead('Liên hiệp các tổ chức hữu nghị thành phố Hà Nội'), support('Sở Văn hóa và Thể thao')],
    ['[Liên hiệp các tổ chức hữu nghị thành phố Hà Nội] phối hợp chặt chẽ với [Sở Văn hóa và Thể thao] vận động, kết nối và mời các Đại sứ quán tham gia.'],
  ),
  examples<AssigneeValue>(lead('Ủy ban nhân dân các xã, phường', generic), [
    'Giao [Ủy ban nhân dân các xã, phường] tổ chức tuyên truyền trên địa bàn.',
    '[UBND các xã, phường] có trách nhiệm chỉ đạo, kiểm tra việc treo cờ Tổ quốc.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân cấp huyện', generic), ['[UBND cấp huyện] có trách nhiệm kiểm tra, giám sát việc thực hiện.']),
  examples<AssigneeValue>(lead('cơ quan, đơn vị', { generic: true, title: 'Thủ trưởng' }), [
    '[Thủ trưởng các cơ quan, đơn vị] chịu trách nhiệm thi hành Quyết định này.',
  ]),
  examples<AssigneeValue>({ role: 'support', generic: true }, [
    'Phối hợp với [các cơ quan, đơn vị có liên quan] triển khai thực hiện.',
    'phối hợp với [các địa phương] tổ chức kiểm tra',
    'phối hợp với [các lực lượng chức năng] tăng cường tuần tra, kiểm soát',
    'Chủ trì, phối hợp với [các bộ, ngành liên quan] hướng dẫn, đôn đốc việc triển khai.',
  ]),
  examples<AssigneeValue>(
    [lead('cơ quan liên quan', generic), support('Ủy ban nhân dân Thành phố')],
    ['- [Các cơ quan liên quan] có trách nhiệm phối hợp chặt chẽ với [Thành phố] trong quá trình thực hiện.'],
  ),
  examples<AssigneeValue>(
    [lead('tổ chức Công đoàn', generic), lead('Đoàn Thanh niên')],
    ['[Các tổ chức Công đoàn], [Đoàn Thanh niên] căn cứ kế hoạch công tác năm triển khai thực hiện các chỉ tiêu.'],
  ),

  // --- one head shared by a list of fields: one unit per field; names with "và" or "," stay whole -----
  examples<AssigneeValue>(
    [lead('Sở Tài chính'), lead('Sở Nội vụ'), lead('Sở Tư pháp')],
    ['[Sở Tài chính], [Nội vụ] và [Tư pháp] phối hợp rà soát thủ tục hành chính.'],
  ),
  examples<AssigneeValue>(
    [lead('Sở Y tế'), lead('Sở Giáo dục và Đào tạo')],
    ['Giao [Sở Y tế], [Giáo dục và Đào tạo] kiểm tra an toàn thực phẩm trong trường học.'],
  ),
  examples<AssigneeValue>(
    [support('Sở Khoa học và Công nghệ'), support('Sở Thông tin và Truyền thông')],
    ['Phối hợp với [Sở Khoa học và Công nghệ], [Thông tin và Truyền thông] triển khai nền tảng số.'],
  ),
  examples<AssigneeValue>(
    [lead('Sở Tài nguyên và Môi trường'), lead('Sở Nông nghiệp và Phát triển nông thôn')],
    ['Giao [Sở TN&MT], [NN&PTNT] kiểm tra các điểm sạt lở.'],
  ),
  examples<AssigneeValue>(
    [lead('Sở Nông nghiệp và Phát triển nông thôn'), lead('Sở Tài nguyên và Môi trường')],
    ['Giao [Sở Nông nghiệp và Phát triển nông thôn], [Tài nguyên và Môi trường] hướng dẫn các địa phương.'],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Y tế'), lead('Bộ Văn hóa, Thể thao và Du lịch')],
    ['Giao các Bộ: [Y tế], [Văn hóa, Thể thao và Du lịch] phối hợp hướng dẫn các địa phương.'],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Công an'), lead('Bộ Tư pháp'), lead('Bộ Nông nghiệp và Môi trường')],
    ['Giao các Bộ: [Công an], [Tư pháp], [Nông nghiệp và Môi trường] có ý kiến đối với đề xuất của Thành phố.'],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Lao động, Thương binh và Xã hội'), lead('Bộ Kế hoạch và Đầu tư')],
    ['Các Bộ [Lao động, Thương binh và Xã hội]; [Kế hoạch và Đầu tư] khẩn trương sửa đổi văn bản.'],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Công Thương', { title: 'Bộ trưởng' }), lead('Bộ Quốc phòng', { title: 'Bộ trưởng' })],
    ['Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ: [Công Thương], [Quốc phòng] chỉ đạo tăng cường kiểm tra.'],
  ),
  examples<AssigneeValue>(lead('Sở Văn hóa, Thể thao và Du lịch'), ['[Sở Văn hóa, Thể thao và Du lịch] chủ trì tổ chức Lễ hội.']),
  examples<AssigneeValue>(lead('Sở Lao động - Thương binh và Xã hội'), ['[Sở Lao động - Thương binh và Xã hội] chủ trì rà soát hộ nghèo.']),
  examples<AssigneeValue>(lead('Sở Nông nghiệp và Phát triển nông thôn'), ['Giao [Sở Nông nghiệp và Phát triển nông thôn] chủ trì.']),
  examples<AssigneeValue>(lead('Sở Khoa học và Công nghệ'), ['Giao [Sở Khoa học và Công nghệ] thẩm định công nghệ.']),
  examples<AssigneeValue>(lead('Sở Tài nguyên và Môi trường'), ['[Sở Tài nguyên và Môi trường] khẩn trương kiểm tra.']),
  examples<AssigneeValue>(lead('Sở Thông tin và Truyền thông'), ['[Sở Thông tin và Truyền thông] hướng dẫn bảo đảm an toàn thông tin.']),
  examples<AssigneeValue>(lead('Sở Giáo dục và Đào tạo'), ['[Sở Giáo dục và Đào tạo] chủ trì tổ chức kỳ thi.']),
  examples<AssigneeValue>(lead('Sở Nông nghiệp và Môi trường'), ['Giao [Sở Nông nghiệp và Môi trường] rà soát các hồ đập.']),
  examples<AssigneeValue>(lead('Sở Văn hóa và Thể thao'), ['[Sở Văn hóa và Thể thao] chủ trì tổ chức Festival.']),
  examples<AssigneeValue>(lead('Sở Kế hoạch và Đầu tư'), ['Giao [Sở Kế hoạch và Đầu tư] tổng hợp nhu cầu vốn.']),
  examples<AssigneeValue>(lead('Sở Y tế Hà Nội'), ['[Sở Y tế Hà Nội] chủ trì tổ chức tiêm chủng.']),
  examples<AssigneeValue>(lead('Bộ Y tế Việt Nam'), ['[Bộ Y tế Việt Nam] phối hợp với Tổ chức Y tế thế giới triển khai tiêm chủng.']),
  examples<AssigneeValue>(lead('Ban Chính sách, Chiến lược Trung ương'), ['Giao [Ban Chính sách, Chiến lược Trung ương] chủ trì tổng kết.']),
  // a class of localities is one collective unit
  examples<AssigneeValue>(lead('Ủy ban nhân dân các huyện, thị xã, thành phố', generic), [
    'Giao [UBND các huyện, thị xã, thành phố] tổ chức thực hiện.',
    'Giao [UBND huyện, thị xã, thành phố] tổ chức thực hiện.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', generic), [
    'Giao [Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương] chỉ đạo quyết liệt.',
  ]),

  // --- classes of bodies: written without "các", offices of a class, qualifiers between nouns ---------
  examples<AssigneeValue>(lead('Tập đoàn, Tổng công ty', generic), ['21. [Các Tập đoàn, Tổng công ty] hoàn thành chỉ tiêu kinh doanh.']),
  examples<AssigneeValue>(lead('bộ, cơ quan Trung ương và địa phương', generic), ['b) [Các bộ, cơ quan trung ương và địa phương] hoàn thiện công tác quyết toán.']),
  examples<AssigneeValue>(
    [support('đơn vị liên quan', generic), support('chính quyền địa phương', generic)],
    ['Phối hợp với [các đơn vị liên quan] và [chính quyền địa phương] trong công tác duy tu.'],
  ),
  examples<AssigneeValue>(
    [lead('bộ', { generic: true, title: 'Bộ trưởng' }), lead('cơ quan ngang bộ', { generic: true, title: 'Thủ trưởng' }), lead('Ủy ban nhân dân các tỉnh, thành phố', { generic: true, title: 'Chủ tịch' })],
    [
      'c) [Bộ trưởng], [Thủ trưởng cơ quan ngang bộ], [Chủ tịch Ủy ban nhân dân các tỉnh, thành phố] thành lập Tổ công tác.',
      'Chính phủ yêu cầu [các Bộ trưởng], [Thủ trưởng cơ quan ngang bộ], [Chủ tịch Ủy ban nhân dân các tỉnh, thành phố] phát huy tinh thần trách nhiệm.',
    ],
  ),

  // --- the subject and its verb, with what may stand between them ---------------------------------------
  examples<AssigneeValue>(
    [lead('Ủy ban Kinh tế', { title: 'Thường trực' }), support('Hội đồng Dân tộc')],
    ['3. Định kỳ, [Thường trực Ủy ban Kinh tế] của Quốc hội chủ trì, phối hợp với [Hội đồng Dân tộc] tổng hợp kết quả.'],
  ),
  examples<AssigneeValue>(lead('Tổ giúp việc Ban Chỉ đạo'), ['[Tổ giúp việc Ban Chỉ đạo] sau khi thành lập nhanh chóng ban hành quy chế hoạt động.']),
  examples<AssigneeValue>(lead('Ban Tuyên giáo và Dân vận Trung ương'), ['Chính phủ trân trọng đề nghị [Ban Tuyên giáo và Dân vận Trung ương] phối hợp chỉ đạo.']),
  examples<AssigneeValue>(lead('Bộ Công an', { title: 'Bộ trưởng' }), ['[Bộ trưởng Bộ Công an] Tô Lâm chỉ đạo Công an các địa phương tăng cường tuần tra.']),
  examples<AssigneeValue>(
    [lead('Bộ Ngoại giao'), lead('Bộ Khoa học và Công nghệ'), support('cơ quan liên quan', generic)],
    ['4. [Bộ Ngoại giao] Đồng chủ trì với [Bộ Khoa học và Công nghệ], phối hợp với [các cơ quan liên quan] đẩy mạnh xúc tiến thương mại.'],
  ),
  // a heading run into its text: "Trách nhiệm của X⏎Phối hợp …", "10. Bộ Tài chính⏎Cân đối …"
  examples<AssigneeValue>(
    [lead('Bộ Quốc phòng'), support('Bộ Công an')],
    ['5. Trách nhiệm của [Bộ Quốc phòng]\nPhối hợp với [Bộ Công an] bố trí lực lượng bảo vệ.'],
  ),
  examples<AssigneeValue>(lead('Bộ Công Thương'), ['12. Trách nhiệm của [Bộ Công Thương]\nChỉ đạo Tập đoàn Điện lực Việt Nam bảo đảm nguồn điện.']),
  examples<AssigneeValue>(lead('Bộ Tài chính'), ['10. [Bộ Tài chính]\nCân đối nguồn ngân sách nhà nước hằng năm.']),
  // the columns "Cơ quan chủ trì | Cơ quan phối hợp" of a flattened table
  examples<AssigneeValue>(
    [lead('Bộ Y tế'), support('Bộ Tài chính'), support('Bộ Tư pháp')],
    ['10. Xây dựng Luật Bảo hiểm y tế sửa đổi. [Bộ Y tế] [Bộ Tài chính], [Bộ Tư pháp] Luật Bảo hiểm y tế (sửa đổi) Quý I/2029'],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Ngoại giao'), support('Bộ Công an'), support('Bộ Tư pháp')],
    ['8. Nghiên cứu mở rộng hợp tác quốc tế. [Bộ Ngoại giao] [Bộ Công an], [Bộ Tư pháp] Đề án Quý IV/2026'],
  ),
  examples<AssigneeValue>(
    [lead('Bộ Khoa học và Công nghệ'), support('cơ quan, tổ chức và doanh nghiệp liên quan', generic)],
    ['1.5 Tăng cường năng lực hạ tầng chất lượng quốc gia. [Bộ Khoa học và Công nghệ] [Cơ quan, tổ chức và doanh nghiệp liên quan] Quyết định Quý IV/2026'],
  ),

  // --- a lead named only as the object of another verb ---------------------------------------------------
  examples<AssigneeValue>(lead('Ban Chỉ đạo cấp tỉnh'), [
    'Về nhiệm vụ trong thời gian tới, đồng chí Bí thư Tỉnh ủy đề nghị tiếp tục kiện toàn [Ban Chỉ đạo cấp tỉnh] theo hướng dẫn của Trung ương.',
  ]),
  examples<AssigneeValue>(lead('Ban quản lý các KCN', generic), ['Đối với các doanh nghiệp chế xuất, giao [Ban quản lý các KCN] hoàn thiện các thủ tục.']),
  // praised, then asked to go on without a subject
  examples<AssigneeValue>(lead('Sở Khoa học và Công nghệ'), [
    'Bí thư Tỉnh ủy đánh giá cao [Sở Khoa học và Công nghệ] đã nỗ lực xây dựng kế hoạch. Đồng thời thống nhất với kế hoạch hành động và rà soát lại số liệu.',
  ]),
  examples<AssigneeValue>(lead('Sở Tài chính'), ['Ghi nhận, đánh giá cao Sở Y tế. Đề nghị [Sở Tài chính] bố trí kinh phí phòng dịch.']),
  // a head without its name stands for the unit of that head named before it in the item
  examples<AssigneeValue>(lead('Trung tâm Ứng dụng, Kỹ thuật, Thông tin khoa học và công nghệ', { title: 'Giám đốc' }), [
    'Tách Trung tâm Ứng dụng, Kỹ thuật, Thông tin khoa học và công nghệ thành 02 trung tâm; [Giám đốc Trung tâm] cần chủ động liên hệ các đơn vị có nhu cầu.',
  ]),

  // --- party cells and committees as units ---------------------------------------------------------------
  examples<AssigneeValue>(lead('Tổ đảng ở Thường trực Ủy ban Kinh tế'), [
    '[Tổ đảng ở Thường trực Ủy ban Kinh tế] chủ trì rà soát các dự án luật về đầu tư.',
    'Giao [Tổ đảng ở Thường trực Ủy ban Kinh tế] theo dõi việc thực hiện.',
  ]),
  examples<AssigneeValue>(lead('Tổ đảng ở Thường trực Hội đồng Dân tộc'), ['Đề nghị [Tổ đảng ở Thường trực Hội đồng Dân tộc] tham gia thẩm tra chính sách dân tộc.']),
  examples<AssigneeValue>(lead('Tổ đảng ở Thường trực Ủy ban Khoa học, Công nghệ và Môi trường'), [
    '[Tổ đảng ở Thường trực Ủy ban KH,CN&MT] có trách nhiệm tổng hợp kết quả, báo cáo Đảng đoàn.',
  ]),
  examples<AssigneeValue>(lead('Đoàn đại biểu Quốc hội', generic), ['[Các Đoàn đại biểu Quốc hội] tăng cường giám sát tại địa phương.']),
  examples<AssigneeValue>(lead('Chi bộ Văn phòng'), ['[Chi bộ Văn phòng] chủ trì tổ chức học tập nghị quyết.']),

  examples<AssigneeValue>(
    [lead('Tổ đảng ở Thường trực Ủy ban Xã hội', { title: 'Tổ trưởng' }), lead('Văn phòng Quốc hội', { title: 'Chủ nhiệm' }), lead('Đoàn đại biểu Quốc hội', { title: 'Trưởng Đoàn' })],
    ['[Tổ trưởng Tổ đảng ở Thường trực Ủy ban Xã hội], [Chủ nhiệm Văn phòng Quốc hội], [Trưởng Đoàn đại biểu Quốc hội] có trách nhiệm chỉ đạo triển khai Kế hoạch.'],
  ),
  examples<AssigneeValue>(lead('Ủy ban Thường vụ Quốc hội'), ['Đề nghị [UBTVQH] cho ý kiến về dự án luật.']),

  // --- an honorific before the office ------------------------------------------------------------------
  examples<AssigneeValue>(lead('Ủy ban nhân dân tỉnh Bắc Ninh', { title: 'Chủ tịch' }), [
    'Giao [đồng chí Chủ tịch UBND tỉnh Bắc Ninh] chỉ đạo xử lý dứt điểm.',
    'Đề nghị [đồng chí Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh] khẩn trương kiểm tra.',
  ]),
  examples<AssigneeValue>([lead('bộ', { ...generic, title: 'Bộ trưởng' }), lead('cơ quan ngang bộ', { ...generic, title: 'Thủ trưởng' })], [
    'Thủ tướng yêu cầu [các đồng chí Bộ trưởng], [Thủ trưởng cơ quan ngang bộ] rà soát thủ tục.',
  ]),

  // --- a person's name after the office is no part of the unit --------------------------------------------
  examples<AssigneeValue>(lead('Ủy ban nhân dân tỉnh Hà Giang', { title: 'Chủ tịch' }), [
    'Yêu cầu [Chủ tịch UBND tỉnh Hà Giang] Nguyễn Văn An chỉ đạo khắc phục hậu quả.',
    '[Chủ tịch UBND tỉnh Hà Giang] Trần Thị Bình có trách nhiệm báo cáo kết quả.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân quận Lê Chân', { title: 'Chủ tịch' }), ['Giao [Chủ tịch UBND quận Lê Chân] kiểm tra công trình.']),

  // --- a body named only by its acronym, after a trigger --------------------------------------------------
  examples<AssigneeValue>(lead('EVN'), [
    'Phó Thủ tướng đề nghị [EVN] tổ chức thực hiện tốt các nhiệm vụ cấp điện.',
    'Bộ Công Thương yêu cầu [EVN] khẩn trương khắc phục sự cố.',
    // … or the subject of its own obligation, as its clause opens
    'Theo Phó Thủ tướng, [EVN] cần phát triển hạ tầng lưới điện đồng bộ, hiện đại.',
    'Đặc biệt, [EVN] phải bảo đảm cung ứng đủ điện trong mùa khô.',
  ]),
  // --- the subject of an obligation after a comma, in a sentence that went on before it ----------------
  examples<AssigneeValue>(lead('Tổng công ty Tân cảng Sài Gòn'), [
    'Ngành Hải quan sẽ điều thêm máy soi về cảng Cát Lái, [Tổng công ty Tân cảng Sài Gòn] cần bố trí địa điểm đặt máy soi thuận lợi nhất.',
    'Cục Hải quan đang đầu tư hệ thống camera giám sát, [Tổng công ty Tân cảng Sài Gòn] phải kết nối dữ liệu container ra vào cảng.',
  ]),
  examples<AssigneeValue>([lead('Bộ Công Thương'), support('VASEP')], ['[Bộ Công Thương] phối hợp với [VASEP] rà soát quy định.']),

  // --- a topic after the connective that opens a sentence ---------------------------------------------
  examples<AssigneeValue>(lead('Bộ Tài chính'), [
    'Trong đó, với [Bộ Tài chính], Thủ tướng yêu cầu chỉ đạo lực lượng Hải quan kiểm soát hàng nhập khẩu.',
    'Riêng đối với [Bộ Tài chính], cần sớm trình phương án phân bổ vốn.',
  ]),
  // the topic runs to the comma before the request: a unit's part or kind written after its name, with commas
  examples<AssigneeValue>(lead('Ngân hàng Nhà nước chi nhánh các tỉnh, thành phố', generic), [
    'Đối với [NHNN chi nhánh các tỉnh, thành phố], Thống đốc yêu cầu chủ động theo dõi diễn biến mưa lũ.',
    'Đối với [Ngân hàng Nhà nước chi nhánh các tỉnh, thành phố], Thống đốc đề nghị kịp thời báo cáo thiệt hại.',
  ]),
  examples<AssigneeValue>(lead('đơn vị hải quan', generic), ['Đối với [các đơn vị hải quan], Tổng cục trưởng yêu cầu tổ chức thực hiện nghiêm kết luận.']),
  examples<AssigneeValue>([lead('Bộ Tài chính'), lead('Bộ Công Thương')], ['Đối với [Bộ Tài chính], [Bộ Công Thương], Phó Thủ tướng yêu cầu khẩn trương rà soát.']),
  // (the "Giao" of a name is no request)
  examples<AssigneeValue>([lead('Bộ Xây dựng'), lead('Bộ Giao thông vận tải')], ['Đối với [Bộ Xây dựng], [Bộ Giao thông vận tải], Thủ tướng yêu cầu khẩn trương hoàn thiện hồ sơ.']),
  // (a unit named after the topic's request is that request's addressee; the topic is only a topic)
  examples<AssigneeValue>(lead('Sở Công Thương'), ['Đối với các doanh nghiệp chế biến, Chủ tịch UBND tỉnh yêu cầu [Sở Công Thương] hướng dẫn thủ tục.']),

  // --- a speaker's office in apposition speaks with him: his `chỉ đạo` passes the lead on -----------------
  examples<AssigneeValue>(lead('bộ, ngành', generic), [
    'Phó Thủ tướng Lê Văn Nam, Trưởng Ban Chỉ đạo quốc gia chỉ đạo [các bộ, ngành] rà soát quy hoạch.',
    'Phó Thủ tướng Lê Văn Nam, Trưởng Ban Chỉ đạo quốc gia về phòng, chống thiên tai chỉ đạo [các bộ, ngành] khẩn trương ứng phó.',
  ]),
  examples<AssigneeValue>(lead('Bộ Xây dựng'), ['Thủ tướng Trần Văn Minh - Trưởng ban Chỉ đạo các công trình trọng điểm chỉ đạo [Bộ Xây dựng] đẩy nhanh tiến độ.']),
  // (the name written "Ban chỉ đạo"; a name that ends in "dân sự")
  examples<AssigneeValue>(lead('Bộ Quốc phòng'), [
    'Phó Thủ tướng Trần Hồng Hà, Trưởng Ban chỉ đạo quốc gia về phòng, chống thiên tai chỉ đạo [Bộ Quốc phòng] sẵn sàng lực lượng cứu hộ.',
    'Phó Thủ tướng Trần Hồng Hà, Trưởng Ban Chỉ đạo quốc gia về phòng thủ dân sự chỉ đạo [Bộ Quốc phòng] sẵn sàng lực lượng cứu hộ.',
  ]),

  // --- names right after a class of localities, without a colon: one unit each -----------------------------
  examples<AssigneeValue>([lead('Ủy ban nhân dân tỉnh Quảng Nam'), lead('Ủy ban nhân dân tỉnh Quảng Ngãi'), lead('Ủy ban nhân dân tỉnh Bình Định')], [
    'Giao UBND các tỉnh [Quảng Nam], [Quảng Ngãi] và [Bình Định] rà soát quy hoạch vùng bờ.',
  ]),
  examples<AssigneeValue>([lead('Ủy ban nhân dân huyện Sơn Hà'), lead('Ủy ban nhân dân huyện Ba Tơ')], ['Đề nghị UBND các huyện [Sơn Hà], [Ba Tơ] khẩn trương kiểm tra.']),
  // one name after districts and another kind of locality names that town alone; the districts stay a class
  examples<AssigneeValue>([lead('Ủy ban nhân dân các huyện', generic), lead('Ủy ban nhân dân thành phố Gia Nghĩa')], [
    'UBND [các huyện], thành phố [Gia Nghĩa] chỉ đạo UBND các xã xây dựng phương án phòng cháy.',
    'Yêu cầu UBND [các huyện] và thành phố [Gia Nghĩa] xử lý dứt điểm tình trạng lấn chiếm đất rừng.',
  ]),
  examples<AssigneeValue>([lead('Ủy ban nhân dân các huyện, thị xã', generic), lead('Ủy ban nhân dân thành phố Tuy Hòa')], [
    'Giao UBND [các huyện, thị xã], thành phố [Tuy Hòa] rà soát diện tích đất rừng bị lấn chiếm.',
  ]),
  // a unit heading without its colon, its task on the next line in capitals: the town's name ends at the verb
  examples<AssigneeValue>([lead('sở, ban, ngành', generic), lead('Ủy ban nhân dân các huyện', generic), lead('Ủy ban nhân dân thành phố Gia Nghĩa')], [
    '1. [Các sở, ban, ngành], UBND [các huyện], thành phố [Gia Nghĩa]\nQuán triệt, triển khai nghiêm túc Chỉ thị số 13-CT/TW.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân huyện Lập Thạch'), ['Giao [UBND huyện Lập Thạch] rà soát đất rừng.']),
  // the investors of public projects as one class: a heading's or a subject's actor
  // the owners of forest, one class as the chủ đầu tư are (a heading of its own too)
  examples<AssigneeValue>(lead('chủ rừng', generic), [
    '7. [Các chủ rừng]: Xây dựng đường băng cản lửa, chòi canh lửa.',
    'Yêu cầu [các chủ rừng] tổ chức tuần tra, canh gác thường xuyên trong mùa khô.',
  ]),
  // the class named again after the addressees: the back-reference is no part of the name
  examples<AssigneeValue>(lead('Ủy ban nhân dân các tỉnh, thành phố', generic), [
    '[Ủy ban nhân dân các tỉnh, thành phố nêu trên] khẩn trương sơ tán người dân.',
    '[UBND các tỉnh, thành phố kể trên] khẩn trương sơ tán người dân.',
  ]),
  // national media bodies are units as the provincial stations are
  examples<AssigneeValue>([lead('Đài Truyền hình Việt Nam'), lead('Đài Tiếng nói Việt Nam'), lead('Thông tấn xã Việt Nam')], [
    '7. [Đài Truyền hình Việt Nam], [Đài Tiếng nói Việt Nam], [Thông tấn xã Việt Nam] tăng cường thông tin về diễn biến mưa lũ.',
  ]),
  examples<AssigneeValue>(lead('Cổng Thông tin điện tử Chính phủ'), ['[Cổng Thông tin điện tử Chính phủ] tăng cường thông tin về diễn biến mưa lũ.']),
  // (the portal's abbreviation spelt out, as the other bodies' are)
  examples<AssigneeValue>(lead('Cổng Thông tin điện tử tỉnh'), ['[Cổng TTĐT tỉnh] tăng cường thông tin về diễn biến mưa lũ.']),
  examples<AssigneeValue>(lead('Báo Nhân Dân'), ['[Báo Nhân Dân] tăng cường thông tin tuyên truyền.']),
  examples<AssigneeValue>(lead('Báo Quảng Nam'), ['[Báo Quảng Nam] tăng cường thông tin tuyên truyền.']),
  // a bare locality named as the partner: the district of the session (named by the refine stage), a class here
  examples<AssigneeValue>([lead('Ban Quản lý Khu kinh tế tỉnh'), support('huyện', generic)], [
    '6. [Ban Quản lý Khu kinh tế tỉnh] phối hợp với [huyện] thúc đẩy giao thương qua cửa khẩu quốc tế.',
  ]),
  examples<AssigneeValue>([lead('Công an tỉnh'), support('huyện', generic)], [
    '7. Giao [Công an tỉnh] chỉ đạo lực lượng phối hợp chặt chẽ với [huyện] kiểm soát tuyến biên giới.',
  ]),
  // (not the level, nor the class, nor a place, nor a district named: "cấp huyện", "các huyện", "trên địa bàn huyện")
  examples<AssigneeValue>(lead('Sở Tư pháp'), [
    '[Sở Tư pháp] hướng dẫn huyện thực hiện thủ tục điều chỉnh quy hoạch.',
    '[Sở Tư pháp] phối hợp tổ chức tập huấn trên địa bàn huyện.',
    '[Sở Tư pháp] phối hợp với cấp huyện tổ chức tập huấn.',
  ]),
  examples<AssigneeValue>([lead('Sở Nội vụ'), support('huyện', generic)], ['[Sở Nội vụ] phối hợp với [các huyện] rà soát biên chế.']),
  // (nor another place or a kind of locality, "tỉnh bạn" of a neighbouring country, "huyện biên giới"; nor a pair, "tỉnh/thành phố")
  examples<AssigneeValue>(lead('Bộ Chỉ huy Bộ đội Biên phòng tỉnh'), [
    '[Bộ Chỉ huy Bộ đội Biên phòng tỉnh] phối hợp với tỉnh bạn tổ chức tuần tra song phương.',
    '[Bộ Chỉ huy Bộ đội Biên phòng tỉnh] phối hợp với huyện bạn Sê Pôn tổ chức tuần tra song phương.',
    '[Bộ Chỉ huy Bộ đội Biên phòng tỉnh] phối hợp với huyện biên giới tổ chức tuần tra.',
    '[Bộ Chỉ huy Bộ đội Biên phòng tỉnh] phối hợp với huyện lân cận tổ chức tuần tra.',
    '[Bộ Chỉ huy Bộ đội Biên phòng tỉnh] phối hợp với tỉnh kết nghĩa tổ chức giao lưu.',
    '[Bộ Chỉ huy Bộ đội Biên phòng tỉnh] phối hợp với quận nơi có dự án tổ chức tuần tra.',
    '[Bộ Chỉ huy Bộ đội Biên phòng tỉnh] phối hợp với tỉnh/thành phố tổ chức tuần tra.',
    '[Bộ Chỉ huy Bộ đội Biên phòng tỉnh] phối hợp với huyện/xã tổ chức tuần tra.',
  ]),
  examples<AssigneeValue>([lead('Sở Y tế'), support('tỉnh', generic)], ['[Sở Y tế] phối hợp với [tỉnh] giải phóng mặt bằng dự án bệnh viện.']),
  examples<AssigneeValue>([lead('Sở Công Thương'), support('Ủy ban nhân dân huyện Đakrông')], ['[Sở Công Thương] phối hợp với [huyện Đakrông] rà soát các dự án.']),
  examples<AssigneeValue>(lead('chủ đầu tư', generic), [
    '[Các chủ đầu tư] khẩn trương hoàn thiện hồ sơ thanh toán khối lượng đã thực hiện.',
    'Yêu cầu [các chủ đầu tư] báo cáo tiến độ giải ngân trước ngày 05 hằng tháng.',
  ]),
  // (not: the investors a body guides, nor a body that acts as investor)
  examples<AssigneeValue>(lead('Sở Tài chính'), [
    '[Sở Tài chính] hướng dẫn các chủ đầu tư quyết toán vốn dự án hoàn thành.',
    '[Sở Tài chính] làm chủ đầu tư dự án nâng cấp trụ sở.',
  ]),
  // (not: provinces and cities, each named)
  examples<AssigneeValue>([lead('Ủy ban nhân dân thành phố Hà Nội'), lead('Ủy ban nhân dân thành phố Cần Thơ')], ['Đề nghị UBND các tỉnh, thành phố [Hà Nội], [Cần Thơ] khẩn trương kiểm tra.']),
  examples<AssigneeValue>([lead('Ủy ban nhân dân thành phố Hà Nội'), lead('Ủy ban nhân dân tỉnh Hòa Bình'), lead('Ủy ban nhân dân thành phố Đà Nẵng')], [
    'Giao UBND các tỉnh, thành phố [Hà Nội], [Hòa Bình] và [Đà Nẵng] chủ trì thực hiện.',
    'Giao UBND các tỉnh, thành phố [Hà\nNội], [Hòa Bình] và [Đà\nNẵng] chủ trì thực hiện.',
  ]),
  examples<AssigneeValue>(
    // (Hải Phòng and Cần Thơ are cities run by the centre: no tỉnh)
    [lead('Ủy ban nhân dân thành phố Hải Phòng'), lead('Ủy ban nhân dân thành phố Cần Thơ'), lead('địa phương có liên quan', generic), support('Bộ Công an')],
    ['Ủy ban nhân dân các tỉnh, thành phố [Hải Phòng], [Cần Thơ] và [các địa phương có liên quan] phối hợp [Bộ Công an] triển khai dự án.'],
  ),
  // (a region, or qualifiers between the class and a capital: the class stays one)
  examples<AssigneeValue>(lead('Ủy ban nhân dân các tỉnh Tây Nguyên'), ['Giao [UBND các tỉnh Tây Nguyên] rà soát diện tích rừng.']),
  examples<AssigneeValue>(lead('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', generic), [
    'Giao [UBND các tỉnh, thành phố trực thuộc Trung ương] Kế hoạch triển khai.',
  ]),

  // --- a locality abbreviation glued to its name ---------------------------------------------------------
  examples<AssigneeValue>(lead('Ủy ban nhân dân Thành phố Đà Nẵng'), ['Giao [UBND TP.Đà Nẵng] rà soát quy hoạch bán đảo.']),

  // --- names that run on in lower case: centres, boards, companies, funds, schools, hospitals -------------
  examples<AssigneeValue>(lead('Trung tâm Phục vụ hành chính công tỉnh'), [
    'Giao [Trung tâm Phục vụ hành chính công tỉnh] chủ trì rà soát quy trình nội bộ.',
    '[Trung tâm Phục vụ hành chính công tỉnh] có trách nhiệm hướng dẫn tổ chức, cá nhân.',
    // (the name ends at its locality word before a verb the lexicon does not know)
    'Giao [Trung tâm Phục vụ hành chính công tỉnh] niêm yết công khai thủ tục hành chính.',
  ]),
  examples<AssigneeValue>([lead('Trung tâm Phục vụ hành chính công'), lead('Sở Tư pháp')], [
    'Giao [Trung tâm Phục vụ hành chính công], [Sở Tư pháp] rà soát thủ tục.',
    'Giao [Trung tâm Phục vụ hành chính công] và [Sở Tư pháp] rà soát thủ tục.',
  ]),
  examples<AssigneeValue>([lead('Sở Nội vụ'), support('Trung tâm Phục vụ hành chính công')], [
    '[Sở Nội vụ] chủ trì, phối hợp với [Trung tâm Phục vụ hành chính công] kiểm tra việc giải quyết hồ sơ.',
  ]),
  examples<AssigneeValue>(lead('Ban Quản lý dự án đầu tư xây dựng tỉnh'), [
    'Giao [Ban Quản lý dự án đầu tư xây dựng tỉnh] chủ trì triển khai thi công.',
    '[Ban Quản lý dự án đầu tư xây dựng tỉnh] khẩn trương hoàn thiện hồ sơ quyết toán.',
  ]),
  // a project board's name runs to the place it serves, through `xây dựng`, `các`, `và`, `giao thông`, `công trình`
  examples<AssigneeValue>(lead('Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh'), [
    '[Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh] khẩn trương hoàn thiện hồ sơ.',
    'Giao [Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh] đẩy nhanh tiến độ thi công.',
  ]),
  examples<AssigneeValue>(lead('Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh'), [
    '[Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh] chủ trì lập báo cáo nghiên cứu khả thi.',
  ]),
  examples<AssigneeValue>(lead('Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh'), [
    '[Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh] đẩy nhanh tiến độ giải ngân.',
  ]),
  examples<AssigneeValue>(lead('Ban Quản lý dự án Đầu tư xây dựng các công trình giao thông tỉnh'), [
    'Giao [Ban Quản lý dự án Đầu tư xây dựng các công trình giao thông tỉnh] đẩy nhanh tiến độ thi công.',
  ]),
  examples<AssigneeValue>(lead('Ban Quản lý dự án đầu tư xây dựng khu vực huyện Tuy Phước'), [
    '[Ban Quản lý dự án đầu tư xây dựng khu vực huyện Tuy Phước] có trách nhiệm bàn giao mặt bằng.',
  ]),
  examples<AssigneeValue>([lead('Sở Xây dựng'), support('Ban Quản lý dự án đầu tư xây dựng tỉnh')], [
    '[Sở Xây dựng] phối hợp với [Ban Quản lý dự án đầu tư xây dựng tỉnh] kiểm tra chất lượng công trình.',
  ]),
  // (a verb before any place: the board's clause, not its name)
  examples<AssigneeValue>(lead('Ban Quản lý dự án'), ['[Ban Quản lý dự án] rà soát các công trình trên địa bàn tỉnh.']),
  // an office's field whose last words are in lower case
  examples<AssigneeValue>(lead('Phòng Tổ chức cán bộ'), [
    '[Phòng Tổ chức cán bộ] chủ trì rà soát biên chế.',
    'Giao [Phòng Tổ chức cán bộ] tham mưu kiện toàn Tổ công tác.',
  ]),
  examples<AssigneeValue>([lead('Văn phòng Sở'), support('Phòng Tổ chức cán bộ')], ['[Văn phòng Sở] phối hợp với [Phòng Tổ chức cán bộ] tham mưu kiện toàn Tổ công tác.']),
  examples<AssigneeValue>(lead('Phòng Hành chính tổng hợp'), ['[Phòng Hành chính tổng hợp] khẩn trương tổng hợp báo cáo.']),
  examples<AssigneeValue>(lead('Sở Nội vụ'), ['[Sở Nội vụ] tổ chức cán bộ đi học tập kinh nghiệm.']),
  examples<AssigneeValue>(lead('Ban quản lý Khu kinh tế tỉnh'), ['Giao [Ban quản lý Khu kinh tế tỉnh] bố trí các điểm tập kết hàng hóa.']),
  examples<AssigneeValue>([lead('Sở Xây dựng'), support('Sở Nông nghiệp và Môi trường'), support('Công ty Thủy lợi', generic)], [
    '[Sở Xây dựng] phối hợp với [Sở Nông nghiệp và Môi trường] và [các Công ty Thủy lợi] tổ chức vận hành các trạm bơm.',
  ]),
  examples<AssigneeValue>(lead('Trung tâm Y tế huyện', generic), ['Giao [các Trung tâm Y tế huyện] tổ chức tiêm chủng.']),
  examples<AssigneeValue>(lead('Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh'), [
    '[Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh] chủ trì kiểm tra an toàn hồ đập.',
  ]),
  examples<AssigneeValue>([lead('Sở Xây dựng'), support('Công ty TNHH MTV Đầu tư phát triển thủy lợi Hà Nội')], [
    '[Sở Xây dựng] phối hợp với [Công ty TNHH MTV Đầu tư phát triển thủy lợi Hà Nội] vận hành hợp lý mực nước sông.',
  ]),
  // `ký` would end the name as a verb; `Chi nhánh` heads a branch of a body
  examples<AssigneeValue>(lead('Văn phòng Đăng ký đất đai tỉnh'), ['Giao [Văn phòng Đăng ký đất đai tỉnh] rà soát hồ sơ cấp giấy chứng nhận.']),
  examples<AssigneeValue>([lead('Chi nhánh Văn phòng Đăng ký đất đai huyện'), support('Phòng Tài nguyên và Môi trường')], [
    'c) [Chi nhánh Văn phòng Đăng ký đất đai huyện] cùng [Phòng Tài nguyên và Môi trường] rà soát nguồn gốc đất.',
  ]),
  examples<AssigneeValue>(lead('Chi nhánh Ngân hàng Chính sách xã hội tỉnh'), ['[Chi nhánh Ngân hàng Chính sách xã hội tỉnh] bố trí nguồn vốn cho vay.']),
  examples<AssigneeValue>(lead('Phòng Tài nguyên và Môi trường'), ['[Phòng Tài nguyên và Môi trường] hướng dẫn người dân đăng ký đất đai.']),
  examples<AssigneeValue>(lead('Quỹ Đầu tư phát triển tỉnh'), ['Giao [Quỹ Đầu tư phát triển tỉnh] chủ trì thẩm định phương án cho vay.']),
  examples<AssigneeValue>(lead('Quỹ Phát triển khoa học và công nghệ quốc gia'), ['Đề nghị [Quỹ Phát triển khoa học và công nghệ quốc gia] hỗ trợ kinh phí.']),
  examples<AssigneeValue>(lead('Trường Cao đẳng nghề tỉnh'), ['Giao [Trường Cao đẳng nghề tỉnh] tổ chức đào tạo cho lao động nông thôn.']),
  examples<AssigneeValue>(lead('Bệnh viện đa khoa tỉnh'), ['Giao [Bệnh viện đa khoa tỉnh] chuẩn bị giường bệnh, thuốc và vật tư y tế.']),
  examples<AssigneeValue>(lead('Trung tâm Quản lý hạ tầng kỹ thuật Thành phố'), [
    '[Trung tâm Quản lý hạ tầng kỹ thuật Thành phố] tập trung triển khai các dự án chống ngập.',
  ]),
  // a unit heading run into its text leads it; not a topic whose text names its own actor
  examples<AssigneeValue>(lead('Trung tâm Quản lý hạ tầng kỹ thuật thành phố Hà Nội'), [
    '1.2. [Trung tâm Quản lý hạ tầng kỹ thuật thành phố Hà Nội]: Là đầu mối bảo đảm tiêu thoát nước trên địa bàn.',
  ]),
  // … also when its text begins in lower case with its verb
  examples<AssigneeValue>([lead('Sở Kế hoạch và Đầu tư'), lead('Sở Tài chính')], [
    '3. [Sở KH&ĐT], [Sở Tài chính]: cân đối, bố trí kinh phí mua sắm phương tiện chữa cháy.',
  ]),
  examples<AssigneeValue>(lead('Phòng Văn hóa và Thông tin'), ['- [Phòng Văn hóa và Thông tin]: tham mưu tổ chức lễ hội truyền thống.']),
  // (a unit that a figure follows is a row of a report, not a heading)
  negatives(['- Sở Tài chính: 15 nhiệm vụ, đã hoàn thành 12 nhiệm vụ.', '- Sở Nội vụ: chưa gửi báo cáo.']),
  examples<AssigneeValue>(lead('Ủy ban nhân dân cấp tỉnh', generic), [
    '- Ban Quản lý dự án đầu tư xây dựng thuộc Ủy ban nhân dân cấp tỉnh: [Ủy ban nhân dân cấp tỉnh] chủ động xây dựng phương án sắp xếp.',
  ]),

  // --- a page number left between the halves of a wrapped name ------------------------------------------
  examples<AssigneeValue>(lead('Sở Kế hoạch và Đầu tư'), ['Giao [Sở Kế hoạch và\n\n12\n\nĐầu tư] chủ trì thẩm định hồ sơ.']),
  examples<AssigneeValue>([lead('Sở Tài chính'), support('Sở Tài nguyên và Môi trường')], [
    '[Sở Tài chính] chủ trì, phối hợp với [Sở Tài nguyên và Môi\n\n13\n\ntrường] rà soát quy hoạch.',
  ]),
  // (a number that is no page number stays out of the name)
  examples<AssigneeValue>(lead('Sở Kế hoạch và Đầu tư'), ['Giao [Sở Kế hoạch và Đầu tư] 2 ngày để hoàn thiện hồ sơ.']),

  // --- từng, mỗi, mọi, tất cả các: a group, as after các ----------------------------------------------------
  examples<AssigneeValue>(lead('phòng, ban, đơn vị', generic), ['Giám đốc Sở giao cho [từng phòng, ban, đơn vị] thực hiện rà soát.']),
  examples<AssigneeValue>(lead('bộ, ngành', generic), ['Yêu cầu [từng bộ, ngành] rà soát các dự án chậm tiến độ.']),
  examples<AssigneeValue>(lead('địa phương', generic), [
    '[Từng địa phương] phải chủ động phương án ứng phó.',
    'Đề nghị [mỗi địa phương] lựa chọn một sản phẩm chủ lực.',
  ]),
  examples<AssigneeValue>(lead('sở, ngành', generic), [
    'Đề nghị [tất cả các sở, ngành] khẩn trương rà soát thủ tục.',
    'Yêu cầu [toàn bộ các sở, ngành] nghiêm túc thực hiện.',
  ]),
  examples<AssigneeValue>(lead('cơ quan, đơn vị', generic), ['Yêu cầu [mọi cơ quan, đơn vị] chấp hành nghiêm kỷ luật phát ngôn.']),
  examples<AssigneeValue>([lead('Sở Tài chính'), support('địa phương', generic)], ['[Sở Tài chính] chủ trì, phối hợp với [từng địa phương] rà soát nguồn vốn.']),

  // a syllable of a word inside a name that alone is a verb or a function word: công lập, hàng không, an toàn …
  examples<AssigneeValue>(lead('Bệnh viện công lập tuyến huyện'), ['Giao [Bệnh viện công lập tuyến huyện] chủ trì rà soát giá dịch vụ khám bệnh.']),
  examples<AssigneeValue>(lead('Bệnh viện công lập'), ['[Bệnh viện công lập] khẩn trương cập nhật danh mục thuốc.']),
  examples<AssigneeValue>(lead('Cục Hàng không Việt Nam'), ['Đề nghị [Cục Hàng không Việt Nam] xem xét cấp phép bay.']),
  examples<AssigneeValue>(lead('Ban An toàn giao thông tỉnh'), ['Giao [Ban An toàn giao thông tỉnh] chủ trì kiểm tra các điểm đen tai nạn.']),
  examples<AssigneeValue>(lead('Trung tâm Giáo dục thường xuyên tỉnh'), ['[Trung tâm Giáo dục thường xuyên tỉnh] tổ chức lớp bồi dưỡng tin học.']),
  examples<AssigneeValue>(lead('Ban Quản lý dự án giao thông tỉnh'), ['Giao [Ban Quản lý dự án giao thông tỉnh] đẩy nhanh tiến độ thi công.']),
  examples<AssigneeValue>(lead('Ban Chỉ đạo Tây Nam bộ'), ['[Ban Chỉ đạo Tây Nam bộ] chủ trì tổng kết mô hình liên kết vùng.']),
  // … but not a verb after a name that already ended: the run stops where the verb reading would
  examples<AssigneeValue>(lead('Sở Y tế'), ['[Sở Y tế] thường xuyên kiểm tra các cơ sở khám bệnh.']),
  examples<AssigneeValue>(lead('Trung tâm Hành chính công'), ['[Trung tâm Hành chính công] lập danh sách hồ sơ quá hạn giải quyết.']),
  examples<AssigneeValue>(lead('Trung tâm Phục vụ hành chính công'), ['1. [Trung tâm Phục vụ hành chính công] lập kế hoạch kiểm tra việc giải quyết hồ sơ trước ngày 30/3/2024.']),
  // `đầu tư` as the field of a body's name, not its verb
  examples<AssigneeValue>(lead('Ban Xúc tiến và Hỗ trợ đầu tư tỉnh'), ['[Ban Xúc tiến và Hỗ trợ đầu tư tỉnh] tổ chức hội nghị xúc tiến.']),
  examples<AssigneeValue>(lead('Cục Quản lý đầu tư xây dựng'), ['[Cục Quản lý đầu tư xây dựng] hướng dẫn các chủ đầu tư.']),
  examples<AssigneeValue>(lead('Sở Y tế'), ['[Sở Y tế] đầu tư trang thiết bị cho trạm y tế xã.']),
  examples<AssigneeValue>(lead('Ban Chỉ đạo Trung ương phòng, chống tham nhũng, tiêu cực'), ['[Ban Chỉ đạo Trung ương phòng, chống tham nhũng, tiêu cực] chỉ đạo kiểm tra.']),
  examples<AssigneeValue>(lead('Ban Chỉ đạo tỉnh phòng, chống tội phạm'), ['[Ban Chỉ đạo tỉnh phòng, chống tội phạm] chủ trì tổng kết.']),
  examples<AssigneeValue>(lead('Ban Quản lý các khu công nghiệp Bắc Ninh'), ['[Ban Quản lý các khu công nghiệp Bắc Ninh] chủ trì rà soát.']),
  // a named board and its verb, not a field it steers
  examples<AssigneeValue>(lead('Ban Chỉ huy Quân sự tỉnh'), ['Giao [Ban Chỉ huy Quân sự tỉnh] tìm kiếm, cứu nạn người bị nạn.']),
  examples<AssigneeValue>(lead('Ban Chỉ đạo 389 tỉnh'), ['Giao [Ban Chỉ đạo 389 tỉnh] chống buôn lậu, gian lận thương mại và hàng giả trên địa bàn.']),
  examples<AssigneeValue>(lead('Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả'), ['Giao [Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả] chủ trì tổng kết.']),
  // a Bộ or Sở named inside a name keeps its field whole
  examples<AssigneeValue>(lead('Ban Chỉ đạo 389 Bộ Tài chính'), ['[Ban Chỉ đạo 389 Bộ Tài chính] có nhiệm vụ chỉ đạo các đơn vị trực thuộc.']),
  examples<AssigneeValue>(lead('Ban cán sự đảng Bộ Kế hoạch và Đầu tư'), ['[Ban cán sự đảng Bộ Kế hoạch và Đầu tư] tập trung huy động nguồn lực.']),
  // a word that only begins like a head goes on with the name; a place is no Đài; a lost full stop
  examples<AssigneeValue>(support('Trung tâm Kiểm soát và Phòng ngừa dịch bệnh'), ['Làm việc với [Trung tâm Kiểm soát và Phòng ngừa dịch bệnh] (CDC) để giám sát dịch.']),
  examples<AssigneeValue>(lead('Tập đoàn Dầu khí Việt Nam'), ['[Tập đoàn Dầu khí Việt Nam] Cụ thể theo đề án, tập đoàn sẽ thoái vốn.']),
  // a head named in lower case inside a list, then its proper name
  examples<AssigneeValue>([lead('Sở Xây dựng'), support('Sở Y tế'), support('Đài tiếng nói Việt Nam')], [
    '[Sở Xây dựng] phối hợp với [Sở Y tế], [Đài tiếng nói Việt Nam] cung cấp thông tin điểm ngập.',
  ]),
  // a colon list of places ends where the heading's task begins; the task may go on on the next line
  examples<AssigneeValue>(lead('Ủy ban nhân dân các phường, xã', generic), [
    '4. [UBND các phường, xã]: Xây dựng Kế hoạch chống ngập trên địa bàn.',
    '4. [UBND các phường, xã]:\n      Xây dựng Kế hoạch chống ngập trên địa bàn.',
  ]),
  examples<AssigneeValue>(lead('Cảng vụ hàng không', generic), ['[Các Cảng vụ hàng không] có trách nhiệm tiếp nhận thông tin hành khách.']),
  negatives(['Đài Loan (Trung Quốc) chỉ định hai hãng khai thác đường bay.']),
  // the boards of a class of places, no name: "Ban quản lý các chợ trên địa bàn tỉnh"
  negatives(['Giao Ban quản lý các chợ trên địa bàn tỉnh rà soát hồ sơ.']),

  // a unit whose work is to propose: kiến nghị with its addressee, not a speaker's recommendation set off by a comma
  examples<AssigneeValue>(lead('Phòng Kế hoạch - Tài chính'), ['2. [Phòng Kế hoạch - Tài chính] kiến nghị UBND tỉnh bổ sung kinh phí cho các nhiệm vụ khoa học.']),

  // --- not actors -----------------------------------------------------------------------------------------
  // the leader who speaks, visits or chairs gives the tasks; he does not lead them
  negatives([
    'Phó Thủ tướng Lê Văn Nam thị sát công trình chống sạt lở.',
    'Phó Thủ tướng chỉ rõ, công tác phòng chống buôn lậu còn nhiều hạn chế.',
    'Thủ tướng cũng đề cập tới vấn đề phát triển thị trường trong nước.',
    'Thủ tướng Trần Văn Minh chủ trì cuộc đối thoại với doanh nghiệp.',
    'Tuy nhiên, Thủ tướng chỉ ra một số tồn tại của ngành nông nghiệp.',
    'Phó Thủ tướng Lê Văn Nam, Trưởng Ban Chỉ đạo quốc gia chủ trì phiên họp thứ ba.',
    'Phó Thủ tướng Lê Văn Nam, Trưởng Ban Chỉ đạo phát biểu chỉ đạo hội nghị.',
    'Thủ tướng Trần Văn Minh, Trưởng Ban Chỉ đạo đã chỉ đạo Bộ Y tế rà soát.',
    // … nor does the minister who recommends what another must do
    'Bộ trưởng Bộ TN&MT Lê Văn Nam kiến nghị, trước mắt, Chính phủ hỗ trợ người dân tái định cư.',
    // a body reported as the subject of what it did
    'Tiêu biểu, Ngân hàng TMCP Công Thương Việt Nam đã dành 5 tỷ đồng hỗ trợ người dân.',
    'Báo Tin tức đưa tin, chiều nay đã diễn ra hội nghị tổng kết.',
    'Với Bộ Xây dựng, Thứ trưởng cho biết tổng số đơn vị được giao quản lý là 120.',
    'Bộ phận này đề xuất Ban cán sự đảng phân công các cơ quan thực hiện.',
    'Chỉ đạo, phân công các lực lượng kiểm tra chặt chẽ.',
    'Theo phản ánh của VASEP, nhiều doanh nghiệp gặp khó khăn.',
    'Yêu cầu TTHC phải được công khai đầy đủ.',
  ]),
  negatives([
    'Ký hợp đồng với cơ quan chủ trì, chủ nhiệm nhiệm vụ khoa học và công nghệ.',
    '(2) Kịp thời tham mưu Giám đốc Sở ban hành quy chế làm việc.',
    'Tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết.',
    'Theo ý kiến của Sở Tài chính và Sở Nội vụ, vấn đề này không phù hợp quy định.',
    'Thẩm định kịch bản chương trình theo đề nghị của Sở Văn hóa và Thể thao.',
    'Định kỳ báo cáo UBND tỉnh kết quả thực hiện.',
    'Trình UBND tỉnh phê duyệt trước ngày 30/6.',
    'Lập phương án giá gửi Sở Tài chính thẩm định.',
    'Báo cáo Thủ tướng Chính phủ (qua Bộ Nội vụ) trước ngày 15/12.',
    'Tham mưu Chính phủ ban hành Nghị định quy định về tổ chức thôn.',
    'b) Chỉ đạo Ủy ban nhân dân cấp xã xây dựng Đề án sắp xếp thôn.',
    'Triển khai Quyết định số 1433/QĐ-UBND ngày 25/9/2020 của UBND tỉnh.',
    'Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số.',
    'Huy động lực lượng do Chủ tịch UBND tỉnh điều động.',
    'Năm 2024, Sở Tài chính đã chỉ đạo quyết liệt công tác giải ngân.',
    'Phó Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì hội nghị.',
    'Phó Chủ tịch UBND tỉnh chỉ đạo: Đẩy mạnh chuyển đổi số gắn với bảo đảm an toàn thông tin.',
    'Tiếp nhận hệ thống do Văn phòng Trung ương Đảng chủ trì xây dựng, chuyển giao.',
    'Hội nghị đánh giá kết quả thực hiện Nghị quyết.',
    'Phòng chống dịch bệnh, tổ chức tập huấn cho cán bộ y tế.',
    'Sở chủ trì triển khai các nhiệm vụ trọng tâm.',
    'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo lần thứ 3.',
    'Ngân sách Thành phố và các nguồn kinh phí hợp pháp khác.',
    'Bộ trưởng Bộ Tài chính cho biết, thu ngân sách tăng cao.',
    'Tại buổi làm việc với Ban Thường vụ Thành ủy, Thủ tướng đánh giá cao kết quả đạt được.',
    'Trường hợp không cân đối được kinh phí, gửi Sở Tài chính tổng hợp, báo cáo UBND Thành phố.',
    'Hướng dẫn Thành phố nghiên cứu, xây dựng Trung tâm dự trữ năng lượng.',
    'Thực hiện dịch bài phát biểu của Lãnh đạo UBND Thành phố.',
    'Bảo đảm an toàn giao thông trên các tuyến Quốc lộ.',
    'Đánh giá cao Sở Y tế đã chủ động phòng, chống dịch.',
    'Bộ máy tổ chức của Sở được kiện toàn.',
    // a body cited, reported to, or named as an object: no role
    'Thực hiện Nghị quyết của Quốc hội về kế hoạch đầu tư công.',
    'Kiện toàn Phòng Cơ yếu công nghệ thông tin của Tỉnh ủy thành Phòng Chuyển đổi số.',
    'Định kỳ báo cáo Bộ Y tế Bộ Tài chính kết quả thực hiện.',
    'Nâng cao trách nhiệm của Sở Y tế trong quản lý hành nghề.',
    'Trách nhiệm của Sở Y tế là tham mưu quản lý nhà nước về y tế.',
    // offices that speak in a report; a bare head with nothing named before it
    'Bộ trưởng cho biết, thu ngân sách tăng cao.',
    // a district only named as a place, or as a receiver
    'Hướng dẫn huyện hoàn thiện thủ tục đầu tư các tuyến đường.',
    'Đối với kiến nghị của huyện, cần nghiên cứu bố trí vốn.',
    // a quoted account of work done is no order
    'Ông cho biết: “Bộ Tài chính đã bố trí đủ vốn cho các dự án”.',
    'Đại biểu đặt câu hỏi: “Chính phủ có cam kết gì với cử tri về lộ trình này?”.',
    'Phó Thủ tướng bày tỏ. “Chính phủ rất quyết liệt, anh em chúng tôi cũng rất lo lắng”.',
    // the newspaper that promises to report more
    'Báo PLVN sẽ tiếp tục thông tin.',
    'Cổng Thông tin điện tử Chính phủ sẽ tiếp tục thông tin về buổi kiểm tra này.',
    'Bộ trưởng nhấn mạnh vai trò của doanh nghiệp.',
    'Giám đốc Trung tâm cần chủ động nắm bắt nhu cầu.',
    'Đánh giá cao Sở Y tế đã chủ động phòng, chống dịch trong thời gian qua.',
    // a request with no speaker reported (under a unit's heading the unit does it); a praised class alone
    '- Đề nghị kiện toàn Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh.',
    'Phó Thủ tướng đánh giá cao các bộ, ngành đã nỗ lực. Đồng thời đề nghị tiếp tục tháo gỡ khó khăn.',
    // two names side by side that are one place: no table columns
    'Đoàn công tác khảo sát hiện trường vụ sạt lở tại ấp Mỹ Hội, xã Mỹ Hội Đông, huyện Chợ Mới, An Giang.',
    'Cùng dự có trưởng, phó các phòng chuyên môn, các đơn vị trực thuộc Sở Khoa học và Công nghệ.',
    // an acronym before an obligation that opens no clause, or a credit before a subheading run in
    'Hiện nay EVN cần một lượng vốn rất lớn cho các dự án nguồn điện.',
    'Giá điện chưa được điều chỉnh. Ảnh: LĐO Phải xem xét hết sức kỹ lưỡng',
    // từng, mỗi before a word that names no body
    'Rà soát từng hồ sơ, từng thủ tục.',
    'Đánh giá mỗi năm một lần.',
    // a group noun that only begins a word naming no body: cases, not schools; meetings, not associations
    'Những trường hợp như vậy phát hiện là phải xử lý.',
    'Các trường hợp vi phạm phải xử lý nghiêm.',
    'Các hội nghị phải tổ chức tiết kiệm.',
    // a body after a comma that only reports, not an obligation
    'Ngành Hải quan sẽ điều thêm máy soi về cảng, Tổng công ty Tân cảng Sài Gòn đang mở rộng bãi container.',
  ]),
  // --- a body named as the one that chairs or coordinates: X là cơ quan chủ trì, đầu mối … ------------------------
  examples<AssigneeValue>(lead('Sở Y tế'), [
    '[Sở Y tế] là cơ quan chủ trì, đầu mối tổng hợp kết quả thực hiện.',
    '[Sở Y tế] là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc các đơn vị.',
    '1. [Sở Y tế] là cơ quan chủ trì, đầu mối đôn đốc các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện.',
    '[Sở Y tế] là cơ quan thường trực:',
  ]),
  examples<AssigneeValue>([lead('Sở Tài chính'), support('Sở Nội vụ')], [
    '[Sở Tài chính] là đơn vị đầu mối, chủ trì phối hợp với [Sở Nội vụ] thẩm định.',
  ]),
  // (what a body is, or a description of a project: no order)
  negatives([
    'Dự án do Sở Xây dựng là cơ quan chủ trì thực hiện.',
    'Công an cấp tỉnh là cơ quan thường trực của Ban Chỉ đạo 896 cấp tỉnh.',
    'Đến nay, Sở Y tế là đơn vị đầu mối trong lĩnh vực này.',
    'Sở Y tế là cơ quan chủ trì.',
  ]),
  // --- a bare locality in a clause that opens on a work is where the work is, not who does it ----------------
  negatives([
    '1. Về dự án Khu dân cư số 3 phường An Mỹ, thành phố Tam Kỳ Khẩn trương hoàn thành công tác bồi thường.',
    'Dự án cầu Kỳ Phú, huyện Núi Thành khẩn trương hoàn thành trong quý IV.',
    'Về dự án đường ĐT 609, huyện Đại Lộc Đẩy nhanh tiến độ thi công.',
  ]),
  // (a body named as such, a topic opened by `Đối với`, or a new clause still names the actor)
  examples<AssigneeValue>(lead('Ủy ban nhân dân huyện Núi Thành'), [
    'Về dự án cầu Kỳ Phú, [UBND huyện Núi Thành] khẩn trương hoàn thành.',
    'Đối với dự án cầu Kỳ Phú, [huyện Núi Thành] khẩn trương hoàn thành.',
    'Dự án cầu Kỳ Phú chậm tiến độ; [huyện Núi Thành] khẩn trương hoàn thành.',
    // (a verb only an actor does: a work is completed, it does not review or advise)
    'Về tuyến đường ven biển, [huyện Núi Thành] rà soát, hoàn thành hồ sơ đất đai.',
    'Dự án cầu Kỳ Phú, [huyện Núi Thành] chủ trì giải phóng mặt bằng.',
  ]),
  // --- a board's or a council's field the lexicon does not know runs to the place it serves -------------------
  examples<AssigneeValue>(lead('Hội đồng Giáo dục quốc phòng và an ninh tỉnh'), [
    '[Hội đồng Giáo dục quốc phòng và an ninh tỉnh] chỉ đạo các đơn vị tổ chức bồi dưỡng kiến thức.',
    'Giao [Hội đồng Giáo dục quốc phòng và an ninh tỉnh], chủ trì tổ chức bồi dưỡng.',
  ]),
  examples<AssigneeValue>(lead('Ban Vì sự tiến bộ của phụ nữ tỉnh'), ['[Ban Vì sự tiến bộ của phụ nữ tỉnh] theo dõi, đôn đốc việc thực hiện.']),
  examples<AssigneeValue>(lead('Ban Đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh'), [
    '[Ban Đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh] chỉ đạo giải ngân nguồn vốn ủy thác.',
  ]),
  examples<AssigneeValue>(lead('Ban Chỉ đạo phát triển du lịch tỉnh Quảng Nam'), ['[Ban Chỉ đạo phát triển du lịch tỉnh Quảng Nam] kiểm tra việc thực hiện.']),
  examples<AssigneeValue>(lead('Ủy ban An toàn giao thông quốc gia'), ['[Ủy ban An toàn giao thông quốc gia] chỉ đạo các địa phương.']),
  // (a clause runs to the place, not the name: its verb or `các` ends the name first)
  examples<AssigneeValue>(lead('Hội đồng Thi đua'), ['[Hội đồng Thi đua] khen thưởng chỉ đạo các đơn vị trên địa bàn tỉnh thực hiện.']),
  examples<AssigneeValue>([lead('Ban Dân tộc tỉnh'), support('Sở Y tế')], ['[Ban Dân tộc tỉnh] phối hợp với [Sở Y tế] kiểm tra.']),
  // (the parts of a field joined by a hyphen or a comma, and a council that coordinates a field the lexicon knows)
  examples<AssigneeValue>(lead('Hội đồng Thi đua - Khen thưởng tỉnh'), ['[Hội đồng Thi đua - Khen thưởng tỉnh] tổng hợp, đề xuất khen thưởng.']),
  examples<AssigneeValue>(lead('Hội đồng Thi đua, Khen thưởng tỉnh'), [
    '[Hội đồng Thi đua, Khen thưởng tỉnh] hướng dẫn các đơn vị bình xét.',
    'Giao [Hội đồng Thi đua, Khen thưởng tỉnh] tổng hợp danh sách.',
  ]),
  // (a comma after hyphened parts lists boards of one council: no single name runs over it)
  negatives(['Ban Kinh tế - Ngân sách, Văn hóa - Xã hội HĐND tỉnh giám sát việc thực hiện.']),
  examples<AssigneeValue>(lead('Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh'), [
    '[Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh] chủ trì tổ chức Ngày Pháp luật.',
  ]),
  examples<AssigneeValue>(support('Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh'), [
    'Phối hợp với [Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh] tổ chức tuyên truyền.',
  ]),
  // (a comma before another body, or a council that coordinates with a body, is no part of a name)
  examples<AssigneeValue>([lead('Hội đồng Thi đua'), lead('Sở Nội vụ')], ['[Hội đồng Thi đua], [Sở Nội vụ] tổng hợp danh sách.']),
  examples<AssigneeValue>(support('Sở Tư pháp'), ['Hội đồng phối hợp với [Sở Tư pháp] tổ chức tuyên truyền.']),
  // --- a compound field abbreviated part by part -------------------------------------------------------------
  examples<AssigneeValue>(lead('Sở Nông nghiệp và Phát triển nông thôn'), ['Giao [Sở NN và PTNT] chủ trì thực hiện.', 'Giao [Sở NN&PTNT] chủ trì thực hiện.']),
  examples<AssigneeValue>(lead('Sở Kế hoạch và Đầu tư'), ['Giao [Sở KH và ĐT] tổng hợp nhu cầu vốn.']),
  examples<AssigneeValue>(lead('Sở Khoa học và Công nghệ'), ['Giao [Sở KH và CN] tổng hợp đề xuất.']),
  examples<AssigneeValue>(lead('Sở Tài nguyên và Môi trường'), ['[Sở TN và MT] chủ trì thẩm định.']),
  examples<AssigneeValue>(lead('Sở Lao động - Thương binh và Xã hội'), ['Giao [Sở LĐ-TB và XH] chủ trì thực hiện.']),
  examples<AssigneeValue>(lead('Sở Văn hóa, Thể thao và Du lịch'), ['Giao [Sở VH, TT và DL] chủ trì tổ chức Lễ hội.']),
  examples<AssigneeValue>(lead('Sở Giáo dục và Đào tạo'), ['Đề nghị [Sở GD và ĐT] hướng dẫn các trường.']),
  // (… but an approved one is made: "Đồng ý chủ trương giao …")
  examples<AssigneeValue>(lead('Sở Y tế'), [
    'Đồng ý chủ trương giao [Sở Y tế] làm chủ đầu tư dự án.',
    'Chủ tịch UBND tỉnh thống nhất đề xuất giao [Sở Y tế] làm chủ đầu tư.',
    'Chấp thuận việc giao cho [Sở Y tế] quản lý trụ sở.',
  ]),
  // --- the noun `giao`: an assignment weighed or proposed names no lead ---------------------------------------
  negatives([
    'Nghiên cứu phương án giao Bộ Giáo dục và Đào tạo quản lý trực tiếp các cơ sở giáo dục đại học.',
    'Đẩy nhanh việc giao cho Công ty Cấp nước quản lý hệ thống.',
    'Xem xét kiến nghị giao Ban Quản lý dự án làm chủ đầu tư.',
  ]),
  // --- national bodies whose names hold `tại`, `vì`, `của` or a field in lower case (the lexicon knows them whole) ----
  examples<AssigneeValue>(lead('Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp'), [
    '[Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp] chỉ đạo các tập đoàn rà soát phương án.',
    '7. [Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp] khẩn trương ổn định cơ cấu tổ chức.',
    // (a name wrapped over a line)
    'Giao [Ủy ban Quản lý vốn Nhà nước tại\ndoanh nghiệp] chỉ đạo các tập đoàn rà soát.',
  ]),
  examples<AssigneeValue>([lead('Bộ Giao thông vận tải'), support('Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp')], [
    '[Bộ Giao thông vận tải] phối hợp với [Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp] xây dựng phương án.',
  ]),
  examples<AssigneeValue>(lead('Ban Vì sự tiến bộ của phụ nữ Việt Nam'), ['Giao [Ban Vì sự tiến bộ của phụ nữ Việt Nam] chủ trì tổng kết.']),
  examples<AssigneeValue>(lead('Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam'), ['[Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam] chỉ đạo các bộ, ngành.']),
  examples<AssigneeValue>(lead('Ban Công tác đại biểu'), ['[Ban Công tác đại biểu] chủ trì tổ chức bồi dưỡng đại biểu dân cử.']),
  // (`tại` still ends any other name: the place where it acts)
  examples<AssigneeValue>(lead('Sở Y tế'), ['Giao [Sở Y tế] tại hội nghị báo cáo kết quả.']),
  examples<AssigneeValue>(lead('Công ty Cấp nước'), ['UBND huyện giao cho [Công ty Cấp nước] quản lý hệ thống.']),
  examples<AssigneeValue>(lead('Sở Y tế'), ['UBND tỉnh giao [Sở Y tế] kiểm tra các cơ sở.', 'Giao [Sở Y tế] kiểm tra các cơ sở.']),
  // A time limit between the subject and its verb: the subject still acts.
  examples<AssigneeValue>(lead('Sở Y tế'), [
    '1. [Sở Y tế] đến ngày 15/12/2025 phải hoàn thành việc đấu thầu thuốc tập trung.',
    '[Sở Y tế] trong tháng 10/2025 tham mưu UBND tỉnh bố trí kinh phí.',
    '[Sở Y tế] trong quý IV/2025 thẩm định đề án vị trí việc làm.',
    '[Sở Y tế] chậm nhất đến ngày 30/11/2025 báo cáo UBND tỉnh.',
    '[Sở Y tế], trước ngày 30/6/2026, báo cáo UBND tỉnh kết quả thực hiện.',
    // a fronted period of recurrence, then its comma
    'Định kỳ hằng tháng, [Sở Y tế] báo cáo tiến độ dự án Bệnh viện Đa khoa tỉnh.',
    'Hằng năm, [Sở Y tế] tổng hợp, báo cáo UBND tỉnh.',
    'Hàng quý, [Sở Y tế] tổng hợp, báo cáo UBND tỉnh.',
  ]),
  examples<AssigneeValue>(lead('Ban Quản lý dự án đầu tư xây dựng huyện'), [
    'd) Định kỳ hằng tuần, [Ban Quản lý dự án đầu tư xây dựng huyện] báo cáo Chủ tịch UBND huyện tiến độ các dự án.',
  ]),
  // … but a status at a date is no order: what the body reached, or did
  negatives([
    'Sở Y tế đến ngày 15/12/2025 đạt 80% kế hoạch.',
    'Sở Y tế trong năm 2025 đã hoàn thành 12 dự án.',
    // a verb of result before a figure: what was reached by then
    'Sở Y tế đến ngày 15/12/2025 giải ngân được 45% kế hoạch.',
    'Các chủ đầu tư đến ngày 30/11 giải ngân được trên 80% kế hoạch vốn.',
    'Kho bạc Nhà nước tỉnh đến hết tháng 9/2025 thu được 1.200 tỷ đồng.',
  ]),
  // (a modal or a goal before the same figure orders it)
  examples<AssigneeValue>(lead('Sở Y tế'), [
    '[Sở Y tế] đến ngày 30/6 phải giải ngân được 60% kế hoạch.',
    '[Sở Y tế] đến ngày 30/6 bảo đảm giải ngân được 60% kế hoạch.',
  ]),
  // A class of bodies of one fixed kind that is the only actor: found, as a class.
  examples<AssigneeValue>(lead('Tổ đại biểu Hội đồng nhân dân tỉnh', generic), [
    '[Các Tổ đại biểu HĐND tỉnh] tổ chức tiếp xúc cử tri trước kỳ họp thứ 30.',
  ]),
  examples<AssigneeValue>(lead('Tổ công tác', generic), ['[Các Tổ công tác] kiểm tra việc thực hiện tại cơ sở.']),
  examples<AssigneeValue>(lead('Đoàn kiểm tra', generic), ['[Các Đoàn kiểm tra] liên ngành kiểm tra việc chấp hành quy định.']),
  examples<AssigneeValue>([lead('Sở Nội vụ'), support('Tổ đại biểu Hội đồng nhân dân tỉnh', generic)], [
    '[Sở Nội vụ] phối hợp với [các Tổ đại biểu HĐND tỉnh] tổ chức tiếp xúc cử tri.',
  ]),
  negatives(['Thành lập các Tổ công tác để kiểm tra việc thực hiện.']),
  // A school, a hospital or a company and then its address: one unit, the address is where it stands.
  examples<AssigneeValue>(lead('Trường THCS Lê Lợi'), ['[Trường THCS Lê Lợi], thành phố Tam Kỳ khẩn trương khắc phục hậu quả mưa bão.']),
  examples<AssigneeValue>(lead('Bệnh viện Đa khoa Minh Thiện'), ['Giao [Bệnh viện Đa khoa Minh Thiện], xã Bình Trung, huyện Thăng Bình rà soát hồ sơ.']),
  examples<AssigneeValue>(lead('Trường THCS Lê Lợi'), ['[Trường THCS Lê Lợi], phường An Mỹ, thành phố Tam Kỳ, tỉnh Quảng Nam khắc phục hậu quả.']),
  examples<AssigneeValue>([lead('Trường THCS Nguyễn Du'), lead('Trường THCS Lý Tự Trọng')], [
    'Giao [Trường THCS Nguyễn Du], xã Tam Thăng và [Trường THCS Lý Tự Trọng], xã Tam Phú khẩn trương sửa chữa.',
  ]),
  // (but localities that do not climb level by level, or go on to another locality, are units of a list)
  examples<AssigneeValue>(
    [lead('Công ty TNHH MTV Khai thác thủy lợi'), lead('Ủy ban nhân dân huyện Thăng Bình'), lead('Ủy ban nhân dân huyện Quế Sơn')],
    ['Giao [Công ty TNHH MTV Khai thác thủy lợi], [huyện Thăng Bình], [huyện Quế Sơn] phối hợp kiểm tra.'],
  ),
  examples<AssigneeValue>(
    [lead('Trường Đại học Quảng Nam'), lead('Ủy ban nhân dân thành phố Tam Kỳ'), lead('Ủy ban nhân dân huyện Phú Ninh')],
    [
      'Giao [Trường Đại học Quảng Nam], [thành phố Tam Kỳ] và [huyện Phú Ninh] phối hợp tổ chức.',
      '[Trường Đại học Quảng Nam], [thành phố Tam Kỳ] và [UBND huyện Phú Ninh] phối hợp tổ chức.',
    ],
  ),
  examples<AssigneeValue>(
    [lead('Sở Giáo dục và Đào tạo'), lead('Trường Cao đẳng Quảng Nam'), lead('Ủy ban nhân dân thành phố Tam Kỳ'), lead('Ủy ban nhân dân huyện Phú Ninh')],
    ['[Sở Giáo dục và Đào tạo], [Trường Cao đẳng Quảng Nam], [thành phố Tam Kỳ], [huyện Phú Ninh] rà soát cơ sở vật chất.'],
  ),
  // (nor after a body named after its level, whose place goes without saying)
  examples<AssigneeValue>([lead('Bệnh viện Đa khoa tỉnh'), lead('Ủy ban nhân dân thành phố Tam Kỳ')], [
    '[Bệnh viện Đa khoa tỉnh], [thành phố Tam Kỳ] phối hợp tổ chức diễn tập.',
  ]),
  // (not after a body of government, nor a locality's People's Committee: two units)
  examples<AssigneeValue>([lead('Sở Y tế'), lead('Ủy ban nhân dân huyện Núi Thành')], ['[Sở Y tế], [huyện Núi Thành] khẩn trương rà soát.']),
  examples<AssigneeValue>([lead('Trường THPT Chuyên'), lead('Ủy ban nhân dân thành phố Tam Kỳ')], [
    '[Trường THPT Chuyên], [UBND thành phố Tam Kỳ] khẩn trương rà soát.',
  ]),
  // A forest ranger post of a district, and names whose lower-case words hold a word that would end them.
  examples<AssigneeValue>(lead('Hạt Kiểm lâm huyện Ba Tơ'), ['[Hạt Kiểm lâm huyện Ba Tơ] tăng cường tuần tra rừng.']),
  examples<AssigneeValue>(lead('Cục Chuyển đổi số quốc gia'), ['[Cục Chuyển đổi số quốc gia] chủ trì hoàn thiện dự thảo Thông tư.']),
  examples<AssigneeValue>(lead('Chi cục Trồng trọt và Bảo vệ thực vật'), ['[Chi cục Trồng trọt và Bảo vệ thực vật] theo dõi sát diễn biến sâu bệnh.']),
  // A party document's numbering "1-" opens a clause as "1." does: its subject acts.
  examples<AssigneeValue>(lead('Sở Thông tin và Truyền thông'), [
    '1- [Sở Thông tin và Truyền thông] chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.',
    '12– [Sở Thông tin và Truyền thông] tham mưu UBND tỉnh sơ kết việc thực hiện.',
  ]),
  // --- classes found with fresh documents ------------------------------------------------------------
  // a ministry's numbered project boards, the owner in brackets after the number
  examples<AssigneeValue>(lead('Ban Quản lý dự án 2'), [
    'd) [Ban Quản lý dự án 2] (Bộ Xây dựng) chủ trì, khẩn trương hoàn thiện hồ sơ.',
    'Giao [Ban Quản lý dự án 2] chủ trì thực hiện.',
  ]),
  examples<AssigneeValue>(lead('Ban Quản lý dự án 85'), ['[Ban Quản lý dự án 85] khẩn trương hoàn thiện hồ sơ.']),
  examples<AssigneeValue>(lead('Ban Quản lý dự án 6'), ['[Ban QLDA 6] (Bộ GTVT) đẩy nhanh tiến độ thi công.']),
  examples<AssigneeValue>([lead('Ban Quản lý dự án 2'), support('địa phương', generic)], ['d) [Ban Quản lý dự án 2] (Bộ Xây dựng) phối hợp chặt chẽ với [các địa phương].']),
  negatives([
    'Dự án 2 đã hoàn thành giải phóng mặt bằng.',
    'Ban Quản lý dự án 2025 đã báo cáo kết quả.',
    // (a span of time after the board, no number of it)
    'Ban Quản lý dự án 2 tuần một lần báo cáo tiến độ.',
    'Giao Ban Quản lý dự án 1 tháng hoàn thành hồ sơ.',
  ]),
  // a leader named by office and person, no unit: the unit he is to direct does the work
  examples<AssigneeValue>(lead('Phòng Quản lý đầu tư'), [
    'Giao Phó Giám đốc Nguyễn Văn Hùng chỉ đạo [Phòng Quản lý đầu tư] rà soát hồ sơ.',
    'Giao đồng chí Giám đốc Trần Minh Hải chỉ đạo [Phòng Quản lý đầu tư] rà soát hồ sơ.',
  ]),
  examples<AssigneeValue>(lead('Sở Tài chính'), ['Giao [Giám đốc Sở Tài chính] chỉ đạo Phòng Ngân sách rà soát.']),
  // (the person's name is no part of the bare `Sở` before it)
  examples<AssigneeValue>(lead('Sở'), ['Giao [Phó Giám đốc Sở] Nguyễn Văn Hùng rà soát hồ sơ.']),
  negatives(['Phó Giám đốc Nguyễn Văn Hùng đã chỉ đạo Phòng Quản lý đầu tư rà soát hồ sơ.']),
  // the stations of a district or a commune
  examples<AssigneeValue>(lead('Trạm Y tế phường'), ['[Trạm Y tế phường] chủ trì tổ chức tiêm chủng.']),
  examples<AssigneeValue>([lead('Trạm Thú y huyện'), support('Trạm Khuyến nông')], ['Giao [Trạm Thú y huyện] phối hợp với [Trạm Khuyến nông] rà soát.']),
  // (a state a report tells: `vẫn`)
  negatives([
    'Theo đó, Trạm Y tế vẫn giữ nguyên chức năng khám chữa bệnh.',
    'Theo đó, Sở Y tế vẫn giữ nguyên chức năng quản lý.',
    'Trạm dừng nghỉ được xây dựng trên tuyến.',
    'Xây dựng Trạm Y tế xã đạt chuẩn quốc gia.',
    'Trước đó, Phó Thủ tướng đã đến thăm và làm việc với Trạm Y tế phường 16, quận 4.',
    'Phó Thủ tướng đến thăm, làm việc với Sở Y tế Thành phố.',
  ]),
  // (a state with `vẫn` that goes on to a duty still asks)
  examples<AssigneeValue>(lead('Sở Y tế'), ['[Sở Y tế] vẫn có trách nhiệm theo dõi tình hình dịch bệnh.']),
  examples<AssigneeValue>(lead('đơn vị', generic), ['[Các đơn vị] vẫn còn phải tiếp tục rà soát hồ sơ.']),
  // the residential groups of a ward, one fixed kind, a class lead
  examples<AssigneeValue>(lead('tổ dân phố', generic), ['5. [Các tổ dân phố] chủ động rà soát các hộ gia đình.']),
  examples<AssigneeValue>(lead('khu phố', generic), ['[Các khu phố] tổ chức ra quân vệ sinh môi trường.']),
  negatives(['Tổ chức tập huấn cho cán bộ y tế thôn, tổ dân phố.']),
  // the Cục and Vụ of the document's own Bộ (`vụ` alone is also `vụ việc`, `vụ án`)
  examples<AssigneeValue>(lead('Cục, Vụ và đơn vị trực thuộc Bộ', generic), ['[Các Cục, Vụ và đơn vị trực thuộc Bộ] rà soát các thủ tục hành chính.']),
  examples<AssigneeValue>(lead('phòng, đơn vị trực thuộc Sở', generic), ['[Các phòng, đơn vị trực thuộc Sở] rà soát thủ tục.']),
  negatives(['Các vụ việc tồn đọng cần giải quyết dứt điểm.', 'Các vụ, việc phức tạp kéo dài được giải quyết.']),
  // the standing board of a council or of a party committee is a body of its own
  examples<AssigneeValue>(lead('Thường trực Hội đồng nhân dân tỉnh'), [
    'Giao [Thường trực Hội đồng nhân dân tỉnh] chỉ đạo tổ chức kỳ họp.',
    'Giao [Thường trực HĐND tỉnh] chỉ đạo tổ chức kỳ họp.',
  ]),
  examples<AssigneeValue>(lead('Ủy ban nhân dân tỉnh', { title: 'Thường trực' }), ['Giao [Thường trực UBND tỉnh] chỉ đạo các sở, ngành.']),
  // the body named inside the name keeps its own field
  examples<AssigneeValue>(lead('Đảng đoàn Hội Nông dân tỉnh'), [
    '[Đảng đoàn Hội Nông dân tỉnh] lãnh đạo thực hiện.',
    'Giao [Đảng đoàn Hội Nông dân tỉnh] chủ trì.',
  ]),
];
