/**
 * Bytes → string: byte-order marks, UTF-16, UTF-8, the legacy Vietnamese codes (Windows-1258,
 * TCVN3, VNI), TCVN3 and VNI paragraphs inside UTF-8, and a clear error for binary input.
 */
import type { Encoding } from '../schema.js';
import type { Span } from '../types.js';
import { DirectivesError } from '../errors.js';
import { detectEncoding } from './detect-encoding.js';
import { decodeTcvn3, restoreTcvn3Capitals } from './legacy/tcvn3.js';
import { decodeVni } from './legacy/vni.js';
import { decodeWindows1258 } from './legacy/windows-1258.js';
import { ranges, repairMojibake, type Repair } from './repair-mojibake.js';

export type { Repair } from './repair-mojibake.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the encoding was guessed from the bytes rather than certain (BOM or valid UTF-8). */
  guessed: boolean;
  /** Count of byte sequences that were not valid in the encoding (replaced by U+FFFD). */
  invalid: number;
  /** Lines converted from mojibake or given back their capitals, for ENCODING_REPAIRED warnings. */
  repairs: Repair[];
}

export interface DecodeOptions {
  /**
   * Repair TCVN3 and VNI paragraphs inside Unicode text (default true). An HTML page is repaired
   * after its text is extracted instead, so that the lines named in warnings are the text's.
   */
  repair?: boolean;
}

/**
 * Decodes the raw bytes of a document.
 * @example decodeBytes(new TextEncoder().encode('Kết luận')).text → 'Kết luận'
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding, options: DecodeOptions = {}): Decoded {
  const detected = forced ? { encoding: forced, bomLength: bomLength(bytes, forced), guessed: false } : detectEncoding(bytes);
  const body = bytes.subarray(detected.bomLength);
  let text = decodeAs(body, detected.encoding);
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  if (looksBinary(text)) throw new DirectivesError('BINARY_INPUT', 'binary file, not text');
  let repairs: Repair[] = [];
  if (detected.encoding === 'tcvn3') ({ text, repairs } = restoreCapitals(text));
  else if (options.repair !== false && detected.encoding !== 'vni' && detected.encoding !== 'windows-1258') ({ text, repairs } = repairMojibake(text));
  return { text, encoding: detected.encoding, guessed: detected.guessed, invalid, repairs };
}

/**
 * Repairs TCVN3 and VNI paragraphs in text that is already Unicode (a string input, or the text
 * extracted from an HTML page or a .docx file).
 * @example repairText('Tieáng Vieät').text → 'Tiếng Việt'
 */
export function repairText(text: string): { text: string; repairs: Repair[] } {
  return repairMojibake(text);
}

/**
 * The ENCODING_REPAIRED warnings of a list of repairs: message and span, in the normalized text
 * (repairs never add or remove a line, and normalization keeps the line count).
 * @example describeRepairs('a\nKẾT', [{ kind: 'capitals', firstLine: 1, lastLine: 1 }])[0].span → { start: 2, end: 5 }
 */
export function describeRepairs(normalized: string, repairs: Repair[]): Array<{ message: string; span: Span }> {
  if (!repairs.length) return [];
  const starts = [0];
  for (let i = normalized.indexOf('\n'); i >= 0; i = normalized.indexOf('\n', i + 1)) starts.push(i + 1);
  const endOf = (line: number) => (line + 1 < starts.length ? starts[line + 1]! - 1 : normalized.length);
  const what: Record<Repair['kind'], string> = {
    tcvn3: 'TCVN3 (ABC) text inside Unicode, converted',
    vni: 'VNI text inside Unicode, converted',
    capitals: 'capitals that TCVN3 cannot store, restored',
  };
  return repairs
    .filter((r) => r.firstLine < starts.length)
    .map((r) => {
      const last = Math.min(r.lastLine, starts.length - 1);
      const lines = r.firstLine === last ? `line ${r.firstLine + 1}` : `lines ${r.firstLine + 1}–${last + 1}`;
      return { message: `${lines}: ${what[r.kind]}`, span: { start: starts[r.firstLine]!, end: endOf(last) } };
    });
}

function decodeAs(body: Uint8Array, encoding: Encoding): string {
  switch (encoding) {
    case 'windows-1258':
      return decodeWindows1258(body);
    case 'tcvn3':
      return decodeTcvn3(body);
    case 'vni':
      return decodeVni(body);
    default:
      return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  }
}

/** A whole TCVN3 file: capitals typed with an uppercase font come back as small letters. */
function restoreCapitals(text: string): { text: string; repairs: Repair[] } {
  const restored = restoreTcvn3Capitals(text);
  if (!restored.changed) return { text, repairs: [] };
  const before = text.split(/\r\n|\r|\n/);
  const after = restored.text.split(/\r\n|\r|\n/);
  const kinds = after.map((line, i) => (line !== before[i] ? ('capitals' as const) : null));
  return { text: restored.text, repairs: ranges(kinds, after.map((l) => !l.trim())) };
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
