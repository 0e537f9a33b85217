/**
 * Bytes → string: byte-order marks, UTF-16, UTF-8, and a clear error for binary input.
 */
import type { Encoding } from '../schema.js';
import { DirectivesError } from '../errors.js';
import { detectEncoding } from './detect-encoding.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the encoding was guessed from the bytes rather than certain (BOM or valid UTF-8). */
  guessed: boolean;
  /** Count of byte sequences that were not valid in the encoding (replaced by U+FFFD). */
  invalid: number;
}

const DECODER_LABEL: Record<Encoding, string> = {
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1258': 'windows-1258',
  tcvn3: 'utf-8',
  vni: 'utf-8',
};

/**
 * Decodes the raw bytes of a document.
 * @example decodeBytes(new TextEncoder().encode('Kết luận')).text → 'Kết luận'
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Decoded {
  const detected = forced ? { encoding: forced, bomLength: bomLength(bytes, forced), guessed: false } : detectEncoding(bytes);
  if (detected.encoding === 'tcvn3' || detected.encoding === 'vni') {
    throw new DirectivesError('UNSUPPORTED_ENCODING', `the ${detected.encoding} encoding is not supported yet`);
  }
  const body = bytes.subarray(detected.bomLength);
  const text = new TextDecoder(DECODER_LABEL[detected.encoding], { ignoreBOM: true }).decode(body);
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  if (looksBinary(text)) throw new DirectivesError('BINARY_INPUT', 'binary file, not text');
  return { text, encoding: detected.encoding, guessed: detected.guessed, invalid };
}

function bomLength(bytes: Uint8Array, encoding: Encoding): number {
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if (encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) return 2;
  if (encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) return 2;
  return 0;
}

/** Text has no NUL and few control characters; a PDF, image or archive has many. */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) && c !== 27) control++;
    else if (c === 0xfffd) replaced++;
  }
  return control > sample.length * 0.01 || replaced > sample.length * 0.1;
}
