/**
 * HTML page → the text a reader sees in its main content: paragraphs and headings one per line
 * (a `<br>` inside one is a line break),
 * `<ol>` items with their numbers (`1.` `2.`, or `a)` `I.` after `type`), `<ul>` items as `- `,
 * nested lists indented under their item, table rows one per line with cells separated by a tab.
 * Navigation, page header and footer, scripts, styles, ads, share bars, related-news lists and
 * comment boxes are left out. Parsed with unified and rehype-parse, loaded on first use so that
 * a text parse never pays for them.
 */
import { createRequire } from 'node:module';
import type { Element, ElementContent, Root, RootContent } from 'hast';

type Parser = (html: string) => Root;
let parser: Parser | undefined;

function loadParser(): Parser {
  if (parser) return parser;
  // Synchronous on purpose: parse() is synchronous, and Node ≥ 20.19 can require() an ES module.
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const rehypeParse = (require('rehype-parse') as typeof import('rehype-parse')).default;
  const processor = unified().use(rehypeParse);
  parser = (html) => processor.parse(html) as Root;
  return parser;
}

/** Elements whose content is never the document's text. */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'nav', 'footer', 'aside',
  'form', 'button', 'select', 'input', 'textarea', 'menu', 'dialog', 'object', 'embed', 'video', 'audio', 'map',
]);

// Class, id or role of page furniture: "main-nav" | "breadcrumb" | "share-bar" | "tin-lien-quan"
// (related news) | "binh-luan" (comments) | "quang-cao" (ads) | "box-tags" | "sidebar".
const FURNITURE = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|share|social|sharing|related|relate|lien-?quan|tin-?khac|comments?|binh-?luan|fb-comments|ads?|advert\w*|quang-?cao|banner|sidebar|side-?bar|widget|tags?|keywords|popup|modal|cookie|subscribe|newsletter|print|toolbar|pagination|author-box|most-?read|xem-?nhieu)(?:$|[\s_-])/i;
// The site's own header and footer boxes: "header" | "site-header" | "page_footer"; not a
// document's "header-table" (the issuer and motto columns).
const PAGE_EDGE = /(?:^|\s)(?:(?:site|page|main|top|global|bottom)[-_]?)?(?:header|footer)(?:$|\s)/i;
const FURNITURE_ROLE = /^(?:navigation|banner|contentinfo|complementary|search)$/;

// Class or id of the main content: "article-content" | "detail-content" | "news-detail" | "noidung".
const CONTENT = /(?:^|[\s_-])(?:article|content|detail|post|entry|story|main|body-?text|noi-?dung|chi-?tiet)(?:$|[\s_-])/i;

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * The text of the main content of an HTML page.
 * @example htmlToText('<nav>Trang chủ</nav><article><h1>Kết luận</h1><ol><li>Giao Sở Y tế</li></ol></article>') → 'Kết luận\n1. Giao Sở Y tế'
 */
export function htmlToText(html: string): string {
  const root = loadParser()(html);
  const main = findMainContent(root);
  const out = new TextOut();
  headerIsTitle = main.type === 'element';
  try {
    walk(main, out, 0);
  } finally {
    headerIsTitle = false;
  }
  return out.finish();
}

/**
 * Does this look like an HTML page rather than text? A doctype or `<html>` at the start, or
 * block tags among the first lines.
 * @example looksLikeHtml('<!DOCTYPE html><html>…') → true
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|\?xml[^>]*>\s*<html)/.test(head)) return true;
  return (head.match(/<(?:p|div|article|h[1-6]|ul|ol|li|table|br)[\s/>]/g) ?? []).length >= 3 && head.startsWith('<');
}

function attr(el: Element, name: string): string {
  const v = el.properties?.[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? '' : String(v);
}

/** Inside an `<article>` or content box, a `<header>` holds the title; on the page, the site's banner. */
let headerIsTitle = false;

function isFurniture(el: Element): boolean {
  if (DROPPED.has(el.tagName)) return true;
  if (el.tagName === 'header' && !headerIsTitle) return true;
  if (FURNITURE_ROLE.test(attr(el, 'role'))) return true;
  if (attr(el, 'hidden') !== '' && el.properties?.hidden !== false) return true;
  if (/display\s*:\s*none/i.test(attr(el, 'style'))) return true;
  const names = `${attr(el, 'className')} ${attr(el, 'id')}`.trim();
  // A content box named "article-header" or "detail-footer" is still furniture; "content" alone is not.
  return names !== '' && (FURNITURE.test(names) || PAGE_EDGE.test(names)) && !/^(?:body|html|main|article)$/.test(el.tagName);
}

/** The element that holds the most paragraph text among `<article>`, `<main>` and content-named boxes; else `<body>`. */
function findMainContent(root: Root): Root | Element {
  let best: Element | null = null;
  let bestLength = 0;
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element' || isFurniture(child)) continue;
      const names = `${attr(child, 'className')} ${attr(child, 'id')}`;
      if (child.tagName === 'article' || child.tagName === 'main' || attr(child, 'role') === 'main' || CONTENT.test(names)) {
        const length = paragraphText(child);
        // A wrapper holds its content box's text and more; the innermost box with most of it wins.
        if (length > bestLength * 1.25 || (best && length >= bestLength * 0.8 && contains(best, child))) {
          best = child;
          bestLength = length;
        }
      }
      visit(child);
    }
  };
  visit(root);
  return best ?? root;
}

function contains(outer: Element, inner: Element): boolean {
  return outer.children.some((c) => c === inner || (c.type === 'element' && contains(c, inner)));
}

/** Length of the text in paragraphs, headings and list items, furniture left out. */
function paragraphText(node: Element): number {
  let n = 0;
  for (const child of node.children) {
    if (child.type === 'text') n += child.value.trim().length;
    else if (child.type === 'element' && !isFurniture(child)) n += paragraphText(child);
  }
  return n;
}

/** Lines being built: inline text joins the current line, a block starts a new one. */
class TextOut {
  /** For each column of the table being read, the rows below still covered by a cell with `rowspan`. */
  rowSpans: number[] = [];
  private lines: string[] = [];
  private current = '';
  private prefix = '';

  /** Starts a new line; `prefix` (a list marker, an indent) goes before its first text. */
  newLine(prefix = ''): void {
    // "<li><p>…</p></li>": the paragraph inside the item keeps the item's marker.
    if (this.current === '' && this.prefix.trim() !== '' && prefix.trim() === '') return;
    this.flush();
    this.prefix = prefix;
  }

  text(s: string, pre = false): void {
    const t = pre ? s : s.replace(/[ \t\n\r\f]+/g, ' ');
    if (!pre && t === ' ' && (this.current === '' || this.current.endsWith(' '))) return;
    if (this.current === '' && !pre) this.current = this.prefix + t.replace(/^ /, '');
    else this.current += t;
  }

  /** Starts a table cell; after the row's first, a tab, also after an empty cell, so that cells stay under their column. */
  cell(first: boolean): void {
    if (!first) this.current = this.current.replace(/ $/, '') + '\t';
  }

  flush(): void {
    const line = this.current.replace(/[ \t]+$/, '');
    if (line.trim() !== '') this.lines.push(line);
    this.current = '';
    this.prefix = '';
  }

  /**
   * Ends a block. One line per block, no blank line between: a blank line would tell the outline
   * that a heading ("16. Liên hiệp…") has no text of its own below it, which the page did not say.
   */
  gap(): void {
    this.flush();
  }

  /** An empty paragraph ("<p>&nbsp;</p>", Word's spacing on pages made from .doc files): one blank line. */
  blank(): void {
    this.flush();
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  finish(): string {
    this.flush();
    while (this.lines.length && this.lines[this.lines.length - 1] === '') this.lines.pop();
    return this.lines.join('\n') + '\n';
  }
}

const INDENT = '  ';

function walk(node: Root | Element, out: TextOut, depth: number, pre = false): void {
  for (const child of node.children as Array<RootContent | ElementContent>) {
    if (child.type === 'text') out.text(child.value, pre);
    else if (child.type === 'element') element(child, out, depth, pre);
  }
}

function element(el: Element, out: TextOut, depth: number, pre: boolean): void {
  if (isFurniture(el)) return;
  const tag = el.tagName;
  // A hard line break inside a paragraph or item: the next line is not indented.
  if (tag === 'br') return out.newLine();
  if (tag === 'ol' || tag === 'ul') return list(el, out, depth);
  if (tag === 'tr') {
    out.newLine();
    let first = true;
    let column = 0;
    // A column covered by a cell of a row above (`rowspan`, one lead for two rows) is an empty cell here, so
    // that the cells after it stay under their columns; a cell over more columns (`colspan`) fills them all.
    const spanned = () => {
      while ((out.rowSpans[column] ?? 0) > 0) {
        out.rowSpans[column]!--;
        out.cell(first);
        first = false;
        column++;
      }
    };
    for (const cell of el.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      spanned();
      // (an empty first cell keeps its place: "\ttại các địa phương" goes on with the row above)
      out.cell(first);
      first = false;
      walkInline(cell, out);
      const rows = Math.min(Number(attr(cell, 'rowSpan')) || 1, 1000);
      const columns = Math.min(Number(attr(cell, 'colSpan')) || 1, 100);
      for (let k = 0; k < columns; k++) {
        if (k > 0) out.cell(false);
        out.rowSpans[column] = rows - 1;
        column++;
      }
    }
    spanned();
    return out.newLine();
  }
  if (tag === 'table') {
    // (a table's row spans end with it; a table inside a cell has its own)
    const outer = out.rowSpans;
    out.rowSpans = [];
    blockElement(el, out, depth, pre);
    out.rowSpans = outer;
    return;
  }
  return blockElement(el, out, depth, pre);
}

function blockElement(el: Element, out: TextOut, depth: number, pre: boolean): void {
  const tag = el.tagName;
  if (tag === 'table' && depth === 0) {
    out.gap();
    walk(el, out, depth, pre);
    return out.gap();
  }
  if (tag === 'img') return;
  if (!BLOCK.has(tag)) return walk(el, out, depth, pre);
  if (tag === 'p' && depth === 0 && isEmpty(el)) return out.blank();
  // Inside a list item a paragraph is part of the item; elsewhere it is a paragraph of its own.
  const inItem = depth > 0;
  if (inItem) out.newLine(INDENT.repeat(depth));
  else out.gap();
  walk(el, out, depth, pre || tag === 'pre');
  if (inItem) out.newLine();
  else out.gap();
}

function isEmpty(el: Element): boolean {
  return el.children.every((c) => (c.type === 'text' ? !c.value.trim() : c.type === 'element' ? c.tagName === 'br' || isEmpty(c) : true));
}

/** A table cell's content on one line: its paragraphs joined by spaces. */
function walkInline(node: Element, out: TextOut): void {
  for (const child of node.children) {
    if (child.type === 'text') out.text(child.value);
    else if (child.type === 'element' && !isFurniture(child)) {
      if (child.tagName === 'br' || BLOCK.has(child.tagName)) out.text(' ');
      walkInline(child, out);
    }
  }
}

function list(el: Element, out: TextOut, depth: number): void {
  if (depth === 0) out.gap();
  const ordered = el.tagName === 'ol';
  const type = attr(el, 'type') || '1';
  const start = Number.parseInt(attr(el, 'start'), 10);
  let n = Number.isFinite(start) ? start : 1;
  const reversed = el.properties?.reversed === true;
  for (const li of el.children) {
    if (li.type !== 'element') continue;
    if (li.tagName !== 'li') {
      element(li, out, depth, false);
      continue;
    }
    const value = Number.parseInt(attr(li, 'value'), 10);
    if (Number.isFinite(value)) n = value;
    const marker = ordered ? orderedMarker(n, type) : '-';
    out.newLine(INDENT.repeat(depth) + marker + ' ');
    // The item's own text, then its nested lists one level deeper.
    walk(li, out, depth + 1);
    out.newLine();
    n += reversed ? -1 : 1;
  }
  if (depth === 0) out.gap();
}

/** `1.` | `a)` | `A.` | `I.` | `i.`: the markers Vietnamese documents use for each list type. */
function orderedMarker(n: number, type: string): string {
  switch (type) {
    case 'a':
      return `${letters(n)})`;
    case 'A':
      return `${letters(n).toUpperCase()}.`;
    case 'i':
      return `${roman(n).toLowerCase()}.`;
    case 'I':
      return `${roman(n)}.`;
    default:
      return `${n}.`;
  }
}

/** 1 → a, 26 → z, 27 → aa, as browsers and Word count. */
export function letters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s || String(n);
}

/** 4 → IV, 1999 → MCMXCIX. */
export function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  let k = n;
  for (const [v, r] of table) for (; k >= v; k -= v) s += r;
  return s;
}
