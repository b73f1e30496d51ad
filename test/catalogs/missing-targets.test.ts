// @zone-sensitive: checks deadlines and reporting days of the catalogs through the time stage.
// Issue 13, "The plans' missing targets": the measurable targets of Kế hoạch 302's sections III and V,
// of Chỉ thị 04 (items 2.6 and 4), of the 2023 progress report and of Điện Biên's pilot, each checked
// against the sentence of the source it is read from (quoted below); and the reporting regimes quoted
// word for word.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dienBien } from '../../src/catalogs/dienBien';
import { reportingRegimes, vinhPhuc04Reporting, vinhPhuc302Reporting } from '../../src/catalogs/reportingRegimes';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import type { Catalog } from '../../src/model/catalog';
import type { Target } from '../../src/model/target';
import { reportingCalendar } from '../../src/time/reportingCalendar';

/** Collapse every run of whitespace (including line breaks) into one space. */
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const source = (name: string): string =>
  norm(readFileSync(fileURLToPath(new URL(`../fixtures/sources/${name}`, import.meta.url)), 'utf8'));

const text302 = source('004_2ddf387867d4d283.txt');
const text04 = source('000_49b9f67dc27994fa.txt');
const text2023 = source('001_67d411e08d7a8e18.txt');
const textDienBien = source('003_ef6a8b9dc3eafaab.txt');

/** The text between two headings of a source, found in order (the second after the first). */
const between = (text: string, from: string, to: string): string => {
  const a = text.indexOf(from);
  const b = text.indexOf(to, a + from.length);
  if (a < 0 || b < 0) throw new Error(`section "${from}" not found`);
  return text.slice(a, b);
};
const SECTIONS: Readonly<Record<string, string>> = {
  'III.6.1': between(text302, '6.1. Chuyển đổi số trong lĩnh vực y tế', '6.2. Chuyển đổi số trong lĩnh vực giáo dục'),
  'III.6.2': between(text302, '6.2. Chuyển đổi số trong lĩnh vực giáo dục', '6.3. Chuyển đổi số trong lĩnh vực du lịch'),
  'V.17': between(text302, '17. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố', '18. Chế độ báo cáo'),
  '04 2.6': between(text04, '2.6 Thực hiện thí điểm', '2.7 Chịu trách nhiệm'),
  '04 4': between(text04, '4. Doanh nghiệp bưu chính, viễn thông', '5. Các cơ quan truyền thông'),
  '2023': between(text2023, 'Trong thời gian tới', 'Nguồn:vinhphuc.gov.vn'),
  'Điện Biên': between(textDienBien, 'Để chuyển đổi nhận thức', 'Các mục tiêu, nhiệm vụ để thực hiện chuyển đổi số 8 lĩnh vực ưu tiên'),
};

interface Expected {
  readonly catalog: Catalog;
  readonly id: string;
  /** The section of the source (a key of SECTIONS) and the sentence the target is read from. */
  readonly where: string;
  readonly quote: string;
  /** The target's wording (a part of the quote) and what it must be. */
  readonly wording: string;
  readonly target: Partial<Record<'kind' | 'op' | 'value' | 'top' | 'level' | 'by', unknown>>;
}

// The deadline of 302's sections III and V: they state none, so the end of the plan's period
// "GIAI ĐOẠN 2021-2025". Chỉ thị 04 states none and has no period: no deadline. The 2023 report:
// "Phấn đấu đến năm 2025". Điện Biên's pilot: none stated; the plan's horizon "đến năm 2025".
const END_2025 = '2025-12-31';

const EXPECTED: readonly Expected[] = [
  // III.6.1 — "100%" and "Mỗi người dân" are every one: >= 100. Per unit, no level.
  {
    catalog: vinhPhuc302, id: 'health-facilities-telemedicine', where: 'III.6.1',
    quote: 'Triển khai nền tảng hỗ trợ khám, chữa bệnh từ xa để hỗ trợ người dân được khám, chữa bệnh từ xa, giúp giảm tải các cơ sở y tế, hạn chế tiếp xúc đông người, giảm nguy cơ lây nhiễm chéo; 100% các cơ sở y tế có bộ phận khám chữa bệnh từ xa.',
    wording: '100% các cơ sở y tế có bộ phận khám chữa bệnh từ xa',
    target: { kind: 'threshold', op: '>=', value: 100, level: undefined, by: END_2025 },
  },
  {
    catalog: vinhPhuc302, id: 'resident-digital-health-record', where: 'III.6.1',
    quote: 'Mỗi người dân có một hồ sơ số về sức khỏe cá nhân, trên cơ sở đó được bác sĩ tư vấn, chăm sóc cho từng người dân như là bác sĩ riêng',
    wording: 'Mỗi người dân có một hồ sơ số về sức khỏe cá nhân',
    target: { kind: 'threshold', op: '>=', value: 100, level: undefined, by: END_2025 },
  },
  // III.6.2
  {
    catalog: vinhPhuc302, id: 'schools-digital-skills-education', where: 'III.6.2',
    quote: 'Đưa nội dung giáo dục kỹ năng số, chuyển đổi số vào 100% trường phổ thông;',
    wording: 'vào 100% trường phổ thông',
    target: { kind: 'threshold', op: '>=', value: 100, level: undefined, by: END_2025 },
  },
  {
    catalog: vinhPhuc302, id: 'education-dx-training', where: 'III.6.2',
    quote: 'tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng về công nghệ thông tin, an toàn thông tin liên quan đến chuyển đổi số cho 100% cán bộ, giáo viên, học sinh, sinh viên.',
    wording: 'cho 100% cán bộ, giáo viên, học sinh, sinh viên',
    target: { kind: 'threshold', op: '>=', value: 100, level: undefined, by: END_2025 },
  },
  {
    catalog: vinhPhuc302, id: 'student-digital-learning-records', where: 'III.6.2',
    quote: 'Xây dựng hồ sơ số về quá trình học tập cho 100% học sinh,',
    wording: 'Xây dựng hồ sơ số về quá trình học tập cho 100% học sinh',
    target: { kind: 'threshold', op: '>=', value: 100, level: undefined, by: END_2025 },
  },
  {
    catalog: vinhPhuc302, id: 'teacher-digital-records', where: 'III.6.2',
    quote: 'xây dựng hồ sơ số cho 100% giáo viên trên địa bàn tỉnh.',
    wording: 'cho 100% giáo viên',
    target: { kind: 'threshold', op: '>=', value: 100, level: undefined, by: END_2025 },
  },
  {
    catalog: vinhPhuc302, id: 'education-institutions-it-infrastructure', where: 'III.6.2',
    quote: 'Trang bị hạ tầng công nghệ thông tin đáp ứng việc chuyển đổi số trong lĩnh vực giáo dục cho 100% cơ sở giáo dục.',
    wording: 'cho 100% cơ sở giáo dục',
    target: { kind: 'threshold', op: '>=', value: 100, level: undefined, by: END_2025 },
  },
  // V.17 — a share over the province's sectors: province level.
  {
    catalog: vinhPhuc302, id: 'sector-information-systems', where: 'V.17',
    quote: 'Tổ chức số hóa dữ liệu quản lý chuyên ngành tại các sở, ngành, UBND huyện, thành phố theo lộ trình, đảm bảo 100% các ngành hoàn thiện hệ thống thông tin chuyên ngành trên nền tảng số hóa và vận hành bởi quy trình số.',
    wording: 'đảm bảo 100% các ngành hoàn thiện hệ thống thông tin chuyên ngành',
    target: { kind: 'threshold', op: '>=', value: 100, level: 'province', by: END_2025 },
  },
  // Chỉ thị 04, item 2.6 — a task of the province (given to Sở TT&TT), done or not done.
  {
    catalog: vinhPhuc302, id: 'commune-dx-pilot', where: '04 2.6',
    quote: 'Thực hiện thí điểm Chuyển đổi số tại 04 địa phương (cấp xã, phường) như: thị trấn Thổ Tang, huyện Vĩnh Tường; thị trấn Tam Đảo, huyện Tam Đảo; xã Hướng Đạo, huyện Tam Dương; xã Lãng Công, huyện Sông Lô.',
    wording: 'Thực hiện thí điểm Chuyển đổi số tại 04 địa phương (cấp xã, phường)',
    target: { kind: 'done', level: 'province', by: undefined },
  },
  // Chỉ thị 04, item 4 — fibre for 100 % of households, a digital address for every agency, unit and
  // household ("đến từng": every one, >= 100).
  {
    catalog: vinhPhuc302, id: 'fibre-household-coverage', where: '04 4',
    quote: 'Tiếp tục củng số, mở rộng hạ tầng Internet cáp quang băng rộng sẵn sàng đáp ứng cho 100% hộ gia đình;',
    wording: 'sẵn sàng đáp ứng cho 100% hộ gia đình',
    target: { kind: 'threshold', op: '>=', value: 100, level: undefined, by: undefined },
  },
  {
    catalog: vinhPhuc302, id: 'household-digital-address', where: '04 4',
    quote: 'hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình làm nền tảng cho phát triển thương mại điện tử;',
    wording: 'hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình',
    target: { kind: 'threshold', op: '>=', value: 100, level: undefined, by: undefined },
  },
  {
    catalog: vinhPhuc302, id: 'agency-digital-address', where: '04 4',
    quote: 'hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình làm nền tảng cho phát triển thương mại điện tử;',
    wording: 'hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình',
    target: { kind: 'threshold', op: '>=', value: 100, level: undefined, by: undefined },
  },
  // The 2023 report: "nhóm 20" is rank <= 20, the province's e-government: province level.
  {
    catalog: vinhPhuc302, id: 'e-government-rank', where: '2023',
    quote: 'Phấn đấu đến năm 2025, xây dựng chính quyền điện tử của tỉnh thuộc nhóm 20 tỉnh, thành phố tốt nhất của cả nước;',
    wording: 'thuộc nhóm 20 tỉnh, thành phố tốt nhất của cả nước',
    target: { kind: 'rank', top: 20, level: 'province', by: END_2025 },
  },
  // Điện Biên: each district chooses one commune or ward — a district-level task, done or not done.
  {
    catalog: dienBien, id: 'commune-digital-skills-pilot', where: 'Điện Biên',
    quote: 'UBND các huyện, thị xã, thành phố cần chủ động lựa chọn một xã/phường để thử nghiệm công tác truyền thông, phổ biến các kỹ năng số cơ bản cho người dân',
    wording: 'lựa chọn một xã/phường để thử nghiệm',
    target: { kind: 'done', level: 'district', by: END_2025 },
  },
];

const pick = (t: Target): Record<string, unknown> => {
  const r = t as Record<string, unknown>;
  return { kind: r['kind'], op: r['op'], value: r['value'], top: r['top'], level: r['level'], by: r['by'] };
};

describe('the missing targets, read from their sources', () => {
  it.each(EXPECTED.map((e) => ({ ...e, name: `${e.catalog.id} / ${e.id}` })))('$name: "$wording"', (e) => {
    // The sentence is in the source, in the section cited.
    expect(SECTIONS[e.where]).toContain(e.quote);
    expect(e.quote).toContain(e.wording);
    const indicator = e.catalog.indicators.find((i) => i.id === e.id);
    expect(indicator, e.id).toBeDefined();
    const target = indicator!.targets.find((t) => t.wording === e.wording);
    expect(target, `${e.id}: a target worded "${e.wording}"`).toBeDefined();
    expect(pick(target!)).toEqual({ kind: undefined, op: undefined, value: undefined, top: undefined, level: undefined, by: undefined, ...e.target });
    // The note says how it was read (the deadline, or that the text gives none), quoting the source.
    const note = indicator!.method?.note?.vi ?? '';
    expect(note.length, e.id).toBeGreaterThan(0);
    if (e.target.by === undefined) expect(note, e.id).toMatch(/không nêu thời hạn/);
    else if (e.where !== '2023') expect(note, e.id).toMatch(/thời hạn|năm 2025/);
  });

  it('cites each new target where it is written', () => {
    const cite: Record<string, readonly [document: string, section: string]> = {
      'III.6.1': ['302/KH-UBND', 'III.6.1'],
      'III.6.2': ['302/KH-UBND', 'III.6.2'],
      'V.17': ['302/KH-UBND', 'V.17'],
      '04 2.6': ['04/CT-UBND', '2.6'],
      '04 4': ['04/CT-UBND', '4'],
      '2023': ['vinhphuc.gov.vn (2023)', 'Trong thời gian tới'],
      'Điện Biên': ['Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', 'Chuyển đổi nhận thức'],
    };
    for (const e of EXPECTED) {
      const target = e.catalog.indicators.find((i) => i.id === e.id)!.targets.find((t) => t.wording === e.wording)!;
      expect([target.source?.document, target.source?.section], e.id).toEqual([...cite[e.where]!]);
    }
  });

  it('shows no "95,5 %" health-record figure as a figure without a target: it has one now', () => {
    // 001: "95,5% dân số của tỉnh được lập và quản lý hồ sơ sức khỏe trên phần mềm quản lý hồ sơ sức
    // khỏe" — read as 302 III.6.1 "Mỗi người dân có một hồ sơ số về sức khỏe cá nhân" (>= 100).
    expect(text2023).toContain('95,5% dân số của tỉnh được lập và quản lý hồ sơ sức khỏe');
    const data = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../examples/data/vinh-phuc-2023.json', import.meta.url)), 'utf8'),
    ) as { withoutTarget: { vi: string }[]; provinceWide: { observations: { indicator: string; value: number; note: string }[] } };
    expect(data.withoutTarget.map((w) => w.vi)).not.toContain('Dân số có hồ sơ sức khỏe điện tử');
    expect(data.provinceWide.observations).toEqual([
      expect.objectContaining({ indicator: 'resident-digital-health-record', value: 95.5 }),
    ]);
    expect(data.provinceWide.observations[0]!.note).toContain('Mỗi người dân có một hồ sơ số về sức khỏe cá nhân');
  });
});

describe('reporting regimes, quoted', () => {
  it('302 V.18: who reports what to whom and when, in the section’s words', () => {
    const v18 = between(text302, '18. Chế độ báo cáo', 'Nơi nhận:');
    // "Giám đốc các sở, thủ trưởng cơ quan, đơn vị thuộc UBND tỉnh; Chủ tịch UBND huyện, thành phố
    // trực tiếp chỉ đạo … đánh giá, báo cáo tình hình thực hiện kế hoạch hằng năm (trước ngày 15/12)
    // gửi Sở Thông tin và Truyền thông để tổng hợp, báo cáo UBND tỉnh trước ngày 31/12."
    for (const step of vinhPhuc302Reporting) {
      for (const words of [step.from.vi, step.to.vi, step.what.vi, step.when]) expect(v18, step.id).toContain(words);
      expect(step.source?.section).toBe('V.18');
    }
    expect(vinhPhuc302Reporting.map((s) => s.from.vi)).toEqual([
      'Giám đốc các sở, thủ trưởng cơ quan, đơn vị thuộc UBND tỉnh; Chủ tịch UBND huyện, thành phố',
      'Sở Thông tin và Truyền thông',
    ]);
  });

  it('Chỉ thị 04: the Department reports the year’s results to the Provincial People’s Committee', () => {
    const closing = between(text04, 'Giao Sở Thông tin và Truyền thông theo dõi', '| CHỦ TỊCH |');
    expect(closing).toContain('Định kỳ hàng năm tổng hợp, báo cáo kết quả Chuyển đổi số với UBND tỉnh, Chủ tịch UBND tỉnh');
    expect(reportingRegimes.vinhPhuc04).toBe(vinhPhuc04Reporting);
    for (const step of vinhPhuc04Reporting) {
      for (const words of [step.from.vi, step.to.vi, step.what.vi, step.when]) expect(closing, step.id).toContain(words);
      expect([step.source?.document, step.source?.date]).toEqual(['04/CT-UBND', '2022-01-25']);
    }
    // "hàng năm" names no day: due within the year, by its last day.
    expect(reportingCalendar(2025, { regime: vinhPhuc04Reporting }).map((d) => [d.id, d.deadline])).toEqual([
      ['dic-dx-results-to-ppc', '2025-12-31'],
    ]);
  });
});
