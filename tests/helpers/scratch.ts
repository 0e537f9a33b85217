/**
 * Scratch folders for tests that write files: each is made under the system's temporary folder
 * and removed when its test file ends, so test runs leave nothing behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder named `directives-PREFIX-XXXXXX`, removed after the file's tests. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `directives-${prefix}-`));
  made.push(dir);
  return dir;
}
