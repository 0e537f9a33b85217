/**
 * The checks every output must pass, from the output and the normalized text alone: the zod
 * schema, the span invariant of SPEC.md, unique ids, and coverage (every visible character lies in
 * exactly one item, outline node, furniture range or header/footer region; a `.0` item shares its
 * node's words and nothing else overlaps). Used by the fixture tests and the fuzz tests.
 */
import { resultSchema, type OutlineNode, type Result } from '../../src/index.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every object with a `span`, wherever it sits in the result, with its path for messages. */
function objectsWithSpan(value: unknown, path: string, out: { path: string; o: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => objectsWithSpan(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.span && typeof o.span === 'object' && 'start' in (o.span as object)) out.push({ path, o });
    for (const [k, v] of Object.entries(o)) objectsWithSpan(v, `${path}.${k}`, out);
  }
  return out;
}

function nodesOf(outline: OutlineNode[], out: OutlineNode[] = []): OutlineNode[] {
  for (const n of outline) {
    out.push(n);
    nodesOf(n.children, out);
  }
  return out;
}

/** 1-based line of every offset, by line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Schema, span invariant, line numbers and unique ids; returns the problems found (empty when none). */
export function invariantProblems(result: Result, text: string): string[] {
  const problems: string[] = [];
  const parsed = resultSchema.safeParse(result);
  if (!parsed.success) problems.push(`schema: ${parsed.error.message.slice(0, 300)}`);
  const starts = lineStarts(text);
  for (const { path, o } of objectsWithSpan(result, '$')) {
    const span = o.span as { start: number; end: number };
    if (!(span.start <= span.end && span.end <= text.length)) problems.push(`${path}: span ${span.start}–${span.end} outside the text`);
    else if (typeof o.text === 'string' && collapse(text.slice(span.start, span.end)) !== o.text) {
      problems.push(`${path}: text ${JSON.stringify(o.text.slice(0, 60))} is not the text of its span`);
    }
    if (!('line' in o)) problems.push(`${path}: span without line`);
    else if (typeof o.line === 'number' && o.line !== lineOf(starts, span.start)) problems.push(`${path}: line ${o.line}, not ${lineOf(starts, span.start)}`);
  }
  const ids = [...result.items.map((i) => i.id), ...nodesOf(result.outline).map((n) => n.id)];
  const dup = ids.filter((id, k) => ids.indexOf(id) !== k);
  if (dup.length) problems.push(`duplicate ids: ${[...new Set(dup)].slice(0, 5).join(', ')}`);
  return problems;
}

/**
 * Coverage (SPEC.md, item): every non-whitespace character of `text` in exactly one item, outline
 * node, furniture range or region. A `.0` item counts only for the words after its node's span.
 * Returns the problems found, each quoting the first characters of an uncovered or doubly
 * covered stretch.
 */
export function coverageProblems(result: Result, text: string): string[] {
  const diff = new Int32Array(text.length + 1);
  const add = (s: { start: number; end: number }) => {
    if (s.end <= s.start) return;
    diff[Math.max(0, s.start)]!++;
    diff[Math.min(text.length, s.end)]!--;
  };
  const problems: string[] = [];
  const nodes = new Map(nodesOf(result.outline).map((n) => [n.id, n]));
  for (const n of nodes.values()) add(n.span);
  for (const item of result.items) {
    const node = item.id.endsWith('.0') ? nodes.get(item.id.slice(0, -2)) : undefined;
    if (!node) add(item.span);
    else if (item.span.start !== node.span.start) problems.push(`${item.id}: a .0 item does not start with its node`);
    else add({ start: Math.max(node.span.end, item.span.start), end: item.span.end });
  }
  for (const f of result.furniture) add(f.span);
  for (const r of result.regions) add(r.span);
  let depth = 0;
  let bad: { at: number; depth: number } | null = null;
  const report = (end: number) => {
    if (!bad) return;
    const what = bad.depth === 0 ? 'not covered' : `covered ${bad.depth} times`;
    problems.push(`${what} at ${bad.at}–${end}: ${JSON.stringify(text.slice(bad.at, Math.min(end, bad.at + 60)))}`);
    bad = null;
  };
  for (let i = 0; i < text.length; i++) {
    depth += diff[i]!;
    const visible = !/\s/.test(text[i]!);
    if (visible && depth !== 1) {
      if (!bad || bad.depth !== depth) {
        report(i);
        bad = { at: i, depth };
      }
    } else if (visible) report(i);
    if (problems.length > 20) break;
  }
  report(text.length);
  return problems;
}
