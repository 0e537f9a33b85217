import { describe, expect, it } from 'vitest';
import { segmentBlocks } from '../../src/segment/blocks.js';
import { segmentLines } from '../../src/segment/lines.js';

function blocks(text: string, furniture: number[] = []): string[] {
  const lines = segmentLines(text);
  return segmentBlocks(text, lines, { from: 0, to: lines.length, furniture: new Set(furniture) }).map((b) => b.text.replace(/\s+/g, ' '));
}

// A paragraph of a PDF copy, hard-wrapped at about 80 characters.
const WRAPPED_PARAGRAPH = [
  'Thực hiện Nghị quyết số 02-NQ/TW ngày 17/3/2026 của Bộ Chính trị về Xây',
  'dựng và phát triển Thủ đô Hà Nội trong kỷ nguyên mới, Nghị quyết số 80-NQ/TW',
  'ngày 07/01/2026 của Bộ Chính trị về phát triển văn hoá Việt Nam, Chương trình',
  'hành động số 08-CTr/TU ngày 17/3/2026 của Thành uỷ Hà Nội thực hiện Nghị',
  'quyết số 80-NQ/TW ngày 07/01/2026 của Bộ Chính trị về phát triển văn hoá Việt',
  'Nam, Kế hoạch số 128/KH-UBND ngày 30/3/2026 của UBND Thành phố về triển',
  'khai Chương trình hành động số 08-CTr/TU ngày 17/3/2026 của Thành uỷ Hà Nội',
  'thực hiện Nghị quyết số 80-NQ/TW ngày 07/01/2026 của Bộ Chính trị, cụ thể:',
];

describe('segmentBlocks', () => {
  it('should join a paragraph broken by a page break mid-sentence', () => {
    expect(blocks('Tổ chức kiểm tra 15 nhiệm vụ và 02\n\nnhiệm vụ cấp quốc gia.\n\nThu dịch vụ đạt 1.441 triệu đồng.')).toEqual([
      'Tổ chức kiểm tra 15 nhiệm vụ và 02 nhiệm vụ cấp quốc gia.',
      'Thu dịch vụ đạt 1.441 triệu đồng.',
    ]);
  });

  it('should join a name of two fields wrapped before its dash, not a bullet after a complete name', () => {
    expect(blocks('1. Giao Sở Lao động\n- Thương binh và Xã hội chủ trì rà soát.')).toEqual(['1. Giao Sở Lao động - Thương binh và Xã hội chủ trì rà soát.']);
    expect(blocks('b) Phòng Tài chính\n- Kế hoạch tham mưu dự toán.')).toHaveLength(1);
    expect(blocks('b) Phòng Kế hoạch - Tài chính\n- Chủ trì tham mưu dự toán.')).toHaveLength(2);
    expect(blocks('b) Sở Lao động - Thương binh và Xã hội\n- Thương binh liệt sĩ: rà soát hồ sơ.')).toHaveLength(2);
  });

  it('should go on after a marked line that ends in ";" when the next starts in lower case', () => {
    expect(blocks('- Tham mưu bố trí vốn cho các dự án hạ tầng số;\nhoàn thành trong tháng 10/2025.\n- Báo cáo UBND tỉnh.')).toEqual([
      '- Tham mưu bố trí vốn cho các dự án hạ tầng số; hoàn thành trong tháng 10/2025.',
      '- Báo cáo UBND tỉnh.',
    ]);
    // (an unmarked list of clauses, one a line, stays one paragraph a line; so does a capital after the `;`)
    expect(blocks('Sở Tài chính:\nrà soát nguồn vốn;\nbáo cáo UBND tỉnh.')).toHaveLength(3);
    expect(blocks('a) Rà soát nguồn vốn;\nSở Tài chính báo cáo UBND tỉnh.')).toHaveLength(2);
  });

  it('should keep one paragraph per line when lines are paragraphs', () => {
    expect(blocks('Quang cảnh buổi làm việc\nSở có 277 người.\nSở đã triển khai.')).toHaveLength(3);
  });

  it('should join hard-wrapped lines, also before a capitalised word', () => {
    const wrapped = ['     ' + WRAPPED_PARAGRAPH[0], ...WRAPPED_PARAGRAPH.slice(1), '     I. MỤC ĐÍCH, YÊU CẦU', '     1. Mục đích'].join('\n');
    const b = blocks(wrapped);
    expect(b).toHaveLength(3);
    expect(b[0]).toContain('Việt Nam, Kế hoạch số 128/KH-UBND');
  });

  it('should end a numbered title well short of the wrap width before a capital, not a wrapped numbered line', () => {
    const title = ['1. Về công tác chuẩn bị Kỳ họp thứ 35 HĐND tỉnh khóa VIII', 'Thống nhất dự kiến tổ chức Kỳ họp thứ 35 vào đầu tháng 12/2025.'];
    expect(blocks([...WRAPPED_PARAGRAPH, ...title].join('\n')).slice(1)).toEqual(title);
    // A numbered line that wraps near the width, before a capitalised word, goes on.
    const wrappedItem = ['2. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Nội vụ phối hợp với Ủy ban nhân dân', 'Huyện Triệu Phong rà soát hồ sơ tồn đọng.'];
    expect(blocks([...WRAPPED_PARAGRAPH, ...wrappedItem].join('\n')).slice(1)).toEqual([wrappedItem.join(' ')]);
    // A title in capitals goes on in capitals.
    const caps = ['IV. MỐI QUAN HỆ GIỮA TRUNG TÂM DỮ LIỆU QUỐC GIA VỚI', 'CÁC CƠ QUAN, TỔ CHỨC'];
    expect(blocks([...WRAPPED_PARAGRAPH, ...caps].join('\n')).slice(1)).toEqual([caps.join(' ')]);
    // Lines that are paragraphs (no wrap width): a short numbered line still joins nothing it did not join.
    expect(blocks(title.join('\n'))).toHaveLength(2);
  });

  it('should end a topic title that fills most of the width when the next line opens its body', () => {
    const body = (title: string, next: string) => blocks([...WRAPPED_PARAGRAPH, title, next].join('\n')).slice(1);
    const title = '2. Về kết quả giám sát việc thực hiện chính sách hỗ trợ người có công';
    // an actor with its verb, or an instruction word, opens the body
    for (const next of ['Thường trực HĐND tỉnh đánh giá cao kết quả thực hiện chính sách.', 'Giao UBND tỉnh chỉ đạo Sở Nội vụ rà soát.', 'Đề nghị UBND tỉnh chỉ đạo rà soát.']) {
      expect(body(title, next)).toEqual([title, next]);
    }
    expect(body('3. Đối với các dự án đầu tư công chậm giải ngân kéo dài của năm 2025', 'Yêu cầu các chủ đầu tư rà soát.')).toHaveLength(2);
    expect(body('2. Về kết quả rà soát các dự án chậm tiến độ của Ban Quản lý dự án tỉnh', 'Sở Xây dựng đánh giá cao kết quả.')).toHaveLength(2);
    // look-alikes that wrap: not a topic title; a name cut after a capital; a title whose body is on its line;
    // a capital that opens no body
    const wraps = [
      ['2. Đề nghị UBND tỉnh bố trí kinh phí thực hiện chính sách hỗ trợ người có công', 'Sở Tài chính đề nghị tham mưu.'],
      ['2. Về kết quả giám sát chính sách hỗ trợ người có công của Thường trực', 'HĐND tỉnh đánh giá cao kết quả.'],
      ['2. Về chính sách người có công: UBND tỉnh đã rà soát hồ sơ các huyện, thị', 'Sở Nội vụ đề nghị bổ sung.'],
      ['2. Về kết quả giám sát việc thực hiện chính sách hỗ trợ người có công tại', 'Huyện Triệu Phong.'],
      ['2. Về kết quả giám sát việc thực hiện chính sách hỗ trợ người có công', 'Thường trực HĐND tỉnh năm 2025.'],
    ];
    for (const lines of wraps) expect(body(lines[0]!, lines[1]!)).toEqual([lines.join(' ')]);
  });

  it('should end a long numbered title that names a work, not a topic, before the unit that chairs or acts on it', () => {
    const body = (title: string, next: string) => blocks([...WRAPPED_PARAGRAPH, title, next].join('\n')).slice(1);
    const works = [
      ['1. Tổ chức kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh karaoke', 'Công an tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch kiểm tra.'],
      ['2. Rà soát, điều chỉnh quy hoạch hệ thống cấp nước chữa cháy tại các khu đô thị mới', 'Sở Xây dựng chủ trì rà soát, báo cáo UBND tỉnh trong tháng 5/2024.'],
      ['3. Hoàn thiện hồ sơ công nhận huyện đạt chuẩn nông thôn mới nâng cao trong năm 2025', 'UBND huyện Thăng Bình khẩn trương hoàn thiện hồ sơ.'],
    ];
    for (const [title, next] of works) expect(body(title!, next!)).toEqual([title, next]);
    // look-alikes that wrap: a sentence that names its actor's role; a name cut after a capital; a unit with no work
    const wraps = [
      ['1. Giao Sở Xây dựng chủ trì, phối hợp với các đơn vị liên quan kiểm tra và báo cáo', 'UBND tỉnh chủ trì cuộc họp trước ngày 30/6/2025.'],
      ['1. Tổ chức kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở của Công an', 'tỉnh chủ trì quản lý.'],
      ['1. Tổ chức kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh karaoke', 'Sở Văn hóa, Thể thao và Du lịch năm 2025.'],
    ];
    for (const lines of wraps) expect(body(lines[0]!, lines[1]!)).toEqual([lines.join(' ')]);
  });

  it('should start a paragraph at every marker, but not at a wrapped "- 2025"', () => {
    expect(blocks('1. Làm A giai đoạn 2021\n- 2025.\n2. Làm B.')).toEqual(['1. Làm A giai đoạn 2021 - 2025.', '2. Làm B.']);
  });

  it('should join a line that ends inside a name or a clause with the next, even before a capital', () => {
    const next = 'Sở Y tế kiểm tra.';
    expect(blocks(`Chủ tịch UBND tỉnh yêu cầu Sở Tài nguyên và\nMôi trường khẩn trương khảo sát.\n${next}`)).toEqual([
      'Chủ tịch UBND tỉnh yêu cầu Sở Tài nguyên và Môi trường khẩn trương khảo sát.',
      next,
    ]);
    // across a page break
    expect(blocks(`Giao Sở Kế hoạch và\n\nĐầu tư chủ trì tham mưu.\n${next}`)).toEqual(['Giao Sở Kế hoạch và Đầu tư chủ trì tham mưu.', next]);
    expect(blocks(`Thực hiện theo chỉ đạo của\nThủ tướng Chính phủ.\n${next}`)).toEqual(['Thực hiện theo chỉ đạo của Thủ tướng Chính phủ.', next]);
    expect(blocks(`Đề nghị Ủy ban nhân dân\nThành phố Hà Nội chỉ đạo rà soát.\n${next}`)).toEqual(['Đề nghị Ủy ban nhân dân Thành phố Hà Nội chỉ đạo rà soát.', next]);
    // a line that may end a name keeps its paragraph: "7. Thanh tra Sở" is a heading
    expect(blocks('7. Thanh tra Sở\nTham mưu Giám đốc Sở thanh tra hành chính.')).toHaveLength(2);
    expect(blocks('Văn phòng Ủy ban nhân dân\nTổng hợp, báo cáo kết quả.')).toHaveLength(2);
  });

  it('should join a line cut after a comma or inside a hyphenated number, even before a capital, but not across a blank line', () => {
    expect(blocks('Điều 3. Bộ trưởng, Thủ trưởng cơ quan thuộc Chính phủ,\nChủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành.\nNơi nhận:')).toEqual([
      'Điều 3. Bộ trưởng, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành.',
      'Nơi nhận:',
    ]);
    expect(blocks('Theo đề nghị của Bộ trưởng tại văn bản số 364/TTr-BNG-\nNVVH ngày 19 tháng 01 năm 2026;')).toEqual([
      'Theo đề nghị của Bộ trưởng tại văn bản số 364/TTr-BNG- NVVH ngày 19 tháng 01 năm 2026;',
    ]);
    // a comma before a blank line, a short line of its own (a dateline) and a spaced dash end nothing by themselves
    expect(blocks('Kính thưa các đồng chí,\n\nHội nghị hôm nay bàn hai nội dung.')).toHaveLength(2);
    expect(blocks('Hà Nội, 14/11 (TTXVN),\nThủ tướng Chính phủ yêu cầu Bộ Công Thương chủ trì rà soát.')).toHaveLength(2);
    expect(blocks('Nội dung chính -\nKết quả năm 2025')).toHaveLength(2);
  });

  it('should run a ground of the preamble to its semicolon, and start the next ground on its own', () => {
    expect(
      blocks(
        [
          'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
          'Căn cứ Chỉ thị số 42-CT/TW ngày 24 tháng 3 năm 2020 của Ban Bí thư',
          'Trung ương Đảng về tăng cường sự lãnh đạo của Đảng;',
          'Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường;',
          'QUYẾT NGHỊ:',
        ].join('\n'),
      ),
    ).toEqual([
      'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
      'Căn cứ Chỉ thị số 42-CT/TW ngày 24 tháng 3 năm 2020 của Ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo của Đảng;',
      'Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường;',
      'QUYẾT NGHỊ:',
    ]);
    // a ground without its closing mark before the next
    expect(blocks('Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025\nCăn cứ Luật Ngân sách nhà nước;')).toHaveLength(2);
  });

  it('should join the head of a name after của or thuộc with the rest of the name on the next line', () => {
    expect(blocks('Thực hiện Kết luận số 210-KL/TW của Ban\nChấp hành Trung ương Đảng khóa XIII;')).toHaveLength(1);
    expect(blocks('Kế hoạch của Sở\nTài chính năm 2026 được ban hành.')).toHaveLength(1);
  });

  it('should join a marker alone on its line with its text', () => {
    expect(blocks('1.\nPhòng Quản lý Khoa học')).toEqual(['1. Phòng Quản lý Khoa học']);
  });

  it('should read the wrap width of a document copied after another on its own', () => {
    const wrapped = WRAPPED_PARAGRAPH;
    // The second document's lines are paragraphs: "Thành phố" opens one, it does not continue a wrap.
    const second = ['Ủy ban nhân dân thành phố đề nghị các cơ quan, đơn vị và các hộ gia đình trên địa bàn', 'Thành phố treo cờ Tổ quốc từ ngày 10/5/2026.'];
    const header = ['GIÁM ĐỐC', 'Nguyễn Văn Thành', 'ỦY BAN NHÂN DÂN', 'Số: 453/TB-UBND', 'THÔNG BÁO'];
    const text = [...wrapped, ...header, ...second].join('\n');
    const furniture = header.map((_, k) => wrapped.length + k);
    const b = blocks(text, furniture);
    expect(b).toHaveLength(3);
    expect(b[0]).toContain('Việt Nam, Kế hoạch số 128/KH-UBND');
    expect(b.slice(1)).toEqual(second);
    // An attachment (no number of its own) is read with the width of the document it belongs to.
    const attached = blocks([...wrapped, 'PHỤ LỤC', 'DANH MỤC', 'KÈM THEO', ...second].join('\n'), [8, 9, 10]);
    expect(attached).toHaveLength(2);
  });

  // A news page hard-wrapped at about 90 characters, its paragraphs parted by blank lines.
  const NEWS_PARAGRAPHS = [
    'Thứ tư, Thủ tướng giao Bộ Xây dựng đôn đốc các nhà thầu tổ chức thi công "3 ca, 4 kíp",',
    'bảo đảm hoàn thành 3.000 km đường cao tốc trong năm 2025.',
    '',
    'Thứ năm, các địa phương tập trung giải phóng mặt bằng, bàn giao mặt bằng sạch cho nhà thầu;',
    'Bộ Công an chỉ đạo xử lý nghiêm các hành vi cản trở thi công.',
    '',
    'Thủ tướng cũng đề nghị Mặt trận Tổ quốc Việt Nam và các đoàn thể tăng cường giám sát việc',
    'sử dụng vốn đầu tư công, phát hiện kịp thời sai phạm và kiến nghị xử lý nghiêm theo quy định.',
    '',
    'Thứ hai, Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan khẩn trương hoàn thiện',
    'hồ sơ điều chỉnh kế hoạch vốn, trình Thủ tướng Chính phủ trước ngày 20/8/2025 để xem xét.',
  ];

  it('should go on after a full line that ends in ";" before a capital, where blank lines part the paragraphs', () => {
    const b = blocks(NEWS_PARAGRAPHS.join('\n'));
    expect(b).toHaveLength(4);
    expect(b[1]).toBe('Thứ năm, các địa phương tập trung giải phóng mặt bằng, bàn giao mặt bằng sạch cho nhà thầu; Bộ Công an chỉ đạo xử lý nghiêm các hành vi cản trở thi công.');
    // Look-alikes: a short line that ends in ";" ends its paragraph (an unmarked list) …
    const short = [...NEWS_PARAGRAPHS.slice(0, 3), 'Các địa phương giải phóng mặt bằng;', 'Bộ Công an xử lý nghiêm các hành vi cản trở thi công.', ...NEWS_PARAGRAPHS.slice(5)];
    expect(blocks(short.join('\n'))).toHaveLength(5);
    // … and so does a full one in a copy that parts nothing with blank lines.
    expect(blocks(NEWS_PARAGRAPHS.filter((l) => l).join('\n')).some((t) => t.startsWith('Bộ Công an'))).toBe(true);
    // … nor a line with a marker of its own, nor a one-line sibling that ends in ";" itself (an unmarked list).
    const marked = [...NEWS_PARAGRAPHS.slice(0, 4), 'B. Bộ Công an chỉ đạo xử lý nghiêm các hành vi cản trở thi công.', ...NEWS_PARAGRAPHS.slice(5)];
    expect(blocks(marked.join('\n')).some((t) => t.startsWith('B. Bộ Công an'))).toBe(true);
    const sibling = [...NEWS_PARAGRAPHS.slice(0, 4), 'Bộ Công an chỉ đạo xử lý nghiêm các hành vi cản trở thi công trên công trường;', 'Bộ Xây dựng kiểm tra chất lượng.', ...NEWS_PARAGRAPHS.slice(5)];
    expect(blocks(sibling.join('\n')).some((t) => t.startsWith('Bộ Công an'))).toBe(true);
  });

  it('should let furniture lines break paragraphs and belong to none', () => {
    expect(blocks('Nội dung một\nLượt xem: 30\nnội dung hai.', [1])).toEqual(['Nội dung một', 'nội dung hai.']);
  });
});
