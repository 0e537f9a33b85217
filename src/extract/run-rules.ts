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

/**
 * For a rule's `readOn`: runs a sticky `pattern` where the match ends and makes what it reads part of the
 * match: its defined groups join the match's, and the groups that ended with the match (`enclosing`) end
 * where it ends now.
 */
export function readOnWith(m: RegExpExecArray, text: string, pattern: RegExp, enclosing: readonly string[] = []): void {
  const end = m.index + m[0].length;
  pattern.lastIndex = end;
  const more = pattern.exec(text);
  if (!more || more[0].length === 0) return;
  const groups = (m.groups ??= {});
  const spans = (m.indices!.groups ??= {});
  for (const [name, value] of Object.entries(more.groups ?? {})) {
    if (value === undefined) continue;
    groups[name] = value;
    spans[name] = more.indices!.groups![name]!;
  }
  const to = end + more[0].length;
  for (const name of enclosing) {
    const span = spans[name];
    if (span && span[1] === end) {
      spans[name] = [span[0], to];
      groups[name] = text.slice(span[0], to);
    }
  }
  m[0] = text.slice(m.index, to);
  m.indices![0] = [m.index, to];
}

/** Collapses whitespace as SPEC.md's span invariant does. */
export function collapseWhitespace(s: string): string {
  // Only what changes is replaced: `\s+` → ' ' rewrote every single space of a 50 MB line.
  return s.replace(/\s{2,}|[^\S ]/g, ' ').trim();
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

/** The words of a rule set's `needs`, found in a text by one pattern rather than one search each. */
interface NeedsFinder {
  pattern: RegExp;
  /** Each word → the words of the set it begins with (itself included): found with it. */
  prefixes: Map<string, string[]>;
}

const FINDERS = new WeakMap<readonly Rule<unknown>[], NeedsFinder | null>();

function finderOf(rules: readonly Rule<unknown>[]): NeedsFinder | null {
  let finder = FINDERS.get(rules);
  if (finder === undefined) {
    const words = [...new Set(rules.flatMap((r) => r.needs ?? []))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    finder = words.length
      ? {
          // longest first: where several begin at one offset the longest is found, and the others are its prefixes
          pattern: new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'g'),
          prefixes: new Map(words.map((w) => [w, words.filter((v) => w.startsWith(v))])),
        }
      : null;
    FINDERS.set(rules, finder);
  }
  return finder;
}

/**
 * The words of `needs` that a text holds, lower-cased, for one rule set. The extractors read the same
 * unit one after the other: what was found in the last text is kept.
 */
let lastText: string | null = null;
let lastLower = '';
let lastFound = new Map<NeedsFinder, Set<string>>();

function needsFound(text: string, finder: NeedsFinder): Set<string> {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
    lastFound = new Map();
  }
  let found = lastFound.get(finder);
  if (!found) {
    found = new Set();
    const lower = lastLower;
    const re = finder.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    // every offset, not only after the last match: words may overlap
    while ((m = re.exec(lower)) !== null) {
      for (const w of finder.prefixes.get(m[0])!) found.add(w);
      re.lastIndex = m.index + 1;
    }
    lastFound.set(finder, found);
  }
  return found;
}

function holdsAny(held: Set<string>, words: readonly string[]): boolean {
  for (const w of words) if (held.has(w)) return true;
  return false;
}

/**
 * Runs every rule over the unit and returns all candidates, in rule order, with absolute spans.
 * Overlaps are kept; use `dropOverlapping` to keep the longest.
 */
export function runRules<T>(unit: TextUnit, rules: readonly Rule<T>[], ctx: ExtractContext): Candidate<T>[] {
  const found: Candidate<T>[] = [];
  const finder = finderOf(rules as readonly Rule<unknown>[]);
  const held = finder ? needsFound(unit.text, finder) : null;
  for (const rule of rules) {
    if (rule.needs && !holdsAny(held!, rule.needs)) continue;
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(unit.text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (rule.readOn) {
        rule.readOn(m, unit.text);
        re.lastIndex = m.index + m[0].length;
      }
      const value = rule.extract(m, ctx, unit);
      if (value === null) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      if (rule.spanGroup && m.indices?.groups?.[rule.spanGroup]) {
        [start, end] = m.indices.groups[rule.spanGroup]!;
      }
      if (rule.spanStart) start = Math.min(start, rule.spanStart(m, unit));
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

/**
 * Keeps the longest of overlapping candidates (earlier rule wins a tie), sorted by position.
 * Same result as taking candidates longest first and keeping each that overlaps none kept so
 * far, but in O(n log n): a line of 20,000 citations gives 20,000 candidates, and comparing each
 * with every kept one took seconds. Kept spans are looked up by start position in two Fenwick
 * trees over the distinct starts: a count (is a kept start inside this span?) and a prefix
 * maximum of ends (does a kept span that starts before this one reach into it?).
 * @example dropOverlapping([`15/8` at 10–14, `trước ngày 15/8` at 0–14]) → [`trước ngày 15/8` at 0–14]
 */
export function dropOverlapping<T>(candidates: Candidate<T>[]): Candidate<T>[] {
  const n = candidates.length;
  if (n < 2) return [...candidates];
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.span.end - b.c.span.start - (a.c.span.end - a.c.span.start) || a.i - b.i);
  const starts = [...new Set(candidates.map((c) => c.span.start))].sort((a, b) => a - b);
  const m = starts.length;
  // Index of the first distinct start >= x (m when none).
  const rankOf = (x: number): number => {
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const count = new Int32Array(m + 1);
  const maxEnd = new Float64Array(m + 1).fill(-Infinity);
  // The largest end of the kept spans that start exactly at each distinct start.
  const endAt = new Float64Array(m).fill(-Infinity);
  /** Kept starts among the first `r` distinct starts. */
  const countBefore = (r: number): number => {
    let sum = 0;
    for (let k = r; k > 0; k -= k & -k) sum += count[k]!;
    return sum;
  };
  /** Largest end of a kept span among the first `r` distinct starts. */
  const maxEndBefore = (r: number): number => {
    let best = -Infinity;
    for (let k = r; k > 0; k -= k & -k) best = Math.max(best, maxEnd[k]!);
    return best;
  };
  const kept: Candidate<T>[] = [];
  for (const { c } of order) {
    const { start, end } = c.span;
    const r = rankOf(start);
    // Overlap, as in `c.start < k.end && k.start < c.end`: a kept span that starts before c and
    // ends after c's start; one that starts at c's start and is not empty while c is not; or one
    // that starts strictly inside c.
    if (maxEndBefore(r) > start) continue;
    if (end > start && endAt[r]! > start) continue;
    if (end > start && countBefore(rankOf(end)) - countBefore(r + 1) > 0) continue;
    kept.push(c);
    endAt[r] = Math.max(endAt[r]!, end);
    for (let k = r + 1; k <= m; k += k & -k) {
      count[k]!++;
      maxEnd[k] = Math.max(maxEnd[k]!, end);
    }
  }
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
