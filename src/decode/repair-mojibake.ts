/**
 * TCVN3 or VNI text inside UTF-8: a paragraph pasted from an old file into a Unicode editor
 * arrives as the Windows-1252 reading of its bytes ("TiÕng ViÖt", "Tieáng Vieät"), often under
 * a header typed in Unicode. Found and converted line by line, conservatively: a line is repaired
 * only when every character could come from such a reading and the repair turns non-words into
 * Vietnamese syllables.
 */
import { isLegacyReadable } from './legacy/cp1252.js';
import { repairTcvn3, restoreTcvn3Capitals } from './legacy/tcvn3.js';
import { repairVni } from './legacy/vni.js';
import { scoreVietnamese, type VietnameseScore } from './score-vietnamese.js';

/** Lines (0-based, inclusive) changed by one kind of repair. */
export interface Repair {
  kind: 'tcvn3' | 'vni' | 'capitals';
  firstLine: number;
  lastLine: number;
}

// Latin-1 characters that are not Vietnamese letters (NBSP aside): clean Vietnamese text in
// Unicode rarely has them, TCVN3 and VNI readings nearly always do (µ ¸ ¹ Õ Ö ø ï ö ñ …).
const SUSPICIOUS = /[\u0080-\u009f\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/u;
const HIGH = /[^\x00-\x7f]/u;
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/gu;

type Scheme = 'tcvn3' | 'vni';
const REPAIR: Record<Scheme, (s: string) => string> = { tcvn3: repairTcvn3, vni: repairVni };
// A TCVN3 heading comes back as "THủ TƯớNG": scored with its capitals restored, it reads as words.
const SCORED: Record<Scheme, (s: string) => string> = { tcvn3: (s) => restoreTcvn3Capitals(repairTcvn3(s)).text, vni: repairVni };

const weight = (s: VietnameseScore) => s.valid - 2 * s.invalid;

/**
 * Repairs TCVN3 and VNI paragraphs inside Unicode text and lists the lines it changed.
 * @example repairMojibake('KẾT LUẬN\nTiÕng ViÖt').text → 'KẾT LUẬN\nTiếng Việt'
 */
export function repairMojibake(text: string): { text: string; repairs: Repair[] } {
  // The common case, clean Unicode, costs one regex scan.
  if (!SUSPICIOUS.test(text)) return { text, repairs: [] };
  const lines = text.match(LINE)!;
  const chosen: Array<Scheme | null> = lines.map(() => null);
  const candidates: number[] = [];
  lines.forEach((line, i) => {
    if (HIGH.test(line) && isLegacyReadable(line)) candidates.push(i);
  });
  // First the lines that are clearly one scheme; then, with that scheme, the lines whose words
  // are valid either way ("Sè: 45/KL" is "Số: 45/KL" in a TCVN3 body).
  const strong: Record<Scheme, number> = { tcvn3: 0, vni: 0 };
  const tied: number[] = [];
  for (const i of candidates) {
    const before = scoreVietnamese(lines[i]!);
    const clear: Array<{ scheme: Scheme; gain: number }> = [];
    for (const scheme of ['tcvn3', 'vni'] as const) {
      const after = scoreVietnamese(SCORED[scheme](lines[i]!));
      const gain = weight(after) - weight(before);
      if (after.invalid < before.invalid && after.valid >= 2 && after.invalid * 4 <= after.valid && gain >= 2) clear.push({ scheme, gain });
    }
    clear.sort((x, y) => y.gain - x.gain);
    if (clear.length === 2 && clear[0]!.gain === clear[1]!.gain) tied.push(i);
    else if (clear.length) {
      chosen[i] = clear[0]!.scheme;
      strong[clear[0]!.scheme]++;
    }
  }
  // "Boä Coâng an" reads as TCVN3 "Boọ Coõng an" about as well as VNI "Bộ Công an": the rest
  // of the document decides.
  const dominant: Scheme | null = strong.tcvn3 + strong.vni === 0 ? null : strong.tcvn3 >= strong.vni ? 'tcvn3' : 'vni';
  if (dominant) {
    for (const i of tied) chosen[i] = dominant;
    for (const i of candidates) if (chosen[i] === null && quietlyBetter(lines[i]!, SCORED[dominant](lines[i]!))) chosen[i] = dominant;
  }
  if (!chosen.some(Boolean)) return { text, repairs: [] };
  const repaired = lines.map((line, i) => (chosen[i] ? REPAIR[chosen[i]!](line) : line));
  const blank = lines.map((l) => !l.trim());
  const repairs = ranges(chosen, blank);
  if (chosen.includes('tcvn3')) {
    // Restore capitals on the whole text, for the context of the lines around, but keep the
    // change only on the lines that were TCVN3.
    const restored = restoreTcvn3Capitals(repaired.join('')).text.match(LINE)!;
    const capitals = repaired.map((line, i) => chosen[i] === 'tcvn3' && restored[i] !== line);
    capitals.forEach((c, i) => c && (repaired[i] = restored[i]!));
    repairs.push(...ranges(capitals.map((c) => (c ? 'capitals' : null)), blank));
  }
  return { text: repaired.join(''), repairs };
}

/**
 * A repair of a line with some sign of mojibake (a non-word, or a character Vietnamese does not
 * use: "- L\u00adu: VT" is "- Lưu: VT") that spoils nothing: no new non-word, at least one more
 * syllable or one fewer non-word. "THÔNG BÁO" in Unicode reads as VNI "THƠNG BÁO" just as well,
 * but shows no sign, so it stays.
 */
function quietlyBetter(before: string, after: string): boolean {
  if (after === before) return false;
  const b = scoreVietnamese(before);
  if (b.invalid === 0 && !SUSPICIOUS.test(before)) return false;
  const a = scoreVietnamese(after);
  return a.invalid <= b.invalid && a.valid >= b.valid && (a.valid > b.valid || a.invalid < b.invalid);
}

/**
 * Runs of lines with the same kind; blank lines between two of the same kind join them.
 * @example ranges(['vni', null, 'vni'], [false, true, false]) → [{ kind: 'vni', firstLine: 0, lastLine: 2 }]
 */
export function ranges(kinds: Array<Repair['kind'] | null>, blank: boolean[]): Repair[] {
  const out: Repair[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (!kind) continue;
    const last = out[out.length - 1];
    if (last && last.kind === kind && blank.slice(last.lastLine + 1, i).every(Boolean)) last.lastLine = i;
    else out.push({ kind, firstLine: i, lastLine: i });
  }
  return out;
}
