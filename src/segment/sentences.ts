/**
 * Sentences of a paragraph, with retext-latin, kept from ending after Vietnamese abbreviations
 * (`GĐ.`, `TP.`, `PGS.TS.`) and after a dot followed by a small letter. nlcst stays in this file.
 */
import { createRequire } from 'node:module';
import type { TextUnit } from '../types.js';

// Titles and place words that end in a dot without ending the sentence.
const ABBREVIATION_END =
  /(?<![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])(?:GĐ|PGĐ|TGĐ|PCT|CT|TP|Tp|TX|ThS|TS|PGS|GS|BS|KS|CN|Q|P|H|X|Đ\/c|đ\/c|Th\.S|PGS\.TS|GS\.TS|TT|UBND|v\.v|Ths|NXB|St|Nxb)\.$/u;

interface NlcstNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: NlcstNode[];
}

type Processor = { parse(text: string): unknown };
let processor: Processor | null = null;

// unified and retext-latin (~40 ms to load) are loaded on the first paragraph that needs
// sentences, not with the library: most documents never ask (Node ≥ 20.19 requires ES modules).
function sentenceParser(): Processor {
  if (!processor) {
    const require = createRequire(import.meta.url);
    const { unified } = require('unified') as typeof import('unified');
    const retextLatin = (require('retext-latin') as typeof import('retext-latin')).default;
    processor = unified().use(retextLatin) as unknown as Processor;
  }
  return processor;
}

// retext-latin splices its children arrays, so a paragraph of n sentences costs n²: 40,000
// sentences took seconds. A long text is parsed in chunks cut where a sentence ends anyway
// ("… phát huy. Đề nghị …"), and only when no such place is near, at a space.
const CHUNK = 5_000;
const CHUNK_MAX = 8_000;
const SENTENCE_END = /[.!?…]["”’)\]]*\s+(?=["“(]?[\p{Lu}\d])/gu;

/** Offsets at which a long text is cut before retext sees it: [0, …, text.length]. */
function chunkBounds(text: string): number[] {
  const bounds = [0];
  while (text.length - bounds[bounds.length - 1]! > CHUNK_MAX) {
    const from = bounds[bounds.length - 1]!;
    SENTENCE_END.lastIndex = from + CHUNK;
    const m = SENTENCE_END.exec(text);
    let cut = m && m.index + m[0].length <= from + CHUNK_MAX ? m.index + m[0].length : -1;
    if (cut < 0) {
      const space = text.lastIndexOf(' ', from + CHUNK_MAX);
      cut = space > from ? space + 1 : from + CHUNK_MAX;
    }
    bounds.push(cut);
  }
  bounds.push(text.length);
  return bounds;
}

/**
 * Splits a unit into sentences with absolute spans.
 * @example segmentSentences({text: 'Ông A - GĐ. Sở Tài chính báo cáo. Xong.', span}) → ['Ông A - GĐ. Sở Tài chính báo cáo.', 'Xong.']
 */
export function segmentSentences(unit: TextUnit): TextUnit[] {
  const parser = sentenceParser();
  const raw: { start: number; end: number }[] = [];
  const bounds = chunkBounds(unit.text);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const base = bounds[k]!;
    const tree = parser.parse(unit.text.slice(base, bounds[k + 1])) as unknown as NlcstNode;
    const walk = (node: NlcstNode) => {
      if (node.type === 'SentenceNode' && node.position) {
        raw.push({ start: base + (node.position.start.offset ?? 0), end: base + (node.position.end.offset ?? 0) });
        return;
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  }
  const merged: { start: number; end: number }[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    const next = unit.text.slice(s.start, s.end);
    // Only the tail of the sentence so far is tested: the longest abbreviation ("PGS.TS.") and the
    // letter before it fit in 16 characters, and testing the whole grown sentence was quadratic.
    if (prev && (ABBREVIATION_END.test(unit.text.slice(Math.max(prev.start, prev.end - 16), prev.end)) || /^[\p{Ll}\d]/u.test(next))) prev.end = s.end;
    else merged.push({ ...s });
  }
  return merged.map((s) => ({ text: unit.text.slice(s.start, s.end), span: { start: unit.span.start + s.start, end: unit.span.start + s.end } }));
}
