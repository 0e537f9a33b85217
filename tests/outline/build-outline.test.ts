import { describe, expect, it } from 'vitest';
import { buildOutline, type Entry } from '../../src/outline/build-outline.js';
import { segmentBlocks } from '../../src/segment/blocks.js';
import { segmentLines } from '../../src/segment/lines.js';

function outline(text: string): Entry {
  const lines = segmentLines(text);
  return buildOutline(segmentBlocks(text, lines, { from: 0, to: lines.length, furniture: new Set() }));
}

const ids = (e: Entry): string[] => e.children.flatMap((c) => [c.id, ...ids(c)]);

describe('buildOutline', () => {
  it('should nest Roman, decimal and parenthesised markers', () => {
    const root = outline('I. Kết quả\n\n1. Phòng A\n\n(1) Làm B.\n\n(2) Làm C.\n\n2. Phòng D\n\n(1) Làm E.\n\nII. Nhiệm vụ\n\n1. Làm F.');
    expect(ids(root)).toEqual(['I', 'I.1', 'I.1.(1)', 'I.1.(2)', 'I.2', 'I.2.(1)', 'II', 'II.1']);
  });

  it('should give a topic title its paragraphs as plain items when there are several, each opening on its own', () => {
    const title = '1. Về công tác chuẩn bị Kỳ họp thứ 35 HĐND tỉnh khóa VIII';
    const paras = ['Thống nhất dự kiến tổ chức Kỳ họp thứ 35 vào đầu tháng 12/2025.', 'Giao các Ban HĐND tỉnh chủ động xây dựng kế hoạch thẩm tra.', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh chuẩn bị các điều kiện phục vụ kỳ họp.'];
    expect(ids(outline([title, ...paras, '2. Về giải quyết kiến nghị cử tri', paras[1]].join('\n\n')))).toEqual(['1', '1.p1', '1.p2', '1.p3', '2']);
    // one paragraph stays the title's item; so do paragraphs that go on from the one before, and a title that is a sentence
    expect(ids(outline([title, paras[0]].join('\n\n')))).toEqual(['1']);
    expect(ids(outline([title, paras[1], 'Đồng thời, phối hợp với Văn phòng chuẩn bị tài liệu.'].join('\n\n')))).toEqual(['1']);
    // (a later paragraph that opens on an order with no actor goes on with the actor before it)
    expect(ids(outline(['4. Về công tác cán bộ', 'Giao Ban Tổ chức Tỉnh ủy chủ trì rà soát, đề xuất phương án bố trí cán bộ.', 'Báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/7/2024.'].join('\n\n')))).toEqual(['4']);
    expect(ids(outline(['5. Về công tác chuẩn bị Đại hội', 'Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền về Đại hội.', 'Hoàn thành trước ngày 15/8/2024.'].join('\n\n')))).toEqual(['5']);
    expect(ids(outline(['1. Sở Nội vụ', ...paras].join('\n\n')))).toEqual(['1']);
    expect(ids(outline(['1. Về công tác chuẩn bị Kỳ họp thứ 35, Thường trực thống nhất như sau.', ...paras].join('\n\n')))).toEqual(['1']);
  });

  it('should number bullets by position and letters by label', () => {
    const root = outline('1. Nhiệm vụ\na) Về A:\n- Làm X.\n- Làm Y.\nb) Về B.');
    expect(ids(root)).toEqual(['1', '1.a', '1.a.-1', '1.a.-2', '1.b']);
  });

  it('should add only the last number of a decimal marker under its parent', () => {
    const root = outline('II. Hoạt động\n2. Các hoạt động chính\n2.1. Chương trình khai mạc.\n2.2. Chương trình bế mạc.');
    expect(ids(root)).toEqual(['II', 'II.2', 'II.2.1', 'II.2.2']);
  });

  it('should suffix a repeated marker', () => {
    const root = outline('a) Làm A.\nb) Làm B.\nb) Làm C.');
    expect(ids(root)).toEqual(['a', 'b', 'b~2']);
  });

  it('should keep unmarked paragraphs as the continuation of the item before them', () => {
    const root = outline('a) Về tham mưu:\n\nTham mưu UBND tỉnh ban hành Kế hoạch.\n\nb) Về thanh tra:\n\nĐã thanh tra 02 cuộc.');
    expect(root.children.map((c) => c.continuation.length)).toEqual([1, 1]);
  });

  it('should make paragraphs between a heading and its first child plain items', () => {
    const root = outline('II. Nhiệm vụ\n\nCác phòng cần tiếp tục rà soát.\n\n1. Phòng A\n\n(1) Làm B.');
    expect(ids(root)).toEqual(['II', 'II.p1', 'II.1', 'II.1.(1)']);
  });

  it('should keep labelled lines inside the item they follow', () => {
    const root = outline('2.1. Chương trình khai mạc\n- Thời gian dự kiến: ngày 11/9/2026.\n- Đơn vị chủ trì: Sở Văn hoá và Thể thao.\n2.2. Chương trình bế mạc');
    expect(ids(root)).toEqual(['2.1', '2.2']);
    expect(root.children[0]!.continuation).toHaveLength(2);
    // labels that name what the lead submits and when: `chủ trì tham mưu`, `Thời gian trình`, `Thời hạn báo cáo`
    const submits = outline('2. Xây dựng Đề án phát triển nguồn nhân lực\n- Đơn vị chủ trì tham mưu: Sở Nội vụ.\n- Sản phẩm: Quyết định của UBND tỉnh.\n- Thời gian trình: trước ngày 30/9/2025.\n- Thời hạn báo cáo: tháng 12/2025.\n3. Tổ chức sơ kết');
    expect(ids(submits)).toEqual(['2', '3']);
    expect(submits.children[0]!.continuation).toHaveLength(4);
  });

  it('should let unmarked labelled lines after the last of several bullets close their block', () => {
    const text = '3. Về nguồn vật liệu xây dựng\n- Khảo sát trữ lượng các mỏ đất đắp;\n- Đề xuất cấp phép khai thác;\n- Công bố giá vật liệu hằng tháng.\nCơ quan chủ trì: Sở Xây dựng.\nThời gian hoàn thành: trước ngày 15/11/2025.\n4. Sở Tài chính cân đối vốn.';
    const root = outline(text);
    expect(ids(root)).toEqual(['3', '3.-1', '3.-2', '3.-3', '4']);
    expect(root.children[0]!.closingLabels.map((b) => b.text)).toEqual(['Cơ quan chủ trì: Sở Xây dựng.', 'Thời gian hoàn thành: trước ngày 15/11/2025.']);
    expect(root.children[0]!.children[2]!.continuation).toHaveLength(2);
    // each bullet with labels of its own keeps them; a single bullet's labels are its own
    const own = outline('1. Hạ tầng\n- Làm A.\nCơ quan chủ trì: Sở X.\n- Làm B.\nThời gian thực hiện: năm 2025.\n2. Khác');
    expect(own.children[0]!.closingLabels).toHaveLength(0);
    expect(own.children[0]!.children[1]!.continuation).toHaveLength(1);
    const single = outline('1. Hạ tầng\n- Làm A.\nCơ quan chủ trì: Sở X.\n2. Khác');
    expect(single.children[0]!.closingLabels).toHaveLength(0);
  });

  it('should put the closing formula back at the top level', () => {
    const root = outline('1. Phòng A\n(1) Làm B.\nGiám đốc Sở yêu cầu các phòng tổ chức triển khai thực hiện Kết luận này./.');
    expect(ids(root)).toEqual(['1', '1.(1)', 'p1']);
  });

  it('should make an unnumbered follow-up of the whole document a top-level item of its own', () => {
    const root = outline('3. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tiếp tục chỉ đạo tuyên truyền.\n\nBộ Y tế, Bộ Giáo dục và Đào tạo theo dõi, đôn đốc các địa phương thực hiện Công điện này./.');
    expect(ids(root)).toEqual(['3', 'p1']);
    expect(root.children[0]!.continuation).toHaveLength(0);
    // a paragraph that only mentions the document stays where it is
    const kept = outline('3. Sở Y tế chủ trì tuyên truyền.\n\nNội dung tuyên truyền theo hướng dẫn của Công điện này.');
    expect(ids(kept)).toEqual(['3']);
    // the body of a heading that names its actor, or a duty that goes on, stays the item's own
    const plan = outline('III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\nLà cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này.\n\n2. Sở Tài chính\n\nBố trí kinh phí thực hiện.');
    expect(ids(plan)).toEqual(['III', 'III.1', 'III.2']);
    const duty = outline('1. Sở Nội vụ chủ trì tổng hợp kết quả.\n\nTheo dõi, đôn đốc việc thực hiện Kế hoạch này; báo cáo UBND tỉnh.\n\n2. Sở Tài chính bố trí kinh phí.');
    expect(ids(duty)).toEqual(['1', '2']);
  });

  it('should start again at the top level where another document goes on', () => {
    // Lines 0–3: the first document; 4: its signature (left out as furniture); 5–: the second.
    const text = 'Điều 3. Các sở, ngành thi hành Quyết định này\n1. Phòng A\n(1) Làm B.\n\nPHÓ CHỦ TỊCH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nI. MỤC ĐÍCH\n1. Làm C.';
    const lines = segmentLines(text);
    const blocks = segmentBlocks(text, lines, { from: 0, to: lines.length, furniture: new Set([4]) });
    expect(ids(buildOutline(blocks, [5]))).toEqual(['D3', 'D3.1', 'D3.1.(1)', 'p1', 'I', 'I.1']);
    expect(ids(buildOutline(blocks))).toEqual(['D3', 'D3.1', 'D3.1.(1)', 'D3.I', 'D3.I.1']);
  });
});
