/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3), the one-byte code of the `.VnTime` fonts: a table from the
 * published chart, a decoder for bytes and for TCVN3 text that arrived inside UTF-8 as Latin-1
 * characters ("TiÕng ViÖt"), an encoder for tests, and the capital restoration that undoes the
 * uppercase-font convention.
 */
import { latin1CharOf, legacyByteOf } from './cp1252.js';

/**
 * VN3 byte → letter. VN3 has no capitals with a tone mark: an uppercase font (`.VnTimeH`) draws
 * the small letter's code as a capital, so "KẾT LUẬN" is stored as the codes of "KếT LUậN".
 */
export const TCVN3_TABLE: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

const BYTE_TO_LETTER = new Map<number, string>(TCVN3_TABLE);
/** The same table keyed by the Latin-1 character a TCVN3 byte shows as when read as Windows-1252. */
const LATIN1_TO_LETTER = new Map<string, string>(TCVN3_TABLE.map(([b, ch]) => [latin1CharOf(b), ch]));
const LETTER_TO_BYTE = new Map<string, number>(TCVN3_TABLE.map(([b, ch]) => [ch, b]));

/** The letters TCVN3 stores only as small letters: their capitals are lost with the font. */
const CAPITAL_LOST = new Set(TCVN3_TABLE.map(([, ch]) => ch).filter((ch) => ch !== ch.toUpperCase() && !LETTER_TO_BYTE.has(ch.toUpperCase())));

/**
 * Decodes TCVN3 bytes; bytes outside the Vietnamese table read as Windows-1252 (quotes, dashes).
 * @example decodeTcvn3(Uint8Array.of(0x4b, 0xd5, 0x54)) → 'KếT'
 */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += BYTE_TO_LETTER.get(b) ?? latin1CharOf(b);
  return out;
}

/**
 * Converts TCVN3 text that was read as Windows-1252 or Latin-1 (mojibake) back to Vietnamese.
 * @example repairTcvn3('TiÕng ViÖt') → 'Tiếng Việt'
 */
export function repairTcvn3(text: string): string {
  let out = '';
  for (const ch of text) {
    // A C1 control (U+0080–U+009F) is the same byte read as Latin-1 instead of Windows-1252.
    const byte = legacyByteOf(ch);
    out += (byte !== null ? BYTE_TO_LETTER.get(byte) : undefined) ?? LATIN1_TO_LETTER.get(ch) ?? ch;
  }
  return out;
}

/**
 * Encodes Unicode text as TCVN3 the way an ABC keyboard driver did: a capital with a tone mark
 * takes the small letter's code. Characters with no code become `?`.
 * @example encodeTcvn3('Kết') → Uint8Array [0x4b, 0xd5, 0x74]
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = LETTER_TO_BYTE.get(ch) ?? LETTER_TO_BYTE.get(ch.toLowerCase());
    if (code !== undefined) out.push(code);
    else out.push(legacyByteOf(ch) ?? 0x3f);
  }
  return Uint8Array.from(out);
}

// A word: letters only, so "KếT:" and "(LUậN)" are words without their punctuation.
const WORD = /\p{L}+/gu;

// A list marker before the first word of a line: "1. " | "a) " | "II. " | "(2) " | "- " | "+ ".
const MARKER = /^[ \t]*(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)][ \t]+|\(\d+\)[ \t]+|[-+•*][ \t]+)?/u;
// ". ở đây…" inside a line: the letter after a full stop starts a sentence.
const INNER_START = /[.!?][ \t]+(?=\p{L})/gu;

/**
 * Offsets where a sentence starts: the first word of a line, unless the line above goes on into
 * it (ends with a small letter or a comma, and is not a heading in capitals: "…đáp\nứng yêu cầu"),
 * and the word after ". " inside a line.
 */
function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>();
  let prev = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const prevText = prev.trimEnd();
    const continued = /[\p{Ll},]$/u.test(prevText) && prevText !== prevText.toUpperCase();
    if (!continued) starts.add(offset + MARKER.exec(line)![0].length);
    for (const m of line.matchAll(INNER_START)) starts.add(offset + m.index + m[0].length);
    if (line.trim()) prev = line;
    offset += line.length + 1;
  }
  return starts;
}

/**
 * Gives back the capitals that TCVN3 cannot store: in a word whose other letters are capitals
 * (`KếT LUậN` → `KẾT LUẬN`); in a word that could be either (`Về`, `ở`) when its neighbours on
 * the line are upper-case words (`CHỉ THị Về VIệC` → `CHỈ THỊ VỀ VIỆC`); and the first letter of a
 * sentence (`ủy ban nhân dân tỉnh…` at the start of a paragraph → `Ủy ban…`); and the name of a
 * government body inside a sentence (`giao ủy ban nhân dân` → `giao Ủy ban nhân dân`). Returns the text
 * and how many words changed.
 * @example restoreTcvn3Capitals('KếT LUậN') → { text: 'KẾT LUẬN', changed: 2 }
 */
export function restoreTcvn3Capitals(text: string): { text: string; changed: number } {
  const upper = restoreUpperWords(text);
  // Second pass, on the result: a heading restored to capitals no longer runs on into the next line.
  const first = restoreSentenceCapitals(upper.text);
  const titles = restoreTitlePhrases(first.text);
  return { text: titles.text, changed: upper.changed + first.changed + titles.changed };
}

function restoreUpperWords(text: string): { text: string; changed: number } {
  const words = [...text.matchAll(WORD)];
  const kind = words.map((m) => caseOf(m[0]));
  return replaceWords(text, words, (word, k) => {
    if (kind[k] === 'upper-but-lost') return word.toUpperCase();
    if (kind[k] !== 'ambiguous') return null;
    const prev = neighbour(text, words, kind, k, -1);
    const next = neighbour(text, words, kind, k, 1);
    // "CHỈ THị Về VIệC", "ĐạO Và Tổ CHứC": capitals on both sides, other such words skipped.
    if (prev && next) return word.toUpperCase();
    // "V. Tổ CHứC THựC HIệN": at the edge of a line, only next to a word that lost its capitals;
    // "Số: 46/CĐ-TTg" stays, since "CĐ" could be either.
    if (prev === null && next === 'lost') return word.toUpperCase();
    if (next === null && prev === 'lost') return word.toUpperCase();
    return null;
  });
}

// Proper names of government bodies that begin with a lost capital, which Vietnamese writes with
// a capital inside a sentence: "giao Ủy ban nhân dân tỉnh" | "Ủy ban Trung ương Mặt trận" |
// "Ủy\nban MTTQ". Not "Tỉnh ủy ban hành" (the provincial party committee issued).
const TITLE_PHRASE = /(?<![\p{L}])ủy(?=\s+ban\s+(?:nhân dân|Thường vụ|Trung ương|Mặt trận|Kiểm tra|Quốc gia|An toàn|MTTQ|\p{Lu}))/gu;

// A name that goes on a name: "Trung Quốc, ấn Độ" (between two capitalised words) |
// "Trung tâm ứng dụng" (after a word that heads an agency's name). Common words that stand in
// such places ("Hà Nội ở Hải Phòng", "Tỉnh ủy") are left alone.
const IN_NAME = /(?<=(?:\p{Lu}\p{Ll}*,? )|(?:(?:Trung tâm|Viện|Cục|Chi cục|Trường|Bệnh viện|Học viện|Công ty|Nhà máy|Quỹ|Đài|Khu) ))(?!(?:ở|ủy|ấy|ạ)(?![\p{L}]))(\p{Ll}+)(?=[ ,.;:]|$)/gmu;

function restoreTitlePhrases(text: string): { text: string; changed: number } {
  let changed = 0;
  let out = text.replace(TITLE_PHRASE, () => (changed++, 'Ủy'));
  out = out.replace(IN_NAME, (word: string, _w: string, offset: number) => {
    if (!CAPITAL_LOST.has(word[0]!)) return word;
    const after = out.slice(offset + word.length, offset + word.length + 2);
    const agency = /(?:Trung tâm|Viện|Cục|Chi cục|Trường|Bệnh viện|Học viện|Công ty|Nhà máy|Quỹ|Đài|Khu) $/u.test(out.slice(Math.max(0, offset - 12), offset));
    // Between two capitalised words, or after an agency's head word.
    if (!agency && !/^ \p{Lu}/u.test(after)) return word;
    changed++;
    return word[0]!.toUpperCase() + word.slice(1);
  });
  return { text: out, changed };
}

function restoreSentenceCapitals(text: string): { text: string; changed: number } {
  const starts = sentenceStarts(text);
  const words = [...text.matchAll(WORD)];
  return replaceWords(text, words, (word, k) => (starts.has(words[k]!.index!) && CAPITAL_LOST.has(word[0]!) ? word[0]!.toUpperCase() + word.slice(1) : null));
}

function replaceWords(text: string, words: RegExpMatchArray[], replace: (word: string, k: number) => string | null): { text: string; changed: number } {
  let changed = 0;
  let out = '';
  let last = 0;
  for (let k = 0; k < words.length; k++) {
    const m = words[k]!;
    const replacement = replace(m[0], k);
    if (replacement === null || replacement === m[0]) continue;
    out += text.slice(last, m.index) + replacement;
    last = m.index! + m[0].length;
    changed++;
  }
  return { text: changed ? out + text.slice(last) : text, changed };
}

/**
 * The nearest word before (-1) or after (1) on the same line that says something about case,
 * skipping words that could be either and one-letter words ("V." of a marker): 'lost' for a
 * word that lost its capitals (`CHứC`), true for another upper-case word, false for a word with
 * small letters, null when the line ends first.
 */
function neighbour(text: string, words: RegExpMatchArray[], kind: WordCase[], k: number, dir: -1 | 1): 'lost' | boolean | null {
  for (let j = k + dir; j >= 0 && j < words.length; j += dir) {
    const a = dir < 0 ? words[j]!.index! + words[j]![0].length : words[j - 1]!.index! + words[j - 1]![0].length;
    const b = dir < 0 ? words[j + 1]!.index! : words[j]!.index!;
    if (text.slice(a, b).includes('\n')) return null;
    if (kind[j] === 'ambiguous' || (words[j]![0].length === 1 && kind[j] === 'other' && words[j]![0] !== words[j]![0].toLowerCase())) continue;
    if (kind[j] === 'upper-but-lost') return 'lost';
    return kind[j] === 'upper';
  }
  return null;
}

type WordCase = 'upper' | 'upper-but-lost' | 'ambiguous' | 'other';

function caseOf(word: string): WordCase {
  let upper = 0;
  let lost = 0;
  let lower = 0;
  for (const ch of word) {
    if (CAPITAL_LOST.has(ch)) lost++;
    else if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  if (lower > 0) return 'other';
  if (lost === 0) return upper >= 2 ? 'upper' : 'other';
  // "KếT": two capitals around the lost one. "Về" and "ở" read as well in lower or title case.
  if (upper >= 2 || (upper === 1 && word[0] === word[0]!.toLowerCase())) return 'upper-but-lost';
  return 'ambiguous';
}
