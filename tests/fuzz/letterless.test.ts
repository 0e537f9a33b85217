/**
 * What the item builder may skip: a unit with no letter (`1.\n1.`, `15/8 - 50%`, OCR noise) names
 * no unit, label, citation, speaker or urgency word, and gives no instruction, so buildItems does
 * not run those readers on it (only figures and dates, which digits alone can make). These
 * properties keep that shortcut true as the readers change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAssignees } from '../../src/extract/assignees.js';
import { classifyItem, turnsToConclusion } from '../../src/extract/item-kind.js';
import { extractReferences } from '../../src/extract/references.js';
import { extractUrgency } from '../../src/extract/urgency.js';
import { readLabels } from '../../src/refine/read-labels.js';
import type { ExtractContext, TextUnit } from '../../src/types.js';
import { fuzzParams } from './arbitraries.js';

// Digits, the marks of the genre and every kind of whitespace; no letter.
const PIECES = ['1', '2', '15', '2021', '.', ',', ';', ':', '/', '-', '–', '%', '(', ')', '[', ']', '"', '“', '…', '*', '+', '•', '&', '|', ' ', '  ', '\n', '\t', '\u00a0'];
const letterless = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
// A marker may carry a letter of its own (a letter item, a Roman numeral, an article): not its words.
const MARKERS = [null, '1.', 'a)', 'đ)', 'IV.', 'Điều 3.', '(2)', '-'];

const ctx = (text: string): ExtractContext => ({ text, documentDate: '2021-07-23', documentYear: 2021, documentNumber: '45/KL-SKHCN' });
const unit = (text: string): TextUnit => ({ text, span: { start: 0, end: text.length } });

describe('a unit without a letter besides its marker', () => {
  it('should name no unit, label, citation or urgency, and give no instruction', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MARKERS), letterless, fc.boolean(), (marker, rest, news) => {
        const text = marker ? `${marker} ${rest}` : rest;
        const u = unit(text);
        const c = ctx(text);
        expect(extractAssignees(u, c, new Map())).toEqual([]);
        expect(extractUrgency(u, c)).toEqual([]);
        expect(extractReferences(u, c)).toEqual([]);
        const labels = readLabels(u, c, new Map());
        expect([...labels.assignees, ...labels.deadlines, ...labels.lineSpans]).toEqual([]);
        expect(turnsToConclusion(text.replace(/\s+/g, ' ').trim())).toBe(false);
        for (const ownHeading of [false, true]) {
          expect(classifyItem(u, { headings: ['Nhiệm vụ trọng tâm'], news, inConclusion: true, marker, ownHeading })).toBe('info');
        }
      }),
      fuzzParams(300),
    );
  });
});
