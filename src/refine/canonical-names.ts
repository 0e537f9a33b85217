/**
 * Canonical unit names (SPEC "assignees", `name`): one spelling per unit, so that `UBND tỉnh`,
 * `Uỷ ban nhân dân tỉnh` and `Chủ tịch Ủy ban nhân dân tỉnh` are the same actor.
 *
 * - `canonicalUnitName` cleans one name: whitespace, dashes, leading `Giao`/`các`/`đề nghị`,
 *   abbreviations, modern tone placement, `Ð` → `Đ`, a person by office → the unit (and `title`), an
 *   unnamed part of a named unit → the unit, a province named as an actor → its Ủy ban nhân dân,
 *   `A (B)`, and generic groups flagged.
 * - `unitKey` is a matching key that ignores spelling style (tones, `Ð`, NBSP, case).
 * - `mergeUnitVariants` maps the variants of one unit within a document to one spelling.
 */
import { createRequire } from 'node:module';
import { ORG_ABBREVIATIONS, escapeRe, isAcronym } from '../lexicon/abbreviations.js';
import { ASSIGN_VERB } from '../lexicon/assignment.js';
import { GROUP_NOUNS, LOCALITY_WORDS, OFFICE_TITLES, UNIT_HEADS } from '../lexicon/units-of-government.js';

/** The cleaned name of a unit, the office of the person who stands for it, and whether it is a group. */
export interface CanonicalUnit {
  name: string;
  title?: string;
  generic?: boolean;
}

// --- spelling -----------------------------------------------------------------------------------

// Old tone placement on the second vowel of oa / oe / uy at the end of a word → modern, on the first:
// hoà → hòa | hoá → hóa | khoẻ → khỏe | Uỷ → Ủy | thuỷ → thủy (not after q: quý stays quý)
const TONE_MOVES: ReadonlyArray<readonly [string, string]> = [
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];

const TONE_MAP = new Map<string, string>();
for (const [from, to] of TONE_MOVES) {
  TONE_MAP.set(from, to);
  TONE_MAP.set(from[0]!.toUpperCase() + from[1], to[0]!.toUpperCase() + to[1]);
  TONE_MAP.set(from.toUpperCase(), to.toUpperCase());
}
const TONE_RE = new RegExp(`(?<![qQ])(?:${[...TONE_MAP.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * NFC, NBSP → space, `Ð`/`ð` (Icelandic eth, seen in legacy conversions) → `Đ`/`đ`, modern tone
 * placement at word end.
 * @example modernSpelling('Uỷ ban nhân dân tỉnh Khánh Hoà') → 'Ủy ban nhân dân tỉnh Khánh Hòa'
 */
export function modernSpelling(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00A0/gu, ' ')
    // Ð and ð (Icelandic eth, U+00D0/U+00F0) look like Đ and đ (U+0110/U+0111)
    .replace(/Ð/gu, 'Đ')
    .replace(/ð/gu, 'đ')
    .replace(TONE_RE, (m) => TONE_MAP.get(m) ?? m);
}

// One pass over the built-in keys, longest first, as whole tokens: UBND | KH&CN | TP. | VH,TT&DL
const BUILT_IN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}&])(?:${[...ORG_ABBREVIATIONS.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}\\p{N}&])`,
  'gu',
);

// A compound field abbreviated part by part, its parts joined as words: "NN và PTNT" | "KH và ĐT" | "LĐ-TB và XH" |
// "VH, TT và DL". Each part alone is ambiguous (KH: Kế hoạch or Khoa học; ĐT: Đầu tư or Đào tạo), so the parts are
// joined the way the table writes the whole (`NN&PTNT`, `LĐ-TB&XH`, `VH,TT&DL`) and the whole is looked up.
const PART = '[\\p{Lu}Đ]{1,5}';
const SPLIT_COMPOUND_RE = new RegExp(`(?<![\\p{L}\\p{N}&])${PART}(?:\\s*[,-]\\s*${PART})*\\s+và\\s+${PART}(?![\\p{L}\\p{N}&])`, 'gu');
const joinCompound = (m: string) => m.replace(/\s+và\s+/gu, '&').replace(/\s*,\s*/gu, ',').replace(/\s*-\s*/gu, '-');

function expandAbbreviations(s: string, defined?: Map<string, string>): string {
  // (only a name with `và` can hold one)
  let out = /\svà\s/u.test(s) ? s.replace(SPLIT_COMPOUND_RE, (m) => ORG_ABBREVIATIONS.get(joinCompound(m)) ?? m) : s;
  out = out.replace(BUILT_IN_RE, (m) => ORG_ABBREVIATIONS.get(m) ?? m);
  if (!defined || defined.size === 0) return out;
  const acronyms = [...defined.keys()].filter((k) => isAcronym(k) && !ORG_ABBREVIATIONS.has(k));
  if (acronyms.length) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${acronyms.sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}\\p{N}&])`, 'gu');
    out = out.replace(re, (m) => defined.get(m) ?? m);
  }
  // A short name the document gave a body ("sau đây gọi tắt là Ban Chỉ đạo") stands for the body
  // when it is the whole name or ends it: "Tổ giúp việc Ban Chỉ đạo".
  for (const [alias, long] of defined) {
    if (isAcronym(alias) || out.includes(long)) continue;
    if (out === alias) return long;
    if (out.endsWith(' ' + alias)) return out.slice(0, out.length - alias.length) + long;
  }
  return out;
}

// --- shapes of names ----------------------------------------------------------------------------

const HEAD_FORMS = UNIT_HEADS.flatMap((h) => h.forms).sort((a, b) => b.length - a.length);
// A name that begins with a body word: Sở … | Ủy ban nhân dân … | Bộ Chỉ huy Quân sự …
const STARTS_WITH_HEAD = new RegExp(`^(?:${HEAD_FORMS.map(escapeRe).join('|')})(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])`, 'iu');

// Offices whose words include the unit's head: Chánh Văn phòng UBND tỉnh → Văn phòng UBND tỉnh
const TITLE_KEEPS_HEAD: ReadonlyMap<string, string> = new Map([
  ['chánh văn phòng', 'Văn phòng'],
  ['chánh thanh tra', 'Thanh tra'],
  ['trưởng ban', 'Ban'],
  ['trưởng phòng', 'Phòng'],
  ['trưởng đoàn', 'Đoàn'],
  ['tổng thanh tra', 'Thanh tra'],
  ['tổng kiểm toán', 'Kiểm toán'],
]);

const TITLES = [...OFFICE_TITLES].sort((a, b) => b.length - a.length);
// Giám đốc Sở Tài chính | Phó Chủ tịch UBND tỉnh | Bộ trưởng Bộ Công an | Thủ trưởng các cơ quan
// Thường trực Hội đồng nhân dân tỉnh | Thường trực Tỉnh ủy: the standing board of a council or a party committee
// is a body of its own that the council's orders go to, not a person standing for the council.
const STANDING_BOARD_OF = /^(?:Hội đồng nhân dân|HĐND|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy)(?:\s|$)/u;

const TITLE_RE = new RegExp(`^((?:phó\\s+)?(?:${TITLES.map(escapeRe).join('|')}))\\s+(.+)$`, 'iu');

// phòng chuyên môn của Sở Tài chính | các phòng chức năng thuộc Sở | bộ phận nghiệp vụ của Cục Thuế
const PART_OF_RE = /^(?:các\s+)?(?:phòng|phòng, ban|bộ phận|cơ quan|đơn vị|tổ)\s+(?:chuyên môn|chức năng|nghiệp vụ|tham mưu)(?:\s+trực)?\s+(?:thuộc|của)\s+(.+)$/iu;

// tỉnh Quảng Nam | Thành phố Hồ Chí Minh | Tỉnh | Thành phố | huyện Sơn Hà | đặc khu Phú Quốc
// (no `i` flag: under `iu`, \p{Lu} would match lower case too)
const bothCases = (w: string) => `[${w[0]}${w[0]!.toUpperCase()}]${escapeRe(w.slice(1))}`;
const LOCALITY_RE = new RegExp(`^(${LOCALITY_WORDS.map(bothCases).join('|')})(?:\\s+(\\p{Lu}.*))?$`, 'u');

// Classes of bodies: UBND các xã, phường | UBND cấp huyện | Công an các tỉnh | Ban Chỉ đạo 389 các bộ, ngành
const CLASS_RE = /(?:^|\s)(?:các|những|mọi|từng)\s|^(?:ủy ban nhân dân|hội đồng nhân dân|công an|chính quyền|ủy ban mặt trận tổ quốc(?: việt nam)?)\s+cấp\s|(?:^|\s)các cấp$/iu;
const GROUP_START = new RegExp(`^(?:${[...GROUP_NOUNS].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?:\\s*,|\\s+(?:và|có liên quan|liên quan|chức năng|trên địa bàn|địa phương|ngang bộ|thuộc)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])|$)`, 'u');
// A proper name after the class words makes one body: Liên hiệp các tổ chức hữu nghị thành phố Hà Nội
const PROPER_AFTER_CLASS = /\s(?:các|những)\s[^,]*?\s\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)*$/u;
// A group noun with no name at all: Cơ quan truyền thông | Tổ chức quốc tế | Báo chí trong nước và quốc tế
// (but a body of a place is one body: Bệnh viện tỉnh)
const NAMELESS_GROUP = new RegExp(
  `^(?:${['cơ quan', 'tổ chức', 'đơn vị', 'doanh nghiệp', 'báo chí', 'lực lượng', 'cá nhân', 'đoàn thể', 'địa phương', 'ngành'].map(bothCasesOf).join('|')})(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])[^\\p{Lu}\\d]*$`,
  'u',
);
// Ban Thường vụ Tỉnh ủy, Thành ủy: every province's committee, not one body
const EVERY_PROVINCE_RE = /tỉnh ủy,\s*thành ủy|tỉnh,\s*thành phố|tỉnh ủy,\s*thành ủy,/iu;

// trung ương as a word of its own (not "Trung ương" already, nor "trung ương" inside another word)
const CENTRAL_RE = /(?<![\p{L}\p{M}])trung ương(?![\p{L}\p{M}])/gu;
// What a board steers, after `về` or right after its head: "… về các tổ chức …" | "Ban Chỉ đạo các chương trình …"
const BOARD_TOPIC_RE = /^((?:Ban Chỉ đạo|Ban Chỉ huy|Ủy ban)(?:\s[^,]*?)?)\s(?:về\s+)?các\s+(?:chương trình|tổ chức)\s.*$/u;
// A board of one place that manages a class of zones or builds a class of works ("Ban Quản lý các KCN" alone may
// be every province's board; "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "Ban Quản lý
// Khu kinh tế và các khu công nghiệp tỉnh" are one board)
const MANAGES_CLASS_RE = /^Ban [Qq]uản lý (?:(?:dự án|[Kk]hu kinh tế) [^,;]*?)?các\s[^,;]*\s(?:tỉnh|thành phố|Thành phố|huyện|quận|thị xã)(?:\s\p{Lu}[^,;]*)?$/u;
// The party committee of a bloc is one body, whatever the bloc's name: Đảng ủy Khối các cơ quan tỉnh
const PARTY_BLOC_RE = /^Đảng ủy [Kk]hối\s/u;
// A group of unnamed bodies (a group noun, then a comma or a qualifier, no name): Bộ, ngành | Sở, ban, ngành |
// Cơ quan chức năng | Bộ, ngành Trung ương (not Ủy ban nhân dân các tỉnh, nor Sở Y tế các tỉnh)
const UNNAMED_NOUNS = ['bộ', 'ngành', 'sở', 'ban', 'phòng', 'cơ quan', 'đơn vị', 'địa phương', 'tổ chức', 'doanh nghiệp', 'lực lượng', 'đoàn thể', 'cấp ủy'];
const unnamedGroup = (alone: string) =>
  new RegExp(
    `^(?:${UNNAMED_NOUNS.map((w) => bothCasesOf(escapeRe(w))).join('|')})(?:,|\\s+(?:${alone}có liên quan|liên quan|chức năng|chuyên môn|địa phương)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])${alone ? '|$' : ''})[^\\p{Lu}\\d]*(?:Trung ương)?$`,
    'u',
  );
const LOWER_GROUP_START = unnamedGroup('và|');
// … and one written with a capital and without `các`, which is as much a group: "Bộ, ngành liên quan báo cáo …"
const UNNAMED_GROUP = unnamedGroup('');

function bothCasesOf(w: string): string {
  return `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
}

const capitalizeFirst = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

// A Vietnamese syllable (onset, vowels, coda), as opposed to an acronym: SỞ, TỈNH, NGHỆ but not UBND, TTPVHCC
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/iu;
const isSyllable = (w: string) => SYLLABLE.test(w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[Đđ]/gu, 'd'));

// SỞ TÀI CHÍNH (a heading in capitals) → Sở Tài Chính: readable, and the same unit for the scorer.
// Acronyms stay: SỞ KH&CN → Sở KH&CN.
function unshout(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || !s.split(/[\s,]+/u).some(isSyllable)) return s;
  return s
    .split(' ')
    .map((w) => (w === 'VÀ' ? 'và' : isSyllable(w.replace(/[,.;:]$/u, '')) ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ');
}

function cleanEdges(s: string): string {
  return s
    .replace(/\s+/gu, ' ')
    .replace(/^[\s"“”'‘’[\-–—+•*:;,.]+/u, '')
    .replace(/[\s"“”'‘’\]:;,]+$/u, '')
    .replace(/\.+$/u, '')
    .trim();
}

// The words that make a group of the nouns after them: các | những | từng | mỗi | mọi | tất cả (các) | toàn bộ (các)
const GROUP_WORD = /^(?:các|những|từng|mỗi|mọi|tất cả(?:\s+(?:các|những))?|toàn bộ(?:\s+các)?)\s+/iu;

// Leading words that are not part of the name: Giao (the verb, not `Giao thông`) | giao cho | Đề nghị | Yêu cầu | Mời | đồng chí | các
const LEADING_RE = new RegExp(`^(?:${ASSIGN_VERB}(?:\\s+cho)?|đề nghị|yêu cầu|mời|phân công|đồng chí|đ\\/c|ông|bà|đối với|về phía)\\s+`, 'iu');

/**
 * The canonical name of a unit as written in a document.
 * @example canonicalUnitName('Giao Giám đốc Sở Tài chính') → { name: 'Sở Tài chính', title: 'Giám đốc' }
 */
export function canonicalUnitName(raw: string, abbreviations?: Map<string, string>): CanonicalUnit {
  let s = cleanEdges(modernSpelling(raw));
  for (let i = 0; i < 4 && LEADING_RE.test(s); i++) s = s.replace(LEADING_RE, '');
  s = unshout(s);
  // "UBND các tỉnh, thành phố nêu trên": the word that points back to the addressees is no part of the name
  s = s.replace(/\s+(?:nêu|kể|nói)\s+trên$/iu, '');
  // UBND TP.Đà Nẵng | TX.Sơn Tây: an abbreviated locality glued to its name
  s = s.replace(/(?<![\p{L}\p{N}])(TP|TX|Tp)\.(?=\p{Lu})/gu, '$1. ');

  // `A (B)`: an acronym or a remark B is dropped; so is a parent B (`Trung tâm Kiểm soát bệnh tật (Sở Y tế)`).
  s = s.replace(/\s*\(([^()]{1,80})\)/gu, (whole, inner: string) => {
    const b = inner.trim();
    if (isAcronym(b) || /^\p{Ll}/u.test(b) || STARTS_WITH_HEAD.test(b)) return '';
    return whole;
  });
  s = expandAbbreviations(s, abbreviations).replace(/\s+/gu, ' ').trim();

  let title: string | undefined;
  // Person by office → the unit; the office is kept as the title.
  const t = TITLE_RE.exec(s);
  if (t) {
    const office = t[1]!.toLowerCase().replace(/\s+/gu, ' ');
    const rest = t[2]!;
    const keeps = TITLE_KEEPS_HEAD.get(office.replace(/^phó /u, ''));
    if (office === 'thường trực' && STANDING_BOARD_OF.test(rest)) {
      s = `Thường trực ${rest}`;
    } else if (keeps) {
      title = capitalizeFirst(t[1]!);
      s = `${keeps} ${rest}`;
    } else if (STARTS_WITH_HEAD.test(rest) || /^(?:các|những)\s/iu.test(rest) || LOCALITY_RE.test(rest) || /^[\p{Lu}]{2,}/u.test(rest)) {
      title = capitalizeFirst(t[1]!);
      s = rest;
    }
  }

  // (the topic of a board is no class of bodies: Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài)
  const bodyPart = s.replace(BOARD_TOPIC_RE, '$1');
  let generic =
    (CLASS_RE.test(bodyPart) && !PROPER_AFTER_CLASS.test(bodyPart)) || UNNAMED_GROUP.test(s) || EVERY_PROVINCE_RE.test(s) || GROUP_START.test(s) || NAMELESS_GROUP.test(s) || /^chính quyền(?: địa phương)?/iu.test(s);
  // An unnamed part of a named unit gives the named unit: phòng chuyên môn của Sở Tài chính
  const part = PART_OF_RE.exec(s);
  if (part && (STARTS_WITH_HEAD.test(part[1]!) || /^[\p{Lu}]{2,}/u.test(part[1]!))) {
    const inner = canonicalUnitName(part[1]!, abbreviations);
    return { ...inner, ...(title ? { title } : {}) };
  }
  for (let i = 0; i < 2 && GROUP_WORD.test(s); i++) {
    s = s.replace(GROUP_WORD, '');
    generic = true;
  }

  s = s.replace(/\s*[-–—‑−]\s*/gu, ' - ').replace(/\s+/gu, ' ').trim();

  // A province or city named as the actor is its Ủy ban nhân dân.
  const loc = LOCALITY_RE.exec(s);
  if (loc && !generic) {
    const word = loc[1]!;
    // "tỉnh Quảng Nam" and "Tỉnh" alike give "… tỉnh …"; "Thành phố" keeps its capital as written.
    const place = /^thành phố$/iu.test(word) ? word : word.toLowerCase();
    s = `Ủy ban nhân dân ${place}${loc[2] ? ' ' + loc[2] : ''}`;
  }

  // The centre of the state is a proper name: "tỉnh, thành phố trực thuộc trung ương" → "… Trung ương".
  s = s.replace(CENTRAL_RE, 'Trung ương');
  // "Ban Quản lý các khu công nghiệp tỉnh": the one board of a place that manages a class of zones.
  if (generic && (MANAGES_CLASS_RE.test(s) || PARTY_BLOC_RE.test(s))) generic = false;
  // A named unit starts with a capital ("phòng Kế hoạch" → "Phòng Kế hoạch"); a group that is only common
  // nouns is written in lower case, as the official style has it ("các Bộ, ngành" → "bộ, ngành"), so that
  // one group has one spelling wherever it opens a sentence.
  if (!generic) s = capitalizeFirst(s);
  else if (LOWER_GROUP_START.test(s)) s = s[0]!.toLowerCase() + s.slice(1);
  const out: CanonicalUnit = { name: s };
  if (title) out.title = title;
  if (generic) out.generic = true;
  return out;
}

// --- matching -----------------------------------------------------------------------------------

/**
 * A key under which spellings of one name meet: tone placement, `Ð`/`Đ`, NBSP, dashes, spacing and
 * case are ignored.
 * @example unitKey('Uỷ ban nhân dân  tỉnh Khánh Hoà') === unitKey('ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA')
 */
export function unitKey(name: string): string {
  return modernSpelling(name)
    .toLowerCase()
    .replace(/[-–—‑−]/gu, ' - ')
    .replace(/[.,;:()"“”'‘’]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

type Similarity = (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
let jaroWinkler: Similarity | null = null;

// natural's Jaro-Winkler, one file only: the package root costs ~440 ms and prints to stdout.
// natural 8.1.1 has no "exports" map, so the deep path resolves; it is loaded on first use.
function similarity(a: string, b: string): number {
  if (!jaroWinkler) {
    const require = createRequire(import.meta.url);
    jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as Similarity;
  }
  return jaroWinkler(a, b);
}

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');

/** The kind of a unit (`sở`, `bộ`, `chi cục`, `ủy ban nhân dân`), from its head; '' when none. */
function kindOf(key: string): string {
  for (const h of UNIT_HEADS) {
    for (const f of h.forms) if (key === f || key.startsWith(f + ' ')) return h.kind;
  }
  return key.split(' ')[0] ?? '';
}

/**
 * Two keys of the same kind and number of words are spellings of one unit: the same words up to
 * typos and lost diacritics.
 */
function sameUnitSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (similarity(a, b) < 0.95) return false;
  const ta = a.split(' ');
  const tb = b.split(' ');
  // Word by word: "Sở Tai chinh" ~ "Sở Tài chính", but "tỉnh Quảng Nam" is not "tỉnh Quảng Ngãi".
  return ta.every((w, i) => w === tb[i] || stripMarks(w) === stripMarks(tb[i]!) || (w.length >= 5 && similarity(w, tb[i]!) >= 0.9));
}

/**
 * Maps every name of a document to one spelling per unit: the most frequent variant (then the first).
 * Units of different kinds (`Sở` vs `Bộ`, `Cục` vs `Chi cục`) never merge.
 * @example mergeUnitVariants(['Sở Văn hoá và Thể thao', 'Sở Văn hóa và Thể thao', 'Sở Văn hóa và Thể thao'])
 *   → Map { 'Sở Văn hoá và Thể thao' => 'Sở Văn hóa và Thể thao', 'Sở Văn hóa và Thể thao' => 'Sở Văn hóa và Thể thao' }
 */
export function mergeUnitVariants(names: string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const distinct = [...counts.keys()];
  const groups: { key: string; members: string[] }[] = [];
  // Only names of one kind and one number of words can merge: each looks among those alone.
  const byShape = new Map<string, { key: string; members: string[] }[]>();
  for (const n of distinct) {
    const key = unitKey(n);
    const shape = `${kindOf(key)}\u0000${key.split(' ').length}`;
    let alike = byShape.get(shape);
    if (!alike) byShape.set(shape, (alike = []));
    const g = alike.find((x) => sameUnitSpelling(x.key, key));
    if (g) g.members.push(n);
    else {
      const created = { key, members: [n] };
      alike.push(created);
      groups.push(created);
    }
  }
  const out = new Map<string, string>();
  for (const g of groups) {
    // Most frequent; on a tie the modern spelling, then the first seen.
    const best = [...g.members].sort((a, b) => counts.get(b)! - counts.get(a)! || Number(modernSpelling(b) === b) - Number(modernSpelling(a) === a) || distinct.indexOf(a) - distinct.indexOf(b))[0]!;
    for (const m of g.members) out.set(m, best);
  }
  return out;
}
