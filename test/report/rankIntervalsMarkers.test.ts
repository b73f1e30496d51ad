// @zone-independent: SVG geometry only; no dates.
// The rankIntervals chart: a rank marker drawn where the median marker is stays distinguishable —
// a small dark diamond inside a blue ring, neither hiding the other — and the legend shows the very
// same two markers. Geometry from the SVG: the diamond's half-diagonal plus half its outline must be
// inside the ring's inner edge (r − half its stroke).
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/report/renderChart';

const svg = renderChart(
  { title: 'Rank sensitivity', items: [{ label: 'A', nominal: 1, median: 1, p5: 1, p95: 3 }, { label: 'B', nominal: 2, median: 2.5, p5: 1, p95: 4 }] },
  { kind: 'rankIntervals', lang: 'en' },
);
const rings = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" fill="none" stroke="#1565c0" stroke-width="([\d.]+)"\/>/g)];
const diamonds = [...svg.matchAll(/<path d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)L[^"]*Z" fill="#1a1a1a" stroke="#ffffff" stroke-width="([\d.]+)"\/>/g)];

describe('rankIntervals markers', () => {
  it('two units and the legend: a ring and a diamond each', () => {
    expect(rings).toHaveLength(3);
    expect(diamonds).toHaveLength(3);
  });

  it('where rank = median (unit A), the diamond lies inside the ring without touching it', () => {
    const [ring] = rings;
    const [dia] = diamonds;
    // The diamond path starts at its top point (x, y − r), its next point is (x + r, y).
    const [cx, cy, r, stroke] = [ring![1], ring![2], ring![3], ring![4]].map(Number) as [number, number, number, number];
    const [topX, topY, rightX, rightY, outline] = [dia![1], dia![2], dia![3], dia![4], dia![5]].map(Number) as [number, number, number, number, number];
    expect(topX).toBeCloseTo(cx, 6);
    expect(rightY).toBeCloseTo(cy, 6);
    const half = rightX - topX;
    expect(topY).toBeCloseTo(cy - half, 6);
    expect(half + outline / 2).toBeLessThan(r - stroke / 2);
  });

  it('the legend keys are drawn as the markers are (same size and style)', () => {
    const ringRadii = new Set(rings.map((m) => m[3]));
    const diamondSizes = new Set(diamonds.map((m) => (Number(m[3]) - Number(m[1])).toFixed(3)));
    expect(ringRadii.size).toBe(1);
    expect(diamondSizes.size).toBe(1);
  });
});
