/**
 * Sentence case for names printed in capitals in headers and signatures:
 * `ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI` → `Ủy ban nhân dân tỉnh Quảng Ngãi`, `PHÓ CHỦ TỊCH` → `Phó Chủ tịch`.
 *
 * The rules are the administrative writing convention, kept simple:
 * - fixed names keep their usual case (`Chính phủ`, `Quốc hội`, `Ủy ban nhân dân`, `Tỉnh ủy`);
 * - after a unit word (`Sở`, `Bộ`, `Cục`, `Ban`, `Trung tâm` …) the next word is capitalised, and so
 *   is the word after `và` or a comma inside the name (`Sở Khoa học và Công nghệ`,
 *   `Bộ Văn hóa, Thể thao và Du lịch`);
 * - after a locality word (`tỉnh`, `thành phố`, `huyện`, `xã` …) every word is a proper name
 *   (`tỉnh Quảng Ngãi`, `thành phố Hồ Chí Minh`);
 * - `UBND`/`HĐND` are expanded, old tone placement is modernised (`UỶ` → `Ủy`, `HOÁ` → `hóa`).
 * Words the rules do not know stay lower case: `Bộ Công Thương` needs its own entry.
 */

// Whole phrases with a fixed case, longest first within the same start.
const FIXED: ReadonlyArray<readonly [string, string]> = [
  ['ủy ban nhân dân', 'Ủy ban nhân dân'],
  ['hội đồng nhân dân', 'Hội đồng nhân dân'],
  ['ủy ban thường vụ quốc hội', 'Ủy ban Thường vụ Quốc hội'],
  ['mặt trận tổ quốc việt nam', 'Mặt trận Tổ quốc Việt Nam'],
  ['ban chấp hành trung ương', 'Ban Chấp hành Trung ương'],
  ['ban chấp hành', 'Ban Chấp hành'],
  ['ban thường vụ', 'Ban Thường vụ'],
  ['ban cán sự đảng', 'Ban cán sự đảng'],
  ['ban bí thư', 'Ban Bí thư'],
  ['ban chỉ đạo', 'Ban Chỉ đạo'],
  ['bộ chính trị', 'Bộ Chính trị'],
  ['bộ công thương', 'Bộ Công Thương'],
  ['đảng đoàn', 'Đảng đoàn'],
  ['đảng ủy', 'Đảng ủy'],
  ['tỉnh ủy', 'Tỉnh ủy'],
  ['thành ủy', 'Thành ủy'],
  ['huyện ủy', 'Huyện ủy'],
  ['chính phủ', 'Chính phủ'],
  ['thủ tướng', 'Thủ tướng'],
  ['quốc hội', 'Quốc hội'],
  ['trung ương', 'Trung ương'],
  ['nhà nước', 'Nhà nước'],
  ['việt nam', 'Việt Nam'],
  ['văn phòng', 'Văn phòng'],
];

// Unit words: the name that follows them is capitalised.
const UNIT_WORDS = [
  'tổng cục',
  'chi cục',
  'cục',
  'sở',
  'bộ',
  'ban',
  'trung tâm',
  'học viện',
  'viện',
  'trường',
  'phòng',
  'vụ',
  'kho bạc',
  'ngân hàng',
  'tập đoàn',
  'tổng công ty',
  'công ty',
  'đài',
  'hội',
  'liên đoàn',
  'thanh tra',
  'công an',
  'bộ chỉ huy',
  'ủy ban',
];

// Locality words: every word after them is part of a place name.
const LOCALITY_WORDS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'];

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * Modern tone placement on upper- or lower-case text (`quý` keeps its `u`: it belongs to `qu`).
 * @example modernTones('UỶ BAN, văn hoá') → 'ỦY BAN, văn hóa'
 */
export function modernTones(s: string): string {
  const oa: Record<string, string> = { Á: 'ÓA', À: 'ÒA', Ả: 'ỎA', Ã: 'ÕA', Ạ: 'ỌA', á: 'óa', à: 'òa', ả: 'ỏa', ã: 'õa', ạ: 'ọa' };
  const uy: Record<string, string> = { Ý: 'ÚY', Ỳ: 'ÙY', Ỷ: 'ỦY', Ỹ: 'ŨY', Ỵ: 'ỤY', ý: 'úy', ỳ: 'ùy', ỷ: 'ủy', ỹ: 'ũy', ỵ: 'ụy' };
  return s
    .replace(/([Oo])([ÁÀẢÃẠáàảãạ])(?![\p{L}])/gu, (_, o: string, a: string) => (o === 'O' ? oa[a]! : oa[a]!.toLowerCase()))
    .replace(/(?<![Qq])([Uu])([ÝỲỶỸỴýỳỷỹỵ])(?![\p{L}])/gu, (_, u: string, y: string) => (u === 'U' ? uy[y]! : uy[y]!.toLowerCase()));
}

function startsWithPhrase(words: string[], i: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  for (let k = 0; k < parts.length; k++) if (words[i + k]?.replace(/[,.;:]$/u, '') !== parts[k]) return false;
  return true;
}

/**
 * Sentence-cases the name of a body printed in capitals.
 * @example unitCase('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI') → 'Ủy ban nhân dân tỉnh Quảng Ngãi'
 */
export function unitCase(upper: string): string {
  const expanded = modernTones(upper.replace(/\s+/gu, ' ').trim())
    .replace(/(?<![\p{L}])UBND(?![\p{L}])/gu, 'ỦY BAN NHÂN DÂN')
    .replace(/(?<![\p{L}])HĐND(?![\p{L}])/gu, 'HỘI ĐỒNG NHÂN DÂN')
    .replace(/(?<![\p{L}])TP\.\s*/gu, 'THÀNH PHỐ ');
  const words = expanded.toLowerCase().split(' ');
  const out: string[] = [];
  let mode: 'plain' | 'name-start' | 'name' | 'place' = 'plain';
  for (let i = 0; i < words.length; ) {
    const fixed = FIXED.find(([p]) => startsWithPhrase(words, i, p));
    if (fixed) {
      const n = fixed[0].split(' ').length;
      const tail = words[i + n - 1]!.match(/[,.;:]$/u)?.[0] ?? '';
      out.push(fixed[1] + tail);
      i += n;
      mode = fixed[0] === 'ủy ban nhân dân' || fixed[0] === 'hội đồng nhân dân' ? 'plain' : mode === 'place' ? 'place' : 'plain';
      continue;
    }
    // "xã hội" (society) is no commune: "Bộ Lao động - Thương binh và Xã hội"
    const social = words[i] === 'xã' && words[i + 1]?.startsWith('hội');
    const locality = mode !== 'place' && !social ? LOCALITY_WORDS.find((p) => startsWithPhrase(words, i, p)) : undefined;
    if (locality) {
      const n = locality.split(' ').length;
      out.push(...words.slice(i, i + n));
      i += n;
      mode = 'place';
      continue;
    }
    const unit = mode === 'plain' ? UNIT_WORDS.find((p) => startsWithPhrase(words, i, p)) : undefined;
    if (unit) {
      const n = unit.split(' ').length;
      out.push(...words.slice(i, i + n));
      i += n;
      mode = 'name-start';
      continue;
    }
    const w = words[i]!;
    if (mode === 'place' || mode === 'name-start') {
      out.push(capitalise(w));
      if (mode === 'name-start') mode = 'name';
    } else if (mode === 'name') {
      // "và Công nghệ", ", Thể thao": a new part of a compound name
      const prev = out[out.length - 1] ?? '';
      out.push(prev === 'và' || prev === '-' || prev.endsWith(',') ? capitalise(w) : w);
    } else out.push(w);
    i++;
  }
  return capitalise(out.join(' '));
}

/**
 * Sentence-cases an office printed in capitals: each office word starts with a capital letter
 * (`Phó Chủ tịch`, `Chánh Văn phòng`, `Bộ trưởng, Chủ nhiệm`); a body named after it is cased
 * by `unitCase` (`Giám đốc Sở Tài chính`).
 * @example officeCase('PHÓ CHÁNH VĂN PHÒNG') → 'Phó Chánh Văn phòng'
 */
export function officeCase(upper: string): string {
  const s = modernTones(upper.replace(/\s+/gu, ' ').trim());
  // The office ends where a body starts: "GIÁM ĐỐC SỞ TÀI CHÍNH", "CHỦ TỊCH UBND TỈNH"
  const unit = /\s(?=(?:SỞ|BỘ(?!\s+TRƯỞNG)|ỦY BAN|UỶ BAN|UBND|HĐND|CỤC(?!\s+TRƯỞNG)|TỔNG CỤC|CHI CỤC|BAN(?!\s+(?:CHỈ ĐẠO|THƯỜNG VỤ))|TỈNH|THÀNH PHỐ|HUYỆN|TRUNG TÂM|VIỆN(?!\s+TRƯỞNG)|CHÍNH PHỦ|NGÂN HÀNG)(?![\p{L}]))/iu.exec(s);
  const office = unit ? s.slice(0, unit.index) : s;
  const body = unit ? s.slice(unit.index + 1) : '';
  const words = office.toLowerCase().split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = out[out.length - 1] ?? '';
    // First word, after "phó"/"chánh", after a comma, and the head of a two-word office:
    // "Phó Chủ tịch" | "Chánh Văn phòng" | "Bộ trưởng, Chủ nhiệm" | "Tổng Giám đốc" (but "Tổng cục trưởng")
    const capital =
      i === 0 ||
      prev.endsWith(',') ||
      /^(?:phó|chánh)$/iu.test(prev) ||
      (/^tổng$/iu.test(prev) && w !== 'cục') ||
      (w === 'thường' && words[i + 1] === 'trực');
    out.push(capital ? capitalise(w) : w);
  }
  const officeText = out.join(' ');
  return body ? `${officeText} ${unitCase(body)}` : officeText;
}
