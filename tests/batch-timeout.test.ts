/**
 * `--timeout`: a file whose parse runs over its budget fails alone, in one line, and leaves no
 * output; the batch goes on. The library gives up by itself (`timeBudgetMs`, checked between
 * stages and per outline entry); a worker that does not answer in time is stopped and replaced.
 * No test asserts a time: the slow input takes seconds, the budget is a fraction of that, and
 * the normal fixtures take a small fraction of the budget even on a cold worker.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch.js';
import { runCli } from './helpers/run-cli.js';
import { workerRunner } from '../src/cli/batch.js';
import type { ConvertSettings, Outcome } from '../src/cli/convert.js';
import { DirectivesError, parse } from '../src/index.js';

const DOCS = 'fixtures/docs';
const NORMAL = ['cd-ttg-duoinuoc-2026', 'news-hddtvn-ban-chi-dao-389-quoc-2020'];
/**
 * Seconds: the slow input takes ~10 s; a normal fixture ~0.03 s once the patterns are compiled,
 * and ~0.15 s on a cold worker, which compiles them first.
 */
const WARM_BUDGET = '0.5';
const COLD_BUDGET = '1';
const reason = (budget: string) => `took longer than ${budget} s (--timeout)`;
const SUMMARY = /^directives: 2 parsed, 1 failed, \d+ items, \d+\.\d s$/;

function scratch(): string {
  return scratchDir('timeout');
}

/**
 * ~3 MB of consecutive nested markers, `1.` `1.1.` `a)` `(1)` `-` in turn, each with a task: every
 * line is an outline entry or an item, and the whole takes ~10 s to parse.
 */
function slowDocument(lines = 40_000): string {
  const markers = ['1.', '1.1.', 'a)', '(1)', '-'];
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(`${markers[i % markers.length]} Sở Tài chính chủ trì rà soát trước ngày 15/8/2021, đạt 90% kế hoạch.`);
  return out.join('\n') + '\n';
}

/** A folder with the slow input first (`a-slow.txt`) and two normal fixtures. */
function batchFolder(): string {
  const dir = scratch();
  writeFileSync(join(dir, 'a-slow.txt'), slowDocument());
  NORMAL.forEach((name, i) => copyFileSync(join(DOCS, `${name}.txt`), join(dir, `${'bc'[i]}.txt`)));
  return dir;
}

const run = (args: string[]) => runCli(args);

/** Every file below `dir` (hidden temporary files included), sorted, with its bytes. */
function files(dir: string): Map<string, string> {
  const names = (readdirSync(dir, { recursive: true }) as string[]).sort();
  return new Map(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

describe('parse(…, { timeBudgetMs })', () => {
  it('should throw a TIMEOUT DirectivesError on input that takes longer, and not on a normal document', () => {
    let error: unknown;
    try {
      parse(slowDocument(), { timeBudgetMs: 100 });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DirectivesError);
    expect((error as DirectivesError).code).toBe('TIMEOUT');
    expect((error as DirectivesError).message).toBe('took longer than 100 ms (timeBudgetMs)');
    const doc = readFileSync(join(DOCS, `${NORMAL[0]}.txt`));
    expect(parse(doc, { timeBudgetMs: 60_000 })).toEqual(parse(doc));
    expect(parse(doc, { timeBudgetMs: 0 })).toEqual(parse(doc));
  });

  it('should refuse a budget that is not a number of milliseconds', () => {
    for (const timeBudgetMs of [-1, Number.NaN]) {
      expect(() => parse('Giao Sở Tài chính chủ trì.', { timeBudgetMs })).toThrow(/timeBudgetMs must be a number of milliseconds/);
    }
  });
});

describe('--timeout', () => {
  it('should fail the slow file alone with --jobs 1, write the others, and leave no output for it', async () => {
    const dir = batchFolder();
    // Patterns compile on their first use: not the budget's business in this test.
    await run(['parse', ...NORMAL.map((n) => join(DOCS, `${n}.txt`)), '--format', 'ndjson']);
    const out = scratch();
    const r = await run(['parse', dir, '--out-dir', out, '--timeout', WARM_BUDGET, '--jobs', '1']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`directives: ${dir}/a-slow.txt: ${reason(WARM_BUDGET)}`);
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(SUMMARY);
    expect([...files(out).keys()]).toEqual(['b.json', 'c.json']);
    // Combined output: the other inputs' results, in order, without a trace of the slow one.
    const nd = await run(['parse', dir, '--format', 'ndjson', '--timeout', WARM_BUDGET, '--jobs', '1', '--quiet']);
    expect(nd.code).toBe(1);
    expect(nd.stderr).toBe(`directives: ${dir}/a-slow.txt: ${reason(WARM_BUDGET)}\n`);
    expect(nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([`${dir}/b.txt`, `${dir}/c.txt`]);
  });

  it('should fail the slow file alone with --jobs 2, with the same bytes for the others as --jobs 1', () => {
    const dir = batchFolder();
    const [two, one] = [scratch(), scratch()];
    const bin = (args: string[]) => spawnSync(process.execPath, ['bin/directives.js', 'parse', ...args], { encoding: 'utf8' });
    const r = bin([dir, '--out-dir', two, '--timeout', COLD_BUDGET, '--jobs', '2']);
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`directives: ${dir}/a-slow.txt: ${reason(COLD_BUDGET)}`);
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(SUMMARY);
    expect(bin([`${dir}/b.txt`, `${dir}/c.txt`, '--out-dir', one, '--jobs', '1']).status).toBe(0);
    expect([...files(two).keys()]).toEqual(['b.json', 'c.json']);
    expect(files(two)).toEqual(files(one));
  });

  it('should refuse a value that is not a number of seconds, and take 0 for no limit', async () => {
    const doc = join(DOCS, `${NORMAL[0]}.txt`);
    for (const value of ['abc', '-1', '1.2.3', '', '1e3']) {
      const r = await run(['parse', doc, '--timeout', value]);
      expect(r.code, value).toBe(2);
      expect(r.stderr).toMatch(/^directives: option '--timeout <seconds>' argument '.*' is invalid\. expected a number of seconds/);
    }
    const r = await run(['parse', doc, '--timeout', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await run(['parse', doc])).stdout);
  });
});

describe('a worker over its time', () => {
  it('should be stopped and replaced, its task failed once with the timeout reason, the others done', async () => {
    // A stand-in worker: answers at once, except for a path with "hang" in it, where it loops
    // for ever: only terminate() stops it; the budget checks inside a parse never run.
    const script = join(scratch(), 'worker.mjs');
    writeFileSync(
      script,
      [
        "import { parentPort } from 'node:worker_threads';",
        'parentPort.postMessage({ ready: true });',
        'parentPort.on("message", (task) => {',
        '  if (task.path.includes("hang")) for (;;);',
        '  parentPort.postMessage({ index: task.index, ok: true, chunk: task.path, items: 1, skipped: false });',
        '});',
      ].join('\n'),
    );
    const settings: ConvertSettings = { format: 'ndjson', mode: 'combined', single: false, emitText: false, explain: false, debug: false, bom: false, skipUnchanged: false, timeoutMs: 100 };
    const runner = workerRunner(2, settings, pathToFileURL(script));
    try {
      const task = (index: number, path: string) => runner.run({ index, path });
      const first = await Promise.all([task(0, 'a'), task(1, 'hang'), task(2, 'b'), task(3, 'c')]);
      expect(first).toEqual<Outcome[]>([
        { index: 0, ok: true, chunk: 'a', items: 1, skipped: false },
        { index: 1, ok: false, reason: 'took longer than 0.1 s (--timeout)' },
        { index: 2, ok: true, chunk: 'b', items: 1, skipped: false },
        { index: 3, ok: true, chunk: 'c', items: 1, skipped: false },
      ]);
      // Both threads still work: the stopped worker's 'exit' did not replace the fresh one again
      // (which would strand whatever task it was given) nor hand the task to the main thread.
      const next = await Promise.all([4, 5, 6, 7].map((i) => task(i, `d${i}`)));
      expect(next.map((o) => o.ok && o.chunk)).toEqual(['d4', 'd5', 'd6', 'd7']);
    } finally {
      await runner.close();
    }
  });

  it('should not keep the process alive after close for a message the worker sent before it', () => {
    // The worker says it is ready while the main thread is busy; the main thread closes the runner
    // before it reads that message. A hard-stop clock started by it would hold the process for
    // 1.5 × 60 s; the process must end as soon as the runner is closed.
    const dir = scratch();
    const script = join(dir, 'worker.mjs');
    writeFileSync(
      script,
      [
        "import { parentPort } from 'node:worker_threads';",
        'const loaded = Date.now() + 200;',
        'while (Date.now() < loaded);',
        'parentPort.postMessage({ ready: true });',
        'parentPort.on("message", (task) => {',
        '  const done = Date.now() + 1000;',
        '  while (Date.now() < done);',
        '  parentPort.postMessage({ index: task.index, ok: true, chunk: "", items: 0, skipped: false });',
        '});',
      ].join('\n'),
    );
    const main = join(dir, 'main.mjs');
    writeFileSync(
      main,
      [
        `import { workerRunner } from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'dist/cli/batch.js')).href)};`,
        "const settings = { format: 'ndjson', mode: 'combined', single: false, emitText: false, explain: false, debug: false, bom: false, skipUnchanged: false, timeoutMs: 60000 };",
        `const runner = workerRunner(1, settings, new URL(${JSON.stringify(pathToFileURL(script).href)}));`,
        'void runner.run({ index: 0, path: "a" });',
        // busy while the worker says it is ready: the message waits in the queue
        'const until = Date.now() + 600; while (Date.now() < until);',
        'await runner.close();',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, [main], { encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
  }, 40_000);

  it('should stop a worker that never loads, fail the task it held, and go on with a fresh one', async () => {
    // A stand-in worker whose first copy never finishes loading (it loops before saying it is ready,
    // as one stuck on a hung disk would); the copies after it start at once.
    const dir = scratch();
    const script = join(dir, 'worker.mjs');
    const flag = join(dir, 'first-started');
    writeFileSync(
      script,
      [
        "import { parentPort } from 'node:worker_threads';",
        "import { existsSync, writeFileSync } from 'node:fs';",
        `if (!existsSync(${JSON.stringify(flag)})) { writeFileSync(${JSON.stringify(flag)}, ''); for (;;); }`,
        'parentPort.postMessage({ ready: true });',
        'parentPort.on("message", (task) => parentPort.postMessage({ index: task.index, ok: true, chunk: task.path, items: 1, skipped: false }));',
      ].join('\n'),
    );
    const settings: ConvertSettings = { format: 'ndjson', mode: 'combined', single: false, emitText: false, explain: false, debug: false, bom: false, skipUnchanged: false, timeoutMs: 100 };
    // a start-up floor of 0.5 s: the start budget is the hard stop of 0.1 s, 1.15 s
    const runner = workerRunner(1, settings, pathToFileURL(script), 500);
    try {
      const outcomes = await Promise.all([0, 1].map((index) => runner.run({ index, path: `f${index}` })));
      expect(outcomes).toEqual<Outcome[]>([
        { index: 0, ok: false, reason: 'worker did not start within 1.15 s' },
        { index: 1, ok: true, chunk: 'f1', items: 1, skipped: false },
      ]);
    } finally {
      await runner.close();
    }
  });

  it('should not count a slow start-up against the first task', async () => {
    // A stand-in worker that takes 2 s to load (as a cold worker on a busy machine can), then
    // answers at once. Its tasks are sent at once; the hard stop at 0.1 s is 1.15 s.
    const script = join(scratch(), 'worker.mjs');
    writeFileSync(
      script,
      [
        "import { parentPort } from 'node:worker_threads';",
        'const until = Date.now() + 2000;',
        'while (Date.now() < until);',
        'parentPort.postMessage({ ready: true });',
        'parentPort.on("message", (task) => parentPort.postMessage({ index: task.index, ok: true, chunk: task.path, items: 1, skipped: false }));',
      ].join('\n'),
    );
    const settings: ConvertSettings = { format: 'ndjson', mode: 'combined', single: false, emitText: false, explain: false, debug: false, bom: false, skipUnchanged: false, timeoutMs: 100 };
    const runner = workerRunner(1, settings, pathToFileURL(script));
    try {
      const outcomes = await Promise.all([0, 1].map((index) => runner.run({ index, path: `f${index}` })));
      expect(outcomes.map((o) => o.ok && o.chunk)).toEqual(['f0', 'f1']);
    } finally {
      await runner.close();
    }
  });
});
