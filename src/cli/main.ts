/**
 * The command line: `main(argv, io)` builds the commander program, runs it and returns the exit
 * code. The only place with process streams, files, globs and colour.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CliIo } from './io.js';
import type { ParseCommandOptions } from './commands/parse.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { createReporter, colourEnabled } from './report.js';
import { parseShard } from './shard.js';

// V8 first runs a regular expression in its interpreter, then compiles it again to machine code.
// One short-lived process runs each of the extractors' hundreds of patterns a few times only:
// compiling once, straight away, halves the start-up of a single-document parse.
setFlagsFromString('--no-regexp-tier-up');

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;

function jobCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

/** 50 MB: larger files are almost always not documents (archives, scans, database dumps). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

// 50MB | 512kB | 1000000 → bytes
function byteCount(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError('expected a size such as 50MB, 512kB or 1000000');
  const scale: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
  return Math.floor(Number(m[1]) * scale[(m[2] ?? 'b').toLowerCase()]!);
}

/** 120 s: far beyond any real document (~15 ms each), short enough that a batch never stalls on one. */
export const DEFAULT_TIMEOUT_SECONDS = 120;

// 120 | 0.5 | 0 (no limit) → seconds
function seconds(value: string): number {
  if (!/^\s*\d+(?:\.\d+)?\s*$/.test(value)) throw new InvalidArgumentError('expected a number of seconds such as 120 or 0.5 (0: no limit)');
  return Number(value);
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

function encodingName(value: string): (typeof ENCODINGS)[number] {
  const v = value.toLowerCase().replace(/^utf8$/, 'utf-8').replace(/^cp1258$/, 'windows-1258');
  if (!(ENCODINGS as readonly string[]).includes(v)) throw new InvalidArgumentError(`expected one of ${ENCODINGS.join(', ')}`);
  return v as (typeof ENCODINGS)[number];
}

/**
 * Runs the CLI with `argv` as in `process.argv` (node, script, args…).
 * @example await main(['node', 'directives', 'schema'], process) → 0
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let code = EXIT_OK;
  // A reader that stops early (`directives parse … | head -1`) closes the pipe: end quietly. Any
  // other error (stdout on a full disk) is reported, in one line, by the write that met it.
  io.stdout.on('error', () => undefined);
  const program = new Command()
    .name('directives')
    .description('Turn Vietnamese directive documents into structured tasks, owners, deadlines, figures and citations.')
    .version(version())
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `directives: ${s.slice(7)}` : s),
    });

  program
    .command('parse')
    .description('parse documents and print the result (SPEC.md) on stdout')
    .argument('<inputs...>', 'files, folders, quoted globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'csv']).default('json'))
    .option('-o, --output <file>', 'write to a file instead of stdout (CSV then starts with a UTF-8 BOM)')
    .option('--no-bom', 'no byte-order mark in a CSV file')
    .option('--emit-text', 'print the normalized text that every span points into')
    .option('--explain', 'print a readable per-item trace of which rule produced each value')
    .option('--debug', 'keep rule provenance on every value; stack traces on errors')
    .option('--encoding <name>', `force the input encoding (${ENCODINGS.join(', ')})`, encodingName)
    .option('--units <file>', "a province's own unit names and aliases (JSON: { \"units\": [ { \"name\", \"aliases\" } ] })")
    .option('--ignore <pattern>', 'glob of files to leave out (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--out-dir <dir>', 'one output per input below DIR, mirroring its path (atomic writes)')
    .option('--skip-unchanged', 'with --out-dir: leave an output whose source.sha256 matches its input untouched')
    .option('--max-bytes <size>', 'fail a file larger than this (default 50MB)', byteCount, DEFAULT_MAX_BYTES)
    .option('--timeout <seconds>', 'fail a file whose parse takes longer than this (0: no limit)', seconds, DEFAULT_TIMEOUT_SECONDS)
    .option('-j, --jobs <n>', 'worker threads (default: the number of CPUs)', jobCount)
    .option('--shard <k/n>', 'parse only shard K of N (a stable partition by path, for CI)', parseShard)
    .option('--fail-fast', 'stop at the first input that fails')
    .option('-q, --quiet', 'no progress and no summary on stderr; errors only')
    .option('--no-color', 'no colour on stderr')
    .action(async (inputs: string[], opts: ParseCommandOptions & { explain?: boolean }) => {
      // Loaded here so that `directives schema` and `--help` do not pay for the batch machinery.
      const { runParse } = await import('./commands/parse.js');
      code = await runParse(inputs, { ...opts, debug: opts.debug || opts.explain }, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      const { runSchema } = await import('./commands/schema.js');
      code = await runSchema(io);
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    createReporter(io, colourEnabled(io, false)).usage(err instanceof Error ? err.message.split('\n')[0]! : String(err));
    return EXIT_USAGE;
  }
  return code;
}
