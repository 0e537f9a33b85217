/**
 * Every supported input made from a UTF-8 fixture, so that each variant can be checked against
 * its original: the legacy codes, UTF-16 with and without a BOM, TCVN3 or VNI pasted into UTF-8
 * paragraph by paragraph, a news page around the text, and a .docx with Word's own numbering.
 */
import { createRequire } from 'node:module';
import { strToU8, zipSync } from 'fflate';
import { encodeTcvn3 } from '../../src/decode/legacy/tcvn3.js';
import { encodeVni } from '../../src/decode/legacy/vni.js';
import { decodeCp1252 } from '../../src/decode/legacy/cp1252.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(s: string, enc: string): Buffer };

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function utf16le(s: string, bom: boolean): Uint8Array {
  const body = Buffer.from(s, 'utf16le');
  return bom ? Uint8Array.of(0xff, 0xfe, ...body) : new Uint8Array(body);
}

export function utf16be(s: string, bom: boolean): Uint8Array {
  const body = Buffer.from(s, 'utf16le').swap16();
  return bom ? Uint8Array.of(0xfe, 0xff, ...body) : new Uint8Array(body);
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Windows-1258 as Windows writes it: the letter's shape precomposed, the tone a separate mark. */
export function windows1258(s: string): Uint8Array {
  let split = '';
  for (const ch of s.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const tones = d.match(TONES)?.join('') ?? '';
    split += d.replace(TONES, '').normalize('NFC') + tones;
  }
  return new Uint8Array(iconv.encode(split, 'windows-1258'));
}

/**
 * UTF-8 text whose chosen lines were pasted from a TCVN3 or VNI file: each such line is the
 * Windows-1252 reading of its legacy bytes.
 */
export function mojibake(s: string, scheme: 'tcvn3' | 'vni', pasted: (line: string, index: number) => boolean): Uint8Array {
  const encode = scheme === 'tcvn3' ? encodeTcvn3 : encodeVni;
  const lines = s.split('\n').map((line, i) => (pasted(line, i) ? decodeCp1252(encode(line)) : line));
  return utf8(lines.join('\n'));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// "1. " | "12. " as an <ol> item; "- " as a <ul> item; "a) " as an <ol type="a"> item.
const DECIMAL_ITEM = /^(\d+)\.\s+(?=\S)/u;
const LETTER_ITEM = /^([a-z])\)\s+(?=\S)/u;
const BULLET_ITEM = /^-\s+(?=\S)/u;
const COLUMNS = /\S {3,}\S/u;

/**
 * The paragraphs of a text file, each a list of its lines, trimmed, and an empty list for a
 * blank line: a paragraph starts after a blank line, at an indented line or a marker, or after a line that ends a sentence.
 */
function paragraphs(s: string): string[][] {
  const out: string[][] = [];
  let prev = '';
  for (const raw of s.split('\n')) {
    const line = raw.trim();
    if (!line) {
      // A blank line: an empty paragraph, as pages converted from Word space their text.
      if (prev) out.push([]);
      prev = '';
      continue;
    }
    const starts = !prev || COLUMNS.test(line) || COLUMNS.test(prev) || /^\s{2,}/.test(raw) || DECIMAL_ITEM.test(line) || LETTER_ITEM.test(line) || BULLET_ITEM.test(line) || /[.:;!?]$/.test(prev);
    if (starts || !out.length) out.push([line]);
    else out[out.length - 1]!.push(line);
    prev = line;
  }
  return out;
}

/** A news page around the text: menus, breadcrumb, share bar, related news, comments, footer. */
export function newsPage(s: string): Uint8Array {
  const body: string[] = [];
  let list: { tag: string; type: string; next: number } | null = null;
  const close = () => {
    if (list) body.push(`</${list.tag}>`);
    list = null;
  };
  let table: string[] = [];
  const closeTable = () => {
    if (table.length) body.push(`<table class="header-table">${table.join('')}</table>`);
    table = [];
  };
  for (const para of paragraphs(s)) {
    if (!para.length) {
      close();
      closeTable();
      body.push('<p>&nbsp;</p>');
      continue;
    }
    const line = para[0]!;
    // Two columns side by side (issuer | motto, Nơi nhận | signature): a table, as pages lay them out.
    if (COLUMNS.test(line)) {
      close();
      table.push(`<tr>${line.split(/ {3,}/).map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      continue;
    }
    closeTable();
    const dec = DECIMAL_ITEM.exec(line);
    const let_ = LETTER_ITEM.exec(line);
    const bullet = BULLET_ITEM.exec(line);
    let kind: { tag: string; type: string; n: number; rest: string } | null = null;
    if (dec) kind = { tag: 'ol', type: '1', n: Number(dec[1]), rest: line.slice(dec[0].length) };
    else if (let_ && let_[1] !== 'đ') kind = { tag: 'ol', type: 'a', n: let_[1]!.charCodeAt(0) - 96, rest: line.slice(let_[0].length) };
    else if (bullet) kind = { tag: 'ul', type: '-', n: 0, rest: line.slice(bullet[0].length) };
    // A hard-wrapped paragraph keeps its lines, as a page copied from a PDF does, with <br>.
    const html = (first: string) => [first, ...para.slice(1)].map(escapeHtml).join('<br>\n');
    if (kind) {
      const current = list as { tag: string; type: string; next: number } | null;
      if (!current || current.tag !== kind.tag || current.type !== kind.type || (kind.tag === 'ol' && current.next !== kind.n)) {
        close();
        const attrs = kind.tag === 'ol' ? `${kind.type === 'a' ? ' type="a"' : ''}${kind.n !== 1 ? ` start="${kind.n}"` : ''}` : '';
        body.push(`<${kind.tag}${attrs}>`);
        list = { tag: kind.tag, type: kind.type, next: kind.n };
      }
      body.push(`  <li>${html(kind.rest)}</li>`);
      list!.next = kind.n + 1;
      continue;
    }
    close();
    body.push(`<p>${html(line)}</p>`);
  }
  close();
  closeTable();
  const page = `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Tin tức - Cổng thông tin điện tử</title>
  <style>.menu{display:flex} .share-bar a{color:#333}</style>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body>
  <header class="site-header">
    <div class="logo"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</a></div>
    <nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản chỉ đạo</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
  </header>
  <div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a> &gt; Chỉ đạo điều hành</div>
  <div class="container">
    <div class="ads banner-top"><a href="/qc"><img src="/qc.png" alt="Quảng cáo"></a></div>
    <article class="article-detail">
      <div class="share-bar"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In bài viết</a></div>
      <div class="article-content">
${body.join('\n')}
      </div>
      <div class="box-tags">Từ khóa: <a href="#">chỉ đạo</a>, <a href="#">kết luận</a></div>
    </article>
    <aside class="sidebar">
      <h3>Tin xem nhiều</h3>
      <ul><li><a href="/1">Giao Sở Tài chính chủ trì rà soát trước ngày 30/6/2025</a></li></ul>
    </aside>
    <section class="related-news">
      <h3>Tin liên quan</h3>
      <ul>
        <li><a href="/2">1. Ủy ban nhân dân tỉnh chỉ đạo hoàn thành trước ngày 15/8/2024</a></li>
        <li><a href="/3">Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành triển khai</a></li>
      </ul>
    </section>
    <div id="comments" class="comment-box"><h4>Bình luận</h4><form><textarea></textarea><button>Gửi</button></form><p>Chưa có bình luận nào.</p></div>
  </div>
  <footer class="site-footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Trần Hưng Đạo.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
  <script src="/js/app.js"></script>
</body>
</html>
`;
  return utf8(page);
}

// "I. " | "II. " (upperRoman), "1. " (decimal), "a) " (lowerLetter): the markers Word numbers.
const WORD_MARKERS: Array<{ ilvl: number; pattern: RegExp; value: (m: RegExpExecArray) => number }> = [
  { ilvl: 0, pattern: /^([IVX]+)\.\s+(?=\S)/u, value: (m) => fromRoman(m[1]!) },
  { ilvl: 1, pattern: /^(\d+)\.\s+(?=\S)/u, value: (m) => Number(m[1]) },
  { ilvl: 2, pattern: /^([a-z])\)\s+(?=\S)/u, value: (m) => m[1]!.charCodeAt(0) - 96 },
];

function fromRoman(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < s.length; i++) n += v[s[i]!]! < (v[s[i + 1]!] ?? 0) ? -v[s[i]!]! : v[s[i]!]!;
  return n;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A .docx of the text: marker lines (`I.` `1.` `a)`) become Word numbering, with the marker
 * removed from the runs; a number Word would not reach by counting starts a new list with a
 * start override, as "Restart numbering at N" does. `table` adds a two-column table after the
 * first line.
 */
export function docx(s: string, options: { table?: string[][] } = {}): Uint8Array {
  const paragraphs: string[] = [];
  const nums: Array<{ id: number; overrides: Map<number, number> }> = [{ id: 1, overrides: new Map() }];
  // The reader's counting, simulated: counters per numId, a new item restarts the levels below.
  const counters = new Map<number, number[]>();
  let current = 1;
  const run = (t: string) => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  const lines = s.split('\n');
  lines.forEach((line, index) => {
    const lead = /^\s*/.exec(line)![0];
    const rest = line.slice(lead.length);
    let marker: { ilvl: number; n: number; text: string } | null = null;
    for (const m of WORD_MARKERS) {
      const hit = m.pattern.exec(rest);
      if (hit) {
        marker = { ilvl: m.ilvl, n: m.value(hit), text: rest.slice(hit[0].length) };
        break;
      }
    }
    if (!marker) paragraphs.push(`<w:p>${line ? run(line) : ''}</w:p>`);
    else {
      const c = counters.get(current) ?? [];
      const next = c[marker.ilvl] === undefined ? 1 : c[marker.ilvl]! + 1;
      if (next !== marker.n) {
        current = nums.length + 1;
        nums.push({ id: current, overrides: new Map([[marker.ilvl, marker.n]]) });
      }
      const cc = counters.get(current) ?? [];
      cc[marker.ilvl] = marker.n;
      cc.length = marker.ilvl + 1;
      counters.set(current, cc);
      paragraphs.push(`<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${marker.ilvl}"/><w:numId w:val="${current}"/></w:numPr></w:pPr>${run(marker.text)}</w:p>`);
    }
    if (index === 0 && options.table) {
      const rows = options.table.map((cells) => `<w:tr>${cells.map((t) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr><w:p>${run(t)}</w:p></w:tc>`).join('')}</w:tr>`);
      paragraphs.push(`<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>${rows.join('')}</w:tbl>`);
    }
  });
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${paragraphs.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  const level = (ilvl: number, fmt: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%2.')}${level(2, 'lowerLetter', '%3)')}</w:abstractNum>${nums
    .map((n) => `<w:num w:numId="${n.id}"><w:abstractNumId w:val="0"/>${[...n.overrides].map(([l, v]) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${v}"/></w:lvlOverride>`).join('')}</w:num>`)
    .join('')}</w:numbering>`;
  const files = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`),
    'word/document.xml': strToU8(document),
    'word/numbering.xml': strToU8(numbering),
  };
  return zipSync(files, { level: 6 });
}
