/**
 * One reference per cited number (SPEC "references"): the first occurrence speaks for the number,
 * and every occurrence's span is kept.
 */
import { referenceNumberKey } from '../extract/references.js';
import type { Candidate, ReferenceValue, Span } from '../types.js';

/**
 * Groups reference candidates by number — spaces ignored, case folded, `Đ` read as `D`, so that
 * `318/QĐ- TTg`, `318/QĐ-TTg` and `318/QD-TTG` are one document — keeping the first occurrence and
 * listing all spans in document order.
 * @example dedupeReferences([57-NQ/TW at 10, 60/2021/NĐ-CP at 40, 57-NQ/TW at 90])
 *   → [{first: 57-NQ/TW at 10, spans: [10…, 90…]}, {first: 60/2021/NĐ-CP at 40, spans: [40…]}]
 */
export function dedupeReferences(
  cands: Candidate<ReferenceValue>[],
): Array<{ first: Candidate<ReferenceValue>; spans: Span[] }> {
  // Extractors run unit by unit; sort once so that "first" means first in the document.
  const ordered = [...cands].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const groups = new Map<string, { first: Candidate<ReferenceValue>; spans: Span[]; seen: Set<string> }>();
  for (const c of ordered) {
    const key = referenceNumberKey(c.value.number);
    const group = groups.get(key);
    // The same words met twice (a heading's `.0` item shares them with its title) are one occurrence.
    // A set, not a scan of the spans: a page citing one number 20,000 times stays linear.
    const at = `${c.span.start}:${c.span.end}`;
    if (group) {
      if (!group.seen.has(at)) {
        group.seen.add(at);
        group.spans.push({ ...c.span });
      }
    } else groups.set(key, { first: c, spans: [{ ...c.span }], seen: new Set([at]) });
  }
  return [...groups.values()].map(({ first, spans }) => ({ first, spans }));
}
