import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../src/normalize/html-to-text.js';

describe('htmlToText', () => {
  it('should keep the article and drop navigation, scripts, share bars, related news and comments', () => {
    const html = `<html><head><title>t</title><style>p{}</style><script>var a = 1;</script></head><body>
      <header><nav><a>Trang chủ</a></nav></header>
      <div class="breadcrumb">Tin tức › Chỉ đạo</div>
      <article><header><h1>Kết luận của Chủ tịch</h1></header>
        <div class="share-bar">Chia sẻ</div>
        <p>Giao Sở Tài chính chủ trì.</p>
        <div class="tin-lien-quan"><ul><li>Tin cũ</li></ul></div>
        <div id="comments"><p>Bình luận</p></div>
      </article>
      <aside>Tin xem nhiều</aside><footer>Bản quyền</footer></body></html>`;
    expect(htmlToText(html)).toBe('Kết luận của Chủ tịch\nGiao Sở Tài chính chủ trì.\n');
  });

  it('should number <ol> items, nest lists, and mark <ul> items with a dash', () => {
    const html = '<article><ol><li>Sở Y tế<ol type="a"><li>khám sàng lọc</li><li>báo cáo</li></ol></li><li>Sở Nội vụ<ul><li>rà soát</li></ul></li></ol><ol start="3"><li>Ba</li></ol><ol type="I"><li>Một</li><li>Hai</li></ol></article>';
    expect(htmlToText(html)).toBe('1. Sở Y tế\n  a) khám sàng lọc\n  b) báo cáo\n2. Sở Nội vụ\n  - rà soát\n3. Ba\nI. Một\nII. Hai\n');
  });

  it('should flatten tables row by row, cells separated by a tab', () => {
    const html = '<table><tr><th>Nhiệm vụ</th><th>Chủ trì</th><th>Thời hạn</th></tr><tr><td><p>Rà soát</p></td><td>Sở Tài chính</td><td>30/6/2025</td></tr></table>';
    expect(htmlToText(html)).toBe('Nhiệm vụ\tChủ trì\tThời hạn\nRà soát\tSở Tài chính\t30/6/2025\n');
  });

  it('should keep an empty first cell, so that a row’s cells stay under their columns', () => {
    const html = '<table><tr><td>1</td><td>Tổ chức tập huấn</td><td>Sở Y tế,</td></tr><tr><td></td><td>cho cán bộ</td><td>Sở Nội vụ</td></tr><tr><td> </td><td></td><td></td></tr></table>';
    expect(htmlToText(html)).toBe('1\tTổ chức tập huấn\tSở Y tế,\n\tcho cán bộ\tSở Nội vụ\n');
  });

  it('should keep a column covered by a cell of a row above (rowspan) or filled by a wide cell (colspan) as a cell', () => {
    const html = '<table><tr><td>1</td><td>Rà soát</td><td rowspan="2">Sở Tư pháp</td><td>Quý II/2026</td></tr><tr><td>2</td><td>Công bố</td><td>Quý III/2026</td></tr><tr><td>II</td><td colspan="2">Nhóm nhiệm vụ</td><td>Năm 2026</td></tr></table>';
    expect(htmlToText(html)).toBe('1\tRà soát\tSở Tư pháp\tQuý II/2026\n2\tCông bố\t\tQuý III/2026\nII\tNhóm nhiệm vụ\t\tNăm 2026\n');
  });

  it('should keep a <br> as a line break and an empty paragraph as a blank line', () => {
    expect(htmlToText('<p>dòng một<br>dòng hai</p><p>&nbsp;</p><p>đoạn mới &amp; hết</p>')).toBe('dòng một\ndòng hai\n\nđoạn mới & hết\n');
  });

  it('should tell a page from text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body></body></html>')).toBe(true);
    expect(looksLikeHtml('Số: 45/KL-SKHCN\n<p> is a tag')).toBe(false);
  });
});
