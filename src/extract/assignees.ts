/**
 * Who must act (SPEC "assignees"): the units an item's words name with a role — `lead` for the unit
 * that must act or chairs (`Giao X …`, `X chủ trì`, `Đề nghị X`, `Yêu cầu X`, `Mời X`, `X có trách
 * nhiệm`, the subject of the instruction), `support` for the units it works with (`phối hợp với Y`,
 * `cùng Y`, `với sự tham gia của Y`).
 *
 * How it works, in three steps:
 * 1. A reader (`Reader`) walks the words of the unit and finds lists of unit names: a head (`Sở`, `Ủy
 *    ban nhân dân`, `Bộ Chỉ huy Quân sự`, a locality, an office such as `Giám đốc`, or a group `các sở,
 *    ngành`) and the words of its name, bounded (at most 16 words) and stopped by verbs and
 *    prepositions; members joined by `,` `;` `và`, with the commas and `và` inside one name kept (`Bộ
 *    Văn hóa, Thể thao và Du lịch`, `Bộ Nông nghiệp và Môi trường`) and lists after a colon split
 *    (`UBND các phường: Ba Đình, Hoàn Kiếm`). It walks tokens, never backtracks, so it stays linear.
 * 2. Named trigger rules (`RULES`, run by `runRules`) find the words right before a list that give it
 *    its role (`Giao`, `Đề nghị`, `phối hợp với`, `Đối với X,`). A list with no trigger is a lead only
 *    when it opens a clause and an instruction follows (`afterList`: `lead: X chủ trì`, `lead: X có
 *    trách nhiệm`, `lead: subject X + verb`), not when the words after it show a speaker or a report
 *    (`X yêu cầu …`, `X đã …`, `X chủ trì hội nghị`); a speaker's `chỉ đạo` passes the lead on
 *    (`Thủ tướng chỉ đạo Bộ Y tế …`).
 *    A list with no trigger and no verb, side by side with another (`… sửa đổi. Bộ Y tế Bộ Tài chính, Bộ Tư
 *    pháp Luật …`), is the columns `Cơ quan chủ trì | Cơ quan phối hợp` of a flattened table.
 * 3. Every member becomes a candidate with its canonical name and its own span. A head shared by a list of
 *    fields gives one unit per field (`Sở Tài chính, Nội vụ và Tư pháp`; the fields are known, the
 *    longest wins, so `Sở Văn hóa, Thể thao và Du lịch` stays one), an office named for a class gives a
 *    generic unit (`Bộ trưởng, Thủ trưởng cơ quan ngang bộ`), and a head without its name after an office
 *    stands for the unit of that head named before it in the item (`Giám đốc Trung tâm cần …`).
 *
 * Not actors: bodies that receive (`báo cáo UBND tỉnh`, `gửi Sở Tài chính tổng hợp`, `qua Sở Nội vụ`,
 * `tham mưu Chính phủ`), bodies a lead directs (`Bộ X chỉ đạo Sở Y`), requesters (`theo đề nghị của
 * …`), bodies in a citation (`… của UBND tỉnh`): none of them opens a clause or follows a trigger.
 */
import type { AssigneeValue, Candidate, ExtractContext, Role, Rule, TextUnit } from '../types.js';
import { collapseWhitespace, runRules, wordPattern as wordPatternOf } from './run-rules.js';
import { canonicalUnitName, modernSpelling } from '../refine/canonical-names.js';
import { ORG_ABBREVIATIONS, isAcronym } from '../lexicon/abbreviations.js';
import { ASSIGN_VERB, ASSIGNED_DUTY } from '../lexicon/assignment.js';
import { FAMILY_NAMES_NOT_PLACES } from '../lexicon/family-names.js';
import {
  CAPITALISED_STOP_WORDS,
  DESCRIPTIVE_NAME_HEADS,
  DOCUMENT_WORDS,
  FIELD_SECOND_PARTS,
  FIELD_WORDS,
  GROUP_NOUNS,
  CLASS_ACRONYMS,
  GROUP_QUALIFIERS,
  GROUP_QUANTIFIERS,
  INSTRUCTION_VERBS,
  LOCALITY_WORDS,
  NAME_COMPOUNDS,
  NAME_STOP_WORDS,
  NAME_TAIL_WORDS,
  NOT_ACTING_AFTER,
  NOT_A_HEAD,
  OFFICE_TITLES,
  SPEAKER_TITLES,
  STEERED_FIELDS,
  STEERING_HEADS,
  UNIT_HEADS,
  VERB_TAIL_WORDS,
  type UnitHead,
} from '../lexicon/units-of-government.js';

// A line may wrap between any two words ("(phối\nhợp với Sở …"), so a space in a pattern stands for any
// run of whitespace.
const wordPattern = (source: string, flags?: string) => wordPatternOf(source.replace(/ (?![^[]*\])/gu, '\\s+'), flags);

// --- words ----------------------------------------------------------------------------------------

const WORD = 1;
const CAP = 2;
const ACRO = 4;
const NUM = 8;

/** A word or a mark of a unit's text. Its four kinds share one number: a unit has thousands of them. */
export class Tok {
  constructor(
    /** Local offsets into the unit's text. */
    readonly s: number,
    readonly e: number,
    /** Lower case, modern spelling; the character itself for punctuation. */
    readonly w: string,
    private readonly kinds: number,
  ) {}

  get word(): boolean {
    return (this.kinds & WORD) !== 0;
  }

  /** Begins with a capital letter. */
  get cap(): boolean {
    return (this.kinds & CAP) !== 0;
  }

  /** Written as an acronym: UBND, KH&CN, TN-MT's parts. */
  get acro(): boolean {
    return (this.kinds & ACRO) !== 0;
  }

  get num(): boolean {
    return (this.kinds & NUM) !== 0;
  }
}

// Words (with `&` inside acronyms: KH&CN, LĐTB&XH) and single punctuation marks, as the pattern
// /[\p{L}\p{M}\p{N}]+(?:&[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/u would cut them. Scanned by hand
// over a table of character classes: every paragraph of every document is tokenized, and a regex
// match per token was an eighth of everything the parse allocates.
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const MARK = 4;
const CLASS_OF_UNIT = new Uint8Array(0x10000);

/** LETTER (\p{L}, \p{M}), DIGIT (\p{N}), SPACE (\s) or MARK (anything else) of one code point. */
function classify(ch: string): number {
  if (/^[\p{L}\p{M}]$/u.test(ch)) return LETTER;
  if (/^\p{N}$/u.test(ch)) return DIGIT;
  return /^\s$/u.test(ch) ? SPACE : MARK;
}

/** The class of the code point at `i`, and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return classify(text.slice(i, i + 2)) | 8;
  }
  let k = CLASS_OF_UNIT[c]!;
  if (k === 0) CLASS_OF_UNIT[c] = k = classify(String.fromCharCode(c));
  return k;
}

const isWordClass = (k: number) => (k & 7) === LETTER || (k & 7) === DIGIT;

/** The words and marks of a text, with their offsets, folded spelling and case. Exported for tests. */
export function tokenize(text: string): Tok[] {
  // Spelling and case are folded once for the whole text when that keeps every offset (it does for
  // Vietnamese: tone moves, Ð → Đ and NBSP → space replace one code unit by one).
  const modern = modernSpelling(text);
  const folded = modern.length === text.length ? modern.toLowerCase() : null;
  const same = folded !== null && folded.length === text.length;
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = classAt(text, i);
    if ((k & 7) === SPACE) {
      i += k & 8 ? 2 : 1;
      continue;
    }
    const s = i;
    if (!isWordClass(k)) {
      i += k & 8 ? 2 : 1;
      const t = text.slice(s, i);
      toks.push(new Tok(s, i, t, 0));
      continue;
    }
    let allDigits = true;
    for (;;) {
      while (i < n && isWordClass((k = classAt(text, i)))) {
        if ((k & 7) !== DIGIT) allDigits = false;
        i += k & 8 ? 2 : 1;
      }
      // KH&CN: an ampersand between two words joins them
      if (i + 1 < n && text.charCodeAt(i) === 0x26 && isWordClass(classAt(text, i + 1))) {
        allDigits = false;
        i++;
        continue;
      }
      break;
    }
    const e = i;
    const lower = same ? folded!.slice(s, e) : modernSpelling(text.slice(s, e)).toLowerCase();
    // Capitals: the code units that lower-casing changes.
    let upper = 0;
    if (e - s <= 12) for (let q = 0; q < e - s; q++) if (text.charCodeAt(s + q) !== lower.charCodeAt(q)) upper++;
    const cap = text.charCodeAt(s) !== lower.charCodeAt(0);
    let acro = false;
    if (upper >= 2) {
      const t = text.slice(s, e);
      acro = t === t.toUpperCase();
    }
    toks.push(new Tok(s, e, lower, WORD | (cap ? CAP : 0) | (acro ? ACRO : 0) | (allDigits ? NUM : 0)));
  }
  return toks;
}

/** Phrases by their first word, longest first, for matching on tokens. */
type PhraseTable<V> = Map<string, { words: string[]; value: V }[]>;

function phraseTable<V>(entries: Iterable<readonly [string, V]>): PhraseTable<V> {
  const table: PhraseTable<V> = new Map();
  for (const [phrase, value] of entries) {
    const words = modernSpelling(phrase).toLowerCase().split(' ');
    const list = table.get(words[0]!) ?? [];
    list.push({ words, value });
    table.set(words[0]!, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

const plain = (list: readonly string[]) => phraseTable(list.map((p) => [p, true] as const));

const HEADS = phraseTable(UNIT_HEADS.flatMap((h) => h.forms.map((f) => [f, h] as const)));
const STOPS = plain(NAME_STOP_WORDS);
const CAP_STOPS = plain(CAPITALISED_STOP_WORDS);
const TAILS = plain(NAME_TAIL_WORDS);
// (the class acronyms lower-cased, as tokens are compared: các TCTD)
const GROUPS = plain([...GROUP_NOUNS, ...CLASS_ACRONYMS.map((a) => a.toLowerCase())]);
const QUALIFIERS = plain(GROUP_QUALIFIERS);
const LOCALITIES = plain(LOCALITY_WORDS);
// Zones a board manages, named without a place: Ban Quản lý các khu công nghiệp
const ZONES = plain(['khu công nghiệp', 'khu kinh tế', 'khu chế xuất', 'cụm công nghiệp', 'khu công nghệ cao']);
const TITLES = plain(OFFICE_TITLES);
const SECOND_PARTS = plain(FIELD_SECOND_PARTS);
const NOT_ACTING = plain(NOT_ACTING_AFTER);
const NOT_HEADS = plain(NOT_A_HEAD);
const DOCUMENTS = plain(DOCUMENT_WORDS);
const VERBS = plain(INSTRUCTION_VERBS);
// Fields of a Phòng, a Vụ or a Ban whose last words are often written in lower case: `Phòng Tổ chức cán bộ`.
const OFFICE_FIELDS = plain([
  'tổ chức cán bộ', 'tổ chức hành chính', 'hành chính tổng hợp', 'kế hoạch tài chính', 'kế hoạch tổng hợp',
  // the offices of a Sở Tài chính: Phòng Tài chính doanh nghiệp | … hành chính sự nghiệp | Phòng Tài chính đầu tư
  'tài chính doanh nghiệp', 'tài chính hành chính sự nghiệp', 'tài chính đầu tư',
]);
// The bodies one office serves together: Văn phòng HĐND và UBND huyện | Văn phòng Đoàn ĐBQH và HĐND tỉnh.
const JOINT_OFFICES = plain([
  'hđnd và ubnd', 'hđnd - ubnd', 'hội đồng nhân dân và ủy ban nhân dân', 'hội đồng nhân dân và uỷ ban nhân dân',
  'đoàn đbqh và hđnd', 'đoàn đại biểu quốc hội và hội đồng nhân dân',
]);
// The verbs that name what a project board builds: `Ban Quản lý dự án đầu tư xây dựng …`.
const PROJECT_WORDS = plain(['đầu tư xây dựng', 'đầu tư', 'xây dựng', 'quản lý', 'phát triển', 'bảo vệ', 'sửa chữa', 'nâng cấp', 'cải tạo', 'khai thác']);
// Verbs written with a capital by mistake that the lexicon's stop words miss: "Bộ Ngoại giao Đồng chủ trì với …"
const CAP_VERBS = plain(['đồng chủ trì', ...INSTRUCTION_VERBS]);
const FIELDS = new Set(FIELD_WORDS);
const COMPOUNDS = plain(NAME_COMPOUNDS);
// Heads of names that describe what the body does and may run on in lower case.
const DESCRIPTIVE: ReadonlySet<string> = new Set(DESCRIPTIVE_NAME_HEADS);
// Heads whose name may begin in lower case.
const LOWER_NAMED: ReadonlySet<string> = new Set(['Ban Quản lý', 'Bệnh viện']);
// Words before group nouns that make them a group: các | những | từng | mỗi | mọi | tất cả (các) | toàn bộ (các)
const QUANTIFIERS = plain(GROUP_QUANTIFIERS);
// Boards named after what they steer: Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh
const STEERING: ReadonlySet<string> = new Set(STEERING_HEADS);
// (their commas dropped: `steeredAt` skips a comma between two words)
const STEERED = plain(STEERED_FIELDS.map((f) => f.replace(/,/gu, '')));
const VERB_TAILS = plain(VERB_TAIL_WORDS);
// Boards and councils, named by a field of any words that runs to the place they serve (`Reader.boardToPlaceEnd`)
const BOARDS: ReadonlySet<string> = new Set(['Hội đồng', 'Ban', 'Ban Chỉ đạo', 'Ban Chỉ huy', 'Ủy ban']);
// Words of a clause, not of a board's field: "Hội đồng … đã chỉ đạo …, trên địa bàn tỉnh"
const BOARD_FIELD_STOPS: ReadonlySet<string> = new Set([
  'trên', 'tại', 'cho', 'trong', 'theo', 'đến', 'với', 'để', 'đã', 'đang', 'sẽ', 'cần', 'phải', 'là', 'được', 'có', 'thuộc', 'từ', 'ở', 'khi',
]);
// Words after a board's place that end its name: an obligation, a copula, a partner
const BOARD_NAME_ENDS: ReadonlySet<string> = new Set(['cần', 'phải', 'sẽ', 'là', 'có', 'cùng', 'và']);
// Heads of boards that manage a class of things and are named by it: Ban Quản lý các khu công nghiệp
const MANAGING: ReadonlySet<string> = new Set(['Ban Quản lý']);

/** Tokens covered by a field a board steers at `i` (`phòng, chống thiên tai`), commas included; 0 when none. */
function steeredAt(toks: Tok[], i: number): number {
  const t = toks[i];
  if (!t || !t.word) return 0;
  const list = STEERED.get(t.w);
  if (!list) return 0;
  for (const entry of list) {
    let k = i + 1;
    let ok = true;
    for (let w = 1; w < entry.words.length && ok; w++) {
      if (toks[k]?.w === ',') k++;
      const u = toks[k];
      ok = !!u && u.word && u.w === entry.words[w];
      k++;
    }
    if (ok) return k - i;
  }
  return 0;
}

/** Length in tokens of the longest phrase of the table at `i` (consecutive words only), or 0. */
function matchAt<V>(toks: Tok[], i: number, table: PhraseTable<V>): { n: number; value: V } | null {
  const t = toks[i];
  if (!t || !t.word) return null;
  const list = table.get(t.w);
  if (!list) return null;
  for (const entry of list) {
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) {
      const u = toks[i + k];
      // a dash may sit inside a phrase: tổ chức chính trị - xã hội
      if (!u || (u.word ? u.w !== entry.words[k] : entry.words[k] !== '-' || dash(u.w) !== '-')) {
        ok = false;
        break;
      }
    }
    if (ok) return { n: entry.words.length, value: entry.value };
  }
  return null;
}

const len = <V>(toks: Tok[], i: number, table: PhraseTable<V>) => matchAt(toks, i, table)?.n ?? 0;

/**
 * The group noun at `i` (`sở`, `cơ quan chức năng`), none when it only begins a longer word that names no
 * body: `những trường hợp vi phạm` (cases, not schools), `các hội nghị`, `các vụ việc`.
 */
function groupNounMatch(toks: Tok[], i: number): { n: number } | null {
  const g = matchAt(toks, i, GROUPS);
  return g && len(toks, i, NOT_HEADS) <= g.n ? g : null;
}
const groupLen = (toks: Tok[], i: number) => groupNounMatch(toks, i)?.n ?? 0;
/**
 * `vụ` as a group noun, only inside a group after another noun and before a separator or a qualifier: "các
 * Cục, Vụ và đơn vị trực thuộc Bộ" (alone, `các vụ` is also `các vụ việc`, `các vụ án`).
 */
function departmentsInGroup(toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  return toks[i]?.w === 'vụ' && !!next && (next.w === ',' || next.w === 'và' || next.w === '/' || len(toks, i + 1, QUALIFIERS) > 0);
}

/**
 * A word of a name (`công lập`, `hàng không`, `Nam bộ`) that covers token `j`, begun at `j` or at most
 * two words before it but not before `first`: its first token and its end; null when none does.
 */
function compoundAt(toks: Tok[], j: number, first: number): { s: number; e: number } | null {
  for (let back = 0; back <= 2 && j - back >= first; back++) {
    const m = matchAt(toks, j - back, COMPOUNDS);
    // (`công` that ends `hành chính công`, `dịch vụ công` is no start of `công lập`: "Trung tâm Phục vụ hành
    // chính công lập kế hoạch …" is the centre and its verb)
    if (m && toks[j - back]!.w === 'công' && ['chính', 'vụ'].includes(toks[j - back - 1]?.w ?? '')) continue;
    if (m && m.n > back) return { s: j - back, e: j - back + m.n };
  }
  return null;
}

// Unit nouns of a group that, followed by names, stand for one unit each: các Bộ: Tài chính, Công
// Thương | các sở, ngành: Nội vụ, Tài chính | các huyện: Sơn Hà, Ba Tơ
const UNIT_NOUN_CANONICAL: ReadonlyMap<string, string> = new Map([
  ['bộ', 'Bộ'],
  ['sở', 'Sở'],
  ['ban', 'Ban'],
  ['cục', 'Cục'],
  ['chi cục', 'Chi cục'],
  ['tổng cục', 'Tổng cục'],
  ['trung tâm', 'Trung tâm'],
  ['trường', 'Trường'],
  ['bệnh viện', 'Bệnh viện'],
  ['công ty', 'Công ty'],
  ['tổng công ty', 'Tổng công ty'],
  ['tập đoàn', 'Tập đoàn'],
  ['đại sứ quán', 'Đại sứ quán'],
  ['phòng', 'Phòng'],
  ['hội', 'Hội'],
  ['tỉnh', 'tỉnh'],
  ['thành phố', 'thành phố'],
  ['huyện', 'huyện'],
  ['quận', 'quận'],
  ['thị xã', 'thị xã'],
  ['xã', 'xã'],
  ['phường', 'phường'],
  ['đặc khu', 'đặc khu'],
  ['thị trấn', 'thị trấn'],
]);

// The fields that name a Bộ or a Sở, as written after the head (lower case, modern spelling; any dash
// stands for `-`). A head shared by a list of them stands for one unit each: "Sở Tài chính, Nội vụ và
// Tư pháp" is three Sở, while "Sở Văn hóa, Thể thao và Du lịch" is one (the longest field wins).
const SHARED_FIELDS: readonly string[] = [
  'tài chính', 'nội vụ', 'tư pháp', 'y tế', 'xây dựng', 'công thương', 'giao thông vận tải', 'giao thông - vận tải',
  'kế hoạch và đầu tư', 'kế hoạch - đầu tư', 'khoa học và công nghệ', 'khoa học - công nghệ', 'tài nguyên và môi trường',
  'tài nguyên - môi trường', 'nông nghiệp và phát triển nông thôn', 'nông nghiệp và môi trường', 'văn hóa, thể thao và du lịch',
  'văn hóa - thể thao và du lịch', 'văn hóa và thể thao', 'văn hóa - thể thao', 'lao động - thương binh và xã hội',
  'lao động, thương binh và xã hội', 'thông tin và truyền thông', 'giáo dục và đào tạo', 'giáo dục - đào tạo',
  'dân tộc và tôn giáo', 'văn hóa - thông tin', 'công nghiệp', 'thương mại', 'thủy sản', 'du lịch', 'ngoại vụ',
  'quy hoạch - kiến trúc', 'quy hoạch và kiến trúc',
];
// Fields of a Bộ only: "các Bộ: Công an, Quốc phòng" (Công an of a province is a unit of its own).
const MINISTRY_ONLY_FIELDS: readonly string[] = ['công an', 'quốc phòng', 'ngoại giao'];

const dash = (w: string) => (w === '–' || w === '—' || w === '‑' ? '-' : w);
const fieldWords = (phrase: string) => tokenize(phrase).map((t) => dash(t.w));
/** Fields by their first word, longest first. */
const FIELD_PHRASES = new Map<string, { words: string[]; ministryOnly: boolean }[]>();
for (const [list, ministryOnly] of [
  [SHARED_FIELDS, false],
  [MINISTRY_ONLY_FIELDS, true],
] as const) {
  for (const f of list) {
    const words = fieldWords(f);
    const entries = FIELD_PHRASES.get(words[0]!) ?? [];
    entries.push({ words, ministryOnly });
    FIELD_PHRASES.set(words[0]!, entries);
  }
}
for (const entries of FIELD_PHRASES.values()) entries.sort((a, b) => b.words.length - a.words.length);
// Acronyms of fields: TN&MT, KH&CN, NN&PTNT, GD&ĐT …
const FIELD_ACRONYMS = new Set(
  [...ORG_ABBREVIATIONS].filter(([, full]) => FIELD_PHRASES.get(fieldWords(full)[0]!)?.some((f) => f.words.join(' ') === fieldWords(full).join(' '))).map(([k]) => k),
);

// Names of other bodies with a comma inside: "Ban Chính sách, Chiến lược Trung ương".
const COMMA_NAMES: readonly string[][] = ['chính sách, chiến lược'].map(fieldWords);

// --- reading names --------------------------------------------------------------------------------

/** One unit of a list: its span (local) and the words to canonicalise (a colon list adds its prefix). */
interface Member {
  s: number;
  e: number;
  raw: string;
}

interface Mention {
  /** Token range, end exclusive. */
  i: number;
  j: number;
  /** Local offset of the first word (an office or `các` included). */
  s: number;
  members: Member[];
  /** The office speaks rather than acts (`Thủ tướng`, `Chủ tịch UBND tỉnh` in a report). */
  speaker: boolean;
  /** Where the list's words end when a body it belongs to follows its last member (`… của Quốc hội`). */
  end?: number;
}

const MAX_NAME_TOKENS = 16;

// Common family names (lower case), for a person's name run into a unit's: "… tỉnh Cà Mau Nguyễn Tiến Hải".
const SURNAMES = FAMILY_NAMES_NOT_PLACES;

// A head followed by a list of locality words without "các": "UBND tỉnh, thành phố trực thuộc Trung ương".
const LOCALITY_WORD = '(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)';
const LOCALITY_CLASS = new RegExp(`^(.*?\\S)\\s+(${LOCALITY_WORD}\\s*,\\s*${LOCALITY_WORD}(?![\\p{L}\\p{M}]).*)$`, 'u');

// Words that name who acts, not a thing a body manages: "Phòng Quản lý đô thị và công an các xã kiểm tra …"
const ACTOR_NOUNS = plain([
  'công an', 'lực lượng', 'người', 'nhân dân', 'hộ', 'cán bộ', 'doanh nghiệp', 'đơn vị', 'cơ quan', 'chính quyền', 'địa phương',
  'các', 'những', 'tổ', 'đội', 'ban', 'hội', 'chủ đầu tư', 'nhà thầu', 'nhà đầu tư', 'cơ sở', 'phòng', 'ngành', 'cấp',
]);
// Only a heading's marker before a unit on its line: "3.5. " | "a) " | "- " (`Reader.headingBreak`).
const HEADING_MARKER_ONLY = /^\s*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}[-–]|[a-zđ]\)|\(\d{1,2}\)|[IVX]{1,5}\.)\s*$/u;

// Bodies named by a locality word and a noun: Huyện đội (military command), Huyện đoàn, huyện ủy, Huyện hội
const OF_LOCALITY: ReadonlySet<string> = new Set(['đội', 'đoàn', 'ủy', 'uỷ', 'hội']);
// The speaker's request before a bare locality: "… đề nghị huyện …" | "… yêu cầu tỉnh …".
const REQUEST_BEFORE: ReadonlySet<string> = new Set(['đề nghị', 'yêu cầu', 'lưu ý']);
// The localities a document names bare as the partner of a unit: "phối hợp với huyện" (the district of the session).
const PARTNER_LOCALITIES: ReadonlySet<string> = new Set(['huyện', 'tỉnh', 'thành phố', 'quận', 'thị xã']);
// Words after such a bare locality that make it another place or a kind of locality, not the one of the session:
// "phối hợp với tỉnh bạn" (a neighbouring country's), "… huyện biên giới", "… tỉnh kết nghĩa", "… huyện có dự án".
const PARTNER_NOT_THE_PLACE = plain([
  'bạn', 'láng giềng', 'kết nghĩa', 'biên giới', 'lân cận', 'giáp ranh', 'giáp', 'khác', 'nghèo', 'miền núi', 'vùng cao',
  'ven biển', 'đảo', 'điểm', 'có', 'nơi', 'thuộc', 'trực thuộc', 'liên quan', 'có liên quan',
]);

// Class nouns of localities: "UBND các huyện Sơn Hà, Ba Tơ" names one Ủy ban nhân dân per name.
const LOCALITY_CLASSES: ReadonlySet<string> = new Set(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'đặc khu', 'thị trấn']);

// The cities run by the centre: under a class "các tỉnh, thành phố" each is a thành phố.
const CENTRAL_CITIES: ReadonlySet<string> = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

// Regions, named like places after a class of localities; a zone or area of a policy is a class too: "các xã Khu
// vực III" | "các tỉnh Vùng Tây Bắc" (no place is named so)
// (and a zone a class of localities is ranked by: "các xã Khu vực III, xã Biên giới", "các xã Bãi ngang ven biển")
const REGION = /^(?:Tây Nguyên|Tây Bắc|Tây Nam Bộ|Đông Bắc|Đông Nam Bộ|Nam Bộ|Bắc Bộ|Trung Bộ|Bắc Trung Bộ|Nam Trung Bộ|Đồng bằng|Duyên hải|Trung du|Miền|Khu vực|Vùng|Biên giới|Bãi ngang|Ven biển|An toàn khu)(?!\p{L})/iu;

// A colon list of places: "UBND các phường: …" (its prefix ends with the locality word).
const PLACE_PREFIX = new RegExp(`(?:^|\\s)${LOCALITY_WORD}$`, 'iu');

const TIME_WORDS: ReadonlySet<string> = new Set(['tháng', 'năm', 'quý', 'ngày', 'giờ', 'tuần']);

// Heads that, alone, stand for the body a document is addressed to rather than for the last one named.
const ANAPHOR_EXCLUDED: ReadonlySet<string> = new Set(['sở', 'bộ', 'ủy ban nhân dân', 'ủy ban', 'cơ quan', 'hội đồng']);

// Group nouns that begin a class written without "các" (`Cơ quan, tổ chức … liên quan`).
const BARE_GROUP_FIRST: ReadonlySet<string> = new Set(['cơ quan', 'đơn vị']);

// Kinds of bodies that never name one another inside their names: "Bộ Y tế Bộ Tài chính" is two units.
const SEPARATE_KINDS: ReadonlySet<string> = new Set(['bộ', 'sở', 'ủy ban nhân dân', 'ngân hàng', 'kho bạc', 'công an']);
// … nor these bodies (heads that begin no place name: not `Trường` of Trường Sa, `Hội` of Hội An).
const INNER_SEPARATE_KINDS: ReadonlySet<string> = new Set([
  'bộ', 'sở', 'ủy ban nhân dân', 'hội đồng nhân dân', 'cơ quan', 'ngân hàng', 'kho bạc', 'công an', 'bộ chỉ huy', 'văn phòng',
  'tổng cục', 'cục', 'chi cục', 'thanh tra', 'ủy ban mặt trận', 'mặt trận', 'ban thường vụ', 'ban chỉ đạo', 'tỉnh ủy', 'thành ủy',
]);

class Reader {
  /** The last unit named in full for each head that needs a name (`Trung tâm` → `Trung tâm Ứng dụng …`). */
  private readonly named = new Map<string, Member>();

  constructor(
    private readonly text: string,
    private readonly toks: Tok[],
  ) {}

  /**
   * `Giám đốc Trung tâm cần chủ động …` after `Trung tâm Ứng dụng, Kỹ thuật, …` in the same item: a head
   * without its name stands for the unit of that head named last before it. Not `Sở`, `Bộ`, `UBND`: alone,
   * they mean the body the document is addressed to.
   */
  private anaphor(j: number): { j: number; member: Member } | null {
    const toks = this.toks;
    const t = toks[j];
    if (!t || !t.cap || t.acro) return null;
    const m = matchAt(toks, j, HEADS);
    if (!m || !m.value.needsName || ANAPHOR_EXCLUDED.has(m.value.kind)) return null;
    const next = toks[j + m.n];
    if (next && next.word && (next.cap || next.acro || next.num || next.w === 'các' || len(toks, j + m.n, TAILS) || len(toks, j + m.n, LOCALITIES))) return null;
    const antecedent = this.named.get(m.value.canonical);
    if (!antecedent || antecedent.e > t.s) return null;
    return { j: j + m.n, member: antecedent };
  }

  private isCapWord(i: number): boolean {
    const t = this.toks[i];
    return !!t && t.word && (t.cap || t.acro || t.num);
  }

  /** A head that begins a unit name here: capitalised, and followed by a name when it needs one. */
  head(i: number): { n: number; head: UnitHead } | null {
    const t = this.toks[i];
    if (!t || !t.word || !(t.cap || t.acro)) return null;
    const m = matchAt(this.toks, i, HEADS);
    if (!m) return null;
    // HỘI NGHỊ | TỔ CHỨC | BAN HÀNH | BÁO CÁO in a heading in capitals: words, not bodies
    if (len(this.toks, i, NOT_HEADS) > 0) return null;
    if (m.value.needsName) {
      const next = this.toks[i + m.n];
      // Thanh tra tỉnh | Trung tâm cấp tỉnh: a locality word names it too
      const named =
        !!next &&
        next.word &&
        (((next.cap || next.acro || next.num) && !len(this.toks, i + m.n, CAP_STOPS)) ||
          (!next.cap && (len(this.toks, i + m.n, LOCALITIES) > 0 || next.w === 'cấp' || next.w === 'trung' || next.w === 'quốc')) ||
          // Ban Quản lý dự án … | Bệnh viện đa khoa tỉnh: named by what they manage or treat, often in lower case
          (!next.cap && LOWER_NAMED.has(m.value.canonical) && !len(this.toks, i + m.n, STOPS)));
      // Đại sứ quán các nước: … | Ban Chỉ đạo 389 các bộ, ngành
      const classOf = !!next && next.w === 'các' && (groupLen(this.toks, i + m.n + 1) > 0 || !!this.toks[i + m.n + 1]?.acro);
      // Ban Quản lý các khu công nghiệp tỉnh: a board named by the class of things it manages
      const manages = !!next && next.w === 'các' && this.managedClass(i + m.n + 1, m.value.canonical);
      // Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh: a council named by the field it coordinates
      const coordinates = !!next && BOARDS.has(m.value.canonical) && next.w === 'phối' && this.toks[i + m.n + 1]?.w === 'hợp' && steeredAt(this.toks, i + m.n + 2) > 0;
      if (!named && !classOf && !manages && !coordinates) return null;
    }
    return { n: m.n, head: m.value };
  }

  /** A class of things in lower case after `các` that a board managing them is named by (`các khu công nghiệp`). */
  private managedClass(i: number, head: string): boolean {
    const t = this.toks[i];
    if (!(MANAGING.has(head) && !!t && t.word && !t.cap && !t.num && !len(this.toks, i, STOPS) && !len(this.toks, i, GROUPS))) return false;
    // … that runs to the place the board serves (`các khu công nghiệp tỉnh`), not into a clause (`Ban quản lý
    // các chợ trên địa bàn tỉnh rà soát …`: a group of boards, no name)
    if (len(this.toks, i, ZONES)) return true;
    for (let k = i + 1; k < i + 6; k++) {
      const u = this.toks[k];
      if (u?.cap) return !len(this.toks, k, CAP_STOPS);
      if (!u || !u.word || len(this.toks, k, STOPS)) return false;
      if (len(this.toks, k, LOCALITIES)) return true;
    }
    return false;
  }

  /** Starts a new member of a list: a head, a locality, an office, a group. */
  startsUnit(i: number): boolean {
    const t = this.toks[i];
    if (!t || !t.word) return false;
    if (this.head(i)) return true;
    const q = len(this.toks, i, QUANTIFIERS);
    if (q) return groupLen(this.toks, i + q) > 0;
    if (len(this.toks, i, TITLES) || (t.w === 'phó' && len(this.toks, i + 1, TITLES))) return true;
    const loc = len(this.toks, i, LOCALITIES);
    return loc > 0 && this.isCapWord(i + loc);
  }

  /**
   * The words of a name after its head, up to a stop word, a punctuation mark that ends it, or the
   * bound. Returns the end (exclusive) and the class words when the name ends in one (`UBND các xã,
   * phường`).
   */
  tail(j: number, start: number): { j: number; classNoun: string | null; classEnd: number } {
    const toks = this.toks;
    let lastCap = false;
    let lower = 0;
    const first = j;
    let classNoun: string | null = null;
    let classEnd = j;
    // Capitalised words in a row: after two or more (a proper name: Trương Hòa Bình, Đà Nẵng) the next
    // lower-case syllable is not the rest of a word ("Phó Thủ tướng Trương Hòa Bình gỡ vướng mắc …").
    let capRun = 0;
    const headName = matchAt(toks, start, HEADS)?.value.canonical ?? '';
    if (headName === 'Ban Quản lý') {
      const board = this.projectBoardEnd(j);
      if (board > j) return { j: board, classNoun: null, classEnd: board };
    }
    // Hội đồng Giáo dục quốc phòng và an ninh tỉnh | Ban Vì sự tiến bộ của phụ nữ tỉnh: a board's field the lexicon
    // does not know runs to the place it serves
    if (BOARDS.has(headName)) {
      const board = this.boardToPlaceEnd(j);
      if (board > j) return { j: board, classNoun: null, classEnd: board };
    }
    const descriptive = DESCRIPTIVE.has(headName);
    // Văn phòng Ban Chỉ huy phòng, chống thiên tai …: the office of a board carries the board's fields too
    const inner = headName && !STEERING.has(headName) ? matchAt(toks, j, HEADS) : null;
    const steering = STEERING.has(headName) || (!!inner && STEERING.has(inner.value.canonical));
    const fieldStart = inner && STEERING.has(inner.value.canonical) ? j + inner.n : first;
    // the words of the fields a board steers, which may make its name long
    let fieldWords = 0;
    let runEnd = -1;
    // where the last body named inside the name begins with a head of one word ("Hội" of "Đảng đoàn Hội Nông dân")
    let innerAt = -1;
    while (j < toks.length && j - start < MAX_NAME_TOKENS + fieldWords) {
      const t = toks[j]!;
      if (j > start && this.headingBreak(j, start)) break;
      if (t.word) {
        // Ban Chỉ đạo giảm nghèo bền vững | … phòng, chống thiên tai và tìm kiếm cứu nạn | Ủy ban Công tác về các
        // tổ chức phi chính phủ nước ngoài (not "Ban Chỉ đạo về tình hình …": only a field of the lexicon)
        // (right after the head or `quốc gia`, after `về`, or after `và` that follows a field: not the verb of a
        // named board, "Ban Chỉ huy Quân sự tỉnh tìm kiếm, cứu nạn …")
        const link = (t.w === 'về' && j > first) || (t.w === 'và' && fieldWords > 0) ? 1 : 0;
        // (after its scope: Ban Chỉ đạo quốc gia | Trung ương | tỉnh, right after the head, phòng, chống …)
        const prev = toks[j - 1]?.w;
        const national = (prev === 'gia' && toks[j - 2]?.w === 'quốc') || (prev === 'ương' && toks[j - 2]?.w === 'trung') || (j - 1 === fieldStart && (prev === 'tỉnh' || prev === 'huyện'));
        if (steering && (j === fieldStart || link || fieldWords > 0 || national)) {
          const field = steeredAt(toks, j + link);
          if (field) {
            j += link + field;
            fieldWords += link + field;
            lastCap = false;
            lower = 0;
            capRun = 0;
            continue;
          }
        }
        // Words of the name read whole, whatever their case:
        // - Văn phòng HĐND và UBND huyện: one office serves both bodies of a district (or a province), not two units;
        // - Phòng Tổ chức cán bộ | Phòng Hành chính tổng hợp: an office's field whose last words are in lower case
        //   (an office's, not a Sở's or a Bộ's: "Sở Tài chính đầu tư nâng cấp …" is the Sở that invests).
        const whole =
          (headName === 'Văn phòng' && j === first ? len(toks, j, JOINT_OFFICES) : 0) ||
          (t.cap && headName !== 'Sở' && headName !== 'Bộ' ? len(toks, j, OFFICE_FIELDS) : 0);
        if (whole) {
          j += whole;
          lastCap = false;
          lower = 0;
          capRun = 0;
          continue;
        }
        // Ủy ban nhân dân các tỉnh, thành phố | Đại sứ quán các nước | Ủy ban MTTQ Việt Nam các cấp
        if (t.w === 'các' && toks[j + 1]?.w === 'cấp') {
          // Ủy ban Mặt trận Tổ quốc Việt Nam các cấp | Công an các cấp
          j += 2;
          continue;
        }
        // Ban quản lý các KCN: the class an acronym names
        if (t.w === 'các' && !t.cap && toks[j + 1]?.acro && j === first) {
          j += 2;
          continue;
        }
        // Ban Quản lý các khu công nghiệp tỉnh: the class in words runs on in lower case
        if (t.w === 'các' && !t.cap && j === first && descriptive && this.managedClass(j + 1, headName)) {
          j++;
          continue;
        }
        if (t.w === 'các' && !t.cap && groupLen(toks, j + 1)) {
          const g = this.groupNouns(j + 1);
          // Liên hiệp các tổ chức hữu nghị thành phố Hà Nội: a proper name may follow the class words
          const more = len(toks, g.j, TAILS) || (this.isCapWord(g.j) && !this.startsUnit(g.j) && !len(toks, g.j, CAP_STOPS));
          if (!more || toks[g.j - 1]?.w === ',' || g.j - j > 3) return { j: g.j, classNoun: g.first, classEnd: g.j };
          classNoun = g.first;
          classEnd = g.j;
          j = g.j;
          continue;
        }
        if (t.cap || t.acro) {
          if (len(toks, j, CAP_STOPS)) break;
          // "… về các tổ chức PCPNN⏎Chương trình, kế hoạch": a document's name after a board's field
          if (fieldWords > 0 && len(toks, j, DOCUMENTS)) break;
          // "Trách nhiệm của Bộ Công thương⏎Chỉ đạo Tập đoàn …": a capitalised verb that begins a line ends the name
          // (not a word of the name that holds a verb: "Chi nhánh Văn phòng⏎Đăng ký đất đai huyện")
          if (j > first && len(toks, j, STOPS) && /\n/u.test(this.text.slice(toks[j - 1]!.e, t.s)) && !compoundAt(toks, j, first)) break;
          // A body named inside the name: Cơ quan Thường trực Ban Chỉ đạo | Ban Chỉ đạo 389 Bộ Tài chính
          const inner = matchAt(toks, j, HEADS);
          // "Bộ Y tế Bộ Tài chính" (the columns of a flattened table): a Bộ, Sở or UBND holds no other
          const outer = matchAt(toks, start, HEADS)?.value;
          if (inner && (j > first || (outer && !outer.needsName)) && INNER_SEPARATE_KINDS.has(inner.value.kind) && SEPARATE_KINDS.has(outer?.kind ?? '')) break;
          // Ban Chỉ đạo 389 Bộ Tài chính | Ban cán sự đảng Bộ Kế hoạch và Đầu tư: a Bộ or a Sở inside the name, with its field
          const innerField = inner && inner.n === 1 && (inner.value.canonical === 'Bộ' || inner.value.canonical === 'Sở') && !this.headingBreak(j + 1, start) ? this.field(j + 1, inner.value.canonical === 'Bộ') : 0;
          if (innerField) {
            j += 1 + innerField;
            lastCap = false;
            lower = 0;
            capRun = 0;
            continue;
          }
          if (inner && inner.n > 1) {
            j += inner.n;
            lastCap = false;
            capRun = 0;
            continue;
          }
          j++;
          lastCap = true;
          lower = 0;
          // (an acronym is no word of a proper name: "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam")
          capRun = t.acro ? 0 : capRun + 1;
          if (inner) innerAt = j - 1;
          continue;
        }
        // Sở Tài nguyên và Môi⏎⏎13⏎⏎trường: the rest of a word after a page break
        if (t.num && j > first && lastCap && lower === 0 && capRun === 1 && this.pastPageNumber(j) > j && toks[j + 1]!.word && !toks[j + 1]!.cap && !len(toks, j + 1, STOPS)) {
          j++;
          continue;
        }
        if (t.num) {
          // Ban Chỉ đạo 389 | Trung tâm 115 (not: 2 lần, 15/8)
          const next = toks[j + 1];
          // (not a period: "… CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2024")
          if (next && TIME_WORDS.has(next.w)) break;
          // (Ban QLDA 6 (Bộ GTVT): the owner in brackets after the number)
          if ((!lastCap && j !== first) || t.w.length > 4 || (next && !next.word && next.w !== ',' && next.w !== ')' && next.w !== '(')) break;
          if (next && next.word && !next.cap && !next.acro && !len(toks, j + 1, TAILS) && !len(toks, j + 1, STOPS) && next.w !== 'các') break;
          j++;
          continue;
        }
        if (t.w === 'và') {
          // Nông nghiệp và Môi trường | Ứng dụng và Dịch vụ | … và chuyên ngành — but not "và Sở Nội vụ", "và các …"
          const n = this.pastPageNumber(j + 1);
          // Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi: a board of zones names them all
          const zones = MANAGING.has(headName) && toks[n]?.w === 'các' ? len(toks, n + 1, ZONES) : 0;
          if (zones) {
            j = n + 1 + zones;
            continue;
          }
          // (not a word that only begins like a head: "Trung tâm Kiểm soát và Phòng ngừa dịch bệnh")
          if (this.startsUnit(n) || toks[n]?.w === 'các' || (toks[n]?.cap && matchAt(toks, n, HEADS) && !len(toks, n, NOT_HEADS))) break;
          if ((this.isCapWord(n) && !toks[n]!.num && !len(toks, n, CAP_STOPS)) || len(toks, n, TAILS)) {
            j = n;
            continue;
          }
          break;
        }
        // UBND tỉnh, thành phố trực thuộc Trung ương: the qualifier of a class of localities
        if (t.w === 'trực' && toks[j + 1]?.w === 'thuộc' && toks[j + 2]?.w === 'trung' && toks[j + 3]?.w === 'ương' && j > first && len(toks, j - 1, LOCALITIES) + len(toks, j - 2, LOCALITIES) > 0 && toks.slice(first, j).some((u) => u.w === ',')) {
          j += 4;
          continue;
        }
        // Bộ Ngoại giao | Bộ Quốc phòng: the second syllable of a field word is not the verb it looks like
        const field = j > 0 && FIELDS.has(`${toks[j - 1]!.w} ${t.w}`);
        const stop = !field && len(toks, j, STOPS) > 0;
        // Cục Hàng không | Bệnh viện công lập | Ban An toàn giao thông | Ban Chỉ đạo Tây Nam bộ: the end of a
        // word begun in the name, or a word whose first syllable only looks like a verb
        // (not where a run in lower case stopped before a verb: "Trung tâm Hành chính công lập danh sách")
        const compound = j !== runEnd ? compoundAt(toks, j, first) : null;
        if (compound && (stop || compound.s < j)) {
          j = compound.e;
          lastCap = false;
          lower = 0;
          capRun = 0;
          continue;
        }
        if (stop) break;
        const tail = len(toks, j, TAILS);
        // "Bộ Công an đầu tư, xây dựng …": a tail that is also a verb ends the name of a body that is not
        // named by what it does (but: Sở Kế hoạch và đầu tư, Ban Xúc tiến đầu tư
        // tỉnh, Cục Quản lý đầu tư xây dựng)
        if (tail && !descriptive && !['và', 'tiến', 'trợ', 'lý', 'hút', 'sát'].includes(toks[j - 1]?.w ?? '') && len(toks, j, VERB_TAILS) === tail) break;
        if (tail) {
          j += tail;
          lastCap = false;
          lower = 0;
          capRun = 0;
          continue;
        }
        // The rest of a word begun by a capital: Y tế | Tài chính | Nội vụ (also after the head of a body named
        // inside the name: "Đảng đoàn Hội Nông dân tỉnh")
        if (lastCap && lower === 0 && (capRun === 1 || (capRun === 2 && innerAt === j - 2))) {
          j++;
          lower = 1;
          lastCap = false;
          capRun = 0;
          continue;
        }
        // Lower-case words between capitals: Công ty Cổ phần đầu tư thủy điện miền Trung
        let k = j;
        while (k < toks.length && k - j < 3 && toks[k]!.word && !toks[k]!.cap && !toks[k]!.acro && !toks[k]!.num && !len(toks, k, STOPS)) k++;
        if (k > j && !!toks[k] && (toks[k]!.cap || toks[k]!.acro) && !len(toks, k, CAP_STOPS) && !this.startsUnit(k) && !len(toks, k, DOCUMENTS)) {
          j = k;
          continue;
        }
        // Trung tâm Phục vụ hành chính công tỉnh | Ban Quản lý dự án đầu tư xây dựng: a centre's, a board's, a
        // company's name runs on in lower case (not after a proper name: "Trường Mầm non Sen Vàng đánh …")
        // Phòng Quản lý đô thị | Cục Quản lý đê điều …: a body named `Quản lý` names what it manages in lower case
        const manages = toks[j - 1]?.w === 'lý' && toks[j - 2]?.w === 'quản' && !!toks[j - 2]!.cap && j - 2 > start;
        if ((descriptive || manages) && capRun < 2) {
          const run = this.lowerRun(j, manages && !descriptive);
          if (run > j) {
            j = run;
            // Cục Quản lý đê điều và Phòng, chống thiên tai | … nông lâm sản và thủy sản: two things managed
            if (manages && !descriptive) {
              const more = this.managedAfterAnd(j);
              if (more > 0) j = more;
            }
            runEnd = run;
            lastCap = false;
            capRun = 0;
            continue;
          }
        }
        break;
      }
      // punctuation
      const next = toks[j + 1];
      if ((t.w === '-' || t.w === '–' || t.w === '—') && next && this.isCapWord(j + 1) && !this.startsUnit(j + 1)) {
        // Kế hoạch - Tài chính | Văn Miếu – Quốc Tử Giám | Thừa Thiên – Huế
        j++;
        continue;
      }
      if (t.w === '.' && next && next.cap && (toks[j - 1]?.w === 'tp' || toks[j - 1]?.w === 'tx') && t.s === toks[j - 1]!.e) {
        // UBND TP. Hồ Chí Minh
        j++;
        continue;
      }
      if (t.w === ',' && next && this.commaInsideName(j)) {
        j++;
        continue;
      }
      break;
    }
    return { j, classNoun, classEnd: classNoun ? classEnd : j };
  }

  /**
   * Whether token `j` opens the paragraph after a short heading line that names a unit: "3.5. Thanh tra Sở⏎Xây
   * dựng kế hoạch …" is the unit and its first order, not "Thanh tra Sở Xây dựng". A line that short is no
   * hard wrap, and a capitalised verb opens the sentence. The line is a heading only if the name (from `start`)
   * opens it after its marker: "Giao Sở⏎Xây dựng chủ trì …" or a narrow table cell "Sở⏎Xây dựng chủ trì …"
   * is a wrapped name.
   */
  private headingBreak(j: number, start: number): boolean {
    const toks = this.toks;
    const t = toks[j];
    const prev = toks[j - 1];
    const first = toks[start];
    if (!t || !prev || !first || !t.word || !t.cap || t.acro) return false;
    if (!this.text.slice(prev.e, t.s).includes('\n')) return false;
    const lineStart = this.text.lastIndexOf('\n', prev.s) + 1;
    if (first.s < lineStart || !HEADING_MARKER_ONLY.test(this.text.slice(lineStart, first.s))) return false;
    const line = this.text.slice(lineStart, prev.e).trim();
    return line.length <= 40 && !/[,;:]$/u.test(line) && len(toks, j, VERBS) > 0;
  }

  /**
   * The end of a project board's name that runs to the place it serves, or `j`: `Ban Quản lý dự án đầu tư
   * xây dựng các công trình dân dụng và công nghiệp tỉnh` | `… Đầu tư xây dựng khu vực huyện Tuy Phước`. Its
   * words hold verbs (`xây dựng`), `các` and `và`, so only the place word closes it, and only where an
   * instruction or a mark follows.
   */
  private projectBoardEnd(j: number): number {
    const toks = this.toks;
    if (toks[j]?.w !== 'dự' || toks[j + 1]?.w !== 'án') return j;
    // Ban Quản lý dự án 2 | Ban Quản lý dự án 85 (Bộ Xây dựng): a ministry's boards are numbered (not a year, nor
    // a span of time: "Ban Quản lý dự án 2 tuần một lần báo cáo")
    if (toks[j + 2]?.num && /^\d{1,3}$/u.test(toks[j + 2]!.w) && !TIME_WORDS.has(toks[j + 3]?.w ?? '')) return j + 3;
    for (let k = j + 2; k < toks.length && k < j + 20; k++) {
      const t = toks[k]!;
      if (!t.word) {
        if (t.w === '-' || t.w === '–') continue;
        return j;
      }
      const loc = len(toks, k, LOCALITIES);
      if (!loc) {
        // (a verb or a function word before any place: a clause, "Ban Quản lý dự án rà soát … trên địa bàn tỉnh")
        const word = len(toks, k, PROJECT_WORDS);
        if (word) k += word - 1;
        else if (len(toks, k, STOPS) && t.w !== 'các' && t.w !== 'và' && !FIELDS.has(`${toks[k - 1]!.w} ${t.w}`)) {
          // (`giao thông`, `công trình`: a syllable that alone is a verb)
          const compound = compoundAt(toks, k, j);
          if (!compound) return j;
          k = compound.e - 1;
        }
        continue;
      }
      // (`các huyện` is a class of boards, not the place of one)
      if (toks[k - 1]?.w === 'các') return j;
      let e = k + loc;
      while (this.isCapWord(e) && !toks[e]!.num && !len(toks, e, CAP_STOPS) && !this.startsUnit(e)) e++;
      return e;
    }
    return j;
  }

  /**
   * The end of a board's or a council's name that runs to the place it serves, or `j`: `Hội đồng Giáo dục quốc
   * phòng và an ninh tỉnh` | `Ban Vì sự tiến bộ của phụ nữ tỉnh` | `Ban Đại diện Hội đồng quản trị Ngân hàng Chính
   * sách xã hội tỉnh`. Its field may hold any words, so it is read only where it plainly ends: no mark, no verb of
   * a clause and no `các` before the place word (`Hội đồng … chỉ đạo các đơn vị trên địa bàn tỉnh` is a clause),
   * and after the place (and its proper name) a mark, an instruction or the end.
   */
  private boardToPlaceEnd(j: number): number {
    const toks = this.toks;
    for (let k = j; k < toks.length && k < j + 14; k++) {
      const t = toks[k]!;
      if (!t.word) {
        if (t.w === '-' || t.w === '–') continue;
        // "Hội đồng Thi đua, Khen thưởng tỉnh": a comma between capitalised parts of the field, as a hyphen
        // (not after a hyphen: "Ban Kinh tế - Ngân sách, Văn hóa - Xã hội HĐND tỉnh" lists two boards)
        if (t.w === ',' && k > j && toks[k - 1]!.word && this.isCapWord(k + 1) && !this.startsUnit(k + 1) && !toks.slice(j, k).some((u) => u.w === '-' || u.w === '–')) continue;
        return j;
      }
      // "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh": the council that coordinates a field the lexicon knows,
      // commas and all (not "Hội đồng phối hợp với …", a clause)
      const coordinates = k === j && t.w === 'phối' && toks[k + 1]?.w === 'hợp' && steeredAt(toks, k + 2) ? 2 : 0;
      const field = steeredAt(toks, k + coordinates);
      if (field && (coordinates || k > j || toks[k - 1]?.word)) {
        k += coordinates + field - 1;
        continue;
      }
      const loc = t.cap ? 0 : len(toks, k, LOCALITIES);
      if (!loc) {
        if (t.cap || t.acro) continue;
        if (t.num || t.w === 'các' || t.w === 'những' || BOARD_FIELD_STOPS.has(t.w)) return j;
        // (`Ban … và Sở Y tế`: a second body, no part of the name)
        if (t.w === 'và' && this.startsUnit(k + 1)) return j;
        const word = len(toks, k, PROJECT_WORDS);
        if (word) {
          k += word - 1;
          continue;
        }
        if (len(toks, k, VERBS) && !FIELDS.has(`${toks[k - 1]?.w} ${t.w}`)) return j;
        continue;
      }
      // (right after the head, the place names the board alone: "Ban Chỉ đạo tỉnh" is read as usual)
      if (k === j) return j;
      let e = k + loc;
      while (this.isCapWord(e) && !toks[e]!.num && !len(toks, e, CAP_STOPS) && !this.startsUnit(e)) e++;
      const next = toks[e];
      if (!next) return e;
      if (!next.word ? /^[,;:.()]$/u.test(next.w) : next.cap || next.acro ? len(toks, e, CAP_VERBS) : len(toks, e, VERBS) || BOARD_NAME_ENDS.has(next.w)) return e;
      // (a place word that is part of a word goes on: "Ngân hàng Chính sách xã hội tỉnh")
      k += loc - 1;
    }
    return j;
  }

  /**
   * Past a page number that a page break leaves alone on its line between the halves of a wrapped name
   * (`Sở Kế hoạch và⏎⏎12⏎⏎Đầu tư`), or `k`.
   */
  private pastPageNumber(k: number): number {
    const toks = this.toks;
    const t = toks[k];
    const prev = toks[k - 1];
    const next = toks[k + 1];
    if (!t || !t.num || t.w.length > 3 || !prev || !next || !next.word) return k;
    return this.text.slice(prev.e, t.s).includes('\n') && this.text.slice(t.e, next.s).includes('\n') ? k + 1 : k;
  }

  /** The words of a name from token `i` to `j` (exclusive), without a page number inside. */
  private rawOf(i: number, j: number): string {
    let raw = '';
    let from = this.toks[i]!.s;
    for (let k = i + 1; k < j - 1; k++) {
      if (this.pastPageNumber(k) === k) continue;
      raw += `${this.text.slice(from, this.toks[k - 1]!.e)} `;
      from = this.toks[k + 1]!.s;
    }
    return raw + this.text.slice(from, this.toks[j - 1]!.e);
  }

  /**
   * The end of the lower-case words of a descriptive name at `j` (at most 8, no verb or function word
   * inside, none after a locality word) when the name plainly ends there: before an instruction (`chủ
   * trì`, `cần`, a verb), a mark (`,` `;` `(` … after five words at most), a capitalised word that goes on
   * with it, or `và`/`của` and another unit. Otherwise after a locality word or `quốc gia`, `trung ương`,
   * `cấp …` (`… tuyến tỉnh trên cơ sở …`), or `j`.
   */
  /**
   * The end of a second thing a `Quản lý` body manages, after `và` at `k`, or -1: `… đê điều và Phòng, chống thiên
   * tai` | `… nông lâm sản và thủy sản`. Not a partner that acts with the body: `Phòng Quản lý đô thị và công an
   * các xã kiểm tra …` | `… và người dân` | `… và lực lượng chức năng` (two subjects of one verb).
   */
  private managedAfterAnd(k: number): number {
    const toks = this.toks;
    if (toks[k]?.w !== 'và') return -1;
    const field = steeredAt(toks, k + 1);
    if (field) return k + 1 + field;
    const t = toks[k + 1];
    if (!t?.word || t.cap || t.acro || len(toks, k + 1, ACTOR_NOUNS) || len(toks, k + 1, LOCALITIES) || this.startsUnit(k + 1)) return -1;
    const more = this.lowerRun(k + 1);
    return more > k + 1 && more - (k + 1) <= 3 ? more : -1;
  }

  private lowerRun(j: number, manages = false): number {
    const toks = this.toks;
    let k = j;
    let place = j;
    // Where a verb inside a word would end the run, kept for a run that does not end plainly: "Trung tâm
    // Hành chính công lập danh sách …" may be "… công" that draws up a list
    let verbCut = j;
    let verbEnd = j;
    while (k < toks.length && k - j < 8) {
      const t = toks[k]!;
      if (!t.word || t.cap || t.acro || t.num) break;
      const tail = len(toks, k, TAILS);
      if (tail) {
        k += tail;
        // (a locality word ends the words in lower case: "… công tỉnh niêm yết công khai …")
        if (len(toks, k - tail, LOCALITIES) === tail) break;
        if (t.w === 'cấp' || t.w === 'quốc' || t.w === 'trung') place = k;
        continue;
      }
      if (t.w === 'và') break;
      if (len(toks, k, STOPS) && !(k > j && FIELDS.has(`${toks[k - 1]!.w} ${t.w}`))) {
        // Bệnh viện công lập | Ban Quản lý dự án giao thông
        const compound = compoundAt(toks, k, j);
        if (!compound) break;
        if (verbCut === j && len(toks, k, VERBS)) {
          verbCut = k;
          verbEnd = compound.e;
        }
        k = compound.e;
        continue;
      }
      k++;
    }
    if (k === j) return j;
    const next = toks[k];
    if (len(toks, k - 1, LOCALITIES) === 1 || len(toks, k - 2, LOCALITIES) === 2) place = k;
    place = Math.max(place, verbCut);
    // (after a word that holds a verb, a plain end only two words later: "… công lập tuyến huyện", not "…
    // công lập danh sách hồ sơ quá hạn giải quyết")
    const end = verbCut === j || k - verbEnd <= 2 ? k : place;
    // (a mark or the end closes only a short run: a longer one may hold a verb the lexicon does not know)
    if (!next) return k - j <= 5 ? end : place;
    if (!next.word) return /^[,;:.()]$/u.test(next.w) && k - j <= 5 ? end : place;
    if (next.cap || next.acro) return !len(toks, k, DOCUMENTS) && !this.startsUnit(k) ? end : len(toks, k, CAP_STOPS) || len(toks, k, CAP_VERBS) ? end : place;
    if (len(toks, k, VERBS) || next.w === 'cần' || next.w === 'phải' || next.w === 'sẽ') return end;
    // (what a `Quản lý` body manages may be two things: "… chất lượng nông lâm sản và thủy sản")
    if (manages && this.managedAfterAnd(k) > 0) return end;
    const link = next.w === 'và' || next.w === 'cùng' || next.w === 'với' || next.w === 'của' || next.w === 'thuộc' ? 1 : next.w === 'trực' && toks[k + 1]?.w === 'thuộc' ? 2 : 0;
    return link && (this.startsUnit(k + link) || toks[k + link]?.w === 'các') ? end : place;
  }

  /**
   * Length in tokens of the longest field of a Bộ (`ministry`) or a Sở that begins at `j`, or 0:
   * `Tài chính` | `Kế hoạch và Đầu tư` | `Văn hóa, Thể thao và Du lịch` | `TN&MT`.
   */
  field(j: number, ministry: boolean): number {
    const toks = this.toks;
    const t = toks[j];
    if (!t || !t.word || !(t.cap || t.acro)) return 0;
    if (t.acro && FIELD_ACRONYMS.has(this.text.slice(t.s, t.e))) return 1;
    for (const f of FIELD_PHRASES.get(t.w) ?? []) {
      if (f.ministryOnly && !ministry) continue;
      let k = 1;
      while (k < f.words.length && toks[j + k] && dash(toks[j + k]!.w) === f.words[k]) k++;
      if (k === f.words.length) return k;
    }
    return 0;
  }

  /**
   * The fields that follow a shared head, joined by `,` `;` `và`: `Sở Tài chính, Nội vụ và Tư pháp` →
   * three token ranges. Empty unless the last field ends the name (not `Sở Y tế Hà Nội`, `Y tế các
   * bộ, ngành`).
   */
  private fieldRun(j: number, ministry: boolean): [number, number][] {
    const toks = this.toks;
    const parts: [number, number][] = [];
    let k = j;
    while (parts.length < 12) {
      const n = this.field(k, ministry);
      if (!n) break;
      parts.push([k, k + n]);
      k += n;
      const sep = toks[k];
      if (sep && (sep.w === ',' || sep.w === 'và' || sep.w === ';')) {
        const next = sep.w === ',' && toks[k + 1]?.w === 'và' ? k + 2 : k + 1;
        if (this.field(next, ministry)) {
          k = next;
          continue;
        }
      }
      break;
    }
    const after = toks[k];
    if (after && after.word && (after.cap || after.acro || after.num || after.w === 'các' || len(toks, k, TAILS) || len(toks, k, LOCALITIES))) return [];
    return parts;
  }

  /**
   * A comma that joins the parts of one name: `Bộ Văn hóa, Thể thao và Du lịch`, `Phòng Quản lý Công
   * nghệ, thị trường công nghệ và chuyên ngành`, `VH,TT&DL`; not one that separates members
   * (`Sở Tài chính, Sở Nội vụ`, `Bộ Y tế, các địa phương`).
   */
  private commaInsideName(j: number): boolean {
    const toks = this.toks;
    const comma = toks[j]!;
    const next = toks[j + 1]!;
    const prev = toks[j - 1];
    if (prev && prev.acro && next.acro && prev.e === comma.s && comma.e === next.s) return true;
    // Ban Chính sách, Chiến lược Trung ương: a name known to hold a comma
    for (const words of COMMA_NAMES) {
      const at = j - words.indexOf(',');
      if (at >= 0 && words.every((w, k) => toks[at + k] && dash(toks[at + k]!.w) === w)) return true;
    }
    // UBND tỉnh, thành phố trực thuộc Trung ương | UBND huyện, thị xã, thành phố: a class of localities, one class
    const before = [1, 2].some((n) => !toks[j - n]?.cap && len(toks, j - n, LOCALITIES) === n);
    if (before && !next.cap && len(toks, j + 1, LOCALITIES) && !this.isCapWord(j + 1 + len(toks, j + 1, LOCALITIES))) return true;
    // Ban Thường vụ Tỉnh ủy, Thành ủy: the committees of every province and city, one class
    if (prev?.w === 'ủy' && toks[j - 2]?.w === 'tỉnh' && next.w === 'thành' && toks[j + 2]?.w === 'ủy') return true;
    if (!next.word || this.startsUnit(j + 1) || next.w === 'các' || next.w === 'những' || next.w === 'và') return false;
    if (!next.cap && !next.acro) return len(toks, j + 1, TAILS) > 0 && !len(toks, j + 1, GROUPS);
    // A capitalised part must lead, through more parts, to "và" and a last part: "…, Thể thao và Du lịch"
    for (let k = j + 1; k < toks.length && k - j <= 10; k++) {
      const t = toks[k]!;
      if (t.w === 'và') return (this.isCapWord(k + 1) && !this.startsUnit(k + 1)) || len(toks, k + 1, TAILS) > 0;
      if (!t.word) {
        if (t.w === ',') continue;
        return false;
      }
      if (this.startsUnit(k) && k > j + 1) return false;
      if (len(toks, k, STOPS) || len(toks, k, CAP_STOPS)) return false;
    }
    return false;
  }

  /** `sở, ban, ngành` | `cơ quan, đơn vị có liên quan` | `bộ, cơ quan ngang bộ` after `các`. */
  groupNouns(j: number): { j: number; first: string | null } {
    const toks = this.toks;
    const start = j;
    let first: string | null = null;
    let end = j;
    while (j < toks.length && j - start < 2 * MAX_NAME_TOKENS) {
      const g = groupNounMatch(toks, j) ?? (j > start && departmentsInGroup(toks, j) ? { n: 1 } : null);
      // các Bộ trưởng: an office, not a group of Bộ
      if (!g || toks[j + g.n]?.w === 'trưởng') break;
      if (first === null) first = toks.slice(j, j + g.n).map((t) => t.w).join(' ');
      j += g.n;
      // có liên quan | trực thuộc Trung ương | thuộc Sở | trên địa bàn tỉnh | các cấp — also before the next
      // noun: "các bộ, cơ quan trung ương và địa phương"
      for (let q = 0; q < 3; q++) {
        const n = len(toks, j, QUALIFIERS);
        if (!n) break;
        j += n;
        // các Cục, Vụ và đơn vị trực thuộc Bộ | … trực thuộc Sở: the document's own Bộ or Sở, unnamed (not "trực
        // thuộc Bộ Tài chính", a named owner)
        const own = toks[j]?.w === 'bộ' || toks[j]?.w === 'sở';
        if (own && toks[j - 1]?.w === 'thuộc' && toks[j - 2]?.w === 'trực' && !this.isCapWord(j + 1) && !toks[j + 1]?.acro) j++;
      }
      end = j;
      const sep = toks[j];
      const next = toks[j + 1];
      // sở, ban, ngành | cơ quan/đơn vị | cá nhân và tổ chức | Tập đoàn, Tổng công ty
      // (a capitalised noun after the comma that begins a name is a unit of its own: "các đơn vị, Sở Tài chính tổng hợp")
      // (not "… và chính quyền địa phương", a group of its own)
      const government = next?.w === 'chính' && toks[j + 4]?.w === 'phương';
      const department = departmentsInGroup(toks, j + 1);
      if (sep && next && (sep.w === ',' || sep.w === '/' || sep.w === 'và') && (groupLen(toks, j + 1) || department) && next.w !== 'các' && !government && (!next.cap || department || !this.startsUnit(j + 1))) {
        j++;
        continue;
      }
      break;
    }
    return { j: end, first };
  }

  /** A list after a colon, or a plural head followed by names: `các phường: Ba Đình, Hoàn Kiếm`. */
  private colonMembers(j: number, prefix: string, splitAnd: boolean): { j: number; members: Member[] } {
    const toks = this.toks;
    const members: Member[] = [];
    const fields = prefix === 'Bộ' || prefix === 'Sở';
    const places = PLACE_PREFIX.test(prefix);
    while (j < toks.length && members.length < 40) {
      // các Bộ: Công an, Văn hóa, Thể thao và Du lịch, Tài nguyên và Môi trường (a field, whole)
      const field = fields ? this.field(j, prefix === 'Bộ') : 0;
      const fieldEnds = field > 0 && !this.isCapWord(j + field);
      if (fieldEnds) {
        const a = toks[j]!.s;
        const b = toks[j + field - 1]!.e;
        members.push({ s: a, e: b, raw: `${prefix} ${this.text.slice(a, b)}` });
        j += field;
      } else if (this.startsUnit(j)) {
        // A member with its own head or office: "các Sở: TN-MT, Du lịch, Bộ chỉ huy Quân sự TP" | "các Bộ: Công
        // Thương, Công an và Chủ tịch UBND các tỉnh" (no list inside a list)
        const own = this.head(j) ? this.core(j, true) : this.mention(j);
        if (!own) break;
        members.push(...own.members);
        j = own.j;
      } else {
        if (!this.isCapWord(j) || len(toks, j, CAP_STOPS)) break;
        // "UBND các phường, xã: Xây dựng Kế hoạch …": a place is never named by a verb, the heading's task begins
        if (places && len(toks, j, CAP_VERBS)) break;
        const s = j;
        let lastCap = true;
        j++;
        while (j < toks.length && j - s < 8) {
          const t = toks[j]!;
          // "… thành phố Gia Nghĩa⏎Quán triệt, triển khai …": a heading without its colon, the task on the next line
          // (two-word verbs only: "huyện Lập Thạch" is a place)
          if (places && t.cap && len(toks, j, CAP_VERBS) >= 2) break;
          if (t.word && (t.cap || t.acro || t.num) && !len(toks, j, CAP_STOPS)) {
            j++;
            lastCap = true;
            continue;
          }
          if (t.word && t.w === 'và' && !splitAnd && len(toks, j + 1, SECOND_PARTS)) {
            j += 1 + len(toks, j + 1, SECOND_PARTS);
            continue;
          }
          // (not after a place: "Các huyện Nga Sơn, Hậu Lộc sơ tán …", a place's name is all capitals)
          if (t.word && !t.cap && lastCap && !places && t.w !== 'và' && !len(toks, j, STOPS)) {
            // Tài chính | Công Thương
            j++;
            lastCap = false;
            continue;
          }
          if (!t.word && (t.w === '-' || t.w === '–') && this.isCapWord(j + 1)) {
            j += 2;
            lastCap = true;
            continue;
          }
          break;
        }
        const a = toks[s]!.s;
        const b = toks[j - 1]!.e;
        members.push({ s: a, e: b, raw: `${prefix} ${this.text.slice(a, b)}` });
      }
      const sep = toks[j];
      if (sep && (sep.w === ',' || sep.w === ';' || sep.w === 'và') && toks[j + 1] && toks[j + 1]!.w !== 'các' && toks[j + 1]!.w !== 'những') {
        if (this.isCapWord(j + 1)) {
          j++;
          continue;
        }
      }
      break;
    }
    return { j, members };
  }

  /** A unit name without an office before it. */
  core(i: number, nested = false, titled = false): Mention | null {
    const toks = this.toks;
    const t = toks[i];
    if (!t || !t.word) return null;

    // phòng chuyên môn của Sở Tài chính | các cơ quan chuyên môn của Bộ Khoa học và Công nghệ
    const part = this.partOf(i);
    if (part) return part;

    // các sở, ban, ngành | những địa phương | các Bộ: Tài chính, Công Thương | từng phòng, ban | mỗi địa phương
    const q = len(toks, i, QUANTIFIERS);
    if (q && groupLen(toks, i + q)) {
      let g = this.groupNouns(i + q);
      const unitNoun = g.first ? UNIT_NOUN_CANONICAL.get(g.first) : undefined;
      // các Đại sứ quán các nước: Nhật Bản, Hàn Quốc
      if (toks[g.j]?.w === 'các' && groupLen(toks, g.j + 1) && toks[this.groupNouns(g.j + 1).j]?.w === ':') {
        g = { j: this.groupNouns(g.j + 1).j, first: g.first };
      }
      const after = toks[g.j];
      if (unitNoun && after) {
        // các Bộ: Tài chính, Công Thương | các Bộ Tài chính, Công Thương (a plural head before names)
        const colon = after.w === ':' ? 1 : 0;
        const plural = colon === 0 && toks[i + q]!.cap && g.j === i + q + 1 && this.isCapWord(g.j) && !this.startsUnit(g.j);
        if (!nested && ((colon && this.isCapWord(g.j + 1)) || plural)) {
          const list = this.colonMembers(g.j + colon, unitNoun, /^\p{Ll}/u.test(unitNoun));
          if (list.members.length) return { i, j: list.j, s: t.s, members: list.members, speaker: false };
        }
      }
      // Các huyện Nga Sơn, Hậu Lộc, Hoằng Hóa sơ tán … | Các tỉnh Quảng Ninh, Hải Phòng cần …: places named after a bare
      // class of localities are each their People's Committee, as after "UBND các huyện" (not a region: "các tỉnh Tây
      // Nguyên" is a class)
      const place = g.first && LOCALITY_CLASSES.has(g.first) && g.j === i + q + g.first.split(' ').length ? g.first : null;
      if (!nested && place && after && this.isCapWord(g.j) && !after.acro && !this.startsUnit(g.j) && !len(toks, g.j, CAP_STOPS) && !len(toks, g.j, DOCUMENTS)) {
        const list = this.colonMembers(g.j, `Ủy ban nhân dân ${place}`, true);
        if (list.members.length && !list.members.some((m) => REGION.test(this.text.slice(m.s, m.s + 40)))) {
          const members = list.members.map((m) => {
            const name = this.text.slice(m.s, m.e);
            return place === 'tỉnh' && CENTRAL_CITIES.has(name.replace(/\s+/gu, ' ')) ? { ...m, raw: `Ủy ban nhân dân thành phố ${name}` } : m;
          });
          return { i, j: list.j, s: t.s, members, speaker: false };
        }
      }
      let j = g.j;
      // các tổ chức Công đoàn | các đơn vị Sở Tài chính | các sở, ngành Thành phố
      const listLike = toks.slice(i, g.j).some((u) => u.w === ',' || u.w === 'và') || len(toks, g.j - 1, QUALIFIERS) === 1 || len(toks, g.j - 2, QUALIFIERS) === 2;
      // (… trực thuộc Sở Khoa học và Công nghệ: the body the group belongs to ends it)
      const owned = toks[g.j - 1]?.w === 'thuộc';
      const named = (!listLike || owned) && this.head(j) ? this.core(j) : null;
      // các Công ty Thủy lợi | các Trung tâm Y tế huyện: a head as the group noun reads its name as a head does
      const own = !listLike && !named ? this.head(i + q) : null;
      if (named && named.members.length === 1) j = named.j;
      else if (own && i + q + own.n === g.j) j = this.tail(g.j, i + q).j;
      else if (listLike) {
        // a list of nouns takes only its place after it: "các sở, ngành Thành phố" (not "… liên quan Cấp phê duyệt" in a table)
        const place = len(toks, j, LOCALITIES) || (toks[j]?.w === 'trung' && toks[j + 1]?.w === 'ương' ? 2 : 0) || (toks[j]?.acro ? 1 : 0);
        if (place && toks[j]!.cap) j += place;
      } else {
        // (a zone or region after the class is no name: "các xã Khu vực III" are the class `xã`)
        while (j < toks.length && j - g.j < 4 && toks[j]!.word && (toks[j]!.cap || toks[j]!.acro) && !len(toks, j, CAP_STOPS) && !len(toks, j, DOCUMENTS) && !len(toks, j, STOPS) && !(place && REGION.test(this.text.slice(toks[j]!.s, toks[j]!.s + 40)))) j++;
      }
      // các Ủy ban của Quốc hội | các Ban của Tỉnh ủy: a class of named bodies keeps the body they belong to (each is
      // a body of its own, not a part that stands for the owner as `phòng chuyên môn của Sở …` does)
      if (!listLike && j === g.j && toks[i + q]!.cap && toks[j]?.w === 'của' && this.head(j + 1)) {
        const owner = this.core(j + 1);
        if (owner && owner.members.length === 1) j = owner.j;
      }
      return this.single(i, j);
    }

    // Cơ quan, tổ chức và doanh nghiệp liên quan | Bộ, ngành, địa phương: a class without "các", as a
    // table's column writes it (several nouns, or one with its qualifier)
    if (t.cap && !nested && (t.w === 'bộ' || BARE_GROUP_FIRST.has(`${t.w} ${toks[i + 1]?.w}`))) {
      const g = this.groupNouns(i);
      const several = toks.slice(i, g.j).some((u) => u.w === ',' || u.w === 'và' || u.w === '/') || len(toks, g.j - 2, QUALIFIERS) > 0 || len(toks, g.j - 1, QUALIFIERS) > 0;
      if (g.first !== null && several && g.j > i + 1) {
        const e = toks[g.j - 1]!.e;
        return { i, j: g.j, s: t.s, members: [{ s: t.s, e, raw: `các ${this.text.slice(t.s, e)}` }], speaker: false };
      }
    }

    // chính quyền địa phương (các cấp) | cấp ủy, chính quyền
    if (t.w === 'chính' && toks[i + 1]?.w === 'quyền' && toks[i + 2]?.w === 'địa' && toks[i + 3]?.w === 'phương') {
      let j = i + 4;
      if (toks[j]?.w === 'các' && toks[j + 1]?.w === 'cấp') j += 2;
      return this.single(i, j);
    }

    const h = this.head(i);
    if (h) {
      // Sở Tài chính, Nội vụ và Tư pháp: one head shared by several fields, one Sở each
      const shared = h.head.canonical === 'Bộ' || h.head.canonical === 'Sở' ? this.fieldRun(i + h.n, h.head.canonical === 'Bộ') : [];
      if (!nested && shared.length >= 2) {
        const members = shared.map(([a, b], k): Member => {
          const s = k === 0 ? t.s : toks[a]!.s;
          const e = toks[b - 1]!.e;
          return { s, e, raw: k === 0 ? this.text.slice(s, e) : `${h.head.canonical} ${this.text.slice(s, e)}` };
        });
        return { i, j: shared[shared.length - 1]![1], s: t.s, members, speaker: false };
      }
      // Bộ Tài chính | Bộ Khoa học và Công nghệ: a ministry's name ends with its field ("Bộ Y tế Cơ quan …" in a table)
      const ministry = h.head.canonical === 'Bộ' && h.n === 1 ? this.field(i + 1, true) : 0;
      if (ministry && !len(toks, i + 1 + ministry, TAILS)) {
        // (a country's name when a verb follows it: "Bộ Y tế Việt Nam phối hợp …", "Bộ Công an Lào phối hợp …")
        let k = i + 1 + ministry;
        // (not after an office, where the name is a person's: "Bộ trưởng Bộ Công an Tô Lâm chỉ đạo …")
        while (!titled && k - (i + 1 + ministry) < 3 && toks[k]?.word && toks[k]!.cap && !this.startsUnit(k) && !len(toks, k, STOPS) && !len(toks, k, CAP_STOPS) && !len(toks, k, DOCUMENTS) && !len(toks, k, CAP_VERBS)) k++;
        const country = k > i + 1 + ministry && !!toks[k]?.word && !toks[k]!.cap && len(toks, k, VERBS) > 0;
        return this.single(i, country ? k : i + 1 + ministry);
      }
      // Tổ đảng ở Thường trực Ủy ban Kinh tế: a party cell is named by the body it sits in
      if (h.head.kind === 'tổ đảng' && toks[i + h.n]?.w === 'ở') {
        const seat = this.mention(i + h.n + 1);
        if (seat && seat.members.length === 1) return this.single(i, seat.j);
      }
      const tail = this.tail(i + h.n, i);
      let j = tail.j;
      if (!nested && tail.classNoun && toks[j]?.w === ':' && this.isCapWord(j + 1)) {
        // UBND các phường: Ba Đình, Hoàn Kiếm | Đại sứ quán các nước: Trung Quốc, Ấn Độ
        const cls = UNIT_NOUN_CANONICAL.get(tail.classNoun);
        const headWords = this.text.slice(toks[i]!.s, toks[i + h.n - 1]!.e);
        const base = canonicalUnitName(this.text.slice(toks[i]!.s, this.classStart(i, tail.classEnd))).name;
        const prefix = cls && /^\p{Ll}/u.test(cls) ? `${base} ${cls}` : base || headWords;
        const list = this.colonMembers(j + 1, prefix, true);
        if (list.members.length) return { i, j: list.j, s: t.s, members: list.members, speaker: false };
      }
      // UBND các tỉnh Quảng Nam, Quảng Ngãi và Bình Định | UBND các tỉnh, thành phố Hà Nội, Cần Thơ: names right
      // after a class of localities, without a colon, are one unit each too
      const named = toks[tail.classEnd];
      // (right after a locality word: not "… trực thuộc trung ương Cấp phê duyệt" in a table)
      const endsWithLocality = len(toks, tail.classEnd - 1, LOCALITIES) === 1 || len(toks, tail.classEnd - 2, LOCALITIES) === 2;
      if (!nested && tail.classNoun && LOCALITY_CLASSES.has(tail.classNoun) && endsWithLocality && named?.word && named.cap && !named.acro && !this.startsUnit(tail.classEnd) && !len(toks, tail.classEnd, CAP_STOPS) && !len(toks, tail.classEnd, DOCUMENTS)) {
        const base = canonicalUnitName(this.text.slice(toks[i]!.s, this.classStart(i, tail.classEnd))).name;
        const list = this.colonMembers(tail.classEnd, `${base || this.text.slice(toks[i]!.s, toks[i + h.n - 1]!.e)} ${UNIT_NOUN_CANONICAL.get(tail.classNoun)}`, true);
        // (not a region: "UBND các tỉnh Tây Nguyên", "các tỉnh Đồng bằng sông Cửu Long" are a class)
        const split = list.members.length === 1 ? this.districtsAndTown(i, tail.classEnd, base || this.text.slice(toks[i]!.s, toks[i + h.n - 1]!.e), list.members[0]!) : null;
        if (split) return { i, j: list.j, s: t.s, members: split, speaker: false };
        if (list.members.length && !list.members.some((m) => REGION.test(this.text.slice(m.s, m.s + 40)))) {
          // "UBND các tỉnh, thành phố Hà Nội, Hòa Bình": a city run by the centre is no tỉnh
          const members = list.members.map((m) => {
            const name = this.text.slice(m.s, m.e);
            return CENTRAL_CITIES.has(name.replace(/\s+/gu, ' ')) && / tỉnh$/u.test(m.raw.slice(0, -name.length - 1)) ? { ...m, raw: `${m.raw.slice(0, -name.length - 1).replace(/ tỉnh$/u, ' thành phố')} ${name}` } : m;
          });
          return { i, j: list.j, s: t.s, members, speaker: false };
        }
      }
      if (j === i + h.n && h.head.needsName) return null;
      // An acronym that a document defines after the name is part of the mention: "Trung tâm … (TTPVHCC)"
      const found = this.single(i, j);
      if (h.head.needsName && j > i + h.n + 1) this.named.set(h.head.canonical, found.members[0]!);
      // UBND huyện, thị xã, thành phố: a class of localities, as "UBND các huyện, thị xã, thành phố"
      const member = found.members[0]!;
      if (!/(?:^|\s)(?:các|những)\s/iu.test(member.raw)) member.raw = member.raw.replace(LOCALITY_CLASS, '$1 các $2');
      return found;
    }

    // tỉnh Quảng Nam | thành phố Hà Nội | TP. Hồ Chí Minh | Tỉnh (alone, as the actor) | Thành phố
    const loc = len(toks, i, LOCALITIES);
    if (loc) {
      let j = i + loc;
      const bare = t.cap && !this.isCapWord(j);
      while (j < toks.length && j - i < 7) {
        const u = toks[j]!;
        if (u.word && (u.cap || u.acro) && !len(toks, j, CAP_STOPS) && !this.head(j)) j++;
        else if (!u.word && (u.w === '-' || u.w === '–') && this.isCapWord(j + 1) && !this.head(j + 1)) j++;
        else break;
      }
      // (a district too, "Huyện cần rà soát …", and one a speaker asks in lower case: "… đề nghị huyện phát huy …", a
      // class unless the report is of a session with one district)
      // (not a body named after the district, "Huyện đội", "Huyện đoàn", "huyện ủy"; nor the first of a list of
      // localities, "… đề nghị huyện, xã rà soát …", "yêu cầu tỉnh, thành phố …")
      const alone = j === i + loc && !OF_LOCALITY.has(toks[j]?.w ?? '') && toks[j]?.w !== ',' && toks[j]?.w !== 'và';
      const asked = alone && !t.cap && !this.isCapWord(j) && (t.w === 'huyện' || t.w === 'tỉnh') && REQUEST_BEFORE.has(`${toks[i - 2]?.w} ${toks[i - 1]?.w}`);
      // … and one named as the partner in lower case, "… phối hợp với huyện thúc đẩy …": after a session with one
      // district, that district (not "phối hợp với huyện Đakrông", named; nor "cấp huyện", "các huyện", a class)
      // (nor another place or a kind, "tỉnh bạn", "huyện biên giới"; nor one of a pair, "tỉnh/thành phố", "huyện/xã")
      const partner = alone && !t.cap && !this.isCapWord(j) && PARTNER_LOCALITIES.has(toks.slice(i, j).map((u) => u.w).join(' ')) && this.partnerBefore(i) &&
        toks[j]?.w !== '/' && !matchAt(toks, j, PARTNER_NOT_THE_PLACE);
      if (j > i + loc || (bare && (t.w === 'tỉnh' || t.w === 'thành' || (t.w === 'huyện' && alone))) || asked || partner) return this.single(i, j);
      return null;
    }
    if (t.acro && (t.w === 'tp' || t.w === 'tphcm')) {
      let j = i + 1;
      if (toks[j]?.w === '.' && toks[j]!.s === t.e) j++;
      const from = j;
      while (j < toks.length && j - from < 5 && toks[j]!.word && (toks[j]!.cap || toks[j]!.acro) && !this.head(j) && !len(toks, j, CAP_STOPS)) j++;
      if (j > from || t.w === 'tphcm') return this.single(i, j);
    }
    return null;
  }

  /**
   * "UBND các huyện, thành phố Gia Nghĩa" | "UBND các huyện, thị xã, thành phố Tuy Hòa" | "các huyện và thành phố
   * Gia Nghĩa": one name after a class of districts that ends on another kind of locality names only that one
   * town (a province's one city); the districts stay a class. Not "các tỉnh, thành phố Hà Nội" (a list of
   * provinces and cities) nor "các huyện Sơn Hà, Ba Tơ" (districts each).
   */
  private districtsAndTown(i: number, classEnd: number, base: string, member: Member): Member[] | null {
    const toks = this.toks;
    let k = classEnd - 1;
    const last = len(toks, k, LOCALITIES) === 1 ? toks[k]!.w : len(toks, k - 1, LOCALITIES) === 2 ? `${toks[k - 1]!.w} ${toks[k]!.w}` : null;
    if (last === null || (last !== 'thành phố' && last !== 'thị xã')) return null;
    if (last.includes(' ')) k--;
    const sep = toks[k - 1];
    if (!sep || (sep.w !== ',' && sep.w !== 'và')) return null;
    let c = k - 2;
    while (c > i && toks[c]!.w !== 'các') c--;
    const first = toks[c + 1]?.w;
    if (toks[c]?.w !== 'các' || (first !== 'huyện' && first !== 'quận')) return null;
    const cls = toks[k - 2]!;
    return [
      { s: toks[c]!.s, e: cls.e, raw: `${base} ${this.text.slice(toks[c]!.s, cls.e)}` },
      { s: member.s, e: member.e, raw: `${base} ${last} ${this.text.slice(member.s, member.e)}` },
    ];
  }

  private classStart(i: number, classEnd: number): number {
    // The offset of "các" that begins the class words of a head's tail.
    for (let k = classEnd - 1; k > i; k--) if (this.toks[k]!.w === 'các') return this.toks[k]!.s;
    return this.toks[classEnd - 1]!.e;
  }

  private partOf(i: number): Mention | null {
    const toks = this.toks;
    let k = i;
    if (toks[k]?.w === 'các') k++;
    const noun = toks[k]?.w;
    if (noun !== 'phòng' && noun !== 'bộ' && noun !== 'cơ' && noun !== 'đơn') return null;
    if (noun === 'bộ' && toks[k + 1]?.w === 'phận') k += 2;
    else if ((noun === 'cơ' && toks[k + 1]?.w === 'quan') || (noun === 'đơn' && toks[k + 1]?.w === 'vị')) k += 2;
    else if (noun === 'phòng') k += 1;
    else return null;
    const kind = toks[k]?.w + ' ' + toks[k + 1]?.w;
    if (!['chuyên môn', 'chức năng', 'nghiệp vụ', 'tham mưu'].includes(kind)) return null;
    k += 2;
    if (toks[k]?.w === 'trực') k++;
    if (toks[k]?.w !== 'thuộc' && toks[k]?.w !== 'của') return null;
    const inner = this.head(k + 1) ? this.core(k + 1) : null;
    if (!inner || inner.members.length !== 1) return null;
    return this.single(i, inner.j);
  }

  private single(i: number, j: number): Mention {
    const a = this.toks[i]!.s;
    const b = this.toks[j - 1]!.e;
    return { i, j, s: a, members: [{ s: a, e: b, raw: this.rawOf(i, j) }], speaker: false };
  }

  /** A unit name, with the office of the person who stands for it when one is written. */
  mention(i: number): Mention | null {
    const toks = this.toks;
    let k = i;
    const isOffice = (at: number) => len(toks, at, TITLES) > 0 || (toks[at]?.w === 'phó' && len(toks, at + 1, TITLES) > 0);
    const pluralWord = toks[k]?.w === 'các' || toks[k]?.w === 'những';
    // đồng chí Chủ tịch UBND tỉnh | các đồng chí Bộ trưởng: the honorific before an office
    const at = pluralWord ? k + 1 : k;
    const honorific = toks[at]?.w === 'đồng' && toks[at + 1]?.w === 'chí' && isOffice(at + 2) ? 2 : 0;
    // các Bộ trưởng, Thủ trưởng cơ quan ngang bộ: the offices of a class of bodies
    const plural = pluralWord && isOffice(k + 1 + honorific);
    if (plural) k++;
    const honorificAt = k;
    k += honorific;
    if (toks[k]?.w === 'phó' && len(toks, k + 1, TITLES)) k++;
    const found = matchAt(toks, k, TITLES);
    // Trưởng Đoàn đại biểu Quốc hội: the office "trưởng đoàn" may eat the head of the unit
    let title = found;
    let inner = found && toks[i]!.word ? this.core(k + found.n, false, true) : null;
    if (found && !inner && found.n === 2 && toks[k]!.w === 'trưởng' && toks[k + 1]!.w === 'đoàn' && toks[i]!.word && this.head(k + found.n - 1)) {
      inner = this.core(k + found.n - 1, false, true);
      if (inner) title = { ...found, n: found.n - 1 };
    }
    if (title && toks[i]!.word) {
      if (!inner) {
        const cls = this.officeOfClass(i, k, k + title.n, plural);
        if (cls) return cls;
        const ana = this.anaphor(k + title.n);
        if (ana) {
          const a = toks[i]!.s;
          const e = toks[ana.j - 1]!.e;
          return { i, j: ana.j, s: a, members: [{ s: a, e, raw: `${this.text.slice(a, toks[k + title.n]!.s)}${ana.member.raw}` }], speaker: false };
        }
      }
      if (inner && inner.members.length > 1 && !plural) {
        // Bộ trưởng các Bộ: Công Thương, Quốc phòng: the office of each member
        const office = this.text.slice(toks[i]!.s, toks[k + title.n - 1]!.e);
        return { ...inner, i, s: toks[i]!.s, members: inner.members.map((m) => (canonicalUnitName(m.raw).title ? m : { ...m, raw: `${office} ${m.raw}` })) };
      }
      if (inner && inner.members.length === 1) {
        const a = toks[i]!.s;
        // Chủ tịch UBND tỉnh Cà Mau Nguyễn Tiến Hải: the person's name the reader took into the unit's name
        // (Phó Giám đốc Sở Nguyễn Văn Hùng: the bare `Sở` of the document's own body, the name right after it)
        const bare = inner.j - inner.i > 1 && ['sở', 'bộ', 'cục'].includes(toks[inner.i]!.w) && toks[inner.i + 1]!.cap && SURNAMES.has(toks[inner.i + 1]!.w);
        const cut = this.surnameAt(inner.i + (bare ? 1 : 2), inner.j);
        if (cut > 0) {
          inner.j = cut;
          inner.members[0] = { ...inner.members[0]!, e: toks[cut - 1]!.e, raw: this.text.slice(inner.members[0]!.s, toks[cut - 1]!.e) };
        }
        const b = inner.members[0]!.e;
        const office = toks
          .slice(i, k + title.n)
          .filter((_t, n) => !honorific || (n !== honorificAt - i && n !== honorificAt - i + 1))
          .map((t) => t.w)
          .join(' ');
        const raw = this.text.slice(a, b);
        const canon = canonicalUnitName(raw);
        // "Chủ tịch UBND tỉnh yêu cầu …" in a report speaks; "Chủ tịch UBND tỉnh Lâm Đồng khẩn trương …" acts.
        const speaker =
          SPEAKER_TITLES.includes(office) ||
          (/^(?:phó )?chủ tịch$/u.test(office) && /^Ủy ban nhân dân (?:tỉnh|thành phố|Thành phố|huyện|quận|thị xã|xã|phường)$/u.test(canon.name));
        // Bộ trưởng Bộ Công an Tô Lâm chỉ đạo …: the person's name after the office is no part of the unit
        const named = this.personName(inner.j);
        return { i, j: named, s: a, members: [{ s: a, e: b, raw }], speaker, ...(named > inner.j ? { end: toks[named - 1]!.e } : {}) };
      }
    }
    const core = this.core(i);
    if (core && (toks[i]!.w === 'thủ' || toks[i]!.w === 'phó') && /^(?:phó )?thủ tướng/u.test(toks.slice(i, i + 3).map((t) => t.w).join(' '))) {
      core.speaker = true;
    }
    return core;
  }

  /**
   * Where a person's name begins inside the words `from`..`to` of a unit named after an office: a common
   * family name after a word of the name, then two or three more capitalised words that end the run
   * (`… tỉnh Cà Mau Nguyễn Tiến Hải`), or -1. Not a place named like a person (`quận Lê Chân`: two words).
   */
  private surnameAt(from: number, to: number): number {
    const toks = this.toks;
    for (let k = Math.max(from, 1); k < to - 2; k++) {
      const t = toks[k]!;
      if (!t.cap || t.acro || !SURNAMES.has(t.w) || !toks[k - 1]!.word || len(toks, k - 1, LOCALITIES)) continue;
      let n = k + 1;
      while (n < to && n - k < 4 && toks[n]!.word && toks[n]!.cap && !toks[n]!.acro) n++;
      if (n - k >= 3 && n === to) return k;
    }
    return -1;
  }

  /** The end of a person's name (two to four capitalised words, no body, no verb) at `j`, or `j`. */
  private personName(j: number): number {
    const toks = this.toks;
    let k = j;
    while (k < toks.length && k - j < 4 && toks[k]!.word && toks[k]!.cap && !toks[k]!.acro && !this.startsUnit(k) && !len(toks, k, CAP_STOPS) && !len(toks, k, STOPS) && !len(toks, k, DOCUMENTS)) k++;
    if (k - j < 2) return j;
    const next = toks[k];
    return !next || !next.word || !next.cap ? k : j;
  }

  /**
   * An office named for a whole class of bodies: `Thủ trưởng cơ quan ngang bộ`, `Thủ trưởng cơ quan, đơn
   * vị`, and `Bộ trưởng` alone in a list of offices (`Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch
   * UBND các tỉnh …`) or after `các`: one generic unit with the office as its title.
   */
  private officeOfClass(i: number, k: number, after: number, plural: boolean): Mention | null {
    const toks = this.toks;
    const a = toks[i]!.s;
    const office = this.text.slice(toks[k]!.s, toks[after - 1]!.e);
    const next = toks[after];
    if (next && next.word && !next.cap && next.w !== 'các' && groupLen(toks, after)) {
      const g = this.groupNouns(after);
      if (g.first !== null && g.j > after) {
        const e = toks[g.j - 1]!.e;
        return { i, j: g.j, s: a, members: [{ s: a, e, raw: `${office} các ${this.text.slice(next.s, e)}` }], speaker: false };
      }
    }
    const words = toks.slice(k, after).map((t) => t.w).join(' ');
    if (words !== 'bộ trưởng') return null;
    const inList = !!next && (next.w === ',' || next.w === ';' || next.w === 'và') && (len(toks, after + 1, TITLES) > 0 || this.startsUnit(after + 1));
    if (!plural && !inList) return null;
    return { i, j: after, s: a, members: [{ s: a, e: toks[after - 1]!.e, raw: `${office} các Bộ` }], speaker: false };
  }

  /**
   * A list of units: members joined by `,` `;` `và` `/`; `A (B)` where B is a sub-unit that does the
   * work gives both; an acronym or a remark in brackets is skipped.
   */
  list(i: number): Mention | null {
    const first = this.mention(i);
    if (!first) return null;
    const toks = this.toks;
    const out: Mention = { i, j: first.j, s: first.s, members: [...first.members], speaker: first.speaker, ...(first.end ? { end: first.end } : {}) };
    let count = 1;
    while (out.j < toks.length && count < 40) {
      let j = out.j;
      const t = toks[j]!;
      if (t.w === '(') {
        const close = this.closing(j);
        if (close < 0) break;
        const inner = this.mention(j + 1);
        if (inner && inner.j === close && inner.members.length === 1 && this.isSubUnit(out.members[out.members.length - 1]!, inner.members[0]!)) {
          // Sở Nội vụ (Ban Thi đua Khen thưởng Thành phố): the Ban does the work too
          out.members.push(inner.members[0]!);
        }
        out.j = close + 1;
        continue;
      }
      if (t.w === ',' || t.w === ';' || t.w === 'và' || t.w === '/') {
        j++;
        if (toks[j]?.w === 'và') j++;
        const next = this.mention(j) ?? this.plainNamed(j);
        if (!next) break;
        out.members.push(...next.members);
        out.speaker = out.speaker && next.speaker;
        out.j = next.j;
        if (next.end) out.end = next.end;
        else delete out.end;
        count++;
        continue;
      }
      if ((t.w === 'của' || t.w === 'thuộc') && !out.end) {
        // Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì | các Ủy ban của Quốc hội, Văn phòng Quốc hội: the
        // body a member belongs to is no member; the list goes on after it.
        const owner = this.mention(j + 1);
        if (!owner || owner.members.length !== 1 || owner.speaker || !this.head(j + 1)) break;
        out.j = owner.j;
        out.end = owner.members[0]!.e;
        continue;
      }
      break;
    }
    return out;
  }

  /**
   * Inside a list, a head may take a name in lower case: "Phòng Hành chính - Tổng hợp và Tổ chuyển đổi
   * số" (at most four words, none a stop word).
   */
  private plainNamed(i: number): Mention | null {
    const toks = this.toks;
    const t = toks[i];
    if (!t || !t.cap) return null;
    const m = matchAt(toks, i, HEADS);
    if (!m || !m.value.needsName) return null;
    let j = i + m.n;
    // (not an office: "Tổ trưởng Tổ đảng")
    if (toks[j]?.w === 'trưởng' || toks[j]?.w === 'phó') return null;
    while (j < toks.length && j - (i + m.n) < 4 && toks[j]!.word && !toks[j]!.cap && !len(toks, j, STOPS)) j++;
    if (j === i + m.n) return null;
    // … and a proper name after them: "Đài tiếng nói Việt Nam"
    const lowerEnd = j;
    while (j < toks.length && j - lowerEnd < 4 && toks[j]!.word && toks[j]!.cap && !toks[j]!.acro && !this.startsUnit(j) && !len(toks, j, CAP_STOPS) && !len(toks, j, DOCUMENTS) && !len(toks, j, CAP_VERBS)) j++;
    // (not the first syllable of a word: "Công ty cổ phần Cơ điện Thủ Đức", "Tổ chức Lương thực")
    const after = toks[j];
    if (j > lowerEnd && after && after.word && !after.cap && !after.acro && !len(toks, j, STOPS)) j = lowerEnd;
    return this.single(i, j);
  }

  /** `phối hợp với` | `phối hợp cùng` | `phối hợp chặt chẽ với` right before token `i`. */
  private partnerBefore(i: number): boolean {
    const toks = this.toks;
    if (toks[i - 1]?.w !== 'với' && toks[i - 1]?.w !== 'cùng') return false;
    const k = toks[i - 2]?.w === 'chẽ' && toks[i - 3]?.w === 'chặt' ? i - 4 : i - 2;
    return toks[k]?.w === 'hợp' && toks[k - 1]?.w === 'phối';
  }

  private closing(j: number): number {
    for (let k = j + 1; k < this.toks.length && k - j < 20; k++) {
      if (this.toks[k]!.w === ')') return k;
      if (this.toks[k]!.w === '(') return -1;
    }
    return -1;
  }

  /** B in `A (B)` is a part of A that does the work: a Ban, Phòng, Chi cục … of a Sở, Bộ or UBND. */
  private isSubUnit(a: Member, b: Member): boolean {
    const outer = canonicalUnitName(a.raw).name;
    const inner = canonicalUnitName(b.raw).name;
    return /^(?:Sở|Bộ|Ủy ban nhân dân|Tổng cục)(?![\p{L}])/u.test(outer) && /^(?:Ban|Phòng|Chi cục|Cục|Trung tâm|Văn phòng|Thanh tra|Tổ)(?![\p{L}])/u.test(inner);
  }
}

// --- roles ----------------------------------------------------------------------------------------

/** What the words before a list say about it. */
interface Trigger {
  role: Role;
  /** The list must be followed by `,` or `:` (`Đối với X, …`). */
  topic?: boolean;
  /** The list must end its line or be followed by `:` or a capital (a heading run into its text). */
  heading?: boolean;
  /** Praised (`đánh giá cao X`): the lead of a request without a subject that follows in the item. */
  praised?: boolean;
}

const lead = (): Trigger => ({ role: 'lead' });
const support = (): Trigger => ({ role: 'support' });

// What may precede a topic's `Đối với`: the start, a sentence mark, a line's marker.
const TOPIC_OPENS = /(?:^|[.;:\n])\s*(?:[-+•*–]|\d{1,2}\.|[a-zđ]\))?\s*$/u;
// … and after a connective that opens the sentence: "Trong đó, với Bộ Tài chính, …" | "Riêng đối với …"
const TOPIC_OPENS_AFTER_CONNECTIVE = /(?:^|[.;:\n])\s*(?:[-+•*–]|\d{1,2}\.|[a-zđ]\))?\s*(?:(?:trong đó|riêng|đặc biệt|cụ thể|ngoài ra|đồng thời|bên cạnh đó)\s*,?\s*)?$/iu;

// Nouns and verbs of weighing that make `giao` the noun "assignment": phương án giao | việc giao | đề xuất giao.
const NOMINAL_BEFORE_ASSIGN = '(?:phương án|việc|đề xuất|kiến nghị|cơ chế|hình thức|chủ trương)';
// … unless the assignment is approved, which makes it: "Đồng ý chủ trương giao Sở Y tế làm chủ đầu tư" | "thống nhất
// đề xuất giao …" | "chấp thuận việc giao cho UBND huyện …"
const APPROVAL = '⟨(?:đồng ý|thống nhất|chấp thuận)(?:\\s+(?:với|về))?⟩';

/** Words before a list of units that give it its role; the list starts right after them. */
const RULES: Rule<Trigger>[] = [
  // Giao Sở Tài chính chủ trì | giao cho Sở Nội vụ | Giao nhiệm vụ cho Công an tỉnh | giao trách nhiệm cụ thể cho
  // Sở Y tế (not: được giao, đã giao, chưa giao, không thể giao cho; nor the noun, an assignment only weighed or
  // proposed: "Nghiên cứu phương án giao Bộ …", "việc giao cho …", "đề xuất giao cho …")
  {
    name: 'lead: Giao X',
    needs: ['giao'],
    pattern: wordPattern(`(?<!⟨(?:được|đã|đang|vừa|chưa|không(?: thể)?)\\s+)(?<!(?<!${APPROVAL}\\s+)⟨${NOMINAL_BEFORE_ASSIGN}\\s+)⟨${ASSIGN_VERB}(?:\\s+${ASSIGNED_DUTY}\\s+cho|\\s+nhiệm vụ|\\s+cho)?⟩`),
    extract: lead,
  },
  // Theo đó, ông Thơ đã giao Sở Xây dựng chủ trì … | Trước mắt, Chủ tịch UBND TP đã giao cho Ban Quản lý dự án …: in
  // news, an order a named leader has given is reported with `đã`, and still charges the unit (not "Chính phủ đã giao Bộ
  // Nội vụ kiểm tra 11 địa phương, phát hiện …", a body's past work; nor "Được hỏi về việc Phó Thủ tướng … đã giao …")
  {
    name: 'lead: (leader) đã giao X (news)',
    needs: ['giao'],
    pattern: wordPattern(`⟨(?:đã|vừa)(?: ${ASSIGN_VERB})(?: cho)?⟩`),
    extract: (m, ctx, unit) => (ctx.news && REPORTED_LEADER.test(clauseBefore(unit.text, m.index)) ? lead() : null),
  },
  // Nhiệm vụ này được giao cho Sở Xây dựng chủ trì | Các nhiệm vụ được phân công cho UBND các huyện …: the duty,
  // opening its sentence, names who must do it (not: "… đã hoàn thành các nhiệm vụ được giao cho Sở", a report)
  {
    name: 'lead: nhiệm vụ được giao cho X',
    needs: ['giao', 'phân'],
    pattern: wordPattern(`⟨(?:(?:các|những) )?${ASSIGNED_DUTY}(?: (?:này|đó|trên|nêu trên))? (?:sẽ )?được (?:${ASSIGN_VERB}|phân công) cho⟩`),
    extract: (m, _ctx, unit) => (TOPIC_OPENS_AFTER_CONNECTIVE.test(unit.text.slice(Math.max(0, m.index - 34), m.index)) ? lead() : null),
  },
  // Bộ Ngoại giao đồng chủ trì với Bộ Khoa học và Công nghệ: both chair
  { name: 'lead: đồng chủ trì với X', needs: ['trì'], pattern: wordPattern('⟨đồng chủ trì(?:\\s+với)?⟩'), extract: lead },
  // Đề nghị Ban Tuyên giáo và Dân vận Trung ương … | Bí thư đề nghị Ban Chỉ đạo … (not: theo đề nghị của)
  { name: 'lead: Đề nghị X', needs: ['nghị'], pattern: wordPattern('(?<!⟨(?:theo|có)\\s+)⟨đề nghị⟩'), extract: lead },
  // Yêu cầu Sở Y tế … | Bộ Công Thương yêu cầu Công ty … (not: theo yêu cầu của, đáp ứng yêu cầu)
  { name: 'lead: Yêu cầu X', needs: ['cầu'], pattern: wordPattern('(?<!⟨(?:theo|đáp ứng|có)\\s+)⟨yêu cầu⟩'), extract: lead },
  // Ông Giang cũng lưu ý huyện quan tâm … | Bộ trưởng lưu ý các địa phương chủ động …: a speaker's `lưu ý` + a unit
  // asks it as `đề nghị` does (only after a speaker: "… lưu ý việc kết nối …", "Đáng lưu ý, …" name no unit).
  {
    name: 'lead: lưu ý X',
    needs: ['ý'],
    pattern: wordPattern('(?<!⟨(?:đáng|cần|được)\\s+)⟨lưu ý⟩(?!\\s*[,:])'),
    extract: (m, _ctx, unit) => (REPORTED_SPEAKER.test(sentenceBefore(unit.text, m.index)) ? lead() : null),
  },
  // Bí thư đề nghị tiếp tục kiện toàn Ban Chỉ đạo cấp tỉnh …: a request with no addressee names the body
  // it strengthens as the one to act
  // (only where a speaker is reported: under a unit's heading, "Đề nghị kiện toàn …" is that unit's work)
  {
    name: 'lead: đề nghị kiện toàn X',
    needs: ['kiện', 'củng'],
    pattern: wordPattern('(?<!⟨(?:theo|có)\\s+)⟨(?:đề nghị|yêu cầu)\\s+(?:(?:tiếp tục|khẩn trương|sớm)\\s+)?(?:kiện toàn|củng cố)⟩'),
    extract: (m, _ctx, unit) => (REPORTED_SPEAKER.test(sentenceBefore(unit.text, m.index)) ? lead() : null),
  },
  // … đánh giá cao Sở Khoa học và Công nghệ … Đồng thời thống nhất … và rà soát lại số liệu …
  {
    name: 'lead: the praised unit, asked to go on',
    needs: ['nhận', 'giá', 'dương', 'ngợi', 'nghênh'],
    pattern: wordPattern('(?<!⟨(?:tổ chức|đề xuất|xem xét|kịp thời)\\s+)⟨(?:ghi nhận(?:\\s*,\\s*|\\s+và\\s+)đánh giá cao|ghi nhận|đánh giá cao|biểu dương|khen ngợi|hoan nghênh)⟩'),
    extract: () => ({ role: 'lead', praised: true }),
  },
  // Thủ tướng Chính phủ chỉ thị các Bộ, cơ quan ngang Bộ …
  { name: 'lead: chỉ thị X', needs: ['thị'], pattern: wordPattern('⟨chỉ thị⟩'), extract: lead },
  // Mời Thành phố Hồ Chí Minh, tỉnh Đăk Lăk … | Mời Đại sứ quán các nước: …
  // (where a sentence or an item begins: "… kết nối và mời các Đại sứ quán tham gia" invites, it does not assign)
  {
    name: 'lead: Mời X',
    needs: ['mời'],
    pattern: wordPattern('⟨mời⟩'),
    extract: (m, _ctx, unit) => (TOPIC_OPENS.test(unit.text.slice(Math.max(0, m.index - 12), m.index)) ? lead() : null),
  },
  // Phân công Phó Thủ tướng … chỉ đạo | Phân công nhiệm vụ cho Sở Nội vụ … | Chủ tịch UBND tỉnh phân công cho Sở Tư pháp …
  // (where a sentence or an item begins, or after the leader who speaks: "… đề xuất Đảng đoàn phân công các cơ quan …",
  // "Chỉ đạo, phân công các lực lượng …", "Tổ giúp việc … ban hành quy chế, phân công nhiệm vụ cho các thành viên" name
  // the bodies another unit directs)
  {
    name: 'lead: Phân công X',
    needs: ['phân'],
    pattern: wordPattern(`(?<!⟨(?:được|đã|đang|vừa|chưa)\\s+)⟨phân công(?:\\s+${ASSIGNED_DUTY}\\s+cho|\\s+cho)?⟩`),
    extract: (m, _ctx, unit) =>
      TOPIC_OPENS.test(unit.text.slice(Math.max(0, m.index - 12), m.index)) || (/cho$/iu.test(m[0]) && LEADER_SUBJECT.test(sentenceBefore(unit.text, m.index)))
        ? lead()
        : null,
  },
  // Giao Phó Giám đốc Nguyễn Văn Hùng chỉ đạo Phòng Quản lý đầu tư rà soát …: a leader of the body, named by
  // office and person with no unit, is no unit that acts; the unit he is to direct does the work.
  {
    name: 'lead: Giao <office> <person> chỉ đạo X',
    needs: ['đạo'],
    pattern: wordPattern(
      `⟨(?:${ASSIGN_VERB}|phân công)(?:\\s+cho)?\\s+(?:đồng chí\\s+)?(?:phó\\s+)?(?:giám đốc|chủ tịch|chánh văn phòng|trưởng ban|trưởng phòng|cục trưởng|chi cục trưởng|vụ trưởng|viện trưởng|thủ trưởng|bí thư)\\s+(?<person>(?:[\\p{L}\\p{M}]+\\s+){1,3}[\\p{L}\\p{M}]+)\\s+chỉ đạo⟩`,
    ),
    extract: (m) => {
      const words = m.groups!.person!.split(/\s+/u);
      // (a person's name: every word capitalised, the first a family name; not "Giám đốc Sở Tài chính")
      return words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && SURNAMES.has(words[0]!.toLowerCase()) ? lead() : null;
    },
  },
  // Đối với Tổng công ty Điện lực miền Trung, Bộ Công Thương yêu cầu không mua điện …
  // Trong đó, với Bộ Tài chính, Thủ tướng yêu cầu chỉ đạo lực lượng Hải quan …
  {
    name: 'lead: Đối với X, …',
    needs: ['với'],
    pattern: wordPattern('⟨với⟩'),
    // only where a sentence or an item begins, or after its connective (not "… trách nhiệm đối với Sở …",
    // "phối hợp với Sở …"); "với X," without "đối" is a topic only for a request (not "Với Bộ Y tế, Thứ trưởng
    // cho biết …")
    extract: (m, _ctx, unit) => {
      const before = unit.text.slice(Math.max(0, m.index - 34), m.index);
      const doi = /đối\s+$/iu.exec(before);
      if (!TOPIC_OPENS_AFTER_CONNECTIVE.test(doi ? before.slice(0, doi.index) : before)) return null;
      return doi || TOPIC_REQUEST.test(sentenceAfter(unit.text, m.index + m[0].length)) ? { role: 'lead', topic: true } : null;
    },
  },
  // phối hợp với Sở Nội vụ | Phối hợp chặt chẽ với Phòng Kế hoạch - Tài chính | phối hợp Công an Thành phố |
  // phối hợp cùng Sở Nội vụ | theo dõi, phối hợp, hỗ trợ Trung tâm …
  {
    name: 'support: phối hợp với Y',
    needs: ['phối'],
    pattern: wordPattern('⟨phối hợp(?:\\s*,\\s*hỗ trợ)?(?:\\s+(?:chặt chẽ|thường xuyên|tốt|đồng bộ|hiệu quả|nhịp nhàng))?(?:\\s+(?:với|cùng(?:\\s+với)?))?⟩'),
    extract: support,
  },
  // 5. Trách nhiệm của Bộ Quốc phòng⏎Phối hợp với Bộ Công an … (a heading run into its item's text)
  {
    name: 'lead: Trách nhiệm của X (heading)',
    needs: ['của'],
    pattern: wordPattern('⟨(?:trách nhiệm|nhiệm vụ) của⟩'),
    extract: (m, _ctx, unit) => (TOPIC_OPENS.test(unit.text.slice(Math.max(0, m.index - 12), m.index)) ? { role: 'lead', heading: true } : null),
  },
  // Phối hợp chặt chẽ với cơ quan chủ trì nhiệm vụ và phòng chuyên môn của Sở Tài chính: the unit named after
  // an unnamed partner works with the lead too
  {
    name: 'support: phối hợp với … và Y',
    needs: ['phối'],
    pattern: wordPattern('⟨[Pp]hối hợp(?:\\s+chặt chẽ)?\\s+với(?:\\s+\\p{Ll}+){1,8}\\s+và⟩', 'gu'),
    extract: support,
  },
  // Đơn vị chủ trì: Sở Văn hoá và Thể thao. | Cơ quan chủ trì thực hiện: … | Đơn vị thực hiện: Bảo tàng Hà Nội.
  // (a label line inside running text; read-labels reads the labels that stand on their own lines)
  {
    name: 'lead: Đơn vị chủ trì: X',
    needs: [':'],
    pattern: wordPattern('⟨(?:cơ quan|đơn vị)(?:\\s*\\/\\s*(?:cơ quan|đơn vị))?\\s+(?:chủ trì|thực hiện|chịu trách nhiệm)(?:\\s+thực hiện)?\\s*:'),
    extract: lead,
  },
  // Đơn vị phối hợp: UBND xã Bát Tràng, … | Cơ quan phối hợp thực hiện: …
  {
    name: 'support: Đơn vị phối hợp: Y',
    needs: [':'],
    pattern: wordPattern('⟨(?:cơ quan|đơn vị)(?:\\s*\\/\\s*(?:cơ quan|đơn vị))?\\s+phối hợp(?:\\s+thực hiện)?\\s*:'),
    extract: support,
  },
  // cùng Sở Nội vụ | cùng với các địa phương
  { name: 'support: cùng Y', needs: ['cùng'], pattern: wordPattern('⟨cùng(?:\\s+với)?⟩'), extract: support },
  // với sự tham gia của Hội Nông dân | có sự phối hợp của Công an tỉnh
  { name: 'support: với sự tham gia của Y', needs: ['sự'], pattern: wordPattern('⟨(?:với|có) sự (?:tham gia|phối hợp|hỗ trợ|giúp đỡ|đồng hành) của⟩'), extract: support },
  // làm việc với Hiệp hội Du lịch (doing it together; not: tại buổi làm việc với, đã làm việc với, nor a visit a
  // report tells: "đến thăm và làm việc với Trạm Y tế phường 16")
  { name: 'support: làm việc với Y', needs: ['việc'], pattern: wordPattern('(?<!⟨(?:buổi|cuộc|chuyến|đã|khi|thăm\\s+và|thăm,)\\s+)⟨làm việc với⟩'), extract: support },
];

// A leader whose words a report gives: "đồng chí Bí thư Tỉnh ủy đề nghị …" | "Phó Chủ tịch UBND tỉnh yêu cầu …"
// The leader who divides the work is the subject of `phân công cho`: "Chủ tịch UBND tỉnh phân công cho Sở Tư
// pháp …" (not "Thủ tướng yêu cầu Bộ Nội vụ …, phân công cho các địa phương …": that is the ministry's own
// division of its work, and the units it directs have no role).
const LEADER_SUBJECT = wordPattern(
  '^\\s*(?:⟨(?:đồng chí|ông|bà)⟩\\s+)?⟨(?:phó\\s+)?(?:chủ tịch|bí thư|thủ tướng|bộ trưởng|giám đốc|trưởng ban|thứ trưởng)⟩(?:(?!⟨(?:yêu cầu|đề nghị|giao|chỉ đạo|chủ trì|và)⟩)[^,;:.]){0,80}$',
  'iu',
);
// The leader who gave a reported order, opening its clause: "ông Thơ" | "Chủ tịch UBND TP" | "Thủ tướng Chính phủ
// Nguyễn Xuân Phúc" (his name and his office's, no other verb: "Phó Thủ tướng khẳng định Chính phủ đã giao …" reports
// what a body did).
const REPORTED_LEADER = wordPattern(
  '^\\s*(?:⟨(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)⟩(?=\\s+\\p{Lu})|⟨(?:[Pp]hó\\s+)?(?:[Cc]hủ tịch|[Bb]í thư|[Tt]hủ tướng|[Bb]ộ trưởng|[Gg]iám đốc|[Tt]rưởng ban|[Tt]hứ trưởng)⟩)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.&-]*|⟨(?:[Cc]hính phủ|ủy ban|uỷ ban|nhân dân|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thường trực|ban|bộ|sở)⟩))*\\s*$',
  'u',
);
/** The words of the clause before `at`: the sentence before it, from its last comma. */
function clauseBefore(text: string, at: number): string {
  const sentence = sentenceBefore(text, at);
  return sentence.slice(sentence.lastIndexOf(',') + 1);
}
const REPORTED_SPEAKER = wordPattern('⟨(?:đồng chí|ông|bà|bí thư|chủ tịch|thủ tướng|bộ trưởng|giám đốc|trưởng ban|lãnh đạo|thứ trưởng)⟩', 'iu');

// A request in the sentence a topic opens: "Với Bộ Tài chính, Thủ tướng yêu cầu …"
const TOPIC_REQUEST = wordPattern(`(?<!⟨(?:được|đã|theo)\\s+)⟨(?:yêu cầu|đề nghị|${ASSIGN_VERB}|chỉ đạo|cần|phải)⟩`, 'iu');

/** The words of the sentence after `at` (at most 200 characters). */
function sentenceAfter(text: string, at: number): string {
  const after = text.slice(at, at + 200);
  const cut = after.search(/[.;\n]/u);
  return cut < 0 ? after : after.slice(0, cut);
}

// The words a topic's unit may end with that name its part or its kind: "NHNN chi nhánh các tỉnh, thành
// phố" | "các đơn vị hải quan" (lower-case words and commas only, a few of them; no second unit joined by "và").
// (the slice starts after a member, so each word follows a separator; whole words only: a word that could be
// cut anywhere made the pattern try every cut of a long one)
const TOPIC_QUALIFIER = /^(?![\s\S]*(?<![\p{L}\p{M}])(?:và|hoặc|của|với)(?![\p{L}\p{M}]))(?:[\s,]+\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])){1,6}\s*$/u;

/**
 * The units a topic names, when the sentence it opens makes a request: the topic runs to the last comma
 * before the request ("Đối với NHNN chi nhánh các tỉnh, thành phố, Thống đốc yêu cầu chủ động …"); its
 * members are those inside it, the last one taking the lower-case words that end the topic. None when
 * the request names its own addressee ("Đối với các doanh nghiệp chế xuất, giao Ban quản lý …"); null
 * when no request follows.
 */
function topicMembers(text: string, list: Mention, lists: Mention[]): { end: number; members: Member[] } | null {
  const sentence = sentenceAfter(text, list.s);
  const request = TOPIC_REQUEST.exec(sentence);
  if (!request) return null;
  const comma = sentence.lastIndexOf(',', request.index);
  if (comma < 0) return null;
  const end = list.s + comma;
  const addressee = list.s + request.index + request[0].length;
  if (lists.some((l) => l.s >= addressee && /^\s*$/u.test(text.slice(addressee, l.s)))) return { end, members: [] };
  const members = list.members.filter((m) => m.e <= end);
  const last = members[members.length - 1];
  if (last && last.e < end && TOPIC_QUALIFIER.test(text.slice(last.e, end))) {
    members[members.length - 1] = { s: last.s, e: end, raw: text.slice(last.s, end) };
  }
  return { end, members };
}

/** The words of the sentence before `at`. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
}

/** What the words after a list that opens a clause say: it acts (a lead), or it does not. */
interface After {
  rule: string;
  verb: string;
}

// Adverbials between a subject and its verb: (cơ quan thường trực) | theo chức năng, nhiệm vụ được giao, |
// căn cứ chức năng, nhiệm vụ, | trong phạm vi chức năng, nhiệm vụ, quyền hạn,
// of a Sở: "Phòng Hành chính - Tổng hợp và Tổ chuyển đổi số của Sở có trách nhiệm …"
const BETWEEN_SUBJECT_AND_VERB = wordPattern(
  '\\s*(?:\\([^()\\n]{0,80}\\)\\s*)?(?:của\\s+(?:Sở|Bộ|Cục|Ban|tỉnh|Thành phố)⟩\\s*)?(?:,?\\s*(?:theo|căn cứ|trong phạm vi)\\s+chức năng,?\\s*nhiệm vụ(?:,?\\s*quyền hạn)?(?:\\s+(?:được giao|được phân công|của mình))?\\s*,?\\s*)?' +
    // Tổ giúp việc Ban Chỉ đạo sau khi thành lập nhanh chóng ban hành quy chế …
    '(?:,?\\s*sau khi (?:được\\s+)?(?:thành lập|kiện toàn|phê duyệt|ban hành)⟩\\s*,?\\s*)?',
  'yiu',
);

// What a newspaper or a speaker does when it reports: "Báo PLVN sẽ tiếp tục thông tin."
const INFORMING_VERBS: ReadonlySet<string> = new Set(['thông tin', 'đưa tin']);
// The first words of the rest: "chủ trì" | "có trách nhiệm" | "cũng yêu cầu" | "chỉ đạo:" | "sẽ tiếp tục thông tin" …
const LETTERS = /[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,5}/uy;

// The role a body is given by name: "là cơ quan chủ trì, đầu mối", "là cơ quan thường trực, có trách nhiệm", "là đơn
// vị đầu mối," (the role ends at a comma, a duty or a verb; "thường trực của Ban …" is what a body is, no order).
const COORDINATOR = /^là\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:chủ\s+trì|thường\s+trực|đầu\s+mối)(?:\s*(?:,|và)?\s*(?:chủ\s+trì|thường\s+trực|đầu\s+mối))*(?![\p{L}\p{M}])/iu;
/** The body is given the role of chairing or coordinating, and a duty follows: a comma, a colon or a verb ("… đầu mối đôn đốc …"). */
function namesCoordinator(text: string, at: number): boolean {
  const m = COORDINATOR.exec(text.slice(at, at + 80));
  if (!m) return false;
  const rest = text.slice(at + m[0].length, at + m[0].length + 40);
  return /^\s*[,:]/u.test(rest) || len(tokenize(rest.trimStart()), 0, VERBS) > 0;
}
export const COORDINATOR_RULE = 'lead: X là cơ quan chủ trì, đầu mối';

const COOPERATES_RULE = 'lead: X phối hợp với Y';
// A unit named as the one that chairs, earlier in the item: "Giao Sở Nội vụ chủ trì; …" | "Sở Nội vụ chủ trì, …"
// (not a meeting's chair: "Phó Chủ tịch chủ trì cuộc họp")
const CHAIRED_BEFORE = /\p{Lu}[^.:]*\schủ\s+trì(?![\p{L}\p{M}])(?!\s+(?:cuộc|hội\s+nghị|buổi|phiên|họp))/u;
// The partner a unit that cooperates names itself: "… phối hợp (chặt chẽ) với Sở Y tế"
const WITH_AFTER = /^\s*phối\s+hợp(?:\s+\S+){0,3}?\s+(?:với|cùng)(?![\p{L}\p{M}])/u;

// A time limit between a subject and its verb: "Sở Y tế đến ngày 15/12/2025 phải hoàn thành …" | "Sở Tài chính trong
// tháng 10/2025 tham mưu …" | "…, trước ngày 30/6, báo cáo …" (a preposition of time and a date or period in digits
// or Roman numerals; what follows must be a verb or an obligation, see `afterList`)
const TIME_BEFORE_VERB =
  /^\s*,?\s*(?:đến\s+hết|đến|trước|trong|chậm\s+nhất(?:\s+là)?(?:\s+(?:đến|trước|trong))?|từ\s+nay\s+đến)\s+(?:(?:ngày|tháng|quý|năm|tuần)\s+)?[\dIVX]+(?:[/.\-][\dIVX]+)*(?:\s+năm\s+\d{4})?\s*,?\s*/iu;
// … but a verb of result before a figure says what the body reached by then, no order: "Sở Y tế đến ngày 30/11 giải
// ngân được 45% kế hoạch" (a modal or a goal before it orders the figure: "… đến ngày 30/6 bảo đảm giải ngân được 60%")
const RESULT_AFTER_TIME =
  /^(?:(?!(?:phải|cần|sẽ|để|nhằm|bảo|đảm|phấn)(?![\p{L}\p{M}]))[^\s,;:.]+\s+){1,6}?được\s+(?:(?:khoảng|hơn|gần|trên|tới)\s+)?\d/iu;

function afterList(text: string, at: number, news = false): { after: After | null; verb: string; transferAt: number } {
  BETWEEN_SUBJECT_AND_VERB.lastIndex = at;
  const m = BETWEEN_SUBJECT_AND_VERB.exec(text);
  let k = at + (m ? m[0].length : 0);
  const time = TIME_BEFORE_VERB.exec(text.slice(k, k + 60));
  if (time) {
    const next = tokenize(text.slice(k + time[0].length, k + time[0].length + 40));
    const rest = text.slice(k + time[0].length, k + time[0].length + 80);
    if ((len(next, 0, VERBS) && !RESULT_AFTER_TIME.test(rest)) || (next[0] && OBLIGATION.test(`${next[0].w} `))) k += time[0].length;
  }
  // "Ban Chỉ đạo 389 các bộ, ngành, địa phương, thực hiện nghiêm …": a comma before the verb
  const comma = /^\s*,\s*/u.exec(text.slice(k, k + 8));
  if (comma) {
    const next = tokenize(text.slice(k + comma[0].length, k + comma[0].length + 40));
    if (len(next, 0, VERBS)) k += comma[0].length;
  }
  LETTERS.lastIndex = k;
  const w = LETTERS.exec(text);
  // Tổng Công ty Điện lực Hà Nội Chủ trì, xây dựng …: a capitalised verb is a typo, still a verb.
  // "10. Bộ Tài chính⏎Cân đối nguồn ngân sách …": a heading run into its text, the verb opens the line.
  const lineVerb = !!w && ((/\n/u.test(text.slice(at, k)) && len(tokenize(w[0]), 0, VERBS) > 0) || /^đồng\s+chủ\s+trì/iu.test(w[0]));
  if (!w || (!/^\p{Ll}/u.test(w[0]) && !len(tokenize(w[0]), 0, CAP_STOPS) && !lineVerb)) return { after: null, verb: '', transferAt: -1 };
  const words = modernSpelling(w[0]).toLowerCase().split(/\s+/u);
  let first = 0;
  // "cũng" and "sẽ" do not change who acts: Bộ Công Thương cũng yêu cầu …
  while (first < words.length - 1 && (words[first] === 'cũng' || words[first] === 'sẽ')) first++;
  // … nor "tiếp tục" before a verb of reporting in a promise: "Báo PLVN sẽ tiếp tục thông tin." reports, as "X thông
  // tin" does (other verbs keep "tiếp tục" as the verb: "Viện Hàn lâm KH&CN tiếp tục theo dõi …"; so does an order
  // to inform, which says no "sẽ": "Sở Văn hóa, Thể thao và Du lịch tiếp tục thông tin, tuyên truyền …")
  const promised = words.slice(0, first).includes('sẽ');
  if (promised && words[first] === 'tiếp' && words[first + 1] === 'tục' && INFORMING_VERBS.has(words.slice(first + 2, first + 4).join(' '))) first += 2;
  // "trân trọng đề nghị" is a request all the same
  if (words[first] === 'trân' && words[first + 1] === 'trọng') first += 2;
  const rest = words.slice(first);
  const toks = rest.map((x, idx) => new Tok(idx, idx, x, WORD));
  const verb = rest.slice(0, 2).join(' ');
  // What a speaker or a body recommends to another in a news report, or set off by its comma: "Bộ trưởng Bộ TN&MT
  // Trần Hồng Hà kiến nghị, Chính phủ chỉ đạo …" | "Bộ Giáo dục và Đào tạo cũng kiến nghị Quốc hội …" (but in an
  // official document, "Phòng Kế hoạch - Tài chính kiến nghị UBND tỉnh bổ sung kinh phí": proposing is its work).
  if (verb === 'kiến nghị' && (news || (rest.length === 2 && /^\s*[,:]/u.test(text.slice(k + w[0].length))))) return { after: null, verb, transferAt: -1 };
  // "Sở Y tế là cơ quan chủ trì, đầu mối …" | "… là cơ quan thường trực, có trách nhiệm …" | "… là đơn vị đầu mối,
  // chủ trì …": the body named as the one that chairs or coordinates leads (not "… là cơ quan thường trực của Ban
  // Chỉ đạo", which says what it is; nor "do Sở X là cơ quan chủ trì" in a description, which opens no clause).
  if (namesCoordinator(text, k)) return { after: { rule: COORDINATOR_RULE, verb: 'chủ trì' }, verb: 'chủ trì', transferAt: -1 };
  const notActing = matchAt(toks, 0, NOT_ACTING);
  // (a state with `vẫn` that goes on to a duty still asks: "Các đơn vị vẫn còn phải rà soát …" | "Sở Y tế vẫn có
  // trách nhiệm theo dõi …")
  const stillDuty = rest[0] === 'vẫn' && !!notActing && /^(?:phải|cần|tiếp tục|trách nhiệm)(?:\s|$)/u.test(rest.slice(notActing.n).join(' '));
  // The longer reading wins: "theo dõi" is a verb, not "theo" (according to); "chủ trì hội nghị" chairs a meeting.
  if (notActing && notActing.n >= len(toks, 0, VERBS) && !stillDuty) {
    // "chỉ đạo" of a speaker passes the lead to the unit it names; "yêu cầu", "đề nghị", "giao" have rules.
    return { after: null, verb: rest.slice(0, notActing.n).join(' '), transferAt: -1 };
  }
  if (rest[0] === 'chỉ' && rest[1] === 'đạo') {
    const cd = /chỉ\s+đạo/iu.exec(text.slice(k, k + 40));
    const pos = cd ? k + cd.index + cd[0].length : k;
    if (/^\s*:/u.test(text.slice(pos))) return { after: null, verb: 'chỉ đạo:', transferAt: -1 };
    return { after: { rule: 'lead: X chỉ đạo', verb: 'chỉ đạo' }, verb: 'chỉ đạo', transferAt: pos };
  }
  if (verb === 'chủ trì') return { after: { rule: 'lead: X chủ trì', verb }, verb, transferAt: -1 };
  if (verb === 'đồng chủ') return { after: { rule: 'lead: X đồng chủ trì', verb: 'chủ trì' }, verb: 'chủ trì', transferAt: -1 };
  if (verb === 'phối hợp') return { after: { rule: COOPERATES_RULE, verb }, verb, transferAt: -1 };
  if (/^(?:có|chịu) (?:trách|nhiệm)/u.test(rest.join(' '))) return { after: { rule: 'lead: X có trách nhiệm', verb }, verb, transferAt: -1 };
  if (verb === 'khẩn trương') return { after: { rule: 'lead: X khẩn trương', verb }, verb, transferAt: -1 };
  if (rest[0] === 'cùng') return { after: { rule: 'lead: X cùng Y', verb }, verb, transferAt: -1 };
  return { after: { rule: 'lead: subject X + verb (Sở Y tế tăng cường …)', verb }, verb, transferAt: -1 };
}

// A clause opens here: the unit's start or a marker, a sentence mark, a comma, or a connective.
// "1. Bộ Công an …" | "…; Sở Y tế …" | "Trong đó, UBND tỉnh …" | "Theo đó, Ban Chỉ đạo 389 …"
// A quoted order opens one too, at the paragraph's start or after the speaker's order and its colon ("“Bộ Công an
// chủ trì …”, Thủ tướng chỉ đạo" | "Thủ tướng yêu cầu: “Bộ Tài chính hướng dẫn …”" | "Theo Thủ tướng, “Bộ … cần …”");
// not any quote, which may be a view or a question ("… đặt câu hỏi: “Chính phủ … có cam kết gì …”").
const CLAUSE_OPENS = wordPattern(
  '(?:^\\s*(?:(?:[-+•*–]|\\d{1,2}(?:\\.\\d{1,2})*\\.|\\d{1,2}[-–]|[a-zđ]\\)|\\(\\d{1,2}\\)|[IVX]{1,5}\\.|Điều\\s+\\d{1,3}\\.)\\s*)?|[.;:!?…]\\s*|,\\s*|\\n\\s*(?:[-+•*–]|\\d{1,2}\\.|[a-zđ]\\))\\s*|⟨(?:đồng thời|trong đó|theo đó|ngoài ra|bên cạnh đó|riêng|cùng với đó|trước mắt|sau đó|tiếp đó|do đó|vì vậy|vì thế|mặt khác|đặc biệt|thời gian tới|trong thời gian tới)⟩\\s*,?\\s*|^\\s*[“"‘]\\s*|⟨(?:yêu cầu|chỉ đạo|đề nghị|nhấn mạnh|lưu ý|giao|kết luận|chỉ thị|quán triệt)⟩\\s*:\\s*[“"‘]\\s*|^⟨theo⟩[^,.;:]{0,50},\\s*[“"‘]\\s*)$',
  'iu',
);

// A fronted phrase before a comma: "Trên cơ sở …, Phòng Hành chính - Tổng hợp …" | "Trường hợp các hộ không chấp
// hành, UBND xã … lập hồ sơ cưỡng chế" | "Theo chức năng, nhiệm
// vụ được phân công, Trưởng các phòng …" | "Do đó, Bộ Công Thương …" | an ordinal of a list told in prose: "Thứ ba,
// Cục Đường bộ Việt Nam kiểm tra …" | "Hai là, Bộ Tài chính …"
const FRONTED = wordPattern(
  '^(?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là|trên cơ sở|căn cứ|theo|trong|định kỳ|hằng|hàng (?:ngày|tuần|tháng|quý|năm)|chậm nhất|kể từ|từ nay|để|đối với|về|sau khi|sau|trước|nhằm|với|bên cạnh|ngoài|tại|qua|từ|đến|khi|nếu|trường hợp|do|vì|thực hiện|nhân dịp|hiện nay|đồng thời|theo đó|ngoài ra|riêng|mặt khác|đặc biệt|tiếp đó|sau đó|như vậy|tuy nhiên|mặc dù|cùng với)⟩',
  'iu',
);
const MAIN_VERB = wordPattern('⟨(?:thực hiện|rà soát|tham mưu|báo cáo|triển khai|xây dựng|chủ trì|phối hợp|hướng dẫn|kiểm tra|xin ý kiến|đề nghị|yêu cầu|gửi)⟩', 'iu');
// Where a clause begins: a sentence mark, or a marker at the start of a line.
const CLAUSE_BREAK = /[.;:!?…]|\n\s*(?:[-+•*–]|\d{1,2}\.|[a-zđ]\))/gu;

/**
 * Whether a list at `at` opens a clause: `strong` after the unit's start, a marker, a sentence mark
 * or a fronted phrase with its comma; `weak` after any other comma (an object list goes on there:
 * "chỉ đạo các cấp ủy đảng, chính quyền địa phương quán triệt …", so only a strong verb makes a lead).
 */
function opensClause(text: string, at: number): 'strong' | 'weak' | null {
  const before = text.slice(Math.max(0, at - 240), at);
  if (!CLAUSE_OPENS.test(before.slice(-60))) return null;
  if (!/,\s*$/u.test(before)) return 'strong';
  // A speaker's words set off by a comma: "Phó Thủ tướng nêu rõ, Ngân hàng Nhà nước rà soát …" (the speaker's own
  // verb, not a noun: "theo yêu cầu, …", "đáp ứng yêu cầu, …"; nor the verb that owns a quote before it, after which
  // the report goes on: "“Phải tăng cường kỷ luật …”, ông Huệ nhấn mạnh, Chính phủ … chỉ đạo thường xuyên …").
  if (SPEAKER_COMMA.test(before.slice(-40)) && !/[”"]\s*,[^.;:!?“”"]*$/u.test(before)) return 'strong';
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index! + m[0].length;
  const clause = before.slice(from).replace(/^\s*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\(\d{1,2}\)|[IVX]{1,5}\.)?\s*/u, '');
  // Fronted, and no instruction verb yet: "Căn cứ Kế hoạch …, trên cơ sở đề xuất của …, Sở Tài chính tổng hợp"
  // opens; "Đối với các thủ tục …, các phòng thực hiện rà soát, …, UBND tỉnh xem xét" does not.
  return FRONTED.test(clause) && !MAIN_VERB.test(clause) ? 'strong' : 'weak';
}

const SPEAKER_COMMA = wordPattern('(?<!(?:theo|đáp ứng|các|những|được|sự) )⟨(?:nhấn mạnh|nêu rõ|chỉ rõ|yêu cầu|đề nghị|lưu ý|kết luận)⟩\\s*,\\s*$', 'iu');

// A clause that opens on a work (`Về dự án Khu dân cư số 3 phường An Mỹ, thành phố Tam Kỳ`, `Dự án cầu Kỳ Phú, huyện
// Núi Thành`) and gives no instruction yet: a bare locality in it is where the work is, not who does it (the actor is
// named as a body, `UBND thành phố Tam Kỳ`, or in a heading of its own, `Đối với thành phố Tam Kỳ:`).
const WORK_TOPIC = wordPattern(
  '^(?:về )?⟨(?:dự án|tiểu dự án|công trình|gói thầu|hạng mục|khu dân cư|khu đô thị|khu tái định cư|tuyến đường|tuyến|đường|cầu|trường|bệnh viện|chợ|cụm công nghiệp|khu công nghiệp)⟩',
  'iu',
);
const BARE_LOCALITY = new RegExp(`^${LOCALITY_WORD}\\s`, 'iu');
// Verbs only an actor does, not a work (a work is completed or sped up): "Về tuyến đường ven biển, huyện Thăng Bình rà
// soát hồ sơ" names the district as the actor
const ACTOR_VERB = wordPattern('^\\s*⟨(?:chủ trì|phối hợp|rà soát|tham mưu|báo cáo|đề xuất|kiểm tra|hướng dẫn|chỉ đạo|có trách nhiệm|chịu trách nhiệm|xin ý kiến|làm việc)⟩', 'iu');
function addressOfWork(text: string, list: Mention, listStart: number, end: number): boolean {
  if (!list.members.every((m) => BARE_LOCALITY.test(m.raw))) return false;
  if (ACTOR_VERB.test(text.slice(end, end + 40))) return false;
  const before = text.slice(Math.max(0, listStart - 240), listStart);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index! + m[0].length;
  const clause = before.slice(from).replace(/^\s*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\(\d{1,2}\)|[IVX]{1,5}\.)?\s*/u, '');
  return WORK_TOPIC.test(clause) && !MAIN_VERB.test(clause);
}

// Verbs that make a lead even after a comma: "…, Sở Y tế phối hợp …" | "…, Sở B chủ trì …"
const STRONG_VERBS = new Set(['chủ trì', 'phối hợp', 'có trách', 'chịu trách', 'có nhiệm', 'khẩn trương']);
// … and an obligation: "…, Tổng công ty Tân cảng Sài Gòn cần bố trí …" | "…, các địa phương phải …"
const OBLIGATION = /^(?:cần|phải) /u;

// The only subject rule that makes a speaker (`Thủ tướng`, `Phó Thủ tướng`, `Bí thư`) a lead.
const SPEAKER_DUTY = /^lead: X có trách nhiệm$/u;

// --- extraction -----------------------------------------------------------------------------------

/** The list as the subject of its clause: the lead rule it matches, and where a speaker's `chỉ đạo` points. */
// A unit heading run into its text: "1.2. Trung tâm Quản lý hạ tầng kỹ thuật thành phố Hà Nội: Là đầu mối …".
const ITEM_OPENS = /^\s*(?:(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\(\d{1,2}\)|[IVX]{1,5}\.)\s*)?$/u;
// (the text may go on on the next line of its paragraph: "4. UBND các phường, xã:⏎Xây dựng Kế hoạch …"), or
// begin in lower case with its verb: "3. Sở Kế hoạch và Đầu tư, Sở Tài chính: cân đối, bố trí kinh phí …"
const HEADING_COLON = /^[ \t]*:\s*/u;
function headingColonAt(text: string, end: number): boolean {
  const colon = HEADING_COLON.exec(text.slice(end, end + 24));
  if (!colon) return false;
  const rest = text.slice(end + colon[0].length, end + colon[0].length + 40);
  return /^\p{Lu}/u.test(rest) || len(tokenize(rest), 0, VERBS) > 0;
}

function asSubject(text: string, list: Mention, listStart: number, end: number, news: boolean): { rule: string | null; transferAt: number } {
  const opens = opensClause(text, listStart);
  if (!opens) return { rule: null, transferAt: -1 };
  if (addressOfWork(text, list, listStart, end)) return { rule: null, transferAt: -1 };
  const after = afterList(text, end, news);
  // "Thủ tướng chỉ đạo Bộ Y tế …": the speaker passes the lead to the unit it names.
  if (list.speaker && after.verb === 'chỉ đạo' && after.transferAt >= 0 && !/^\s*[:,]/u.test(text.slice(after.transferAt))) {
    return { rule: null, transferAt: after.transferAt };
  }
  // "Phó Thủ tướng Vũ Đức Đam thị sát …", "Thủ tướng chỉ ra …", "Phó Thủ tướng chủ trì cuộc đối thoại": the leader
  // who speaks, visits or chairs gives the tasks, he is not their lead (only a duty names him: "… có trách nhiệm").
  if (list.speaker && !SPEAKER_DUTY.test(after.after?.rule ?? '')) return { rule: null, transferAt: -1 };
  if (after.after && (opens === 'strong' || STRONG_VERBS.has(after.verb) || OBLIGATION.test(after.verb))) return { rule: after.after.rule, transferAt: -1 };
  return { rule: null, transferAt: -1 };
}

// Acronyms of people, not bodies: cán bộ, công chức | thủ tục hành chính | doanh nghiệp nhà nước
const NOT_UNIT_ACRONYMS: ReadonlySet<string> = new Set(['cbcc', 'cbccvc', 'cbcnv', 'tthc', 'dnnn', 'cntt']);
const ACRONYM_WORD = /^\p{Lu}{3,6}$/u;

// The lower-case words a mention may begin with (`Reader.mention` and `Reader.core`): an office, a
// locality, a group or a part of a body (`các sở`, `phòng chuyên môn`, `chính quyền địa phương`, `đồng chí Chủ tịch`). A
// unit name begins with a capital or an acronym otherwise.
const MENTION_FIRST_WORDS: ReadonlySet<string> = new Set([...TITLES.keys(), ...LOCALITIES.keys(), ...QUANTIFIERS.keys(), 'phó', 'phòng', 'bộ', 'cơ', 'đơn', 'chính', 'đồng']);

/**
 * For tests: whether `findLists` looks for a list at each token of a text (it skips the lower-case
 * words no mention begins with), and the list a reader finds there when it does look.
 */
export function mentionStarts(text: string): { word: string; looked: boolean; found: boolean }[] {
  const toks = tokenize(text);
  const reader = new Reader(text, toks);
  return toks.map((t, i) => ({
    word: t.w,
    looked: t.word && (t.cap || t.acro || MENTION_FIRST_WORDS.has(t.w)),
    found: t.word && reader.list(i) !== null,
  }));
}

const HAS_LETTER = /\p{L}/u;

/**
 * The words of the short names a document gave a body that alone read as a common noun (`Công ty Cổ phần Xi
 * măng Công Thanh (sau đây gọi tắt là Công ty)`): lower case, one array per name. Acronyms are read anyway.
 */
function aliasWords(abbreviations?: Map<string, string>): Aliases {
  if (!abbreviations || abbreviations.size === 0) return NO_ALIASES;
  // (read once per document: every item of it asks with the same map)
  const known = ALIASES_OF.get(abbreviations);
  if (known) return known;
  const aliases = new Map<string, string[][]>();
  for (const k of abbreviations.keys()) {
    if (isAcronym(k)) continue;
    const words = tokenize(k).map((t) => t.w);
    if (words.length) aliases.set(words[0]!, [...(aliases.get(words[0]!) ?? []), words]);
  }
  ALIASES_OF.set(abbreviations, aliases);
  return aliases;
}

/** Defined short names by their first word, in lower case. */
type Aliases = ReadonlyMap<string, string[][]>;
const NO_ALIASES: Aliases = new Map();
const ALIASES_OF = new WeakMap<Map<string, string>, Aliases>();

/** Tokens of a defined short name that begins at `i` (capitalised, as a name is), longest first; 0 when none. */
function aliasAt(toks: Tok[], i: number, aliases: Aliases): number {
  if (!toks[i]?.cap) return 0;
  let best = 0;
  for (const words of aliases.get(toks[i]!.w) ?? []) {
    if (words.length > best && words.every((w, k) => toks[i + k]?.w === w)) best = words.length;
  }
  return best;
}

function findLists(text: string, aliases: Aliases = NO_ALIASES): { reader: Reader; toks: Tok[]; lists: Mention[]; acronyms: Mention[] } {
  const toks = tokenize(text);
  const reader = new Reader(text, toks);
  const lists: Mention[] = [];
  const acronyms: Mention[] = [];
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    if (!t.word || (!t.cap && !t.acro && !MENTION_FIRST_WORDS.has(t.w))) {
      i++;
      continue;
    }
    const list = reader.list(i);
    if (list) {
      lists.push(list);
      i = Math.max(list.j, i + 1);
    } else {
      // "Yêu cầu Công ty tập trung nguồn lực …": a short name the document defined, before an instruction, is
      // read as an acronym is (the long form comes back in its canonical name)
      const alias = aliasAt(toks, i, aliases);
      const next = toks[i + alias];
      if (alias && next && (len(toks, i + alias, VERBS) > 0 || next.w === 'cần' || next.w === 'phải')) {
        const e = toks[i + alias - 1]!.e;
        acronyms.push({ i, j: i + alias, s: t.s, members: [{ s: t.s, e, raw: text.slice(t.s, e) }], speaker: false });
        i += alias;
        continue;
      }
      // "… đề nghị EVN tổ chức thực hiện …": a body named only by its acronym, before an instruction (a role
      // only after a trigger: see extractAssignees)
      if (t.acro && !NOT_UNIT_ACRONYMS.has(t.w) && ACRONYM_WORD.test(text.slice(t.s, t.e)) && (len(toks, i + 1, VERBS) > 0 || toks[i + 1]?.w === 'cần' || toks[i + 1]?.w === 'phải')) {
        acronyms.push({ i, j: i + 1, s: t.s, members: [{ s: t.s, e: t.e, raw: text.slice(t.s, t.e) }], speaker: false });
      }
      i++;
    }
  }
  return { reader, toks, lists, acronyms };
}

/** A capitalised word that is no verb, no function word and no document's name follows `at` (on the same line). */
function capitalAfter(text: string, at: number): boolean {
  const m = /^\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+)?)/u.exec(text.slice(at, at + 40));
  if (!m) return false;
  const toks = tokenize(m[1]!);
  return !len(toks, 0, STOPS) && !len(toks, 0, CAP_STOPS) && !len(toks, 0, DOCUMENTS);
}

/** The words right before `at` end with a function word or a verb, of which a list after them is the object. */
function endsWithStop(text: string, at: number): boolean {
  const toks = tokenize(text.slice(Math.max(0, at - 40), at));
  for (let k = Math.max(0, toks.length - 3); k < toks.length; k++) {
    const n = len(toks, k, STOPS);
    if (n && k + n === toks.length) return true;
  }
  const last = toks[toks.length - 1];
  return !!last && !last.word;
}

// Canonical names by raw words, per map of abbreviations: a document repeats its units.
const CANON_CACHE = new WeakMap<Map<string, string>, Map<string, ReturnType<typeof canonicalUnitName>>>();
const NO_ABBREVIATIONS = new Map<string, string>();

function canonical(raw: string, abbreviations: Map<string, string> = NO_ABBREVIATIONS) {
  let cache = CANON_CACHE.get(abbreviations);
  if (!cache) CANON_CACHE.set(abbreviations, (cache = new Map()));
  let c = cache.get(raw);
  if (!c) {
    c = canonicalUnitName(raw, abbreviations);
    if (cache.size > 5000) cache.clear();
    cache.set(raw, c);
  }
  return c;
}

// Bodies named after a proper name that stand in one place, whose address may follow them: "Trường THCS Lê Lợi,
// thành phố Tam Kỳ" | "Bệnh viện Đa khoa Minh Thiện, huyện Thăng Bình" | "Công ty TNHH Hòa Phát, thị xã Điện Bàn".
// (not one named after its level, "Bệnh viện Đa khoa tỉnh", whose place goes without saying)
const ADDRESSED_HEAD = /^(?:trường|bệnh viện|trạm|phòng khám|công ty|hợp tác xã|nhà máy|chợ|khách sạn|cơ sở)(?![\p{L}\p{M}])/iu;
const LEVEL_NAMED = new RegExp(`(?<![\\p{L}\\p{M}])${LOCALITY_WORD}$`, 'iu');
// A locality written bare, in lower case (no `UBND`): "thành phố Tam Kỳ" | "xã Tam Thăng, huyện Phú Ninh"
const BARE_ADDRESS = new RegExp(`^(${LOCALITY_WORD})\\s+\\p{Lu}`, 'u');
// Localities named next, bare or by their People's Committee: ", huyện Phú Ninh" | "và UBND thành phố Hội An"
const LOCALITY_NEXT = new RegExp(
  `^\\s*(,|và|cùng|;)\\s*(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+)?(?:các\\s+)?(${LOCALITY_WORD})(?![\\p{L}\\p{M}])`,
  'iu',
);
// An address climbs: xã, phường → huyện, thành phố → tỉnh.
const LEVEL: Readonly<Record<string, number>> = { xã: 1, phường: 1, 'thị trấn': 1, 'đặc khu': 1, huyện: 2, quận: 2, 'thị xã': 2, 'thành phố': 2, tỉnh: 3 };

/**
 * The members without the address of a body before them: bare localities after a comma are where it stands, not more
 * units ("Bệnh viện Đa khoa Minh Thiện, xã Bình Trung, huyện Thăng Bình"), when they climb level by level and end
 * the localities named (two of one level are a list: "Công ty …, huyện Thăng Bình, huyện Quế Sơn phối hợp"; so is one
 * that goes on with another: "Trường Đại học Quảng Nam, thành phố Tam Kỳ và huyện Phú Ninh").
 */
function withoutAddresses(text: string, members: Member[]): Member[] {
  const kept: Member[] = [];
  const commaBefore = (j: number) => /^\s*,\s*$/u.test(text.slice(members[j - 1]!.e, members[j]!.s));
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    kept.push(m);
    if (!ADDRESSED_HEAD.test(m.raw) || LEVEL_NAMED.test(m.raw.trim())) continue;
    let j = i + 1;
    let level = 0;
    let climbs = true;
    for (; j < members.length && commaBefore(j); j++) {
      const bare = BARE_ADDRESS.exec(members[j]!.raw);
      if (!bare) break;
      const l = LEVEL[bare[1]!] ?? 0;
      if (l <= level) climbs = false;
      level = l;
    }
    if (j === i + 1 || !climbs) continue;
    // (a locality after them, but for the next level up after a comma, makes them a list)
    const next = LOCALITY_NEXT.exec(text.slice(members[j - 1]!.e, members[j - 1]!.e + 60));
    if (next && (next[1] !== ',' || (LEVEL[next[2]!.toLowerCase()] ?? 0) <= level)) continue;
    i = j - 1;
  }
  return kept;
}

function toCandidates(unit: TextUnit, list: Mention, role: Role, rule: string, abbreviations?: Map<string, string>): Candidate<AssigneeValue>[] {
  return withoutAddresses(unit.text, list.members).map((m) => {
    const canon = canonical(m.raw, abbreviations);
    const value: AssigneeValue = { name: canon.name, role };
    if (canon.generic) value.generic = true;
    if (canon.title) value.title = canon.title;
    return {
      value,
      span: { start: unit.span.start + m.s, end: unit.span.start + m.e },
      text: collapseWhitespace(unit.text.slice(m.s, m.e)),
      rule,
    };
  });
}

/**
 * Finds the units an item's words name with a role, in document order, one candidate per unit, its
 * span on the unit's words and its canonical name in `value.name`.
 * @example extractAssignees({text: 'Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát.', span}, ctx)
 *   → [{value: {name: 'Sở Tài chính', role: 'lead'}, text: 'Sở Tài chính'}, {value: {name: 'Sở Nội vụ', role: 'support'}, text: 'Sở Nội vụ'}]
 */
export function extractAssignees(unit: TextUnit, ctx: ExtractContext, abbreviations?: Map<string, string>): Candidate<AssigneeValue>[] {
  const text = unit.text;
  // Every unit's name has a letter: a line of `1.1.1.…` or OCR noise is not cut into tokens for nothing.
  if (!HAS_LETTER.test(text)) return [];
  const { lists, reader, acronyms, toks } = findLists(text, aliasWords(abbreviations));
  if (!lists.length && !acronyms.length) return [];
  // Triggers by the offset where they end, so that each list looks up only its own.
  const triggers = new Map<number, (Candidate<Trigger> & { s: number; e: number })[]>();
  for (const c of runRules(unit, RULES, ctx)) {
    const t = { value: c.value, span: c.span, text: c.text, rule: c.rule, s: c.span.start - unit.span.start, e: c.span.end - unit.span.start };
    const at = triggers.get(t.e);
    if (at) at.push(t);
    else triggers.set(t.e, [t]);
  }
  const out: Candidate<AssigneeValue>[] = [];
  let transferAt = -1;
  // The columns `Cơ quan chủ trì | Cơ quan phối hợp` of a flattened table: two lists side by side with
  // nothing between them ("… sửa đổi. Bộ Y tế Bộ Tài chính, Bộ Tư pháp Luật … Quý I/2029").
  let columnSupport = -1;
  const praised: Candidate<AssigneeValue>[] = [];
  let praisedEnd = -1;
  // Where the topic of `Đối với X, …` ends: the lists inside it are its own words.
  let topicEnd = -1;
  for (let idx = 0; idx < lists.length; idx++) {
    const list = lists[idx]!;
    const listStart = list.s;
    if (listStart < topicEnd) continue;
    // (the words of a list end after a body its last member belongs to: "Ủy ban … của Quốc hội chủ trì")
    const end = Math.max(list.end ?? 0, ...list.members.map((m) => m.e));
    // "Phó Thủ tướng Trần Hồng Hà, Trưởng Ban Chỉ đạo … chỉ đạo các bộ …": the office a speaker holds, in
    // apposition, is no actor; the speaker's `chỉ đạo` after it passes the lead on.
    if (list.speaker && APPOSED_OFFICE.test(text.slice(end, end + 30))) {
      const verb = SPEAKER_DIRECTS.exec(text.slice(end, end + 160));
      if (verb && !/^\s*[:,]/u.test(text.slice(end + verb[0].length))) transferAt = end + verb[0].length;
      continue;
    }
    // The trigger that ends right before the list (only spaces between); the longest wins.
    let at = listStart;
    while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
    const before = (triggers.get(at) ?? []).sort((a, b) => b.e - b.s - (a.e - a.s))[0];
    if (before) {
      const topic = before.value.topic ? topicMembers(text, list, lists) : null;
      if (topic) {
        topicEnd = topic.end;
        if (topic.members.length) out.push(...toCandidates(unit, { ...list, members: topic.members }, 'lead', before.rule, abbreviations));
        continue;
      }
      if (before.value.topic && !/^\s*[,:]/u.test(text.slice(end))) {
        // "Đối với Tổng công ty Điện lực miền Trung, Bộ Công Thương yêu cầu …": the topic is the first unit.
        const firstMember = list.members[0]!;
        if (!/^\s*,/u.test(text.slice(firstMember.e))) continue;
        out.push(...toCandidates(unit, { ...list, members: [firstMember] }, 'lead', before.rule, abbreviations));
        continue;
      }
      if (before.value.heading && !/^[ \t]*(?:\n|:|\p{Lu})/u.test(text.slice(end))) continue;
      if (before.value.praised) {
        if (!praised.length) {
          praised.push(...toCandidates(unit, list, 'lead', before.rule, abbreviations));
          praisedEnd = end;
        }
        continue;
      }
      const after = afterList(text, end);
      const rule = before.value.role === 'lead' && after.verb === 'chủ trì' ? `${before.rule} chủ trì` : before.rule;
      out.push(...toCandidates(unit, list, before.value.role, rule, abbreviations));
      continue;
    }
    const next = lists[idx + 1];
    if (columnSupport === idx) {
      out.push(...toCandidates(unit, list, 'support', 'support: table columns (Cơ quan phối hợp)', abbreviations));
      // (the whole run of side-by-side lists after the first column)
      if (next && /^\s+$/u.test(text.slice(end, next.s))) columnSupport = idx + 1;
      continue;
    }
    const opens = opensClause(text, listStart);
    if (
      next &&
      !list.speaker &&
      !next.speaker &&
      /^\s+$/u.test(text.slice(end, next.s)) &&
      (reader.head(list.i) || reader.head(list.i + 1) || /^(?:các|những)\s/iu.test(list.members[0]!.raw)) &&
      (reader.head(next.i) || reader.head(next.i + 1) || /^(?:các|những)\s/iu.test(next.members[0]!.raw)) &&
      (opens === 'strong' || (!opens && !endsWithStop(text, listStart)))
    ) {
      out.push(...toCandidates(unit, list, 'lead', 'lead: table columns (Cơ quan chủ trì)', abbreviations));
      columnSupport = idx + 1;
      continue;
    }
    // … sửa đổi. Bộ Ngoại giao Ủy ban công tác …: a unit after a sentence that a capitalised word, not a verb,
    // follows is the first column of a table row too.
    if (/[.;…]\s+$/u.test(text.slice(Math.max(0, listStart - 4), listStart)) && !list.speaker && capitalAfter(text, end)) {
      out.push(...toCandidates(unit, list, 'lead', 'lead: table columns (Cơ quan chủ trì)', abbreviations));
      continue;
    }
    if (transferAt >= 0 && listStart >= transferAt && /^\s*$/u.test(text.slice(transferAt, listStart))) {
      out.push(...toCandidates(unit, list, 'lead', 'lead: Thủ tướng chỉ đạo X', abbreviations));
      transferAt = -1;
      continue;
    }
    // (not a topic whose text names its own actor: "Ban Quản lý dự án … thuộc UBND cấp tỉnh: UBND cấp tỉnh chủ động …")
    if (!list.speaker && listStart <= 40 && ITEM_OPENS.test(text.slice(0, listStart)) && headingColonAt(text, end) && !(next && /^\s*:\s*$/u.test(text.slice(end, next.s)))) {
      out.push(...toCandidates(unit, list, 'lead', 'lead: X: (a heading run into its text)', abbreviations));
      continue;
    }
    const subject = asSubject(text, list, listStart, end, ctx.news === true);
    if (subject.transferAt >= 0) transferAt = subject.transferAt;
    if (subject.rule) {
      // "Giao Sở Nội vụ chủ trì; Sở Tài chính, Công an tỉnh phối hợp …": after the unit that chairs, the units that
      // only work with it (no `với` of their own) support it
      const joins = subject.rule === COOPERATES_RULE && CHAIRED_BEFORE.test(text.slice(0, listStart)) && !WITH_AFTER.test(text.slice(end, end + 40));
      out.push(...toCandidates(unit, list, joins ? 'support' : 'lead', joins ? 'support: X chủ trì; Y phối hợp' : subject.rule, abbreviations));
      continue;
    }
    // A list that does not act may end with the subject of a new clause: "trên cơ sở đề xuất của các cơ
    // quan, đơn vị, Sở Tài chính tổng hợp, tham mưu …"
    for (let k = 1; k < list.members.length; k++) {
      if (!/^\s*,\s*$/u.test(text.slice(list.members[k - 1]!.e, list.members[k]!.s))) continue;
      const tail = { ...list, s: list.members[k]!.s, members: list.members.slice(k) };
      const sub = asSubject(text, tail, tail.s, end, ctx.news === true);
      if (sub.rule) {
        out.push(...toCandidates(unit, tail, 'lead', sub.rule, abbreviations));
        break;
      }
    }
  }
  // An acronym right after a trigger: "Phó Thủ tướng đề nghị EVN tổ chức …" | "phối hợp với VASEP rà soát …"
  let added = false;
  for (const acronym of acronyms) {
    let at = acronym.s;
    while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
    const before = (triggers.get(at) ?? []).sort((a, b) => b.e - b.s - (a.e - a.s))[0];
    if (!before) {
      // The subject of its own obligation: "Theo Phó Thủ tướng, EVN cần phát triển …" (not a credit before a
      // subheading run in: "Ảnh: LĐO Phải xem xét …")
      const next = toks[acronym.j];
      // (a short name or an acronym the document defined is the subject of any verb that opens a clause: "Công
      // ty tập trung …", "…: TTXT phối hợp với …")
      const raw = acronym.members[0]!.raw;
      const defined = !isAcronym(raw) || !!abbreviations?.has(raw);
      const opens = opensClause(text, acronym.s);
      const obliged = !!next && OBLIGATION.test(`${text.slice(next.s, next.e)} `);
      if ((obliged && opens) || (defined && opens === 'strong')) {
        out.push(...toCandidates(unit, acronym, 'lead', 'lead: X cần (acronym)', abbreviations));
        added = true;
      }
      continue;
    }
    if (before.value.topic || before.value.heading || before.value.praised) continue;
    out.push(...toCandidates(unit, acronym, before.value.role, `${before.rule} (acronym)`, abbreviations));
    added = true;
  }
  if (added) out.sort((a, b) => a.span.start - b.span.start);
  // The unit praised is the lead of a request with no subject that follows it: "… Đồng thời thống nhất với kế
  // hoạch hành động và rà soát lại số liệu …" (only when the item names no other lead).
  // (a praised class alone, "các sở, ngành", names nobody: nothing)
  if (praised.some((c) => !c.value.generic) && !out.some((c) => c.value.role === 'lead') && requestFollows(text, praisedEnd)) out.push(...praised);
  return out;
}

// The office a speaker holds as well, in apposition: ", Trưởng Ban Chỉ đạo …" | " - Phó Trưởng ban Thường trực …"
const APPOSED_OFFICE = /^\s*[,–-]\s*(?:phó\s+)?trưởng(?![\p{L}\p{M}])/iu;

// The speaker's `chỉ đạo` after the name of his office, which may run on ("… Ban Chỉ đạo quốc gia về phòng,
// chống thiên tai chỉ đạo Bộ …"), in the same clause; not an order already given or cited (`đã chỉ đạo`, `theo chỉ đạo`),
// nor the noun (`sự chỉ đạo`; but "phòng thủ dân sự chỉ đạo Bộ …" ends a name). Lower-case `chỉ đạo` only: the
// name "Ban Chỉ đạo" is no verb, nor "Ban chỉ đạo".
const SPEAKER_DIRECTS = /^[^.;:\n]*?(?<![\p{L}\p{M}])(?<!(?:[Bb]an|đã|vừa|theo|của|(?<!(?:dân|quân|hình|nhân)\s+)sự)\s+)chỉ\s+đạo(?![\p{L}\p{M}])/u;

// A sentence that asks for work without saying who: "Đồng thời thống nhất …" | "Đề nghị tiếp tục phát huy …"
const SUBJECTLESS_REQUEST = /[.;]\s+(?:(?:đồng thời|bên cạnh đó|tuy nhiên|thời gian tới)\s*,?\s*)?(?:(?:đề nghị|yêu cầu|cần)\s+)?([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)/iu;

function requestFollows(text: string, at: number): boolean {
  const m = SUBJECTLESS_REQUEST.exec(text.slice(at));
  return !!m && len(tokenize(m[1]!.toLowerCase()), 0, VERBS) > 0;
}

// A heading that is only a unit name: "1. Phòng Quản lý Khoa học" | "Sở Nông nghiệp và Môi trường:" |
// "Về phía Sở Tài chính:" | "Đối với UBND các huyện:"
const HEADING_MARKER = /^\s*(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|\(\d{1,2}\)|[-+•*–]|Điều\s+\d{1,3}\.)\s+/u;
// (a heading may wrap between its words: "3. Trách nhiệm\ncủa Bộ Công an")
const HEADING_PREFIX = new RegExp(`^(?:về\\s+phía|đối\\s+với|trách\\s+nhiệm(?:\\s+của)?|nhiệm\\s+vụ\\s+của|${ASSIGN_VERB}|đề\\s+nghị|mời|yêu\\s+cầu)\\s+`, 'iu');
// "Trách nhiệm (của) X:" names X whole, whatever words its name holds: "Trách nhiệm Tổ công tác triển khai Đề án 06:"
const DUTY_PREFIX = /^(?:trách nhiệm|nhiệm vụ)/iu;

/**
 * Every unit a heading names for its items (role lead): the heading is a unit name or a list of them
 * (`1. Phòng Quản lý Khoa học`, `19. Mời Thành phố Hồ Chí Minh, tỉnh Đăk Lăk`), or it names the lead of
 * the list it introduces (`Bộ Công Thương chủ trì thực hiện các nhiệm vụ sau:`). Empty for a topic.
 * @example extractHeadingUnits({text: '12. Sở Nội vụ (Ban Thi đua Khen thưởng Thành phố)', span}, ctx)
 *   → [{value: {name: 'Sở Nội vụ', role: 'lead'}}, {value: {name: 'Ban Thi đua Khen thưởng Thành phố', role: 'lead'}}]
 */
export function extractHeadingUnits(unit: TextUnit, ctx: ExtractContext, abbreviations?: Map<string, string>): Candidate<AssigneeValue>[] {
  if (!HAS_LETTER.test(unit.text)) return [];
  const marker = HEADING_MARKER.exec(unit.text);
  let from = marker ? marker[0].length : 0;
  const body = unit.text.slice(from);
  const prefix = HEADING_PREFIX.exec(body);
  if (prefix) from += prefix[0].length;
  const sub: TextUnit = { text: unit.text.slice(from), span: { start: unit.span.start + from, end: unit.span.end } };
  const { lists } = findLists(sub.text);
  const first = lists[0];
  const rest = (n: number) => sub.text.slice(n).replace(/^\s*(?:\([^()]*\))?\s*[:.;]?\s*$/u, '');
  // The whole heading is the list of units.
  if (first && /^\s*$/u.test(sub.text.slice(0, first.s))) {
    const end = Math.max(first.end ?? 0, ...first.members.map((m) => m.e));
    // (the adverbial of a subject may close it: "1. Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao:")
    BETWEEN_SUBJECT_AND_VERB.lastIndex = end;
    const adverbial = BETWEEN_SUBJECT_AND_VERB.exec(sub.text)?.[0].length ?? 0;
    if (rest(end) === '' || (adverbial > 0 && rest(end + adverbial) === '') || (first.j >= 0 && /^\s*\)\s*[:.]?\s*$/u.test(sub.text.slice(end)))) {
      return toCandidates(sub, first, 'lead', 'lead: heading names the unit (1. Phòng Quản lý Khoa học)', abbreviations);
    }
  }
  // A unit heading (units, a colon, the items under it) whose first name the reader cuts at a field in lower case:
  // "1.1. Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy và các cơ quan, đơn vị thuộc Sở:". The colon says the
  // heading names who does its items; the first name runs on to the `và` before the list that closes the heading.
  if (first && !first.speaker && /^\s*$/u.test(sub.text.slice(0, first.s)) && /:\s*$/u.test(sub.text)) {
    const firstEnd = Math.max(first.end ?? 0, ...first.members.map((m) => m.e));
    const last = lists[lists.length - 1]!;
    const lastEnd = Math.max(last.end ?? 0, ...last.members.map((m) => m.e));
    const gap = last !== first ? /^(\s+và\s+)(\p{Ll}[^:;.()]*?)(?:\s*,\s*|\s+)và\s+$/u.exec(sub.text.slice(firstEnd, last.s)) : null;
    if (gap && !last.speaker && rest(lastEnd) === '' && gap[2]!.split(/\s+/u).length <= 8) {
      // (the field holds no instruction: "Sở Y tế và kiểm tra …" is no name)
      const toks = tokenize(gap[2]!);
      const verb = toks.some((t, k) => t.word && len(toks, k, STOPS) && !steeredAt(toks, k) && !toks.slice(0, k).some((_u, h) => steeredAt(toks, h) > k - h));
      if (!verb) {
        const cut = first.members[first.members.length - 1]!;
        const e = firstEnd + gap[1]!.length + gap[2]!.length;
        const m: Mention = { ...first, members: [...first.members.slice(0, -1), { s: cut.s, e, raw: sub.text.slice(cut.s, e) }] };
        return [...toCandidates(sub, m, 'lead', 'lead: heading names the unit (1. Phòng Quản lý Khoa học)', abbreviations), ...toCandidates(sub, last, 'lead', 'lead: heading names the unit (1. Phòng Quản lý Khoa học)', abbreviations)];
      }
    }
  }
  // A name the reader cuts short, that runs to the end of the heading: "3. Liên hiệp các tổ chức hữu nghị thành phố Hà Nội"
  // Not `replace(/\s*[:.]\s*$/)`: that regex retries from every space of a long run, n² on a line of spaces.
  let whole = sub.text.trimEnd();
  if (whole.endsWith(':') || whole.endsWith('.') || whole.endsWith(';')) whole = whole.slice(0, -1);
  whole = whole.trim();
  const words = whole.split(/\s+/u);
  if (words.length <= 14 && /^\p{Lu}/u.test(whole)) {
    const toks = tokenize(whole);
    const reader = new Reader(whole, toks);
    const verbs = toks.some((t, k) => k > 0 && t.word && !t.cap && len(toks, k, STOPS) && !len(toks, k, GROUPS) && !['các', 'và', 'của', 'thuộc', 'trực', 'trên', 'tại'].includes(t.w));
    const duty = !!prefix && DUTY_PREFIX.test(prefix[0]);
    if (reader.head(0) && (!verbs || duty)) {
      const at = sub.text.indexOf(whole);
      const m: Mention = { i: 0, j: toks.length, s: at, members: [{ s: at, e: at + whole.length, raw: whole }], speaker: false };
      return toCandidates(sub, m, 'lead', 'lead: heading names the unit (1. Phòng Quản lý Khoa học)', abbreviations);
    }
  }
  // The heading gives an instruction or introduces its list: the leads it names.
  return extractAssignees(unit, ctx, abbreviations).filter((c) => c.value.role === 'lead');
}

/**
 * The unit a heading names for its items (role lead), or null for a topic heading; the first of
 * `extractHeadingUnits`.
 * @example extractHeadingUnit({text: '1. Phòng Quản lý Khoa học', span}, ctx)?.value → {name: 'Phòng Quản lý Khoa học', role: 'lead'}
 */
export function extractHeadingUnit(unit: TextUnit, ctx: ExtractContext, abbreviations?: Map<string, string>): Candidate<AssigneeValue> | null {
  return extractHeadingUnits(unit, ctx, abbreviations)[0] ?? null;
}

// The words after a body that report rather than instruct: what it did, is doing, or says.
const REPORTING_VERBS: ReadonlySet<string> = new Set(['đã', 'vừa', 'đang', 'cho biết', 'cho hay']);

/**
 * Whether a body (not a speaking leader) opens a clause before `until` (local) as the subject of a report:
 * "Tiêu biểu, Ngân hàng BIDV đã quyết định dành 8 tỷ đồng …" | "Đồng thời, Bộ Tài chính đang chuẩn bị …".
 * A news paragraph that opens so tells what that body did; it charges nobody.
 * @example opensWithReport({text: 'Ngân hàng Chính sách xã hội cũng đã cử các đoàn công tác …', span}, 60) → true
 */
export function opensWithReport(unit: TextUnit, until: number): boolean {
  const text = unit.text.slice(0, until);
  if (!HAS_LETTER.test(text)) return false;
  const { lists } = findLists(text);
  return lists.some((list) => {
    if (list.speaker || !opensClause(text, list.s)) return false;
    const end = Math.max(list.end ?? 0, ...list.members.map((m) => m.e));
    return REPORTING_VERBS.has(afterList(text, end).verb);
  });
}

/** The trigger rules, for the test that holds each rule's `needs` to what its pattern matches. */
export { RULES as ASSIGNEE_TRIGGER_RULES };
