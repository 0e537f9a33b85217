/**
 * The CLI, in-process through main(argv, io) with memory streams, and once spawned for real.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch.js';
import { runCli } from './helpers/run-cli.js';
import { parse as parseCsv } from './helpers/csv-parse.js';

const run = (args: string[], stdin = '') => runCli(args, { stdin });

const DOC = 'fixtures/docs/quangngai-2021-ket-luan.txt';
const NEWS = 'fixtures/docs/lamdong-2025-news.txt';

/** stderr of a batch: the error lines, then one summary line. */
function errorLines(stderr: string, summary: RegExp = /^directives: \d+ parsed, \d+ failed, \d+ items, \d+\.\d s$/): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines.at(-1)).toMatch(summary);
  return lines.slice(0, -1).map((l) => l + '\n').join('');
}

function scratch(): string {
  return scratchDir('cli');
}

describe('directives parse', () => {
  it('should print the JSON result of one document', async () => {
    const r = await run(['parse', DOC]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    expect(result.schemaVersion).toBe(1);
    expect(result.source.path).toBe(DOC);
    expect(result.document.number).toBe('/KL-SKHCN');
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('should print an array for several inputs, in sorted order', async () => {
    const r = await run(['parse', NEWS, DOC]);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout);
    expect(results.map((x: { source: { path: string } }) => x.source.path)).toEqual([NEWS, DOC]);
  });

  it('should print one line per input with --format ndjson', async () => {
    const r = await run(['parse', DOC, NEWS, '--format', 'ndjson']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual([NEWS, DOC]);
  });

  it('should print one CSV row per item under one header, without a BOM on stdout', async () => {
    const r = await run(['parse', DOC, '--format', 'csv']);
    expect(r.stdout.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parseCsv(r.stdout);
    expect(rows[0]!.slice(0, 4)).toEqual(['file', 'doc_number', 'doc_date', 'item_id']);
    const json = JSON.parse((await run(['parse', DOC])).stdout);
    expect(rows).toHaveLength(json.items.length + 1);
  });

  it('should write a CSV file that starts with a BOM with -o, and none with --no-bom', async () => {
    const dir = scratch();
    await run(['parse', DOC, '--format', 'csv', '-o', join(dir, 'a.csv')]);
    await run(['parse', DOC, '--format', 'csv', '-o', join(dir, 'b.csv'), '--no-bom']);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8').charCodeAt(0)).not.toBe(0xfeff);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.csv']);
  });

  it('should read stdin for -', async () => {
    const r = await run(['parse', '-'], readFileSync(DOC, 'utf8'));
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.source.path).toBe('-');
    expect(result.document.number).toBe('/KL-SKHCN');
  });

  it('should print the normalized text with --emit-text', async () => {
    const r = await run(['parse', DOC, '--emit-text']);
    const result = JSON.parse((await run(['parse', DOC])).stdout);
    const item = result.items[5];
    expect(r.stdout.slice(item.span.start, item.span.end).replace(/\s+/g, ' ').trim()).toBe(item.text);
  });

  it('should explain which rule produced each value with --explain', async () => {
    const r = await run(['parse', DOC, '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^II\.1\.\(1\)\s+task/m);
    expect(r.stdout).toMatch(/lead\s+Phòng Quản lý Khoa học\s+via heading/);
  });

  it('should keep rule provenance only with --debug', async () => {
    const plain = JSON.parse((await run(['parse', DOC])).stdout);
    const debug = JSON.parse((await run(['parse', DOC, '--debug'])).stdout);
    expect(JSON.stringify(plain)).not.toContain('"rule"');
    expect(debug.items.some((i: { assignees: { rule?: string }[] }) => i.assignees.some((a) => typeof a.rule === 'string'))).toBe(true);
  });
});

describe('bad input', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4, 5]));
  mkdirSync(join(dir, 'folder.txt'));

  it.each([
    ['missing.txt', 'no such file'],
    ['empty.txt', 'empty file'],
    ['binary.txt', 'binary file, not text'],
  ])('should report %s in one line and go on with the others', async (file, reason) => {
    const path = join(dir, file);
    const r = await run(['parse', path, DOC]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr, /^directives: 1 parsed, 1 failed, \d+ items, \d+\.\d s$/)).toBe(`directives: ${path}: ${reason}\n`);
    const results = JSON.parse(r.stdout);
    expect(results.map((x: { source: { path: string } }) => x.source.path)).toEqual([DOC]);
  });

  it('should report a folder that holds no document', async () => {
    const r = await run(['parse', join(dir, 'folder.txt'), DOC]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toBe(`directives: ${join(dir, 'folder.txt')}: is a directory with no documents (.txt, .html, .docx, .doc)\n`);
  });

  it('should read a folder given as input as the documents inside it, sorted', async () => {
    const r = await run(['parse', 'fixtures/docs', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const paths = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path);
    expect(paths.length).toBeGreaterThanOrEqual(13);
    expect([...paths].sort()).toEqual(paths);
  });

  it('should exit 2 on a usage error, without a stack trace', async () => {
    const r = await run(['parse', DOC, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await run(['parse'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('should write no output file when its only input fails', async () => {
    const out = join(dir, 'out.json');
    const r = await run(['parse', join(dir, 'missing.txt'), '-o', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('directives schema', () => {
  it('should print the JSON Schema of the output', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'source', 'document', 'outline', 'items', 'references', 'metrics', 'warnings', 'furniture', 'regions']);
  });
});

describe('bin/directives.js', () => {
  it('should run the built CLI end to end', () => {
    const r = spawnSync(process.execPath, ['bin/directives.js', 'parse', DOC, 'missing-file.txt', '--format', 'ndjson'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(errorLines(r.stderr)).toBe('directives: missing-file.txt: no such file\n');
    expect(JSON.parse(r.stdout).document.number).toBe('/KL-SKHCN');
  });
});

describe('--units', () => {
  it('should give assignees the names of a unit list', async () => {
    const dir = scratch();
    const units = join(dir, 'units.json');
    writeFileSync(units, JSON.stringify({ units: [{ name: 'Phòng Quản lý Khoa học (Sở KH&CN Quảng Ngãi)', aliases: ['Phòng Quản lý Khoa học'] }] }));
    const r = await run(['parse', DOC, '--units', units]);
    expect(r.code).toBe(0);
    const names = JSON.parse(r.stdout).items.flatMap((i: { assignees: { name: string }[] }) => i.assignees.map((a) => a.name));
    expect(names).toContain('Phòng Quản lý Khoa học (Sở KH&CN Quảng Ngãi)');
    expect(names).not.toContain('Phòng Quản lý Khoa học');
  });

  it('should refuse a unit list that is not one, as a usage error', async () => {
    const dir = scratch();
    const bad = join(dir, 'units.json');
    writeFileSync(bad, '{"units": [ {"nom": 1} ]}');
    const r = await run(['parse', DOC, '--units', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^directives: .*units\.json: expected \{ "units"/);
  });
});

describe('--max-bytes', () => {
  it('should fail a file over the limit in one line and go on with the others', async () => {
    const r = await run(['parse', DOC, NEWS, '--max-bytes', '20kB', '--format', 'ndjson', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^directives: fixtures\/docs\/quangngai-2021-ket-luan\.txt: 27606 bytes, over the limit of 20480 \(--max-bytes\)\n$/);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([NEWS]);
  });

  it('should refuse a size it cannot read as a usage error', async () => {
    expect((await run(['parse', DOC, '--max-bytes', 'lots'])).code).toBe(2);
  });
});
