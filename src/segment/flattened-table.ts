/**
 * A plan's task table (`STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | … | Thời gian hoàn
 * thành`) copied from PDF or Word arrives flattened: each header cell on a line, then each row as
 * its STT number on a line followed by its cells' lines, hard-wrapped. Read line by line, the
 * header cells become tasks and a row falls apart into paragraphs. This finds such tables by their
 * header and consecutive row numbers, and cuts each row into cells, so that a row is one task whose
 * cells play the part of labelled lines (`Cơ quan chủ trì: …`). Where the layout is not confidently
 * such a table, nothing is found and the lines are read as paragraphs.
 */
import type { Line, Span, TableCell, TableColumn, TablePart } from '../types.js';

// The first header cell: the row-number column.
const NUMBER_COLUMN = /^(?:STT|TT|Số TT|Số thứ tự)$/iu;
// The columns a header names, in the words of the genre ("Tên nhiệm vụ cụ thể", "Cơ quan\nchủ trì",
// "Cấp phê duyệt", "Thời gian hoàn\nthành"); "(Bộ/ngành/địa phương)" and other qualifiers name none.
const COLUMN_NAME = /nhiệm vụ|nội dung|tên đề án|chủ trì|phối hợp|cấp trình|cấp phê duyệt|cấp ban hành|sản phẩm|kết quả|thời gian|thời hạn|tiến độ|lộ trình/giu;
// A header cell is short; a header of more lines than this is no header.
const HEADER_CELL_MAX = 40;
const HEADER_LINES_MAX = 16;
// A row of more lines than this is no row of a flattened table: the table has ended.
const ROW_LINES_MAX = 80;
// A row number alone on its line ("1" | "12."), or with its task's first words after a dot ("10. Xây dựng …").
const ROW_NUMBER = /^(\d{1,3})(?:\.?$|\.\s+\p{Lu})/u;
// A group row: "I" | "II." | "I. Đổi mới mạnh mẽ …" | "A" (its title on this line or the next).
const GROUP_ROW = /^(?:[IVX]{1,5}|[A-H])\.?(?:\s+\p{Lu}.*)?$/u;
// A line that opens a body's name: the lead cell after the task's words ("Bộ Khoa học và", "Các bộ,
// ngành", "Ủy ban nhân", "UBND các").
const UNIT_HEAD =
  /^(?:(?:Các|Những)$|(?:(?:Các|Những)\s+)?(?:[Bb]ộ|Sở|[ỦU][yỷ] ban|UBND|Văn phòng|VPCP|Ngân hàng|Thanh tra|Kiểm toán|To[àa] án|Viện|Học viện|Tổng cục|Cục|Ban|Hội đồng|Trung tâm|Đài|Thông tấn|Mặt trận|Công an|Chính phủ|Thủ tướng|[Cc]ơ quan|[Đđ]ơn vị|[Đđ]ịa phương|[Tt]ỉnh|Thành phố|Tập đoàn|Tổng công ty|Hiệp hội|Liên đoàn|Đoàn|Hội)(?![\p{L}\p{M}]))/u;
// A line that starts the time cell: "2026" | "2026 - 2027" | "Năm 2026" | "Quý IV/2026" | "Tháng 9/2024" |
// "Hằng năm" | "Thường xuyên" | "Trước 30/6/2026".
const TIME_START =
  /^(?:\d{4}(?![\d/])|(?:0?[1-9]|1[0-2])\s*\/\s*\d{4}(?![\d/])|năm\s+\d{4}|quý\s+[IVX1-4]+|tháng\s+\d|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|định kỳ|thường xuyên|liên tục|6 tháng|(?:trước|đến|trong)\s+(?:ngày|tháng|quý|năm|hết)|cuối năm|đầu năm|giai đoạn\s+\d{4})/iu;
// The longest line of a time cell: "Hằng năm và từng giai đoạn".
const TIME_CELL_MAX = 40;
// A line that ends on a word that needs what follows, so that the next line goes on with the same
// cell, capital or not: "Bộ Khoa học và\nCông nghệ" | "Bộ trưởng Bộ\nKhoa học" | "Trung ương,\nỦy ban" |
// "Ủy ban nhân dân cấp tỉnh\ntrình\nHội đồng" | "Văn phòng\nChính phủ".
const ENDS_OPEN = /(?:[,/(-]|(?<![\p{L}\p{M}])(?:và|của|ở|với|các|cho|do|theo|tại|trình|về|thuộc|bộ|sở|ban|ủy ban|văn phòng|ngân hàng|hội đồng|nhân dân|cơ|tổ|tổ chức))$/iu;

const ROLE_OF: [RegExp, TableColumn][] = [
  [/^(?:nhiệm vụ|nội dung|tên đề án)$/iu, 'task'],
  [/^chủ trì$/iu, 'lead'],
  [/^phối hợp$/iu, 'support'],
  [/^cấp /iu, 'approval'],
  [/^(?:sản phẩm|kết quả)$/iu, 'product'],
  [/./u, 'time'],
];

interface Header {
  columns: TableColumn[];
  /** 0-based index after its last line. */
  end: number;
}

/**
 * The flattened task tables of the body lines `[from, to)`: their header, group and row parts, in
 * order. Furniture lines end a table.
 * @example findFlattenedTables(segmentLines('STT\nNhiệm vụ\nCơ quan chủ trì\nThời gian\n1\nLàm A\nBộ Y tế\n2026\n2\nLàm B\nBộ Tài chính\nQuý I/2026'), …) → header, row 1, row 2
 */
export function findFlattenedTables(lines: Line[], from: number, to: number, furniture: Set<number>): TablePart[] {
  const out: TablePart[] = [];
  const usable = (i: number) => i < to && !furniture.has(i);
  for (let i = from; i < to; i++) {
    if (!usable(i) || !NUMBER_COLUMN.test(lines[i]!.text.trim())) continue;
    const header = readHeader(lines, i, usable);
    if (!header) continue;
    const table = readTable(lines, i, header, usable);
    // Two rows at least: one number after a header is no sign of a table.
    if (table.filter((p) => p.kind === 'row').length < 2) continue;
    for (const part of table) out.push(part);
    i = table[table.length - 1]!.to - 1;
  }
  return out;
}

/** The header that starts at line `start` (its `STT` line): the columns it names, in order. */
function readHeader(lines: Line[], start: number, usable: (i: number) => boolean): Header | null {
  const cells: string[] = [];
  let i = start + 1;
  for (; usable(i) && i - start <= HEADER_LINES_MAX; i++) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    if (ROW_NUMBER.test(t) || GROUP_ROW.test(t) || t.length > HEADER_CELL_MAX) break;
    cells.push(t);
  }
  const columns: TableColumn[] = [];
  for (const m of cells.join(' ').matchAll(COLUMN_NAME)) {
    const role = ROLE_OF.find(([re]) => re.test(m[0].replace(/\s+/gu, ' ')))![1];
    if (columns.includes(role)) return null;
    columns.push(role);
  }
  // A task table names its tasks first, their lead, and their time last.
  if (columns[0] !== 'task' || !columns.includes('lead') || columns[columns.length - 1] !== 'time') return null;
  return { columns, end: i };
}

/** The parts of the table whose first header starts at `start`; rows numbered 1, 2, 3 … (again from 1 after a group row). */
function readTable(lines: Line[], start: number, header: Header, usable: (i: number) => boolean): TablePart[] {
  const parts: TablePart[] = [{ kind: 'header', from: start, to: lastFilled(lines, start, header.end) }];
  let expected = 1;
  let afterGroup = false;
  let i = header.end;
  const rowNumberAt = (k: number): number | null => {
    const m = ROW_NUMBER.exec(lines[k]!.text.trim());
    const n = m ? Number(m[1]) : null;
    return n !== null && (n === expected || (afterGroup && n === 1)) ? n : null;
  };
  // Where the part that starts at `k` ends: before the next row, group row or header.
  const partEnd = (k: number, next: number): { end: number; closed: boolean } => {
    for (let j = k + 1; j - k <= ROW_LINES_MAX; j++) {
      if (!usable(j)) return { end: j, closed: false };
      const t = lines[j]!.text.trim();
      const m = ROW_NUMBER.exec(t);
      if ((m && (Number(m[1]) === next || Number(m[1]) === 1)) || GROUP_ROW.test(t) || (NUMBER_COLUMN.test(t) && readHeader(lines, j, usable))) return { end: j, closed: true };
    }
    return { end: k + ROW_LINES_MAX + 1, closed: false };
  };
  while (usable(i)) {
    const t = lines[i]!.text.trim();
    if (!t) {
      i++;
      continue;
    }
    if (NUMBER_COLUMN.test(t)) {
      const again = readHeader(lines, i, usable);
      if (!again || again.columns.join() !== header.columns.join()) break;
      parts.push({ kind: 'header', from: i, to: lastFilled(lines, i, again.end) });
      i = again.end;
      // A row broken by the page: its rest comes after the repeated header, before the next number.
      const rest = nextFilled(lines, i, usable);
      if (rest >= 0 && rowNumberAt(rest) === null && !GROUP_ROW.test(lines[rest]!.text.trim()) && parts[parts.length - 2]?.kind === 'row') {
        const { end, closed } = partEnd(rest, expected);
        if (!closed) break;
        parts.push({ kind: 'continued', from: rest, to: lastFilled(lines, rest, end) });
        i = end;
      }
      continue;
    }
    if (GROUP_ROW.test(t)) {
      const { end, closed } = partEnd(i, expected);
      if (!closed) break;
      parts.push({ kind: 'group', from: i, to: lastFilled(lines, i, end) });
      afterGroup = true;
      i = end;
      continue;
    }
    const n = rowNumberAt(i);
    if (n === null) break;
    const { end, closed } = partEnd(i, n + 1);
    const row = readRow(lines, i, lastFilled(lines, i, end), header.columns, !closed);
    if (!row) break;
    parts.push(row);
    expected = n + 1;
    afterGroup = false;
    i = row.to;
    if (!closed) break;
  }
  return parts;
}

/** The first non-blank line from `from`, or -1 when the usable lines end first. */
function nextFilled(lines: Line[], from: number, usable: (i: number) => boolean): number {
  for (let i = from; usable(i); i++) if (lines[i]!.text.trim()) return i;
  return -1;
}

/** 0-based index after the last non-blank line of `[from, to)`. */
function lastFilled(lines: Line[], from: number, to: number): number {
  let end = Math.min(to, lines.length);
  while (end > from + 1 && !lines[end - 1]!.text.trim()) end--;
  return end;
}

/**
 * The row from line `start` (its number) to `end`, cut into cells. The last row of a table has no
 * next number to end it: it ends with its time cell (`last`), and without one it is no row.
 */
function readRow(lines: Line[], start: number, end: number, columns: TableColumn[], last: boolean): TablePart | null {
  const filled: number[] = [];
  // (the number's own line counts as the task's first line when the task starts on it)
  const firstContent = /^\d{1,3}\.?$/u.test(lines[start]!.text.trim()) ? start + 1 : start;
  for (let k = firstContent; k < end; k++) if (lines[k]!.text.trim()) filled.push(k);
  const cellStarts = cutCells(lines, filled);
  const timeCell = cellStarts.length > 1 ? cellStarts[cellStarts.length - 1]! : -1;
  const timeLine = timeCell >= 0 ? lines[filled[timeCell]!]!.text.trim() : '';
  const hasTime = TIME_START.test(timeLine) && timeLine.length <= TIME_CELL_MAX;
  if (last) {
    if (!hasTime) return null;
    // The time cell and its lower-case continuation ("Năm 2026\nvà các năm tiếp theo"), nothing after.
    let k = timeCell + 1;
    while (k < filled.length && /^\p{Ll}/u.test(lines[filled[k]!]!.text.trim())) k++;
    filled.length = k;
  }
  if (!filled.length) return null;
  const to = filled[filled.length - 1]! + 1;
  const spanOf = (a: number, b: number): Span => ({ start: lines[filled[a]!]!.span.start, end: lines[filled[b - 1]!]!.span.end });
  const cells: TableCell[] = [];
  const bounds = [...cellStarts, filled.length];
  // Cells line up with the columns only when there are as many as the header names; otherwise
  // (an empty cell, a lead glued to the task's last line) only the time cell is sure.
  if (hasTime && cellStarts.length === columns.length) {
    for (let c = 1; c < columns.length; c++) cells.push({ column: columns[c]!, span: spanOf(bounds[c]!, bounds[c + 1]!) });
  } else if (hasTime) {
    cells.push({ column: 'time', span: spanOf(timeCell, filled.length) });
  }
  return { kind: 'row', from: start, to, cells };
}

/**
 * Where each cell of a row starts (indices into `filled`, the row's non-blank lines after its number).
 * The task's words come first, up to a line that opens a body's name; the time cell is the last cell;
 * between them a cell starts at a capital or a time word, unless the line before needs its next word.
 */
function cutCells(lines: Line[], filled: number[]): number[] {
  const text = (k: number) => lines[filled[k]!]!.text.trim();
  const opens = (k: number) => k > 0 && !ENDS_OPEN.test(text(k - 1));
  const starts = [0];
  let k = 1;
  while (k < filled.length && !(opens(k) && UNIT_HEAD.test(text(k)))) k++;
  for (; k < filled.length; k++) {
    const t = text(k);
    if (opens(k) && (/^\p{Lu}/u.test(t) || (TIME_START.test(t) && t.length <= TIME_CELL_MAX))) starts.push(k);
  }
  return starts;
}
