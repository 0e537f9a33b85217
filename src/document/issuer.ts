/**
 * The issuing body, from the left column of the header above the number:
 * `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI` → `Ủy ban nhân dân tỉnh Quảng Ngãi`.
 */
import type { Line } from '../types.js';
import type { Found } from './number.js';
import { unitCase } from './casing.js';
import { cleanText, columns, isJunk, isMotto, isSeparator, isUpper, type Segment } from './layout.js';

// A line that names a body of its own (a new unit), not the rest of the previous line:
// "UBND TỈNH QUẢNG NGÃI" then "SỞ KHOA HỌC VÀ CÔNG NGHỆ" are two bodies; the second issues.
const UNIT_START =
  /^(?:ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|BỘ|BAN|CỤC|TỔNG CỤC|CHI CỤC|VĂN PHÒNG|THỦ TƯỚNG|CHÍNH PHỦ|ĐẢNG ĐOÀN|ĐẢNG ỦY|ĐẢNG ỦY|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|TRUNG TÂM|VIỆN|HỌC VIỆN|TRƯỜNG|CÔNG AN|KHO BẠC|NGÂN HÀNG|TẬP ĐOÀN|TỔNG CÔNG TY|CÔNG TY|QUỐC HỘI|BỘ CHỈ HUY|THANH TRA|KIỂM TOÁN|TÒA ÁN|VIỆN KIỂM SÁT|MẶT TRẬN|LIÊN ĐOÀN|HỘI)(?![\p{L}])/u;

// Lines of a web copy that sit where the issuer would: "VĂN BẢN PHÁP LUẬT KHÁC"
const NOT_ISSUER = /^(?:VĂN BẢN|TIN TỨC|TRANG CHỦ|THÔNG TIN)(?![\p{L}])/u;

/**
 * Reads the issuer from `lines[from, to)` (the lines above the number, the place-date line and
 * the title). Upper-case left columns are grouped into bodies; the last body is the issuer.
 * @example readIssuer(segmentLines('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI'), 0, 2)?.value → 'Ủy ban nhân dân tỉnh Quảng Ngãi'
 */
export function readIssuer(lines: Line[], from: number, to: number): Found<string> | null {
  const groups: { parts: Segment[]; line: number }[] = [];
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const segs = columns(lines[i]!);
    if (!segs.length) continue;
    let seg = segs[0]!;
    // "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" with a single space: cut the motto off.
    if (isMotto(seg.text)) {
      const cut = /\s*(?:CỘNG\s+H(?:ÒA|OÀ)|Độc\s+lập|ĐẢNG\s+CỘNG\s+SẢN)/u.exec(seg.text);
      if (!cut || cut.index === 0) continue;
      seg = { ...seg, text: seg.text.slice(0, cut.index), span: { start: seg.span.start, end: seg.span.start + cut.index } };
    }
    const t = cleanText(seg.text);
    if (!t || isSeparator(t) || isJunk(t) || !isUpper(t) || /\d/u.test(t) || NOT_ISSUER.test(t)) continue;
    if (/^SỐ(?![\p{L}])/u.test(t)) continue;
    const last = groups[groups.length - 1];
    if (!last || UNIT_START.test(t) || i - last.line > 2) groups.push({ parts: [seg], line: i });
    else {
      last.parts.push(seg);
      last.line = i;
    }
  }
  const issuer = groups[groups.length - 1];
  if (!issuer) return null;
  const upper = issuer.parts.map((p) => cleanText(p.text)).join(' ');
  const first = issuer.parts[0]!;
  const lastPart = issuer.parts[issuer.parts.length - 1]!;
  const line = lines.findIndex((l) => l.span.start <= first.span.start && first.span.start <= l.span.end);
  return { value: unitCase(upper), span: { start: first.span.start, end: lastPart.span.end }, line };
}
