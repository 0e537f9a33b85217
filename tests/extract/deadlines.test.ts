import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines.js';
import { resolveYear } from '../../src/refine/resolve-missing-years.js';
import type { ExtractContext } from '../../src/types.js';
import { CORPUS_CONTEXT, countPhrases, runCorpus } from '../helpers/corpus.js';
import { DEADLINE_CORPUS } from '../corpus/deadlines.corpus.js';

runCorpus('deadlines', extractDeadlines, DEADLINE_CORPUS);

const run = (text: string, ctx: Partial<ExtractContext> = {}, base = 0) =>
  extractDeadlines({ text, span: { start: base, end: base + text.length } }, { ...CORPUS_CONTEXT, ...ctx, text: ' '.repeat(base) + text });

describe('forecasts, plans already made and a figure\'s period', () => {
  it('should be no deadlines in a news report: no one is told to act by then', () => {
    for (const phrase of [
      'Theo báo cáo, dự kiến sẽ mở rộng đủ 12 cảng biển trong năm 2024 và mở rộng hết trong năm 2025.',
      'Công trình cầu vượt dự kiến hoàn thành vào cuối năm 2024.',
      'a) Dự phòng trong giai đoạn xây dựng Trung tâm dữ liệu số 3 (dự kiến hoàn thành vào năm 2025)',
      'Trong quý III/2024 sẽ có 5 doanh nghiệp lớn lên sàn chứng khoán.',
      'Bộ báo cáo kế hoạch triển khai các giải pháp sẽ thực hiện trong 6 tháng cuối năm 2024.',
      'Ban Chỉ đạo dự kiến trong tháng 8 tới sẽ tổ chức hội nghị các nhà tài trợ.',
      'Tỷ lệ nhiệm vụ quá hạn giảm xuống còn 3,5% vào cuối năm 2024.',
      'Theo báo cáo của Sở Nông nghiệp, đến hết năm 2024, toàn tỉnh có 1.150 hợp tác xã.',
    ]) {
      expect(run(phrase, { news: true }), phrase).toEqual([]);
    }
  });

  it('should be no deadlines in a news report at the time of an event it tells', () => {
    for (const phrase of [
      'Chủ tịch yêu cầu đình chỉ hiệu trưởng trong lúc làm rõ vụ xe tông học sinh tại sân trường (vào cuối tháng 12-2016).',
      'Chủ tịch thành phố trong lần kiểm tra bán đảo Sơn Trà vào tháng 3.2017.',
      'Ngay sau khi quy hoạch được công bố đã có ý kiến của Hiệp hội Du lịch về quy hoạch này.',
      // a sentence told from its date, no order in it
      'Ngày 13/5, chị L. được bệnh viện phẫu thuật trong 7 giờ, dù bệnh viện cam kết thời gian phẫu thuật là 4 giờ.',
      'Sáng 11/9, Cục Hàng không gửi thư thông báo phương án mở lại các chuyến bay trước ngày 15/9.',
    ]) {
      expect(run(phrase, { news: true }), phrase).toEqual([]);
    }
    // … but a limit in brackets, a meeting to hold, or an official plan's bracketed time are deadlines
    const dates = (phrase: string, news = true) => run(phrase, { news }).map((d) => d.value.date);
    expect(dates('Sở Nội vụ báo cáo kết quả xác minh (trước ngày 30/6/2024).')).toEqual(['2024-06-30']);
    expect(dates('Phó Thủ tướng yêu cầu tổ chức đợt kiểm tra liên ngành vào tháng 8/2024.')).toEqual(['2024-08-31']);
    expect(dates('Ngày 6/2, Chủ tịch yêu cầu Sở Giáo dục báo cáo trước ngày 10/2/2017.')).toEqual(['2017-02-10']);
    expect(dates('Tổ chức sơ kết việc thực hiện (vào cuối tháng 12/2024).', false)).toEqual(['2024-12-31']);
  });

  it('should stay deadlines in an official plan, whose own dates are planned ones', () => {
    const dates = (phrase: string) => run(phrase).map((d) => d.value.date);
    expect(dates('1. Các sở dự kiến hoàn thành trước ngày 30/6/2026 việc số hóa hồ sơ.')).toEqual(['2026-06-30']);
    expect(dates('2. Sở Y tế sẽ trình Ủy ban nhân dân tỉnh trong quý III/2026 Đề án phát triển y tế cơ sở.')).toEqual(['2026-09-30']);
    expect(dates('Sở Nội vụ tham mưu, dự báo tình hình và báo cáo trước ngày 15/3/2026.')).toEqual(['2026-03-15']);
    expect(dates('1. Các chủ đầu tư giải ngân đạt 100% trước ngày 31/01/2027.')).toEqual(['2027-01-31']);
    // … but an estimate, a report's figure or a weather forecast is none there either
    expect(dates('Tổng thu ngân sách ước đạt 15.000 tỷ đồng trong năm 2026.')).toEqual([]);
    expect(dates('Theo báo cáo của Sở Tài chính, đến hết quý II/2026, toàn tỉnh có 1.200 doanh nghiệp.')).toEqual([]);
    expect(dates('Dự báo trong tháng 4/2026 sẽ có mưa lớn trên địa bàn.')).toEqual([]);
  });
});

describe('extractDeadlines', () => {
  it('should have a corpus of at least 60 positives and 15 negatives', () => {
    const { positives, negatives } = countPhrases(DEADLINE_CORPUS);
    expect(positives).toBeGreaterThanOrEqual(60);
    expect(negatives).toBeGreaterThanOrEqual(15);
  });

  it('should mark a year taken from the document as inferred, and only then', () => {
    expect(run('Báo cáo trước ngày 15/8.')[0]!.value).toEqual({ date: '2024-08-15', precision: 'day', yearInferred: true });
    expect(run('Báo cáo trước ngày 15/8/2021.')[0]!.value).toEqual({ date: '2021-08-15', precision: 'day' });
    expect(run('hoàn thành trong quý II')[0]!.value).toEqual({ date: '2024-06-30', precision: 'quarter', yearInferred: true });
  });

  it('should keep the precision and give no date when no year is known', () => {
    expect(run('Báo cáo trước ngày 15/8.', { documentYear: null, documentDate: null })[0]!.value).toEqual({ date: null, precision: 'day' });
    expect(run('trong quý II', { documentYear: null, documentDate: null })[0]!.value).toEqual({ date: null, precision: 'quarter' });
  });

  it('should date a relative deadline from the document date, or not at all', () => {
    expect(run('trong 10 ngày kể từ ngày ký', { documentDate: '2021-07-23' })[0]!.value).toEqual({ date: '2021-08-02', precision: 'relative' });
    expect(run('trong 10 ngày kể từ ngày ký', { documentDate: null })[0]!.value).toEqual({ date: null, precision: 'relative' });
  });

  it('should resolve `trước` a period to the end of the period before it', () => {
    expect(run('trước tháng 1/2025')[0]!.value.date).toBe('2024-12-31');
    expect(run('trước quý I/2025')[0]!.value.date).toBe('2024-12-31');
    expect(run('trước năm 2026')[0]!.value.date).toBe('2025-12-31');
  });

  it('should take an undated page\'s year from its text, skipping plan horizons', () => {
    // a news page on the plan for 2021 that looks ahead to 2022: its dates without a year are in 2021
    expect(resolveYear(null, 'Nhiệm vụ năm 2021, định hướng 2022. Báo cáo trước ngày 15/12.')).toBe(2021);
    expect(resolveYear(null, 'Chiến lược đến năm 2030, tầm nhìn 2045; trong năm 2025 hoàn thành.')).toBe(2025);
  });

  it('should not judge an ordered period by the year an undated page is only guessed to have', () => {
    // (the year of an undated page is the latest its text names: `kinh phí năm 2021` in a report of 2020)
    const undated = { documentDate: null, documentYear: 2021 };
    expect(run('Các bộ, ngành thí điểm 61 thủ tục hành chính cần phải triển khai trong năm 2020.', undated).map((c) => c.value.date)).toEqual(['2020-12-31']);
    expect(run('Thủ tướng yêu cầu hoàn thành kế hoạch đưa 130 thủ tục vào Cơ chế một cửa quốc gia trong năm 2020.', undated).map((c) => c.value.date)).toEqual(['2020-12-31']);
    // a year before it with no order stays a reported one, and a dated document judges by its own year
    expect(run('Nhiều ca khúc sáng tác trước năm 1975 được đưa vào danh sách.', undated)).toEqual([]);
    expect(run('Phó Thủ tướng cho biết thêm, trước năm 2013, UBND thành phố theo thẩm quyền của mình đã phê duyệt chủ trương đầu tư cho 25 dự án.', undated)).toEqual([]);
    expect(run('Các bộ, ngành cần phải triển khai trong năm 2020.', { documentDate: '2021-03-01', documentYear: 2021 })).toEqual([]);
  });

  it('should reject dates that do not exist', () => {
    expect(run('trước ngày 31/4/2024')).toEqual([]);
    expect(run('trong tháng 13/2024')).toEqual([]);
  });

  it('should give absolute spans, the expression only, in text order', () => {
    const text = 'Hoàn thành trong quý I/2025; báo cáo thứ Sáu hàng tuần.';
    const found = run(text, {}, 40);
    expect(found.map((c) => c.text)).toEqual(['trong quý I/2025', 'thứ Sáu hàng tuần']);
    const at = text.indexOf('trong');
    expect(found[0]!.span).toEqual({ start: 40 + at, end: 40 + at + 'trong quý I/2025'.length });
    expect(found[0]!.rule).toMatch(/^deadline: /u);
  });

  it('should stay linear on 100,000 repetitions of trigger phrases', () => {
    for (const phrase of ['trước ngày 15/8/2021 ', 'hằng năm ', 'thường xuyên ', 'trong 10 ngày kể từ ngày ', '  \n  ', 'hoàn thành ']) {
      const text = phrase.repeat(100_000);
      const found = run(text);
      expect(found.every((c) => c.span.end <= text.length)).toBe(true);
    }
  });
});

describe('a cycle word before a day without a year, across a comma', () => {
  it('should give the cycle its due day, unless đồng thời or ngoài ra parts them', () => {
    const values = (phrase: string) => run(phrase).map((d) => [d.value.date, d.value.recurring ?? null, d.value.due ?? null]);
    expect(values('3. Sở Y tế tổng hợp tình hình hằng tháng, báo cáo UBND tỉnh trước ngày 25.')).toContainEqual([null, 'monthly', '25']);
    expect(values('1. Các sở, ngành báo cáo kết quả hằng năm, gửi Sở Nội vụ trước ngày 15/12 để tổng hợp.')).toContainEqual([null, 'yearly', '12-15']);
    expect(values('Sở Tài chính tổng hợp báo cáo hằng năm, đồng thời hoàn thành đề án trước ngày 30/6.')).toContainEqual(['2024-06-30', null, null]);
  });
});
