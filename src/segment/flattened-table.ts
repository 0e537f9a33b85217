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
import { IMPERATIVE_OPENERS_SOURCE } from '../lexicon/imperative-openers.js';
import { findDelimitedTables } from './delimited-table.js';

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
const HEADER_TAIL = /^(?:\(?(?:hoàn thành|hoàn|thành|thực hiện|thực|hiện|dự kiến|triển khai)\)?\s*)+$|^(?:ghi chú|(?:nguồn\s+)?kinh phí|dự toán)|^\([^()]{1,30}\)$|^(?:sản phẩm|kết quả)(?:\s+(?:đầu ra|dự kiến|chính))?$/iu;
// A row of more lines than this is no row of a flattened table: the table has ended.
const ROW_LINES_MAX = 80;
// A row number alone on its line ("1" | "12."), or with its task's first words after a dot ("10. Xây dựng …").
const ROW_NUMBER = /^(\d{1,3})(?:\.?$|\.\s+\p{Lu})/u;
// A sub-row number: "2.1" | "2.1." | "2.1. Xây dựng …" (rows of the row 2 that titles them).
const SUB_ROW_NUMBER = /^(\d{1,3})\.(\d{1,2})(?:\.?$|\.?\s+\p{Lu})/u;
// A group row: "I" | "II." | "I. Đổi mới mạnh mẽ …" | "A" (its title on this line or the next).
const GROUP_ROW = /^(?:[IVX]{1,5}|[A-H])\.?(?:\s+\p{Lu}.*)?$/u;
// A line that opens a body's name: the lead cell after the task's words ("Bộ Khoa học và", "Các bộ,
// ngành", "Ủy ban nhân", "UBND các"); in a Sở's plan its offices and hospitals ("Phòng Kế hoạch - Tài chính",
// "Bệnh viện Đa khoa tỉnh"), a ministry's department ("Vụ Pháp chế", not "Vụ việc"), not the words "Phòng, chống …",
// "Trường hợp …".
const UNIT_HEAD =
  /^(?:(?:Các|Những)$|(?:(?:Các|Những)\s+)?(?:[Bb]ộ|Sở|[ỦU][yỷ] ban|UBND|Văn phòng|VPCP|Ngân hàng|Thanh tra|Kiểm toán|To[àa] án|Viện|Học viện|Tổng cục|Cục|Vụ(?=\s+\p{Lu})|Ban|Hội đồng|Trung tâm|Đài|Thông tấn|Mặt trận|Công an|Chính phủ|Thủ tướng|[Cc]ơ quan|[Đđ]ơn vị|[Đđ]ịa phương|[Tt]ỉnh|Thành phố|Tập đoàn|Tổng công ty|Hiệp hội|Liên đoàn|Đoàn|Hội|Chi cục|Bệnh viện|Trường(?!\s+(?:hợp|học))|Phòng(?!\s*,|\s+(?:chống|cháy|ngừa|tránh|họp|làm việc)))(?![\p{L}\p{M}]))/u;
// Heads of a body's name that may also name what a task works on: a school, a hospital, a room (Phòng khám, Phòng học).
const OBJECT_HEAD = /^(?:Trường|Bệnh viện|Phòng)(?![\p{L}\p{M}])/u;
// A line that starts the time cell: "2026" | "2026 - 2027" | "Năm 2026" | "Quý IV/2026" | "Tháng 9/2024" |
// "Hằng năm" | "Thường xuyên" | "Trước 30/6/2026" | "Trước ngày 30/6/2026".
const TIME_START =
  /^(?:\d{4}(?![\d/])|(?:0?[1-9]|1[0-2])\s*\/\s*\d{4}(?![\d/])|năm\s+\d{4}|quý\s+[IVX1-4]+|tháng\s+\d|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|định kỳ|thường xuyên|(?:thực hiện|nhiệm vụ)\s+thường\s+xuyên|liên tục|6 tháng|(?:trước|đến|trong)\s+(?:ngày|tháng|quý|năm|hết)|(?:trước|đến|chậm nhất)\s+(?:\d{1,2}\s*\/\s*)?\d{1,2}\s*\/\s*\d{4}(?![\d/])|cuối năm|đầu năm|giai đoạn\s+\d{4})/iu;
// The longest line of a time cell: "Hằng năm và từng giai đoạn".
const TIME_CELL_MAX = 40;
// A line that ends on a word that needs what follows, so that the next line goes on with the same
// cell, capital or not: "Bộ Khoa học và\nCông nghệ" | "Bộ trưởng Bộ\nKhoa học" | "Trung ương,\nỦy ban" |
// "Ủy ban nhân dân cấp tỉnh\ntrình\nHội đồng" | "Văn phòng\nChính phủ" | "Ban Chỉ đạo\nPhòng thủ dân sự" | "Chủ tịch\nỦy ban nhân dân" |
// "Các Bộ:\nNN&MT,\nXây dựng" (a head spread over the names after its colon). A plural head is whole:
// "Các bộ\nNăm 2026".
const ENDS_OPEN = /(?:[,/(:-]|(?<![\p{L}\p{M}])(?<!(?:các|những)\s)(?:và|của|ở|với|các|cho|do|theo|tại|trình|về|thuộc|bộ|sở|ban|ủy ban|văn phòng|ngân hàng|hội đồng|nhân dân|cơ|tổ|tổ chức|ban chỉ đạo|ban chỉ huy|chủ tịch))$/iu;

// A Bộ or Sở and the first word of its field, on a line, and a capitalised word alone on the next: one
// name wrapped in a narrow column ("Bộ Công\nThương", "Bộ Tài\nChính"), not two cells.
const FIELD_CUT_SHORT = /^(?:Bộ|Sở)\s+\p{Lu}\p{Ll}*$/u;
const NAME_TAIL = /^\p{Lu}\p{Ll}+[,;.]?$/u;

// The first column of a unit-first table: the unit whose tasks the row lists ("Đơn vị" | "Cơ quan chủ trì").
const UNIT_COLUMN = /^(?:đơn vị|cơ quan|bộ, ngành)(?:\s+chủ trì)?$/iu;
// A unit's block in such a table: its first line opens a body's name or is an acronym ("VTV, VOV").
const UNIT_HEAD_OR_ACRONYM = new RegExp(`${UNIT_HEAD.source}|^\\p{Lu}{2,}(?![\\p{L}\\p{M}])`, 'u');
// A unit's name wraps over a few short lines ("Ban Cơ yếu\nChính phủ", "UBND thành phố\nHà Nội, Thành\nphố Hồ Chí Minh");
// the task's first line is longer, or opens with its verb.
const UNIT_LINES_MAX = 6;
const UNIT_LINE_MAX = 20;
const TASK_OPENER = new RegExp(`^(?:${IMPERATIVE_OPENERS_SOURCE}|xây dựng|thành lập|thẩm định|đánh giá|bố trí|chuẩn bị|trình|giới thiệu|hợp tác)(?![\\p{L}\\p{M}])`, 'iu');
// A time cell that follows the work's course: "Theo lộ trình của Đề án" | "Trong quá trình thực hiện".
// (and one that starts: "Từ tháng 8/2023" | "Từ Quý IV/2023")
const ROADMAP_TIME = /^(?:theo lộ trình|trong quá trình|từ\s+(?:ngày|tháng|quý|năm)\s)/iu;

// A sub-item of a row's task that has cells of its own: "-" alone on its line, or before its words.
const SUB_ITEM = /^[-–](?:$|\s+\S)/u;

// What joins two names of one column in its cell: "Nội dung, nhiệm vụ" | "Nhiệm vụ/nội dung" | "Nội dung và nhiệm vụ".
// (and a space: "Nội dung nhiệm vụ", "Tên nhiệm vụ, nội dung")
const SAME_CELL_GAP = /^(?:\s*[,/]\s*|\s+và\s+|\s+)$/u;

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
  // Tables whose rows keep their cells apart on one line (`|` or tab between them) are read first;
  // the flattened reader looks at the lines outside them.
  const delimited = findDelimitedTables(lines, from, to, furniture);
  const out: TablePart[] = [];
  let next = 0;
  const usable = (i: number) => i < to && !furniture.has(i);
  for (let i = from; i < to; i++) {
    if (next < delimited.length && i >= delimited[next]!.from) {
      // (all parts of the delimited table from here on, up to the lines after it)
      while (next < delimited.length && delimited[next]!.from <= i) out.push(delimited[next++]!);
      i = out[out.length - 1]!.to - 1;
      continue;
    }
    if (!NUMBER_COLUMN.test(lines[i]!.text.trim())) continue;
    // The `TT` of an appendix's first header may have been skipped as a crumb with the appendix's
    // title (src/document/footer.ts): the header's other cells still name the table.
    const crumb = !usable(i) && i + 1 >= from && usable(i + 1);
    if (!usable(i) && !crumb) continue;
    const header = readHeader(lines, i, usable);
    if (!header) continue;
    const table = UNIT_COLUMN.test(nextText(lines, i + 1, usable)) ? readUnitFirstTable(lines, i, header, usable) : readTable(lines, i, header, usable);
    // Two rows at least: one number after a header is no sign of a table.
    if (table.filter((p) => p.kind === 'row').length < 2) continue;
    if (crumb) table[0]!.from = i + 1;
    // (a flattened table that would run into a delimited one is none)
    if (next < delimited.length && table[table.length - 1]!.to > delimited[next]!.from) continue;
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
    // (the products may follow the time: "Thời gian hoàn thành | Sản phẩm")
    if (columns && columns[0] === 'task' && columns.includes('lead') && (columns[columns.length - 1] === 'time' || productAfterTime(columns))) named = columns;
  }
  // A task table names its tasks first, their lead, and their time last.
  return named ? { columns: named, end: i } : null;
}

/** Whether the columns end with the time and then the products ("Thời gian hoàn thành | Sản phẩm"). */
function productAfterTime(columns: TableColumn[]): boolean {
  return columns.length > 2 && columns[columns.length - 1] === 'product' && columns[columns.length - 2] === 'time';
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
        const continued: TablePart = { kind: 'continued', from: rest, to: lastFilled(lines, rest, end) };
        parts.push(continued);
        // The broken row's cells are read over the break, its repeated header (and the page's number before it) left
        // out, when none of them but the task's words is cut by it: the rest holds its lead, support and time.
        const broken = parts[parts.length - 3]!;
        if (broken.kind === 'row' && !broken.cells?.some((c) => c.column !== 'product')) {
          let gap = broken.to;
          while (gap - 1 > broken.from + 1 && /^(?:trang\s+)?\d{1,3}$/iu.test(lines[gap - 1]!.text.trim())) gap--;
          const whole = readRow(lines, broken.from, continued.to, header.columns, false, (k) => k >= gap && k < rest);
          const before = lines[gap - 1]!.span.end;
          const after = lines[rest]!.span.start;
          if (whole?.cells?.length && whole.cells.every((c) => c.span.end <= before || c.span.start >= after) && whole.cells.some((c) => c.span.start >= after)) broken.cells = whole.cells;
        }
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
      for (const part of splitSubItems(lines, row, header.columns)) parts.push(part);
    }
    if (label.sub === null) parent = label.n;
    cur = label;
    afterGroup = false;
    i = row.to;
    if (!closed) break;
  }
  return parts;
}

/**
 * A row whose task lists `-` sub-items, each with a lead or time cell of its own (`4 | Hoàn thiện tiêu
 * chuẩn … | - | Công trình đê điều | Bộ NN&MT | Các bộ | Năm 2026 | - | Công trình giao thông | Bộ Xây dựng`),
 * as a group part (the row's own words, which title the sub-items) and a row per sub-item. A sub-item
 * without a cell of some column takes the one of the sub-item before it: a cell merged over several
 * sub-items is copied once, at the top. Any other row is returned whole.
 */
function splitSubItems(lines: Line[], row: TablePart, columns: TableColumn[]): TablePart[] {
  const filled: number[] = [];
  for (let k = row.from; k < row.to; k++) if (lines[k]!.text.trim()) filled.push(k);
  const dashes: number[] = [];
  for (let at = 1; at < filled.length; at++) if (SUB_ITEM.test(lines[filled[at]!]!.text.trim())) dashes.push(at);
  // (the cells between the task and the time, in order: lead, support, approval, product)
  const middle = columns.slice(1).filter((c) => c !== 'time');
  if (dashes.length < 2 || middle[0] !== 'lead') return [row];
  const out: TablePart[] = [];
  // The row's own words before the first sub-item (not its bare number alone).
  const headed = dashes[0]! > 1 || !/^\d{1,3}\.?$/u.test(lines[filled[0]!]!.text.trim());
  if (headed) out.push({ kind: 'group', from: row.from, to: filled[dashes[0]! - 1]! + 1 });
  let before = new Map<TableColumn, Span>();
  for (let d = 0; d < dashes.length; d++) {
    const seg = filled.slice(dashes[d], dashes[d + 1] ?? filled.length);
    // (a dash alone on its line: the sub-item's words start on the next)
    const content = /^[-–]$/u.test(lines[seg[0]!]!.text.trim()) ? seg.slice(1) : seg;
    if (!content.length) return [row];
    const starts = cutCells(lines, content);
    // (a sub-item of words and a time only: no body's name cuts it, its time does)
    const time = starts.length > 1 ? starts[starts.length - 1]! : lastTimeStart(lines, content);
    const timeLine = time > 0 ? lines[content[time]!]!.text.trim() : '';
    const hasTime = time > 0 && timeLine.length <= TIME_CELL_MAX && TIME_START.test(cellHead(lines, content, time));
    if (hasTime && starts[starts.length - 1] !== time) starts.push(time);
    const bodyCells = starts.slice(1, hasTime ? -1 : undefined);
    if ((!bodyCells.length && !hasTime) || bodyCells.length > middle.length) return [row];
    // (a first sub-item without a lead cell: the lead after it may be a cell merged over the sub-items, centred
    // below the first, so the row stays whole with it)
    if (d === 0 && !bodyCells.length) return [row];
    if (bodyCells.length && !UNIT_HEAD.test(lines[content[bodyCells[0]!]!]!.text.trim())) return [row];
    const spanOf = (a: number, b: number): Span => ({ start: lines[content[a]!]!.span.start, end: lines[content[b - 1]!]!.span.end });
    const bounds = [...starts, content.length];
    const own = new Map<TableColumn, Span>();
    bodyCells.forEach((_, c) => own.set(middle[c]!, spanOf(bounds[c + 1]!, bounds[c + 2]!)));
    if (hasTime) own.set('time', spanOf(time, content.length));
    const cells: TableCell[] = [];
    for (const column of columns.slice(1)) {
      const span = own.get(column) ?? before.get(column);
      if (span) cells.push({ column, span });
    }
    before = new Map(cells.map((c) => [c.column, c.span]));
    out.push({ kind: 'row', from: d === 0 && !headed ? row.from : seg[0]!, to: seg[seg.length - 1]! + 1, cells });
  }
  return out;
}

/** The trimmed text of the first non-blank line from `from` ('' when none). */
function nextText(lines: Line[], from: number, usable: (i: number) => boolean): string {
  const k = nextFilled(lines, from, usable);
  return k < 0 ? '' : lines[k]!.text.trim();
}

/** A task of a unit-first table and the cells read so far. */
interface UnitTask {
  from: number;
  to: number;
  lines: number;
  cells: TableCell[];
}

/**
 * A unit-first table (`STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành`): each row
 * is a unit and the tasks it leads, one under the other, each with its phối hợp and time cells. Flattened,
 * the row's number and unit (a block) come out at the height where their merged cell is centred: before
 * the row's first task, or among its tasks. Each task is a row part whose lead cell is its unit's block:
 * the tasks before a block that the unit before it does not take (as many lines after its block as
 * before it, one task at least) are its own. Too few blocks or tasks: nothing.
 */
function readUnitFirstTable(lines: Line[], start: number, header: Header, usable: (i: number) => boolean): TablePart[] {
  const parts: TablePart[] = [{ kind: 'header', from: start, to: lastFilled(lines, start, header.end) }];
  const text = (k: number) => lines[k]!.text.trim();
  // The tasks between two blocks (`gaps[0]` before the first), and the span of each block's unit.
  const gaps: UnitTask[][] = [[]];
  const units: Span[] = [];
  let task: { from: number; support: number; time: number; last: number; lines: number } | null = null;
  const close = () => {
    if (!task) return;
    const span = (a: number, b: number): Span => ({ start: lines[a]!.span.start, end: lines[b]!.span.end });
    const cells: TableCell[] = [];
    const supportEnd = task.time >= 0 ? task.time : task.last + 1;
    if (task.support >= 0) cells.push({ column: 'support', span: span(task.support, prevFilled(lines, supportEnd)) });
    if (task.time >= 0) cells.push({ column: 'time', span: span(task.time, task.last) });
    gaps[gaps.length - 1]!.push({ from: task.from, to: task.last + 1, lines: task.lines, cells });
    task = null;
  };
  let row = 0;
  let i = header.end;
  for (; usable(i); i++) {
    const t = text(i);
    if (!t) continue;
    if (NUMBER_COLUMN.test(t)) {
      const again = readHeader(lines, i, usable);
      if (!again || !UNIT_COLUMN.test(nextText(lines, i + 1, usable))) break;
      close();
      parts.push({ kind: 'header', from: i, to: lastFilled(lines, i, again.end) });
      i = again.end - 1;
      continue;
    }
    if (/^\d{1,3}$/u.test(t)) {
      // The next row's number and its unit's lines; any other number alone is a page's.
      const unit = nextFilled(lines, i + 1, usable);
      if (Number(t) !== row + 1 || unit < 0 || !UNIT_HEAD_OR_ACRONYM.test(text(unit))) continue;
      close();
      let end = unit;
      for (let k = unit + 1; usable(k) && k - unit < UNIT_LINES_MAX; k++) {
        const u = text(k);
        if (!u || !(/^\p{Ll}/u.test(u) || ENDS_OPEN.test(text(end)) || (u.length <= UNIT_LINE_MAX && !TASK_OPENER.test(u)))) break;
        end = k;
      }
      parts.push({ kind: 'group', from: i, to: end + 1 });
      units.push({ start: lines[unit]!.span.start, end: lines[end]!.span.end });
      gaps.push([]);
      row++;
      i = end;
      continue;
    }
    if (GROUP_ROW.test(t) || /^phụ lục/iu.test(t)) break;
    const opens = task !== null && !ENDS_OPEN.test(text(task.last)) && !/^\p{Ll}/u.test(t);
    if (!task || (task.time >= 0 && opens)) {
      close();
      task = { from: i, support: -1, time: -1, last: i, lines: 1 };
      continue;
    }
    // (a time cell follows the phối hợp cell, or the blank line an empty one leaves: "… giai đoạn\n2020 - 2025" is the task's)
    const afterCell = task.support >= 0 || !text(i - 1);
    if (task.time < 0 && opens && afterCell && /^[\p{Lu}\d]/u.test(t) && t.length <= TIME_CELL_MAX && (TIME_START.test(t) || ROADMAP_TIME.test(t))) task.time = i;
    else if (task.time < 0 && task.support < 0 && opens && (/^\(\d\)/u.test(t) || UNIT_HEAD.test(t))) task.support = i;
    task.last = i;
    task.lines++;
  }
  // (a task that no time cell closes ends the table: it is no task of it)
  if (task && task.time >= 0) close();
  const tasks = gaps.flat();
  if (units.length < 2 || tasks.length < 2) return [];
  // Each block takes the tasks before it that the block before it left, and as many lines after it.
  const leadOf = new Map<UnitTask, Span>();
  let before = gaps[0]!;
  for (let b = 0; b < units.length; b++) {
    const gap = gaps[b + 1]!;
    let take = gap.length;
    if (b < units.length - 1) {
      const target = before.reduce((n, x) => n + x.lines, 0);
      let best = Infinity;
      let sum = 0;
      for (let k = 0; k <= gap.length; k++) {
        if (k > 0) sum += gap[k - 1]!.lines;
        if (k === 0 && before.length === 0) continue;
        if (Math.abs(sum - target) < best) {
          best = Math.abs(sum - target);
          take = k;
        }
      }
    }
    for (const x of [...before, ...gap.slice(0, take)]) leadOf.set(x, units[b]!);
    before = gap.slice(take);
  }
  for (const x of tasks) {
    const lead = leadOf.get(x);
    parts.push({ kind: 'row', from: x.from, to: x.to, cells: lead ? [{ column: 'lead', span: lead }, ...x.cells] : x.cells });
  }
  return parts.sort((a, b) => a.from - b.from);
}

/** The last non-blank line before `end`. */
function prevFilled(lines: Line[], end: number): number {
  let k = end - 1;
  while (k > 0 && !lines[k]!.text.trim()) k--;
  return k;
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
function readRow(lines: Line[], start: number, end: number, columns: TableColumn[], last: boolean, skip?: (k: number) => boolean): TablePart | null {
  const filled: number[] = [];
  // (the number's own line counts as the task's first line when the task starts on it)
  const firstContent = /^\d{1,3}(?:\.\d{1,2})?\.?$/u.test(lines[start]!.text.trim()) ? start + 1 : start;
  for (let k = firstContent; k < end; k++) if (lines[k]!.text.trim() && !skip?.(k)) filled.push(k);
  // (a number with nothing after it before the next: no row to read)
  if (!filled.length) return null;
  let cellStarts = cutCells(lines, filled);
  // The products after the time ("Quý II/2026\nBáo cáo rà soát"): the cell after the last that starts with a
  // time; the rest of the row is read without them. The last row's products are its next cell, short.
  let product: Span | null = null;
  if (productAfterTime(columns)) {
    columns = columns.slice(0, -1);
    let p = cellStarts.length - 1;
    while (p > 0 && !(lines[filled[cellStarts[p]!]!]!.text.trim().length <= TIME_CELL_MAX && TIME_START.test(cellHead(lines, filled, cellStarts[p]!)))) p--;
    if (p > 0 && p < cellStarts.length - 1) {
      const from = cellStarts[p + 1]!;
      const to = last ? (cellStarts[p + 2] ?? filled.length) : filled.length;
      const short = filled.slice(from, to).every((k) => lines[k]!.text.trim().length <= HEADER_CELL_MAX);
      if (!last || (to - from <= 3 && short)) product = { start: lines[filled[from]!]!.span.start, end: lines[filled[to - 1]!]!.span.end };
      if (!last || product) {
        filled.length = from;
        cellStarts = cellStarts.slice(0, p + 1);
      }
    }
  }
  // One cell too many, the first after the task's words a school, a hospital or a room the work is on ("Đầu tư xây
  // dựng, nâng cấp\nTrường THCS Nghĩa Hà\nUBND huyện Tư Nghĩa\nSở Giáo dục và Đào tạo\nQuý III/2026"): the task's words.
  if (cellStarts.length === columns.length + 1 && cellStarts.length > 2 && OBJECT_HEAD.test(lines[filled[cellStarts[1]!]!]!.text.trim())) cellStarts.splice(1, 1);
  // More cells than columns: a name wrapped inside a place in a narrow column starts a line with a capital
  // ("UBND thành phố Hà\nNội, Thành phố Hồ\nChí Minh"); such a line, after a line that ends on a capitalised
  // word and opening no body's name or time, goes on with the cell before it.
  for (let c = cellStarts.length - 2; c >= 2 && cellStarts.length > columns.length; c--) {
    const t = lines[filled[cellStarts[c]!]!]!.text.trim();
    const before = lines[filled[cellStarts[c]! - 1]!]!.text.trim();
    if (/(?<![\p{L}\p{M}])\p{Lu}\p{Ll}*$/u.test(before) && !UNIT_HEAD.test(t) && !TIME_START.test(t) && !/^\p{Lu}{2,}(?![\p{L}\p{M}])/u.test(t)) cellStarts.splice(c, 1);
  }
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
  if (product && hasTime) {
    cells.push({ column: 'product', span: product });
    return { kind: 'row', from: start, to: lines.findIndex((l) => l.span.end === product!.end) + 1, cells };
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

/**
 * Whether the line `prev` needs the next for its last words (ENDS_OPEN). A line that ends on `Bộ` or `Sở` alone, the
 * ministry or department a plan speaks of ("… của Bộ", "Văn phòng Bộ"), needs no more when the next line opens a
 * body's name of its own ("Văn phòng Bộ\nCác đơn vị thuộc Bộ") or a time ("thuộc Bộ\nQuý II/2026"); `Công an` is a field that completes it ("Bộ\nCông an").
 */
function endsOpen(prev: string, next: string): boolean {
  if (!ENDS_OPEN.test(prev)) return false;
  return !(/(?<![\p{L}\p{M}])(?:Bộ|Sở)$/u.test(prev) && ((UNIT_HEAD.test(next) && !/^Công an(?![\p{L}\p{M}])/u.test(next)) || (TIME_START.test(next) && next.length <= TIME_CELL_MAX)));
}

function cutCells(lines: Line[], filled: number[]): number[] {
  const text = (k: number) => lines[filled[k]!]!.text.trim();
  // The parentheses left open by the lines of the current cell so far: a line inside them goes on
  // with the cell ("Năm 2026\n(sau khi Chính\nphủ ban hành\nNghị định …)").
  let depth = 0;
  // (the capitalised word that ends a field wrapped after its first word: "Bộ Công\nThương")
  const endsName = (k: number) => k > 0 && NAME_TAIL.test(text(k)) && FIELD_CUT_SHORT.test(text(k - 1));
  const opens = (k: number) => k > 0 && depth <= 0 && !endsOpen(text(k - 1), text(k)) && !TIME_WORD_ALONE.test(text(k - 1)) && !endsName(k);
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
