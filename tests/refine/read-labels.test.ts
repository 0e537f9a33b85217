import { describe, expect, it } from 'vitest';
import { readLabels } from '../../src/refine/read-labels.js';
import type { ExtractContext, TextUnit } from '../../src/types.js';

const ctx = (text: string): ExtractContext => ({ text, documentDate: '2023-10-30', documentYear: 2023, documentNumber: null });
const labelsOf = (text: string) => readLabels({ text, span: { start: 0, end: text.length } } satisfies TextUnit, ctx(text), new Map());

describe('readLabels', () => {
  it('should read the time labels of an item as its deadline', () => {
    const { deadlines } = labelsOf('a) Xây dựng Nghị định.\n- Đơn vị chủ trì: Bộ Công an.\n- Thời gian thực hiện: Quý IV năm 2023.');
    expect(deadlines.map((d) => [d.value.date, d.value.precision])).toEqual([['2023-12-31', 'quarter']]);
  });

  it('should read a bare year in a time label as the end of that year', () => {
    const { deadlines } = labelsOf('2. Xây dựng bộ nhận diện thương hiệu du lịch.\n- Đơn vị chủ trì: Sở Du lịch.\n- Thời gian thực hiện: năm 2025.');
    expect(deadlines.map((d) => [d.value.date, d.value.precision, d.text])).toEqual([['2025-12-31', 'year', 'năm 2025']]);
    // a year that opens an open end: the end of that first year, as a range of years gives the end of its last
    expect(labelsOf('a) Tổ chức hội thảo.\n- Thời gian thực hiện: năm 2025 và các năm tiếp theo.').deadlines.map((d) => [d.value.date, d.text])).toEqual([
      ['2025-12-31', 'năm 2025 và các năm tiếp theo'],
    ]);
    expect(labelsOf('a) Tổ chức hội thảo.\n- Thời gian thực hiện: từ năm 2025 và những năm tiếp theo.').deadlines.map((d) => d.value.date)).toEqual(['2025-12-31']);
    // a range of years, however the label words it: the end of the last
    for (const value of ['năm 2024 - 2025', 'Năm 2024-2025', 'các năm 2024 - 2025', 'trong các năm 2024 – 2025']) {
      expect(labelsOf(`a) Tổ chức hội thảo.\n- Thời gian thực hiện: ${value}.`).deadlines.map((d) => d.value.date)).toEqual(['2025-12-31']);
    }
    // (a start alone sets no limit)
    expect(labelsOf('a) Tổ chức hội thảo.\n- Thời gian thực hiện: từ năm 2025.').deadlines).toEqual([]);
  });

  it('should read a month alone in a time label as the end of that month', () => {
    const dates = (label: string) => labelsOf(`1. Rà soát quy hoạch.\n- Cơ quan chủ trì: Sở Xây dựng.\n- ${label}`).deadlines.map((d) => [d.value.date, d.value.precision]);
    expect(dates('Thời hạn: Tháng 12/2025.')).toEqual([['2025-12-31', 'month']]);
    expect(dates('Thời gian hoàn thành: tháng 6 năm 2026')).toEqual([['2026-06-30', 'month']]);
    expect(dates('Thời gian thực hiện: Tháng 11 và tháng 12/2025.')).toEqual([['2025-12-31', 'month']]);
    expect(dates('Thời hạn: 9/2025')).toEqual([['2025-09-30', 'month']]);
    // a span of months after "tháng": the end of the last month, not a day of it (8 - 9/2025 is no 8 September)
    expect(dates('Thời gian thực hiện: Tháng 8 - 9/2025.')).toEqual([['2025-09-30', 'month']]);
    expect(dates('Thời gian: tháng 10-12/2025')).toEqual([['2025-12-31', 'month']]);
    // (a day range without "tháng" stays days: the last of them)
    expect(dates('Thời gian: ngày 8 - 9/10/2025')).toEqual([['2025-10-09', 'day']]);
    // (not a number that is no month, nor words that are no time)
    expect(dates('Thời hạn: Tháng 13/2025.')).toEqual([]);
    expect(dates('Thời gian: theo tiến độ dự án.')).toEqual([]);
  });

  it('should not take the time of a digital signature for a deadline', () => {
    const { deadlines, lineSpans } = labelsOf('Cơ quan: Văn phòng Chính phủ\nThời gian ký: 03.11.2023 16:19:35 +07:00');
    expect(deadlines).toEqual([]);
    expect(lineSpans).toEqual([]);
  });

  it('should keep bare heads that share what follows them as one group, and part named bodies', () => {
    const supports = (line: string) => labelsOf(`a) Xây dựng Nghị định.\n- Đơn vị chủ trì: Bộ Tài chính.\n- Đơn vị phối hợp: ${line}.`).assignees.filter((a) => a.value.role === 'support').map((a) => a.value.name);
    expect(supports('Cơ quan, tổ chức, doanh nghiệp liên quan')).toEqual(['cơ quan, tổ chức, doanh nghiệp liên quan']);
    expect(supports('Các Bộ, ngành, địa phương')).toEqual(['bộ, ngành, địa phương']);
    // a named body after the bare heads, or bare heads after a named body, stand apart
    expect(supports('Bộ, ngành, Ủy ban nhân dân cấp tỉnh')).toEqual(['bộ, ngành', 'Ủy ban nhân dân cấp tỉnh']);
    expect(supports('Bộ Y tế, cơ quan, đơn vị liên quan')).toEqual(['Bộ Y tế', 'cơ quan, đơn vị liên quan']);
    expect(supports('Các huyện, Sở Tài chính, Sở Xây dựng')).toEqual(['huyện', 'Sở Tài chính', 'Sở Xây dựng']);
    expect(supports('Các sở, ngành, Ban Quản lý Khu kinh tế Dung Quất')).toEqual(['sở, ngành', 'Ban Quản lý Khu kinh tế Dung Quất']);
    // (an association or a branch begins a body too)
    expect(supports('Sở Thông tin và Truyền thông; Hiệp hội Du lịch tỉnh')).toEqual(['Sở Thông tin và Truyền thông', 'Hiệp hội Du lịch tỉnh']);
    expect(supports('Sở Tài chính, Chi nhánh Ngân hàng Chính sách xã hội tỉnh')).toEqual(['Sở Tài chính', 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh']);
    // (and a company named by its trade: telecom, power, post; a trade in lower case stays in its member)
    expect(supports('Viễn thông Phú Yên, Viettel Phú Yên, UBND các huyện')).toEqual(['Viễn thông Phú Yên', 'Viettel Phú Yên', 'Ủy ban nhân dân các huyện']);
    expect(supports('VNPT Phú Yên, Mobifone Phú Yên, Bưu điện tỉnh, Điện lực Tuy Hòa')).toEqual(['VNPT Phú Yên', 'Mobifone Phú Yên', 'Bưu điện tỉnh', 'Điện lực Tuy Hòa']);
    expect(supports('Sở Công Thương, Công ty Điện lực Phú Yên')).toEqual(['Sở Công Thương', 'Công ty Điện lực Phú Yên']);
    expect(supports('Doanh nghiệp bưu chính, viễn thông')).toHaveLength(1);
  });

  it('should keep "các tỉnh, thành phố" one body, and part a city named after it', () => {
    const supports = (line: string) => labelsOf(`a) Lập quy hoạch.\n- Đơn vị chủ trì: Bộ Xây dựng.\n- Đơn vị phối hợp: ${line}.`).assignees.filter((a) => a.value.role === 'support').map((a) => a.value.name);
    expect(supports('Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương')).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(supports('Sở Xây dựng các tỉnh, thành phố Cần Thơ')).toEqual(['Sở Xây dựng các tỉnh', 'Ủy ban nhân dân thành phố Cần Thơ']);
    expect(supports('Ủy ban nhân dân các huyện, thị xã, thành phố')).toEqual(['Ủy ban nhân dân các huyện, thị xã, thành phố']);
  });

  it('should read a head spread over the names after its colon as one unit per name', () => {
    const roles = (line: string) => labelsOf(`a) Sửa chữa đê kè.\n- Đơn vị chủ trì: ${line}.`).assignees.map((a) => [a.value.role, a.value.name]);
    expect(roles('Các Sở: Tư pháp, Nội vụ')).toEqual([['lead', 'Sở Tư pháp'], ['lead', 'Sở Nội vụ']]);
    expect(roles('Các Bộ: NN&MT, Xây dựng')).toEqual([['lead', 'Bộ Nông nghiệp và Môi trường'], ['lead', 'Bộ Xây dựng']]);
    // (a head without a colon names its own bodies)
    expect(roles('Các sở, ngành')).toEqual([['lead', 'sở, ngành']]);
  });
});
