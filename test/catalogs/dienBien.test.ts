import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { CatalogSchema } from '../../src/model/catalog';
import type { Indicator } from '../../src/model/indicator';
import type { Target } from '../../src/model/target';
import { dienBien } from '../../src/catalogs/dienBien';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';

// ── The source ────────────────────────────────────────────────────────────────────────────────────

/** Collapse every run of whitespace (including line breaks) into one space. */
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

const text = norm(
  readFileSync(
    fileURLToPath(new URL('../fixtures/sources/003_ef6a8b9dc3eafaab.txt', import.meta.url)),
    'utf8',
  ),
);

const DOCUMENT = 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)';

/**
 * The article's three groups of 2025 targets, cut at the phrases that open them (in order). A
 * group's text runs from its opening phrase to the next one; the last ends where the tasks begin.
 */
const GROUPS: readonly (readonly [section: string, opening: string])[] = [
  ['Chính quyền số', 'về phát triển Chính quyền số'],
  ['Kinh tế số', 'Về phát triển kinh tế số'],
  ['Xã hội số', 'Đối với phát triển xã hội số'],
];
const END = 'Để hiện thực hóa các mục tiêu trên';

const sections = new Map<string, string>();
{
  let from = 0;
  const starts = GROUPS.map(([, opening]) => {
    const at = text.indexOf(opening, from);
    if (at < 0) throw new Error(`opening not found in the article: ${opening}`);
    from = at + opening.length;
    return at;
  });
  const end = text.indexOf(END, from);
  if (end < 0) throw new Error(`end not found in the article: ${END}`);
  GROUPS.forEach(([section], i) => sections.set(section, text.slice(starts[i], starts[i + 1] ?? end)));
}

/**
 * The task group "Chuyển đổi nhận thức" (the first of "6 nhóm nhiệm vụ, giải pháp tạo nền móng cho
 * chuyển đổi số"): from "Để chuyển đổi nhận thức" to the paragraph on the 8 priority sectors.
 */
{
  const from = text.indexOf('Để chuyển đổi nhận thức');
  const to = text.indexOf('Các mục tiêu, nhiệm vụ để thực hiện chuyển đổi số 8 lĩnh vực ưu tiên', from);
  if (from < 0 || to < 0) throw new Error('task group "Chuyển đổi nhận thức" not found in the article');
  sections.set('Chuyển đổi nhận thức', text.slice(from, to));
}

const PILLAR_OF: Readonly<Record<string, string>> = {
  'Chính quyền số': 'digital-government',
  'Kinh tế số': 'digital-economy',
  'Xã hội số': 'digital-society',
  // "tạo nền móng cho chuyển đổi số": the foundations.
  'Chuyển đổi nhận thức': 'foundations',
};

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────────

const indicator = (id: string): Indicator => {
  const found = dienBien.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
};

const indicator302 = (id: string): Indicator => {
  const found = vinhPhuc302.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id} in vinhPhuc302`);
  return found;
};

const allTargets: { indicator: Indicator; target: Target }[] = dienBien.indicators.flatMap((i) =>
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
      return { kind: t.kind, op: t.op, value: t.value };
    case 'growth':
      return { kind: t.kind, op: t.op, value: t.value, per: t.per };
    default:
      return { kind: t.kind };
  }
};

/** `36,18` → 36.18 (Vietnamese decimal comma), `80` → 80. */
const viNumber = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));

/**
 * What a wording means, following the table "Reading the targets exactly" of DOMAIN.md. Written
 * independently of the catalog: the comparison is read off the words just before the first `X%`.
 */
const meaning = (wording: string): unknown => {
  const m = /^(.*?)\s*(\d+(?:,\d+)?)%/.exec(wording);
  // A task with a result to check: done or not done.
  if (m === null && /^lựa chọn một /.test(wording)) return { kind: 'done' };
  if (m === null) {
    // No number: the words of a goal without a figure.
    if (/^(?:Phổ cập|phổ cập|từng bước|Các .+ được kết nối)/.test(wording)) return { kind: 'qualitative' };
    throw new Error(`no rule for wording: ${wording}`);
  }
  const before = m[1]!;
  const value = viNumber(m[2]!);
  if (/(?:^|\s)tăng tối thiểu$/.test(before)) return { kind: 'growth', op: '>=', value, per: 'year' };
  if (/(?:^|\s)trên$/.test(before)) return { kind: 'threshold', op: '>', value };
  if (before === '' || /(?:^|\s)(?:tối thiểu|đạt|chiếm)$/.test(before)) {
    return { kind: 'threshold', op: '>=', value };
  }
  throw new Error(`no rule for the words before ${m[2]}% in: ${wording}`);
};

// ── Tests ─────────────────────────────────────────────────────────────────────────────────────────

describe('dienBien catalog', () => {
  it('parses with CatalogSchema, with no number or date the article does not give', () => {
    const parsed = CatalogSchema.parse(dienBien);
    expect(parsed.id).toBe('dien-bien');
    expect(parsed.plan.issuer.vi).toBe('UBND tỉnh Điện Biên');
    expect(parsed.plan.number).toBeUndefined();
    expect(parsed.plan.date).toBeUndefined();
    expect(parsed.plan.via).toBe('ICTNews (tin bài về Kế hoạch của UBND tỉnh Điện Biên)');
    expect(parsed.hierarchy.levels.map((l) => l.id)).toEqual(['province', 'district', 'commune']);
    // The article indeed names no plan number (e.g. "123/KH-UBND").
    expect(text).not.toMatch(/\d+\/[A-ZĐ]+-UBND/);
    expect(text).toContain('Theo ICTNews');
  });

  it('has the number of indicators and targets counted in the source', () => {
    // Counted by reading 003_ef6a8b9dc3eafaab.txt:
    //
    // Chính quyền số, sentence "mục tiêu của Điện Biên đến năm 2025 là …":
    //   "80% dịch vụ công trực tuyến mức độ 4" ............................................ 1 ind, 1 thr
    //   "90% hồ sơ công việc tại cấp bộ, tỉnh; 80% … cấp huyện và 60% … cấp xã" ............ 1 ind, 3 thr
    // sentence "100% chế độ báo cáo … Hệ thống thông tin báo cáo Chính phủ; Các cơ sở dữ liệu dùng
    // chung được kết nối, chia sẻ trên toàn tỉnh; từng bước mở dữ liệu …":
    //   "100% chế độ báo cáo" ............................................................. 1 ind, 1 thr
    //   "Các cơ sở dữ liệu dùng chung được kết nối, chia sẻ" (no number) ................... 1 ind, 1 qual
    //   "từng bước mở dữ liệu" (no number) ................................................ 1 ind, 1 qual
    // sentence "Cũng đến năm 2025, 50% hoạt động kiểm tra …" ............................... 1 ind, 1 thr
    // Kinh tế số, "kinh tế số chiếm 10% GRDP, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt
    // tối thiểu 10% và năng suất lao động hàng năm tăng tối thiểu 7%" ....................... 3 ind, 2 thr, 1 growth
    // Xã hội số, "cáp quang phủ trên 80% hộ gia đình, 100% xã; Phổ cập … 4G/5G …; Tỷ lệ dân số có
    // tài khoản thanh toán điện tử trên 50%" ............................................... 4 ind, 3 thr, 1 qual
    //
    // Task group "Chuyển đổi nhận thức": "UBND các huyện, thị xã, thành phố cần chủ động lựa chọn một
    // xã/phường để thử nghiệm …" ........................................................ 1 ind, 1 done
    //
    // Indicators: 1+1+1+1+1+1 + 3 + 4 + 1 = 14
    // threshold: 1+3+1+1 + 2 + 3 = 11 ; growth: 1 ; qualitative: 2 + 1 = 3 ; done: 1 ; targets: 16
    expect(dienBien.indicators).toHaveLength(14);
    expect(allTargets).toHaveLength(16);
    const byKind: Record<string, number> = {};
    for (const { target } of allTargets) byKind[target.kind] = (byKind[target.kind] ?? 0) + 1;
    expect(byKind).toEqual({ threshold: 11, growth: 1, qualitative: 3, done: 1 });
    const byPillar: Record<string, number> = {};
    for (const ind of dienBien.indicators) byPillar[ind.pillar!] = (byPillar[ind.pillar!] ?? 0) + 1;
    expect(byPillar).toEqual({ 'digital-government': 6, 'digital-economy': 3, 'digital-society': 4, foundations: 1 });
    // Every target is a 2025 target: the article states no other deadline (the pilot states none
    // and takes the plan's horizon, "đến năm 2025").
    expect(allTargets.every(({ target }) => target.by === '2025-12-31')).toBe(true);
  });

  it('pins the boundary semantics of the key targets', () => {
    // Level-4 online services: 80 % here, 100 % in Vĩnh Phúc, on the same indicator.
    expect(indicator('level-4-online-services').targets.map(shape)).toEqual([
      { kind: 'threshold', op: '>=', value: 80 },
    ]);
    expect(indicator302('level-4-online-services').targets[0]).toMatchObject({
      kind: 'threshold',
      op: '>=',
      value: 100,
      by: '2025-12-31',
    });

    // Digital economy: ≥ 10 % of GRDP (Vĩnh Phúc: range 20–25 on the same id), ≥ 10 % in each sector.
    expect(indicator('digital-economy-grdp-share').measure).toBe('grdp-share');
    expect(indicator('digital-economy-grdp-share').targets.map(shape)).toEqual([
      { kind: 'threshold', op: '>=', value: 10 },
    ]);
    expect(indicator302('digital-economy-grdp-share').targets.map(shape)).toEqual([
      { kind: 'range', min: 20, max: 25 },
    ]);
    expect(indicator('digital-economy-sector-share').measure).toBe('percent');
    expect(indicator('digital-economy-sector-share').targets.map(shape)).toEqual([
      { kind: 'threshold', op: '>=', value: 10 },
    ]);

    // Labour productivity: annual growth ≥ 7 %.
    expect(indicator('labour-productivity-growth').measure).toBe('percent-change');
    expect(indicator('labour-productivity-growth').targets).toEqual([
      expect.objectContaining({ kind: 'growth', op: '>=', value: 7, per: 'year', by: '2025-12-31' }),
    ]);

    // Fibre: strictly above 80 % of households; all communes.
    expect(indicator('fibre-household-coverage').targets.map(shape)).toEqual([
      { kind: 'threshold', op: '>', value: 80 },
    ]);
    expect(indicator('fibre-commune-coverage').targets.map(shape)).toEqual([
      { kind: 'threshold', op: '>=', value: 100 },
    ]);

    // E-payment accounts: strictly above 50 %.
    expect(indicator('e-payment-account-population-share').targets.map(shape)).toEqual([
      { kind: 'threshold', op: '>', value: 50 },
    ]);

    // Work dossiers: 90 / 80 / 60 by level, state secrets left out.
    const work = indicator('work-dossiers-online');
    expect(work.targets.map((t) => [t.level, t.by, shape(t)])).toEqual([
      ['province', '2025-12-31', { kind: 'threshold', op: '>=', value: 90 }],
      ['district', '2025-12-31', { kind: 'threshold', op: '>=', value: 80 }],
      ['commune', '2025-12-31', { kind: 'threshold', op: '>=', value: 60 }],
    ]);
    expect(work.method?.exclusions?.map((e) => e.vi)).toEqual([
      'trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước',
    ]);
    expect(text).toContain('(trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)');

    // The rest of digital government.
    expect(indicator('government-reporting-system-integration').targets.map(shape)).toEqual([
      { kind: 'threshold', op: '>=', value: 100 },
    ]);
    expect(indicator('digital-inspection').targets.map(shape)).toEqual([
      { kind: 'threshold', op: '>=', value: 50 },
    ]);

    // Goals without a number stay qualitative.
    for (const id of ['shared-databases-connected', 'state-data-opening', 'mobile-broadband-smartphones']) {
      expect(indicator(id).targets.map(shape), id).toEqual([{ kind: 'qualitative' }]);
    }
  });

  it('gives every target a wording found in its own section and the comparison that wording means', () => {
    for (const { indicator: ind, target } of allTargets) {
      const where = `${ind.id} / ${target.wording ?? '(no wording)'}`;
      expect(target.wording, where).toBeDefined();
      expect(target.source, where).toBeDefined();
      const section = sections.get(target.source!.section);
      expect(section, `${where}: section ${target.source!.section}`).toBeDefined();
      expect(section, where).toContain(norm(target.wording!));
      expect(shape(target), where).toEqual(meaning(target.wording!));
    }
  });

  it('reads every figure of the target paragraphs into some target', () => {
    // Each "X%" in the three groups lies inside the wording of a target cited from that group.
    let figures = 0;
    for (const [section, body] of sections) {
      const spans: [number, number][] = [];
      for (const { target } of allTargets) {
        if (target.source?.section !== section || target.wording === undefined) continue;
        for (let at = body.indexOf(target.wording); at >= 0; at = body.indexOf(target.wording, at + 1)) {
          spans.push([at, at + target.wording.length]);
        }
      }
      for (const m of body.matchAll(/\d+(?:,\d+)?%/g)) {
        figures += 1;
        const at = m.index;
        expect(
          spans.some(([from, to]) => from <= at && at + m[0].length <= to),
          `${section}: "${body.slice(Math.max(0, at - 30), at + 20)}"`,
        ).toBe(true);
      }
    }
    // 80, 90, 80, 60, 100, 50 ; 10, 10, 7 ; 80, 100, 50.
    expect(figures).toBe(12);
  });

  it('cites the plan through ICTNews, without a date, by the article’s groups', () => {
    for (const ind of dienBien.indicators) {
      expect(ind.source, ind.id).toEqual({ document: DOCUMENT, section: ind.source!.section });
      expect(Object.keys(PILLAR_OF), ind.id).toContain(ind.source!.section);
      expect(ind.pillar, ind.id).toBe(PILLAR_OF[ind.source!.section]);
      // The article names no agency per target.
      expect(ind.leadAgency, ind.id).toBeUndefined();
      expect(ind.coAgencies, ind.id).toBeUndefined();
      for (const t of ind.targets) {
        expect(t.source, ind.id).toEqual({ document: DOCUMENT, section: ind.source!.section });
      }
    }
  });

  it('shares with vinhPhuc302 exactly the ids that mean the same, with the same measure and pillar', () => {
    const SHARED = [
      'level-4-online-services',
      'work-dossiers-online',
      'shared-databases-connected',
      'state-data-opening',
      'digital-economy-grdp-share',
      'fibre-household-coverage',
      'fibre-commune-coverage',
      'mobile-broadband-smartphones',
      'e-payment-account-population-share',
    ];
    const ids302 = new Set(vinhPhuc302.indicators.map((i) => i.id));
    const shared = dienBien.indicators.map((i) => i.id).filter((id) => ids302.has(id));
    expect(shared).toEqual(SHARED);
    for (const id of SHARED) {
      expect(indicator(id).measure, id).toBe(indicator302(id).measure);
      expect(indicator(id).pillar, id).toBe(indicator302(id).pillar);
    }
    // Read as different indicators from Vĩnh Phúc's (another numerator or denominator), so new ids:
    // reporting regimes on the Government reporting system vs all reporting on the national system;
    // inspections only vs supervision and inspections.
    expect(indicator302('national-reporting-system-use').method?.numerator?.vi).toContain(
      'hệ thống thông tin báo cáo quốc gia',
    );
    expect(indicator('government-reporting-system-integration').method?.numerator?.vi).toContain(
      'Hệ thống thông tin báo cáo Chính phủ',
    );
    expect(indicator302('digital-supervision-inspection').method?.denominator?.vi).toBe(
      'Hoạt động giám sát, kiểm tra của cơ quan quản lý',
    );
    expect(indicator('digital-inspection').method?.denominator?.vi).toBe(
      'Hoạt động kiểm tra của cơ quan quản lý nhà nước',
    );
    expect(sections.get('Chính quyền số')).not.toContain('giám sát');
  });
});
