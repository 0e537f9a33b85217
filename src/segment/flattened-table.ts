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
// The words that end a header after its time column ("Thời gian | thực hiện", "Thời hạn | hoàn thành",
// "(dự kiến)") and the columns that may follow it ("Ghi chú", "Kinh phí").
// (a qualifier in brackets too: "(tháng/năm)", "(dự kiến)")
const HEADER_TAIL = /^(?:\(?(?:hoàn thành|hoàn|thành|thực hiện|thực|hiện|dự kiến|triển khai)\)?\s*)+$|^(?:ghi chú|(?:nguồn\s+)?kinh phí|dự toán)|^\([^()]{1,30}\)$/iu;
// A row of more lines than this is no row of a flattened table: the table has ended.
const ROW_LINES_MAX = 80;
// A row number alone on its line ("1" | "12."), or with its task's first words after a dot ("10. Xây dựng …").
const ROW_NUMBER = /^(\d{1,3})(?:\.?$|\.\s+\p{Lu})/u;
// A sub-row number: "2.1" | "2.1." | "2.1. Xây dựng …" (rows of the row 2 that titles them).
const SUB_ROW_NUMBER = /^(\d{1,3})\.(\d{1,2})(?:\.?$|\.?\s+\p{Lu})/u;
// A group row: "I" | "II." | "I. Đổi mới mạnh mẽ …" | "A" (its title on this line or the next).
const GROUP_ROW = /^(?:[IVX]{1,5}|[A-H])\.?(?:\s+\p{Lu}.*)?$/u;
// A line that opens a body's name: the lead cell after the task's words ("Bộ Khoa học và", "Các bộ,
// ngành", "Ủy ban nhân", "UBND các").
const UNIT_HEAD =
  /^(?:(?:Các|Những)$|(?:(?:Các|Những)\s+)?(?:[Bb]ộ|Sở|[ỦU][yỷ] ban|UBND|Văn phòng|VPCP|Ngân hàng|Thanh tra|Kiểm toán|To[àa] án|Viện|Học viện|Tổng cục|Cục|Ban|Hội đồng|Trung tâm|Đài|Thông tấn|Mặt trận|Công an|Chính phủ|Thủ tướng|[Cc]ơ quan|[Đđ]ơn vị|[Đđ]ịa phương|[Tt]ỉnh|Thành phố|Tập đoàn|Tổng công ty|Hiệp hội|Liên đoàn|Đoàn|Hội)(?![\p{L}\p{M}]))/u;
// A line that starts the time cell: "2026" | "2026 - 2027" | "Năm 2026" | "Quý IV/2026" | "Tháng 9/2024" |
// "Hằng năm" | "Thường xuyên" | "Trước 30/6/2026".
const TIME_START =
  /^(?:\d{4}(?![\d/])|(?:0?[1-9]|1[0-2])\s*\/\s*\d{4}(?![\d/])|năm\s+\d{4}|quý\s+[IVX1-4]+|tháng\s+\d|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|định kỳ|thường xuyên|(?:thực hiện|nhiệm vụ)\s+thường\s+xuyên|liên tục|6 tháng|(?:trước|đến|trong)\s+(?:ngày|tháng|quý|năm|hết)|cuối năm|đầu năm|giai đoạn\s+\d{4})/iu;
// The longest line of a time cell: "Hằng năm và từng giai đoạn".
const TIME_CELL_MAX = 40;
// A line that ends on a word that needs what follows, so that the next line goes on with the same
// cell, capital or not: "Bộ Khoa học và\nCông nghệ" | "Bộ trưởng Bộ\nKhoa học" | "Trung ương,\nỦy ban" |
// "Ủy ban nhân dân cấp tỉnh\ntrình\nHội đồng" | "Văn phòng\nChính phủ" | "Ban Chỉ đạo\nPhòng thủ dân sự" | "Chủ tịch\nỦy ban nhân dân".
const ENDS_OPEN = /(?:[,/(-]|(?<![\p{L}\p{M}])(?:và|của|ở|với|các|cho|do|theo|tại|trình|về|thuộc|bộ|sở|ban|ủy ban|văn phòng|ngân hàng|hội đồng|nhân dân|cơ|tổ|tổ chức|ban chỉ đạo|ban chỉ huy|chủ tịch))$/iu;

// What joins two names of one column in its cell: "Nội dung, nhiệm vụ" | "Nhiệm vụ/nội dung" | "Nội dung và nhiệm vụ".
const SAME_CELL_GAP = /^(?:\s*[,/]\s*|\s+và\s+)$/u;

// A time cell's first word alone on its line, its years on the next: "Năm\n2026 - 2027" | "Giai đoạn\n2026 - 2030".
const TIME_WORD_ALONE = /^(?:năm|giai đoạn|quý|tháng)$/iu;

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
    if (!NUMBER_COLUMN.test(lines[i]!.text.trim())) continue;
    // The `TT` of an appendix's first header may have been skipped as a crumb with the appendix's
    // title (src/document/footer.ts): the header's other cells still name the table.
    const crumb = !usable(i) && i + 1 >= from && usable(i + 1);
    if (!usable(i) && !crumb) continue;
    const header = readHeader(lines, i, usable);
    if (!header) continue;
    const table = readTable(lines, i, header, usable);
    // Two rows at least: one number after a header is no sign of a table.
    if (table.filter((p) => p.kind === 'row').length < 2) continue;
    if (crumb) table[0]!.from = i + 1;
    for (const part of table) out.push(part);
    i = table[table.length - 1]!.to - 1;
  }
  return out;
}

/** The header that starts at line `start` (its `STT` line): the columns it names, in order. */
function readHeader(lines: Line[], start: number, usable: (i: number) => boolean): Header | null {
  const cells: string[] = [];
  let i = start + 1;
  let named: TableColumn[] | null = null;
  for (; usable(i) && i - start <= HEADER_LINES_MAX; i++) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    if (ROW_NUMBER.test(t) || SUB_ROW_NUMBER.test(t) || GROUP_ROW.test(t) || t.length > HEADER_CELL_MAX) break;
    // The header ends with its time column ("Thời gian\nhoàn thành") and the columns that may follow
    // it: a header repeated at a page break is followed by the rest of the broken row, whose short
    // lines are no header cells.
    if (named && !HEADER_TAIL.test(t)) break;
    cells.push(t);
    const columns = columnsOf(cells);
    if (columns && columns[0] === 'task' && columns.includes('lead') && columns[columns.length - 1] === 'time') named = columns;
  }
  // A task table names its tasks first, their lead, and their time last.
  return named ? { columns: named, end: i } : null;
}

/** The columns the header cells name in order, or null when one is named twice. */
function columnsOf(cells: string[]): TableColumn[] | null {
  const columns: TableColumn[] = [];
  const joined = cells.join(' ');
  let last = 0;
  for (const m of joined.matchAll(COLUMN_NAME)) {
    const role = ROLE_OF.find(([re]) => re.test(m[0].replace(/\s+/gu, ' ')))![1];
    // One cell may name its column twice: "Nội dung, nhiệm vụ" | "Nhiệm vụ/nội dung".
    const same = role === columns[columns.length - 1] && SAME_CELL_GAP.test(joined.slice(last, m.index));
    last = m.index + m[0].length;
    if (same) continue;
    if (columns.includes(role)) return null;
    columns.push(role);
  }
  return columns;
}

/** A row's number: `n` of a row, `n.sub` of a sub-row ("2.1" under row 2). */
interface RowLabel {
  n: number;
  sub: number | null;
}

function rowLabelOf(t: string): RowLabel | null {
  const s = SUB_ROW_NUMBER.exec(t);
  if (s) return { n: Number(s[1]), sub: Number(s[2]) };
  const m = ROW_NUMBER.exec(t);
  return m ? { n: Number(m[1]), sub: null } : null;
}

/** Whether `label` may come right after the row `cur`: the next row, a new count from 1, or the next sub-row of `cur`'s row. */
function follows(label: RowLabel, cur: RowLabel): boolean {
  if (label.sub === null) return label.n === cur.n + 1 || label.n === 1;
  return label.n === cur.n && label.sub === (cur.sub ?? 0) + 1;
}

/** The parts of the table whose first header starts at `start`; rows numbered 1, 2, 3 … (again from 1 after a group row), sub-rows 2.1, 2.2 … under their row 2. */
function readTable(lines: Line[], start: number, header: Header, usable: (i: number) => boolean): TablePart[] {
  const parts: TablePart[] = [{ kind: 'header', from: start, to: lastFilled(lines, start, header.end) }];
  // The last row read (0 before the first).
  let cur: RowLabel = { n: 0, sub: null };
  // The row whose sub-rows are being read.
  let parent: number | null = null;
  let afterGroup = false;
  let i = header.end;
  const rowLabelAt = (k: number): RowLabel | null => {
    const label = rowLabelOf(lines[k]!.text.trim());
    if (!label) return null;
    if (label.sub === null) return label.n === cur.n + 1 || (afterGroup && label.n === 1) ? label : null;
    return label.n === parent && label.sub === (cur.sub ?? 0) + 1 ? label : null;
  };
  // Where the part that starts at `k` (after the row `after`) ends: before the next row, group row or header.
  const partEnd = (k: number, after: RowLabel): { end: number; closed: boolean } => {
    for (let j = k + 1; j - k <= ROW_LINES_MAX; j++) {
      if (!usable(j)) return { end: j, closed: false };
      const t = lines[j]!.text.trim();
      const label = rowLabelOf(t);
      if ((label && follows(label, after)) || GROUP_ROW.test(t) || (NUMBER_COLUMN.test(t) && readHeader(lines, j, usable))) return { end: j, closed: true };
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
      if (rest >= 0 && rowLabelAt(rest) === null && !GROUP_ROW.test(lines[rest]!.text.trim()) && parts[parts.length - 2]?.kind === 'row') {
        const { end, closed } = partEnd(rest, cur);
        if (!closed) break;
        parts.push({ kind: 'continued', from: rest, to: lastFilled(lines, rest, end) });
        i = end;
      }
      continue;
    }
    if (GROUP_ROW.test(t)) {
      const { end, closed } = partEnd(i, { n: cur.n, sub: null });
      if (!closed) break;
      parts.push({ kind: 'group', from: i, to: lastFilled(lines, i, end) });
      afterGroup = true;
      parent = null;
      i = end;
      continue;
    }
    const label = rowLabelAt(i);
    if (label === null) break;
    const { end, closed } = partEnd(i, label);
    const endLabel = closed && end < lines.length ? rowLabelOf(lines[end]!.text.trim()) : null;
    const row = readRow(lines, i, lastFilled(lines, i, end), header.columns, !closed);
    if (!row) break;
    // A row followed by its sub-rows and without a time cell of its own only titles them.
    if (label.sub === null && endLabel?.n === label.n && endLabel.sub === 1 && !row.cells?.length) {
      parts.push({ kind: 'group', from: row.from, to: row.to });
    } else {
      parts.push(row);
    }
    if (label.sub === null) parent = label.n;
    cur = label;
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
  const firstContent = /^\d{1,3}(?:\.\d{1,2})?\.?$/u.test(lines[start]!.text.trim()) ? start + 1 : start;
  for (let k = firstContent; k < end; k++) if (lines[k]!.text.trim()) filled.push(k);
  // (a number with nothing after it before the next: no row to read)
  if (!filled.length) return null;
  const cellStarts = cutCells(lines, filled);
  const timeCell = cellStarts.length > 1 ? cellStarts[cellStarts.length - 1]! : -1;
  const timeLine = timeCell >= 0 ? lines[filled[timeCell]!]!.text.trim() : '';
  // (a narrow time column wraps its words: "Thực\nhiện\nthường\nxuyên" | "Nhiệm vụ thường\nxuyên")
  const hasTime = timeLine.length <= TIME_CELL_MAX && TIME_START.test(timeCell >= 0 ? cellHead(lines, filled, timeCell) : '');
  if (last) {
    if (!hasTime) return null;
    // The time cell and its lower-case continuation ("Năm 2026\nvà các năm tiếp theo"), nothing after.
    // (and the years of a time word alone on its line: "Năm\n2026 - 2027")
    let k = Math.min(filled.length, timeCell + (TIME_WORD_ALONE.test(timeLine) ? 2 : 1));
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
  if (hasTime && cellStarts.length === columns.length - 1 && columns[columns.length - 2] === 'support' && emptyBeforeTime(filled, cellStarts, timeCell)) {
    // One cell short, and a blank line where the phối hợp cell stands: that cell is empty, the others
    // fill the columns before it.
    for (let c = 1; c < columns.length - 2; c++) cells.push({ column: columns[c]!, span: spanOf(bounds[c]!, bounds[c + 1]!) });
    cells.push({ column: 'time', span: spanOf(timeCell, filled.length) });
  } else if (hasTime && cellStarts.length === columns.length) {
    for (let c = 1; c < columns.length; c++) cells.push({ column: columns[c]!, span: spanOf(bounds[c]!, bounds[c + 1]!) });
  } else if (hasTime) {
    cells.push({ column: 'time', span: spanOf(timeCell, filled.length) });
  }
  return { kind: 'row', from: start, to, cells };
}

/**
 * Whether a blank line stands between the time cell and the cell before it, and nowhere else among
 * the cells after the task: an empty cell copied from PDF leaves a blank line ("Bộ Y tế\n\nNăm 2026").
 */
function emptyBeforeTime(filled: number[], cellStarts: number[], timeCell: number): boolean {
  if (cellStarts.length < 3) return false;
  const first = cellStarts[1]!;
  if (filled[timeCell]! - filled[timeCell - 1]! < 2) return false;
  for (let k = first + 1; k < timeCell; k++) if (filled[k]! - filled[k - 1]! > 1) return false;
  return true;
}

/** The first lines of the cell that starts at `filled[k]`, joined, up to the length of a time cell. */
function cellHead(lines: Line[], filled: number[], k: number): string {
  let head = lines[filled[k]!]!.text.trim();
  for (let j = k + 1; j < filled.length && head.length < TIME_CELL_MAX; j++) head += ' ' + lines[filled[j]!]!.text.trim();
  return head;
}

/**
 * Where each cell of a row starts (indices into `filled`, the row's non-blank lines after its number).
 * The task's words come first, up to a line that opens a body's name; the time cell is the last cell;
 * between them a cell starts at a capital or a time word, unless the line before needs its next word.
 */
/** The last of a row's lines that starts a time cell ("quý IV/2026", "hằng năm", "Năm 2026"), or -1. */
function lastTimeStart(lines: Line[], filled: number[]): number {
  for (let k = filled.length - 1; k > 0; k--) {
    const t = lines[filled[k]!]!.text.trim();
    if (TIME_START.test(t) && t.length <= TIME_CELL_MAX) return k;
  }
  return -1;
}

function cutCells(lines: Line[], filled: number[]): number[] {
  const text = (k: number) => lines[filled[k]!]!.text.trim();
  // The parentheses left open by the lines of the current cell so far: a line inside them goes on
  // with the cell ("Năm 2026\n(sau khi Chính\nphủ ban hành\nNghị định …)").
  let depth = 0;
  const opens = (k: number) => k > 0 && depth <= 0 && !ENDS_OPEN.test(text(k - 1)) && !TIME_WORD_ALONE.test(text(k - 1));
  const count = (t: string) => {
    for (const ch of t) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  };
  const starts = [0];
  count(text(0));
  let k = 1;
  for (; k < filled.length && !(opens(k) && UNIT_HEAD.test(text(k))); k++) count(text(k));
  for (; k < filled.length; k++) {
    const t = text(k);
    // (a cell starts with a capital or a digit: "năm 2025. Ban hành …" goes on with the task's words; the
    // row's last line that reads as a time starts its time cell in any case: "quý IV/2026", "thường xuyên")
    // (only after a body's cell: a time cell wrapped over two lines, "Trước ngày 30\ntháng 6 năm 2026", stays one)
    const lastTime = k === lastTimeStart(lines, filled) && UNIT_HEAD.test(text(starts[starts.length - 1]!));
    if (opens(k) && (/^\p{Lu}/u.test(t) || lastTime || (/^\d/u.test(t) && TIME_START.test(t) && t.length <= TIME_CELL_MAX))) {
      starts.push(k);
      depth = 0;
    }
    count(t);
  }
  return starts;
}
