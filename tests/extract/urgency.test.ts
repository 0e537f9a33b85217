import { describe, expect, it } from 'vitest';
import { extractUrgency } from '../../src/extract/urgency.js';
import { CORPUS_CONTEXT, countPhrases, runCorpus } from '../helpers/corpus.js';
import { URGENCY_CORPUS } from '../corpus/urgency.corpus.js';

runCorpus('urgency', extractUrgency, URGENCY_CORPUS);

describe('extractUrgency', () => {
  it('should have a corpus of at least 20 positives and 10 negatives', () => {
    const { positives, negatives } = countPhrases(URGENCY_CORPUS);
    expect(positives).toBeGreaterThanOrEqual(20);
    expect(negatives).toBeGreaterThanOrEqual(10);
  });

  it('should give one candidate per cue, in document order', () => {
    const text = 'Khẩn trương hoàn thiện hồ sơ, báo cáo ngay sau khi có kết quả; sớm hoàn thành trong tháng 8.';
    const found = extractUrgency({ text, span: { start: 100, end: 100 + text.length } }, { ...CORPUS_CONTEXT, text });
    expect(found.map((c) => c.text)).toEqual(['Khẩn trương', 'ngay', 'sớm']);
    expect(found[1]!.span).toEqual({ start: 100 + text.indexOf('ngay'), end: 100 + text.indexOf('ngay') + 4 });
  });
});
