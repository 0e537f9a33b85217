import { describe, expect, it } from 'vitest';
import { recognizeMarker, isBareMarker, type Marker } from '../../src/outline/markers.js';
import type { Candidate, TextUnit } from '../../src/types.js';
import { countPhrases, runCorpus } from '../helpers/corpus.js';
import { MARKER_CORPUS } from '../corpus/markers.corpus.js';

/** The marker recogniser as an extractor: one candidate on the marker's own characters. */
function extractMarker(unit: TextUnit): Candidate<Marker>[] {
  const m = recognizeMarker(unit.text);
  if (!m) return [];
  const start = unit.span.start;
  return [{ value: m, span: { start, end: start + m.glyph.length }, text: m.glyph, rule: `marker: ${m.kind}` }];
}

runCorpus('markers', extractMarker, MARKER_CORPUS);

describe('markers', () => {
  it('should have a corpus of at least 20 phrases with negatives', () => {
    const n = countPhrases(MARKER_CORPUS);
    expect(n.positives).toBeGreaterThanOrEqual(20);
    expect(n.negatives).toBeGreaterThanOrEqual(10);
  });

  it('should tell a marker alone on its line', () => {
    expect(isBareMarker('1.')).toBe(true);
    expect(isBareMarker('(2)')).toBe(true);
    expect(isBareMarker('1. Phòng Quản lý Khoa học')).toBe(false);
    expect(isBareMarker('-')).toBe(false);
  });
});
