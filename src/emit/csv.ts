/**
 * Results → CSV, one row per item (SPEC.md, CSV): RFC 4180 through csv-stringify, list cells
 * joined with "; ", and cells a spreadsheet would run as a formula prefixed with "'".
 */
import { stringify } from 'csv-stringify/sync';
import type { Item, Result } from '../schema.js';

export const CSV_COLUMNS = [
  'file',
  'doc_number',
  'doc_date',
  'item_id',
  'kind',
  'marker',
  'headings',
  'text',
  'lead',
  'support',
  'deadline_text',
  'deadline_date',
  'deadline_precision',
  'urgent',
  'metrics',
  'references',
  'line',
] as const;

export const UTF8_BOM = '\uFEFF';

/** The header row. */
export function emitCsvHeader(): string {
  return stringify([CSV_COLUMNS as unknown as string[]], { eof: true, record_delimiter: '\r\n' });
}

/**
 * The rows of one result (no header).
 * @example emitCsvRows(result) → '-,/KL-SKHCN,2021-07-23,II.1.(1),task,(1),…\r\n'
 */
export function emitCsvRows(result: Result): string {
  const rows = result.items.map((item) => rowOf(result, item).map(guardFormula));
  return rows.length ? stringify(rows, { eof: true, record_delimiter: '\r\n' }) : '';
}

/** Header and rows of one or more results. */
export function emitCsv(results: Result[]): string {
  return emitCsvHeader() + results.map(emitCsvRows).join('');
}

function rowOf(result: Result, item: Item): string[] {
  const join = (xs: (string | null)[]) => xs.map((x) => x ?? '').join('; ');
  return [
    result.source.path,
    result.document.number ?? '',
    result.document.date ?? '',
    item.id,
    item.kind,
    item.marker ?? '',
    item.headings.join('; '),
    textWithoutMarker(item),
    join(item.assignees.filter((a) => a.role === 'lead').map((a) => a.name)),
    join(item.assignees.filter((a) => a.role === 'support').map((a) => a.name)),
    join(item.deadlines.map((d) => d.text)),
    join(item.deadlines.map((d) => d.date)),
    join(item.deadlines.map((d) => d.precision)),
    item.urgent ? 'true' : 'false',
    join(item.metrics.map((m) => m.text)),
    item.references.join('; '),
    String(item.line),
  ];
}

function textWithoutMarker(item: Item): string {
  if (item.marker && item.text.startsWith(item.marker)) return item.text.slice(item.marker.length).trim();
  return item.text;
}

/**
 * Prefixes a cell that a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR) with `'`;
 * a cell that is only `-` or `+` stays as it is.
 * @example guardFormula('=SUM(A1)') → "'=SUM(A1)"
 */
export function guardFormula(cell: string): string {
  if (cell === '-' || cell === '+') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
