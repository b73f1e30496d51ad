// @zone-independent: the scorecards are evaluated for fixed as-of days given as civil dates; the page formats them without reading a clock or the host zone.
// renderScorecardPage: what the page says and in which order, checked against values worked out by
// hand from the plan's targets (302/KH-UBND) and the published May 2023 figures, and against the
// scorecard's own rows counted independently. The browser test (test/browser/page.test.ts) audits
// the same pages in Chromium; the layout time is measured in test/bench/page.bench.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogs, ChisoError, evaluate, renderScorecardPage, type Observation, type Scorecard, type Unit } from '../../src/index';
import { root } from '../cli/run';
import { SEED } from '../fuzz/harness';
import { communesFixture } from './page-fixtures';
import { errorOf } from '../helpers';

const catalog = catalogs.vinhPhuc302;

/** The demo's real figures (examples/data/vinh-phuc-2023.json): province agencies 36.18 %, districts 98.76 %. */
const demo = JSON.parse(readFileSync(join(root, 'examples/data/vinh-phuc-2023.json'), 'utf8')) as { asOf: string; units: Unit[]; observations: Observation[]; unitNames: Record<string, { vi: string; en: string }> };
const demoCard = evaluate(catalog, demo.observations, { asOf: demo.asOf, units: demo.units });

/** The text between two section ids. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const thrown = errorOf;

describe('renderScorecardPage on the Vĩnh Phúc demo (May 2023)', () => {
  const html = renderScorecardPage(demoCard, { catalog, units: demo.unitNames });

  it('is one self-contained document: no script, no external asset, sections in reading order', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    // url(#id) is a chart's own pattern; nothing else is fetched.
    expect(html).not.toMatch(/<script|<link|\bsrc=|@import|url\((?!#)/i);
    const at = ['chiso-summary', 'chiso-attention', 'chiso-charts', 'chiso-table', 'chiso-sources'].map((id) => html.indexOf(`<section id="${id}"`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).toContain('<title>Bảng đánh giá chỉ tiêu — 302/KH-UBND — 2023-05-31</title>');
  });

  it('sums up each unit by status, as the scorecard rows count them', () => {
    const summary = section(html, 'chiso-summary');
    for (const unit of demo.units) {
      const rows = demoCard.rows.filter((r) => r.unit === unit.id);
      const counts = ['met', 'not-met', 'no-data', 'not-applicable'].map((s) => rows.filter((r) => r.status === s).length);
      const line = new RegExp(`<tr><th scope="row">${demo.unitNames[unit.id]?.vi}</th>${counts.map((n) => `<td class="n">${n}</td>`).join('')}`);
      expect(summary).toMatch(line);
    }
    // Districts: 1 met of 46 targets that apply (98.76 ≥ 80) = 2,17 %.
    expect(summary).toContain('<td class="n">2,17%<span class="bar" aria-hidden="true">');
    expect(text(section(html, 'chiso-summary'))).not.toContain('NaN');
  });

  it('puts the one unmet target first: province agencies, 36,18 % against "Tối thiểu 80%", 43,82 short', () => {
    const attention = section(html, 'chiso-attention');
    expect(attention).toContain('<h3>Chỉ tiêu chưa đạt (1)</h3>');
    const row = text(attention.slice(attention.indexOf('<tbody>'), attention.indexOf('</tbody>')));
    // 80 − 36.18 = 43.82; 31/12/2025 is 945 days after 31/05/2023 (214 + 365 + 366).
    expect(row).toContain('Các cơ quan, đơn vị cấp tỉnh Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến Tối thiểu 80% (≥ 80) 36,18% 1 43,82 31/12/2025 còn 945 ngày');
    // No baseline: the pace from now, compound: (80 / 36.18)^(1 / (2025 − 2022.41…)) − 1.
    const years = 2025 - (2022 + 151 / 365);
    const rate = (Math.pow(80 / 36.18, 1 / years) - 1) * 100;
    expect(row).toContain(`cần +${rate.toFixed(2).replace('.', ',')}%/năm từ nay`);
    expect(row).not.toContain('Cấp huyện, thành phố');
  });

  it('charts the indicator with data, both units against 80 %', () => {
    const charts = section(html, 'chiso-charts');
    expect(charts.match(/<svg /g)).toHaveLength(1);
    expect(charts).toContain('✗ 36,18% · Chưa đạt');
    expect(charts).toContain('✓ 98,76% · Đạt');
  });

  it('lays the table out with units as columns, and folds every target without data per pillar, counted', () => {
    const table = section(html, 'chiso-table');
    expect(table).toContain('<p class="lead">2 đơn vị (tối đa 8): mỗi đơn vị một cột.</p>');
    const pillars = new Map(catalog.indicators.map((i) => [i.id, i.pillar]));
    const keys = new Map<string, { pillar: string; data: boolean }>();
    for (const r of demoCard.rows) {
      const k = `${r.indicator}/${r.targetIndex}`;
      keys.set(k, { pillar: pillars.get(r.indicator) ?? '', data: (keys.get(k)?.data ?? false) || r.observation !== null });
    }
    for (const pillar of ['digital-government', 'digital-economy', 'digital-society', 'smart-city']) {
      const without = [...keys.values()].filter((k) => k.pillar === pillar && !k.data).length;
      const start = table.indexOf(`<h3 id="chiso-pillar-${pillar}">`);
      const next = table.indexOf('<h3 id="chiso-pillar-', start + 1);
      expect(table.slice(start, next === -1 ? undefined : next)).toContain(`<summary>Chỉ tiêu chưa có số liệu (${without})</summary>`);
    }
    // The not-met cell says it in words and a symbol, never by colour alone.
    expect(table).toContain('<span class="not-met">✗ Chưa đạt</span><br>36,18%<sup><a href="#fn-1">1</a></sup><br><span class="small">Còn thiếu: 43,82</span>');
  });

  it('numbers the sources as first cited and quotes each with its proxy note', () => {
    const sources = section(html, 'chiso-sources');
    const items = sources.match(/<li id="fn-\d+">/g) ?? [];
    expect(items).toEqual(['<li id="fn-1">', '<li id="fn-2">']);
    expect(sources).toContain('tỷ lệ hồ sơ dịch vụ công trực tuyến của các cơ quan, đơn vị cấp tỉnh đạt 36,18 %');
    expect(sources).toContain('chỉ tiêu gần nhất');
  });

  it('writes English labels and numbers with lang: en', () => {
    const en = renderScorecardPage(demoCard, { catalog, units: demo.unitNames, lang: 'en' });
    expect(en.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(section(en, 'chiso-attention')).toContain('<h3>Targets not met (1)</h3>');
    expect(text(section(en, 'chiso-attention'))).toContain('Province-level agencies');
    expect(en).toContain('✗ 36.18% · Not met');
    expect(en).toContain('2 units (at most 8): one column per unit.');
  });
});

describe('what needs attention: order, pace, horizon', () => {
  const units: Unit[] = [
    { id: 'p', name: 'Tỉnh', level: 'province' },
    { id: 'd', name: 'Huyện A', level: 'district', parent: 'p' },
  ];
  const observations: Observation[] = [
    { unit: 'd', indicator: 'work-dossiers-online', period: 2022, value: 50 },
    { unit: 'd', indicator: 'work-dossiers-online', period: 2024, value: 72 },
    { unit: 'd', indicator: 'tthc-dossiers-fully-online', period: 2024, value: 60 },
    { unit: 'p', indicator: 'work-dossiers-online', period: 2024, value: 85 },
  ];
  const card = evaluate(catalog, observations, { asOf: '2024-12-31', units });
  const html = renderScorecardPage(card, { catalog, units });
  const rows = section(html, 'chiso-attention')
    .split('<tbody>')[1]
    ?.split('</tbody>')[0]
    ?.split('\n')
    .filter((l) => l.startsWith('<tr>'))
    .map(text) ?? [];

  it('orders unmet targets by deadline, then by gap (largest first)', () => {
    // 2025: tthc 80 − 60 = 20 (d), work 80 − 72 = 8 (d), work 90 − 85 = 5 (p); 2030: 100 − 72 = 28 (d), 100 − 85 = 15 (p).
    expect(rows.map((r) => /(\d+) (?:\d\d\/12\/20\d\d)/.exec(r)?.[1])).toEqual(['20', '8', '5', '28', '15']);
  });

  it('gives the pace needed from now, and the trend beside it where an earlier figure is a baseline', () => {
    // d, work, by 2025: baseline 50 (2022), 72 (2024). Needed from now (31/12/2024, 1 year left):
    // 80/72 − 1 = 11,11 %/year; actual (72/50)^(1/2) − 1 = 20 %/year. Category (Eurostat, required
    // from the baseline (80/50)^(1/3) − 1 = 16,96 %): ratio 1.18 ≥ 0.95, on track.
    expect(rows[1]).toContain('cần +11,11%/năm từ nay; thực tế +20%/năm đúng tiến độ');
    // By 2030, 6 years from now: (100/72)^(1/6) − 1 = 5,63 %/year.
    expect(rows[3]).toContain('cần +5,63%/năm từ nay; thực tế +20%/năm đúng tiến độ');
    // No baseline: tthc 80/60 − 1 = 33,33 %/year from 2024 to 2025; p 90/85 − 1 = 5,88 %/year.
    expect(rows[0]).toContain('cần +33,33%/năm từ nay');
    expect(rows[2]).toContain('cần +5,88%/năm từ nay');
  });

  it('draws the trajectory of a unit with two figures, projected to the deadline (72 × 1.2 = 86,4)', () => {
    const charts = section(html, 'chiso-charts');
    expect(charts).toContain('<h3>Diễn biến theo thời gian</h3>');
    expect(charts).toContain('Số liệu thực tế: 2022: 50%; 2024: 72%.');
    expect(charts).toContain('Dự báo: 2024: 72%; 31/12/2025: 86,4%.');
  });

  it('lists targets without data whose deadline is within the horizon, and not those beyond it', () => {
    // As of 15/10/2025 the 2025 deadlines are 16 + 30 + 31 = 77 days away.
    const late = evaluate(catalog, observations, { asOf: '2025-10-15', units });
    const noData = (horizonDays: number) => section(renderScorecardPage(late, { catalog, units, horizonDays }), 'chiso-attention').split('<h3>Chưa có số liệu')[1] ?? '';
    // Within 77 days: the 2025 targets without data, e.g. tthc-dossiers-fully-online for the province.
    const within = noData(77);
    expect(within).toContain('còn 77 ngày');
    expect(within).toContain('Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến');
    // Within 76 days: only the deadline already passed (Quý I/2022), 1,294 days ago.
    const beyond = noData(76);
    expect(beyond).not.toContain('còn 77 ngày');
    expect(text(beyond)).toContain('quá hạn 1.294 ngày');
  });

  it('escapes every text it is given', () => {
    const page = renderScorecardPage(card, { catalog, units: [{ id: 'p', name: 'Tỉnh <b>&</b>' }, { id: 'd', name: 'Huyện "A"' }], title: '<script>x</script>', notes: [{ title: 'N<1>', lines: ['a & b'] }] });
    expect(page).not.toContain('<script>');
    expect(page).toContain('<h1>&lt;script&gt;x&lt;/script&gt;</h1>');
    expect(page).toContain('Tỉnh &lt;b&gt;&amp;&lt;/b&gt;');
    expect(page).toContain('<li>a &amp; b</li>');
  });
});

describe('a province’s communes: 100 units × 60 indicators (invented data)', () => {
  const f = communesFixture();
  const card = evaluate(f.catalog, f.observations, { asOf: f.asOf, units: f.units });
  const html = renderScorecardPage(card, { catalog: f.catalog, units: f.units });

  it('stays under 2 MB', () => {
    expect(card.rows).toHaveLength(100 * (60 + 12));
    expect(new TextEncoder().encode(html).length).toBeLessThan(2 * 1024 * 1024);
  });

  it('switches to one row per unit beyond columnsUpTo, says so, and sums up by level', () => {
    expect(html).toContain('100 đơn vị (nhiều hơn 8): bảng chuyển sang mỗi đơn vị một dòng, mỗi chỉ tiêu một bảng.');
    expect(section(html, 'chiso-summary')).toContain('<caption>Kết quả theo cấp</caption>');
    expect(section(html, 'chiso-summary')).toContain('<summary>Kết quả theo từng đơn vị (100)</summary>');
    // Every row with a figure is a table row; every one without is named under its table.
    const tableRows = section(html, 'chiso-table').match(/<tr><th>/g) ?? [];
    expect(tableRows).toHaveLength(card.rows.filter((r) => r.observation !== null).length);
  });

  it('caps the attention list at 50 lines and says how many more, and charts 12 units per indicator', () => {
    const notMet = card.rows.filter((r) => r.status === 'not-met').length;
    expect(section(html, 'chiso-attention')).toContain(`<p>Còn ${(notMet - 50).toLocaleString('vi-VN')} dòng nữa: xem bảng chi tiết.</p>`);
    expect(section(html, 'chiso-charts')).toContain('12 trong số');
  });

  it('keeps the units as columns with columnsUpTo: 100', () => {
    const few = renderScorecardPage(card, { catalog: f.catalog, units: f.units, columnsUpTo: 100, chartItems: 1, trajectories: 0 });
    expect(few).toContain('100 đơn vị (tối đa 100): mỗi đơn vị một cột.');
    expect(few).not.toContain('<h3>Diễn biến theo thời gian</h3>');
  });
});

describe('renderScorecardPage rejects bad input with ChisoError', () => {
  it('names a catalog that is not the scorecard’s', () => {
    const e = thrown(() => renderScorecardPage(demoCard, { catalog: catalogs.tuyenQuang154 }));
    expect(e.issues[0]?.path).toEqual(['options', 'catalog', 'id']);
  });

  it('names options out of range, and a scorecard that is not one', () => {
    expect(thrown(() => renderScorecardPage(demoCard, { catalog, columnsUpTo: 0 })).message).toMatch(/^Expected/);
    expect(thrown(() => renderScorecardPage(demoCard, { catalog, horizonDays: -1 })).issues[0]?.path).toEqual(['options', 'horizonDays']);
    expect(thrown(() => renderScorecardPage({ ...demoCard, asOf: '31/05/2023' } as Scorecard, { catalog })).issues[0]?.path).toEqual(['scorecard', 'asOf']);
    expect(thrown(() => renderScorecardPage(demoCard, { catalog, units: [{ id: 'x', name: 'A' }, { id: 'x', name: 'B' }] })).issues[0]?.code).toBe('duplicate_unit');
  });
});

describe('renderScorecardPage on random scorecards (fast-check, seeded)', () => {
  const LEVELS = ['province', 'district', 'commune'] as const;
  const INDICATORS = ['tthc-dossiers-fully-online', 'work-dossiers-online', 'tthc-dossiers-online-payment'].filter((id) => catalog.indicators.some((i) => i.id === id));
  const input = fc.record({
    units: fc.array(fc.constantFrom(...LEVELS), { minLength: 1, maxLength: 12 }),
    figures: fc.array(fc.record({ unit: fc.nat(11), indicator: fc.constantFrom(...INDICATORS), year: fc.integer({ min: 2021, max: 2025 }), value: fc.integer({ min: 0, max: 10_000 }) }), { maxLength: 30 }),
    asOf: fc.constantFrom('2023-05-31', '2025-10-15', '2025-12-31', '2026-12-01'),
    lang: fc.constantFrom('vi' as const, 'en' as const),
  });

  it('counts what the scorecard counts, keeps the reading order, and never prints NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(input, ({ units: levels, figures, asOf, lang }) => {
        const units: Unit[] = levels.map((level, i) => ({ id: `u${i}`, name: `Đơn vị <${i}> & co`, level }));
        const seen = new Set<string>();
        const observations: Observation[] = [];
        for (const f of figures) {
          const key = `${f.unit % units.length}/${f.indicator}/${f.year}`;
          if (seen.has(key) || f.year > Number(asOf.slice(0, 4))) continue;
          seen.add(key);
          observations.push({ unit: `u${f.unit % units.length}`, indicator: f.indicator, period: f.year, value: f.value / 100 });
        }
        const card = evaluate(catalog, observations, { asOf, units });
        const html = renderScorecardPage(card, { catalog, units, lang });
        const at = ['chiso-summary', 'chiso-attention', 'chiso-charts', 'chiso-table', 'chiso-sources'].map((id) => html.indexOf(`<section id="${id}"`));
        expect([...at].sort((a, b) => a - b)).toEqual(at);
        expect(at[0]).toBeGreaterThan(0);
        const notMet = card.rows.filter((r) => r.status === 'not-met').length;
        expect(section(html, 'chiso-attention')).toContain(`<h3>${lang === 'vi' ? 'Chỉ tiêu chưa đạt' : 'Targets not met'} (${notMet.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US')})</h3>`);
        const foot = /<tfoot><tr><th scope="row">[^<]+<\/th>((?:<td class="n">[^<]*<\/td>){4})/.exec(section(html, 'chiso-summary'))?.[1];
        const counts = [...(foot ?? '').matchAll(/<td class="n">([^<]*)<\/td>/g)].map((m) => m[1]);
        expect(counts).toEqual(['met', 'not-met', 'no-data', 'not-applicable'].map((st) => card.summary[st as 'met'].toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US')));
        expect(text(html)).not.toMatch(/\bNaN\b|Infinity|undefined/);
        expect(html).not.toContain('<0>');
        expect(html).toContain(units.length <= 8 ? (lang === 'vi' ? 'mỗi đơn vị một cột' : 'one column per unit') : lang === 'vi' ? 'mỗi đơn vị một dòng' : 'one row per unit');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
