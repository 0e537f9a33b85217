/**
 * Task or info (SPEC `item.kind`, eval README "tasks"): short real-genre items grouped by the kind
 * the gold gives them, each group in the context it is met in (headings above it, news or not, before
 * or after a news report turns to its conclusions). An item's marker is read from the phrase itself.
 */
import type { ItemKind, ItemKindContext } from '../../src/extract/item-kind.js';

export interface ItemKindGroup {
  /** What the group shows, with the rule it exercises. */
  name: string;
  kind: ItemKind;
  /** The context of every phrase of the group; the marker comes from each phrase. */
  context: Omit<ItemKindContext, 'marker'>;
  phrases: string[];
}

// (1) | a) | đ) | 1. | 2.1. | - | + | • | Điều 2.
const MARKER = /^(?:\(\d+\)|[a-zđ]\)|\d+(?:\.\d+)*\.|Điều \d+\.|[-+•–])(?=\s)/u;

/** The item marker the phrase starts with, or null for a plain paragraph. */
export function markerOf(phrase: string): string | null {
  return MARKER.exec(phrase)?.[0] ?? null;
}

/** An official document's item under these headings (outermost first). */
const official = (...headings: string[]): Omit<ItemKindContext, 'marker'> => ({ headings, news: false, inConclusion: false });
/** A news report's paragraph, before (`false`) or after (`true`) the report turns to its conclusions. */
const news = (inConclusion: boolean): Omit<ItemKindContext, 'marker'> => ({ headings: [], news: true, inConclusion });
/** A news report's paragraph before the turn, under a headline that reports an order ("Hải quan Hải Phòng yêu cầu …"). */
const underOrderHeadline: Omit<ItemKindContext, 'marker'> = { headings: [], news: true, inConclusion: false, headlineOrders: true };

export const ITEM_KIND_CORPUS: ItemKindGroup[] = [
  // ─── tasks ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'the press told to report: "… tăng thời lượng đưa tin …"',
    kind: 'task',
    context: official(),
    phrases: [
      '7. Đài Phát thanh và Truyền hình Quảng Bình, Báo Quảng Bình tăng thời lượng đưa tin về diễn biến của bão.',
      '6. Báo Đắk Nông, Đài Phát thanh và Truyền hình tỉnh đưa tin thường xuyên về tình hình dịch bệnh.',
    ],
  },
  {
    name: 'the press that reported (an account, not an order)',
    kind: 'info',
    context: news(true),
    phrases: ['Nhiều cơ quan báo chí đã đưa tin về vụ việc trong tuần qua.'],
  },
  {
    name: 'imperative items under a unit heading',
    kind: 'task',
    context: official('II. Nhiệm vụ trọng tâm trong 6 tháng cuối năm 2021', '1. Phòng Quản lý Khoa học'),
    phrases: [
      '(1) Tham mưu UBND tỉnh ban hành Kế hoạch phát triển khoa học công nghệ và đổi mới sáng tạo giai đoạn 2021 - 2025.',
      '(2) Kịp thời tham mưu Giám đốc Sở ký hợp đồng với cơ quan chủ trì các nhiệm vụ KH&CN mở mới năm 2021.',
      '(3) Tiếp tục theo dõi, quản lý, kiểm tra, hướng dẫn, đôn đốc việc tổ chức thực hiện các nhiệm vụ KH&CN.',
      '(5) Khẩn trương hoàn thiện hồ sơ Thuyết minh trình phê duyệt để triển khai thực hiện Đề tài cấp cơ sở.',
      '(2) Thực hiện đầy đủ, kịp thời chế độ thông tin báo cáo công tác thanh tra, phòng chống tham nhũng theo quy định.',
      '(3) Vận hành tốt Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh Quảng Ngãi.',
    ],
  },
  {
    name: 'lettered and dashed items under a ministry heading',
    kind: 'task',
    context: official('II. TỔ CHỨC THỰC HIỆN', '5. Bộ Nội vụ'),
    phrases: [
      '- Rà soát, bổ sung quy hoạch mạng lưới tổ chức khoa học và công nghệ công lập trên địa bàn tỉnh.',
      '- Giải quyết đầy đủ, kịp thời chế độ, chính sách đối với các trường hợp không tiếp tục bố trí, sử dụng.',
      'b) Phối hợp với Bộ Nội vụ hướng dẫn các địa phương bố trí nguồn kinh phí để thực hiện chế độ, chính sách;',
      'd) Định kỳ báo cáo Thủ tướng Chính phủ kết quả thực hiện vào thứ Sáu hàng tuần;',
      'a) Chủ trì, phối hợp với các bộ, ngành liên quan hướng dẫn, đôn đốc, kiểm tra việc triển khai thực hiện Chỉ thị này trên phạm vi cả nước;',
    ],
  },
  {
    name: 'the grammar of assignment: Giao, Đề nghị, Yêu cầu, có trách nhiệm, a subject with an imperative',
    kind: 'task',
    context: official('II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 06 THÁNG CUỐI NĂM 2026'),
    phrases: [
      'Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh bố trí kinh phí thực hiện.',
      'Giao Bộ Tài chính chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường nghiên cứu kiến nghị của Thành phố.',
      '3. Đề nghị Ban Tuyên giáo và Dân vận Trung ương tiếp tục chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền.',
      'Đề nghị Bộ Y tế hướng dẫn các địa phương tăng cường giám sát, phát hiện sớm các ca bệnh.',
      'Yêu cầu các địa phương tổ chức kiểm tra, rà soát các điểm có nguy cơ đuối nước cao.',
      'Sở Tài chính có trách nhiệm thẩm định, tổng hợp dự toán kinh phí, trình UBND tỉnh xem xét.',
      'UBND các xã khẩn trương tổ chức di dời người dân ra khỏi khu vực có nguy cơ sạt lở.',
      '- Các Bộ, cơ quan liên quan có trách nhiệm phối hợp chặt chẽ với Thành phố trong quá trình thực hiện.',
      '- Các vấn đề thuộc thẩm quyền của HĐND tỉnh thì khẩn trương báo cáo UBND tỉnh trình HĐND tỉnh tại kỳ họp gần nhất.',
      '- Thành phố khẩn trương rà soát, thiết kế nội dung chính sách đặc thù về phát triển hạ tầng năng lượng.',
      '3. Khẩn trương rà soát, cập nhật kịch bản tăng trưởng của từng ngành, lĩnh vực trong các tháng cuối năm.',
    ],
  },
  {
    name: 'articles of a Nghị quyết that assign work',
    kind: 'task',
    context: official(),
    phrases: [
      'Điều 2. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan hoàn thiện nội dung các chính sách, trình Chính phủ trước ngày 10 tháng 7 năm 2026.',
      'Điều 3. Phân công Phó Thủ tướng Thường trực Chính phủ chỉ đạo việc xây dựng, hoàn thiện dự án Luật.',
    ],
  },
  {
    name: 'monitoring tasks that end on "… thực hiện Công điện này." (not the closing formula)',
    kind: 'task',
    context: official(),
    phrases: [
      'Bộ Y tế, Bộ Giáo dục và Đào tạo theo dõi, đôn đốc các địa phương thực hiện Công điện này.',
      'Văn phòng UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kết luận này.',
      'Giao Sở Nội vụ theo dõi, đôn đốc việc triển khai thực hiện Chỉ thị này, định kỳ báo cáo UBND tỉnh.',
      '4. Giao Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện, tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện.',
    ],
  },
  {
    name: 'tasks whose time label counts from the signing of "… Kết luận này." (not the closing formula)',
    kind: 'task',
    context: official('NHIỆM VỤ TRỌNG TÂM', 'Chi cục Kiểm lâm'),
    phrases: [
      '- Phối hợp với Công an tỉnh điều tra, xử lý vụ phá rừng.\nThời gian thực hiện: trong 15 ngày kể từ ngày ký Kết luận này.',
      'Rà soát, báo cáo Giám đốc Sở trong 10 ngày kể từ ngày ban hành Thông báo này.',
    ],
  },
  {
    name: 'news: before the turn to a leader\'s conclusion, another speaker\'s requests are the discussion',
    kind: 'info',
    context: { ...news(false), concluderAhead: { names: ['Nguyễn Đức Trung'], office: 'bí thư tỉnh ủy' } },
    phrases: [
      'Phát biểu tại buổi làm việc, Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn Thông đề nghị huyện quan tâm hơn đến công tác cán bộ sau sắp xếp.',
      'Phát biểu tại hội nghị, Giám đốc Sở Tài chính Lê Văn Hùng đề nghị các huyện đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
      'Chủ tịch UBND huyện Trần Văn Nam đề nghị tỉnh quan tâm hỗ trợ kinh phí tái định cư cho các hộ dân vùng sạt lở.',
    ],
  },
  {
    name: 'news: before the turn, an office-only concluder; another office\'s request is the discussion',
    kind: 'info',
    context: { ...news(false), concluderAhead: { names: [], office: 'bí thư tỉnh ủy' } },
    phrases: ['Phó Bí thư Thường trực Tỉnh ủy đề nghị huyện quan tâm hơn đến công tác cán bộ sau sắp xếp.'],
  },
  {
    name: 'news: before the turn, the leader who concludes gives orders of his own (by name or, unnamed, by his office)',
    kind: 'task',
    context: { ...news(false), concluderAhead: { names: ['Nguyễn Đức Trung'], office: 'bí thư tỉnh ủy' } },
    phrases: [
      'Phát biểu chỉ đạo, Bí thư Tỉnh ủy Nguyễn Đức Trung yêu cầu huyện khẩn trương khắc phục các điểm sạt lở trước mùa mưa bão.',
      'Đồng chí Nguyễn Đức Trung đề nghị Huyện ủy lãnh đạo rà soát, hoàn thành xóa nhà tạm trước ngày 30/8/2025.',
    ],
  },
  {
    name: 'news: before the turn, an office-only concluder gives orders of his own',
    kind: 'task',
    context: { ...news(false), concluderAhead: { names: [], office: 'bí thư tỉnh ủy' } },
    phrases: ['Bí thư Tỉnh ủy yêu cầu huyện khẩn trương khắc phục các điểm sạt lở trước mùa mưa bão.'],
  },
  {
    name: 'news: a leader or a leading body gives an instruction, even before the turn',
    kind: 'task',
    context: news(false),
    phrases: [
      'Phó Chủ tịch UBND tỉnh yêu cầu Sở Y tế chỉ đạo các bệnh viện chuẩn bị sẵn sàng phương án thu dung, điều trị.',
      'Do đó, Bộ Công Thương yêu cầu Công ty dừng ngay việc tích nước, vận hành mở hoàn toàn các cửa van đập tràn.',
      'Đồng chí Bí thư Tỉnh ủy đề nghị Ban Chỉ đạo cấp tỉnh tập trung chỉ đạo sắp xếp đơn vị hành chính cấp xã.',
      'Theo Kế hoạch, Ban Chỉ đạo 389 quốc gia sẽ tăng cường công tác chỉ đạo, kiểm tra, đôn đốc các bộ, ngành, địa phương.',
      'Trong thời gian tới, Phó Chủ tịch UBND tỉnh mong muốn Sở nêu cao tinh thần đoàn kết, hoàn thành tốt nhiệm vụ được giao.',
      'Chủ tịch UBND tỉnh chỉ đạo các sở, ngành khẩn trương tháo gỡ khó khăn, vướng mắc cho doanh nghiệp.',
    ],
  },
  {
    name: 'news: imperative paragraphs of the concluding part',
    kind: 'task',
    context: news(true),
    phrases: [
      'Sở phối hợp với Sở Tài chính hạch toán kinh phí hoạt động để sớm triển khai các nhiệm vụ khoa học công nghệ.',
      'Quan tâm chuyển đổi số trong các lĩnh vực du lịch, nông nghiệp để quảng bá rộng rãi các điểm đến.',
      'Giao Văn phòng Tỉnh ủy phối hợp với các đơn vị có liên quan hoàn thành quy chế làm việc của Ban Chỉ đạo cấp tỉnh.',
      'Việc tích nước hồ chứa chỉ được thực hiện khi có văn bản đồng ý của UBND tỉnh.',
      'Cập nhật, nâng cấp, hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.',
      'Chỉ đạo hoàn thành việc chỉnh lý, số hóa tài liệu của các cơ quan, tổ chức có liên quan đến sắp xếp đơn vị hành chính.',
      // (only "chỉ đạo" after "lãnh đạo," is the noun: "yêu cầu" after it still orders)
      'Ngày 10/5, Phó Thủ tướng thăm hỏi cán bộ, lãnh đạo và yêu cầu tỉnh khẩn trương di dời dân khỏi vùng sạt lở.',
      // two bodies joined by "và" as the subject
      'Tập đoàn Dầu khí Việt Nam và Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam bảo đảm cung cấp đủ khí, than cho phát điện.',
      // the verbs of a storm or a flood
      'Các huyện Nga Sơn, Hậu Lộc, Hoằng Hóa sơ tán người dân ở khu vực nguy hiểm trước 20 giờ ngày 6/9.',
      // a leader's view quoted
      'Theo Thủ tướng, “Bộ Kế hoạch và Đầu tư cần cân đối, bố trí đủ vốn cho các dự án, không để thiếu vốn”.',
    ],
  },
  {
    name: 'news: background told as done before, and the paper’s own promise to report more',
    kind: 'info',
    context: news(true),
    phrases: [
      'Được biết, trước đó, UBND tỉnh đã có Công văn số 5120/UBND-KTTH đề nghị các địa phương đẩy nhanh tiến độ giải ngân.',
      'Trước đó, Chủ tịch UBND tỉnh đã ký văn bản yêu cầu các sở, ngành rà soát các dự án chậm tiến độ.',
      'Trước đó, UBND tỉnh đã có văn bản đề nghị Bộ Tài chính hỗ trợ. Văn phòng Chính phủ cũng đã có văn bản yêu cầu các bộ xem xét.',
      'Báo Điện tử Chính phủ sẽ tiếp tục thông tin về vấn đề này.',
      'Dự kiến, Báo Khánh Hòa sẽ tiếp tục phản ánh tiến độ dự án trong các số báo tới.',
    ],
  },
  {
    name: 'news: an order after a background opening, and an order to a broadcaster',
    kind: 'task',
    context: news(true),
    phrases: [
      'Đài Phát thanh và Truyền hình tỉnh sẽ tăng cường thời lượng tuyên truyền về phòng, chống bão.',
      'Báo Quảng Ngãi chủ động phối hợp với các sở tuyên truyền về chuyển đổi số.',
      // (background first, then the meeting's own order in a later sentence)
      'Trước đó, các đại biểu đã nghe Bộ Công Thương báo cáo tình hình cung ứng điện. Kết luận cuộc họp, Thủ tướng yêu cầu Bộ Công Thương chỉ đạo EVN bảo đảm cung ứng đủ điện.',
    ],
  },
  {
    name: 'work ordered after a plan or an order cited with "Theo" (not a source of news)',
    kind: 'task',
    context: official('II. NHIỆM VỤ'),
    phrases: [
      '1. Theo Kế hoạch số 10/KH-UBND, các sở đang triển khai các nội dung. Sở Y tế báo cáo kết quả trước ngày 30/6/2025.',
      '2. Theo chỉ đạo của Thủ tướng Chính phủ, các địa phương đang rà soát. Sở Xây dựng tổng hợp, báo cáo UBND tỉnh.',
    ],
  },

  {
    name: 'the plan of an Đề án approved in its Điều 1: who does what, under Tổ chức thực hiện',
    kind: 'task',
    context: official('Điều 1. Phê duyệt Đề án “Đào tạo, bồi dưỡng và phát triển nguồn nhân lực”', 'VI. TỔ CHỨC THỰC HIỆN', '1. Bộ Khoa học và Công nghệ'),
    phrases: [
      'a) Chủ trì, phối hợp với các bộ, ngành triển khai thực hiện Đề án; hướng dẫn, kiểm tra, giám sát việc thực hiện.',
      'c) Chủ trì điều tra, đánh giá nhu cầu đào tạo, bồi dưỡng nhân lực trong lĩnh vực năng lượng nguyên tử.',
      'k) Định kỳ hàng năm tổng hợp tình hình thực hiện Đề án, tổ chức sơ kết, tổng kết đánh giá việc thực hiện Đề án.',
    ],
  },
  {
    name: 'the plan of an Đề án approved in its Điều 1: its tasks and solutions',
    kind: 'task',
    context: official('Điều 1. Phê duyệt Đề án Trung tâm dữ liệu quốc gia', 'IV. NHIỆM VỤ VÀ GIẢI PHÁP', '1. Hoàn thiện thể chế'),
    phrases: [
      'a) Rà soát, hoàn thiện cơ chế, chính sách, pháp luật về đào tạo, phát triển nguồn nhân lực trong lĩnh vực năng lượng nguyên tử.',
      '- Tuyên truyền, phổ biến rộng rãi tới các bộ, ngành, địa phương về tính cấp thiết của Đề án.',
    ],
  },
  {
    name: 'a sentence of a telegram typed all in capitals is no title: it ends with its mark',
    kind: 'task',
    context: official(),
    phrases: ['1. BỘ CÔNG AN CHỈ ĐẠO LỰC LƯỢNG CHỨC NĂNG BẢO ĐẢM AN NINH TRẬT TỰ.', '- BỘ Y TẾ CHỦ TRÌ KIỂM TRA AN TOÀN THỰC PHẨM;'],
  },

  {
    name: 'an approval of the report that also says who must act',
    kind: 'task',
    context: official(),
    phrases: [
      '1. Ban Thường vụ Tỉnh ủy cơ bản đồng ý với báo cáo; giao Ban cán sự đảng UBND tỉnh tiếp thu ý kiến, hoàn chỉnh báo cáo.',
      '2. Thống nhất với báo cáo của UBND huyện. Đề nghị UBND huyện tập trung chỉ đạo giải ngân vốn đầu tư công.',
      // (a task that names the document as its ground is no closing formula)
      '5. Sở Tài chính căn cứ Kết luận này chủ trì rà soát dự toán, báo cáo UBND tỉnh trước ngày 30/9/2025.',
      'Các sở, ngành căn cứ Kế hoạch này xây dựng kế hoạch thực hiện, gửi Sở Nội vụ trước ngày 15/3/2025.',
      // (an approval of a plan or a policy is no approval of a report)
      '3. Thống nhất chủ trương đầu tư dự án đường ven biển; UBND huyện hoàn thiện hồ sơ trình HĐND tỉnh.',
      // (`báo cáo` the verb, with whom to report to: a decision to act, not an approval of a report)
      '1. Thống nhất báo cáo Ban Chấp hành Đảng bộ tỉnh cho chủ trương điều chỉnh quy hoạch khu kinh tế Dung Quất.',
      '3. Đồng ý báo cáo Thủ tướng Chính phủ xem xét, cho phép điều chỉnh chủ trương đầu tư dự án.',
      // (a report approved with the proposal it makes, as a plan is)
      '1. Thống nhất với báo cáo và đề xuất của Sở Tài chính về phương án phân bổ vốn.',
    ],
  },
  {
    name: 'a permission granted, with no one told to act',
    kind: 'info',
    context: official(),
    phrases: [
      'c) Thống nhất chủ trương cho phép UBND huyện Diên Khánh áp dụng giá đất tái định cư theo Quyết định số 2150/QĐ-UBND ngày 12/9/2024 của UBND tỉnh.',
      '3. Đồng ý cho phép Công ty Cổ phần Đầu tư Phú Yên gia hạn tiến độ thực hiện dự án đến hết năm 2025.',
    ],
  },
  {
    name: 'a permission with an order after it, or an approval of a plan',
    kind: 'task',
    context: official(),
    phrases: [
      'c) Thống nhất chủ trương cho phép UBND huyện Diên Khánh áp dụng giá đất tái định cư; giao Sở Tài chính hướng dẫn thực hiện.',
      '3. Đồng ý cho phép Công ty gia hạn tiến độ dự án; đề nghị Sở Kế hoạch và Đầu tư điều chỉnh giấy chứng nhận đầu tư.',
      '2. Thống nhất chủ trương đầu tư dự án đường ven biển; UBND huyện hoàn thiện hồ sơ trình HĐND tỉnh.',
    ],
  },
  {
    name: 'a permission asked for by a unit, or with an order after it',
    kind: 'task',
    context: official(),
    phrases: [
      '3. Sở Tài chính tham mưu UBND tỉnh đồng ý cho phép Công ty Cổ phần Đầu tư Phú Yên gia hạn tiến độ thực hiện dự án.',
      '3. Sở Kế hoạch và Đầu tư khẩn trương trình UBND tỉnh xem xét, đồng ý cho phép Công ty gia hạn tiến độ dự án.',
      '3. Đồng ý cho phép UBND thành phố triển khai thí điểm mô hình; UBND thành phố tổng kết, đánh giá, báo cáo UBND tỉnh.',
      '3. Thống nhất cho phép các địa phương chủ động bố trí kinh phí; Sở Tài chính hướng dẫn thực hiện.',
      '3. Đồng ý cho phép UBND huyện Tuy An tổ chức lễ hội. UBND huyện tổ chức thực hiện bảo đảm an toàn, tiết kiệm.',
      '3. Đồng ý cho phép UBND huyện Tuy An sử dụng nguồn dự phòng ngân sách, hoàn thành trước ngày 30/6/2025.',
    ],
  },
  {
    name: 'a heading whose order has no object, after a purpose or a time, only opens its list',
    kind: 'info',
    context: { ...official(), ownHeading: true },
    phrases: [
      '2. Để hoàn thành mục tiêu bàn giao 100% mặt bằng trước ngày 30/6/2025, yêu cầu:',
      '3. Trong thời gian tới, Chủ tịch UBND tỉnh đề nghị:',
      '4. Để khắc phục những tồn tại, hạn chế nêu trên, Ban Thường vụ Tỉnh ủy yêu cầu:',
    ],
  },
  {
    name: 'a heading after a purpose whose order has its own object',
    kind: 'task',
    context: { ...official(), ownHeading: true },
    phrases: [
      '2. Để hoàn thành mục tiêu bàn giao 100% mặt bằng trước ngày 30/6/2025, yêu cầu UBND các huyện tập trung nhân lực, hoàn thành chi trả bồi thường:',
      '3. Để bảo đảm tiến độ, Sở Tài chính khẩn trương bố trí vốn, trình UBND tỉnh trước ngày 15/5/2025:',
      // the noun, after a verb of its own
      '2. Để khắc phục hạn chế, các đơn vị thực hiện theo đề nghị:',
      '2. Trong quá trình triển khai, các sở phải thực hiện đúng chỉ đạo:',
      // an order of its own before the last verb
      '2. Trong thời gian tới, cần tiếp tục tăng cường công tác lãnh đạo, chỉ đạo:',
      '2. Để hoàn thành mục tiêu, giao Sở Tài chính chủ trì, phối hợp với các sở, ngành, địa phương khẩn trương thực hiện, đồng thời đề nghị:',
    ],
  },
  {
    name: 'a telegram\'s situation: an evacuation or a report told as done',
    kind: 'info',
    context: official(),
    phrases: [
      'Đến sáng nay, các địa phương đã sơ tán 3.000 hộ dân khỏi vùng nguy hiểm.',
      'Tính đến 17 giờ, các huyện ven biển đã di dời 1.200 hộ dân đến nơi an toàn.',
    ],
  },

  // ─── info ────────────────────────────────────────────────────────────────────────────────
  {
    name: 'the conclusion approves the report it heard and assesses, naming no actor',
    kind: 'info',
    context: official(),
    phrases: [
      '1. Ban Thường vụ Tỉnh ủy cơ bản đồng ý với báo cáo. Sau 4 năm thực hiện Nghị quyết, giá trị sản xuất nông nghiệp tăng bình quân 3,5%/năm; liên kết sản xuất theo chuỗi giá trị còn hạn chế.',
      'Thường trực HĐND tỉnh thống nhất với nội dung báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm; các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra.',
      'Nhất trí với báo cáo của Sở Tài chính về tình hình thực hiện dự toán ngân sách.',
    ],
  },
  {
    name: 'the closing formula that hands the document over "căn cứ Kết luận này … thực hiện", with where to turn with problems',
    kind: 'info',
    context: official(),
    phrases: [
      '4. Các phòng, đơn vị thuộc Sở căn cứ nội dung Kết luận này khẩn trương triển khai thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc báo cáo Giám đốc Sở (qua Văn phòng Sở) để chỉ đạo./.',
      'Đề nghị các cơ quan, đơn vị căn cứ Thông báo này triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh (qua Văn phòng UBND tỉnh) để xem xét, giải quyết./.',
      'Các cơ quan, đơn vị căn cứ Thông báo này tổ chức thực hiện./.',
    ],
  },
  {
    name: 'a party notice\'s dated preamble: the chair named alone at its clause\'s end ("…, Bí thư Tỉnh ủy chủ trì.")',
    kind: 'info',
    context: official(),
    phrases: [
      'Ngày 08/9/2025, Ban Thường vụ Tỉnh ủy họp, nghe Ban cán sự đảng UBND tỉnh báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội; đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy chủ trì. Sau khi thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:',
      'Ngày 15/10/2025, Thường trực Tỉnh ủy làm việc với Đảng ủy UBND tỉnh; đồng chí Trần Văn B, Phó Bí thư Thường trực Tỉnh ủy chủ trì. Sau khi nghe báo cáo, Thường trực Tỉnh ủy kết luận như sau:',
    ],
  },
  {
    name: 'a dated paragraph that names a chair and gives work ("… chủ trì, phối hợp …", "giao …")',
    kind: 'task',
    context: official(),
    phrases: [
      'Ngày 08/9/2025, đồng chí Nguyễn Văn A chủ trì hội nghị; giao Sở Tài chính chủ trì rà soát các dự án chậm giải ngân.',
      'Ngày 20/9/2025, Sở Y tế chủ trì, phối hợp với các địa phương tổ chức đợt tiêm phòng.',
    ],
  },
  {
    name: 'where to turn with problems, as a sentence of its own: the closing formula',
    kind: 'info',
    context: official('III. TỔ CHỨC THỰC HIỆN', '4. Sở Kế hoạch và Đầu tư'),
    phrases: [
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND tỉnh (qua Sở Kế hoạch và Đầu tư) để xem xét, giải quyết.',
      '5. Trong quá trình triển khai, nếu phát sinh vướng mắc, các sở, ngành phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo.',
      'Quá trình tổ chức thực hiện nếu gặp khó khăn, vướng mắc, các đơn vị gửi kiến nghị về Sở Tài chính để tổng hợp, đề xuất UBND tỉnh giải quyết kịp thời./.',
    ],
  },
  {
    name: 'problems reported, then work of its own for a named body or a second sentence (not the closing formula)',
    kind: 'task',
    context: official('III. TỔ CHỨC THỰC HIỆN'),
    phrases: [
      '6. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Kế hoạch và Đầu tư; Sở Kế hoạch và Đầu tư tổng hợp, báo cáo UBND tỉnh xem xét, quyết định.',
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị gửi về Sở Nội vụ, Sở Nội vụ tổng hợp, tham mưu UBND tỉnh điều chỉnh.',
      '4. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, giao Sở Tài chính tổng hợp, báo cáo UBND tỉnh xem xét, quyết định.',
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo UBND tỉnh. Giao Sở Tài chính theo dõi, đôn đốc việc thực hiện.',
      'h) Trong quá trình triển khai thực hiện Đề án, nếu có khó khăn, vướng mắc, các bộ, ngành, địa phương có trách nhiệm gửi kiến nghị về Bộ Công an để tổng hợp, báo cáo Thủ tướng Chính phủ xem xét, quyết định.',
    ],
  },
  {
    name: 'a named unit and a verb of its work beyond the instruction words ("Sở Tài chính cân đối vốn.")',
    kind: 'task',
    context: official('II. NHIỆM VỤ TRỌNG TÂM'),
    phrases: [
      'b) Sở Tài chính cân đối vốn.',
      'Sở Tài chính thẩm tra quyết toán các dự án hoàn thành.',
      '3. Công an tỉnh trực 24/24 giờ, sẵn sàng lực lượng ứng cứu.',
      '4. Sở Y tế giữ vững kết quả phòng, chống dịch.',
      '- Bộ Chỉ huy Quân sự tỉnh điều động lực lượng hỗ trợ người dân.',
      '- Đài Khí tượng thủy văn tỉnh bảo đảm thông tin kịp thời diễn biến mưa lũ.',
      'Kho bạc Nhà nước tỉnh chi trả các khoản hỗ trợ cho người dân.',
    ],
  },
  {
    name: 'a named unit and a verb of report ("đã", "có", "đạt", "là", "được"), or a unit "trực thuộc"',
    kind: 'info',
    context: official('II. NHIỆM VỤ TRỌNG TÂM'),
    phrases: [
      'Sở Tài chính đã cân đối vốn cho các dự án.',
      '4. Sở Y tế có 12 bệnh viện được phân bổ vốn.',
      'Công an tỉnh là lực lượng bảo vệ an ninh trật tự.',
      'Sở Tài chính được phân bổ 20 tỷ đồng.',
      '- Cục Thống kê trực thuộc Bộ Tài chính.',
      // (a verb of telling: the forecast or the notice told, not work)
      'Trung tâm Dự báo khí tượng thủy văn quốc gia dự báo, bão số 3 sẽ đổ bộ vào các tỉnh ven biển.',
      'Văn phòng UBND tỉnh thông báo kết luận của Chủ tịch UBND tỉnh tại cuộc họp.',
    ],
  },
  {
    name: 'a named unit and a verb of its work under a heading of findings',
    kind: 'info',
    context: official('I. KẾT QUẢ ĐẠT ĐƯỢC'),
    phrases: ['b) Sở Tài chính cân đối vốn kịp thời cho các dự án trọng điểm.', '3. Công an tỉnh trực 24/24 giờ trong dịp Tết.'],
  },
  {
    name: 'a report under an intro told in the past ("… các Bộ đã có báo cáo Chính phủ như sau:")',
    kind: 'info',
    context: { ...official('III. Về việc báo cáo Chính phủ'), underReport: true },
    phrases: [
      '1. Bộ Tài chính báo cáo về tiếp thu, giải trình, chỉnh lý, hoàn thiện các dự thảo Nghị quyết.',
      '2. Bộ Giáo dục và Đào tạo báo cáo về thay đổi quy định hiệu lực của Hiệp định.',
    ],
  },
  {
    name: 'an order of its own under an intro told in the past',
    kind: 'task',
    context: { ...official('III. Về việc báo cáo Chính phủ'), underReport: true },
    phrases: ['3. Bộ Tư pháp báo cáo về dự thảo Luật Công chứng; giao Bộ Công an phối hợp hoàn thiện hồ sơ trước ngày 30/6/2026.'],
  },
  {
    name: 'a dated preamble that ends on the words opening the list',
    kind: 'info',
    context: official(),
    phrases: [
      'Ngày 24/9/2025, Bộ trưởng Đỗ Đức Duy chủ trì cuộc họp về công tác phòng, chống thiên tai. Sau khi nghe Cục Thủy lợi báo cáo và ý kiến các đại biểu, Bộ trưởng chỉ đạo như sau:',
      'Ngày 03/9/2025, Giám đốc Sở chủ trì cuộc họp giao ban tháng 8. Sau khi nghe báo cáo, Giám đốc Sở kết luận như sau:',
    ],
  },
  {
    name: 'a section title in capitals left alone (its paragraph is the closing formula)',
    kind: 'info',
    context: official(),
    phrases: ['III. TỔ CHỨC THỰC HIỆN', 'IV. TRIỂN KHAI THỰC HIỆN', '2. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM', 'V. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO'],
  },
  {
    name: 'what an approved Đề án states besides its tasks: funding, beneficiaries, views',
    kind: 'info',
    context: official('Điều 1. Phê duyệt Đề án “Đào tạo, bồi dưỡng và phát triển nguồn nhân lực”', 'V. KINH PHÍ THỰC HIỆN'),
    phrases: [
      '1. Kinh phí thực hiện Đề án được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn hợp pháp khác.',
      '2. Việc lập dự toán chi, quản lý, sử dụng, thanh quyết toán các nguồn kinh phí thực hiện Đề án theo quy định của pháp luật.',
    ],
  },
  {
    name: 'what an approved Đề án states besides its tasks: who it trains',
    kind: 'info',
    context: official('Điều 1. Phê duyệt Đề án “Đào tạo, bồi dưỡng và phát triển nguồn nhân lực”', 'III. ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC ĐÀO TẠO', '1. Đối tượng'),
    phrases: ['- Nhân lực tại bộ, cơ quan trung ương thực hiện công tác quản lý nhà nước trong lĩnh vực năng lượng nguyên tử.'],
  },
  {
    name: 'the duties of a body whose charter is approved: NHIỆM VỤ, QUYỀN HẠN',
    kind: 'info',
    context: official('Điều 1. Phê duyệt Điều lệ Hội Luật gia tỉnh', 'II. NHIỆM VỤ, QUYỀN HẠN CỦA HỘI'),
    phrases: [
      '1. Tuyên truyền, phổ biến, giáo dục pháp luật cho hội viên và nhân dân trên địa bàn tỉnh.',
      '2. Tham gia góp ý xây dựng văn bản quy phạm pháp luật theo quy định của pháp luật.',
    ],
  },
  {
    name: 'policies a Nghị quyết adopts: Điều 1. Thông qua',
    kind: 'info',
    context: official('Điều 1. Thông qua 02 Chính sách của Luật sửa đổi, bổ sung một số điều của Luật Thương mại'),
    phrases: [
      '- Chính sách 1: Phân cấp, phân quyền, cải cách thủ tục hành chính, điều kiện đầu tư kinh doanh trong pháp luật về thương mại theo hướng: Bãi bỏ điều kiện kinh doanh dịch vụ giám định thương mại.',
    ],
  },
  {
    name: 'the enacting article as an item of its own: Điều 1. Ban hành kèm theo | Phê duyệt',
    kind: 'info',
    context: official(),
    phrases: [
      'Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Kết luận số 210-KL/TW của Ban Chấp hành Trung ương Đảng.',
      'Điều 1. Phê duyệt Kế hoạch bảo đảm thoát nước mùa mưa năm 2026, kèm theo Quyết định này.',
    ],
  },
  {
    name: 'the articles after it that give work stay tasks',
    kind: 'task',
    context: official(),
    phrases: [
      'Điều 2. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan tiếp thu ý kiến của các Thành viên Chính phủ, hoàn thiện hồ sơ dự án Luật.',
      'Điều 3. Giao Sở Tài chính phê duyệt dự toán kinh phí thực hiện Kế hoạch.',
      // (and so does an enacting article that also gives work)
      'Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng và giao Sở Văn hóa, Thể thao và Du lịch tổ chức thực hiện.',
    ],
  },
  {
    name: 'an item with a line that names its chair or its due date is a task, whatever its verb: "Đơn vị chủ trì: …"',
    kind: 'task',
    context: official('II. NHIỆM VỤ, GIẢI PHÁP', '2. Các nhiệm vụ khác'),
    phrases: [
      '- Đánh giá, xếp hạng mức độ chuyển đổi số của các phòng, đơn vị thuộc Sở.\nĐơn vị chủ trì: Phòng Kế hoạch - Tài chính.\nThời gian thực hiện: tháng 12/2025.',
      '- Kết quả khảo sát mức độ hài lòng của người dân đối với dịch vụ công trực tuyến.\n- Cơ quan chủ trì: Văn phòng UBND tỉnh.',
      '- Đánh giá mức độ an toàn thông tin của hệ thống.\nThời gian hoàn thành: Quý III/2025.',
    ],
  },
  {
    name: 'look-alikes: the same opening without such a line, or a chair named under a heading of results',
    kind: 'info',
    context: official('I. KẾT QUẢ THỰC HIỆN NĂM 2024'),
    phrases: [
      '- Đánh giá, xếp hạng mức độ chuyển đổi số năm 2024: Sở xếp thứ 3/20 sở, ngành.',
      '- Tổ chức 05 lớp tập huấn kỹ năng số cho 150 lượt công chức.\nĐơn vị chủ trì: Văn phòng Sở.',
    ],
  },
  {
    name: 'a plan\'s funding section that only says where the money comes from: "Kinh phí thực hiện Kế hoạch từ nguồn …"',
    kind: 'info',
    context: official('III. KINH PHÍ THỰC HIỆN'),
    phrases: [
      'Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước giao cho Sở năm 2025, tổng khoảng 1,2 tỷ đồng, và các nguồn hợp pháp khác.',
      'Kinh phí thực hiện do ngân sách tỉnh bảo đảm theo phân cấp ngân sách hiện hành.',
      'Nguồn kinh phí thực hiện Chỉ thị được bố trí từ dự toán ngân sách hằng năm của các cơ quan, đơn vị.',
      'Kinh phí thực hiện từ nguồn ngân sách tỉnh, trong đó ngân sách tỉnh bảo đảm 60%, còn lại huy động từ doanh nghiệp.',
      'Kinh phí thực hiện do Quỹ Phát triển đất tỉnh ứng trước, hoàn trả khi có nguồn thu tiền sử dụng đất.',
      'III. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách tỉnh và nguồn xã hội hóa.',
    ],
  },
  {
    name: 'look-alikes in a funding section: someone told to find or give the money',
    kind: 'task',
    context: official('IV. KINH PHÍ THỰC HIỆN'),
    phrases: [
      '- Đối với các Sở, ngành, đơn vị cấp Thành phố: Chủ động cân đối, bố trí kinh phí thực hiện Kế hoạch từ nguồn kinh phí đã giao.',
      'Kinh phí thực hiện từ nguồn ngân sách tỉnh; Sở Tài chính tham mưu bố trí kinh phí cho các đơn vị theo quy định.',
      'Kinh phí thực hiện Kế hoạch do ngân sách tỉnh bảo đảm, giao Sở Tài chính thẩm định, trình UBND tỉnh phân bổ.',
      '2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh.',
      'Kinh phí thực hiện từ nguồn ngân sách tỉnh và giao Sở Tài chính cân đối.',
      'Kinh phí thực hiện từ nguồn ngân sách tỉnh, các đơn vị chủ động lập dự toán gửi Sở Tài chính trước ngày 15/7/2025.',
      'Kinh phí thực hiện bằng nguồn ngân sách huyện, UBND các huyện bố trí trong dự toán năm 2025.',
      'Kinh phí thực hiện do Sở Tài chính tham mưu UBND tỉnh bố trí từ nguồn ngân sách tỉnh.',
    ],
  },
  {
    name: 'aims of a plan: Mục đích',
    kind: 'info',
    context: official('I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích'),
    phrases: ['- Quảng bá sâu rộng giá trị lịch sử, văn hoá của Thăng Long - Hà Nội, thúc đẩy phát triển du lịch.'],
  },
  {
    name: 'views a Government resolution adopts: Về quan điểm, định hướng',
    kind: 'info',
    context: official('I. Về quan điểm, định hướng chỉ đạo, điều hành'),
    phrases: ['2. Điều hành nền kinh tế đạt tốc độ tăng trưởng cao, bền vững; phấn đấu tốc độ tăng trưởng GDP bình quân từ 10%/năm trở lên.'],
  },
  {
    name: 'a topic heading that opens on Về is no aim: its items are tasks',
    kind: 'task',
    context: official('II. Về nhiệm vụ, giải pháp trọng tâm thời gian tới'),
    phrases: ['2. Điều hành chính sách tiền tệ chủ động, linh hoạt; phấn đấu tăng trưởng tín dụng khoảng 15% trong năm 2026.'],
  },
  {
    name: 'a topic heading on Về that names aims and tasks: its items are tasks',
    kind: 'task',
    context: official('2. Về mục tiêu, nhiệm vụ trọng tâm năm 2025'),
    phrases: ['a) Bộ Kế hoạch và Đầu tư tổng hợp, báo cáo Chính phủ kế hoạch phát triển kinh tế - xã hội năm 2025.'],
  },
  {
    name: 'aims of a plan: Yêu cầu',
    kind: 'info',
    context: official('I. MỤC ĐÍCH, YÊU CẦU', '2. Yêu cầu'),
    phrases: [
      '- Tổ chức Festival quy mô, nội dung phong phú, đặc sắc, bảo đảm an ninh, an toàn, tiết kiệm, hiệu quả.',
      '- Thực hiện công tác tuyên truyền sâu rộng, đồng bộ trên các phương tiện thông tin đại chúng.',
    ],
  },
  {
    name: 'aims of a plan: Mục tiêu',
    kind: 'info',
    context: official('II. MỤC TIÊU', '1. Mục tiêu chung'),
    phrases: ['- Phấn đấu đến năm 2030, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.'],
  },
  {
    name: 'principles of a Chỉ thị: NGUYÊN TẮC, YÊU CẦU',
    kind: 'info',
    context: official('I. NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN, TỔ DÂN PHỐ'),
    phrases: [
      '5. Đẩy mạnh công tác tuyên truyền, vận động, tạo sự đồng thuận cao của Nhân dân.',
      '2. Trong quá trình triển khai thực hiện phải giữ vững ổn định chính trị, trật tự an toàn xã hội.',
    ],
  },
  {
    name: 'findings: Những kết quả đạt được',
    kind: 'info',
    context: official('1. Những kết quả đạt được'),
    phrases: [
      'Tham mưu UBND tỉnh ban hành Kế hoạch phát triển khoa học công nghệ và đổi mới sáng tạo, giai đoạn 2021 - 2025.',
      '- Xây dựng Phương án sắp xếp cơ cấu tổ chức bộ máy của Trung tâm theo Nghị định số 120/2020/NĐ-CP.',
    ],
  },
  {
    name: 'findings: Tồn tại, hạn chế',
    kind: 'info',
    context: official('2. Tồn tại, hạn chế'),
    phrases: ['- Tham mưu cấp có thẩm quyền xử lý tài sản hình thành từ các nhiệm vụ KH&CN chậm trễ kéo dài.'],
  },
  {
    name: 'preambles: grounds and requests',
    kind: 'info',
    context: official(),
    phrases: [
      'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
      'Căn cứ Nghị định số 191/2026/NĐ-CP ngày 29 tháng 5 năm 2026 của Chính phủ ban hành Quy chế làm việc của Chính phủ;',
      'Theo đề nghị của Bộ Công Thương tại Tờ trình số 2138/TTr-BCT ngày 30 tháng 3 năm 2026;',
      'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;',
      'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 10/6/2024.',
      // (a ground that cites an assignment made before is no order)
      'Căn cứ Quyết định số 25/QĐ-UBND ngày 10/01/2024 của UBND tỉnh giao Sở Tài chính làm chủ đầu tư dự án;',
      'Theo đề nghị của Sở Xây dựng tại Tờ trình số 12/TTr-SXD ngày 02/5/2024, trong đó Ủy ban nhân dân huyện đề nghị bổ sung vốn;',
    ],
  },
  {
    name: 'closing formulas',
    kind: 'info',
    context: official(),
    phrases: [
      'Giám đốc Sở yêu cầu trưởng các phòng, đơn vị thuộc Sở tổ chức quán triệt và triển khai thực hiện Kết luận này./.',
      'Điều 5. Bộ trưởng Bộ Công Thương và Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Nghị quyết này./.',
      'Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, ngành và Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.',
      'Điều 4. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.',
      'Trên đây là Kết luận của Giám đốc Sở tại Hội nghị sơ kết công tác 6 tháng đầu năm 2021.',
      // (its `;` only parts the bodies it names)
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.',
      // (the fields of the bodies it names are no work given: `Xây dựng`, `Vụ Tổ chức cán bộ`)
      'Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Xây dựng, Giao thông vận tải; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.',
      'Điều 4. Chánh Văn phòng Bộ; Vụ trưởng Vụ Tổ chức cán bộ; Cục trưởng Cục Quản lý xây dựng công trình chịu trách nhiệm thi hành Quyết định này./.',
      'Điều 3. Văn phòng Ủy ban nhân dân tỉnh; Sở Xây dựng; Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này.',
      // (the document left unnamed, handed to unnamed groups)
      'Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc thực hiện./.',
      'Đề nghị Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương triển khai thực hiện.',
      'Các cơ quan, đơn vị liên quan nghiêm túc thực hiện./.',
    ],
  },
  {
    name: 'work named before the same words: "… nghiêm túc thực hiện" with an object (not the closing formula)',
    kind: 'task',
    context: official('III. TỔ CHỨC THỰC HIỆN'),
    phrases: [
      'Yêu cầu các chủ đầu tư rà soát hồ sơ thanh toán, nghiêm túc thực hiện.',
      'Các sở, ngành nghiêm túc thực hiện chế độ báo cáo định kỳ./.',
      'Yêu cầu các địa phương khẩn trương thực hiện việc di dời dân khỏi vùng nguy hiểm.',
    ],
  },
  {
    name: 'work of its own before closing words: "…; báo cáo … các vấn đề phát sinh trong quá trình triển khai thực hiện Kế hoạch này."',
    kind: 'task',
    context: official('III. TỔ CHỨC THỰC HIỆN'),
    phrases: [
      '- Bảo đảm các điều kiện về cơ sở vật chất, kinh phí theo quy định; bồi dưỡng kỹ năng cho cán bộ, công chức để các cơ quan, đơn vị thực hiện Kế hoạch này.',
      '2. Các sở, ban, ngành có trách nhiệm phối hợp tổ chức thực hiện nhiệm vụ được phân công; báo cáo UBND tỉnh các vấn đề phát sinh trong quá trình triển khai thực hiện Kế hoạch này.',
    ],
  },
  {
    name: 'attendance',
    kind: 'info',
    context: official(),
    phrases: [
      'Tham dự Hội nghị có đồng chí Phó Chủ tịch UBND tỉnh và lãnh đạo các sở, ngành liên quan.',
      'Cùng dự có lãnh đạo các sở, ngành: Nội vụ, Tài chính, Nông nghiệp và Môi trường, Công an.',
      'Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, lãnh đạo các sở, ban, ngành.',
    ],
  },
  {
    name: 'dated meeting openings',
    kind: 'info',
    context: official(),
    phrases: [
      'Ngày 22/7/2021, Giám đốc Sở Khoa học và Công nghệ chủ trì Hội nghị sơ kết công tác 6 tháng đầu năm 2021.',
      'Ngày 06 tháng 7 năm 2026, tại Thành phố Hồ Chí Minh, Phó Thủ tướng Thường trực Chính phủ đã chủ trì buổi làm việc với lãnh đạo Thành phố.',
    ],
  },
  {
    name: 'intros that only introduce the list after them',
    kind: 'info',
    context: official('II. TỔ CHỨC THỰC HIỆN'),
    phrases: [
      'Giao Sở Tài chính thực hiện các nhiệm vụ sau:',
      '1. Sở Nông nghiệp và Môi trường chủ trì thực hiện các nhiệm vụ sau:',
      'Sau khi nghe báo cáo của Ủy ban nhân dân Thành phố, ý kiến của các Bộ, cơ quan, Phó Thủ tướng kết luận như sau:',
      'Để triển khai kịp thời, hiệu quả, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung thực hiện một số nội dung sau:',
    ],
  },
  {
    name: 'praise only',
    kind: 'info',
    context: official(),
    phrases: [
      'Hội nghị ghi nhận, đánh giá cao Sở Tài chính đã hoàn thành tốt nhiệm vụ được giao trong 6 tháng đầu năm.',
      'Phó Thủ tướng biểu dương tinh thần chủ động, trách nhiệm của các lực lượng tham gia ứng phó với bão số 3.',
    ],
  },
  {
    name: 'reports of what was done',
    kind: 'info',
    context: official('d) Về công tác quản lý tiêu chuẩn đo lường chất lượng:'),
    phrases: [
      'Sở đã triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.',
      'Đã phối hợp với Trung tâm Mã số, mã vạch xây dựng kế hoạch tuyên truyền về truy xuất nguồn gốc.',
      'Các cơ quan, đơn vị đã tiến hành các thủ tục đầu tư, trang bị hạ tầng, thiết bị cho Trung tâm tích hợp dữ liệu.',
      // (giao dịch, chuyển giao are no assignment)
      'Năm 2024, hệ thống đã tiếp nhận hơn 12.000 giao dịch trực tuyến và xử lý đúng hạn.',
      'Trung tâm đã chuyển giao 15 quy trình kỹ thuật cho các hợp tác xã trên địa bàn tỉnh.',
    ],
  },
  {
    name: 'a situation told by its source, then the sentence that opens the list of orders (a Công điện)',
    kind: 'info',
    context: official(),
    phrases: [
      // (`phổ biến` "commonly" is no order)
      'Theo tin của Đài Khí tượng Thủy văn tỉnh, bão số 4 đang di chuyển nhanh, dự báo trên địa bàn tỉnh có mưa to với lượng mưa phổ biến 150 - 250 mm. Để chủ động ứng phó, Chủ tịch UBND tỉnh yêu cầu:',
    ],
  },
  {
    name: 'attributes of an event or plan',
    kind: 'info',
    context: official('II. CƠ QUAN CHỈ ĐẠO VÀ TỔ CHỨC THỰC HIỆN'),
    phrases: [
      '1. Danh nghĩa tổ chức: Thành ủy, Hội đồng nhân dân, Ủy ban nhân dân thành phố Hà Nội.',
      '2. Cơ quan chỉ đạo: Ủy ban nhân dân thành phố Hà Nội.',
      '- Địa điểm: Hoàng Thành Thăng Long.',
      '- Thời gian dự kiến: ngày 11/9/2026 (thứ Sáu).',
    ],
  },
  {
    name: 'news: report paragraphs, captions, headline and lead before the turn',
    kind: 'info',
    context: news(false),
    phrases: [
      'Giám đốc Sở Khoa học và Công nghệ Trần Duy Bình trình bày báo cáo.',
      'Trong quý 1/2025 các hoạt động khoa học, công nghệ và chuyển đổi số trên địa bàn tỉnh tiếp tục đạt những kết quả tích cực.',
      'Thực hiện khảo sát, đo kiểm sóng di động trên 2 tuyến cao tốc; kiểm tra hạ tầng viễn thông tại các khu vực biên giới.',
      'Đảm bảo hạ tầng, nền tảng số, hệ thống thông tin trong quá trình triển khai Đề án sắp xếp đơn vị hành chính cấp tỉnh.',
      'Chiều 26/4, Ban Chỉ đạo cấp tỉnh tổ chức hội nghị giao ban để đánh giá kết quả thực hiện nhiệm vụ quý I/2025.',
      'Bộ Công Thương yêu cầu không mua điện của thủy điện Thượng Nhật',
      '(HDDTVN) – Bộ Công Thương yêu cầu không mua điện của nhà máy thủy điện Thượng Nhật khi chưa đủ điều kiện theo quy định.',
      'Bí thư Tỉnh ủy Nguyễn Doãn Anh phát biểu kết luận hội nghị.',
      'Tại hội nghị, đại diện Ban Chỉ đạo cấp tỉnh đã trình bày Dự thảo kế hoạch hành động thực hiện Nghị quyết số 57-NQ/TW.',
    ],
  },
  {
    name: 'an assessment after the turn: a situation, shortcomings, the cases that illustrate them (no order in it)',
    kind: 'info',
    context: news(true),
    phrases: [
      'Tuy nhiên, việc triển khai Nghị quyết và Chỉ thị của Chính phủ vẫn còn tồn tại, hạn chế, chưa tạo được những đột phá thực sự thúc đẩy phát triển doanh nghiệp.',
      'Tình trạng gian lận xuất xứ, chuyển giá vẫn diễn biến phức tạp. Tình trạng lợi dụng chính sách quản lý rủi ro để vận chuyển hàng cấm vẫn diễn ra ở nhiều địa bàn.',
      'Ngoài ra, một bộ phận cán bộ thiếu tinh thần trách nhiệm, yếu về chuyên môn, nghiệp vụ. Mặt khác, cơ chế chính sách còn sơ hở, bộ máy tổ chức tại một số cơ quan vẫn còn nhiều bất cập.',
      'Trong đó, có nhiều vụ việc nổi bật như Công an tỉnh bắt giữ vụ vận chuyển trái phép 20kg vàng qua biên giới.',
      'Cụ thể, phân bón giả, các mặt hàng không rõ nguồn gốc vẫn được bày bán công khai ở nhiều nơi.',
      // the need met, the work of leading: nouns
      'Phó Thủ tướng nhấn mạnh, nguyên nhân có cả yếu tố khách quan, điều kiện làm việc chưa thực sự đáp ứng tốt yêu cầu, nhưng về cơ bản vẫn do yếu tố chủ quan.',
      'Đó là, vai trò lãnh đạo, chỉ đạo ở nhiều cơ quan, đơn vị vẫn còn hạn chế.',
      'Đó là, vai trò lãnh đạo, chỉ đạo ở nhiều cơ quan, đơn vị, địa phương chưa thực sự quyết liệt, có lúc, có nơi thiếu quan tâm, kiểm tra, đôn đốc việc thực hiện.',
      'Một số địa phương vẫn còn tình trạng thiếu kiểm tra, giám sát, để xảy ra vi phạm kéo dài.',
    ],
  },
  {
    name: 'an order that names what is lacking is still an order (a subject and its verb, an imperative, an explicit word)',
    kind: 'task',
    context: news(true),
    phrases: [
      'Sở Y tế rà soát các cơ sở khám bệnh chưa đáp ứng điều kiện hoạt động.',
      'Thứ hai, khắc phục dứt điểm những tồn tại, hạn chế, bất cập trong công tác quản lý thị trường.',
      'Công tác phòng, chống buôn lậu vẫn còn nhiều hạn chế, các lực lượng cần phối hợp chặt chẽ hơn.',
      'Bộ Tư pháp rà soát các văn bản còn chồng chéo, trình Chính phủ trong quý III.',
      'Sở Nội vụ kiểm tra các đơn vị chưa thực sự quyết liệt trong cải cách hành chính.',
      // (a noun of work with its own assessment ends the list of a lack: the verb after it is the order)
      'Tình trạng khai thác cát trái phép vẫn diễn biến phức tạp, công tác kiểm tra còn buông lỏng, tăng cường tuần tra, kiểm soát, xử lý nghiêm vi phạm.',
      'Công tác phòng cháy tại một số cơ sở còn hạn chế, sự phối hợp giữa các lực lượng chưa chặt chẽ, tăng cường kiểm tra, giám sát.',
      // (an order's own verb after the list of a lack: "chấn chỉnh ngay", "tăng cường", "khẩn trương")
      'Việc cấp giấy chứng nhận quyền sử dụng đất vẫn còn chậm, không kiểm tra, xử lý kịp thời, chấn chỉnh ngay tình trạng này.',
      // the assessment sets the scene for the order after it
      'Đối với các xã còn nhiều khó khăn, tăng cường hỗ trợ kinh phí xây dựng nông thôn mới.',
      'Đối với các dự án chậm tiến độ, chưa giải quyết dứt điểm, UBND huyện Sơn Tịnh tập trung tháo gỡ vướng mắc trước ngày 30/6/2024.',
      'Tình trạng khai thác cát trái phép vẫn diễn biến phức tạp, Công an tỉnh chủ động kiểm tra, xử lý nghiêm các vi phạm.',
      'Trên các tuyến đường vẫn xảy ra tai nạn, Sở Giao thông vận tải tổ chức kiểm tra, khắc phục ngay.',
      'Dịch bệnh đang diễn biến phức tạp. Các địa phương đang có ca nhiễm cần chủ động cách ly.',
    ],
  },
  {
    name: 'news: praise and captions after the turn',
    kind: 'info',
    context: news(true),
    phrases: [
      'Kết luận buổi làm việc, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những nỗ lực của Sở Khoa học và Công nghệ trong thời gian qua.',
      'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy dự hội nghị.',
    ],
  },
  {
    name: 'news: after the turn, results in figures, a view or an event without an instruction',
    kind: 'info',
    context: news(true),
    phrases: [
      'Các mặt hàng thủy sản của tỉnh tiếp tục có mặt và giữ vững uy tín tại thị trường của hơn 40 quốc gia.',
      'Theo Thủ tướng, trong đại dịch, nông nghiệp bảo đảm an ninh lương thực và trở thành điểm tựa của nền kinh tế.',
      'Kết luận nêu rõ, nhiệm vụ triển khai Cơ chế một cửa quốc gia từ nay đến cuối năm rất nặng nề.',
      'Thời gian qua, nhiều loài ngoại lai xâm hại đã xuất hiện và gây tổn thất kinh tế cho nông dân.',
      'Ngân hàng Chính sách xã hội tỉnh cũng đã chủ động cử các đoàn công tác đến thăm hỏi, hỗ trợ người dân.',
      'Tiêu biểu, Ngân hàng BIDV đã quyết định dành 8 tỷ đồng hỗ trợ đồng bào. BIDV cũng đang chỉ đạo các chi nhánh tổng hợp thiệt hại của khách hàng.',
      'Vì thế, Chính phủ đặt ra 12 chỉ tiêu cho năm 2021, trong đó: tổng sản phẩm trong nước tăng khoảng 6%.',
      'Phó Thủ tướng nhấn mạnh điều này khi giải trình chất vấn của các đại biểu Quốc hội.',
      'Phát biểu chỉ đạo tại Hội nghị tổng kết ngành năm 2020, triển khai kế hoạch năm 2021 chiều nay, Thủ tướng đánh giá, năm nay là năm đầy bản lĩnh.',
      'Tuy nhiên, Thủ tướng chỉ ra một số tồn tại: hạ tầng thủy lợi, giao thông nông thôn còn nhiều bất cập so với yêu cầu.',
      'Toàn ngành tiếp tục duy trì 9 nhóm mặt hàng có kim ngạch trên 1 tỷ USD. Thặng dư thương mại đạt 10,4 tỷ USD, tăng 6,5% so với năm 2019.',
      'Thủ tướng cũng nhắc tới góc độ xây dựng nông thôn mới vượt trước kế hoạch đề ra. Bộ mặt nông thôn có nhiều thay đổi.',
      // what a named source tells, its rules and obligations included
      'Theo VASEP, theo quy định mới, các lô hàng thủy sản đông lạnh sẽ phải lấy mẫu kiểm tra ngay tại cảng.',
      'Theo Cục Hải quan TPHCM, các hãng tàu phải phản hồi phương án tái xuất trong tuần.',
      // a body named after its work, telling what it did: its name's verb is no order
      'Do Trung Quốc đang là thị trường hàng đầu và có tới hơn 130 doanh nghiệp đang giao thương với thị trường này nên việc ách tắc khiến các nhà xuất khẩu lo lắng.',
      'Gần đây nhất, Cơ quan Cảnh sát điều tra, Bộ Công an phá đường dây buôn lậu quy mô lớn tại cửa khẩu Bắc Phong Sinh, Quảng Ninh.',
      'Cục Điều tra chống buôn lậu phát hiện nhiều vụ gian lận xuất xứ trong quý III.',
      'Cục Quản lý thị trường Hà Nội phát hiện hơn 2.000 vụ vi phạm trong năm.',
      // a speaker's words that only open the ordinal paragraphs after them, however long
      'Để công tác chống buôn lậu, gian lận thương mại và hàng giả có những chuyển biến căn bản hơn, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình yêu cầu các bộ, ngành, địa phương phải tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:',
      'Nhằm đạt mục tiêu tăng trưởng đề ra trong bối cảnh dịch bệnh còn diễn biến phức tạp, Bộ trưởng Bộ Công Thương đề nghị Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương tập trung triển khai một số giải pháp như sau:',
      // the example a speaker gives
      'Phó Thủ tướng dẫn chứng về bài học của Sabeco, sau một năm lên sàn phải tuân thủ các báo cáo tài chính minh bạch thì thu về gần 5 tỷ USD.',
    ],
  },
  {
    name: 'news: after the turn, an instruction without an explicit word (an item told in prose, an imperative, a quote, advice)',
    kind: 'task',
    context: news(true),
    phrases: [
      'Thứ tư, ngành Hải quan đang đầu tư và sẽ chia sẻ với doanh nghiệp cảng toàn bộ hệ thống camera giám sát.',
      'Phó Thủ tướng nhấn mạnh: “Kiểm soát chặt đất đai, giá trị doanh nghiệp khi cổ phần hóa”.',
      'Tuyệt đối không điều khiển phương tiện vào làn thu phí không dừng khi chưa gắn thẻ.',
      // a body named after its work that is told what to do, and an order that ends on the list it opens in the
      // same paragraph is no intro
      'Cơ quan Cảnh sát điều tra Công an tỉnh khẩn trương điều tra, làm rõ các đối tượng cầm đầu đường dây.',
      'Cục Quản lý thị trường tăng cường kiểm tra các cửa hàng kinh doanh hàng giả trên địa bàn.',
      'Ban Quản lý dự án 2 triển khai thi công đồng bộ các gói thầu còn lại.',
      'Phó Thủ tướng nhấn mạnh: các bộ, ngành phải tập trung xử lý dứt điểm các vướng mắc của doanh nghiệp.',
      // (an order with work of its own, that ends on the list of what it must cover, is no mere opening)
      'Phó Thủ tướng giao Bộ Xây dựng chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, Bộ Tài chính và các địa phương khẩn trương rà soát, sửa đổi, bổ sung Nghị định số 15/2021/NĐ-CP về quản lý dự án đầu tư xây dựng, trình Chính phủ trước ngày 30/9/2024; đồng thời nghiên cứu, đề xuất cơ chế đặc thù cho các dự án nhà ở xã hội, tập trung vào các nhóm vấn đề sau:',
      'Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương tiếp tục quán triệt, thực hiện nghiêm các chỉ đạo của Chính phủ, Thủ tướng Chính phủ về phòng, chống thiên tai, chủ động các phương án ứng phó với mưa lũ, bảo đảm an toàn tính mạng và tài sản của nhân dân, trong đó chú trọng một số việc:',
      'Kết luận buổi làm việc, Phó Chủ tịch tỉnh nhấn mạnh, doanh nghiệp đã có nhà xưởng bảo đảm tiêu chí có thể xem xét cấp giấy chứng nhận.',
      'Ở góc độ thị trường, bên cạnh thị trường nội địa, duy trì các thị trường xuất khẩu truyền thống.',
      'Tích cực hợp tác với các lực lượng chức năng; không gây rối, cản trở hoạt động thu phí tại các trạm đã vận hành hệ thống.',
      // a document's rules, or a leader's view of what must be done, after "Theo"
      'Theo Quyết định, các địa phương phải hoàn thành việc rà soát trước ngày 30/6.',
      'Theo Phó Thủ tướng, các địa phương cần bố trí đủ kinh phí cho việc di dời dân.',
      'Phó Thủ tướng dẫn chứng vụ sạt lở ở An Giang và yêu cầu các địa phương phải di dời dân khỏi vùng nguy hiểm.',
    ],
  },
  // ─── fixed after they were found missing ──────────────────────────────────────────────
  {
    name: 'a praise word as the object of an imperative: the work is to organise the praise',
    kind: 'task',
    context: official('II. TỔ CHỨC THỰC HIỆN', '3. Sở Nội vụ'),
    phrases: ['- Tổ chức biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc trong phòng, chống thiên tai.'],
  },
  {
    name: '"biểu dương, khen thưởng" is a reward to be given, not praise of the one who speaks',
    kind: 'task',
    context: official('II. NHIỆM VỤ, GIẢI PHÁP', '1. Thực hiện tốt công tác tuyên truyền'),
    phrases: [
      'b) Các bộ, ngành, địa phương chủ động phối hợp với Bộ Nội vụ tham mưu cấp có thẩm quyền xem xét, quyết định biểu dương, khen thưởng những tập thể có thành tích xuất sắc.',
      '- Sở Nội vụ có hình thức động viên, biểu dương và khen thưởng kịp thời những cá nhân gương mẫu.',
    ],
  },
  {
    name: 'praise alone stays praise, whatever follows it',
    kind: 'info',
    context: official(),
    phrases: ['Ban Chỉ đạo biểu dương, đánh giá cao tinh thần trách nhiệm của các lực lượng tham gia cứu hộ.'],
  },
  {
    name: 'the closing formula of a Thông báo kết luận',
    kind: 'info',
    context: official(),
    phrases: ['Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, tập trung triển khai thực hiện./.'],
  },
  {
    name: 'a report whose only instruction word is a passive "được <actor> giao"',
    kind: 'info',
    context: official('d) Về công tác quản lý tiêu chuẩn đo lường chất lượng:'),
    phrases: ['Trong 6 tháng đầu năm 2021, Sở Khoa học và Công nghệ đã cố gắng triển khai thực hiện các nhiệm vụ chủ yếu được UBND tỉnh giao.'],
  },
  {
    name: 'news: a paragraph whose last sentence lost its full stop is no headline',
    kind: 'task',
    context: news(true),
    phrases: [
      'Đồng chí Bí thư Tỉnh ủy đề nghị Ban Chỉ đạo cấp tỉnh tập trung chỉ đạo sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương 2 cấp. Trong đó, UBND tỉnh tiếp tục chỉ đạo các sở, ngành, đơn vị liên quan rà soát, cập nhật khung kiến trúc chính quyền số theo mô hình chính quyền địa phương 2 cấp (tỉnh, xã)',
      'Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các bộ, ngành, địa phương tăng cường các biện pháp kiểm soát loài ngoại lai xâm hại; quản lý chặt chẽ hoạt động nuôi, trồng loài ngoại lai có nguy cơ xâm hại; chỉ đạo, hướng dẫn áp dụng các biện pháp diệt trừ trong sản xuất nông, lâm, ngư nghiệp',
    ],
  },
  {
    name: 'news: a photo caption without a full stop, even after the turn',
    kind: 'info',
    context: news(true),
    phrases: [
      'Phó Thủ tướng Thường trực Trương Hòa Bình, Trưởng Ban Chỉ đạo 389 quốc gia chỉ đạo hội nghị. Ảnh: Q.H',
      'Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo, yêu cầu các sở, ngành, địa phương tập trung tháo gỡ khó khăn cho doanh nghiệp, đẩy nhanh tiến độ giải ngân vốn đầu tư công, bảo đảm hoàn thành các chỉ tiêu kinh tế - xã hội năm 2025. (Ảnh: Minh Hiếu)',
    ],
  },
  {
    name: 'a report of events, or of orders already given, and the words that open the list after it',
    kind: 'info',
    context: official(),
    phrases: [
      'Ngày 10 tháng 7 năm 2026 tại địa bàn xã Nâm Nung, tỉnh Lâm Đồng đã xảy ra vụ đuối nước nghiêm trọng, làm 05 học sinh tử vong. Để khẩn trương khắc phục hậu quả vụ việc này và tiếp tục chủ động, tập trung thực hiện hiệu quả công tác phòng, chống tai nạn đuối nước đối với trẻ em, học sinh trên phạm vi cả nước, Thủ tướng Chính phủ yêu cầu:',
      'Hậu quả, vụ tai nạn giao thông đường thủy đã làm 15 người tử vong. Ngay khi nhận được thông tin, Thủ tướng Chính phủ đã gửi lời thăm hỏi đến người bị nạn; đồng thời chỉ đạo Bộ Công an, Bộ Xây dựng và lãnh đạo tỉnh An Giang tới hiện trường để khắc phục hậu quả.',
    ],
  },
  {
    name: 'imperative sentences that name what was done before are still orders',
    kind: 'task',
    context: official('II. NHIỆM VỤ, GIẢI PHÁP'),
    phrases: [
      'Rà soát, tổng kết các mô hình đã triển khai. Các mô hình đã thành công được nhân rộng trên địa bàn tỉnh.',
      'Ngày 10/7 vừa qua đã xảy ra vụ tai nạn nghiêm trọng. Đề nghị Ủy ban nhân dân tỉnh khẩn trương làm rõ nguyên nhân, xử lý nghiêm các tổ chức, cá nhân vi phạm.',
    ],
  },
  {
    name: 'news: what a plan is for, said without an actor (giúp, góp phần, nhằm)',
    kind: 'info',
    context: news(true),
    phrases: [
      'Đồng thời giúp các lực lượng chức năng chủ động nắm chắc tình hình, tăng cường kiểm tra, xử lý các hành vi vi phạm trong dịp Tết.',
      'Qua đó góp phần ổn định thị trường, bảo vệ quyền lợi người tiêu dùng và doanh nghiệp sản xuất, kinh doanh chân chính.',
    ],
  },
  {
    name: 'news: a purpose clause before an actor who must act is still an order',
    kind: 'task',
    context: news(true),
    phrases: [
      'Nhằm kịp thời ngăn chặn dịch bệnh lây lan, các địa phương cần tăng cường kiểm soát việc vận chuyển gia súc, gia cầm.',
      'Đồng thời, các sở, ngành chủ động giúp doanh nghiệp tháo gỡ khó khăn về thủ tục đầu tư, đất đai.',
    ],
  },
  {
    name: 'news: a document described (its period, its force), not an order',
    kind: 'info',
    context: news(true),
    phrases: [
      'Kế hoạch cao điểm phòng, chống buôn lậu dịp cuối năm được thực hiện từ ngày 15/11/2024 đến hết ngày 15/02/2025.',
      'Chương trình hành động được triển khai trong giai đoạn 2025 - 2030 tại tất cả các xã, phường trên địa bàn tỉnh.',
    ],
  },
  {
    name: 'news: a document whose subject is an order about it',
    kind: 'task',
    context: news(true),
    phrases: ['Kế hoạch phải được triển khai thực hiện nghiêm túc, đồng bộ từ ngày 01/12/2024 tại tất cả các địa phương.'],
  },
  {
    name: 'news: what a source reports or thinks (theo báo cáo của, theo thông tin từ, cho rằng, cho biết)',
    kind: 'info',
    context: news(true),
    phrases: [
      'Công văn nêu rõ, theo báo cáo của UBND huyện, chủ đầu tư dự án không tuân thủ chỉ đạo của UBND tỉnh trong việc vận hành hồ chứa.',
      'Theo thông tin từ Cục Hải quan tỉnh, tính đến ngày 30/9, đơn vị đã tiếp nhận và xử lý hơn 1.200 tờ khai.',
      'Hiệp hội cho rằng, việc bổ sung thủ tục xác nhận mã số hàng hóa là không có cơ sở pháp lý và làm tăng chi phí cho doanh nghiệp.',
      'Giám đốc chi nhánh ngân hàng cho biết, thời gian tới, đơn vị sẽ rà soát thiệt hại để hỗ trợ khách hàng vay vốn khắc phục hậu quả.',
      'Ông Nguyễn Văn A cho biết: thời gian tới, đơn vị sẽ tập trung rà soát thiệt hại để hỗ trợ người dân.',
      'Đại diện Sở Công Thương cho rằng doanh nghiệp sẽ tiếp tục triển khai các giải pháp tiết kiệm điện.',
    ],
  },
  {
    name: 'a verb of knowing in a list of verbs or with an object is no source speaking (nhận định, dự báo; có văn bản cho biết nhu cầu)',
    kind: 'task',
    context: official('II. NHIỆM VỤ, GIẢI PHÁP'),
    phrases: [
      '- Tổ chức theo dõi chặt chẽ, cập nhật thông tin, nhận định, dự báo diễn biến của bão; kịp thời thông tin cho người dân.',
      '- Các huyện có văn bản cho biết nhu cầu kinh phí, gửi Sở Tài chính tổng hợp.',
    ],
  },
  {
    name: 'news: a bulleted paragraph after the turn is a list of its own, whatever verb of knowing it holds',
    kind: 'task',
    context: news(true),
    phrases: [
      '- Theo dõi sát diễn biến, nhận định, dự báo tình hình mưa lũ; thông tin kịp thời cho người dân.',
      '- Các xã có văn bản cho biết số hộ dân trong vùng sạt lở, gửi UBND huyện trước ngày 20/10.',
      'Các huyện có văn bản cho biết nhu cầu kinh phí, gửi Sở Tài chính tổng hợp trước ngày 15/10.',
    ],
  },
  {
    name: 'news: a source that reports an order, or a report followed by one',
    kind: 'task',
    context: news(true),
    phrases: [
      'Bộ trưởng cho biết, Bộ yêu cầu các cục hải quan tăng cường kiểm soát hàng hóa qua biên giới trong dịp Tết.',
      'Theo báo cáo, nhiều dự án còn chậm tiến độ; đề nghị các chủ đầu tư khẩn trương đẩy nhanh giải ngân vốn.',
    ],
  },
  {
    name: 'news: a status at a date, in figures',
    kind: 'info',
    context: news(true),
    phrases: [
      'Tính đến ngày 15/12/2024, tổng số hồ sơ được tiếp nhận qua Cổng một cửa quốc gia là 3,5 triệu hồ sơ.',
      'Đến ngày 30/9/2024, có 215 thủ tục hành chính của 13 bộ, ngành được kết nối, triển khai trên Cơ chế một cửa quốc gia.',
    ],
  },
  {
    name: 'news: a date first, then an order',
    kind: 'task',
    context: news(true),
    phrases: [
      'Đến ngày 31/12/2025, các địa phương phải hoàn thành việc số hóa hồ sơ địa chính.',
      'Tiếp đó, ngày 15/8, các doanh nghiệp phải gửi báo cáo về Sở Công Thương.',
    ],
  },
  {
    name: 'news: an event told after the one before it (Tiếp đó, Sau đó, Trước đó + a date)',
    kind: 'info',
    context: news(true),
    phrases: [
      'Tiếp đó, ngày 30/11/2020, Hiệp hội gửi Công văn số 130/CV-HH tới Bộ trưởng báo cáo về tình hình kiểm soát hàng thủy sản tại cửa khẩu.',
      'Sau đó, ngày 5/12, các doanh nghiệp xuất khẩu tổ chức cuộc họp bàn thống nhất một số giải pháp.',
    ],
  },
  {
    name: 'a purpose clause before the words that open the list, however long',
    kind: 'info',
    context: official('II. Những nhiệm vụ chủ yếu cần tập trung thực hiện trong năm 2025'),
    phrases: [
      'Thực hiện các nhiệm vụ tại Kết luận số 213-KL/TW ngày 21 tháng 11 năm 2025 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 42-CT/TW ngày 24 tháng 3 năm 2020 về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai (sau đây viết tắt là Kết luận số 213-KL/TW), Chính phủ ban hành Kế hoạch thực hiện Kết luận số 213-KL/TW với những nội dung như sau:',
      'Để khắc phục những tồn tại, hạn chế nêu trên, tiếp tục nâng cao hiệu quả công tác chuyển đổi số của cơ quan; trong năm 2025, các phòng, đơn vị thuộc Sở cần tập trung triển khai thực hiện tốt một số nội dung công việc chủ yếu dưới đây:',
      // (a ground: the report or proposal the instructions answer)
      'Xét Báo cáo số 201/BC-SKHĐT ngày 05/6/2024 của Sở Kế hoạch và Đầu tư về tình hình giải ngân vốn đầu tư công 5 tháng đầu năm 2024 (đạt 21,3% kế hoạch, thấp hơn bình quân cả nước), Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:',
      'Trên cơ sở kết quả kiểm tra thực tế tại các dự án trọng điểm và ý kiến của các sở, ngành, địa phương tại cuộc họp ngày 10/6/2024, Phó Chủ tịch UBND tỉnh Nguyễn Văn A có ý kiến chỉ đạo như sau:',
      // (an order after the ground that opens the list)
      'Căn cứ Công điện số 45/CĐ-TTg ngày 10/6/2024 của Thủ tướng Chính phủ về việc tăng cường phòng, chống cháy rừng, Chủ tịch UBND tỉnh yêu cầu Giám đốc các Sở, Chủ tịch UBND các huyện, thị xã, thành phố thực hiện tốt một số nội dung sau:',
      'Nhằm đạt được các mục tiêu mà Nghị quyết đề ra, trong thời gian tới, ngoài các nhiệm vụ thường xuyên, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:',
    ],
  },
  {
    name: 'a purpose clause before an order of its own',
    kind: 'task',
    context: official('II. Những nhiệm vụ chủ yếu cần tập trung thực hiện trong năm 2025'),
    phrases: [
      'Để khắc phục những hạn chế nói trên, các phòng, đơn vị thuộc Sở cần rà soát, chuẩn hóa dữ liệu chuyên ngành và hoàn thành trước ngày 30/6/2025.',
      'Xét đề nghị của Sở Tài chính tại Tờ trình số 45/TTr-STC ngày 10/6/2024, Chủ tịch UBND tỉnh giao Sở Kế hoạch và Đầu tư rà soát, tham mưu phân bổ vốn trước ngày 25/6/2024.',
    ],
  },
  {
    name: 'news: an agency or a leader named with an abbreviation gives the instruction, even before the turn',
    kind: 'task',
    context: news(false),
    phrases: [
      'Để việc tái xuất được chặt chẽ, đúng quy định, Cục Hải quan thành phố yêu cầu các chi cục lập danh sách container gửi về Cục trước ngày 20/8.',
      'Ông Lê Văn Hùng, Phó Bí thư Thường trực Thành ủy TP.HCM yêu cầu lực lượng công an vào cuộc ngay để xử lý tình trạng sốt đất ảo.',
      'Để đẩy mạnh sắp xếp doanh nghiệp nhà nước, Thủ tướng Chính phủ chỉ thị các bộ, ngành, địa phương thực hiện nghiêm các nhiệm vụ được giao.',
      'Chủ tịch UBND TP.Đà Nẵng đã ký văn bản yêu cầu các sở, ngành khẩn trương rà soát quy hoạch bán đảo.',
    ],
  },
  {
    name: "news: a leader's view of what a body must do (Theo <leader>, X cần …; <leader> cho rằng, X phải …), even before the turn",
    kind: 'task',
    context: news(false),
    phrases: [
      'Theo Phó Thủ tướng, Tập đoàn Điện lực Việt Nam cần phát triển hạ tầng lưới điện đồng bộ, thông minh, hiện đại.',
      'Theo Bộ trưởng, các địa phương phải hoàn thành việc rà soát đất công trước ngày 30/6.',
      'Phó Thủ tướng cho rằng, Bộ Công Thương cần sớm hoàn thiện cơ chế giá điện theo thị trường.',
      'Theo Chủ tịch UBND tỉnh, cần khẩn trương di dời các hộ dân ra khỏi vùng có nguy cơ sạt lở.',
      'Theo Phó Thủ tướng, các địa phương cần có giải pháp căn cơ để xử lý tình trạng sạt lở bờ sông.',
    ],
  },
  {
    name: "news: a leader's view of how things are, or a view that is not a leader's",
    kind: 'info',
    context: news(false),
    phrases: [
      'Theo Phó Thủ tướng, năm 2025, tình hình thế giới còn diễn biến phức tạp, khó lường, cần theo dõi sát.',
      'Theo Phó Thủ tướng, điều kiện then chốt để chuyển sang tự chủ tài chính là phải tính đúng, tính đủ giá dịch vụ.',
      'Phó Thủ tướng cho rằng năm 2017 là năm nhiều khó khăn vì Chính phủ vừa phải hoàn thiện khung pháp lý, vừa phải thực hiện.',
      'Theo ông Nguyễn Văn An, chuyên gia kinh tế, doanh nghiệp cần chủ động tìm kiếm thị trường mới.',
    ],
  },
  {
    name: 'news: under a headline that reports an order, a paragraph in the imperative relays it',
    kind: 'task',
    context: underOrderHeadline,
    phrases: [
      'Cụ thể, quán triệt đến toàn thể công chức nâng cao tinh thần trách nhiệm, tuyệt đối không chủ quan, lơ là.',
      'Tuyệt đối không tổ chức liên hoan, tụ tập đông người trong thời gian có dịch.',
      'Không đi đến các địa phương có ca nhiễm trong cộng đồng; phải báo cáo trưởng đơn vị trước khi đi.',
      'Giao Sở Y tế chủ trì kiểm tra các cơ sở khám, chữa bệnh trong dịp Tết.',
    ],
  },
  {
    name: 'news: under a headline that reports an order, a ground cited first, a report, "Không chỉ …"',
    kind: 'info',
    context: underOrderHeadline,
    phrases: [
      'Thực hiện Công điện của Thủ tướng Chính phủ, Cục Hải quan tỉnh đã kích hoạt các biện pháp phòng, chống dịch.',
      'Không chỉ tăng cường kiểm tra hồ sơ, đơn vị còn phối hợp với lực lượng biên phòng tuần tra trên tuyến biên giới.',
      'Ngày 28/1, lãnh đạo Chi cục đã kiểm tra công tác phòng, chống dịch tại các đội nghiệp vụ.',
      // (a name or a noun that starts with a directive word)
      'Cần Thơ hiện có hơn 1.200 ca mắc sốt xuất huyết, tăng 20% so với cùng kỳ.',
      'Cử tri phản ánh tình trạng ô nhiễm tại khu công nghiệp kéo dài nhiều năm.',
      'Trình độ cán bộ cấp xã còn hạn chế, chưa đáp ứng yêu cầu nhiệm vụ.',
      'Không khí lạnh tràn về làm nhiệt độ giảm sâu, ảnh hưởng đến việc triển khai sản xuất vụ đông.',
    ],
  },
  {
    name: 'news: a report after a fronted connective or place (Đồng thời, Tại buổi làm việc, …), or a report of "công tác chỉ đạo, điều hành"',
    kind: 'info',
    context: news(true),
    phrases: [
      'Đồng thời, Bộ Tài chính đang chuẩn bị các điều kiện kỹ thuật để sẵn sàng trao đổi thông tin tờ khai hải quan.',
      'Tại buổi làm việc, đại diện lãnh đạo Tổng cục đã hướng dẫn tháo gỡ khó khăn cho doanh nghiệp về kiểm tra, giám sát.',
      'Bên cạnh đó, báo cáo kiểm điểm công tác chỉ đạo, điều hành của Chính phủ năm 2020, Phó Thủ tướng cho biết, Chính phủ luôn chấp hành nghiêm sự giám sát của Quốc hội.',
    ],
  },
  {
    name: 'news: an order after a fronted connective or place, however much was done before',
    kind: 'task',
    context: news(true),
    phrases: [
      'Đồng thời, đề nghị các bộ, ngành đã được giao nhiệm vụ khẩn trương hoàn thành trước ngày 31/12.',
      'Tại hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở đã được phân công khẩn trương triển khai kế hoạch.',
    ],
  },
  {
    name: 'news: no speech act before the turn (đã, giao dịch, a document number, a speaker inside a relative clause)',
    kind: 'info',
    context: news(false),
    phrases: [
      'Trước đó, Cục Hải quan tỉnh đã yêu cầu doanh nghiệp bổ sung hồ sơ chứng minh nguồn gốc lô hàng.',
      'Bộ phận một cửa của Bộ bố trí thêm quầy để người dân đến giao dịch thuận tiện hơn.',
      // (giao thương "trade" is no assignment either)
      'Trung Quốc đang là thị trường xuất khẩu cá tra hàng đầu và có tới hơn 130 doanh nghiệp cá tra đang giao thương với thị trường này.',
      'Thủ tướng Chính phủ ký ban hành Chỉ thị số 20/CT-TTg về tăng cường phòng, chống buôn lậu.',
      'Chi cục Hải quan quản lý địa bàn nơi nhà đầu tư đề nghị thành lập doanh nghiệp chế xuất thực hiện việc kiểm tra điều kiện giám sát.',
    ],
  },
  // ─── statements of fact numbered under "kết luận như sau:" (helper22) ─────────────────────
  {
    name: 'a statement of fact, numbered: its directive words told as done or under way, or a field in a name',
    kind: 'info',
    context: official(),
    phrases: [
      '1. Dự án có tổng mức đầu tư 1.250 tỷ đồng, đã giải ngân 62%.',
      '2. Sở Xây dựng trực thuộc UBND tỉnh có 5 phòng.',
      '3. Phòng Hành chính - Tổng hợp có 5 người, Phòng Kế hoạch - Tài chính có 4 người.',
      'd) Ban Tổ chức Tỉnh ủy có 5 phòng chuyên môn và 1 đơn vị sự nghiệp.',
      '3. Ban Quản lý dự án đã chủ động phối hợp với các địa phương tổ chức thi công, cơ bản bảo đảm chất lượng.',
      '4. Các xã đang triển khai thực hiện, chưa hoàn thành việc bàn giao mặt bằng cho 42 hộ.',
      'Dự án đường ven biển có 3 gói thầu, đã cơ bản hoàn thành công tác rà soát hồ sơ.',
      '- Trung tâm Quản lý HTKT thành phố Hà Nội: 0243.6269.37.23',
      '1. Đến ngày 31/5/2025, còn 7 dự án chưa giải ngân vốn; các huyện chưa hoàn thành việc bàn giao mặt bằng.',
      'Trường Trung học phổ thông chuyên có 12 lớp; Sở Giáo dục và Đào tạo có 6 phòng chuyên môn.',
      // a subject told as done after a connective, an existential or a conjunction (not an object's relative clause)
      '3. Sở Tài chính và các huyện đã hoàn thành việc rà soát hồ sơ.',
      '2. Đến nay, còn 5 dự án chưa hoàn thành công tác giải phóng mặt bằng.',
      '4. Năm 2024, các xã đã triển khai thực hiện, đạt 90% kế hoạch.',
      // a next subject with the same verb goes on with the report, its đã left out
      '1. Sở Xây dựng đã kiểm tra 20 công trình, Sở Giao thông vận tải kiểm tra 15 công trình.',
    ],
  },
  {
    name: 'look-alikes of a statement of fact: an order after the facts, an imperative opening, a bare passive rule',
    kind: 'task',
    context: official(),
    phrases: [
      '1. Dự án có tổng mức đầu tư 1.250 tỷ đồng, cần đẩy nhanh tiến độ giải ngân.',
      '2. Dự án đã được phê duyệt, tổ chức thi công ngay trong tháng 4/2024.',
      '3. Các dự án đã giải ngân thấp, UBND các huyện tập trung đẩy nhanh tiến độ.',
      '4. Sở Xây dựng trực thuộc UBND tỉnh tăng cường kiểm tra chất lượng công trình.',
      '5. Báo cáo kết quả được gửi về Sở Tài chính trước ngày 15/12/2024.',
      '6. SỞ XÂY DỰNG KIỂM TRA CHẤT LƯỢNG CÔNG TRÌNH TRƯỚC NGÀY 30/6.',
      '7. Năm 2024, Sở đã tổ chức 3 đợt kiểm tra; năm 2025, tiếp tục tổ chức kiểm tra định kỳ.',
      '3. Dự án đường ven biển tại thành phố Hội An Tập trung giải phóng mặt bằng.',
      'a) Dự án đã giải ngân trên 50% vốn: tiếp tục thực hiện.',
      // an adverb of manner opens the order, its verb outside the directive words; the done word is its object's
      '11. Kiên quyết điều chuyển vốn của các dự án đã giải ngân thấp.',
      '1. Việc giải ngân vốn đầu tư công vẫn còn chậm, việc kiểm tra chưa quyết liệt, khẩn trương rà soát, điều chuyển vốn.',
      '- Tuyệt đối không điều chuyển vốn của các dự án đã giải ngân cao.',
      '2- Cương quyết thu hồi đất của các dự án đã chậm triển khai.',
      // a verb outside the directive words, the done word in a relative clause of its object
      '7. Tháo gỡ khó khăn cho các dự án đang triển khai.',
      '- Rút ngắn thời gian cấp phép cho những doanh nghiệp đã hoàn thành hồ sơ.',
      // a table's unit column run into its task column: a capitalised verb after a full name, not a field of it
      '1. Sở Y tế Theo dõi chặt chẽ tình hình dịch bệnh trên địa bàn.',
      '2. Văn phòng UBND tỉnh Tổng hợp kết quả thực hiện.',
      // a unit that works after a fronted time, its work a noun
      '2. Cuối năm 2025, Sở Nội vụ tổng kết việc thực hiện.',
      '3. Trong quý IV, Sở Tài chính cân đối việc bố trí vốn.',
      'Hằng năm, Sở Nội vụ sơ kết công tác thi đua.',
      // after a report, a next subject with the same verb and a time limit, or a word of urgency, gives an order
      '4. Sở Y tế đã kiểm tra 20 cơ sở, Sở Công Thương kiểm tra các chợ trước ngày 30/6/2025.',
      '2. Sở Xây dựng đã kiểm tra 20 công trình, Sở Giao thông vận tải khẩn trương kiểm tra các công trình còn lại.',
    ],
  },
  {
    name: 'a preamble after the meeting\'s place and date, which only opens the conclusions (party style)',
    kind: 'info',
    context: official(),
    phrases: [
      'Tại hội nghị ngày 19/8/2025, sau khi nghe Ban cán sự đảng UBND tỉnh báo cáo kết quả thực hiện Nghị quyết số 08-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch giai đoạn 2021 - 2025 và ý kiến của các đồng chí Ủy viên Ban Thường vụ, Ban Thường vụ Tỉnh ủy kết luận như sau:',
    ],
  },
];
