/**
 * Verbs that give an order when they open a clause with no subject before them: `Trong tháng 12/2025,
 * rà soát …` | `…, tập trung giải ngân … đạt 100%` | `…, khẩn trương hoàn thành …`. Data, not logic.
 *
 * Narrower than `DIRECTIVE_WORDS` of `extract/item-kind.ts`: only words that are not also the subject
 * noun of a reported clause (`giải ngân vốn … đạt 45%`, `tổ chức … đã`, `thực hiện Nghị quyết …, Sở đã`,
 * `báo cáo …`, `xây dựng tăng 7%`), so that a main clause opening on one of them is an instruction.
 */
export const IMPERATIVE_OPENERS: readonly string[] = [
  'khẩn trương', 'tập trung', 'tiếp tục', 'tăng cường', 'đẩy mạnh', 'đẩy nhanh', 'triển khai', 'hoàn thành',
  'hoàn thiện', 'rà soát', 'kiểm tra', 'chủ động', 'phấn đấu', 'quyết liệt', 'kiên quyết', 'nghiêm túc',
  'chỉ đạo', 'yêu cầu', 'đề nghị', 'chủ trì', 'phối hợp', 'tham mưu', 'nghiên cứu', 'ban hành', 'bảo đảm',
  'đảm bảo', 'nâng cao', 'hướng dẫn', 'đôn đốc', 'theo dõi', 'quán triệt', 'ưu tiên', 'kịp thời', 'sớm',
  'cần', 'phải', 'khắc phục', 'chấn chỉnh', 'xem xét', 'đề xuất', 'tổng hợp', 'cập nhật', 'tuyên truyền',
  'huy động', 'thúc đẩy', 'cải thiện', 'không để', 'tránh',
];

/** The openers as a regex alternation, a hard wrap allowed between the words of one. */
export const IMPERATIVE_OPENERS_SOURCE: string = IMPERATIVE_OPENERS.map((w) => w.replaceAll(' ', String.raw`\s+`)).join('|');
