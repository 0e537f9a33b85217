/**
 * Sentences of a paragraph, with retext-latin, kept from ending after Vietnamese abbreviations
 * (`GĐ.`, `TP.`, `PGS.TS.`) and after a dot followed by a small letter. nlcst stays in this file.
 */
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import type { TextUnit } from '../types.js';

// Titles and place words that end in a dot without ending the sentence.
const ABBREVIATION_END =
  /(?<![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])(?:GĐ|PGĐ|TGĐ|PCT|CT|TP|Tp|TX|ThS|TS|PGS|GS|BS|KS|CN|Q|P|H|X|Đ\/c|đ\/c|Th\.S|PGS\.TS|GS\.TS|TT|UBND|v\.v|Ths|NXB|St|Nxb)\.$/u;

interface NlcstNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: NlcstNode[];
}

let processor: ReturnType<typeof unified> | null = null;

/**
 * Splits a unit into sentences with absolute spans.
 * @example segmentSentences({text: 'Ông A - GĐ. Sở Tài chính báo cáo. Xong.', span}) → ['Ông A - GĐ. Sở Tài chính báo cáo.', 'Xong.']
 */
export function segmentSentences(unit: TextUnit): TextUnit[] {
  processor ??= unified().use(retextLatin) as unknown as ReturnType<typeof unified>;
  const tree = processor.parse(unit.text) as unknown as NlcstNode;
  const raw: { start: number; end: number }[] = [];
  const walk = (node: NlcstNode) => {
    if (node.type === 'SentenceNode' && node.position) {
      raw.push({ start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  const merged: { start: number; end: number }[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    const next = unit.text.slice(s.start, s.end);
    if (prev && (ABBREVIATION_END.test(unit.text.slice(prev.start, prev.end)) || /^[\p{Ll}\d]/u.test(next))) prev.end = s.end;
    else merged.push({ ...s });
  }
  return merged.map((s) => ({ text: unit.text.slice(s.start, s.end), span: { start: unit.span.start + s.start, end: unit.span.start + s.end } }));
}
