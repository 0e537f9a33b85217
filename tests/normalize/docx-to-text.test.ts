import { describe, expect, it } from 'vitest';
import { docxToText, isDocx } from '../../src/normalize/docx-to-text.js';
import { parse, DirectivesError } from '../../src/index.js';
import { docx } from '../helpers/variants.js';

describe('docxToText', () => {
  it('should put back Word numbering as the markers a reader sees', () => {
    const text = 'KẾT LUẬN\nI. Đánh giá\n1. Kết quả\n2. Tồn tại\nII. Nhiệm vụ\n1. Sở Y tế:\na) khám sàng lọc;\nb) báo cáo.\n5. Sở Nội vụ';
    const bytes = docx(text);
    expect(isDocx(bytes)).toBe(true);
    // The markers are not in the runs: the text comes back only through numbering.xml.
    expect(Buffer.from(bytes).includes('a) kh')).toBe(false);
    expect(docxToText(bytes)).toBe(`${text}\n`);
  });

  it('should flatten a table row by row', () => {
    const bytes = docx('KẾT LUẬN\nGiao Sở Tài chính.', { table: [['Nhiệm vụ', 'Chủ trì'], ['Rà soát', 'Sở Tài chính']] });
    expect(docxToText(bytes)).toBe('KẾT LUẬN\nNhiệm vụ\tChủ trì\nRà soát\tSở Tài chính\nGiao Sở Tài chính.\n');
  });

  it('should be found from the bytes, whatever the extension', () => {
    const result = parse(docx('1. Giao Sở Tài chính chủ trì, hoàn thành trước ngày 15/8/2024.'), { path: 'kl.bin' });
    expect(result.source.format).toBe('docx');
    expect(result.items[0]).toMatchObject({ id: '1', text: '1. Giao Sở Tài chính chủ trì, hoàn thành trước ngày 15/8/2024.' });
  });
});

describe('unsupported formats', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return [(e as DirectivesError).code, (e as Error).message];
    }
    return null;
  };

  it('should refuse a PDF and RTF with a way to convert them', () => {
    expect(code(() => parse(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ'), { path: 'kl.pdf' }))?.[1]).toMatch(/^PDF file: save it as text or \.docx first/);
    expect(code(() => parse(new TextEncoder().encode('{\\rtf1\\ansi Kết luận}')))?.[0]).toBe('UNSUPPORTED_FORMAT');
  });

  it('should refuse a .docx that is not a zip', () => {
    expect(code(() => parse(new TextEncoder().encode('Kết luận'), { path: 'kl.docx' }))?.[0]).toBe('UNSUPPORTED_FORMAT');
  });
});
