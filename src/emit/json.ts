/**
 * Results → JSON text: two-space indent, a final newline; several results as one array.
 */
import type { Result } from '../schema.js';

/** @example emitJson(result) → '{\n  "schemaVersion": 1,\n …}\n' */
export function emitJson(result: Result): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** The same bytes as `JSON.stringify(results, null, 2)`, built one result at a time. */
export function emitJsonArrayPart(result: Result, index: number): string {
  const body = JSON.stringify(result, null, 2).replace(/\n/g, '\n  ');
  return (index === 0 ? '[\n  ' : ',\n  ') + body;
}

/** Closes an array opened by `emitJsonArrayPart` (or writes an empty one). */
export function emitJsonArrayEnd(count: number): string {
  return count === 0 ? '[]\n' : '\n]\n';
}
