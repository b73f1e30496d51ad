import { describe, expect, it } from 'vitest';
import { assignBand } from '../../src/rank/assignBand';
import { percentileRank } from '../../src/rank/percentileRank';
import { rank } from '../../src/rank/rank';
import { rankChange } from '../../src/rank/rankChange';
import { rankGroups } from '../../src/rank/rankGroups';
import { topN } from '../../src/rank/topN';

const communes = [
  { id: 'c1', district: 'd2', level: 'commune', score: 70 },
  { id: 'c2', district: 'd1', level: 'commune', score: 90 },
  { id: 'c3', district: 'd1', level: 'commune', score: 80 },
  { id: 'c4', district: 'd2', level: 'commune', score: 70 },
  { id: 'd1', district: '-', level: 'district', score: 60 },
];

describe('rankGroups', () => {
  it('ranks within each parent unit, groups in key order', () => {
    const g = rankGroups(communes.filter((c) => c.level === 'commune'), { by: 'score', groupBy: 'district' });
    expect(g.map((x) => [x.group, x.ranking.map((r) => `${r.item.id}:${r.rank}`)])).toEqual([
      ['d1', ['c2:1', 'c3:2']],
      ['d2', ['c1:1', 'c4:1']],
    ]);
  });
  it('ranks within each level', () => {
    expect(rankGroups(communes, { by: 'score', groupBy: (c) => c.level }).map((x) => [x.group, x.ranking.length])).toEqual([['commune', 4], ['district', 1]]);
  });
  it('a group key must be a string or number', () => {
    expect(() => rankGroups([{ g: null, s: 1 }], { by: 's', groupBy: 'g' as never })).toThrow(/group key/);
  });
});

describe('topN', () => {
  it('includes everyone tied at the edge', () => {
    expect(topN(communes, 3, { by: 'score' }).map((r) => r.item.id)).toEqual(['c2', 'c3', 'c1', 'c4']);
    // Ordinal ranks c1 3rd and c4 4th, but c4 is tied with c1 at the edge (competition rank 3): both are in.
    expect(topN(communes, 3, { by: 'score', ties: 'ordinal', tieBreak: 'id' }).map((r) => `${r.item.id}${r.rank}`)).toEqual(['c21', 'c32', 'c13', 'c44']);
    expect(() => topN(communes, 0, { by: 'score' })).toThrow(/positive whole number/);
  });
});

describe('percentileRank', () => {
  it('(worse + ½ tied) / n × 100', () => {
    expect(percentileRank([10, 20, 30, 40], { by: (x) => x }).map((r) => r.percentile)).toEqual([87.5, 62.5, 37.5, 12.5]);
    // 90 beats 4 of 5 → (4 + 0.5)/5 = 90; the two 70s beat 1 and tie 2 → (1 + 1)/5 = 40
    expect(percentileRank(communes, { by: 'score' }).map((r) => [r.item.id, r.percentile])).toEqual([
      ['c2', 90], ['c3', 70], ['c1', 40], ['c4', 40], ['d1', 10],
    ]);
    expect(percentileRank([1, null], { by: (x) => x }).map((r) => r.percentile)).toEqual([50, null]);
  });
});

describe('rankChange', () => {
  it('+3, −2, =, new', () => {
    const before = rank([{ p: 'A', s: 4 }, { p: 'B', s: 3 }, { p: 'C', s: 2 }, { p: 'D', s: 1 }], { by: 's' });
    const after = rank([{ p: 'D', s: 9 }, { p: 'A', s: 8 }, { p: 'B', s: 1 }, { p: 'E', s: 5 }, { p: 'C', s: 0 }], { by: 's' });
    expect(rankChange(before, after, 'p').map((m) => [m.key, m.previous, m.rank, m.change, m.label])).toEqual([
      ['D', 4, 1, 3, '+3'],
      ['A', 1, 2, -1, '\u22121'],
      ['E', null, 3, null, 'new'],
      ['B', 2, 4, -2, '\u22122'],
      ['C', 3, 5, -2, '\u22122'],
    ]);
    const same = rank([{ p: 'A', s: 1 }], { by: 's' });
    expect(rankChange(same, same, 'p')[0]?.label).toBe('=');
    expect(() => rankChange(same, [...same, ...same], 'p')).toThrow(/used once/);
  });
});

describe('assignBand', () => {
  const bands = [
    { min: 90, label: { vi: 'Xuất sắc', en: 'Excellent' } },
    { min: 70, label: { vi: 'Tốt', en: 'Good' } },
    { min: 50, label: { vi: 'Khá', en: 'Fair' } },
    { min: 0, label: { vi: 'Trung bình', en: 'Average' } },
  ];
  it('a score earns the first band whose min it reaches, exactly at the boundary', () => {
    expect(assignBand(90, bands)?.label.vi).toBe('Xuất sắc');
    expect(assignBand(89.99999999999999, bands)?.label.vi).toBe('Tốt');
    expect(assignBand(0.1 + 0.2 + 69.7, bands)?.label.vi).toBe('Tốt'); // 70.00000000000001
    expect(assignBand(-1, bands)).toBeNull();
  });
  it('rejects bands out of order and non-finite scores', () => {
    expect(() => assignBand(1, [...bands].reverse())).toThrow(/descending/);
    expect(() => assignBand(Number.NaN, bands)).toThrow(/finite/);
  });
});
