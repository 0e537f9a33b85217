/**
 * The body a document is addressed to or about: the implicit actor of an instruction with no
 * stated actor (`Sở phối hợp …` in a Kết luận to the Sở, `Tỉnh cần …` after a working session
 * with the province).
 */
import type { Block, ExtractContext } from '../types.js';
import type { DocumentRead } from '../document/read-document.js';
import type { AssigneeDraft } from './build-items.js';
import { collapseWhitespace } from '../extract/run-rules.js';
import { canonicalUnitName } from './canonical-names.js';

// Where the addressee is named, most telling first:
// "KẾT LUẬN của Giám đốc Sở Khoa học và Công nghệ tại …" → the Sở of its director
// "… tại buổi làm việc với lãnh đạo Thành phố Hồ Chí Minh" → the city
// "… làm việc với Sở Khoa học và Công nghệ" → the Sở
const PATTERNS: RegExp[] = [
  /của\s+(?:Giám đốc|Thủ trưởng|lãnh đạo|tập thể lãnh đạo)\s+((?:Sở|Ban|Cục|Chi cục|Trung tâm)\s[^\n,.;:()]{2,80})/u,
  /làm việc (?:với|tại)\s+(?:(?:Ban Thường vụ|lãnh đạo chủ chốt|lãnh đạo|tập thể lãnh đạo|Thường trực|Ban cán sự đảng)\s+(?:của\s+)?(?:Tỉnh ủy|Thành ủy|UBND|Ủy ban nhân dân)?\s*)?((?:Sở|Ban|Cục|Bộ|Tổng cục|Ủy ban nhân dân|UBND|tỉnh|Tỉnh|thành phố|Thành phố|TP\.?)\s[^\n,.;:()]{2,80})/u,
];

// A unit name ends before these words: "Sở Khoa học và Công nghệ tại Hội nghị …"
const NAME_END = /\s(?:tại|về|trong|ngày|năm|nhằm|để|đối với|theo|do|với|sáng|chiều|vào|cho|sau|trước|nhân|chiều|ngày)\s/u;

/**
 * Finds the addressee in the title and the first paragraphs of the body.
 * @example findAddressee(read('KẾT LUẬN của Giám đốc Sở Tài chính tại Hội nghị …'), …) → lead "Sở Tài chính"
 */
export function findAddressee(doc: DocumentRead, blocks: Block[], ctx: ExtractContext, abbreviations: Map<string, string>): AssigneeDraft | null {
  const places: { text: string; start: number }[] = [];
  const titleSpan = doc.fieldSpans.title;
  if (titleSpan) places.push({ text: ctx.text.slice(titleSpan.start, titleSpan.end), start: titleSpan.start });
  for (const b of blocks.slice(0, 4)) places.push({ text: b.text, start: b.span.start });
  for (const re of PATTERNS) {
    for (const place of places) {
      const m = re.exec(place.text);
      if (!m) continue;
      let raw = m[1]!;
      const cut = NAME_END.exec(raw);
      if (cut) raw = raw.slice(0, cut.index);
      raw = raw.replace(/\s+$/u, '');
      const at = place.start + m.index + m[0].length - m[1]!.length;
      const canon = canonicalUnitName(raw, abbreviations);
      return {
        value: { name: canon.name, role: 'lead' },
        via: 'addressee',
        text: collapseWhitespace(raw),
        span: { start: at, end: at + raw.length },
        rule: 'addressee: the body the document is addressed to',
      };
    }
  }
  return null;
}
