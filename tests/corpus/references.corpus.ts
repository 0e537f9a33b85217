/**
 * Cited documents (SPEC "references", GENRE "Cited documents"). Context: CORPUS_CONTEXT, whose own
 * number is 45/KL-SKHCN. Phrases are taken from or modelled on real Kết luận, Thông báo, Chỉ thị,
 * Kế hoạch, Nghị quyết and news reports.
 */
import { examples, negatives, type CorpusGroup } from '../helpers/corpus.js';
import type { ReferenceValue } from '../../src/types.js';

export const REFERENCE_CORPUS: CorpusGroup<ReferenceValue>[] = [
  // --- government style: number / (year /) type-issuer ----------------------------------------
  examples({ type: 'Quyết định', number: '104/QĐ-UBND', date: '2023-02-07', issuer: 'UBND tỉnh' }, [
    'Quyết định số 104/QĐ-UBND ngày 07/02/2023 của UBND tỉnh',
    'được ban hành kèm theo [Quyết định số 104/QĐ-UBND ngày 07/02/2023 của UBND tỉnh] ban hành Bộ chỉ số đánh giá',
    'Quyết định số 104/QĐ-UBND ngày 7 tháng 2 năm 2023 của UBND tỉnh',
    'QUYẾT ĐỊNH SỐ 104/QĐ-UBND NGÀY 07/02/2023 CỦA UBND tỉnh',
  ]),
  examples({ type: 'Quyết định', number: '1433/QĐ-UBND', date: '2020-09-25', issuer: null }, [
    '(theo [Quyết định số 1433/QĐ-UBND ngày 25/9/2020]).',
    'Quyết định 1433/QĐ-UBND ngày 25/9/2020',
  ]),
  examples({ type: 'Quyết định', number: '385/QĐ-SKHHCN', date: '2020-12-15' }, [
    'chất lượng sản phẩm hàng hóa theo [Quyết định số 385/QĐ-SKHHCN ngày 15/12/2020].',
  ]),
  examples({ type: 'Quyết định', number: '100/QĐ-TTg', date: '2019-01-19', issuer: 'Thủ tướng Chính phủ' }, [
    'theo [Quyết định số 100/QĐ-TTg ngày 19/01/2019 của Thủ tướng Chính phủ].',
  ]),
  examples({ type: 'Quyết định', number: '62/2014/QĐ-UBND', date: '2014-12-15', issuer: 'UBND tỉnh' }, [
    'sửa đổi, bổ sung một số điều của [Quyết định số 62/2014/QĐ-UBND ngày 15/12/2014 của UBND tỉnh] ban hành Quy định quản lý',
  ]),
  examples({ type: 'Nghị định', number: '60/2021/NĐ-CP', date: '2021-06-21', issuer: null }, [
    'không phù hợp quy định tại [Nghị định số 60/2021/NĐ-CP ngày 21/6/2021] quy định cơ chế tự chủ tài chính',
  ]),
  examples({ type: 'Nghị định', number: '120/2020/NĐ-CP', date: '2020-10-07', issuer: 'Chính phủ' }, [
    'theo [Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ] quy định về thành lập, tổ chức lại',
  ]),
  examples({ type: 'Nghị định', number: '74/2018/NĐ-CP', date: null, issuer: 'Chính phủ' }, [
    'trên địa bàn tỉnh theo [Nghị định 74/2018/NĐ-CP của Chính phủ].',
  ]),
  examples({ type: 'Nghị định', number: '191/2026/NĐ-CP', date: '2026-05-29', issuer: 'Chính phủ' }, [
    'Căn cứ [Nghị định số 191/2026/NĐ-CP ngày 29 tháng 5 năm 2026 của\nChính phủ] quy định chức năng, nhiệm vụ',
  ]),
  examples({ type: 'Thông tư', number: '01/2021/TT-BKH&CN', date: '2021-03-01', issuer: 'Bộ Khoa học và Công nghệ' }, [
    'và [Thông tư 01/2021/TT-BKH&CN ngày 01/3/2021 của Bộ Khoa học và Công nghệ].',
  ]),
  examples({ type: 'Thông tư', number: '07/2016/TT-BNNPTNT', issuer: 'Bộ Nông nghiệp và Phát triển nông thôn' }, [
    'theo [Thông tư số 07/2016/TT-BNNPTNT của Bộ Nông nghiệp và Phát triển nông thôn] quy định',
  ]),
  examples({ type: 'Thông tư', number: '01/2015/TTLT-BKHCN-BTC' }, ['Thông tư liên tịch số 01/2015/TTLT-BKHCN-BTC']),
  examples({ type: 'Thông báo', number: '365/TB-VPCP', date: '2026-07-15' }, ['Thông báo kết luận số 365/TB-VPCP ngày 15/7/2026']),
  examples({ type: 'Thông báo', number: '343/TB-VPCP', date: '2026-07-01', issuer: null }, [
    'thực hiện kết luận của Thủ tướng Chính phủ tại [Thông báo số 343/TB-VPCP ngày 01 tháng 7 năm 2026]. Theo dõi sát tiến độ',
  ]),
  examples({ type: 'Thông báo', number: '143/TB-UBND' }, ['chuyển giao công nghệ (tại [Thông báo số 143/TB-UBND ngày 14/4/2021]).']),
  examples({ type: 'Công điện', number: '40/CĐ-TTg', date: '2026-05-19', issuer: 'Thủ tướng Chính phủ' }, [
    'các nhiệm vụ được giao tại [Công điện số 40/CĐ-TTg ngày 19 tháng 5 năm 2026 của Thủ tướng Chính phủ] về việc tập trung',
  ]),
  examples({ type: 'Chỉ thị', number: '18/CT-TTg' }, ['theo tinh thần [Chỉ thị số 18/CT-TTg\nngày 08 tháng 5 năm 2026] về']),
  examples({ type: 'Chỉ thị', number: '07/CT-TTg', date: '2025-03-14', issuer: 'Thủ tướng Chính phủ' }, [
    'Triển khai thực hiện nghiêm [Chỉ thị số 07/CT-TTg ngày 14/3/2025 của Thủ tướng Chính phủ] về đẩy mạnh',
  ]),
  examples({ type: 'Kế hoạch', number: '76/KH-SKHCN', date: '2021-01-20', issuer: null }, [
    'được UBND tỉnh giao và [Kế hoạch số 76/KH-SKHCN ngày 20/01/2021] đề ra.',
  ]),
  examples({ type: 'Kế hoạch', number: '1128/KH-UBND', date: '2024-04-10', issuer: 'UBND tỉnh' }, [
    '[Kế hoạch số 1128/KH-UBND ngày 10/4/2024 của UBND tỉnh] triển khai thực hiện Chương trình',
  ]),
  examples({ type: 'Kế hoạch', number: '128/KH-UBND', issuer: 'UBND Thành phố' }, [
    '[Kế hoạch số 128/KH-UBND ngày 30/3/2026 của UBND Thành phố] về triển khai',
  ]),
  examples({ type: 'Nghị quyết', number: '168/NQ-CP', date: '2026-06-27' }, [
    'Nghiên cứu kỹ [Nghị quyết số 168/NQ-CP ngày 27 tháng 6 năm 2026] và',
  ]),
  examples({ type: 'Nghị quyết', number: '193/2025/QH15', date: '2025-02-19', issuer: 'Quốc hội' }, [
    'hướng dẫn một số điều của [Nghị quyết số 193/2025/QH15 ngày 19/02/2025 của Quốc hội] về thí điểm',
  ]),
  examples({ type: 'Nghị quyết', number: '19-2017/NQ-CP' }, ['các chỉ tiêu đề ra tại [Nghị quyết số 19-2017/NQ-CP].']),
  examples({ type: 'Nghị quyết', number: '100/NQ-CP' }, ['(Kèm theo [Nghị quyết số 100 /NQ-CP ngày 06 tháng 4 năm 2026 của Chính phủ])']),
  examples({ type: 'Luật', number: '57/2024/QH15' }, ['Luật số 57/2024/QH15']),
  examples({ type: 'Luật', number: '31/2024/QH15', issuer: null }, ['theo [Luật Đất đai số 31/2024/QH15] và']),
  examples({ type: 'Tờ trình', number: '82/TTr-UBND', issuer: null }, [
    'Chủ tịch Ủy ban nhân dân thành phố Hà Nội tại [Tờ trình số 82/TTr-UBND ngày 31 tháng 3 năm 2026];',
  ]),
  examples({ type: 'Tờ trình', number: '04/TTr-BKHCN-BTTTT' }, ['tại [Tờ trình số 04/TTr-BKHCN-BTTTT ngày 02 tháng 01 năm 2025] và']),
  examples({ type: 'Công văn', number: '2959/BYT-BH' }, ['Công văn số 2959/BYT-BH']),
  examples({ type: 'Văn bản', number: '3816/VPCP-CN', issuer: 'Văn phòng Chính phủ' }, [
    'tại [văn bản số 3816/VPCP-\nCN ngày 29 tháng 4 năm 2026 của Văn phòng Chính phủ].',
  ]),
  examples({ type: 'Văn bản', number: '1234/UBND-KT', issuer: 'Sở Tài chính' }, ['theo [văn bản 1234/UBND-KT của Sở Tài chính], đề nghị']),
  examples({ type: 'Báo cáo', number: '04-BC/ĐU', issuer: 'Đảng ủy Chính phủ' }, ['[Báo cáo số 04-BC/ĐU của Đảng ủy Chính phủ] về']),
  examples({ type: 'Hướng dẫn', number: '12-HD/TU' }, ['theo [Hướng dẫn số 12-HD/TU] của']),
  examples({ type: 'Đề án', number: '01-ĐA/TU' }, ['triển khai [Đề án số 01-ĐA/TU]']),
  examples({ type: 'Pháp lệnh', number: '02/2022/UBTVQH15' }, ['Pháp lệnh số 02/2022/UBTVQH15']),
  examples({ type: 'Quy chế', number: '924/QC-SNNMT-SXD' }, ['Quy chế phối hợp số 924/QC-SNNMT-SXD']),

  // --- party style: number-type/issuer --------------------------------------------------------
  examples({ type: 'Nghị quyết', number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị' }, [
    'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
    'theo [Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị] \'Về đột phá phát triển khoa học',
  ]),
  examples({ type: 'Nghị quyết', number: '57-NQ/TW', date: null, issuer: null }, [
    'để đưa [Nghị quyết 57-NQ/TW] vào cuộc sống',
    'Nghị Quyết số 57-NQ/TW',
    'nghị quyết số 57- NQ/TW',
  ]),
  examples({ type: 'Nghị quyết', number: '45-NQ/TW', issuer: 'Ban Chấp hành Trung ương Ðảng' }, [
    'thực hiện [Nghị quyết số 45-NQ/TW của Ban Chấp hành Trung ương Ðảng] (khóa XIII) về',
  ]),
  examples({ type: 'Nghị quyết', number: '13-NQ/TU', issuer: 'Ban Thường vụ Tỉnh ủy' }, [
    'nhất là [Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy] khóa XX về chuyển đổi số',
  ]),
  examples({ type: 'Kế hoạch', number: '265-KH/TU', date: '2025-04-24', issuer: 'Ban Thường vụ Tỉnh ủy' }, [
    'Chỉ đạo tổ chức triển khai [Kế hoạch số 265-KH/TU ngày 24/4/2025 của Ban Thường vụ Tỉnh ủy] về triển khai',
  ]),
  examples({ type: 'Kế hoạch', number: '25-KH/TU' }, ['Kế hoạch số 25- KH/TU']),
  examples({ type: 'Chương trình', number: '08-CTr/TU', date: '2026-03-17', issuer: 'Thành ủy Hà Nội' }, [
    'các mục tiêu, chỉ tiêu của [Chương trình hành động số 08-CTr/TU\nngày 17/3/2026 của Thành ủy Hà Nội] về việc thực hiện',
  ]),
  examples({ type: 'Chương trình', number: '49-CTr/TU', issuer: 'Ban Chấp hành Đảng bộ tỉnh' }, [
    'nổi bật là [Chương trình số 49-CTr/TU của Ban Chấp hành Đảng bộ tỉnh] thực hiện',
  ]),
  examples({ type: 'Kết luận', number: '34-KL/TW', date: '2026-05-18', issuer: 'Bộ Chính trị' }, [
    'Thực hiện [Kết luận số 34-KL/TW ngày 18 tháng 5 năm 2026 của Bộ Chính\ntrị] về tiếp tục',
  ]),
  examples({ type: 'Kết luận', number: '123-KL/TW' }, ['Kết luận số 123-KL/TW']),
  examples({ type: 'Kết luận', number: '213-KL/TW' }, ['NHIỆM VỤ TRỌNG TÂM THỰC HIỆN [KẾT LUẬN SỐ 213-KL/TW]']),
  examples({ type: 'Chỉ thị', number: '52-CT/TW', date: '2025-10-03', issuer: 'BAN BÍ THƯ' }, [
    'THỰC HIỆN [CHỈ THỊ SỐ 52-CT/TW NGÀY 03 THÁNG 10 NĂM 2025 CỦA BAN BÍ THƯ] VỀ THỰC HIỆN',
  ]),
  examples({ type: 'Quy định', number: '205-QĐ/TW', issuer: 'Bộ Chính trị' }, ['theo [Quy định số 205-QĐ/TW của Bộ Chính trị] về']),
  examples({ type: 'Công văn', number: '59-CV/BCĐ' }, ['Công văn số 59-CV/BCĐ']),
  examples({ type: 'Nghị định', number: '43-CP' }, ['Nghị định số 43-CP']),
  examples({ type: 'Nghị quyết', number: '02/CP' }, ['các mục tiêu đã nêu trong [Nghị quyết 02/CP] năm 2019']),

  // --- stray spaces and line breaks inside the symbol ------------------------------------------
  examples({ type: 'Quyết định', number: '318/QĐ-TTg' }, ['Quyết định số 318/QĐ- TTg']),
  examples({ type: 'Quyết định', number: '5969/QĐ-UBND', date: '2025-11-28', issuer: 'UBND Thành phố' }, [
    'từ nguồn kinh phí đã giao tại [Quyết định số 5969/QĐ-\nUBND ngày 28/11/2025 của UBND Thành phố]; nguồn thu để lại',
  ]),
  examples({ type: 'Quyết định', number: '53/2016/QĐ-UBND', date: '2016-12-28' }, [
    'Quốc Tử Giám theo [Quyết định số\n53/2016/QĐ-UBND ngày 28/12/2016] và nguồn xã hội hoá',
  ]),
  examples({ type: 'Nghị quyết', number: '105/NQ-CP' }, ['triển khai hiệu quả [Nghị quyết số 105/NQ-\nCP ngày 08 tháng 4 năm 2026 của Chính phủ] ban hành']),

  // --- lists with the type written once ---------------------------------------------------------
  examples<ReferenceValue>(
    [
      { type: 'Tờ trình', number: '15/TTr-BCT' },
      { type: 'Tờ trình', number: '27/TTr-BCT' },
    ],
    ['tại các [Tờ trình số 15/TTr-BCT], [27/TTr-BCT] về chính sách'],
  ),
  examples<ReferenceValue>(
    [
      { type: 'Nghị quyết', number: '57-NQ/TW' },
      { type: 'Nghị quyết', number: '59-NQ/TW' },
      // The issuer after the last member is read for that member only.
      { type: 'Nghị quyết', number: '66-NQ/TW', issuer: 'Bộ Chính trị' },
    ],
    ['thực hiện các [Nghị quyết số 57-NQ/TW], [59-NQ/TW], [66-NQ/TW của Bộ Chính trị] về'],
  ),
  examples<ReferenceValue>(
    [
      { type: 'Tờ trình', number: '2138/TTr-BCT', date: '2026-03-30' },
      { type: 'Tờ trình', number: '3390/TTr-BCT', date: '2026-05-14' },
      // The list is of Tờ trình, but this member's symbol says it is a report.
      { type: 'Báo cáo', number: '374/BC-BCT', date: '2026-05-30' },
    ],
    [
      'Theo đề nghị của Bộ Công Thương tại các [Tờ trình số 2138/TTr-BCT\nngày 30 tháng 3 năm 2026], [số 3390/TTr-BCT ngày 14 tháng 5 năm 2026] và\n[số 374/BC-BCT ngày 30 tháng 5 năm 2026] về chính sách',
    ],
  ),
  examples<ReferenceValue>(
    [
      { type: 'Kết luận', number: '18-KL/TW', date: '2026-04-02' },
      { type: 'Kết luận', number: '24-KL/TW', date: '2026-04-13', issuer: 'Bộ Chính trị' },
    ],
    ['kéo dài theo [Kết luận số 18-KL/TW ngày 02/4/2026] và [Kết luận số 24-KL/TW ngày 13/4/2026 của Bộ Chính trị].'],
  ),
  examples<ReferenceValue>(
    [
      { type: 'Nghị định', number: '107/2021/NĐ-CP', issuer: 'Chính phủ' },
      { type: 'Thông tư', number: '01/2021/TT-BKH&CN', issuer: 'Bộ Khoa học và Công nghệ' },
    ],
    ['theo [Nghị định số 107/2021/NĐ-CP ngày 14/9/2020 của Chính phủ] và [Thông tư 01/2021/TT-BKH&CN của Bộ Khoa học và Công nghệ].'],
  ),

  // a member without its symbol takes the symbol of the last member of its list
  examples<ReferenceValue>(
    [
      { type: 'Nghị quyết', number: '01/NQ-CP', date: null, issuer: null },
      { type: 'Nghị quyết', number: '02/NQ-CP', issuer: 'Chính phủ' },
    ],
    ['thực hiện các Nghị quyết số [01], [02/NQ-CP của Chính phủ] về'],
  ),
  examples<ReferenceValue>(
    [
      { type: 'Nghị định', number: '15/2018/NĐ-CP' },
      { type: 'Nghị định', number: '16/2018/NĐ-CP' },
    ],
    ['theo Nghị định số [15] và [16/2018/NĐ-CP]'],
  ),
  examples<ReferenceValue>(
    [
      { type: 'Quyết định', number: '1880/QĐ-TTg' },
      { type: 'Quyết định', number: '309/QĐ-TTg' },
      { type: 'Quyết định', number: '310/QĐ-TTg' },
    ],
    ['các Quyết định số [1880], [309] và [310/QĐ-TTg]'],
  ),
  // a law's symbol names no type: a resolution of the National Assembly shares it too
  examples<ReferenceValue>(
    [
      { type: 'Nghị quyết', number: '30/2024/QH15' },
      { type: 'Nghị quyết', number: '31/2024/QH15', issuer: 'Quốc hội' },
    ],
    ['các Nghị quyết số [30], [31/2024/QH15 của Quốc hội]'],
  ),
  // a last member whose code names another type shares nothing with the bare number before it
  examples<ReferenceValue>(
    { type: 'Báo cáo', number: '374/BC-BCT', issuer: 'Bộ Công Thương' },
    ['các Tờ trình số 2138, [374/BC-BCT của Bộ Công Thương]'],
  ),
  examples<ReferenceValue>({ type: 'Nghị định', number: '16/2018/NĐ-CP' }, ['Luật số 15 và [16/2018/NĐ-CP]']),

  // --- no type word: the symbol's code gives it ------------------------------------------------
  examples({ type: 'Công văn', number: '1234/UBND-KT' }, ['số 1234/UBND-KT', 'theo [số 1234/UBND-KT ngày 5/3/2024]']),
  examples({ type: 'Tờ trình', number: '202/TTr-BVHTTDL' }, ['các văn bản: [Số 202/TTr-BVHTTDL ngày 11 tháng 5 năm 2026]']),
  examples({ type: 'Quyết định', number: '1433/QĐ-UBND' }, ['số 1433/QĐ-UBND']),
  examples({ type: 'Nghị định', number: '60/2021/NĐ-CP' }, ['số 60/2021/NĐ-CP']),
  examples({ type: 'Luật', number: '57/2024/QH15' }, ['số 57/2024/QH15']),
  examples({ type: 'Nghị quyết', number: '57-NQ/TW', issuer: 'Bộ Chính trị' }, ['triển khai NQ [57-NQ/TW của Bộ Chính trị]']),
  examples({ type: 'Công điện', number: '46/CĐ-TTg' }, ['số 46/CĐ-TTg']),
  examples({ type: 'Kết luận', number: '45-KL/TW' }, ['(kèm theo [45-KL/TW])']),

  // --- not references ---------------------------------------------------------------------------
  negatives([
    // the document's own number (CORPUS_CONTEXT), in its header and where the text names itself
    'Số: 45/KL-SKHCN',
    'Số: 45/KL-SKHCN Quảng Ngãi, ngày 23 tháng 7 năm 2021',
    'các đơn vị triển khai thực hiện Kết luận số 45/KL-SKHCN này',
    'Số: 123/QĐ-UBND',
    'Số:173    /KH-UBND',
    // documents without a symbol number
    'Luật Đất đai',
    'Luật Đất đai năm 2024',
    'Đề án 06',
    'Đề án 06 trong các cơ quan đảng',
    'Nghị quyết 57',
    'theo tinh thần của Nghị quyết số 41.',
    'Nghị định 74',
    'Nghị định 74/2018',
    'Ban Chỉ đạo 389 quốc gia',
    'Ban Chỉ đạo 138/CP',
    // a list of bare numbers with no symbol after it
    'Quyết định số 1880 và Quyết định 309 của Thủ tướng',
    'Quyết định số 12, 13 ngày 5/3/2024',
    // house numbers and labels
    'trụ sở tại số 12-B đường Lê Lợi',
    'Tổ dân phố số 5/A',
    'Nghị định số 7-A',
    // standards
    'TCVN 5687:2010',
    'ISO 9001:2015',
    'QCVN 01:2021/BXD',
    'đạt tiêu chuẩn TCVN ISO 9001:2015',
    // dates, ratios, round-the-clock phrases, times
    '15/8/2021',
    'trước ngày 15/8/2021',
    'hoàn thành 36/47 nhiệm vụ',
    'trực 24/24 giờ',
    'ứng trực 24/7',
    'Chiều 26/4',
    'lúc 17h00',
    // URLs and phone numbers
    'https://skhcn.quangngai.gov.vn/van-ban/1433/QĐ-UBND',
    'Điện thoại: 0255.3822.123',
    'Hotline: 090.3479.594',
    // names and periods that carry numbers
    'giai đoạn 2021 - 2025',
    'khóa XIII',
    'bão số 9',
    'COVID-19',
  ]),
];
