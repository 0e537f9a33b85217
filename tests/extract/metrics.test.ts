import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/extract/metrics.js';
import { CORPUS_CONTEXT, countPhrases, runCorpus } from '../helpers/corpus.js';
import { METRIC_CORPUS } from '../corpus/metrics.corpus.js';

runCorpus('metrics', extractMetrics, METRIC_CORPUS);

/** Runs the extractor on `text` placed at offset `base` of a document. */
function extract(text: string, base = 0) {
  const ctx = { ...CORPUS_CONTEXT, text: ' '.repeat(base) + text };
  return extractMetrics({ text, span: { start: base, end: base + text.length } }, ctx);
}

describe('extractMetrics', () => {
  it('should have a corpus of at least 60 positives and 15 negatives', () => {
    const { positives, negatives } = countPhrases(METRIC_CORPUS);
    expect(positives).toBeGreaterThanOrEqual(60);
    expect(negatives).toBeGreaterThanOrEqual(15);
  });

  it('should give every figure of a report paragraph, in order', () => {
    const text =
      'Sau sáp nhập, Sở Khoa học và Công nghệ có 277 người (nam: 145 người, nữ: 132 người) ' +
      'gồm 110 công chức, 83 viên chức.';
    expect(extract(text).map((c) => [c.value.value, c.value.unit])).toEqual([
      [277, 'người'],
      [145, 'người'],
      [132, 'người'],
      [110, 'công chức'],
      [83, 'viên chức'],
    ]);
  });

  it('should not read the numbers of a date, a citation or a period as figures', () => {
    const text =
      'Thực hiện Kế hoạch số 76/KH-SKHCN ngày 20/01/2021, trong 6 tháng đầu năm 2021 phải hoàn thành 47 nhiệm vụ.';
    expect(extract(text).map((c) => c.text)).toEqual(['47 nhiệm vụ']);
  });

  it('should keep spans absolute', () => {
    const [c] = extract('đạt 33,3%', 100);
    expect(c!.span).toEqual({ start: 104, end: 109 });
  });

  it('should stay fast on long runs of figures and near-figures', () => {
    const phrases = ['Phấn đấu đạt trên 90% ', '15 nhiệm vụ KH&CN cấp tỉnh ', '7,5 - 8% ', 'ngày 15/8/2021 ', '1.'];
    const text = phrases.map((p) => p.repeat(20000)).join('');
    const t0 = performance.now();
    const found = extract(text);
    expect(found.length).toBe(20000 * 4);
    expect(performance.now() - t0).toBeLessThan(15000);
  });
});
