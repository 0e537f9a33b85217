/**
 * Cited documents: `Quyết định số 104/QĐ-UBND ngày 07/02/2023 của UBND tỉnh`, `Nghị quyết 57-NQ/TW`,
 * `các Tờ trình số 15/TTr-BCT, 27/TTr-BCT`, a bare `số 1234/UBND-KT`. Only citations with a symbol
 * number count (SPEC "references"): `Luật Đất đai`, `Đề án 06`, `Nghị quyết 57`, standards
 * (`TCVN 5687:2010`, `QCVN 01:2021/BXD`), dates and ratios are not references.
 *
 * The patterns are written without the `i` flag on purpose: under `iu`, `\p{Lu}` also matches lower
 * case letters, and the upper case of a symbol (`QĐ-UBND`) is what tells it from prose (`15/tháng`).
 * Type words and the little words around them are spelled in their usual cases instead (`caseForms`).
 */
import type { Candidate, ExtractContext, ReferenceValue, Rule, TextUnit } from '../types.js';
import { B_END, B_START, dropOverlapping, readOnWith, runRules, subUnit, wordPattern } from './run-rules.js';

// --- vocabulary -------------------------------------------------------------------------------

/** Canonical type → the ways it is written (lower case; longest first where one extends another). */
const TYPE_FORMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Nghị quyết', ['nghị quyết liên tịch', 'nghị quyết']],
  ['Nghị định', ['nghị định']],
  ['Quyết định', ['quyết định']],
  ['Chỉ thị', ['chỉ thị']],
  ['Kế hoạch', ['kế hoạch liên tịch', 'kế hoạch']],
  // Chương trình hành động số 08-CTr/TU: the type is the programme; `hành động` stays in `text`.
  ['Chương trình', ['chương trình hành động', 'chương trình']],
  ['Thông tư', ['thông tư liên tịch', 'thông tư']],
  // Thông báo kết luận số 365/TB-VPCP is a Thông báo (the symbol says TB), not a Kết luận.
  ['Thông báo', ['thông báo kết luận', 'thông báo']],
  ['Công văn', ['công văn hỏa tốc', 'công văn hoả tốc', 'công văn']],
  ['Kết luận', ['kết luận']],
  ['Bộ luật', ['bộ luật']],
  ['Luật', ['luật']],
  ['Công điện', ['công điện khẩn', 'công điện hỏa tốc', 'công điện hoả tốc', 'công điện']],
  ['Tờ trình', ['tờ trình']],
  ['Quy định', ['quy định']],
  ['Quy chế', ['quy chế phối hợp', 'quy chế']],
  ['Hướng dẫn', ['hướng dẫn liên tịch', 'hướng dẫn']],
  ['Báo cáo', ['báo cáo']],
  ['Đề án', ['đề án']],
  ['Pháp lệnh', ['pháp lệnh']],
  ['Văn bản', ['văn bản']],
];

const CANONICAL_TYPE = new Map<string, string>(TYPE_FORMS.flatMap(([type, forms]) => forms.map((f) => [f, type] as const)));

/**
 * The type code of a symbol (`QĐ` in `1433/QĐ-UBND`, `NQ` in `57-NQ/TW`), upper-cased with `Đ` folded
 * to `D`, → the type it stands for. Used for a bare `số …` and for a list member whose code disagrees
 * with the list's type word (`các Tờ trình số 2138/TTr-BCT …, số 374/BC-BCT`).
 */
const TYPE_BY_CODE: Readonly<Record<string, string>> = {
  ND: 'Nghị định',
  QD: 'Quyết định',
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết',
  CT: 'Chỉ thị',
  KH: 'Kế hoạch',
  TB: 'Thông báo',
  TT: 'Thông tư',
  TTLT: 'Thông tư',
  CD: 'Công điện',
  TTR: 'Tờ trình',
  KL: 'Kết luận',
  CTR: 'Chương trình',
  BC: 'Báo cáo',
  HD: 'Hướng dẫn',
  DA: 'Đề án',
  QC: 'Quy chế',
  CV: 'Công văn',
};

/** Codes a type word's own symbols carry, to tell a list member of another type. */
const CODES_OF_TYPE: Readonly<Record<string, readonly string[]>> = {
  'Nghị quyết': ['NQ', 'NQLT', 'QH'],
  'Nghị định': ['ND'],
  'Quyết định': ['QD'],
  'Quy định': ['QD'],
  'Chỉ thị': ['CT'],
  'Kế hoạch': ['KH'],
  'Chương trình': ['CTR'],
  'Thông tư': ['TT', 'TTLT'],
  'Thông báo': ['TB'],
  'Kết luận': ['KL', 'TB'],
  'Luật': ['QH'],
  'Bộ luật': ['QH'],
  'Công điện': ['CD'],
  'Tờ trình': ['TTR'],
  'Hướng dẫn': ['HD'],
  'Báo cáo': ['BC'],
  'Đề án': ['DA'],
  'Quy chế': ['QC'],
};

// Words that end an issuer when they follow its last capitalised word (`của Bộ về …`, `của Sở triển khai …`);
// `ban` alone stays a name word (`Ủy ban`), `ban hành` does not. Phrases, so that `Phát triển nông thôn` stays.
const ISSUER_STOP = [
  'về', 'và', 'của', 'tại', 'theo', 'để', 'với', 'trong', 'cho', 'đã', 'được', 'là', 'có', 'do', 'số', 'ngày',
  'năm', 'giao', 'gửi', 'nhằm', 'này', 'đó', 'như', 'khóa', 'khoá', 'ký', 'từ', 'đến', 'vào', 'trên', 'sau',
  'trước', 'mà', 'thì', 'cũng', 'đang', 'sẽ', 'cần', 'phải', 'ban hành', 'quy định', 'phê duyệt', 'thực hiện',
  'triển khai', 'hướng dẫn', 'sửa đổi', 'bổ sung', 'kèm theo', 'đối với', 'nêu trên', 'thông qua', 'chỉ đạo',
  'đề nghị', 'đề xuất', 'tiếp tục', 'đẩy mạnh', 'yêu cầu', 'nhiệm vụ', 'về việc',
];

// Lower-case words that belong to names of bodies even after another lower-case word:
// Ủy ban nhân dân thành phố Hà Nội | Ban Chấp hành Đảng bộ tỉnh | Sở Nông nghiệp và Phát triển nông thôn
const ISSUER_NAME_WORDS = ['thành phố', 'thị xã', 'thị trấn', 'nhân dân', 'nông thôn', 'quốc gia', 'trung ương', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'];

// --- pattern pieces ---------------------------------------------------------------------------

/**
 * `nghị quyết` → `(?:[Nn]ghị|NGHỊ)\s+(?:[Qq]uyết|QUYẾT)`: lower, Capitalised, Title and UPPER case; any
 * whitespace between the words (a type word broken over two lines is still one word).
 */
function caseForms(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => {
      const first = w[0]!;
      const head = first.toLowerCase() === first.toUpperCase() ? first : `[${first.toUpperCase()}${first}]`;
      return `(?:${head}${w.slice(1)}|${w.toUpperCase()})`;
    })
    .join('\\s+');
}

/** One gap between words: spaces, or one line break with its indentation (bounded, so no blow-up). */
const SP = '(?:[^\\S\\n]{1,8}|[^\\S\\n]{0,8}\\n[^\\S\\n]{0,8})';

const ALL_TYPE_FORMS = TYPE_FORMS.flatMap(([, forms]) => forms).sort((a, b) => b.length - a.length);
const TYPES = `(?:${ALL_TYPE_FORMS.map(caseForms).join('|')})`;
const SO = caseForms('số');

// One part of a symbol: QĐ | UBND | BKH&CN | QH15 | and the mixed-case TTg, TTr, CTr.
const SEG = '(?:TTg|TTr|CTr|\\p{Lu}[\\p{Lu}\\p{N}&]*)';
// Between parts: `-` or `/`, with the stray spaces and line breaks of real documents:
// 25- KH/TU | 318/QĐ- TTg | 100 /NQ-CP | 5969/QĐ-⏎UBND
const SEP = '[^\\S\\n]{0,2}[-–/]\\s{0,4}';
// 60/2021/NĐ-CP | 1433/QĐ-UBND | 57-NQ/TW | 19-2017/NQ-CP | 57/2024/QH15 | 04/TTr-BKHCN-BTTTT
// Never a date (15/8/2021: every part after the number starts with a capital) nor a ratio (36/47).
// The tail check keeps a symbol whole: no letter, digit, `/` or `-` may follow it.
const NUMBER = `\\d{1,5}(?:${SEP}\\d{4}(?!\\d))?${SEP}${SEG}(?:${SEP}${SEG}){0,4}(?![\\p{L}\\p{N}&/–-])`;
// What follows the number in a symbol: /NQ-CP | -NQ/TW | /2018/NĐ-CP (the rest of `NUMBER`).
const SYMBOL_TAIL = `(?:${SEP}\\d{4}(?!\\d))?${SEP}${SEG}(?:${SEP}${SEG}){0,4}(?![\\p{L}\\p{N}&/–-])`;
// A bare number in a list whose last member alone carries the symbol: các Nghị quyết số 01, 02/NQ-CP |
// Nghị định số 15 và 16/2018/NĐ-CP. The members before it share its symbol.
const LIST_GAP = `(?:[^\\S\\n]{0,2},${SP}|${SP}(?:và|VÀ)${SP})`;
const ELIDED_MEMBER =
  `(?=\\d)(?<=${B_START}(?<type>${TYPES})(?:${SP}${SO})?${SP}(?:\\d{1,5}${LIST_GAP})*)(?<bare>\\d{1,5})` +
  `(?=(?:${LIST_GAP}\\d{1,5})*${LIST_GAP}\\d{1,5}(?<tail>${SYMBOL_TAIL}))`;

/** What every `NUMBER` holds: a digit, then (after at most two spaces) `-` or `/`. */
const NUMBER_SIGN = /\d[^\S\n]{0,2}[-–/]/u;

// ngày 07/02/2023 | ngày 7 tháng 2 năm 2023 | NGÀY 03 THÁNG 10 NĂM 2025
const DATE =
  `(?<dateText>${caseForms('ngày')}${SP}(?:(?<d1>\\d{1,2})[^\\S\\n]?[/.-][^\\S\\n]?(?<m1>\\d{1,2})[^\\S\\n]?[/.-][^\\S\\n]?(?<y1>\\d{4})` +
  `|(?<d2>\\d{1,2})${SP}${caseForms('tháng')}${SP}(?<m2>\\d{1,2})${SP}${caseForms('năm')}${SP}(?<y2>\\d{4}))(?!\\d))`;

const STOP = `(?:${ISSUER_STOP.map((w) => w.replaceAll(' ', '\\s+')).join('|')})${B_END}`;
// Capitalised or upper-case words that end an issuer all the same: a title-case verb that starts the
// document's name (`… của Chính phủ Ban hành Chương trình …`), the `VỀ`/`KHÓA` of an upper-case title.
const CAP_STOP = ['ban hành', 'phê duyệt', 'quy định', 'triển khai', 'thực hiện', 'hướng dẫn', 'về', 'khóa', 'khoá', 'tại', 'theo', 'ngày', 'năm', 'số'];
// A capitalised word or an acronym: Bộ | UBND | HĐND | NN&PTNT | TP. (TP. Hồ Chí Minh); not `VASEPngày`.
const CAP_WORD = `(?!(?:${CAP_STOP.map(caseForms).join('|')})${B_END})(?:TP\\.|\\p{Lu}(?:\\p{Ll}+|[\\p{Lu}\\p{N}&]*)${B_END})`;
// The second syllable of a capitalised compound: Chính phủ | Bộ Chính trị | Tỉnh ủy | Khoa học
const AFTER_CAP = `(?<=${B_START}\\p{Lu}\\p{Ll}*\\s{1,8})(?!${STOP})\\p{Ll}+${B_END}`;
const NAME_WORD = `(?:${ISSUER_NAME_WORDS.map((w) => w.replaceAll(' ', '\\s+')).join('|')})${B_END}`;
// của UBND tỉnh | của Thủ tướng Chính phủ | của Bộ Khoa học và Công nghệ | CỦA BAN BÍ THƯ
// Stops at punctuation, at a lower-case word that is not part of a name (về, ban hành, triển khai …),
// at `và` before another citation (của Chính phủ và Thông tư …: a type word is never a name word, so the
// issuer ends before `và`), after ten words.
const ISSUER =
  `(?:${caseForms('của')})${SP}(?<issuer>(?!${TYPES}${B_END})${CAP_WORD}` +
  `(?:${SP}(?:(?:và|VÀ)${SP})?(?:(?!${TYPES}${B_END})${CAP_WORD}|${NAME_WORD}|${AFTER_CAP})){0,9})`;

// The date and the issuer after a citation's number, read on by every rule (`readOn`) with this one pattern:
// inside each rule's pattern, its type words and issuer cost V8 some 30 ms to compile per rule.
const TAIL = wordPattern(`(?:${SP}${DATE})?(?:${SP}${ISSUER})?`, 'uy');
const readTail = (enclosing: readonly string[] = []) => (m: RegExpExecArray, text: string) => readOnWith(m, text, TAIL, enclosing);

// --- values -----------------------------------------------------------------------------------

/**
 * The key a number is compared by: no spaces, upper case, `Đ`/`Ð` folded to `D`, dashes unified.
 * @example referenceNumberKey('318/QĐ- TTg') → '318/QD-TTG'
 */
export function referenceNumberKey(number: string): string {
  return number.replace(/\s+/g, '').replace(/–/g, '-').toUpperCase().replace(/[ĐÐ]/g, 'D');
}

/** `25- KH/TU` → `25-KH/TU`: spaces and line breaks out, en dashes as hyphens, letters as written. */
function normalizeNumber(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/–/g, '-');
}

/** The type code of a normalized symbol, folded: `60/2021/NĐ-CP` → `ND`, `57/2024/QH15` → `QH`. */
function typeCode(number: string): { code: string; parts: number } {
  const parts = number
    .replace(/^\d+(?:[-/]\d{4}(?!\d))?[-/]/u, '')
    .split(/[-/]/)
    .filter(Boolean);
  const code = (parts[0] ?? '').toUpperCase().replace(/[ĐÐ]/g, 'D');
  return { code: /^QH\d*$/.test(code) ? 'QH' : code, parts: parts.length };
}

/** The type a symbol's code names, or null: `1433/QĐ-UBND` → Quyết định, `57/2024/QH15` → Luật. */
function typeFromCode(number: string): string | null {
  const { code, parts } = typeCode(number);
  if (code === 'QH' && parts === 1) return 'Luật';
  return TYPE_BY_CODE[code] ?? null;
}

function isoDate(g: Record<string, string | undefined>): string | null {
  const d = Number(g.d1 ?? g.d2);
  const m = Number(g.m1 ?? g.m2);
  const y = Number(g.y1 ?? g.y2);
  if (!y) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > last) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Whether a normalized number has the shape of a symbol rather than of a house number or a label
 * (`số 12-B`, `số 15/A`): two parts after the number (`57-NQ/TW`, `1433/QĐ-UBND`), or one part of two
 * letters or more after a type word (`Nghị quyết 02/CP`, `Thông tư 118/2018/BTC`, `Nghị định số 43-CP`).
 * Without a type word, one part is enough only for a law (`số 57/2024/QH15`).
 */
function looksLikeSymbol(number: string, typed: boolean): boolean {
  const m = /^\d+(?:[-/](\d{4})(?!\d))?[-/](.*)$/.exec(number);
  if (!m) return false;
  const parts = m[2]!.split(/[-/]/).filter(Boolean);
  if (parts.length >= 2) return true;
  if (!typed) return m[1] !== undefined && /^QH\d+$/i.test(parts[0] ?? '');
  return (parts[0] ?? '').length >= 2;
}

/** Builds the value, or null for the document's own number and for what is not a symbol. */
function referenceValue(match: RegExpExecArray, ctx: ExtractContext, type: string, typed = true): ReferenceValue | null {
  const g = match.groups ?? {};
  const number = normalizeNumber(g.num!);
  if (!looksLikeSymbol(number, typed)) return null;
  if (ctx.documentNumber && referenceNumberKey(ctx.documentNumber) === referenceNumberKey(number)) return null;
  return {
    type,
    number,
    date: g.dateText ? isoDate(g) : null,
    issuer: g.issuer ? g.issuer.replace(/\s+/g, ' ').trim() : null,
  };
}

function canonicalType(written: string): string {
  return CANONICAL_TYPE.get(written.replace(/\s+/g, ' ').toLowerCase()) ?? written;
}

// --- rules ------------------------------------------------------------------------------------

/** A citation that names its type: the heads of lists too. */
const HEAD_RULES: Rule<ReferenceValue>[] = [
  {
    // Quyết định số 104/QĐ-UBND ngày 07/02/2023 của UBND tỉnh | Nghị quyết 57-NQ/TW | Quyết định số⏎53/2016/QĐ-UBND
    name: 'reference: Quyết định số 104/QĐ-UBND ngày D/M/Y của X',
    pattern: wordPattern(`⟨(?<type>${TYPES})⟩(?:${SP}${SO})?${SP}(?<num>${NUMBER})`, 'gu'),
    readOn: readTail(),
    extract: (m, ctx) => referenceValue(m, ctx, canonicalType(m.groups!.type!)),
  },
  {
    // Luật Đất đai số 31/2024/QH15 | Bộ luật Lao động số 45/2019/QH14: the law's name sits before `số`.
    name: 'reference: Luật Đất đai số 31/2024/QH15',
    pattern: wordPattern(
      `⟨(?<type>${caseForms('bộ luật')}|${caseForms('luật')}|${caseForms('pháp lệnh')})${SP}\\p{Lu}\\p{L}*⟩` +
        `(?:${SP}(?!${SO}⟩|${TYPES}⟩)\\p{L}+⟩){0,8}${SP}${SO}${SP}(?<num>${NUMBER})`,
      'gu',
    ),
    readOn: readTail(),
    extract: (m, ctx) => referenceValue(m, ctx, canonicalType(m.groups!.type!)),
  },
  {
    // các Nghị quyết số [01], 02/NQ-CP: a member without its symbol takes the last member's
    name: 'reference: Nghị quyết số N, M/NQ-CP (elided member)',
    pattern: new RegExp(ELIDED_MEMBER, 'gu'),
    extract: (m, ctx) => {
      const g = m.groups!;
      // (the date and issuer after the list belong to its last member)
      const groups: Record<string, string> = { num: `${g.bare}${g.tail}` };
      // A symbol of another type is no member of this list: Luật số 15 và 16/2018/NĐ-CP | báo cáo 12, 3/QĐ-UBND
      const codeType = TYPE_BY_CODE[typeCode(normalizeNumber(groups.num!)).code];
      if (codeType !== undefined && codeType !== canonicalType(g.type!)) return null;
      const elided = Object.assign([m[0]], { index: m.index, input: m.input, groups }) as unknown as RegExpExecArray;
      return referenceValue(elided, ctx, canonicalType(g.type!));
    },
  },
];

/**
 * The next member of a list after a citation: `, 59-NQ/TW` | `, số 3390/TTr-BCT ngày …` | ` và số 374/BC-BCT`.
 * It keeps the list's type unless its own code names another one.
 */
const CONTINUATION = wordPattern(
  `^(?:[^\\S\\n]{0,2}[,;]|${SP}(?:và|VÀ))${SP}(?<cite>(?:${SO}${SP})?(?<num>${NUMBER}))`,
  'gu',
);

const readCitedTail = readTail(['cite']);

/** How far past a citation its next list member may end, in characters. */
const CONTINUATION_WINDOW = 400;

const continuationRules = new Map<string, Rule<ReferenceValue>>();

function continuationRule(listType: string): Rule<ReferenceValue> {
  let rule = continuationRules.get(listType);
  if (!rule) {
    rule = {
      name: `reference: ${listType} số …, số N (list member)`,
      pattern: CONTINUATION,
      readOn: readCitedTail,
      spanGroup: 'cite',
      extract: (m, ctx) => {
        const number = normalizeNumber(m.groups!.num!);
        const own = CODES_OF_TYPE[listType];
        const byCode = typeFromCode(number);
        const type = own && byCode && !own.includes(typeCode(number).code) ? byCode : listType;
        return referenceValue(m, ctx, type);
      },
    };
    continuationRules.set(listType, rule);
  }
  return rule;
}

/** Citations without a type word: the type comes from the symbol's code. */
const LOOSE_RULES: Rule<ReferenceValue>[] = [
  {
    // số 1234/UBND-KT | và số 374/BC-BCT ngày 30 tháng 5 năm 2026 | Số 202/TTr-BVHTTDL (not the header's `Số:`)
    name: 'reference: số 1234/UBND-KT (type from the code)',
    pattern: wordPattern(`⟨${SO}${SP}(?<num>${NUMBER})`, 'gu'),
    readOn: readTail(),
    extract: (m, ctx) => referenceValue(m, ctx, typeFromCode(normalizeNumber(m.groups!.num!)) ?? 'Công văn', false),
  },
  {
    // NQ 57-NQ/TW | (kèm theo 1433/QĐ-UBND): a full symbol whose code names a type is a citation on its own.
    name: 'reference: 57-NQ/TW (symbol alone)',
    pattern: wordPattern(`(?<![\\p{L}\\p{N}/.:,&–-])(?<!${SO}:\\s{0,8})(?<num>${NUMBER})`, 'gu'),
    readOn: readTail(),
    extract: (m, ctx) => {
      const number = normalizeNumber(m.groups!.num!);
      const type = typeFromCode(number);
      if (!type || typeCode(number).parts < 2) return null;
      return referenceValue(m, ctx, type, false);
    },
  },
];

/**
 * Finds the documents a unit cites, one candidate per number, with its date and issuer when they
 * follow it. The document's own number is skipped.
 * @example extractReferences({text: 'theo Quyết định số 104/QĐ-UBND ngày 07/02/2023 của UBND tỉnh ban hành …', span}, ctx)
 *   → [{value: {type: 'Quyết định', number: '104/QĐ-UBND', date: '2023-02-07', issuer: 'UBND tỉnh'},
 *       text: 'Quyết định số 104/QĐ-UBND ngày 07/02/2023 của UBND tỉnh', …}]
 */
export function extractReferences(unit: TextUnit, ctx: ExtractContext): Candidate<ReferenceValue>[] {
  // Every rule needs a symbol number, and every symbol number a digit with `-` or `/` after it: most
  // paragraphs have none, and the type words at the head of the rules are tried at every position.
  if (!NUMBER_SIGN.test(unit.text)) return [];
  const heads = dropOverlapping(runRules(unit, HEAD_RULES, ctx));
  const found = [...heads];
  for (const head of heads) {
    // Follow the list: each member ends where the next may start.
    let previous = head;
    for (;;) {
      // A member is short (separator, number, date, issuer): a window keeps long units linear.
      const from = previous.span.end - unit.span.start;
      const window = subUnit(unit, from, Math.min(unit.text.length, from + CONTINUATION_WINDOW));
      const [next] = runRules(window, [continuationRule(head.value.type)], ctx);
      if (!next) break;
      found.push(next);
      previous = next;
    }
  }
  // Loose rules come last so that, at equal length, a typed citation wins.
  // A loop, not `push(...)`: a page of 100,000 citations would overflow the call stack.
  for (const c of runRules(unit, LOOSE_RULES, ctx)) found.push(c);
  return dropOverlapping(found);
}
