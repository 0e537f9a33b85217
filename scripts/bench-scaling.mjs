#!/usr/bin/env node
// The scaling benchmark: how parse() time grows with the input, from 100 KB to 50 MB.
//   node scripts/bench-scaling.mjs [--sizes 0.1,1,10,50] [--shapes documents,one-line,nested,bare-markers] [--json]
// For each shape of input it parses sizes growing tenfold (then 50 MB) in one process and prints
// the time, MB/s, and the ratio to the previous size over the ratio of sizes (1.0 is linear; a
// quadratic cost shows as 10 at each tenfold step). Numbers only, no asserts (STYLE.md).
// Needs a build (`npm run build`): it imports dist/index.js as a user of the library would.
// Shapes:
//   documents     the bodies of fixtures/docs/*.txt repeated between one header and one footer
//   one-line      a single line, no newline (a file of one 5 MB line)
//   nested        markers cycling 1. / 1.1. / a) / (1) / - on consecutive lines (deep, dense outline)
//   bare-markers  "1." on every line (OCR noise, thousands of repeated markers)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist/index.js');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const sizes = option('sizes', '0.1,1,10,50').split(',').map(Number);
const shapes = option('shapes', 'documents,one-line,nested,bare-markers').split(',');
const asJson = process.argv.includes('--json');
if (sizes.some((s) => !(s > 0))) {
  console.error('bench-scaling: --sizes expects megabytes, e.g. 0.1,1,10');
  process.exit(2);
}
try {
  statSync(dist);
} catch {
  console.error('bench-scaling: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

const { parse } = await import(pathToFileURL(dist).href);

const docsDir = join(root, 'fixtures/docs');
const documents = readdirSync(docsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(docsDir, f), 'utf8'));
// One archive-sized document: the first fixture's header, then the bodies of all fixtures again
// and again, then its footer. Bodies are cut out with the `regions` of the parse itself: whole
// documents one after another would read as many documents, each signature and header left out.
const cut = (text) => {
  const { regions } = parse(text);
  const header = regions.filter((r) => r.kind === 'header').at(-1);
  const footer = regions.find((r) => r.kind === 'footer');
  const from = header ? header.span.end : 0;
  const to = footer ? footer.span.start : text.length;
  return { head: text.slice(0, from), body: text.slice(from, to).trim(), foot: text.slice(to) };
};
const pieces = documents.map(cut);
const bodies = pieces.map((p) => p.body).filter((b) => b.length > 0);

/** `n` UTF-8 bytes (about) of text built by repeating pieces. */
function fill(n, next) {
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < n; i++) {
    const s = next(i);
    parts.push(s);
    bytes += Buffer.byteLength(s);
  }
  return parts.join('');
}

const MAKERS = {
  documents: (n) => pieces[0].head + '\n\n' + fill(n, (i) => bodies[i % bodies.length] + '\n\n') + pieces[0].foot,
  'one-line': (n) => fill(n, (i) => `Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thực hiện trước ngày ${1 + (i % 28)}/8/2021, đạt ${i % 100}% kế hoạch; `),
  nested: (n) => fill(n, (i) => `${['1.', '1.1.', 'a)', '(1)', '-'][i % 5]} Sở Tài chính chủ trì làm việc ${i} trước ngày 15/8/2021.\n`),
  'bare-markers': (n) => fill(n, () => '1.\n'),
};
for (const s of shapes) {
  if (!MAKERS[s]) {
    console.error(`bench-scaling: unknown shape "${s}" (expected ${Object.keys(MAKERS).join(', ')})`);
    process.exit(2);
  }
}

// Warm the code paths once, so that the first size does not pay for compilation.
parse(documents.join('\n\n'));

const rows = [];
for (const shape of shapes) {
  let previous = null;
  for (const mb of sizes) {
    const text = MAKERS[shape](Math.round(mb * 1e6));
    const bytes = new TextEncoder().encode(text);
    const t0 = performance.now();
    const result = parse(bytes);
    const ms = performance.now() - t0;
    const row = {
      shape,
      mb: bytes.length / 1e6,
      ms: Math.round(ms),
      mbPerS: Number((bytes.length / 1e6 / (ms / 1000)).toFixed(2)),
      items: result.items.length,
      // Time ratio over size ratio to the previous size: 1.0 is linear.
      growth: previous ? Number((ms / previous.ms / (bytes.length / previous.bytes)).toFixed(2)) : null,
      heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
    };
    rows.push(row);
    previous = { ms, bytes: bytes.length };
    if (!asJson) {
      console.log(
        `${shape.padEnd(13)} ${row.mb.toFixed(2).padStart(7)} MB ${String(row.ms).padStart(8)} ms ${row.mbPerS.toFixed(2).padStart(7)} MB/s ${String(row.items).padStart(8)} items  growth ${row.growth === null ? '   -' : row.growth.toFixed(2).padStart(4)}  heap ${row.heapMb} MB`,
      );
    }
  }
}
if (asJson) console.log(JSON.stringify(rows, null, 2));
