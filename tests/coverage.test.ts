/**
 * No item lost (SPEC.md, item Coverage): on every fixture, every visible character of the
 * normalized text lies in exactly one item, outline node, furniture range or header/footer
 * region, checked from the output alone.
 */
import { describe, expect, it } from 'vitest';
import { parseWithText } from '../src/index.js';
import { fixtureBytes, fixtureNames, fixturePath } from './helpers/fixtures.js';
import { coverageProblems } from './helpers/coverage.js';

describe.each(fixtureNames())('%s', (name) => {
  it('should cover every visible character exactly once', () => {
    const { result, text } = parseWithText(fixtureBytes(name), { path: fixturePath(name) });
    expect(coverageProblems(result, text)).toEqual([]);
  });
});

describe('coverage of small documents', () => {
  const cases: Record<string, string> = {
    'a header, a body and a footer':
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KL-UBND\nQuảng Ngãi, ngày 23 tháng 7 năm 2021\n\nKẾT LUẬN\n\n1. Sở Tài chính chủ trì, hoàn thành trước ngày 15/8/2021.\n2. Sở Nội vụ theo dõi.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn A',
    'a heading with an instruction of its own':
      '1. Trước ngày 31/5/2026, Sở Tài chính hoàn thành rà soát, sắp xếp trụ sở; phương án bố trí theo hướng:\nTiếp tục như sau.\n- Giữ lại trụ sở A.\n- Bán trụ sở B.',
    'repeated bare markers': '1.\n1.\n1.\n1.\n',
    'two documents in one file':
      'Số: 12/KL-UBND\nKẾT LUẬN\n\n1. Sở Tài chính chủ trì.\n\nNơi nhận:\n- Như trên;\nCHỦ TỊCH\nNguyễn Văn A\n\nỦY BAN NHÂN DÂN\nSố: 13/TB-UBND\nTHÔNG BÁO\n\n1. Sở Nội vụ theo dõi.\n\nCHỦ TỊCH\nNguyễn Văn B',
    'a signature with the numbered body going on': '1. Sở Tài chính chủ trì.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n\nI. PHỤ LỤC NHIỆM VỤ\n1. Sở Nội vụ theo dõi.',
  };
  it.each(Object.entries(cases))('should cover %s', (_, input) => {
    const { result, text } = parseWithText(input);
    expect(coverageProblems(result, text)).toEqual([]);
  });
});

describe('the coverage check itself', () => {
  it('should notice a header line that no region, item or node holds', () => {
    const { result, text } = parseWithText('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 12/KL-UBND\nQuảng Ngãi, ngày 23 tháng 7 năm 2021\n\n1. Sở Tài chính chủ trì rà soát.');
    expect(coverageProblems(result, text)).toEqual([]);
    expect(coverageProblems({ ...result, regions: [] }, text)).not.toEqual([]);
  });

  it('should notice two items that overlap', () => {
    const { result, text } = parseWithText('1. Sở Tài chính chủ trì rà soát.\n2. Sở Nội vụ theo dõi.');
    const [a, b] = result.items;
    const overlapping = [a!, { ...b!, span: { start: a!.span.start, end: b!.span.end } }];
    expect(coverageProblems({ ...result, items: overlapping }, text).join()).toMatch(/covered 2 times/);
  });
});
