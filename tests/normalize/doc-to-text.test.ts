import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docToText, isOle } from '../../src/normalize/doc-to-text.js';
import { parse, parseWithText, DirectivesError } from '../../src/index.js';
import { makeDoc, makeOle } from '../helpers/doc.js';
import { FIXTURES } from '../helpers/fixtures.js';

const formats = (name: string) => readFileSync(join(FIXTURES, 'formats', name));

const error = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return [(e as DirectivesError).code, (e as Error).message];
  }
  return null;
};

describe('docToText on files Word-compatible software wrote', () => {
  // LibreOffice's "MS Word 97" export of a plan with a task table, fields and decomposed tone marks.
  const table = formats('kh-bang-nhiem-vu.doc');

  it('should emit a table row as one line, cells split by a tab, an empty cell kept', () => {
    const lines = docToText(table).split('\n');
    expect(lines).toContain('TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành');
    expect(lines).toContain('1\tRà soát thủ tục hành chính trên Cổng dịch vụ công\tSở Tư pháp\t\tQuý II/2026');
    // A cell of two paragraphs stays one cell.
    expect(lines).toContain('2\tXây dựng kho dữ liệu dùng chung của tỉnh; kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia\tSở Khoa học và Công nghệ\tCác sở, ban, ngành\t30/6/2026');
  });

  it('should give one task per table row', () => {
    const result = parse(table, { path: 'kh.doc' });
    expect(result.source).toMatchObject({ format: 'doc', encoding: 'utf-16le' });
    const rows = result.items.filter((i) => /^\d\t?/.test(i.text) && i.kind === 'task');
    expect(rows.map((i) => [i.assignees.map((a) => `${a.role}: ${a.name}`), i.deadlines.map((d) => d.date)])).toEqual([
      [['lead: Sở Tư pháp'], ['2026-06-30']],
      [['lead: Sở Khoa học và Công nghệ', 'support: sở, ban, ngành'], ['2026-06-30']],
      [['lead: Sở Nội vụ', 'support: Ủy ban nhân dân các xã, phường'], ['2026-10-31']],
    ]);
  });

  it('should keep only the result of a field (a page number, a hyperlink)', () => {
    const text = docToText(table);
    expect(text).toContain('Triển khai chuyển đổi số năm 2026 (trang 1), xem Cổng thông tin điện tử tỉnh để biết thêm.');
    expect(text).not.toMatch(/PAGE|HYPERLINK|http/);
  });

  it('should compose tone marks typed as separate characters (NFC)', () => {
    const text = docToText(table);
    expect(Buffer.from(table).includes(Buffer.from('\u0300', 'utf16le'))).toBe(true);
    expect(text).toContain('Giao Sở Xây dựng chủ trì, hoàn thành trước ngày 15/9/2026.');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('should put back Word numbering as the markers a reader sees (levels, restarts, bullets, a start)', () => {
    // The markers are not in the text: they come back only through the list tables (PlfLst, PlfLfo).
    const bytes = formats('kl-danh-so-tu-dong.doc');
    expect(Buffer.from(bytes).includes(Buffer.from('a) kh', 'utf16le'))).toBe(false);
    expect(docToText(bytes)).toBe(
      'KẾT LUẬN\nI. Đánh giá\n1. Kết quả\n2. Tồn tại\nII. Nhiệm vụ\n1. Sở Y tế:\na) khám sàng lọc;\nb) báo cáo.\n' +
        '- Sở Tài chính bố trí kinh phí;\n- Sở Nội vụ hướng dẫn.\nTiếp theo:\n5. Giao Sở Xây dựng chủ trì, hoàn thành trước ngày 15/9/2026.\n',
    );
    const result = parse(bytes, { path: 'kl.doc' });
    expect(result.items.find((i) => i.text.startsWith('5. Giao'))).toMatchObject({ id: 'II.5', kind: 'task' });
  });

  it('should repair text typed in a TCVN3 font, as the same text pasted into UTF-8', () => {
    const { result, text } = parseWithText(formats('tb-ubnd-hanoi-2026-tcvn3.doc'), { path: 'tb.doc' });
    expect(text).toContain('Thành phố treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.');
    // TCVN3's "ư" (0xAD) is stored by Word as an optional hyphen: the repair gets it back.
    expect(text).toContain('các cơ quan,\nđơn vị của Trung ương;');
    expect(text).not.toContain('\u00ad');
    expect(result.warnings.some((w) => w.code === 'ENCODING_REPAIRED')).toBe(true);
  });
});

describe('docToText on hand-made files', () => {
  it('should read 8-bit (compressed) pieces as Windows-1252 and UTF-16 pieces as Unicode', () => {
    const bytes = makeDoc([
      { text: 'Gi\x93a\x94 \x96 \x80 caf\xe9\r', compressed: true },
      { text: 'Giao Sở Tài chính chủ trì.\r' },
      { text: 'x\x81y\r', compressed: true },
    ]);
    expect(isOle(bytes)).toBe(true);
    expect(docToText(bytes)).toBe('Gi“a” – € café\nGiao Sở Tài chính chủ trì.\nx\u0081y\n');
  });

  it('should skip the Clx formatting entries and stop at ccpText', () => {
    const bytes = makeDoc([{ text: 'Kết luận\r' }, { text: 'chú thích\r' }], { prc: true, ccpText: 9 });
    expect(docToText(bytes)).toBe('Kết luận\n');
  });

  it('should repair TCVN3 bytes in a compressed piece', () => {
    // "Giao Sở Tài chính chủ trì." in TCVN3, stored 8-bit.
    const bytes = makeDoc([{ text: 'Giao Së Tµi chÝnh chñ tr×, hoµn thµnh tr\xad\xedc ngµy 15/8/2024.\r', compressed: true }]);
    const { text } = parseWithText(bytes, { path: 'kl.doc' });
    expect(text).toContain('Giao Sở Tài chính chủ trì, hoàn thành trước ngày 15/8/2024.');
  });

  it('should keep field results only, nested fields too', () => {
    const bytes = makeDoc([{ text: 'Trang \x13 PAGE \x142\x15; xem \x13 HYPERLINK "\x13 QUOTE x \x14y\x15" \x14Cổng \x13 REF a \x14tin\x15\x15.\r\x13 TOC \x15Hết.\r' }]);
    expect(docToText(bytes)).toBe('Trang 2; xem Cổng tin.\nHết.\n');
  });

  it('should turn Word marks into text', () => {
    const bytes = makeDoc([{ text: 'a\x0Bb\x0Cc\x1Ed\x1Fe\x01\x08f\xA0g\tz\r' }]);
    // The optional hyphen (0x1F) stays a soft hyphen until decodeInput drops it after the repair.
    expect(docToText(bytes)).toBe('a\nb\nc-d\u00adef g\tz\n');
    expect(parseWithText(bytes, { path: 'a.doc' }).text).toContain('c-def g');
  });

  it('should tell a row end from a cell end by the doubled mark when there are no paragraph properties', () => {
    const bytes = makeDoc([{ text: 'Bảng\r1\x07Rà soát\x07Sở Tư pháp\x07\x072\x07Báo cáo\x07Sở Nội vụ\x07\x07Hết.\r' }]);
    expect(docToText(bytes)).toBe('Bảng\n1\tRà soát\tSở Tư pháp\n2\tBáo cáo\tSở Nội vụ\nHết.\n');
  });
});

describe('refusals', () => {
  it('should refuse an encrypted .doc', () => {
    expect(error(() => parse(makeDoc([{ text: 'x\r' }], { flags: 0x0100 }), { path: 'kl.doc' }))).toEqual(['UNSUPPORTED_FORMAT', 'encrypted (password-protected) .doc file: remove the password and save it again']);
  });

  it('should refuse a Word 6/95 file', () => {
    expect(error(() => parse(makeDoc([{ text: 'x\r' }], { nFib: 0x65 - 1 }), { path: 'kl.doc' }))?.[1]).toMatch(/^Word 6\/95 \.doc file/);
  });

  it('should name an OLE file that holds no Word document', () => {
    expect(error(() => parse(makeOle({ Workbook: 'x' }), { path: 'bang.xls' }))).toEqual(['UNSUPPORTED_FORMAT', 'not a Word .doc file: an OLE compound file holding an Excel workbook (.xls)']);
    expect(error(() => parse(makeOle({ 'PowerPoint Document': 'x' }), { path: 'kl.doc' }))?.[1]).toMatch(/PowerPoint presentation \(\.ppt\)/);
    expect(error(() => parse(makeOle({ Other: 'x' }), { path: 'kl.doc' }))?.[1]).toBe('not a Word .doc file: an OLE compound file without a WordDocument stream');
  });

  it('should give a one-line reason for a damaged file', () => {
    expect(error(() => parse(makeDoc([{ text: 'x\r' }], { omitTable: true }), { path: 'kl.doc' }))).toEqual(['UNSUPPORTED_FORMAT', 'damaged .doc file: the 1Table stream is missing']);
    expect(error(() => parse(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), { path: 'kl.doc' }))?.[1]).toMatch(/^damaged \.doc file: /);
    expect(error(() => parse(new TextEncoder().encode('Kết luận'), { path: 'kl.doc' }))).toEqual(['UNSUPPORTED_FORMAT', 'not a Word .doc file (no OLE compound file)']);
  });

  it('should never crash or hang on a truncated or corrupted file', () => {
    const good = formats('kh-bang-nhiem-vu.doc');
    // Deterministic corruption: cut at many lengths, and flip bytes at many offsets.
    const variants: Uint8Array[] = [];
    for (let cut = 8; cut < good.length; cut += 509) variants.push(good.subarray(0, cut));
    for (let at = 0; at < good.length; at += 97) {
      const bad = Uint8Array.from(good);
      bad[at] = bad[at]! ^ 0xff;
      bad[(at * 7) % good.length] = 0x7f;
      variants.push(bad);
    }
    for (const bytes of variants) {
      const outcome = error(() => parse(bytes, { path: 'kl.doc' }));
      if (outcome) {
        expect(outcome[0]).toBe('UNSUPPORTED_FORMAT');
        expect(outcome[1]).not.toContain('\n');
      }
    }
  });

  it('should read a web page saved with a .doc name as HTML', () => {
    const page = new TextEncoder().encode('<html><body><p>1. Giao Sở Tài chính chủ trì, hoàn thành trước ngày 15/8/2024.</p></body></html>');
    const result = parse(page, { path: 'kl.doc' });
    expect(result.source.format).toBe('html');
    expect(result.items).toEqual(parse(page, { path: 'kl.html' }).items);
  });
});
