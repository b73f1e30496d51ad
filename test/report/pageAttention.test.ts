// @zone-independent: the scorecards are evaluated for fixed as-of days given as civil dates; the pace is counted in civil days and the page reads no clock or host zone.
// The pace column of the page's "Cần chú ý" / "Needs attention" list: the pace still needed is
// counted from the as-of day for every row alike (the latest figure stands until a new one comes),
// whatever the figure's own date, and a pace still needed never reads 0 while the target is not met.
// Expected values are worked out by hand with the year count docs/deadlines.md and assessProgress
// state: a day in year Y is (Y − 1) + day-of-year / days-in-year, so 31/12/2024 ↦ 2024.0,
// 31/12/2025 ↦ 2025.0 and 01/03/2025 (day 60 of 365) ↦ 2024 + 60/365; the pace is
// (target / value)^(1 / years) − 1 (compound) or (target − value) / years (linear, values ≤ 0).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogs, defineCatalog, evaluate, hierarchies, renderScorecardPage, type Observation, type Unit } from '../../src/index';
import { SEED } from '../fuzz/harness';

const catalog = catalogs.vinhPhuc302;
const units: Unit[] = [
  { id: 'p', name: 'Tỉnh', level: 'province' },
  { id: 'd', name: 'Huyện A', level: 'district', parent: 'p' },
  { id: 'c', name: 'Xã B', level: 'commune', parent: 'd' },
];
// The audit's case: the same 36,18 % against "Tối thiểu 80%" by 31/12/2025, the province's dated
// 31/05/2023 (the published figure), the district's for 2024. Plus a baseline (50 → 72), the two
// bounds (59,999 against ≥ 60, 50 against "trên 50%") and a 0 that rules out compound growth.
const observations: Observation[] = [
  { unit: 'p', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 36.18 },
  { unit: 'd', indicator: 'tthc-dossiers-fully-online', period: 2024, value: 36.18 },
  { unit: 'd', indicator: 'work-dossiers-online', period: 2022, value: 50 },
  { unit: 'd', indicator: 'work-dossiers-online', period: 2024, value: 72 },
  { unit: 'c', indicator: 'work-dossiers-online', period: 2024, value: 59.999 },
  { unit: 'p', indicator: 'e-payment-account-population-share', period: 2024, value: 50 },
  { unit: 'c', indicator: 'fibre-household-coverage', period: 2024, value: 0 },
];

const text = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();

/** The attention section's unmet rows as text, and the section's text. */
const seen = new Map<string, { rows: string[]; all: string }>();
function attention(asOf: string, lang: 'vi' | 'en' = 'vi', obs: readonly Observation[] = observations) {
  const key = `${asOf}/${lang}`;
  const known = obs === observations ? seen.get(key) : undefined;
  if (known !== undefined) return known;
  const html = renderScorecardPage(evaluate(catalog, [...obs], { asOf, units }), { catalog, units, lang });
  const start = html.indexOf('<section id="chiso-attention"');
  const section = html.slice(start, html.indexOf('</section>', start));
  const body = section.slice(section.indexOf('<tbody>'), section.indexOf('</tbody>'));
  const out = { rows: body.split('\n').filter((l) => l.startsWith('<tr>')).map(text), all: text(section) };
  if (obs === observations) seen.set(key, out);
  return out;
}

/** The one row of a unit whose text contains `what`. */
function row(rows: readonly string[], unit: string, what: string): string {
  const found = rows.filter((r) => r.startsWith(`${unit} `) && r.includes(what));
  expect(found, `${unit} / ${what}`).toHaveLength(1);
  return found[0] as string;
}

/** A percentage with two decimals, as the page writes it: vi `121,12`, en `121.12`. */
const two = (x: number, lang: 'vi' | 'en' = 'vi') => {
  const s = (Math.round(x * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return lang === 'vi' ? s.replace('.', ',') : s;
};

describe('the pace still needed is counted from the as-of day, for every row alike', () => {
  it('gives the province (figure of 31/05/2023) and the district (2024) the same pace from 31/12/2024: 1 year left', () => {
    const { rows, all } = attention('2024-12-31');
    // 2025.0 − 2024.0 = 1 year: 80 / 36.18 − 1 = 1.211166… ⇒ +121,12 %/year. The old figure's date
    // gave (80/36.18)^(1/(2025 − 2022.413…)) − 1 = 35,91 %, which is not "from now".
    const rate = (80 / 36.18 - 1) * 100;
    expect(two(rate)).toBe('121,12');
    for (const unit of ['Tỉnh', 'Huyện A']) {
      const r = row(rows, unit, 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến');
      expect(r).toContain('31/12/2025 còn 365 ngày');
      expect(r).toContain('cần +121,12%/năm từ nay');
      expect(r).not.toContain('35,91');
    }
    // What "from now" is, said once under the list.
    expect(all).toContain('Tốc độ cần: mức thay đổi mỗi năm để đạt chỉ tiêu đúng hạn, tính từ nay (31/12/2024) trên thời gian còn lại');
  });

  it('counts a part year as assessProgress does: from 01/03/2025, 305/365 of a year to 31/12/2025', () => {
    const { rows, all } = attention('2025-03-01');
    // 01/03/2025 is day 31 + 28 + 1 = 60 of 365: 2024 + 60/365; 2025 − that = 305/365 year, and
    // 31/12/2025 is 305 days away. (80/36.18)^(365/305) − 1 = 158,47 %.
    const years = 305 / 365;
    const rate = (Math.pow(80 / 36.18, 1 / years) - 1) * 100;
    expect(two(rate)).toBe('158,47');
    for (const unit of ['Tỉnh', 'Huyện A']) {
      const r = row(rows, unit, 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến');
      expect(r).toContain('còn 305 ngày');
      expect(r).toContain(`cần +${two(rate)}%/năm từ nay`);
    }
    // Linear (a 0 value): (80 − 0) / (305/365) = 95,74 units a year.
    expect(two(80 / years)).toBe('95,74');
    expect(row(rows, 'Xã B', 'trên 80%')).toContain('cần +95,74 đơn vị/năm từ nay');
    expect(all).toContain('tính từ nay (01/03/2025)');
  });

  it('with a baseline, needs the pace from now and shows the trend and Eurostat category beside it', () => {
    const { rows, all } = attention('2024-12-31');
    // d, work-dossiers-online: 50 (2022) → 72 (2024). From now to 2025: 80/72 − 1 = 11,11 %; to 2030
    // (6 years): (100/72)^(1/6) − 1 = 5,63 %. Actual (72/50)^(1/2) − 1 = 20 %. Category (Eurostat,
    // from the baseline): required (80/50)^(1/3) − 1 = 16,96 %, ratio 20/16.96 = 1.18 ≥ 0.95: on track.
    expect(two((80 / 72 - 1) * 100)).toBe('11,11');
    expect(two((Math.pow(100 / 72, 1 / 6) - 1) * 100)).toBe('5,63');
    expect(two((Math.sqrt(72 / 50) - 1) * 100)).toBe('20');
    const work = rows.filter((r) => r.startsWith('Huyện A ') && r.includes('Tỷ lệ hồ sơ công việc'));
    expect(work).toHaveLength(2);
    expect(work[0]).toContain('cần +11,11%/năm từ nay; thực tế +20%/năm đúng tiến độ');
    expect(work[1]).toContain('cần +5,63%/năm từ nay; thực tế +20%/năm đúng tiến độ');
    expect(all).toContain('xếp loại (theo cách của Eurostat) so xu hướng này với tốc độ cần tính từ số liệu đầu tiên');
  });

  it('says the same in English', () => {
    const { rows, all } = attention('2024-12-31', 'en');
    const tthc = rows.filter((r) => r.includes('needs +121.12%/year from now (no baseline yet to judge the trend)'));
    expect(tthc).toHaveLength(2);
    expect(rows.some((r) => r.includes('needs +11.11%/year from now; actual +20%/year on track'))).toBe(true);
    expect(all).toContain('Pace needed: the yearly change that reaches the target by its deadline, from now (2024-12-31) over the time left');
    expect(all).toContain("the rating (Eurostat's method) compares that trend with the pace needed from the first figure");
  });

  it('leaves the trend note out when no row has a baseline', () => {
    const { all } = attention('2024-12-31', 'vi', observations.filter((o) => !(o.unit === 'd' && o.indicator === 'work-dossiers-online')));
    expect(all).toContain('Tốc độ cần: mức thay đổi mỗi năm');
    expect(all).not.toContain('Thực tế: xu hướng');
  });
});

describe('a pace still needed never reads 0 while the target is not met', () => {
  it('59,999 against ≥ 60: +0,0017 %/year (two significant digits), not +0 %', () => {
    // 60 / 59.999 − 1 = 1.66669…e-5 over 1 year ⇒ 0.00166669… % ⇒ 0,0017 %.
    expect((60 / 59.999 - 1) * 100).toBeCloseTo(0.0016667, 7);
    const vi = row(attention('2024-12-31').rows, 'Xã B', '60% (≥ 60)');
    expect(vi).toContain('cần +0,0017%/năm từ nay');
    expect(vi).not.toMatch(/cần \+?0%/);
    const en = row(attention('2024-12-31', 'en').rows, 'Xã B', '60% (≥ 60)');
    expect(en).toContain('needs +0.0017%/year from now');
    // From 01/03/2025: (60/59.999)^(365/305) − 1 = 1.99457e-5 ⇒ 0,0020 % (trailing zero dropped).
    expect((Math.pow(60 / 59.999, 365 / 305) - 1) * 100).toBeCloseTo(0.0019946, 7);
    expect(row(attention('2025-03-01').rows, 'Xã B', '60% (≥ 60)')).toContain('cần +0,002%/năm từ nay');
  });

  it('50 against "trên 50%": no pace reaches it exactly, so it reads "> 0 %", not 0 %', () => {
    // (50/50) − 1 = 0 exactly, and the target is strict: any growth at all, never none.
    const vi = row(attention('2024-12-31').rows, 'Tỉnh', 'trên 50%');
    expect(vi).toContain('cần > 0%/năm từ nay');
    expect(vi).not.toMatch(/cần \+?0%/);
    expect(row(attention('2024-12-31', 'en').rows, 'Tỉnh', '(> 50)')).toContain('needs > 0%/year from now');
    // By 2030 (6 years): (90/50)^(1/6) − 1 = 10,29 %.
    expect(two((Math.pow(90 / 50, 1 / 6) - 1) * 100)).toBe('10,29');
    expect(row(attention('2024-12-31').rows, 'Tỉnh', 'trên 90%')).toContain('cần +10,29%/năm từ nay');
  });

  it('for any value short of 80, also a hair short, shows 100 × (80 − v)/v from now, rounded, and never 0 (seeded)', () => {
    const parse = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));
    // Anywhere below 80, and within 1e-13 … 1e-2 of it, where two decimals would read 0.
    const value = fc.oneof(fc.double({ min: 1e-3, max: 80, noNaN: true, maxExcluded: true }), fc.double({ min: 1e-13, max: 1e-2, noNaN: true }).map((eps) => 80 - eps));
    fc.assert(
      fc.property(value, (v) => {
        const { rows } = attention('2024-12-31', 'vi', [{ unit: 'd', indicator: 'tthc-dossiers-fully-online', period: 2024, value: v }]);
        const r = row(rows, 'Huyện A', 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến');
        const m = /cần (\+[\d.,]+|> 0)%\/năm từ nay/.exec(r);
        expect(m, r).not.toBeNull();
        const shown = m?.[1] as string;
        // 80 − v is exact in binary (Sterbenz), so this stays accurate a hair below 80.
        const expected = ((80 - v) / v) * 100;
        if (shown === '> 0') {
          // Only a pace too small to write with 12 decimals reads "> 0".
          expect(expected).toBeLessThan(1e-11);
          return;
        }
        const n = parse(shown.slice(1));
        expect(n).toBeGreaterThan(0);
        // Two decimals, or two significant digits below 0,005.
        const tolerance = expected >= 0.005 ? 0.005 : expected * 0.05;
        expect(Math.abs(n - expected)).toBeLessThanOrEqual(tolerance * (1 + 1e-9) + 1e-12);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

describe('a "lower is better" pace reads downward, and never 0 either', () => {
  const source = { document: '1/KH-UBND', date: '2024-01-01', section: 'II.1' };
  // INVENTED plan: a share of late dossiers at most 10 % by 2025, under 5 % by 2030.
  const invented = defineCatalog({
    id: 'invented-lower',
    plan: { issuer: { vi: 'UBND tỉnh Thử', en: 'Invented province' }, number: '1/KH-UBND', date: '2024-01-01', title: { vi: 'Kế hoạch', en: 'Plan' } },
    hierarchy: hierarchies.twoTier2025,
    indicators: [
      {
        id: 'late-dossiers',
        name: { vi: 'Tỷ lệ hồ sơ trễ hạn', en: 'Share of late dossiers' },
        pillar: 'foundations',
        measure: 'percent',
        source,
        targets: [
          { kind: 'threshold', op: '<=', value: 10, by: '2025-12-31', wording: 'tối đa 10%' },
          { kind: 'threshold', op: '<', value: 5, by: '2030-12-31', wording: 'dưới 5%' },
        ],
      },
    ],
  } as never);
  const page = (value: number, lang: 'vi' | 'en') => {
    const html = renderScorecardPage(evaluate(invented, [{ unit: 'p', indicator: 'late-dossiers', period: 2024, value }], { asOf: '2024-12-31' }), { catalog: invented, lang });
    const start = html.indexOf('<section id="chiso-attention"');
    return text(html.slice(start, html.indexOf('</section>', start)));
  };

  it('10,0001 against ≤ 10: −0,001 %/year (10/10.0001 − 1 = −9.9999e-6), not −0 %', () => {
    expect((10 / 10.0001 - 1) * 100).toBeCloseTo(-0.00099999, 8);
    expect(page(10.0001, 'vi')).toContain('cần -0,001%/năm từ nay');
    expect(page(10.0001, 'en')).toContain('needs -0.001%/year from now');
  });

  it('5 against "dưới 5%": "< 0 %", any fall at all (5 ≤ 10 by 2025 is met)', () => {
    const vi = page(5, 'vi');
    expect(vi).toContain('Chỉ tiêu chưa đạt (1)');
    expect(vi).toContain('cần < 0%/năm từ nay');
    expect(vi).not.toMatch(/cần [+-]?0%/);
    expect(page(5, 'en')).toContain('needs < 0%/year from now');
  });
});
