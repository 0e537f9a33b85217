/**
 * The library: `parse(bytesOrString, options)` returns the result of SPEC.md. No I/O.
 */
import { runPipeline } from './pipeline.js';
import { normalizeText } from './normalize/normalize-text.js';
import { decodeBytes } from './decode/decode.js';
import type { Result } from './schema.js';
import type { ParseOptions } from './types.js';
import { DirectivesError } from './errors.js';

export { resultSchema, outputJsonSchema, SCHEMA_VERSION } from './schema.js';
export type { Result, Item, Assignee, Deadline, Metric, Reference, OutlineNode, DocumentInfo, Source, Warning, Encoding, Format } from './schema.js';
export type { ParseOptions, Span } from './types.js';
export { DirectivesError } from './errors.js';
export type { ErrorCode } from './errors.js';

function checkInput(input: unknown): asserts input is Uint8Array | string {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new DirectivesError('BAD_ARGUMENT', `expected bytes or string, not \`${input === null ? 'null' : typeof input}\``);
  }
}

/**
 * Parses one document.
 * @example parse('Số: 45/KL-SKHCN\n…').document.number → '45/KL-SKHCN'
 */
export function parse(input: Uint8Array | string, options: ParseOptions = {}): Result {
  checkInput(input);
  return runPipeline(input, options).result;
}

/** Parses one document and also returns the normalized text that every `span` points into. */
export function parseWithText(input: Uint8Array | string, options: ParseOptions = {}): { result: Result; text: string } {
  checkInput(input);
  const { result, text } = runPipeline(input, options);
  return { result, text };
}

/**
 * The normalized text of a document (decoded, NFC, `\n` line endings): what spans point into.
 * @example normalize('a\r\nb') → 'a\nb'
 */
export function normalize(input: Uint8Array | string, options: Pick<ParseOptions, 'encoding'> = {}): string {
  checkInput(input);
  return normalizeText(typeof input === 'string' ? input : decodeBytes(input, options.encoding).text);
}
