/**
 * Deadlines (SPEC "deadlines"), in the corpus context: document date 2024-06-15, documentYear 2024.
 * Phrases are composed from the genre's real phrasing (Kết luận, Chỉ thị, Kế hoạch, Công điện, news).
 * Brackets mark the expression; the verb before it (`hoàn thành`, `xong`) is not part of it, the
 * words that make it a limit (`chậm nhất`, `hạn chót`, `đến hết`, the start of a range) are.
 *
 * Negatives hold the traps: citation dates, plan periods and horizons, names with a year, start dates,
 * reported periods and past events, noun phrases with `thường xuyên`/`hằng năm`. A quarter followed by
 * `vừa qua`, or opening a clause that goes on in the past (`đã`), is a reported period, not a deadline.
 */
import { examples, negatives, type CorpusGroup } from '../helpers/corpus.js';
import type { DeadlineValue } from '../../src/types.js';

const day = (date: string, yearInferred?: true): Partial<DeadlineValue> => (yearInferred ? { date, precision: 'day', yearInferred } : { date, precision: 'day' });

export const DEADLINE_CORPUS: CorpusGroup<DeadlineValue>[] = [
  // --- day -----------------------------------------------------------------------------------
  examples<DeadlineValue>(day('2021-08-15'), [
    'trước ngày 15/8/2021',
    'Sở Tài chính báo cáo UBND tỉnh [trước ngày 15/8/2021].',
    'Hoàn thành việc sửa chữa hệ thống xong [trước 15/8/2021].',
    'trước ngày 15-8-2021',
    'trước ngày 15.8.2021',
    'trước ngày 15/8/21',
    'chậm nhất trước ngày 15/8/2021',
  ]),
  examples<DeadlineValue>(day('2024-09-30'), [
    'trước ngày 30 tháng 9 năm 2024',
    'Bộ Nội vụ hướng dẫn, hoàn thành [trước ngày 30 tháng 9 năm 2024].',
    'Hoàn thành rà soát, báo cáo Bộ Nội vụ [trước ngày 30\ntháng 9 năm 2024].',
    'trước ngày  30  tháng 9  năm 2024',
    // an hour before the day, as a Công điện sets it
    'Sẵn sàng sơ tán người dân đến nơi an toàn, hoàn thành [trước 17 giờ ngày 30/9/2024].',
    'Báo cáo Ban Chỉ huy tỉnh [chậm nhất 10h00 ngày 30/9/2024].',
  ]),
  examples<DeadlineValue>(day('2024-03-09'), ['Gửi hồ sơ về Sở Nội vụ [trước ngày 09\ntháng 3 năm 2024] để tổng hợp.']),
  examples<DeadlineValue>(day('2026-05-31'), [
    'c) Kết thúc hoạt động đối với người hoạt động không chuyên trách tại cấp xã [trước ngày 31 tháng 5 năm 2026].',
    '[Trước ngày 31/5/2026], hoàn thành rà soát, sắp xếp các đơn vị sự nghiệp công lập.',
  ]),
  examples<DeadlineValue>(day('2024-08-15', true), [
    'chậm nhất ngày 15/8',
    'chậm nhất là ngày 15/8',
    'Các đơn vị gửi báo cáo về Văn phòng [chậm nhất là ngày 15/8].',
    'trước ngày 15 tháng 8',
    'hạn chót: 15/8',
    'hạn chót là ngày 15/8',
  ]),
  examples<DeadlineValue>(day('2024-09-30', true), ['trước 30/9', 'Báo cáo kết quả thực hiện về Sở Y tế [trước 30/9].']),
  examples<DeadlineValue>(day('2018-12-31'), [
    'chậm nhất đến ngày 31/12/2018',
    'Tổng cục Đường bộ [chậm nhất đến ngày 31/12/2018] phải bàn giao toàn bộ các trạm thu phí.',
  ]),
  examples<DeadlineValue>(day('2026-09-20'), [
    'từ ngày 11/9/2026 đến ngày 20/9/2026',
    '- Thời gian dự kiến: [từ ngày 11/9/2026 đến ngày 20/9/2026].',
    'từ 11/9 đến 20/9/2026',
  ]),
  examples<DeadlineValue>(day('2026-05-14'), ['các hộ gia đình trên địa bàn Thành phố treo cờ Tổ quốc [từ ngày 10/5/2026 đến hết ngày 14/5/2026].']),
  examples<DeadlineValue>(day('2024-12-31'), ['đến ngày 31/12/2024', 'Duy trì hoạt động của Tổ công tác liên ngành [đến hết ngày 31/12/2024].']),
  // … a state of things named by the deadline as an order (not a report of how things stand)
  examples<DeadlineValue>(day('2024-06-30'), ['[Đến ngày 30/6/2024], các xã chưa hoàn thành phải báo cáo UBND huyện.', '[Đến ngày 30/6/2024], các dự án vẫn phải hoàn thành giải ngân.']),
  // … and work to do by then, whose object or condition says `chưa` (no state of things told)
  examples<DeadlineValue>(day('2025-11-30'), ['[Đến ngày 30/11/2025], hoàn thành cấp giấy chứng nhận cho các hộ chưa được cấp.']),
  examples<DeadlineValue>(day('2024-10-15'), ['[Đến ngày 15/10/2024], xã nào chưa hoàn thành thì Chủ tịch UBND xã chịu trách nhiệm trước UBND huyện.']),
  examples<DeadlineValue>(day('2024-06-30', true), [
    'Hoàn thành [đến ngày 30/6] đối với các hồ sơ chưa được cấp.',
    'Hoàn thành cấp giấy chứng nhận [đến ngày 30/6] các hồ sơ chưa được cấp.',
    'Rà soát, xử lý dứt điểm [đến ngày 30/6], các xã chưa hoàn thành thì báo cáo UBND huyện.',
  ]),
  // … `mới` of the work's object (an adjective, "newly"), not "only so far"; a time right after `phấn đấu`, `gia hạn`
  examples<DeadlineValue>(day('2026-12-31'), [
    'Giao UBND các huyện phấn đấu [đến ngày 31/12/2026] các xã đạt chuẩn nông thôn mới nâng cao.',
    'Sở Nông nghiệp và Môi trường hướng dẫn [đến ngày 31/12/2026] các xã thành lập mới đi vào hoạt động ổn định.',
    'UBND các huyện hoàn thành việc cấp giấy chứng nhận [đến ngày 31/12/2026] các hộ dân mới tách hộ.',
    'Sở Xây dựng gia hạn [đến ngày 31/12/2026] các giấy phép đã cấp cho chủ đầu tư.',
    // `còn`/`có` that no count follows, or a target `xuống còn`, or after a verb of doing: not how things stand
    '[Đến ngày 31/12/2026], các huyện có báo cáo gửi Sở Tài chính.',
    'Phấn đấu [đến ngày 31/12/2026] toàn tỉnh giảm tỷ lệ hộ nghèo xuống còn 2%.',
    '[Đến ngày 31/12/2026], toàn tỉnh giảm tỷ lệ hộ nghèo xuống còn 2%.',
    'Hoàn thành [đến ngày 31/12/2026], hiện còn 12 dự án chưa giải ngân.',
  ]),
  examples<DeadlineValue>(day('2024-09-30'), ['Các chủ đầu tư phải hoàn thành giải ngân [trước ngày 30/9/2024], hiện còn 12 dự án chưa giải ngân.']),
  // … a verb of result before a figure under an order or a goal: the figure is the target to reach by then
  examples<DeadlineValue>(day('2024-06-30', true), [
    '[Đến ngày 30/6], phải giải ngân được 45% kế hoạch vốn.',
    'Các chủ đầu tư phấn đấu [đến 30/6] giải ngân được 60% kế hoạch vốn.',
    '[Đến ngày 30/6], hoàn thành được 100% hồ sơ cấp giấy chứng nhận.',
    '[Đến ngày 30/6], bảo đảm giải ngân được 60% kế hoạch.',
    '[Đến ngày 30/6], xã nào giải ngân được dưới 50% thì Chủ tịch UBND xã chịu trách nhiệm.',
  ]),
  examples<DeadlineValue>(day('2024-09-30', true), ['Các phòng chuyên môn hoàn thành [đến 30/9].']),
  // … and a result as of a time still to come (after the document's month) is a target: no report gives it
  examples<DeadlineValue>(day('2024-09-30'), [
    '[Đến ngày 30/9/2024], các huyện giải ngân được 80% kế hoạch vốn.',
    '[Đến ngày 30/9/2024], Sở Tài chính giải ngân được 80% kế hoạch vốn.',
    '[Đến 30/9/2024], các đơn vị tiếp nhận được 80 tỷ đồng.',
    '[Trước ngày 30/9/2024], mỗi huyện xây dựng được 02 mô hình điểm.',
    'Mục tiêu: [Đến ngày 30/9/2024], các huyện giải ngân được 80% kế hoạch vốn.',
  ]),
  examples<DeadlineValue>({ date: '2025-12-31', precision: 'year' }, [
    '[Đến hết năm 2025], mỗi xã xây dựng được 1 mô hình điểm.',
    '[Đến cuối năm 2025], 100% số xã xây dựng được 1 mô hình điểm.',
  ]),
  examples<DeadlineValue>({ date: '2024-09-30', precision: 'month' }, ['[Trong tháng 9/2024], các huyện giải ngân được 80% kế hoạch vốn.']),
  examples<DeadlineValue>({ date: '2024-09-30', precision: 'quarter' }, ['[Trong quý III/2024], các huyện giải ngân được 80% kế hoạch vốn.']),
  // a verb of doing before a date, not a share (a share is a proper fraction that does not end the clause)
  examples<DeadlineValue>(day('2024-05-01', true), ['Các huyện hoàn thành [đến 1/5].']),

  examples<DeadlineValue>(day('2024-06-30'), ['Phấn đấu hoàn thành [vào ngày 30/6/2024].', 'Thời hạn hoàn thành: [30/6/2024]']),

  // --- month ---------------------------------------------------------------------------------
  examples<DeadlineValue>({ date: '2024-09-30', precision: 'month' }, [
    'trong tháng 9/2024',
    'trong tháng 9 năm 2024',
    'Khẩn trương hoàn thiện hồ sơ, báo cáo Thủ tướng Chính phủ [trong tháng 9 năm 2024].',
    'trước tháng 10/2024',
    'chậm nhất trong tháng 9/2024',
    'trong tháng 9-2024',
    'trong tháng 9.2024',
  ]),
  examples<DeadlineValue>({ date: '2021-11-30', precision: 'month' }, [
    'đến cuối tháng 11/2021',
    '(1) Tham mưu Giám đốc Sở quản lý dự toán. Phấn đấu [đến cuối tháng 11/2021], chi hành chính đạt tỷ lệ trên 90%.',
  ]),
  examples<DeadlineValue>({ date: '2024-10-31', precision: 'month' }, ['Sở Xây dựng hoàn thành [trong tháng 10/2024].']),
  // a list of months ends with the last; a monthly meeting's heading dates its items
  // the last three months of a year are its last quarter
  examples<DeadlineValue>({ date: '2024-12-31', precision: 'quarter' }, ['2. Nhiệm vụ trọng tâm [3 tháng cuối năm 2024]']),
  negatives(['Kết quả 3 tháng đầu năm 2024, thu ngân sách đạt 78% dự toán.']),
  // a span of months after "tháng" ends with its last month (the year written after it), not day 8 of September
  examples<DeadlineValue>({ date: '2025-09-30', precision: 'month' }, [
    'trong tháng 8 - 9/2025',
    'Tổ chức tuyên truyền phòng, chống sốt xuất huyết [trong tháng 8 - 9/2025].',
    'Hoàn thành đợt ra quân [trong tháng 8-9 năm 2025].',
    'đến hết tháng 8–9/2025',
  ]),
  examples<DeadlineValue>({ date: '2017-06-30', precision: 'month' }, ['trong tháng 6-2017']),
  // (a slash with spaces around it is not read as the year's, so no span either: `tháng 8 - 9` would end in August)
  examples<DeadlineValue>({ date: '2024-08-31', precision: 'month', yearInferred: true }, ['Hoàn thành [trong tháng 8] - 9 / 2025.']),
  examples<DeadlineValue>({ date: '2025-05-31', precision: 'month' }, [
    'Hoàn thành việc đối thoại với các hộ dân [trong tháng 4 và tháng 5/2025].',
    'Tổ chức kiểm tra [trong tháng 4, tháng 5 năm 2025].',
  ]),
  examples<DeadlineValue>({ date: '2025-04-30', precision: 'month' }, [
    'Giao UBND thành phố chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức; [thời\ngian: tháng 4/2025].',
  ]),
  examples<DeadlineValue>({ date: '2025-03-31', precision: 'month' }, [
    'II. NHIỆM VỤ TRỌNG TÂM [THÁNG 02 VÀ THÁNG 3 NĂM 2025]',
    'Nhiệm vụ trọng tâm [tháng 3/2025]',
  ]),
  negatives([
    'Kết quả thực hiện nhiệm vụ trọng tâm tháng 01/2025 của các phòng, đơn vị.',
    'II. Phương hướng, nhiệm vụ và giải pháp trọng tâm tháng 5 và thời gian tới',
  ]),
  // `có báo cáo` after the period is the task (have a report by then), not a figure: the year stays in
  examples<DeadlineValue>({ date: '2025-08-31', precision: 'month' }, [
    'đánh giá tình hình thực hiện các Nghị quyết; [trong tháng 8 năm 2025] có báo cáo Chính phủ.',
    // a hard wrap inside `có báo cáo`
    'đánh giá tình hình thực hiện các Nghị quyết; [trong tháng 8 năm 2025] có báo\ncáo Chính phủ.',
  ]),
  // `báo cáo kết quả` + a period with a preposition: when to report, not the period reported on
  examples<DeadlineValue>({ date: '2024-08-31', precision: 'month' }, [
    'Lễ hội cần được tổ chức [trong tháng 8/2024], bảo đảm an toàn, tiết kiệm.',
    'Cuộc thi phải được tổ chức [trong tháng 8 năm 2024].',
    'Đại hội cấp cơ sở phải diễn ra [trong tháng 8/2024].',
    'Bộ Công an điều tra, làm rõ vụ việc; báo cáo kết quả [trong tháng 8/2024].',
    'Các địa phương tổng hợp, báo cáo tình hình thực hiện [trong tháng 8 năm 2024].',
  ]),
  examples<DeadlineValue>({ date: '2024-12-31', precision: 'month' }, [
    'Phòng Tổ chức hoàn thành [tháng 12/2024] việc rà soát vị trí việc làm.',
    'đến hết tháng 12/2024',
    // a review or a report held within the period, its topic of any length before it
    'Tổ chức tổng kết công tác năm 2024 [trong tháng 12/2024].',
    'Các sở gửi báo cáo tình hình thực hiện Kế hoạch này [trong tháng 12/2024].',
    // an opening period, then an order: not a past or a reported figure
    '[Trong tháng 12/2024], rà soát các văn bản đã ban hành, đề xuất sửa đổi.',
    '[Trong tháng 12/2024], Sở Tư pháp rà soát các văn bản đã ban hành.',
    '[Trong tháng 12/2024], tập trung giải ngân vốn đầu tư công đạt 100% kế hoạch.',
  ]),
  examples<DeadlineValue>({ date: '2024-11-30', precision: 'month', yearInferred: true }, ['trong tháng 11', 'vào cuối tháng 11']),
  examples<DeadlineValue>({ date: '2024-06-30', precision: 'month', yearInferred: true }, ['trong tháng này']),
  // a period of the document's year still to come opens its clause as a deadline
  examples<DeadlineValue>({ date: '2024-09-30', precision: 'quarter' }, ['Hoàn thành [trong quý III/2024] tăng cường kiểm tra sau thông quan.']),
  examples<DeadlineValue>({ date: '2024-07-31', precision: 'month' }, ['[Trong tháng 7 năm 2024], hoàn thành việc sắp xếp các đơn vị sự nghiệp.']),

  // --- quarter -------------------------------------------------------------------------------
  examples<DeadlineValue>({ date: '2025-03-31', precision: 'quarter' }, [
    'trong quý I/2025',
    'Bộ Tài chính chủ trì, trình Chính phủ [trong quý I/2025].',
    'quý 1/2025',
    'Quý I năm 2025',
  ]),
  examples<DeadlineValue>({ date: '2024-09-30', precision: 'quarter' }, [
    'quý III năm 2024',
    'trong quý III/2024',
    'Hoàn thành việc số hóa hồ sơ đất đai [trong quý III năm 2024].',
    // a review held within the period, not the period it reviews
    'Tổ chức sơ kết việc thực hiện Nghị quyết của Ban Chấp hành Trung ương [trong quý III/2024].',
  ]),
  examples<DeadlineValue>({ date: '2024-12-31', precision: 'quarter' }, [
    'trong quý 4/2024',
    'Quý IV/2024',
    'đến hết quý IV/2024',
    'chậm nhất trong quý IV/2024',
    'Tổ chức sơ kết Nghị quyết 20 [trong quý IV/2024].',
    'Sở Nội vụ báo cáo kết quả thực hiện cho UBND tỉnh [trong quý IV/2024].',
    'Sở Nội vụ báo cáo UBND tỉnh kết quả thực hiện [trong quý IV/2024].',
    'Tổ chức tổng kết, đánh giá kết quả thực hiện Nghị quyết [trong quý IV/2024].',
    // `vừa … vừa …`: both at once, not a recent past
    '[Trong quý IV/2024], các địa phương vừa bảo đảm tiến độ vừa bảo đảm chất lượng.',
  ]),
  examples<DeadlineValue>({ date: '2026-09-30', precision: 'quarter' }, ['Ban hành Bộ cẩm nang truyền thông [Quý III/2026]']),
  examples<DeadlineValue>({ date: '2024-06-30', precision: 'quarter', yearInferred: true }, ['quý II', 'trong quý II', 'trước quý III']),

  // --- a plan table's time cell: a capitalised month or year alone on its line -----------------
  examples<DeadlineValue>({ date: '2026-12-31', precision: 'year' }, [
    'Nghị định được ban hành\n[Năm 2026]\n3. Rà soát, sửa đổi các quy định',
    'Bộ Tài chính\nVăn bản quy phạm pháp luật có liên quan\n[Năm 2026]\n6\nTham mưu ban hành Nghị định',
    // a hard wrap inside the cell, a note in brackets after it
    'Nghị định, Thông tư\n[Năm\n2026]\n(theo kế hoạch tổ chức thi hành Luật)',
  ]),
  examples<DeadlineValue>({ date: '2024-09-30', precision: 'month' }, ['(2) Các bộ, ngành, địa phương\n[Tháng 9/2024]\n2\nBộ Công an']),
  examples<DeadlineValue>({ date: '2027-03-31', precision: 'month' }, ['Bộ Y tế\nBộ Tài chính, các bộ, ngành\nNghị định của\nChính phủ\n[Tháng 3/2027]\n']),
  // a start cell before the end cell (`Thời gian bắt đầu | Thời gian hoàn thành`): the end only
  examples<DeadlineValue>({ date: '2025-12-31', precision: 'month' }, ['Xây dựng cơ sở dữ liệu\nBộ Công an\nTháng 4/2025\n[Tháng 12/2025]\n2\nRà soát']),

  // --- half-year -----------------------------------------------------------------------------
  examples<DeadlineValue>({ date: '2024-06-30', precision: 'half-year' }, ['6 tháng đầu năm 2024', 'trong 6 tháng đầu năm 2024']),
  examples<DeadlineValue>({ date: '2024-06-30', precision: 'half-year', yearInferred: true }, ['6 tháng đầu năm']),
  // the period a report covers is not its deadline; the day it is due is
  examples<DeadlineValue>(day('2025-05-25'), [
    'Tham mưu dự thảo báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2025, trình UBND tỉnh [trước ngày 25/5/2025].',
  ]),
  // a reported result joined to new work: the half-year after it is the time of that work
  examples<DeadlineValue>({ date: '2024-12-31', precision: 'half-year' }, [
    'Phát huy kết quả đạt được và tập trung thực hiện các nhiệm vụ trọng tâm [trong 6 tháng cuối năm 2024].',
    'Trên cơ sở kết quả đạt được, triển khai đồng bộ các giải pháp phát triển kinh tế - xã hội [6 tháng cuối năm 2024].',
  ]),
  // a longer phrase after `kết quả` / `tăng trưởng` with a verb that sends or reaches it: the period is the time to
  examples<DeadlineValue>({ date: '2025-07-31', precision: 'month' }, [
    'Tổng hợp kết quả thực hiện nhiệm vụ trình UBND tỉnh [trong tháng 7/2025].',
    'Tổng hợp kết quả thực hiện nhiệm vụ chuyển đổi số gửi Sở Nội vụ [trong tháng 7/2025].',
  ]),
  examples<DeadlineValue>({ date: '2025-12-31', precision: 'year' }, [
    'Phấn đấu tốc độ tăng trưởng kinh tế của tỉnh đạt trên 8% [trong năm 2025].',
  ]),
  examples<DeadlineValue>({ date: '2021-12-31', precision: 'half-year' }, [
    '6 tháng cuối năm 2021',
    '06 tháng cuối năm 2021',
    'II. Nhiệm vụ trọng tâm [trong 6 tháng cuối năm 2021]',
    '[Trong 6 tháng còn lại của năm 2021], khối lượng công việc còn lại rất lớn',
  ]),
  examples<DeadlineValue>({ date: '2024-12-31', precision: 'half-year', yearInferred: true }, ['6 tháng cuối năm', 'sáu tháng cuối năm nay', '[Trong 6 tháng cuối năm], phấn đấu tăng trưởng kinh tế đạt 7%.']),

  // --- year ----------------------------------------------------------------------------------
  examples<DeadlineValue>({ date: '2024-12-31', precision: 'year' }, [
    'trong năm 2024',
    'cuối năm 2024',
    'II. Những nhiệm vụ chủ yếu cần tập trung thực hiện [trong năm 2024].',
    '[Trong năm 2024], các phòng, đơn vị thuộc Sở cần tập trung thực hiện tốt các nhiệm vụ sau:',
    'II. NHIỆM VỤ TRỌNG TÂM [NĂM 2024]',
  ]),
  examples<DeadlineValue>({ date: '2025-12-31', precision: 'year' }, [
    'đến hết năm 2025',
    'trước năm 2026',
    'Phấn đấu hoàn thành [năm 2025].',
    'Đến hết 2025',
    '(ii) Hoàn thành [trong năm 2025] Dự án Đầu tư xây dựng chống úng ngập.',
    // a goal makes the figure after the period its target: the period is the time to reach it by
    'Phấn đấu [đến hết năm 2025] có ít nhất 500 tổ liên gia an toàn được thành lập.',
    'Mục tiêu [đến cuối năm 2025] đạt 95% hồ sơ được số hóa.',
  ]),
  examples<DeadlineValue>({ date: '2026-12-31', precision: 'year' }, ['- Thời gian dự kiến: [từ ngày 11/9 đến hết năm 2026].']),
  // A list of years: the work may take until the end of the last one.
  examples<DeadlineValue>({ date: '2025-12-31', precision: 'year' }, [
    '- Thời gian thực hiện: [Trong năm 2024, 2025].',
    'Hoàn thành [trong các năm 2024 và 2025].',
    'Triển khai [trong năm 2024 và năm 2025] theo lộ trình.',
  ]),
  examples<DeadlineValue>({ date: '2024-12-31', precision: 'year', yearInferred: true }, [
    'cuối năm',
    'Sở Tư pháp hoàn thành [trong năm].',
    'từ nay đến cuối năm',
    'trong các tháng cuối năm',
    'trong năm nay',
  ]),

  // --- relative ------------------------------------------------------------------------------
  examples<DeadlineValue>({ date: '2024-06-25', precision: 'relative' }, [
    'trong 10 ngày kể từ ngày ký',
    'trong vòng 10 ngày',
    'sau 10 ngày',
    'trong mười ngày',
    'Các sở báo cáo UBND tỉnh [trong 10 ngày kể từ ngày ký], đồng thời gửi Sở Nội vụ.',
  ]),
  // Working days: Monday to Friday, from Saturday 15/6/2024.
  examples<DeadlineValue>({ date: '2024-07-05', precision: 'relative' }, ['trong vòng 15 ngày làm việc']),
  examples<DeadlineValue>({ date: '2024-06-30', precision: 'relative' }, ['sau 15 ngày', 'trong thời hạn 15 ngày kể từ ngày Kế hoạch này được ban hành']),
  examples<DeadlineValue>({ date: '2024-09-15', precision: 'relative' }, ['trong 3 tháng kể từ ngày ký']),
  examples<DeadlineValue>({ date: '2025-07-31', precision: 'relative' }, ['trong 30 ngày kể từ ngày 01/7/2025']),
  // Receiving the document itself: counted from its date.
  examples<DeadlineValue>({ date: '2024-06-25', precision: 'relative' }, [
    'Sở Tài chính tham mưu UBND tỉnh [trong thời hạn 10 ngày kể từ ngày nhận được Thông báo này].',
    'báo cáo kết quả [trong 10 ngày kể từ ngày nhận được văn bản này]',
  ]),
  // Counted from an event, not from the document.
  examples<DeadlineValue>({ date: null, precision: 'relative' }, [
    'Tái xuất hàng hóa [trong 30 ngày kể từ ngày nhận được thông báo] của cơ quan Hải quan.',
    'trả lời [trong 10 ngày kể từ ngày nhận được hồ sơ hợp lệ]',
    // the time a procedure may take in each case (a service standard), counted from each request
    'Thời gian giải quyết hồ sơ [tối đa 07 ngày làm việc].',
    'Rút ngắn thời gian giải quyết thủ tục hành chính xuống [không quá 05 ngày làm việc].',
    'Bảo đảm thời gian thông quan [không quá 24 giờ].',
    'Nếu bản công bố hợp quy do bên thứ ba đánh giá thì thời gian chỉ [tối đa 7 ngày].',
  ]),
  // … but a time spent on the task, or a time label's value, is counted from the document
  examples<DeadlineValue>({ date: '2024-06-30', precision: 'relative' }, [
    'Dành thời gian nghiên cứu kỹ và báo cáo UBND tỉnh [trong 15 ngày].',
    'Trong thời gian chờ hướng dẫn, các huyện báo cáo UBND tỉnh [trong 15 ngày].',
  ]),
  examples<DeadlineValue>({ date: '2024-07-15', precision: 'relative' }, [
    '- Thời gian thực hiện: [trong 30 ngày].',
    // a label without its colon: the task's own time
    'Thời gian thực hiện [trong 30 ngày].',
    '- Thời gian triển khai [trong 30 ngày].',
  ]),

  // --- event ---------------------------------------------------------------------------------
  examples<DeadlineValue>({ date: null, precision: 'event' }, [
    'tại kỳ họp gần nhất',
    'khẩn trương báo cáo đề xuất UBND tỉnh trình HĐND tỉnh [tại kỳ họp gần nhất].',
    'tại kỳ họp thứ 3',
    'ngay sau khi có Quyết định phê duyệt',
    'ký hợp đồng với cơ quan chủ trì [ngay sau khi có Quyết định phê duyệt] của UBND tỉnh.',
    'sau khi có hướng dẫn',
    'Sở Tài nguyên và Môi trường tham mưu điều chỉnh [sau khi Luật Đất đai được sửa đổi].',
    'dịp Tết Nguyên đán',
    'trước Tết Nguyên đán Giáp Thìn 2024',
    'Bảo đảm không để xảy ra ùn tắc tại các cửa khẩu [trong dịp Tết].',
    // a trend the task must prevent, or the reason for the task, over the occasion
    'Bảo đảm cung ứng hàng hóa, không để giá tăng cao [trong dịp Tết].',
    'Bình ổn giá cả thị trường [trong dịp Tết] khi nhu cầu mua sắm tăng cao.',
    'Bình ổn giá [trong dịp Tết] tránh giá tăng cao.',
    'bảo đảm hoàn thành nạo vét các trục chính [trước mùa mưa].',
    'Báo cáo đột xuất [khi có yêu cầu].',
  ]),

  // --- ongoing -------------------------------------------------------------------------------
  // a plan table's time cell wrapped word by word
  examples<DeadlineValue>({ date: null, precision: 'ongoing' }, [
    'Bảo đảm 100% cán bộ được quán triệt.\nThực\nhiện\n[thường\nxuyên], lồng\nghép trong\nnhiệm vụ chuyên môn.',
    'Tổ chức tuyên truyền, phổ biến, quán triệt [thường\nxuyên] nội dung Chỉ thị.',
  ]),
  negatives(['Bố trí kinh phí chi\nthường\nxuyên cho các đơn vị sự nghiệp.']),
  examples<DeadlineValue>({ date: null, precision: 'ongoing' }, [
    'thường xuyên',
    'liên tục',
    '[Thường xuyên] rà soát, cải tiến quy trình cấp, gia hạn giấy phép.',
    'kiểm tra [thường xuyên, liên tục] các công trình ven sông',
    'duy trì trực ban [liên tục] trong mùa mưa bão',
    'Sở Y tế chủ trì, phối hợp với các địa phương thực hiện [thường xuyên].',
    '- Thời gian thực hiện: [Thường xuyên].',
    // (a cell's or a label's value, whatever quality is paired with it)
    '- Thời gian thực hiện: [Thường xuyên], lâu dài.',
    'Kiểm tra an toàn hồ đập\n[thường xuyên], lâu dài\n3. Rà soát các quy định',
    'Báo cáo kết quả\n[Thường xuyên]\n3. Rà soát các quy định',
    'Các hoạt động được triển khai\n[Thường xuyên]',
    'Rà soát, cập nhật [thường xuyên] các quy định về quản lý, khai thác dữ liệu.',
    'd) [Thường xuyên] tổ chức các lớp bồi dưỡng kỹ năng cho cán bộ, công chức.',
    // (a duty in the passive, an item of a list of duties)
    '- Hệ thống camera giám sát [thường xuyên] được kiểm tra, bảo dưỡng.',
    'b) Các hồ đập xung yếu [thường xuyên] được kiểm tra trong mùa mưa bão.',
    'Chỉ đạo lực lượng quản lý thị trường [thường xuyên] kiểm tra các điểm kinh doanh.',
    // a span of the past that frames an order
    'Thời gian qua còn nhiều vi phạm, các địa phương cần [thường xuyên] kiểm tra.',
    'Trong suốt thời gian diễn ra Đại hội, lực lượng công an [thường xuyên] tuần tra.',
    'Bộ trưởng cho biết, các địa phương cần [thường xuyên] kiểm tra các công trình.',
    'Tổ chức tuyên truyền, phổ biến, quán triệt [thường xuyên], sâu rộng nội dung Chỉ thị.',
    'duy trì kiểm tra [thường xuyên], theo dõi chặt chẽ trong suốt mùa mưa.',
    // a duty in the passive
    'Các hồ đập cần [thường xuyên] được kiểm tra, bảo dưỡng.',
    'Bảo đảm cơ sở dữ liệu [thường xuyên] được cập nhật.',
  ]),

  // --- recurring -----------------------------------------------------------------------------
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'weekly', due: '5' }, [
    'thứ Sáu hàng tuần',
    'báo cáo Thủ tướng Chính phủ (qua Bộ Nội vụ) vào [thứ Sáu hàng tuần] theo đề cương.',
    'thứ 6 hằng tuần',
  ]),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'weekly', due: '1' }, [
    'đ) [Định kỳ thứ Hai hàng tuần] tổng hợp tình hình, kết quả thực hiện',
  ]),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'weekly', due: '7' }, ['Chủ nhật hàng tuần']),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'weekly' }, ['hàng tuần', 'báo cáo tiến độ [hằng tuần] về Sở Xây dựng']),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'monthly', due: '20' }, [
    'trước ngày 20 hằng tháng',
    '[Định kỳ ngày 20 hàng tháng] có báo cáo đánh giá kết quả thực hiện',
  ]),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'monthly', due: '25' }, ['hằng tháng, trước ngày 25']),
  examples<DeadlineValue>({ date: null, precision: 'month', recurring: 'monthly' }, ['hằng tháng', 'định kỳ hàng tháng']),
  examples<DeadlineValue>({ date: null, precision: 'quarter', recurring: 'quarterly' }, [
    'định kỳ hằng quý',
    'hàng quý',
    'các bộ, ngành [định kỳ hàng quý] báo cáo kết quả về Thanh tra Chính phủ.',
  ]),
  examples<DeadlineValue>({ date: null, precision: 'half-year', recurring: 'half-yearly' }, [
    'định kỳ 6 tháng',
    'định kỳ 06 tháng một lần',
    '[định kỳ 6 tháng] báo cáo kết quả thực hiện về Bộ Tư pháp',
  ]),
  examples<DeadlineValue>({ date: null, precision: 'year', recurring: 'yearly' }, [
    'định kỳ hằng năm',
    'hằng năm',
    'theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này, [định kỳ hằng năm] báo cáo Chính phủ.',
  ]),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'yearly', due: '11-15' }, ['trước ngày 15/11 hằng năm']),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'yearly', due: '12-25' }, [
    '[Hàng năm trước ngày 25/12], tổng hợp tình hình thực hiện Chỉ thị.',
    'trước ngày 25 tháng 12 hằng năm',
  ]),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'yearly', due: '12-15' }, [
    'c) Thực hiện báo cáo đột xuất theo yêu cầu, báo cáo [định kỳ hàng năm trước ngày 15 tháng 12] để đánh giá tình hình.',
  ]),

  // a cycle's due day written apart from the cycle word, later in its sentence: not a date
  examples<DeadlineValue>(
    [{ date: null, recurring: 'yearly' }, { date: null, precision: 'day', recurring: 'yearly', due: '12-31' }],
    ['3. Các bộ, cơ quan, [định kỳ hằng năm] báo cáo kết quả thực hiện về Bộ Y tế [trước ngày 31 tháng 12] để tổng hợp.'],
  ),
  examples<DeadlineValue>(
    [{ date: null, recurring: 'yearly' }, { date: null, precision: 'day', recurring: 'yearly', due: '12-15' }],
    ['[Hằng năm], các sở, ngành đánh giá tình hình, báo cáo UBND tỉnh [chậm nhất ngày 15/12].'],
  ),
  examples<DeadlineValue>(
    [
      { date: null, recurring: 'half-yearly' },
      { date: null, precision: 'day', recurring: 'half-yearly', due: '06-15' },
      { date: null, precision: 'day', recurring: 'half-yearly', due: '12-01' },
    ],
    ['[định kỳ 6 tháng] báo cáo kết quả thực hiện về Bộ Khoa học và Công nghệ [trước ngày 15 tháng 6] và [trước ngày 01 tháng 12] để tổng hợp.'],
  ),
  examples<DeadlineValue>(
    [{ date: null, recurring: 'monthly' }, { date: null, precision: 'day', recurring: 'monthly', due: '25' }],
    ['cụ thể hóa thành các nhóm nhiệm vụ; [định kỳ hằng tháng] báo cáo tình hình, tiến độ triển khai, gửi Bộ Tài chính [trước ngày 25] để tổng hợp.'],
  ),
  // a cycle word naming a kind of thing, or in another sentence, sets no cycle: the day is a date
  examples<DeadlineValue>(day('2024-11-15', true), [
    'Xây dựng kế hoạch công tác hằng năm, gửi Sở Tài chính [trước ngày 15/11].',
    'Bố trí ngân sách hằng năm để thực hiện. Báo cáo UBND tỉnh [trước ngày 15/11].',
  ]),
  examples<DeadlineValue>(day('2026-04-30'), ['Các hạng mục chính phải hoàn thành, hoạt động ngay [trước thời điểm 30/4/2026] phục vụ thoát nước đô thị.']),

  // --- several in one unit -------------------------------------------------------------------
  examples<DeadlineValue>(
    [day('2024-06-15', true), day('2024-12-01', true)],
    ['gửi về Bộ Khoa học và Công nghệ [trước ngày 15 tháng 6] và [trước ngày 01 tháng 12] để tổng hợp, báo cáo Chính phủ.'],
  ),
  examples<DeadlineValue>(
    [{ date: null, recurring: 'weekly', due: '5' }, day('2026-07-05')],
    ['báo cáo vào [thứ Sáu hàng tuần] theo đề cương; báo cáo tổng thể kết quả thực hiện [trước ngày 05 tháng 7 năm 2026].'],
  ),
  examples<DeadlineValue>(
    [day('2026-05-31'), day('2026-06-30')],
    ['Kết thúc hoạt động [trước ngày 31 tháng 5 năm 2026]. Bảo đảm hoàn thành đồng bộ với sắp xếp thôn, tổ dân phố, [trước ngày 30 tháng 6 năm 2026].'],
  ),

  examples<DeadlineValue>(
    [{ date: null, precision: 'ongoing' }, { date: null, precision: 'quarter', recurring: 'quarterly' }],
    ['[thường xuyên] thông báo và [định kỳ hàng quý] báo cáo kết quả về Thanh tra Chính phủ.'],
  ),

  // a cycle after its verb qualifies its own clause only; a coordinated task's day is one date
  examples<DeadlineValue>(
    [{ date: null, recurring: 'yearly' }, day('2024-06-30', true)],
    [
      'Sở Tài chính tổng hợp báo cáo [hằng năm], đồng thời hoàn thành đề án [trước ngày 30/6].',
      '[Định kỳ hằng năm] báo cáo UBND tỉnh, đồng thời hoàn thành đề án [trước ngày 30/6].',
    ],
  ),
  // a year written: one date, whatever cycle the sentence names
  examples<DeadlineValue>(
    [{ date: null, recurring: 'yearly' }, day('2026-06-30')],
    ['Các sở báo cáo [hằng năm] kết quả thực hiện; hoàn thành [trước ngày 30/6/2026].'],
  ),

  // a forecast or a figure in the words of an instruction stays a deadline
  examples<DeadlineValue>({ date: '2024-12-31', precision: 'year' }, [
    'Phó Thủ tướng yêu cầu các bộ hoàn thành kế hoạch [trong năm 2024].',
    'Phấn đấu giảm tỷ lệ hộ nghèo xuống còn 2% [vào cuối năm 2024].',
  ]),
  examples<DeadlineValue>(day('2024-09-30'), ['Bộ Tài chính sẽ phải trình Chính phủ [trước ngày 30/9/2024].']),

  // --- a time cell or label that opens on a year and runs on: the end of that first year ----------
  examples<DeadlineValue>({ date: '2026-12-31', precision: 'year' }, [
    'Bộ Khoa học và Công nghệ, các bộ, cơ quan\n[Năm 2026\nvà các năm\ntiếp theo]',
    'Bộ Tư pháp, các bộ,\ncơ quan\n[Năm 2026\nvà các năm\ntiếp theo]\n7\nĐiều chỉnh các quy trình vận hành',
    '- Thời gian thực hiện: [từ năm 2026 và những năm tiếp theo].',
    'Thời gian hoàn thành: [Năm 2026 và các năm tiếp theo]',
    // a cell or a label's value read apart
    '[Năm 2026 và các năm tiếp theo]',
    '[từ năm 2026 và những năm tiếp theo]',
  ]),
  negatives([
    // in a sentence it is an open end, not a time to be done by
    'bảo đảm yêu cầu tiêu thoát nước trong năm 2026 và các năm tiếp theo.',
    'Triển khai các hạng mục sửa chữa hệ thống thoát nước năm 2026 và các năm tiếp theo (như cải tạo thoát nước phố Trần Bình).',
    'phát huy hiệu quả tiêu thoát nước phục vụ mùa mưa 2026 và các năm tiếp theo.',
    'Bộ Tài chính bố trí kinh phí\nnăm 2026 và các năm tiếp theo cho các địa phương.',
    // a start alone is none
    '- Thời gian thực hiện: từ năm 2026.',
  ]),

  // --- a list of months and quarters shares the year written after its last member ---------------
  examples<DeadlineValue>(
    [{ date: '2025-04-30', precision: 'month' }, { date: '2025-09-30', precision: 'quarter' }],
    ['Tổ chức kiểm tra [trong tháng 4] và [quý III/2025].', 'Tổ chức kiểm tra [trong tháng 4] hoặc [quý III năm 2025].'],
  ),
  examples<DeadlineValue>(
    [{ date: '2025-06-30', precision: 'quarter' }, { date: '2025-07-31', precision: 'month' }],
    ['Tổ chức hai đợt kiểm tra [trong quý II] và [trong tháng 7/2025].'],
  ),
  // (a member with its own year keeps it; a month outside a list keeps the document's)
  examples<DeadlineValue>(
    [{ date: '2024-11-30', precision: 'month', yearInferred: true }, { date: '2025-03-31', precision: 'quarter' }],
    ['Hoàn thành khảo sát [trong tháng 11]. Đưa vào vận hành [trong quý I/2025].'],
  ),
  // (a list runs forward: a member later in the year than the last one falls in the year before it)
  examples<DeadlineValue>(
    [{ date: '2024-12-31', precision: 'month' }, { date: '2025-03-31', precision: 'quarter' }],
    ['Tổ chức hội nghị [trong tháng 12] và [quý I/2025].'],
  ),
  examples<DeadlineValue>(
    [{ date: '2024-12-31', precision: 'quarter' }, { date: '2025-01-31', precision: 'month' }],
    ['Hoàn thành [trong quý IV] và [trong tháng 01/2025].'],
  ),

  // --- the real genre's phrasings of a time to be done by, one per line ---------------------------
  examples<DeadlineValue>({ date: null, precision: 'event' }, [
    'Hoàn thành việc sửa chữa trường học, xong [trước Tết Nguyên đán].',
    'Sở Tài chính tham mưu UBND tỉnh trình HĐND tỉnh [trước kỳ họp thứ 12] HĐND tỉnh.',
    'báo cáo Thường trực HĐND tỉnh [trước kỳ họp thường lệ cuối năm].',
    'Trình HĐND tỉnh xem xét, quyết định [tại kỳ họp chuyên đề gần nhất].',
    'Khẩn trương hoàn thành sửa chữa đê điều [trước mùa mưa lũ năm 2024].',
    'Bảo đảm đủ hàng hóa phục vụ nhân dân [trong dịp Tết Nguyên đán Ất Tỵ 2025].',
    // the span around a lunar occasion: an event, as SPEC has no date the document does not give
    'Bảo đảm cung ứng hàng hóa thiết yếu [trước, trong và sau Tết Nguyên đán Bính Ngọ 2026].',
    'Tăng cường kiểm tra an toàn thực phẩm [trong và sau dịp Tết].',
    // the start of a school year, whose date the document does not give
    'Sở Giáo dục và Đào tạo chuẩn bị cơ sở vật chất, hoàn thành [trước ngày khai giảng năm học 2025 - 2026].',
    'Xây dựng các trường nội trú để đưa vào khai thác, sử dụng [ngay đầu năm học 2026 - 2027].',
    'Bảo đảm đủ giáo viên, sách giáo khoa [trước năm học mới].',
    // a campaign's name before a comma that opens the clause of the task: the time is the task's
    'Tháng cao điểm an toàn thực phẩm, các đơn vị tăng cường kiểm tra [trước Tết Nguyên đán].',
    'Thực hiện Kế hoạch cao điểm, Công an tỉnh tăng cường tuần tra [trước, trong và sau Tết].',
  ]),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'monthly', due: '20' }, [
    'Các phòng gửi báo cáo tiến độ về Văn phòng Sở [trước ngày 20 hằng tháng].',
    'Tổng hợp báo cáo kết quả [vào ngày 20 của hàng tháng].',
  ]),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'quarterly' }, [
    'Báo cáo kết quả thực hiện gửi Sở Nội vụ [trước ngày 15 của tháng cuối quý].',
    'báo cáo quý gửi [trước ngày 10 tháng đầu tiên của quý sau].',
    'gửi báo cáo [vào ngày 20 tháng cuối mỗi quý] để tổng hợp.',
  ]),
  examples<DeadlineValue>({ date: '2024-10-31', precision: 'month', yearInferred: true }, [
    'Hoàn thành việc kiện toàn Ban Chỉ đạo [trong tháng 10 năm nay].',
    'Gửi hồ sơ về Sở Nội vụ [chậm nhất trong tháng 10].',
  ]),
  examples<DeadlineValue>(day('2024-09-30'), [
    'Các đơn vị gửi báo cáo về Sở Tài chính [chậm nhất là ngày 30/9/2024].',
    // (a hard wrap inside the words that set the deadline)
    'Các đơn vị gửi báo cáo về Sở Tài chính [chậm\nnhất ngày 30/9/2024].',
    'Hồ sơ gửi về Văn phòng, [hạn\nchót: 30/9/2024].',
  ]),
  examples<DeadlineValue>(day('2024-12-15', true), ['Các xã hoàn thành rà soát, gửi UBND huyện [trước 15/12].', 'Hoàn thành [trước ngày 15 tháng 12].']),
  examples<DeadlineValue>(day('2024-12-31', true), ['Hoàn thành thu hồi nợ đọng [trước ngày 31/12 năm nay].']),
  examples<DeadlineValue>(day('2025-06-30'), ['Hoàn thành cấp giấy chứng nhận [trước ngày 30/6 năm 2025].', 'Xong [trước ngày 30 tháng 6 năm 2025].']),
  // `năm sau`: the year after the document's (a cycle's due day stays a due day)
  examples<DeadlineValue>(day('2025-01-15', true), ['Báo cáo tổng kết gửi Sở Nội vụ [trước ngày 15/01 năm sau].']),
  examples<DeadlineValue>({ date: '2025-03-31', precision: 'month', yearInferred: true }, ['Hoàn thành việc bàn giao [trong tháng 3 năm sau].']),
  examples<DeadlineValue>({ date: null, precision: 'day', recurring: 'yearly', due: '01-15' }, [
  ]),
  examples<DeadlineValue>(
    [{ date: null, recurring: 'yearly' }, { date: null, precision: 'day', recurring: 'yearly', due: '01-15' }],
    ['[Định kỳ hằng năm], các sở báo cáo kết quả [trước ngày 15 tháng 01 năm sau] để tổng hợp.'],
  ),
  examples<DeadlineValue>({ date: '2026-12-31', precision: 'year' }, [
    'Hoàn thành số hóa hồ sơ đất đai [trong năm 2026].',
    // a bare year opening an order: the year's end
    '[Năm 2026], tập trung hoàn thành các công trình trọng điểm.',
    '- [Năm 2026], triển khai và hoàn thành các thủ tục chuẩn bị đầu tư.',
    '[Năm 2026] cần tiếp tục hoàn thành triển khai theo Kế hoạch.',
    '[Trong năm 2026], Sở Y tế phải hoàn thành việc cấp phép.',
  ]),
  // … a year opening a report, or not opening the clause, is none
  negatives([
    'Năm 2025, toàn tỉnh đã hoàn thành 100 km đường giao thông nông thôn.',
    'Năm 2025, các sở đã tập trung hoàn thành các công trình.',
    'Năm 2026 là năm thứ 2 của kế hoạch 5 năm, phải đạt được mục tiêu 6,7% đề ra.',
    'Năm 2026, Ban Chỉ đạo quốc gia chỉ đạo lực lượng chức năng kiểm tra.',
    'Năm 2023, tập trung hoàn thành các công trình trọng điểm.',
    'Năm 2026 tiếp tục là năm bản lề, phải hoàn thành các mục tiêu.',
  ]),
  examples<DeadlineValue>({ date: '2026-06-30', precision: 'half-year' }, ['Hoàn thành thí điểm [trong 6 tháng đầu năm 2026].', 'Thời gian: [6 tháng đầu năm 2026].']),
  examples<DeadlineValue>({ date: '2024-12-31', precision: 'year', yearInferred: true }, [
    'Giải ngân hết vốn đầu tư công [đến hết năm].',
    'Hoàn thành [trong năm nay].',
    'Xử lý dứt điểm các kiến nghị tồn đọng trước [cuối năm].',
  ]),
  // a part of a month, a quarter or a year: the last day of that part (a month's first ten days for
  // `đầu`, its second ten for `giữa`, as `thượng tuần`, `trung tuần` count them)
  examples<DeadlineValue>({ date: '2026-04-30', precision: 'month' }, ['Tổ chức hội nghị sơ kết [vào đầu quý II/2026].', 'Triển khai thí điểm [đầu quý II/2026]']),
  examples<DeadlineValue>({ date: '2026-08-31', precision: 'month' }, ['Hoàn thành lắp đặt thiết bị [trong giữa quý III/2026].']),
  examples<DeadlineValue>({ date: '2024-07-07', precision: 'month', yearInferred: true }, ['Gửi báo cáo về Sở [trong tuần đầu tháng 7].']),
  examples<DeadlineValue>({ date: '2024-08-20', precision: 'month', yearInferred: true }, [
    'Tổ chức lễ ra quân [vào giữa tháng 8].',
    'Hoàn thành [trong trung tuần tháng 8].',
  ]),
  examples<DeadlineValue>({ date: '2024-09-10', precision: 'month' }, ['Khai giảng lớp bồi dưỡng [vào đầu tháng 9/2024].', 'Hoàn thành [chậm nhất vào đầu tháng 9/2024].']),
  examples<DeadlineValue>({ date: '2025-03-31', precision: 'quarter' }, ['Đưa công trình vào sử dụng [vào đầu năm 2025].']),
  examples<DeadlineValue>({ date: '2025-06-30', precision: 'half-year' }, ['Hoàn thành việc sắp xếp trụ sở [trong giữa năm 2025].']),
  // (`năm tới`, `năm sau`: the year after the document's)
  examples<DeadlineValue>({ date: '2025-03-31', precision: 'quarter', yearInferred: true }, ['Tổ chức tổng kết [vào đầu năm tới].', 'Tổ chức tổng kết [vào đầu năm sau].']),
  examples<DeadlineValue>({ date: '2025-06-30', precision: 'half-year', yearInferred: true }, ['Đưa nhà máy vào vận hành [vào giữa năm tới].']),
  examples<DeadlineValue>(day('2024-07-20'), ['Nộp hồ sơ dự thi [chậm nhất vào ngày 20/7/2024].', 'Thời hạn nộp: [trước ngày 20/7/2024].']),
  examples<DeadlineValue>(day('2024-07-15'), ['[Hạn cuối ngày 15/7/2024], các đơn vị gửi hồ sơ về Sở.']),
  examples<DeadlineValue>(day('2024-06-20'), ['Sẵn sàng lực lượng, phương tiện [trước 17h00 ngày 20/6/2024].']),
  examples<DeadlineValue>(day('2024-07-30', true), ['Các huyện báo cáo [muộn nhất ngày 30/7].']),
  examples<DeadlineValue>({ date: '2024-09-30', precision: 'quarter' }, [
    'Hoàn thành việc di dời các hộ dân [cuối quý III/2024].',
    'Các dự án khởi công [chậm nhất trong quý III/2024].',
  ]),
  examples<DeadlineValue>({ date: '2024-06-30', precision: 'quarter', yearInferred: true }, ['Hoàn thành kiểm kê tài sản [trong quý này].']),
  examples<DeadlineValue>({ date: '2024-06-30', precision: 'month', yearInferred: true }, ['Khắc phục dứt điểm [ngay trong tháng 6].']),
  examples<DeadlineValue>({ date: '2024-06-25', precision: 'relative' }, ['Báo cáo UBND tỉnh [trong 7 ngày làm việc kể từ ngày ký].']),
  examples<DeadlineValue>({ date: '2024-07-15', precision: 'relative' }, ['Hoàn thành [trong vòng 01 tháng kể từ ngày ký].']),
  negatives([
    // past times and parts of a period that only tell how things stood
    'Đến đầu tháng 3/2017, có 7 bộ, ngành kết nối Cơ chế một cửa quốc gia.',
    'Đến giữa tháng 12.2016, Vinastas đã gửi văn bản kiến nghị.',
    'Quy hoạch được công bố giữa tháng 2 năm nay.',
    'Từ đầu năm 2024, tỉnh đã thu hút 15 dự án.',
    'Ngay từ đầu năm, Sở đã chủ động triển khai các nhiệm vụ.',
    'Tổ chức khai giảng vào đầu năm học mới.',
    // a year named by another word: the new year's season, a past year
    'Tổ chức thăm hỏi, chúc Tết vào đầu năm mới.',
    'Vào đầu năm ngoái, tỉnh đã khởi công dự án.',
    'Dự án khởi công vào giữa năm trước.',
    'Ngày 10/5 năm sau đó, dự án được khởi công.',
    'Bảo đảm tiến độ trong thời gian sớm nhất.',
    'Định hướng phát triển đến năm 2030.',
  ]),

  // --- not deadlines -------------------------------------------------------------------------
  negatives([
    // citations
    'Triển khai Quyết định số 104/QĐ-UBND ngày 07/02/2023 của UBND tỉnh về Bộ chỉ số đánh giá chuyển đổi số.',
    'Sở đã triển khai thực hiện các nhiệm vụ theo Kế hoạch số 76/KH-SKHCN ngày 20/01/2021.',
    'Triển khai thực hiện có hiệu quả các nội dung chỉ đạo (tại Thông báo số 143/TB-UBND ngày 14/4/2021).',
    'Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy về Chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030.',
    'theo Kế hoạch số 12/KH-UBND ngày 10/3/2024 về triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2024',
    'Quảng Ngãi, ngày 23 tháng 7 năm 2021',
    // plan periods, horizons and names
    'Tham mưu UBND tỉnh ban hành Kế hoạch phát triển khoa học công nghệ, giai đoạn 2021 - 2025.',
    'xác lập hồ sơ, thủ tục đầu tư công giai đoạn 2021-2025.',
    'Chiến lược phát triển ngành đến năm 2030, tầm nhìn đến năm 2045.',
    'Phê duyệt Đề án phát triển nguồn nhân lực chất lượng cao 2026 - 2030.',
    // an open end: the year and the years after it
    'Để thực hiện các mục tiêu nêu trên, trong năm 2025 và các năm tiếp theo, đề nghị Tập đoàn tổ chức thực hiện tốt Nghị quyết.',
    'Duy trì mô hình trong năm 2025 và những năm sau.',
    'Sở Nội vụ tổ chức đào tạo cán bộ trong các năm 2024, 2025 và các năm tiếp theo.',
    'Triển khai mô hình trong năm 2024 và 2025 và các năm tiếp theo.',
    'Chương trình nghệ thuật đặc biệt Khai mạc Festival Thăng Long Hà Nội lần thứ II năm 2026.',
    'đẩy nhanh tiến độ giải ngân kinh phí để thực hiện hoàn thành chỉ tiêu dự toán kinh phí ngân sách năm 2021 đã được phân bổ.',
    'kịp thời tham mưu xây dựng kế hoạch thanh tra, kiểm tra năm 2022.',
    'trình UBND tỉnh ban hành Quyết định phê duyệt các nhiệm vụ KH&CN mở mới năm 2021.',
    'danh mục nhiệm vụ KH&CN cấp tỉnh bắt đầu thực hiện năm 2022.',
    'Phiên họp Chính phủ thường kỳ tháng 6 năm 2026',
    // start dates, validity, counts to a date
    'Nghị định này có hiệu lực thi hành từ ngày 01/7/2025.',
    'Thời gian thực hiện: từ quý II/2026.',
    'Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
    'Văn bản này có hiệu lực đến hết ngày 31/12/2025.',
    'Tính đến ngày 30/6/2021 mới hoàn thành 36/47 nhiệm vụ.',
    'Tính đến quý I/2017, đã có 10/30 bộ, ngành kết nối Cơ chế một cửa quốc gia.',
    // past events and reported periods
    'Ngày 22/7/2021, Giám đốc Sở Khoa học và Công nghệ chủ trì Hội nghị sơ kết công tác 6 tháng đầu năm 2021.',
    'Hội nghị đã tổ chức ngày 15/3 tại Hà Nội.',
    'Lãnh đạo Sở đã báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024.',
    // a longer noun phrase after `tình hình` / `kết quả` still names what is reported
    'Sở Tài chính báo cáo tình hình thực hiện dự toán ngân sách nhà nước 6 tháng đầu năm 2024.',
    'Tổng hợp kết quả thực hiện kế hoạch đầu tư công trung hạn 6 tháng đầu năm 2024.',
    // the subject's own `đã ban hành`, not a relative clause of an object
    'Trong tháng 12/2024, các địa phương đã ban hành kế hoạch triển khai.',
    'Trong quý 1 vừa qua đã cấp 120 chứng thư số.',
    'Trong 6 tháng đầu năm 2021, Sở Khoa học và Công nghệ đã cố gắng triển khai thực hiện các nhiệm vụ chủ yếu.',
    'Bên cạnh những kết quả đạt được, trong năm 2023 vẫn còn một số hạn chế cần khắc phục.',
    'Đến hết tháng 6/2017, Cơ chế một cửa quốc gia đã có 11 bộ, ngành tham gia.',
    'Đến hết năm 2023 có 312 hộ dân nhận tiền bồi thường.',
    'Lũy kế đến hết tháng 4/2024 đạt 45% kế hoạch vốn; phấn đấu cả năm giải ngân trên 95%.',
    'Phó Thủ tướng cho biết, trước năm 2013, UBND thành phố theo thẩm quyền đã cho phép chuyển đổi.',
    'GRDP quý II/2024 tăng 7,5% so với quý I/2024.',
    'Sau khi nghe báo cáo của các phòng, Giám đốc Sở kết luận như sau:',
    // a period or an occasion opening a sentence whose main clause tells what was done (`X đã …`),
    // also in flattened web copies and quoted speech
    'Giám đốc các Sở, Ban, Ngành cấp tỉnh Từ ngày 15/01/2024 đến ngày 02/02/2024, trên địa bàn tỉnh đã xảy ra 03 ổ dịch cúm gia cầm.',
    'Cũng theo Phó Thủ tướng, trong năm 2024, Chính phủ đã giao các bộ, ngành thanh tra 30% đơn vị trực thuộc.',
    'lên tới 30-40%. Cuối tháng 4/2024, UBND tỉnh đã ban hành văn bản chỉ đạo các ban ngành.',
    '“Sau khi có thông tin phản ánh của báo chí, chúng tôi đã phối hợp với các đội nghiệp vụ kiểm tra.',
    'Ngày 29/6, ngay sau khi tiếp nhận được thông tin, UBND huyện đã chỉ đạo kiểm tra.',
    // a time that dates how things stand by then
    'Đến ngày 21/5, vết mổ của bệnh nhân vẫn trong tình trạng sưng tấy.',
    'Đến ngày 21/5, ngực chị L. trong tình trạng bầm dập.',
    'Tuy nhiên, cho tới gần cuối tháng 11/2020, thời gian trả kết quả vẫn chưa có hướng dẫn.',
    'Đề xuất phương án xử lý đối với kế hoạch vốn năm 2024 đến ngày 15 tháng 5 năm 2024 các bộ, cơ quan, địa phương chưa phân bổ chi tiết.',
    'Đề xuất phương án xử lý đối với kế hoạch vốn năm 2024 đến ngày 15 tháng 5 năm 2024 các bộ, cơ quan, địa phương\nchưa phân bổ chi tiết.',
    'Việc triển khai Chương trình chậm, đến ngày 30/6/2024 mới chỉ hoàn thành được 36/47 nhiệm vụ.',
    'Số vốn đến ngày 31/5/2024 toàn tỉnh đã giải ngân được 40%.',
    'Đến ngày 31/5/2024, các xã mới đạt 60% kế hoạch.',
    // `còn`/`có` before a count: what is left or held by then
    'Đến ngày 30/6 toàn tỉnh còn 12 dự án chậm tiến độ.',
    'Đến ngày 30/6/2024, toàn tỉnh còn 12 dự án chưa giải ngân hết vốn.',
    'Đến ngày 30/6/2024, còn hơn 300 hồ sơ tồn đọng.',
    'Đến ngày 30/6/2024, toàn tỉnh có 45 xã đạt chuẩn nông thôn mới.',
    'Tính đến ngày 30/6/2024, toàn tỉnh còn 12 dự án chưa giải ngân.',
    // a verb of result before a figure (`giải ngân được 45%`): what was achieved by then
    'Đến ngày 30/6, toàn tỉnh giải ngân được 45%.',
    'Đến ngày 30/6/2024, các huyện giải ngân được 45% kế hoạch vốn.',
    'Đến ngày 30/6, giải ngân được 45% kế hoạch vốn được giao.',
    'Tính đến hết tháng 9, đã cấp được 1.200 giấy chứng nhận.',
    'Đến hết tháng 5/2024, toàn tỉnh cấp được 1.200 giấy chứng nhận quyền sử dụng đất.',
    'Đến hết quý I/2024, toàn tỉnh thu hút được 12 dự án đầu tư.',
    'Trong quý I/2024, các huyện giải ngân được 25% kế hoạch vốn.',
    // a ratio after `phấn đấu đến`, not a date
    'phấn đấu đến 2/3 số xã đạt chuẩn nông thôn mới',
    'Phấn đấu đến 2/3 hộ dân có nước sạch.',
    'phấn đấu đến 3/4 các xã đạt chuẩn nông thôn mới.',
    'Hoàn thành đến 2/3 công việc.',
    'Triển khai đến 2/3 đơn vị trong tỉnh.',
    'Phấn đấu đến 1/3 trở lên.',
    // a goal named in another clause sets no target: the figure is a result
    'Về mục tiêu giảm nghèo, đến hết tháng 5/2024 đạt 95% kế hoạch năm.',
    // the time of an occurrence: when something happens or is held, not when a task is due
    'Diễn đàn APEC được tổ chức vào cuối năm, kết hợp với các giải pháp nâng cao chất lượng dịch vụ.',
    'vụ tai nạn xảy ra vào cuối tháng 12/2024 tại sân trường, ông Độ cho hay.',
    'vụ xe ô tô gây tai nạn cho học sinh xảy ra trước Tết.',
    'Giá thực phẩm thường giảm sau Tết.',
    // the occasion in a campaign's name
    'Phó Thủ tướng vừa ký ban hành Kế hoạch cao điểm đấu tranh chống buôn lậu, gian lận thương mại và hàng giả trước, trong và sau Tết Nguyên đán Tân Sửu.',
    // a school year as a start or a reported year, not an occasion to be ready by
    'Đề nghị áp dụng chương trình, sách giáo khoa mới từ năm học 2019 - 2020.',
    'Năm học 2015-2016, cả nước có 44.961 đơn vị trường học.',
    'Vào đầu năm học 2023 - 2024, các trường đã tuyển đủ chỉ tiêu.',
    // a school year that has ended
    'So với trước năm học 2020 - 2021, số học sinh tăng 5%.',
    'Trước năm học 2020 - 2021, học sinh phải học 2 buổi.',

    // datelines, times, bare counts
    'Hà Nội, 14/11 - Bộ Công Thương có văn bản yêu cầu các đơn vị.',
    'Hội nghị khai mạc lúc 14 giờ.',
    'nhằm rút ngắn thời gian thông quan 6 tháng',
    // noun phrases
    'Tổ chức thực hiện các nhiệm vụ thường xuyên theo chức năng và dịch vụ công có sử dụng ngân sách.',
    'bố trí kinh phí chi thường xuyên hằng năm để thực hiện.',
    'đưa nội dung vào chương trình, kế hoạch công tác hằng năm của cơ quan.',
    'bố trí, sắp xếp dân cư vùng thường xuyên bị ảnh hưởng thiên tai',
    'đơn vị đạt danh hiệu tập thể lao động xuất sắc 3 năm liên tục',
    'mở rộng mạng lưới trung tâm giáo dục thường xuyên',
    // `thường xuyên`/`liên tục` qualifying a noun phrase, a description, a purpose or a predicate noun
    'Tăng cường công tác kiểm tra thường xuyên và đột xuất đối với các cơ sở kinh doanh.',
    'xây dựng cơ chế giám sát thường xuyên việc sử dụng ngân sách',
    'duy trì mối liên hệ thường xuyên với các hiệp hội doanh nghiệp',
    'bảo đảm hoạt động thường xuyên, liên tục của hệ thống thông tin',
    'Xây dựng chương trình tuyên truyền thường xuyên về chuyển đổi số.',
    'hỗ trợ doanh nghiệp thông qua việc thường xuyên cung cấp thông tin thị trường',
    'lồng ghép trong nhiệm vụ\nthường xuyên về tuyên truyền',
    'xử lý dứt điểm các điểm úng ngập thường xuyên trong nội thành',
    'ưu tiên bơm tiêu cho khu vực thường xuyên úng ngập khi mưa lớn',
    'ngăn chặn các đối tượng thường xuyên vi phạm về an toàn thực phẩm',
    'một số cơ sở thường xuyên có hành vi gian lận thương mại',
    'Xây dựng nền tảng dữ liệu để cập nhật liên tục thông tin dân cư.',
    'xác định công tác phòng, chống thiên tai là nhiệm vụ trọng tâm, thường xuyên.',
    'Tình trạng ùn tắc diễn ra liên tục tại các cửa khẩu.',
    // cycle words qualifying a noun, a pair of plan horizons
    'tổ chức phiên họp định kỳ hằng quý của Ban Chỉ đạo',
    'bố trí kinh phí bảo dưỡng định kỳ hằng năm cho các trạm bơm',
    'bố trí vốn kế hoạch đầu tư công trung hạn và hằng năm theo quy định',
    'lấy từ nguồn kinh\nphí đào tạo, bồi dưỡng hằng năm',
    'đáp ứng nhu cầu tăng trưởng hằng năm của nền kinh tế',
    // a year or a month inside a sentence, a range or an open end in a plan table's time cell
    'Đề xuất xây dựng Luật\nNăm 2026 –\n2030',
    'Sửa đổi, bổ sung Nghị định, Thông tư\nNăm 2026 - 2028',
    'Năm 2026, toàn tỉnh đã hoàn thành 12 dự án.',
    'Kế hoạch phát triển kinh tế - xã hội\nnăm 2026 được ban hành.',
    // a day without a month outside a monthly cycle
    'Báo cáo UBND tỉnh trước ngày 25 để tổng hợp.',
    // a reported period opening a clause of the assessment, earlier in the document's year
    'Trong tháng 3 năm 2024, tình hình kinh tế tiếp tục phục hồi.',
    'Trong quý I, toàn tỉnh thu hút 12 dự án đầu tư mới.',
    // a bare period followed by its figure: the subject of a reported figure
    'Tăng trưởng tổng sản phẩm trong nước (GDP) quý I/2024 đạt 5,1%, cao hơn cùng kỳ.',
    'Kim ngạch xuất khẩu 6 tháng đầu năm 2024 tăng 7,2%.',
    // a review named with its topic and period; a period opening a reported figure or what someone reports
    'Phát biểu tại hội nghị sơ kết công tác bảo đảm trật tự an toàn giao thông đường bộ 6 tháng đầu năm, Bộ trưởng nhấn mạnh ba nội dung.',
    'Bộ trưởng cho biết trong 6 tháng đầu năm, tốc độ tăng trưởng kinh tế của vùng đạt 6,8%, cao hơn bình quân cả nước.',
    'Đáng chú ý, 6 tháng đầu năm, dư nợ tín dụng toàn tỉnh tăng 8%.',
    // a time the work must not slip to
    'Thanh toán ngay khối lượng hoàn thành, không để dồn vào cuối năm.',
    'Các chủ đầu tư đẩy nhanh tiến độ giải ngân, tránh dồn việc vào cuối năm.',
    'Chủ động xử lý hồ sơ tồn đọng, không chờ đến cuối năm.',
    // a time limit a law sets, quoted in the news
    'Nghị định quy định trong vòng 15 ngày kể từ ngày nhận đủ hồ sơ, cơ quan có thẩm quyền phải trả lời doanh nghiệp.',
    'Theo Thứ trưởng, luật quy định, trong vòng 30 ngày phải công bố kết quả kiểm tra.',
    // `thường xuyên`/`liên tục` as one of a pair of qualities, or as a manner
    'Triển khai chuyển đổi số theo hướng xuyên suốt, liên tục trong toàn ngành.',
    'Nỗ lực bảo đảm an toàn thực phẩm cần rất kiên trì, liên tục.',
    'Đưa việc học tập và làm theo Bác trở thành công việc tự giác, thường xuyên.',
    'Bảo đảm thông tin, liên lạc thường xuyên, thông suốt với Ban Chỉ huy phòng, chống thiên tai.',
    'Hệ thống camera giám sát hoạt động liên tục 24/24 giờ.',
    // a passive that describes how things are done
    'Ở đâu có sự quan tâm thì ở đó việc học tập và làm theo Bác thường xuyên được quan tâm, động viên.',
    'Công tác cải cách hành chính của tỉnh thường xuyên được đánh giá cao.',
    // a habit over a span of the past
    'Trong suốt 60 năm hình thành và phát triển, dưới sự chỉ đạo của Chính phủ, lực lượng Quản lý thị trường thường xuyên phối hợp với các ngành kiểm tra.',
    'Những năm qua, các địa phương liên tục đầu tư cho giáo dục.',
    'Phó Tổng cục trưởng cho biết, Tổng cục Hải quan rất quan tâm, phối hợp thường xuyên với công ty.',
    // the time of a trend
    'Nhu cầu mua sắm của người dân thường tăng cao vào cuối năm.',
    'Giá thực phẩm dịp Tết Nguyên đán thường tăng mạnh.',
  ]),

  // --- weeks: counted from the document's date (2024-06-15, a Saturday) to the Sunday that ends that week ----------
  examples<DeadlineValue>({ date: '2024-06-16', precision: 'relative' }, [
    'Các đơn vị báo cáo kết quả về Sở Y tế [trong tuần này].',
    'Triển khai [ngay trong tuần], không để chậm trễ.',
    'Hoàn thành việc di dời các hộ dân ra khỏi vùng nguy hiểm [trước cuối tuần].',
    'Tổ chức kiểm tra [ngay trong tuần này].',
  ]),
  examples<DeadlineValue>({ date: '2024-06-23', precision: 'relative' }, [
    'Sở Tài chính báo cáo UBND tỉnh [trong tuần tới].',
    'Hoàn thành việc khắc phục sự cố [vào cuối tuần sau].',
    'Gửi báo cáo về Văn phòng [trong tuần sau].',
  ]),
  negatives([
    'Trong tuần qua, Sở Y tế đã tiếp nhận 20 hồ sơ.',
    'Lượng khách tham quan thường tăng vào cuối tuần.',
    'Trong tuần, các đơn vị đã tổ chức 3 đợt kiểm tra.',
    'Các đoàn kiểm tra làm việc tại địa phương trong tuần lễ cao điểm.',
    // the week after some other time
    'Sau khi nhận hồ sơ, Sở thẩm định và trả kết quả trong tuần sau đó.',
    'Đoàn kiểm tra tổ chức họp rút kinh nghiệm vào cuối tuần sau đó.',
  ]),
  // --- an occasion the work must precede: an event, no date -----------------------------------------------------
  examples<DeadlineValue>({ date: null, precision: 'event' }, [
    'Hoàn thành công tác chuẩn bị [trước khi tổ chức Đại hội Đảng bộ tỉnh].',
    'Chỉnh trang đô thị [trước thềm Đại hội].',
    'Hoàn thành giải phóng mặt bằng [trước khi khởi công dự án].',
    'các bộ, ngành khẩn trương giải quyết [trước khi họp sơ kết 01 năm chính quyền 3 cấp].',
  ]),
  negatives([
    // a step of a process, not an occasion
    'Bảo đảm chất lượng nước sau xử lý đạt quy chuẩn hiện hành trước khi xả vào nguồn tiếp nhận.',
    'Lấy ý kiến của cấp ủy cùng cấp trước khi ban hành.',
    'Có ý kiến về phương án sử dụng đất để cấp có thẩm quyền phê duyệt trước khi tổ chức xác định giá trị doanh nghiệp.',
    'Phát biểu trước khi trả lời chất vấn của các đại biểu Quốc hội.',
  ]),
  // --- a range of years in a sentence: the years the work takes, due by the end of the last ----------------------
  examples<DeadlineValue>({ date: '2026-12-31', precision: 'year' }, [
    'Triển khai số hóa hồ sơ [trong các năm 2025-2026].',
    'Hoàn thành xây dựng các trường học [trong năm 2025 – 2026] theo lộ trình.',
  ]),
  // (as a list of years is: `trong năm 2024, 2025`; these two were negatives while a range in a sentence gave nothing)
  examples<DeadlineValue>({ date: '2025-12-31', precision: 'year' }, [
    'Triển khai thực hiện [trong năm 2024 - 2025].',
    'Triển khai các nhiệm vụ [trong năm 2024 - 2025] theo Đề án.',
  ]),
  negatives([
    'Tổ chức thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025.',
    'Triển khai Chương trình trong giai đoạn 2021 - 2025.',
    'Trong các năm 2021-2022, Sở đã triển khai 12 mô hình.',
    // a span of five years is a plan's period, as `giai đoạn 2026 - 2030` is
    'Tăng trưởng kinh tế bình quân đạt 7% trong các năm 2026 - 2030.',
    'Triển khai thực hiện Chương trình trong các năm 2026 - 2030.',
    // a year paired with a plan's period: the span of the targets, not a time to act by
    'Rà soát, bổ sung các chỉ tiêu tăng trưởng dự kiến trong năm 2024 và giai đoạn 05 năm 2026 - 2030.',
  ]),
  // --- a year counted from some other time: not the document's year ----------------------------------------------
  examples<DeadlineValue>({ date: null, precision: 'relative' }, [
    'Báo cáo kết quả thực hiện [trước ngày 20 tháng 6 năm sau đó].',
    'Hoàn thành việc bàn giao [trong tháng 3 năm đó].',
    'Nộp hồ sơ [trước ngày 15/01 năm tiếp theo đó].',
  ]),
  // --- `đến năm Y` that a completion right after it makes a time to finish by (alone it is a horizon) -------------
  examples<DeadlineValue>({ date: '2026-12-31', precision: 'year' }, [
    '[Đến năm 2026] hoàn thành việc xử lý các tồn tại, yếu kém đối với các dự án.',
    '- [Đến năm 2026], cơ bản hoàn thành việc số hóa hồ sơ.',
    'Các dự án chậm tiến độ [đến năm 2026] phải hoàn thành dứt điểm.',
    // a goal set right after it, as `phấn đấu đến hết năm 2026 có …` is
    '[Đến năm 2026], phấn đấu 100% xã đạt chuẩn nông thôn mới.',
    '[Đến năm 2026] phấn đấu có ít nhất 1 triệu ha rừng trồng gỗ lớn.',
  ]),
  negatives([
    'Chiến lược phát triển ngành đến năm 2030 hoàn thành các mục tiêu đề ra.',
    'Mục tiêu đến năm 2030 đạt 100% dân số tham gia bảo hiểm y tế.',
    'Tính đến năm 2024 hoàn thành 20 dự án.',
    // horizons before the goal, a year already passed, a goal named but not set (`mục tiêu phấn đấu` is a noun)
    'Mục tiêu đến năm 2030, phấn đấu 100% xã đạt chuẩn nông thôn mới nâng cao.',
    'Chiến lược phát triển du lịch đến năm 2030, tầm nhìn đến năm 2045, phấn đấu đón 10 triệu lượt khách.',
    'Đến năm 2023, phấn đấu có ít nhất 1 triệu ha rừng trồng gỗ lớn.',
    'Đến năm 2030, tỷ lệ đô thị hóa đạt 50%.',
  ]),
];
