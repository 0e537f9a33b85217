/**
 * Internal pipeline types, in one place. Output types come from `schema.ts`.
 */
import type { Encoding, Format, Warning } from './schema.js';

/** UTF-16 offsets into the normalized text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A slice of the normalized text: `text === normalized.slice(span.start, span.end)`. */
export interface TextUnit {
  text: string;
  span: Span;
}

/** One line of the normalized text, without its `\n`. */
export interface Line extends TextUnit {
  /** 1-based line number. */
  number: number;
}

/** A paragraph: one or more lines that read as one unit (hard wraps and page breaks joined). */
export interface Block extends TextUnit {
  lines: Line[];
  /** True when the block lies inside recognised page furniture. */
  furniture: boolean;
  /**
   * True when page furniture (a caption, a counter, the signature before an issued plan) stands
   * between this block and the one before: an item's span never reaches across it.
   */
  afterFurniture?: boolean;
  /** Set when the block is a part of a flattened task table (src/segment/flattened-table.ts). */
  table?: TablePart;
}

/** The columns of a task table, as its header names them. */
export type TableColumn = 'task' | 'lead' | 'support' | 'approval' | 'product' | 'time';

/** A cell of a table row: the lines of one column. */
export interface TableCell {
  column: TableColumn;
  span: Span;
}

/**
 * A part of a flattened task table: its header (also one repeated after a page break), a group row
 * (`I`, `II. Hoàn thiện thể chế …`), a task row, or the rest of a row that a page break cut
 * (`continued`: after the repeated header, cells out of reach of their row). `from`/`to`: 0-based lines, `to` after its last
 * non-blank line. A row's `cells` are those read with confidence (none when unsure).
 */
export interface TablePart {
  kind: 'header' | 'group' | 'row' | 'continued';
  from: number;
  to: number;
  cells?: TableCell[];
}

/** A value found in the text, with where and how it was found. */
export interface Candidate<T> {
  value: T;
  span: Span;
  /** The matched words, whitespace collapsed. */
  text: string;
  /** Name of the rule that produced it, e.g. "deadline: trước ngày D/M/Y". */
  rule: string;
}

/** A named pattern and the function that turns a match into a value (null rejects it). */
export interface Rule<T> {
  name: string;
  pattern: RegExp;
  extract: (match: RegExpExecArray, ctx: ExtractContext, unit: TextUnit) => T | null;
  /** Narrow the candidate's span to this named group of the pattern. */
  spanGroup?: string;
  /**
   * Widen the candidate's span back to words read before the match (a comparator before a
   * number): the offset in the unit where the span starts instead, at most the match's start.
   */
  spanStart?: (match: RegExpExecArray, unit: TextUnit) => number;
  /**
   * Words in lower case of which every match holds at least one (`['quý']` for `trong quý I/2025`):
   * a unit whose lower-cased text has none is not searched. Each pattern is otherwise tried at
   * every position of every paragraph, and most paragraphs hold none of a rule's words.
   */
  needs?: readonly string[];
  /**
   * Reads on past the pattern's match and lengthens it in place (`0`, groups and their indices); the
   * next search starts after it. A long part several rules end with (a counted noun) is then one
   * pattern compiled once, not a copy inside each rule's.
   */
  readOn?: (match: RegExpExecArray, text: string) => void;
}

export type Precision = 'day' | 'month' | 'quarter' | 'half-year' | 'year' | 'relative' | 'event' | 'ongoing';
export type Recurrence = 'weekly' | 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';

export interface DeadlineValue {
  date: string | null;
  precision: Precision;
  recurring?: Recurrence;
  due?: string;
  /** The year was not written and came from the document date. */
  yearInferred?: boolean;
}

export type Comparator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx';

export interface MetricValue {
  value: number;
  unit: string | null;
  amountVnd: number | null;
  of?: number;
  comparator: Comparator;
  target: boolean;
}

export interface ReferenceValue {
  type: string;
  number: string;
  date: string | null;
  issuer: string | null;
}

export type Role = 'lead' | 'support';

export interface AssigneeValue {
  name: string;
  role: Role;
  generic?: boolean;
  title?: string;
}

export type WarningCode =
  | 'NO_DIRECTIVE_PART'
  | 'NO_DOCUMENT_DATE'
  | 'YEAR_FROM_CONTEXT'
  | 'ENCODING_GUESSED'
  | 'ENCODING_REPAIRED'
  | 'DUPLICATE_MARKER'
  | 'MARKER_SKIPPED'
  | 'LIMIT_REACHED'
  | 'INVALID_BYTES';

/** What every extractor may know about the document it works in. */
export interface ExtractContext {
  /** The whole normalized text. */
  text: string;
  /** ISO date of the document, when known. */
  documentDate: string | null;
  /** Year used for dates written without one (the document's, else the year its dated text points to: `resolveYear`). */
  documentYear: number | null;
  /** The document's own number (`45/KL-SKHCN`), which is never a reference. */
  documentNumber: string | null;
  /** A news report: its forecasts and reported periods are no deadlines (a plan's own `dự kiến` dates are). */
  news?: boolean;
}

export interface ParseOptions {
  /** Echoed in `source.path`. */
  path?: string;
  /** Keep rule provenance (`rule`) on every extracted value. */
  debug?: boolean;
  /** Force an input encoding instead of detecting it. */
  encoding?: Encoding;
  /** Force an input format instead of detecting it. */
  format?: Format;
  /** A province's or agency's own unit names and aliases; assignees matching one take its name. */
  units?: { units: { name: string; aliases?: string[] }[] } | null;
  /**
   * Refuse input larger than this many bytes (a string counts its UTF-8 length) with
   * `DirectivesError('TOO_LARGE')`, before any work is done. No limit when absent; the CLI's
   * `--max-bytes` passes its value (default 50 MB) here.
   */
  maxBytes?: number;
  /**
   * Give up with `DirectivesError('TIMEOUT')` once parsing has taken longer than this many
   * milliseconds: checked between stages and once per outline entry, so a single enormous
   * paragraph runs to its end first. No budget (and no clock read) when absent or 0; the CLI's
   * `--timeout` passes its value (default 120 s) here.
   */
  timeBudgetMs?: number;
}

export interface WarningSink {
  warn(code: WarningCode, message: string, span?: Span): void;
  readonly warnings: Warning[];
}
