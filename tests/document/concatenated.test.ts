/**
 * Two documents in one file (a web page copy with two notices, a Kết luận followed by another, a
 * decision followed by its plan or its appendix): the first one's signature and Nơi nhận end its
 * part, not the file, so that the second one's items are items. Built by concatenating the
 * official fixtures two by two and comparing with each parsed alone.
 */
import { describe, expect, it } from 'vitest';
import { parse, parseWithText, type Item, type Result } from '../../src/index.js';
import { readDocument } from '../../src/document/read-document.js';
import { segmentLines } from '../../src/segment/lines.js';
import { coverageProblems, invariantProblems } from '../helpers/coverage.js';
import { fixtureBytes, fixtureNames } from '../helpers/fixtures.js';

const text = (name: string) => fixtureBytes(name).toString('utf8');

// The official fixtures: those with a number of their own (web copies and news reports have none).
const official = fixtureNames().filter((name) => parse(text(name)).document.number !== null);
const alone = new Map<string, Result>(official.map((name) => [name, parse(text(name))]));

/** What must not change when another document stands before or after: the words and who acts. */
const gist = (i: Item) => ({ text: i.text, kind: i.kind, assignees: i.assignees.map((a) => `${a.name} (${a.role}, ${a.via})`) });

/** Each document before the next one in the list, and the last before the first: every fixture on both sides. */
const pairs = official.map((a, k) => [a, official[(k + 1) % official.length]!] as const);
// And a few more: two conclusions, a plan after a notice, a dispatch after a plan.
for (const [a, b] of [
  ['tbkl-vpcp-hcm-2026', 'quangngai-2021-ket-luan'],
  ['tb-ubnd-hanoi-2026', 'kh-ubnd-hanoi-2026'],
  ['kh-ubnd-hanoi-2026', 'cd-ttg-duoinuoc-2026'],
] as const) {
  if (official.includes(a) && official.includes(b)) pairs.push([a, b]);
}

describe('two documents in one file', () => {
  it('should have several official fixtures to combine', () => {
    expect(official.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pairs)('should keep the items of %s and of %s that follows it', (a, b) => {
    const { result, text: normalized } = parseWithText(`${text(a)}\n\n${text(b)}`);
    const first = alone.get(a)!;
    const second = alone.get(b)!;
    // Item ids may change (a second `I.` is `I~2`); words, kind and assignees may not.
    const got = result.items.map(gist);
    expect(got).toEqual([...first.items.map(gist), ...second.items.map(gist)]);
    // The document is the first one.
    expect(result.document).toEqual(first.document);
    expect(coverageProblems(result, normalized)).toEqual([]);
    expect(invariantProblems(result, normalized)).toEqual([]);
  });
});

// A Kết luận whose last part is its signature block.
const KET_LUAN = [
  'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  'Số: 45/KL-SKHCN',
  'Quảng Ngãi, ngày 23 tháng 7 năm 2021',
  'KẾT LUẬN',
  'của Giám đốc Sở Khoa học và Công nghệ',
  '',
  '1. Phòng Quản lý Khoa học chủ trì rà soát các nhiệm vụ, hoàn thành trước ngày 15/8/2021.',
  '2. Phòng Kế hoạch - Tài chính tham mưu dự toán năm 2022.',
  '',
  'Nơi nhận:',
  '- GD, các PGD Sở;',
  '- Lưu: VT, VP.',
  '',
  'GIÁM ĐỐC',
  '',
  'Nguyễn Văn Thành',
  '',
].join('\n');

const itemsAfter = (r: Result, offset: number) => r.items.filter((i) => i.span.start >= offset).map((i) => i.text);

describe('what follows a signature', () => {
  const cases: [string, string, string[]][] = [
    [
      'a second document with its own number',
      'UBND TỈNH QUẢNG NGÃI\nSố: 12/TB-UBND\nQuảng Ngãi, ngày 30 tháng 7 năm 2021\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n1. Sở Tài chính chủ trì tham mưu bố trí kinh phí.',
      ['1. Sở Tài chính chủ trì tham mưu bố trí kinh phí.'],
    ],
    [
      'a second document under the motto, without a number',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\nTriển khai Kết luận\n\nI. MỤC ĐÍCH\n1. Các phòng triển khai thực hiện kịp thời.',
      ['1. Các phòng triển khai thực hiện kịp thời.'],
    ],
    [
      'the numbered body going on',
      'I. NHIỆM VỤ BỔ SUNG\n1. Phòng Quản lý Khoa học chủ trì xây dựng kế hoạch, hoàn thành trước ngày 30/9/2021.',
      ['1. Phòng Quản lý Khoa học chủ trì xây dựng kế hoạch, hoàn thành trước ngày 30/9/2021.'],
    ],
    [
      'an appendix table',
      'PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\nTT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn\n1 | Xây dựng kế hoạch | Phòng Quản lý Khoa học | 30/9/2021',
      ['TT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn 1 | Xây dựng kế hoạch | Phòng Quản lý Khoa học | 30/9/2021'],
    ],
    [
      'an appendix attached to the conclusion',
      'Phụ lục I\nNHIỆM VỤ GIAO CÁC PHÒNG\n(Kèm theo Kết luận số 45/KL-SKHCN ngày 23/7/2021\ncủa Giám đốc Sở)\n1. Phòng Quản lý Khoa học chủ trì xây dựng kế hoạch.\n2. Văn phòng Sở theo dõi, tổng hợp.',
      ['1. Phòng Quản lý Khoa học chủ trì xây dựng kế hoạch.', '2. Văn phòng Sở theo dõi, tổng hợp.'],
    ],
  ];

  it.each(cases)('should make items of %s, and read its header as no item', (_, following, want) => {
    const input = `${KET_LUAN}\n${following}\n`;
    const { result, text: normalized } = parseWithText(input);
    expect(itemsAfter(result, KET_LUAN.length)).toEqual(want);
    expect(result.items.filter((i) => i.span.start < KET_LUAN.length)).toHaveLength(2);
    expect(result.document.number).toBe('45/KL-SKHCN');
    expect(result.document.signer).toEqual({ title: 'Giám đốc', name: 'Nguyễn Văn Thành' });
    expect(result.document.recipients).toEqual(['GD, các PGD Sở', 'Lưu: VT, VP']);
    expect(coverageProblems(result, normalized)).toEqual([]);
  });

  it('should keep the signature of the first document out of the items, and the last one as the footer', () => {
    const input = `${KET_LUAN}\nSố: 12/TB-UBND\nTHÔNG BÁO\n\n1. Sở Tài chính chủ trì.\n\nCHỦ TỊCH\nTrần Văn B\n`;
    const lines = segmentLines(input);
    const r = readDocument(input, lines);
    expect(r.innerFooters).toHaveLength(1);
    expect(lines[r.innerFooters[0]!.start]!.text).toBe('Nơi nhận:');
    expect(lines[r.innerFooters[0]!.end]!.text).toBe('1. Sở Tài chính chủ trì.');
    expect(lines[r.footerStartLine]!.text).toBe('CHỦ TỊCH');
  });

  it.each([
    ['a footnote', '[1] Quyết định số 104/QĐ-UBND ngày 07/02/2023.'],
    ['a later marker', '2. Phòng Kế hoạch - Tài chính tham mưu dự toán năm 2022.'],
    ['a line of text', 'Ghi chú: bản sao gửi kèm.'],
  ])('should keep %s after the signature in the footer', (_, following) => {
    const input = `${KET_LUAN}\n${following}\n`;
    const lines = segmentLines(input);
    const r = readDocument(input, lines);
    expect(r.innerFooters).toEqual([]);
    expect(lines[r.footerStartLine]!.text).toBe('Nơi nhận:');
  });
});
