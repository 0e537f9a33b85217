/**
 * The Windows-1252 layer under TCVN3 and VNI: their fonts were built on Windows' Western code page,
 * so bytes outside the Vietnamese letters are Windows-1252 (curly quotes, dashes), and text pasted
 * from such files arrives in Unicode as the Windows-1252 (or Latin-1) reading of the bytes.
 */

/** Windows-1252 0x80–0x9F; the five undefined bytes keep their C1 control. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const HIGH_CHAR_TO_BYTE = new Map<string, number>([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));

/**
 * The Windows-1252 character of a byte.
 * @example latin1CharOf(0x93) → '“'
 */
export function latin1CharOf(byte: number): string {
  return byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
}

/**
 * The byte behind a character of a Windows-1252 or Latin-1 reading, or null for any other character.
 * @example legacyByteOf('Õ') → 0xd5
 */
export function legacyByteOf(ch: string): number | null {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 0x100) return c;
  return HIGH_CHAR_TO_BYTE.get(ch) ?? null;
}

/**
 * Decodes bytes as Windows-1252.
 * @example decodeCp1252(Uint8Array.of(0x93, 0x41, 0x94)) → '“A”'
 */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += latin1CharOf(b);
  return out;
}

/** True when every character of the text is one a Windows-1252 or Latin-1 reading can produce. */
export function isLegacyReadable(text: string): boolean {
  for (const ch of text) if (legacyByteOf(ch) === null) return false;
  return true;
}
