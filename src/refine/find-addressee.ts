/**
 * The body a document is addressed to or about: the implicit actor of an instruction with no
 * stated actor (`Sở phối hợp …` in a Kết luận to the Sở, `Tỉnh cần …` after a working session
 * with the province).
 */
import type { Block, ExtractContext, Span } from '../types.js';
import type { AssigneeDraft } from './build-items.js';
import { collapseWhitespace } from '../extract/run-rules.js';
import { canonicalUnitName } from './canonical-names.js';

// Where the addressee is named, most telling first:
// "KẾT LUẬN của Giám đốc Sở Khoa học và Công nghệ tại …" → the Sở of its director
// "… tại buổi làm việc với lãnh đạo Thành phố Hồ Chí Minh" → the city
// "… làm việc với Sở Khoa học và Công nghệ" → the Sở
// "Chủ tịch UBND tỉnh làm việc với huyện Sơn Hà về …" → the district (a news report of a working session)
const PATTERNS: RegExp[] = [
  /của\s+(?:Giám đốc|Thủ trưởng|lãnh đạo|tập thể lãnh đạo)\s+((?:Sở|Ban|Cục|Chi cục|Trung tâm)\s[^\n,.;:()]{2,80})/u,
  /làm việc (?:với|tại)\s+(?:(?:Ban Thường vụ|lãnh đạo chủ chốt|lãnh đạo|tập thể lãnh đạo|Thường trực|Ban cán sự đảng)\s+(?:của\s+)?(?:Tỉnh ủy|Thành ủy|Huyện ủy|UBND|Ủy ban nhân dân)?\s*)?((?:Sở|Ban|Cục|Bộ|Tổng cục|Ủy ban nhân dân|UBND|tỉnh|Tỉnh|thành phố|Thành phố|TP\.?|huyện|Huyện|quận|Quận|thị xã|Thị xã)\s[^\n,.;:()]{2,80})/u,
];

// A unit name ends before these words: "Sở Khoa học và Công nghệ tại Hội nghị …" | "… nhân dịp …" | "… nhân Ngày Thầy
// thuốc Việt Nam" | "… nhân kỷ niệm …" (`nhân` of an occasion, not the word of "Ủy ban nhân dân")
const NAME_END = /\s(?:tại|về|trong|ngày|năm|nhằm|để|đối với|theo|do|với|sáng|chiều|vào|cho|sau|trước|nhân(?!\s+[dD]ân)|chiều|ngày)\s/u;

/**
 * Finds the addressee in the title (or the header of a document that follows another in the file)
 * and the first paragraphs of the body.
 * @param title the span of the document's title or header, if any
 * @param blocks the paragraphs of the document's body
 * @example findAddressee(span of 'KẾT LUẬN của Giám đốc Sở Tài chính tại Hội nghị …', …) → lead "Sở Tài chính"
 */
export function findAddressee(title: Span | null | undefined, blocks: Block[], ctx: ExtractContext, abbreviations: Map<string, string>, news = false, conclusion = false): AssigneeDraft | null {
  const places: { text: string; start: number }[] = [];
  if (title) places.push({ text: ctx.text.slice(title.start, title.end), start: title.start });
  for (const b of blocks.slice(0, 4)) places.push({ text: b.text, start: b.span.start });
  for (const re of PATTERNS) {
    const found = matchIn(re, places, abbreviations);
    if (found) return found;
  }
  // The Sở named most is the addressee of a news report or of a conclusion or notice (addressed to one
  // body), not of a plan, decision or directive that names many bodies, each with its own part.
  const toOne = news || conclusion || (title !== null && title !== undefined && ADDRESSED_TO_ONE.test(ctx.text.slice(title.start, title.end)));
  if (!toOne) return null;
  // (a ministry only in a news report: a Government document names many, each in full)
  return mostMentioned(SO, blocks, abbreviations) ?? (news ? mostMentioned(BO, blocks, abbreviations) : null);
}

// Titles of documents addressed to one body: KẾT LUẬN … | THÔNG BÁO Kết luận … | Thông báo ý kiến chỉ đạo …
const ADDRESSED_TO_ONE = /^\s*(?:kết luận|thông báo)(?![\p{L}\p{M}])/iu;

function matchIn(re: RegExp, places: { text: string; start: number }[], abbreviations: Map<string, string>): AssigneeDraft | null {
  for (const place of places) {
      const m = re.exec(place.text);
      if (!m) continue;
      let raw = m[1]!;
      const cut = NAME_END.exec(raw);
      if (cut) raw = raw.slice(0, cut.index);
      // trimEnd, not `replace(/\s+$/)`, which retries from every space of a long run: n².
      raw = raw.trimEnd();
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
  return null;
}

// "Sở phối hợp với …", "Sở nêu cao …": the Sở named without its name, as the actor.
// (not "các Sở ngành liên quan": the departments of the province, no one Sở)
const BARE_SO = /(?:^|[.,;:]\s+|\s)Sở\s+(?!ngành)\p{Ll}/u;
// "Sở Khoa học và Công nghệ": capitalised words, each with at most one small syllable after it.
const NAMED_SO = /(?<![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])Sở((?:\s+(?:\p{Lu}[\p{L}\p{M}]*(?:\s+(?!và(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ]))\p{Ll}[\p{L}\p{M}]*)?|và(?=\s+\p{Lu})))+)/gu;
// "Đề nghị Bộ nghiên cứu …", "Đặc biệt, Bộ tiếp tục …": the ministry named without its name, as the actor
// (a verb after it: not "Bộ trưởng", "Bộ luật", "Bộ mặt", "Bộ chỉ số")
const BARE_BO =
  /(?:^|[.,;:]\s+|\s)Bộ\s+(?:cũng|sẽ|đã|đang|tiếp tục|khẩn trương|yêu cầu|đề nghị|chỉ đạo|phối hợp|chủ trì|cần|nghiên cứu|giải trình|hết sức|có trách nhiệm|chủ động|sớm)(?![\p{L}\p{M}])/u;
const NAMED_BO = /(?<![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])Bộ((?:\s+(?:\p{Lu}[\p{L}\p{M}&]*(?:-\p{Lu}[\p{L}\p{M}&]*)*(?:\s+(?!và(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ]))\p{Ll}[\p{L}\p{M}]*)?|và(?=\s+\p{Lu})))+)/gu;
// Bodies whose names begin with "Bộ" and that are no ministry.
const NOT_A_MINISTRY = /^Bộ (?:Chính trị|Chỉ huy|Tư lệnh)/u;

const SO = { head: 'Sở', bare: BARE_SO, named: NAMED_SO, rule: 'addressee: the Sở a news report is about' };
const BO = { head: 'Bộ', bare: BARE_BO, named: NAMED_BO, rule: 'addressee: the Bộ a news report is about' };

/**
 * A news report about one Sở (or one Bộ) calls it just "Sở" ("Bộ"); the one it names most often is the
 * addressee.
 * @example mostMentioned(SO, '… Sở Khoa học và Công nghệ có 277 người … Sở phối hợp …') → "Sở Khoa học và Công nghệ"
 */
function mostMentioned(kind: typeof SO, blocks: Block[], abbreviations: Map<string, string>): AssigneeDraft | null {
  if (!blocks.some((b) => kind.bare.test(b.text))) return null;
  const counts = new Map<string, { n: number; start: number; raw: string; len: number }>();
  for (const b of blocks) {
    for (const m of b.text.matchAll(kind.named)) {
      const raw = `${kind.head}${m[1]!}`.replace(/\s+/gu, ' ');
      if (NOT_A_MINISTRY.test(raw)) continue;
      const name = canonicalUnitName(raw, abbreviations).name;
      const c = counts.get(name) ?? { n: 0, start: b.span.start + m.index!, raw, len: m[0].length };
      c.n++;
      counts.set(name, c);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].start - b[1].start);
  const best = ranked[0];
  if (!best || best[1].n < 2 || (ranked[1] && ranked[1][1].n === best[1].n)) return null;
  return {
    value: { name: best[0], role: 'lead' },
    via: 'addressee',
    text: collapseWhitespace(best[1].raw),
    span: { start: best[1].start, end: best[1].start + best[1].len },
    rule: kind.rule,
  };
}
