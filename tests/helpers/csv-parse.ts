/**
 * A strict RFC 4180 reader for tests, through csv-parse.
 */
import { parse as parseSync } from 'csv-parse/sync';

export function parse(text: string): string[][] {
  return parseSync(text.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];
}
