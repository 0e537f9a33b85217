/**
 * VNI-Windows, the code of the `VNI-Times` fonts: a base letter followed by one or two mark bytes
 * ("Vieät" = V i e + 0xE4, circumflex and dot below), plus single bytes for đ, ư and the tones of
 * i and y. A table from the published chart, a decoder for bytes and for VNI text that arrived in
 * UTF-8 as Windows-1252 characters ("Tieáng Vieät"), and an encoder for tests.
 */
import { decodeCp1252, legacyByteOf } from './cp1252.js';

/** The tone marks, in the order ` ´ ̉ ˜ ̣ (huyền, sắc, hỏi, ngã, nặng), as small-letter mark bytes. */
const TONE_MARKS = [0xf8, 0xf9, 0xfb, 0xf5, 0xef] as const;
/** Circumflex alone, then circumflex with each tone: â á… as "a"+byte. */
const CIRCUMFLEX = [0xe2, 0xe0, 0xe1, 0xe5, 0xe3, 0xe4] as const;
/** Breve alone, then breve with each tone. */
const BREVE = [0xea, 0xe8, 0xe9, 0xfa, 0xfc, 0xeb] as const;

/** Letters with their tones, in the order of TONE_MARKS after the toneless letter. */
const TONED: Record<string, string> = {
  a: 'aàáảãạ', ă: 'ăằắẳẵặ', â: 'âầấẩẫậ', e: 'eèéẻẽẹ', ê: 'êềếểễệ', i: 'iìíỉĩị', o: 'oòóỏõọ',
  ô: 'ôồốổỗộ', ơ: 'ơờớởỡợ', u: 'uùúủũụ', ư: 'ưừứửữự', y: 'yỳýỷỹỵ',
};

/** Single-byte letters: đ, ơ, ư, and i with each tone, ỵ. A tone mark may follow ơ and ư: "lôùn" = lớn. */
const SINGLE: ReadonlyArray<readonly [number, string]> = [
  [0xf1, 'đ'], [0xf4, 'ơ'], [0xf6, 'ư'], [0xec, 'ì'], [0xed, 'í'], [0xe6, 'ỉ'], [0xf3, 'ĩ'], [0xf2, 'ị'], [0xee, 'ỵ'],
];

/** Every VNI byte sequence (as small letters) → its letter. A capital's bytes are each 0x20 lower. */
function buildTable(): Array<readonly [number[], string]> {
  const rows: Array<readonly [number[], string]> = [];
  const toned = (letter: string, base: number[]) => {
    const forms = [...TONED[letter]!];
    TONE_MARKS.forEach((mark, t) => rows.push([[...base, mark], forms[t + 1]!]));
  };
  for (const v of ['a', 'e', 'o', 'u', 'y']) toned(v, [v.charCodeAt(0)]);
  for (const [v, shaped] of [['a', 'â'], ['e', 'ê'], ['o', 'ô']] as const) CIRCUMFLEX.forEach((b, t) => rows.push([[v.charCodeAt(0), b], [...TONED[shaped]!][t]!]));
  BREVE.forEach((b, t) => rows.push([[0x61, b], [...TONED['ă']!][t]!]));
  toned('ơ', [0xf4]);
  toned('ư', [0xf6]);
  for (const [b, ch] of SINGLE) rows.push([[b], ch]);
  const capitals = rows.map(([seq, ch]) => [seq.map((b) => (b >= 0x61 && b <= 0x7a) || b >= 0xe0 ? b - 0x20 : b), ch.toUpperCase()] as const);
  return [...rows, ...capitals];
}

/** `[bytes, letter]` for every letter VNI writes with bytes above ASCII or with marks. */
export const VNI_TABLE: ReadonlyArray<readonly [readonly number[], string]> = buildTable();

/** Sequences keyed by their Windows-1252 reading, for decoding and repair alike. */
const SEQUENCE_TO_LETTER = new Map<string, string>();
for (const [seq, ch] of VNI_TABLE) SEQUENCE_TO_LETTER.set(decodeCp1252(Uint8Array.from(seq)), ch);
const LETTER_TO_SEQUENCE = new Map<string, readonly number[]>(VNI_TABLE.map(([seq, ch]) => [ch, seq]));

/**
 * Decodes VNI-Windows bytes; bytes that are not part of a letter read as Windows-1252.
 * @example decodeVni(Uint8Array.of(0x56, 0x69, 0x65, 0xe4, 0x74)) → 'Việt'
 */
export function decodeVni(bytes: Uint8Array): string {
  return repairVni(decodeCp1252(bytes));
}

/**
 * Converts VNI text that was read as Windows-1252 or Latin-1 (mojibake) back to Vietnamese.
 * A mark after a capital may be written small or capital ("Vieät", "VIEÄT", "Uûy ban").
 * @example repairVni('Tieáng Vieät') → 'Tiếng Việt'
 */
export function repairVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    let done = false;
    // Longest first: "eäu" is ệ + u, "eä" before "e".
    for (let len = 2; len >= 1 && !done; len--) {
      if (i + len > text.length) continue;
      const piece = text.slice(i, i + len);
      const letter = SEQUENCE_TO_LETTER.get(asCp1252(piece)) ?? (len > 1 ? mixedCase(piece) : undefined);
      if (letter !== undefined) {
        out += letter;
        i += len;
        done = true;
      }
    }
    if (!done) out += text[i++];
  }
  return out;
}

/** A capital with a small mark, as a title-case word was often typed: "Uûy" = Ủy. */
function mixedCase(piece: string): string | undefined {
  const base = piece[0]!;
  const rest = piece.slice(1);
  const lower = SEQUENCE_TO_LETTER.get(asCp1252(base.toLowerCase() + rest.toLowerCase()));
  if (lower === undefined) return undefined;
  return base === base.toUpperCase() && base !== base.toLowerCase() ? lower.toUpperCase() : lower;
}

/** A C1 control read through Latin-1 stands for the Windows-1252 character of the same byte. */
function asCp1252(piece: string): string {
  let out = '';
  for (const ch of piece) {
    const b = legacyByteOf(ch);
    out += b !== null && b >= 0x80 && b < 0xa0 ? decodeCp1252(Uint8Array.of(b)) : ch;
  }
  return out;
}

/**
 * Encodes Unicode text as VNI-Windows. Characters with no code become `?`.
 * @example encodeVni('Việt') → Uint8Array [0x56, 0x69, 0x65, 0xe4, 0x74]
 */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const seq = LETTER_TO_SEQUENCE.get(ch);
    if (seq) out.push(...seq);
    else out.push(legacyByteOf(ch) ?? 0x3f);
  }
  return Uint8Array.from(out);
}
