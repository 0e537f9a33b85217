/**
 * Figures (SPEC "metrics", GENRE "Figures (metrics)"). Context: CORPUS_CONTEXT (a document of
 * 2024-06-15). Phrases are taken from or modelled on real Kết luận, Thông báo kết luận, Chỉ thị,
 * Kế hoạch, Quyết định and news reports; brackets mark the expected spans.
 */
import { examples, negatives, type CorpusGroup } from '../helpers/corpus.js';
import type { MetricValue } from '../../src/types.js';

const count = (value: number, unit: string, more: Partial<MetricValue> = {}): Partial<MetricValue> => ({
  value,
  unit,
  amountVnd: null,
  comparator: 'eq',
  target: false,
  ...more,
});

export const METRIC_CORPUS: CorpusGroup<MetricValue>[] = [
  // --- counts with their noun, kept short ---------------------------------------------------------
  examples(count(15, 'nhiệm vụ KH&CN cấp tỉnh'), [
    '15 nhiệm vụ KH&CN cấp tỉnh',
    'Tổ chức kiểm tra [15 nhiệm vụ KH&CN cấp tỉnh] theo kế hoạch.',
  ]),
  examples(count(2, 'nhiệm vụ'), ['02 nhiệm vụ', 'trong đó [02 nhiệm vụ] chưa hoàn thành']),
  examples(count(2, 'nhiệm vụ KH&CN cấp quốc gia'), [
    // a page break between the number and its noun
    'và [02\n\nnhiệm vụ KH&CN cấp quốc gia] theo kế hoạch.',
  ]),
  examples(count(79, 'đề xuất'), ['Tiếp nhận, tổng hợp, phân loại [79 đề xuất] của tổ chức, cá nhân']),
  examples(count(1328, 'chứng thư số'), ['cấp mới cho [1.328 chứng thư số] cho cán bộ, công chức viên chức']),
  examples(count(18418, 'tài khoản người dùng'), ['đã khai báo hoàn thành với [18.418 tài khoản người dùng].']),
  examples(count(1, 'Phó Giám đốc Sở'), ['thực hiện tiếp nhận [01 Phó Giám đốc Sở] do Chủ tịch UBND tỉnh điều động']),
  examples(count(5, 'cửa van đập tràn'), ['vận hành mở hoàn toàn [5 cửa van đập tràn] Dự án thủy điện Thượng Nhật']),
  examples(count(5, 'học sinh'), ['đã xảy ra vụ đuối nước nghiêm trọng, làm [05 học sinh] tử vong.']),
  // `cấp độ` is counted like `mức độ`; a bare `cấp` is a level of government (a name)
  examples(count(3, 'cấp độ'), ['bồi dưỡng theo [3 cấp độ]: a) Bồi dưỡng về chuyên môn']),
  examples(count(3, 'phần bằng nhau'), ['chia thành [3 phần bằng nhau]']),
  examples(count(2, 'khóa đào tạo'), ['Tổ chức [02 khóa đào tạo] về Hệ thống quản lý chất lượng']),
  examples(count(3, 'Sở cũ'), ['nhanh chóng thực hiện bàn giao [3 Sở cũ] về cơ sở vật chất']),
  examples(count(3, 'tỉnh'), ['các nghị quyết của Tỉnh ủy, HĐND, UBND [3 tỉnh] trước đây']),
  examples(count(3, 'đồng chí'), ['cử [03 đồng chí] tham gia Tổ công tác']),
  examples(count(19, 'nhiệm vụ khoa học công nghệ cấp tỉnh'), [
    'Phê duyệt [19 nhiệm vụ khoa học công nghệ cấp tỉnh], triển khai thực hiện',
  ]),
  examples(count(4, 'đơn vị trực thuộc'), ['[4 đơn vị trực thuộc] gồm: Chi cục Tiêu chuẩn Đo lường Chất lượng']),
  examples(count(2, 'quyết định'), ['Ban Thường vụ Tỉnh ủy đã ban hành [2 quyết định] thành lập Ban Chỉ đạo']),
  examples(count(277, 'người'), ['277 người']),
  examples(count(2, 'tuyến cao tốc'), [
    // `trên` is "on" before a route, not "over"
    'khảo sát, đo kiểm sóng di động trên [2 tuyến cao tốc] Vĩnh Hảo - Phan Thiết',
  ]),
  examples(count(90, 'ngày', { comparator: 'gt' }), ['xử lý dứt điểm hàng tồn [quá 90 ngày], đưa tập trung']),
  examples(count(1.5, 'lần'), ['công suất nguồn điện sẽ tăng gấp [1,5 lần]']),
  examples(count(644, 'nghìn lượt hộ', { comparator: 'approx' }), ['hỗ trợ vay vốn cho [gần 644 nghìn lượt hộ]']),
  // the noun ends before the verb of a predicate about the counted things
  examples(count(1000, 'DN'), ['công bố danh sách xếp hạng [1.000 DN] đóng thuế thu nhập doanh nghiệp lớn nhất']),
  examples(count(2, 'bệnh viện'), ['đưa cơ sở mới của [02 bệnh viện] đi vào hoạt động trong quý II']),
  examples(count(30, 'hãng tàu'), ['Chi cục đã gửi thông báo cho [30 hãng tàu] buộc tái xuất phế liệu']),
  examples(count(4, 'chuyến bay thương mại'), ['hàng tuần sẽ có [4 chuyến bay thương mại] hạ cánh ở Hà Nội']),
  examples(count(16500, 'hợp tác xã', { comparator: 'gt' }), ['trong đó [trên 16.500 hợp tác xã] hoạt động hiệu quả']),
  examples(count(7, 'đơn vị sự nghiệp công lập', { comparator: 'lte', target: true }), [
    'sắp xếp theo hướng tối đa [không quá 07 đơn vị sự nghiệp công lập] cung ứng dịch vụ sự nghiệp công',
  ]),
  examples(count(432, 'container'), ['trong đó có [432 container] đủ điều kiện nhập khẩu theo quy định']),
  examples(count(14, 'Hiệp định Thương mại tự do'), ['thị trường được mở ra với việc tham gia [14 Hiệp định Thương mại tự do] (FTA)']),
  // `chứng từ` is one noun: its `từ` is no preposition
  examples(count(2, 'chứng từ'), ['Theo kế hoạch của ASEAN, [2 chứng từ] này dự kiến sẽ được kết nối']),
  // (but `từ` after another noun is still the preposition)
  examples(count(2, 'chứng chỉ'), ['được cấp [2 chứng chỉ] từ năm 2020']),
  // a noun of its own, or the cost it names
  examples(count(20, 'hoạt động'), ['Tổ chức [20 hoạt động] về chuyển đổi số trong năm.']),
  examples(count(67, 'đơn vị tự chủ chi phí hoạt động'), ['Bộ đang quản lý [67 đơn vị tự chủ chi phí hoạt động].']),
  // a long counted noun runs to its real end (a stop word, a name, punctuation), past 8 syllables
  examples(count(3, 'Ban Quản lý dự án đầu tư xây dựng', { comparator: 'lte', target: true }), [
    'mỗi tỉnh thành lập [không quá 03 Ban Quản lý dự án đầu tư xây dựng] thuộc Ủy ban nhân dân cấp tỉnh.',
  ]),
  examples(count(252, 'đơn vị tự chủ một phần chi thường xuyên'), [
    'trong đó [252 đơn vị tự chủ một phần chi thường xuyên].',
  ]),
  examples(count(13, 'đơn vị bảo đảm một phần kinh phí hoạt động'), [
    'Bộ đang quản lý [13 đơn vị bảo đảm một phần kinh phí hoạt động].',
  ]),
  examples(count(12, 'mô hình sản xuất nông nghiệp ứng dụng công nghệ cao'), [
    'Toàn tỉnh đã hình thành [12 mô hình sản xuất nông nghiệp ứng dụng công nghệ cao], góp phần nâng cao giá trị',
  ]),
  examples(count(15, 'cơ sở sản xuất kinh doanh thực phẩm chức năng nhập khẩu'), [
    'kiểm tra đột xuất [15 cơ sở sản xuất kinh doanh thực phẩm chức năng nhập khẩu] trên địa bàn tỉnh',
  ]),
  examples<MetricValue>([count(11, 'nhóm nhiệm vụ giải pháp chủ yếu'), count(185, 'nhiệm vụ cụ thể')], [
    'Nghị quyết đề ra [11 nhóm nhiệm vụ giải pháp chủ yếu] và [185 nhiệm vụ cụ thể].',
  ]),
  examples<MetricValue>([count(5, 'mô hình khuyến nông ứng dụng công nghệ cao', { comparator: 'gte' }), count(7, 'mô hình khuyến nông ứng dụng công nghệ cao', { comparator: 'lte' })], [
    'mỗi năm xây dựng [từ 5] đến [7 mô hình khuyến nông ứng dụng công nghệ cao], nhân rộng',
  ]),
  // a number opening a line or a table cell before the name of a unit or place is a row number
  examples<MetricValue>([count(1, 'điểm'), count(1, 'điểm')], [
    '       1   Phường Hoàn Kiếm: [01 điểm]; phường Cửa Nam: [01 điểm];',
  ]),
  // … but a class of bodies, a lower-case head or a name within a line is counted
  examples(count(15, 'Sở'), ['Đến nay đã có\n[15 Sở], ngành kết nối liên thông văn bản điện tử']),
  examples(count(3, 'xã'), ['Năm 2024 toàn huyện có\n[3 xã] đạt chuẩn nông thôn mới nâng cao']),
  examples(count(2, 'xã'), ['[2 xã] Tân Lập và Tân Hòa được công nhận đạt chuẩn']),
  examples({ value: 100, unit: '%' }, ['Đến nay\n[100%] xã, phường, thị trấn có điểm phục vụ bưu chính']),
  examples(count(63, 'Sở Tư pháp'), ['Bộ Tư pháp hướng dẫn [63 Sở Tư pháp] triển khai thống nhất']),
  examples(count(3, 'Trung tâm Y tế huyện'), [
    'sắp xếp, hợp nhất [3 Trung tâm Y tế huyện] thành một đơn vị',
    'Sở Y tế chủ trì sắp xếp, hợp nhất\n[3 Trung tâm Y tế huyện] thành một đơn vị',
  ]),
  examples(count(17, 'Trường Cao đẳng'), ['giao quyền tự chủ cho\n[17 Trường Cao đẳng] của các Bộ, ngành']),
  // `thành` ("into") ends a noun, not where it is a syllable of another word
  examples<MetricValue>([count(3, 'xã'), count(1, 'xã')], ['sáp nhập [3 xã] thành [1 xã] mới']),
  examples(count(63, 'tỉnh thành'), ['tổ chức tập huấn cho [63 tỉnh thành], bảo đảm thống nhất']),
  examples(count(2, 'Dự án thành phần'), ['chia thành [02 Dự án thành phần] để triển khai']),
  examples(count(12, 'quận nội thành'), ['hỗ trợ [12 quận nội thành] triển khai mô hình']),
  examples(count(5, 'huyện ngoại thành'), ['phân bổ vốn cho [5 huyện ngoại thành], bảo đảm tiến độ']),

  // --- comparators ------------------------------------------------------------------------------
  examples(count(500, 'sinh viên', { comparator: 'gt' }), [
    'hơn 500 sinh viên',
    'cho [hơn 500 sinh viên] các trường đại học',
  ]),
  examples(count(5000, 'doanh nghiệp', { comparator: 'gt' }), [
    'tuyên truyền đến [trên 5.000 doanh nghiệp] trên địa bàn tỉnh',
  ]),
  examples(count(3, 'trường', { comparator: 'lte', target: true }), [
    'Mỗi tỉnh, thành phố có [không quá 03 trường] có khả năng đào tạo liên thông',
  ]),
  examples(count(1, 'bệnh viện', { comparator: 'gte' }), ['Mỗi tỉnh có [ít nhất 01 bệnh viện] đạt cấp chuyên sâu']),
  // a negated `vượt`, a limit stated with `là`, a limit written as a symbol
  examples({ value: 36, unit: 'tấn', comparator: 'lte', target: true }, ['tách lô hàng để [không vượt 36 tấn] nguyên liệu trên mỗi giấy']),
  examples({ value: 700000, unit: 'đồng', amountVnd: 700000, comparator: 'lte', target: true }, ['Mức phí thu [tối đa là 700.000 đồng]/lần.']),
  examples(count(5, 'ngày', { comparator: 'gte', target: true }), ['thời gian lưu mẫu [tối thiểu là 5 ngày]']),
  // (a scenario's threshold, not a norm to meet)
  examples({ value: 100, unit: 'mm', comparator: 'gte', target: false }, ['Đối với tình huống dự báo mưa rất to (lượng mưa [≥ 100mm]/h)']),
  // a symbol touching its number
  examples({ value: 95, unit: '%', comparator: 'gte', target: true }, ['Tỷ lệ giải ngân [≥95%].']),
  examples({ value: 5, unit: '%', comparator: 'lte', target: true }, ['Độ dốc dọc [≤5%] đối với đường cấp IV.']),
  // `<`, `>` and `±` as written in technical plans: bounds and a tolerance, no norm of themselves
  examples({ value: 5, unit: '%', comparator: 'lt', target: false }, ['tỷ lệ hao hụt [< 5%] so với thiết kế']),
  examples({ value: 100, unit: 'mm', comparator: 'gt', target: false }, ['khi lượng mưa [> 100 mm] trong 3 giờ']),
  examples({ value: 0.2, unit: 'm', comparator: 'approx' }, ['khống chế mực nước cống Thanh Liệt cos < 3.5[±0.2m], mực nước hạ lưu']),
  examples({ value: 2, unit: 'cm', comparator: 'approx' }, ['sai số cho phép [± 2 cm]']),
  examples({ value: 95, unit: '%', comparator: 'gt', target: true }, ['Phấn đấu tỷ lệ hồ sơ trực tuyến [>95%].']),
  // (not an arrow)
  examples(count(5, 'đơn vị'), ['tổng số => [5 đơn vị]']),
  examples({ value: 50, unit: 'mm', comparator: 'lt' }, ['Với các trận mưa có lượng mưa [dưới 50mm]/h']),
  examples({ value: 66, unit: '%', comparator: 'approx' }, ['tỷ lệ lao động qua đào tạo [khoảng 66%]']),
  examples({ value: 45, unit: '%', comparator: 'approx' }, ['xấp xỉ 45%']),
  examples(count(6, 'tuổi', { comparator: 'lt' }), ['chăm sóc sức khỏe trẻ em [dưới 6 tuổi]']),
  examples(count(18, 'tuổi', { comparator: 'gte' }), ['công dân từ [18 tuổi trở lên]']),
  examples({ value: 2, unit: '%', comparator: 'eq' }, [
    // `hơn` after an adjective is a difference, not a bound
    'chỉ số giá cao hơn [2%]',
  ]),
  examples({ value: 30, unit: '%', comparator: 'gte', target: true }, [
    'tối thiểu 30%',
    'phấn đấu tiếp tục cắt giảm [tối thiểu 30%] các ngành, nghề kinh doanh',
  ]),

  // --- percentages ------------------------------------------------------------------------------
  examples({ value: 33.3, unit: '%', amountVnd: null, comparator: 'eq', target: false }, [
    '33,3%',
    'số lượng TTHC cung cấp DVCTT thấp, chỉ đạt [33,3%]',
  ]),
  examples({ value: 41.2, unit: '%', target: false }, ['Thu dịch vụ 6 tháng (đạt [41,2%] kế hoạch).']),
  examples({ value: 100, unit: '%' }, ['100%', '100 %', 'Chữ ký số được triển khai tới [100%] sở, ban, ngành']),
  examples({ value: 50, unit: '%' }, ['50 phần trăm']),
  examples({ value: 1.5, unit: '%' }, ['chỉ số giá tiêu dùng tăng [1.5%]']),
  examples<MetricValue>([{ value: 10.9, unit: '%' }, { value: 11.8, unit: '%' }], [
    'tăng khá (lần lượt là [10,9%] và [11,8%])',
  ]),

  // --- goals (target) and reported figures --------------------------------------------------------
  examples({ value: 90, unit: '%', comparator: 'gt', target: true }, [
    'Phấn đấu đến cuối tháng 11/2021, chi hành chính đạt tỷ lệ [trên 90%].',
    // a future year names a goal
    'Đến năm 2030, [trên 90%] các hoạt động hành chính được thực hiện trên môi trường số',
  ]),
  examples({ value: 85, unit: '%', comparator: 'gt', target: true }, [
    'Phấn đấu đến cuối tháng 11/2021, chi hành chính đạt tỷ lệ cao; chi sự nghiệp KH&CN đạt tỷ lệ [trên 85%].',
  ]),
  examples({ value: 10, unit: '%', comparator: 'gte', target: true }, [
    'phấn đấu tốc độ tăng trưởng GDP cả năm đạt từ [10% trở lên] gắn với giữ vững ổn định kinh tế vĩ mô',
  ]),
  examples({ value: 10.2, unit: '%', target: true }, ['tạo áp lực để đạt mục tiêu tăng trưởng cả năm ([10,2%]).']),
  // `đạt mục tiêu` is a goal to reach unless `đã` or `vượt` says it is reached
  examples({ value: 8, unit: '%', target: true }, ['Quyết tâm đạt mục tiêu tăng trưởng [8%] trong năm 2025.']),
  examples({ value: 10, unit: '%', comparator: 'gt', target: true }, [
    'để GRDP của Thành phố tăng trưởng [trên 10%] năm 2026',
  ]),
  examples({ value: 80, unit: '%', target: true }, ['nâng tỷ lệ hộ dân sử dụng nước sạch lên [80%]']),
  examples({ value: 100, unit: '%', target: true }, [
    'bảo đảm [100%] dịch vụ công đủ điều kiện được cung cấp trực tuyến',
  ]),
  examples({ value: 8.55, unit: '%', target: false }, [
    'GRDP tăng [8,55%] so với cùng kỳ',
    'Phấn đấu là vậy, nhưng GRDP chỉ tăng [8,55%] so với cùng kỳ',
  ]),
  examples({ value: 90, unit: '%', target: false }, ['Chỉ tiêu này đã đạt [90%] sau 6 tháng']),
  // an estimate of a result; a goal named as the yardstick of a result; the total a result brings
  examples(count(6143, 'người', { comparator: 'approx' }), [
    'Năm 2016 đạt nhiều chỉ tiêu đáng khích lệ: số vận động viên cao cấp [ước đạt 6.143 người].',
  ]),
  examples({ value: 55.9, unit: 'triệu tấn', target: false }, [
    'Tổng công ty hoàn thành vượt mức chỉ tiêu sản lượng hằng năm, với tổng sản lượng khai thác đạt [55,9 triệu tấn] dầu quy đổi.',
    'Tổng công ty hoàn thành vượt mức các chỉ tiêu, sản lượng đạt [55,9 triệu tấn].',
    'Năm 2023, Tổng công ty đã đạt những chỉ tiêu đề ra, sản lượng đạt [55,9 triệu tấn].',
  ]),
  examples(count(11, 'bộ'), ['VCCI đã kết nối Cơ chế một cửa quốc gia, nâng tổng số cơ quan lên [11 bộ], ngành.']),
  examples({ value: 34.9, unit: '%', target: false }, [
    'Giải ngân vốn đầu tư công 06 tháng đạt [34,9%] kế hoạch Thủ tướng Chính phủ giao.',
  ]),

  // --- money ------------------------------------------------------------------------------------
  examples({ value: 3500, unit: 'triệu đồng', amountVnd: 3500000000, comparator: 'gte', target: true }, [
    'phấn đấu thu dịch vụ sự nghiệp khoa học và công nghệ đạt [3.500 triệu đồng trở lên].',
  ]),
  examples({ value: 50074800, unit: 'đồng', amountVnd: 50074800, comparator: 'eq' }, [
    '50.074.800 đồng',
    'đã ban hành các quyết định xử phạt vi phạm hành chính với tổng số tiền: [50.074.800 đồng].',
  ]),
  examples({ value: 1441, unit: 'triệu đồng', amountVnd: 1441000000 }, ['Thu dịch vụ 6 tháng đạt [1.441 triệu đồng]']),
  examples({ value: 12.5, unit: 'nghìn tỷ đồng', amountVnd: 12500000000000 }, [
    '12,5 nghìn tỷ đồng',
    '12,5 ngàn tỉ đồng',
  ]),
  examples({ value: 2300, unit: 'tỷ đồng', amountVnd: 2300000000000 }, [
    'bố trí [2.300 tỷ đồng] từ ngân sách trung ương',
  ]),
  examples({ value: 500000, unit: 'đồng', amountVnd: 500000 }, ['500.000đ', '500.000 VNĐ']),
  examples({ value: 2, unit: 'tỷ đồng', amountVnd: 2000000000 }, ['kinh phí hỗ trợ [2 tỷ đồng]/năm']),
  examples({ value: 257.2, unit: 'nghìn tỷ đồng', amountVnd: 257200000000000, comparator: 'approx' }, [
    // a hard wrap inside the amount
    'ước đạt 257,2 nghìn\ntỷ đồng',
  ]),
  examples({ value: 7.5, unit: 'tỷ USD', amountVnd: null, comparator: 'approx' }, [
    'Thu hút FDI đạt [gần 7,5 tỷ USD], tăng mạnh',
  ]),
  examples({ value: 175.64, unit: 'tỷ USD', amountVnd: null }, ['nhập khẩu đạt [175,64 tỷ USD]']),

  // --- measures ---------------------------------------------------------------------------------
  examples({ value: 1250, unit: 'km', amountVnd: null }, ['1.250km', 'đưa vào khai thác [1.250km] đường bộ cao tốc']),
  examples({ value: 114, unit: 'm' }, ['đưa mực nước hồ chứa về cao trình + [114 m] (bằng cao trình ngưỡng tràn)']),
  examples({ value: 31.5, unit: 'ha' }, ['31,5 ha', 'Hồ điều hòa Phú Đô ([31,5 ha]) tại phường Từ Liêm']),
  examples({ value: 4200, unit: 'MW' }, ['đang vận hành và khai thác hiệu quả [4.200 MW] nguồn điện']),
  examples({ value: 215, unit: 'tỷ kWh' }, ['sản lượng điện đạt [215 tỷ kWh], mức sử dụng điện']),

  // --- ratios and ranks -------------------------------------------------------------------------
  examples({ value: 36, of: 47, unit: 'nhiệm vụ' }, [
    '36/47 nhiệm vụ',
    'mới chỉ hoàn thành được [36/47 nhiệm vụ], hiện nay',
  ]),
  examples({ value: 18, of: 54, unit: 'TTHC' }, ['18/54 TTHC']),
  // a ratio of measures: the unit after the whole, or after both (the same unit)
  examples({ value: 28.6, of: 32.4, unit: 'km' }, ['28,6/32,4 km']),
  examples({ value: 41.2, of: 45.6, unit: 'km' }, ['41,2 km/45,6 km']),
  examples<MetricValue>(
    [
      { value: 28.6, of: 32.4, unit: 'km' },
      { value: 88.3, unit: '%' },
    ],
    ['Đến nay đã bàn giao [28,6/32,4 km] mặt bằng, đạt [88,3%]'],
  ),
  examples<MetricValue>(
    [
      { value: 41.2, of: 45.6, unit: 'km' },
      { value: 90.4, unit: '%' },
    ],
    ['toàn tuyến đã bàn giao [41,2 km/45,6 km], đạt [90,4%]'],
  ),
  examples({ value: 120, of: 150, unit: 'ha' }, ['đã thu hồi [120/150 ha] đất']),
  // not a ratio: a speed, two different units
  examples({ value: 60, unit: 'km/h' }, ['60 km/h']),
  examples({ value: 5, unit: 'km' }, ['[5 km]/3 ha']),
  // not a ratio: two rates, a measure per another (speed limits, yields)
  negatives(['Vận tốc 60/80 km/h trên tuyến.', 'Xe chạy 50/60 km/giờ.', 'Năng suất lúa đạt 60/65 tạ/ha.']),
  examples({ value: 18, of: 54, unit: null }, ['số TTHC có phát sinh hồ sơ mới đạt [18/54].']),
  examples({ value: 12, of: 63, unit: 'thứ hạng' }, [
    'xếp thứ 12/63',
    'Chỉ số PCI năm 2023 [xếp thứ 12/63] tỉnh, thành phố',
  ]),
  examples({ value: 15, of: 20, unit: 'thứ hạng' }, [
    'Bộ chỉ số DTI năm 2023 của Sở đạt thấp ([vị trí thứ 15/20]) cấp sở, ban, ngành',
  ]),
  examples({ value: 24, of: 34, unit: 'thứ hạng' }, ['Giải ngân đầu tư công vẫn còn chậm, [xếp thứ 24/34] địa phương']),
  examples({ value: 5, unit: 'thứ hạng' }, ['đứng thứ 5', 'Xếp thứ 5']),
  // `top N` is a place in a ranking
  examples({ value: 10, unit: 'thứ hạng' }, ['PVEP đứng [top 10] trong số các doanh nghiệp nộp thuế cao nhất', 'top 10']),
  negatives(['lắp đặt máy tính để bàn, máy tính xách tay (laptop) cho các phòng', 'dịch vụ Top-up tài khoản']),

  // --- a change from one figure to another: the first takes the second's unit ---------------------
  examples<MetricValue>(
    [
      { value: 5000, unit: 'phòng lưu trú', comparator: 'eq' },
      { value: 1600, unit: 'phòng lưu trú', comparator: 'eq' },
    ],
    ['quyết định giảm từ mức [5000] xuống còn [1600 phòng lưu trú].'],
  ),
  examples<MetricValue>(
    [
      { value: 12, unit: 'đầu mối' },
      { value: 8, unit: 'đầu mối' },
    ],
    ['sắp xếp giảm từ [12] xuống [8 đầu mối] của Bộ', 'giảm từ [12] xuống còn [8 đầu mối]'],
  ),
  examples<MetricValue>(
    [
      { value: 30, unit: '%', target: false },
      { value: 45, unit: '%' },
    ],
    ['nâng tỷ lệ hồ sơ trực tuyến từ [30] lên [45%]'],
  ),
  examples<MetricValue>(
    [
      { value: 1.2, unit: 'tỷ USD' },
      { value: 1.5, unit: 'tỷ USD' },
    ],
    ['kim ngạch tăng từ [1,2] lên [1,5 tỷ USD]'],
  ),
  // a first figure with a unit of its own is read by its own rule, once; a year is no figure
  examples<MetricValue>(
    [
      { value: 5500, unit: 'đồng' },
      { value: 3400, unit: 'đồng' },
    ],
    ['giảm từ [5.500 đồng] một suất ăn xuống còn [3.400 đồng]'],
  ),
  negatives(['chuyển từ 2020 lên 2025 theo lộ trình', 'giảm từ 3 xuống 2 cấp chính quyền', 'tăng từ 6 lên 9 tháng']),

  // --- ranges: one metric per bound ---------------------------------------------------------------
  examples<MetricValue>(
    [
      { value: 7.5, unit: '%', comparator: 'gte', target: true },
      { value: 8, unit: '%', comparator: 'lte', target: true },
    ],
    ['Phấn đấu tăng trưởng GRDP đạt [7,5] - [8%]', 'Phấn đấu tăng trưởng [7,5] – [8%] trong năm 2024'],
  ),
  examples<MetricValue>([{ value: 7.5, unit: '%' }, { value: 8, unit: '%' }], ['7,5 - 8%']),
  examples<MetricValue>(
    [
      { value: 200, unit: 'm', comparator: 'gte' },
      { value: 300, unit: 'm', comparator: 'lte' },
    ],
    ['nạo vét đoạn kênh dài [200]-[300m] mỗi đợt'],
  ),
  examples<MetricValue>(
    [
      { value: 5, unit: 'ngày làm việc', comparator: 'gte' },
      { value: 7, unit: 'ngày làm việc', comparator: 'lte' },
    ],
    ['thời gian xử lý hồ sơ [từ 5] đến [7 ngày làm việc]'],
  ),
  examples<MetricValue>(
    [
      { value: 2, unit: 'tỷ đồng', amountVnd: 2000000000 },
      { value: 3, unit: 'tỷ đồng', amountVnd: 3000000000 },
    ],
    ['hỗ trợ [2]-[3 tỷ đồng] cho mỗi dự án'],
  ),
  examples<MetricValue>(
    [
      { value: 51, unit: '%', comparator: 'approx' },
      { value: 52, unit: '%', comparator: 'approx' },
    ],
    ['chi thường xuyên bình quân [khoảng 51] - [52%] tổng chi ngân sách nhà nước'],
  ),
  examples<MetricValue>(
    [
      { value: 50, unit: 'mm', comparator: 'gte' },
      { value: 70, unit: 'mm', comparator: 'lte' },
    ],
    ['Với các trận mưa có lượng mưa [từ 50] ÷ [70mm]/h:'],
  ),

  // a footnote mark glued to the counted noun is not part of it
  examples(count(1, 'xã'), ['trên địa bàn [01 xã]1 thuộc cấp Thành phố quản lý']),
  examples(count(95, '%'), ['tỷ lệ hồ sơ trực tuyến đạt [95%]2 trên tổng số hồ sơ']),
  // acronyms keep their digits
  examples(count(3, 'ổ dịch H5N1'), ['phát hiện [3 ổ dịch H5N1] tại huyện']),
  // `số` after a document type names the document, even after `định` (nghị định, quyết định)
  examples(count(18, 'tàu cá vỏ thép'), ['theo Nghị định số 67 kiểm tra [18 tàu cá vỏ thép]']),
  // `dứt điểm` is one word: the number after it is a count, not a point of a law (`điểm 2`)
  examples(count(12, 'dự án thua lỗ'), ['Tập trung xử lý dứt điểm [12 dự án thua lỗ], thất thoát lớn']),
  // a scale word without its noun (said just before): the figure is still one
  examples(count(20.4, 'nghìn', { comparator: 'approx' }), ['số doanh nghiệp thành lập mới trong tháng là [gần 20,4 nghìn], tính chung']),
  examples(count(60, 'nghìn', { comparator: 'gt' }), ['số doanh nghiệp thành lập [hơn 60 nghìn] nhưng số rút lui còn lớn']),
  examples(count(1.2, 'triệu'), ['lượng khách năm nay đạt [1,2 triệu].']),
  // `triệu tỷ` is one scale
  examples(count(2, 'triệu tỷ đồng', { amountVnd: 2e15 }), ['tổng mức vốn được Quốc hội phê duyệt là [2 triệu tỷ đồng], trước đó']),
  // things counted are whole: `1,400` before a counted noun is English thousands
  examples(count(1400, 'phòng khách sạn'), ['Chính xác là [1,400 phòng khách sạn] và biệt thự']),
  examples(count(1.5, 'lần'), ['tăng gấp [1,5 lần] so với cùng kỳ']),
  // (but times and points may have three decimals)
  examples(count(1.125, 'lần'), ['doanh thu gấp [1,125 lần] so với năm trước']),
  examples(count(65.125, 'điểm'), ['chỉ số PAPI của tỉnh đạt [65,125 điểm], đứng đầu khu vực']),
  examples(count(1.25, 'triệu người'), ['thu hút [1,250 triệu người] tham gia']),
  examples(count(1000, 'ha', { comparator: 'gte' }), ['phải có diện tích [1,000 ha trở lên]']),
  // electrical units as written in technical plans, in either case
  examples<MetricValue>(
    [
      { value: 5, unit: 'KVA', comparator: 'gte' },
      { value: 30, unit: 'KVA', comparator: 'lte' },
    ],
    ['máy phát điện [5] - [30KVA]; xe bơm di động'],
  ),
  examples(count(22, 'KV'), ['cải tạo tuyến cáp ngầm [22KV] cấp điện cho trạm bơm']),
  // a unit of measure makes a quantity of the number after a name word (`đường 40` alone is a road's name)
  examples(count(40, 'm'), ['triển khai dự án xây dựng tuyến đường [40m] từ đê Ngọc Thụy']),
  examples(count(10, 'cm'), ['rải một lớp [10cm] đá dăm']),
  // a group counted after `nhóm` (a group's label has no noun after it)
  examples(count(70, 'nước đứng đầu', { target: true }), ['phấn đấu đến năm 2020 thuộc nhóm [70 nước đứng đầu]']),
  // a number glued to its noun (a lost space in a web copy)
  examples(count(6500, 'người', { comparator: 'approx' }), ['các trường thuộc Bộ với [gần 6.500người]; các viện']),
  // … and a number glued after the word before it, a figure's verb or comparator
  examples(count(190, 'đơn vị'), ['số đơn vị sự nghiệp giảm[190 đơn vị] so với năm 2011']),
  examples(count(4900, 'viên chức', { comparator: 'gt' }), ['các viện về khoa học công nghệ [hơn4.900 viên chức]; các ban']),
  examples(count(12, 'doanh nghiệp'), ['toàn tỉnh có thêm[12 doanh nghiệp] đi vào hoạt động']),
  // a digit written for `một` in a set phrase; a numbered campus of a named body
  examples(count(1, 'người'), ['vụ tai nạn làm [1 người] tử vong']),
  examples(count(2, 'cơ sở y tế'), ['đầu tư xây dựng [2 cơ sở y tế] của tỉnh']),
  // (the nouns those words open are counted: a piece of software, a gift, a phone number)
  examples(count(1, 'phần mềm quản lý văn bản dùng chung'), ['xây dựng [1 phần mềm quản lý văn bản dùng chung]']),
  examples(count(1, 'phần quà'), ['tặng [1 phần quà] cho mỗi hộ nghèo']),
  examples(count(1, 'số điện thoại đường dây nóng'), ['mỗi xã bố trí [1 số điện thoại đường dây nóng]']),
  negatives([
    'không thể tăng ngay 1 lúc lên mức giá đó',
    'vẫn còn 1 số đơn vị chưa thực hiện nghiêm',
    'ngành Tài chính cũng có 1 phần trách nhiệm trong vấn đề này',
    'kết quả đó góp 1 phần vào tăng trưởng chung',
    'triển khai theo 1 cách đồng bộ, hiệu quả',
    'Đẩy nhanh tiến độ xây dựng cơ sở 2 Bệnh viện Bạch Mai và dự án cơ sở 2 Bệnh viện Hữu nghị Việt Đức.',
    'đưa cơ sở 2 Trường Đại học Y vào hoạt động',
    // glued to other words: a footnote mark, a year, a name
    'so với thời điểm năm2011, trong đó',
    'Phòng chống dịch Covid19 ca bệnh',
  ]),
  examples(count(113, 'biên chế'), ['Các đơn vị sự nghiệp khác với [113biên chế] được giao.']),
  // (`tr` glued to a number is short for triệu: no figure read with a noun `tr`)
  examples(count(5, 'lần kiểm tra'), ['mỗi năm thu 12tr đồng, 5trđ tiền phạt, qua [5lần kiểm tra] không có sai phạm']),

  // --- not figures ------------------------------------------------------------------------------
  negatives([
    // dates and times
    'ngày 15/8/2021',
    'Hoàn thành trước 15/8.',
    'trong tháng 9/2024',
    'tính đến ngày 30/6/2021',
    'Chiều 26/4, Ban Chỉ đạo cấp tỉnh tổ chức hội nghị',
    'nhân ngày sở hữu trí tuệ thế giới 26/4;',
    'Hà Nội, ngày 28     tháng 4    năm 2026',
    'lúc 14 giờ 30 phút',
    // English glued to a number in a web copy: an ordinal, a time
    'hội thảo diễn ra lúc 10am tại khách sạn',
    'theo chuẩn 21st Century Skills',
    'họp lúc 8h30 sáng thứ Hai',
    '25/03/2024 15:28',
    // years and periods
    'Kế hoạch hoạt động KH&CN năm 2021',
    'Tết Nguyên đán Tân Sửu 2021',
    'mục tiêu năm 2026 tỷ lệ bao phủ bảo hiểm y tế',
    'Trong 6 tháng đầu năm 2021',
    'II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 06 THÁNG CUỐI NĂM 2026',
    'Trong quý 1/2025 các hoạt động',
    'giai đoạn 2021 - 2025',
    'nhiệm kỳ 2026 -2031',
    'trong 10 ngày kể từ ngày ký',
    'trong vòng 5 - 7 ngày',
    // document numbers, markers, footnotes, copy counts
    'theo Quyết định số 1433/QĐ-UBND ngày 25/9/2020',
    'Nghị định số 60/2021/NĐ-CP',
    'thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị',
    'Số: 46/CĐ-TTg',
    '1. Phòng Quản lý Khoa học',
    '(3) Tham mưu Giám đốc Sở tổ chức họp Hội đồng',
    '2.1. Chương trình nghệ thuật đặc biệt',
    'theo quy định[1]',
    'Lưu: VT, QHĐP (2).',
    // numbers inside names
    'triển khai Đề án 06 trên địa bàn tỉnh',
    'Nghị quyết 57 của Bộ Chính trị',
    'kỳ họp thứ 2 HĐND tỉnh khóa XIII',
    'ảnh hưởng của bão số 9',
    'Quốc lộ 24 đoạn qua huyện',
    'Ngày hội khởi nghiệp đổi mới sáng tạo lần thứ 3 năm 2021',
    'mô hình chính quyền địa phương 02 cấp',
    'duy trì tốt ở cả 3 cấp chính quyền',
    'hệ thống thông tin đạt cấp độ 3 về an toàn thông tin',
    'xuất bản Bản tin KH&CN số 01, 02 năm 2021',
    'theo TCVN ISO 9001:2015',
    'TCVN 5687:2010',
    'phòng chống dịch Covid-19',
    'Ban Chỉ đạo 389 quốc gia',
    'Hội nghị Trung ương 6 khóa XII',
    'dự án Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất 2',
    'đáp ứng yêu cầu tăng trưởng “2 con số”',
    'theo phương châm 04 tại chỗ, 03 sẵn sàng khi xảy ra sự cố',
    'Nhóm 1 gồm các dự án cấp bách',
    'Nhóm 2: các địa phương còn lại',
    // a house number before a street name
    'liên hệ với trường đại học (43 Trần Duy Hưng, Hà Nội) để xác minh',
    'trụ sở tại số nhà 12 Lê Lợi, phường Bến Nghé',
    'Cách mạng công nghiệp 4.0 như trí tuệ nhân tạo',
    'phủ sóng mạng 5G',
    // a footnote or a time glued to a word; a scale word in a name or before a period
    'theo quy định tại khu vực Đại lộ Thăng Long2; (2) Đầu tư',
    'họp lúc 17h00 tại trụ sở',
    'mạng di động 5G trên toàn quốc',
    'Thăng Long nghìn năm văn hiến',
    'văn minh 5 nghìn năm',
    // `điểm` as the point of a law: a label
    'theo điểm 2 khoản 3 Điều 5',
    // round the clock, counters, URLs, telephones
    'ứng trực 24/24 giờ',
    'hoạt động liên tục 24/7',
    'bảo đảm thông tin liên lạc thông suốt 24/24.',
    'Lượt xem: 30',
    'https://quangngai.gov.vn/tin-tuc/2024/3/25/ket-luan',
    'Điện thoại: 0255.3822.123',
    // a page number left between the halves of a sentence by a page break
    'giảm thiểu các bước trung gian trong quá trình kết\n\n50\nnối, chia sẻ dữ liệu',
    'Chủ động bố trí kinh\n\n64\nphí thực hiện việc di chuyển hệ thống',
    // a number that names a body, before the date of its meeting
    'tại phiên họp lần thứ 7 của Ủy ban 1899 ngày 22/9/2020',
    // row numbers of flattened tables and lists, before the name of a unit or place
    '1 Phường Hoàn Kiếm',
    '2 Xã Tân Lập',
    '3 UBND huyện Ba Tơ',
    '12 Sở Y tế',
    '4 Tỉnh ủy Quảng Nam',
    'Danh sách đơn vị:\n5 Ủy ban nhân dân xã Tân Hòa\n6 Bệnh viện Đa khoa tỉnh',
    'STT\tĐơn vị\n1\tSở Tài chính\n2\tCông an tỉnh Quảng Ngãi',
    '| 7 Thành phố Hội An | Quảng Nam |',
  ]),
  // a count of days is still a figure when no date follows
  examples(count(3, 'ngày'), ['rút ngắn thời gian thông quan xuống [3 ngày] đối với hàng xuất khẩu.']),
  // a number at a line end before a lower-case continuation, with no page break, is still a figure
  examples(count(50, 'doanh nghiệp'), ['hỗ trợ\n[50 doanh nghiệp] tham gia chương trình']),

  // --- how often a person did something: the count after a person's name ------------------------
  examples(count(3, 'lần làm việc'), [
    'Phó Thủ tướng Vũ Đức Đam [3 lần làm việc] với tỉnh về công tác phòng, chống dịch.',
    'Chủ tịch UBND tỉnh Nguyễn Văn Phương [3 lần làm việc] tại hiện trường',
  ]),
  examples(count(2, 'lượt'), ['Bộ trưởng Trần Hồng Hà [2 lượt] đến thăm công trình']),
  negatives([
    // a capitalised name ending in a number is still no count (the names are no person's)
    'Dự án Hòa Phát Dung Quất 2 hoàn thành',
    'Trường Tiểu học Kim Đồng 2 khai giảng',
  ]),

  // --- numbered bodies, chainages --------------------------------------------------------------
  negatives([
    'Ngân hàng Nhà nước chi nhánh Khu vực 5 chủ trì, phối hợp với các ngân hàng thương mại',
    'Kho bạc Nhà nước khu vực 12 kiểm tra, giám sát',
    'Bộ trưởng giao Ban Quản lý dự án 2 chỉ đạo nhà thầu đẩy nhanh tiến độ',
    'Ban quản lý dự án 85 báo cáo tiến độ',
    'Ban QLDA 6 triển khai thi công',
    'Trung đoàn 143, Sư đoàn 2 và Lữ đoàn 573 phối hợp',
    'Hải đội 2 tuần tra vùng biển',
    'tại Km 15+200 Quốc lộ 1A',
    'sạt lở tại km 25 QL14',
    'Bộ Tư lệnh Quân khu 4 phối hợp tổ chức diễn tập',
    'Tổ công tác số 3 kiểm tra tại Phường 12 và Quận 7',
  ]),
  // the look-alikes: projects and areas counted, a measure after `+` with a space
  examples(count(3, 'dự án'), ['đã triển khai [3 dự án] trên địa bàn']),
  examples(count(500, 'căn hộ'), ['dự án [500 căn hộ] đã hoàn thành']),
  examples(count(2, 'làn xe'), ['mở rộng dự án lên [2 làn xe]']),
  examples(count(3, 'khu vực'), ['phân chia thành [3 khu vực] để ưu tiên']),
  // `khu vực` as a plain noun before a count of places; a count after a length in km
  examples(count(3, 'xã biên giới'), ['tập trung hỗ trợ khu vực [3 xã biên giới]']),
  examples(count(2, 'huyện'), ['tại khu vực [2 huyện] Mường Lát và Quan Sơn']),
  examples([count(120, 'km'), count(4, 'làn xe')], ['đưa vào khai thác [120 km] [4 làn xe]']),
  examples(count(200, 'học viên'), ['đào tạo kỹ năng quản lý dự án cho [200 học viên]', 'đào tạo kỹ năng quản lý dự án [200 học viên]']),
  negatives(['Tổng cục Thuế khu vực 3 tỉnh', 'BAN QUẢN LÝ DỰ ÁN 2 báo cáo']),

  // --- `một` written as a digit before an abstract noun ------------------------------------------
  negatives([
    'Với 1 quyết tâm cao, tỉnh đã hoàn thành các nhiệm vụ',
    'với 1 tinh thần trách nhiệm và 1 ý chí thống nhất',
  ]),
  examples(count(1, 'tổ công tác'), ['thành lập [1 tổ công tác] để kiểm tra']),

  // --- `con số`: figures are counted; the growth idiom is no count ------------------------------
  examples(count(3, 'con số khác nhau'), ['Phó Thủ tướng khẳng định, đó là [3 con số khác nhau].']),
  negatives([
    'mục tiêu tăng trưởng 2 con số trong giai đoạn tới',
    'duy trì tăng trưởng ở mức 2 con số',
    'kiểm soát lạm phát 1 con số',
    'đạt 2 con số trong mọi tình huống',
    // the growth word further back in the clause
    'phấn đấu tăng trưởng GRDP 2 con số',
    'tăng trưởng kinh tế trên 2 con số',
    'kim ngạch xuất khẩu tăng 2 con số',
    'duy trì tốc độ tăng trưởng từ 2 con số trở lên',
  ]),
  examples(count(3, 'con số'), ['Báo cáo có [3 con số] cần làm rõ']),
];
