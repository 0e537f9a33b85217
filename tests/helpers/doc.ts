/**
 * A minimal Word 97 .doc made by hand ([MS-DOC]): an OLE compound file (written with `cfb`) holding
 * a `WordDocument` stream with a FIB and the text, and a `1Table` stream with the piece table. Each
 * piece is either 8-bit (compressed: Windows-1252 bytes) or UTF-16LE, which LibreOffice never
 * writes, so the compressed path is tested only through this. No paragraph properties are written:
 * the reader falls back on its guess for table row ends.
 */
import { createRequire } from 'node:module';

const CFB = createRequire(import.meta.url)('cfb') as {
  utils: { cfb_new: () => unknown; cfb_add: (cfb: unknown, name: string, content: Uint8Array) => unknown };
  write: (cfb: unknown, opts: { type: 'buffer' }) => Uint8Array;
};

export interface DocPiece {
  /** Characters for a UTF-16 piece; for a compressed piece, bytes as a Latin-1 string (0x00–0xFF). */
  text: string;
  compressed?: boolean;
}

export interface DocOptions {
  /** FIB flags at 0x0A (fWhichTblStm 0x0200 is always set; 0x0100 = encrypted). */
  flags?: number;
  nFib?: number;
  /** Put a Prc (formatting) entry before the Pcdt in the Clx. */
  prc?: boolean;
  /** Streams to leave out or add. */
  omitTable?: boolean;
  /** ccpText shorter than the pieces (the rest is footnotes, headers…). */
  ccpText?: number;
}

const TEXT_AT = 0x800;

/**
 * The bytes of a .doc whose main text is the pieces, in order.
 * @example makeDoc([{ text: 'Kết luận\r' }])
 */
export function makeDoc(pieces: DocPiece[], options: DocOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const pcds: Array<{ fc: number; cp: number }> = [];
  let offset = TEXT_AT;
  let cp = 0;
  for (const p of pieces) {
    const bytes = p.compressed ? Uint8Array.from([...p.text].map((c) => c.charCodeAt(0) & 0xff)) : utf16(p.text);
    pcds.push({ fc: p.compressed ? (offset * 2) | 0x40000000 : offset, cp });
    chunks.push(bytes);
    offset += bytes.length;
    cp += p.compressed ? bytes.length : bytes.length / 2;
  }
  const word = new Uint8Array(offset);
  const w = new DataView(word.buffer);
  w.setUint16(0, 0xa5ec, true);
  w.setUint16(2, options.nFib ?? 0xc1, true);
  w.setUint16(0x0a, 0x0200 | (options.flags ?? 0), true);
  w.setUint16(0x20, 14, true); // csw
  w.setUint16(0x3e, 22, true); // cslw
  w.setUint32(0x4c, options.ccpText ?? cp, true); // ccpText
  w.setUint16(0x98, 0x5d, true); // cbRgFcLcb
  let at = TEXT_AT;
  for (const c of chunks) {
    word.set(c, at);
    at += c.length;
  }
  // The Clx: an optional Prc, then the Pcdt with its PlcPcd (n+1 CPs, n PCDs of 8 bytes).
  const n = pcds.length;
  const prc = options.prc ? [0x01, 0x02, 0x00, 0x00, 0x00] : [];
  const lcb = (n + 1) * 4 + n * 8;
  const clx = new Uint8Array(prc.length + 5 + lcb);
  const c = new DataView(clx.buffer);
  clx.set(prc, 0);
  let p = prc.length;
  clx[p] = 0x02;
  c.setUint32(p + 1, lcb, true);
  p += 5;
  pcds.forEach((pcd, i) => c.setUint32(p + i * 4, pcd.cp, true));
  c.setUint32(p + n * 4, cp, true);
  pcds.forEach((pcd, i) => c.setUint32(p + (n + 1) * 4 + i * 8 + 2, pcd.fc, true));
  w.setUint32(0x1a2, 0, true); // fcClx: the Clx starts the table stream
  w.setUint32(0x1a6, clx.length, true); // lcbClx
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/WordDocument', word);
  if (!options.omitTable) CFB.utils.cfb_add(cfb, '/1Table', clx);
  return Uint8Array.from(CFB.write(cfb, { type: 'buffer' }));
}

/** An OLE compound file holding other streams (an .xls's `Workbook`). */
export function makeOle(streams: Record<string, string>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [name, text] of Object.entries(streams)) CFB.utils.cfb_add(cfb, `/${name}`, new TextEncoder().encode(text));
  return Uint8Array.from(CFB.write(cfb, { type: 'buffer' }));
}

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}
