import { describe, expect, it } from 'vitest';
import { resolveYear } from '../../src/refine/resolve-missing-years.js';

describe('resolveYear', () => {
  it('should take the year of the document date when there is one', () => {
    expect(resolveYear('2024-06-15', 'Kế hoạch đến năm 2030.')).toBe(2024);
  });

  it('should prefer the latest written date to an older bare year', () => {
    expect(resolveYear(null, 'Quy hoạch được ký ban hành cuối năm 2015. Ngày 20/3/2016 mới công bố quy hoạch, chiều 12/5 Phó Thủ tướng họp.')).toBe(2016);
    expect(resolveYear(null, 'trong lễ kỷ niệm thành lập Tổng công ty ngày 18/4/ 2019 tại Hà Nội; tăng 5 lần so với năm 2009.')).toBe(2019);
    expect(resolveYear(null, 'CPI bình quân 6 tháng đầu năm 2019 tăng 2,6% so với tháng 12/2018.')).toBe(2019);
  });

  it('should not take a later plan year over a written date', () => {
    expect(resolveYear(null, 'Theo Thông báo ngày 21.3.2019, các Tổng công ty cổ phần hóa đến hết năm 2021, năm 2022 tiếp tục xem xét.')).toBe(2019);
  });

  it('should skip horizons and goals', () => {
    expect(resolveYear(null, 'năm 2022 giá trị xuất khẩu đạt 9 tỷ USD, phấn đấu đạt 15 tỷ USD vào năm 2027, tầm nhìn đến năm 2045')).toBe(2022);
  });

  it('should give no year when the text names only past years', () => {
    expect(resolveYear(null, 'Ông giữ chức từ năm 2004, đến nay đã 13 năm. Đặc biệt, trong năm 2008, UBND huyện đã có đợt thanh tra. Báo cáo trước ngày 12.6.')).toBeNull();
    expect(resolveYear(null, 'ông Nguyễn Văn A (SN 1963) dùng bằng giả; Hồi năm 2005, bà B từng là hiệu trưởng.')).toBeNull();
  });

  it('should not take the year of a paper issued, or a year the text shows past elsewhere', () => {
    expect(resolveYear(null, 'ông dùng bằng đại học giả từ năm 2009, đến nay chưa bị phát hiện; bằng do trường cấp ngày 15/10/2009. Ông cho biết vì năm 2009, ông xuống trường học. Báo cáo trước ngày 10/7.')).toBeNull();
    expect(resolveYear(null, 'Lực lượng được thành lập ngày 3/7/1957. Năm 2017, toàn lực lượng kiểm tra 100.000 vụ.')).toBe(2017);
    // … but a year narrated as done, or a year before which something was, may be the year of writing
    expect(resolveYear(null, 'Trong năm 2023, UBND tỉnh đã giải ngân 80% vốn. Tháng 10/2023, tỉnh yêu cầu các sở hoàn thành trước ngày 15/12.')).toBe(2023);
    expect(resolveYear(null, 'Trước năm 2020, huyện chưa có trường. Năm 2020, huyện xây 3 trường; báo cáo trước ngày 10/7.')).toBe(2020);
    // … but the day a reported document was signed is the report's own news
    expect(resolveYear(null, 'Chỉ thị do Chủ tịch UBND tỉnh ký ban hành ngày 10/5/2023 yêu cầu các sở báo cáo trước ngày 15/6. Năm 2023 tỉnh phấn đấu giảm 5%.')).toBe(2023);
    expect(resolveYear(null, 'Chỉ thị được ký ngày 10/5/2023 yêu cầu các sở báo cáo trước ngày 15/6.')).toBe(2023);
    // … but the start of this year up to now is no past year
    expect(resolveYear(null, 'Từ đầu năm 2017 đến nay, tỉnh thu hút 12 dự án; năm 2017 phấn đấu thu hút 20 dự án.')).toBe(2017);
  });

  it('should skip the dates of cited documents and starts', () => {
    expect(resolveYear(null, 'theo Nghị định số 86/2012/NĐ-CP ngày 22-9-2012, từ tháng 5/2013, báo cáo trước ngày 10/7.')).toBeNull();
  });

  it('should take the earliest time limit when nothing else dates the text', () => {
    expect(resolveYear(null, 'phê duyệt giá đất trong tháng 8/2018 và đóng điện trạm biến áp trong tháng 4/2019.')).toBe(2018);
  });

  it('should not take a past month, an earlier event, a start after a date or a cited symbol with digits for the year of writing', () => {
    // a past period recalled, then a year named later
    expect(resolveYear(null, 'Công trình mới đưa vào sử dụng tháng 8/2016 đã xuống cấp. Thủ tướng nhắc nhở năm 2017 phải hoàn thành.')).toBe(2017);
    expect(resolveYear(null, 'Sáng nay (6.2), UBND tỉnh họp. Trước đó, ngày 21.12.2016, Sở đã có văn bản báo cáo trước ngày 15.2.')).toBeNull();
    expect(resolveYear(null, 'Các công trình xây dựng sau ngày 1/1/2019 phải có giấy phép; chiều 12/5/2018 Bộ họp.')).toBe(2018);
    expect(resolveYear(null, 'Thực hiện Nghị quyết số 60/2018/QH14 ngày 15/6/2018, trong năm 2019 các bộ rà soát.')).toBe(2019);
  });
});
