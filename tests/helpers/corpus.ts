/**
 * Duckling-style example corpora: groups of short real-genre phrases with the value they must
 * give, and negatives that must give nothing. One strict runner for every extractor.
 *
 * - A bare phrase must give exactly one candidate covering the whole phrase.
 * - Brackets mark the expected spans in context: "Hoàn thành [trước ngày 15/8/2021]." must
 *   give exactly one candidate, on the bracketed words. Several bracket pairs expect as many
 *   candidates, in order, with an array of expected values.
 * - An array of expected values without brackets expects that many candidates, in order.
 * - A negative must give no candidate at all.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate, ExtractContext, TextUnit } from '../../src/types.js';

export interface CorpusGroup<V> {
  expected: Partial<V> | Partial<V>[] | null;
  phrases: string[];
}

export type Extractor<V> = (unit: TextUnit, ctx: ExtractContext) => Candidate<V>[];

/** Phrases that must each give the expected value(s). */
export function examples<V>(expected: Partial<V> | Partial<V>[], phrases: string[]): CorpusGroup<V> {
  return { expected, phrases };
}

/** Phrases that must give no candidate. */
export function negatives<V = never>(phrases: string[]): CorpusGroup<V> {
  return { expected: null, phrases };
}

/** The reference context of every corpus, like Duckling's reference time. */
export const CORPUS_CONTEXT: ExtractContext = {
  text: '',
  documentDate: '2024-06-15',
  documentYear: 2024,
  documentNumber: '45/KL-SKHCN',
};

/** Strips the bracket notation and returns the plain phrase with the bracketed spans. */
export function unbracket(phrase: string): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  for (const ch of phrase) {
    if (ch === '[' && open < 0) open = text.length;
    else if (ch === ']' && open >= 0) {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

/** Counts the phrases of a corpus: positives and negatives. */
export function countPhrases<V>(groups: CorpusGroup<V>[]): { positives: number; negatives: number } {
  let positives = 0;
  let negatives = 0;
  for (const g of groups) (g.expected === null ? (negatives += g.phrases.length) : (positives += g.phrases.length));
  return { positives, negatives };
}

const show = <V>(found: Candidate<V>[]) =>
  found.map((c) => `  ${JSON.stringify(c.text)} [${c.span.start},${c.span.end}] ${c.rule} → ${JSON.stringify(c.value)}`).join('\n') || '  (nothing)';

/** Registers one vitest case per phrase of the corpus. */
export function runCorpus<V>(
  name: string,
  extract: Extractor<V>,
  groups: CorpusGroup<V>[],
  context: Partial<ExtractContext> = {},
): void {
  describe(`${name} corpus`, () => {
    const cases = groups.flatMap((g) => g.phrases.map((phrase) => ({ phrase, expected: g.expected })));
    it.each(cases)('$phrase', ({ phrase, expected }) => {
      const { text, spans } = unbracket(phrase);
      // Offsets start past zero so that an extractor which forgets its base offset fails.
      const base = 7;
      const full = ' '.repeat(base) + text;
      const ctx: ExtractContext = { ...CORPUS_CONTEXT, ...context, text: full };
      const found = extract({ text, span: { start: base, end: base + text.length } }, ctx);
      const trace = `\nphrase: ${phrase}\nfound:\n${show(found)}`;
      if (expected === null) {
        expect(found, `expected nothing${trace}`).toHaveLength(0);
        return;
      }
      const wanted = Array.isArray(expected) ? expected : [expected];
      expect(found.length, `expected ${wanted.length} candidate(s)${trace}`).toBe(wanted.length);
      found.forEach((c, i) => {
        expect(full.slice(c.span.start, c.span.end).replace(/\s+/g, ' ').trim(), `span gives text${trace}`).toBe(c.text);
        if (spans.length) {
          const s = spans[i]!;
          expect({ start: c.span.start - base, end: c.span.end - base }, `span of candidate ${i}${trace}`).toEqual(s);
        } else if (!Array.isArray(expected)) {
          expect(c.text, `candidate covers the whole phrase${trace}`).toBe(text.replace(/\s+/g, ' ').trim());
        }
        expect(c.value, `value of candidate ${i}${trace}`).toMatchObject(wanted[i]!);
      });
    });
  });
}
