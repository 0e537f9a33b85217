import { describe, expect, it } from 'vitest';
import { canonicalUnitName, mergeUnitVariants, modernSpelling, unitKey } from '../../src/refine/canonical-names.js';
import { collectDefinedAbbreviations } from '../../src/lexicon/abbreviations.js';

describe('canonicalUnitName', () => {
  it.each([
    // whitespace, dashes, leading words
    ['Sở  Tài\nchính', 'Sở Tài chính'],
    ['Phòng Kế hoạch-Tài chính', 'Phòng Kế hoạch - Tài chính'],
    ['Trung tâm Bảo tồn Di sản Thăng Long–Hà Nội', 'Trung tâm Bảo tồn Di sản Thăng Long - Hà Nội'],
    ['Giao Sở Nội vụ', 'Sở Nội vụ'],
    ['giao cho Sở Nội vụ', 'Sở Nội vụ'],
    ['Đề nghị Ban Tuyên giáo và Dân vận Trung ương', 'Ban Tuyên giáo và Dân vận Trung ương'],
    ['Yêu cầu Công an tỉnh', 'Công an tỉnh'],
    ['đồng chí Bí thư Tỉnh ủy', 'Tỉnh ủy'],
    ['Bộ Giao thông vận tải', 'Bộ Giao thông vận tải'],
    // `Giao` the verb only: not the first syllable of another word that begins a name
    ['Giao dịch viên Ngân hàng Chính sách xã hội', 'Giao dịch viên Ngân hàng Chính sách xã hội'],
    ['Giao cho Bộ Ngoại giao', 'Bộ Ngoại giao'],
    ['Sở Tài chính.', 'Sở Tài chính'],
    // abbreviations
    ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
    ['Sở KHCN', 'Sở Khoa học và Công nghệ'],
    ['Bộ NN&PTNT', 'Bộ Nông nghiệp và Phát triển nông thôn'],
    ['Sở NN&MT', 'Sở Nông nghiệp và Môi trường'],
    ['Sở LĐTB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở TN&MT', 'Sở Tài nguyên và Môi trường'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Bộ VH,TT&DL', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Bộ VHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
    ['Bộ GTVT', 'Bộ Giao thông vận tải'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['Chi cục TCĐLCL', 'Chi cục Tiêu chuẩn Đo lường Chất lượng'],
    ['Phòng KH-TC', 'Phòng Kế hoạch - Tài chính'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['BCĐ 389 tỉnh', 'Ban Chỉ đạo 389 tỉnh'],
    ['BCH Quân sự tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['VKSND tỉnh', 'Viện Kiểm sát nhân dân tỉnh'],
    ['TAND tỉnh', 'Tòa án nhân dân tỉnh'],
    ['UBND TP. Hồ Chí Minh', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    ['UBND TP', 'Ủy ban nhân dân Thành phố'],
    // spelling: tone placement, Ð (U+00D0), NBSP
    ['Uỷ ban nhân dân tỉnh Khánh Hoà', 'Ủy ban nhân dân tỉnh Khánh Hòa'],
    ['Sở Văn hoá và Thể thao', 'Sở Văn hóa và Thể thao'],
    ['Công ty Thuỷ điện Sông Bung', 'Công ty Thủy điện Sông Bung'],
    ['HÐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['Sở Giáo dục và Ðào tạo', 'Sở Giáo dục và Đào tạo'],
    ['Sở\u00a0Tài chính', 'Sở Tài chính'],
    // A (B)
    ['Trung tâm Phục vụ hành chính công (TTPVHCC)', 'Trung tâm Phục vụ hành chính công'],
    ['Trung tâm Kiểm soát bệnh tật (Sở Y tế)', 'Trung tâm Kiểm soát bệnh tật'],
    ['Sở Văn hóa và Thể thao Hà Nội (cơ quan thường trực)', 'Sở Văn hóa và Thể thao Hà Nội'],
    // an unnamed part of a named unit
    ['phòng chuyên môn của Sở Tài chính', 'Sở Tài chính'],
    ['các cơ quan chuyên môn của Bộ Khoa học và Công nghệ', 'Bộ Khoa học và Công nghệ'],
    // a province or city named as the actor
    ['tỉnh Quảng Nam', 'Ủy ban nhân dân tỉnh Quảng Nam'],
    ['Thành phố Hồ Chí Minh', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    ['Thành phố', 'Ủy ban nhân dân Thành phố'],
    ['Tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['huyện Sơn Hà', 'Ủy ban nhân dân huyện Sơn Hà'],
    ['TP. Hồ Chí Minh', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
  ])('should give %j the name %j', (raw, name) => {
    const c = canonicalUnitName(raw);
    expect(c.name).toBe(name);
    expect(c.generic).toBeUndefined();
  });

  it.each([
    ['Giám đốc Sở Tài chính', 'Sở Tài chính', 'Giám đốc'],
    ['Giao Giám đốc Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'Giám đốc'],
    ['Bộ trưởng Bộ Công an', 'Bộ Công an', 'Bộ trưởng'],
    ['Chủ tịch UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'Chủ tịch'],
    ['Phó Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'Phó Chủ tịch'],
    ['Chánh Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'Chánh Văn phòng'],
    ['Trưởng ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Trưởng ban'],
    ['Cục trưởng Cục Hải quan Hà Nội', 'Cục Hải quan Hà Nội', 'Cục trưởng'],
    ['Thống đốc Ngân hàng Nhà nước', 'Ngân hàng Nhà nước', 'Thống đốc'],
    ['Bí thư Tỉnh ủy', 'Tỉnh ủy', 'Bí thư'],
  ])('should read %j as the unit %j led by its %j', (raw, name, title) => {
    expect(canonicalUnitName(raw)).toMatchObject({ name, title });
  });

  it('should keep a body whose name runs on after class words', () => {
    expect(canonicalUnitName('Liên hiệp các tổ chức hữu nghị thành phố Hà Nội')).toEqual({ name: 'Liên hiệp các tổ chức hữu nghị thành phố Hà Nội' });
    expect(canonicalUnitName('Bệnh viện tỉnh').generic).toBeUndefined();
  });

  it('should keep an office that is a body of its own', () => {
    expect(canonicalUnitName('Thủ tướng Chính phủ')).toEqual({ name: 'Thủ tướng Chính phủ' });
    expect(canonicalUnitName('Phó Thủ tướng Thường trực Chính phủ').name).toBe('Phó Thủ tướng Thường trực Chính phủ');
  });

  it.each([
    ['các sở, ban, ngành', 'sở, ban, ngành'],
    ['các cơ quan, đơn vị có liên quan', 'cơ quan, đơn vị có liên quan'],
    ['các địa phương', 'địa phương'],
    ['các Bộ, ngành', 'bộ, ngành'],
    ['các bộ, cơ quan ngang bộ', 'bộ, cơ quan ngang bộ'],
    ['Ủy ban nhân dân các xã, phường', 'Ủy ban nhân dân các xã, phường'],
    ['UBND cấp huyện', 'Ủy ban nhân dân cấp huyện'],
    ['UBND các tỉnh, thành phố trực thuộc Trung ương', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    ['Ban Thường vụ Tỉnh ủy, Thành ủy', 'Ban Thường vụ Tỉnh ủy, Thành ủy'],
    ['chính quyền địa phương', 'chính quyền địa phương'],
    ['cơ quan, đơn vị liên quan', 'cơ quan, đơn vị liên quan'],
    ['Cơ quan truyền thông', 'Cơ quan truyền thông'],
    ['Tổ chức quốc tế', 'Tổ chức quốc tế'],
    ['Ban Chỉ đạo 389 các bộ, ngành, địa phương', 'Ban Chỉ đạo 389 các bộ, ngành, địa phương'],
  ])('should flag the group %j as generic, named %j', (raw, name) => {
    expect(canonicalUnitName(raw)).toMatchObject({ name, generic: true });
  });

  // one spelling for one group, wherever it is written: Trung ương capitalised, unnamed groups in lower case
  it.each([
    ['UBND các tỉnh, thành phố trực thuộc trung ương', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    ['Các Bộ, ngành, địa phương', 'bộ, ngành, địa phương'],
    ['các Bộ, ngành liên quan', 'bộ, ngành liên quan'],
    ['Các Sở, ban, ngành', 'sở, ban, ngành'],
    ['Cơ quan, tổ chức, doanh nghiệp liên quan', 'cơ quan, tổ chức, doanh nghiệp liên quan'],
    ['các Bộ, ngành trung ương', 'bộ, ngành Trung ương'],
    ['các cơ quan TƯ', 'cơ quan Trung ương'],
    // (a class of named bodies keeps its capital)
    ['Ủy ban nhân dân các xã, phường', 'Ủy ban nhân dân các xã, phường'],
    ['Sở Y tế các tỉnh, thành phố trực thuộc Trung ương', 'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương'],
    ['Ban Chỉ đạo 389 các bộ, ngành, địa phương', 'Ban Chỉ đạo 389 các bộ, ngành, địa phương'],
  ])('should spell the group %j as %j', (raw, name) => {
    expect(canonicalUnitName(raw)).toMatchObject({ name, generic: true });
  });

  it.each([
    ['Ban Tuyên giáo Trung ương', 'Ban Tuyên giáo Trung ương'],
    ['Bệnh viện trung ương Huế', 'Bệnh viện Trung ương Huế'],
    ['Ban Quản lý các khu công nghiệp tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh'],
    ['Ban Quản lý các KCN tỉnh Bắc Ninh', 'Ban Quản lý các KCN tỉnh Bắc Ninh'],
    ['Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài', 'Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài'],
    ['Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh', 'Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh'],
    // (the centre abbreviated as a table cell writes it: TƯ, T.Ư, TW)
    ['Ban Chỉ đạo TƯ', 'Ban Chỉ đạo Trung ương'],
    ['Văn phòng T.Ư Đảng', 'Văn phòng Trung ương Đảng'],
    ['Ban Kinh tế TW', 'Ban Kinh tế Trung ương'],
  ])('should read %j as one body named %j', (raw, name) => {
    const c = canonicalUnitName(raw);
    expect(c.name).toBe(name);
    expect(c.generic).toBeUndefined();
  });

  it('should keep a board of a class of zones with no place a class', () => {
    expect(canonicalUnitName('Ban Quản lý các KCN')).toMatchObject({ generic: true });
  });

  it('should expand the abbreviations a document defines', () => {
    const defined = new Map([
      ['TTPVHCC', 'Trung tâm Phục vụ hành chính công'],
      ['Ban Chỉ đạo', 'Ban Chỉ đạo chuyển đổi số tỉnh'],
    ]);
    expect(canonicalUnitName('TTPVHCC', defined).name).toBe('Trung tâm Phục vụ hành chính công');
    expect(canonicalUnitName('Ban Chỉ đạo', defined).name).toBe('Ban Chỉ đạo chuyển đổi số tỉnh');
    expect(canonicalUnitName('Tổ giúp việc Ban Chỉ đạo', defined).name).toBe('Tổ giúp việc Ban Chỉ đạo chuyển đổi số tỉnh');
    expect(canonicalUnitName('Ban Chỉ đạo chuyển đổi số tỉnh', defined).name).toBe('Ban Chỉ đạo chuyển đổi số tỉnh');
    // the built-in table wins over a document's own spelling of the same key
    expect(canonicalUnitName('Sở KH&CN', new Map([['KH&CN', 'khoa học và công nghệ']])).name).toBe('Sở Khoa học và Công nghệ');
  });
});

describe('collectDefinedAbbreviations', () => {
  it('should read acronyms defined in brackets', () => {
    const text = 'Giao Trung tâm Phục vụ hành chính công (TTPVHCC) tiếp nhận hồ sơ. Đẩy mạnh ứng dụng khoa học và công nghệ (KH&CN) trong sản xuất. Ủy ban nhân dân (UBND) các xã.';
    const found = collectDefinedAbbreviations(text);
    expect(found.get('TTPVHCC')).toBe('Trung tâm Phục vụ hành chính công');
    expect(found.get('KH&CN')).toBe('khoa học và công nghệ');
    expect(found.get('UBND')).toBe('Ủy ban nhân dân');
  });

  it('should read the short names a document gives a body', () => {
    const text = 'Thành lập Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng (sau đây gọi tắt là Ban Chỉ đạo) gồm các thành viên. Thành lập Tổ công tác liên ngành (gọi tắt là Tổ công tác).';
    const found = collectDefinedAbbreviations(text);
    expect(found.get('Ban Chỉ đạo')).toBe('Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng');
    expect(found.get('Tổ công tác')).toBe('Tổ công tác liên ngành');
    // (the long form starts at the whole short name, not at a later word that begins like it)
    const company = collectDefinedAbbreviations('làm việc với Công ty Cổ phần Xi măng Công Thanh (sau đây gọi tắt là Công ty) về tiến độ');
    expect(company.get('Công ty')).toBe('Công ty Cổ phần Xi măng Công Thanh');
  });

  it('should ignore brackets that define no unit', () => {
    const text = 'Bộ chỉ số đánh giá chuyển đổi số (DTI) tỉnh; Đề án phát triển (sau đây gọi tắt là Đề án); số lượng (10) người.';
    const found = collectDefinedAbbreviations(text);
    expect(found.has('Đề án')).toBe(false);
    expect(found.has('10')).toBe(false);
  });
});

describe('unitKey', () => {
  it('should ignore tone placement, Ð, NBSP, dashes and case', () => {
    expect(unitKey('Uỷ ban nhân dân  tỉnh Khánh Hoà')).toBe(unitKey('ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA'));
    expect(unitKey('HÐND tỉnh')).toBe(unitKey('HĐND tỉnh'));
    expect(unitKey('Sở\u00a0Tài chính')).toBe(unitKey('Sở Tài chính'));
    expect(unitKey('Phòng Kế hoạch-Tài chính')).toBe(unitKey('Phòng Kế hoạch – Tài chính'));
    expect(unitKey('Sở Tài chính')).not.toBe(unitKey('Bộ Tài chính'));
  });

  it('should leave qu- words alone', () => {
    expect(modernSpelling('Tổng cục Quản lý thị trường quý I')).toBe('Tổng cục Quản lý thị trường quý I');
    expect(modernSpelling('hoà, hoá, khoẻ, thuỷ, Uỷ')).toBe('hòa, hóa, khỏe, thủy, Ủy');
  });
});

describe('mergeUnitVariants', () => {
  it('should map the spellings of one unit to the most frequent', () => {
    const merged = mergeUnitVariants(['Sở Văn hoá và Thể thao', 'Sở Văn hóa và Thể thao', 'Sở Văn hóa và Thể thao', 'SỞ VĂN HÓA VÀ THỂ THAO']);
    expect(merged.get('Sở Văn hoá và Thể thao')).toBe('Sở Văn hóa và Thể thao');
    expect(merged.get('SỞ VĂN HÓA VÀ THỂ THAO')).toBe('Sở Văn hóa và Thể thao');
  });

  it('should merge a typo or lost diacritics, and prefer the modern spelling on a tie', () => {
    const merged = mergeUnitVariants(['Uỷ ban nhân dân tỉnh Khánh Hoà', 'Ủy ban nhân dân tỉnh Khánh Hòa', 'Phòng Quản lý Khoa hoc', 'Phòng Quản lý Khoa học', 'Phòng Quản lý Khoa học']);
    expect(merged.get('Uỷ ban nhân dân tỉnh Khánh Hoà')).toBe('Ủy ban nhân dân tỉnh Khánh Hòa');
    expect(merged.get('Phòng Quản lý Khoa hoc')).toBe('Phòng Quản lý Khoa học');
  });

  it('should never merge units of different kinds or places', () => {
    const merged = mergeUnitVariants(['Sở Tài chính', 'Bộ Tài chính', 'Cục Thuế tỉnh', 'Chi cục Thuế tỉnh', 'Ủy ban nhân dân tỉnh Quảng Nam', 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'Sở Tư pháp']);
    for (const [from, to] of merged) expect(to).toBe(from);
  });
});
