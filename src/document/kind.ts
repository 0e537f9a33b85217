/**
 * The kind of document (SPEC `document.kind`): `ket-luan`, `thong-bao-ket-luan`,
 * `news-report` or `other`.
 */
import type { DocumentInfo } from '../schema.js';

export type Kind = DocumentInfo['kind'];

export interface KindEvidence {
  /** The text has an official header or footer: a number, the motto, a place-date line, a type word line, `Nơi nhận:`, a signature head. */
  official: boolean;
  /** The type word above the title (`Kết luận`, `Thông báo` …). */
  type: string | null;
  /** The title as printed (type word included), or a web page's headline. */
  title: string | null;
  number: string | null;
  /** The body is divided into Roman-numbered parts (`I. Đánh giá …`, `II. Nhiệm vụ …`), as official texts are and news stories are not. */
  sections: boolean;
}

// A conclusion's symbol: 45/KL-SKHCN | 123-KL/TW
const KL_NUMBER = /\/KL-|-KL\/|^KL-/u;
// A notice's symbol: 365/TB-VPCP | 12-TB/TU
const TB_NUMBER = /\/TB-|-TB\/|^TB-/u;
// Conclusions named in a notice's title: "Kết luận của Phó Thủ tướng …" | "ý kiến kết luận của …"
const CONCLUSION = /(?<![\p{L}])kết\s+luận(?![\p{L}])/iu;
// A leader's directions given at a meeting, which a notice conveys as it conveys conclusions (GENRE: a
// Thông báo kết luận is the conclusions of a meeting or working session): "Ý kiến chỉ đạo của Bộ trưởng
// … tại cuộc họp …" | "kết luận và chỉ đạo của …" | "chỉ đạo của Phó Thủ tướng tại buổi làm việc …".
// Not a notice of a leader's direction with no meeting ("Thông báo về việc thực hiện chỉ đạo của …", "Ý kiến chỉ
// đạo của Chủ tịch UBND tỉnh về việc xử lý kiến nghị của …", given on a report or a request).
const DIRECTIONS = /(?<![\p{L}])chỉ\s+đạo(?:\s+của\s[^.;]{1,120}?)?\s+tại\s+(?:(?:cuộc|buổi|phiên)\s+(?:họp|làm\s+việc|kiểm\s+tra)|hội\s+nghị)(?![\p{L}])/iu;
const conveysConclusions = (s: string) => CONCLUSION.test(s) || DIRECTIONS.test(s);
// A web copy's headline that is the document's own name: "Kết luận của Giám đốc Sở …" | "Thông báo kết luận …"
const HEADLINE_KL = /^Kết\s+luận\s+(?:của|số|tại)(?![\p{L}])/iu;
// (a leader's directions only when given at a meeting, as for an official notice)
const HEADLINE_TBKL = /^Thông\s+báo\s+(?:ý\s+kiến\s+)?kết\s+luận(?![\p{L}])/iu;
const HEADLINE_TB_DIRECTIONS = /^Thông\s+báo\s+(?:ý\s+kiến\s+)?chỉ\s+đạo(?![\p{L}])/iu;

/**
 * Decides the kind from the header's evidence.
 * - An official text: `Kết luận` (type word or a `KL` number) → `ket-luan`; `Thông báo` whose
 *   title names conclusions (`Kết luận của …`, `ý kiến kết luận`) or a leader's directions at a meeting
 *   (`Ý kiến chỉ đạo của Bộ trưởng … tại cuộc họp`) → `thong-bao-ket-luan`; any other
 *   type (Chỉ thị, Kế hoạch, a Thông báo that is no conclusion …) → `other`.
 * - No official header: a headline that is a conclusion's own name, over a body in Roman-numbered
 *   parts (a web copy of the conclusion) → `ket-luan` or `thong-bao-ket-luan`; anything else →
 *   `news-report` (a story headed `Kết luận của Thủ tướng về …` that reports the notice is news).
 * @example readKind({ official: true, type: 'Thông báo', title: 'THÔNG BÁO Kết luận của Phó Thủ tướng …', number: '365/TB-VPCP', sections: true }) → 'thong-bao-ket-luan'
 */
export function readKind(e: KindEvidence): Kind {
  const title = e.title ?? '';
  // The title without its type word: "THÔNG BÁO Về việc treo cờ" → "Về việc treo cờ"
  const subject = e.type ? title.replace(/^\S+\s+\S+\s*/u, '') : title;
  if (e.official) {
    if (e.type === 'Kết luận') return 'ket-luan';
    if (e.type === 'Thông báo') return conveysConclusions(subject) ? 'thong-bao-ket-luan' : 'other';
    if (e.type) return 'other';
    if (e.number && KL_NUMBER.test(e.number)) return 'ket-luan';
    if (e.number && TB_NUMBER.test(e.number) && conveysConclusions(title)) return 'thong-bao-ket-luan';
    return 'other';
  }
  if (e.sections && (HEADLINE_TBKL.test(title) || (HEADLINE_TB_DIRECTIONS.test(title) && DIRECTIONS.test(title)))) return 'thong-bao-ket-luan';
  if (e.sections && HEADLINE_KL.test(title)) return 'ket-luan';
  return 'news-report';
}

/**
 * The type word of a web copy's headline (`Kết luận của …` → `Kết luận`); null for news.
 * @example headlineType('ket-luan') → 'Kết luận'
 */
export function headlineType(kind: Kind): string | null {
  if (kind === 'ket-luan') return 'Kết luận';
  if (kind === 'thong-bao-ket-luan') return 'Thông báo';
  return null;
}
