/**
 * Vietnamese family names, the first word of a person's name: shared by the readers that must tell a person
 * from a body or a place ("Phó Thủ tướng Vũ Đức Đam 3 lần …", a signer's line, a name run into a unit's).
 */

/** The common family names, in proper case. */
export const COMMON_FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Đinh', 'Đào', 'Trịnh', 'Trương', 'Lâm', 'Lương', 'Tạ', 'Thái', 'Tô', 'Chu', 'Đoàn', 'Quách', 'Triệu',
  'Lưu', 'Kiều', 'Vương', 'Châu', 'Thân', 'Nông', 'Hứa', 'Tống', 'Mạc', 'Lại', 'Phùng', 'Khổng', 'Doãn', 'Đàm',
  'Hầu', 'Lục', 'Ninh', 'Tăng', 'Thạch', 'Mai', 'Cao', 'Hà', 'Lò', 'Lều', 'Giàng', 'Văn',
];

/** Rarer ones, for a line that can only be a name (a signer's). */
const RARE_FAMILY_NAMES: readonly string[] = [
  'Từ', 'Tôn', 'Nghiêm', 'Giang', 'La', 'Ông', 'Diệp', 'Âu', 'Lã', 'Cù', 'Khúc', 'Kim', 'Bế', 'Quan', 'Y', 'Trang',
  'Lạc', 'Lữ', 'Đồng', 'Chung', 'Phí', 'Phó', 'Tiêu', 'Vi', 'Viên', 'Yên', 'Hàn', 'Bạch', 'Cấn', 'Cồ', 'Giáp', 'Hạ',
  'Kha', 'Khương', 'Mạnh', 'Nhữ', 'Thiều', 'Tiết', 'Ưng', 'Khuất', 'Đới',
];

/** Every family name known, in proper case. */
export const ALL_FAMILY_NAMES: ReadonlySet<string> = new Set([...COMMON_FAMILY_NAMES, ...RARE_FAMILY_NAMES]);

/**
 * The common family names that begin no place name, in lower case: a capitalised run inside a unit's name that
 * opens with one of these is a person ("… tỉnh Cà Mau Nguyễn Tiến Hải"); not Hồ, Hà, Mai, Cao, Lâm, Thái, Hoàng,
 * Lý, which begin place names too (Hồ Chí Minh, Hà Nội, Cao Bằng, Lâm Đồng, Thái Bình).
 */
export const FAMILY_NAMES_NOT_PLACES: ReadonlySet<string> = new Set([
  'nguyễn', 'trần', 'lê', 'phạm', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'ngô', 'dương', 'đinh', 'trịnh',
  'trương', 'lương', 'đoàn',
]);
