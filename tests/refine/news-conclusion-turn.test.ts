/**
 * A news report that turns to a leader's conclusion: the requests of other speakers before the turn are the
 * discussion (info); the concluder's own, and a leader's requests in a report with no such turn, are tasks.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import type { Item } from '../../src/schema.js';
import { byText } from '../helpers/items.js';

const HEAD =
  'Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Tương Dương\n\n' +
  '(Baonghean.vn) - Chiều 10/6, đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy có buổi làm việc với Ban Thường vụ Huyện ủy Tương Dương về tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2025.\n\n' +
  'Báo cáo tại buổi làm việc cho biết, 6 tháng đầu năm 2025, tốc độ tăng trưởng kinh tế của huyện ước đạt 8,2%.\n\n';
const OTHER = 'Phát biểu tại buổi làm việc, Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn Thông đề nghị huyện quan tâm hơn đến công tác cán bộ sau sắp xếp.\n\n';
const OWN = 'Phát biểu tại buổi làm việc, Bí thư Tỉnh ủy Nguyễn Đức Trung yêu cầu huyện khẩn trương khắc phục các điểm sạt lở trước mùa mưa bão.\n\n';
const TURN =
  'Kết luận buổi làm việc, Bí thư Tỉnh ủy Nguyễn Đức Trung ghi nhận những kết quả mà huyện Tương Dương đạt được.\n\n' +
  'Bí thư Tỉnh ủy yêu cầu huyện tập trung hoàn thành việc sắp xếp đơn vị hành chính cấp xã trước ngày 01/7/2025.\n';
const kind = (items: Item[], start: string) => byText(items, start).kind;

describe('a news report that turns to a leader\'s conclusion', () => {
  it('should make another speaker\'s request before the turn info, and the conclusions tasks', () => {
    const r = parse(HEAD + OTHER + TURN);
    expect(r.document.kind).toBe('news-report');
    expect(kind(r.items, 'Phát biểu tại buổi làm việc, Phó Bí thư')).toBe('info');
    expect(kind(r.items, 'Bí thư Tỉnh ủy yêu cầu huyện tập trung')).toBe('task');
  });

  it('should keep the concluding leader\'s own orders before the turn as tasks', () => {
    const r = parse(HEAD + OWN + TURN);
    expect(kind(r.items, 'Phát biểu tại buổi làm việc, Bí thư Tỉnh ủy')).toBe('task');
    expect(kind(r.items, 'Bí thư Tỉnh ủy yêu cầu huyện tập trung')).toBe('task');
  });

  it('should keep a speaker\'s request a task in a report with no turn, or one whose "kết luận" is a finding\'s', () => {
    expect(kind(parse(HEAD + OTHER).items, 'Phát biểu tại buổi làm việc, Phó Bí thư')).toBe('task');
    const finding = 'Theo kết luận thanh tra, huyện đã chậm bồi thường, giải phóng mặt bằng tại 3 dự án.\n';
    expect(kind(parse(HEAD + OTHER + finding).items, 'Phát biểu tại buổi làm việc, Phó Bí thư')).toBe('task');
  });
});
