/**
 * Word .docx → the text a reader sees: one line per paragraph, Word's automatic numbering put
 * back as the markers it draws (`I.` `1.` `a)`, from numbering.xml; they are not in the text
 * runs), table rows one per line with cells separated by a tab. Read synchronously with fflate
 * (zip) and fast-xml-parser, both loaded on first use.
 */
import { createRequire } from 'node:module';
import { DirectivesError } from '../errors.js';
import { letters, roman } from './html-to-text.js';

/** fast-xml-parser's ordered output: one key for the tag name, `:@` for attributes. */
type XmlNode = { [tag: string]: XmlNode[] | string | Record<string, string> | undefined; ':@'?: Record<string, string> };

interface Libraries {
  unzipSync: (data: Uint8Array, opts?: { filter?: (file: { name: string }) => boolean }) => Record<string, Uint8Array>;
  parseXml: (xml: string) => XmlNode[];
}

let libraries: Libraries | undefined;

function load(): Libraries {
  if (libraries) return libraries;
  const require = createRequire(import.meta.url);
  const { unzipSync } = require('fflate') as typeof import('fflate');
  const { XMLParser } = require('fast-xml-parser') as typeof import('fast-xml-parser');
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true, htmlEntities: false });
  libraries = { unzipSync, parseXml: (xml) => parser.parse(xml) as XmlNode[] };
  return libraries;
}

/** One level of a numbering definition (`w:lvl`). */
interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

interface Numbering {
  /** numId → levels (from its abstractNum) and start overrides. */
  nums: Map<string, { levels: Map<number, Level>; overrides: Map<number, number> }>;
}

/**
 * Is this a .docx file: a zip with `word/document.xml`?
 * @example isDocx(readFileSync('kl.docx')) → true
 */
export function isDocx(bytes: Uint8Array): boolean {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return false;
  // The name is stored uncompressed in the zip's directory, so a byte search finds it.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/**
 * The text of a .docx file, with Word's numbering as markers.
 * @example docxToText(readFileSync('kl.docx')).split('\n')[0] → 'KẾT LUẬN'
 */
export function docxToText(bytes: Uint8Array): string {
  const { unzipSync, parseXml } = load();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/numbering.xml' });
  } catch {
    throw new DirectivesError('UNSUPPORTED_FORMAT', 'damaged .docx file: the zip cannot be read');
  }
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new DirectivesError('UNSUPPORTED_FORMAT', 'not a Word .docx file: word/document.xml is missing');
  const utf8 = new TextDecoder('utf-8');
  const numbering = readNumbering(files['word/numbering.xml'] ? parseXml(utf8.decode(files['word/numbering.xml'])) : []);
  const body = find(children(find(parseXml(utf8.decode(documentXml)), 'w:document')), 'w:body');
  const lines: string[] = [];
  const counters = new Map<string, number[]>();
  readBlocks(children(body), numbering, counters, lines);
  return lines.join('\n') + '\n';
}

function children(node: XmlNode | undefined): XmlNode[] {
  if (!node) return [];
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? value : [];
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((n) => tagOf(n) === tag);
}

function attrOf(node: XmlNode | undefined, name: string): string | undefined {
  return node?.[':@']?.[name];
}

function readNumbering(root: XmlNode[]): Numbering {
  const numberingNode = children(find(root, 'w:numbering'));
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of numberingNode.filter((n) => tagOf(n) === 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of children(a).filter((n) => tagOf(n) === 'w:lvl')) {
      const kids = children(lvl);
      levels.set(Number(attrOf(lvl, 'w:ilvl') ?? 0), {
        start: Number(attrOf(find(kids, 'w:start'), 'w:val') ?? 1),
        format: attrOf(find(kids, 'w:numFmt'), 'w:val') ?? 'decimal',
        text: attrOf(find(kids, 'w:lvlText'), 'w:val') ?? '',
        suffix: attrOf(find(kids, 'w:suff'), 'w:val') ?? 'tab',
      });
    }
    abstracts.set(attrOf(a, 'w:abstractNumId') ?? '', levels);
  }
  const nums: Numbering['nums'] = new Map();
  for (const num of numberingNode.filter((n) => tagOf(n) === 'w:num')) {
    const kids = children(num);
    const overrides = new Map<number, number>();
    for (const o of kids.filter((n) => tagOf(n) === 'w:lvlOverride')) {
      const start = attrOf(find(children(o), 'w:startOverride'), 'w:val');
      if (start !== undefined) overrides.set(Number(attrOf(o, 'w:ilvl') ?? 0), Number(start));
    }
    const levels = abstracts.get(attrOf(find(kids, 'w:abstractNumId'), 'w:val') ?? '') ?? new Map();
    nums.set(attrOf(num, 'w:numId') ?? '', { levels, overrides });
  }
  return { nums };
}

function readBlocks(nodes: XmlNode[], numbering: Numbering, counters: Map<string, number[]>, lines: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:p') lines.push(paragraph(node, numbering, counters));
    else if (tag === 'w:tbl') {
      for (const row of children(node).filter((n) => tagOf(n) === 'w:tr')) {
        const cells = children(row)
          .filter((n) => tagOf(n) === 'w:tc')
          .map((cell) => {
            const inner: string[] = [];
            readBlocks(children(cell), numbering, counters, inner);
            return inner.map((l) => l.trim()).filter(Boolean).join(' ');
          });
        lines.push(cells.join('\t').replace(/\s+$/, ''));
      }
    } else if (tag === 'w:sdt') readBlocks(children(find(children(node), 'w:sdtContent')), numbering, counters, lines);
    else if (tag === 'w:customXml' || tag === 'w:ins' || tag === 'w:smartTag') readBlocks(children(node), numbering, counters, lines);
  }
}

/** A paragraph's marker from `w:numPr`, then the text of its runs. */
function paragraph(p: XmlNode, numbering: Numbering, counters: Map<string, number[]>): string {
  const kids = children(p);
  const numPr = find(children(find(kids, 'w:pPr')), 'w:numPr');
  let marker = '';
  if (numPr) {
    const numId = attrOf(find(children(numPr), 'w:numId'), 'w:val') ?? '';
    const ilvl = Number(attrOf(find(children(numPr), 'w:ilvl'), 'w:val') ?? 0);
    marker = numberMarker(numbering, counters, numId, ilvl);
  }
  return marker + runsText(kids);
}

/** Counts the paragraph in its list and draws the level's `lvlText` ("%1." → "2.", "%1.%2." → "2.3."). */
function numberMarker(numbering: Numbering, counters: Map<string, number[]>, numId: string, ilvl: number): string {
  const num = numbering.nums.get(numId);
  // numId 0 switches numbering off for a paragraph whose style has it.
  if (!num || numId === '0') return '';
  const level = num.levels.get(ilvl);
  if (!level) return '';
  const startOf = (l: number) => num.overrides.get(l) ?? num.levels.get(l)?.start ?? 1;
  let c = counters.get(numId);
  if (!c) counters.set(numId, (c = []));
  c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl]! + 1;
  // A new item at this level restarts the levels below it.
  c.length = ilvl + 1;
  if (level.format === 'none') return '';
  let text: string;
  if (level.format === 'bullet') text = /^[-–+•*]$/.test(level.text) ? level.text : '-';
  else text = level.text.replace(/%(\d)/g, (_, d: string) => formatNumber(c![Number(d) - 1] ?? startOf(Number(d) - 1), num.levels.get(Number(d) - 1)?.format ?? 'decimal'));
  if (!text) return '';
  return text + (level.suffix === 'nothing' ? '' : ' ');
}

/** A counter in Word's number formats. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** The text of the runs: `w:t`, tabs and breaks; deleted text and field instructions left out. */
function runsText(nodes: XmlNode[]): string {
  let s = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:t') s += children(node).map((t) => (typeof t['#text'] === 'string' ? t['#text'] : '')).join('');
    else if (tag === 'w:tab' || tag === 'w:ptab') s += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') s += '\n';
    else if (tag === 'w:noBreakHyphen') s += '-';
    else if (tag === 'w:r' || tag === 'w:hyperlink' || tag === 'w:ins' || tag === 'w:smartTag' || tag === 'w:fldSimple' || tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') s += runsText(children(node));
  }
  return s;
}
