/**
 * Drafts → the output object of SPEC.md: line numbers, item ids on metrics, references
 * deduplicated, outline nodes, and `rule` provenance only under `debug`.
 */
import type { Assignee, Deadline, DocumentInfo, Item, Metric, OutlineNode, Reference, Result, Source, Warning } from '../schema.js';
import type { Candidate, MetricValue, ReferenceValue } from '../types.js';
import type { LineIndex } from '../normalize/line-index.js';
import type { Entry } from '../outline/build-outline.js';
import type { BuiltItems, NodeDraft } from './build-items.js';
import { dedupeReferences } from './dedupe-references.js';

export interface AssembleInput {
  source: Source;
  document: DocumentInfo;
  root: Entry;
  built: BuiltItems;
  warnings: Warning[];
  lineIndex: LineIndex;
  debug: boolean;
}

// Whitespace that collapsing changes: a run of two or more, or one character that is not a space.
// The same result as replacing every `\s+`, without replacing each single space of a long text.
const LOOSE_SPACE = /\s{2,}|[^\S ]/g;

/** Builds the result object, keys in the order of SPEC.md. */
export function assembleResult(input: AssembleInput): Omit<Result, 'schemaVersion' | 'furniture' | 'regions'> & { schemaVersion: 1 } {
  const { lineIndex, debug } = input;
  const line = (offset: number) => lineIndex.lineOf(offset);
  const withRule = <T extends object>(o: T, rule: string): T => (debug ? { ...o, rule } : o);

  const metricOut = (c: Candidate<MetricValue>, itemId: string | null): Metric => {
    const v = c.value;
    const m: Metric = {
      text: c.text,
      value: v.value,
      unit: v.unit,
      ...(v.amountVnd !== undefined ? { amountVnd: v.amountVnd } : {}),
      ...(v.of !== undefined ? { of: v.of } : {}),
      comparator: v.comparator,
      target: v.target,
      itemId,
      span: c.span,
      line: line(c.span.start),
    };
    return withRule(m, c.rule);
  };

  const allMetrics: Metric[] = [];
  const allRefs: Candidate<ReferenceValue>[] = [];

  const nodeOut = (n: NodeDraft): OutlineNode => {
    for (const m of n.metrics) allMetrics.push(metricOut(m, n.entry.id));
    // Loops, not `push(...)`: one item may hold 100,000 figures, too many arguments for a call.
    for (const r of n.references) allRefs.push(r);
    return {
      id: n.entry.id,
      marker: n.entry.marker!.glyph,
      level: n.entry.level,
      title: n.title,
      span: n.span,
      line: line(n.span.start),
      children: n.children.map(nodeOut),
    };
  };
  // Nodes and items interleave in document order; metrics are sorted by position afterwards.
  const outline = input.built.nodes.map(nodeOut);

  const items: Item[] = input.built.items.map((d) => {
    const metrics = d.metrics.map((m) => metricOut(m, d.id));
    for (const m of metrics) allMetrics.push(m);
    for (const r of d.references) allRefs.push(r);
    const assignees: Assignee[] = d.assignees.map((a) =>
      withRule(
        {
          name: a.value.name,
          role: a.value.role,
          via: a.via,
          text: a.text,
          span: a.span,
          line: a.span ? line(a.span.start) : null,
          ...(a.value.generic ? { generic: true } : {}),
          ...(a.value.title ? { title: a.value.title } : {}),
        },
        a.rule,
      ),
    );
    const deadlines: Deadline[] = d.deadlines.map((x) =>
      withRule(
        {
          text: x.text,
          date: x.value.date,
          precision: x.value.precision,
          via: x.via,
          span: x.span,
          line: line(x.span.start),
          ...(x.value.recurring ? { recurring: x.value.recurring } : {}),
          ...(x.value.due ? { due: x.value.due } : {}),
        },
        x.rule,
      ),
    );
    const item: Item = {
      id: d.id,
      kind: d.kind,
      marker: d.marker,
      headings: d.headings,
      text: d.unit.text.replace(LOOSE_SPACE, ' ').trim(),
      span: d.unit.span,
      line: line(d.unit.span.start),
      urgent: d.urgent,
      assignees,
      deadlines,
      metrics,
      references: uniqueNumbers(d.references),
    };
    return withRule(item, d.kindRule);
  });

  allMetrics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  allRefs.sort((a, b) => a.span.start - b.span.start);
  const references: Reference[] = dedupeReferences(allRefs).map(({ first, spans }) =>
    withRule(
      {
        type: first.value.type,
        number: first.value.number,
        date: first.value.date,
        issuer: first.value.issuer,
        text: first.text,
        span: first.span,
        line: line(first.span.start),
        spans,
      },
      first.rule,
    ),
  );
  const warnings = [...input.warnings].sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
  return {
    schemaVersion: 1,
    source: input.source,
    document: input.document,
    outline,
    items,
    references,
    metrics: allMetrics,
    warnings,
  };
}

function uniqueNumbers(refs: Candidate<ReferenceValue>[]): string[] {
  const out: string[] = [];
  for (const r of refs) if (!out.includes(r.value.number)) out.push(r.value.number);
  return out;
}
