/**
 * The meeting a conclusion reports: its date and who chaired it, from the title
 * (`… tại cuộc họp ngày 03/7/2024`) or the first paragraphs
 * (`Ngày 22/7/2021, Giám đốc Sở … chủ trì Hội nghị …`, news: `Chiều 26/4, … hội nghị giao ban`).
 */
import type { Span } from '../types.js';
import { isoDate } from './place-date.js';

export interface MeetingRead {
  meeting: { date: string | null; chair: string | null };
  /** The words the meeting was read from. */
  span: Span;
  /** True when the year was not written and came from the document or its text. */
  yearInferred: boolean;
}

export interface MeetingContext {
  /** Year of the document's date, else the year its dated text points to (`resolveYear`); for dates without one. */
  year: number | null;
}

// Dates: 22/7/2021 | 26/4 | 22-5 | 06 tháng 7 năm 2026 | 6.2 (only after a time of day, as news write it).
// Each copy gets its own group names (`d1`, `m1`, `y1` …): a regex may not repeat a group name.
const dateSlash = (k: string) => String.raw`(?<![\d/.])(?<d${k}>\d{1,2})\s*[/-]\s*(?<m${k}>\d{1,2})(?:\s*[/-]\s*(?<y${k}>\d{4}))?(?![\d/])`;
const dateWords = (k: string) => String.raw`(?<![\d])(?<d${k}>\d{1,2})\s+tháng\s+(?<m${k}>\d{1,2})(?:\s*(?:năm|/)\s*(?<y${k}>\d{4}))?(?!\d)`;
const dateDot = (k: string) => String.raw`(?<![\d.])(?<d${k}>\d{1,2})\.(?<m${k}>\d{1,2})(?:\.(?<y${k}>\d{4}))?(?![\d.])`;
const TIME_OF_DAY = String.raw`(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)(?:\s+(?:tối|sớm|muộn))?(?:\s+nay)?`;

// A sentence that opens with the date, then a comma or a bracket:
// Ngày 22/7/2021, … | Chiều 26/4, … | NDO - Chiều 20/1, … | Sáng nay (6/2), … | Vào ngày 06 tháng 7 năm 2026, …
const OPENING_DATE = new RegExp(
  String.raw`(?<=^[^\S\n]{0,40}|[.!?]["”)]?\s{1,20}|\n[^\S\n]{0,40})(?:[\p{Lu}\p{N}()]{2,12}\s*[-–—]\s*)?(?:[Vv]ào\s+)?(?:(?:${TIME_OF_DAY})\s*,?\s*\(?(?:ngày\s+)?(?:${dateSlash('1')}|${dateWords('2')}|${dateDot('3')})|(?:Ngày|Hôm nay,?)\s+\(?(?:${dateSlash('4')}|${dateWords('5')}))\)?\s*[,(]`,
  'gdu',
);

// A meeting named, then its date, in one clause:
// tại cuộc họp ngày 03/7/2024 | Phiên họp … tổ chức vào ngày 04 tháng 5 năm 2026 | hội nghị (ngày 03/7) | vào sáng 28/12
const NAMED_MEETING = new RegExp(
  String.raw`(?<![\p{L}])(?<noun>cuộc họp|phiên họp|buổi họp|hội nghị|buổi làm việc|giao ban|hội thảo|tọa đàm|toạ đàm)(?![\p{L}])(?<gap>(?:[^.;!?\n]|\n(?![^\S\n]*\n)){0,160}?)(?:vào\s+)?(?:(?:${TIME_OF_DAY})\s+)?(?:ngày\s+)?\(?(?:${dateSlash('1')}|${dateWords('2')})`,
  'gdiu',
);

// What makes a dated sentence a meeting: "chủ trì" | "họp" | "hội nghị" | "làm việc" | "giao ban"
const MEETING_WORD = /(?<![\p{L}])(?:chủ trì|họp|hội nghị|làm việc|giao ban|hội thảo|tọa đàm|toạ đàm|đối thoại|thăm và làm việc)(?![\p{L}])/iu;
// A cited document between the meeting noun and the date: the date is the document's.
const CITATION = /\d+\s*[/-]\s*\p{Lu}|(?<![\p{L}])số\s+\d/u;
// The chair: the subject before "chủ trì" / "(đã) có buổi làm việc với" / "làm việc với"
const CHAIR = /^(?:(?:tại|ở)\s[^,]{1,150},\s*)?(?:(?:ông|bà|đồng chí)\s+)?(?<chair>\p{Lu}[^.;!?]{2,200}?)\s+(?:đã\s+)?(?:chủ trì|(?:có\s+)?buổi\s+làm\s+việc|đến\s+làm\s+việc|làm\s+việc\s+với|thăm\s+và\s+làm\s+việc|dự\s+và\s+chỉ\s+đạo)(?![\p{L}])/u;

// `… họp dưới sự chủ trì của đồng chí X, Chủ tịch HĐND tỉnh.` — the chair follows the body that
// met, so CHAIR would read that body (plus `dưới sự`) as the chair. (The name ends before those who attend: `…, cùng
// dự có …`, `…, với sự tham dự của …`.)
const CHAIR_UNDER = /(?<![\p{L}])dưới\s+sự\s+chủ\s+trì\s+của\s+(?:(?:ông|bà|đồng\s+chí)\s+)?(?<chair>\p{Lu}[^.;!?]{2,200}?)(?=\s*[.;!?]|\s*$|,?\s+(?:để|nhằm|với\s+sự\s+tham\s+dự|cùng\s+(?:dự|tham\s+dự|các|với)|có\s+sự\s+tham\s+dự|tham\s+dự|dự\s+họp)(?![\p{L}]))/u;
// Party notices: `Ban Thường vụ Tỉnh ủy họp, nghe …; đồng chí X, Bí thư Tỉnh ủy chủ trì.` — the chair
// is a person (an honorific) who opens a later clause of the sentence.
const CHAIR_CLAUSE = /;\s*(?:ông|bà|đồng\s+chí)\s+(?<chair>\p{Lu}[^.;!?]{2,200}?)\s+(?:đã\s+)?chủ\s+trì(?![\p{L}])(?!\s*,\s*phối\s+hợp)/u;

/** The chair of a dated meeting sentence (`after`: the sentence after its date), or null. */
function readChair(after: string): string | null {
  const tidy = (s: string) => s.replace(/^(?:ông|bà|đồng chí)\s+/iu, '').replace(/\s+/gu, ' ').trim();
  const under = CHAIR_UNDER.exec(after);
  if (under) {
    let chair = under.groups!.chair!;
    // Opening the sentence (`dưới sự chủ trì của Thủ tướng X, Chính phủ họp …`), the name ends at
    // the comma; after the main clause it runs on (`… Phó Thủ tướng Y, Trưởng Ban chỉ đạo.`).
    if (/^\s*$/u.test(after.slice(0, under.index))) chair = chair.split(',')[0]!;
    return tidy(chair);
  }
  const c = CHAIR.exec(after);
  // `X họp dưới sự chủ trì …` with no readable name: X is the body that met, not the chair.
  if (c && !/(?<![\p{L}])dưới\s+sự$/u.test(c.groups!.chair!)) return tidy(c.groups!.chair!);
  const clause = CHAIR_CLAUSE.exec(after);
  return clause ? tidy(clause.groups!.chair!) : null;
}

interface DateHit {
  date: string | null;
  yearInferred: boolean;
}

function dateOf(g: Record<string, string | undefined>, ctx: MeetingContext): DateHit {
  const part = (p: string) => Object.entries(g).find(([k, v]) => v !== undefined && k.length === 2 && k.startsWith(p))?.[1];
  const d = part('d');
  const m = part('m');
  const y = part('y');
  if (!d || !m) return { date: null, yearInferred: false };
  const year = y ? Number(y) : ctx.year;
  if (year === null) return { date: null, yearInferred: false };
  return { date: isoDate(year, Number(m), Number(d)), yearInferred: !y };
}

function sentenceEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 600);
  const m = /[.!?](?=\s+\p{Lu}|\s*$)|\n[^\S\n]*\n/u.exec(rest);
  return from + (m ? m.index : rest.length);
}

/**
 * Finds the meeting in `places` (the title, then the first paragraphs of the body), first match
 * in reading order; null when none names a dated meeting.
 * @example readMeeting([{ text: 'Ngày 22/7/2021, Giám đốc Sở Khoa học và Công nghệ chủ trì Hội nghị sơ kết', start: 0 }], { year: 2021 })?.meeting → { date: '2021-07-22', chair: 'Giám đốc Sở Khoa học và Công nghệ' }
 */
export function readMeeting(places: { text: string; start: number }[], ctx: MeetingContext): MeetingRead | null {
  for (const place of places) {
    // A title or a window of the body: a few thousand characters at most.
    const text = place.text.slice(0, 4000);
    let best: { index: number; read: MeetingRead } | null = null;

    OPENING_DATE.lastIndex = 0;
    for (let m = OPENING_DATE.exec(text); m; m = OPENING_DATE.exec(text)) {
      const end = sentenceEnd(text, m.index + m[0].length);
      const sentence = text.slice(m.index, end);
      const kw = MEETING_WORD.exec(sentence);
      if (!kw) continue;
      const hit = dateOf(m.groups ?? {}, ctx);
      if (!hit.date) continue;
      const after = text.slice(m.index + m[0].length, end).replace(/^\s+/u, '');
      const chair = readChair(after);
      best = {
        index: m.index,
        read: {
          meeting: { date: hit.date, chair: chair && /^\p{Lu}/u.test(chair) ? chair : null },
          span: { start: place.start + m.index, end: place.start + Math.max(m.index + m[0].length, m.index + kw.index + kw[0].length) },
          yearInferred: hit.yearInferred,
        },
      };
      break;
    }

    NAMED_MEETING.lastIndex = 0;
    for (let m = NAMED_MEETING.exec(text); m; m = NAMED_MEETING.exec(text)) {
      if (best && m.index >= best.index) break;
      if (CITATION.test(m.groups!.gap!)) continue;
      const hit = dateOf(m.groups ?? {}, ctx);
      if (!hit.date) continue;
      best = {
        index: m.index,
        read: {
          meeting: { date: hit.date, chair: null },
          span: { start: place.start + m.index, end: place.start + m.index + m[0].length },
          yearInferred: hit.yearInferred,
        },
      };
      break;
    }
    if (best) return best.read;
  }
  return null;
}
