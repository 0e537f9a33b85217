/**
 * `directives parse`: inputs → results on stdout or in a file, one line on stderr per failed input.
 */
import { readFile } from 'node:fs/promises';
import { parseWithText } from '../../index.js';
import type { Encoding, Result } from '../../schema.js';
import { DirectivesError } from '../../errors.js';
import { emitJson, emitJsonArrayEnd, emitJsonArrayPart } from '../../emit/json.js';
import { emitNdjsonLine } from '../../emit/ndjson.js';
import { emitCsvHeader, emitCsvRows, UTF8_BOM } from '../../emit/csv.js';
import type { CliIo } from '../io.js';
import { AtomicFile, writeChunk } from '../output.js';
import { expandInputs } from '../inputs.js';
import { exitCodeFor } from '../exit-codes.js';
import { createReporter, colourEnabled, reasonOf } from '../report.js';
import { explainResult } from '../explain.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv';

export interface ParseCommandOptions {
  format: OutputFormat;
  output?: string;
  emitText?: boolean;
  explain?: boolean;
  debug?: boolean;
  bom: boolean;
  encoding?: Encoding;
  color: boolean;
  ignore?: string[];
}

/** Reads all of stdin as bytes. */
async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Runs the parse command and returns the exit code. */
export async function runParse(args: string[], opts: ParseCommandOptions, io: CliIo): Promise<number> {
  const report = createReporter(io, colourEnabled(io, !opts.color));
  const inputs = await expandInputs(args, opts.ignore ?? []);
  let failed = 0;
  for (const m of inputs.missing) {
    report.fail(m, 'no such file');
    failed++;
  }
  for (const d of inputs.emptyFolders) {
    report.fail(d, 'is a directory with no documents (.txt, .html, .docx)');
    failed++;
  }
  const file = opts.output ? new AtomicFile(opts.output) : null;
  let open = true;
  const out = async (chunk: string) => {
    if (!open || !chunk) return;
    if (file) await file.write(chunk);
    else open = await writeChunk(io.stdout, chunk);
  };

  let count = 0;
  try {
    if (opts.format === 'csv' && !opts.emitText && !opts.explain) await out((file && opts.bom ? UTF8_BOM : '') + emitCsvHeader());
    for (const path of inputs.paths) {
      let parsed: { result: Result; text: string };
      try {
        const bytes = path === '-' ? await readStdin(io.stdin) : await readFile(path);
        if (bytes.length === 0) throw new DirectivesError('EMPTY_INPUT', 'empty file');
        parsed = parseWithText(bytes, { path, debug: opts.debug, encoding: opts.encoding });
        if (!parsed.text.trim()) throw new DirectivesError('EMPTY_INPUT', 'empty file');
      } catch (err) {
        failed++;
        report.fail(path, reasonOf(err));
        if (opts.debug && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
        continue;
      }
      if (opts.emitText) await out(parsed.text);
      else if (opts.explain) await out(explainResult(parsed.result, parsed.text));
      else if (opts.format === 'ndjson') await out(emitNdjsonLine(parsed.result));
      else if (opts.format === 'csv') await out(emitCsvRows(parsed.result));
      else if (inputs.single) await out(emitJson(parsed.result));
      else await out(emitJsonArrayPart(parsed.result, count));
      count++;
    }
    if (opts.format === 'json' && !opts.emitText && !opts.explain && !inputs.single) await out(emitJsonArrayEnd(count));
    if (file) {
      // A lone input that failed leaves no output file behind.
      if (count === 0 && opts.format === 'json' && inputs.single) await file.abort();
      else await file.commit();
    }
  } catch (err) {
    if (file) await file.abort();
    report.fail(opts.output ?? '-', reasonOf(err));
    return exitCodeFor({ failed: failed + 1, usageError: false });
  }
  return exitCodeFor({ failed, usageError: false });
}
