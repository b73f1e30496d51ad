// @zone-independent: ranks and SVG text only; no dates are read.
import { describe, expect, it } from 'vitest';
import { rankIntervalsChartData, rankSensitivity, renderChart, type Scheme } from '../../src/index';

// The toy index of rankSensitivity's own example: b and c are 0.002 apart at the nominal weights.
const leaf = (id: string, points: number) => ({ id, name: { vi: id, en: id }, points, indicator: id, rule: { kind: 'index' as const } });
const scheme: Scheme = {
  id: 'toy',
  name: { vi: 'Chỉ số thử', en: 'Toy index' },
  root: {
    id: 'root',
    name: { vi: 'Tổng', en: 'Total' },
    points: 100,
    children: [{ id: 'gov', name: { vi: 'Chính quyền số', en: 'Digital government' }, points: 60, children: [leaf('online', 30), leaf('signed', 30)] }, leaf('eco', 40)],
  },
};
const leaves = { a: [0.9, 0.9, 0.9], b: [0.6, 0.5, 0.55], c: [0.5, 0.6, 0.56], d: [0.1, 0.1, 0.1] };
const observations = Object.entries(leaves).flatMap(([unit, values]) =>
  ['online', 'signed', 'eco'].map((indicator, i) => ({ unit, indicator, period: 2024, value: values[i] ?? 0 })),
);

describe('rankIntervalsChartData: rankSensitivity → renderChart', () => {
  const intervals = rankSensitivity(scheme, observations, { samples: 400, seed: 7 });

  it('chains: the SVG reads out every unit by name, with its rank and interval', () => {
    const names = [{ id: 'a', name: { vi: 'Tỉnh An', en: 'An Province' } }, { id: 'b', name: 'Tỉnh Bình' }, { id: 'c', name: 'Tỉnh Cao' }];
    const svg = renderChart(rankIntervalsChartData(intervals, { title: 'Độ nhạy thứ hạng', units: names }), { kind: 'rankIntervals' });
    expect(svg.startsWith('<svg')).toBe(true);
    // The description reads every item; d has no name and keeps its id.
    expect(svg).toContain('Tỉnh An: Hạng 1; Trung vị 1; Khoảng 5%–95%: 1–1.');
    expect(svg).toContain('Tỉnh Cao: Hạng 2; Trung vị 2; Khoảng 5%–95%: 2–3.');
    expect(svg).toContain('Tỉnh Bình: Hạng 3; Trung vị 3; Khoảng 5%–95%: 2–3.');
    expect(svg).toContain('d: Hạng 4;');
    expect(svg).toContain('>d</text>');
    const en = renderChart(rankIntervalsChartData(intervals, { title: 'Rank sensitivity', units: names, lang: 'en' }), { kind: 'rankIntervals', lang: 'en' });
    expect(en).toContain('An Province');
  });

  it('keeps the ranks and the order as rankSensitivity gave them', () => {
    const data = rankIntervalsChartData(intervals, { title: 'T' });
    expect(data.items).toEqual(intervals.map((i) => ({ label: i.unit, nominal: i.nominal, median: i.median, p5: i.p5, p95: i.p95 })));
    expect(data.title).toBe('T');
  });

  it('a unit id that is an Object.prototype key is an id like any other', () => {
    const data = rankIntervalsChartData([{ unit: 'constructor', nominal: 1, median: 1, p5: 1, p95: 1 }], { title: 'T', units: {} });
    expect(data.items[0]?.label).toBe('constructor');
  });
});
