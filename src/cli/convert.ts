/**
 * One input → the bytes of its output: read, parse, serialize. Runs in a worker thread or, with
 * `--jobs 1`, in the main one; either way it returns the same string, so output does not depend
 * on the number of jobs.
 */
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import type { Encoding } from '../schema.js';
import type { UnitList } from '../refine/merge-unit-variants.js';
import type { OutputFormat } from './commands/parse.js';
import { writeTemporary } from './output.js';
import { reasonOf } from './report.js';

/** What every conversion of a batch shares; sent once to each worker. */
export interface ConvertSettings {
  format: OutputFormat;
  /** `files`: one whole output per input (`--out-dir`); `combined`: a part of one stream. */
  mode: 'files' | 'combined';
  /** Combined JSON with one literal input: a bare object rather than an array. */
  single: boolean;
  emitText: boolean;
  explain: boolean;
  debug: boolean;
  encoding?: Encoding;
  /** A byte-order mark at the head of each CSV file of `--out-dir`. */
  bom: boolean;
  skipUnchanged: boolean;
  /** `--max-bytes`: a larger input fails before it is read. */
  maxBytes?: number;
  /** `--units FILE`, read once by the main thread. */
  units?: UnitList | null;
  /** `--timeout` in milliseconds: a parse that takes longer fails. No budget when absent. */
  timeoutMs?: number;
}

export interface ConvertTask {
  index: number;
  path: string;
  /** Where `--out-dir` will put the result: read by `--skip-unchanged`. */
  outPath?: string;
  /** The bytes of stdin, read by the main thread. */
  bytes?: Uint8Array;
  /**
   * `--out-dir`: the temporary file to write the output to, in a folder the main thread made;
   * the main thread renames it in input order. The output then never crosses threads.
   */
  stagePath?: string;
}

export type Outcome =
  /** `staged`: the output is in the task's `stagePath`, and `chunk` is empty. */
  | { index: number; ok: true; chunk: string; items: number; skipped: false; staged?: boolean }
  | { index: number; ok: true; chunk: ''; items: 0; skipped: true; staged?: false }
  /** `subject`: what failed when it is not the input (an output that could not be written). */
  | { index: number; ok: false; reason: string; stack?: string; subject?: string };

type Library = typeof import('../parse.js') & {
  emitJson: typeof import('../emit/json.js').emitJson;
  emitJsonArrayPart: typeof import('../emit/json.js').emitJsonArrayPart;
  emitNdjsonLine: typeof import('../emit/ndjson.js').emitNdjsonLine;
  /** Loaded only for `--format csv`: csv-stringify is not worth its start-up time otherwise. */
  csv?: typeof import('../emit/csv.js');
  /** Loaded only for `--explain`. */
  explainResult?: typeof import('./explain.js').explainResult;
};

// The pipeline (retext, hundreds of patterns; not zod: `parse.js` does without the schema) is
// loaded only by the thread that parses: with workers, the main thread never pays for it. Each
// part is loaded once per thread, the CSV writer and `--explain` only when a run asks for them.
let core: Promise<Library> | undefined;
let csvWriter: Promise<typeof import('../emit/csv.js')> | undefined;
let explainer: Promise<typeof import('./explain.js')> | undefined;
export async function loadLibrary(settings: ConvertSettings): Promise<Library> {
  core ??= Promise.all([import('../parse.js'), import('../emit/json.js'), import('../emit/ndjson.js')]).then(([parse, json, ndjson]) => ({ ...parse, ...json, ...ndjson }));
  const [lib, csv, explain] = await Promise.all([
    core,
    settings.format === 'csv' ? (csvWriter ??= import('../emit/csv.js')) : undefined,
    settings.explain ? (explainer ??= import('./explain.js')) : undefined,
  ]);
  return { ...lib, csv, explainResult: explain?.explainResult };
}

/**
 * What a worker sends once it has loaded the library, before any outcome: a cold start takes
 * ~0.4 s, seconds on a loaded machine, and must not count against the first file's `--timeout`.
 */
export const WORKER_READY = { ready: true } as const;

/**
 * The one-line reason of an input that ran over `--timeout`, the same whether the parse gave up
 * by itself or its worker was stopped.
 * @example timeoutReason(120000) → 'took longer than 120 s (--timeout)'
 */
export function timeoutReason(ms: number): string {
  return `took longer than ${ms / 1000} s (--timeout)`;
}

// "sha256": "9f86d0…" — the first one in a result is `source.sha256`: `source` comes second,
// after `schemaVersion`, and a path cannot hide one (its quotes are escaped).
const RECORDED_SHA = /"sha256":\s*"([0-9a-f]{64})"/;

/** The `source.sha256` recorded in an earlier output, or null. */
async function recordedSha(outPath: string): Promise<string | null> {
  const handle = await open(outPath, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const head = Buffer.alloc(16384);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return RECORDED_SHA.exec(head.subarray(0, bytesRead).toString('utf8'))?.[1] ?? null;
  } finally {
    await handle.close();
  }
}

/**
 * Converts one input; never throws: a failure is an outcome naming its reason.
 * @example await convertInput({ index: 0, path: 'kl.txt' }, settings) → { index: 0, ok: true, chunk: '{\n  "schemaVersion": 1, …', items: 42, skipped: false }
 */
export async function convertInput(task: ConvertTask, settings: ConvertSettings): Promise<Outcome> {
  const { index, path } = task;
  try {
    // An oversized file is refused before it is read into memory.
    if (!task.bytes && settings.maxBytes !== undefined) {
      const size = (await stat(path)).size;
      if (size > settings.maxBytes) throw new Error(`${size} bytes, over the limit of ${settings.maxBytes} (--max-bytes)`);
    }
    const bytes = task.bytes ?? (await readFile(path));
    if (settings.skipUnchanged && task.outPath) {
      const recorded = await recordedSha(task.outPath);
      if (recorded && recorded === createHash('sha256').update(bytes).digest('hex')) return { index, ok: true, chunk: '', items: 0, skipped: true };
    }
    const lib = await loadLibrary(settings);
    if (bytes.length === 0) throw new lib.DirectivesError('EMPTY_INPUT', 'empty file');
    const { result, text } = lib.parseWithText(bytes, { path, debug: settings.debug || settings.explain, encoding: settings.encoding, units: settings.units ?? null, maxBytes: settings.maxBytes, timeBudgetMs: settings.timeoutMs });
    if (!text.trim()) throw new lib.DirectivesError('EMPTY_INPUT', 'empty file');
    const chunk = serialize(lib, result, text, settings);
    if (task.stagePath) {
      try {
        await writeTemporary(task.stagePath, chunk);
      } catch (err) {
        const stack = settings.debug && err instanceof Error ? err.stack : undefined;
        return { index, ok: false, reason: reasonOf(err), subject: task.outPath, ...(stack ? { stack } : {}) };
      }
      return { index, ok: true, chunk: '', items: result.items.length, skipped: false, staged: true };
    }
    return { index, ok: true, chunk, items: result.items.length, skipped: false };
  } catch (err) {
    const stack = settings.debug && err instanceof Error ? err.stack : undefined;
    const reason = (err as { code?: unknown })?.code === 'TIMEOUT' && settings.timeoutMs ? timeoutReason(settings.timeoutMs) : reasonOf(err);
    return stack ? { index, ok: false, reason, stack } : { index, ok: false, reason };
  }
}

function serialize(lib: Library, result: import('../schema.js').Result, text: string, s: ConvertSettings): string {
  if (s.mode === 'files') {
    if (s.format === 'ndjson') return lib.emitNdjsonLine(result);
    if (s.format === 'csv') return (s.bom ? lib.csv!.UTF8_BOM : '') + lib.csv!.emitCsvHeader() + lib.csv!.emitCsvRows(result);
    return lib.emitJson(result);
  }
  if (s.emitText) return text;
  if (s.explain) return lib.explainResult!(result, text);
  if (s.format === 'ndjson') return lib.emitNdjsonLine(result);
  if (s.format === 'csv') return lib.csv!.emitCsvRows(result);
  if (s.single) return lib.emitJson(result);
  // Every part as if it were not the first (",\n  {…"); the writer opens the array on the first.
  return lib.emitJsonArrayPart(result, 1);
}
