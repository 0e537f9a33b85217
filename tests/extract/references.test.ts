import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/extract/references.js';
import { CORPUS_CONTEXT, countPhrases, runCorpus } from '../helpers/corpus.js';
import { REFERENCE_CORPUS } from '../corpus/references.corpus.js';

runCorpus('references', extractReferences, REFERENCE_CORPUS);

describe('extractReferences', () => {
  it('should have a corpus of at least 60 positives and 15 negatives', () => {
    const { positives, negatives } = countPhrases(REFERENCE_CORPUS);
    expect(positives).toBeGreaterThanOrEqual(60);
    expect(negatives).toBeGreaterThanOrEqual(15);
  });

  it('should keep the letters of a number as written and only drop its spaces', () => {
    const text = 'Quyết định số 318/QĐ- TTg và Nghị định 74/2018/ND-CP';
    const found = extractReferences({ text, span: { start: 0, end: text.length } }, { ...CORPUS_CONTEXT, text });
    expect(found.map((c) => c.value.number)).toEqual(['318/QĐ-TTg', '74/2018/ND-CP']);
  });

  it('should skip the own number whatever its spacing', () => {
    const text = 'thực hiện Kết luận số 45/ KL-SKHCN này';
    expect(extractReferences({ text, span: { start: 0, end: text.length } }, { ...CORPUS_CONTEXT, text })).toEqual([]);
  });

  it('should stay fast on long runs of symbol-like text', () => {
    const text = `${'Quyết định số 12/QĐ-UBND, '.repeat(2000)}${'số 1/A-B-C-D-E-F-G '.repeat(2000)}${'của Bộ '.repeat(3000)}`;
    const t0 = performance.now();
    const found = extractReferences({ text, span: { start: 0, end: text.length } }, { ...CORPUS_CONTEXT, text });
    expect(found.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
