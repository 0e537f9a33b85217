/**
 * The bugs the fuzz tests found, each pinned by the smallest input that showed it, and the
 * `dropOverlapping` sweep checked against the simple quadratic version it replaced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DirectivesError, parse, parseWithText } from '../../src/index.js';
import { dropOverlapping } from '../../src/extract/run-rules.js';
import type { Candidate } from '../../src/types.js';
import { coverageProblems, invariantProblems } from '../helpers/coverage.js';
import { fuzzParams } from './arbitraries.js';

const check = (input: string | Uint8Array) => {
  const { result, text } = parseWithText(input);
  return { result, problems: [...invariantProblems(result, text), ...coverageProblems(result, text)] };
};

describe('inputs the fuzz tests found', () => {
  it.each([
    // Page furniture between an entry and its continuation was inside the item's span and text.
    ['a counter between a paragraph and its continuation', 'I. MỤC ĐÍCH, YÊU CẦU\nLượt xem: 30\nKính gửi:'],
    ['a byline after a labelled line', 'I. Giao Sở Tài chính\n\nThời gian thực hiện: Quý II/2025 \n\nỦY BAN NHÂN DÂN\n\nỦY BAN NHÂN DÂN'],
    // A unit name ran on across a blanked labelled line: text and span disagreed.
    ['a unit list before a labelled line', 'I. UBND các huyện: Sơn Hà, Ba Tơ 99999999999999999999 0 - 0 Giao\r\nThời gian thực hiện: Quý II/2025 \nKinh phí: ngân sách tỉnh'],
    // A `0.` marker under `I.` took the id `I.0`, the id of a heading's own instruction.
    ['a `0.` marker under a heading', 'I. Quyết định số 104/QĐ-UBND ngày 07/02/2023 của UBND tỉnh\n0.'],
    ['thousands of repeated bare markers', '1.\n'.repeat(3000)],
  ])('should keep every invariant for %s', (_, input) => {
    expect(check(input).problems).toEqual([]);
  });

  it('should keep a caption out of the item it interrupts, and the rest as an item of its own', () => {
    const { result } = check('1. Giao Sở Tài chính chủ trì rà soát\nLượt xem: 30\nvà báo cáo trước ngày 15/8/2021.');
    expect(result.items.map((i) => [i.id, i.text])).toEqual([
      ['1', '1. Giao Sở Tài chính chủ trì rà soát'],
      ['1.p1', 'và báo cáo trước ngày 15/8/2021.'],
    ]);
  });

  it('should never give a `0.` marker the id of a heading’s own item', () => {
    const { result } = check('I. Trước ngày 31/5/2026, Sở Tài chính hoàn thành rà soát, sắp xếp trụ sở; phương án bố trí theo hướng:\n0. Giữ lại trụ sở A.\n1. Bán trụ sở B.');
    expect(result.items.map((i) => i.id)).toContain('I.0~2');
  });

  it('should not overflow the call stack on a line of 150,000 citations or figures', () => {
    // `push(...found)` with 150,000 arguments threw RangeError: Maximum call stack size exceeded.
    expect(parse('57-NQ/TW '.repeat(150_000)).references[0]!.spans).toHaveLength(150_000);
    expect(parse('5% '.repeat(150_000)).metrics).toHaveLength(150_000);
  });

  it('should refuse input over maxBytes with TOO_LARGE, counting a string in UTF-8', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof DirectivesError ? e.code : 'other';
      }
      return null;
    };
    expect(err(() => parse(new Uint8Array(11), { maxBytes: 10 }))).toBe('TOO_LARGE');
    expect(err(() => parse('ế'.repeat(4), { maxBytes: 10 }))).toBe('TOO_LARGE');
    expect(err(() => parse('ế'.repeat(3), { maxBytes: 10 }))).toBe(null);
    expect(err(() => parse('a', { maxBytes: -1 }))).toBe('BAD_ARGUMENT');
  });
});

describe('dropOverlapping', () => {
  /** The simple version: longest first, earlier rule wins a tie, keep what overlaps nothing kept. */
  function simple<T>(candidates: Candidate<T>[]): Candidate<T>[] {
    const order = candidates
      .map((c, i) => ({ c, i }))
      .sort((a, b) => b.c.span.end - b.c.span.start - (a.c.span.end - a.c.span.start) || a.i - b.i);
    const kept: Candidate<T>[] = [];
    for (const { c } of order) {
      if (kept.some((k) => c.span.start < k.span.end && k.span.start < c.span.end)) continue;
      kept.push(c);
    }
    return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }

  const candidate = fc.tuple(fc.nat(60), fc.nat(12), fc.nat(1000)).map(([start, length, value]): Candidate<number> => ({
    value,
    span: { start, end: start + length },
    text: '',
    rule: `r${value}`,
  }));

  it('should keep the same candidates as the simple version, empty spans included', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), (cands) => {
        expect(dropOverlapping(cands)).toEqual(simple(cands));
      }),
      fuzzParams(400),
    );
  });
});

describe('sentences of a long paragraph', () => {
  it('should split a paragraph parsed in chunks as it splits the same sentences parsed alone', async () => {
    const { segmentSentences } = await import('../../src/segment/sentences.js');
    const sentence = 'Ông A - GĐ. Sở Tài chính báo cáo kết quả. Đề nghị tiếp tục phát huy; ghi nhận. ';
    const text = sentence.repeat(400);
    const alone = segmentSentences({ text: sentence.trim(), span: { start: 0, end: sentence.trim().length } }).map((s) => s.text);
    const chunked = segmentSentences({ text, span: { start: 0, end: text.length } });
    expect(chunked.length).toBe(400 * alone.length);
    expect(chunked.slice(0, alone.length).map((s) => s.text)).toEqual(alone);
    for (const s of chunked) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });
});
