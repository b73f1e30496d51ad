import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { SchemeSchema, type LeafNode, type SchemeNode, type ScoreInput } from '../../src/model/scheme';
import { rank } from '../../src/rank/rank';
import { schemes } from '../../src/score/schemes';
import { score } from '../../src/score/score';

const dti = schemes.dtiProvince2022;

/** In the order awareness, institutions, infrastructure, human resources, cyber-security, government, economy, society. */
const INDICATORS = [
  'dti-digital-awareness',
  'dti-digital-institutions',
  'dti-digital-infrastructure',
  'dti-digital-human-resources',
  'dti-cybersecurity',
  'dti-digital-government',
  'dti-digital-economy',
  'dti-digital-society',
] as const;

// The published 2022 main-indicator values and totals (DTI 2022, provincial level).
const PUBLISHED = {
  'da-nang': { values: [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197], total: 0.8002 },
  'tp-ho-chi-minh': { values: [0.8917, 0.9, 0.8258, 0.6267, 0.558, 0.8406, 0.7611, 0.359], total: 0.7163 },
} as const;

const observations = (unit: keyof typeof PUBLISHED): ScoreInput[] =>
  PUBLISHED[unit].values.map((value, i) => ({ unit, indicator: INDICATORS[i] as string, period: 2022, value }));

const leavesOf = (node: SchemeNode): LeafNode[] => ('children' in node ? node.children.flatMap(leavesOf) : [node]);

describe('schemes.dtiProvince2022', () => {
  it('is a valid, JSON-loadable scheme of the eight scored main indicators, 1,000 points in all', () => {
    expect(SchemeSchema.parse(JSON.parse(JSON.stringify(dti)))).toEqual(dti);
    const leaves = leavesOf(dti.root);
    expect(leaves.map((l) => l.indicator)).toEqual([...INDICATORS]);
    expect(leaves.map((l) => l.points)).toEqual([100, 100, 100, 100, 100, 200, 150, 150]);
    expect(leaves.every((l) => l.rule.kind === 'index')).toBe(true);
    expect(dti.root.points).toBe(1000);
  });

  it('Đà Nẵng 2022: 800.175 points → 0.800175, the published 0.8002', () => {
    // By hand: 100·(1 + 0.9 + 0.8253 + 0.8487 + 0.7578) = 433.18
    //        + 200·0.8575                              = 171.5
    //        + 150·(0.7836 + 0.5197)                   = 195.495
    //        = 800.175 of 1,000 → 0.800175 ≈ 0.8002.
    const [row] = score(dti, observations('da-nang'));
    expect(row).toMatchObject({ unit: 'da-nang', period: 2022, status: 'ok', points: 800.175, index: 0.800175, max: 1000, coverage: 1 });
    expect(Math.abs((row?.index as number) - PUBLISHED['da-nang'].total)).toBeLessThanOrEqual(0.0002);
    expect(row?.nodes['dti-foundation']).toMatchObject({ points: 433.18, max: 500 });
    expect(row?.nodes['dti-activity']).toMatchObject({ points: 366.995, max: 500 });
    expect(row?.nodes['dti-digital-institutions']).toMatchObject({ index: 0.9, points: 90, max: 100 });
    expect(row?.nodes['dti-digital-government']).toMatchObject({ index: 0.8575, points: 171.5, max: 200 });
  });

  it('TP. Hồ Chí Minh 2022: 716.355 points → 0.716355, the published 0.7163', () => {
    // By hand: 100·(0.8917 + 0.9 + 0.8258 + 0.6267 + 0.5580) = 380.22
    //        + 200·0.8406                                   = 168.12
    //        + 150·(0.7611 + 0.3590)                        = 168.015
    //        = 716.355 of 1,000 → 0.716355 ≈ 0.7163.
    const [row] = score(dti, observations('tp-ho-chi-minh'));
    expect(row).toMatchObject({ status: 'ok', points: 716.355, index: 0.716355 });
    expect(Math.abs((row?.index as number) - PUBLISHED['tp-ho-chi-minh'].total)).toBeLessThanOrEqual(0.0002);
  });

  it('scores both together, ordered by unit, and ranks Đà Nẵng first', () => {
    const rows = score(dti, [...observations('tp-ho-chi-minh'), ...observations('da-nang')]);
    expect(rows.map((r) => r.unit)).toEqual(['da-nang', 'tp-ho-chi-minh']);
    expect(rank(rows, { by: 'index' }).map((r) => [r.item.unit, r.rank])).toEqual([['da-nang', 1], ['tp-ho-chi-minh', 2]]);
  });

  it('rejects a main indicator given as a percent (82.53 instead of 0.8253)', () => {
    const data = observations('da-nang').map((o, i) => (i === 2 ? { ...o, value: 82.53 } : o));
    expect(() => score(dti, data)).toThrow(ChisoError);
  });

  it('a province missing a main indicator is no-data, not a lower score', () => {
    const [row] = score(dti, observations('da-nang').slice(1));
    // The foundation group has data for 0.8 of its weight (< minCoverage 1), so it is no-data and none
    // of its data is used: the root's coverage is the activity group's half, not 0.9.
    expect(row?.nodes['dti-foundation']).toMatchObject({ status: 'no-data', coverage: 0.8 });
    expect(row).toMatchObject({ status: 'no-data', index: null, points: null, coverage: 0.5 });
    expect(row?.nodes['dti-activity']).toMatchObject({ status: 'ok', points: 366.995 });
  });
});
