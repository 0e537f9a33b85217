/**
 * Offset → 1-based line number in the normalized text, by binary search over line starts.
 */
export interface LineIndex {
  lineOf(offset: number): number;
}

/** @example buildLineIndex('a\nb').lineOf(2) → 2 */
export function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineOf(offset: number): number {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    },
  };
}
