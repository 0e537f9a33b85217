/**
 * Any input → Unicode text: finds the format (text, HTML page, .docx, .doc) from the bytes and the
 * path's extension, decodes, runs the format's adapter, and repairs legacy-code paragraphs in
 * the text that results. RTF and PDF files get a one-line error that says how to convert them.
 */
import type { Encoding, Format } from '../schema.js';
import { DirectivesError } from '../errors.js';
import { decodeBytes, repairText, type Repair } from './decode.js';
import { docxToText, isDocx } from '../normalize/docx-to-text.js';
import { docToText, isOle } from '../normalize/doc-to-text.js';
import { htmlToText, looksLikeHtml } from '../normalize/html-to-text.js';

export interface DecodedInput {
  text: string;
  encoding: Encoding;
  format: Format;
  guessed: boolean;
  invalid: number;
  repairs: Repair[];
}

export interface DecodeInputOptions {
  path?: string;
  encoding?: Encoding;
  format?: Format;
}

/**
 * Decodes a document of any supported format to the text that normalization receives.
 * @example decodeInput('<html><body><p>Kết luận</p></body></html>').text → 'Kết luận\n'
 */
export function decodeInput(input: Uint8Array | string, options: DecodeInputOptions = {}): DecodedInput {
  const bytes = typeof input === 'string' ? null : input;
  const format = options.format ?? (bytes ? formatOfBytes(bytes, options.path) : null) ?? formatOfPath(options.path);
  if (format === 'docx') {
    if (!bytes) throw new DirectivesError('BAD_ARGUMENT', 'a .docx document must be given as bytes, not a string');
    if (!isDocx(bytes)) throw new DirectivesError('UNSUPPORTED_FORMAT', 'not a Word .docx file (no zip with word/document.xml)');
    return withRepairs(docxToText(bytes), { encoding: 'utf-8', format, guessed: false, invalid: 0 });
  }
  if (format === 'doc') {
    if (!bytes) throw new DirectivesError('BAD_ARGUMENT', 'a .doc document must be given as bytes, not a string');
    if (!isOle(bytes)) throw new DirectivesError('UNSUPPORTED_FORMAT', 'not a Word .doc file (no OLE compound file)');
    // Word 97+ stores text as UTF-16LE (8-bit pieces are a Windows-1252 shorthand); TCVN3 or VNI
    // typed in a .doc comes out as mojibake, which the repair mends as for .docx.
    const decoded = withRepairs(docToText(bytes), { encoding: 'utf-16le', format, guessed: false, invalid: 0 });
    // Soft hyphens the repair did not turn into "ư" are Word's optional hyphens: invisible.
    return { ...decoded, text: decoded.text.replace(/\u00ad/g, '') };
  }
  const decoded = bytes ? decodeBytes(bytes, options.encoding, { repair: format === 'text' }) : { text: input as string, encoding: 'utf-8' as const, guessed: false, invalid: 0, repairs: [] };
  const html = format === 'html' || (format === null && looksLikeHtml(decoded.text));
  if (html) return withRepairs(htmlToText(decoded.text), { encoding: decoded.encoding, format: 'html', guessed: decoded.guessed, invalid: decoded.invalid });
  if (bytes && format === 'text') return { ...decoded, format: 'text' };
  if (bytes) {
    // Sniffing found no HTML: the mojibake repair that decodeBytes skipped runs now.
    const repaired = repairText(decoded.text);
    return { ...decoded, text: repaired.text, repairs: [...decoded.repairs, ...repaired.repairs], format: 'text' };
  }
  return withRepairs(decoded.text, { encoding: 'utf-8', format: 'text', guessed: false, invalid: 0 });
}

function withRepairs(text: string, rest: Omit<DecodedInput, 'text' | 'repairs'>): DecodedInput {
  const repaired = repairText(text);
  return { ...rest, text: repaired.text, repairs: repaired.repairs };
}

// "kl.DOCX" | "tin.htm" | "archive/2021/kl.html"
const EXTENSION = /\.([a-z0-9]+)$/i;

/** The format an extension promises, or null when it says nothing (`.txt`, none). */
function formatOfPath(path: string | undefined): Format | null {
  const ext = path && path !== '-' ? EXTENSION.exec(path)?.[1]?.toLowerCase() : undefined;
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'docx') return 'docx';
  if (ext === 'doc') return 'doc';
  if (ext === 'txt' || ext === 'text') return 'text';
  return null;
}

/**
 * The format the bytes themselves show (a zip, an OLE compound file, `%PDF`), which beats the
 * extension; throws for the formats that cannot be read.
 */
function formatOfBytes(bytes: Uint8Array, path: string | undefined): Format | null {
  const ext = path ? EXTENSION.exec(path)?.[1]?.toLowerCase() : undefined;
  if (isDocx(bytes)) return 'docx';
  // An OLE compound file: a .doc is read, an .xls/.ppt is refused by docToText, naming it.
  if (isOle(bytes)) return 'doc';
  if (startsWith(bytes, '%PDF-')) {
    throw new DirectivesError('UNSUPPORTED_FORMAT', 'PDF file: save it as text or .docx first (a scanned PDF needs OCR)');
  }
  if (startsWith(bytes, '{\\rtf')) throw new DirectivesError('UNSUPPORTED_FORMAT', 'RTF file: save it as .docx or text first');
  // Web pages saved by Word with a .doc name ("Save as Web Page") are read as HTML.
  if (ext === 'doc') {
    if (looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))) return 'html';
    throw new DirectivesError('UNSUPPORTED_FORMAT', 'not a Word .doc file (no OLE compound file)');
  }
  if (ext === 'pdf') throw new DirectivesError('UNSUPPORTED_FORMAT', 'PDF file: save it as text or .docx first (a scanned PDF needs OCR)');
  if (ext === 'docx') throw new DirectivesError('UNSUPPORTED_FORMAT', 'not a Word .docx file (no zip with word/document.xml)');
  return null;
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}
