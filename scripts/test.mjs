#!/usr/bin/env node
// Runs the test suite with vitest and ends with one plain line, "N passed, N failed, N skipped",
// read from vitest's JSON reporter. The exit code is vitest's.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const results = '.vitest-results.json';
rmSync(results, { force: true });
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let summary = '0 passed, 0 failed, 0 skipped';
try {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  summary = `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`;
} catch {
  // No JSON: vitest could not start; its own output says why.
}
console.log(summary);
process.exit(run.status ?? 1);
