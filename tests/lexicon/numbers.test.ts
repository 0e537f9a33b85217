import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber, scaleOf } from '../../src/lexicon/numbers.js';
import { NUMBER_CORPUS, SCALE_CORPUS } from '../corpus/numbers.corpus.js';

describe('parseVietnameseNumber', () => {
  it.each(NUMBER_CORPUS)('should read %j as %j', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it('should ignore surrounding spaces', () => {
    expect(parseVietnameseNumber(' 1.328 ')).toBe(1328);
  });
});

describe('scaleOf', () => {
  it.each(SCALE_CORPUS)('should give %j the factor %j', (word, factor) => {
    expect(scaleOf(word)).toBe(factor);
  });
});
