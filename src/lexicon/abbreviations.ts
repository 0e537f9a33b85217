/**
 * Abbreviations of unit names: the built-in table of the genre (`UBND`, `KH&CN`, `TP.` …) and the
 * abbreviations a document defines for itself in brackets (`Trung tâm Phục vụ hành chính công
 * (TTPVHCC)`, `(sau đây gọi tắt là Ban Chỉ đạo)`).
 *
 * Vocabulary only: `refine/canonical-names.ts` applies it to unit names. The table is applied to unit
 * names, never to running text, so short keys (`TW`, `CA`) cannot eat ordinary words.
 */

/**
 * Built-in abbreviations → their full form, as written in the genre. Keys are matched case-sensitively
 * as whole tokens (letters, digits, `&`, `-`, `,` inside the key); longest key first wins.
 */
export const ORG_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  // Bodies
  ['UBND', 'Ủy ban nhân dân'],
  ['UBTVQH', 'Ủy ban Thường vụ Quốc hội'],
  ['HĐND', 'Hội đồng nhân dân'],
  // Văn phòng Đoàn ĐBQH và HĐND tỉnh
  ['ĐBQH', 'đại biểu Quốc hội'],
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['BTV', 'Ban Thường vụ'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BCH', 'Bộ Chỉ huy'],
  ['BQL', 'Ban Quản lý'],
  // Ban QLDA 6 | BQLDA 85: the numbered project boards of a ministry
  ['BQLDA', 'Ban Quản lý dự án'],
  ['QLDA', 'Quản lý dự án'],
  ['VKSND', 'Viện Kiểm sát nhân dân'],
  ['KSND', 'Kiểm sát nhân dân'],
  ['TAND', 'Tòa án nhân dân'],
  ['NHNN', 'Ngân hàng Nhà nước'],
  ['KBNN', 'Kho bạc Nhà nước'],
  ['BHXH', 'Bảo hiểm xã hội'],
  ['QLTT', 'Quản lý thị trường'],
  // Cổng TTĐT tỉnh: the province's web portal, a unit that posts and informs
  ['TTĐT', 'Thông tin điện tử'],
  // (in unit names only: `Ban Chỉ đạo TƯ`, `các cơ quan T.Ư`; the `TW` of `57-NQ/TW` is a document's number)
  ['TW', 'Trung ương'],
  ['TƯ', 'Trung ương'],
  ['T.Ư', 'Trung ương'],
  ['T.W', 'Trung ương'],
  // Fields of a Bộ / Sở (KH&CN, NN&PTNT …), with the spellings seen: &, -, none
  // Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội
  ['KH,CN&MT', 'Khoa học, Công nghệ và Môi trường'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['KH-CN', 'Khoa học và Công nghệ'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NN-PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NNPTNT', 'Nông nghiệp và Phát triển nông thôn'],
  // the second field alone: Sở Nông nghiệp và PTNT
  ['PTNT', 'Phát triển nông thôn'],
  ['NN&MT', 'Nông nghiệp và Môi trường'],
  ['NN-MT', 'Nông nghiệp và Môi trường'],
  ['NNMT', 'Nông nghiệp và Môi trường'],
  ['LĐTB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Lao động - Thương binh và Xã hội'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['TN-MT', 'Tài nguyên và Môi trường'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['GD-ĐT', 'Giáo dục và Đào tạo'],
  ['GDĐT', 'Giáo dục và Đào tạo'],
  ['VH,TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VH-TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['VH-TT-DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VH&TT', 'Văn hóa và Thể thao'],
  ['VH-TT', 'Văn hóa - Thể thao'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['TT-TT', 'Thông tin và Truyền thông'],
  ['TTTT', 'Thông tin và Truyền thông'],
  ['GTVT', 'Giao thông vận tải'],
  ['GT-VT', 'Giao thông vận tải'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['KH-ĐT', 'Kế hoạch và Đầu tư'],
  ['KHĐT', 'Kế hoạch và Đầu tư'],
  ['KH-TC', 'Kế hoạch - Tài chính'],
  ['KHTC', 'Kế hoạch - Tài chính'],
  ['TCĐLCL', 'Tiêu chuẩn Đo lường Chất lượng'],
  ['TĐC', 'Tiêu chuẩn Đo lường Chất lượng'],
  ['TDTT', 'Thể dục thể thao'],
  ['CNTT', 'Công nghệ thông tin'],
  ['CĐS', 'Chuyển đổi số'],
  ['HC-TH', 'Hành chính - Tổng hợp'],
  ['PCCC', 'Phòng cháy, chữa cháy'],
  // Classes of bodies (lexicon CLASS_ACRONYMS): lower case, as a class is written
  ['TCTD', 'tổ chức tín dụng'],
  ['NHTM', 'ngân hàng thương mại'],
  ['DNNN', 'doanh nghiệp nhà nước'],
  ['QTDND', 'quỹ tín dụng nhân dân'],
  // Places
  ['TP.HCM', 'Thành phố Hồ Chí Minh'],
  ['TP. HCM', 'Thành phố Hồ Chí Minh'],
  ['TP HCM', 'Thành phố Hồ Chí Minh'],
  ['TPHCM', 'Thành phố Hồ Chí Minh'],
  ['TP.', 'Thành phố'],
  ['TP', 'Thành phố'],
]);

// Letters of an acronym, `&` and the `-`/`,` that join its parts: TTPVHCC | KH&CN | LĐTB&XH | VH,TT&DL
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&\-,.]{1,14}$/u;

/** True for a token written as an acronym: `UBND`, `KH&CN`, `TTPVHCC` (at least two capitals). */
export function isAcronym(s: string): boolean {
  return ACRONYM.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/[.,-]$/u.test(s.replace(/^TP\.$/u, 'TP'));
}

/** Folds a letter for initials matching: `Ủ` → `U`, `Đ` → `D`. */
function fold(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/[Đđ]/gu, 'D').toUpperCase();
}

/**
 * The shortest run of words ending the text whose initials spell the acronym; `và` may stand for `&`
 * or be skipped, and dashes are ignored. Null when no run matches.
 * @example longFormOf('… ứng dụng khoa học và công nghệ', 'KH&CN') → 'khoa học và công nghệ'
 */
function longFormOf(before: string, acronym: string): string | null {
  const letters = [...acronym].filter((c) => c !== '-' && c !== ',' && c !== '.').map((c) => (c === '&' ? '&' : fold(c)));
  const words = before.split(/\s+/u).filter(Boolean).slice(-24);
  let li = letters.length - 1;
  let wi = words.length - 1;
  let startWord = -1;
  // Walk back over words and letters together.
  while (wi >= 0 && li >= 0) {
    const w = words[wi]!.replace(/^[“"'(]+|[”"',;:)]+$/gu, '');
    if (!w || /^[-–—]$/u.test(w)) {
      wi--;
      continue;
    }
    if (w.toLowerCase() === 'và' && letters[li] === '&') {
      li--;
      wi--;
      startWord = wi + 1;
      continue;
    }
    if (w.toLowerCase() === 'và') {
      wi--;
      continue;
    }
    if (letters[li] === '&') return null;
    if (fold(w[0]!) !== letters[li]) return null;
    li--;
    startWord = wi;
    wi--;
  }
  if (li >= 0 || startWord < 0) return null;
  return words
    .slice(startWord)
    .join(' ')
    .replace(/^[“"'(]+|[”"',;:]+$/gu, '');
}

/** `s` as a literal inside a regular expression. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// `Trung tâm Phục vụ hành chính công (TTPVHCC)` | `khoa học và công nghệ (KH&CN)` | `Ủy ban nhân dân (UBND)`
const BRACKETED_ACRONYM = /\(\s*([\p{Lu}\d][\p{Lu}\d&\-,.]{1,14})\s*\)/gu;

// `(sau đây gọi tắt là Ban Chỉ đạo)` | `(gọi tắt là Tổ công tác)` | `(sau đây viết tắt là Sở)`
const CALLED_FOR_SHORT = /\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi tắt|viết tắt|gọi chung)\s+là\s*:?\s*[“"]?([^()“”"]{2,60}?)[”"]?\s*\)/giu;

// Words that begin a unit name: an alias of `(gọi tắt là …)` must name a body, not a document
// (`(sau đây gọi tắt là Đề án)` is left out).
const BODY_START =
  /^(?:Ban|Ủy ban|Uỷ ban|Hội đồng|Tổ|Đoàn|Trung tâm|Văn phòng|Sở|Bộ|Cục|Chi cục|Tổng cục|Phòng|Viện|Quỹ|Cơ quan|Công ty|Tổng công ty|Tập đoàn|Liên hiệp|Hội)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])/u;

/**
 * Abbreviations the document defines in brackets, acronym → full form.
 * @example collectDefinedAbbreviations('Trung tâm Phục vụ hành chính công (TTPVHCC) tiếp nhận …')
 *   → Map { 'TTPVHCC' => 'Trung tâm Phục vụ hành chính công' }
 */
export function collectDefinedAbbreviations(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = m[1]!.replace(/[.,-]+$/u, '');
    if (!isAcronym(acronym) || found.has(acronym)) continue;
    const before = text.slice(Math.max(0, m.index! - 200), m.index!);
    const long = longFormOf(before.split(/[\n;:()]/u).pop() ?? '', acronym);
    if (long && long.split(' ').length >= 2) found.set(acronym, long);
  }
  for (const m of text.matchAll(CALLED_FOR_SHORT)) {
    const alias = m[1]!.trim().replace(/[.,;:]+$/u, '');
    if (!/^\p{Lu}/u.test(alias) || found.has(alias)) continue;
    if (!BODY_START.test(alias)) continue;
    const before = text.slice(Math.max(0, m.index! - 160), m.index!).split(/[\n;:.]/u).pop() ?? '';
    // The long form starts at the last mention of the alias, or of its first word: "… thành lập Ban Chỉ đạo
    // chuyển đổi số tỉnh (sau đây gọi tắt là Ban Chỉ đạo)" → "Ban Chỉ đạo chuyển đổi số tỉnh"; "Công ty Cổ phần
    // Xi măng Công Thanh (sau đây gọi tắt là Công ty)" starts at "Công ty", not at "Công Thanh".
    const lastMention = (words: string): number => {
      let found = -1;
      for (const h of before.matchAll(new RegExp(`(?<![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])${escapeRe(words)}(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])`, 'gu'))) found = h.index!;
      return found;
    };
    let at = lastMention(alias);
    if (at < 0) at = lastMention(alias.split(' ')[0]!);
    if (at < 0) continue;
    // A loop, not `replace(/[,\s]+$/)`, which retries from every comma of a long run: n².
    let long = before.slice(at).trim();
    let cut = long.length;
    while (cut > 0 && (long[cut - 1] === ',' || /\s/u.test(long[cut - 1]!))) cut--;
    long = long.slice(0, cut);
    if (long.length > alias.length && long.split(' ').length <= 16) found.set(alias, long);
  }
  return found;
}
