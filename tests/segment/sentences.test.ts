import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/segment/sentences.js';

const sentences = (text: string) => segmentSentences({ text, span: { start: 10, end: 10 + text.length } }).map((s) => s.text);

describe('segmentSentences', () => {
  it('should not end a sentence after GĐ., TP. or PGS.TS.', () => {
    expect(sentences('Ông Nguyễn Minh Hải - GĐ. Sở Khoa học và Công nghệ báo cáo. Sau đó TP. Hồ Chí Minh đề nghị PGS.TS. Nguyễn Văn A trình bày. Xong.')).toEqual([
      'Ông Nguyễn Minh Hải - GĐ. Sở Khoa học và Công nghệ báo cáo.',
      'Sau đó TP. Hồ Chí Minh đề nghị PGS.TS. Nguyễn Văn A trình bày.',
      'Xong.',
    ]);
  });

  it('should end sentences at a full stop before a capital', () => {
    expect(sentences('Sở Tài chính chủ trì. Sở Nội vụ phối hợp.')).toEqual(['Sở Tài chính chủ trì.', 'Sở Nội vụ phối hợp.']);
  });

  it('should give absolute spans', () => {
    const [first] = segmentSentences({ text: 'Một câu. Hai câu.', span: { start: 100, end: 117 } });
    expect(first!.span).toEqual({ start: 100, end: 108 });
  });
});
