/**
 * A plan's task table copied as text with its cells kept apart on each row's line, by `|` (a Word or
 * markdown table copied as text) or by a tab (a Word copy, and the tables of .html and .docx files):
 * each row is one task whose cells give its lead, supports and deadline (src/segment/delimited-table.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { docx } from '../helpers/variants.js';

const HEAD = ['KẾ HOẠCH', 'Triển khai nhiệm vụ năm 2026', '', 'II. NHIỆM VỤ CỤ THỂ', 'Các đơn vị thực hiện các nhiệm vụ sau:'];

function itemsOf(lines: string[]) {
  return parse([...HEAD, ...lines].join('\n')).items;
}

type Item = ReturnType<typeof itemsOf>[number];
const leads = (item: Item) => item.assignees.filter((a) => a.role === 'lead').map((a) => a.name);
const supports = (item: Item) => item.assignees.filter((a) => a.role === 'support').map((a) => a.name);
const dates = (item: Item) => item.deadlines.map((d) => d.date ?? d.precision);
const tasks = (items: Item[]) => items.filter((i) => i.kind === 'task');
const at = (items: Item[], words: string) => items.find((i) => i.text.includes(words))!;

describe('task tables with | between their cells', () => {
  const items = itemsOf([
    '| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |',
    '|---|---|---|---|---|---|',
    '| I | Nhóm nhiệm vụ hoàn thiện thể chế | | | | |',
    '| 1 | Rà soát các thủ tục hành chính | Sở Tư pháp | Các sở, ngành | Quý II/2026 | Báo cáo |',
    '| 2 | Xây dựng quy chế chia sẻ dữ liệu | Sở Khoa học và Công nghệ | Sở Tài chính, Công an tỉnh | Tháng 9/2026 | Quy chế |',
    '| 3 | Ban hành kế hoạch chuyển đổi số | | | | |',
    '| 3.1 | Xây dựng dự thảo kế hoạch | Sở Khoa học và Công nghệ | Sở Nội vụ | Trước ngày 30/10/2026 | Dự thảo |',
    '| 3.2 | Trình ban hành kế hoạch | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh | Thường xuyên | Kế hoạch |',
    '| 4 | Tổ chức tập huấn kỹ năng số | Sở Nội vụ | Sở Y tế, | Năm 2026 | Lớp |',
    '|   | cho cán bộ cấp xã |  | Sở Xây dựng |  | tập huấn |',
  ]);

  it('should make each row one task with its lead, supports and deadline', () => {
    expect(tasks(items).map((i) => i.text.split('|')[2]!.trim())).toEqual([
      'Rà soát các thủ tục hành chính',
      'Xây dựng quy chế chia sẻ dữ liệu',
      'Xây dựng dự thảo kế hoạch',
      'Trình ban hành kế hoạch',
      'Tổ chức tập huấn kỹ năng số',
    ]);
    const first = at(items, 'Rà soát các thủ tục');
    expect(leads(first)).toEqual(['Sở Tư pháp']);
    expect(supports(first)).toEqual(['sở, ngành']);
    expect(dates(first)).toEqual(['2026-06-30']);
    const second = at(items, 'Xây dựng quy chế');
    expect(leads(second)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(supports(second)).toEqual(['Sở Tài chính', 'Công an tỉnh']);
    expect(dates(second)).toEqual(['2026-09-30']);
    expect(dates(at(items, 'Trình ban hành'))).toEqual(['ongoing']);
  });

  it('should make the header, a group row and a row that titles its sub-rows info', () => {
    expect(at(items, 'Nội dung nhiệm vụ').kind).toBe('info');
    expect(at(items, 'Nhóm nhiệm vụ hoàn thiện').kind).toBe('info');
    expect(at(items, 'Ban hành kế hoạch chuyển đổi số').kind).toBe('info');
  });

  it('should join a line whose number cell is empty to the row above it', () => {
    const fourth = at(items, 'Tổ chức tập huấn');
    expect(fourth.text).toContain('cho cán bộ cấp xã');
    expect(supports(fourth)).toEqual(['Sở Y tế', 'Sở Xây dựng']);
    expect(dates(fourth)).toEqual(['2026-12-31']);
  });

  it('should read a table without the header rule and without row numbers', () => {
    const rows = itemsOf([
      'Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn',
      'Rà soát quy hoạch | Sở Xây dựng | Sở Tài chính | Quý III/2026',
      'Kiểm tra an toàn thực phẩm | Sở Y tế | Công an tỉnh | Tháng 12/2026',
    ]);
    expect(tasks(rows).map((i) => leads(i))).toEqual([['Sở Xây dựng'], ['Sở Y tế']]);
    expect(dates(at(rows, 'Kiểm tra an toàn'))).toEqual(['2026-12-31']);
  });
});

describe('task tables with a tab between their cells', () => {
  it('should read a Word copy whose cell of two paragraphs breaks the row over two lines', () => {
    const items = itemsOf([
      'TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
      '1\tRà soát các thủ tục hành chính\tSở Tư pháp\tCác sở, ngành\tQuý II/2026',
      '2\tTổ chức tập huấn kỹ năng số',
      'cho cán bộ cấp xã\tSở Nội vụ\tSở Y tế,',
      'Sở Xây dựng\tNăm 2026',
      'II\tNhóm nhiệm vụ phát triển hạ tầng số',
      '3\tNâng cấp Trung tâm dữ liệu\tSở Khoa học và Công nghệ\tSở Tài chính\tQuý IV/2026',
    ]);
    expect(tasks(items)).toHaveLength(3);
    const second = at(items, 'Tổ chức tập huấn');
    expect(second.text).toContain('cho cán bộ cấp xã');
    expect(leads(second)).toEqual(['Sở Nội vụ']);
    expect(supports(second)).toEqual(['Sở Y tế', 'Sở Xây dựng']);
    expect(dates(second)).toEqual(['2026-12-31']);
    expect(at(items, 'Nhóm nhiệm vụ phát triển').kind).toBe('info');
    expect(leads(at(items, 'Nâng cấp Trung tâm'))).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('should read the table of an .html page and of a .docx file', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><body><div class="detail-content"><p>KẾ HOẠCH</p><p>Các đơn vị thực hiện các nhiệm vụ sau:</p><table>${row(['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'])}${row(['1', 'Rà soát thủ tục', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý II/2026'])}${row(['2', 'Tổ chức tập huấn', 'Sở Nội vụ', 'Sở Y tế,', 'Năm 2026'])}${row(['', 'cho cán bộ cấp xã', '', 'Sở Xây dựng', ''])}</table></div></body></html>`;
    const fromHtml = parse(html, { format: 'html' }).items;
    expect(tasks(fromHtml).map((i) => [leads(i), supports(i), dates(i)])).toEqual([
      [['Sở Tư pháp'], ['Sở Nội vụ'], ['2026-06-30']],
      [['Sở Nội vụ'], ['Sở Y tế', 'Sở Xây dựng'], ['2026-12-31']],
    ]);
    const bytes = docx('Các đơn vị thực hiện các nhiệm vụ sau:\nSở Y tế theo dõi, tổng hợp kết quả.', {
      table: [
        ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        ['1', 'Rà soát thủ tục', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý II/2026'],
        ['2', 'Tổ chức tập huấn', 'Sở Nội vụ', '', 'Năm 2026'],
      ],
    });
    const fromDocx = parse(bytes).items;
    expect(tasks(fromDocx).map((i) => [leads(i), supports(i), dates(i)])).toEqual([
      [['Sở Tư pháp'], ['Sở Nội vụ'], ['2026-06-30']],
      [['Sở Nội vụ'], [], ['2026-12-31']],
    ]);
  });
});

describe('text with | or tabs that is no task table', () => {
  it('should leave a metadata table and a table without a lead column as they are', () => {
    const items = itemsOf([
      '| Số hiệu: | 12/KH-UBND | Ngày ban hành: | 10/3/2026 |',
      '| Loại văn bản: | Kế hoạch | Người ký: | Nguyễn Văn A |',
      '',
      'TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2026',
      '1\tTốc độ tăng trưởng\t%\t8',
      '2\tThu ngân sách\ttỷ đồng\t5.000',
      '',
      '1. Sở Tài chính chủ trì rà soát kinh phí, hoàn thành trong quý I/2026.',
    ]);
    // (no row of either is an item of its own, and no cell is read as a unit)
    const figures = items.filter((i) => i.text.includes('Tốc độ tăng trưởng'));
    expect(figures).toHaveLength(1);
    expect(figures[0]!.text).toContain('Thu ngân sách');
    expect(items.flatMap((i) => i.assignees.map((a) => a.name))).not.toEqual(expect.arrayContaining([expect.stringMatching(/Kế hoạch|Nguyễn Văn A|12\/KH/u)]));
    expect(leads(at(items, 'Sở Tài chính chủ trì'))).toEqual(['Sở Tài chính']);
  });

  it('should not read a header followed by one row as a table', () => {
    const items = itemsOf(['| TT | Nhiệm vụ | Chủ trì | Thời hạn |', '| 1 | Rà soát thủ tục | Sở Tư pháp | Quý II/2026 |', '', 'Sở Y tế chủ trì kiểm tra.']);
    // (its one row is not split out as a task of its own)
    expect(items.filter((i) => i.text.startsWith('| 1 |'))).toEqual([]);
  });
});

describe('text after a delimited table, and tables of results', () => {
  it('should end a tab table at a paragraph indented by a tab and at a heading after a row short of cells', () => {
    const indented = itemsOf([
      'TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
      '1\tRà soát các thủ tục hành chính\tSở Tư pháp\tCác sở, ngành\tQuý II/2026',
      '2\tNâng cấp Trung tâm dữ liệu\tSở Khoa học và Công nghệ\tSở Tài chính\t',
      '\tSở Y tế chủ trì kiểm tra an toàn thực phẩm, hoàn thành trước ngày 30/6/2026.',
    ]);
    expect(leads(at(indented, 'Nâng cấp Trung tâm'))).toEqual(['Sở Khoa học và Công nghệ']);
    expect(at(indented, 'Nâng cấp Trung tâm').text).not.toContain('Sở Y tế');
    expect(leads(at(indented, 'Sở Y tế chủ trì'))).toEqual(['Sở Y tế']);
    const short = itemsOf([
      'TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
      '1\tRà soát các thủ tục hành chính\tSở Tư pháp\tCác sở, ngành\tQuý II/2026',
      '2\tNâng cấp Trung tâm dữ liệu\tSở Khoa học và Công nghệ\tSở Tài chính',
      'III. TỔ CHỨC THỰC HIỆN',
      'Sở Kế hoạch và Đầu tư theo dõi, báo cáo UBND tỉnh trước ngày 15/12/2026.',
    ]);
    expect(at(short, 'Nâng cấp Trung tâm').text).not.toContain('TỔ CHỨC');
    const follow = at(short, 'Sở Kế hoạch và Đầu tư');
    expect(leads(follow)).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(dates(follow)).toEqual(['2026-12-15']);
  });

  it('should end a table without row numbers at a line whose time cell names no time (a news page’s links)', () => {
    const items = parse([
      'UBND tỉnh yêu cầu triển khai các nhiệm vụ sau:',
      'Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn',
      'Rà soát quy hoạch | Sở Xây dựng | Sở Tài chính | Quý III/2026',
      'Kiểm tra an toàn thực phẩm | Sở Y tế | Công an tỉnh | Tháng 12/2026',
      'Tin liên quan | Chia sẻ | In bài | Gửi email',
    ].join('\n')).items;
    expect(leads(at(items, 'Rà soát quy hoạch'))).toEqual(['Sở Xây dựng']);
    expect(leads(at(items, 'Kiểm tra an toàn'))).toEqual(['Sở Y tế']);
    const links = at(items, 'Tin liên quan');
    expect(links.kind).toBe('info');
    expect(leads(links)).toEqual([]);
  });

  it('should leave a table of results (a figures column) as it is', () => {
    const items = parse([
      'Chiều 9/3, Chủ tịch UBND tỉnh chủ trì cuộc họp. Kết quả thực hiện nhiệm vụ năm 2025 như sau:',
      '| TT | Nội dung công việc | Đơn vị thực hiện | Kết quả | Tỷ lệ (%) |',
      '|---|---|---|---|---|',
      '| 1 | Giải ngân vốn đầu tư công | Sở Tài chính | 1.200 tỷ đồng | 85 |',
      '| 2 | Cấp giấy chứng nhận quyền sử dụng đất | Sở Nông nghiệp và Môi trường | 3.500 giấy | 92 |',
    ].join('\n')).items;
    expect(at(items, 'Giải ngân vốn').kind).toBe('info');
    expect(leads(at(items, 'Giải ngân vốn'))).toEqual([]);
  });

  it('should keep the cells of an .html row under their columns when a cell above spans two rows', () => {
    const html = `<html><body><div class="detail-content"><p>KẾ HOẠCH</p><p>Các đơn vị thực hiện các nhiệm vụ sau:</p><table><tr><td>TT</td><td>Nội dung nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Thời gian hoàn thành</td></tr><tr><td>1</td><td>Rà soát thủ tục</td><td rowspan="2">Sở Tư pháp</td><td>Sở Nội vụ</td><td>Quý II/2026</td></tr><tr><td>2</td><td>Công bố danh mục thủ tục</td><td>Văn phòng UBND tỉnh</td><td>Quý III/2026</td></tr></table></div></body></html>`;
    const second = at(parse(html, { format: 'html' }).items, 'Công bố danh mục');
    expect(leads(second)).not.toContain('Văn phòng Ủy ban nhân dân tỉnh');
    expect(supports(second)).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
    expect(dates(second)).toEqual(['2026-09-30']);
  });
});
