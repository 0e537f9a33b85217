/**
 * Batch mode of `directives parse`: whole folders, globs, `--out-dir`, `--skip-unchanged`,
 * `--shard`, `--fail-fast`, interrupts and `--jobs`. In-process through main(argv, io) where it
 * can be; spawned (`bin/directives.js`, needs `npm run build`) for worker threads and SIGINT.
 */
import { spawn, spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch.js';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { parseShard, shardOf } from '../src/cli/shard.js';
import { outputPathOf, planOutputs } from '../src/cli/out-dir.js';
import { expandInputs } from '../src/cli/inputs.js';
import { parse as parseCsv } from './helpers/csv-parse.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  stdin?: string | Readable;
  tty?: boolean;
  env?: Record<string, string>;
  signals?: EventEmitter;
  /** Called with each chunk written to stdout. */
  onStdout?: (chunk: string) => void;
}

async function run(args: string[], o: RunOptions = {}): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (o.tty) stderr.isTTY = true;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (d: Buffer) => {
    out.push(d);
    o.onStdout?.(d.toString('utf8'));
  });
  stderr.on('data', (d: Buffer) => err.push(d));
  const stdin = o.stdin instanceof Readable ? o.stdin : Readable.from([Buffer.from(o.stdin ?? '')]);
  const io: CliIo = { stdin, stdout, stderr, env: o.env ?? {}, signals: o.signals ?? new EventEmitter() };
  const code = await main(['node', 'directives', ...args], io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const DOCS = 'fixtures/docs';
const SMALL = ['cd-ttg-duoinuoc-2026', 'news-hddtvn-ban-chi-dao-389-quoc-2020', 'lamdong-2025-news'];
const SUMMARY = /^directives: (\d+) parsed, (?:(\d+) unchanged, )?(\d+) failed, (\d+) items, \d+\.\d s$/;

function scratch(): string {
  return scratchDir('batch');
}

/** A small archive: the small fixtures, copied under `names` (relative paths). */
function archive(names: string[]): string {
  const dir = scratch();
  names.forEach((name, i) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    copyFileSync(join(DOCS, `${SMALL[i % SMALL.length]}.txt`), join(dir, name));
  });
  return dir;
}

/** Every file below `dir`, relative, sorted, with its bytes. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function errorLines(stderr: string): string[] {
  return stderr.trimEnd().split('\n').filter((l) => !SUMMARY.test(l));
}

function summaryOf(stderr: string): RegExpExecArray {
  const last = stderr.trimEnd().split('\n').at(-1)!;
  const m = SUMMARY.exec(last);
  expect(m, `summary line in ${JSON.stringify(stderr)}`).not.toBeNull();
  return m!;
}

describe('--out-dir', () => {
  it('should write one output per input below DIR, mirroring the paths, and name each bad input', async () => {
    const dir = archive(['2021/a.txt', '2021/b.txt', '2022/sub/c.txt']);
    writeFileSync(join(dir, '2021/empty.txt'), '');
    writeFileSync(join(dir, '2022/binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4, 5]));
    const out = join(scratch(), 'out');
    const r = await run(['parse', dir, '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errorLines(r.stderr)).toEqual([`directives: ${dir}/2021/empty.txt: empty file`, `directives: ${dir}/2022/binary.txt: binary file, not text`]);
    const [, parsed, , failed] = summaryOf(r.stderr);
    expect([parsed, failed]).toEqual(['3', '2']);
    expect([...tree(out).keys()]).toEqual(['2021/a.json', '2021/b.json', '2022/sub/c.json']);
    const c = JSON.parse(readFileSync(join(out, '2022/sub/c.json'), 'utf8'));
    expect(c.source.path).toBe(`${dir}/2022/sub/c.txt`);
    expect(readFileSync(join(out, '2021/a.json'), 'utf8')).toBe((await run(['parse', `${dir}/2021/a.txt`])).stdout);
  });

  it('should read the legacy Word .doc files of a folder, and name a damaged one', async () => {
    const dir = scratch();
    mkdirSync(join(dir, '2003'), { recursive: true });
    copyFileSync('fixtures/formats/tb-ubnd-hanoi-2026.doc', join(dir, '2003/tb.doc'));
    writeFileSync(join(dir, '2003/hong.doc'), readFileSync('fixtures/formats/tb-ubnd-hanoi-2026.doc').subarray(0, 1000));
    const out = join(scratch(), 'out');
    const r = await run(['parse', dir, '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([`directives: ${dir}/2003/hong.doc: damaged .doc file: the OLE compound file cannot be read`]);
    expect([...tree(out).keys()]).toEqual(['2003/tb.json']);
    const tb = JSON.parse(readFileSync(join(out, '2003/tb.json'), 'utf8'));
    expect(tb.source.format).toBe('doc');
    expect(tb.items.length).toBe(JSON.parse((await run(['parse', `${DOCS}/tb-ubnd-hanoi-2026.txt`])).stdout).items.length);
  });

  it('should give byte-identical out-dirs on two runs, and rewrite one in place identically', async () => {
    const dir = archive(['x/1.txt', 'x/2.txt', 'y/3.txt', '4.txt']);
    const [a, b] = [join(scratch(), 'a'), join(scratch(), 'b')];
    await run(['parse', dir, '--out-dir', a]);
    await run(['parse', dir, '--out-dir', b]);
    const first = tree(a);
    expect(first.size).toBe(4);
    expect(tree(b)).toEqual(first);
    await run(['parse', dir, '--out-dir', a]);
    expect(tree(a)).toEqual(first);
  });

  it('should use the extension of the format, with one header per CSV file', async () => {
    const dir = archive(['a.txt', 'b.md']);
    const out = scratch();
    await run(['parse', dir, '--out-dir', join(out, 'nd'), '--format', 'ndjson']);
    await run(['parse', dir, '--out-dir', join(out, 'csv'), '--format', 'csv']);
    expect([...tree(join(out, 'nd')).keys()]).toEqual(['a.ndjson', 'b.ndjson']);
    const nd = readFileSync(join(out, 'nd/a.ndjson'), 'utf8');
    expect(nd.split('\n')).toHaveLength(2);
    const csv = readFileSync(join(out, 'csv/b.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv);
    expect(rows[0]![0]).toBe('file');
    expect(rows.slice(1).every((row) => row[0] === `${dir}/b.md`)).toBe(true);
  });

  it('should mirror a file given by name, and a glob, below their own folders', async () => {
    const dir = archive(['2021/q3/a.txt', '2021/q4/b.txt']);
    const out = scratch();
    await run(['parse', `${dir}/2021/q3/a.txt`, `${dir}/2021/*/b.txt`, '--out-dir', out]);
    expect([...tree(out).keys()]).toEqual(['a.json', 'q4/b.json']);
  });

  it('should never give two inputs one output, nor overwrite an input, nor write outside DIR', async () => {
    const dir = archive(['kl.txt', 'kl.html', 'other.txt']);
    const r = await run(['parse', dir, '--out-dir', dir]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([`directives: ${dir}/kl.txt: output ${JSON.stringify(`${dir}/kl.json`)} is already that of ${JSON.stringify(`${dir}/kl.html`)}`]);
    expect(existsSync(join(dir, 'kl.json')) && existsSync(join(dir, 'other.json'))).toBe(true);
    // A literal input called kl.json would be overwritten by kl.txt's output: refused.
    const again = await run(['parse', `${dir}/kl.txt`, `${dir}/kl.json`, '--out-dir', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/kl\.txt: output ".*kl\.json" would overwrite an input/);
    expect(planOutputs([{ path: '../up.txt', root: '.' }], 'out', 'json')).toEqual([{ outPath: null, problem: 'output would fall outside "out"' }]);
    expect(outputPathOf({ path: '-', root: null }, 'out', 'ndjson')).toBe('out/stdin.ndjson');
  });

  it('should refuse -o onto one of its inputs, and options that do not go together', async () => {
    const dir = archive(['a.txt']);
    const cases = [
      ['parse', `${dir}/a.txt`, '-o', `${dir}/a.txt`],
      ['parse', dir, '--out-dir', dir, '-o', `${dir}/x.json`],
      ['parse', dir, '--skip-unchanged'],
      ['parse', dir, '--out-dir', dir, '--skip-unchanged', '--format', 'csv'],
      ['parse', dir, '--out-dir', dir, '--emit-text'],
      ['parse', dir, '--jobs', '0'],
      ['parse', dir, '--jobs', 'many'],
      ['parse', dir, '--shard', '4/3'],
      ['parse', dir, '--shard', '0/3'],
    ];
    for (const args of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^directives: .+\n$/);
    }
    expect(readFileSync(`${dir}/a.txt`, 'utf8')).toBe(readFileSync(`${DOCS}/${SMALL[0]}.txt`, 'utf8'));
  });
});

describe('--skip-unchanged', () => {
  it('should leave an unchanged output untouched and rewrite the output of a changed input', async () => {
    const dir = archive(['a.txt', 'b.txt', 'c.txt']);
    const out = scratch();
    await run(['parse', dir, '--out-dir', out, '--format', 'ndjson']);
    const old = new Date('2020-01-01T00:00:00Z');
    for (const f of ['a', 'b', 'c']) utimesSync(join(out, `${f}.ndjson`), old, old);
    writeFileSync(join(dir, 'b.txt'), readFileSync(join(DOCS, `${SMALL[2]}.txt`)));
    const r = await run(['parse', dir, '--out-dir', out, '--format', 'ndjson', '--skip-unchanged']);
    expect(r.code).toBe(0);
    const [, parsed, unchanged] = summaryOf(r.stderr);
    expect([parsed, unchanged]).toEqual(['1', '2']);
    expect(statSync(join(out, 'a.ndjson')).mtimeMs).toBe(old.getTime());
    expect(statSync(join(out, 'c.ndjson')).mtimeMs).toBe(old.getTime());
    expect(statSync(join(out, 'b.ndjson')).mtimeMs).not.toBe(old.getTime());
    expect(JSON.parse(readFileSync(join(out, 'b.ndjson'), 'utf8')).source.sha256).toBe(
      JSON.parse((await run(['parse', join(dir, 'b.txt')])).stdout).source.sha256,
    );
  });
});

describe('combined output', () => {
  it('should write one CSV with one header, every item of every file, and no cell a spreadsheet would run', async () => {
    const dir = scratch();
    const doc = [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      'Số: 12/KL-UBND',
      'Quảng Ngãi, ngày 23 tháng 7 năm 2021',
      '',
      'KẾT LUẬN',
      'của Chủ tịch Ủy ban nhân dân tỉnh',
      '',
      '1. =SUM(A1:A3) là công thức Sở Tài chính phải rà soát trước ngày 15/8/2021.',
      '2. +84 là mã vùng; Sở Thông tin và Truyền thông công bố đường dây nóng.',
      '3. @Sở Nội vụ rà soát biên chế trong quý III/2021.',
      '4. -Sở Y tế kiểm tra an toàn thực phẩm.',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'formulas.txt'), doc);
    copyFileSync(join(DOCS, `${SMALL[0]}.txt`), join(dir, 'other.txt'));
    const out = join(dir, 'all.csv');
    const r = await run(['parse', dir, '--format', 'csv', '-o', out]);
    expect(r.code).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    const header = rows[0]!;
    expect(rows.filter((row) => row[0] === 'file')).toHaveLength(1);
    const json = JSON.parse((await run(['parse', `${dir}/formulas.txt`, `${dir}/other.txt`])).stdout) as { source: { path: string }; items: { text: string }[] }[];
    expect(rows.length - 1).toBe(json.reduce((n, x) => n + x.items.length, 0));
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set([`${dir}/formulas.txt`, `${dir}/other.txt`]));
    const text = header.indexOf('text');
    const texts = rows.filter((row) => row[0] === `${dir}/formulas.txt`).map((row) => row[text]);
    expect(texts).toEqual(["'=SUM(A1:A3) là công thức Sở Tài chính phải rà soát trước ngày 15/8/2021.", "'+84 là mã vùng; Sở Thông tin và Truyền thông công bố đường dây nóng.", "'@Sở Nội vụ rà soát biên chế trong quý III/2021.", "'-Sở Y tế kiểm tra an toàn thực phẩm."]);
    for (const cell of rows.flat()) if (cell !== '-' && cell !== '+') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('should stream NDJSON in input order, stdin first', async () => {
    const dir = archive(['b.txt', 'a.txt']);
    const r = await run(['parse', dir, '-', '--format', 'ndjson'], { stdin: readFileSync(`${DOCS}/${SMALL[1]}.txt`, 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['-', `${dir}/a.txt`, `${dir}/b.txt`]);
  });

  it('should write stdin to stdin.json with --out-dir', async () => {
    const out = scratch();
    const r = await run(['parse', '-', '--out-dir', out], { stdin: readFileSync(`${DOCS}/${SMALL[0]}.txt`, 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'stdin.json'), 'utf8')).source.path).toBe('-');
  });
});

describe('inputs', () => {
  const nfd = 'kết luận số 3.txt'.normalize('NFD');

  it('should find NFD names, names with (1) and spaces, by name, by folder and by glob, in NFC order', async () => {
    const dir = archive([nfd, 'báo cáo (1).txt', 'a b.txt', 'z.txt']);
    expect(readdirSync(dir)).toContain(nfd);
    const all = await expandInputs([dir]);
    expect(all.paths.map((p) => p.slice(dir.length + 1).normalize('NFC'))).toEqual(['a b.txt', 'báo cáo (1).txt', 'kết luận số 3.txt', 'z.txt']);
    // Typed in NFC, found in NFD; `(1)` taken literally, not as a glob group.
    const literal = await run(['parse', join(dir, 'kết luận số 3.txt'), join(dir, 'báo cáo (1).txt'), '--format', 'ndjson']);
    expect(literal.code).toBe(0);
    expect(literal.stdout.trimEnd().split('\n')).toHaveLength(2);
    const glob = await expandInputs([`${dir}/kết*.txt`]);
    expect(glob.paths).toEqual([join(dir, nfd)]);
    const out = scratch();
    const r = await run(['parse', dir, '--out-dir', out]);
    expect(r.code).toBe(0);
    expect([...tree(out).keys()].map((k) => k.normalize('NFC')).sort()).toEqual(['a b.json', 'báo cáo (1).json', 'kết luận số 3.json', 'z.json']);
  });

  it('should expand quoted globs, sorted, and leave out --ignore patterns', async () => {
    const dir = archive(['2021/b.txt', '2021/a.txt', '2022/c.txt', '2022/drafts/d.txt', 'old (1)/e.txt', 'notes.json']);
    const glob = await run(['parse', `${dir}/**/*.txt`, '--format', 'ndjson', '--ignore', '**/drafts/**', '--ignore', `${dir}/old (1)`]);
    expect(glob.code).toBe(0);
    expect(glob.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path.slice(dir.length + 1))).toEqual(['2021/a.txt', '2021/b.txt', '2022/c.txt']);
    const folder = await expandInputs([dir], ['**/2022/**']);
    expect(folder.paths.map((p) => p.slice(dir.length + 1))).toEqual(['2021/a.txt', '2021/b.txt', 'old (1)/e.txt']);
  });
});

describe('--shard', () => {
  it('should split the inputs so that every file is in exactly one shard', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `d${i}/kết luận ${i}.txt`);
    const dir = archive(names);
    const seen: string[] = [];
    for (let k = 1; k <= 3; k++) {
      const r = await run(['parse', dir, '--shard', `${k}/3`, '--format', 'ndjson', '--quiet']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      if (r.stdout) seen.push(...r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path as string));
    }
    expect([...seen].sort()).toEqual(names.map((n) => join(dir, n)).sort());
    expect(new Set(seen).size).toBe(names.length);
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    // The partition follows the NFC name, however the file system spells it.
    expect(shardOf('kết luận.txt'.normalize('NFD'), 7)).toBe(shardOf('kết luận.txt', 7));
  });
});

describe('errors and stopping', () => {
  it('should stop at the first failure in input order with --fail-fast', async () => {
    const dir = archive(['a.txt', 'c.txt']);
    writeFileSync(join(dir, 'b.txt'), '');
    const out = scratch();
    const r = await run(['parse', dir, '--out-dir', out, '--fail-fast']);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([`directives: ${dir}/b.txt: empty file`]);
    expect([...tree(out).keys()]).toEqual(['a.json']);
  });

  it('should stop cleanly on an interrupt: complete output so far, a summary, exit 130', async () => {
    const dir = archive(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    const signals = new EventEmitter();
    const r = await run(['parse', dir, '--format', 'ndjson'], { signals, onStdout: () => signals.emit('SIGINT') });
    expect(r.code).toBe(130);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([`${dir}/a.txt`]);
    expect(r.stderr).toMatch(/^directives: interrupted \(SIGINT\) after 1 of 4 inputs: 1 parsed, 0 failed, \d+ items, \d+\.\d s\n$/);
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });

  it('should leave no staged output when interrupted while stdin is still coming', async () => {
    // The interrupt comes before stdin ends; the document that arrives after it must not be
    // parsed and written under a temporary name once the batch has cleaned up.
    const document = readFileSync(join(DOCS, `${SMALL[0]}.txt`));
    // The library loaded and its patterns compiled, so that a late parse would be done within the wait below.
    expect((await run(['parse', '-'], { stdin: document.toString('utf8') })).code).toBe(0);
    const stdin = new PassThrough();
    const signals = new EventEmitter();
    const out = scratch();
    const pending = run(['parse', '-', '--out-dir', out], { signals, stdin });
    // (once the batch waits for stdin)
    const fire = () => (signals.listenerCount('SIGINT') ? setTimeout(() => signals.emit('SIGINT'), 50) : setImmediate(fire));
    fire();
    expect((await pending).code).toBe(130);
    stdin.end(document);
    await new Promise((r) => setTimeout(r, 1500));
    expect(readdirSync(out)).toEqual([]);
  });

  it('should leave no -o file when interrupted', async () => {
    const dir = archive(['a.txt', 'b.txt']);
    const signals = new EventEmitter();
    const out = join(scratch(), 'all.json');
    const pending = run(['parse', dir, '-o', out], { signals });
    // As soon as the command listens, before its first result.
    const fire = () => (signals.listenerCount('SIGINT') ? signals.emit('SIGINT') : setImmediate(fire));
    fire();
    expect((await pending).code).toBe(130);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});

describe('stderr', () => {
  it('should show progress and colour on a terminal only, and honour NO_COLOR, --no-color and --quiet', async () => {
    const dir = archive(['a.txt', 'b.txt']);
    writeFileSync(join(dir, 'c.txt'), '');
    const tty = await run(['parse', dir, '--format', 'ndjson'], { tty: true });
    expect(tty.stderr).toMatch(/\r\x1b\[Kdirectives: \d\/3 files · [\d.]+ files\/s/);
    expect(tty.stderr).toContain('\x1b[31m');
    const noColour = await run(['parse', dir, '--format', 'ndjson'], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColour.stderr).toContain('files/s');
    expect(noColour.stderr).not.toMatch(/\x1b\[\d+m/);
    expect((await run(['parse', dir, '--format', 'ndjson', '--no-color'], { tty: true })).stderr).not.toMatch(/\x1b\[\d+m/);
    const pipe = await run(['parse', dir, '--format', 'ndjson']);
    expect(pipe.stderr).not.toContain('\r');
    expect(errorLines(pipe.stderr)).toEqual([`directives: ${dir}/c.txt: empty file`]);
    summaryOf(pipe.stderr);
    const quiet = await run(['parse', dir, '--format', 'ndjson', '--quiet'], { tty: true, env: { NO_COLOR: '1' } });
    expect(quiet.stderr).toBe(`directives: ${dir}/c.txt: empty file\n`);
    expect(quiet.stdout).toBe(pipe.stdout);
  });
});

describe('bin/directives.js in batch mode', () => {
  const bin = (args: string[]) => spawnSync(process.execPath, ['bin/directives.js', ...args], { encoding: 'utf8' });

  it('should give the same output with --jobs 2 as with --jobs 1, errors in input order', () => {
    const dir = archive(Array.from({ length: 9 }, (_, i) => `s${i % 3}/f${i}.txt`));
    writeFileSync(join(dir, 's1/bad.txt'), '');
    writeFileSync(join(dir, 's2/bad.txt'), '');
    const one = bin(['parse', dir, '--format', 'ndjson', '--jobs', '1']);
    const two = bin(['parse', dir, '--format', 'ndjson', '--jobs', '2']);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trimEnd().split('\n')).toHaveLength(9);
    expect(errorLines(two.stderr)).toEqual([`directives: ${dir}/s1/bad.txt: empty file`, `directives: ${dir}/s2/bad.txt: empty file`]);
    const [a, b] = [scratch(), scratch()];
    bin(['parse', dir, '--out-dir', a, '--jobs', '1']);
    bin(['parse', dir, '--out-dir', b, '--jobs', '2']);
    expect(tree(b)).toEqual(tree(a));
    expect(tree(a).size).toBe(9);
  });

  it('should write nothing past the first failure with --fail-fast and workers, though they ran ahead', () => {
    // Workers write each output under a temporary name as they finish it, ahead of the main
    // thread's order; only the main thread renames, in input order, and removes the rest.
    // The bad input comes late enough for both workers to be running at full speed.
    const names = Array.from({ length: 40 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`);
    const dir = archive(names.filter((n) => n !== 'f30.txt'));
    writeFileSync(join(dir, 'f30.txt'), '');
    const out = scratch();
    const r = bin(['parse', dir, '--out-dir', out, '--jobs', '2', '--fail-fast', '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`directives: ${dir}/f30.txt: empty file\n`);
    expect([...tree(out).keys()]).toEqual(names.slice(0, 30).map((n) => n.replace('.txt', '.json')));
  });

  it('should hold no more memory after five times as many files: results are streamed', () => {
    // The heap left after a full collection when the batch ends, printed by a preloaded module: what the
    // run still holds. The outputs of 750 documents are some 40 MB; holding them would show.
    const HELD = 'data:text/javascript,process.on("exit",()=>{globalThis.gc();process.stderr.write("HELD "+process.memoryUsage().heapUsed+"\\n")})';
    const held = (files: number, args: string[]) => {
      const dir = archive(Array.from({ length: files }, (_, i) => `m${i % 5}/f${String(i).padStart(4, '0')}.txt`));
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', HELD, 'bin/directives.js', 'parse', dir, '--quiet', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
      expect(r.status).toBe(0);
      return Number(/HELD (\d+)/.exec(r.stderr)![1]);
    };
    for (const args of [['--out-dir', scratch(), '--jobs', '1'], ['--format', 'ndjson', '--jobs', '1']]) {
      const few = held(150, args);
      const many = held(750, args);
      // Generous: growth with the number of files would be some 30 MB here.
      expect(many).toBeLessThan(few * 1.3 + 4e6);
    }
  }, 240_000);

  it('should leave no partial or temporary file after SIGINT', async () => {
    const dir = archive(Array.from({ length: 120 }, (_, i) => `p${i % 4}/f${String(i).padStart(3, '0')}.txt`));
    const out = scratch();
    const child = spawn(process.execPath, ['bin/directives.js', 'parse', dir, '--out-dir', out, '--jobs', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt as soon as the first output is there: the batch is then in full flight.
    // (On a loaded machine two workers can take seconds to load the library: wait up to a minute.)
    // (names only while the batch runs: a temporary file read here may be renamed away under the read)
    const started = () => readdirSync(out, { recursive: true }).some((name) => String(name).endsWith('.json'));
    for (const until = Date.now() + 60_000; Date.now() < until && !started(); ) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const code = await exited;
    const files = tree(out);
    expect(code).toBe(130);
    expect(stderr).toMatch(/^directives: interrupted \(SIGINT\) after \d+ of 120 inputs: \d+ parsed, 0 failed, \d+ items, \d+\.\d s\n$/);
    expect(files.size).toBeGreaterThan(0);
    expect(files.size).toBeLessThan(120);
    for (const [name, bytes] of files) {
      expect(name).toMatch(/^p\d\/f\d{3}\.json$/);
      expect(() => JSON.parse(Buffer.from(bytes, 'latin1').toString('utf8'))).not.toThrow();
    }
  }, 120_000);
});
