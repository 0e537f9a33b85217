/**
 * Which encoding the bytes are in: a byte-order mark, the NUL pattern of UTF-16 without a
 * BOM, valid UTF-8, else the legacy Vietnamese code (Windows-1258, TCVN3 or VNI) whose
 * reading gives the most Vietnamese syllables.
 */
import { isUtf8 } from 'node:buffer';
import type { Encoding } from '../schema.js';
import { decodeTcvn3 } from './legacy/tcvn3.js';
import { decodeVni } from './legacy/vni.js';
import { decodeWindows1258 } from './legacy/windows-1258.js';
import { scoreVietnamese } from './score-vietnamese.js';

export interface DetectedEncoding {
  encoding: Encoding;
  bomLength: number;
  guessed: boolean;
}

/** @example detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41)) → { encoding: 'utf-8', bomLength: 3, guessed: false } */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, guessed: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, guessed: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, guessed: false };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0, guessed: true };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0, guessed: false };
  // Mostly valid UTF-8 with a few broken sequences (a truncated download) stays UTF-8.
  if (utf8ErrorRate(bytes) < 0.001) return { encoding: 'utf-8', bomLength: 0, guessed: true };
  return { encoding: detectLegacyEncoding(bytes), bomLength: 0, guessed: true };
}

/**
 * The legacy code whose reading of the bytes has the most syllables and the fewest non-words.
 * Windows-1258 wins ties: it is what Windows itself saved.
 * @example detectLegacyEncoding(Uint8Array.of(0x56, 0x69, 0x65, 0xe4, 0x74, 0x20, 0x6e, 0x61, 0xea, 0x6d)) → 'vni'
 */
export function detectLegacyEncoding(bytes: Uint8Array): Encoding {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const readings: Array<[Encoding, string]> = [
    ['windows-1258', decodeWindows1258(sample).normalize('NFC')],
    ['tcvn3', decodeTcvn3(sample)],
    ['vni', decodeVni(sample)],
  ];
  let best: Encoding = 'windows-1258';
  let bestScore = -Infinity;
  for (const [encoding, text] of readings) {
    const s = scoreVietnamese(text);
    const score = s.valid - 2 * s.invalid;
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

/** ASCII-heavy UTF-16 text has a NUL in every other byte, on the odd (LE) or even (BE) side. */
function utf16WithoutBom(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

// Validates without decoding: the text is decoded once, later, in the encoding chosen here.
function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

function utf8ErrorRate(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return bad / Math.max(1, text.length);
}
