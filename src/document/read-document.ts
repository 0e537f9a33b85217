/**
 * The document stage: reads the metadata of a document from its header and footer, and tells
 * the pipeline where the header ends and the footer begins, so that neither becomes items.
 */
import type { DocumentInfo } from '../schema.js';
import type { Line, Span } from '../types.js';
import { resolveYear } from '../refine/resolve-missing-years.js';
import { findFooter, type InnerFooter } from './footer.js';
import { findHeader } from './header.js';
import { headlineType, readKind } from './kind.js';
import { nextNonBlank } from './layout.js';
import { readMeeting } from './meeting.js';
import { readRecipients } from './recipients.js';
import { readSigner } from './signer.js';

export type { InnerFooter, LineRange } from './footer.js';

export interface DocumentRead {
  document: DocumentInfo;
  /** Lines [0, bodyStartLine) are header (issuer block, motto, Số, place-date, title, V/v, kính gửi); not items. 0-based index into lines. */
  bodyStartLine: number;
  /** Lines [footerStartLine, end) are footer (closing signature, Nơi nhận, footnotes after the signature); not items. lines.length when none. */
  footerStartLine: number;
  /**
   * Line ranges [start, end) inside the body that are not content either: the signature and
   * Nơi nhận of a Quyết định or Nghị quyết followed by the plan it issues, with that plan's own
   * header (`KẾ HOẠCH … (Kèm theo Quyết định số …)`); those of a document followed by another
   * copied into the same file, with its header; those after which the numbered body goes on. Treat
   * them as furniture; the content after each starts a new outline.
   */
  innerFooters: InnerFooter[];
  /** Spans of the header/footer text each field was read from, for provenance. */
  fieldSpans: Partial<Record<'number' | 'place' | 'date' | 'title' | 'issuer' | 'signer' | 'recipients' | 'meeting', Span>>;
}

// How much of the body the meeting is looked for in: the first paragraphs.
const MEETING_WINDOW = 2000;
// A meeting named in a title: "Phiên họp Chính phủ thường kỳ" | "… tại cuộc họp ngày …"
const MEETING_TITLE = /(?<![\p{L}])(?:cuộc họp|phiên họp|buổi họp|hội nghị|buổi làm việc|giao ban|làm việc với)(?![\p{L}])/iu;

// A Roman-numbered part heading: "I. Đánh giá công tác chuyển đổi số năm 2023" | "II. NHIỆM VỤ"
const SECTION = /^\s*(?:I|II|III|IV|V|VI)\s*\.\s+\p{Lu}/u;

function hasSections(lines: Line[], from: number): boolean {
  let found = 0;
  for (let i = from; i < lines.length && found < 2; i++) if (SECTION.test(lines[i]!.text)) found++;
  return found >= 2;
}

/**
 * Reads the `document` object and the header/footer bounds.
 * @example readDocument(text, segmentLines(text)).document.number → '45/KL-SKHCN' for a text whose header has `Số: 45/KL-SKHCN`
 */
export function readDocument(text: string, lines: Line[]): DocumentRead {
  const n = lines.length;
  const header = findHeader(text, lines);
  const fieldSpans: DocumentRead['fieldSpans'] = {};

  const footer = findFooter(text, lines, header.bodyStart);
  const signedFooter = footer.blocks.some((b) => b.hasRecipients || b.parts.some((p) => p.role === 'head'));
  const official = header.official || signedFooter;

  const titleFound = header.title?.title ?? (official ? null : header.headline);
  const number = header.number;
  const kind = readKind({
    official,
    type: header.title?.type ?? header.meta.type?.value ?? null,
    title: titleFound?.value ?? null,
    number: number?.value ?? null,
    sections: !official && hasSections(lines, header.bodyStart),
  });
  const news = kind === 'news-report';

  let bodyStart = header.bodyStart;
  let type: string | null = header.title?.type ?? header.meta.type?.value ?? null;
  if (!official) {
    type = headlineType(kind);
    if (!news && header.headline) {
      // A web copy of a conclusion: its headline is its title, and the page date under it is header too.
      let end = header.headline.line + 1;
      const pd = header.pageDate;
      if (pd && pd.line > header.headline.line && pd.line <= header.headline.line + 4) end = pd.line + 1;
      bodyStart = nextNonBlank(lines, end);
    }
  }

  const footerStartLine = news ? n : Math.max(footer.footerStart, bodyStart);
  const innerFooters = news ? [] : footer.inner.filter((r) => r.start >= bodyStart && r.end <= footerStartLine);
  // News pages have no signature: a byline in capitals is no signer. A document copied after this
  // one in the same file has its own signature and recipients, not this one's.
  const next = innerFooters.find((r) => r.standalone);
  const blocks = news ? [] : footer.blocks.filter((b) => !next || b.start <= next.start);

  const signerRead = readSigner(blocks);
  let signer: DocumentInfo['signer'] = signerRead?.signer ?? null;
  if (signerRead) fieldSpans.signer = signerRead.span;
  else if (!news && header.meta.signer) {
    signer = { title: null, name: header.meta.signer.value };
    fieldSpans.signer = header.meta.signer.span;
  }
  const recipientsRead = readRecipients(blocks.find((b) => b.hasRecipients));
  if (recipientsRead.span) fieldSpans.recipients = recipientsRead.span;

  // Date of issue: the place-date line; else a metadata table's; else the page's own date.
  const pageDate = header.pageDate && (news || !official || header.pageDate.line < bodyStart) ? header.pageDate : null;
  const dateFound = header.date ?? header.meta.date ?? pageDate;
  const issuer = header.issuer ?? (news ? null : header.meta.issuer);

  if (number) fieldSpans.number = number.span;
  if (header.place) fieldSpans.place = header.place.span;
  if (dateFound) fieldSpans.date = dateFound.span;
  if (titleFound) fieldSpans.title = titleFound.span;
  if (issuer) fieldSpans.issuer = issuer.span;

  // The meeting: in the title, then the first paragraphs of the body. Plans and decisions that
  // merely organise a conference are not its record: among `other` texts only a Nghị quyết or a
  // Thông báo whose title names a meeting is read.
  let meeting: DocumentInfo['meeting'] = { date: null, chair: null };
  const title = titleFound?.value ?? null;
  const readsMeeting = kind !== 'other' || ((type === 'Nghị quyết' || type === 'Thông báo' || type === null) && !!title && MEETING_TITLE.test(title));
  if (readsMeeting) {
    const places: { text: string; start: number }[] = [];
    if (titleFound) places.push({ text: text.slice(titleFound.span.start, titleFound.span.end), start: titleFound.span.start });
    if (bodyStart < footerStartLine) {
      const start = lines[bodyStart]!.span.start;
      const end = Math.min(lines[footerStartLine - 1]!.span.end, start + MEETING_WINDOW);
      places.push({ text: text.slice(start, end), start });
    }
    const year = dateFound ? Number(dateFound.value.slice(0, 4)) : resolveYear(null, text);
    const found = readMeeting(places, { year });
    if (found) {
      meeting = found.meeting;
      fieldSpans.meeting = found.span;
    }
  }

  const document: DocumentInfo = {
    kind,
    type: news ? null : type,
    number: number?.value ?? null,
    issuer: issuer?.value ?? null,
    place: header.place?.value ?? null,
    date: dateFound?.value ?? null,
    title,
    meeting,
    signer: signer && (signer.name || signer.title) ? signer : null,
    recipients: recipientsRead.recipients,
  };
  return { document, bodyStartLine: Math.min(bodyStart, n), footerStartLine, innerFooters, fieldSpans };
}
