// @zone-independent: ranks and SVG text only; no dates are read.
import { describe, expect, it } from 'vitest';
import { rank, rankingChartData, renderChart } from '../../src/index';

const provinces = [
  { id: 'a', name: 'Tỉnh An', index: 0.7024 },
  { id: 'b', name: 'Tỉnh Bình', index: 0.8123 },
  { id: 'c', name: 'Tỉnh Cao', index: null },
  { id: 'd', name: 'Tỉnh Đông', index: 0.7024 },
];

describe('rankingChartData: rank → renderChart', () => {
  it('chains: the SVG shows every unit by name with its rank and score', () => {
    const ranked = rank(provinces, { by: 'index', missing: 'keep' });
    const svg = renderChart(rankingChartData(ranked, { title: 'DTI', label: 'name', score: 'index', digits: 4, max: 1 }), { kind: 'ranking' });
    expect(svg).toContain('Hạng 1: Tỉnh Bình; Điểm 0,8123.');
    expect(svg).toContain('Hạng 2: Tỉnh An; Điểm 0,7024.');
    expect(svg).toContain('Hạng 2: Tỉnh Đông; Điểm 0,7024.');
    // A missing value under `keep`: no rank, no score.
    expect(svg).toMatch(/Hạng —: Tỉnh Cao; [^.]+\./);
  });

  it('reads label and score by key or by function, and adds bands', () => {
    const ranked = rank(provinces, { by: (p) => p.index, missing: 'last' });
    const data = rankingChartData(ranked, {
      title: 'DTI',
      label: (p) => `${p.name} (${p.id})`,
      score: (p) => p.index,
      band: (p) => (p.index !== null && p.index >= 0.8 ? 'Xuất sắc' : undefined),
      suffix: ' điểm',
    });
    expect(data).toEqual({
      title: 'DTI',
      suffix: ' điểm',
      items: [
        { label: 'Tỉnh Bình (b)', score: 0.8123, rank: 1, band: 'Xuất sắc' },
        { label: 'Tỉnh An (a)', score: 0.7024, rank: 2 },
        { label: 'Tỉnh Đông (d)', score: 0.7024, rank: 2 },
        { label: 'Tỉnh Cao (c)', score: null, rank: 4 },
      ],
    });
    expect(renderChart(data, { kind: 'ranking' })).toContain('0,81 điểm · Xuất sắc');
  });
});
