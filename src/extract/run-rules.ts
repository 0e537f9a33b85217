/**
 * The shared driver of the extractors: runs named rules over a text unit, turns match
 * indices into absolute spans (the one place that adds a unit's base offset) and drops
 * overlapping candidates, longest first.
 */
import type { Candidate, ExtractContext, Rule, Span, TextUnit } from '../types.js';

/**
 * Letters and digits of the Latin script with its Vietnamese letters: what a word is made of
 * (never `\b`/`\w`). Written as ranges, not `\p{L}`: V8 compiles a `\p{L}` class in about a
 * millisecond, and the extractors hold hundreds of boundaries.
 */
export const WORD_CHAR = '[0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ]';
/** Lookbehind: no letter or digit before. */
export const B_START = '(?<![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])';
/** Lookahead: no letter or digit after. */
export const B_END = '(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])';

/**
 * Builds a global, Unicode, case-insensitive regex whose source may use `⟨` and `⟩` as word
 * boundaries safe for Vietnamese.
 * @example wordPattern('⟨trước ngày⟩') matches "trước ngày" but not "xtrước ngày"
 */
export function wordPattern(source: string, flags = 'giu'): RegExp {
  const withBounds = source.replaceAll('⟨', B_START).replaceAll('⟩', B_END);
  return new RegExp(withBounds, flags.includes('d') ? flags : flags + 'd');
}

/** Collapses whitespace as SPEC.md's span invariant does. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A unit for a slice of a larger unit, keeping offsets absolute. */
export function subUnit(unit: TextUnit, start: number, end: number): TextUnit {
  return { text: unit.text.slice(start, end), span: { start: unit.span.start + start, end: unit.span.start + end } };
}

/** Trims whitespace off a span of `text`, so that spans start and end on a visible character. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Runs every rule over the unit and returns all candidates, in rule order, with absolute spans.
 * Overlaps are kept; use `dropOverlapping` to keep the longest.
 */
export function runRules<T>(unit: TextUnit, rules: readonly Rule<T>[], ctx: ExtractContext): Candidate<T>[] {
  const found: Candidate<T>[] = [];
  for (const rule of rules) {
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(unit.text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const value = rule.extract(m, ctx, unit);
      if (value === null) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      if (rule.spanGroup && m.indices?.groups?.[rule.spanGroup]) {
        [start, end] = m.indices.groups[rule.spanGroup]!;
      }
      const local = trimSpan(unit.text, { start, end });
      if (local.end <= local.start) continue;
      found.push({
        value,
        span: { start: unit.span.start + local.start, end: unit.span.start + local.end },
        text: collapseWhitespace(unit.text.slice(local.start, local.end)),
        rule: rule.name,
      });
    }
  }
  return found;
}

/** Keeps the longest of overlapping candidates (earlier rule wins a tie), sorted by position. */
export function dropOverlapping<T>(candidates: Candidate<T>[]): Candidate<T>[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.span.end - b.c.span.start - (a.c.span.end - a.c.span.start) || a.i - b.i);
  const kept: Candidate<T>[] = [];
  for (const { c } of order) {
    if (kept.some((k) => c.span.start < k.span.end && k.span.start < c.span.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
