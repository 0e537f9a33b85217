/**
 * Enumeration markers at the start of a paragraph, as the genre writes them, and look-alikes
 * that are not markers (wrapped numbers, figures, dates, abbreviations).
 */
import type { Marker } from '../../src/outline/markers.js';
import { examples, negatives, type CorpusGroup } from '../helpers/corpus.js';

export const MARKER_CORPUS: CorpusGroup<Marker>[] = [
  examples<Marker>({ kind: 'article', label: 'D1' }, ['[Điều 1.] Thông qua chủ trương xây dựng Luật', '[Điều 1] Ban hành kèm theo Quyết định này']),
  examples<Marker>({ kind: 'article', label: 'D12' }, ['[Điều 12:] Tổ chức thực hiện']),
  examples<Marker>({ kind: 'roman', label: 'I' }, ['[I.] Tình hình, kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021', '[I.] MỤC ĐÍCH, YÊU CẦU']),
  examples<Marker>({ kind: 'roman', label: 'II' }, ['[II.] Nhiệm vụ trọng tâm trong 6 tháng cuối năm 2021', '[II)] CƠ QUAN CHỈ ĐẠO']),
  examples<Marker>({ kind: 'roman', label: 'IV' }, ['[IV.] TỔ CHỨC THỰC HIỆN']),
  examples<Marker>({ kind: 'roman', label: 'IX' }, ['[IX.] KIẾN NGHỊ, ĐỀ XUẤT']),
  examples<Marker>({ kind: 'decimal', label: '1', depth: 1 }, ['[1.] Phòng Quản lý Khoa học', '[1.] Những kết quả đạt được']),
  examples<Marker>({ kind: 'decimal', label: '12', depth: 1 }, ['[12.] Sở Tài chính chủ trì, phối hợp với Sở Nội vụ']),
  examples<Marker>({ kind: 'decimal', label: '2.1', depth: 2 }, ['[2.1.] Chương trình nghệ thuật đặc biệt Khai mạc', '[2.1] Chương trình nghệ thuật nhạc trẻ']),
  examples<Marker>({ kind: 'decimal', label: '1.2.3', depth: 3 }, ['[1.2.3.] Rà soát thủ tục hành chính']),
  // a party document's numbering: the dash touches the number, a space follows
  examples<Marker>({ kind: 'decimal', label: '1', depth: 1 }, ['[1-] Ban Thường vụ Tỉnh ủy cơ bản đồng ý với báo cáo', '[1–] Về công tác cán bộ']),
  examples<Marker>({ kind: 'decimal', label: '12', depth: 1 }, ['[12-] Giao Ban cán sự đảng UBND tỉnh lãnh đạo']),
  examples<Marker>({ kind: 'number-paren', label: '3)' }, ['[3)] Tổ chức kiểm tra việc chấp hành']),
  examples<Marker>({ kind: 'letter', label: 'a' }, ['[a)] Về tham mưu ban hành cơ chế, chính sách:', '[a.] Về công tác quản lý']),
  examples<Marker>({ kind: 'letter', label: 'đ' }, ['[đ)] Về công tác thanh tra, kiểm tra:']),
  examples<Marker>({ kind: 'letter', label: 'g' }, ['[g)] Về công tác kế hoạch - tài chính:']),
  examples<Marker>({ kind: 'paren', label: '(1)' }, ['[(1)] Phối hợp chặt chẽ với Phòng Kế hoạch - Tài chính', '[(1)]Khẩn trương tham mưu Giám đốc Sở']),
  examples<Marker>({ kind: 'paren', label: '(12)' }, ['[(12)] Tham mưu UBND tỉnh']),
  examples<Marker>({ kind: 'bullet', label: '-' }, ['[-] Xây dựng Phương án sắp xếp cơ cấu tổ chức', '[-]Thành phố khẩn trương rà soát']),
  examples<Marker>({ kind: 'bullet', label: '+' }, ['[+] Đối với các Sở, ngành, đơn vị cấp Thành phố']),
  examples<Marker>({ kind: 'bullet', label: '•' }, ['[•] Tăng cường kiểm tra, giám sát']),
  examples<Marker>({ kind: 'bullet', label: '*' }, ['[*] Về nhiệm vụ trọng tâm']),
  examples<Marker>({ kind: 'bullet', label: '–' }, ['[–] Giao Bộ Công Thương nghiên cứu kiến nghị']),
  negatives([
    '15 nhiệm vụ KH&CN cấp tỉnh và 02 nhiệm vụ cấp quốc gia',
    '2025 được thông qua tại kỳ họp',
    '2021 - 2025 và định hướng đến năm 2030',
    '1.441 triệu đồng (đạt 41,2% kế hoạch)',
    '22/7/2021, Giám đốc Sở chủ trì Hội nghị',
    'TP. Hồ Chí Minh tăng trưởng 8%',
    'Ông Nguyễn Văn A - Giám đốc Sở',
    'Điều hành ngân sách năm 2021',
    'Ii. không phải số La Mã',
    'Chiều 26/4, Ban Chỉ đạo họp',
    'VI phạm hành chính trong lĩnh vực',
    'Covid-19 đã ảnh hưởng',
    '10 - 15 ngày kể từ ngày nhận hồ sơ',
    '20-25% so với cùng kỳ',
    '15-20 ngày làm việc',
    '2025- 2030 và định hướng',
    // a range whose dash touches its first number, wrapped to a line's start
    '2- 3 lần mỗi tuần',
    '1– 2 tháng tới',
  ]),
];
