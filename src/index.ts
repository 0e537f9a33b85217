/**
 * The library: `parse(bytesOrString, options)` returns the result of SPEC.md. No I/O.
 */
export { parse, parseWithText, normalize } from './parse.js';
export { resultSchema, outputJsonSchema } from './schema.js';
export { SCHEMA_VERSION } from './version.js';
export type { Result, Item, Assignee, Deadline, Metric, Reference, OutlineNode, DocumentInfo, Source, Warning, Encoding, Format, Furniture, Region } from './schema.js';
export type { ParseOptions, Span } from './types.js';
export { DirectivesError } from './errors.js';
export type { ErrorCode } from './errors.js';
