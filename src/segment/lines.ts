/**
 * Splits the normalized text into lines with their spans (the `\n` belongs to no line).
 */
import type { Line } from '../types.js';

/**
 * @example segmentLines('a\nb') → [{text:'a', span:{start:0,end:1}, number:1}, {text:'b', span:{start:2,end:3}, number:2}]
 */
export function segmentLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end), span: { start, end }, number });
    if (nl < 0) break;
    start = nl + 1;
    number++;
  }
  return lines;
}
