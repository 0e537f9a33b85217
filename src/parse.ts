/**
 * The parsing entry without the output schema: `parse`, `parseWithText` and `normalize`. The CLI
 * and its workers load this one, so zod (about 60 ms to load) stays off their start-up path.
 */
import { runPipeline } from './pipeline.js';
import { normalizeText } from './normalize/normalize-text.js';
import { decodeInput } from './decode/decode-input.js';
import type { Result } from './schema.js';
import type { ParseOptions } from './types.js';
import { DirectivesError } from './errors.js';

export { DirectivesError } from './errors.js';
export { SCHEMA_VERSION } from './version.js';

function checkInput(input: unknown, options: Pick<ParseOptions, 'maxBytes' | 'timeBudgetMs'> = {}): asserts input is Uint8Array | string {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new DirectivesError('BAD_ARGUMENT', `expected bytes or string, not \`${input === null ? 'null' : typeof input}\``);
  }
  const budget = options.timeBudgetMs;
  if (budget !== undefined && !(budget >= 0)) throw new DirectivesError('BAD_ARGUMENT', `timeBudgetMs must be a number of milliseconds, not \`${String(budget)}\``);
  const max = options.maxBytes;
  if (max === undefined) return;
  if (!(max >= 0)) throw new DirectivesError('BAD_ARGUMENT', `maxBytes must be a number of bytes, not \`${String(max)}\``);
  const size = typeof input === 'string' ? utf8Length(input, max) : input.length;
  // A string is counted only until it passes the limit: its size reads "at least".
  if (size > max) throw new DirectivesError('TOO_LARGE', `${typeof input === 'string' ? 'at least ' : ''}${size} bytes, over the limit of ${max}`);
}

/** UTF-8 length of a string, counted only until it passes `stop` (a 1 GB string is not walked to its end). */
function utf8Length(s: string, stop: number): number {
  // Every UTF-16 unit is one to three bytes: most strings are decided without counting.
  if (s.length > stop) return s.length;
  if (s.length * 3 <= stop) return s.length;
  let n = 0;
  for (let i = 0; i < s.length && n <= stop; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Parses one document.
 * @example parse('Số: 45/KL-SKHCN\n…').document.number → '45/KL-SKHCN'
 */
export function parse(input: Uint8Array | string, options: ParseOptions = {}): Result {
  checkInput(input, options);
  return runPipeline(input, options).result;
}

/** Parses one document and also returns the normalized text that every `span` points into. */
export function parseWithText(input: Uint8Array | string, options: ParseOptions = {}): { result: Result; text: string } {
  checkInput(input, options);
  const { result, text } = runPipeline(input, options);
  return { result, text };
}

/**
 * The normalized text of a document (decoded, NFC, `\n` line endings): what spans point into.
 * @example normalize('a\r\nb') → 'a\nb'
 */
export function normalize(input: Uint8Array | string, options: Pick<ParseOptions, 'encoding' | 'format' | 'path'> = {}): string {
  checkInput(input);
  return normalizeText(decodeInput(input, options).text);
}
