/**
 * A plan's task table copied as text with its cells kept apart on one line per row: `|` between the
 * cells (a Word or markdown table copied as text: `| 1 | Rà soát … | Sở Tư pháp | Các sở, ngành | Quý
 * II/2026 |`, with or without a header rule `|---|`), or a tab (a Word table copied as text, and the
 * tables of .html and .docx files, src/normalize/). Read as paragraphs, the whole table is one task
 * with every row's units and dates. This finds such a table by its header line, whose cells name the
 * columns (`TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản
 * phẩm`), and makes each row one part whose cells are read by the column above them.
 */
import type { Line, Span, TableCell, TableColumn, TablePart } from '../types.js';

// The row-number column's header: "TT" | "STT" | "Số TT".
const NUMBER_HEADER = /^(?:S\.?\s?TT|TT|Số TT|Số thứ tự)$/iu;
// What one header cell names, first match wins ("Nội dung nhiệm vụ" is the task, "Cơ quan chủ trì" the lead).
const COLUMN_OF: [RegExp, TableColumn][] = [
  [/nhiệm vụ|nội dung|tên đề án|công việc/iu, 'task'],
  [/chủ trì|thực hiện chính|đơn vị thực hiện|cơ quan thực hiện/iu, 'lead'],
  [/phối hợp/iu, 'support'],
  [/thời gian|thời hạn|tiến độ|lộ trình/iu, 'time'],
  [/^cấp (?:trình|phê duyệt|ban hành)/iu, 'approval'],
  [/sản phẩm|kết quả/iu, 'product'],
];
// A header cell that names figures or results ("Tỷ lệ (%)", "Kết quả thực hiện", "Đơn vị tính"): the table reports
// what was done (a news report's or a report's table of results), it gives no tasks.
const FIGURES_HEADER = /^(?:tỷ lệ|số lượng|đơn vị tính|lũy kế|ước (?:thực hiện|tính|đạt)|đã thực hiện|kết quả thực hiện|so với)(?![\p{L}\p{M}])/iu;
// What a row's time cell holds: a date, a period or a recurrence ("Quý III/2026", "Thường xuyên", "Hằng năm").
// In a table without row numbers, a line whose time cell holds none of it is text after the table, as a news
// page's "Tin liên quan | Chia sẻ | In bài | Gửi email".
const NAMES_TIME = /\d|thường xuyên|hằng|hàng|định kỳ|liên tục|lộ trình|năm|quý|tháng|tuần|ngày|kịp thời|ngay|khi|giai đoạn|trước|trong|đến/iu;
// A header cell is short: a longer one is a row's text.
const HEADER_CELL_MAX = 40;
// A row number: "1" | "12." | "3.1" | "3.1." (a sub-row of row 3).
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,2})*\.?$/u;
// A group row's number: "I" | "II." | "A" | "B.", or its whole title in the number cell ("II. Nhóm nhiệm vụ …").
const GROUP_NUMBER = /^(?:[IVX]{1,5}|[A-H])\.?(?:\s+\p{Lu}.*)?$/u;
// The rule under a markdown header: "|---|:---:|" | "+-----+-----+".
const HEADER_RULE = /^[\s|+:=-]*-{3,}[\s|+:=-]*$/u;

type Delimiter = '|' | '\t';

/** Whether a line has a tab between two cells: tabs that only indent a paragraph ("\tSở Y tế chủ trì …") keep no cells apart. */
function tabBetweenCells(text: string): boolean {
  return text.replace(/^\s+/u, '').includes('\t');
}

/** A cell of a line: its text's span, trimmed. */
interface RawCell {
  start: number;
  end: number;
  text: string;
}

/**
 * The delimited task tables of the body lines `[from, to)`: their header, group and row parts, in order.
 * @example findDelimitedTables(segmentLines('TT\tNhiệm vụ\tChủ trì\tThời gian\n1\tLàm A\tSở Y tế\t2026\n2\tLàm B\tSở Tài chính\tQuý I/2026'), …) → header, row 1, row 2
 */
export function findDelimitedTables(lines: Line[], from: number, to: number, furniture: Set<number>): TablePart[] {
  const out: TablePart[] = [];
  for (let i = from; i < to; i++) {
    if (furniture.has(i)) continue;
    const t = lines[i]!.text;
    const delimiter: Delimiter | null = /^\s*\|/u.test(t) || (t.match(/\|/gu)?.length ?? 0) >= 3 ? '|' : tabBetweenCells(t) ? '\t' : null;
    if (!delimiter) continue;
    const columns = headerColumns(cellsOf(lines[i]!, delimiter));
    if (!columns) continue;
    const table = readTable(lines, i, to, furniture, delimiter, columns);
    if (table.filter((p) => p.kind === 'row').length < 2) continue;
    for (const part of table) out.push(part);
    i = table[table.length - 1]!.to - 1;
  }
  return out;
}

/** The cells of a line split at its delimiters, trimmed; the outer pipes of `| a | b |` open and close no cell. */
function cellsOf(line: Line, delimiter: Delimiter): RawCell[] {
  const t = line.text;
  const cells: RawCell[] = [];
  let start = 0;
  for (let k = 0; k <= t.length; k++) {
    if (k < t.length && t[k] !== delimiter) continue;
    cells.push(trimmed(line, start, k));
    start = k + 1;
  }
  if (delimiter === '|') {
    if (cells.length > 1 && !cells[0]!.text) cells.shift();
    if (cells.length > 1 && !cells[cells.length - 1]!.text) cells.pop();
  }
  return cells;
}

function trimmed(line: Line, a: number, b: number): RawCell {
  const raw = line.text.slice(a, b);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = line.span.start + a + lead;
  return { start, end: start + text.length, text };
}

/**
 * The column of each header cell (null: one this reader has no use for, as `Ghi chú`; `number`: the row
 * numbers), or null when the line is no task table's header: it names the tasks and their lead, each once.
 */
function headerColumns(cells: RawCell[]): Array<TableColumn | 'number' | null> | null {
  if (cells.length < 3 || cells.some((c) => c.text.length > HEADER_CELL_MAX || FIGURES_HEADER.test(c.text.replace(/[*_]/gu, '').trim()))) return null;
  const columns = cells.map((c): TableColumn | 'number' | null => {
    const text = c.text.replace(/[*_]/gu, '').trim();
    if (NUMBER_HEADER.test(text)) return 'number';
    return COLUMN_OF.find(([re]) => re.test(text))?.[1] ?? null;
  });
  const once = (c: TableColumn | 'number') => columns.filter((x) => x === c).length === 1;
  if (!once('task') || !once('lead') || columns.filter((c) => c === 'time').length > 1) return null;
  // The row numbers come first when there are any.
  if (columns.includes('number') && columns[0] !== 'number') return null;
  return columns;
}

/** A row being read: its lines and the pieces of each column. */
interface RowDraft {
  kind: 'group' | 'row';
  from: number;
  to: number;
  label: string;
  pieces: Array<{ column: TableColumn; span: Span }>;
}

function readTable(lines: Line[], start: number, to: number, furniture: Set<number>, delimiter: Delimiter, columns: Array<TableColumn | 'number' | null>): TablePart[] {
  const parts: TablePart[] = [];
  const numbered = columns[0] === 'number';
  const width = columns.length;
  let headerEnd = start + 1;
  if (headerEnd < to && HEADER_RULE.test(lines[headerEnd]!.text)) headerEnd++;
  parts.push({ kind: 'header', from: start, to: headerEnd });
  const rows: RowDraft[] = [];
  const isTableLine = (k: number) => k < to && !furniture.has(k) && (delimiter === '|' ? /^\s*\|/u.test(lines[k]!.text) || (lines[k]!.text.match(/\|/gu)?.length ?? 0) >= width - 1 : tabBetweenCells(lines[k]!.text));
  let i = headerEnd;
  while (i < to && !furniture.has(i)) {
    const line = lines[i]!;
    if (!line.text.trim()) {
      // A blank line inside the table only when the table goes on after it.
      let k = i + 1;
      while (k < to && !furniture.has(k) && !lines[k]!.text.trim()) k++;
      if (!isTableLine(k)) break;
      i = k;
      continue;
    }
    if (!isTableLine(i)) break;
    if (HEADER_RULE.test(line.text)) {
      i++;
      continue;
    }
    let cells = cellsOf(line, delimiter);
    // The header repeated after a page break.
    if (headerColumns(cells)?.join() === columns.join()) {
      parts.push({ kind: 'header', from: i, to: i + 1 });
      i++;
      continue;
    }
    let end = i + 1;
    // A tab copy breaks a row's line where a cell has a second paragraph: the lines after it, up to the
    // header's count of cells, are the same row ("4\tTổ chức thí điểm …\ntại các địa phương\tCục …").
    if (delimiter === '\t') {
      let count = cells.length;
      while (count < width && end < to && !furniture.has(end) && lines[end]!.text.trim() && !startsRow(lines[end]!, delimiter, numbered)) {
        const more = cellsOf(lines[end]!, delimiter);
        if (count + more.length - 1 > width) break;
        count += more.length - 1;
        end++;
      }
      // (the row's last line is one with a tab between cells: lines without, after a row short of cells, are
      // the text after the table, "III. TỔ CHỨC THỰC HIỆN" or an indented paragraph, not its cells)
      while (end > i + 1 && !tabBetweenCells(lines[end - 1]!.text)) end--;
      if (end > i + 1) cells = joinedCells(lines, i, end);
    }
    const first = cells[0]?.text ?? '';
    const prev = rows[rows.length - 1];
    const filled = cells.filter((c) => c.text);
    // A line whose number cell is empty goes on with the row above it (a cell wrapped on to the next line
    // of a text table); in a table without numbers, one whose first cell goes on in lower case.
    const continues = prev && prev.kind === 'row' && (numbered ? !first : /^\p{Ll}/u.test(first) || !first);
    if (continues) {
      addPieces(prev, cells, columns);
      prev.to = end;
    } else if (numbered && GROUP_NUMBER.test(first) && !ROW_NUMBER.test(first) && filled.length <= 2 && !cells.slice(1).some((c, k) => c.text && columns[k + 1] !== 'task')) {
      rows.push({ kind: 'group', from: i, to: end, label: first, pieces: [] });
    } else if (numbered && first && !ROW_NUMBER.test(first)) {
      // Anything else in the number column: the table has ended.
      break;
    } else if (!numbered && cells.some((c, k) => columns[k] === 'time' && c.text && !NAMES_TIME.test(c.text))) {
      break;
    } else if (!numbered && filled.length === 1 && cells[0]?.text && columns[0] === 'task' && !/^\p{Ll}/u.test(first)) {
      // A table without numbers: a line with its first cell alone titles the rows below it ("Nhóm nhiệm vụ …").
      rows.push({ kind: 'group', from: i, to: end, label: '', pieces: [] });
    } else {
      const row: RowDraft = { kind: 'row', from: i, to: end, label: first, pieces: [] };
      addPieces(row, cells, columns);
      rows.push(row);
    }
    i = end;
  }
  rows.forEach((row, k) => {
    // A row with its task's words alone, followed by its sub-rows ("3 | Xây dựng Nghị định …" then "3.1"),
    // only titles them.
    const next = rows[k + 1];
    const titles = row.kind === 'row' && !row.pieces.some((p) => p.column !== 'task' && p.column !== 'product') && next?.label.startsWith(`${row.label.replace(/\.$/u, '')}.`) && next.label.length > row.label.replace(/\.$/u, '').length + 1;
    const kind = titles ? 'group' : row.kind;
    const cells: TableCell[] = row.pieces.filter((p) => p.column !== 'task');
    parts.push(kind === 'row' ? { kind, from: row.from, to: row.to, cells } : { kind, from: row.from, to: row.to });
  });
  return parts;
}

/** Whether a line opens a new row: a number in its first cell (or any first cell in a table without numbers). */
function startsRow(line: Line, delimiter: Delimiter, numbered: boolean): boolean {
  if (!line.text.includes(delimiter)) return false;
  const first = cellsOf(line, delimiter)[0]?.text ?? '';
  return numbered ? ROW_NUMBER.test(first) || GROUP_NUMBER.test(first) : /^\p{Lu}/u.test(first);
}

/** The cells of the lines `[from, to)` of a tab copy read as one row: a line break goes on with the cell it is in. */
function joinedCells(lines: Line[], from: number, to: number): RawCell[] {
  const cells: RawCell[] = [];
  let open: RawCell | null = null;
  for (let k = from; k < to; k++) {
    const own = cellsOf(lines[k]!, '\t');
    own.forEach((c, n) => {
      if (n === 0 && open) {
        // (the open cell of the line before goes on with this line's first)
        if (c.text) open = open.text ? { start: open.start, end: c.end, text: `${open.text}\n${c.text}` } : c;
        cells[cells.length - 1] = open;
        return;
      }
      cells.push(c);
    });
    open = cells[cells.length - 1] ?? null;
  }
  return cells;
}

/** Adds a line's filled cells to the row under the column above each. */
function addPieces(row: RowDraft, cells: RawCell[], columns: Array<TableColumn | 'number' | null>): void {
  cells.forEach((c, k) => {
    const column = columns[k];
    if (!c.text || !column || column === 'number') return;
    row.pieces.push({ column, span: { start: c.start, end: c.end } });
  });
}
