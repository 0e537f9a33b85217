/**
 * The signer: the office over the signature and the name under it
 * (`KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nVõ Tuấn Anh` → `Phó Chủ tịch`, `Võ Tuấn Anh`).
 */
import type { Span } from '../types.js';
import type { ClosingBlock } from './footer.js';
import { officeCase } from './casing.js';
import { cleanText, personName, SIGNATURE_HEAD } from './layout.js';

export interface SignerRead {
  signer: { title: string | null; name: string | null };
  /** From the first office line to the name. */
  span: Span;
}

// The deputy's office after the office signed for, on one line: "KT. BỘ TRƯỞNG THỨ TRƯỞNG"
const DEPUTY = /\s((?:PHÓ|THỨ\s+TRƯỞNG)(?![\p{L}]).*)$/u;

/**
 * The office the person signs in: the last office line above the name. `KT. X` (signed for X)
 * alone keeps its prefix (`KT. Bộ trưởng, Chủ nhiệm`): the deputy's own office was not printed.
 * @example signerTitle(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']) → 'Phó Chủ tịch'
 */
export function signerTitle(offices: string[]): string | null {
  const clean = offices.map((o) => cleanText(o).replace(/[[\]]/gu, '').replace(/(?<=\p{Lu})\p{Ll}{1,2}$/u, '').trim()).filter(Boolean);
  const plain = clean.filter((o) => !SIGNATURE_HEAD.test(o));
  if (plain.length) return officeCase(plain[plain.length - 1]!);
  const head = clean[clean.length - 1];
  if (!head) return null;
  const prefix = /^(\S+?)\.?\s+/u.exec(head)![1]!.replace(/\.$/u, '');
  const rest = head.replace(SIGNATURE_HEAD, '');
  const deputy = DEPUTY.exec(rest);
  if (deputy) return officeCase(deputy[1]!);
  return `${prefix}. ${officeCase(rest)}`;
}

/**
 * Reads the signer from the first closing block that has a name; null when there is none.
 * @example readSigner([block of 'GIÁM ĐỐC\n\nNguyễn Văn Thành'])?.signer → { title: 'Giám đốc', name: 'Nguyễn Văn Thành' }
 */
export function readSigner(blocks: ClosingBlock[]): SignerRead | null {
  for (const block of blocks) {
    const nameAt = block.parts.findIndex((p) => p.role === 'name');
    if (nameAt < 0) continue;
    const namePart = block.parts[nameAt]!;
    const offices = block.parts.slice(0, nameAt).filter((p) => p.role === 'head' || p.role === 'title');
    const name = personName(cleanText(namePart.seg.text), true) ?? namePart.seg.text.replace(/\s+/gu, ' ').trim();
    const start = offices.length ? offices[0]!.seg.span.start : namePart.seg.span.start;
    return {
      signer: { title: signerTitle(offices.map((o) => o.seg.text)), name },
      span: { start, end: namePart.seg.span.end },
    };
  }
  return null;
}
