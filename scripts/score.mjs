#!/usr/bin/env node
// Scores the built CLI on the dev corpus with the shared scorer:
//   npm run score [-- --verbose]
// Needs ../shared beside the project (the dev corpus and ../shared/eval/score.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const shared = resolve(process.env.DIRECTIVES_SHARED ?? '../shared');
const gold = join(shared, 'corpus/dev');
const scorer = join(shared, 'eval/score.mjs');
if (!existsSync(scorer)) {
  console.error(`score: ${scorer} not found; set DIRECTIVES_SHARED to the shared folder`);
  process.exit(2);
}
const pred = mkdtempSync(join(tmpdir(), 'directives-pred-'));
for (const f of readdirSync(gold).filter((f) => f.endsWith('.txt')).sort()) {
  const r = spawnSync(process.execPath, ['bin/directives.js', 'parse', join(gold, f), '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) process.stderr.write(r.stderr);
  writeFileSync(join(pred, f.replace(/\.txt$/, '.json')), r.stdout);
}
const s = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...process.argv.slice(2)], { stdio: 'inherit' });
rmSync(pred, { recursive: true, force: true });
process.exit(s.status ?? 1);
