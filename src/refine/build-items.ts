/**
 * The entry tree → outline nodes and items, each item with what the extractors found in it and
 * what it inherits: leads from headings, intro paragraphs, the previous news paragraph or the
 * addressee; deadlines from headings; attributes from labelled lines.
 */
import type { AssigneeValue, Block, Candidate, DeadlineValue, ExtractContext, MetricValue, ReferenceValue, Span, TextUnit, WarningCode } from '../types.js';
import type { LineIndex } from '../normalize/line-index.js';
import type { DocumentRead } from '../document/read-document.js';
import { hasMarkedChildren, LABEL_LINE, type Entry } from '../outline/build-outline.js';
import { collapseWhitespace } from '../extract/run-rules.js';
import { extractAssignees, extractHeadingUnits } from '../extract/assignees.js';
import { extractDeadlines } from '../extract/deadlines.js';
import { extractMetrics } from '../extract/metrics.js';
import { extractReferences } from '../extract/references.js';
import { extractUrgency } from '../extract/urgency.js';
import { classifyItem, turnsToConclusion, type ItemKind } from '../extract/item-kind.js';
import { readLabels, type LabelAttributes } from './read-labels.js';
import { findAddressee } from './find-addressee.js';
import { mergeAssigneeNames, type UnitList } from './merge-unit-variants.js';

export type Via = 'text' | 'heading' | 'label' | 'intro' | 'context' | 'addressee';

export interface AssigneeDraft {
  value: AssigneeValue;
  via: Via;
  text: string | null;
  span: Span | null;
  rule: string;
}

export interface DeadlineDraft {
  value: DeadlineValue;
  via: 'text' | 'label' | 'heading';
  text: string;
  span: Span;
  rule: string;
}

export interface ItemDraft {
  id: string;
  kind: ItemKind;
  kindRule: string;
  marker: string | null;
  headings: string[];
  unit: TextUnit;
  urgent: boolean;
  assignees: AssigneeDraft[];
  deadlines: DeadlineDraft[];
  metrics: Candidate<MetricValue>[];
  references: Candidate<ReferenceValue>[];
}

export interface NodeDraft {
  entry: Entry;
  title: string;
  span: Span;
  metrics: Candidate<MetricValue>[];
  references: Candidate<ReferenceValue>[];
  children: NodeDraft[];
}

export interface BuiltItems {
  items: ItemDraft[];
  nodes: NodeDraft[];
  /** References found outside items and headings (none today; kept for the footer). */
  looseReferences: Candidate<ReferenceValue>[];
}

export interface BuildItemsInput {
  text: string;
  root: Entry;
  blocks: Block[];
  doc: DocumentRead;
  ctx: ExtractContext;
  abbreviations: Map<string, string>;
  news: boolean;
  warn: (code: WarningCode, message: string, span?: Span) => void;
  lineIndex: LineIndex;
  /** The user's own unit names and aliases (`--units FILE`). */
  units?: UnitList | null;
  /** Throws `TIMEOUT` once the time budget of the parse is spent; called once per outline entry. */
  checkTime?: () => void;
}

/** What a heading passes down to the items under it. */
interface Inherited {
  headings: string[];
  lead: AssigneeDraft[];
  deadline: DeadlineDraft | null;
  labels: LabelAttributes | null;
  info: boolean;
}

/**
 * Builds the outline nodes and the items of the document body.
 */
export function buildItems(input: BuildItemsInput): BuiltItems {
  const { text, ctx, abbreviations } = input;
  const items: ItemDraft[] = [];
  const addressee = findAddressee(input.doc, input.blocks, ctx, abbreviations);
  let inConclusion = !input.news;
  let previousLead: AssigneeDraft[] = [];

  const unitOf = (start: number, end: number): TextUnit => ({ text: text.slice(start, end), span: { start, end } });

  const makeItem = (id: string, marker: string | null, unit: TextUnit, inherited: Inherited, intro: AssigneeDraft[], ownHeading = false): ItemDraft => {
    const collapsed = collapseWhitespace(unit.text);
    if (input.news && !inConclusion && turnsToConclusion(collapsed)) inConclusion = true;
    const kind = inherited.info ? 'info' : classifyItem(unit, { headings: inherited.headings, news: input.news, inConclusion, marker, ownHeading });
    const draft: ItemDraft = {
      id,
      kind,
      kindRule: inherited.info ? 'info: under a heading of aims' : `${kind}: item-kind`,
      marker,
      headings: inherited.headings,
      unit,
      urgent: extractUrgency(unit, ctx).length > 0,
      assignees: [],
      deadlines: [],
      metrics: extractMetrics(unit, ctx),
      references: extractReferences(unit, ctx),
    };
    const labels = readLabels(unit, ctx, abbreviations);
    const own = outsideLabels(extractAssignees(textWithoutLabels(unit, labels), ctx, abbreviations), labels).map(
      (c): AssigneeDraft => ({ value: c.value, via: 'text', text: c.text, span: c.span, rule: c.rule }),
    );
    draft.assignees = mergeAssignees([...labels.assignees, ...own]);
    const ownDeadlines = outsideLabels(extractDeadlines(textWithoutLabels(unit, labels), ctx), labels).map(
      (c): DeadlineDraft => ({ value: c.value, via: 'text', text: c.text, span: c.span, rule: c.rule }),
    );
    draft.deadlines = [...labels.deadlines, ...ownDeadlines].sort((a, b) => a.span.start - b.span.start);

    // Attributes of a block's closing labels apply to every item of the block.
    if (inherited.labels) {
      // Array literals, not `push(...)`/`unshift(...)`: lists of 100,000 would overflow the call stack.
      if (!draft.assignees.some((a) => a.value.role === 'lead')) draft.assignees = [...draft.assignees, ...inherited.labels.assignees];
      if (!draft.deadlines.some((d) => d.value.date)) draft.deadlines = [...draft.deadlines, ...inherited.labels.deadlines];
    }
    if (kind === 'task') {
      const hasLead = () => draft.assignees.some((a) => a.value.role === 'lead');
      if (!hasLead() && intro.length) draft.assignees = [...intro.map((a) => ({ ...a, via: 'intro' as const })), ...draft.assignees];
      if (!hasLead() && inherited.lead.length) draft.assignees = [...inherited.lead, ...draft.assignees];
      if (!hasLead() && input.news && previousLead.length) draft.assignees = [...previousLead.map((a) => ({ ...a, via: 'context' as const })), ...draft.assignees];
      // "các phòng, đơn vị thuộc Sở cần …": a class of the addressee's own units leaves it the actor.
      const onlyGenericLeads = hasLead() && draft.assignees.every((a) => a.value.role !== 'lead' || a.value.generic);
      if (addressee && (!hasLead() || onlyGenericLeads)) draft.assignees.unshift(addressee);
      const leads = draft.assignees.filter((a) => a.value.role === 'lead');
      if (leads.length) previousLead = leads;
      if (inherited.deadline && !draft.deadlines.some((d) => d.value.date && d.value.precision !== 'event')) draft.deadlines.push(inherited.deadline);
    }
    return draft;
  };

  const walk = (parent: Entry, inherited: Inherited, skip = 0): NodeDraft[] => {
    const nodes: NodeDraft[] = [];
    let intro: AssigneeDraft[] = [];
    for (const entry of parent.children.slice(skip)) {
      input.checkTime?.();
      const head = entry.head;
      if (entry.marker && hasMarkedChildren(entry)) {
        const titleUnit = unitOf(head.span.start + entry.marker.length, head.span.end);
        const title = collapseWhitespace(titleUnit.text);
        const node: NodeDraft = {
          entry,
          title,
          span: head.span,
          metrics: extractMetrics(titleUnit, ctx),
          references: extractReferences(titleUnit, ctx),
          children: [],
        };
        const next = inheritFromHeading(entry, titleUnit, title, inherited);
        let skip = 0;
        if (headingInstructs(titleUnit, title, next)) {
          // The heading's own instruction and its unmarked continuation: "c) Trước ngày …; phương án …:"
          const lead = entry.children.findIndex((c) => c.marker !== null);
          let plainBefore = entry.children.slice(0, Math.max(0, lead));
          // Page furniture ends the continuation: the item's span must not take it in.
          const cut = plainBefore.findIndex((c) => c.head.afterFurniture);
          if (cut >= 0) plainBefore = plainBefore.slice(0, cut);
          const last = plainBefore.length ? plainBefore[plainBefore.length - 1]!.head.span.end : head.span.end;
          const item = makeItem(`${entry.id}.0`, entry.marker.glyph, unitOf(head.span.start, last), inherited, intro, true);
          if (item.kind === 'task') {
            // Figures and citations of the heading's own words are the node's; those of the continuation stay.
            item.metrics = item.metrics.filter((m) => m.span.start >= head.span.end);
            item.references = item.references.filter((r) => r.span.start >= head.span.end);
            items.push(item);
            skip = plainBefore.length;
          }
        }
        node.children = walk(entry, next, skip);
        nodes.push(node);
        continue;
      }
      // Page furniture inside an entry (a caption between a paragraph and its continuation) is
      // no part of it: the paragraphs after it are items of their own, `<id>.p1`, `<id>.p2`, …
      // (a leaf entry has no children, so these ids are free).
      const pieces = splitAtFurniture([head, ...entry.continuation]);
      const first = pieces[0]!;
      const unit = unitOf(head.span.start, first[first.length - 1]!.span.end);
      const item = makeItem(entry.id, entry.marker?.glyph ?? null, unit, inherited, intro);
      items.push(item);
      pieces.slice(1).forEach((piece, k) => {
        items.push(makeItem(`${entry.id}.p${k + 1}`, null, unitOf(piece[0]!.span.start, piece[piece.length - 1]!.span.end), inherited, intro));
      });
      // A paragraph that only introduces the list after it lends its actor to that list.
      if (isIntro(item)) {
        const leads = item.assignees.filter((a) => a.value.role === 'lead' && a.via === 'text');
        if (leads.length) intro = leads;
        item.kind = 'info';
        item.kindRule = 'info: introduces the list after it';
      }
    }
    return nodes;
  };

  const inheritFromHeading = (entry: Entry, titleUnit: TextUnit, title: string, up: Inherited): Inherited => {
    const headings = [...up.headings, title];
    // "Sở Nội vụ (Ban Thi đua …)", "UBND các phường: A, B" name several leads for their items.
    const units = extractHeadingUnits(titleUnit, ctx, abbreviations);
    const lead: AssigneeDraft[] = units.length
      ? units.map((u) => ({ value: u.value, via: 'heading' as const, text: u.text, span: u.span, rule: u.rule }))
      : up.lead;
    const dated = extractDeadlines(titleUnit, ctx).filter((d) => d.value.date && d.value.precision !== 'event' && !d.value.recurring);
    const latest = dated.sort((a, b) => (a.value.date! < b.value.date! ? 1 : -1))[0];
    const deadline: DeadlineDraft | null = latest
      ? { value: latest.value, via: 'heading', text: latest.text, span: latest.span, rule: latest.rule }
      : up.deadline;
    let labels = up.labels;
    if (entry.closingLabels.length) {
      const start = entry.closingLabels[0]!.span.start;
      const endAt = entry.closingLabels[entry.closingLabels.length - 1]!.span.end;
      labels = readLabels(unitOf(start, endAt), ctx, abbreviations);
    }
    const info = up.info || isInfoHeading(title);
    return { headings, lead, deadline, labels, info };
  };

  const top: Inherited = { headings: [], lead: [], deadline: null, labels: null, info: false };
  const nodes = walk(input.root, top);
  if (addressee) nameTheUnnamedLocality(items, addressee);
  mergeAssigneeNames(items, input.units ?? null);
  for (const item of items) {
    for (const d of item.deadlines) {
      if (d.value.yearInferred && d.via !== 'heading') {
        input.warn('YEAR_FROM_CONTEXT', `"${d.text}" has no year; ${d.value.date?.slice(0, 4) ?? 'none'} was taken from the document`, d.span);
      }
    }
  }
  const tasks = items.filter((i) => i.kind === 'task').length;
  if (!tasks) input.warn('NO_DIRECTIVE_PART', 'no task was found in the document');
  return { items, nodes, looseReferences: [] };
}

/** Consecutive blocks split where page furniture stood between two of them. */
function splitAtFurniture(blocks: Block[]): Block[][] {
  const out: Block[][] = [];
  for (const b of blocks) {
    if (!out.length || b.afterFurniture) out.push([b]);
    else out[out.length - 1]!.push(b);
  }
  return out;
}

// "1. Sở Tài chính chủ trì thực hiện các nhiệm vụ sau:" | "… như sau:" only introduces its list.
const INTRO_ENDING = /(?:sau|sau đây|như sau|cụ thể|gồm|bao gồm|các nội dung|các nhiệm vụ|nhiệm vụ)\s*:\s*$/iu;

function isIntro(item: ItemDraft): boolean {
  const t = collapseWhitespace(item.unit.text);
  const words = t.split(' ').length;
  return INTRO_ENDING.test(t) && words <= 40;
}

// I. MỤC ĐÍCH, YÊU CẦU | 1. Mục tiêu: items under them state aims.
const AIMS_HEADING = /^(?:mục đích|yêu cầu|mục tiêu|quan điểm|mục đích,\s*yêu cầu)(?:\s*(?:chung|cụ thể|tổng quát))?\s*[:.]?\s*$/iu;

function isInfoHeading(title: string): boolean {
  return AIMS_HEADING.test(title);
}

/** A heading with an instruction of its own yields a `.0` item (SPEC.md, item). */
function headingInstructs(unit: TextUnit, title: string, inherited: Inherited): boolean {
  if (inherited.info) return false;
  const words = title.split(' ').length;
  if (words < 8) return false;
  if (INTRO_ENDING.test(title)) return false;
  if (/^(?:về|đối với|nhiệm vụ|các nhiệm vụ|những nhiệm vụ|tổ chức thực hiện|kết quả|những kết quả|tình hình|phương hướng|giải pháp|các giải pháp|định hướng|mục tiêu|hạn chế|tồn tại|đánh giá)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])/iu.test(title)) return false;
  return /[:;]|\d/.test(unit.text) || words >= 14;
}

/** The item's text with its labelled lines blanked out, so that they are read once, as labels. */
function textWithoutLabels(unit: TextUnit, labels: LabelAttributes): TextUnit {
  if (!labels.lineSpans.length) return unit;
  let t = unit.text;
  for (const s of labels.lineSpans) {
    const a = s.start - unit.span.start;
    const b = s.end - unit.span.start;
    // A `;` first, so that no name runs on across the blank: "Giao Sở Tài chính\nThời gian: …\nỦY BAN …"
    // read "Sở Tài chính ỦY BAN NHÂN DÂN" as one unit, with a span over the label's words.
    t = t.slice(0, a) + (b > a ? ';' + ' '.repeat(b - a - 1) : '') + t.slice(b);
  }
  return { text: t, span: unit.span };
}

/** Candidates found in the blanked text that still reach into a label line are not grounded in the text: dropped. */
function outsideLabels<T extends { span: Span }>(found: T[], labels: LabelAttributes): T[] {
  if (!labels.lineSpans.length) return found;
  return found.filter((c) => !labels.lineSpans.some((s) => c.span.start < s.end && s.start < c.span.end));
}

/**
 * "Thành phố khẩn trương …" in a Thông báo after a session with Thành phố Hồ Chí Minh: the bare
 * "Ủy ban nhân dân Thành phố" is the addressee's, named in full.
 */
function nameTheUnnamedLocality(items: ItemDraft[], addressee: AssigneeDraft): void {
  const named = /^Ủy ban nhân dân (tỉnh|thành phố) \S/iu.exec(addressee.value.name);
  if (!named) return;
  const bare = new RegExp(`^Ủy ban nhân dân ${named[1]}$`, 'iu');
  for (const item of items) for (const a of item.assignees) if (bare.test(a.value.name)) a.value = { ...a.value, name: addressee.value.name };
}

/** One assignee per unit name and role; the first one found (labels, then text) wins. */
function mergeAssignees(list: AssigneeDraft[]): AssigneeDraft[] {
  const out: AssigneeDraft[] = [];
  for (const a of list) {
    const same = out.find((o) => o.value.name.toLowerCase() === a.value.name.toLowerCase());
    if (same) {
      if (same.value.role === 'support' && a.value.role === 'lead') same.value = { ...same.value, role: 'lead' };
      continue;
    }
    out.push(a);
  }
  return out;
}

export { LABEL_LINE };
