import { describe, expect, it } from 'vitest';
import { emitCsv, guardFormula, CSV_COLUMNS } from '../../src/emit/csv.js';
import { parse } from '../../src/index.js';
import { parse as parseCsv } from '../helpers/csv-parse.js';

describe('guardFormula', () => {
  it.each([
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+84 912', "'+84 912"],
    ['-1 Giao Sở Tài chính', "'-1 Giao Sở Tài chính"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['-', '-'],
    ['+', '+'],
    ['Sở Tài chính', 'Sở Tài chính'],
  ])('should turn %j into %j', (cell, expected) => {
    expect(guardFormula(cell)).toBe(expected);
  });
});

describe('emitCsv', () => {
  it('should write one header and one row per item that a CSV parser reads back', () => {
    const a = parse('- Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát, hoàn thành trước ngày 15/8/2024.\n\n= Yêu cầu "Sở Y tế" báo cáo, kịp thời.', { path: 'a.txt' });
    const b = parse('+ Đề nghị Sở Xây dựng khẩn trương hoàn thành.\n\n@ Sở Công Thương chủ trì kiểm tra.', { path: 'b.txt' });
    const rows = parseCsv(emitCsv([a, b]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + a.items.length + b.items.length);
    for (const row of rows.slice(1)) for (const cell of row) if (cell.length > 1) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...a.items.map(() => 'a.txt'), ...b.items.map(() => 'b.txt')]);
  });
});
