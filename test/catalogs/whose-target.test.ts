// Issue 21, "Whose target is it": a target about the province as a whole (its DTI rank, the digital
// economy's share of GRDP, labour-productivity growth, the number of digital-technology enterprises,
// e-government in the national "nhóm 20", the province's own platforms and schemes) belongs to the
// province level only — a commune has no GRDP share and no DTI rank. Before this, every such target
// had no level, so a commune's or district's scorecard carried a "no data" row for each of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/catalogs/index';
import { retargetCatalog } from '../../src/config/retargetCatalog';
import { evaluate } from '../../src/evaluate/evaluate';
import type { Catalog } from '../../src/model/catalog';
import { twoTier2025 } from '../../src/model/hierarchies';
import type { Indicator } from '../../src/model/indicator';
import type { Unit } from '../../src/model/unit';

/** Collapse every run of whitespace (including line breaks) into one space. */
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const source = (name: string): string =>
  norm(readFileSync(fileURLToPath(new URL(`../fixtures/sources/${name}`, import.meta.url)), 'utf8'));

const text302 = source('004_2ddf387867d4d283.txt');
const text04 = source('000_49b9f67dc27994fa.txt');
const text2023 = source('001_67d411e08d7a8e18.txt');
const textDienBien = source('003_ef6a8b9dc3eafaab.txt');

const indicatorOf = (catalog: Catalog, id: string): Indicator => {
  const found = catalog.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id} in ${catalog.id}`);
  return found;
};

/**
 * Every built-in target read as a goal of the province as a whole, with the source line that makes
 * it so (the indicator's note quotes it) and the text it is in.
 */
const PROVINCE_GOALS: readonly (readonly [catalog: Catalog, id: string, quote: string, text: string])[] = [
  // Kế hoạch 302 and Chỉ thị 04
  [catalogs.vinhPhuc302, 'dti-rank', 'Đến năm 2025, tỉnh Vĩnh Phúc thuộc top 10 tỉnh, thành phố dẫn đầu về Chuyển đổi số', text302],
  [catalogs.vinhPhuc302, 'dti-rank', 'đưa kết quả Chuyển đổi số tỉnh Vĩnh Phúc lên tốp 15 toàn quốc', text04],
  [catalogs.vinhPhuc302, 'cybersecurity-rank', 'Vĩnh Phúc thuộc nhóm 10 tỉnh, thành phố dẫn đầu về an toàn, an ninh mạng', text302],
  [catalogs.vinhPhuc302, 'digital-tech-enterprises', 'phấn đấu tối thiểu có 300 doanh nghiệp công nghệ số', text302],
  [catalogs.vinhPhuc302, 'digital-economy-grdp-share', 'Tỷ trọng giá trị tăng thêm của kinh tế số trong tổng sản phẩm trên địa bàn tỉnh từ 20-25%', text302],
  [catalogs.vinhPhuc302, 'shared-platforms-development', 'Phát triển, mở rộng các hệ thống nền tảng, dùng chung của tỉnh', text302],
  [catalogs.vinhPhuc302, 'shared-databases-connected', '100% cơ sở dữ liệu dùng chung được chia sẻ, kết nối trên toàn tỉnh', text302],
  [catalogs.vinhPhuc302, 'smart-city-scheme', 'Xây dựng, triển khai Đề án dịch vụ đô thị thông minh tỉnh Vĩnh Phúc', text302],
  [catalogs.vinhPhuc302, 'smart-city-services-system', 'Trung tâm giám sát, điều hành dịch vụ đô thị thông minh của tỉnh', text302],
  [catalogs.vinhPhuc302, 'key-sector-data-platforms', 'Hình thành nền tảng dữ liệu cho các ngành kinh tế trọng điểm dựa trên dữ liệu của các cơ quan nhà nước và hạ tầng số, kết nối, chia sẻ rộng khắp giữa các cơ quan nhà nước', text302],
  [catalogs.vinhPhuc302, 'administrative-procedure-reduction', 'giảm 30% thủ tục hành chính', text302],
  [catalogs.vinhPhuc302, 'data-driven-innovative-services', 'tăng 30% dịch vụ sáng tạo dựa trên dữ liệu phục vụ người dân, doanh nghiệp', text302],
  [catalogs.vinhPhuc302, 'sector-information-systems', 'đảm bảo 100% các ngành hoàn thiện hệ thống thông tin chuyên ngành', text302],
  [catalogs.vinhPhuc302, 'commune-dx-pilot', 'Thực hiện thí điểm Chuyển đổi số tại 04 địa phương (cấp xã, phường)', text04],
  // The 2023 report
  [catalogs.vinhPhuc302, 'e-government-rank', 'Phấn đấu đến năm 2025, xây dựng chính quyền điện tử của tỉnh thuộc nhóm 20 tỉnh, thành phố tốt nhất của cả nước', text2023],
  // Điện Biên
  [catalogs.dienBien, 'digital-economy-grdp-share', 'Điện Biên phấn đấu năm 2025 kinh tế số chiếm 10% GRDP', textDienBien],
  [catalogs.dienBien, 'digital-economy-sector-share', 'tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%', textDienBien],
  [catalogs.dienBien, 'labour-productivity-growth', 'năng suất lao động hàng năm tăng tối thiểu 7%', textDienBien],
  [catalogs.dienBien, 'shared-databases-connected', 'Các cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh', textDienBien],
  [catalogs.dienBien, 'government-reporting-system-integration', 'phục vụ sự chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ', textDienBien],
];

const provinceIds = (catalog: Catalog): Set<string> =>
  new Set(PROVINCE_GOALS.filter(([c]) => c === catalog).map(([, id]) => id));

const commune: Unit = { id: 'xa-thanh-lang', name: 'Xã Thanh Lãng', level: 'commune' };
const district: Unit = { id: 'huyen-binh-xuyen', name: 'Huyện Bình Xuyên', level: 'district' };
const province: Unit = { id: 'tinh-vinh-phuc', name: 'Tỉnh Vĩnh Phúc', level: 'province' };

describe('whose target is it: goals of the province as a whole', () => {
  it.each(PROVINCE_GOALS.map(([c, id, quote, text]) => ({ catalog: c.id, c, id, quote, text })))(
    '$catalog / $id is a province-level target, and its note quotes the line that makes it so',
    ({ c, id, quote, text }) => {
      const indicator = indicatorOf(c, id);
      expect(indicator.targets.length, id).toBeGreaterThan(0);
      expect(indicator.targets.map((t) => t.level), id).toEqual(indicator.targets.map(() => 'province'));
      // The line is in the source, and the note cites it (the notes quote the source with "…" cuts).
      expect(text).toContain(quote);
      const note = `${indicator.method?.note?.vi ?? ''} ${indicator.method?.note?.en ?? ''}`;
      const cited = quote.split(' … ').every((part) => note.includes(part.slice(0, 40)));
      expect(cited, `${id}: the note quotes "${quote.slice(0, 40)}…"`).toBe(true);
    },
  );

  it('gives every rank, GRDP-share and growth target of every built-in catalog the province level', () => {
    // The class of the defect: a rank among provinces, a share of the province's GRDP, the growth of
    // its economy can never be a district's or a commune's figure.
    const found: string[] = [];
    for (const catalog of Object.values(catalogs)) {
      for (const indicator of catalog.indicators) {
        for (const target of indicator.targets) {
          const provinceWide = indicator.measure === 'rank' || indicator.measure === 'grdp-share' || target.kind === 'growth';
          if (!provinceWide || catalog.id === 'tuyen-quang-154') continue;
          found.push(`${catalog.id}/${indicator.id}`);
          expect(target.level, `${catalog.id}/${indicator.id}`).toBe('province');
        }
      }
    }
    // 302: dti-rank ×3, cybersecurity-rank ×2, e-government-rank, GRDP = 7; Điện Biên: GRDP, labour
    // productivity = 2.
    expect(found.length).toBe(9);
  });

  it('leaves the per-unit targets of 302 without a level, and the per-level ones where the text puts them', () => {
    const vp = catalogs.vinhPhuc302;
    // "Reading the targets exactly" in DOMAIN.md: a dossier share, fibre coverage of households, … are
    // measured per unit, so they apply at every level.
    for (const id of [
      'tthc-dossiers-fully-online',
      'level-4-online-services',
      'fibre-household-coverage',
      'e-payment-account-population-share',
      'resident-digital-identity',
      'household-digital-address',
      'resident-digital-health-record',
      'student-digital-learning-records',
      'e-signed-outgoing-documents',
    ]) {
      expect(indicatorOf(vp, id).targets.map((t) => t.level), id).toEqual(indicatorOf(vp, id).targets.map(() => undefined));
    }
    expect(indicatorOf(vp, 'work-dossiers-online').targets.map((t) => t.level)).toEqual([
      'province', 'district', 'commune', 'province', 'district', 'commune',
    ]);
    // Exactly the listed indicators carry province-only targets, and no other target has a level.
    const levelled = vp.indicators.filter((i) => i.targets.some((t) => t.level !== undefined)).map((i) => i.id);
    expect(new Set(levelled)).toEqual(new Set([...provinceIds(vp), 'work-dossiers-online']));
    const levelledDb = catalogs.dienBien.indicators.filter((i) => i.targets.some((t) => t.level !== undefined)).map((i) => i.id);
    expect(new Set(levelledDb)).toEqual(new Set([...provinceIds(catalogs.dienBien), 'work-dossiers-online', 'commune-digital-skills-pilot']));
  });

  it('leaves Kế hoạch 154 as it is: every criterion already has the level the plan gives it', () => {
    for (const indicator of catalogs.tuyenQuang154.indicators) {
      for (const target of indicator.targets) expect(target.level, indicator.id).toBeDefined();
    }
  });
});

describe("a commune's scorecard of Vĩnh Phúc 302", () => {
  const vp = catalogs.vinhPhuc302;
  const card = evaluate(vp, [], { asOf: '2025-12-31', units: [commune] });
  const indicatorsOfCard = new Set(card.rows.map((r) => r.indicator));

  it('holds no DTI-rank, GRDP or other province-wide row', () => {
    for (const id of ['dti-rank', 'digital-economy-grdp-share', 'cybersecurity-rank', 'e-government-rank', 'digital-tech-enterprises']) {
      expect(indicatorsOfCard.has(id), id).toBe(false);
    }
    for (const id of provinceIds(vp)) expect(indicatorsOfCard.has(id), id).toBe(false);
  });

  it('holds a row for every target that applies at commune level, and nothing else', () => {
    // Counted from the catalog: the targets without a level, and those of level "commune".
    const expected = vp.indicators.flatMap((i) => i.targets.filter((t) => t.level === undefined || t.level === 'commune')).length;
    expect(card.rows).toHaveLength(expected);
    expect(card.rows.every((r) => r.unit === commune.id && r.status === 'no-data')).toBe(true);
    // The per-unit targets are there: the commune's own dossier share, its 60 % work-dossier target.
    expect(indicatorsOfCard.has('tthc-dossiers-fully-online')).toBe(true);
    const work = card.rows.filter((r) => r.indicator === 'work-dossiers-online');
    expect(work.map((r) => r.target?.kind === 'threshold' && r.target.value)).toEqual([60, 100]);
  });

  it('so does a district’s; the province’s holds every province-wide target', () => {
    const districtCard = evaluate(vp, [], { asOf: '2025-12-31', units: [district] });
    expect(districtCard.rows.some((r) => r.indicator === 'dti-rank' || r.indicator === 'digital-economy-grdp-share')).toBe(false);
    const provinceCard = evaluate(vp, [], { asOf: '2025-12-31', units: [province] });
    expect(provinceCard.rows.filter((r) => r.indicator === 'dti-rank').map((r) => r.target?.kind === 'rank' && r.target.top)).toEqual([10, 10, 15]);
    for (const id of provinceIds(vp)) expect(provinceCard.rows.some((r) => r.indicator === id), id).toBe(true);
  });

  it('a commune’s figure for a province-only target gives no row (it is listed in `ignored`)', () => {
    const withRank = evaluate(vp, [{ unit: commune.id, indicator: 'dti-rank', period: 2024, rank: 3 }], { asOf: '2025-12-31', units: [commune] });
    expect(withRank.rows.some((r) => r.indicator === 'dti-rank')).toBe(false);
    expect(withRank.ignored.map((x) => x.observation.indicator)).toEqual(['dti-rank']);
  });

  it('stays so on the two-tier system: retargeting keeps the province targets at province level', () => {
    const { catalog, steps } = retargetCatalog(vp, twoTier2025, { district: null });
    for (const id of provinceIds(vp)) {
      const own = steps.filter((s) => s.indicator === id);
      expect(own.length, id).toBe(indicatorOf(vp, id).targets.length);
      expect(own.every((s) => s.from === 'province' && s.to === 'province' && s.action === 'kept'), id).toBe(true);
      expect(indicatorOf(catalog, id).targets.every((t) => t.level === 'province'), id).toBe(true);
    }
    const newCommune = evaluate(catalog, [], { asOf: '2025-12-31', units: [{ id: 'phuong-vinh-phuc', name: 'Phường Vĩnh Phúc', level: 'commune' }] });
    expect(newCommune.rows.some((r) => r.indicator === 'dti-rank' || r.indicator === 'digital-economy-grdp-share')).toBe(false);
  });
});

describe("Điện Biên: a commune's scorecard", () => {
  it('holds no GRDP, sector-share or labour-productivity row; a district’s holds its pilot', () => {
    const card = evaluate(catalogs.dienBien, [], { asOf: '2025-12-31', units: [commune, district] });
    const communeRows = new Set(card.rows.filter((r) => r.unit === commune.id).map((r) => r.indicator));
    for (const id of provinceIds(catalogs.dienBien)) expect(communeRows.has(id), id).toBe(false);
    expect(communeRows.has('commune-digital-skills-pilot')).toBe(false);
    const districtRows = card.rows.filter((r) => r.unit === district.id).map((r) => r.indicator);
    expect(districtRows).toContain('commune-digital-skills-pilot');
    expect(districtRows).not.toContain('labour-productivity-growth');
  });
});
