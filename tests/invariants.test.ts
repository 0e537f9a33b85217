/**
 * Invariants over every fixture: the span invariant of SPEC.md, line numbers, unique ids, the
 * zod schema, coverage of every marker line, and byte-for-byte determinism.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithText, resultSchema } from '../src/index.js';
import { emitJson } from '../src/emit/json.js';
import { fixtureBytes, fixtureNames, fixturePath } from './helpers/fixtures.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every object with a `span`, wherever it sits in the result. */
function objectsWithSpan(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) objectsWithSpan(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.span && typeof o.span === 'object' && 'start' in (o.span as object)) out.push(o);
    for (const v of Object.values(o)) objectsWithSpan(v, out);
  }
  return out;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

describe.each(fixtureNames())('%s', (name) => {
  const { result, text } = parseWithText(fixtureBytes(name), { path: fixturePath(name) });

  it('should pass the output schema', () => {
    expect(() => resultSchema.parse(result)).not.toThrow();
  });

  it('should keep the span invariant for every object with text and span', () => {
    for (const o of objectsWithSpan(result)) {
      const span = o.span as { start: number; end: number };
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(span.end).toBeLessThanOrEqual(text.length);
      if (typeof o.text === 'string') expect(collapse(text.slice(span.start, span.end))).toBe(o.text);
      if (typeof o.line === 'number') expect(o.line).toBe(lineOf(text, span.start));
    }
  });

  it('should give unique ids to items and outline nodes', () => {
    const ids: string[] = result.items.map((i) => i.id);
    const walk = (ns: typeof result.outline) => ns.forEach((n) => (ids.push(n.id), walk(n.children)));
    walk(result.outline);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should not let two items overlap, and keep them in document order', () => {
    const spans = result.items.filter((i) => !i.id.endsWith('.0')).map((i) => i.span);
    for (let k = 1; k < spans.length; k++) expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
  });

  it('should cover every marker line of the body with an item or a heading', () => {
    const covered = [...result.items.map((i) => i.span), ...result.furniture.map((f) => f.span)];
    const walk = (ns: typeof result.outline) => ns.forEach((n) => (covered.push(n.span), walk(n.children)));
    walk(result.outline);
    if (!result.items.length) return;
    const bodyStart = Math.min(...result.items.map((i) => i.span.start));
    const tail = text.indexOf('Nơi nhận', bodyStart);
    const bodyEnd = tail < 0 ? text.length : tail;
    const marker = /^[ \t]*(?:[IVXL]+\.|\d+(?:\.\d+)*\.|\d+\)|[a-zđ]\)|\(\d+\)|[-–+•])[ \t]+\S/;
    let off = 0;
    const lost: string[] = [];
    for (const line of text.split('\n')) {
      const at = off;
      off += line.length + 1;
      if (at < bodyStart || at >= bodyEnd || !marker.test(line)) continue;
      const first = at + line.search(/\S/);
      if (!covered.some((s) => s.start <= first && first < s.end)) lost.push(line.trim().slice(0, 60));
    }
    expect(lost).toEqual([]);
  });

  it('should give the same bytes twice', () => {
    const again = parseWithText(fixtureBytes(name), { path: fixturePath(name) });
    expect(emitJson(again.result)).toBe(emitJson(result));
  });
});

describe('parse order', () => {
  // A batch parses many documents in one thread: a pattern's state left by one (a `g` pattern's lastIndex, where
  // matchAll starts) must not change the next one's result.
  it('should give each document the same result whatever was parsed before it', () => {
    const names = fixtureNames();
    const once = (name: string) => emitJson(parseWithText(fixtureBytes(name), { path: fixturePath(name) }).result);
    const forward = new Map(names.map((n) => [n, once(n)]));
    const changed = [...names].reverse().filter((n) => once(n) !== forward.get(n));
    expect(changed).toEqual([]);
  });
});

describe('source files', () => {
  it('should all be in NFC, so that Vietnamese in patterns matches', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|mjs|js)$/.test(f)) files.push(p);
      }
    };
    walk(join(import.meta.dirname, '../src'));
    walk(join(import.meta.dirname, '.'));
    const notNfc = files.filter((f) => {
      const s = readFileSync(f, 'utf8');
      return s !== s.normalize('NFC');
    });
    expect(notNfc).toEqual([]);
  });
});
