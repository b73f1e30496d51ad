// @zone-independent: evaluate runs at a civil asOf day (no instants), so the host zone cannot change a row.
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { catalogs, evaluate, progressChartData, renderChart } from '../../src/index';

const units = [
  { id: 'vp', name: 'Tỉnh Vĩnh Phúc', level: 'province' },
  { id: 'vy', name: 'TP. Vĩnh Yên', level: 'district', parent: 'vp' },
  { id: 'ps', name: 'TP. Phúc Yên', level: 'district', parent: 'vp' },
];
const card = evaluate(
  catalogs.vinhPhuc302,
  [
    { unit: 'vp', indicator: 'work-dossiers-online', period: 2024, value: 92.5 },
    { unit: 'vy', indicator: 'work-dossiers-online', period: 2024, numerator: 7, denominator: 10 },
  ],
  { asOf: '2024-12-31', units },
);
const rows = card.rows.filter((r) => r.indicator === 'work-dossiers-online' && r.deadline === '2025-12-31');

describe('progressChartData: evaluate → renderChart', () => {
  it('chains: one bar per row, named, with its target and the verdict evaluate gave', () => {
    const data = progressChartData(rows, { title: 'Hồ sơ công việc trực tuyến', units, suffix: '%', max: 100 });
    expect(data.items).toEqual([
      { label: 'Tỉnh Vĩnh Phúc', value: 92.5, target: 90, met: true },
      // No figure: no data, never a zero. (Scorecard order: level, then unit id.)
      { label: 'TP. Phúc Yên', value: null, target: 80, met: false },
      { label: 'TP. Vĩnh Yên', value: 70, target: 80, met: false },
    ]);
    const svg = renderChart(data, { kind: 'progress' });
    expect(svg).toContain('Tỉnh Vĩnh Phúc: 92,5%; Mục tiêu 90%; Đạt.');
    expect(svg).toContain('TP. Vĩnh Yên: 70%; Mục tiêu 80%; Chưa đạt.');
    expect(svg).toContain('✗ 70% · Chưa đạt');
    expect(svg).toMatch(/TP\. Phúc Yên: [^;]+; Mục tiêu 80%\./);
  });

  it('names in English, or labels of the caller', () => {
    const names = { vp: { vi: 'Tỉnh Vĩnh Phúc', en: 'Vinh Phuc Province' } };
    expect(progressChartData(rows, { title: 'T', units: names, lang: 'en' }).items[0]?.label).toBe('Vinh Phuc Province');
    expect(progressChartData(rows, { title: 'T', label: (r) => `${r.level}` }).items.map((i) => i.label)).toEqual(['province', 'district', 'district']);
    expect(progressChartData(rows, { title: 'T' }).items.map((i) => i.label)).toEqual(['vp', 'ps', 'vy']);
  });

  it('a row whose target has no single number is an error naming it, not left out', () => {
    const mixed = card.rows.filter((r) => r.unit === 'vp' && (r.indicator === 'work-dossiers-online' || r.indicator === 'dti-rank'));
    const at = mixed.findIndex((r) => r.target?.kind === 'rank');
    try {
      progressChartData(mixed, { title: 'T' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      const issue = (error as ChisoError).issues[0];
      expect(issue?.path).toEqual(['rows', at, 'target']);
      expect(issue?.unit).toBe('vp');
      expect(issue?.indicator).toBe('dti-rank');
      expect(issue?.message).toContain('filter out rows of range, rank, done or qualitative targets');
    }
  });
});
