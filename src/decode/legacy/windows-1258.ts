/**
 * Windows-1258 through iconv-lite. The code page stores most tones as separate combining marks
 * ("ở" = 0xF5 0xD2, o-horn then hook), so the text is composed to NFC later, in normalize.
 */
import { createRequire } from 'node:module';

type Iconv = { decode(bytes: Uint8Array, encoding: string): string };

let iconv: Iconv | undefined;

/**
 * Decodes Windows-1258 bytes; iconv-lite is loaded on first use, so a UTF-8 parse never loads it.
 * @example decodeWindows1258(Uint8Array.of(0x53, 0xf5, 0xd2)).normalize('NFC') → 'Sở'
 */
export function decodeWindows1258(bytes: Uint8Array): string {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv.decode(bytes, 'windows-1258');
}
