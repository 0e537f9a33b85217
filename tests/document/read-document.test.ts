import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officeCase, unitCase } from '../../src/document/casing.js';
import { readKind } from '../../src/document/kind.js';
import { readDocument } from '../../src/document/read-document.js';
import { collapseWhitespace } from '../../src/extract/run-rules.js';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { segmentLines } from '../../src/segment/lines.js';
import { DOCS, FIXTURES, fixtureNames } from '../helpers/fixtures.js';

function read(text: string) {
  const lines = segmentLines(text);
  return { ...readDocument(text, lines), lines, text };
}

/** The trimmed text of a 0-based line, or END. */
function lineText(r: ReturnType<typeof read>, i: number): string {
  return i < r.lines.length ? r.lines[i]!.text.trim() : 'END';
}

const KET_LUAN = [
  'UBND TỈNH QUẢNG NGÃI',
  'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  '',
  'Số: 45/KL-SKHCN',
  '',
  'Quảng Ngãi, ngày 23 tháng 7 năm 2021',
  '',
  'KẾT LUẬN',
  '',
  'của Giám đốc Sở Khoa học và Công nghệ tại Hội nghị sơ kết công tác 6 tháng đầu năm',
  '',
  'Ngày 22/7/2021, Giám đốc Sở Khoa học và Công nghệ chủ trì Hội nghị sơ kết công tác 6 tháng đầu năm 2021.',
  '',
  'I. Tình hình, kết quả thực hiện nhiệm vụ',
  '',
  'Số 5 đơn vị đã hoàn thành kế hoạch ngày 15/6/2021.',
  '',
  'Giám đốc Sở yêu cầu các phòng, đơn vị tổ chức thực hiện Kết luận này./.',
  '',
  'Nơi nhận:',
  '',
  '- GD, các PGD Sở;',
  '- Các phòng, đơn vị trực thuộc Sở;',
  '- Lưu: VT, VP.',
  '',
  'GIÁM ĐỐC',
  '',
  'Nguyễn Văn Thành',
].join('\n');

describe('readDocument: number', () => {
  it('should read the number after Số:', () => {
    expect(read(KET_LUAN).document.number).toBe('45/KL-SKHCN');
  });

  it('should keep only the symbol of a blank number', () => {
    expect(read('Số: /KL-SKHCN\nQuảng Ngãi, ngày 23 tháng 7 năm 2021\nKẾT LUẬN').document.number).toBe('/KL-SKHCN');
    expect(read('Số:    /KL-SKHCN\nKẾT LUẬN').document.number).toBe('/KL-SKHCN');
    expect(read('Số: ……/QĐ-UBND\nQUYẾT ĐỊNH').document.number).toBe('/QĐ-UBND');
  });

  it('should remove the spaces of a number that shares its line with the place-date', () => {
    const r = read('  ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   Số:173    /KH-UBND               Hà Nội, ngày 28     tháng 4    năm 2026\n\n      KẾ HOẠCH\n');
    expect(r.document).toMatchObject({ number: '173/KH-UBND', place: 'Hà Nội', date: '2026-04-28' });
  });

  it('should keep leading zeros and years inside the number', () => {
    expect(read('Số: 007/CT-UBND\nCHỈ THỊ').document.number).toBe('007/CT-UBND');
    expect(read('Số: 122/2024/NĐ-CP\nNGHỊ ĐỊNH').document.number).toBe('122/2024/NĐ-CP');
  });

  it('should read a party-style number written without a colon', () => {
    expect(read('ĐẢNG ĐOÀN QUỐC HỘI\n\nSố 3260-KH/ĐĐQH15\n\nHà Nội, ngày 10 tháng 01 năm 2025\n\nKẾ HOẠCH').document.number).toBe('3260-KH/ĐĐQH15');
  });

  it('should read Số hiệu from the metadata table of a web copy', () => {
    const r = read('Số hiệu: 365/TB-VPCP\nLoại văn bản: Thông báo\nNgày ban hành: 10/07/2026\nNgười ký: Phạm Mạnh Cường\n\nVăn phòng Chính phủ thông báo ý kiến kết luận của Phó Thủ tướng như sau:');
    expect(r.document).toMatchObject({ number: '365/TB-VPCP', type: 'Thông báo', date: '2026-07-10', signer: { name: 'Phạm Mạnh Cường' } });
  });

  it('should not take Số 5 in body text for a document number', () => {
    expect(read('Tin tức\n\nSố 5 đơn vị đã hoàn thành kế hoạch.').document.number).toBeNull();
    expect(read('Tin tức\n\nSố lượng: 25/30 nhiệm vụ.').document.number).toBeNull();
  });

  it('should not read a Số line under the title', () => {
    expect(read('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾT LUẬN\ncủa Giám đốc Sở\n\nSố: 12/QĐ-UBND ngày 5/3/2021 đã giao nhiệm vụ.').document.number).toBeNull();
  });

  it('should not read a Số line below the header', () => {
    const body = Array.from({ length: 40 }, (_, i) => `Đoạn văn thứ ${i + 1} của bài báo, kể lại buổi làm việc.`).join('\n');
    expect(read(`Bộ Công Thương yêu cầu dừng tích nước\n${body}\nSố: 12/CV-BCT`).document.number).toBeNull();
  });
});

describe('readDocument: place and date', () => {
  it('should read the place and the ISO date of the place-date line', () => {
    expect(read(KET_LUAN).document).toMatchObject({ place: 'Quảng Ngãi', date: '2021-07-23' });
  });

  it('should read a place-date line wrapped over two lines', () => {
    expect(read('Số: 12/TB-UBND\nHà Nội, ngày 12 tháng 3\nnăm 2024\nTHÔNG BÁO').document).toMatchObject({ place: 'Hà Nội', date: '2024-03-12' });
  });

  it('should read the ngày d/m/yyyy form', () => {
    expect(read('Số: 12/KL-UBND\nĐà Nẵng, ngày 23/7/2021\nKẾT LUẬN').document).toMatchObject({ place: 'Đà Nẵng', date: '2021-07-23' });
  });

  it('should give no date when the day is left blank', () => {
    expect(read('Số:     /QĐ-UBND\nHà Nội, ngày      tháng 4 năm 2026\nQUYẾT ĐỊNH').document).toMatchObject({ place: 'Hà Nội', date: null });
  });

  it('should not take a date in the body for the document date', () => {
    const r = read('Ban Chỉ đạo 389 mở đợt cao điểm chống buôn lậu\n\nKế hoạch được thực hiện từ ngày 20/12/2020 đến ngày 28/2/2021.\n\nHà Nội, ngày 5 tháng 3 năm 2021 là hạn chót.');
    expect(r.document).toMatchObject({ kind: 'news-report', date: null, place: null });
  });

  it('should read a news page date line near the top', () => {
    const r = read('Phó Thủ tướng yêu cầu đẩy nhanh giải ngân\nThứ Hai, 25/03/2024 14:30\n\nSáng 25/3, Phó Thủ tướng chủ trì cuộc họp.');
    expect(r.document).toMatchObject({ kind: 'news-report', date: '2024-03-25', meeting: { date: '2024-03-25' } });
  });
});

describe('readDocument: kind and type', () => {
  it('should call a KẾT LUẬN ket-luan with its type word', () => {
    expect(read(KET_LUAN).document).toMatchObject({ kind: 'ket-luan', type: 'Kết luận' });
  });

  it('should call a Thông báo of conclusions thong-bao-ket-luan', () => {
    const r = read('VĂN PHÒNG CHÍNH PHỦ\nSố: 365/TB-VPCP\nHà Nội, ngày 10 tháng 7 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Phó Thủ tướng tại buổi làm việc với lãnh đạo Thành phố Hồ Chí Minh\n\nNgày 06 tháng 7 năm 2026, tại Thành phố Hồ Chí Minh, Phó Thủ tướng Thường trực Chính phủ Phạm Gia Túc đã chủ trì buổi làm việc.');
    expect(r.document).toMatchObject({ kind: 'thong-bao-ket-luan', type: 'Thông báo', meeting: { date: '2026-07-06', chair: 'Phó Thủ tướng Thường trực Chính phủ Phạm Gia Túc' } });
  });

  it('should call a Thông báo of a leader\'s directions at a meeting thong-bao-ket-luan', () => {
    const head = 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 5120/TB-BNNMT\nHà Nội, ngày 26 tháng 9 năm 2025\n\nTHÔNG BÁO\n';
    expect(read(`${head}Ý kiến chỉ đạo của Bộ trưởng Đỗ Đức Duy tại cuộc họp về công tác phòng, chống thiên tai\n\nNgày 24/9/2025, Bộ trưởng chủ trì cuộc họp.`).document.kind).toBe('thong-bao-ket-luan');
    expect(read(`${head}Chỉ đạo của Thứ trưởng tại buổi làm việc với tỉnh Nghệ An\n\nNgày 24/9/2025, Thứ trưởng làm việc với tỉnh.`).document.kind).toBe('thong-bao-ket-luan');
    // A notice about carrying out a direction, no meeting: not a conclusion.
    expect(read(`${head}Về việc thực hiện chỉ đạo của Thủ tướng Chính phủ về treo cờ\n\nThực hiện chỉ đạo …`).document.kind).toBe('other');
    // … nor a leader's directions on a report or a request
    expect(read(`${head}Ý kiến chỉ đạo của Bộ trưởng về việc xử lý kiến nghị của Công ty Cổ phần ABC\n\nXét Báo cáo số 120/BC-TCTL, Bộ trưởng có ý kiến chỉ đạo như sau:`).document.kind).toBe('other');
  });

  it('should call a web copy headed by a leader\'s directions a thong-bao-ket-luan only when given at a meeting', () => {
    const web = (title: string) => readKind({ official: false, type: null, title, number: null, sections: true });
    expect(web('Thông báo ý kiến chỉ đạo của Bộ trưởng tại cuộc họp về công tác phòng, chống thiên tai')).toBe('thong-bao-ket-luan');
    expect(web('Thông báo kết luận của Thủ tướng tại buổi làm việc với tỉnh Nghệ An')).toBe('thong-bao-ket-luan');
    expect(web('Thông báo ý kiến chỉ đạo của Chủ tịch UBND tỉnh về việc xử lý kiến nghị của doanh nghiệp')).toBe('news-report');
  });

  it('should call a Thông báo that concludes nothing other', () => {
    expect(read(' ỦY BAN NHÂN DÂN\n  Số: 453      /TB-UBND\n Hà Nội, ngày 29 tháng 4 năm 2026\n\n    THÔNG BÁO\n   Về việc treo cờ Tổ quốc\n\n Nhân dịp Đại hội …').document).toMatchObject({ kind: 'other', type: 'Thông báo', number: '453/TB-UBND' });
  });

  it('should call Chỉ thị, Kế hoạch and Công điện other', () => {
    for (const [word, type] of [['CHỈ THỊ', 'Chỉ thị'], ['KẾ HOẠCH', 'Kế hoạch'], ['CÔNG ĐIỆN', 'Công điện'], ['NGHỊ QUYẾT', 'Nghị quyết']] as const) {
      expect(read(`Số: 21/XX-TTg\nHà Nội, ngày 20 tháng 5 năm 2026\n${word}\nVề việc sắp xếp thôn`).document).toMatchObject({ kind: 'other', type });
    }
  });

  it('should call a conclusion ket-luan by its KL number when no type word is printed', () => {
    expect(read('Số: 12/KL-UBND\nHà Nội, ngày 2 tháng 3 năm 2024\n\nNgày 1/3/2024, Chủ tịch UBND chủ trì họp.').document.kind).toBe('ket-luan');
  });

  it('should call a story without an official header news-report, with no number, type or signer', () => {
    const r = read('Bộ Công Thương yêu cầu không mua điện của thủy điện Thượng Nhật\n\nChiều nay, 14/11, Cục Điện lực đã có văn bản hỏa tốc.\n\nThanh Nguyễn\n\nNGUYỄN VĂN AN');
    expect(r.document).toMatchObject({ kind: 'news-report', type: null, number: null, signer: null, recipients: [], meeting: { date: null } });
    expect(r.footerStartLine).toBe(r.lines.length);
  });

  it('should call a web copy of a conclusion ket-luan', () => {
    const r = read('Truy cập nội dung luôn\n\nKết luận của Giám đốc Sở Khoa học và Công nghệ tại Hội nghị chuyên đề về Chuyển đổi số năm 2024\n\n25/03/2024 15:28    126\n\nNgày 20/3/2024, Sở Khoa học và Công nghệ đã tổ chức Hội nghị chuyên đề.\n\nI. Đánh giá công tác chuyển đổi số năm 2023\n\nThống nhất các nội dung.\n\nII. Những nhiệm vụ chủ yếu\n\n1. Tập trung củng cố nhân lực.');
    expect(r.document).toMatchObject({ kind: 'ket-luan', type: 'Kết luận', date: '2024-03-25', meeting: { date: '2024-03-20' } });
    expect(lineText(r, r.bodyStartLine)).toMatch(/^Ngày 20\/3\/2024/u);
  });

  it('should read a news page\'s own date beside its time and view count', () => {
    const r = read('Bộ trưởng Bộ Xây dựng làm việc với tỉnh Quảng Trị\nCập nhật: 15:30 | 22/04/2025 | Lượt xem: 1.354\nChiều 21/4, tại Đông Hà, Bộ trưởng đã có buổi làm việc với UBND tỉnh Quảng Trị.\nBộ trưởng yêu cầu tỉnh khẩn trương giải phóng mặt bằng.');
    expect(r.document).toMatchObject({ kind: 'news-report', date: '2025-04-22' });
    // (a sentence that holds a date and a count is no page date)
    expect(read('Bộ trưởng làm việc với tỉnh Quảng Trị\nNgày 22/04/2025 có 1.354 hộ được hỗ trợ.\nBộ trưởng yêu cầu tỉnh khẩn trương giải phóng mặt bằng.').document.date).not.toBe('2025-04-22');
  });

  it('should call a story headed Kết luận của Thủ tướng that reports the notice news-report', () => {
    expect(read('Kết luận của Thủ tướng về việc sân golf trong sân bay Tân Sơn Nhất\nVăn phòng Chính phủ vừa có thông báo Kết luận của Thủ tướng.').document.kind).toBe('news-report');
  });
});

describe('readDocument: title and header bounds', () => {
  it('should read the title from the type word to the first body paragraph, on one line', () => {
    const r = read(KET_LUAN);
    expect(r.document.title).toBe('KẾT LUẬN của Giám đốc Sở Khoa học và Công nghệ tại Hội nghị sơ kết công tác 6 tháng đầu năm');
    expect(collapseWhitespace(r.text.slice(r.fieldSpans.title!.start, r.fieldSpans.title!.end))).toBe(r.document.title);
    expect(lineText(r, r.bodyStartLine)).toMatch(/^Ngày 22\/7\/2021/u);
  });

  it('should end a wrapped title at its rule and start the body after it', () => {
    const r = read('THỦ TƯỚNG CHÍNH PHỦ\n__________\nSố: 21/CT-TTg\nHà Nội, ngày 20 tháng 5 năm 2026\n\nCHỈ THỊ\nVề việc sắp xếp thôn, tổ dân phố và bố trí, sử dụng, chế độ, chính sách\nđối với người hoạt động không chuyên trách\n______________\n\nThực hiện chủ trương của Đảng,');
    expect(r.document.title).toBe('CHỈ THỊ Về việc sắp xếp thôn, tổ dân phố và bố trí, sử dụng, chế độ, chính sách đối với người hoạt động không chuyên trách');
    expect(lineText(r, r.bodyStartLine)).toBe('Thực hiện chủ trương của Đảng,');
  });

  it('should keep a Công văn subject and its Kính gửi list in the header', () => {
    const r = read('VĂN PHÒNG CHÍNH PHỦ\nSố: 3722/VPCP-CN\nV/v cơ chế đặc thù xây dựng công trình khẩn cấp\n\nHà Nội, ngày 28 tháng 4 năm 2026\n\nKính gửi:\n- Các Bộ: Công an, Tư pháp;\n- Ủy ban nhân dân tỉnh Đồng Nai.\n\nXét đề nghị của Ủy ban nhân dân tỉnh Đồng Nai,');
    expect(r.document).toMatchObject({ title: 'V/v cơ chế đặc thù xây dựng công trình khẩn cấp', type: null, issuer: 'Văn phòng Chính phủ' });
    expect(lineText(r, r.bodyStartLine)).toBe('Xét đề nghị của Ủy ban nhân dân tỉnh Đồng Nai,');
  });

  it('should keep the addressees of a Công điện and an enacting line in the header', () => {
    const cd = read('Số: 46/CĐ-TTg\nHà Nội, ngày 11 tháng 7 năm 2026\n\nCÔNG ĐIỆN\n\nVề phòng, chống đuối nước\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ: Y tế;\n- Chủ tịch Ủy ban nhân dân các tỉnh.\n\nNgày 10 tháng 7 năm 2026 tại xã Nâm Nung đã xảy ra vụ đuối nước.');
    expect(lineText(cd, cd.bodyStartLine)).toMatch(/^Ngày 10 tháng 7/u);
    expect(cd.document.meeting.date).toBeNull();
    // An addressee wrapped after its comma goes on on the next line, capitalised.
    const wrapped = read('Số: 18/CĐ-UBND\nQuảng Bình, ngày 26 tháng 10 năm 2024\n\nCÔNG ĐIỆN\nVề ứng phó với bão\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc các Sở: Công Thương, Y tế,\nGiáo dục và Đào tạo;\n- Giám đốc Công an tỉnh.\n\nHồi 07 giờ ngày 26/10, vị trí tâm bão ở khoảng 16,5 độ Vĩ Bắc.');
    expect(lineText(wrapped, wrapped.bodyStartLine)).toMatch(/^Hồi 07 giờ/u);
    // A line after a sentence that ends in a comma is no addressee when it opens the body.
    const body = read('Số: 18/CĐ-UBND\nQuảng Bình, ngày 26 tháng 10 năm 2024\n\nCÔNG ĐIỆN\nVề ứng phó với bão\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc Công an tỉnh,\nThực hiện Công điện số 108/CĐ-TTg, Chủ tịch yêu cầu:');
    expect(lineText(body, body.bodyStartLine)).toMatch(/^Thực hiện Công điện/u);
    const news = read('Số: 18/CĐ-UBND\nQuảng Bình, ngày 26 tháng 10 năm 2024\n\nCÔNG ĐIỆN\nVề ứng phó với bão\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Chủ tịch UBND các huyện, thị xã, thành phố ven biển,\nTheo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, bão đang di chuyển nhanh.');
    expect(lineText(news, news.bodyStartLine)).toMatch(/^Theo tin của Trung tâm/u);
    const nq = read('CHÍNH PHỦ\nSố: 141/NQ-CP\nHà Nội, ngày 01 tháng 6 năm 2026\n\nNGHỊ QUYẾT\nVề chính sách của Luật Thương mại\n______\n\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;');
    expect(lineText(nq, nq.bodyStartLine)).toBe('Căn cứ Luật Tổ chức Chính phủ;');
  });

  it('should start the body of a news report at its headline, after banner furniture', () => {
    expect(read('Ban Chỉ đạo 389 quốc gia mở đợt cao điểm\n\nTheo Kế hoạch, Ban Chỉ đạo sẽ tăng cường kiểm tra.').bodyStartLine).toBe(0);
    expect(read('image banner\nPHÓ CHỦ TỊCH UBND TỈNH LÀM VIỆC VỚI SỞ\nLượt xem: 30\n\nNgày 03/7/2024, ông Nguyễn Minh Lâm đã có buổi làm việc với Sở.').bodyStartLine).toBe(1);
  });
});

describe('readDocument: issuer', () => {
  it('should sentence-case an issuer printed on two lines', () => {
    expect(read('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/KL-UBND\nKẾT LUẬN').document.issuer).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi');
  });

  it('should take the issuing body under its parent body', () => {
    expect(read(KET_LUAN).document.issuer).toBe('Sở Khoa học và Công nghệ');
  });

  it('should read the left column of a two-column header', () => {
    expect(read('  ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  THÀNH PHỐ HÀ NỘI                       Độc lập - Tự do - Hạnh phúc\n\n   Số:173    /KH-UBND\n').document.issuer).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(read('CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 03/NQ-CP\n').document.issuer).toBe('Chính phủ');
  });

  it('should case names of bodies and offices by the administrative convention', () => {
    expect(unitCase('THỦ TƯỚNG CHÍNH PHỦ')).toBe('Thủ tướng Chính phủ');
    expect(unitCase('BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH')).toBe('Bộ Văn hóa, Thể thao và Du lịch');
    expect(unitCase('UBND TP. HỒ CHÍ MINH')).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(unitCase('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')).toBe('Bộ Lao động - Thương binh và Xã hội');
    expect(officeCase('PHÓ CHÁNH VĂN PHÒNG')).toBe('Phó Chánh Văn phòng');
    expect(officeCase('BỘ TRƯỞNG, CHỦ NHIỆM')).toBe('Bộ trưởng, Chủ nhiệm');
    expect(officeCase('GIÁM ĐỐC SỞ TÀI CHÍNH')).toBe('Giám đốc Sở Tài chính');
  });
});

describe('readDocument: meeting', () => {
  it('should read the date and the chair of the opening paragraph', () => {
    expect(read(KET_LUAN).document.meeting).toEqual({ date: '2021-07-22', chair: 'Giám đốc Sở Khoa học và Công nghệ' });
  });

  it('should read the chair named after the body that met: dưới sự chủ trì của …', () => {
    const doc = (body: string) => read(`Số: 89/TB-HĐND\nQuảng Trị, ngày 14 tháng 10 năm 2025\nTHÔNG BÁO\nKết luận của Thường trực HĐND tỉnh\n\n${body}`).document.meeting;
    expect(doc('Ngày 10/10/2025, Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ\ndưới sự chủ trì của đồng chí Nguyễn Đăng Quang, Chủ tịch HĐND tỉnh. Sau khi nghe báo cáo, Thường trực kết luận:')).toEqual({ date: '2025-10-10', chair: 'Nguyễn Đăng Quang, Chủ tịch HĐND tỉnh' });
    // Opening the sentence, the name ends at its comma.
    expect(doc('Ngày 4/7/2025, dưới sự chủ trì của Thủ tướng Nguyễn Văn A, Chính phủ họp phiên thường kỳ.').chair).toBe('Thủ tướng Nguyễn Văn A');
    // … and before a purpose.
    expect(doc('Ngày 17/6/2025, Bộ Chính trị đã họp dưới sự chủ trì của đồng chí Tổng Bí thư Nguyễn Văn B để cho ý kiến.').chair).toBe('Tổng Bí thư Nguyễn Văn B');
    // … and before those who attend.
    expect(doc('Ngày 10/6/2025, UBND tỉnh họp dưới sự chủ trì của đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh, cùng dự có đại diện lãnh đạo các sở, ngành.').chair).toBe('Nguyễn Văn A, Chủ tịch UBND tỉnh');
    expect(doc('Ngày 10/6/2025, Thường trực HĐND tỉnh họp dưới sự chủ trì của đồng chí Nguyễn Văn D, Chủ tịch HĐND tỉnh, với sự tham dự của các Phó Chủ tịch.').chair).toBe('Nguyễn Văn D, Chủ tịch HĐND tỉnh');
    // A party notice: the chair closes the sentence after a semicolon.
    expect(doc('Ngày 08/9/2025, Ban Thường vụ Tỉnh ủy họp, nghe Ban cán sự đảng UBND tỉnh báo cáo; đồng chí Lương Văn C, Bí thư Tỉnh ủy chủ trì. Ban Thường vụ kết luận:')).toEqual({ date: '2025-09-08', chair: 'Lương Văn C, Bí thư Tỉnh ủy' });
    // A unit that chairs a task after a semicolon is no chair of the meeting.
    expect(doc('Ngày 08/9/2025, Ban Thường vụ Tỉnh ủy họp, nghe báo cáo; Sở Tài chính chủ trì, phối hợp rà soát.').chair).toBeNull();
  });

  it('should give a date without a year the year of the document', () => {
    const r = read('Số: 12/TB-VPCP\nHà Nội, ngày 30 tháng 4 năm 2025\nTHÔNG BÁO\nKết luận của Chủ tịch tại cuộc họp\n\nChiều 26/4, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp.');
    expect(r.document.meeting.date).toBe('2025-04-26');
  });

  it('should read the meeting date a title names', () => {
    const r = read('Số: 12/TB-VPCP\nHà Nội, ngày 10 tháng 7 năm 2024\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại cuộc họp (ngày 03/7)\n\nVăn phòng Chính phủ thông báo như sau:');
    expect(r.document.meeting.date).toBe('2024-07-03');
  });

  it('should take the year of an undated news report from the latest year its text names', () => {
    const r = read('Giao ban Ban Chỉ đạo cấp tỉnh\nSáng 3/7, Ban Chỉ đạo tỉnh tổ chức hội nghị giao ban quý II năm 2025.');
    expect(r.document).toMatchObject({ date: null, meeting: { date: '2025-07-03' } });
  });

  it('should not read a dated event that is no meeting, nor a cited document date', () => {
    expect(read('Tin nóng\n\nChiều nay, 14/11, Cục Điện lực đã có văn bản hỏa tốc gửi Công ty năm 2020.').document.meeting).toEqual({ date: null, chair: null });
    expect(read('Tin nóng\n\nHội nghị triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.').document.meeting.date).toBeNull();
  });
});

describe('readDocument: signer, recipients and footer', () => {
  it('should read the office and the name of a one-column signature', () => {
    const r = read(KET_LUAN);
    expect(r.document.signer).toEqual({ title: 'Giám đốc', name: 'Nguyễn Văn Thành' });
    expect(lineText(r, r.footerStartLine)).toBe('Nơi nhận:');
  });

  it('should keep the closing formula in the body and read the recipients without markers', () => {
    const r = read(KET_LUAN);
    expect(lineText(r, r.footerStartLine - 2)).toBe('Giám đốc Sở yêu cầu các phòng, đơn vị tổ chức thực hiện Kết luận này./.');
    expect(r.document.recipients).toEqual(['GD, các PGD Sở', 'Các phòng, đơn vị trực thuộc Sở', 'Lưu: VT, VP']);
  });

  it('should read the deputy office of a KT. signature and skip the signed mark', () => {
    const r = read('Số: 5/CT-UBND\nCHỈ THỊ\nVề phòng dịch\n\nCác sở thực hiện nghiêm Chỉ thị này./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nVõ Tuấn Anh');
    expect(r.document.signer).toEqual({ title: 'Phó Chủ tịch', name: 'Võ Tuấn Anh' });
    expect(lineText(r, r.footerStartLine)).toBe('KT. CHỦ TỊCH');
  });

  it('should keep KT. when the deputy office is not printed', () => {
    expect(read('Số: 5/TB-VPCP\nTHÔNG BÁO\nVề việc họp\n\nĐề nghị các Bộ thực hiện./.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\n\nPhạm Mạnh Cường').document.signer).toEqual({ title: 'KT. Bộ trưởng, Chủ nhiệm', name: 'Phạm Mạnh Cường' });
  });

  it('should separate the signature from the recipients of a two-column footer', () => {
    const r = read(
      [
        'Số: 453/TB-UBND',
        'THÔNG BÁO',
        'Về việc treo cờ Tổ quốc',
        '',
        'Các cơ quan treo cờ đúng quy định./.',
        '',
        'Nơi nhận:                                               TL. CHỦ TỊCH',
        '- Đ/c Bí thư Thành ủy;                             KT. CHÁNH VĂN PHÒNG',
        '- Thường trực Thành ủy;',
        '                                                   PHÓ CHÁNH VĂN PHÒNG',
        '- Cơ quan Báo&PT, TH Thành phố;',
        '        (để đưa tin)',
        '                                                           Võ Tuấn Anh',
        '- VPUB: CVP, PCVP,',
        'phòng: KGVX, TH, HC-QT;',
        '- Lưu: VT, KGVX',
      ].join('\n'),
    );
    expect(r.document.signer).toEqual({ title: 'Phó Chánh Văn phòng', name: 'Võ Tuấn Anh' });
    expect(r.document.recipients).toEqual(['Đ/c Bí thư Thành ủy', 'Thường trực Thành ủy', 'Cơ quan Báo&PT, TH Thành phố (để đưa tin)', 'VPUB: CVP, PCVP, phòng: KGVX, TH, HC-QT', 'Lưu: VT, KGVX']);
    expect(lineText(r, r.footerStartLine)).toMatch(/^Nơi nhận:\s+TL\. CHỦ TỊCH$/u);
  });

  it('should read a name printed beside a recipient', () => {
    const r = read('Số: 173/KH-UBND\nKẾ HOẠCH\nTổ chức Festival\n\nCác đơn vị thực hiện./.\n\n Nơi nhận:\n - Thường trực Thành ủy;                     TM. ỦY BAN NHÂN DÂN\n - Ban Tuyên giáo Trung ương;                      CHỦ TỊCH\n - Như trên;                                   Vũ Đại Thắng\n - Lưu: VT, KGVX.');
    expect(r.document.signer).toEqual({ title: 'Chủ tịch', name: 'Vũ Đại Thắng' });
    expect(r.document.recipients).toEqual(['Thường trực Thành ủy', 'Ban Tuyên giáo Trung ương', 'Như trên', 'Lưu: VT, KGVX']);
  });

  it('should put the footer at the end of a document that has none', () => {
    const r = read('Số: 5/KL-SKHCN\nKẾT LUẬN\ncủa Giám đốc Sở\n\nI. Đánh giá\n\nCác phòng thực hiện tốt.');
    expect(r.footerStartLine).toBe(r.lines.length);
    expect(r.document.signer).toBeNull();
  });

  it('should keep the plan attached after a signed decision in the body', () => {
    const r = read(
      [
        'THỦ TƯỚNG CHÍNH PHỦ',
        'Số: 844/QĐ-TTg',
        'Hà Nội, ngày 13 tháng 5 năm 2026',
        'QUYẾT ĐỊNH',
        'Ban hành Kế hoạch hành động',
        '',
        'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.',
        'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.',
        '',
        'KT. THỦ TƯỚNG',
        'PHÓ THỦ TƯỚNG',
        'Phạm Thị Thanh Trà',
        '',
        'THỦ TƯỚNG CHÍNH PHỦ',
        '',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        '',
        'KẾ HOẠCH HÀNH ĐỘNG',
        'Thực hiện Chỉ thị số 52-CT/TW',
        '(Kèm theo Quyết định số 844/QĐ-TTg',
        'ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)',
        'I. MỤC TIÊU',
        '1. Bộ Y tế chủ trì xây dựng kế hoạch.',
      ].join('\n'),
    );
    expect(r.footerStartLine).toBe(r.lines.length);
    expect(r.innerFooters).toHaveLength(1);
    expect(lineText(r, r.innerFooters[0]!.start)).toBe('KT. THỦ TƯỚNG');
    expect(lineText(r, r.innerFooters[0]!.end)).toBe('I. MỤC TIÊU');
    expect(r.document.signer).toEqual({ title: 'Phó Thủ tướng', name: 'Phạm Thị Thanh Trà' });
  });

  it('should not take an office and a name in the middle of the body for a signature', () => {
    const para = 'Đoạn nội dung dài của văn bản, tiếp tục trình bày các nhiệm vụ cụ thể của các cơ quan, đơn vị liên quan.';
    const r = read(`Số: 5/KL-SKHCN\nKẾT LUẬN\ncủa Giám đốc Sở\n\nGIÁM ĐỐC\nNguyễn Văn Thành\n\n${para}\n${para}\n${para}\n${para}`);
    expect(r.footerStartLine).toBe(r.lines.length);
  });
});

// The dev documents and their gold: every field the gold gives must be read the same.
interface Gold {
  document: { kind?: string; number?: string | null; place?: string | null; date?: string | null; meetingDate?: string | null; signer?: string | null };
}

const cases: [string, string, string, string | null][] = [];
const empties: [string, string, string | null][] = [];
for (const name of fixtureNames()) {
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold', `${name}.gold.json`), 'utf8')) as Gold;
  const text = normalizeText(readFileSync(join(DOCS, `${name}.txt`), 'utf8'));
  const d = readDocument(text, segmentLines(text)).document;
  const got: Record<string, string | null> = {
    kind: d.kind,
    number: d.number,
    place: d.place,
    date: d.date,
    meetingDate: d.meeting.date,
    signer: d.signer?.name ?? null,
  };
  for (const field of ['kind', 'number', 'place', 'date', 'meetingDate', 'signer'] as const) {
    const want = gold.document[field];
    if (want !== null && want !== undefined) cases.push([name, field, want, got[field] ?? null]);
    else if (want === null) empties.push([name, field, got[field] ?? null]);
  }
}

describe('readDocument on the dev documents', () => {
  it.each(cases)('should read %s %s as the gold does', (_name, _field, want, got) => {
    expect(got).toBe(want);
  });

  // Fields the gold states are absent (a news report's number, date and signer …).
  it.each(empties)('should leave %s %s empty as the gold does', (_name, _field, got) => {
    expect(got).toBeNull();
  });
});
