// @zone-sensitive: trajectory charts from assessProgress.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { assessProgress, catalogs, rank } from '../../src/index';
import type { ProgressChartData, RankIntervalsChartData, RankingChartData, TrajectoryChartData } from '../../src/model/report';
import { renderChart, type ChartKind, type RenderChartOptions } from '../../src/report/renderChart';
import { data, expectGolden, expectWellFormed, findAll, shuffle, textOf, vinhPhucCard, type XmlElement } from './fixtures';
import { errorOf } from '../helpers';

const catalog = catalogs.vinhPhuc302;
const card = vinhPhucCard();
const indicator = catalog.indicators.find((i) => i.id === 'tthc-dossiers-fully-online')!;

/** The real May 2023 figures as a progress chart, mapped from the scorecard rows (as the JSDoc shows). */
function progressData(lang: 'vi' | 'en'): ProgressChartData {
  const rows = card.rows.filter((r) => r.indicator === indicator.id);
  return {
    title: indicator.name[lang],
    suffix: '%',
    max: 100,
    items: rows.map((r) => ({
      label: data.unitNames[r.unit]![lang],
      value: typeof r.value === 'number' ? r.value : null,
      target: r.target?.kind === 'threshold' ? r.target.value : 0,
      met: r.status === 'met',
    })),
  };
}

/** The published DTI 2022 provincial totals of Đà Nẵng and TP. Hồ Chí Minh (see test/score/dti.test.ts), ranked between them. */
function rankingData(): RankingChartData {
  const published = [
    { label: 'TP. Hồ Chí Minh', score: 0.7163 },
    { label: 'Đà Nẵng', score: 0.8002 },
  ];
  return { title: 'DTI 2022 — tổng điểm công bố (cấp tỉnh)', digits: 4, max: 1, items: rank(published, { by: 'score' }).map((r) => ({ ...r.item, rank: r.rank })) };
}

/** The real province-level figure of 31/05/2023 against "Tối thiểu 80%" by 31/12/2025. */
function trajectoryData(): TrajectoryChartData {
  return {
    title: `${indicator.name.vi} — ${data.unitNames['vp-province-agencies']!.vi}`,
    suffix: '%',
    points: [{ t: '2023-05-31', value: 36.18 }],
    target: { value: 80, by: '2025-12-31' },
  };
}

/** Illustrative: an invented 2021 baseline with the real 2023 figure, and the linear projection assessProgress gives. */
function illustrativeTrajectory(): TrajectoryChartData {
  const target = { kind: 'threshold', op: '>=', value: 80, by: '2025-12-31' } as const;
  const p = assessProgress({ baseline: { year: 2021, value: 20 }, current: { date: '2023-05-31', value: 36.18 }, target, method: 'linear' });
  return {
    title: 'Illustrative (invented 2021 baseline): dossiers processed fully online',
    suffix: '%',
    points: [{ t: 2021, value: 20 }, { t: '2023-05-31', value: 36.18 }],
    target: { value: 80, by: '2025-12-31' },
    projection: [{ t: '2023-05-31', value: 36.18 }, { t: '2025-12-31', value: Math.round((p.projected as number) * 100) / 100 }],
  };
}

/** Illustrative rank-sensitivity intervals (invented). */
function intervalData(): RankIntervalsChartData {
  return {
    title: 'Illustrative rank sensitivity (invented data)',
    items: [
      { label: 'Vĩnh Tường', nominal: 1, median: 1, p5: 1, p95: 3 },
      { label: 'Yên Lạc', nominal: 2, median: 2.5, p5: 1, p95: 4 },
      { label: 'Tam Dương', nominal: 3, median: 3, p5: 2, p95: 5 },
      { label: 'Lập Thạch', nominal: 4, median: 4, p5: 3, p95: 6 },
      { label: 'Sông Lô', nominal: 5, median: 5.5, p5: 4, p95: 7 },
      { label: 'Thành phố Phúc Yên', nominal: 6, median: 6, p5: 4, p95: 7 },
    ],
  };
}

const thrown = errorOf;

/** Checks the accessibility contract of a chart and returns its root. */
function accessible(svg: string, title: string): XmlElement {
  const root = expectWellFormed(svg);
  expect(root.name).toBe('svg');
  expect(root.attributes['xmlns']).toBe('http://www.w3.org/2000/svg');
  expect(root.attributes['role']).toBe('img');
  const titles = root.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'title');
  const descs = root.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'desc');
  expect(titles).toHaveLength(1);
  expect(descs).toHaveLength(1);
  expect(root.attributes['aria-labelledby']).toBe(titles[0]!.attributes['id']);
  expect(root.attributes['aria-describedby']).toBe(descs[0]!.attributes['id']);
  expect(textOf(titles[0]!)).toBe(title);
  expect(textOf(descs[0]!).length).toBeGreaterThan(20);
  // Ids are unique within the document.
  const ids: string[] = [];
  const visit = (el: XmlElement) => {
    if (el.attributes['id'] !== undefined) ids.push(el.attributes['id']);
    for (const c of el.children) if (typeof c !== 'string') visit(c);
  };
  visit(root);
  expect(new Set(ids).size).toBe(ids.length);
  expect(svg).not.toMatch(/<script|<image|<foreignObject|href=|@import|\bon[a-z]+=|NaN|Infinity|undefined/);
  return root;
}

describe('renderChart: golden files', () => {
  it('progress, vi: the real 36.18 % (not met) and 98.76 % (met) against 80 %', () => {
    const svg = renderChart(progressData('vi'), { kind: 'progress' });
    accessible(svg, indicator.name.vi);
    expect(svg).toContain('✗ 36,18% · Chưa đạt');
    expect(svg).toContain('✓ 98,76% · Đạt');
    expectGolden('progress.vi.svg', svg);
  });
  it('progress, en', () => {
    const svg = renderChart(progressData('en'), { kind: 'progress', lang: 'en' });
    accessible(svg, indicator.name.en);
    expect(svg).toContain('✗ 36.18% · Not met');
    expectGolden('progress.en.svg', svg);
  });
  it('ranking, vi: DTI 2022 published totals', () => {
    const svg = renderChart(rankingData(), { kind: 'ranking' });
    accessible(svg, 'DTI 2022 — tổng điểm công bố (cấp tỉnh)');
    expect(svg.indexOf('Đà Nẵng')).toBeLessThan(svg.indexOf('TP. Hồ Chí Minh'));
    expectGolden('ranking.vi.svg', svg);
  });
  it('trajectory, vi: the real province-level figure toward 80 % by 31/12/2025', () => {
    const svg = renderChart(trajectoryData(), { kind: 'trajectory' });
    accessible(svg, trajectoryData().title);
    expect(svg).toContain('Hạn 31/12/2025');
    expectGolden('trajectory.vi.svg', svg);
  });
  it('trajectory, en, with a projection (illustrative)', () => {
    const svg = renderChart(illustrativeTrajectory(), { kind: 'trajectory', lang: 'en', width: 720, height: 400 });
    accessible(svg, illustrativeTrajectory().title);
    expect(svg).toContain('stroke-dasharray="5 4"');
    expectGolden('trajectory.en.svg', svg);
  });
  it('rankIntervals, en (illustrative)', () => {
    const svg = renderChart(intervalData(), { kind: 'rankIntervals', lang: 'en' });
    accessible(svg, intervalData().title);
    expectGolden('rankIntervals.en.svg', svg);
  });
});

const ALL: { kind: ChartKind; data: () => unknown }[] = [
  { kind: 'progress', data: () => progressData('vi') },
  { kind: 'ranking', data: rankingData },
  { kind: 'trajectory', data: illustrativeTrajectory },
  { kind: 'rankIntervals', data: intervalData },
];

const draw = (kind: ChartKind, d: unknown, options: Partial<RenderChartOptions> = {}) => renderChart(d as never, { kind, ...options } as RenderChartOptions);

describe('renderChart: accessibility and escaping', () => {
  it('describes every item in <desc>, in the language asked', () => {
    const vi = draw('progress', progressData('vi'));
    const desc = (svg: string) => textOf(findAll(expectWellFormed(svg), 'desc')[0]!);
    expect(desc(vi)).toBe(
      'Biểu đồ thanh ngang: giá trị so với mục tiêu, 2 mục. Các cơ quan, đơn vị cấp tỉnh: 36,18%; Mục tiêu 80%; Chưa đạt. Cấp huyện, thành phố: 98,76%; Mục tiêu 80%; Đạt.',
    );
    expect(desc(draw('ranking', rankingData(), { lang: 'en' }))).toBe(
      'Horizontal bar chart: score and rank, 2 items. Rank 1: Đà Nẵng; Score 0.8002. Rank 2: TP. Hồ Chí Minh; Score 0.7163.',
    );
    expect(desc(draw('trajectory', trajectoryData()))).toContain('Số liệu thực tế: 31/05/2023: 36,18%. Mục tiêu 80%, Hạn 31/12/2025.');
    expect(desc(draw('rankIntervals', intervalData(), { lang: 'en' }))).toContain('Yên Lạc: Rank 2; Median 2.5; 5th–95th percentile: 1–4.');
  });

  it('tells met from not met without colour: a glyph, a word and a hatch pattern', () => {
    const svg = draw('progress', {
      title: 'x',
      items: [
        { label: 'A', value: 50, target: 80, met: false },
        { label: 'B', value: 90, target: 80, met: true },
        { label: 'C', value: null, target: 60, met: false },
      ],
    });
    const root = accessible(svg, 'x');
    const rects = findAll(root, 'rect');
    const hatch = findAll(root, 'pattern')[0]!.attributes['id'];
    expect(rects.filter((r) => r.attributes['fill'] === `url(#${hatch})`)).toHaveLength(2); // the bar and its legend key
    const texts = findAll(root, 'text').map(textOf);
    expect(texts).toContain('✗ 50 · Chưa đạt');
    expect(texts).toContain('✓ 90 · Đạt');
    expect(texts).toContain('– Chưa có số liệu');
  });

  it('escapes all text, in elements and in cut labels, and stays well-formed for any label (property)', () => {
    const evil = `<script>alert("x")</script> & 'quotes' ]]> <!-- -->`;
    for (const { kind, data: make } of ALL) {
      const d = JSON.parse(JSON.stringify(make()));
      d.title = evil;
      for (const item of d.items ?? []) item.label = `${evil} ${item.label} ${'rất dài '.repeat(20)}`;
      if (d.items?.[0]?.band !== undefined || kind === 'ranking') d.items[0].band = evil;
      if (kind === 'progress' || kind === 'ranking' || kind === 'trajectory') d.suffix = '<%>';
      const svg = draw(kind, d);
      expect(svg).not.toContain('<script');
      accessible(svg, evil);
    }
    const alphabet = fc.constantFrom('a', 'Ư', 'ở', '<', '>', '&', '"', "'", ' ', '\n', '\t', ']]>', '&amp;', '\u0001', '\uD800', '😀', '\u0301');
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 30 }).map((a) => a.join('')), fc.constantFrom(...ALL), (text, { kind, data: make }) => {
        const d = JSON.parse(JSON.stringify(make()));
        d.title = text;
        if (d.items) d.items[0].label = text;
        expectWellFormed(draw(kind, d));
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderChart: determinism', () => {
  it('renders the same bytes twice, for every kind and language', () => {
    for (const { kind, data: make } of ALL) for (const lang of ['vi', 'en'] as const) expect(draw(kind, make(), { lang })).toBe(draw(kind, make(), { lang }));
  });

  it('does not depend on the order of items or points where order has no meaning (ranking, trajectory, rankIntervals)', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const r = rankingData();
      expect(draw('ranking', { ...r, items: shuffle(r.items, seed) })).toBe(draw('ranking', r));
      const t = illustrativeTrajectory();
      expect(draw('trajectory', { ...t, points: shuffle(t.points, seed), projection: shuffle(t.projection!, seed + 1) })).toBe(draw('trajectory', t));
      const i = intervalData();
      expect(draw('rankIntervals', { ...i, items: shuffle(i.items, seed) })).toBe(draw('rankIntervals', i));
    }
  });

  it('orders tied ranks by name (Vietnamese collation) and missing ranks last, whatever the order given', () => {
    const tied: RankingChartData = {
      title: 'x',
      items: [
        { label: 'Đông Anh', score: 0.5, rank: 2 },
        { label: 'Dương Kinh', score: 0.5, rank: 2 },
        { label: 'Ba Vì', score: 0.9, rank: 1 },
        { label: 'Mê Linh', score: null, rank: null },
        { label: 'An Dương', score: null, rank: null },
      ],
    };
    const svg = draw('ranking', tied);
    const order = ['Ba Vì', 'Dương Kinh', 'Đông Anh', 'An Dương', 'Mê Linh'].map((l) => svg.indexOf(`>${l}<`));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (let seed = 1; seed <= 10; seed++) expect(draw('ranking', { ...tied, items: shuffle(tied.items, seed) })).toBe(svg);
    const intervals: RankIntervalsChartData = { title: 'x', items: [{ label: 'B', nominal: 1, median: 1, p5: 1, p95: 2 }, { label: 'A', nominal: 1, median: 1, p5: 1, p95: 2 }] };
    expect(draw('rankIntervals', { ...intervals, items: [...intervals.items].reverse() })).toBe(draw('rankIntervals', intervals));
  });

  it('keeps the order given for progress items (levels in their order)', () => {
    const p = progressData('vi');
    const reversed = draw('progress', { ...p, items: [...p.items].reverse() });
    expect(reversed).not.toBe(draw('progress', p));
    expect(reversed.indexOf('Cấp huyện, thành phố')).toBeLessThan(reversed.indexOf('Các cơ quan, đơn vị cấp tỉnh'));
  });

  it('derives ids from the input: equal input, equal ids; other input, other ids', () => {
    const id = (svg: string) => /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
    const p = progressData('vi');
    expect(id(draw('progress', p))).toMatch(/^chiso-[0-9a-f]{8}-title$/);
    expect(id(draw('progress', p))).toBe(id(draw('progress', JSON.parse(JSON.stringify(p)))));
    expect(id(draw('progress', { ...p, title: 'other' }))).not.toBe(id(draw('progress', p)));
    expect(id(draw('progress', p, { lang: 'en' }))).not.toBe(id(draw('progress', p)));
  });

  it('writes coordinates with at most 2 decimals', () => {
    for (const { kind, data: make } of ALL) {
      const numbers = draw(kind, make(), { width: 777.777 }).match(/(?:x|y|x1|x2|y1|y2|cx|cy|width|height|r)="-?[\d.]+"/g) ?? [];
      expect(numbers.length).toBeGreaterThan(5);
      for (const n of numbers) expect(n).toMatch(/="-?\d+(\.\d{1,2})?"$/);
    }
  });
});

describe('renderChart: layout', () => {
  it('takes width and height', () => {
    for (const { kind, data: make } of ALL) {
      const root = expectWellFormed(draw(kind, make(), { width: 800, height: 500 }));
      expect([root.attributes['width'], root.attributes['height'], root.attributes['viewBox']]).toEqual(['800', '500', '0 0 800 500']);
    }
  });

  it('draws negative values and scores left of zero', () => {
    const svg = draw('ranking', { title: 'x', items: [{ label: 'A', score: -2, rank: 2 }, { label: 'B', score: 3, rank: 1 }] });
    accessible(svg, 'x');
    expect(svg).toContain('>-2<');
  });

  it('puts a year figure at the end of its year, as assessProgress reads it', () => {
    const year = draw('trajectory', { title: 'x', points: [{ t: 2023, value: 1 }], target: { value: 2, by: 2025 } });
    const date = draw('trajectory', { title: 'x', points: [{ t: '2023-12-31', value: 1 }], target: { value: 2, by: '2025-12-31' } });
    const cx = (svg: string) => /<circle cx="([\d.]+)"/.exec(svg)?.[1];
    expect(cx(year)).toBe(cx(date));
  });
});

describe('renderChart: invalid input is a ChisoError naming the field', () => {
  const p = progressData('vi');
  it.each([
    ['an unknown kind', () => draw('pie' as ChartKind, p), ['options', 'kind']],
    ['a width out of range', () => draw('progress', p, { width: 100 }), ['options', 'width']],
    ['a height too small for the items', () => draw('rankIntervals', intervalData(), { height: 130 }), ['options', 'height']],
    ['an unknown option', () => renderChart(p, { kind: 'progress', colour: 'red' } as never), ['options', 'colour']],
    ['NaN', () => draw('progress', { ...p, items: [{ ...p.items[0]!, value: Number.NaN }] }), ['data', 'items', 0, 'value']],
    ['Infinity', () => draw('ranking', { title: 'x', items: [{ label: 'a', score: Infinity, rank: 1 }] }), ['data', 'items', 0, 'score']],
    ['met with no value', () => draw('progress', { ...p, items: [{ label: 'a', value: null, target: 1, met: true }] }), ['data', 'items', 0, 'met']],
    ['a max below a value', () => draw('progress', { ...p, max: 50 }), ['data', 'max']],
    ['no items', () => draw('progress', { ...p, items: [] }), ['data', 'items']],
    ['an empty title', () => draw('progress', { ...p, title: '' }), ['data', 'title']],
    ['two points at the same time', () => draw('trajectory', { ...trajectoryData(), points: [{ t: 2023, value: 1 }, { t: 2023, value: 2 }] }), ['data', 'points', 1, 't']],
    ['an impossible date', () => draw('trajectory', { ...trajectoryData(), points: [{ t: '2023-02-30', value: 1 }] }), ['data', 'points', 0, 't']],
    ['p5 above the median', () => draw('rankIntervals', { title: 'x', items: [{ label: 'a', nominal: 1, median: 2, p5: 3, p95: 4 }] }), ['data', 'items', 0, 'median']],
    ['a rank below 1', () => draw('rankIntervals', { title: 'x', items: [{ label: 'a', nominal: 0, median: 1, p5: 1, p95: 1 }] }), ['data', 'items', 0, 'nominal']],
    ['an unknown field', () => draw('ranking', { title: 'x', items: [{ label: 'a', score: 1, rank: 1, colour: 'red' }] }), ['data', 'items', 0, 'colour']],
  ])('%s', (_, fn, path) => {
    expect(thrown(fn).issues[0]?.path).toEqual(path);
  });
});

describe('renderChart: the JSDoc example holds', () => {
  it('progress', () => {
    const d = {
      title: 'Hồ sơ xử lý hoàn toàn trực tuyến',
      suffix: '%',
      max: 100,
      items: [
        { label: 'Cấp tỉnh', value: 36.18, target: 80, met: false },
        { label: 'Cấp huyện', value: 98.76, target: 80, met: true },
      ],
    };
    const chart = renderChart(d, { kind: 'progress' });
    expect(chart.includes('✗ 36,18% · Chưa đạt')).toBe(true);
    expect(chart === renderChart(structuredClone(d), { kind: 'progress' })).toBe(true);
  });
});
