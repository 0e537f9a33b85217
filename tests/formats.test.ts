/**
 * Every fixture in every supported encoding and format parses, with no option, to the same
 * items (ids, kinds), assignees and deadlines as its UTF-8 original.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithText, type Result } from '../src/index.js';
import { FIXTURES, fixtureBytes, fixtureNames, fixturePath } from './helpers/fixtures.js';
import { encodeTcvn3 } from '../src/decode/legacy/tcvn3.js';
import { encodeVni } from '../src/decode/legacy/vni.js';
import { docx, mojibake, newsPage, utf16be, utf16le, utf8, windows1258 } from './helpers/variants.js';

/** What must not change between an original and its variants. */
function essence(result: Result) {
  return result.items.map((i) => ({
    id: i.id,
    kind: i.kind,
    assignees: i.assignees.map((a) => `${a.role}: ${a.name}`),
    deadlines: i.deadlines.map((d) => `${d.date} ${d.precision}`),
  }));
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The span invariant of SPEC.md, over items and their values. */
function expectSpansInText(result: Result, text: string) {
  for (const item of result.items) {
    expect(collapse(text.slice(item.span.start, item.span.end))).toBe(item.text);
    for (const a of item.assignees) if (a.span) expect(collapse(text.slice(a.span.start, a.span.end))).toBe(a.text);
    for (const d of item.deadlines) expect(collapse(text.slice(d.span.start, d.span.end))).toBe(d.text);
  }
}

// The header (first lines) stays Unicode; the body was pasted from an old file, one paragraph
// in Unicode now and then (every seventh line), as a document edited in two eras is.
const bodyPasted = (_line: string, i: number) => i >= 8 && i % 7 !== 3;

interface Variant {
  name: string;
  ext: string;
  encoding: Result['source']['encoding'];
  format: Result['source']['format'];
  make: (text: string) => Uint8Array;
  repaired?: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'UTF-8 with BOM', ext: 'txt', encoding: 'utf-8', format: 'text', make: (t) => Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(t)) },
  { name: 'UTF-16LE with BOM', ext: 'txt', encoding: 'utf-16le', format: 'text', make: (t) => utf16le(t, true) },
  { name: 'UTF-16LE without BOM', ext: 'txt', encoding: 'utf-16le', format: 'text', make: (t) => utf16le(t, false) },
  { name: 'UTF-16BE with BOM', ext: 'txt', encoding: 'utf-16be', format: 'text', make: (t) => utf16be(t, true) },
  { name: 'UTF-16BE without BOM', ext: 'txt', encoding: 'utf-16be', format: 'text', make: (t) => utf16be(t, false) },
  { name: 'Windows-1258', ext: 'txt', encoding: 'windows-1258', format: 'text', make: windows1258 },
  { name: 'TCVN3', ext: 'txt', encoding: 'tcvn3', format: 'text', make: (t) => encodeTcvn3(t) },
  { name: 'VNI-Windows', ext: 'txt', encoding: 'vni', format: 'text', make: (t) => encodeVni(t) },
  { name: 'TCVN3 pasted into UTF-8', ext: 'txt', encoding: 'utf-8', format: 'text', make: (t) => mojibake(t, 'tcvn3', bodyPasted), repaired: true },
  { name: 'VNI pasted into UTF-8', ext: 'txt', encoding: 'utf-8', format: 'text', make: (t) => mojibake(t, 'vni', bodyPasted), repaired: true },
  { name: 'HTML news page', ext: 'html', encoding: 'utf-8', format: 'html', make: newsPage },
  { name: 'Word .docx with numbering', ext: 'docx', encoding: 'utf-8', format: 'docx', make: (t) => docx(t) },
];

describe.each(fixtureNames())('%s', (name) => {
  const original = fixtureBytes(name);
  const text = original.toString('utf8');
  const expected = essence(parseWithText(original, { path: fixturePath(name) }).result);

  it.each(VARIANTS)('should read $name as the UTF-8 original', (variant) => {
    const path = fixturePath(name).replace(/\.txt$/, `.${variant.ext}`);
    // No encoding or format option: both are found from the bytes (and the extension).
    const { result, text: normalized } = parseWithText(variant.make(text), { path });
    expect(result.source.encoding).toBe(variant.encoding);
    expect(result.source.format).toBe(variant.format);
    expect(essence(result)).toEqual(expected);
    expectSpansInText(result, normalized);
    if (variant.repaired) expect(result.warnings.some((w) => w.code === 'ENCODING_REPAIRED' && typeof w.line === 'number')).toBe(true);
  });

  it('should leave the clean original unrepaired', () => {
    const { result } = parseWithText(original, { path: fixturePath(name) });
    expect(result.warnings.filter((w) => w.code === 'ENCODING_REPAIRED' || w.code === 'ENCODING_GUESSED')).toEqual([]);
    expect(result.source).toMatchObject({ encoding: 'utf-8', format: 'text' });
  });
});

// Word 97–2003 .doc files, made once from fixtures with LibreOffice ("MS Word 97" export of the
// UTF-8 text, and of the TCVN3 bytes read as Windows-1252, as text typed in a .VnTime font is
// stored), kept in fixtures/formats/ since CI has no LibreOffice.
describe.each([
  { file: 'cd-ttg-duoinuoc-2026.doc', name: 'cd-ttg-duoinuoc-2026', repaired: false },
  { file: 'tb-ubnd-hanoi-2026.doc', name: 'tb-ubnd-hanoi-2026', repaired: false },
  { file: 'tbkl-vpcp-hcm-2026.doc', name: 'tbkl-vpcp-hcm-2026', repaired: false },
  { file: 'tb-ubnd-hanoi-2026-tcvn3.doc', name: 'tb-ubnd-hanoi-2026', repaired: true },
])('Word .doc $file', ({ file, name, repaired }) => {
  it('should read as the UTF-8 original', () => {
    const expected = essence(parseWithText(fixtureBytes(name), { path: fixturePath(name) }).result);
    const { result, text } = parseWithText(readFileSync(join(FIXTURES, 'formats', file)), { path: `archive/${file}` });
    expect(result.source).toMatchObject({ encoding: 'utf-16le', format: 'doc' });
    expect(essence(result)).toEqual(expected);
    expectSpansInText(result, text);
    expect(result.warnings.some((w) => w.code === 'ENCODING_REPAIRED')).toBe(repaired);
  });

  // (The TCVN3 one differs where the repair cannot tell, as the same text pasted into UTF-8 does.)
  if (!repaired) it('should give back the Vietnamese text exactly (NFC; no-break spaces become spaces)', () => {
    const { text } = parseWithText(readFileSync(join(FIXTURES, 'formats', file)), { path: file });
    const original = parseWithText(fixtureBytes(name), { path: fixturePath(name) }).text;
    const lines = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+$/, '').split('\n').map((l) => l.trimEnd());
    expect(lines(text)).toEqual(lines(original));
  });
});
