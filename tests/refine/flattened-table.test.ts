/**
 * A plan's task table copied from PDF arrives one cell per line: its rows are tasks whose cells give
 * the lead, the supporting units and the deadline (src/segment/flattened-table.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const HEAD = ['KẾ HOẠCH', 'Triển khai nhiệm vụ năm 2026', '', 'Các bộ, ngành tổ chức thực hiện các nhiệm vụ tại Phụ lục kèm theo.', '', 'Phụ lục', 'DANH MỤC NHIỆM VỤ', ''];
const HEADER = ['STT', 'Nhiệm vụ', 'Cơ quan', 'chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian', 'hoàn thành'];

function itemsOf(lines: string[]) {
  return parse([...HEAD, ...lines].join('\n')).items;
}

const row = (items: ReturnType<typeof itemsOf>, start: string) => items.find((i) => i.text.startsWith(start))!;
const leads = (item: { assignees: { role: string; name: string }[] }) => item.assignees.filter((a) => a.role === 'lead').map((a) => a.name);
const supports = (item: { assignees: { role: string; name: string }[] }) => item.assignees.filter((a) => a.role === 'support').map((a) => a.name);

describe('flattened task tables', () => {
  const items = itemsOf([
    ...HEADER,
    'I',
    'Hoàn thiện thể chế',
    '1',
    'Xây dựng Nghị định quy định chi tiết về',
    'quản lý dữ liệu dân cư',
    'Bộ Công an',
    'Bộ Tư pháp, Văn phòng',
    'Chính phủ',
    'Nghị định của Chính phủ',
    'Quý IV/2026',
    '2',
    'Rà soát các thủ tục hành chính liên',
    'quan',
    'Bộ Khoa học và',
    'Công nghệ',
    'Các bộ, ngành và',
    'địa phương',
    'Báo cáo rà soát',
    '2026 - 2027',
    '',
    ...HEADER,
    '3',
    'Tổ chức tập huấn cho cán bộ cấp xã',
    'Ủy ban nhân dân',
    'các tỉnh',
    'Bộ Nội vụ',
    'Kế hoạch tập huấn',
    'Thường xuyên',
  ]);

  it('should make each row one task with its lead, support and deadline', () => {
    const first = row(items, '1 Xây dựng Nghị định');
    expect(first.kind).toBe('task');
    expect(leads(first)).toEqual(['Bộ Công an']);
    expect(supports(first)).toEqual(['Bộ Tư pháp', 'Văn phòng Chính phủ']);
    expect(first.deadlines.map((d) => d.date)).toEqual(['2026-12-31']);
  });

  it('should join cells wrapped over several lines and read a range of years', () => {
    const second = row(items, '2 Rà soát');
    expect(leads(second)).toEqual(['Bộ Khoa học và Công nghệ']);
    expect(supports(second)).toEqual(['bộ, ngành và địa phương']);
    expect(second.deadlines.map((d) => d.date)).toEqual(['2027-12-31']);
    expect(second.text).toContain('Báo cáo rà soát');
  });

  it('should go on after a header repeated at a page break', () => {
    const third = row(items, '3 Tổ chức tập huấn');
    expect(third.kind).toBe('task');
    expect(leads(third)).toEqual(['Ủy ban nhân dân các tỉnh']);
    expect(supports(third)).toEqual(['Bộ Nội vụ']);
    expect(third.deadlines.map((d) => d.precision)).toEqual(['ongoing']);
  });

  it('should make the header cells and the group row info, not tasks', () => {
    expect(items.filter((i) => i.text.startsWith('STT')).map((i) => i.kind)).toEqual(['info', 'info']);
    expect(items.some((i) => i.text === 'Cơ quan chủ trì' || i.text === 'chủ trì')).toBe(false);
    expect(row(items, 'I Hoàn thiện thể chế').kind).toBe('info');
  });
});

describe('text that is no flattened task table', () => {
  it('should leave a numbered list without a header as it is', () => {
    const items = itemsOf(['1', 'Xây dựng quy chế phối hợp', 'Bộ Công an', '2026', '2', 'Rà soát thủ tục', 'Bộ Tư pháp', '2027']);
    expect(items.some((i) => i.text.startsWith('1 Xây dựng quy chế phối hợp Bộ Công an 2026 2'))).toBe(false);
    expect(items.some((i) => i.text === '1 Xây dựng quy chế phối hợp' || i.text.startsWith('Bộ Công an'))).toBe(true);
  });

  it('should leave a header whose rows are not numbered 1, 2, 3 as it is', () => {
    const items = itemsOf([...HEADER, '1', 'Xây dựng quy chế', 'Bộ Công an', 'Quý I/2026', '5', 'Rà soát thủ tục', 'Bộ Tư pháp', 'Quý II/2026']);
    expect(items.some((i) => i.text.startsWith('STT Nhiệm vụ Cơ quan chủ trì'))).toBe(false);
  });

  it('should leave an ordinary numbered list of tasks as it is', () => {
    const items = itemsOf(['1. Sở Tài chính chủ trì rà soát kinh phí, hoàn thành trong quý I/2026.', '2. Sở Nội vụ hướng dẫn các xã thực hiện.']);
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(['1', '2']));
    expect(leads(items.find((i) => i.text.includes('Sở Tài chính chủ trì'))!)).toEqual(['Sở Tài chính']);
  });
});

describe('sub-rows, page breaks and submitted work in flattened task tables', () => {
  const items = itemsOf([
    ...HEADER,
    '1.',
    'Hoàn thiện thể chế',
    '1.1',
    'Rà soát các quy định về đầu tư',
    'Bộ Tài chính',
    'Bộ Tư pháp',
    'Báo cáo rà soát',
    'Quý III/2026',
    '1.2',
    'Xây dựng chính sách ưu đãi',
    'Bộ Công Thương',
    'Bộ Tài chính',
    'Nghị định',
    'Quý IV/2026',
    '2.',
    'Bố trí ngân sách hỗ trợ mức đóng',
    'Ủy ban nhân dân cấp tỉnh',
    'trình Hội đồng nhân dân',
    'cùng cấp',
    'Các sở, ngành',
    'Nghị quyết',
    'Hằng năm',
    '3.',
    'Xây dựng bộ tiêu chuẩn kỹ thuật cho các',
    'Bộ Khoa học và',
    'Các bộ, ngành',
    'Tiêu chuẩn',
    'Quý II/2027',
    '',
    ...HEADER,
    'nhóm sản phẩm công nghệ',
    'Công nghệ',
    '4.',
    'Tổ chức diễn đàn doanh nghiệp',
    'Bộ Ngoại giao',
    'Bộ Công Thương',
    'Diễn đàn',
    'Quý I/2027',
  ]);

  it('should read the sub-rows 1.1, 1.2 of a row that titles them as rows with cells', () => {
    const first = row(items, '1.1 Rà soát');
    expect(first.kind).toBe('task');
    expect(leads(first)).toEqual(['Bộ Tài chính']);
    expect(supports(first)).toEqual(['Bộ Tư pháp']);
    expect(first.deadlines.map((d) => d.date)).toEqual(['2026-09-30']);
    expect(leads(row(items, '1.2 Xây dựng'))).toEqual(['Bộ Công Thương']);
    expect(row(items, '1. Hoàn thiện thể chế').kind).toBe('info');
  });

  it('should take the body that prepares the work as the lead, not the body it submits it to', () => {
    const second = row(items, '2. Bố trí ngân sách');
    expect(leads(second)).toEqual(['Ủy ban nhân dân cấp tỉnh']);
    expect(second.deadlines.map((d) => d.precision)).toEqual(['year']);
  });

  it('should end a repeated header at its time column, not on the rest of the row broken by the page', () => {
    expect(items.filter((i) => i.text.startsWith('STT')).map((i) => i.text)).toEqual([HEADER.join(' '), HEADER.join(' ')]);
    const fourth = row(items, '4. Tổ chức diễn đàn');
    expect(fourth.kind).toBe('task');
    expect(leads(fourth)).toEqual(['Bộ Ngoại giao']);
    expect(fourth.deadlines.map((d) => d.date)).toEqual(['2027-03-31']);
  });
});

describe('the lead cell and the header of an appendix', () => {
  it('should keep a cell that names the head of a body (Chủ tịch\nỦy ban nhân dân) whole', () => {
    const items = itemsOf([...HEADER, '1', 'Phê duyệt danh mục vị trí', 'Ủy ban nhân dân', 'các tỉnh', 'Sở Nội vụ', 'Chủ tịch', 'Ủy ban nhân dân tỉnh', 'Quý I/2026', '2', 'Rà soát thủ tục', 'Sở Tư pháp', 'Các sở', 'Báo cáo', 'Quý II/2026']);
    const first = row(items, '1 Phê duyệt');
    expect(leads(first)).toEqual(['Ủy ban nhân dân các tỉnh']);
    expect(supports(first)).toEqual(['Sở Nội vụ']);
    expect(first.assignees.every((a) => a.via === 'label')).toBe(true);
  });

  it('should keep a lead whose name holds "công trình" whole', () => {
    const items = itemsOf([...HEADER, '1', 'Nạo vét kênh tiêu', 'Ban Quản lý các công trình', 'thủy lợi', 'Sở Tài chính', 'Báo cáo', 'Quý I/2026', '2', 'Rà soát thủ tục', 'Sở Tư pháp', 'Các sở', 'Báo cáo', 'Quý II/2026']);
    expect(leads(row(items, '1 Nạo vét'))).toEqual(['Ban Quản lý các công trình thủy lợi']);
  });

  it('should read the table of an appendix whose TT line was skipped with its title', () => {
    const text = [
      'QUYẾT ĐỊNH',
      'Phê duyệt Đề án hỗ trợ doanh nghiệp',
      'Điều 1. Phê duyệt Đề án hỗ trợ doanh nghiệp với các nhiệm vụ tại Phụ lục kèm theo.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.',
      'KT. THỦ TƯỚNG',
      'PHÓ THỦ TƯỚNG',
      '',
      'Trần Văn Bình',
      '',
      'PHỤ LỤC',
      'DANH MỤC NHIỆM VỤ CỦA ĐỀ ÁN',
      '(Kèm theo Quyết định số 12/QĐ-TTg ngày 04 tháng 6 năm 2026 của Thủ tướng Chính phủ)',
      '',
      'TT',
      'Nhiệm vụ, giải pháp',
      'Cơ quan',
      'chủ trì',
      'Cơ quan phối hợp',
      'Thời gian',
      '1',
      'Rà soát các quy định về đầu tư',
      'Bộ Tài chính',
      'Bộ Tư pháp',
      'Quý III/2026',
      '2',
      'Xây dựng chính sách ưu đãi',
      'Bộ Công Thương',
      'Bộ Tài chính',
      'Quý IV/2026',
    ].join('\n');
    const items = parse(text).items;
    expect(items.some((i) => i.text === 'Cơ quan chủ trì')).toBe(false);
    expect(leads(row(items, '1 Rà soát'))).toEqual(['Bộ Tài chính']);
    expect(supports(row(items, '2 Xây dựng'))).toEqual(['Bộ Tài chính']);
  });
});

describe('cells of a narrow column wrapped word by word', () => {
  const items = itemsOf([
    ...HEADER,
    '1',
    'Tổ chức tuyên truyền về nội dung',
    'của Chỉ thị',
    'Bộ Tư pháp,',
    'Ủy',
    'ban',
    'Dân tộc',
    'Các',
    'bộ,',
    'ngành',
    'Hội nghị',
    'Thực',
    'hiện',
    'thường',
    'xuyên',
    '2',
    'Rà soát thủ tục',
    'Bộ Nội vụ',
    'Bộ Tài chính',
    'Báo cáo',
    'Nhiệm vụ thường',
    'xuyên',
  ]);

  it('should read a time cell whose words stand on lines of their own', () => {
    const first = row(items, '1 Tổ chức tuyên truyền');
    expect(first.deadlines.map((d) => d.precision)).toEqual(['ongoing']);
    expect(row(items, '2 Rà soát').deadlines.map((d) => d.precision)).toEqual(['ongoing']);
  });

  it('should split a list of bodies at a comma before a name wrapped over lines', () => {
    expect(leads(row(items, '1 Tổ chức tuyên truyền'))).toEqual(['Bộ Tư pháp', 'Ủy ban Dân tộc']);
    expect(leads(row(items, '2 Rà soát'))).toEqual(['Bộ Nội vụ']);
  });
});

describe('an appendix table whose header names a column twice and whose time cells wrap', () => {
  const items = itemsOf([
    'TT',
    'Nội dung, nhiệm vụ',
    'Cơ quan chủ',
    'trì thực hiện',
    'Cơ quan',
    'phối hợp',
    'Thời gian',
    'I',
    'Hoàn thiện thể chế về phòng cháy',
    '1',
    'Rà soát các quy định về phòng',
    'cháy, chữa cháy.',
    'Bộ Công an,',
    'Bộ Xây dựng',
    'Các bộ,',
    'cơ quan,',
    'địa phương',
    'Năm',
    '2026 - 2027',
    '2',
    'Điều chỉnh quy hoạch mạng lưới',
    'trụ nước chữa cháy.',
    'Các bộ, UBND',
    'các tỉnh,',
    'thành phố',
    'Bộ Tài chính',
    'Giai đoạn',
    '2026 - 2030',
    '3',
    'Kiện toàn cơ quan chỉ đạo cứu hộ',
    'các cấp.',
    'Ban Chỉ đạo',
    'Cứu hộ quốc',
    'gia',
    'Ban Chỉ huy',
    'cứu hộ các cấp',
    'Năm 2026',
    '4',
    'Nghiên cứu vật liệu chống cháy',
    'cho nhà cao tầng.',
    'Bộ Khoa học',
    'và Công nghệ',
    '',
    'Năm',
    '2026 - 2028',
  ]);

  it('should read a header cell that names its column twice (Nội dung, nhiệm vụ) as one column', () => {
    expect(items.some((i) => i.text === 'Cơ quan chủ trì thực hiện')).toBe(false);
    expect(row(items, '1 Rà soát').kind).toBe('task');
    expect(leads(row(items, '1 Rà soát'))).toEqual(['Bộ Công an', 'Bộ Xây dựng']);
    expect(supports(row(items, '1 Rà soát'))).toEqual(['bộ, cơ quan, địa phương']);
  });

  it('should read a time cell whose first word stands alone on its line (Năm | Giai đoạn)', () => {
    const first = row(items, '1 Rà soát');
    expect(first.deadlines.map((d) => [d.text, d.date])).toEqual([['Năm 2026 - 2027', '2027-12-31']]);
    expect(first.assignees.every((a) => a.via === 'label')).toBe(true);
    const second = row(items, '2 Điều chỉnh');
    expect(second.deadlines.map((d) => d.date)).toEqual(['2030-12-31']);
    expect(supports(second)).toEqual(['Bộ Tài chính']);
  });

  it('should keep "các tỉnh, thành phố" one body', () => {
    expect(leads(row(items, '2 Điều chỉnh'))).toContain('Ủy ban nhân dân các tỉnh, thành phố');
  });

  it('should keep a Ban Chỉ đạo whose name wraps onto a line of capitals whole', () => {
    const third = row(items, '3 Kiện toàn');
    expect(leads(third)).toEqual(['Ban Chỉ đạo Cứu hộ quốc gia']);
    expect(supports(third)).toEqual(['Ban Chỉ huy cứu hộ các cấp']);
  });

  it('should read a row whose phối hợp cell is empty (a blank line before the time cell)', () => {
    const fourth = row(items, '4 Nghiên cứu');
    expect(leads(fourth)).toEqual(['Bộ Khoa học và Công nghệ']);
    expect(supports(fourth)).toEqual([]);
    expect(fourth.deadlines.map((d) => d.date)).toEqual(['2028-12-31']);
  });
});

describe('notes in parentheses and years inside the task words of a flattened table', () => {
  const items = itemsOf([
    'TT',
    'Nhiệm vụ',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời hạn',
    '1',
    'Rà soát vị trí việc làm của',
    'công chức cấp xã',
    'Bộ Nội vụ',
    'Các bộ, ngành',
    'Năm',
    '2026',
    '(sau khi Chính',
    'phủ ban hành',
    'Nghị định mới)',
    '2',
    'Hướng dẫn thi hành Luật Cán',
    'bộ, công chức',
    'năm 2025. Tổng hợp kết quả',
    'Bộ Tư pháp',
    'Các địa phương',
    'Quý I/2027',
  ]);

  it('should keep the lines inside parentheses in their cell, and read the time before the note', () => {
    const first = row(items, '1 Rà soát');
    expect(leads(first)).toEqual(['Bộ Nội vụ']);
    expect(first.assignees.every((a) => a.via === 'label')).toBe(true);
    expect(first.deadlines.map((d) => [d.text, d.date])).toEqual([['Năm 2026', '2026-12-31']]);
  });

  it('should not start a cell at a year in lower case inside the task words', () => {
    const second = row(items, '2 Hướng dẫn');
    expect(second.assignees.map((a) => [a.name, a.role, a.via])).toEqual([
      ['Bộ Tư pháp', 'lead', 'label'],
      ['địa phương', 'support', 'label'],
    ]);
    expect(second.deadlines.map((d) => d.date)).toEqual(['2027-03-31']);
  });
});

describe('a header whose time column has a qualifier in brackets', () => {
  it('should read the table, the qualifier part of the header', () => {
    const items = itemsOf([
      'TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'hoàn thành', '(tháng/năm)',
      '1', 'Rà soát quy hoạch ngành', 'Sở Xây dựng', 'Sở Tài chính', '6/2026',
      '2', 'Lập kế hoạch kiểm tra', 'Sở Nội vụ', 'Sở Tư pháp', '9/2026',
    ]);
    const first = items.find((i) => i.text.includes('Rà soát quy hoạch'))!;
    expect(leads(first)).toEqual(['Sở Xây dựng']);
    expect(first.deadlines.map((d) => [d.date, d.precision])).toEqual([['2026-06-30', 'month']]);
    expect(supports(items.find((i) => i.text.includes('Lập kế hoạch'))!)).toEqual(['Sở Tư pháp']);
    expect(items.some((i) => i.kind === 'task' && i.text.includes('(tháng/năm)'))).toBe(false);
  });
});

describe('a time cell in lower case', () => {
  it('should still start the time cell, so that the units are read from their cells', () => {
    const items = itemsOf([
      'TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành',
      '1', 'Rà soát quy hoạch ngành', 'Sở Xây dựng', 'Sở Tài chính', 'quý IV/2026',
      '2', 'Lập kế hoạch kiểm tra', 'Sở Nội vụ', 'Sở Tư pháp', 'thường xuyên',
      '3', 'Tổng hợp báo cáo', 'Sở Kế hoạch và Đầu tư', 'Ủy ban nhân dân các xã, phường', 'hằng năm',
    ]);
    const at = (words: string) => items.find((i) => i.text.includes(words))!;
    expect(leads(at('Rà soát quy hoạch'))).toEqual(['Sở Xây dựng']);
    expect(at('Rà soát quy hoạch').deadlines.map((d) => d.date)).toEqual(['2026-12-31']);
    expect(leads(at('Lập kế hoạch'))).toEqual(['Sở Nội vụ']);
    expect(at('Lập kế hoạch').deadlines.map((d) => d.precision)).toEqual(['ongoing']);
    expect(leads(at('Tổng hợp báo cáo'))).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(supports(at('Tổng hợp báo cáo'))).toEqual(['Ủy ban nhân dân các xã, phường']);
  });
});

describe('a time cell wrapped over two lines, and a row number with nothing after it', () => {
  it('should keep the time cell whole and read the units from their cells', () => {
    const items = itemsOf([
      'TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành',
      '1', 'Rà soát quy hoạch ngành', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', 'Trước ngày 30', 'tháng 6 năm 2026',
      '2', 'Tổng hợp báo cáo', 'Ủy ban nhân dân các huyện', 'Sở Tài chính', 'Định kỳ', 'hằng năm',
    ]);
    const first = items.find((i) => i.text.includes('Rà soát quy hoạch'))!;
    expect(first.assignees.map((a) => [a.role, a.name, a.via])).toEqual([['lead', 'Sở Khoa học và Công nghệ', 'label'], ['support', 'Sở Tài chính', 'label']]);
    expect(first.deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
    const second = items.find((i) => i.text.includes('Tổng hợp báo cáo'))!;
    expect(second.assignees.map((a) => [a.role, a.name])).toEqual([['lead', 'Ủy ban nhân dân các huyện'], ['support', 'Sở Tài chính']]);
  });

  it('should not fail on a row number with no cells before the next', () => {
    expect(() => itemsOf(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', '1', '2', 'Rà soát quy hoạch', 'Sở Tài chính', 'Sở Xây dựng', 'Quý IV/2026'])).not.toThrow();
  });
});

describe('a row whose task lists `-` sub-items, each with its own cells', () => {
  const COLUMNS = ['TT', 'Nội dung, nhiệm vụ', 'Cơ quan chủ', 'trì thực hiện', 'Cơ quan', 'phối hợp', 'Thời gian'];
  const items = itemsOf([
    ...COLUMNS,
    '1', 'Rà soát quy chuẩn thiết kế', 'Bộ Xây dựng', 'Các bộ', 'Năm 2026',
    '2', 'Nâng cấp tiêu chuẩn kỹ thuật của', 'các công trình hạ tầng.', '',
    '-', 'Công trình thủy lợi, đê điều.', 'Bộ NN&MT', 'Bộ Khoa học', 'và Công', 'nghệ, các bộ,', 'cơ quan', 'Năm 2027',
    '-', 'Công trình đường bộ.', 'Bộ Xây dựng',
    '-', 'Công trình lưới điện.', 'Bộ Công', 'Thương', 'Các bộ,', 'cơ quan',
    '3', 'Tổ chức tuyên truyền về các nội dung:', '- phòng chống thiên tai;', '- cứu hộ cứu nạn.', 'Bộ Văn hóa, Thể thao', 'và Du lịch', 'Các bộ', 'Hằng năm',
  ]);
  const at = (words: string) => items.find((i) => i.text.includes(words))!;

  it('should make each sub-item a task with its own lead, the row only titling them', () => {
    expect(at('Nâng cấp tiêu chuẩn').kind).toBe('info');
    expect(leads(at('Công trình thủy lợi'))).toEqual(['Bộ Nông nghiệp và Môi trường']);
    expect(supports(at('Công trình thủy lợi'))).toEqual(['Bộ Khoa học và Công nghệ', 'bộ, cơ quan']);
    expect(leads(at('Công trình đường bộ'))).toEqual(['Bộ Xây dựng']);
    // (a name wrapped after its field's first word stays one cell)
    expect(leads(at('Công trình lưới điện'))).toEqual(['Bộ Công Thương']);
    expect(supports(at('Công trình lưới điện'))).toEqual(['bộ, cơ quan']);
  });

  it('should give a sub-item without a cell the one of the sub-item above it (a merged cell)', () => {
    expect(at('Công trình đường bộ').deadlines.map((d) => d.date)).toEqual(['2027-12-31']);
    expect(supports(at('Công trình đường bộ'))).toEqual(['Bộ Khoa học và Công nghệ', 'bộ, cơ quan']);
    expect(at('Công trình lưới điện').deadlines.map((d) => d.date)).toEqual(['2027-12-31']);
  });

  it('should keep a row whole when its first sub-item has no lead cell (the lead below it may be merged over all)', () => {
    const merged = itemsOf([
      ...COLUMNS,
      '1', 'Rà soát quy chuẩn thiết kế', 'Bộ Xây dựng', 'Các bộ', 'Năm 2026',
      '2', 'Hoàn thiện hệ thống tiêu chuẩn kỹ thuật', '-', 'Công trình đê điều.', 'Năm 2026', '-', 'Công trình giao thông.', 'Bộ Xây dựng', 'Các bộ', 'Năm 2027',
    ]);
    const second = merged.find((i) => i.text.includes('Hoàn thiện hệ thống'))!;
    expect(second.text).toContain('Công trình đê điều');
    expect(leads(second)).toEqual(['Bộ Xây dựng']);
  });

  it('should keep a row whole when its dashes only list the words of its task', () => {
    const third = at('Tổ chức tuyên truyền');
    expect(third.kind).toBe('task');
    expect(third.text).toContain('cứu hộ cứu nạn');
    expect(leads(third)).toEqual(['Bộ Văn hóa, Thể thao và Du lịch']);
    expect(leads(at('Rà soát quy chuẩn'))).toEqual(['Bộ Xây dựng']);
  });
});

describe('a lead or support cell that spreads one head over a list of names', () => {
  const COLUMNS = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];
  const items = itemsOf([
    ...COLUMNS,
    '1', 'Sửa chữa đê kè hư hỏng do mưa lũ', 'Các Bộ:', 'NN&MT,', 'Xây dựng,', 'Tài chính', 'Các Sở: Tư', 'pháp, Nội vụ', 'Năm 2026',
    '2', 'Kiện toàn bộ máy phòng thủ dân sự', 'Ban Chỉ đạo TƯ', 'UBND các tỉnh,', 'thành phố', 'Quý IV/2026',
    '3', 'Tổng kết Nghị quyết số 57-NQ/TW', 'Các cơ quan T.Ư', 'Các bộ, ngành', '2027',
  ]);
  const at = (words: string) => items.find((i) => i.text.includes(words))!;

  it('should read one unit per name after the colon of "Các Bộ:", "Các Sở:"', () => {
    expect(leads(at('Sửa chữa đê'))).toEqual(['Bộ Nông nghiệp và Môi trường', 'Bộ Xây dựng', 'Bộ Tài chính']);
    expect(supports(at('Sửa chữa đê'))).toEqual(['Sở Tư pháp', 'Sở Nội vụ']);
  });

  it('should keep "UBND các tỉnh, thành phố" one generic body', () => {
    const support = at('Kiện toàn').assignees.filter((a) => a.role === 'support');
    expect(support.map((a) => [a.name, a.generic])).toEqual([['Ủy ban nhân dân các tỉnh, thành phố', true]]);
  });

  it('should read TƯ and T.Ư in a unit name as Trung ương, and leave a document number as written', () => {
    expect(leads(at('Kiện toàn'))).toEqual(['Ban Chỉ đạo Trung ương']);
    expect(leads(at('Tổng kết Nghị quyết'))).toEqual(['cơ quan Trung ương']);
    expect(at('Tổng kết Nghị quyết').references).toEqual(['57-NQ/TW']);
  });
});

describe('a unit-first table (Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành)', () => {
  const items = itemsOf([
    'STT', 'Đơn vị', 'Nhiệm vụ chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'hoàn thành',
    // row 1: its number and unit centred between its tasks
    'Xây dựng quy định về kết nối dữ liệu', 'giữa các cơ quan nhà nước', '(1) Bộ Tư pháp', '(2) Các bộ, ngành, địa phương', 'Quý IV/2026',
    '1', 'Bộ Thông tin và', 'Truyền thông',
    'Ban hành khung kiến trúc số của', 'các cơ quan nhà nước', 'Văn phòng Chính phủ', 'Quý I/2027',
    // row 2: its unit before its only task; an empty phối hợp cell leaves a blank line
    '2', 'Ban Cơ yếu', 'Chính phủ', 'Triển khai giải pháp bảo mật cho', 'hệ thống của giai đoạn', '2026 - 2027', '', 'Từ tháng 8/2026',
    // row 3: one task before its unit, one after
    'Giới thiệu địa điểm đặt trung tâm dữ liệu', 'Bộ Công an', 'Theo lộ trình', 'của Đề án',
    '3', 'UBND thành phố', 'Hà Nội, Thành', 'phố Hồ Chí Minh',
    'Chuẩn bị hạ tầng điện, nước cho trung tâm', 'dữ liệu', 'Bộ Công an', 'Năm 2027',
    '', 'Phụ lục II', 'NỘI DUNG TRỌNG TÂM VỀ XÂY DỰNG', 'VÀ TRIỂN KHAI TRUNG TÂM DỮ LIỆU',
  ]);
  const at = (words: string) => items.find((i) => i.text.includes(words))!;

  it('should give each task its unit as lead, and read the numbered phối hợp cell member by member', () => {
    const first = at('Xây dựng quy định về kết nối');
    expect(leads(first)).toEqual(['Bộ Thông tin và Truyền thông']);
    expect(supports(first)).toEqual(['Bộ Tư pháp', 'bộ, ngành, địa phương']);
    expect(first.deadlines.map((d) => d.date)).toEqual(['2026-12-31']);
    expect(leads(at('Ban hành khung kiến trúc'))).toEqual(['Bộ Thông tin và Truyền thông']);
  });

  it('should keep the years inside a task’s words there, and start the time cell after a blank line', () => {
    const second = at('Triển khai giải pháp bảo mật');
    expect(leads(second)).toEqual(['Ban Cơ yếu Chính phủ']);
    expect(second.text).toContain('2026 - 2027');
    expect(second.text).toContain('Từ tháng 8/2026');
  });

  it('should give a task before a centred unit to that unit when the unit above has its own', () => {
    expect(leads(at('Giới thiệu địa điểm'))).toEqual(leads(at('Chuẩn bị hạ tầng')));
    expect(leads(at('Chuẩn bị hạ tầng'))[0]).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(at('1 Bộ Thông tin và').kind).toBe('info');
  });

  it('should end the table at the next appendix, whose title in capitals gives no task', () => {
    expect(at('Chuẩn bị hạ tầng').text).not.toContain('Phụ lục');
    expect(at('NỘI DUNG TRỌNG TÂM VỀ XÂY DỰNG').kind).toBe('info');
    expect(at('VÀ TRIỂN KHAI TRUNG TÂM').kind).toBe('info');
  });
});

describe('flattened task tables of a Sở: its offices and hospitals lead, a time cell "Trước 30/6/2025"', () => {
  const items = itemsOf([
    'TT',
    'Nội dung',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Thời gian hoàn thành',
    '1',
    'Chuẩn bị thuốc, vật tư, hóa chất',
    'phòng chống dịch',
    '',
    'Phòng Kế hoạch - Tài chính',
    'Trung tâm Kiểm soát bệnh tật',
    'tỉnh',
    'Trước 30/6/2025',
    '2',
    'Tập huấn chẩn đoán, điều trị',
    'sốt xuất huyết cho 500 nhân viên',
    'y tế',
    'Bệnh viện Đa khoa tỉnh',
    'Phòng Nghiệp vụ Y',
    'Tháng 7/2025',
    '3',
    'Tổ chức chiến dịch diệt lăng',
    'quăng tại các xã có ổ dịch cũ',
    'Trung tâm Y tế các huyện, thị',
    'xã, thành phố',
    'UBND các xã, phường, thị trấn',
    'Quý III/2025',
    '4',
    'Tuyên truyền cho người dân về',
    'Phòng, chống dịch bệnh',
    'Trung tâm Kiểm soát bệnh tật',
    'tỉnh',
    'Trung tâm Y tế các huyện',
    'Thường xuyên',
  ]);
  const at = (words: string) => items.find((i) => i.text.includes(words))!;

  it('should read an office (Phòng) and a hospital as the lead cell, and a time cell without "ngày"', () => {
    const first = at('Chuẩn bị thuốc');
    expect(leads(first)).toEqual(['Phòng Kế hoạch - Tài chính']);
    expect(supports(first)).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh']);
    expect(first.deadlines.map((d) => d.date)).toEqual(['2025-06-30']);
    const second = at('Tập huấn chẩn đoán');
    expect(leads(second)).toEqual(['Bệnh viện Đa khoa tỉnh']);
    expect(supports(second)).toEqual(['Phòng Nghiệp vụ Y']);
  });

  it('should keep a class wrapped inside its cell whole ("các huyện, thị\\nxã, thành phố")', () => {
    expect(leads(at('Tổ chức chiến dịch'))).toEqual(['Trung tâm Y tế các huyện, thị xã, thành phố']);
  });

  it('should keep a school or a hospital the task works on in its words when the row has one cell too many', () => {
    const rows = itemsOf(['TT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', '1', 'Đầu tư xây dựng, nâng cấp', 'Trường THCS Nghĩa Hà', 'UBND huyện Tư Nghĩa', 'Sở Giáo dục và Đào tạo', 'Quý III/2026', '2', 'Cải tạo, sửa chữa', 'Bệnh viện Đa khoa khu vực', 'Sở Y tế', 'Sở Tài chính', 'Năm 2026']);
    const first = rows.find((i) => i.text.includes('Đầu tư xây dựng'))!;
    expect(leads(first)).toEqual(['Ủy ban nhân dân huyện Tư Nghĩa']);
    expect(supports(first)).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(leads(rows.find((i) => i.text.includes('Cải tạo'))!)).toEqual(['Sở Y tế']);
  });

  it('should keep "Phòng, chống …" in the task’s words', () => {
    const fourth = at('Tuyên truyền cho người dân');
    expect(fourth.text).toContain('Phòng, chống dịch bệnh');
    expect(leads(fourth)).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh']);
  });
});

describe('flattened task tables of a ministry’s plan, products after the time', () => {
  // "Nội dung nhiệm vụ" names one column; "Sản phẩm" follows "Thời gian hoàn thành".
  const PLAN_HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Thời gian', 'hoàn thành', 'Sản phẩm'];
  const items = itemsOf([
    ...PLAN_HEADER,
    '1',
    'Rà soát các quy định về thủ tục hành',
    'chính trong lĩnh vực khoa học',
    'Vụ Pháp chế',
    'Văn phòng Bộ, các',
    'đơn vị thuộc Bộ',
    'Quý II/2026',
    'Báo cáo rà',
    'soát',
    '2',
    'Số hóa hồ sơ lưu trữ của Bộ',
    'Văn phòng Bộ',
    'Các đơn vị thuộc',
    'Bộ',
    'Trước ngày',
    '31/12/2026',
    'Cơ sở dữ liệu',
    '3',
    'Tổ chức thí điểm mô hình đổi mới sáng',
    'tạo tại các địa phương',
    'Cục Đổi mới sáng',
    'tạo',
    'UBND thành phố Hà',
    'Nội, Thành phố Hồ',
    'Chí Minh',
    'Năm 2026',
    'Mô hình',
    '4',
    'Phủ sóng 5G tại các khu công nghiệp',
    '',
    '7',
    '',
    ...PLAN_HEADER,
    'Cục Viễn thông',
    'Bộ trưởng Bộ',
    'Công an',
    '2026 - 2027',
    'Hạ tầng 5G',
    '5',
    'Vụ việc tồn đọng về đất đai được giải',
    'quyết dứt điểm',
    'Thanh tra Bộ',
    'Vụ Pháp chế',
    'Thường xuyên',
    'Báo cáo',
  ]);

  it('should read the cells before the products, a ministry’s Vụ as a lead', () => {
    const first = row(items, '1 Rà soát');
    expect(leads(first)).toEqual(['Vụ Pháp chế']);
    expect(supports(first)).toEqual(['Văn phòng Bộ', 'đơn vị thuộc Bộ']);
    expect(first.deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
  });

  it('should end a cell on "Bộ" alone when the next line opens a body’s name or a time', () => {
    const second = row(items, '2 Số hóa');
    expect(leads(second)).toEqual(['Văn phòng Bộ']);
    expect(supports(second)).toEqual(['đơn vị thuộc Bộ']);
    expect(second.deadlines.map((d) => d.date)).toEqual(['2026-12-31']);
  });

  it('should keep a place wrapped after a capitalised word in its cell ("Hà\\nNội, Thành phố Hồ\\nChí Minh")', () => {
    const third = row(items, '3 Tổ chức thí điểm');
    expect(leads(third)).toEqual(['Cục Đổi mới sáng tạo']);
    expect(supports(third).length).toBeGreaterThan(0);
    expect(supports(third).join(' | ')).toContain('Chí Minh');
    expect(third.deadlines.map((d) => d.date)).toEqual(['2026-12-31']);
  });

  it('should read the cells of a row that a page break cut, after the repeated header', () => {
    const fourth = row(items, '4 Phủ sóng 5G');
    expect(fourth.kind).toBe('task');
    expect(leads(fourth)).toEqual(['Cục Viễn thông']);
    // (a name wrapped after "Bộ" stays whole: "Bộ trưởng Bộ\nCông an")
    expect(supports(fourth)).toEqual(['Bộ Công an']);
    expect(fourth.deadlines.map((d) => d.date)).toEqual(['2027-12-31']);
  });

  it('should keep "Vụ việc …" in the task’s words and read the last row’s products', () => {
    const fifth = row(items, '5 Vụ việc tồn đọng');
    expect(leads(fifth)).toEqual(['Thanh tra Bộ']);
    expect(supports(fifth)).toEqual(['Vụ Pháp chế']);
    expect(fifth.deadlines.map((d) => d.precision)).toEqual(['ongoing']);
    expect(fifth.text).toContain('Báo cáo');
  });
});
