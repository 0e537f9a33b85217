/**
 * Outputs that cannot be written: a full disk or a refused write half-way through a file, an
 * output folder below a regular file, `-o` into a folder that is not there, stdout on a full
 * disk. Each is one line naming the path and the reason, no partial and no temporary file is
 * left, the other files of a batch are still written, and the exit code is 1. The tests run as
 * root, for whom permissions do not fail: ENOSPC and EACCES are injected into `node:fs/promises`,
 * ENOTDIR is real.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scratchDir } from './helpers/scratch.js';
import { runCli } from './helpers/run-cli.js';
import { reasonOf } from '../src/cli/report.js';

type Op = 'open' | 'write' | 'rename';

/** One injected failure: `op` on a path whose name matches, after `after` successful writes. */
interface Fault {
  op: Op;
  match: RegExp;
  code: 'ENOSPC' | 'EACCES';
  after?: number;
}

const faults = vi.hoisted(() => ({ list: [] as { op: string; match: RegExp; code: string; after?: number }[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const MESSAGES: Record<string, string> = { ENOSPC: 'no space left on device', EACCES: 'permission denied' };
  const errno = (code: string, syscall: string, path: string) =>
    Object.assign(new Error(`${code}: ${MESSAGES[code]}, ${syscall} '${path}'`), { code, syscall, path });
  const find = (op: string, path: unknown) => faults.list.find((f) => f.op === op && f.match.test(String(path)));
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const [path] = args;
      const failOpen = find('open', path);
      if (failOpen) throw errno(failOpen.code, 'open', String(path));
      const handle = await actual.open(...args);
      const failWrite = find('write', path);
      if (!failWrite) return handle;
      // A disk that fills up half-way: the first `after` writes succeed, the next one writes half
      // of its data, then fails.
      let writes = 0;
      return new Proxy(handle, {
        get(target, prop) {
          if (prop === 'write') {
            return async (data: string) => {
              if (writes++ < (failWrite.after ?? 0)) return target.write(data);
              await target.write(data.slice(0, Math.ceil(data.length / 2)));
              throw errno(failWrite.code, 'write', String(path));
            };
          }
          const value = Reflect.get(target, prop, target) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    rename: async (from: string, to: string) => {
      const failRename = find('rename', to);
      if (failRename) throw errno(failRename.code, 'rename', from);
      return actual.rename(from, to);
    },
  };
});

function inject(...list: Fault[]): void {
  faults.list = list;
}

afterEach(() => inject());

const DOCS = 'fixtures/docs';
const INPUTS = ['cd-ttg-duoinuoc-2026', 'news-hddtvn-ban-chi-dao-389-quoc-2020', 'lamdong-2025-news'].map((n) => join(DOCS, `${n}.txt`));
const SUMMARY = /^directives: \d+ parsed, \d+ failed, \d+ items, \d+\.\d s$/;

function scratch(): string {
  return scratchDir('write');
}

const run = (args: string[], stdout?: Writable) => runCli(args, { stdout });

/** stderr without its summary line. */
function errorLines(stderr: string): string[] {
  return stderr.trimEnd().split('\n').filter((l) => !SUMMARY.test(l));
}

/** The names in `dir`, hidden temporary files included, sorted. */
function names(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

describe('a failure while writing an --out-dir file', () => {
  it.each([
    ['a full disk half-way through the file', { op: 'write', code: 'ENOSPC' }, 'no space left on device'],
    ['a write refused half-way through the file', { op: 'write', code: 'EACCES' }, 'permission denied'],
    ['a temporary file that cannot be made', { op: 'open', code: 'EACCES' }, 'permission denied'],
    ['a rename that is refused', { op: 'rename', code: 'EACCES' }, 'permission denied'],
  ] as const)('should fail that file alone in one line on %s, leaving no partial or temporary file', async (_, fault, reason) => {
    const out = scratch();
    const target = join(out, 'news-hddtvn-ban-chi-dao-389-quoc-2020.json');
    inject({ ...fault, match: new RegExp(`${basename(target).replace(/\./g, '\\.')}`) });
    const r = await run(['parse', ...INPUTS, '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([`directives: ${target}: ${reason}`]);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^directives: 2 parsed, 1 failed, /);
    expect(names(out)).toEqual(['cd-ttg-duoinuoc-2026.json', 'lamdong-2025-news.json']);
    inject();
    expect(readFileSync(join(out, 'lamdong-2025-news.json'), 'utf8')).toBe((await run(['parse', INPUTS[2]!])).stdout);
  });

  it('should show the stack of a write failure with --debug only', async () => {
    const out = scratch();
    inject({ op: 'write', code: 'ENOSPC', match: /lamdong/ });
    const plain = await run(['parse', ...INPUTS, '--out-dir', out]);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await run(['parse', ...INPUTS, '--out-dir', scratch(), '--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/lamdong-2025-news\.json: no space left on device\n.*Error.*\n\s+at /);
  });
});

describe('a failure while writing the -o file', () => {
  it.each([
    ['a full disk half-way through the file', { op: 'write', code: 'ENOSPC', after: 1 }, 'no space left on device'],
    ['a write refused half-way through the file', { op: 'write', code: 'EACCES', after: 1 }, 'permission denied'],
    ['a rename that is refused', { op: 'rename', code: 'EACCES' }, 'permission denied'],
  ] as const)('should stop in one line on %s, leaving no partial or temporary file', async (_, fault, reason) => {
    const dir = scratch();
    const file = join(dir, 'all.ndjson');
    inject({ ...fault, match: /all\.ndjson/ });
    const r = await run(['parse', ...INPUTS, '--format', 'ndjson', '-o', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errorLines(r.stderr)).toEqual([`directives: ${file}: ${reason}`]);
    expect(names(dir)).toEqual([]);
  });

  it('should fail before parsing anything when the file cannot be made at all', async () => {
    const dir = scratch();
    const file = join(dir, 'all.json');
    inject({ op: 'open', code: 'EACCES', match: /all\.json/ });
    const r = await run(['parse', ...INPUTS, '-o', file]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `directives: ${file}: permission denied\n` });
    expect(names(dir)).toEqual([]);
  });
});

describe('an output path that cannot be a folder or a file', () => {
  const dir = scratch();
  const notes = join(dir, 'notes.txt');
  writeFileSync(notes, 'a regular file\n');

  it.each([
    ['--out-dir below a regular file', ['--out-dir', join(notes, 'out')], join(notes, 'out'), 'not a directory'],
    ['--out-dir that is a regular file', ['--out-dir', notes], notes, 'not a directory'],
    ['-o below a regular file', ['-o', join(notes, 'all.json')], join(notes, 'all.json'), 'not a directory'],
    ['-o into a missing folder', ['-o', join(dir, 'missing', 'all.json')], join(dir, 'missing', 'all.json'), `no such directory ${JSON.stringify(join(dir, 'missing'))}`],
    ['-o onto a folder', ['-o', dir], dir, 'is a directory'],
  ])('should fail at once in one line with %s', async (_, options, path, reason) => {
    const r = await run(['parse', ...INPUTS, ...options]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `directives: ${path}: ${reason}\n` });
    expect(names(dir)).toEqual(['notes.txt']);
    expect(readFileSync(notes, 'utf8')).toBe('a regular file\n');
  });

  it('should fail only the outputs meant for a folder that a file stands in for, and write the rest', async () => {
    const inputs = scratch();
    mkdirSync(join(inputs, 'sub'));
    writeFileSync(join(inputs, 'a.txt'), readFileSync(INPUTS[0]!));
    writeFileSync(join(inputs, 'sub', 'b.txt'), readFileSync(INPUTS[1]!));
    writeFileSync(join(inputs, 'sub', 'c.txt'), readFileSync(INPUTS[2]!));
    const out = scratch();
    writeFileSync(join(out, 'sub'), 'in the way\n');
    const r = await run(['parse', inputs, '--out-dir', out]);
    expect(r.code).toBe(1);
    const blocked = JSON.stringify(join(out, 'sub'));
    expect(errorLines(r.stderr)).toEqual([`directives: ${join(out, 'sub', 'b.json')}: ${blocked} is not a directory`, `directives: ${join(out, 'sub', 'c.json')}: ${blocked} is not a directory`]);
    expect(names(out)).toEqual(['a.json', 'sub']);
  });
});

describe('stdout on a full disk', () => {
  /** A stdout whose writes fail as a file on a full disk does (`> /dev/full`). */
  const full = () =>
    new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
      },
    });

  it('should fail in one line rather than pass for a reader that went away', async () => {
    const r = await run(['parse', ...INPUTS, '--format', 'ndjson', '--quiet'], full());
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('directives: stdout: no space left on device\n');
    expect((await run(['schema'], full())).stderr).toBe('directives: stdout: no space left on device\n');
  });
});

describe('reasonOf', () => {
  it('should give a system error as its words alone, lower-case, without code, call or path', () => {
    const sys = (code: string, message: string) => Object.assign(new Error(message), { code });
    expect(reasonOf(sys('ENAMETOOLONG', "ENAMETOOLONG: name too long, open '/tmp/x'"))).toBe('name too long');
    expect(reasonOf(sys('EIO', 'EIO: i/o error, write'))).toBe('i/o error');
    expect(reasonOf(sys('ENOTDIR', "ENOTDIR: not a directory, mkdir 'a/b'"))).toBe('not a directory');
    expect(reasonOf(sys('EROFS', "EROFS: read-only file system, open 'x'"))).toBe('read-only file system');
    expect(reasonOf(new Error('Binary file, not text'))).toBe('binary file, not text');
  });
});
