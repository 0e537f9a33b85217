/**
 * Inheritance classes: an addressee the item already names; the actor a news paragraph passes on;
 * an intro lent to the bullets under the headings of its list; a long intro that instructs.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { HEADER, leads, supports, byText } from '../helpers/items.js';


describe('inheritance classes', () => {
  it('should read the paragraph under a numbered title line as a clause of its own, and keep a title that names the unit', () => {
    const plan = [
      'II. NHIỆM VỤ CỤ THỂ',
      '3. Tổ chức kiểm tra, giám sát việc thực hiện',
      'Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức kiểm tra định kỳ.',
      '4. Rà soát thủ tục hành chính',
      'Các sở, ban, ngành, địa phương rà soát, báo cáo kết quả về Sở Nội vụ.',
      '5. Bộ Y tế',
      'Chủ trì xây dựng kế hoạch đào tạo hằng năm.',
      '6. Đôn đốc việc thực hiện',
      'Thường xuyên theo dõi, đôn đốc các đơn vị thực hiện kế hoạch.',
      '7. UBND xã Thống Nhất',
      'Tổ chức kiểm tra, giám sát các hộ chăn nuôi trên địa bàn.',
    ].join('\n');
    const r = parse(HEADER + plan + '\n');
    expect(leads(byText(r.items, '3. Tổ chức kiểm tra'))).toEqual(['Sở Nội vụ (text)']);
    expect(supports(byText(r.items, '3. Tổ chức kiểm tra'))).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
    expect(leads(byText(r.items, '4. Rà soát'))).toContain('sở, ban, ngành, địa phương (text)');
    expect(leads(byText(r.items, '5. Bộ Y tế'))).toEqual(['Bộ Y tế (text)']);
    expect(leads(byText(r.items, '6. Đôn đốc')).some((l) => l.includes('(text)'))).toBe(false);
    // (the verb that opens the paragraph under a unit's title is no unit: `Tổ chức` is not the class of organisations)
    expect(leads(byText(r.items, '7. UBND xã Thống Nhất'))).toEqual(['Ủy ban nhân dân xã Thống Nhất (text)']);
  });

  it('should lend a class of bodies named as a heading of its own, also pointed back to with "nêu trên", to the items under it', () => {
    const plan = [
      'Thủ tướng Chính phủ yêu cầu:',
      '1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên:',
      'a) Khẩn trương tổ chức tìm kiếm người mất tích, hỗ trợ mai táng người chết.',
      'b) Kiên quyết sơ tán ngay người dân ra khỏi khu vực nguy hiểm.',
      '2. Các chủ rừng:',
      'Xây dựng đường băng cản lửa, chòi canh lửa; tổ chức tuần tra thường xuyên.',
    ].join('\n');
    const r = parse(HEADER + plan + '\n');
    expect(leads(byText(r.items, 'a) Khẩn trương'))).toContain('Ủy ban nhân dân các tỉnh, thành phố (heading)');
    expect(leads(byText(r.items, 'b) Kiên quyết'))).toContain('Ủy ban nhân dân các tỉnh, thành phố (heading)');
    expect(leads(byText(r.items, '2. Các chủ rừng'))).toContain('chủ rừng (text)');
  });

  it('should name a bare district named as the partner after a session with that district', () => {
    const notice = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG TRỊ',
      'Số: 98/TB-UBND',
      'Quảng Trị, ngày 04 tháng 6 năm 2025',
      '',
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với UBND huyện Hướng Hóa',
      '',
      'Ngày 30/5/2025, đồng chí Chủ tịch UBND tỉnh đã làm việc với UBND huyện Hướng Hóa. Chủ tịch UBND tỉnh kết luận:',
      '1. Ban Quản lý Khu kinh tế tỉnh phối hợp với huyện thúc đẩy giao thương qua cửa khẩu.',
      '2. Sở Tư pháp hướng dẫn huyện thực hiện thủ tục điều chỉnh quy hoạch.',
      '3. Sở Nội vụ phối hợp với Ủy ban nhân dân cấp huyện rà soát biên chế.',
    ].join('\n');
    const r = parse(notice + '\n');
    expect(supports(byText(r.items, '1. Ban Quản lý'))).toEqual(['Ủy ban nhân dân huyện Hướng Hóa']);
    expect(supports(byText(r.items, '2. Sở Tư pháp'))).toEqual([]);
    expect(supports(byText(r.items, '3. Sở Nội vụ'))).toEqual(['Ủy ban nhân dân cấp huyện']);
  });

  it('should read the items of a list opened by an intro told in the past as the reports it tells of', () => {
    const plan = [
      'III. Về việc báo cáo Chính phủ',
      'Tại Phiên họp Chính phủ, các Bộ đã có báo cáo Chính phủ như sau:',
      '1. Bộ Tài chính báo cáo về tiếp thu, giải trình, chỉnh lý, hoàn thiện các dự thảo nghị quyết.',
      '2. Bộ Tư pháp báo cáo về tiếp thu, giải trình dự thảo Luật Công chứng; đề nghị Bộ Công an phối hợp hoàn thiện hồ sơ.',
      'III. Về giải phóng mặt bằng',
      'Sau khi nghe lãnh đạo Sở Xây dựng đã báo cáo tình hình, ý kiến các thành viên, Phó Chủ tịch UBND tỉnh kết luận như sau:',
      '1. Sở Xây dựng khẩn trương hoàn thiện hồ sơ dự án.',
      'IV. Về việc báo cáo định kỳ',
      'Các Bộ báo cáo Chính phủ như sau:',
      '1. Bộ Y tế báo cáo về tình hình dịch bệnh trước ngày 15/12/2026.',
    ].join('\n');
    const r = parse(HEADER + plan + '\n');
    expect(byText(r.items, '1. Bộ Tài chính').kind).toBe('info');
    // (an order of its own stays one)
    expect(byText(r.items, '2. Bộ Tư pháp').kind).toBe('task');
    // (an intro that concludes after the reports told in the past)
    expect(byText(r.items, '1. Sở Xây dựng').kind).toBe('task');
    // (an intro that orders the reports, not one that tells of them)
    expect(byText(r.items, '1. Bộ Y tế').kind).toBe('task');
  });

  it('should give the lead to a body named as coordinator, for its own item and the items right under it, not to the sections under it', () => {
    const plan = [
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Xây dựng là cơ quan chủ trì, đầu mối đôn đốc các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện.',
      '1.1. Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy và các cơ quan, đơn vị thuộc Sở:',
      '- Phối hợp chặt chẽ với chính quyền địa phương trong việc tiếp nhận thông tin.',
      '- Kiểm tra, xử lý các hành vi vi phạm.',
      '2. Sở Y tế là cơ quan thường trực, có trách nhiệm:',
      '- Theo dõi, tổng hợp kết quả thực hiện.',
      '- Báo cáo UBND tỉnh trước ngày 15/12/2021.',
    ].join('\n');
    const r = parse(HEADER + plan + '\n');
    expect(leads(byText(r.items, '1. Sở Xây dựng'))).toEqual(['Sở Xây dựng (text)']);
    expect(leads(byText(r.items, 'Phối hợp chặt chẽ')).some((l) => l.startsWith('Sở Xây dựng'))).toBe(false);
    expect(leads(byText(r.items, 'Kiểm tra, xử lý')).some((l) => l.startsWith('Sở Xây dựng'))).toBe(false);
    expect(leads(byText(r.items, 'Theo dõi, tổng hợp'))[0]).toMatch(/^Sở Y tế/u);
    expect(leads(byText(r.items, 'Báo cáo UBND tỉnh'))[0]).toMatch(/^Sở Y tế/u);
  });

  it('should not add the addressee as lead when the item names it as support', () => {
    const r = parse(HEADER + 'Các phòng, đơn vị liên quan có trách nhiệm phối hợp chặt chẽ với Sở Khoa học và Công nghệ trong quá trình thực hiện.\n');
    const it0 = r.items[0]!;
    expect(leads(it0).some((l) => l.startsWith('Sở Khoa học và Công nghệ'))).toBe(false);
    expect(supports(it0)).toContain('Sở Khoa học và Công nghệ');
  });

  it('should pass on the actor of a news paragraph, not the unit of its "Trong đó" sentence, and lend it to a paragraph that opens with a verb', () => {
    const news = [
      'Giao ban Ban Chỉ đạo cấp tỉnh về chuyển đổi số',
      'Chiều 26/4, Ban Chỉ đạo cấp tỉnh tổ chức hội nghị giao ban quý I.',
      'Phát biểu kết luận, Bí thư Tỉnh ủy đề nghị Ban Chỉ đạo cấp tỉnh tập trung chỉ đạo sắp xếp đơn vị hành chính cấp xã. Trong đó, UBND tỉnh tiếp tục chỉ đạo các sở, ngành rà soát khung kiến trúc chính quyền số.',
      'Tiếp tục chỉ đạo các cơ quan chức năng triển khai thực hiện các nhiệm vụ trọng tâm, bảo đảm chất lượng, hiệu quả.',
      'Tiếp nhận, sử dụng Hệ thống theo dõi, giám sát tình hình thực hiện Nghị quyết số 57-NQ/TW. Cơ quan Thường trực Ban Chỉ đạo chịu trách nhiệm báo cáo, cập nhật tiến độ thực hiện.',
    ].join('\n');
    const r = parse(news);
    expect(r.document.kind).toBe('news-report');
    expect(leads(byText(r.items, 'Tiếp tục chỉ đạo'))).toEqual(['Ban Chỉ đạo cấp tỉnh (context)']);
    expect(leads(byText(r.items, 'Tiếp nhận'))).toEqual(['Ban Chỉ đạo cấp tỉnh (context)', 'Cơ quan Thường trực Ban Chỉ đạo (text)']);
  });

  it('should not lend the context to a news paragraph that opens with background', () => {
    const news = [
      'Tỉnh chỉ đạo xử lý vụ việc',
      'Sáng 3/7, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng khẩn trương kiểm tra công trình.',
      'Thời gian qua, báo chí phản ánh nhiều công trình vi phạm trên địa bàn tỉnh. Sở Tài nguyên và Môi trường cần kiểm tra, xử lý dứt điểm trước ngày 30/7.',
    ].join('\n');
    const r = parse(news);
    const last = byText(r.items, 'Thời gian qua');
    expect(leads(last).some((l) => l.includes('(context)'))).toBe(false);
  });

  it('should not lend the context to a news paragraph whose actor is a class it names, nor pass an older actor past it', () => {
    const news = [
      'Bí thư Tỉnh ủy kiểm tra tiến độ dự án cao tốc',
      'Sáng 8/10, Bí thư Tỉnh ủy đã kiểm tra tiến độ thi công dự án.',
      'Phát biểu chỉ đạo, Bí thư Tỉnh ủy yêu cầu Sở Tài nguyên và Môi trường khẩn trương hoàn tất thủ tục cấp phép khai thác mỏ đất đắp.',
      'Bí thư Tỉnh ủy đề nghị các nhà thầu bảo đảm an toàn lao động, vệ sinh môi trường trong quá trình thi công.',
      'Đồng thời, phải chủ động phương án thi công trong mùa mưa bão.',
      '“Các chủ đầu tư, nhà thầu phải làm việc 3 ca, 4 kíp”, Bí thư nói.',
      'Các cơ quan này cần báo cáo kết quả trước ngày 30/10.',
    ].join('\n');
    const r = parse(news);
    expect(r.document.kind).toBe('news-report');
    for (const opening of ['Bí thư Tỉnh ủy đề nghị các nhà thầu', 'Đồng thời, phải', '“Các chủ đầu tư']) {
      expect(leads(byText(r.items, opening))).toEqual([]);
    }
    // ("các cơ quan này" points back: it goes on with the actor before, here none)
    expect(byText(r.items, 'Các cơ quan này').kind).toBe('task');
  });

  it('should give the district of a working session to "Huyện" and to "đề nghị huyện" named bare', () => {
    const news = [
      'Chủ tịch UBND tỉnh làm việc với huyện Sơn Hà về phát triển kinh tế - xã hội',
      'Chiều 14/11, Chủ tịch UBND tỉnh đã có buổi làm việc với UBND huyện Sơn Hà.',
      'Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải khẩn trương hướng dẫn huyện hoàn thiện thủ tục đầu tư.',
      'Huyện cần rà soát, hoàn thiện hồ sơ điều chỉnh quy hoạch sử dụng đất trong tháng 12/2024.',
      'Về công tác giảm nghèo, ông Giang đề nghị huyện phát huy hiệu quả các chương trình mục tiêu quốc gia.',
    ].join('\n');
    const r = parse(news);
    expect(leads(byText(r.items, 'Huyện cần')).map((l) => l.replace(/ \(.*/u, ''))).toEqual(['Ủy ban nhân dân huyện Sơn Hà']);
    expect(leads(byText(r.items, 'Về công tác giảm nghèo')).map((l) => l.replace(/ \(.*/u, ''))).toEqual(['Ủy ban nhân dân huyện Sơn Hà']);
  });

  it('should name the district of a session with its party committee: "huyện" is its People\'s Committee, "Huyện ủy" its party committee', () => {
    const news = [
      'Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Tương Dương',
      'Chiều 10/6, Bí thư Tỉnh ủy có buổi làm việc với Ban Thường vụ Huyện ủy Tương Dương về tình hình thực hiện nhiệm vụ chính trị.',
      'Kết luận buổi làm việc, Bí thư Tỉnh ủy yêu cầu huyện tập trung chỉ đạo hoàn thành việc sắp xếp đơn vị hành chính cấp xã.',
      'Đồng chí đề nghị Huyện ủy lãnh đạo rà soát, hoàn thành xóa nhà tạm cho 156 hộ còn lại.',
    ].join('\n');
    const r = parse(news);
    const bare = (t: string) => leads(byText(r.items, t)).map((l) => l.replace(/ \(.*/u, ''));
    expect(bare('Kết luận buổi làm việc')).toEqual(['Ủy ban nhân dân huyện Tương Dương']);
    expect(bare('Đồng chí đề nghị')).toEqual(['Huyện ủy Tương Dương']);
  });

  it('should give the dashes under a station\'s heading without a colon to the station', () => {
    const plan = ['II. TỔ CHỨC THỰC HIỆN', '1. Trạm Y tế phường', '- Là cơ quan thường trực, chủ trì tổ chức tiêm chủng trên địa bàn.', '- Tổ chức tập huấn cho cán bộ y tế.'].join('\n');
    const r = parse(HEADER + plan + '\n');
    expect(leads(byText(r.items, 'Là cơ quan thường trực'))).toEqual(['Trạm Y tế phường (heading)']);
    expect(leads(byText(r.items, 'Tổ chức tập huấn'))).toEqual(['Trạm Y tế phường (heading)']);
  });

  it('should not give the district to a class of its communes, and read "lưu ý huyện", "Huyện đoàn" as actors of their own', () => {
    const news = [
      'Chủ tịch UBND tỉnh làm việc với huyện Sơn Hà về phát triển kinh tế - xã hội',
      'Chiều 14/11, Chủ tịch UBND tỉnh đã có buổi làm việc với UBND huyện Sơn Hà.',
      'Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải khẩn trương hướng dẫn huyện hoàn thiện thủ tục đầu tư.',
      'Ông Giang yêu cầu các xã khẩn trương rà soát danh sách hộ nghèo.',
      'Sở Tài chính cân đối, bố trí kinh phí hỗ trợ.',
      'Ông Giang cũng lưu ý huyện quan tâm công tác chuẩn bị Đại hội Đảng bộ các cấp.',
      'Sở Nội vụ hướng dẫn việc sắp xếp bộ máy.',
      'Huyện đoàn tổ chức ra quân tình nguyện hỗ trợ người dân.',
    ].join('\n');
    const r = parse(news);
    const names = (opening: string) => leads(byText(r.items, opening));
    expect(names('Ông Giang yêu cầu các xã')).toEqual(['xã (text)']);
    expect(names('Ông Giang cũng lưu ý').map((l) => l.replace(/ \(.*/u, ''))).toEqual(['Ủy ban nhân dân huyện Sơn Hà']);
    expect(names('Huyện đoàn')).toEqual(['Huyện đoàn (text)']);
  });

  it('should not give the province to a class of its districts', () => {
    const news = [
      'Thủ tướng làm việc với tỉnh Quảng Nam về phát triển kinh tế - xã hội',
      'Chiều 14/11, Thủ tướng Chính phủ đã có buổi làm việc với lãnh đạo tỉnh Quảng Nam.',
      'Phát biểu kết luận, Thủ tướng yêu cầu Bộ Giao thông vận tải khẩn trương hướng dẫn tỉnh hoàn thiện thủ tục đầu tư.',
      'Thủ tướng yêu cầu các huyện, thị xã, thành phố rà soát quỹ đất tái định cư.',
      'Tỉnh cần rà soát quy hoạch.',
    ].join('\n');
    const r = parse(news);
    expect(leads(byText(r.items, 'Thủ tướng yêu cầu các huyện'))).toEqual(['huyện, thị xã, thành phố (text)']);
    expect(leads(byText(r.items, 'Tỉnh cần'))).toEqual(['Ủy ban nhân dân tỉnh Quảng Nam (text)']);
  });

  it('should give each place after a bare class of localities its People\'s Committee', () => {
    const news = [
      'Ban Chỉ đạo tỉnh họp ứng phó bão số 3',
      'Sáng 5/9, Ban Chỉ đạo phòng, chống thiên tai tỉnh họp ứng phó bão số 3.',
      'Phó Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Phát triển nông thôn theo dõi sát diễn biến của bão.',
      'Các huyện Nga Sơn, Hậu Lộc, Hoằng Hóa sơ tán người dân ra khỏi vùng nguy hiểm trước 17 giờ ngày 6/9.',
    ].join('\n');
    const r = parse(news);
    expect(leads(byText(r.items, 'Các huyện Nga Sơn'))).toEqual([
      'Ủy ban nhân dân huyện Nga Sơn (text)',
      'Ủy ban nhân dân huyện Hậu Lộc (text)',
      'Ủy ban nhân dân huyện Hoằng Hóa (text)',
    ]);
  });

  it('should lend an intro that instructs to the bullets under the headings of its list', () => {
    const r = parse(
      HEADER +
        'Để thực hiện tốt nhiệm vụ trong thời gian tới, Giám đốc Sở đề nghị Phòng Quản lý Khoa học phối hợp triển khai thực hiện một số nhiệm vụ trọng tâm:\n\n' +
        '1. Thẩm định kế hoạch lựa chọn nhà thầu các gói thầu thuộc các nhiệm vụ khoa học và công nghệ\n\n' +
        '- Giao Văn phòng Sở chỉ đạo khẩn trương thực hiện các thủ tục.\n\n' +
        '- Các vấn đề thuộc thẩm quyền của HĐND tỉnh thì khẩn trương báo cáo đề xuất UBND tỉnh.\n',
    );
    expect(leads(byText(r.items, 'Các vấn đề'))).toEqual(['Phòng Quản lý Khoa học (intro)']);
  });

  it('should let a long intro that instructs lend its actors to its list and stay a task', () => {
    const long =
      'Để hoàn thành các mục tiêu, nhiệm vụ của năm 2021, phấn đấu hoàn thành toàn diện các chỉ tiêu kế hoạch gắn với giữ vững ổn định, bảo đảm các cân đối lớn của ngành, Giám đốc Sở yêu cầu Phòng Quản lý Khoa học tập trung chỉ đạo, quyết liệt triển khai thực hiện đồng bộ, hiệu quả các nhiệm vụ, giải pháp đã đề ra, trong đó chú trọng những nội dung sau:';
    const r = parse(HEADER + long + '\n\na) Rà soát các nhiệm vụ khoa học mở mới năm 2021.\n\nb) Hoàn thiện hồ sơ nghiệm thu các đề tài.\n');
    expect(r.items[0]!.kind).toBe('task');
    expect(leads(byText(r.items, 'a)'))).toEqual(['Phòng Quản lý Khoa học (intro)']);
  });
});
