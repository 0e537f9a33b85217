/**
 * Steps across items, through the whole pipeline on short documents written in the test:
 * heading, intro, label, context and addressee leads; heading deadlines; `.0` items; task vs info.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import type { Item } from '../../src/schema.js';
import { HEADER, byText, leads } from '../helpers/items.js';

const item = (items: Item[], id: string) => items.find((i) => i.id === id)!;

describe('inheritance across items', () => {
  it('should give the items of a heading that names a unit that unit as lead, and the heading period as deadline', () => {
    const r = parse(HEADER + 'II. Nhiệm vụ trọng tâm trong 6 tháng cuối năm 2021\n\n1. Phòng Quản lý Khoa học\n\n(1) Tham mưu Giám đốc Sở tổ chức họp Hội đồng tư vấn.\n\n(2) Hoàn thành trước ngày 15/9/2021 hồ sơ nghiệm thu.\n');
    expect(leads(item(r.items, 'II.1.(1)'))).toEqual(['Phòng Quản lý Khoa học (heading)']);
    expect(item(r.items, 'II.1.(1)').deadlines.map((d) => [d.date, d.via])).toEqual([['2021-12-31', 'heading']]);
    expect(item(r.items, 'II.1.(2)').deadlines.map((d) => [d.date, d.via])).toEqual([['2021-09-15', 'text']]);
  });

  it('should give the items of a heading that only opens its list the supports it names, unless they name their own or another lead', () => {
    const r = parse(
      HEADER +
        '1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan:\n\n' +
        'a) Rà soát, bố trí kinh phí thực hiện các nhiệm vụ khoa học năm 2026.\n\n' +
        'b) Hướng dẫn các đơn vị lập dự toán, phối hợp với Kho bạc Nhà nước tỉnh thanh toán.\n\n' +
        'c) Giao Sở Xây dựng rà soát các công trình trụ sở.\n\n' +
        'd) Sở Tài chính rà soát định mức chi.\n\n' +
        '2. Sở Y tế:\n\na) Tăng cường kiểm tra an toàn thực phẩm.\n',
    );
    const supports = (id: string) => item(r.items, id).assignees.filter((a) => a.role === 'support').map((a) => `${a.name} (${a.via})`);
    expect(leads(item(r.items, '1.a'))).toEqual(['Sở Tài chính (heading)']);
    expect(supports('1.a')).toEqual(['Sở Nội vụ (heading)']);
    expect(supports('1.b')).toEqual(['Kho bạc Nhà nước tỉnh (text)']);
    expect(supports('1.c')).toEqual([]);
    expect(supports('1.d')).toEqual(['Sở Nội vụ (heading)']);
    expect(supports('2.a')).toEqual([]);
  });

  it('should give the items of a paragraph that opens its list the supports it names, unless they name their own or another lead', () => {
    const r = parse(
      HEADER +
        'Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thực hiện các nhiệm vụ sau:\n\n' +
        'a) Rà soát nguồn vốn các dự án đầu tư công năm 2026.\n\n' +
        'b) Tham mưu bố trí vốn, phối hợp với Kho bạc Nhà nước tỉnh thanh toán.\n\n' +
        'c) Sở Nội vụ hướng dẫn sắp xếp bộ máy.\n\n' +
        'd) Sở Tài chính rà soát định mức chi.\n',
    );
    const supports = (id: string) => item(r.items, id).assignees.filter((a) => a.role === 'support').map((a) => `${a.name} (${a.via})`);
    expect(leads(item(r.items, 'a'))).toEqual(['Sở Tài chính (intro)']);
    expect(supports('a')).toEqual(['Sở Xây dựng (intro)']);
    expect(supports('b')).toEqual(['Kho bạc Nhà nước tỉnh (text)']);
    expect(supports('c')).toEqual([]);
    expect(supports('d')).toEqual(['Sở Xây dựng (intro)']);
  });

  it('should give the items of a unit heading with a lower-case field and a closing class their leads', () => {
    const r = parse(HEADER + '1.1. Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy và các cơ quan, đơn vị thuộc Sở:\n\n- Phối hợp chặt chẽ với chính quyền địa phương kiểm tra vi phạm.\n\n- Xây dựng kế hoạch kiểm tra hành lang thoát nước.\n');
    expect(r.items.map((i) => i.id)).toEqual(['1.1.-1', '1.1.-2']);
    expect(leads(item(r.items, '1.1.-2'))).toEqual(['Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy (heading)', 'cơ quan, đơn vị thuộc Sở (heading)']);
  });

  it('should let a paragraph that introduces a list lend its actor to the list, and be info itself', () => {
    const r = parse(HEADER + 'Giao Sở Tài chính thực hiện các nhiệm vụ sau:\n\n- Rà soát dự toán ngân sách năm 2022.\n\n- Thẩm định kinh phí các nhiệm vụ mở mới.\n');
    expect(r.items.map((i) => i.kind)).toEqual(['info', 'task', 'task']);
    expect(leads(r.items[1]!)).toEqual(['Sở Tài chính (intro)']);
  });

  it('should lend the actor of a hand-over paragraph under a topic heading to the bullets after it', () => {
    const r = parse(
      HEADER +
        '3. Dự án nâng cấp, mở rộng Đường huyện 822\nGiao Ban Quản lý dự án đầu tư xây dựng huyện:\n- Phối hợp với Phòng Kinh tế - Hạ tầng điều chỉnh thiết kế.\n- Hoàn chỉnh hồ sơ điều chỉnh dự án, trình UBND huyện phê duyệt trong quý III/2025.\n',
    );
    expect(r.items.map((i) => [i.id, i.kind])).toEqual([['3.p1', 'info'], ['3.-1', 'task'], ['3.-2', 'task']]);
    expect(leads(item(r.items, '3.-1'))).toEqual(['Ban Quản lý dự án đầu tư xây dựng huyện (intro)']);
    expect(leads(item(r.items, '3.-2'))).toEqual(['Ban Quản lý dự án đầu tư xây dựng huyện (intro)']);
    // (a topic heading whose paragraph gives work of its own before the list: the paragraph is the
    // heading's plain item, a task; the topic gives no `.0` item — SPEC.md, item)
    const own = parse(
      HEADER +
        '1. Dự báo tình hình úng ngập trong mùa mưa năm 2026\nTrên cơ sở thống kê tổng hợp điểm úng ngập của 126 phường, xã và các đơn vị duy trì thoát nước, Sở Xây dựng tổng hợp, dự báo tình hình úng ngập trên địa bàn Thành phố trong mùa mưa năm 2026 khi xảy ra các trận mưa lớn, kéo dài, cụ thể như sau:\n- Khu vực nội thành.\n- Khu vực ngoại thành.\n',
    );
    expect(own.items.map((i) => [i.id, i.kind])).toEqual([['1.p1', 'task'], ['1.-1', 'info'], ['1.-2', 'info']]);
    expect(leads(own.items[0]!)).toEqual(['Sở Xây dựng (text)']);
  });

  it('should make each paragraph under a topic title an item with its own lead', () => {
    const r = parse(
      HEADER +
        '1. Về công tác chuẩn bị Kỳ họp thứ 35 HĐND tỉnh khóa VIII\n\nĐề nghị UBND tỉnh chỉ đạo hoàn thiện các dự thảo nghị quyết trước ngày 15/11/2025.\n\nGiao Ban Pháp chế HĐND tỉnh xây dựng kế hoạch thẩm tra.\n\nVăn phòng HĐND tỉnh chuẩn bị các điều kiện phục vụ kỳ họp.\n',
    );
    expect(r.items.map((i) => [i.id, i.kind])).toEqual([['1.p1', 'task'], ['1.p2', 'task'], ['1.p3', 'task']]);
    expect(r.items.map((i) => leads(i))).toEqual([['Ủy ban nhân dân tỉnh (text)'], ['Ban Pháp chế Hội đồng nhân dân tỉnh (text)'], ['Văn phòng Hội đồng nhân dân tỉnh (text)']]);
  });

  it('should make no .0 item of a topic heading (Dự án, Công trình, Về …) whose paragraph gives the instruction', () => {
    const list = 'a) UBND thành phố Tam Kỳ hoàn thành giải phóng mặt bằng trong quý IV/2025.\nb) Sở Tài chính tham mưu bố trí vốn năm 2026.\n';
    for (const topic of ['1. Dự án nâng cấp, mở rộng Đường huyện 822 đoạn qua xã Tam Ngọc', '1. Công trình cầu Kỳ Phú 2 trên tuyến ĐT 616 và đường dẫn hai đầu cầu']) {
      const r = parse(HEADER + `${topic}\n\nSở Xây dựng chủ trì, phối hợp với UBND thành phố Tam Kỳ rà soát thiết kế, hoàn thành trước ngày 30/10/2025.\n` + list);
      expect(r.items.map((i) => i.id), topic).toEqual(['1.p1', '1.a', '1.b']);
      expect(leads(item(r.items, '1.p1'))).toEqual(['Sở Xây dựng (text)']);
      // the paragraph's date is its own, not the items'
      expect(item(r.items, '1.b').deadlines).toEqual([]);
    }
    // a heading whose own words instruct keeps its `.0` item with the paragraph
    const own = parse(HEADER + '1. Dự án nâng cấp Đường huyện 822: Sở Xây dựng hoàn thành thẩm định trước ngày 30/10/2025\n\nBảo đảm chất lượng hồ sơ.\n' + list);
    expect(own.items[0]!.id).toBe('1.0');
    // … and so does a work the title itself orders done, without a colon
    for (const topic of ['1. Dự án đường ven biển Dung Quất - Sa Huỳnh phải hoàn thành trước ngày 30/9/2025', '1. Công trình cầu Trà Khúc 3 khẩn trương hoàn thiện hồ sơ quyết toán']) {
      const ordered = parse(HEADER + `${topic}\n` + list);
      expect(ordered.items.map((i) => i.id), topic).toEqual(['1.0', '1.a', '1.b']);
      expect(item(ordered.items, '1.0').kind, topic).toBe('task');
    }
  });

  it('should read labelled lines as attributes of the item they follow', () => {
    const r = parse(HEADER + '2.1. Chương trình nghệ thuật khai mạc Festival\n- Thời gian dự kiến: ngày 11/9/2026 (thứ Sáu).\n- Địa điểm: Hoàng Thành Thăng Long.\n- Đơn vị chủ trì: Sở Văn hoá và Thể thao.\n- Đơn vị phối hợp: UBND xã Bát Tràng, các nghệ nhân gốm.\n');
    expect(r.items).toHaveLength(1);
    const it0 = r.items[0]!;
    expect(leads(it0)).toEqual(['Sở Văn hóa và Thể thao (label)']);
    expect(it0.assignees.filter((a) => a.role === 'support' && !a.generic).map((a) => a.name)).toEqual(['Ủy ban nhân dân xã Bát Tràng']);
    expect(it0.deadlines.map((d) => [d.date, d.via])).toEqual([['2026-09-11', 'label']]);
  });

  it('should give the closing labels of a block to the items before them, not to an item after them', () => {
    const r = parse(
      HEADER +
        '1. Hoàn thiện hạ tầng số\n- Nâng cấp mạng truyền số liệu chuyên dùng;\n- Mở rộng kết nối đến cấp xã;\n' +
        'Cơ quan chủ trì: Sở Thông tin và Truyền thông.\nThời gian hoàn thành: trước ngày 30/6/2026.\n' +
        '- Lắp đặt camera giám sát giao thông;\nCơ quan chủ trì: Công an tỉnh.\n2. Khác\n',
    );
    expect(byText(r.items, 'Nâng cấp').deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
    expect(byText(r.items, 'Lắp đặt').deadlines.map((d) => d.date)).toEqual([]);
    expect(leads(byText(r.items, 'Lắp đặt'))).toEqual(['Công an tỉnh (label)']);
  });

  it('should give an instruction with no actor to the addressee of a conclusion', () => {
    const r = parse(HEADER + 'Tiếp tục rà soát các chỉ tiêu, nhiệm vụ UBND tỉnh giao, tổ chức thực hiện đồng bộ, có hiệu quả.\n');
    expect(leads(r.items[0]!)).toEqual(['Sở Khoa học và Công nghệ (addressee)']);
  });

  it('should end the addressee a title names before the occasion of the session, not inside Ủy ban nhân dân', () => {
    const head = 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nSố: 120/TB-UBND\nQuảng Nam, ngày 15 tháng 3 năm 2025\nTHÔNG BÁO\n';
    const body = '\n\n1. Tiếp tục nâng cao chất lượng khám, chữa bệnh.\n';
    const lead0 = (title: string) => leads(parse(head + title + body).items[0]!);
    // `nhân` + an occasion ends the name: nhân Ngày … | nhân kỷ niệm … | nhân dịp …
    expect(lead0('Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế nhân Ngày Thầy thuốc Việt Nam 27/2')).toEqual(['Sở Y tế (addressee)']);
    expect(lead0('Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế nhân dịp đầu Xuân')).toEqual(['Sở Y tế (addressee)']);
    expect(lead0('Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Ủy ban nhân dân huyện Núi Thành nhân kỷ niệm 50 năm giải phóng')).toEqual([
      'Ủy ban nhân dân huyện Núi Thành (addressee)',
    ]);
  });

  it('should give an instruction with no actor to the Sở a notice of conclusions names most, not the Sở a plan names most', () => {
    const body =
      '1. Sở Tài nguyên và Môi trường rà soát các điểm sạt lở; Sở phối hợp với các địa phương di dời dân.\n\n' +
      '2. Sở Tài nguyên và Môi trường kiểm tra các hồ chứa trước mùa mưa.\n\n' +
      '3. Tăng cường công tác dự báo, cảnh báo sớm.\n';
    const notice = parse('ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nSố: 12/TB-UBND\nBắc Kạn, ngày 5 tháng 6 năm 2025\nTHÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống thiên tai\n\n' + body);
    expect(leads(byText(notice.items, '3. Tăng cường'))).toEqual(['Sở Tài nguyên và Môi trường (addressee)']);
    // a plan of the province names many bodies, each with its own part: no Sở stands for all of them
    const plan = parse('ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nSố: 12/KH-UBND\nBắc Kạn, ngày 5 tháng 6 năm 2025\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2025\n\n' + body);
    expect(leads(byText(plan.items, '3. Tăng cường'))).toEqual([]);
    // a conclusion known by its number (…/KL-…) whose title does not open on Kết luận
    const conclusion = parse('ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nSố: 45/KL-UBND\nBắc Kạn, ngày 5 tháng 6 năm 2025\nÝ KIẾN KẾT LUẬN\ncủa Chủ tịch UBND tỉnh tại buổi kiểm tra công tác phòng, chống thiên tai\n\n' + body);
    expect(leads(byText(conclusion.items, '3. Tăng cường'))).toEqual(['Sở Tài nguyên và Môi trường (addressee)']);
  });

  it('should make a heading with an instruction of its own a .0 item with its continuation', () => {
    const r = parse(HEADER + 'c) Kết thúc hoạt động đối với người hoạt động không chuyên trách trước ngày 30/6/2026.\nPhương án bố trí phải gắn với cơ cấu lại đội ngũ, theo hướng:\n- Lựa chọn người đủ tiêu chuẩn.\n- Giải quyết chế độ kịp thời.\n');
    expect(r.items.map((i) => i.id)).toEqual(['c.0', 'c.-1', 'c.-2']);
    expect(r.items[0]!.text).toContain('Phương án bố trí');
    expect(r.items[0]!.deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
  });

  it('should make no .0 item of a heading that only names who its items are for', () => {
    const r = parse(HEADER + '20. Mời Đại sứ quán các nước: Trung Quốc, Ấn Độ, Cộng hoà Liên bang Nga\n- Đề nghị các Đại sứ quán lựa chọn tiết mục nghệ thuật đặc sắc.\n- Cử đầu mối phối hợp với Sở Văn hóa và Thể thao triển khai Kế hoạch.\n');
    expect(r.items.map((i) => i.id)).toEqual(['20.-1', '20.-2']);
    expect(leads(item(r.items, '20.-2'))).toEqual(['Đại sứ quán Trung Quốc (heading)', 'Đại sứ quán Ấn Độ (heading)', 'Đại sứ quán Cộng hòa Liên bang Nga (heading)']);
  });

  it('should make no .0 item of a heading that only names its actors and their roles before its list', () => {
    const items = '\na) Rà soát dự toán ngân sách năm 2026.\nb) Thẩm định kinh phí các nhiệm vụ mở mới.\n';
    for (const heading of [
      '3. Bộ Xây dựng chủ trì, phối hợp với các cơ quan, địa phương:',
      '1. Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao:',
      '1. Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi chỉ đạo các cơ quan, đơn vị chức năng của tỉnh:',
    ]) {
      const r = parse(HEADER + heading + items);
      expect(r.items.map((i) => i.id), heading).toEqual([`${heading.slice(0, 1)}.a`, `${heading.slice(0, 1)}.b`]);
    }
    // a heading that also says what to do keeps its own item
    const own = parse(HEADER + '3. Bộ Xây dựng chủ trì, phối hợp với các cơ quan, địa phương rà soát quy hoạch; báo cáo Thủ tướng Chính phủ:' + items);
    expect(own.items.map((i) => i.id)).toEqual(['3.0', '3.a', '3.b']);
  });

  it('should make no .0 item of a topic heading whose items hand their tasks over', () => {
    const topic = '1. Thẩm định kế hoạch lựa chọn nhà thầu các gói thầu thuộc các nhiệm vụ khoa học và công nghệ; thẩm quyền mua sắm tài sản\n';
    const r = parse(HEADER + topic + '- Giao Giám đốc Sở Khoa học và Công nghệ khẩn trương thực hiện các thủ tục.\n- Giao Giám đốc Sở Tài chính chủ trì giải quyết các vướng mắc.\n- Các vấn đề thuộc thẩm quyền của HĐND tỉnh thì báo cáo UBND tỉnh.\n');
    expect(r.items.map((i) => i.id)).toEqual(['1.-1', '1.-2', '1.-3']);
    // with a unit of its own, the heading gives its own instruction
    const own = parse(HEADER + '1. Sở Khoa học và Công nghệ chủ trì thẩm định kế hoạch lựa chọn nhà thầu các gói thầu; báo cáo UBND tỉnh\n- Giao phòng Kế hoạch - Tài chính lập hồ sơ.\n- Giao phòng Quản lý khoa học thẩm định hồ sơ.\n');
    expect(own.items.map((i) => i.id)).toEqual(['1.0', '1.-1', '1.-2']);
  });

  it('should keep aims, the closing formula and preambles as info', () => {
    const r = parse(HEADER + 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Tăng cường công tác tuyên truyền về khoa học và công nghệ.\n\nII. NHIỆM VỤ\n\n1. Sở Tài chính bố trí kinh phí thực hiện.\n\nGiám đốc Sở yêu cầu các phòng, đơn vị tổ chức triển khai thực hiện Kết luận này./.\n');
    expect(r.items.map((i) => `${i.id}:${i.kind}`)).toEqual(['p1:info', 'I.1:info', 'II.1:task', 'p2:info']);
  });

  it('should read an unmarked line in capitals as a title, but not a sentence typed in capitals', () => {
    const r = parse(HEADER + 'MỘT SỐ NHIỆM VỤ TRỌNG TÂM TRIỂN KHAI THỰC HIỆN\n\nTHỦ TƯỚNG CHÍNH PHỦ YÊU CẦU BỘ Y TẾ KHẨN TRƯƠNG KIỂM TRA AN TOÀN THỰC PHẨM.\n');
    expect(r.items.map((i) => i.kind)).toEqual(['info', 'task']);
  });

  it('should find the instructions of a news report only in its concluding part', () => {
    const news = [
      'Lãnh đạo tỉnh làm việc với Sở Khoa học và Công nghệ',
      'Sáng 3/7, Phó Chủ tịch UBND tỉnh làm việc với Sở Khoa học và Công nghệ.',
      'Sở đã triển khai 15 nhiệm vụ khoa học và tổ chức nghiệm thu 03 đề tài.',
      'Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh yêu cầu Sở Khoa học và Công nghệ khẩn trương hoàn thiện Đề án chuyển đổi số trong quý III/2024.',
      'Tăng cường kiểm tra, giám sát các nhiệm vụ khoa học và công nghệ.',
    ].join('\n');
    const r = parse(news);
    expect(r.document.kind).toBe('news-report');
    expect(r.items.map((i) => i.kind)).toEqual(['info', 'info', 'info', 'task', 'task']);
    expect(leads(r.items[3]!)).toEqual(['Sở Khoa học và Công nghệ (text)']);
    expect(leads(r.items[4]!)).toEqual(['Sở Khoa học và Công nghệ (context)']);
    expect(r.items[3]!.urgent).toBe(true);
  });

  it('should not carry a news actor into a paragraph that reports what another body did or says', () => {
    const news = [
      'Ngân hàng Nhà nước yêu cầu hỗ trợ khách hàng vùng lũ',
      'Chiều 20/10, Thống đốc Ngân hàng Nhà nước chủ trì cuộc họp trực tuyến với các ngân hàng.',
      'Kết luận cuộc họp, Thống đốc yêu cầu các tổ chức tín dụng khẩn trương rà soát thiệt hại của khách hàng vay vốn.',
      'Tiếp tục cho vay mới để người dân khôi phục sản xuất sau mưa lũ.',
      'Tiêu biểu, Ngân hàng TMCP Công Thương Việt Nam đã quyết định dành 5 tỷ đồng hỗ trợ đồng bào vùng lũ.',
      'Đồng thời, Ngân hàng Chính sách xã hội đang rà soát dư nợ của các hộ vay vốn bị thiệt hại.',
    ].join('\n');
    const r = parse(news);
    expect(leads(byText(r.items, 'Tiếp tục cho vay'))).toEqual(['tổ chức tín dụng (context)']);
    expect(leads(byText(r.items, 'Tiêu biểu'))).toEqual([]);
    expect(leads(byText(r.items, 'Đồng thời, Ngân hàng'))).toEqual([]);
  });

  it('should read a news report whose headline counts its tasks as a list of them from its start', () => {
    const news = [
      '5 nhóm nhiệm vụ về cải cách, hiện đại hóa hải quan năm 2021',
      'Tổng cục Hải quan tiếp tục rà soát hệ thống pháp luật hải quan để xác định các văn bản cần sửa đổi, bổ sung.',
      'Tập trung nguồn lực triển khai các đề án trọng tâm, bảo đảm hoàn thành đúng tiến độ.',
      'Tính đến ngày 15/12/2020, có 207 thủ tục hành chính được kết nối trên Cơ chế một cửa quốc gia.',
    ].join('\n');
    const r = parse(news);
    expect(r.document.kind).toBe('news-report');
    expect(r.items.map((i) => i.kind)).toEqual(['info', 'task', 'task', 'info']);
    expect(leads(r.items[2]!)).toEqual(['Tổng cục Hải quan (context)']);
  });

  it('should let paragraphs in the imperative relay the order a news headline reports, before any speaker', () => {
    const news = [
      'Phòng chống dịch, Hải quan Hải Phòng yêu cầu không liên hoan, tụ tập đông người',
      'Cụ thể, quán triệt đến toàn thể công chức nâng cao tinh thần trách nhiệm, tuyệt đối không chủ quan, lơ là.',
      'Các đơn vị thực hiện ngay việc đo thân nhiệt, sát khuẩn tay đối với khách đến làm việc.',
      'Ngày 28/1, Chi cục Hải quan Hải Dương đã kích hoạt các biện pháp phòng, chống dịch.',
    ].join('\n');
    expect(parse(news).items.map((i) => i.kind)).toEqual(['info', 'task', 'task', 'info']);
    // The same paragraphs under a headline that reports no order tell what was done.
    const report = parse(['Hải quan Hải Phòng chủ động phòng chống dịch', ...news.split('\n').slice(1)].join('\n'));
    expect(report.items.map((i) => i.kind)).toEqual(['info', 'info', 'info', 'info']);
  });

  it('should warn when a date takes its year from the document', () => {
    const r = parse(HEADER + 'Giao Sở Tài chính hoàn thành trước ngày 15/8.\n');
    const w = r.warnings.filter((x) => x.code === 'YEAR_FROM_CONTEXT');
    expect(w).toHaveLength(1);
    expect(w[0]!.line).toBe(7);
    expect(r.items[0]!.deadlines[0]!.date).toBe('2021-08-15');
  });
});

describe('unit names across a document', () => {
  it('should merge spelling variants of one unit into the most frequent', () => {
    const r = parse(HEADER + '1. Giao Sở Văn hoá và Thể thao chủ trì tổ chức Festival.\n\n2. Giao Sở Văn hóa và Thể thao chủ trì tổ chức Hội chợ.\n\n3. Giao Sở Văn hóa và Thể thao chủ trì tổ chức Hội thảo.\n');
    expect(new Set(r.items.flatMap((i) => i.assignees.map((a) => a.name)))).toEqual(new Set(['Sở Văn hóa và Thể thao']));
  });

  it('should give the names of a user unit list to their aliases', () => {
    const units = { units: [{ name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi', aliases: ['Sở Khoa học và Công nghệ'] }] };
    const r = parse(HEADER + 'Giao Sở Khoa học và Công nghệ chủ trì rà soát.\n', { units });
    expect(leads(r.items[0]!)).toEqual(['Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (text)']);
  });
});
