/**
 * Task or info: does the item tell someone to do something, or report, assess, introduce?
 */
import type { TextUnit } from '../types.js';
import { wordPattern } from './run-rules.js';

export type ItemKind = 'task' | 'info';

export interface ItemKindContext {
  /** Titles of the ancestor headings, outermost first. */
  headings: string[];
  /** The document is a news report (instructions only in its concluding part). */
  news: boolean;
  /** A news paragraph after the report turned to its conclusions (`kết luận`, `chỉ đạo`, `đề nghị`). */
  inConclusion: boolean;
}

// Headings whose items state aims or findings, not assignments:
// I. MỤC ĐÍCH, YÊU CẦU | 1. Mục tiêu | 1. Những kết quả đạt được | 2. Tồn tại, hạn chế
const INFO_HEADING = wordPattern(
  '^(?:[IVX]+\\.|\\d+(?:\\.\\d+)*\\.?)?\\s*(?:⟨mục đích⟩|⟨yêu cầu⟩\\s*$|⟨mục tiêu⟩|⟨quan điểm⟩|(?:những |các )?(?:⟨kết quả⟩|⟨tồn tại⟩|⟨hạn chế⟩|⟨khó khăn⟩|⟨nguyên nhân⟩|⟨tình hình⟩|⟨đánh giá⟩|⟨bối cảnh⟩|⟨căn cứ⟩|⟨sự cần thiết⟩|⟨thành phần⟩|⟨thời gian, địa điểm⟩|⟨danh nghĩa⟩)|⟨về tình hình⟩|⟨về kết quả⟩)',
  'iu',
);

// Words that give an instruction: the grammar of assignment and the imperative verbs of the genre.
const DIRECTIVE = wordPattern(
  '⟨(?:giao|đề nghị|yêu cầu|chỉ đạo|chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|cần|phải|khẩn trương|tập trung|tiếp tục|tăng cường|đẩy mạnh|đẩy nhanh|triển khai|tổ chức|thực hiện|xây dựng|hoàn thành|hoàn thiện|rà soát|kiểm tra|tham mưu|nghiên cứu|chủ động|bảo đảm|đảm bảo|nâng cao|hướng dẫn|theo dõi|đôn đốc|quán triệt|ưu tiên|kịp thời|sớm|phấn đấu|quan tâm|củng cố|kiện toàn|ban hành|trình|cập nhật|xử lý|giải quyết|tuyên truyền|phổ biến|vận hành|duy trì|quản lý|tiếp nhận|chuẩn bị|báo cáo|mời|phân công|nghiêm cấm|không để|tránh|cử|bố trí|huy động|rà soát|thúc đẩy|phát huy|nắm chắc|chấn chỉnh|xem xét|thống nhất)⟩',
  'iu',
);

// A report of what was done: "Đã tổ chức …", "… đã đạt được …", attendance and chairing.
const REPORT = wordPattern(
  '^(?:(?:trong|tính đến|qua|năm|sau)[^,]{0,60},\\s*)?(?:[^,.;:]{0,80}\\s)?⟨(?:đã|vừa|được)⟩(?!\\s+(?:giao|phân công))|⟨(?:tham dự|cùng dự|dự họp|tham gia hội nghị|chủ trì hội nghị|chủ trì cuộc họp|chủ trì buổi)⟩|^⟨(?:theo báo cáo|báo cáo cho biết|sau khi nghe|thay mặt)⟩',
  'iu',
);

// A news report turns to its conclusions here.
const CONCLUSION_TURN = wordPattern(
  '⟨(?:kết luận|chỉ đạo|đề nghị|yêu cầu|giao|nhấn mạnh|lưu ý|mong muốn|đặt hàng)⟩',
  'iu',
);

const CLOSING_FORMULA =
  /(?:thực hiện|triển khai|chấp hành|thi hành|quán triệt)[^.]{0,120}(?:Kết luận|Thông báo|Chỉ thị|Kế hoạch|Công điện|Quyết định|Nghị quyết|Công văn|văn bản|Thông tư) này|\.\/\.\s*$/u;

// "… kết luận như sau:" | "… thực hiện các nhiệm vụ sau:" | "… cụ thể như sau:"
const INTRO_ONLY = /(?:như sau|sau đây|các nhiệm vụ sau|những nhiệm vụ sau|các nội dung sau|một số nội dung sau|cụ thể|gồm|bao gồm|trong đó)\s*:\s*$/iu;

/**
 * Says whether an item is a task or info.
 * @example classifyItem({text: '(1) Tham mưu UBND tỉnh ban hành Kế hoạch …'}, {headings: ['Phòng Quản lý Khoa học'], news: false, inConclusion: false}) → 'task'
 */
export function classifyItem(unit: TextUnit, ctx: ItemKindContext): ItemKind {
  const text = unit.text.replace(/\s+/g, ' ').trim();
  if (ctx.headings.some((h) => INFO_HEADING.test(h))) return 'info';
  if (CLOSING_FORMULA.test(text)) return 'info';
  const words = text.split(' ').length;
  if (words < 4) return 'info';
  if (INTRO_ONLY.test(text) && words <= 30) return 'info';
  if (/^(?:[^\s]+\s+){0,12}(?:kết luận|chỉ đạo|phát biểu|nêu rõ)\s+(?:như sau|một số nội dung)?\s*:\s*$/iu.test(text)) return 'info';
  if (!DIRECTIVE.test(text)) return 'info';
  if (REPORT.test(text) && !/(?:đề nghị|yêu cầu|giao|cần|phải|chỉ đạo:)/iu.test(text)) return 'info';
  if (ctx.news && !ctx.inConclusion) return 'info';
  return 'task';
}

/** True when a news paragraph turns the report to its conclusions and instructions. */
export function turnsToConclusion(text: string): boolean {
  return CONCLUSION_TURN.test(text);
}
