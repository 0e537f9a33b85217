/**
 * The assignee reader's tokenizer scans characters by hand for speed; these properties hold it to
 * the pattern it replaces, /[\p{L}\p{M}\p{N}]+(?:&[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu, on
 * any text: astral letters, lone surrogates, combining marks and every kind of space included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionStarts, tokenize } from '../../src/extract/assignees.js';
import { fuzzParams } from '../fuzz/arbitraries.js';
import { ASSIGNEES_CORPUS } from '../corpus/assignees.corpus.js';
import { unbracket } from '../helpers/corpus.js';

const BY_PATTERN = /[\p{L}\p{M}\p{N}]+(?:&[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD = /^[\p{L}\p{M}\p{N}]/u;

function byPattern(text: string): { s: number; e: number; word: boolean; num: boolean }[] {
  return [...text.matchAll(BY_PATTERN)].map((m) => ({ s: m.index, e: m.index + m[0].length, word: WORD.test(m[0]), num: /^\p{N}+$/u.test(m[0]) }));
}

const PIECES = ['Sở', 'KH&CN', 'UBND', 'tỉnh', 'Đà Nẵng', '2021', '½', '²', 'a&', '&b', '&&', 'e\u0301', '\u0301', '𝐀𝐁', '😀', '\ud800', '\udc00', ' ', '\u00a0', '\u2003', '\n', '\t', ',', '.', '(', ')', '–', '/', ':', 'Ð', 'ð', 'Uỷ', 'hoà'];
const genreText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });

describe('tokenize', () => {
  it('should cut any text where the pattern does, and tell words and numbers as it does', () => {
    fc.assert(
      fc.property(fc.oneof(genreText, anyText), (text) => {
        const toks = tokenize(text).map(({ s, e, word, num }) => ({ s, e, word, num }));
        expect(toks).toEqual(byPattern(text));
      }),
      fuzzParams(2000),
    );
  });

  it('should fold case and spelling, and mark capitals and acronyms', () => {
    const toks = tokenize('Uỷ ban KH&CN tỉnh, 2021');
    expect(toks.map((t) => [t.w, t.cap, t.acro, t.num])).toEqual([
      ['ủy', true, false, false],
      ['ban', false, false, false],
      ['kh&cn', true, true, false],
      ['tỉnh', false, false, false],
      [',', false, false, false],
      ['2021', false, false, true],
    ]);
  });
});

describe('the lists the assignee reader looks for', () => {
  // Words of the genre around unit names, in lower case and capitalised: offices, localities, groups,
  // parts of bodies, verbs and prepositions.
  const WORDS = [
    'giám đốc', 'phó giám đốc', 'chủ tịch', 'bộ trưởng', 'thủ trưởng', 'lãnh đạo', 'tỉnh', 'thành phố', 'huyện', 'xã', 'phường',
    'các', 'những', 'sở', 'ngành', 'địa phương', 'cơ quan', 'đơn vị', 'phòng', 'chuyên môn', 'bộ', 'phận', 'chính', 'quyền',
    'ủy ban nhân dân', 'UBND', 'Sở', 'Tài chính', 'Bộ', 'Y tế', 'Trung tâm', 'Công an', 'Quảng Ngãi', 'TP.', 'Hồ Chí Minh',
    'giao', 'chủ trì', 'phối hợp', 'với', 'và', 'của', 'thuộc', ',', ';', ':', '(', ')', 'thực hiện', 'báo cáo', 'rà soát',
  ];
  const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 24 }).map((w) => w.join(' '));

  it('should find none at a word it skips, in the corpus phrases and the fixture documents', () => {
    const docs = join(import.meta.dirname, '../../fixtures/docs');
    const texts = [
      ...ASSIGNEES_CORPUS.flatMap((g) => g.phrases).map((p) => unbracket(p).text),
      ...readdirSync(docs)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(docs, f), 'utf8').normalize('NFC')),
    ];
    const skipped = texts.flatMap((t) => mentionStarts(t).filter((s) => !s.looked && s.found).map((s) => `${s.word} in ${t.slice(0, 60)}`));
    expect(skipped).toEqual([]);
  });

  it('should find none at a word it skips', () => {
    fc.assert(
      fc.property(text, (t) => {
        const skipped = mentionStarts(t).filter((s) => !s.looked && s.found);
        expect(skipped).toEqual([]);
      }),
      fuzzParams(1000),
    );
  });
});
