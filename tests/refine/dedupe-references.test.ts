import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/extract/references.js';
import { dedupeReferences } from '../../src/refine/dedupe-references.js';
import type { Candidate, ReferenceValue } from '../../src/types.js';
import { CORPUS_CONTEXT } from '../helpers/corpus.js';

const ref = (number: string, start: number, type = 'Quyết định'): Candidate<ReferenceValue> => ({
  value: { type, number, date: null, issuer: null },
  span: { start, end: start + number.length },
  text: number,
  rule: 'test',
});

describe('dedupeReferences', () => {
  it('should keep each number once, with the first occurrence and every span in document order', () => {
    const groups = dedupeReferences([ref('57-NQ/TW', 10, 'Nghị quyết'), ref('60/2021/NĐ-CP', 40, 'Nghị định'), ref('57-NQ/TW', 90, 'Nghị quyết')]);
    expect(groups.map((g) => g.first.value.number)).toEqual(['57-NQ/TW', '60/2021/NĐ-CP']);
    expect(groups[0]!.spans).toEqual([
      { start: 10, end: 18 },
      { start: 90, end: 98 },
    ]);
    expect(groups[1]!.spans).toEqual([{ start: 40, end: 53 }]);
  });

  it('should compare numbers without spaces, case-insensitively and with Đ read as D', () => {
    const groups = dedupeReferences([ref('318/QĐ-TTg', 5), ref('318/QD-TTG', 50), ref('318/ QĐ-TTg', 80), ref('318/Qđ-Ttg', 120)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.first.value.number).toBe('318/QĐ-TTg');
    expect(groups[0]!.spans.map((s) => s.start)).toEqual([5, 50, 80, 120]);
  });

  it('should take the first occurrence in the document even when candidates come out of order', () => {
    const groups = dedupeReferences([ref('1433/QĐ-UBND', 300), ref('1433/QĐ-UBND', 20)]);
    expect(groups[0]!.first.span.start).toBe(20);
    expect(groups[0]!.spans.map((s) => s.start)).toEqual([20, 300]);
  });

  it('should list the same words once when two units report them', () => {
    const groups = dedupeReferences([ref('57-NQ/TW', 10), ref('57-NQ/TW', 10)]);
    expect(groups[0]!.spans).toEqual([{ start: 10, end: 18 }]);
  });

  it('should dedupe what the extractor finds in a real passage', () => {
    const text =
      'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị … triển khai Nghị quyết 57-NQ/TW; Nghị định số 88/2025/NĐ-CP và Nghị quyết số 57- NQ/TW.';
    const groups = dedupeReferences(extractReferences({ text, span: { start: 0, end: text.length } }, { ...CORPUS_CONTEXT, text }));
    expect(groups.map((g) => [g.first.value.number, g.first.value.date, g.spans.length])).toEqual([
      ['57-NQ/TW', '2024-12-22', 3],
      ['88/2025/NĐ-CP', null, 1],
    ]);
  });
});
