import { describe, expect, it } from 'vitest';
import { extractAssignees, extractHeadingUnit, extractHeadingUnits } from '../../src/extract/assignees.js';
import type { TextUnit } from '../../src/types.js';
import { CORPUS_CONTEXT, countPhrases, runCorpus } from '../helpers/corpus.js';
import { ASSIGNEES_CORPUS } from '../corpus/assignees.corpus.js';

runCorpus('assignees', extractAssignees, ASSIGNEES_CORPUS);

const unit = (text: string, start = 40): TextUnit => ({ text, span: { start, end: start + text.length } });
const ctx = (text: string) => ({ ...CORPUS_CONTEXT, text: ' '.repeat(40) + text });

describe('extractAssignees', () => {
  it('should have a corpus of at least 80 positives and 20 negatives', () => {
    const { positives, negatives } = countPhrases(ASSIGNEES_CORPUS);
    expect(positives).toBeGreaterThanOrEqual(80);
    expect(negatives).toBeGreaterThanOrEqual(20);
  });

  it('should not read a zone of a policy after a bare class of localities as places', () => {
    // "Các xã Khu vực III …" is a class of communes (as "các tỉnh Tây Nguyên"), no People's Committee of "xã Khu"
    for (const text of ['Các xã Khu vực III, xã biên giới được ưu tiên bố trí vốn.', 'Các tỉnh Vùng Tây Bắc cần chủ động ứng phó.']) {
      const found = extractAssignees(unit(text), ctx(text));
      expect(found.filter((c) => /^Ủy ban nhân dân/u.test(c.value.name)), text).toEqual([]);
    }
    // (places still are: "Các xã Tân Lập, Tân Phú …")
    const text = 'Các xã Tân Lập, Tân Phú cần hoàn thành giải phóng mặt bằng.';
    expect(extractAssignees(unit(text), ctx(text)).map((c) => c.value.name)).toEqual(['Ủy ban nhân dân xã Tân Lập', 'Ủy ban nhân dân xã Tân Phú']);
  });

  it("should not read a partner after `và` as a second thing a 'Quản lý' body manages", () => {
    // "Phòng Quản lý đô thị và công an các xã kiểm tra …": two subjects, not one name (… nông lâm sản và thủy sản is one)
    for (const text of [
      'Phòng Quản lý đô thị và công an các xã kiểm tra trật tự xây dựng.',
      'Phòng Quản lý đô thị và người dân kiểm tra trật tự xây dựng.',
      'Giao Phòng Quản lý đô thị và lực lượng chức năng kiểm tra trật tự xây dựng.',
    ]) {
      const found = extractAssignees(unit(text), ctx(text));
      expect(found.some((c) => c.value.role === 'lead' && c.value.name.startsWith('Phòng Quản lý')), text).toBe(true);
      expect(found.filter((c) => /công an|người dân|lực lượng/u.test(c.value.name)), text).toEqual([]);
    }
  });

  it('should expand the abbreviations a document defines', () => {
    const text = 'Giao TTPVHCC chủ trì, phối hợp với Sở Nội vụ rà soát quy trình.';
    const abbreviations = new Map([['TTPVHCC', 'Trung tâm Phục vụ hành chính công']]);
    const found = extractAssignees(unit(text), ctx(text), abbreviations);
    expect(found.map((c) => [c.value.name, c.value.role])).toEqual([['Sở Nội vụ', 'support']]);
    const named = 'Giao Trung tâm PVHCC chủ trì rà soát quy trình.';
    const withHead = extractAssignees(unit(named), ctx(named), new Map([['PVHCC', 'Phục vụ hành chính công']]));
    expect(withHead[0]!.value).toMatchObject({ name: 'Trung tâm Phục vụ hành chính công', role: 'lead' });
  });

  it('should read a short name the document defined as the body it stands for', () => {
    const defined = new Map([['Công ty', 'Công ty Cổ phần Xi măng Công Thanh']]);
    const names = (text: string) => extractAssignees(unit(text), ctx(text), defined).map((c) => [c.value.name, c.value.role]);
    expect(names('Yêu cầu Công ty tập trung nguồn lực, đẩy nhanh tiến độ thi công.')).toEqual([['Công ty Cổ phần Xi măng Công Thanh', 'lead']]);
    expect(names('2. Công ty khẩn trương hoàn thiện hồ sơ thuê đất.')).toEqual([['Công ty Cổ phần Xi măng Công Thanh', 'lead']]);
    expect(names('Giao Sở Xây dựng hướng dẫn Công ty hoàn thiện hồ sơ.')).toEqual([['Sở Xây dựng', 'lead']]);
    // (without the definition the common noun names nobody)
    const bare = 'Yêu cầu Công ty tập trung nguồn lực.';
    expect(extractAssignees(unit(bare), ctx(bare))).toEqual([]);
    // … and so is an acronym it defined in brackets
    const acronym = 'Đầu tư hạ tầng các khu du lịch: TTXT phối hợp với Sở Tài chính kêu gọi nhà đầu tư.';
    const found = extractAssignees(unit(acronym), ctx(acronym), new Map([['TTXT', 'Trung tâm Xúc tiến Đầu tư tỉnh']]));
    expect(found.map((c) => [c.value.name, c.value.role])).toEqual([['Trung tâm Xúc tiến Đầu tư tỉnh', 'lead'], ['Sở Tài chính', 'support']]);
  });

  it('should read a body that recommends to another as its subject in an official document, not in a news report', () => {
    const text = 'Bộ Giáo dục và Đào tạo kiến nghị Quốc hội đưa Luật Nhà giáo vào chương trình xây dựng luật.';
    const leads = (news: boolean) => extractAssignees(unit(text), { ...ctx(text), news }).map((c) => c.value.name);
    expect(leads(false)).toEqual(['Bộ Giáo dục và Đào tạo']);
    expect(leads(true)).toEqual([]);
  });

  it('should keep the lead of an order a named leader is reported to have given in news, not of a body past work', () => {
    const leads = (text: string, news = true) => extractAssignees(unit(text), { ...ctx(text), news }).filter((c) => c.value.role === 'lead').map((c) => c.value.name);
    expect(leads('Theo đó, ông Thơ đã giao Sở Xây dựng chủ trì, phối hợp với các sở rà soát.')).toEqual(['Sở Xây dựng']);
    expect(leads('Trước mắt, Chủ tịch UBND TP đã giao cho Ban Quản lý dự án rà soát hồ sơ.')).toEqual(['Ban Quản lý dự án']);
    expect(leads('Chủ tịch UBND tỉnh đã giao Sở Y tế khẩn trương kiểm tra.')).toEqual(['Sở Y tế']);
    expect(leads('Về việc này, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã giao Bộ Công Thương kiểm tra.')).toEqual(['Bộ Công Thương']);
    // what a body did, a topic, and an official document's background
    expect(leads('Phó Thủ tướng khẳng định Chính phủ đã giao Bộ Nội vụ kiểm tra 11 địa phương, phát hiện một số sai phạm.')).toEqual([]);
    expect(leads('Được hỏi về việc Phó Thủ tướng Vương Đình Huệ đã giao cho Bộ Công Thương lập phương án.')).toEqual([]);
    expect(leads('Chủ tịch UBND tỉnh đã giao Sở Y tế kiểm tra nhưng đến nay chưa có báo cáo.', false)).toEqual([]);
  });

  it('should keep rule names that tell label readers the grammar of a label value', () => {
    const text = 'Sở Tài chính chủ trì, phối hợp với Sở Nội vụ';
    const rules = extractAssignees(unit(text), ctx(text)).map((c) => c.rule);
    expect(rules.every((r) => r.includes('chủ trì') || r.includes('phối hợp'))).toBe(true);
  });

  it('should stay linear on long runs of trigger phrases', () => {
    const text = 'Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, các cơ quan, đơn vị liên quan và UBND các huyện: Sơn Hà, Ba Tơ; '.repeat(2000);
    const t0 = performance.now();
    const found = extractAssignees(unit(text, 0), { ...CORPUS_CONTEXT, text });
    expect(found.length).toBe(2000 * 5);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('extractHeadingUnit', () => {
  const heading = (text: string) => extractHeadingUnit(unit(text), ctx(text));

  it.each([
    ['1. Phòng Quản lý Khoa học', 'Phòng Quản lý Khoa học', 'Phòng Quản lý Khoa học'],
    ['Sở Nông nghiệp và Môi trường:', 'Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường'],
    ['3. Phòng Quản lý Công nghệ, thị trường công nghệ và chuyên ngành', 'Phòng Quản lý Công nghệ, thị trường công nghệ và chuyên ngành', 'Phòng Quản lý Công nghệ, thị trường công nghệ và chuyên ngành'],
    ['5. Trung tâm Ứng dụng và Dịch vụ khoa học công nghệ', 'Trung tâm Ứng dụng và Dịch vụ khoa học công nghệ', 'Trung tâm Ứng dụng và Dịch vụ khoa học công nghệ'],
    ['II. SỞ Y TẾ', 'Sở Y Tế', 'SỞ Y TẾ'],
    ['Bộ Công Thương chủ trì thực hiện các nhiệm vụ sau:', 'Bộ Công Thương', 'Bộ Công Thương'],
    ['Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh tập trung các nội dung sau:', 'Mặt trận Tổ quốc Việt Nam tỉnh', 'Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['4. Đề nghị Ban Tuyên giáo và Dân vận Thành ủy', 'Ban Tuyên giáo và Dân vận Thành ủy', 'Ban Tuyên giáo và Dân vận Thành ủy'],
    ['7. Thanh tra Sở', 'Thanh tra Sở', 'Thanh tra Sở'],
    ['16. Liên hiệp các tổ chức hữu nghị thành phố Hà Nội', 'Liên hiệp các tổ chức hữu nghị thành phố Hà Nội', 'Liên hiệp các tổ chức hữu nghị thành phố Hà Nội'],
    ['b) Về phía Sở Tài chính:', 'Sở Tài chính', 'Sở Tài chính'],
    ['3. Trách nhiệm của Bộ Công an', 'Bộ Công an', 'Bộ Công an'],
    ['1. Trách nhiệm Tổ công tác triển khai Đề án 06:', 'Tổ công tác triển khai Đề án 06', 'Tổ công tác triển khai Đề án 06'],
    // a heading wrapped inside its prefix
    ['3. Trách nhiệm\ncủa Bộ Công an', 'Bộ Công an', 'Bộ Công an'],
    ['b) Về\nphía Sở Tài chính:', 'Sở Tài chính', 'Sở Tài chính'],
  ])('should read %j as the lead of its items', (text, name, words) => {
    const found = heading(text);
    expect(found?.value).toMatchObject({ name, role: 'lead' });
    expect(found?.text).toBe(words);
    expect(ctx(text).text.slice(found!.span.start, found!.span.end)).toBe(words);
  });

  it('should flag a class of bodies as generic', () => {
    expect(heading('2. Ủy ban nhân dân các xã, phường:')?.value).toMatchObject({ name: 'Ủy ban nhân dân các xã, phường', role: 'lead', generic: true });
    expect(heading('4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương')?.value.generic).toBe(true);
    // a heading that ends with ";" or with the adverbial of its subject still names it
    expect(heading('2. Trách nhiệm của các bộ, cơ quan ngang bộ, cơ quan trực thuộc Chính phủ;')?.value).toMatchObject({ role: 'lead', generic: true });
    expect(heading('1. Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao:')?.value).toMatchObject({
      name: 'bộ, cơ quan, địa phương',
      role: 'lead',
      generic: true,
    });
  });

  it('should give each Sở of a shared head, and keep the names that hold "và" whole', () => {
    const names = (text: string) => extractHeadingUnits(unit(text), ctx(text)).map((c) => c.value.name);
    expect(names('3. Sở Tài chính, Nội vụ và Tư pháp')).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Sở Tư pháp']);
    expect(names('4. Sở Văn hóa, Thể thao và Du lịch')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(names('5. Các Sở: Tài chính, Xây dựng, Kế hoạch và Đầu tư')).toEqual(['Sở Tài chính', 'Sở Xây dựng', 'Sở Kế hoạch và Đầu tư']);
  });

  it.each(['1. Những kết quả đạt được', 'Về công tác thanh tra', 'II. TỔ CHỨC THỰC HIỆN', '2. Tồn tại, hạn chế', 'III. VỀ CÁC KIẾN NGHỊ CỦA THÀNH PHỐ HỒ CHÍ MINH', 'Nhiệm vụ trọng tâm trong 6 tháng cuối năm 2021', '1. Mục đích'])(
    'should give nothing for the topic heading %j',
    (text) => {
      expect(heading(text)).toBeNull();
    },
  );

  it('should give every unit of a heading that names several', () => {
    const names = (text: string) => extractHeadingUnits(unit(text), ctx(text)).map((c) => c.value.name);
    expect(names('12. Sở Nội vụ (Ban Thi đua Khen thưởng Thành phố)')).toEqual(['Sở Nội vụ', 'Ban Thi đua Khen thưởng Thành phố']);
    expect(names('19. Mời Thành phố Hồ Chí Minh, tỉnh Đăk Lăk, tỉnh Điện Biên')).toEqual([
      'Ủy ban nhân dân Thành phố Hồ Chí Minh',
      'Ủy ban nhân dân tỉnh Đăk Lăk',
      'Ủy ban nhân dân tỉnh Điện Biên',
    ]);
    expect(names('20. Mời Đại sứ quán các nước: Trung Quốc, Ấn Độ, Cộng hoà Liên bang Nga')).toEqual([
      'Đại sứ quán Trung Quốc',
      'Đại sứ quán Ấn Độ',
      'Đại sứ quán Cộng hòa Liên bang Nga',
    ]);
    expect(names('17. UBND các phường: Ba Đình, Hoàn Kiếm')).toEqual(['Ủy ban nhân dân phường Ba Đình', 'Ủy ban nhân dân phường Hoàn Kiếm']);
  });

  it('should read a unit heading whose first name has a field in lower case, with commas, before the list that closes it', () => {
    const names = (text: string) => extractHeadingUnits(unit(text), ctx(text)).map((c) => c.value.name);
    expect(names('1.1. Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy và các cơ quan, đơn vị thuộc Sở:')).toEqual([
      'Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy',
      'cơ quan, đơn vị thuộc Sở',
    ]);
    expect(names('2. Phòng Quản lý Xây dựng và kinh tế đô thị và các phòng, đơn vị liên quan:')).toEqual(['Phòng Quản lý Xây dựng và kinh tế đô thị', 'phòng, đơn vị liên quan']);
    // (not a verb between them: an instruction, not a name; nor a heading with no colon, which may be a topic)
    expect(names('1. Sở Y tế và kiểm tra hồ sơ và các đơn vị:')).toEqual([]);
    expect(names('o) Lãnh đạo Ban Công tác đại biểu')).toEqual(['Ban Công tác đại biểu']);
  });
});
