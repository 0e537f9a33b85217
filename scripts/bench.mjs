#!/usr/bin/env node
// The batch benchmark: `npm run bench [-- --docs 10000] [-- --runs a,b,c,d] [-- --rounds 3] [-- --keep]`.
// Builds a synthetic archive from fixtures/docs/*.txt (figures, dates and years varied per copy)
// in a temporary folder, then times in one run (b and c `--rounds` times each, alternately, and
// reported by their median: a shared machine's speed drifts by 20% from one minute to the next):
//   (a) a floor: read each file, decode, NFC, split paragraphs, write one JSON per file;
//   (b) directives parse ARCHIVE --out-dir OUT --jobs 1;
//   (c) the same with --jobs 2;
//   (d) a cold single-document parse against a bare `node -e 0`.
// It prints documents/s, MB/s, peak RSS and the ratios to the targets. Numbers only, no asserts.
// `--rounds N` (default 3) sets how many times (b) and (c) run.
// Needs a build (`npm run build`): it runs bin/directives.js as a user would.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/directives.js');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const docs = Number(option('docs', '2000'));
const runs = new Set(option('runs', 'a,b,c,d').split(','));
const rounds = Number(option('rounds', '3'));
const keep = process.argv.includes('--keep');
if (!(docs >= 1)) {
  console.error('bench: --docs expects a number of documents');
  process.exit(2);
}
if (!(Number.isInteger(rounds) && rounds >= 1)) {
  console.error('bench: --rounds expects a whole number of 1 or more');
  process.exit(2);
}
try {
  statSync(join(root, 'dist/cli/main.js'));
} catch {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

// ---- the archive ----------------------------------------------------------------------------

/** A small deterministic generator, so that every run benchmarks the same archive. */
function random(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const group = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** One copy of a fixture with its own figures, days and years. */
function vary(text, i) {
  const r = random(i * 2654435761);
  const shift = (i % 5) - 2;
  return (
    text
      // 33,3% | 85 % — percentages
      .replace(/(?<![\d.,/])(\d{1,3})(,\d+)?(\s?%)/g, (_, __, dec, pct) => `${Math.floor(r() * 100)}${dec ? `,${Math.floor(r() * 10)}` : ''}${pct}`)
      // 50.074.800 đồng | 18.418 người — grouped figures
      .replace(/(?<![\d.,/])\d{1,3}(?:\.\d{3})+(?![\d/])/g, () => group(1000 + Math.floor(r() * 99_000_000)))
      // ngày 23 tháng 7 năm 2021 | ngày 15/8 — days of the month
      .replace(/(ngày\s+)(\d{1,2})(?=[\s/])/g, (_, w, d) => `${w}${String(((Number(d) + i) % 28) + 1).padStart(d.length, '0')}`)
      // năm 2021 | /2021 — years, moved by up to two
      .replace(/(?<!\d)(20[12]\d)(?!\d)/g, (y) => String(Number(y) + shift))
  );
}

function buildArchive(dir, count) {
  const fixtures = readdirSync(join(root, 'fixtures/docs'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(root, 'fixtures/docs', f), 'utf8') }));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const f = fixtures[i % fixtures.length];
    // Folders by year; one name in ten Vietnamese with spaces, as archives are.
    const folder = join(dir, String(2019 + (i % 7)), `lô ${Math.floor(i / 250)}`);
    mkdirSync(folder, { recursive: true });
    const name = i % 10 === 0 ? `kết luận số ${i}.txt` : `${f.name}-${String(i).padStart(5, '0')}.txt`;
    const data = Buffer.from(vary(f.text, i), 'utf8');
    writeFileSync(join(folder, name), data);
    bytes += data.length;
  }
  return bytes;
}

// ---- measuring --------------------------------------------------------------------------------

// Each measured process records its own peak RSS (all threads) on exit, through a preloaded module.
// CPU time (all threads) is printed too: on a busy machine it stays honest where wall time does not.
const RSS_HOOK =
  'data:text/javascript,import{writeFileSync}from"node:fs";import{isMainThread}from"node:worker_threads";if(isMainThread)process.on("exit",()=>{const u=process.resourceUsage();writeFileSync(process.env.BENCH_RSS_FILE,JSON.stringify([u.maxRSS,u.userCPUTime+u.systemCPUTime]))})';

function timed(args, rssFile) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, rssFile ? ['--import', RSS_HOOK, ...args] : args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BENCH_RSS_FILE: rssFile ?? '' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const [rssKb, cpuUs] = rssFile ? JSON.parse(readFileSync(rssFile, 'utf8')) : [NaN, NaN];
      if (code !== 0) fail(new Error(`${args.join(' ')} exited with ${code}\n${stderr}`));
      else done({ seconds, rssMb: rssKb / 1024, cpu: cpuUs / 1e6 });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A digest of every file below a folder, by relative path, to check that (b) and (c) agree. */
function digestTree(dir) {
  const hash = createHash('sha256');
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

const FLOOR = `
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
const [src, out] = process.argv.slice(2);
const files = [];
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.txt')) files.push(p); } };
walk(src);
files.sort();
const decoder = new TextDecoder('utf-8');
for (const path of files) {
  const text = decoder.decode(readFileSync(path)).normalize('NFC').replace(/\\r\\n?/g, '\\n');
  const paragraphs = text.split(/\\n[ \\t]*\\n/).map((p) => p.trim()).filter(Boolean);
  const target = join(out, relative(src, path)).replace(/\\.txt$/, '.json');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify({ path, paragraphs }, null, 2) + '\\n');
}
`;

// ---- the run ----------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'directives-bench-'));
const archive = join(work, 'archive');
const rss = join(work, 'rss');
const cpu = cpus();
try {
  const bytes = buildArchive(archive, docs);
  const mb = bytes / 1e6;
  console.log(`directives bench: ${docs} documents, ${mb.toFixed(1)} MB, Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}`);
  const line = (label, r) =>
    console.log(`${label.padEnd(44)} ${r.seconds.toFixed(2).padStart(7)} s  ${(docs / r.seconds).toFixed(1).padStart(7)} docs/s  ${(mb / r.seconds).toFixed(2).padStart(6)} MB/s  peak RSS ${r.rssMb.toFixed(0).padStart(4)} MB  CPU ${r.cpu.toFixed(1).padStart(6)} s`);
  const results = {};

  if (runs.has('a')) {
    writeFileSync(join(work, 'floor.mjs'), FLOOR);
    results.a = await timed([join(work, 'floor.mjs'), archive, join(work, 'out-a')], rss);
    line('(a) floor: read, decode, NFC, paragraphs', results.a);
  }
  // (b) and (c) alternate, so that a drift of the machine's speed touches both alike.
  const timesOf = { b: [], c: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [key, jobs] of [['b', '1'], ['c', '2']]) {
      if (!runs.has(key)) continue;
      const out = join(work, `out-${key}`);
      rmSync(out, { recursive: true, force: true });
      timesOf[key].push(await timed([bin, 'parse', archive, '--out-dir', out, '--jobs', jobs, '--quiet'], rss));
    }
  }
  // The median round by time; peak RSS the highest of all rounds.
  const summary = (all) => ({ ...[...all].sort((x, y) => x.seconds - y.seconds)[Math.floor(all.length / 2)], rssMb: Math.max(...all.map((x) => x.rssMb)), all });
  const spread = (all) => (all.length > 1 ? `  (${all.map((x) => x.seconds.toFixed(1)).join(', ')} s)` : '');
  if (runs.has('b')) {
    results.b = summary(timesOf.b);
    line(`(b) parse --out-dir --jobs 1${rounds > 1 ? `, median of ${rounds}` : ''}`, results.b);
  }
  if (runs.has('c')) {
    results.c = summary(timesOf.c);
    line(`(c) parse --out-dir --jobs 2${rounds > 1 ? `, median of ${rounds}` : ''}`, results.c);
  }
  if (rounds > 1) for (const k of ['b', 'c']) if (results[k]) console.log(`    ${k} rounds:${spread(results[k].all)}`);
  if (runs.has('b') && runs.has('c')) console.log(`outputs of (b) and (c) identical: ${digestTree(join(work, 'out-b')) === digestTree(join(work, 'out-c')) ? 'yes' : 'NO'}`);
  if (runs.has('d')) {
    const one = join(root, 'fixtures/docs/quangngai-2021-ket-luan.txt');
    const bare = [];
    const cold = [];
    for (let i = 0; i < 7; i++) {
      bare.push((await timed(['-e', '0'])).seconds);
      cold.push((await timed([bin, 'parse', one])).seconds);
    }
    results.d = { bare: median(bare), cold: median(cold) };
    console.log(`(d) cold parse of one document (median of 7)  ${(results.d.cold * 1000).toFixed(0)} ms; node -e 0 ${(results.d.bare * 1000).toFixed(0)} ms`);
  }

  console.log('');
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  if (results.a && results.b) {
    const x = results.b.seconds / results.a.seconds;
    console.log(`(b) / (a)  ${x.toFixed(1)}×   target ≤ 3×     ${verdict(x <= 3)}`);
  }
  if (results.b && results.c) {
    const x = results.b.seconds / results.c.seconds;
    console.log(`(b) / (c)  ${x.toFixed(2)}×  target ≥ 1.7×   ${verdict(x >= 1.7)}`);
  }
  if (results.d) {
    const x = results.d.cold / results.d.bare;
    console.log(`(d) / node ${x.toFixed(1)}×   target ≤ 2.5×   ${verdict(x <= 2.5)}`);
  }
  const peak = Math.max(...['b', 'c'].filter((k) => results[k]).map((k) => results[k].rssMb));
  if (Number.isFinite(peak)) console.log(`peak RSS   ${peak.toFixed(0)} MB  target < 200 MB for 10,000 documents (this run: ${docs})   ${verdict(peak < 200)}`);
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
