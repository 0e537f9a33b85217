import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { findFurniture } from '../../src/normalize/boilerplate.js';
import { segmentLines } from '../../src/segment/lines.js';
import { buildLineIndex } from '../../src/normalize/line-index.js';

describe('normalizeText', () => {
  it('should compose combining tone marks (NFC)', () => {
    expect(normalizeText('Ke\u0302\u0301t lua\u0323\u0302n')).toBe('Kết luận');
  });

  it('should turn CRLF and CR into LF, and drop a BOM', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('should change nothing else', () => {
    const s = '  Số:173    /KH-UBND \t ngày 28\u00a0tháng 4  ';
    expect(normalizeText(s)).toBe(s);
  });
});

describe('buildLineIndex', () => {
  it('should give 1-based line numbers of offsets', () => {
    const idx = buildLineIndex('ab\ncd\n\nef');
    expect([0, 2, 3, 6, 7, 8].map((o) => idx.lineOf(o))).toEqual([1, 1, 2, 3, 4, 4]);
  });
});

describe('findFurniture', () => {
  const furniture = (text: string, news = true) => [...findFurniture(segmentLines(text), news)].sort((a, b) => a - b);

  it('should find view counters, audio players and banners', () => {
    expect(furniture('image banner\nLượt xem: 30\n0:00 / 0:00\nGiọng nữ miền Nam\nNội dung bài viết.')).toEqual([0, 1, 2, 3]);
  });

  it('should find the stamp of a digital signature in an official document, not a metadata table', () => {
    const stamp = ['với các nội dung chính như sau:', 'Người ký: Cổng Thông tin điện tử Chính phủ', 'Email: thongtinchinhphu@chinhphu.vn', 'Cơ quan: Văn phòng Chính phủ', 'Thời gian ký: 03.11.2023 16:19:35 +07:00', 'I. QUAN ĐIỂM'];
    expect(furniture(stamp.join('\n'), false)).toEqual([1, 2, 3, 4]);
    // Without its time line, "Người ký:" is a field of a copied page's metadata table.
    expect(furniture('Số hiệu: 45/KL-UBND\nNgười ký: Trần Văn A\nCơ quan ban hành: UBND tỉnh', false)).toEqual([]);
  });

  it('should keep everything after "Tin liên quan" out', () => {
    const text = ['Tiêu đề', 'Đoạn một.', 'Đoạn hai.', 'Đoạn ba.', 'Tin liên quan', 'Bài khác', 'Thống kê truy cập'].join('\n');
    expect(furniture(text)).toEqual([4, 5, 6]);
  });

  it('should find photo captions in a news report, not in an official document', () => {
    const text = 'Quang cảnh buổi làm việc\nSở có 277 người.\nGiám đốc Sở Khoa học và Công nghệ Trần Duy Bình trình bày báo cáo.\nTỉnh yêu cầu Sở hoàn thành.';
    expect(furniture(text)).toEqual([0, 2]);
    expect(furniture(text, false)).toEqual([]);
  });

  it('should not take an instruction for a caption', () => {
    expect(furniture('Chủ tịch UBND tỉnh yêu cầu các sở phát biểu tại hội nghị')).toEqual([]);
  });

  it('should find the byline at the end of a news page', () => {
    expect(furniture('Tiêu đề\nSở cần tập trung thực hiện.\nQUỲNH UYỂN')).toEqual([2]);
    expect(furniture('Tiêu đề\nSở cần tập trung thực hiện.\nNguyễn Thị Bích Thảo')).toEqual([2]);
  });
});
