/**
 * Inheritance when an item names only a class: the heading's named unit stays the actor (unless the class
 * takes in the heading's units); a news paragraph that names a class, then one body of it, passes on the
 * body; a news report about one ministry calls it just "Bộ".
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { HEADER, leads, byText } from '../helpers/items.js';


describe('inheritance with a class in the item', () => {
  it('should keep the heading unit as lead when the item names only a class as it goes', () => {
    const r = parse(
      HEADER +
        'II. NHIỆM VỤ THỜI GIAN TỚI\n' +
        '1. Phòng Quản lý Khoa học\n' +
        '- Là cơ quan đầu mối tổng hợp kết quả thực hiện các nhiệm vụ.\n' +
        '- Rà soát hồ sơ đăng ký; yêu cầu các doanh nghiệp bổ sung giấy tờ còn thiếu.\n' +
        '- Rà soát danh mục nhiệm vụ năm 2022.\n',
    );
    for (const start of ['Là cơ quan', 'Rà soát hồ sơ', 'Rà soát danh mục']) {
      expect(leads(byText(r.items, start))[0]).toBe('Phòng Quản lý Khoa học (heading)');
    }
  });

  it('should not add the heading units when the class of the item takes them in', () => {
    const r = parse(
      HEADER +
        'II. TỔ CHỨC THỰC HIỆN\n' +
        '1. Mời Đại sứ quán các nước: Nhật Bản, Hàn Quốc\n' +
        '- Sở Khoa học và Công nghệ đề nghị các Đại sứ quán cử đầu mối phối hợp tổ chức sự kiện.\n' +
        '2. Phòng Kế hoạch - Tài chính\n' +
        '- Bố trí kinh phí tổ chức sự kiện.\n',
    );
    const item = byText(r.items, 'Sở Khoa học và Công nghệ đề nghị');
    expect(leads(item).some((l) => l.includes('(heading)'))).toBe(false);
  });

  it('should keep the heading unit for an item that opens with its instruction and names another unit in a later clause', () => {
    const r = parse(
      HEADER +
        'II. NHIỆM VỤ\n1. Phòng Quản lý Khoa học\n' +
        '- Khẩn trương hoàn thiện hồ sơ nhiệm vụ, gửi Phòng Kế hoạch - Tài chính trước ngày 15/8/2021; giao Văn phòng Sở bố trí phòng họp.\n' +
        '- Văn phòng Sở bố trí phòng họp; phối hợp chuẩn bị tài liệu.\n',
    );
    expect(leads(byText(r.items, 'Khẩn trương'))).toEqual(['Phòng Quản lý Khoa học (heading)', 'Văn phòng Sở (text)']);
    expect(leads(byText(r.items, 'Văn phòng Sở bố trí'))).toEqual(['Văn phòng Sở (text)']);
  });

  it('should keep a named lead of the item over the heading', () => {
    const r = parse(HEADER + 'II. NHIỆM VỤ\n1. Phòng Quản lý Khoa học\n- Giao Văn phòng Sở bố trí phòng họp.\n- Theo dõi tiến độ.\n');
    expect(leads(byText(r.items, 'Giao Văn phòng'))).toEqual(['Văn phòng Sở (text)']);
  });
});

describe('news context and the ministry a report is about', () => {
  it('should pass on the body a paragraph singles out of the class it names first', () => {
    const news = [
      'Thủ tướng yêu cầu kiểm soát sinh vật ngoại lai',
      'Hà Nội, ngày 5/3/2021. Thủ tướng Chính phủ vừa ký quyết định phê duyệt đề án.',
      'Để kiểm soát các loài ngoại lai, Thủ tướng Chính phủ yêu cầu các bộ, ngành triển khai nhiều giải pháp. Trong đó, với Bộ Tài chính, Thủ tướng yêu cầu chỉ đạo lực lượng Hải quan kiểm soát chặt chẽ hàng nhập khẩu.',
      'Chủ trì, phối hợp với các cơ quan liên quan xây dựng danh mục hàng hóa cần kiểm soát.',
    ].join('\n');
    const r = parse(news);
    expect(r.document.kind).toBe('news-report');
    expect(leads(byText(r.items, 'Chủ trì, phối hợp'))).toEqual(['Bộ Tài chính (context)']);
  });

  it('should not pass on the leader who speaks as the actor of the next paragraph', () => {
    const news = [
      'Phó Thủ tướng làm việc với tỉnh về sạt lở',
      'Chiều 12/4, Phó Thủ tướng Lê Văn Nam thị sát công trình chống sạt lở bờ sông.',
      'Phó Thủ tướng chỉ rõ, nhiều công trình còn chậm tiến độ. Cần khẩn trương hoàn thành trước mùa mưa.',
    ].join('\n');
    const r = parse(news);
    for (const item of r.items) expect(leads(item).some((l) => l.startsWith('Phó Thủ tướng'))).toBe(false);
  });

  it('should read a bare "Bộ" in a news report as the ministry the report is about', () => {
    const news = [
      'Bộ Giáo dục và Đào tạo chỉ đạo bảo đảm an toàn kỳ thi',
      'Ngày 20/5/2024, hội nghị về công tác thi do Bộ Giáo dục và Đào tạo tổ chức đã diễn ra.',
      'Theo Bộ Giáo dục và Đào tạo, các địa phương đã hoàn tất khâu chuẩn bị.',
      'Bộ Giáo dục và Đào tạo nhấn mạnh yêu cầu an toàn tuyệt đối.',
      'Đặc biệt, Bộ tiếp tục kiểm tra công tác in sao đề thi tại các điểm thi trước ngày 25/6.',
    ].join('\n');
    const r = parse(news);
    // (the addressee, or the same ministry passed on from the paragraph before, where it is the addressee)
    const item = byText(r.items, 'Đặc biệt');
    expect(item.assignees.filter((a) => a.role === 'lead').map((a) => a.name)).toEqual(['Bộ Giáo dục và Đào tạo']);
    expect(['addressee', 'context']).toContain(item.assignees[0]!.via);
  });

  it('should not read a bare "Bộ" as a ministry in a Government document', () => {
    const doc =
      'CHÍNH PHỦ\nSố: 12/NQ-CP\nHà Nội, ngày 10 tháng 5 năm 2026\nNGHỊ QUYẾT\nPhiên họp Chính phủ thường kỳ\n\n' +
      '1. Bộ Tài chính chủ trì tổng hợp báo cáo.\n2. Bộ Tài chính rà soát dự toán.\n3. Bộ tiếp tục hoàn thiện thể chế.\n4. Hoàn thiện hồ sơ dự án luật.\n';
    const r = parse(doc);
    expect(r.items.find((i) => i.id === '4')!.assignees).toEqual([]);
    expect(r.items.find((i) => i.id === '3')!.assignees).toEqual([]);
  });
});
