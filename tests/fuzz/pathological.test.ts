/**
 * Pathological inputs end fast and scale linearly: every extractor and reader is fed long runs
 * of its own trigger phrases and ReDoS-shaped strings, and the whole pipeline long lines, deep
 * nesting, NUL bytes, truncated UTF-8 and lone surrogates. No test asserts a time: each compares
 * the time of an input with that of one ten times smaller, in the same run, once both have run
 * (compiling code and patterns counts for neither), against a bound: linear would be ×10; ×30
 * for a single extractor fails only on a quadratic or worse cost; ×20 for the whole pipeline,
 * on larger inputs whose times are steadier, fails on any cost that grows faster than the input by
 * a noticeable part (half of it again at ten times the input).
 *
 * `npm run fuzz` (FUZZ_RUNS set) runs ten times the sizes: 100 KB against 1 MB, so 100,000
 * repetitions and more of every short trigger phrase.
 */
import { describe, expect, it, vi } from 'vitest';
import { DirectivesError, parse } from '../../src/index.js';
import { extractAssignees, extractHeadingUnits } from '../../src/extract/assignees.js';
import { extractDeadlines } from '../../src/extract/deadlines.js';
import { extractMetrics } from '../../src/extract/metrics.js';
import { extractReferences } from '../../src/extract/references.js';
import { extractUrgency } from '../../src/extract/urgency.js';
import { classifyItem } from '../../src/extract/item-kind.js';
import { recognizeMarker } from '../../src/outline/markers.js';
import { LABEL_LINE, isClosing, followsUpDocument } from '../../src/outline/build-outline.js';
import { readDocument } from '../../src/document/read-document.js';
import { segmentLines } from '../../src/segment/lines.js';
import { segmentSentences } from '../../src/segment/sentences.js';
import type { ExtractContext, TextUnit } from '../../src/types.js';

const FULL = Number(process.env.FUZZ_RUNS) > 0;
/**
 * The bound of one extractor on ten times the input: linear is 10, quadratic 100. Linear readers
 * measure up to ~30 on a two-core machine when the larger input's result (50,000 candidates of
 * `Sở Sở …`) no longer fits the young generation and its collection dominates, and 40 on a machine
 * busy with other work: 50 leaves that room and still fails anything quadratic.
 */
const MAX_RATIO = 50;
/**
 * The bound of the whole pipeline on ten times the input: three times linear. A bare `1.` on every
 * line makes 66,667 items of the larger input, whose collection alone measured 19–23 while other
 * test files ran beside it; quadratic is 100.
 */
const PIPELINE_RATIO = 30;
/** Size of the smaller input in characters; the larger is ten times that. */
const SMALL = FULL ? 100_000 : 10_000;
/** The same for the whole pipeline: large enough for its times to stand well above timer noise. */
const PIPELINE_SMALL = FULL ? 100_000 : 20_000;
// Ten ReDoS-shaped megabytes through one extractor take longer than the default 20 s.
vi.setConfig({ testTimeout: FULL ? 600_000 : 60_000 });

/** Milliseconds below which a time is floored: timer noise and a garbage collection alone make ratios there. */
const FLOOR = FULL ? 10 : 3;

const unit = (text: string): TextUnit => ({ text, span: { start: 0, end: text.length } });
const ctx = (text: string): ExtractContext => ({ text, documentDate: '2021-07-23', documentYear: 2021, documentNumber: '45/KL-SKHCN' });

/** Milliseconds of the fastest of `runs` calls (the fastest is the least disturbed by GC and the machine). */
function fastest(f: () => unknown, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Time of `f` on an input of ten times `small` characters over its time on `small` characters.
 * Small times are floored (FLOOR), below which timer noise alone would make a large ratio.
 */
function growth(f: (text: string) => unknown, make: (n: number) => string, small = SMALL, bound = MAX_RATIO): number {
  const a = make(small);
  const b = make(small * 10);
  // Both sizes once before measuring: the first calls compile code and patterns, and would count
  // against whichever size ran first.
  f(a);
  f(b);
  const measure = () => fastest(() => f(b), 2) / Math.max(FLOOR, fastest(() => f(a), 5));
  // A busy machine (other test files run in parallel) can slow one measure: up to two more decide.
  // A quadratic cost fails them all.
  let best = measure();
  for (let k = 0; k < 2 && best >= bound; k++) best = Math.min(best, measure());
  return best;
}

/** `n` characters of a phrase repeated (under `npm run fuzz`, 100,000 repetitions and more of each phrase). */
const repeat = (phrase: string) => (n: number) => phrase.repeat(Math.ceil(n / phrase.length)).slice(0, n);

const EXTRACTORS: [string, (t: string) => unknown, string[]][] = [
  ['assignees', (t) => extractAssignees(unit(t), ctx(t)), ['Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ; ', 'UBND các huyện: Sơn Hà, ', 'các cơ quan, đơn vị ', 'Giám đốc Sở ']],
  ['heading units', (t) => extractHeadingUnits(unit(t), ctx(t)), ['Sở Nội vụ (Ban Thi đua) ', 'UBND các phường: Ba Đình, ']],
  ['deadlines', (t) => extractDeadlines(unit(t), ctx(t)), ['trước ngày 15/8/2021, ', 'quý I/2025 ', 'hằng tháng ', 'trong năm 2024 ', 'từ ngày 1/7 đến ngày 15/8, ', '15/8 ']],
  ['metrics', (t) => extractMetrics(unit(t), ctx(t)), ['18.418 người, ', '33,3% ', '7,5 - 8% ', '1.000.000 ', '3.500 triệu đồng trở lên ', '36/47 ']],
  ['references', (t) => extractReferences(unit(t), ctx(t)), ['Quyết định số 104/QĐ-UBND ngày 07/02/2023; ', '57-NQ/TW ', 'số 12/', 'Nghị quyết ']],
  ['urgency', (t) => extractUrgency(unit(t), ctx(t)), ['khẩn trương ', 'ngay ', 'kịp thời, ']],
  ['item-kind', (t) => classifyItem(unit(t), { headings: [], news: true, inConclusion: false, marker: null }), ['ghi nhận, đánh giá cao Sở Tài chính. Đề nghị tiếp tục phát huy. ', 'Giám đốc Sở yêu cầu ', 'đã ']],
  ['sentences', (t) => segmentSentences(unit(t)), ['Sở đã làm. Tiếp tục. ', 'TP. Hồ Chí Minh và ', 'a b. c ']],
  ['document', (t) => readDocument(t, segmentLines(t)), ['Số: 12/KL-UBND\n', 'Quảng Ngãi, ngày 23 tháng 7 năm 2021\n', 'Nơi nhận:\n- Như trên;\n', 'GIÁM ĐỐC\nNguyễn Văn A\n', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   ']],
];

// Strings that make backtracking regular expressions blow up: long runs that almost match.
const REDOS = ['  ', '\u00a0 ', '1', '1.', '1/', '1,', 'a', 'Sở ', '(', '- ', '\t', ' \n', 'ngày ', 'số ', 'Ủy ban ', ', ', 'á'];

describe.each(EXTRACTORS)('%s', (_, f, phrases) => {
  it.each(phrases)('should grow linearly on repetitions of %j', (phrase) => {
    expect(growth(f, repeat(phrase))).toBeLessThan(MAX_RATIO);
  });

  it('should grow linearly on ReDoS-shaped strings', () => {
    const slow = REDOS.map((s) => [s, growth(f, (n) => s.repeat(n) + '!')] as const).filter(([, r]) => r >= MAX_RATIO);
    expect(slow).toEqual([]);
  });
});

describe('assignees in one sentence', () => {
  // A topic reads at most a sentence of 200 characters: a pattern that backtracks over them shows only
  // on short inputs, 6 glued letters against 60.
  it('should read the lower-case words that end a topic in linear time', () => {
    const topic = (n: number) => `Đối với Bộ Xây dựng, Bộ Công Thương ${'a'.repeat(n)} X, Thủ tướng yêu cầu khẩn trương.`;
    expect(growth((t) => extractAssignees(unit(t), ctx(t)), topic, 6)).toBeLessThan(MAX_RATIO);
  });
});

describe('line patterns', () => {
  it.each([
    ['markers', (t: string) => recognizeMarker(t)],
    ['labelled lines', (t: string) => LABEL_LINE.test(t)],
    ['closing formulas', (t: string) => isClosing(t)],
    ['follow-ups of the document', (t: string) => followsUpDocument(t)],
  ])('should test %s on long lines in linear time', (_, f) => {
    for (const s of ['1.', '(1', 'Điều ', 'thực hiện ', 'Cơ quan chủ trì ', 'theo dõi thực hiện Kết luận ', 'đôn đốc Công điện này ', ' ', 'a']) {
      expect(growth(f, (n) => s.repeat(n))).toBeLessThan(MAX_RATIO);
    }
  });
});

describe('the whole pipeline', () => {
  const SIZE = SMALL * 10;
  const fill = (pattern: string) => (n: number) => pattern.repeat(Math.ceil(n / pattern.length)).slice(0, n);
  const lines = (make: (i: number) => string) => (n: number) => {
    const out: string[] = [];
    let len = 0;
    for (let i = 0; len < n; i++) {
      const s = make(i);
      out.push(s);
      len += s.length + 1;
    }
    return out.join('\n');
  };

  it.each([
    ['one line with no newline', fill('Giao Sở Tài chính chủ trì thực hiện trước ngày 15/8/2021, đạt 50% kế hoạch; ')],
    ['nested markers cycling 1. 1.1. a) (1) -', lines((i) => `${['1.', '1.1.', 'a)', '(1)', '-'][i % 5]} Làm việc ${i}`)],
    ['nested decimals 1. 1.1. 1.1.1. 1.1.1.1.', lines((i) => `${'1.'.repeat(1 + (i % 4))} Nội dung ${i}`)],
    ['bare repeated markers', fill('1.\n')],
    ['thousands of headings each with one bullet', lines((i) => (i % 2 ? '- Làm A.' : `${i}. Sở Tài chính chủ trì thực hiện các nhiệm vụ sau:`))],
    ['NUL characters in a string', fill('Sở Tài chính\u0000 chủ trì.\n')],
    ['lone surrogates in a string', fill('Sở\ud800 Tài\udc00 chính chủ trì.\n')],
    ['OCR noise', fill('S ở T à i c h í n h , . ; : 1 / 2 - ( ) ')],
    ['one citation repeated', fill('Quyết định số 104/QĐ-UBND ngày 07/02/2023; ')],
    ['header lines repeated', fill('ỦY BAN NHÂN DÂN\nSố: 12/KL-UBND\nQuảng Ngãi, ngày 23 tháng 7 năm 2021\n')],
    ['footer lines repeated', fill('Nơi nhận:\n- Như trên;\nGIÁM ĐỐC\n')],
    // scripts/bench-scaling.mjs's shapes: every line a heading with an instruction of its own.
    ['nested headings that each instruct', lines((i) => `${['1.', '1.1.', 'a)', '(1)', '-'][i % 5]} Sở Tài chính chủ trì làm việc ${i} trước ngày 15/8/2021.`)],
    ['letterless items', lines((i) => `${i % 9}. ${i % 28}/8 - ${i % 100}%`)],
    // Thousands of short documents in one file, each signed and followed by the next one's header.
    ['signed documents one after another', fill('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn A\nSố: 12/KL-UBND\nKẾT LUẬN\n1. Sở Tài chính chủ trì.\n')],
    ['a numbered body going on after every signature', fill('Nơi nhận:\n- Như trên;\nGIÁM ĐỐC\nNguyễn Văn A\nI. Làm A.\n')],
  ])('should parse %s in linear time', (_, make) => {
    expect(growth((t) => parse(t), make, PIPELINE_SMALL, PIPELINE_RATIO)).toBeLessThan(PIPELINE_RATIO);
  });

  const utf8 = (s: string) => new TextEncoder().encode(s);
  const utf16le = (s: string, bom: boolean) => {
    const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
    let k = 0;
    if (bom) (out[k++] = 0xff), (out[k++] = 0xfe);
    for (let i = 0; i < s.length; i++) {
      out[k++] = s.charCodeAt(i) & 0xff;
      out[k++] = s.charCodeAt(i) >> 8;
    }
    return out;
  };
  it.each([
    ['UTF-8 cut inside a multi-byte letter', (n: number) => utf8('Sở Tài chính chủ trì.\n'.repeat(n / 24)).subarray(0, -1)],
    ['UTF-8 with truncated sequences throughout', (n: number) => Uint8Array.from({ length: n }, (_, i) => (i % 7 === 6 ? 0xe1 : 0x61))],
    ['UTF-16LE with lone surrogates', (n: number) => utf16le('Sở\ud800 Tài chính\udc00 chủ trì.\n'.repeat(n / 50), true)],
    ['NUL bytes', (n: number) => new Uint8Array(n)],
  ])('should read bytes of %s, or refuse them with a DirectivesError, in linear time', (_, make) => {
    const run = (b: Uint8Array) => {
      try {
        return parse(b);
      } catch (e) {
        if (!(e instanceof DirectivesError)) throw e;
        return null;
      }
    };
    const small = make(SIZE / 10);
    const large = make(SIZE);
    run(small);
    run(large);
    const measure = () => fastest(() => run(large), 2) / Math.max(FLOOR, fastest(() => run(small), 5));
    const first = measure();
    expect(first < MAX_RATIO ? first : Math.min(first, measure())).toBeLessThan(MAX_RATIO);
  });
});
