/**
 * Labelled lines of an item (SPEC.md): `Đơn vị chủ trì: …` gives leads, `Đơn vị phối hợp: …`
 * supports, `Thời gian thực hiện: …` deadlines — all with `via: "label"`.
 */
import type { ExtractContext, Span, TableCell, TextUnit } from '../types.js';
import type { AssigneeDraft, DeadlineDraft } from './build-items.js';
import { collapseWhitespace, trimSpan } from '../extract/run-rules.js';
import { extractAssignees, extractHeadingUnits } from '../extract/assignees.js';
import { extractDeadlines } from '../extract/deadlines.js';
import { canonicalUnitName } from './canonical-names.js';
import { recognizeMarker } from '../outline/markers.js';

export interface LabelAttributes {
  assignees: AssigneeDraft[];
  deadlines: DeadlineDraft[];
  /** Spans of the lead, support and time labels, which the text extractors then skip. */
  lineSpans: Span[];
}

type LabelKind = 'lead' | 'support' | 'time';

// - Đơn vị chủ trì: | Cơ quan chủ trì thực hiện: | Cơ quan/Đơn vị phối hợp: | Thời gian dự kiến: | Thời hạn:
const LABEL = /^(?:[-–+•*]\s*|[a-zđ]\)\s*|\d{1,2}\.\s*)?((?:cơ quan|đơn vị|cơ quan\s*\/\s*đơn vị)\s+(?:chủ trì|phối hợp|thực hiện|tham mưu|chịu trách nhiệm)[^:\n]{0,40}|chủ trì(?: thực hiện)?|phối hợp(?: thực hiện)?|trách nhiệm thực hiện|thời gian(?! ký)(?: thực hiện| hoàn thành| dự kiến)?[^:\n]{0,20}|thời hạn(?: hoàn thành)?|tiến độ(?: thực hiện| hoàn thành)?)\s*:/iu;

// Members of a label's list start with a word for a body: "UBND xã Bát Tràng, các nghệ sỹ" | "Viễn thông Phú Yên,
// Viettel Phú Yên" (companies named by their trade: telecom, power, post; capitalised, as a trade in lower case
// stays inside its list: "doanh nghiệp bưu chính, viễn thông").
const COMPANY_START = /^(?:Viễn thông|Viettel|VNPT|Mobi[Ff]one|Vina[Pp]hone|Điện lực|Bưu điện)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])/u;
const UNIT_START = /^(?:các\s+|những\s+)?(?:sở|bộ|ủy ban|uỷ ban|ubnd|hđnd|hội đồng|phòng|trung tâm|ban|cục|chi cục|tổng cục|văn phòng|công an|bảo tàng|trường|viện|hội|đài|báo|thanh tra|hãng|câu lạc bộ|clb|nhà hát|tỉnh đoàn|thành đoàn|đoàn|liên đoàn|mặt trận|bộ chỉ huy|kho bạc|ngân hàng|hiệp hội|liên hiệp|chi nhánh|bệnh viện|quỹ|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|thành ủy|thành uỷ|tổng công ty|công ty|tập đoàn|đại sứ quán|cơ quan|đơn vị|doanh nghiệp|tổ chức|tổ|cá nhân|nghệ|địa phương|phường|xã|quận|huyện|tỉnh|thành phố)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])/iu;

/**
 * Reads the labelled lines of an item.
 * @example readLabels(unit('- Đơn vị chủ trì: Sở Văn hoá và Thể thao.'), …).assignees[0].value.name → 'Sở Văn hóa và Thể thao'
 */
export function readLabels(unit: TextUnit, ctx: ExtractContext, abbreviations: Map<string, string>): LabelAttributes {
  const out: LabelAttributes = { assignees: [], deadlines: [], lineSpans: [] };
  const lines = splitLines(unit);
  for (let i = 0; i < lines.length; i++) {
    const m = LABEL.exec(lines[i]!.text.trimStart());
    if (!m) continue;
    const lead = lines[i]!.text.length - lines[i]!.text.trimStart().length;
    const labelStart = lines[i]!.span.start + lead;
    const valueStart = labelStart + m[0].length;
    let end = lines[i]!.span.end;
    // A label's value may wrap onto the following lines, up to the next marker, label or blank.
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j]!.text.trim();
      if (!t || recognizeMarker(t) || LABEL.test(t) || /^[\p{L}\s/]{2,40}:/u.test(t)) break;
      end = lines[j]!.span.end;
      i = j;
    }
    const kind = labelKind(m[1]!);
    if (!kind) continue;
    const value = sub(ctx.text, trimSpan(ctx.text, { start: valueStart, end }));
    out.lineSpans.push({ start: labelStart, end });
    // Loops, not `push(...)`: a label line of 100,000 dates would overflow the call stack.
    if (kind === 'time') for (const d of readTime(value, ctx)) out.deadlines.push(d);
    else for (const a of readUnits(value, kind, ctx, abbreviations)) out.assignees.push(a);
  }
  return out;
}

/**
 * The cells of a flattened table's row (src/segment/flattened-table.ts) read as its labels: the chủ trì
 * cell as `Cơ quan chủ trì: …`, the phối hợp cell as `Cơ quan phối hợp: …`, the time cell as
 * `Thời gian hoàn thành: …`. Approval and product cells (`Bộ trưởng Bộ …`, `Nghị định của Chính phủ`)
 * name who signs and what comes out, not who acts or when: they are skipped like labels.
 * @example readTableCells([{ column: 'lead', span }], …).assignees[0].value.role → 'lead'
 */
export function readTableCells(cells: TableCell[], ctx: ExtractContext, abbreviations: Map<string, string>): LabelAttributes {
  const out: LabelAttributes = { assignees: [], deadlines: [], lineSpans: [] };
  for (const cell of cells) {
    const span = trimSpan(ctx.text, cell.span);
    out.lineSpans.push(span);
    const value = sub(ctx.text, span);
    if (cell.column === 'time') for (const d of readTimeCell(value, ctx)) out.deadlines.push(d);
    else if (cell.column === 'lead' || cell.column === 'support') for (const a of readUnits(value, cell.column, ctx, abbreviations)) out.assignees.push(a);
  }
  return out;
}

// A time cell of years only: "2026" | "Năm 2026" | "2026 - 2027" | "Giai đoạn 2026 - 2030" (the work is due by the end of the last);
// in a time label also "các năm 2025 - 2026" | "trong các năm 2025-2026".
// A time cell of a month: "6/2026" | "06 / 2026".
const MONTH_CELL = /^(\d{1,2})\s*\/\s*(\d{4})$/u;
// A time label's value of months alone, the last with its year: "Tháng 12/2025" | "tháng 12 năm 2025" | "Tháng 11
// và tháng 12/2025" (in running text a bare month is as often a past date; in a time label it says when).
const MONTH_VALUE = /^(?:(?:trong|vào|hết|đến hết|đến|cuối)\s+)?(?:tháng\s+)?(\d{1,2})(?:\s*\/\s*|\s+năm\s+)(\d{4})$/iu;
const MONTH_LIST_MEMBER = /^(?:(?:trong|vào)\s+)?(?:tháng\s+)?\d{1,2}$/iu;
const YEARS_CELL = /^(?:(?:trong\s+)?(?:các\s+)?năm\s+|giai đoạn\s+)?(\d{4})(?:\s*[-–]\s*(\d{4}))?$/iu;

// A time cell of standing work: "Nhiệm vụ thường xuyên" | "Thực hiện thường xuyên".
const STANDING_CELL = /^(?:nhiệm vụ|thực hiện)\s+thường\s+xuyên/iu;

// A note in parentheses at the end of a time cell.
const TRAILING_NOTE = /\s*\([^()]*\)?\s*$/u;

/** A table's time cell: as a time label, and a bare year or range of years as the end of its last year. */
function readTimeCell(value: TextUnit, ctx: ExtractContext): DeadlineDraft[] {
  // A narrow time column wraps its words ("Thực\nhiện\nthường\nxuyên"): one line of the same length.
  value = { text: value.text.replace(/\n/gu, ' '), span: value.span };
  // "Năm 2026 (sau khi Chính phủ ban hành Nghị định …)": the time before the note says when.
  const note = TRAILING_NOTE.exec(value.text);
  if (note && note.index > 0) {
    const head = readTimeCell({ text: value.text.slice(0, note.index), span: { start: value.span.start, end: value.span.start + note.index } }, ctx);
    if (head.length) return head;
  }
  const found = readTime(value, ctx);
  if (found.length) return found;
  // "Nhiệm vụ thường xuyên" in a time column says when: all along (in running text it names a kind of work).
  const standing = STANDING_CELL.exec(value.text);
  if (standing) {
    const start = value.span.start + standing.index;
    return [{ value: { date: null, precision: 'ongoing' }, via: 'label', text: collapseWhitespace(standing[0]), span: { start, end: start + standing[0].length }, rule: 'label: a table time cell of standing work' }];
  }
  // "6/2026" under "Thời gian (tháng/năm)": the end of that month.
  const month = readMonths(value, 'label: a table time cell of a month');
  if (month.length) return month;
  return readYears(value);
}

/** A time of months only (`6/2026`, `Tháng 12/2025`, `Tháng 11 và tháng 12/2025`): the end of the last month. */
function readMonths(value: TextUnit, rule: string): DeadlineDraft[] {
  const text = value.text.trim().replace(/[.;]+$/u, '');
  const parts = text.split(/\s*(?:,|;|\svà\s|\shoặc\s)\s*/u);
  const month = MONTH_CELL.exec(parts[parts.length - 1]!) ?? MONTH_VALUE.exec(parts[parts.length - 1]!);
  if (!month || !parts.slice(0, -1).every((p) => MONTH_LIST_MEMBER.test(p))) return [];
  const [y, mo] = [Number(month[2]), Number(month[1])];
  if (mo < 1 || mo > 12) return [];
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const start = value.span.start + value.text.indexOf(text);
  return [
    {
      value: { date: `${y}-${String(mo).padStart(2, '0')}-${last}`, precision: 'month' },
      via: 'label',
      text: collapseWhitespace(text),
      span: { start, end: start + text.length },
      rule,
    },
  ];
}

/** A time of years only (`Năm 2026`, `2026 - 2027`): the end of the last year. */
function readYears(value: TextUnit): DeadlineDraft[] {
  const text = value.text.trim().replace(/[.;]+$/u, '');
  const years = YEARS_CELL.exec(text);
  if (!years) return [];
  const start = value.span.start + value.text.indexOf(text);
  return [
    {
      value: { date: `${years[2] ?? years[1]}-12-31`, precision: 'year' },
      via: 'label',
      text: collapseWhitespace(text),
      span: { start, end: start + text.length },
      rule: 'label: a time of years',
    },
  ];
}

function labelKind(label: string): LabelKind | null {
  const l = label.toLowerCase();
  if (/thời gian|thời hạn|tiến độ/u.test(l)) return 'time';
  if (/phối hợp/u.test(l)) return 'support';
  if (/chủ trì|thực hiện|chịu trách nhiệm|tham mưu/u.test(l)) return 'lead';
  return null;
}

// The word "tháng" before "M1 - M2/YYYY" makes it a span of months; "ngày 8 - 9/2025" stays days.
const MONTH_RANGE = /(?<!\p{L})tháng\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\s*\/\s*(\d{4})(?![\p{N}/])/iu;

function readTime(value: TextUnit, ctx: ExtractContext): DeadlineDraft[] {
  const found = extractDeadlines(value, ctx);
  if (found.length) return found.map((c) => ({ value: c.value, via: 'label', text: c.text, span: c.span, rule: `label: ${c.rule}` }));
  // "Tháng 8 - 9/2025", "tháng 10-12/2025": a span of months (the end of the last), not day 8 of September.
  const months = MONTH_RANGE.exec(value.text);
  if (months) {
    const [y, mo] = [Number(months[3]), Number(months[2])];
    if (mo < 1 || mo > 12 || Number(months[1]) >= mo) return [];
    const start = value.span.start + months.index;
    return [
      {
        value: { date: iso(y, mo, daysIn(y, mo)), precision: 'month' },
        via: 'label',
        text: collapseWhitespace(months[0]),
        span: { start, end: start + months[0].length },
        rule: 'label: a span of months',
      },
    ];
  }
  // In a time label a bare date is the deadline; of a range "từ 11/9 đến 20/9/2026", the last.
  const dates = [...value.text.matchAll(/(?<![\p{L}\p{N}/])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\p{N}/])/gu)];
  const last = dates[dates.length - 1];
  // "- Thời gian thực hiện: năm 2025.": a bare year in a time label is the time to be done by
  if (!last) {
    const months = readMonths(value, 'label: a time of months');
    return months.length ? months : readYears(value);
  }
  const day = Number(last[1]);
  const month = Number(last[2]);
  const written = last[3] ? Number(last[3]) : null;
  const year = written ?? dates.map((d) => (d[3] ? Number(d[3]) : null)).find((y) => y !== null) ?? ctx.documentYear;
  if (!year || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return [];
  const start = value.span.start + last.index!;
  const span = { start, end: start + last[0].length };
  return [
    {
      value: { date: iso(year, month, day), precision: 'day', ...(written ? {} : { yearInferred: true }) },
      via: 'label',
      text: collapseWhitespace(last[0]),
      span,
      rule: 'label: Thời gian: D/M/Y',
    },
  ];
}

// "X trình Y" in a lead's cell or label: X prepares the work and Y (the council, the Government, "cấp có
// thẩm quyền") decides on it, a next step, not a second lead. Not the nouns "chương trình", "quy trình",
// "công trình", "lộ trình", "tờ trình" …, nor "trình bày" (present).
const SUBMITS_TO = /\s(?<!(?:chương|quy|công|lộ|tờ|quá|hành|tiến|giáo|lập|phương|liệu)\s)trình\s+(?!bày|diễn|độ)\S/iu;

function readUnits(value: TextUnit, role: 'lead' | 'support', ctx: ExtractContext, abbreviations: Map<string, string>): AssigneeDraft[] {
  if (role === 'lead') {
    const submits = SUBMITS_TO.exec(value.text);
    if (submits && submits.index > 0) value = sub2(value, 0, submits.index);
  }
  // "Sở A chủ trì, phối hợp với Sở B" inside a label keeps the grammar's roles.
  const parsed = extractAssignees(value, ctx, abbreviations);
  if (parsed.some((c) => c.rule.includes('chủ trì') || c.rule.includes('phối hợp'))) {
    return parsed.map((c) => ({ value: c.value, via: 'label', text: c.text, span: c.span, rule: `label: ${c.rule}` }));
  }
  // A head spread over the names after its colon, "Các Bộ: NN&MT, Xây dựng, Tài chính", is one unit per
  // name, as the grammar reads a heading that names its units; the label gives the role.
  const spread = SPREAD_HEAD.test(value.text) ? extractHeadingUnits(value, ctx, abbreviations) : [];
  if (spread.length) return spread.map((c) => ({ value: { ...c.value, role }, via: 'label', text: c.text, span: c.span, rule: `label: ${c.rule}` }));
  const out: AssigneeDraft[] = [];
  for (let member of splitMembers(value)) {
    // (a member numbered in its cell: "(1) Bộ Tư pháp\n(2) Văn phòng Chính phủ")
    const numbered = /^\(\d{1,2}\)\s*/u.exec(member.text);
    if (numbered) member = sub2(member, numbered[0].length, member.text.length);
    const raw = member.text.replace(/[.;,]+$/u, '').trim();
    if (!raw) continue;
    const canon = canonicalUnitName(raw, abbreviations);
    const generic = canon.generic === true || !/^\p{Lu}/u.test(raw) || /^các\s/iu.test(raw);
    out.push({
      value: { name: canon.name, role, ...(generic ? { generic: true } : {}), ...(canon.title ? { title: canon.title } : {}) },
      via: 'label',
      text: collapseWhitespace(raw),
      span: { start: member.span.start, end: member.span.start + raw.length },
      rule: `label: ${role === 'lead' ? 'Đơn vị chủ trì' : 'Đơn vị phối hợp'}: X, Y`,
    });
  }
  return out;
}

// A plural head and a colon before the names it is spread over: "Các Bộ:" | "các Sở:" | "Các huyện:".
const SPREAD_HEAD = /^(?:các|những)\s+(?:bộ|sở|ban|cục|tổng cục|trung tâm|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s*:/iu;

// Heads of bodies without a name, one or more: "Cơ quan" | "Các Bộ, ngành" | "tổ chức".
const BARE_HEAD = '(?:cơ quan|tổ chức|đơn vị|doanh nghiệp|cá nhân|địa phương|bộ|ngành|sở|ban|cục|xã|phường|huyện|tỉnh|thành phố)';
const BARE_HEADS = new RegExp(`^(?:(?:các|những)\\s+)?${BARE_HEAD}(?:\\s*,\\s*${BARE_HEAD})*$`, 'iu');
// (a head followed by its name is a named body: "Ban Quản lý Khu kinh tế", "Sở Tài chính")
const BARE_HEAD_NEXT = new RegExp(`^(?:(?:các|những)\\s+)?${BARE_HEAD}(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])`, 'iu');

function bareHeadNext(rest: string): boolean {
  const head = BARE_HEAD_NEXT.exec(rest);
  return head !== null && !/^\s+\p{Lu}/u.test(rest.slice(head[0].length));
}

// "UBND các tỉnh" | "các tỉnh" before ", thành phố" (no city's name after it); "các xã, phường", "các huyện, thị xã".
// (a chain too: "UBND các huyện, thị xã, thành phố")
const PROVINCES = /(?:^|\s)các\s+(?:tỉnh|xã|huyện|quận)(?:\s*,\s*(?:thành phố|phường|thị trấn|thị xã|quận|huyện))*$/iu;
const CITIES = /^(?:thành phố|phường|thị trấn|thị xã|quận|huyện)(?!\s+\p{Lu})/u;

/** Splits a list of bodies at commas, semicolons and "và" where the next part names a body. */
function splitMembers(value: TextUnit): TextUnit[] {
  const parts: TextUnit[] = [];
  const re = /\s*(?:[,;]|\s và)\s+|\s+(?=\(\d{1,2}\)\s)/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  const cut: number[] = [];
  let from = 0;
  while ((m = re.exec(value.text)) !== null) {
    // (a cell wrapped word by word: "giao, Ủy\nban công tác")
    const rest = value.text.slice(m.index + m[0].length, m.index + m[0].length + 40).replace(/\s+/gu, ' ');
    // Bare heads share what follows them: "Cơ quan, tổ chức, doanh nghiệp liên quan" | "Các Bộ, ngành, địa phương"
    // (not a named body after them: "Bộ, ngành, Ủy ban nhân dân cấp tỉnh").
    // (whitespace collapsed: a cell wrapped inside a class, "các huyện, thị\nxã, thành phố")
    const before = value.text.slice(from, m.index).trim().replace(/^\(\d{1,2}\)\s*/u, '').replace(/\s+/gu, ' ');
    // "các tỉnh, thành phố" is one body: the provinces and the cities run by the centre.
    if (PROVINCES.test(before) && CITIES.test(rest)) continue;
    if (/^\(\d/u.test(rest) || COMPANY_START.test(rest) || UNIT_START.test(rest) && !(BARE_HEADS.test(before) && bareHeadNext(rest))) {
      cut.push(m.index, m.index + m[0].length);
      from = m.index + m[0].length;
    }
  }
  for (let i = 0; i < cut.length; i += 2) {
    parts.push(sub2(value, start, cut[i]!));
    start = cut[i + 1]!;
  }
  parts.push(sub2(value, start, value.text.length));
  return parts.filter((p) => p.text.trim());
}

function sub(text: string, span: Span): TextUnit {
  return { text: text.slice(span.start, span.end), span };
}

function sub2(unit: TextUnit, a: number, b: number): TextUnit {
  return { text: unit.text.slice(a, b), span: { start: unit.span.start + a, end: unit.span.start + b } };
}

function splitLines(unit: TextUnit): TextUnit[] {
  const out: TextUnit[] = [];
  let start = 0;
  for (;;) {
    const nl = unit.text.indexOf('\n', start);
    const end = nl < 0 ? unit.text.length : nl;
    out.push(sub2(unit, start, end));
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
