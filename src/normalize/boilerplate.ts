/**
 * Page furniture of copied web pages: view counters, "Tin liên quan", audio players, photo
 * captions, bylines. Recognised as line ranges to keep out of items; no text is deleted.
 */
import type { Line } from '../types.js';

// Lines that are furniture wherever they stand.
// Lượt xem: 30 | Số lượt truy cập: 1402 | 0:00 / 0:00 | image advertisement | Anh-tin-bai
const FURNITURE_LINE: RegExp[] = [
  /^(?:lượt xem|số lượt (?:truy cập|xem)|tổng số lượt (?:truy cập|xem)|đang (?:truy cập|online|trực tuyến)|lượt truy cập|trong ngày|trong tuần|trong tháng|hôm nay|hôm qua|tất cả|tổng cộng|lượt đọc)\s*[:：]?\s*[\d.,\s]*$/iu,
  /^(?:thống kê truy cập|truy cập nội dung luôn|bỏ qua nội dung|chuyển đến nội dung chính|image (?:advertisement|banner)|anh-tin-bai|ảnh minh họa|ảnh minh hoạ|quảng cáo|advertisement)\s*$/iu,
  /^\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}\s*$/u,
  /^(?:giọng (?:nam|nữ)(?: miền (?:bắc|trung|nam))?|tốc độ đọc|nghe bài viết|đọc bài viết|tải về|in bài viết|chia sẻ|bình luận|theo dõi chúng tôi trên|zalo|facebook|twitter|email|copy link)\s*[:：]?\s*$/iu,
  /^(?:\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?)(?:\s+\d+)?\s*$/u,
  /^(?:\d+\s+){2,}(?:\.\.\.|…)?\s*$/u,
  /^(?:tài liệu đính kèm|file đính kèm|tệp đính kèm|nguồn|theo)\s*[:：].{0,200}$/iu,
  /^\(?(?:ảnh|nguồn ảnh|video)\s*[:：][^\n]{0,80}\)?\s*$/iu,
  /^(?:bản quyền|copyright|©)/iu,
];

// The stamp of a digital signature that copies of official PDFs keep: the time line and the
// signer, e-mail and agency lines just above it.
// Người ký: Cổng Thông tin điện tử Chính phủ | Email: … | Cơ quan: Văn phòng Chính phủ | Thời gian ký: 03.11.2023 16:19:35 +07:00
const SIGNATURE_TIME = /^thời gian ký\s*[:：]\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[+-]\d{2}:?\d{2})?\s*$/iu;
const SIGNATURE_FIELD = /^(?:người ký|ký bởi|email|cơ quan|chức vụ|tổ chức)\s*[:：]/iu;

// Everything after one of these is the site's lists, not the article.
const TRAILER_START = /^(?:tin liên quan|tin khác|tin cùng chuyên mục|các tin khác|bài viết liên quan|tin mới nhất|tin đọc nhiều|xem thêm|có thể bạn quan tâm)\s*[:：]?\s*$/iu;

// Photo captions of news pages: short lines that describe a picture of the meeting.
// Quang cảnh buổi làm việc | Giám đốc Sở … trình bày báo cáo. | Các đại biểu dự hội nghị.
const CAPTION =
  /^(?:(?:quang cảnh|toàn cảnh|các đại biểu|đại biểu|đại diện)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])|.{0,120}(?:phát biểu(?: ý kiến| kết luận| chỉ đạo)?(?: tại| hội nghị| buổi)|dự hội nghị|dự buổi|tại buổi làm việc|tại cuộc họp|tại hội nghị|trình bày báo cáo|báo cáo tại|đóng góp ý kiến|kl tại|chủ trì hội nghị|tặng hoa|trao tặng|chụp ảnh)[^.;:]{0,60}\.?$)/iu;

const PROPER_NAME_LINE = /^(?:\p{Lu}[\p{Ll}\p{M}]*\s+){0,4}\p{Lu}[\p{Ll}\p{M}]*\s*$|^[\p{Lu}\s]{3,40}$/u;

/**
 * Returns the 0-based indices of the lines that are page furniture.
 * @param news true for documents without an official header (captions and bylines are looked for)
 * @example findFurniture(segmentLines('Lượt xem: 30\nNội dung'), true) → Set {0}
 */
export function findFurniture(lines: Line[], news: boolean): Set<number> {
  const furniture = new Set<number>();
  let trailerFrom = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    // Counters are often listed as bullets: "• Đang online: 1".
    const bare = t.replace(/^[-–•*+·●▪◦]\s*/u, '');
    if (FURNITURE_LINE.some((re) => re.test(bare))) furniture.add(i);
    else if (SIGNATURE_TIME.test(t)) {
      furniture.add(i);
      for (let j = i - 1; j >= 0 && j >= i - 4 && SIGNATURE_FIELD.test(lines[j]!.text.trim()); j--) furniture.add(j);
    }
    else if (TRAILER_START.test(t) && i > lines.length * 0.3) {
      trailerFrom = i;
      break;
    } else if (news && isCaption(lines, i, t)) furniture.add(i);
  }
  if (trailerFrom >= 0) for (let i = trailerFrom; i < lines.length; i++) furniture.add(i);
  if (news) markByline(lines, furniture, trailerFrom >= 0 ? trailerFrom : lines.length);
  return furniture;
}

/** A caption is one short line standing alone, never a sentence that instructs. */
function isCaption(lines: Line[], i: number, t: string): boolean {
  if (t.length > 160 || /[;:]\s*$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  if (words > 22) return false;
  if (/(?:yêu cầu|đề nghị|giao|chỉ đạo:)/iu.test(t)) return false;
  return CAPTION.test(t);
}

/** The author's name on the last content line of a news page (`QUỲNH UYỂN`, `Nguyễn Thị Bích Thảo`). */
function markByline(lines: Line[], furniture: Set<number>, end: number): void {
  for (let i = end - 1; i >= 0; i--) {
    const t = lines[i]!.text.trim();
    if (!t || furniture.has(i)) continue;
    if (t.length <= 40 && PROPER_NAME_LINE.test(t) && !/[.:;]$/.test(t)) furniture.add(i);
    return;
  }
}
