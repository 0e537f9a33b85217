/**
 * The entry tree → outline nodes and items, each item with what the extractors found in it and
 * what it inherits: leads from headings, intro paragraphs, the previous news paragraph or the
 * addressee; deadlines from headings; attributes from labelled lines.
 */
import type { AssigneeValue, Block, Candidate, DeadlineValue, ExtractContext, MetricValue, ReferenceValue, Span, TablePart, TextUnit, WarningCode } from '../types.js';
import type { LineIndex } from '../normalize/line-index.js';
import type { DocumentRead } from '../document/read-document.js';
import { hasMarkedChildren, LABEL_LINE, type Entry } from '../outline/build-outline.js';
import { B_END, B_START, collapseWhitespace } from '../extract/run-rules.js';
import { ASSIGN_VERB } from '../lexicon/assignment.js';
import { INSTRUCTION_VERBS } from '../lexicon/units-of-government.js';
import { COORDINATOR_RULE, extractAssignees, extractHeadingUnits, opensWithReport } from '../extract/assignees.js';
import { extractDeadlines } from '../extract/deadlines.js';
import { extractMetrics } from '../extract/metrics.js';
import { extractReferences } from '../extract/references.js';
import { extractUrgency } from '../extract/urgency.js';
import { classifyItem, conclusionTurn, headlineAnnounces, introTellsReports, isCapitalTitle, isNewsSubheading, onlyOpensWithRoles, turnsToConclusion, turnsToResults, type Concluder, type ItemKind } from '../extract/item-kind.js';
import { readLabels, readTableCells, type LabelAttributes } from './read-labels.js';
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

/**
 * What a heading passes down to the items under it. Its lead and deadline are read when a task
 * under it first needs them: most items name their own, and a deep outline of headings would
 * otherwise pay for reading every heading twice.
 */
interface Inherited {
  headings: string[];
  lead: () => AssigneeDraft[];
  /** The named units a heading that only opens its list works with (`1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ:`). */
  support: () => AssigneeDraft[];
  deadline: () => DeadlineDraft | null;
  labels: LabelAttributes | null;
  /** Where those closing labels start: only the items before them are of their block. */
  labelsAt: number;
  info: boolean;
}

/** A value computed on the first call and remembered. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

const NO_LEAD = (): AssigneeDraft[] => [];
const NO_DEADLINE = (): DeadlineDraft | null => null;
const NO_LABELS: LabelAttributes = { assignees: [], deadlines: [], lineSpans: [] };

/**
 * Builds the outline nodes and the items of the document body.
 */
export function buildItems(input: BuildItemsInput): BuiltItems {
  const { text, ctx, abbreviations } = input;
  const items: ItemDraft[] = [];
  const parts = documentParts(input);
  /** The addressee of the document the text at `offset` belongs to (parts are few; files of many, searched). */
  const addresseeAt = (offset: number): AssigneeDraft | null => parts[partAt(offset)]!.addressee;
  /** The index of the document part the text at `offset` belongs to. */
  const partAt = (offset: number): number => {
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (parts[mid]!.from <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // A headline that counts the tasks makes the report a list of them from its start; one that reports an
  // order lets a paragraph in the imperative relay it.
  const announced = input.news && input.doc.document.title ? headlineAnnounces(input.doc.document.title) : null;
  let inConclusion = !input.news || announced === 'tasks';
  const headlineOrders = announced === 'order';
  let beforeResults: boolean | null = null;
  // Where a news report turns to a leader's concluding words ("Kết luận buổi làm việc, Bí thư Tỉnh ủy …"), and who
  // he is: before it, the other speakers' requests are the discussion.
  let turn: { at: number; concluder: Concluder } | null = null;
  if (input.news) {
    for (const block of input.blocks) {
      const concluder = conclusionTurn(text.slice(block.span.start, block.span.end));
      if (concluder) {
        turn = { at: block.span.start, concluder };
        break;
      }
    }
  }
  let previousLead: AssigneeDraft[] = [];

  const unitOf = (start: number, end: number): TextUnit => ({ text: text.slice(start, end), span: { start, end } });
  // The parts of flattened task tables, by where their block starts: a row is a task whose cells are
  // its labels; a header or a group row (`II. Hoàn thiện thể chế …`) only names what follows.
  const tableParts = new Map<number, TablePart>();
  for (const block of input.blocks) if (block.table) tableParts.set(block.span.start, block.table);

  // Units without a letter repeat (`1.` on every line of OCR noise, a bare year): their figures and
  // dates are read once per text and moved to each unit's offset.
  const letterless = new Map<string, Figures>();
  const readLetterless = (unit: TextUnit): Figures => {
    const known = letterless.get(unit.text);
    if (known) {
      const by = unit.span.start - known.start;
      return { start: unit.span.start, metrics: known.metrics.map((c) => moved(c, by)), deadlines: known.deadlines.map((c) => moved(c, by)) };
    }
    const found: Figures = { start: unit.span.start, metrics: extractMetrics(unit, ctx), deadlines: extractDeadlines(unit, ctx) };
    if (unit.text.length <= LETTERLESS_TEXT) {
      if (letterless.size >= LETTERLESS_TEXTS) letterless.clear();
      letterless.set(unit.text, found);
    }
    return found;
  };

  /** Task or info; a news paragraph that turns the report to its conclusions is noted on the way. */
  const kindOf = (unit: TextUnit, marker: string | null, inherited: Inherited, words: Words, ownHeading = false, underReport = false): ItemKind => {
    // Without a word there is no instruction (classifyItem needs one for a task) and no speaker.
    if (!words.letters) return 'info';
    const tablePart = tableParts.get(unit.span.start);
    if (tablePart) return tablePart.kind === 'row' ? 'task' : 'info';
    // An unmarked line in capitals is a title ("MỘT SỐ NỘI DUNG TRỌNG TÂM …" of an appendix), not an instruction.
    if (!marker && isCapitalTitle(unit.text.trim())) return 'info';
    // A results subheading ("Kết quả về cải cách TTHC …") turns the page to what was done, until a leader speaks or
    // another subheading follows, which gives back the mode before it.
    if (input.news && !marker) {
      if (turnsToResults(unit.text)) {
        if (beforeResults === null) beforeResults = inConclusion;
        inConclusion = false;
      } else if (beforeResults !== null && isNewsSubheading(unit.text)) {
        inConclusion = beforeResults;
        beforeResults = null;
      }
    }
    const concluderAhead = input.news && !inConclusion && turn && unit.span.start < turn.at ? turn.concluder : null;
    // (before the turn, a speaker no longer opens the conclusions: each of his paragraphs is weighed on its own)
    if (input.news && !inConclusion && !concluderAhead && turnsToConclusion(collapseWhitespace(unit.text), headlineOrders)) {
      inConclusion = true;
      beforeResults = null;
    }
    return inherited.info ? 'info' : classifyItem(unit, { headings: inherited.headings, news: input.news, inConclusion, marker, ownHeading, headlineOrders, underReport, concluderAhead });
  };

  /**
   * The item of `unit`, classified as `kind` (by `kindOf`). What `words` says the unit lacks besides
   * its marker is not looked for: without a letter (`1.\n1.`, OCR noise) no unit, label, citation or
   * urgency word; without a digit as well, no figure or date. `figures` false: its metrics and
   * references are its heading's, not its own (a `.0` item without a continuation).
   */
  const makeItem = (id: string, marker: string | null, unit: TextUnit, inherited: Inherited, intro: AssigneeDraft[], kind: ItemKind, words: Words, figures = true, titleEnd = -1): ItemDraft => {
    const { letters, alnum } = words;
    const bare = !letters && alnum ? readLetterless(unit) : null;
    const tablePart = tableParts.get(unit.span.start);
    const draft: ItemDraft = {
      id,
      kind,
      kindRule: tablePart ? `${kind}: a task table's ${tablePart.kind}` : inherited.info ? 'info: under a heading of aims' : kind === 'task' ? 'task: item-kind' : 'info: item-kind',
      marker,
      headings: inherited.headings,
      unit,
      urgent: letters && extractUrgency(unit, ctx).length > 0,
      assignees: [],
      deadlines: [],
      metrics: !figures || !alnum ? [] : bare ? bare.metrics : extractMetrics(unit, ctx),
      references: letters && figures ? extractReferences(unit, ctx) : [],
    };
    const labels = tablePart?.cells ? readTableCells(tablePart.cells, ctx, abbreviations) : letters ? readLabels(unit, ctx, abbreviations) : NO_LABELS;
    const own = letters
      ? outsideLabels(assigneesAfterTitle(textWithoutLabels(unit, labels), titleEnd, ctx, abbreviations), labels).map(
          (c): AssigneeDraft => ({ value: c.value, via: 'text', text: c.text, span: c.span, rule: c.rule }),
        )
      : [];
    draft.assignees = mergeAssignees([...labels.assignees, ...own]);
    const ownDeadlines = alnum
      ? outsideLabels(bare ? bare.deadlines : extractDeadlines(textWithoutLabels(unit, labels), ctx), labels).map(
          (c): DeadlineDraft => ({ value: c.value, via: 'text', text: c.text, span: c.span, rule: c.rule }),
        )
      : [];
    draft.deadlines = [...labels.deadlines, ...ownDeadlines].sort((a, b) => a.span.start - b.span.start);

    // Attributes of a block's closing labels apply to every item of the block (not to an item after them, which
    // starts a block of its own: "- A;" / "- B;" / "Thời gian hoàn thành: Quý II" / "- C;" / "Cơ quan chủ trì: …").
    if (inherited.labels && unit.span.start < inherited.labelsAt) {
      // Array literals, not `push(...)`/`unshift(...)`: lists of 100,000 would overflow the call stack.
      if (!draft.assignees.some((a) => a.value.role === 'lead')) draft.assignees = [...draft.assignees, ...inherited.labels.assignees];
      if (!draft.deadlines.some((d) => d.value.date)) draft.deadlines = [...draft.deadlines, ...inherited.labels.deadlines];
    }
    if (kind === 'task') {
      const hasLead = () => draft.assignees.some((a) => a.value.role === 'lead');
      // A class the item names as it goes ("Là cơ quan đầu mối …", "… hỗ trợ các doanh nghiệp …") leaves the
      // named unit of its heading or intro the actor: only a named lead of its own replaces that.
      const hasNamedLead = () => draft.assignees.some((a) => a.value.role === 'lead' && !a.value.generic);
      // (not when the class takes in the heading's units: "Mời Đại sứ quán các nước: …" then "… đề nghị các Đại sứ quán …")
      const named = (list: AssigneeDraft[]) => {
        if (!hasLead()) return list;
        const classes = draft.assignees.filter((a) => a.value.role === 'lead').map((a) => a.value.name.toLowerCase());
        return list.filter((a) => !a.value.generic && !classes.some((c) => a.value.name.toLowerCase().startsWith(c)));
      };
      if (!hasNamedLead() && intro.length) draft.assignees = [...named(intro).map((a) => ({ ...a, via: 'intro' as const })), ...draft.assignees];
      if (!hasNamedLead()) {
        const lead = named(inherited.lead());
        if (lead.length) draft.assignees = [...lead, ...draft.assignees];
      } else if (!input.news && opensWithVerbBefore(unit, draft.assignees)) {
        // "a) Khẩn trương rà soát …, gửi Bộ Tài chính …; giao Văn phòng Chính phủ đưa nội dung này vào Quy chế":
        // the item opens with the heading's instruction; a unit named in a later clause acts on that clause only.
        const lead = inherited.lead().filter((a) => !draft.assignees.some((b) => b.value.name === a.value.name));
        const viaIntro = intro.filter((a) => !draft.assignees.some((b) => b.value.name === a.value.name));
        const add = lead.length ? lead : viaIntro.map((a) => ({ ...a, via: 'intro' as const }));
        if (add.length) draft.assignees = [...add, ...draft.assignees];
      }
      // A news paragraph that opens without an actor ("Xây dựng thành lập tổ giúp việc … . Tổ giúp việc
      // Ban Chỉ đạo sau khi thành lập …") goes on with the actor of the paragraph before it, even when a
      // later sentence names a unit of its own.
      const opening = input.news ? firstSentenceEnd(unit) : null;
      const opensWithoutActor = opening !== null && OPENS_WITH_VERB.test(unit.text) && !draft.assignees.some((a) => a.via !== 'text' || (a.span !== null && a.span.start < opening));
      // (not one that opens on what a body did or says: "Tiêu biểu, Ngân hàng BIDV đã quyết định …")
      // (nor one whose actor is a class it names, known or not: "Bí thư đề nghị các nhà thầu bảo đảm …" | "“Các chủ
      // đầu tư, nhà thầu phải …”" | "Các huyện Nga Sơn, Hậu Lộc sơ tán …": an actor of its own, not the one before)
      const ownClass = input.news && OWN_CLASS.test(unit.text.slice(0, (opening ?? unit.span.end) - unit.span.start));
      const continues = () => !opensWithReport(unit, (opening ?? unit.span.end) - unit.span.start) && !ownClass;
      if (input.news && previousLead.length && (!hasLead() || opensWithoutActor) && continues()) {
        draft.assignees = mergeAssignees([...previousLead.map((a) => ({ ...a, via: 'context' as const })), ...draft.assignees]);
      }
      // "các phòng, đơn vị thuộc Sở cần …": a class of the addressee's own units leaves it the actor.
      const addressee = addresseeAt(unit.span.start);
      // (not a class of the localities under it: "Ông A yêu cầu các xã khẩn trương …" after a session with a district
      // asks each xã, which has its own People's Committee, not the district)
      const onlyGenericLeads =
        hasLead() &&
        draft.assignees.every((a) => a.value.role !== 'lead' || a.value.generic) &&
        !(addressee && draft.assignees.every((a) => a.value.role !== 'lead' || namesLowerLocalities(a.value.name, addressee.value.name)));
      // "Các Bộ … phối hợp chặt chẽ với Thành phố": an addressee the item names already has its role there.
      if (addressee && (!hasLead() || onlyGenericLeads) && !namesAddressee(draft.assignees, addressee)) draft.assignees.unshift(addressee);
      const leads = draft.assignees.filter((a) => a.value.role === 'lead');
      // What a news paragraph passes on is the actor of its opening sentence (or the one it went on
      // with): "… đề nghị Ban Chỉ đạo cấp tỉnh … . Trong đó, UBND tỉnh …" passes on the Ban Chỉ đạo.
      const main = opening !== null ? leads.filter((a) => a.via !== 'text' || (a.span !== null && a.span.start < opening)) : [];
      // … unless it names only a class and a later sentence a body of it: "Thủ tướng yêu cầu các bộ, ngành … . Trong
      // đó, với Bộ Tài chính, …" passes on the Bộ Tài chính.
      const later = main.length && main.every((a) => a.value.generic) ? leads.filter((a) => !a.value.generic && !main.includes(a)) : [];
      if (later.length) previousLead = later;
      else if (main.length) previousLead = main;
      else if (leads.length) previousLead = leads;
      // (the class is the actor a paragraph after it goes on with, not a unit before it)
      else if (ownClass) previousLead = [];
      // "1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ:" then "a) …": the heading's supports work on each
      // item of its list, unless the item names supports of its own or a lead other than the heading's.
      const support = inherited.support();
      if (support.length && !draft.assignees.some((a) => a.value.role === 'support')) {
        const headingLeads = inherited.lead().map((a) => a.value.name.toLowerCase());
        const ownLeads = draft.assignees.filter((a) => a.value.role === 'lead' && (a.via === 'text' || a.via === 'label'));
        if (ownLeads.every((a) => headingLeads.includes(a.value.name.toLowerCase()))) {
          const named = new Set(draft.assignees.map((a) => a.value.name.toLowerCase()));
          draft.assignees = [...draft.assignees, ...support.filter((a) => !named.has(a.value.name.toLowerCase()))];
        }
      }
      if (!draft.deadlines.some((d) => d.value.date && d.value.precision !== 'event')) {
        const deadline = inherited.deadline();
        if (deadline) draft.deadlines.push(deadline);
      }
    }
    return draft;
  };

  const walk = (parent: Entry, inherited: Inherited, skip = 0): NodeDraft[] => {
    const nodes: NodeDraft[] = [];
    let intro: AssigneeDraft[] = [];
    // The supports the intro names with its lead ("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thực hiện các nhiệm vụ sau:").
    let introSupport: AssigneeDraft[] = [];
    // The leads of an intro that gives an instruction ("Giao …", "… đề nghị Sở … thực hiện …:"), for
    // the headings after it; "Chính phủ ban hành Kế hoạch … như sau:" names no actor of the tasks.
    let listIntro: AssigneeDraft[] = [];
    // After an intro told in the past ("… các Bộ đã có báo cáo Chính phủ như sau:"), the items of its list are the
    // reports it tells of, until the next plain paragraph.
    let underReport = false;
    for (const entry of parent.children.slice(skip)) {
      input.checkTime?.();
      const head = entry.head;
      // (a topic title with plain paragraphs under it is a heading too: see `splitTopicParagraphs`)
      if (entry.marker && (hasMarkedChildren(entry) || entry.children.length > 0)) {
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
        // An intro of the document before (two documents in one file) introduces nothing here.
        const lent = listIntro.length && partAt(listIntro[0]!.span?.start ?? 0) === partAt(head.span.start) ? listIntro : [];
        const next = inheritFromHeading(entry, titleUnit, title, inherited, lent);
        let skip = 0;
        if (
          headingInstructs(titleUnit, title, next) &&
          !onlyNamesAddressees(titleUnit, next) &&
          !childrenAssignThemselves(entry, next) &&
          !onlyOpensWithRoles(titleUnit.text, namesIn(titleUnit, next))
        ) {
          // The heading's own instruction and its unmarked continuation: "c) Trước ngày …; phương án …:"
          const lead = entry.children.findIndex((c) => c.marker !== null);
          let plainBefore = entry.children.slice(0, Math.max(0, lead));
          // Page furniture ends the continuation: the item's span must not take it in.
          const cut = plainBefore.findIndex((c) => c.head.afterFurniture);
          if (cut >= 0) plainBefore = plainBefore.slice(0, cut);
          const last = plainBefore.length ? plainBefore[plainBefore.length - 1]!.head.span.end : head.span.end;
          const unit = unitOf(head.span.start, last);
          const words = hasWords(unit, entry.marker.glyph);
          // Only a task is kept: an item that would be dropped is not read.
          const kind = kindOf(unit, entry.marker.glyph, inherited, words, true);
          // The heading's own words must instruct: a topic (`3. Dự án nâng cấp, mở rộng Đường huyện 822`,
          // `2. Công trình cầu …`) followed by a paragraph that instructs (`Sở Xây dựng chủ trì …`, or
          // `Giao Ban Quản lý dự án …:` that opens the list) yields no `.0`: the paragraph is a plain item
          // (`.p1`), and a paragraph that opens the list lends its actor to the items.
          const headUnit = unitOf(head.span.start, head.span.end);
          const ownWordsInstruct =
            !(NAMES_WORKS.test(title) && !/[:;]/u.test(title) && !WORK_ORDERED.test(title)) &&
            kindOf(headUnit, entry.marker.glyph, inherited, hasWords(headUnit, entry.marker.glyph), true) === 'task';
          if (kind === 'task' && ownWordsInstruct) {
            // Figures and citations of the heading's own words are the node's; those of the continuation
            // stay (a heading without a continuation has none of its own to read).
            // (a sub-heading, like the sections under it, takes no lead from a body that only coordinates above it)
            const own = { ...inherited, lead: () => inherited.lead().filter((a) => a.rule !== COORDINATOR_RULE) };
            const item = makeItem(`${entry.id}.0`, entry.marker.glyph, unit, own, intro, kind, words, plainBefore.length > 0);
            item.metrics = item.metrics.filter((m) => m.span.start >= head.span.end);
            item.references = item.references.filter((r) => r.span.start >= head.span.end);
            items.push(item);
            skip = plainBefore.length;
          }
        }
        // (a heading with an instruction of its own has its supports on its `.0` item, not on the details under it)
        node.children = walk(entry, skip > 0 || items[items.length - 1]?.id === `${entry.id}.0` ? { ...next, support: NO_LEAD } : next, skip);
        nodes.push(node);
        continue;
      }
      // Page furniture inside an entry (a caption between a paragraph and its continuation) is
      // no part of it: the paragraphs after it are items of their own, `<id>.p1`, `<id>.p2`, …
      // (a leaf entry has no children, so these ids are free).
      const pieces = splitAtFurniture([head, ...entry.continuation]);
      const first = pieces[0]!;
      const unit = unitOf(head.span.start, first[first.length - 1]!.span.end);
      const glyph = entry.marker?.glyph ?? null;
      const words = hasWords(unit, glyph);
      const titled = first.length > 1 && isTitleLine(head.text) && /^\p{Lu}/u.test(first[1]!.text) ? head.span.end : -1;
      const item = makeItem(entry.id, glyph, unit, inherited, intro, kindOf(unit, glyph, inherited, words, false, underReport && glyph !== null), words, true, titled);
      lendIntroSupport(item, intro, introSupport);
      items.push(item);
      if (glyph === null) underReport = introTellsReports(collapseWhitespace(unit.text));
      pieces.slice(1).forEach((piece, k) => {
        const part = unitOf(piece[0]!.span.start, piece[piece.length - 1]!.span.end);
        const partWords = hasWords(part, null);
        const partItem = makeItem(`${entry.id}.p${k + 1}`, null, part, inherited, intro, kindOf(part, null, inherited, partWords), partWords);
        lendIntroSupport(partItem, intro, introSupport);
        items.push(partItem);
      });
      // A paragraph that only introduces the list after it lends its actor to that list.
      const introduces = introducesList(item);
      if (introduces) {
        const leads = item.assignees.filter((a) => a.value.role === 'lead' && a.via === 'text');
        if (leads.length) {
          intro = leads;
          introSupport = item.assignees.filter((a) => a.value.role === 'support' && a.via === 'text' && !a.value.generic);
          listIntro = INTRO_INSTRUCTS.test(collapseWhitespace(item.unit.text)) ? leads : [];
        }
      }
      // A short one only introduces; a long one ("… cần tiếp tục rà soát …, trong đó lưu ý … như sau:")
      // is an instruction of its own as well.
      if (introduces === 'only') {
        item.kind = 'info';
        item.kindRule = 'info: introduces the list after it';
      }
    }
    return nodes;
  };

  /**
   * "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thực hiện các nhiệm vụ sau:" then "a) …": like a heading that
   * opens its list, the intro's supports work on each item it lends its lead to, unless the item names supports of its
   * own or a lead other than the intro's.
   */
  const lendIntroSupport = (item: ItemDraft, intro: AssigneeDraft[], supports: AssigneeDraft[]): void => {
    if (item.kind !== 'task' || !supports.length || item.assignees.some((a) => a.value.role === 'support')) return;
    const introLeads = intro.map((a) => a.value.name.toLowerCase());
    const leads = item.assignees.filter((a) => a.value.role === 'lead');
    if (!leads.length || !leads.every((a) => introLeads.includes(a.value.name.toLowerCase()))) return;
    // (an item of the list that names the intro's lead itself: "d) Sở Tài chính rà soát …"; a plain paragraph only
    // when it takes the lead from the intro)
    if (item.marker === null && !leads.some((a) => a.via === 'intro')) return;
    const named = new Set(item.assignees.map((a) => a.value.name.toLowerCase()));
    item.assignees = [...item.assignees, ...supports.filter((a) => !named.has(a.value.name.toLowerCase())).map((a) => ({ ...a, via: 'intro' as const }))];
  };

  /** Where the units a heading names lie (those it acts through and those it leads its items with), relative to its start. */
  const namesIn = (unit: TextUnit, inherited: Inherited) =>
    [...extractAssignees(unit, ctx, abbreviations), ...inherited.lead().filter((a) => a.via === 'heading')].flatMap((a) =>
      // (a lead inherited from a heading further up lies outside this one)
      a.span && a.span.start >= unit.span.start && a.span.end <= unit.span.end ? [{ start: a.span.start - unit.span.start, end: a.span.end - unit.span.start }] : [],
    );

  /** `intro`: the leads of the paragraph that introduced the list the heading is an item of. */
  const inheritFromHeading = (entry: Entry, titleUnit: TextUnit, title: string, up: Inherited, intro: AssigneeDraft[]): Inherited => {
    const headings = [...up.headings, title];
    const headingUnits = once(() => extractHeadingUnits(titleUnit, ctx, abbreviations));
    const lead = once((): AssigneeDraft[] => {
      // "Sở Nội vụ (Ban Thi đua …)", "UBND các phường: A, B" name several leads for their items.
      const units = headingUnits();
      if (units.length) return units.map((u) => ({ value: u.value, via: 'heading' as const, text: u.text, span: u.span, rule: u.rule }));
      // "… đề nghị Sở … thực hiện các nhiệm vụ sau:" then "1. Thẩm định …" with bullets: the intro is
      // the actor of the bullets too, before any heading further up.
      if (intro.length) return intro.map((a) => ({ ...a, via: 'intro' as const }));
      // "1. Sở Xây dựng là cơ quan chủ trì, đầu mối đôn đốc …" then "1.1. Phòng Kiểm tra … thuộc Sở:": the body that
      // coordinates leads the items right under it, not the sections under it, which are other bodies' duties.
      return up.lead().filter((a) => a.rule !== COORDINATOR_RULE);
    });
    const deadline = once((): DeadlineDraft | null => {
      const dated = extractDeadlines(titleUnit, ctx).filter((d) => d.value.date && d.value.precision !== 'event' && !d.value.recurring);
      const latest = dated.sort((a, b) => (a.value.date! < b.value.date! ? 1 : -1))[0];
      return latest ? { value: latest.value, via: 'heading', text: latest.text, span: latest.span, rule: latest.rule } : up.deadline();
    });
    let labels = up.labels;
    let labelsAt = up.labelsAt;
    if (entry.closingLabels.length) {
      const start = entry.closingLabels[0]!.span.start;
      const endAt = entry.closingLabels[entry.closingLabels.length - 1]!.span.end;
      labels = readLabels(unitOf(start, endAt), ctx, abbreviations);
      labelsAt = start;
    }
    const support = once((): AssigneeDraft[] => {
      // Only a heading that names its lead names supports for its items; a topic heading passes on those above it.
      if (!headingUnits().length) return intro.length || !lead().length ? [] : up.support();
      return extractAssignees(titleUnit, ctx, abbreviations)
        .filter((c) => c.value.role === 'support' && !c.value.generic)
        .map((c) => ({ value: c.value, via: 'heading' as const, text: c.text, span: c.span, rule: c.rule }));
    });
    const info = up.info || isInfoHeading(title);
    return { headings, lead, support, deadline, labels, labelsAt, info };
  };

  const top: Inherited = { headings: [], lead: NO_LEAD, support: NO_LEAD, deadline: NO_DEADLINE, labels: null, labelsAt: Infinity, info: false };
  const nodes = walk(input.root, top);
  nameTheUnnamedLocality(items, addresseeAt);
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

// The marker of an item at the start of its text: "a) " | "1. " | "(2) " | "- "
const LEADING_MARKER = /^\s*(?:[-–+•*]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\(\d{1,2}\))\s*/u;

/**
 * The item opens with an instruction verb and every lead of its own text comes after the first clause (a
 * `;` or a full stop): "Khẩn trương hoàn thiện …; giao Văn phòng Chính phủ …".
 */
function opensWithVerbBefore(unit: TextUnit, assignees: AssigneeDraft[]): boolean {
  const marker = LEADING_MARKER.exec(unit.text)?.[0].length ?? 0;
  if (!OPENS_WITH_VERB.test(unit.text.slice(marker, marker + 40))) return false;
  const head = unit.text.slice(0, 2000);
  const cut = head.search(/[;.](?=\s)/u);
  if (cut < 0) return false;
  const clauseEnd = unit.span.start + cut;
  return assignees.every((a) => a.value.role !== 'lead' || a.via !== 'text' || (a.span !== null && a.span.start > clauseEnd));
}

// A paragraph that opens with the genre's imperative verb has no actor of its own in that sentence:
// "Xây dựng …", "Tiếp nhận, sử dụng …", "Chỉ đạo tổ chức triển khai …" (not "Thời gian qua, …").
// A news paragraph whose actor is a class it names: its subject ("Các nhà thầu phải …", "Các huyện Nga Sơn, Hậu
// Lộc sơ tán …") or the object of its speaker's request ("Bí thư đề nghị các nhà thầu …"); not one that points back
// ("Các cơ quan này cần báo cáo …" goes on with the bodies before it).
const OWN_CLASS =
  /^[\s“"‘]*(?:(?:ngoài ra|đồng thời|bên cạnh đó|mặt khác),\s*)?(?:(?:các|những)\s+|[^.;:!?]{0,80}?(?:yêu cầu|đề nghị|lưu ý|kêu gọi|nhắc nhở)\s+(?:các|những)\s+)(?:chủ đầu tư|nhà thầu|nhà đầu tư|đơn vị thi công|đơn vị tư vấn|hộ dân|hiệp hội|huyện|quận|thị xã|xã|phường|tỉnh)(?![\p{L}\p{M}])(?!\s+(?:này|đó|trên|nói trên|kể trên)(?![\p{L}\p{M}]))/iu;
const OPENS_WITH_VERB = /^\s*(?:[-–+•*]\s*)?(?:tiếp tục|tập trung|khẩn trương|chủ động|xây dựng|tiếp nhận|chỉ đạo|triển khai|tổ chức|thực hiện|hoàn thành|hoàn thiện|rà soát|kiểm tra|tăng cường|đẩy mạnh|đẩy nhanh|cập nhật|nghiên cứu|tham mưu|bảo đảm|đảm bảo|nâng cao|hướng dẫn|theo dõi|đôn đốc|quán triệt|ưu tiên|củng cố|kiện toàn|ban hành|xử lý|giải quyết|tuyên truyền|rà soát|thúc đẩy|chấn chỉnh|phối hợp|chủ trì|khắc phục|thành lập|sắp xếp|kịp thời|sớm)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])/iu;
// A sentence ends with its full stop before a capital: "… doanh nghiệp. Triển khai …"
const SENTENCE_BREAK = /[.!?…]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
// An opening of fewer words is no sentence of its own: "Theo TS. Nguyễn Văn A, …"
const OPENING_WORDS = 6;

/**
 * Where the first sentence of a unit ends (an offset in the document), or null for a unit of one
 * sentence. Only the first 2,000 characters are searched.
 */
function firstSentenceEnd(unit: TextUnit): number | null {
  const head = unit.text.slice(0, 2000);
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(head); m; m = SENTENCE_BREAK.exec(head)) {
    const words = head.slice(0, m.index).trim().split(/\s+/u).length;
    if (words >= OPENING_WORDS) return unit.span.start + m.index + m[0].length;
  }
  return null;
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
// "… phối hợp triển khai thực hiện một số nhiệm vụ trọng tâm:" as well.
const INTRO_ENDING = /(?:sau|sau đây|như sau|cụ thể|gồm|bao gồm|các nội dung|các nhiệm vụ|nhiệm vụ(?:\s+(?:trọng tâm|chủ yếu|trọng yếu))?)\s*:\s*$/iu;

// An intro that assigns: "Giao Sở …", "đề nghị …", "yêu cầu …", "chỉ đạo …".
const INTRO_INSTRUCTS = new RegExp(`${B_START}(?:${ASSIGN_VERB}|đề nghị|yêu cầu|chỉ đạo|chủ trì|có trách nhiệm|chịu trách nhiệm|cần)${B_END}`, 'iu');

/**
 * Whether a paragraph introduces the list after it: 'only' (a short one, no task of its own), 'also'
 * (a long one that gives an instruction: "Để hoàn thành …, Chính phủ yêu cầu các Bộ trưởng, … tập
 * trung …, trong đó chú trọng những nội dung sau:" lends its actors to the list and stays a task).
 */
/** Whether a paragraph only opens the list after it: a hand-over and its units, or a short intro ("… như sau:"). */
function onlyIntroduces(t: string): boolean {
  if (!t.endsWith(':')) return false;
  const words = t.split(' ').length;
  return (HANDS_OVER.test(t) && words <= HANDING_INTRO_WORDS) || (INTRO_ENDING.test(t) && words <= INTRO_WORDS);
}

function introducesList(item: ItemDraft): 'only' | 'also' | null {
  // Only a paragraph that ends with its colon can be one: the rest are not collapsed to be tested.
  if (!item.unit.text.trimEnd().endsWith(':')) return null;
  const t = collapseWhitespace(item.unit.text);
  // "Giao Ban Quản lý dự án đầu tư xây dựng huyện:" | "Đề nghị UBND huyện:": the hand-over and its units, then the list
  if (HANDS_OVER.test(t) && t.split(' ').length <= HANDING_INTRO_WORDS) return 'only';
  if (!INTRO_ENDING.test(t)) return null;
  const words = t.split(' ').length;
  if (words <= INTRO_WORDS) return 'only';
  return words <= INSTRUCTING_INTRO_WORDS && INTRO_INSTRUCTS.test(t) ? 'also' : null;
}

const INTRO_WORDS = 40;
const HANDING_INTRO_WORDS = 20;
const INSTRUCTING_INTRO_WORDS = 150;

// I. MỤC ĐÍCH, YÊU CẦU | 1. Mục tiêu: items under them state aims.
const AIMS_HEADING = /^(?:mục đích|yêu cầu|mục tiêu|quan điểm|mục đích,\s*yêu cầu)(?:\s*(?:chung|cụ thể|tổng quát))?\s*[:.]?\s*$/iu;

function isInfoHeading(title: string): boolean {
  return AIMS_HEADING.test(title);
}

/** The figures and dates of a unit that starts at `start`. */
interface Figures {
  start: number;
  metrics: Candidate<MetricValue>[];
  deadlines: Candidate<DeadlineValue>[];
}

// Letterless texts remembered: only short ones, and not without bound.
const LETTERLESS_TEXT = 200;
const LETTERLESS_TEXTS = 1000;

/** A candidate moved `by` code units. */
function moved<T>(c: Candidate<T>, by: number): Candidate<T> {
  return { ...c, span: { start: c.span.start + by, end: c.span.end + by } };
}

/** What a unit has besides its marker. */
interface Words {
  /** A letter. */
  letters: boolean;
  /** A letter or a digit. */
  alnum: boolean;
}

/**
 * What a unit has besides its marker: a letter; a letter or a digit.
 * @example hasWords({text: '1.\n1.', span}, '1.') → { letters: false, alnum: true }
 */
function hasWords(unit: TextUnit, marker: string | null): Words {
  const rest = marker && unit.text.startsWith(marker) ? unit.text.slice(marker.length) : unit.text;
  const letters = /\p{L}/u.test(rest);
  return { letters, alnum: letters || /\p{N}/u.test(rest) };
}

// A title that names a work or project (`Dự án …`, `Công trình cầu …`, `Gói thầu số 5 …`): its words
// (`Công trình` holds `trình`, to submit) give no instruction unless a clause follows a `:` or `;`.
const NAMES_WORKS = /^(?:dự án|công trình|gói thầu|tiểu dự án|hạng mục)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])/iu;
// … but a title that orders the work itself still instructs: "1. Dự án đường ven biển phải hoàn thành trước ngày
// 30/9/2025" | "2. Công trình cầu Trà Khúc 3 khẩn trương hoàn thiện hồ sơ quyết toán".
const WORK_ORDERED = /(?<![\p{L}\p{M}])(?:phải|cần|khẩn trương|hoàn thành|hoàn thiện|đẩy nhanh|trước ngày|chậm nhất)(?![\p{L}\p{M}])/iu;

/** A heading with an instruction of its own yields a `.0` item (SPEC.md, item). */
function headingInstructs(unit: TextUnit, title: string, inherited: Inherited): boolean {
  if (inherited.info) return false;
  const words = title.split(' ').length;
  if (words < 8) return false;
  if (INTRO_ENDING.test(title)) return false;
  if (/^(?:về|đối với|nhiệm vụ|các nhiệm vụ|những nhiệm vụ|tổ chức thực hiện|kết quả|những kết quả|tình hình|phương hướng|giải pháp|các giải pháp|định hướng|mục tiêu|hạn chế|tồn tại|đánh giá)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ])/iu.test(title)) return false;
  return /[:;]|\d/.test(unit.text) || words >= 14;
}

// The words that hand a task over, at the start of a heading or an item: Giao | Đề nghị | Yêu cầu | Mời | Phân công
const HANDS_OVER = new RegExp(`^(?:${ASSIGN_VERB}|đề nghị|yêu cầu|mời|phân công)${B_END}`, 'iu');

/**
 * A heading that only says who the items under it are for: "20. Mời Đại sứ quán các nước: Trung Quốc,
 * Ấn Độ, Cộng hoà Liên bang Nga" — a hand-over word, then the units, up to its end. Its items are the tasks.
 */
function onlyNamesAddressees(unit: TextUnit, inherited: Inherited): boolean {
  if (!HANDS_OVER.test(unit.text.trimStart())) return false;
  const named = inherited.lead().filter((a) => a.via === 'heading' && a.span);
  if (!named.length) return false;
  const lastEnd = Math.max(...named.map((a) => a.span!.end));
  return !/[\p{L}\p{N}]/u.test(unit.text.slice(lastEnd - unit.span.start));
}

/**
 * A topic heading, naming no unit, whose items hand their tasks over to units ("1. Thẩm định kế hoạch lựa
 * chọn nhà thầu …" then "- Giao Giám đốc Sở Khoa học và Công nghệ …", "- Giao Giám đốc Sở Tài chính …"):
 * the tasks are the items', the heading only names their topic. (A heading with paragraphs of its own
 * before its items says more than a topic.)
 */
function childrenAssignThemselves(entry: Entry, inherited: Inherited): boolean {
  if (entry.children[0]?.marker === null || inherited.lead().some((a) => a.via === 'heading')) return false;
  const handing = entry.children.filter((c) => c.marker !== null && HANDS_OVER.test(c.head.text.slice(c.marker.length).trimStart()));
  return handing.length >= 2;
}

/** The item's text with its labelled lines blanked out, so that they are read once, as labels. */
function textWithoutLabels(unit: TextUnit, labels: LabelAttributes): TextUnit {
  if (!labels.lineSpans.length) return unit;
  let t = unit.text;
  for (const s of labels.lineSpans) {
    // (a cell a table's sub-item shares with the one above it lies outside this item)
    const a = Math.max(0, s.start - unit.span.start);
    const b = Math.min(t.length, s.end - unit.span.start);
    if (b <= a) continue;
    // A `;` first, so that no name runs on across the blank: "Giao Sở Tài chính\nThời gian: …\nỦY BAN …"
    // read "Sở Tài chính ỦY BAN NHÂN DÂN" as one unit, with a span over the label's words.
    t = t.slice(0, a) + (b > a ? ';' + ' '.repeat(b - a - 1) : '') + t.slice(b);
  }
  return { text: t, span: unit.span };
}

// A numbered title on a line of its own: no mark at its end ("3. Tổ chức kiểm tra, giám sát việc thực hiện").
const TITLE_LINE = /^\s*(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s+\S+\s+\S[^\n]*[^\s.,;:!?…]$/u;
const isTitleLine = (text: string) => TITLE_LINE.test(text);

/**
 * The assignees of an item, where the paragraph under its title line opens with its lead: "3. Tổ chức kiểm tra
 * việc thực hiện⏎Sở Nội vụ chủ trì, …" has Sở Nội vụ as the subject, not as an object of "thực hiện". The break
 * after the title is read as a clause break (`;`, same offsets); paragraphs are already told apart from wrapped
 * lines. A title that names the unit ("2. Bộ Y tế⏎Chủ trì xây dựng …") keeps its reading.
 */
function assigneesAfterTitle(unit: TextUnit, titleEnd: number, ctx: ExtractContext, abbreviations: Map<string, string>): Candidate<AssigneeValue>[] {
  const at = titleEnd - unit.span.start;
  const plain = extractAssignees(unit, ctx, abbreviations);
  if (titleEnd < 0 || at <= 0 || at >= unit.text.length) return plain;
  const broken = extractAssignees({ text: `${unit.text.slice(0, at)};${unit.text.slice(at + 1)}`, span: unit.span }, ctx, abbreviations);
  const opens = unit.span.start + at + 1 + (/^\s*/u.exec(unit.text.slice(at + 1))?.[0].length ?? 0);
  // (a verb that opens the paragraph is no subject: "1. UBND xã Thống Nhất⏎Tổ chức kiểm tra …" read `Tổ chức` as the
  // class of organisations)
  return broken.some((c) => c.value.role === 'lead' && c.span.start <= opens + 4 && c.span.end > opens && !OPENING_VERBS.has(c.text.toLowerCase())) ? broken : plain;
}
const OPENING_VERBS = new Set(INSTRUCTION_VERBS);

/** Candidates found in the blanked text that still reach into a label line are not grounded in the text: dropped. */
function outsideLabels<T extends { span: Span }>(found: T[], labels: LabelAttributes): T[] {
  if (!labels.lineSpans.length) return found;
  return found.filter((c) => !labels.lineSpans.some((s) => c.span.start < s.end && s.start < c.span.end));
}

/**
 * "Thành phố khẩn trương …" in a Thông báo after a session with Thành phố Hồ Chí Minh: the bare
 * "Ủy ban nhân dân Thành phố" is the addressee's, named in full.
 */
function nameTheUnnamedLocality(items: ItemDraft[], addresseeAt: (offset: number) => AssigneeDraft | null): void {
  const bareOf = new Map<AssigneeDraft, RegExp | null>();
  for (const item of items) {
    const addressee = addresseeAt(item.unit.span.start);
    if (!addressee) continue;
    let bare = bareOf.get(addressee);
    if (bare === undefined) {
      bare = bareLocalityOf(addressee);
      bareOf.set(addressee, bare);
    }
    const place = placeOf(addressee.value.name);
    if (!bare && !place) continue;
    // (and the bare word as a class, "… đề nghị huyện phát huy …": the one district of the session)
    const word = /^Ủy ban nhân dân (\S+(?: xã)?) /u.exec(addressee.value.name)?.[1]?.toLowerCase() ?? place?.level;
    let named = false;
    for (const a of item.assignees) {
      if ((bare && bare.test(a.value.name)) || (a.value.generic && a.value.name.toLowerCase() === word)) {
        // after a session with the district's party committee, "huyện" as the actor is still the district's People's Committee
        const name = bare ? addressee.value.name : `Ủy ban nhân dân ${place!.level} ${place!.name}`;
        a.value = { ...a.value, name, generic: undefined };
        named = a.value.role === 'lead';
      } else if (place && !a.value.generic && a.value.name.toLowerCase() === `${place.level === 'thành phố' ? 'thành' : place.level === 'thị xã' ? 'thị' : place.level} ủy`) {
        // "Đồng chí đề nghị Huyện ủy lãnh đạo …" after a session in the district: its party committee, named
        a.value = { ...a.value, name: `${a.value.name} ${place.name}` };
      }
    }
    // (the addressee put in only because the item's actor was that bare word: the word, named, is the actor)
    if (named && !/^Ủy ban nhân dân /u.test(addressee.value.name)) item.assignees = item.assignees.filter((a) => a.via !== 'addressee');
    item.assignees = mergeAssignees(item.assignees);
  }
}

// The party committee of a locality, or its standing board: "Huyện ủy Tương Dương" | "Ban Thường vụ Tỉnh ủy Nghệ An".
const PARTY_PLACE = /^(?:Ban Thường vụ |Thường trực )?(Tỉnh|Thành|Huyện|Quận|Thị) ủy (\p{Lu}.*)$/u;
const PARTY_LEVEL: Readonly<Record<string, string>> = { Tỉnh: 'tỉnh', Thành: 'thành phố', Huyện: 'huyện', Quận: 'quận', Thị: 'thị xã' };

/** The level and the proper name of the locality an addressee is or governs: "Ủy ban nhân dân huyện Kỳ Sơn" | "Huyện ủy Tương Dương". */
function placeOf(name: string): { level: string; name: string } | null {
  const ubnd = /^Ủy ban nhân dân (tỉnh|thành phố|huyện|quận|thị xã) (\p{Lu}.*)$/u.exec(name);
  if (ubnd) return { level: ubnd[1]!, name: ubnd[2]! };
  const party = PARTY_PLACE.exec(name);
  return party ? { level: PARTY_LEVEL[party[1]!]!, name: party[2]! } : null;
}

/** "Ủy ban nhân dân Thành phố", the addressee "Ủy ban nhân dân Thành phố Hồ Chí Minh" named without its name (or "Ủy ban
 * nhân dân huyện", the district of a working session: "Huyện cần rà soát …"). */
function bareLocalityOf(addressee: AssigneeDraft): RegExp | null {
  const named = /^Ủy ban nhân dân (tỉnh|thành phố|huyện|quận|thị xã) \S/iu.exec(addressee.value.name);
  return named ? new RegExp(`^Ủy ban nhân dân ${named[1]}$`, 'iu') : null;
}

// The levels of localities under a province and under a district.
const UNDER_PROVINCE = new Set(['huyện', 'quận', 'thị xã', 'thành phố', 'xã', 'phường', 'thị trấn', 'đặc khu']);
const UNDER_DISTRICT = new Set(['xã', 'phường', 'thị trấn']);

/** A class of localities below the addressee's level: "xã" | "Ủy ban nhân dân các xã, thị trấn" under a district. */
function namesLowerLocalities(name: string, addressee: string): boolean {
  // (a city, run by the centre or by its province, has its own districts or wards: "các quận, huyện" of Hà Nội)
  const level = /(?<!\p{L})(?:huyện|quận|thị xã)(?!\p{L})/iu.test(addressee) ? UNDER_DISTRICT : /(?<!\p{L})(?:tỉnh|thành phố)(?!\p{L})/iu.test(addressee) ? UNDER_PROVINCE : null;
  if (!level) return false;
  const words = name
    .toLowerCase()
    .replace(/^(?:ủy ban nhân dân|uỷ ban nhân dân)\s+/u, '')
    .replace(/^(?:các|những)\s+/u, '')
    .split(/\s*(?:,|\svà\s)\s*/u)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => level.has(w));
}

/** Whether the assignees name the addressee, in full or as the bare locality, in any role. */
function namesAddressee(assignees: AssigneeDraft[], addressee: AssigneeDraft): boolean {
  const name = addressee.value.name.toLowerCase();
  const bare = bareLocalityOf(addressee);
  return assignees.some((a) => a.value.name.toLowerCase() === name || (bare !== null && bare.test(a.value.name)));
}

/**
 * The documents of the file and their addressees, from where each starts: the first, and each
 * copied after it with a header of its own (its own number or date), read from that header and its
 * own paragraphs. An attachment, or the body going on after a signature, belongs to the document
 * before it.
 */
function documentParts(input: BuildItemsInput): { from: number; addressee: AssigneeDraft | null }[] {
  const { blocks, ctx, abbreviations } = input;
  const own = input.doc.innerFooters.filter((r) => r.standalone).sort((a, b) => a.end - b.end);
  // A Kết luận or a Thông báo kết luận is addressed to one body (read from its number, type or title).
  const conclusion = input.doc.document.kind === 'ket-luan' || input.doc.document.kind === 'thong-bao-ket-luan';
  // Index of the first paragraph of each part.
  const firstLine = (b: Block) => (b.lines.length ? b.lines[0]!.number - 1 : -1);
  const starts = [0];
  for (const r of own) {
    let k = starts[starts.length - 1]!;
    while (k < blocks.length && firstLine(blocks[k]!) < r.end) k++;
    starts.push(k);
  }
  return starts.map((from, k) => {
    const to = k + 1 < starts.length ? starts[k + 1]! : blocks.length;
    const title = k === 0 ? input.doc.fieldSpans.title : own[k - 1]!.headerSpan;
    return {
      from: k === 0 ? 0 : from < blocks.length ? blocks[from]!.span.start : Infinity,
      addressee: findAddressee(title, blocks.slice(from, to), ctx, abbreviations, input.news, conclusion),
    };
  });
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
