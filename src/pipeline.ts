/**
 * The only file that knows the order of the stages: decode → normalize → segment → document
 * → outline → items → extract → refine → result.
 */
import { createHash } from 'node:crypto';
import type { Result } from './schema.js';
import { SCHEMA_VERSION } from './version.js';
import type { ExtractContext, Line, ParseOptions, WarningCode, Span } from './types.js';
import type { Furniture, Warning } from './schema.js';
import { describeRepairs } from './decode/decode.js';
import { decodeInput } from './decode/decode-input.js';
import { normalizeText } from './normalize/normalize-text.js';
import { findFurniture } from './normalize/boilerplate.js';
import { buildLineIndex } from './normalize/line-index.js';
import { segmentLines } from './segment/lines.js';
import { segmentBlocks } from './segment/blocks.js';
import { readDocument } from './document/read-document.js';
import { findRegions } from './document/regions.js';
import { buildOutline } from './outline/build-outline.js';
import { collectDefinedAbbreviations } from './lexicon/abbreviations.js';
import { buildItems } from './refine/build-items.js';
import { resolveYear } from './refine/resolve-missing-years.js';
import { assembleResult } from './refine/assemble-result.js';
import { DirectivesError } from './errors.js';

/** What the pipeline knows after reading the text, before building the output. */
export interface Parsed {
  text: string;
  result: Result;
}

/** Consecutive furniture lines (blank lines between them included) as one range each. */
function furnitureRanges(lines: Line[], furniture: Set<number>): Furniture[] {
  const out: Furniture[] = [];
  const sorted = [...furniture].sort((a, b) => a - b);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && lines.slice(sorted[j]! + 1, sorted[j + 1]!).every((l) => !l.text.trim())) j++;
    const first = lines[sorted[i]!]!;
    const last = lines[sorted[j]!]!;
    const start = first.span.start + (first.text.length - first.text.trimStart().length);
    const end = last.span.end - (last.text.length - last.text.trimEnd().length);
    const span = { start, end };
    out.push({ span, line: first.number, lines: last.number - first.number + 1 });
    i = j + 1;
  }
  return out;
}

/**
 * A check that throws `TIMEOUT` once `budgetMs` milliseconds have passed since it was made. The
 * clock is read only when there is a budget (`timeBudgetMs`; absent or 0: none).
 * @example const checkTime = timeBudget(50); checkTime() // throws once 50 ms have passed
 */
function timeBudget(budgetMs: number | undefined): () => void {
  if (!budgetMs) return () => undefined;
  const deadline = performance.now() + budgetMs;
  return () => {
    if (performance.now() > deadline) throw new DirectivesError('TIMEOUT', `took longer than ${budgetMs} ms (timeBudgetMs)`);
  };
}

/** Runs every stage on decoded bytes or a string. */
export function runPipeline(input: Uint8Array | string, options: ParseOptions = {}): Parsed {
  const checkTime = timeBudget(options.timeBudgetMs);
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const warnings: Warning[] = [];
  const decoded = decodeInput(input, options);
  const text = normalizeText(decoded.text);
  checkTime();
  const lineIndex = buildLineIndex(text);
  const warn = (code: WarningCode, message: string, span?: Span) => {
    const w: Warning = { code, message };
    if (span) {
      w.line = lineIndex.lineOf(span.start);
      w.span = span;
    }
    warnings.push(w);
  };
  if (decoded.guessed) warn('ENCODING_GUESSED', `encoding guessed as ${decoded.encoding}`);
  if (decoded.invalid) warn('INVALID_BYTES', `${decoded.invalid} byte sequence(s) were not valid ${decoded.encoding} and were replaced`);
  for (const r of describeRepairs(text, decoded.repairs)) warn('ENCODING_REPAIRED', r.message, r.span);

  const lines = segmentLines(text);
  const doc = readDocument(text, lines);
  const news = doc.document.kind === 'news-report';
  const furniture = findFurniture(lines, news);
  // A signed decision followed by the plan it issues: the first signature and Nơi nhận are not items.
  for (const r of doc.innerFooters) for (let i = r.start; i < r.end; i++) furniture.add(i);
  const blocks = segmentBlocks(text, lines, { from: doc.bodyStartLine, to: doc.footerStartLine, furniture });
  // The content after a signature (another document, an attachment, the body going on) starts an
  // outline of its own.
  const root = buildOutline(blocks, doc.innerFooters.map((r) => r.end));
  checkTime();

  const year = resolveYear(doc.document.date, text);
  if (!doc.document.date) warn('NO_DOCUMENT_DATE', 'the document states no date of issue');
  if (!doc.document.date && year !== null) warn('YEAR_FROM_CONTEXT', `dates without a year take ${year}, read from the dates and years the text names`);
  const ctx: ExtractContext = {
    text,
    documentDate: doc.document.date,
    documentYear: year,
    documentNumber: doc.document.number,
    news,
  };
  const abbreviations = collectDefinedAbbreviations(text);
  const built = buildItems({ text, root, blocks, doc, ctx, abbreviations, news, warn, lineIndex, units: options.units ?? null, checkTime });
  checkTime();

  const result = assembleResult({
    source: {
      path: options.path ?? '-',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      encoding: decoded.encoding,
      format: decoded.format,
    },
    document: doc.document,
    root,
    built,
    warnings,
    lineIndex,
    debug: options.debug === true,
  });
  const regions = findRegions(lines, doc.bodyStartLine, doc.footerStartLine, furniture);
  return { text, result: { ...result, schemaVersion: SCHEMA_VERSION, furniture: furnitureRanges(lines, furniture), regions } };
}
