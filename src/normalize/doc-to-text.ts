/**
 * Legacy Word .doc (Word 97–2003, [MS-DOC]) → the text a reader sees, in the shape `.docx` gives:
 * one line per paragraph, table rows one per line with cells separated by a tab. The OLE compound
 * file is read with `cfb` (loaded on first use); the Word part is read here: the FIB at the start
 * of the `WordDocument` stream, the piece table (Clx) in the table stream, the main text
 * (CPs [0, ccpText)), the paragraph properties (to tell a table row's end from a cell's, and a
 * paragraph's list), and the lists, to put back Word's automatic numbering as the markers it draws.
 *
 * Row ends: in the text a cell and a row both end with `\x07`; the row's mark is the paragraph
 * whose properties set fTtp (sprmPFTtp) — read from the PAPX FKPs. Counting the cells of the
 * first row cannot work when rows differ (merged cells), and "a `\x07` right after a `\x07`"
 * cannot tell an empty cell from a row's end, so that guess is only the fallback for a file whose
 * paragraph properties cannot be read.
 *
 * Every read is bounds-checked: a damaged file gives an UNSUPPORTED_FORMAT error naming the
 * reason, never a crash or a loop.
 */
import { createRequire } from 'node:module';
import { DirectivesError } from '../errors.js';
import { letters, roman } from './html-to-text.js';

interface CfbEntry {
  name: string;
  content: Uint8Array | number[];
}
interface CfbContainer {
  FileIndex: CfbEntry[];
}
interface Cfb {
  read: (data: Uint8Array, opts: { type: 'buffer' }) => CfbContainer;
  find: (cfb: CfbContainer, path: string) => CfbEntry | null;
}

let cfbLibrary: Cfb | undefined;

function loadCfb(): Cfb {
  if (!cfbLibrary) cfbLibrary = createRequire(import.meta.url)('cfb') as Cfb;
  return cfbLibrary;
}

/**
 * Is this an OLE compound file (the container of .doc, .xls, .ppt, .msg)?
 * @example isOle(readFileSync('kl.doc')) → true
 */
export function isOle(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0 && bytes[4] === 0xa1 && bytes[5] === 0xb1 && bytes[6] === 0x1a && bytes[7] === 0xe1;
}

const damaged = (why: string) => new DirectivesError('UNSUPPORTED_FORMAT', `damaged .doc file: ${why}`);

/**
 * The main text of a .doc file.
 * @example docToText(readFileSync('kl.doc')).split('\n')[0] → 'KẾT LUẬN'
 */
export function docToText(bytes: Uint8Array): string {
  const { read, find } = loadCfb();
  let cfb: CfbContainer;
  try {
    cfb = read(bytes, { type: 'buffer' });
  } catch {
    throw damaged('the OLE compound file cannot be read');
  }
  const stream = (name: string): Uint8Array | null => {
    let entry: CfbEntry | null = null;
    try {
      entry = find(cfb, name);
    } catch {
      entry = null;
    }
    if (!entry || !entry.content) return null;
    return entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content);
  };
  const word = stream('WordDocument');
  if (!word) throw new DirectivesError('UNSUPPORTED_FORMAT', `not a Word .doc file: an OLE compound file ${oleKind(cfb)}`);
  if (word.length < 0x20) throw damaged('the WordDocument stream is too short');
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (view.getUint16(0, true) !== 0xa5ec) throw damaged('no Word file information block (wIdent is not 0xA5EC)');
  const nFib = view.getUint16(2, true);
  // Word 6/95 files (nFib below 101) have another FIB and no Unicode piece table.
  if (nFib < 101) throw new DirectivesError('UNSUPPORTED_FORMAT', 'Word 6/95 .doc file: save it as .docx or text first');
  const flags = view.getUint16(0x0a, true);
  if (flags & 0x0100) throw new DirectivesError('UNSUPPORTED_FORMAT', 'encrypted (password-protected) .doc file: remove the password and save it again');
  const table = stream(flags & 0x0200 ? '1Table' : '0Table');
  if (!table) throw damaged(`the ${flags & 0x0200 ? '1Table' : '0Table'} stream is missing`);

  // FibBase (32 bytes), csw + fibRgW, cslw + fibRgLw (ccpText is its 4th long), cbRgFcLcb + fibRgFcLcb.
  const u16 = (v: DataView, at: number, what: string) => {
    if (at < 0 || at + 2 > v.byteLength) throw damaged(`${what} lies outside its stream`);
    return v.getUint16(at, true);
  };
  const u32 = (v: DataView, at: number, what: string) => {
    if (at < 0 || at + 4 > v.byteLength) throw damaged(`${what} lies outside its stream`);
    return v.getUint32(at, true);
  };
  const csw = u16(view, 0x20, 'the FIB');
  const rgLw = 0x22 + csw * 2 + 2;
  const cslw = u16(view, rgLw - 2, 'the FIB');
  const ccpText = u32(view, rgLw + 12, 'ccpText');
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const fcLcb = (index: number) => ({ fc: u32(view, rgFcLcb + index * 8, 'the FIB'), lcb: u32(view, rgFcLcb + index * 8 + 4, 'the FIB') });
  const clx = fcLcb(33);
  const tableView = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const pieces = readPieces(tableView, clx.fc, clx.lcb, u16, u32);

  let props: ParagraphProps | null = null;
  try {
    const bte = fcLcb(13);
    props = paragraphProps(view, tableView, bte.fc, bte.lcb);
  } catch {
    props = null;
  }
  // Word's automatic numbering (PlfLst, PlfLfo): a damaged list table only loses the markers.
  let lists: Lists = new Map();
  try {
    if (props) lists = readLists(tableView, fcLcb(73), fcLcb(74));
  } catch {
    lists = new Map();
  }
  return mainText(word, pieces, ccpText, props, lists);
}

/** What an OLE compound file without a `WordDocument` stream holds, as far as its streams tell. */
function oleKind(cfb: CfbContainer): string {
  const names = new Set(cfb.FileIndex.map((e) => e.name));
  if (names.has('Workbook') || names.has('Book')) return 'holding an Excel workbook (.xls)';
  if (names.has('PowerPoint Document')) return 'holding a PowerPoint presentation (.ppt)';
  if ([...names].some((n) => n.startsWith('__substg1.0_'))) return 'holding an Outlook message (.msg)';
  if (names.has('EncryptedPackage')) return 'holding an encrypted Office 2007+ document (remove the password first)';
  return 'without a WordDocument stream';
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  offset: number;
  /** 1 for 8-bit (compressed) text, 2 for UTF-16LE. */
  width: 1 | 2;
}

type Reader = (v: DataView, at: number, what: string) => number;

/** The piece table: the Clx's Prc entries skipped, the Pcdt's PlcPcd read. */
function readPieces(table: DataView, fcClx: number, lcbClx: number, u16: Reader, u32: Reader): Piece[] {
  if (lcbClx === 0 || fcClx + lcbClx > table.byteLength) throw damaged('the piece table (Clx) lies outside the table stream');
  let at = fcClx;
  const end = fcClx + lcbClx;
  while (at < end && table.getUint8(at) === 0x01) {
    const cbGrpprl = u16(table, at + 1, 'the Clx');
    at += 3 + (cbGrpprl & 0x7fff);
  }
  if (at >= end || table.getUint8(at) !== 0x02) throw damaged('no piece table (Pcdt) in the Clx');
  const lcb = u32(table, at + 1, 'the Pcdt');
  const plc = at + 5;
  if (lcb < 4 || plc + lcb > table.byteLength || (lcb - 4) % 12 !== 0) throw damaged('the piece table has a wrong size');
  const n = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = table.getUint32(plc + i * 4, true);
    const cpEnd = table.getUint32(plc + (i + 1) * 4, true);
    const fc = table.getUint32(plc + (n + 1) * 4 + i * 8 + 2, true);
    const compressed = (fc & 0x40000000) !== 0;
    const raw = fc & 0x3fffffff;
    if (cpEnd < cpStart) throw damaged('the piece table is out of order');
    pieces.push({ cpStart, cpEnd, offset: compressed ? raw / 2 : raw, width: compressed ? 1 : 2 });
  }
  return pieces;
}

/** What is read of a paragraph's properties: the table flags (IN_TABLE, ROW_END) and its list (ilfo 1-based, 0 = none). */
interface Paragraph {
  flags: number;
  ilfo: number;
  ilvl: number;
}
/** The properties of the paragraph whose mark is at a stream offset. */
type ParagraphProps = (fc: number) => Paragraph;
const IN_TABLE = 1;
const ROW_END = 2;
const PLAIN: Paragraph = { flags: 0, ilfo: 0, ilvl: 0 };

/**
 * From the PlcBtePapx and its FKPs: the table flags of each paragraph: in a table (sprmPFInTable
 * 0x2416 or sprmPFInnerTableCell 0x244B) and a row's end mark (sprmPFTtp 0x2417 or sprmPFInnerTtp 0x244C).
 */
function paragraphProps(word: DataView, table: DataView, fc: number, lcb: number): ParagraphProps {
  if (lcb < 4 || fc + lcb > table.byteLength || (lcb - 4) % 8 !== 0) throw damaged('PlcBtePapx');
  const n = (lcb - 4) / 8;
  // [start, end) stream ranges of the paragraphs that have a table flag or a list, with them.
  const runs: Array<[number, number, Paragraph]> = [];
  for (let i = 0; i < n; i++) {
    const pn = table.getUint32(fc + (n + 1) * 4 + i * 4, true) & 0x3fffff;
    const page = pn * 512;
    if (page + 512 > word.byteLength) throw damaged('FKP');
    const crun = word.getUint8(page + 511);
    if ((crun + 1) * 4 + crun * 13 > 511) throw damaged('FKP');
    for (let r = 0; r < crun; r++) {
      const start = word.getUint32(page + r * 4, true);
      const end = word.getUint32(page + (r + 1) * 4, true);
      const bOffset = word.getUint8(page + (crun + 1) * 4 + r * 13);
      if (bOffset === 0) continue;
      const papx = page + bOffset * 2;
      let grpprl = papx + 1;
      let size = word.getUint8(papx) * 2 - 1;
      if (size === -1) {
        grpprl = papx + 2;
        size = word.getUint8(papx + 1) * 2;
      }
      // The istd (2 bytes) comes first, then the sprms.
      if (grpprl + size > page + 511 || size < 2) continue;
      const paragraph = readSprms(word, grpprl + 2, grpprl + size);
      if (paragraph.flags || paragraph.ilfo) runs.push([start, end, paragraph]);
    }
  }
  runs.sort((a, b) => a[0] - b[0]);
  return (at) => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e, f] = runs[mid]!;
      if (at < s) hi = mid - 1;
      else if (at >= e) lo = mid + 1;
      else return f;
    }
    return PLAIN;
  };
}

// The sprms that set a table flag (a one-byte operand, 1 = on).
const FLAG_OF = new Map([
  [0x2416, IN_TABLE],
  [0x244b, IN_TABLE],
  [0x2417, ROW_END],
  [0x244c, ROW_END],
]);

// sprmPIlfo (the paragraph's list, 2 bytes) and sprmPIlvl (its level, 1 byte).
const SPRM_ILFO = 0x460b;
const SPRM_ILVL = 0x260a;

function readSprms(word: DataView, at: number, end: number): Paragraph {
  let flags = 0;
  let ilfo = 0;
  let ilvl = 0;
  const done = () => ({ flags, ilfo, ilvl });
  while (at + 2 <= end) {
    const sprm = word.getUint16(at, true);
    at += 2;
    let size: number;
    switch (sprm >> 13) {
      case 0:
      case 1:
        size = 1;
        break;
      case 2:
      case 4:
      case 5:
        size = 2;
        break;
      case 3:
        size = 4;
        break;
      case 7:
        size = 3;
        break;
      default:
        // Variable: sprmTDefTable has a 2-byte size, sprmPChgTabs (0xC615) a 1-byte one (255 = longer; stop).
        if (sprm === 0xd608 || sprm === 0xd606) {
          if (at + 2 > end) return done();
          size = word.getUint16(at, true) + 1;
        } else {
          if (at + 1 > end) return done();
          const b = word.getUint8(at);
          if (sprm === 0xc615 && b === 255) return done();
          size = b + 1;
        }
    }
    const flag = FLAG_OF.get(sprm);
    if (flag && at < end) flags = word.getUint8(at) === 1 ? flags | flag : flags & ~flag;
    else if (sprm === SPRM_ILFO && at + 2 <= end) ilfo = word.getInt16(at, true);
    else if (sprm === SPRM_ILVL && at < end) ilvl = word.getUint8(at);
    at += size;
  }
  return done();
}

// Windows-1252's 0x80–0x9F, which compressed pieces use ([MS-DOC] 2.4.1); the codes 1252 leaves
// undefined keep their value, and the rest is Latin-1.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Reads CPs [0, ccpText) and turns Word's marks into lines. */
function mainText(word: Uint8Array, pieces: Piece[], ccpText: number, props: ParagraphProps | null, lists: Lists): string {
  const lines: string[] = [];
  const counters = new Map<number, number[]>();
  // The marker Word draws before a numbered paragraph, counted when its mark is met (in order).
  const marked = (text: string, paragraph: Paragraph) => (paragraph.ilfo > 0 ? listMarker(lists, counters, paragraph.ilfo, paragraph.ilvl) : '') + text;
  let line = '';
  // The paragraphs of the current table cell and the cells of the current row.
  let cell: string[] = [];
  let row: string[] = [];
  // One entry per open field: false while in its code, true once in its result; `inCode` counts
  // the falses (text shows only when no open field is in its code).
  const fields: boolean[] = [];
  let inCode = 0;
  // Each character comes from its own bytes: more than the stream holds means pieces overlap.
  let budget = word.length;
  let previous = -1;
  // A cell is one line: its paragraphs and line breaks joined by a space.
  const closeCell = () => {
    cell.push(line);
    row.push(cell.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' '));
    cell = [];
    line = '';
  };
  const closeRow = () => {
    // Text typed between the last cell and the row mark, if any, joins the last cell.
    if (line.trim() || cell.length) closeCell();
    lines.push(row.join('\t').replace(/\s+$/, ''));
    row = [];
    line = '';
  };
  const ordered = [...pieces].sort((a, b) => a.cpStart - b.cpStart);
  for (const piece of ordered) {
    const last = Math.min(piece.cpEnd, ccpText);
    for (let cp = piece.cpStart; cp < last; cp++) {
      const at = piece.offset + (cp - piece.cpStart) * piece.width;
      if (at + piece.width > word.length) throw damaged('a text piece lies outside the WordDocument stream');
      if (--budget < 0) throw damaged('the text pieces overlap');
      let ch = piece.width === 2 ? word[at]! | (word[at + 1]! << 8) : word[at]!;
      if (piece.width === 1 && ch >= 0x80 && ch <= 0x9f) ch = CP1252_HIGH[ch - 0x80]!;
      const was = previous;
      previous = ch;
      if (ch === 0x13) {
        fields.push(false);
        inCode++;
        continue;
      }
      if (ch === 0x14) {
        if (fields.length && !fields[fields.length - 1]) {
          fields[fields.length - 1] = true;
          inCode--;
        }
        continue;
      }
      if (ch === 0x15) {
        if (fields.length && !fields.pop()) inCode--;
        continue;
      }
      // Inside a field's code (at any level), nothing shows.
      if (inCode > 0) continue;
      if (ch === 0x07) {
        // Without paragraph properties, a mark right after a cell's mark is taken for the row's.
        const paragraph = props ? props(at) : PLAIN;
        const rowEnd = props ? (paragraph.flags & ROW_END) !== 0 : was === 0x07;
        if (rowEnd) closeRow();
        else {
          line = marked(line, paragraph);
          closeCell();
        }
        continue;
      }
      if (ch === 0x0d) {
        // A paragraph of a table cell stays in that cell.
        const paragraph = props ? props(at) : PLAIN;
        if (paragraph.flags & IN_TABLE) cell.push(marked(line, paragraph));
        else {
          if (row.length || cell.length) closeRow();
          lines.push(marked(line, paragraph));
        }
        line = '';
        continue;
      }
      if (ch === 0x0b || ch === 0x0c || ch === 0x0e) line += '\n';
      else if (ch === 0x09) line += '\t';
      else if (ch === 0x1e) line += '-';
      else if (ch === 0xa0) line += ' ';
      // Word's optional hyphen; kept as a soft hyphen for the mojibake repair (TCVN3's "ư" is
      // 0xAD, which Word stores as this mark), and dropped by the caller after that repair.
      else if (ch === 0x1f) line += '\u00ad';
      else if (ch >= 0x20) line += String.fromCharCode(ch);
      // Other controls (0x01 pictures, 0x08 drawn objects, 0x02 and 0x05 note marks) are dropped.
    }
  }
  if (row.length || cell.length) closeRow();
  if (line) lines.push(line);
  return lines.join('\n').normalize('NFC') + '\n';
}

/** One level of a list (an LVL): start, number format (nfc), the number text with level placeholders. */
interface Level {
  start: number;
  nfc: number;
  text: number[];
}

/** ilfo (1-based) → the levels of its list, with the LFO's start overrides. */
type Lists = Map<number, { levels: Level[]; overrides: Map<number, number> }>;

/** Reads an LVL at `at`; gives the level and where the next one starts. */
function readLevel(table: DataView, at: number): { level: Level; next: number } {
  if (at + 28 > table.byteLength) throw damaged('LVL');
  const start = table.getInt32(at, true);
  const nfc = table.getUint8(at + 4);
  const cbChpx = table.getUint8(at + 24);
  const cbPapx = table.getUint8(at + 25);
  let p = at + 28 + cbPapx + cbChpx;
  if (p + 2 > table.byteLength) throw damaged('LVL');
  const cch = table.getUint16(p, true);
  p += 2;
  if (p + cch * 2 > table.byteLength) throw damaged('LVL');
  const text: number[] = [];
  for (let i = 0; i < cch; i++) text.push(table.getUint16(p + i * 2, true));
  return { level: { start, nfc, text }, next: p + cch * 2 };
}

/** The lists: the PlfLst (LSTFs, then their LVLs) and the PlfLfo (LFOs, then their LFOData). */
function readLists(table: DataView, plfLst: { fc: number; lcb: number }, plfLfo: { fc: number; lcb: number }): Lists {
  const lists: Lists = new Map();
  if (!plfLst.lcb || !plfLfo.lcb || plfLst.fc + plfLst.lcb > table.byteLength || plfLfo.fc + plfLfo.lcb > table.byteLength) return lists;
  const cLst = table.getInt16(plfLst.fc, true);
  if (cLst <= 0 || 2 + cLst * 28 > plfLst.lcb) return lists;
  const byLsid = new Map<number, Level[]>();
  // The LVLs follow the PlfLst, 9 per list (1 for a simple list), in the order of the LSTFs.
  let at = plfLst.fc + plfLst.lcb;
  for (let i = 0; i < cLst; i++) {
    const lstf = plfLst.fc + 2 + i * 28;
    const lsid = table.getInt32(lstf, true);
    const simple = (table.getUint8(lstf + 26) & 0x01) !== 0;
    const levels: Level[] = [];
    for (let l = 0; l < (simple ? 1 : 9); l++) {
      const { level, next } = readLevel(table, at);
      levels.push(level);
      at = next;
    }
    byLsid.set(lsid, levels);
  }
  const lfoMac = table.getInt32(plfLfo.fc, true);
  if (lfoMac <= 0 || 4 + lfoMac * 16 > plfLfo.lcb) return lists;
  // Each LFO's LFOData (after all the LFOs): a CP, then clfolvl LFOLVLs, each maybe with an LVL.
  let data = plfLfo.fc + 4 + lfoMac * 16;
  for (let i = 0; i < lfoMac; i++) {
    const lfo = plfLfo.fc + 4 + i * 16;
    const levels = byLsid.get(table.getInt32(lfo, true));
    const clfolvl = table.getUint8(lfo + 12);
    const overrides = new Map<number, number>();
    // Every LFO has its LFOData (rgLfoData is parallel to rgLfo), even with no LFOLVL.
    data += 4;
    for (let k = 0; k < clfolvl; k++) {
      if (data + 8 > table.byteLength) throw damaged('LFOLVL');
      const startAt = table.getInt32(data, true);
      const grf = table.getUint32(data + 4, true);
      data += 8;
      const ilvl = grf & 0x0f;
      if (grf & 0x10) overrides.set(ilvl, startAt);
      // fFormatting: a whole LVL follows, which replaces the level's start too.
      if (grf & 0x20) {
        const { level, next } = readLevel(table, data);
        overrides.set(ilvl, level.start);
        data = next;
      }
    }
    if (levels) lists.set(i + 1, { levels, overrides });
  }
  return lists;
}

/** Counts the paragraph in its list and draws the level's number text ("\x00." → "2.", "\x00.\x01." → "2.3."). */
function listMarker(lists: Lists, counters: Map<number, number[]>, ilfo: number, ilvl: number): string {
  const list = lists.get(ilfo);
  const level = list?.levels[ilvl];
  if (!list || !level) return '';
  const startOf = (l: number) => list.overrides.get(l) ?? list.levels[l]?.start ?? 1;
  let c = counters.get(ilfo);
  if (!c) counters.set(ilfo, (c = []));
  c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl]! + 1;
  // A new item at this level restarts the levels below it.
  c.length = ilvl + 1;
  // nfc 255: no number.
  if (level.nfc === 255) return '';
  let text: string;
  if (level.nfc === 23) {
    // A bullet: drawn as "-" unless it is a plain dash or bullet character.
    const bullet = String.fromCharCode(...level.text);
    text = /^[-–+•*]$/.test(bullet) ? bullet : '-';
  } else {
    text = level.text.map((ch) => (ch < 9 ? formatNumber(c![ch] ?? startOf(ch), list.levels[ch]?.nfc ?? 0) : String.fromCharCode(ch))).join('');
  }
  if (!text.trim()) return '';
  // ixchFollow is a tab, a space or nothing; a space in all three, as "nothing" still has the
  // level's indent between the number and the text (LibreOffice writes it for every list).
  return text + ' ';
}

/** A counter in Word's number formats (nfc, [MS-DOC] 2.9.xx / [MS-OSHARED] MSONFC). */
function formatNumber(n: number, nfc: number): string {
  switch (nfc) {
    case 1:
      return roman(n);
    case 2:
      return roman(n).toLowerCase();
    case 3:
      return letters(n).toUpperCase();
    case 4:
      return letters(n);
    case 22:
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}
