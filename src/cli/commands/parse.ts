/**
 * `directives parse`: inputs → results on stdout, in one file (`-o`) or one file per input
 * (`--out-dir`); one line on stderr per failed input, a progress line on a terminal, a summary.
 */
import { availableParallelism } from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Encoding } from '../../schema.js';
import { emitJsonArrayEnd } from '../../emit/json.js';
import type { CliIo } from '../io.js';
import { signalsOf } from '../io.js';
import { AtomicFile, writeChunk } from '../output.js';
import { expandInputs } from '../inputs.js';
import { exitCodeFor, EXIT_INPUT_FAILED, EXIT_USAGE, type StopSignal } from '../exit-codes.js';
import { createReporter, colourEnabled, reasonOf } from '../report.js';
import { selectShard, type Shard } from '../shard.js';
import { createRunner, runInOrder } from '../batch.js';
import type { ConvertSettings, Outcome } from '../convert.js';
import type { UnitList } from '../../refine/merge-unit-variants.js';
import { OutDirWriter, planOutputs, type Planned } from '../out-dir.js';
import { createProgress } from '../progress.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv';

export interface ParseCommandOptions {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  emitText?: boolean;
  explain?: boolean;
  debug?: boolean;
  bom: boolean;
  encoding?: Encoding;
  color: boolean;
  ignore?: string[];
  /** `--units FILE`: a province's own unit names and aliases (JSON). */
  units?: string;
  /** `--max-bytes`: a larger input fails with one line. */
  maxBytes?: number;
  /** `--timeout` in seconds: a file whose parse takes longer fails with one line; 0: no limit. */
  timeout?: number;
  jobs?: number;
  shard?: Shard;
  skipUnchanged?: boolean;
  failFast?: boolean;
  quiet?: boolean;
}

/** Reads all of stdin as bytes. */
async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

const EXTENSIONS: Record<OutputFormat, string> = { json: 'json', ndjson: 'ndjson', csv: 'csv' };

/**
 * Reads `--units FILE`: `{ "units": [ { "name": "…", "aliases": ["…"] } ] }`.
 * @returns the list, or the reason it cannot be used
 */
async function readUnitList(path: string): Promise<UnitList | string> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    return err instanceof SyntaxError ? `not JSON: ${err.message}` : reasonOf(err);
  }
  const units = (data as { units?: unknown })?.units;
  const ok =
    Array.isArray(units) &&
    units.every(
      (u) =>
        typeof u?.name === 'string' &&
        (u.aliases === undefined || (Array.isArray(u.aliases) && u.aliases.every((a: unknown) => typeof a === 'string'))),
    );
  return ok ? { units: units as UnitList['units'] } : 'expected { "units": [ { "name": "…", "aliases": ["…"] } ] }';
}

/** Options that cannot go together, as the one-line message to print; null when all is well. */
function usageProblem(opts: ParseCommandOptions): string | null {
  if (opts.outDir !== undefined && opts.output !== undefined) return '--out-dir and -o exclude each other: one file per input, or one file for all';
  if (opts.outDir !== undefined && (opts.emitText || opts.explain)) return '--emit-text and --explain print to stdout; they do not go with --out-dir';
  if (opts.skipUnchanged && opts.outDir === undefined) return '--skip-unchanged needs --out-dir';
  if (opts.skipUnchanged && opts.format === 'csv') return '--skip-unchanged needs --format json or ndjson: a CSV file records no source.sha256';
  return null;
}

const stackOf = (err: unknown): string | undefined => (err instanceof Error ? err.stack : undefined);

/**
 * Makes the `--out-dir` folder, or opens the temporary file of `-o`, before any input is parsed.
 * @returns why the output cannot be written at all, or null
 */
async function prepareOutput(writer: OutDirWriter | null, file: AtomicFile | null): Promise<string | null> {
  try {
    if (writer) await writer.prepare();
    if (file) {
      // Caught now rather than by the rename at the very end, after the whole batch.
      if ((await stat(file.path).catch(() => null))?.isDirectory()) return 'is a directory';
      await file.open();
    }
    return null;
  } catch (err) {
    // `-o missing/all.json`: the folder is what is missing, not the file.
    if (file && (err as NodeJS.ErrnoException).code === 'ENOENT') return `no such directory ${JSON.stringify(dirname(file.path))}`;
    return reasonOf(err);
  }
}

/**
 * Runs the parse command and returns the exit code.
 * @example await runParse(['archive'], { format: 'json', outDir: 'out', bom: true, color: true }, process) → 0
 */
export async function runParse(args: string[], opts: ParseCommandOptions, io: CliIo): Promise<number> {
  const started = Date.now();
  const colour = colourEnabled(io, !opts.color);
  const report = createReporter(io, colour);
  const problem = usageProblem(opts);
  if (problem) {
    report.usage(problem);
    return EXIT_USAGE;
  }
  let units: UnitList | null = null;
  if (opts.units !== undefined) {
    const read = await readUnitList(opts.units);
    if (typeof read === 'string') {
      report.usage(`${opts.units}: ${read}`);
      return EXIT_USAGE;
    }
    units = read;
  }
  const list = await expandInputs(args, opts.ignore ?? []);
  const inputs = selectShard(list.inputs, opts.shard);
  if (opts.output !== undefined && inputs.some((i) => i.root !== null && resolve(i.path) === resolve(opts.output!))) {
    report.usage(`${opts.output}: -o would overwrite an input`);
    return EXIT_USAGE;
  }
  const plan: Planned[] = opts.outDir !== undefined ? planOutputs(inputs, opts.outDir, EXTENSIONS[opts.format]) : [];
  const writer = opts.outDir !== undefined ? new OutDirWriter(opts.outDir) : null;
  const file = opts.output !== undefined ? new AtomicFile(opts.output) : null;
  // An output that cannot be written at all is one line, not one per input after parsing them all.
  const unwritable = await prepareOutput(writer, file);
  if (unwritable) {
    report.fail((opts.outDir ?? opts.output)!, unwritable);
    return EXIT_INPUT_FAILED;
  }
  const batch = !list.single || opts.outDir !== undefined;
  const combinedJsonArray = opts.format === 'json' && !opts.emitText && !opts.explain && !list.single && opts.outDir === undefined;
  const progress = createProgress(io.stderr, inputs.length, io.stderr.isTTY === true && !opts.quiet && batch);

  let failed = 0;
  let parsed = 0;
  let unchanged = 0;
  let items = 0;
  let count = 0;
  const fail = (path: string, reason: string, stack?: string) => {
    failed++;
    progress.clear();
    report.fail(path, reason);
    if (opts.debug && stack) io.stderr.write(stack + '\n');
  };
  for (const m of list.missing) fail(m, 'no such file');
  for (const d of list.emptyFolders) fail(d, 'is a directory with no documents (.txt, .html, .docx, .doc)');

  // Interrupts: stop taking results, keep what is complete, remove what is not, then summarize.
  let signal: StopSignal | null = null;
  let onInterrupt: () => void = () => undefined;
  const interrupted = new Promise<void>((r) => (onInterrupt = r));
  const signals = signalsOf(io);
  const onSignal = (name: StopSignal) => {
    if (signal && signals === process) {
      // A second Ctrl-C: the user will not wait for the clean-up.
      process.kill(process.pid, name);
      return;
    }
    signal = name;
    onInterrupt();
  };
  const onSigint = () => onSignal('SIGINT');
  const onSigterm = () => onSignal('SIGTERM');
  if (signals) {
    signals.on('SIGINT', onSigint);
    signals.on('SIGTERM', onSigterm);
  }

  const settings: ConvertSettings = {
    format: opts.format,
    mode: opts.outDir !== undefined ? 'files' : 'combined',
    single: list.single,
    emitText: !!opts.emitText,
    explain: !!opts.explain,
    debug: !!opts.debug,
    encoding: opts.encoding,
    maxBytes: opts.maxBytes,
    bom: opts.bom,
    skipUnchanged: !!opts.skipUnchanged,
    units,
    // 0.0001 s is still a limit, of 1 ms.
    timeoutMs: opts.timeout ? Math.max(1, Math.round(opts.timeout * 1000)) : undefined,
  };
  let open = true;
  const out = async (chunk: string) => {
    if (!open || !chunk) return;
    if (file) await file.write(chunk);
    else open = await writeChunk(io.stdout, chunk);
  };

  // `--out-dir`: the temporary files named for inputs under way, by input index, until committed.
  const staged = new Map<number, string>();
  const jobs = opts.jobs ?? availableParallelism();
  const runner = createRunner(jobs, settings, inputs.filter((i, n) => i.root !== null && !plan[n]?.problem).length);
  try {
    if (!(opts.failFast && failed > 0)) {
      if (opts.format === 'csv' && !opts.emitText && !opts.explain && !writer) {
        const { emitCsvHeader, UTF8_BOM } = await import('../../emit/csv.js');
        await out((file && opts.bom ? UTF8_BOM : '') + emitCsvHeader());
      }
      await runInOrder({
        count: inputs.length,
        window: runner.threads > 1 ? runner.threads * 4 : 1,
        interrupted,
        isInterrupted: () => signal !== null,
        last: (o) => !!opts.failFast && !o.ok,
        start: async (index): Promise<Outcome> => {
          const input = inputs[index]!;
          const planned = plan[index];
          if (planned?.problem) return { index, ok: false, reason: planned.problem };
          const outPath = planned?.outPath ?? undefined;
          let stagePath: string | undefined;
          if (writer && outPath) {
            try {
              stagePath = await writer.stage(outPath);
            } catch (err) {
              return { index, ok: false, reason: reasonOf(err), stack: stackOf(err), subject: outPath };
            }
            staged.set(index, stagePath);
          }
          try {
            const bytes = input.root === null ? await readStdin(io.stdin) : undefined;
            return await runner.run({ index, path: input.path, outPath, bytes, stagePath });
          } catch (err) {
            return { index, ok: false, reason: reasonOf(err) };
          }
        },
        handle: async (o) => {
          const path = inputs[o.index]!.path;
          const stagePath = staged.get(o.index);
          // Nothing, or half of a file, is staged for an input that failed, was unchanged, or was
          // sent back by a worker that died. Failed ones stay listed for the sweep at the end, in
          // case a stopped worker was still writing.
          if (stagePath && !(o.ok && o.staged)) {
            await writer!.discard(stagePath);
            if (o.ok) staged.delete(o.index);
          }
          if (!o.ok) {
            fail(o.subject ?? path, o.reason, o.stack);
            progress.update(o.index + 1);
            return !opts.failFast;
          }
          if (o.skipped) unchanged++;
          else if (writer) {
            const outPath = plan[o.index]!.outPath!;
            try {
              if (o.staged) await writer.commit(stagePath!, outPath);
              else await writer.write(outPath, o.chunk);
              staged.delete(o.index);
            } catch (err) {
              fail(outPath, reasonOf(err), stackOf(err));
              progress.update(o.index + 1);
              return !opts.failFast;
            }
          } else {
            // The array opens with the first result that made it, whichever input that is.
            await out(combinedJsonArray && count === 0 ? '[' + o.chunk.slice(1) : o.chunk);
          }
          if (!o.skipped) {
            parsed++;
            items += o.items;
            count++;
          }
          progress.update(o.index + 1);
          // A reader that stopped reading (`| head`) needs no more.
          return open;
        },
      });
    }
    if (combinedJsonArray && !(signal && file)) await out(emitJsonArrayEnd(count));
    if (file) {
      // A lone input that failed leaves no output file behind; nor does an interrupted run.
      if (signal || (count === 0 && opts.format === 'json' && list.single)) await file.abort();
      else await file.commit();
    }
  } catch (err) {
    // The one output could not be written (a full disk, stdout on one): the run ends here.
    if (file) await file.abort();
    fail(opts.output ?? 'stdout', reasonOf(err), stackOf(err));
  } finally {
    await runner.close();
    // Outputs staged for inputs the batch did not get to (interrupted, --fail-fast): the workers
    // are stopped, so nothing writes them any more.
    if (writer) await Promise.all([...staged.values()].map((tmp) => writer.discard(tmp)));
    if (signals) {
      signals.removeListener('SIGINT', onSigint);
      signals.removeListener('SIGTERM', onSigterm);
    }
  }
  progress.clear();
  if (batch && (!opts.quiet || signal)) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const parts = [`${parsed} parsed`, ...(opts.skipUnchanged ? [`${unchanged} unchanged`] : []), `${failed} failed`, `${items} items`, `${seconds} s`];
    const stopped = signal ? `interrupted (${signal}) after ${parsed + unchanged + failed} of ${inputs.length + list.missing.length + list.emptyFolders.length} inputs: ` : '';
    report.note(stopped + parts.join(', '));
  }
  return exitCodeFor({ failed, usageError: false, signal });
}
