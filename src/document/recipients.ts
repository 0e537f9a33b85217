/**
 * The `Nơi nhận:` list: one entry per item, list markers and the closing `;`/`.` stripped,
 * wrapped lines joined, the signature of a two-column copy left out.
 */
import type { Span } from '../types.js';
import type { ClosingBlock } from './footer.js';
import { LIST_ITEM, stripEnd } from './layout.js';

export interface RecipientsRead {
  recipients: string[];
  /** From `Nơi nhận:` to the end of the last item. */
  span: Span | null;
}

function tidy(s: string): string {
  const one = s
    .replace(/\s+/gu, ' ')
    .replace(/ ?; ?(?=\()/gu, ' ') // "TH Thành phố; (để đưa tin)" → "TH Thành phố (để đưa tin)"
    .trim();
  return stripEnd(one, ' ;.,');
}

/**
 * Reads the recipients of a closing block (empty when it has no `Nơi nhận:`).
 * @example readRecipients(block of 'Nơi nhận:\n- GD, các PGD Sở;\n- Lưu: VT, VP.').recipients → ['GD, các PGD Sở', 'Lưu: VT, VP']
 */
export function readRecipients(block: ClosingBlock | undefined): RecipientsRead {
  if (!block || !block.hasRecipients) return { recipients: [], span: null };
  const items: string[] = [];
  let start = -1;
  let end = -1;
  for (const p of block.parts) {
    const text = p.seg.text;
    switch (p.role) {
      case 'noi-nhan': {
        start = p.seg.span.start;
        end = p.seg.span.end;
        // "Nơi nhận: - Như trên;" carries its first item
        const rest = text.replace(/^Nơi\s+nhận\s*[:：]?\s*/iu, '');
        if (rest) items.push(rest.replace(LIST_ITEM, ''));
        break;
      }
      case 'recipient':
        items.push(text.replace(LIST_ITEM, ''));
        end = Math.max(end, p.seg.span.end);
        break;
      case 'continuation':
      case 'note': {
        const prev = items[items.length - 1];
        // A new unmarked item after a finished one ("…KT;\nTrung tâm TT…;"), else the wrapped rest.
        if (prev === undefined || (p.role === 'continuation' && /[;.]\s*$/u.test(prev) && /^\p{Lu}/u.test(text))) items.push(text);
        else items[items.length - 1] = `${prev} ${text}`;
        end = Math.max(end, p.seg.span.end);
        break;
      }
      default:
    }
  }
  const recipients = items.map(tidy).filter((s) => s.length > 0);
  return { recipients, span: start >= 0 ? { start, end } : null };
}
