/**
 * The header and the footer as ranges of the normalized text, so that a consumer can check from
 * the output alone that nothing was lost: every visible character lies in an item, an outline
 * node, page furniture or one of these regions (SPEC.md, item Coverage).
 */
import type { Region } from '../schema.js';
import type { Line } from '../types.js';

/**
 * Consecutive non-blank lines of the header (`[0, bodyStartLine)`) and of the footer
 * (`[footerStartLine, end)`), one region per run; a furniture line breaks a run and belongs to
 * the furniture range instead, so that no character is counted twice.
 * @example findRegions(segmentLines('ỦY BAN NHÂN DÂN\nSố: 12/KL-UBND\n\nNội dung'), 2, 4, new Set())
 *   → [{ kind: 'header', span: { start: 0, end: 30 }, line: 1, lines: 2 }]
 */
export function findRegions(lines: Line[], bodyStartLine: number, footerStartLine: number, furniture: ReadonlySet<number>): Region[] {
  const out: Region[] = [];
  const collect = (kind: Region['kind'], from: number, to: number) => {
    let first = -1;
    let last = -1;
    const flush = () => {
      if (first < 0) return;
      const a = lines[first]!;
      const b = lines[last]!;
      const start = a.span.start + (a.text.length - a.text.trimStart().length);
      const end = b.span.end - (b.text.length - b.text.trimEnd().length);
      out.push({ kind, span: { start, end }, line: a.number, lines: b.number - a.number + 1 });
      first = -1;
    };
    for (let i = from; i < to; i++) {
      if (furniture.has(i)) flush();
      else if (lines[i]!.text.trim()) {
        if (first < 0) first = i;
        last = i;
      }
    }
    flush();
  };
  collect('header', 0, Math.min(bodyStartLine, lines.length));
  collect('footer', Math.max(footerStartLine, bodyStartLine), lines.length);
  return out;
}
