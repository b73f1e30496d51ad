import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { CatalogSchema } from '../../src/model/catalog';
import type { Indicator } from '../../src/model/indicator';
import type { Target } from '../../src/model/target';
import { tuyenQuang154, emulationHierarchy154 } from '../../src/catalogs/tuyenQuang154';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';

// ── The source ────────────────────────────────────────────────────────────────────────────────────

/** Collapse every run of whitespace (including line breaks) into one space. */
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

const text = norm(
  readFileSync(
    fileURLToPath(new URL('../fixtures/sources/002_ac92fb23a44b1756.txt', import.meta.url)),
    'utf8',
  ),
);

/**
 * The criteria of each level, cut from the article at its headings (found in the source, in order):
 * a level's paragraph runs from its heading to the next one. The individual level also takes the
 * paragraph after "Đối với cá nhân" (businesspeople, scientists, citizens), up to the closing
 * "Trong quá trình tổ chức thực hiện".
 */
const PARAGRAPHS: readonly (readonly [level: string, section: string, heading: string])[] = [
  ['province', 'Tiêu chí cấp tỉnh', 'Đối với các cơ quan, tổ chức, đơn vị cấp tỉnh:'],
  ['district', 'Tiêu chí cấp huyện', 'Đối với cấp huyện:'],
  ['commune', 'Tiêu chí cấp xã', 'Đối với cấp xã:'],
  ['enterprise', 'Tiêu chí doanh nghiệp, hợp tác xã', 'Đối với các doanh nghiệp, hợp tác xã:'],
  ['individual', 'Tiêu chí cá nhân', 'Đối với cá nhân:'],
  ['(end)', '(end)', 'Trong quá trình tổ chức thực hiện'],
];

const paragraph = new Map<string, string>();
const sectionOf = new Map<string, string>();
{
  let from = text.indexOf('Các tiêu chí và chỉ tiêu thi đua đến năm 2025');
  if (from < 0) throw new Error('criteria heading not found');
  const starts = PARAGRAPHS.map(([, , heading]) => {
    const at = text.indexOf(heading, from);
    if (at < 0) throw new Error(`heading not found: ${heading}`);
    from = at + heading.length;
    return at;
  });
  PARAGRAPHS.forEach(([level, section], i) => {
    const end = starts[i + 1];
    if (end !== undefined) {
      paragraph.set(level, text.slice(starts[i], end));
      sectionOf.set(level, section);
    }
  });
}

const para = (level: string | undefined): string => {
  const p = level === undefined ? undefined : paragraph.get(level);
  if (p === undefined) throw new Error(`no paragraph for level ${String(level)}`);
  return p;
};

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────────

const indicator = (id: string): Indicator => {
  const found = tuyenQuang154.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
};

const allTargets: { indicator: Indicator; target: Target }[] = tuyenQuang154.indicators.flatMap((i) =>
  i.targets.map((target) => ({ indicator: i, target })),
);

/** A comparable summary of a target: what it requires, without its provenance. */
const shape = (t: Target): unknown => {
  switch (t.kind) {
    case 'threshold':
      return { kind: t.kind, op: t.op, value: t.value };
    case 'range':
      return { kind: t.kind, min: t.min, max: t.max };
    case 'rank':
      return { kind: t.kind, top: t.top };
    case 'change':
    case 'growth':
      return { kind: t.kind, op: t.op, value: t.value };
    default:
      return { kind: t.kind };
  }
};

/**
 * What a wording means, following "Reading the targets exactly" of DOMAIN.md, read straight off the
 * words: `trên X%` is strict, `tối thiểu X%` / `đạt X%` / bare `X%` (and `100%`) are `>=`, and a
 * wording with no number is a qualitative goal.
 */
const meaning = (wording: string): unknown => {
  let m: RegExpMatchArray | null;
  if ((m = /^trên (\d+)%$/.exec(wording))) return { kind: 'threshold', op: '>', value: Number(m[1]) };
  if ((m = /^(?:[Tt]ối thiểu |đạt )?(\d+)%$/.exec(wording))) {
    return { kind: 'threshold', op: '>=', value: Number(m[1]) };
  }
  if (!/\d/.test(wording)) return { kind: 'qualitative' };
  throw new Error(`no rule for wording: ${wording}`);
};

/**
 * Every criterion of the article, read by hand, in the order of the source: the indicator, the
 * level, the target's wording and the criterion it is read from (a passage of that level's
 * paragraph; for a numeric target it starts with the wording). A sentence with two numbers, or one
 * number over two things, gives two rows.
 */
const CRITERIA: readonly (readonly [id: string, level: string, wording: string, criterion: string])[] = [
  // Đối với các cơ quan, tổ chức, đơn vị cấp tỉnh
  ['level-4-online-services', 'province', '100%', '100% thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4'],
  ['online-services-user-centred-design', 'province', '100%', '100% dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng, được định danh và xác thực thông suốt'],
  ['tthc-dossiers-fully-online', 'province', 'tối thiểu 80%', 'tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến'],
  ['civil-servants-digital-identity', 'province', '100%', '100% công chức được gắn định danh số trong xử lý công việc'],
  ['tthc-satisfaction', 'province', 'tối thiểu 90%', 'tối thiểu 90% người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính'],
  ['agencies-providing-open-data', 'province', '100%', '100% cơ quan, tổ chức, đơn vị tham gia mở dữ liệu và cung cấp dữ liệu mở'],
  ['province-agencies-data-analytics-platform', 'province', '100%', '100% cơ quan Nhà nước cấp tỉnh có nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung'],
  ['shared-databases-connected', 'province', '100%', '100% cơ sở dữ liệu dùng chung và 80% cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ trên toàn tỉnh'],
  ['sector-databases-connected', 'province', '80%', '80% cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ trên toàn tỉnh'],
  ['systems-single-sign-on', 'province', '100%', '100% các hệ thống dùng chung và chuyên ngành đều được xác thực tập trung (SSO)'],
  ['unified-governance-platform', 'province', '100%', '100% hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan Nhà nước được thực hiện trên nền tảng quản trị tổng thể, thống nhất'],
  ['e-signed-interagency-documents', 'province', '100%', '100% văn bản trao đổi giữa các cơ quan Nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng (trừ văn bản mật theo quy định)'],
  ['digital-reporting-regimes', 'province', '100%', '100% chế độ báo cáo được tạo lập, cập nhật, lưu trữ kết nối, tích hợp, chia sẻ dữ liệu số trên hệ thống dùng chung'],
  ['work-dossiers-online', 'province', '90%', '90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)'],
  ['digital-supervision-inspection', 'province', 'tối thiểu 50%', 'tối thiểu 50% hoạt động giám sát, kiểm tra của cơ quan quản lý được thực hiện thông qua môi trường số'],
  ['officials-basic-digital-skills', 'province', '100%', '100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản'],
  ['officials-data-analysis-skills', 'province', '50%', '50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số'],
  // Đối với cấp huyện
  ['agencies-providing-open-data', 'district', '100%', '100% huyện, thành phố tham gia mở dữ liệu và cung cấp dữ liệu mở'],
  ['civil-servants-digital-identity', 'district', '100%', '100% công chức được gắn định danh số trong xử lý công việc'],
  ['tthc-satisfaction', 'district', 'tối thiểu 90%', 'tối thiểu 90% người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính'],
  ['work-dossiers-online', 'district', '80%', '80% hồ sơ công việc cấp huyện được xử lý và ứng dụng chữ ký số trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)'],
  ['shared-databases-connected', 'district', '100%', '100% cơ sở dữ liệu dùng chung và 80% cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ trên toàn huyện'],
  ['sector-databases-connected', 'district', '80%', '80% cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ trên toàn huyện'],
  ['systems-single-sign-on', 'district', '100%', '100% các hệ thống dùng chung và chuyên ngành đều được xác thực tập trung (SSO)'],
  ['e-signed-interagency-documents', 'district', '100%', '100% văn bản trao đổi giữa các cơ quan Nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng (trừ văn bản mật theo quy định)'],
  ['digital-reporting-regimes', 'district', '100%', '100% chế độ báo cáo được tạo lập, cập nhật, lưu trữ kết nối, tích hợp, chia sẻ dữ liệu số trên hệ thống dùng chung'],
  ['digital-supervision-inspection', 'district', 'tối thiểu 50%', 'tối thiểu 50% hoạt động giám sát, kiểm tra của cơ quan quản lý được thực hiện thông qua môi trường số'],
  ['resident-digital-identity', 'district', '100%', '100% người dân có danh tính số kèm theo mã QR code, có hồ sơ số về sức khỏe cá nhân'],
  ['resident-digital-health-record', 'district', '100%', '100% người dân có danh tính số kèm theo mã QR code, có hồ sơ số về sức khỏe cá nhân'],
  ['student-digital-learning-records', 'district', '100%', '100% học sinh có hồ sơ số về việc học tập cá nhân'],
  ['smart-traffic-main-roads', 'district', '100%', '100% tuyến đường chính tại trung tâm các huyện, thành phố được lắp đặt hệ thống quản lý, điều hành giao thông thông minh'],
  ['household-digital-address', 'district', '100%', '100% hộ gia đình có địa chỉ số và có ít nhất 01 điện thoại thông minh'],
  ['household-smartphone', 'district', '100%', '100% hộ gia đình có địa chỉ số và có ít nhất 01 điện thoại thông minh'],
  ['officials-basic-digital-skills', 'district', '100%', '100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản'],
  ['officials-data-analysis-skills', 'district', '50%', '50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số'],
  // Đối với cấp xã
  ['civil-servants-digital-identity', 'commune', '100%', '100% công chức cấp xã được gắn định danh số trong xử lý công việc'],
  ['tthc-satisfaction', 'commune', 'tối thiểu 90%', 'tối thiểu 90% người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính'],
  ['resident-digital-identity', 'commune', '100%', '100% người dân có danh tính số kèm theo mã QR code, có hồ sơ số về sức khỏe cá nhân'],
  ['resident-digital-health-record', 'commune', '100%', '100% người dân có danh tính số kèm theo mã QR code, có hồ sơ số về sức khỏe cá nhân'],
  ['household-digital-address', 'commune', '100%', '100% hộ gia đình có địa chỉ số và có ít nhất 01 điện thoại thông minh'],
  ['household-smartphone', 'commune', '100%', '100% hộ gia đình có địa chỉ số và có ít nhất 01 điện thoại thông minh'],
  ['work-dossiers-online', 'commune', '60%', '60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)'],
  ['officials-basic-digital-skills', 'commune', '100%', '100% cán bộ, công chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản'],
  ['officials-data-analysis-skills', 'commune', '50%', '50% cán bộ, công chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số'],
  // Đối với các doanh nghiệp, hợp tác xã
  ['enterprise-new-digital-products', 'enterprise', 'Thực hiện ứng dụng công nghệ số để tạo ra sản phẩm, dịch vụ mới', 'Thực hiện ứng dụng công nghệ số để tạo ra sản phẩm, dịch vụ mới trong các ngành, lĩnh vực kinh tế - xã hội'],
  ['it-enterprise-secure-digital-devices', 'enterprise', 'nghiên cứu, ứng dụng thiết bị công nghệ số phục vụ nhu cầu của xã hội, đáp ứng được các tiêu chuẩn, quy chuẩn kỹ thuật về bảo đảm an toàn, an ninh mạng', 'Các doanh nghiệp công nghệ thông tin nghiên cứu, ứng dụng thiết bị công nghệ số phục vụ nhu cầu của xã hội, đáp ứng được các tiêu chuẩn, quy chuẩn kỹ thuật về bảo đảm an toàn, an ninh mạng'],
  // Đối với cá nhân, and the paragraph after it
  ['official-dx-initiatives', 'individual', 'có sáng kiến, giải pháp hữu ích trong việc tham mưu, xây dựng, trình cấp có thẩm quyền ban hành cơ chế, chính sách, hướng dẫn, tổ chức thực hiện chuyển đổi số đạt hiệu quả', 'Cán bộ, công chức, viên chức có sáng kiến, giải pháp hữu ích trong việc tham mưu, xây dựng, trình cấp có thẩm quyền ban hành cơ chế, chính sách, hướng dẫn, tổ chức thực hiện chuyển đổi số đạt hiệu quả'],
  ['unit-head-dx-leadership', 'individual', 'có thành tích xuất sắc trong phát động, chỉ đạo triển khai chuyển đổi số của ngành, cơ quan, tổ chức, đơn vị mình', 'người đứng đầu cơ quan, tổ chức, đơn vị có thành tích xuất sắc trong phát động, chỉ đạo triển khai chuyển đổi số của ngành, cơ quan, tổ chức, đơn vị mình'],
  ['dx-contributors', 'individual', 'có nhiều đóng góp về công sức, trí tuệ, vật chất, sáng kiến vào chuyển đổi số của tỉnh', 'Các doanh nhân, trí thức, nhà khoa học ở trong và ngoài nước, người Việt Nam định cư ở nước ngoài, có nhiều đóng góp về công sức, trí tuệ, vật chất, sáng kiến vào chuyển đổi số của tỉnh'],
  ['citizen-dx-application', 'individual', 'tích cực ứng dụng chuyển đổi số trong lao động, sản xuất, kinh doanh mang lại hiệu quả cao', 'Người dân tích cực ứng dụng chuyển đổi số trong lao động, sản xuất, kinh doanh mang lại hiệu quả cao'],
  ['citizen-dx-advocacy', 'individual', 'có nhiều hoạt động hưởng ứng, tuyên truyền, vận động gia đình, người thân và cộng đồng tham gia tích cực, hiệu quả trong chuyển đổi số tại địa phương', 'hiệu quả cao; có nhiều hoạt động hưởng ứng, tuyên truyền, vận động gia đình, người thân và cộng đồng tham gia tích cực, hiệu quả trong chuyển đổi số tại địa phương'],
];

/** The ids this catalog shares with Vĩnh Phúc's 302, because the criterion means the same. */
const SHARED_WITH_302 = [
  'level-4-online-services',
  'tthc-dossiers-fully-online',
  'civil-servants-digital-identity',
  'tthc-satisfaction',
  'agencies-providing-open-data',
  'shared-databases-connected',
  'unified-governance-platform',
  'e-signed-interagency-documents',
  'work-dossiers-online',
  'digital-supervision-inspection',
  'officials-basic-digital-skills',
  'officials-data-analysis-skills',
  'resident-digital-identity',
  'household-digital-address',
  // 302 III.6.1 "Mỗi người dân có một hồ sơ số về sức khỏe cá nhân", III.6.2 "Xây dựng hồ sơ số về
  // quá trình học tập cho 100% học sinh".
  'resident-digital-health-record',
  'student-digital-learning-records',
];

// ── Tests ─────────────────────────────────────────────────────────────────────────────────────────

describe('tuyenQuang154 catalog', () => {
  it('parses with CatalogSchema, with the plan and the emulation hierarchy', () => {
    const parsed = CatalogSchema.parse(tuyenQuang154);
    expect(parsed.id).toBe('tuyen-quang-154');
    expect(parsed.plan.number).toBe('154/KH-UBND');
    expect(parsed.plan.date).toBe('2022-08-12');
    expect(parsed.plan.via).toBe('Cổng thông tin điện tử tỉnh Tuyên Quang');
    // The plan is as the article names it.
    expect(text).toContain('Kế hoạch số: 154/KH-UBND ngày 12/8/2022');
    expect(text).toContain(parsed.plan.title.vi.replace(/^Kế hoạch /, ''));
    expect(tuyenQuang154.hierarchy).toBe(emulationHierarchy154);
    expect(parsed.hierarchy).toEqual(emulationHierarchy154);
    expect(emulationHierarchy154.id).toBe('tuyen-quang-154-emulation');
    expect(emulationHierarchy154.levels.map((l) => [l.id, l.name.vi])).toEqual([
      ['province', 'Cơ quan, tổ chức, đơn vị cấp tỉnh'],
      ['district', 'Cấp huyện'],
      ['commune', 'Cấp xã'],
      ['enterprise', 'Doanh nghiệp, hợp tác xã'],
      ['individual', 'Cá nhân'],
    ]);
    expect(emulationHierarchy154.levels.find((l) => l.id === 'enterprise')?.name.en).toBe('Enterprises and co-operatives');
    expect(emulationHierarchy154.levels.find((l) => l.id === 'individual')?.name.en).toBe('Individuals');
  });

  it('has the number of indicators and targets counted in the source', () => {
    // Counted by reading 002_ac92fb23a44b1756.txt, "Các tiêu chí và chỉ tiêu thi đua đến năm 2025":
    //
    // Cấp tỉnh — 15 criteria separated by ';' or '.', 17 numbers:
    //   100% TTHC mức độ 4 ; 100% DVCTT thiết kế lại ; tối thiểu 80% hồ sơ TTHC ; 100% công chức
    //   định danh số ; tối thiểu 90% hài lòng ; 100% mở dữ liệu ; 100% nền tảng phân tích dữ liệu ;
    //   "100% CSDL dùng chung và 80% CSDL chuyên ngành" (2) ; 100% SSO ; 100% quản trị tổng thể ;
    //   100% văn bản ký số ; 100% chế độ báo cáo ; 90% hồ sơ công việc ; tối thiểu 50% giám sát ;
    //   100% kỹ năng số cơ bản ; 50% kỹ năng phân tích ...................... 17 targets, 17 indicators
    // Cấp huyện — 16 numbers, 18 targets:
    //   100% huyện mở dữ liệu ; 100% công chức định danh số ; tối thiểu 90% hài lòng ; 80% hồ sơ công
    //   việc (và ứng dụng chữ ký số) ; "100% CSDL dùng chung và 80% CSDL chuyên ngành" (2) ; 100% SSO ;
    //   100% văn bản ký số ; 100% chế độ báo cáo ; tối thiểu 50% giám sát ; "100% người dân có danh
    //   tính số …, có hồ sơ số về sức khỏe" (2, new: sức khỏe) ; 100% học sinh (new) ; 100% tuyến
    //   đường chính (new) ; "100% hộ gia đình có địa chỉ số và … 01 điện thoại thông minh" (2, new:
    //   điện thoại) ; 100% kỹ năng số cơ bản ; 50% kỹ năng phân tích ......... 18 targets, 6 new indicators
    // Cấp xã — 7 numbers, 9 targets, all on indicators above:
    //   100% công chức cấp xã định danh số ; tối thiểu 90% hài lòng ; "100% người dân … danh tính số
    //   …, hồ sơ số sức khỏe" (2) ; "100% hộ gia đình … địa chỉ số … điện thoại" (2) ; 60% hồ sơ công
    //   việc ; 100% kỹ năng số cơ bản ; 50% kỹ năng phân tích ............... 9 targets
    // Doanh nghiệp, hợp tác xã — 2 sentences: "Thực hiện ứng dụng công nghệ số …" ; "Các doanh nghiệp
    //   công nghệ thông tin nghiên cứu, ứng dụng thiết bị …" ..................... 2 qualitative
    // Cá nhân — "Cán bộ … có sáng kiến …" ; "người đứng đầu … có thành tích xuất sắc …" ; then
    //   "Các doanh nhân, trí thức, nhà khoa học … có nhiều đóng góp …" ; "Người dân tích cực ứng dụng
    //   …" ; "… có nhiều hoạt động hưởng ứng, tuyên truyền, vận động …" ........... 5 qualitative
    //
    // Indicators: 17 + 6 + 0 + 2 + 5 = 30 ; targets: 17 + 18 + 9 + 2 + 5 = 51
    // threshold: 17 + 18 + 9 = 44 ; qualitative: 2 + 5 = 7
    expect(tuyenQuang154.indicators).toHaveLength(30);
    expect(allTargets).toHaveLength(51);
    const byLevel: Record<string, number> = {};
    const byKind: Record<string, number> = {};
    for (const { target } of allTargets) {
      byLevel[target.level ?? 'none'] = (byLevel[target.level ?? 'none'] ?? 0) + 1;
      byKind[target.kind] = (byKind[target.kind] ?? 0) + 1;
    }
    expect(byLevel).toEqual({ province: 17, district: 18, commune: 9, enterprise: 2, individual: 5 });
    expect(byKind).toEqual({ threshold: 44, qualitative: 7 });
    // The numbers written in each paragraph: one per target, except the two sentences at district
    // and commune level where one "100%" covers two things.
    const percents = (level: string): number => para(level).match(/\d+%/g)?.length ?? 0;
    expect(['province', 'district', 'commune', 'enterprise', 'individual'].map(percents)).toEqual([17, 16, 7, 0, 0]);
    expect(CRITERIA).toHaveLength(51);
  });

  it('has exactly the criteria read from the source, each in the paragraph of its level', () => {
    const key = (id: string, level: string | undefined, wording: string | undefined): string =>
      `${id} | ${String(level)} | ${String(wording)}`;
    expect(allTargets.map(({ indicator: ind, target }) => key(ind.id, target.level, target.wording)).sort()).toEqual(
      CRITERIA.map(([id, level, wording]) => key(id, level, wording)).sort(),
    );
    for (const [id, level, wording, criterion] of CRITERIA) {
      const where = `${id} / ${level} / ${wording}`;
      expect(para(level), where).toContain(criterion);
      if (/\d/.test(wording)) expect(criterion.startsWith(`${wording} `), where).toBe(true);
      else expect(criterion, where).toContain(wording);
    }
  });

  it('gives every target a wording found in its level’s paragraph, the comparison it means, and its citation', () => {
    const levels = emulationHierarchy154.levels.map((l) => l.id);
    for (const { indicator: ind, target } of allTargets) {
      const where = `${ind.id} / ${target.level ?? '(no level)'} / ${target.wording ?? '(no wording)'}`;
      expect(levels, where).toContain(target.level);
      expect(target.wording, where).toBeDefined();
      expect(para(target.level), where).toContain(norm(target.wording!));
      expect(shape(target), where).toEqual(meaning(target.wording!));
      expect(target.by, where).toBe('2025-12-31');
      expect(target.source, where).toEqual({
        document: '154/KH-UBND',
        date: '2022-08-12',
        section: sectionOf.get(target.level!),
      });
    }
  });

  it('pins the per-level targets: work dossiers 90/80/60, satisfaction "tối thiểu 90%" at three levels', () => {
    const work = indicator('work-dossiers-online');
    expect(work.targets.map((t) => [t.level, shape(t), t.wording])).toEqual([
      ['province', { kind: 'threshold', op: '>=', value: 90 }, '90%'],
      ['district', { kind: 'threshold', op: '>=', value: 80 }, '80%'],
      ['commune', { kind: 'threshold', op: '>=', value: 60 }, '60%'],
    ]);
    expect(work.method?.exclusions?.map((e) => e.vi)).toEqual(['trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước']);
    // The district criterion adds digital signing; the wording is recorded on the indicator.
    expect(para('district')).toContain('80% hồ sơ công việc cấp huyện được xử lý và ứng dụng chữ ký số trên môi trường mạng');
    expect(work.method?.note?.vi).toContain('được xử lý và ứng dụng chữ ký số trên môi trường mạng');

    expect(indicator('tthc-satisfaction').targets.map((t) => [t.level, shape(t), t.wording])).toEqual([
      ['province', { kind: 'threshold', op: '>=', value: 90 }, 'tối thiểu 90%'],
      ['district', { kind: 'threshold', op: '>=', value: 90 }, 'tối thiểu 90%'],
      ['commune', { kind: 'threshold', op: '>=', value: 90 }, 'tối thiểu 90%'],
    ]);
    expect(indicator('tthc-dossiers-fully-online').targets.map((t) => [t.level, shape(t)])).toEqual([
      ['province', { kind: 'threshold', op: '>=', value: 80 }],
    ]);
    // Two numbers in one sentence: two indicators.
    expect(indicator('shared-databases-connected').targets.map((t) => [t.level, shape(t)])).toEqual([
      ['province', { kind: 'threshold', op: '>=', value: 100 }],
      ['district', { kind: 'threshold', op: '>=', value: 100 }],
    ]);
    expect(indicator('sector-databases-connected').targets.map((t) => [t.level, shape(t)])).toEqual([
      ['province', { kind: 'threshold', op: '>=', value: 80 }],
      ['district', { kind: 'threshold', op: '>=', value: 80 }],
    ]);
    expect(indicator('e-signed-interagency-documents').method?.exclusions?.map((e) => e.vi)).toEqual([
      'trừ văn bản mật theo quy định',
    ]);
    for (const ind of tuyenQuang154.indicators) {
      for (const e of ind.method?.exclusions ?? []) {
        for (const t of ind.targets) expect(para(t.level), `${ind.id}: ${e.vi}`).toContain(`(${e.vi})`);
      }
    }
  });

  it('keeps enterprise and individual criteria qualitative, and government ones numeric', () => {
    for (const ind of tuyenQuang154.indicators) {
      const levels = ind.targets.map((t) => t.level);
      if (levels.some((l) => l === 'enterprise' || l === 'individual')) {
        expect(ind.targets, ind.id).toHaveLength(1);
        expect(ind.targets[0]?.kind, ind.id).toBe('qualitative');
        expect(ind.measure, ind.id).toBe('done');
      } else {
        expect(ind.measure, ind.id).toBe('percent');
        for (const t of ind.targets) expect(t.kind, ind.id).toBe('threshold');
      }
      expect(['digital-government', 'digital-economy', 'digital-society'], ind.id).toContain(ind.pillar);
      expect(ind.leadAgency, ind.id).toBeUndefined();
      expect(ind.coAgencies, ind.id).toBeUndefined();
    }
  });

  it('cites on each indicator the first section its targets come from, targets in level order', () => {
    const order = emulationHierarchy154.levels.map((l) => l.id);
    for (const ind of tuyenQuang154.indicators) {
      expect(ind.source, ind.id).toEqual(ind.targets[0]?.source);
      const ranks = ind.targets.map((t) => order.indexOf(t.level!));
      expect(ranks, ind.id).toEqual([...new Set(ranks)].sort((a, b) => a - b));
    }
  });

  it('shares with vinhPhuc302 exactly the ids of the same meaning, with the same measure', () => {
    const ids302 = new Map(vinhPhuc302.indicators.map((i) => [i.id, i]));
    const shared = tuyenQuang154.indicators.filter((i) => ids302.has(i.id)).map((i) => i.id);
    expect(shared.sort()).toEqual([...SHARED_WITH_302].sort());
    for (const id of shared) {
      const theirs = ids302.get(id)!;
      expect(indicator(id).measure, id).toBe(theirs.measure);
      expect(indicator(id).pillar, id).toBe(theirs.pillar);
    }
  });
});
