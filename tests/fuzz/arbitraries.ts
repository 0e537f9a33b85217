/**
 * fast-check arbitraries for the fuzz tests: text built from the genre's own pieces (markers,
 * dates, unit names, figures, citations, header and footer lines, furniture) joined by every kind
 * of whitespace, plus arbitrary strings, lone surrogates and bytes.
 *
 * Runs are seeded; `npm run fuzz` raises the number of runs (FUZZ_RUNS) and can change the seed
 * (FUZZ_SEED) to explore further.
 */
import fc from 'fast-check';

/** fast-check parameters shared by every property: seeded, and longer under `npm run fuzz`. */
export function fuzzParams(defaultRuns: number): { seed: number; numRuns: number } {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  return {
    seed: Number.isInteger(seed) ? seed : 20260501,
    numRuns: runs > 0 ? Math.max(1, Math.round((runs / 100) * defaultRuns)) : defaultRuns,
  };
}

const MARKERS = ['I.', 'II.', 'IV.', 'XII)', 'Điều 3.', 'Điều 12:', '1.', '2.', '12.', '1)', '1.1.', '2.1.3.', '1.2', 'a)', 'b)', 'đ)', 'b.', '(1)', '(12)', '-', '–', '+', '•', '*', '➢', '1.\n'];
const DATES = [
  'ngày 15/8/2021', 'trước ngày 15/8', 'chậm nhất ngày 30/6/2025', 'trong quý I/2025', 'quý IV năm 2024', '6 tháng cuối năm 2021',
  'ngày 23 tháng 7 năm 2021', 'trong năm 2024', 'đến hết năm 2025', 'hằng tháng', 'thứ Sáu hàng tuần', 'trước ngày 20 hằng tháng',
  'trong 10 ngày kể từ ngày ký', 'thường xuyên', 'giai đoạn 2021 - 2025', 'tháng 11/2021', 'Chiều 26/4', '31/12', '2030',
];
const UNITS = [
  'Sở Tài chính', 'Sở Nội vụ', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'Sở KH&CN', 'Sở Khoa học và Công nghệ',
  'các sở, ban, ngành', 'UBND các huyện: Sơn Hà, Ba Tơ', 'Giám đốc Sở Y tế', 'Trung tâm Kiểm soát bệnh tật (Sở Y tế)',
  'Phòng Quản lý Khoa học', 'Thành phố', 'tỉnh Quảng Nam', 'Bộ Công Thương', 'Văn phòng Chính phủ', 'HĐND', 'TCĐLCL',
];
const FIGURES = ['18.418', '33,3%', '3.500 triệu đồng trở lên', '36/47 nhiệm vụ', '50.074.800 đồng', '7,5 - 8%', '200-300m', '1,2 tỷ USD', '24/7', '100%', '0', '99999999999999999999', '1.000.000.000.000.000'];
const CITATIONS = ['Quyết định số 104/QĐ-UBND ngày 07/02/2023 của UBND tỉnh', 'Nghị quyết 57-NQ/TW', 'Nghị định số 60/2021/NĐ-CP', 'Kế hoạch số 265-KH/TU', 'TCVN 5687:2010', 'Đề án 06', 'Luật Đất đai'];
const WORDS = [
  'Giao', 'chủ trì', 'phối hợp với', 'khẩn trương', 'hoàn thành', 'đề nghị', 'thực hiện', 'báo cáo', 'kết quả', 'đạt', 'phấn đấu',
  'tham mưu', 'theo dõi', 'đôn đốc', 'kịp thời', 'dứt điểm', 'ngay', 'sớm', 'cùng', 'với sự tham gia của', 'như sau:', 'các nhiệm vụ sau:',
  'Về phía', 'Đối với', 'Tiếp tục', 'nhiệm vụ', 'tại kỳ họp gần nhất', 'sau khi Luật được sửa đổi', 'trên', 'dưới', 'khoảng', 'tối đa',
  'năm', 'tháng', 'quý', 'số', 'và', 'của', 'các', 'người', 'doanh nghiệp', 'đồng chí', 'Trên đây là', 'thực hiện Kết luận này./.',
];
const LINES = [
  'ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 45/KL-SKHCN', 'Số:      /KL-UBND',
  'Quảng Ngãi, ngày 23 tháng 7 năm 2021', 'KẾT LUẬN', 'THÔNG BÁO', 'Kết luận của Giám đốc Sở tại cuộc họp giao ban', 'V/v triển khai nhiệm vụ',
  'Kính gửi:', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.', 'GIÁM ĐỐC', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Thành', '(Đã ký)',
  'Cơ quan chủ trì: Sở Tài chính', 'Đơn vị phối hợp: Sở Nội vụ', 'Thời gian thực hiện: Quý II/2025', 'Kinh phí: ngân sách tỉnh', 'Lượt xem: 30',
  'Tin liên quan', 'image advertisement', '0:00 / 0:00', 'Quang cảnh buổi làm việc', 'QUỲNH UYỂN', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ',
  '(Kèm theo Quyết định số 12/QĐ-UBND ngày 01/01/2025)', 'Chủ trì: đồng chí Nguyễn Văn A, Giám đốc Sở', 'Ngày 22/7/2021, Sở tổ chức họp.',
];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n', '\n\n', '  ', '\t', ', ', '; ', '. ', ': ', '\r\n', '\r', '\u00a0', '     ', ' - ', '/', '(', ')', '"', '“', '”', '…', './.'];

/** A piece of the genre's text. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...UNITS) },
  { weight: 2, arbitrary: fc.constantFrom(...FIGURES) },
  { weight: 1, arbitrary: fc.constantFrom(...CITATIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...LINES) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Text of the genre: pieces joined by separators, with some lines starting with a marker. */
export const genreText = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 120 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

/** A document-like text: header lines, marked body lines, footer lines. */
export const documentText = fc
  .tuple(
    fc.array(fc.constantFrom(...LINES), { maxLength: 8 }),
    fc.array(fc.tuple(fc.constantFrom(...MARKERS, '', ''), genreText), { maxLength: 25 }),
    fc.array(fc.constantFrom(...LINES), { maxLength: 8 }),
    fc.constantFrom('\n', '\n\n', '\r\n'),
  )
  .map(([head, body, foot, nl]) => [...head, ...body.map(([m, t]) => `${m} ${t}`), ...foot].join(nl));

/** Any string of UTF-16 code units, lone surrogates and control characters included. */
export const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });

/** Every input kind a string can be. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: genreText },
  { weight: 3, arbitrary: documentText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: anyUnits },
);

/** Bytes: random, text with bytes flipped or cut (a truncated download), UTF-16 with and without BOM. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.tuple(documentText, fc.nat(), fc.uint8Array({ maxLength: 4 })).map(([t, cut, noise]) => {
    const b = new TextEncoder().encode(t);
    const at = b.length ? cut % b.length : 0;
    return Uint8Array.from([...b.subarray(0, at), ...noise]);
  }),
  fc.tuple(documentText, fc.boolean(), fc.boolean()).map(([t, le, bom]) => {
    const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (le) out.push(c & 0xff, c >> 8);
      else out.push(c >> 8, c & 0xff);
    }
    return Uint8Array.from(out);
  }),
);
