/**
 * The layout of the header: where the issuer, the number, the motto, the place-date line and
 * the title are, and the first line of the body after them (and after `V/v`, `Kính gửi:`, a
 * Công điện's addressees and an enacting line such as `CHÍNH PHỦ`).
 */
import type { Line } from '../types.js';
import { readIssuer } from './issuer.js';
import { cleanText, isBlank, isJunk, isMotto, isSeparator, LIST_ITEM, nextNonBlank, opensBody, typeWordOf } from './layout.js';
import { readMetadataTable, type MetadataTable } from './metadata-table.js';
import { readNumber, type Found } from './number.js';
import { readPageDate, readPlaceDate } from './place-date.js';
import { isEnactingLine, readSubject, readTitle, type TitleRead } from './title.js';

export interface HeaderLayout {
  /** An official header was seen: a number, the motto, a place-date line, a type word line or a metadata table. */
  official: boolean;
  number: Found<string> | null;
  place: Found<string> | null;
  /** Date of the place-date line. */
  date: Found<string> | null;
  /** A web page's own date line near the top. */
  pageDate: Found<string> | null;
  /** The type word title, or a Công văn's `V/v` subject. */
  title: TitleRead | null;
  /** The first line that is not page furniture: a web page's headline. */
  headline: Found<string> | null;
  issuer: Found<string> | null;
  meta: MetadataTable;
  /** First body line after an official header (0-based). */
  bodyStart: number;
  /** First line after recognised furniture at the top of a web page (0-based). */
  contentStart: number;
}

// The header lies within the first lines; a type word further down is a heading of the body.
const WINDOW = 60;
// Web furniture above a page's headline: skip links, banners, audio players, counters.
const TOP_FURNITURE =
  /^(?:image\s+(?:banner|advertisement)|truy cập nội dung luôn|bỏ qua nội dung|chuyển đến nội dung chính|skip to (?:main )?content|trang chủ(?:\s*[>»/|›].*)?|lượt xem(?:\s*:)?[\d.,\s]*|\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}|giọng (?:nam|nữ)(?: miền (?:bắc|trung|nam))?|nghe bài viết|đọc bài viết|tốc độ đọc.*|in bài viết|chia sẻ|quay lại|menu)$/iu;
// Kính gửi: … (the addressees of a Công văn, Thông báo or Công điện)
const KINH_GUI = /^Kính\s+gửi\s*[:：]?/iu;

/**
 * 0-based index of the line that holds `offset`.
 * @example lineAt(segmentLines('ab\ncd'), 3) → 1
 */
export function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.span.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Words that open the first sentence of a telegram's body, not a name: "Theo tin của Trung tâm Dự báo …" | "Hồi 07 giờ
// ngày 26/10, …" | "Do ảnh hưởng của …" | "Dự báo …".
const TELEGRAM_BODY = /^(?:Theo|Hồi|Do|Dự báo|Hiện|Từ|Đến|Tính đến)\s/u;

/** The line after an addressee list that starts on `at` (`Kính gửi:` or `THỦ TƯỚNG CHÍNH PHỦ điện:`). */
function afterAddressees(lines: Line[], at: number): number {
  const head = cleanText(lines[at]!.text);
  let end = at + 1;
  // "Kính gửi:" with nothing after it: the addressee is on the next line, with or without a dash.
  let needOne = /[:：]\s*$/u.test(head) || /^Kính\s+gửi\s*$/iu.test(head);
  for (;;) {
    const k = nextNonBlank(lines, end);
    if (k >= lines.length) break;
    const t = cleanText(lines[k]!.text);
    const adjacent = k === end;
    // An addressee wrapped after a comma goes on on the next line, capitalised or not
    // ("- Giám đốc các Sở: …, Y tế,⏎Giáo dục và Đào tạo;").
    // (not the first sentence of a telegram's body, which no name opens: "Theo tin của Trung tâm …", "Hồi 07 giờ …")
    const wrapped = adjacent && /(?:,|\bvà)\s*$/u.test(cleanText(lines[k - 1]!.text)) && t.length <= 160 && !opensBody(t) && !TELEGRAM_BODY.test(t);
    if (LIST_ITEM.test(t) || (needOne && t.length <= 160 && !opensBody(t)) || (adjacent && /^\p{Ll}/u.test(t)) || wrapped) {
      end = k + 1;
      needOne = false;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Finds the header's parts and the first body line.
 * @example findHeader(text, segmentLines('Số: 5/KL-SKHCN\nQuảng Ngãi, ngày 23 tháng 7 năm 2021\nKẾT LUẬN\ncủa Giám đốc Sở\n\nNgày 22/7/2021, …')).bodyStart → 5
 */
export function findHeader(text: string, lines: Line[]): HeaderLayout {
  const n = lines.length;
  const w = Math.min(n, WINDOW);

  let contentStart = 0;
  while (contentStart < w && (isBlank(lines[contentStart]) || TOP_FURNITURE.test(lines[contentStart]!.text.trim()))) contentStart++;
  if (contentStart >= w) contentStart = nextNonBlank(lines, 0);
  const headlineLine = contentStart < n ? lines[contentStart]! : null;
  const headline: Found<string> | null = headlineLine
    ? (() => {
        const lead = headlineLine.text.length - headlineLine.text.trimStart().length;
        const value = headlineLine.text.trim();
        // Only what collapsing changes is replaced: a headline may be a whole one-line file.
        return { value: value.replace(/\s{2,}|[^\S ]/gu, ' '), span: { start: headlineLine.span.start + lead, end: headlineLine.span.start + lead + value.length }, line: contentStart };
      })()
    : null;

  // The number stands above the title: a "Số: …" line under a type word belongs to the body.
  let firstType = -1;
  for (let i = 0; i < Math.min(w, 30) && firstType < 0; i++) if (typeWordOf(lines[i]!.text)) firstType = i;
  const number = readNumber(lines, 0, firstType >= 0 ? firstType : Math.min(w, 30));

  // The type word line: the first after the number or the motto, or a bare type word near the
  // top of a copy that lost its header ("KẾT LUẬN\ncủa Giám đốc Sở …").
  let typeLine = -1;
  let anchorSeen = -1;
  for (let i = 0; i < w; i++) {
    const t = lines[i]!.text;
    if ((number && number.line === i) || (i < 25 && isMotto(t))) anchorSeen = i;
    const typed = typeWordOf(t);
    if (!typed) continue;
    if (anchorSeen >= 0 && i > anchorSeen && i <= anchorSeen + 16) {
      typeLine = i;
      break;
    }
    if (anchorSeen < 0 && i <= contentStart + 12 && typed.rest === '') {
      typeLine = i;
      break;
    }
  }
  // The motto lines of this header: above its title (an attached plan repeats the motto further down).
  let mottoFirst = -1;
  let mottoLast = -1;
  for (let i = 0; i < (typeLine >= 0 ? typeLine : Math.min(w, 25)); i++) {
    if (!isMotto(lines[i]!.text)) continue;
    if (mottoFirst < 0) mottoFirst = i;
    else if (i - mottoLast > 4) break;
    mottoLast = i;
  }
  const anchorLast = Math.max(number?.line ?? -1, mottoLast);

  const headerTo = typeLine >= 0 ? typeLine : Math.min(w, anchorLast >= 0 ? anchorLast + 8 : 30);
  const pd = readPlaceDate(text, lines, 0, headerTo);
  // A web copy's metadata table sits above the document's title.
  const meta = readMetadataTable(lines, 0, typeLine >= 0 ? typeLine : Math.min(w, 40));
  const official = !!number || mottoFirst >= 0 || !!pd.place || typeLine >= 0 || !!meta.type;

  let title: TitleRead | null = typeLine >= 0 ? readTitle(text, lines, typeLine) : null;
  if (!title && official) {
    for (let i = 0; i < headerTo && !title; i++) title = readSubject(text, lines, i);
  }

  const issuerTo = Math.min(...[number?.line, pd.place?.line, typeLine >= 0 ? typeLine : undefined].filter((x): x is number => x !== undefined));
  const issuer = Number.isFinite(issuerTo) ? readIssuer(lines, 0, issuerTo) : null;

  let bodyStart = contentStart;
  if (official) {
    let end = Math.max(
      title ? title.end : 0,
      number ? number.line + 1 : 0,
      mottoLast + 1,
      pd.place ? lineAt(lines, (pd.date ?? pd.place).span.end) + 1 : 0,
      meta.lastLine + 1,
    );
    for (;;) {
      const j = nextNonBlank(lines, end);
      if (j >= n) break;
      const t = cleanText(lines[j]!.text);
      if (isSeparator(t) || isJunk(t)) end = j + 1;
      else if (KINH_GUI.test(t) || (/điện\s*[:：]\s*$/u.test(t) && isEnactingLine(t))) end = afterAddressees(lines, j);
      else if (isEnactingLine(t)) end = j + 1;
      else break;
    }
    bodyStart = nextNonBlank(lines, end);
  }

  const pageDate = readPageDate(lines, contentStart, Math.min(n, contentStart + 12));
  return { official, number, place: pd.place, date: pd.date, pageDate, title, headline, issuer, meta, bodyStart, contentStart };
}
