/**
 * Lines → paragraphs. A paragraph is one or more lines that read as one unit: hard-wrapped
 * lines of a PDF copy are joined, and so is a paragraph broken mid-sentence by a page break.
 * A line that starts with an enumeration marker always starts a paragraph.
 */
import type { Block, Line } from '../types.js';
import { isBareMarker, recognizeMarker } from '../outline/markers.js';

// A line that ends a sentence or a clause: "… năm 2021." | "… như sau:" | "… ;" | "… ./."
const ENDS_CLAUSE = /[.:;!?…]["”’)\]]*\s*$/u;
const STARTS_LOWER = /^["“(]?[\p{Ll}\d]/u;

export interface SegmentOptions {
  /** 0-based index of the first body line. */
  from: number;
  /** 0-based index after the last body line. */
  to: number;
  /** 0-based indices of furniture lines: they break paragraphs and belong to none. */
  furniture: Set<number>;
}

/**
 * Groups the body lines into paragraphs.
 * @example segmentBlocks(segmentLines('1. Giao Sở\nTài chính chủ trì.'), …) → one block of two lines
 */
export function segmentBlocks(text: string, lines: Line[], opts: SegmentOptions): Block[] {
  const wrapWidth = hardWrapWidth(lines.slice(opts.from, opts.to));
  const blocks: Block[] = [];
  let current: Line[] = [];
  let sawBlank = false;
  let sawFurniture = false;

  const flush = () => {
    if (current.length) {
      const block = makeBlock(text, current);
      if (sawFurniture) block.afterFurniture = true;
      blocks.push(block);
      sawFurniture = false;
    }
    current = [];
  };

  for (let i = opts.from; i < opts.to; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (opts.furniture.has(i)) {
      flush();
      sawFurniture = blocks.length > 0;
      sawBlank = false;
      continue;
    }
    if (!t) {
      sawBlank = true;
      continue;
    }
    if (current.length && continues(current, t, sawBlank, wrapWidth)) current.push(line);
    else {
      flush();
      current = [line];
    }
    sawBlank = false;
  }
  flush();
  return blocks;
}

function continues(current: Line[], t: string, afterBlank: boolean, wrapWidth: number): boolean {
  const prev = current[current.length - 1]!.text.trim();
  // "1." alone on its line: its text follows on the next line.
  if (current.length === 1 && isBareMarker(prev)) return true;
  const marker = recognizeMarker(t);
  const prevOpen = !ENDS_CLAUSE.test(prev);
  if (marker) {
    if (marker.kind !== 'bullet' || !prevOpen) return false;
    // "giai đoạn 2021\n- 2025": a dash before a number inside an open clause is not a bullet.
    if (/^[-–]\s*\d/.test(t)) return true;
    // "Festival Thăng Long\n– Hà Nội": a wrap inside a name joined by a dash, in a wrapped copy.
    return wrapWidth > 0 && prev.length >= wrapWidth * 0.6 && /\p{Lu}[\p{Ll}\p{M}]*$/u.test(prev) && /^–\s*\p{Lu}/u.test(t);
  }
  if (!prevOpen) return false;
  if (afterBlank) return STARTS_LOWER.test(t);
  if (STARTS_LOWER.test(t)) return true;
  // Hard-wrapped copies break lines near a fixed width, also before a capitalised word.
  return wrapWidth > 0 && prev.length >= wrapWidth * 0.6;
}

/**
 * The width at which a PDF or e-mail copy wraps its lines, or 0 when lines are paragraphs.
 * Wrapped text has most lines close to one maximum length, well under 200 characters.
 */
function hardWrapWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 8) return 0;
  const p90 = lengths[Math.floor(lengths.length * 0.9)]!;
  if (p90 > 200 || p90 < 30) return 0;
  const near = lengths.filter((n) => n >= p90 * 0.75 && n <= p90 * 1.15).length;
  return near >= lengths.length * 0.4 ? p90 : 0;
}

function makeBlock(text: string, lines: Line[]): Block {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  let start = first.span.start;
  let end = last.span.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), span: { start, end }, lines, furniture: false };
}
