/**
 * `--explain`: a readable per-item trace of which rule produced each value, for people checking
 * a result by eye.
 */
import type { Result } from '../schema.js';

const short = (s: string, n = 90) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** @example explainResult(result, text) → 'II.1.(1)  task  line 141\n  text  (1) Phối hợp …\n  lead  Phòng …' */
export function explainResult(result: Result, _text: string): string {
  const out: string[] = [];
  const d = result.document;
  out.push(`# ${result.source.path}`);
  out.push(`document  ${d.kind}  ${d.type ?? '-'}  ${d.number ?? '-'}  ${d.date ?? '-'}  ${d.place ?? '-'}`);
  out.push(`title     ${short(d.title ?? '-')}`);
  if (d.signer) out.push(`signer    ${d.signer.title ?? ''} ${d.signer.name ?? ''}`.trimEnd());
  for (const w of result.warnings) out.push(`warning   ${w.code}${w.line ? ` (line ${w.line})` : ''}: ${w.message}`);
  out.push('');
  for (const item of result.items) {
    out.push(`${item.id}  ${item.kind}  line ${item.line}${item.urgent ? '  urgent' : ''}${item.rule ? `  [${item.rule}]` : ''}`);
    out.push(`  text      ${short(item.text)}`);
    if (item.headings.length) out.push(`  headings  ${short(item.headings.join(' › '))}`);
    for (const a of item.assignees) {
      out.push(`  ${a.role.padEnd(8)}  ${a.name}${a.title ? ` (${a.title})` : ''}${a.generic ? ' [generic]' : ''}  via ${a.via}${a.text ? ` "${short(a.text, 50)}"` : ''}${a.rule ? `  ← ${a.rule}` : ''}`);
    }
    for (const dl of item.deadlines) {
      out.push(`  deadline  ${dl.date ?? '-'} ${dl.precision}${dl.recurring ? ` ${dl.recurring}` : ''}  via ${dl.via} "${dl.text}"${dl.rule ? `  ← ${dl.rule}` : ''}`);
    }
    for (const m of item.metrics) out.push(`  metric    ${m.value}${m.of !== undefined ? `/${m.of}` : ''} ${m.unit ?? ''} ${m.comparator}${m.target ? ' target' : ''} "${m.text}"${m.rule ? `  ← ${m.rule}` : ''}`);
    for (const r of item.references) out.push(`  cites     ${r}`);
  }
  if (result.references.length) {
    out.push('');
    for (const r of result.references) out.push(`reference ${r.number}  ${r.type}  ${r.date ?? '-'}  ${r.issuer ?? '-'}  ×${r.spans.length}${r.rule ? `  ← ${r.rule}` : ''}`);
  }
  return out.join('\n') + '\n\n';
}
