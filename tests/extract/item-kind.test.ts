import { describe, expect, it } from 'vitest';
import { classifyItem, conclusionTurn, headlineAnnounces, introTellsReports, turnsToConclusion, turnsToResults, onlyOpensWithRoles } from '../../src/extract/item-kind.js';
import { parse } from '../../src/index.js';
import { ITEM_KIND_CORPUS, markerOf, type ItemKindGroup } from '../corpus/item-kind.corpus.js';

const casesOf = (groups: ItemKindGroup[]) =>
  groups.flatMap((g) => g.phrases.map((phrase) => ({ phrase, kind: g.kind, group: g.name, context: g.context })));

const count = (groups: ItemKindGroup[], kind: 'task' | 'info') =>
  groups.filter((g) => g.kind === kind).reduce((n, g) => n + g.phrases.length, 0);

describe('item kind corpus', () => {
  it.each(casesOf(ITEM_KIND_CORPUS))('$phrase', ({ phrase, kind, group, context }) => {
    const ctx = { ...context, marker: markerOf(phrase) };
    const found = classifyItem({ text: phrase, span: { start: 0, end: phrase.length } }, ctx);
    expect(found, `group: ${group}\nctx: ${JSON.stringify(ctx)}`).toBe(kind);
  });
});

describe('classifyItem', () => {
  it('should have a corpus of at least 60 phrases, 20 of each kind', () => {
    const all = ITEM_KIND_CORPUS;
    expect(count(all, 'task') + count(all, 'info')).toBeGreaterThanOrEqual(60);
    expect(count(all, 'task')).toBeGreaterThanOrEqual(20);
    expect(count(all, 'info')).toBeGreaterThanOrEqual(20);
    // The phrases that run are most of the corpus, of both kinds.
    expect(count(ITEM_KIND_CORPUS, 'task')).toBeGreaterThanOrEqual(20);
    expect(count(ITEM_KIND_CORPUS, 'info')).toBeGreaterThanOrEqual(20);
  });

  it('should list each phrase once', () => {
    const phrases = casesOf(ITEM_KIND_CORPUS).map((c) => c.phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('should read the marker from the phrase', () => {
    expect(markerOf('(1) Tham mưu UBND tỉnh')).toBe('(1)');
    expect(markerOf('đ) Định kỳ thứ Hai hàng tuần')).toBe('đ)');
    expect(markerOf('- Rà soát, bổ sung')).toBe('-');
    expect(markerOf('Điều 2. Bộ Công Thương chủ trì')).toBe('Điều 2.');
    expect(markerOf('Giao Sở Tài chính chủ trì')).toBeNull();
  });
});

describe('conclusionTurn', () => {
  it('should find the turn to a leader\'s concluding words and name him', () => {
    expect(conclusionTurn('Kết luận buổi làm việc, Bí thư Tỉnh ủy Nguyễn Đức Trung ghi nhận những kết quả huyện đạt được.')).toEqual({ names: ['Nguyễn Đức Trung'], office: 'bí thư tỉnh ủy' });
    expect(conclusionTurn('Phát biểu kết luận hội nghị, Bí thư Tỉnh ủy Nguyễn Doãn Anh đánh giá cao Sở Khoa học và Công nghệ.')?.names).toEqual(['Nguyễn Doãn Anh']);
    expect(conclusionTurn('Sau khi nghe ý kiến thảo luận, kết luận buổi làm việc, ông Nguyễn Minh Lâm - Phó Chủ tịch UBND tỉnh ghi nhận nỗ lực của các sở.')?.names).toEqual(['Nguyễn Minh Lâm']);
    expect(conclusionTurn('Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Bí thư Tỉnh ủy kết luận một số nội dung trọng tâm.')).toEqual({ names: [], office: 'bí thư tỉnh ủy' });
    expect(conclusionTurn('Chủ tịch UBND tỉnh kết luận: các sở, ngành khẩn trương hoàn thiện hồ sơ.')).not.toBeNull();
    // (a place named beside him is no name of his)
    expect(conclusionTurn('Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Ngọc Phúc ghi nhận nỗ lực của huyện Tương Dương.')?.names).toEqual(['Nguyễn Ngọc Phúc']);
    // (the words that close a meeting turn to its conclusions too)
    expect(conclusionTurn('Phát biểu bế mạc hội nghị, Bộ trưởng Nguyễn Văn Thắng yêu cầu các đơn vị trong ngành tập trung hoàn thành kế hoạch.')?.names).toEqual(['Nguyễn Văn Thắng']);
    expect(conclusionTurn('Tổng kết hội nghị, Phó Thủ tướng Trần Hồng Hà đề nghị các bộ, ngành khẩn trương rà soát.')?.names).toEqual(['Trần Hồng Hà']);
    expect(conclusionTurn('Kết thúc buổi làm việc, Chủ tịch UBND tỉnh Lê Văn Dũng giao Sở Tài chính cân đối vốn.')?.names).toEqual(['Lê Văn Dũng']);
  });

  it('should not turn on a finding or a document named "kết luận", a caption or a headline', () => {
    expect(conclusionTurn('Theo kết luận thanh tra, UBND huyện đã để xảy ra nhiều sai phạm trong quản lý đất đai.')).toBeNull();
    expect(conclusionTurn('Thực hiện Kết luận số 10-KL/TW của Bộ Chính trị, tỉnh đã ban hành kế hoạch hành động.')).toBeNull();
    expect(conclusionTurn('Kết luận nêu rõ, nhiệm vụ từ nay đến cuối năm rất nặng nề.')).toBeNull();
    expect(conclusionTurn('Ảnh: Bí thư Tỉnh ủy Nguyễn Đức Trung phát biểu kết luận buổi làm việc. Ảnh: Thành Duy')).toBeNull();
    expect(conclusionTurn('Kết luận của Thủ tướng về mở rộng sân bay Tân Sơn Nhất')).toBeNull();
    // (a meeting named for a review, and a finished session told in a report, are no turn)
    expect(conclusionTurn('Hội nghị tổng kết công tác năm 2025 của ngành diễn ra sáng nay tại Hà Nội.')).toBeNull();
    expect(conclusionTurn('Sau khi kết thúc buổi làm việc với tỉnh, đoàn công tác đã đi kiểm tra thực tế tại công trường.')).toBeNull();
  });
});

describe('turnsToConclusion', () => {
  it('should turn on a leader who speaks, not on "công tác lãnh đạo, chỉ đạo" in a report', () => {
    expect(turnsToConclusion('Bí thư Tỉnh ủy Nguyễn Doãn Anh đề nghị Ban Chỉ đạo cấp tỉnh tập trung rà soát, tháo gỡ các điểm nghẽn.')).toBe(true);
    expect(
      turnsToConclusion('Tình hình chuyển đổi số trong các cơ quan Đảng ổn định; công tác lãnh đạo, chỉ đạo điều hành giải quyết công việc tiếp tục đẩy mạnh thực hiện qua hệ thống thông tin điều hành tác nghiệp.'),
    ).toBe(false);
    expect(turnsToConclusion('Hệ thống phòng họp trực tuyến được bảo đảm thông suốt, đáp ứng yêu cầu công tác lãnh đạo, chỉ đạo từ Trung ương đến cơ sở.')).toBe(false);
  });

  it('should turn on a Sở, Cục or Bộ by its capital, not on "trụ sở", "cục bộ", "cán bộ"', () => {
    expect(turnsToConclusion('Sở Y tế yêu cầu các bệnh viện tăng cường phòng, chống dịch.')).toBe(true);
    expect(turnsToConclusion('Chi cục Thú y đề nghị các xã tổ chức tiêm phòng đợt 2.')).toBe(true);
    expect(turnsToConclusion('Doanh nghiệp đặt trụ sở tại khu công nghiệp đề nghị được gia hạn nộp thuế.')).toBe(false);
    expect(turnsToConclusion('Mưa lớn cục bộ gây ngập nhiều tuyến phố, người dân yêu cầu chính quyền khơi thông cống.')).toBe(false);
    expect(turnsToConclusion('Nhiều cán bộ cơ sở đề nghị được tập huấn thêm về chuyển đổi số.')).toBe(false);
  });
});

describe('introTellsReports', () => {
  it('should tell an intro of reports already made from the conclusion drawn after hearing them', () => {
    expect(introTellsReports('Tại phiên họp, các Bộ đã có báo cáo Chính phủ như sau:')).toBe(true);
    expect(introTellsReports('Tại cuộc họp, Sở Tài chính đã báo cáo các nội dung sau:')).toBe(true);
    expect(introTellsReports('Các sở báo cáo như sau:')).toBe(false);
    expect(introTellsReports('Sau khi nghe các đơn vị đã báo cáo, Chủ tịch UBND tỉnh kết luận như sau:')).toBe(false);
    expect(introTellsReports('Sau khi các sở đã báo cáo, Giám đốc Sở chỉ đạo như sau:')).toBe(false);
  });
});

describe('turnsToResults', () => {
  it('should turn on a news subheading of results, not on a sentence or another subheading', () => {
    expect(turnsToResults('Kết quả về cải cách TTHC, hiện đại hóa của ngành Hải quan năm 2020')).toBe(true);
    expect(turnsToResults('Những kết quả nổi bật')).toBe(true);
    expect(turnsToResults('Một số kết quả đạt được')).toBe(true);
    expect(turnsToResults('Kết quả thực hiện báo cáo về Sở Nội vụ trước ngày 30/6.')).toBe(false);
    expect(turnsToResults('Kết quả kiểm tra cho thấy nhiều cơ sở vi phạm.')).toBe(false);
    expect(turnsToResults('Công tác hiện đại hoá hải quan')).toBe(false);
    expect(turnsToResults('Kết quả cuộc thi sẽ được công bố vào tháng 12 tại hội trường lớn của tỉnh')).toBe(false);
  });

  it('should read the paragraphs under a results subheading as a report, until another subheading', () => {
    const news = [
      '5 nhóm nhiệm vụ về cải cách hiện đại hóa hải quan trong năm 2021',
      'Công tác cải cách hành chính',
      'Tổng cục Hải quan tiếp tục rà soát hệ thống pháp luật hải quan để sửa đổi, bổ sung kịp thời.',
      'Kết quả về cải cách TTHC, hiện đại hóa của ngành Hải quan năm 2020',
      'Về cải cách TTHC, Tổng cục Hải quan luôn gắn chặt hoạt động rà soát, đơn giản hóa TTHC trong triển khai công tác xây dựng văn bản.',
      'Công tác hiện đại hoá hải quan',
      'Tổng cục Hải quan đẩy mạnh triển khai các giải pháp cải thiện chỉ số giao dịch thương mại qua biên giới.',
    ].join('\n');
    const r = parse(news);
    const kind = (opening: string) => r.items.find((i) => i.text.startsWith(opening))?.kind;
    expect(kind('Tổng cục Hải quan tiếp tục')).toBe('task');
    expect(kind('Về cải cách TTHC')).toBe('info');
    expect(kind('Tổng cục Hải quan đẩy mạnh')).toBe('task');
  });
});

describe('turnsToConclusion under a headline that reports an order', () => {
  it('should turn on the order relayed by "Theo đó," with a class of bodies told what to do, not on a report', () => {
    expect(turnsToConclusion('Theo đó, các đơn vị tập trung công tác phòng chống buôn lậu đối với nhóm hàng phòng chống dịch.', true)).toBe(true);
    expect(turnsToConclusion('Theo đó, các đơn vị tập trung công tác phòng chống buôn lậu đối với nhóm hàng phòng chống dịch.', false)).toBe(false);
    expect(turnsToConclusion('Theo đó, các đơn vị đã tập trung lực lượng tuần tra trên tuyến biên giới.', true)).toBe(false);
    expect(turnsToConclusion('Theo đó, các lô hàng thủy sản phải lấy mẫu kiểm tra ngay tại cảng.', true)).toBe(false);
  });
});

describe('headlineAnnounces', () => {
  it('should read a count of tasks, an order, or neither in a news headline', () => {
    expect(headlineAnnounces('5 nhóm nhiệm vụ về cải cách, hiện đại hóa hải quan trong năm 2021')).toBe('tasks');
    expect(headlineAnnounces('Chính phủ đặt ra 8 trọng tâm chỉ đạo, điều hành cho năm 2021')).toBe('tasks');
    expect(headlineAnnounces('Phòng chống dịch, Hải quan Hải Phòng yêu cầu không liên hoan, tụ tập đông người')).toBe('order');
    expect(headlineAnnounces('Phó Thủ tướng: Xử nghiêm vi phạm sử dụng gỗ nguyên liệu bất hợp pháp')).toBe('order');
    expect(headlineAnnounces('Yêu cầu tái xuất gần 1.200 container phế liệu không đạt chất lượng')).toBe('order');
    expect(headlineAnnounces('Phó Thủ tướng đánh giá cao kết quả thực hiện Cơ chế một cửa quốc gia')).toBeNull();
    expect(headlineAnnounces('Phó Thủ tướng: Công tác chống buôn lậu còn chưa tương xứng với thực tế')).toBeNull();
    expect(headlineAnnounces('Dự kiến hàng tuần sẽ có 4 chuyến bay quốc tế hạ cánh ở Hà Nội')).toBeNull();
    expect(headlineAnnounces('Tổng cục trưởng chỉ đạo nhiều giải pháp nâng cao hiệu quả quản lý tại cảng biển')).toBe('order');
    expect(headlineAnnounces('Doanh nghiệp đáp ứng yêu cầu của thị trường châu Âu')).toBeNull();
    expect(headlineAnnounces('Nâng cao chất lượng nguồn nhân lực đáp ứng yêu cầu chuyển đổi số')).toBeNull();
    expect(headlineAnnounces('Sự chỉ đạo quyết liệt của tỉnh giúp giải ngân vốn đầu tư công về đích')).toBeNull();
    expect(headlineAnnounces('Bộ Tư pháp hoàn thành 45 nhiệm vụ năm 2024')).toBeNull();
  });
});

describe('onlyOpensWithRoles', () => {
  it('should read a party heading that hands work to a body as opening its list, not one that names the work', () => {
    const heading = 'a) Giao Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo:';
    const name = { start: heading.indexOf('Ban cán sự'), end: heading.indexOf(' lãnh đạo') };
    expect(onlyOpensWithRoles(heading, [name])).toBe(true);
    const work = 'a) Giao Ban cán sự đảng UBND tỉnh lãnh đạo rà soát quy hoạch du lịch:';
    expect(onlyOpensWithRoles(work, [{ start: work.indexOf('Ban cán sự'), end: work.indexOf(' lãnh đạo') }])).toBe(false);
  });
});
