/**
 * Place and date of issue, from the place-date line of the header
 * (`Quảng Ngãi, ngày 23 tháng 7 năm 2021`), or the date a web page shows for itself
 * (`Thứ Hai, 25/03/2024 14:30`) when the copy has no place-date line.
 */
import type { Line, Span } from '../types.js';
import type { Found } from './number.js';

/**
 * An ISO date from its parts, or null when they do not make a date.
 * @example isoDate(2021, 7, 23) → '2021-07-23'
 */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// The place: proper-case words before the comma, or a "TP." / "Thành phố" prefix:
// Hà Nội | Quảng Ngãi | TP. Hồ Chí Minh | Thành phố Hồ Chí Minh | Phan Rang - Tháp Chàm
const PLACE = String.raw`(?<place>(?:(?:TP\.|Tp\.)[^\S\n]*|(?:Thành phố|Thị xã|Thị trấn)[^\S\n]+)?\p{Lu}[\p{Ll}\p{M}]+(?:[^\S\n]*[-–][^\S\n]*\p{Lu}[\p{Ll}\p{M}]+|[^\S\n]+\p{Lu}[\p{Ll}\p{M}]+){0,4})`;
// Blank placeholders of an unsigned copy: "ngày    tháng 4 năm 2026" | "ngày …… tháng …"
const GAP = String.raw`[\s.…_]*`;

// Quảng Ngãi, ngày 23 tháng 7 năm 2021 | Hà Nội, ngày 28     tháng 4    năm 2026 (wrapped or spaced)
// Hà Nội, ngày 23/7/2021 | Hà Nội,\nngày 12 tháng 3\nnăm 2024 | Hà Nội, ngày   tháng 4 năm 2026 (no day)
// The line stands alone: the place starts its line or column and the year ends it, so that "… tổ chức tại Hà Nội, ngày 5/3/2024, …" in a sentence is no place-date line.
const PLACE_DATE = new RegExp(
  String.raw`(?<=(?:^|\n)[^\S\n]{0,80}|[^\S\n]{2}|[*|>#])${PLACE}[^\S\n]*,[^\S\n]*(?:\n[^\S\n]*)?(?<date>ngày${GAP}(?:(?<d>\d{1,2})${GAP})?tháng${GAP}(?:(?<m>\d{1,2})${GAP})?năm\s*(?<y>\d{4})|ngày\s*(?<d2>\d{1,2})\s*[/.-]\s*(?<m2>\d{1,2})\s*[/.-]\s*(?<y2>\d{4}))\.?(?=[^\S\n]*(?:\n|$)|[^\S\n]{2})`,
  'du',
);

export interface PlaceDate {
  place: Found<string> | null;
  date: Found<string> | null;
}

/**
 * Reads the place-date line among `lines[from, to)`.
 * @example readPlaceDate(text, segmentLines('Quảng Ngãi, ngày 23 tháng 7 năm 2021'), 0, 1) → place 'Quảng Ngãi', date '2021-07-23'
 */
export function readPlaceDate(text: string, lines: Line[], from: number, to: number): PlaceDate {
  const none: PlaceDate = { place: null, date: null };
  if (from >= to || from >= lines.length) return none;
  const base = lines[from]!.span.start;
  const end = lines[Math.min(to, lines.length) - 1]!.span.end;
  const m = PLACE_DATE.exec(text.slice(base, end));
  if (!m) return none;
  const g = m.groups!;
  const [ps, pe] = m.indices!.groups!.place!;
  const [ds, de] = m.indices!.groups!.date!;
  const lineOf = (offset: number) => {
    let i = from;
    while (i + 1 < to && lines[i + 1]!.span.start <= offset) i++;
    return i;
  };
  const place: Found<string> = { value: g.place!.replace(/\s+/gu, ' '), span: { start: base + ps, end: base + pe }, line: lineOf(base + ps) };
  const d = g.d ?? g.d2;
  const mo = g.m ?? g.m2;
  const y = g.y ?? g.y2;
  const iso = d && mo && y ? isoDate(Number(y), Number(mo), Number(d)) : null;
  const date: Found<string> | null = iso ? { value: iso, span: { start: base + ds, end: base + de }, line: lineOf(base + ds) } : null;
  return { place, date };
}

// A line that is only a web page's own date, with optional weekday, label, time and view count:
// 25/03/2024 15:28    126 | Thứ Hai, 25/03/2024 14:30 | Thứ hai, ngày 20/01/2025 - 19:33
// Cập nhật: 10:30, 25/03/2024 | Ngày đăng: 25/03/2024 | 25-03-2024 | Chủ nhật, 3/7/2022 (GMT+7) |
// Cập nhật: 15:30 | 22/04/2025 | Lượt xem: 1.354
const PAGE_DATE =
  /^(?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật)\s*,?\s*)?(?:(?:Cập\s+nhật(?:\s+lúc)?|Ngày\s+cập\s+nhật|Ngày\s+đăng|Đăng\s+ngày|Đăng\s+lúc|Ngày\s+xuất\s+bản|Xuất\s+bản|Ngày\s+ban\s+hành|Thời\s+gian)\s*:?\s*)?(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[,|–-]\s*)?)?(?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})(?:\s*(?:[-–|,]\s*)?\d{1,2}[:hg]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?)?(?:\s*\(?GMT[+-]?\d{0,2}\)?)?(?:\s+\d{1,7}|\s*[|,–-]?\s*(?:Lượt\s+xem|Lượt\s+đọc|Lượt\s+truy\s+cập|Views?)\s*:?\s*\d[\d.,]{0,12})?\s*$/iu;

/**
 * The date a web page shows for itself: a line among `lines[from, to)` that holds nothing but
 * a date (and time, weekday, label or view count). A date inside a sentence is not it.
 * @example readPageDate(segmentLines('Tiêu đề\n25/03/2024 15:28    126'), 0, 2)?.value → '2024-03-25'
 */
export function readPageDate(lines: Line[], from: number, to: number): Found<string> | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (t.length > 80) continue;
    const m = PAGE_DATE.exec(t);
    if (!m) continue;
    const iso = isoDate(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d));
    if (!iso) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const span: Span = { start: line.span.start + lead, end: line.span.start + lead + t.length };
    return { value: iso, span, line: i };
  }
  return null;
}
