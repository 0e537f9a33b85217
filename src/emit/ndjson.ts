/**
 * Results → NDJSON: one result per line.
 */
import type { Result } from '../schema.js';

/** @example emitNdjsonLine(result) → '{"schemaVersion":1,…}\n' */
export function emitNdjsonLine(result: Result): string {
  return JSON.stringify(result) + '\n';
}
