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
