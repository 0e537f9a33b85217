/**
 * A rule's `needs` lets `runRules` skip a paragraph without any of its words: it must never skip a
 * paragraph the pattern would match. Every match of every such rule, over the corpus phrases and the
 * fixture documents, holds one of its words; and a rule whose words are missing finds nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSIGNEE_TRIGGER_RULES } from '../../src/extract/assignees.js';
import { DEADLINE_RULES } from '../../src/extract/deadlines.js';
import { METRIC_RULES } from '../../src/extract/metrics.js';
import { runRules } from '../../src/extract/run-rules.js';
import type { Rule } from '../../src/types.js';
import { ASSIGNEES_CORPUS } from '../corpus/assignees.corpus.js';
import { DEADLINE_CORPUS } from '../corpus/deadlines.corpus.js';
import { METRIC_CORPUS } from '../corpus/metrics.corpus.js';
import { CORPUS_CONTEXT, unbracket } from '../helpers/corpus.js';

const DOCS = join(import.meta.dirname, '../../fixtures/docs');
const documents = readdirSync(DOCS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(DOCS, f), 'utf8').normalize('NFC'));
const phrasesOf = (corpus: { phrases: string[] }[]) => corpus.flatMap((g) => g.phrases).map((p) => unbracket(p).text);

const RULE_SETS: [string, readonly Rule<unknown>[], string[]][] = [
  ['deadlines', DEADLINE_RULES, [...phrasesOf(DEADLINE_CORPUS), ...documents]],
  ['assignee trigger', ASSIGNEE_TRIGGER_RULES, [...phrasesOf(ASSIGNEES_CORPUS), ...documents]],
  ['metric', METRIC_RULES, [...phrasesOf(METRIC_CORPUS), ...documents]],
];

describe.each(RULE_SETS)('the needs of the %s rules', (_, rules, texts) => {
  it('should be in every match of their patterns', () => {
    const misses: string[] = [];
    const unmatched: string[] = [];
    for (const rule of rules.filter((r) => r.needs)) {
      let matches = 0;
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) {
          matches++;
          const words = m[0].toLowerCase();
          if (!rule.needs!.some((w) => words.includes(w))) misses.push(`${rule.name}: ${m[0]}`);
        }
      }
      // (a rule the texts never match would pass untested)
      if (matches === 0) unmatched.push(rule.name);
    }
    expect(misses).toEqual([]);
    expect(unmatched).toEqual([]);
  });

  it('should leave what the rules find unchanged', () => {
    const without = rules.map(({ needs: _, ...rule }) => rule);
    for (const text of texts) {
      const unit = { text, span: { start: 0, end: text.length } };
      expect(runRules(unit, rules, CORPUS_CONTEXT)).toEqual(runRules(unit, without, CORPUS_CONTEXT));
    }
  });
});
