import { describe, expect, it } from 'vitest';
import type { RankIntervalsChartData, RankingChartData, TrajectoryChartData } from '../../src/model/report';
import { renderChart } from '../../src/report/renderChart';
import { shuffle } from './fixtures';

// The charts order their items fully (rank, label, score, band …), so any input order gives the same
// SVG. Each case below differs only in the last keys of that order; the expected order is read off
// the order's definition in src/report/renderChart.ts.

const desc = (svg: string): string => /<desc[^>]*>([\s\S]*?)<\/desc>/.exec(svg)?.[1] ?? '';
const sameForShuffles = (render: (seed: number) => string) => {
  const first = render(0);
  for (let seed = 1; seed <= 12; seed += 1) expect(render(seed)).toBe(first);
  return first;
};

describe('renderChart: complete orders', () => {
  it('ranking: rank, then label (collation, then code units), then score, then band', () => {
    const nfd = 'Hue\u0302\u0301'; // "Huế" decomposed: collates equal to the composed form, and "e" < "ế" in code units
    const items: RankingChartData['items'] = [
      { rank: 1, label: 'Huế', score: 2, band: 'B' },
      { rank: 1, label: nfd, score: 2, band: 'B' },
      { rank: 1, label: 'Huế', score: 1, band: 'A' },
      { rank: 1, label: 'Huế', score: 2, band: 'A' },
      { rank: 1, label: 'Huế', score: 2 },
      { rank: null, label: 'Huế', score: null },
    ];
    const svg = sameForShuffles((seed) => renderChart({ title: 't', items: shuffle(items, seed) }, { kind: 'ranking', lang: 'en' }));
    expect(desc(svg)).toBe(
      `Horizontal bar chart: score and rank, 6 items. Rank 1: ${nfd}; Score 2; Band B. Rank 1: Huế; Score 1; Band A. Rank 1: Huế; Score 2. ` +
        'Rank 1: Huế; Score 2; Band A. Rank 1: Huế; Score 2; Band B. Rank —: Huế; No score.',
    );
  });

  it('ranking with every score 0: the axis still spans 0 to 1 (ticks 0, 0.2, … 1)', () => {
    const svg = renderChart({ title: 't', items: [{ rank: 1, label: 'a', score: 0 }] }, { kind: 'ranking', lang: 'en' });
    const ticks = [...svg.matchAll(/font-size="11">([0-9.]+)<\/text>/g)].map((m) => m[1]);
    expect(ticks).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
  });

  it('trajectory: a year figure (2023) and the last day of that year share a time; the year comes first, equal times by value', () => {
    const data: TrajectoryChartData = {
      title: 't',
      points: [{ t: '2023-12-31', value: 5 }, { t: 2023, value: 7 }],
      projection: [{ t: 2024, value: 9 }, { t: 2024, value: 8 }],
      target: { value: 10, by: '2025-12-31' },
    };
    const svg = sameForShuffles((seed) => renderChart({ ...data, points: shuffle(data.points, seed), projection: shuffle(data.projection ?? [], seed) }, { kind: 'trajectory', lang: 'en' }));
    expect(desc(svg)).toBe('Line chart: values over time, the target and its deadline. Observed: 2023: 7; 2023-12-31: 5. Target 10, Deadline 2025-12-31. Projection: 2024: 8; 2024: 9.');
  });

  it('rankIntervals: nominal, median, label, then p5, then p95', () => {
    const items: RankIntervalsChartData['items'] = [
      { label: 'a', nominal: 1, median: 2, p5: 1, p95: 3 },
      { label: 'a', nominal: 1, median: 2, p5: 1, p95: 2 },
      { label: 'a', nominal: 1, median: 2, p5: 2, p95: 2 },
      { label: 'b', nominal: 1, median: 2, p5: 1, p95: 2 },
    ];
    const svg = sameForShuffles((seed) => renderChart({ title: 't', items: shuffle(items, seed) }, { kind: 'rankIntervals', lang: 'en' }));
    expect(desc(svg)).toBe(
      'Interval chart: rank and its 5th–95th percentile range, 4 items. a: Rank 1; Median 2; 5th–95th percentile: 1–2. a: Rank 1; Median 2; 5th–95th percentile: 1–3. ' +
        'a: Rank 1; Median 2; 5th–95th percentile: 2–2. b: Rank 1; Median 2; 5th–95th percentile: 1–2.',
    );
  });
});
