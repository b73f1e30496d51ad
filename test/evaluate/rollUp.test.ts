import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { rollUp, type RollUpOptions } from '../../src/evaluate/rollUp';
import type { Catalog } from '../../src/model/catalog';
import { threeTier2021, twoTier2025 } from '../../src/model/hierarchies';
import type { Measure } from '../../src/model/indicator';
import type { Observation } from '../../src/model/observation';
import { RollUpResultSchema, type Aggregate, type UnitRegistry } from '../../src/model/registry';
import type { Unit } from '../../src/model/unit';

const MESSAGE = /^Expected .+ to be .+ but got ".*"\.$/;

function issuesOf(fn: () => unknown): readonly ChisoIssue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ChisoError);
    const issues = (e as ChisoError).issues;
    for (const issue of issues) expect(issue.message).toMatch(MESSAGE);
    return issues;
  }
  throw new Error('expected a ChisoError');
}

// Invented units and figures (not from the sources): one province, two districts, four communes.
const units: Unit[] = [
  { id: 'p', name: 'Tỉnh', level: 'province' },
  { id: 'd1', name: 'Huyện 1', level: 'district', parent: 'p' },
  { id: 'd2', name: 'Huyện 2', level: 'district', parent: 'p' },
  { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
  { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd1' },
  { id: 'c3', name: 'Xã 3', level: 'commune', parent: 'd2' },
  { id: 'c4', name: 'Xã 4', level: 'commune', parent: 'd2' },
];
const registry = defineUnits(units, threeTier2021);

const measures: Record<string, Measure> = {
  'work-dossiers-online': 'percent',
  'digital-economy-share': 'grdp-share',
  'productivity-growth': 'percent-change',
  'it-spending': 'money',
  'digital-enterprises': 'count',
  'shared-platform-live': 'done',
  'dti-rank': 'rank',
};
const opts: RollUpOptions = { measures };

const WD = 'work-dossiers-online';
const frac = (unit: string, numerator: number, denominator: number, period: Observation['period'] = 2024): Observation => ({
  unit,
  indicator: WD,
  period,
  numerator,
  denominator,
});
const agg = (aggregates: readonly Aggregate[], unit: string, indicator = WD) => aggregates.find((a) => a.unit === unit && a.indicator === indicator);

describe('rollUp: shares add counts, never percentages', () => {
  const result = rollUp([frac('c1', 3, 4), frac('c2', 5, 10), frac('c3', 1, 2), frac('c4', 0, 6)], registry, opts);

  it('communes 3/4 and 5/10 make the district 8/14 (57.14 %, not the mean 62.5 %)', () => {
    expect(agg(result.aggregates, 'd1')).toEqual({
      unit: 'd1',
      level: 'district',
      indicator: WD,
      period: 2024,
      status: 'ok',
      coverage: { reported: 2, expected: 2 },
      observed: false,
      observation: { unit: 'd1', indicator: WD, period: 2024, numerator: 8, denominator: 14, source: 'roll-up' },
      children: ['c1', 'c2'],
    });
  });

  it('the province adds its districts: 8/14 + 1/8 = 9/22', () => {
    expect(agg(result.aggregates, 'p')).toMatchObject({
      level: 'province',
      coverage: { reported: 2, expected: 2 },
      observation: { unit: 'p', numerator: 9, denominator: 22, source: 'roll-up' },
      children: ['d1', 'd2'],
    });
  });

  it('returns the observations given plus the rolled-up ones, ordered by registry unit order', () => {
    expect(result.observations.map((o) => o.unit)).toEqual(['p', 'd1', 'd2', 'c1', 'c2', 'c3', 'c4']);
    expect(result.aggregates.map((a) => a.unit)).toEqual(['p', 'd1', 'd2']);
    expect(RollUpResultSchema.parse(result)).toEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('grdp-share fractions add the same way', () => {
    const r = rollUp(
      [
        { unit: 'c1', indicator: 'digital-economy-share', period: 2024, numerator: 12.5, denominator: 100 },
        { unit: 'c2', indicator: 'digital-economy-share', period: 2024, numerator: 7.25, denominator: 50 },
      ],
      registry,
      opts,
    );
    expect(agg(r.aggregates, 'd1', 'digital-economy-share')?.observation).toMatchObject({ numerator: 19.75, denominator: 150 });
  });
});

describe('rollUp: counts and money add exactly', () => {
  it('0.1 + 0.2 (money) is 0.3 exactly; counts add', () => {
    const r = rollUp(
      [
        { unit: 'c1', indicator: 'it-spending', period: 2024, value: 0.1 },
        { unit: 'c2', indicator: 'it-spending', period: 2024, value: 0.2 },
        { unit: 'c1', indicator: 'digital-enterprises', period: 2024, value: 120 },
        { unit: 'c2', indicator: 'digital-enterprises', period: 2024, value: 31 },
      ],
      registry,
      opts,
    );
    expect(agg(r.aggregates, 'd1', 'it-spending')?.observation).toEqual({ unit: 'd1', indicator: 'it-spending', period: 2024, value: 0.3, source: 'roll-up' });
    expect(agg(r.aggregates, 'd1', 'digital-enterprises')?.observation).toMatchObject({ value: 151 });
    // d2 has no figure for either indicator: the province has 1 of 2 districts, below the default minCoverage 1.
    expect(agg(r.aggregates, 'p', 'it-spending')).toMatchObject({ status: 'no-data', coverage: { reported: 1, expected: 2 }, observation: null, children: ['d1'] });
  });

  it('money in đồng adds exactly across many units (0.1 × 10 is 1, not 0.9999999999999999)', () => {
    const many = defineUnits(
      [{ id: 'p', name: 'P', level: 'province' }, ...Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, name: `X${i}`, level: 'commune', parent: 'p' }))],
      twoTier2025,
    );
    const obs = Array.from({ length: 10 }, (_, i): Observation => ({ unit: `x${i}`, indicator: 'it-spending', period: 2024, value: 0.1 }));
    expect(rollUp(obs, many, opts).aggregates[0]?.observation).toMatchObject({ value: 1 });
  });
});

describe('rollUp: done becomes a share of units', () => {
  const done = (unit: string, d: boolean): Observation => ({ unit, indicator: 'shared-platform-live', period: 2024, done: d });

  it('communes done / communes reporting, at every level', () => {
    const r = rollUp([done('c1', true), done('c2', false), done('c3', true), done('c4', true)], registry, opts);
    expect(agg(r.aggregates, 'd1', 'shared-platform-live')?.observation).toMatchObject({ numerator: 1, denominator: 2 });
    expect(agg(r.aggregates, 'd2', 'shared-platform-live')?.observation).toMatchObject({ numerator: 2, denominator: 2 });
    // 3 of 4 communes, not "1 of 2 districts fully done".
    expect(agg(r.aggregates, 'p', 'shared-platform-live')?.observation).toEqual({
      unit: 'p',
      indicator: 'shared-platform-live',
      period: 2024,
      numerator: 3,
      denominator: 4,
      source: 'roll-up',
    });
  });

  it('a district given as a share of its communes rolls up with the others', () => {
    const r = rollUp(
      [done('c1', true), done('c2', true), { unit: 'd2', indicator: 'shared-platform-live', period: 2024, numerator: 1, denominator: 5 }],
      registry,
      opts,
    );
    expect(agg(r.aggregates, 'p', 'shared-platform-live')?.observation).toMatchObject({ numerator: 3, denominator: 7 });
  });

  it('mixing done and a share among one parent’s children is an error', () => {
    const issues = issuesOf(() =>
      rollUp([done('c1', true), { unit: 'd2', indicator: 'shared-platform-live', period: 2024, numerator: 1, denominator: 5 }, done('c2', true), done('d1', true)], registry, opts),
    );
    expect(issues.map((i) => ({ code: i.code, path: i.path, unit: i.unit, indicator: i.indicator, received: i.received }))).toEqual([
      { code: 'mixed_shapes', path: ['observations', 1], unit: 'd2', indicator: 'shared-platform-live', received: 'done (d1); numerator + denominator (d2)' },
    ]);
    expect(issues[0]?.expected).toContain('one shape for every figure rolled up into "p"');
  });

  it('a share of units must be whole numbers, numerator at most denominator', () => {
    const issues = issuesOf(() =>
      rollUp(
        [
          { unit: 'd1', indicator: 'shared-platform-live', period: 2024, numerator: 1.5, denominator: 5 },
          { unit: 'd2', indicator: 'shared-platform-live', period: 2024, numerator: 6, denominator: 5 },
        ],
        registry,
        opts,
      ),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_value', 'observations.0.numerator'],
      ['invalid_value', 'observations.1.numerator'],
    ]);
  });
});

describe('rollUp: coverage and minCoverage', () => {
  const wide = (n: number) =>
    defineUnits(
      [{ id: 'p', name: 'P', level: 'province' }, ...Array.from({ length: n }, (_, i) => ({ id: `x${String(i).padStart(3, '0')}`, name: `X${i}`, level: 'commune', parent: 'p' }))],
      twoTier2025,
    );
  const reporting = (k: number) => Array.from({ length: k }, (_, i) => frac(`x${String(i).padStart(3, '0')}`, 1, 2));
  const province = (reg: UnitRegistry, k: number, minCoverage?: number) =>
    agg(rollUp(reporting(k), reg, minCoverage === undefined ? opts : { ...opts, minCoverage }).aggregates, 'p');

  it('by default every child must report', () => {
    const reg = wide(5);
    expect(province(reg, 5)).toMatchObject({ status: 'ok', coverage: { reported: 5, expected: 5 } });
    expect(province(reg, 4)).toMatchObject({ status: 'no-data', coverage: { reported: 4, expected: 5 }, observation: null });
  });

  it('exactly at the threshold is ok, one short is no-data (4/5 vs 0.8)', () => {
    const reg = wide(5);
    expect(province(reg, 4, 0.8)).toMatchObject({ status: 'ok', observation: { numerator: 4, denominator: 8 } });
    expect(province(reg, 3, 0.8)).toMatchObject({ status: 'no-data', coverage: { reported: 3, expected: 5 }, children: ['x000', 'x001', 'x002'] });
  });

  it('compares exactly: 7 of 100 meets 0.07 although 0.07 × 100 is 7.000000000000001', () => {
    const reg = wide(100);
    expect(province(reg, 7, 0.07)?.status).toBe('ok');
    expect(province(reg, 6, 0.07)?.status).toBe('no-data');
  });

  it('compares exactly: 10 of 13 is below 0.7692307692307693 although 10 / 13 is that double', () => {
    const reg = wide(13);
    expect(province(reg, 10, 0.7692307692307693)?.status).toBe('no-data');
    expect(province(reg, 10, 0.769230769230769)?.status).toBe('ok');
  });

  it('minCoverage 0 still needs one unit that reported; a parent of no-data children is no-data with 0 reported', () => {
    const r = rollUp([frac('c1', 1, 2)], registry, { ...opts, minCoverage: 0 });
    expect(agg(r.aggregates, 'd1')).toMatchObject({ status: 'ok', coverage: { reported: 1, expected: 2 } });
    expect(agg(r.aggregates, 'p')).toMatchObject({ status: 'ok', coverage: { reported: 1, expected: 2 }, children: ['d1'] });
    const strict = rollUp([frac('c1', 1, 2)], registry, opts);
    expect(agg(strict.aggregates, 'd1')).toMatchObject({ status: 'no-data', coverage: { reported: 1, expected: 2 } });
    expect(agg(strict.aggregates, 'p')).toMatchObject({ status: 'no-data', coverage: { reported: 0, expected: 2 }, observation: null, children: [] });
    expect(strict.observations).toEqual([frac('c1', 1, 2)]);
  });

  it('minCoverage must be a number in [0, 1]', () => {
    for (const bad of [-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const issues = issuesOf(() => rollUp([], registry, { ...opts, minCoverage: bad }));
      expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([[!Number.isFinite(bad) ? 'invalid_type' : bad > 1 ? 'too_big' : 'too_small', 'options.minCoverage']]);
    }
  });
});

describe('rollUp: own observations, zero children, periods', () => {
  it('a parent with its own observation keeps it; its aggregate is listed as observed, not returned twice', () => {
    const own = frac('d1', 70, 100);
    const r = rollUp([frac('c1', 3, 4), frac('c2', 5, 10), own, frac('c3', 1, 2), frac('c4', 1, 2)], registry, opts);
    expect(agg(r.aggregates, 'd1')).toMatchObject({ observed: true, status: 'ok', observation: { numerator: 8, denominator: 14 } });
    expect(r.observations.filter((o) => o.unit === 'd1')).toEqual([own]);
    // The province takes d1's own 70/100, not its aggregate 8/14.
    expect(agg(r.aggregates, 'p')?.observation).toMatchObject({ numerator: 72, denominator: 104 });
  });

  it('a child with its own observation contributes it even when its own children fall short', () => {
    const r = rollUp([frac('c1', 3, 4), frac('d1', 70, 100), frac('d2', 1, 4)], registry, opts);
    expect(agg(r.aggregates, 'd1')).toMatchObject({ status: 'no-data', observed: true });
    expect(agg(r.aggregates, 'p')?.observation).toMatchObject({ numerator: 71, denominator: 104 });
  });

  it('a parent with no children has no aggregate at all; its observations pass through', () => {
    const reg = defineUnits([...units, { id: 'd3', name: 'Huyện 3 (no communes listed)', level: 'district', parent: 'p' }], threeTier2021);
    const r = rollUp([frac('d3', 1, 2), frac('c3', 1, 2), frac('c4', 1, 2)], reg, { ...opts, minCoverage: 0 });
    expect(r.aggregates.map((a) => a.unit)).toEqual(['p', 'd2']);
    expect(agg(r.aggregates, 'p')).toMatchObject({ coverage: { reported: 2, expected: 3 }, children: ['d2', 'd3'] });
  });

  it('periods must be equal exactly: 2024 and 2024-12-31 are rolled up apart', () => {
    const r = rollUp([frac('c1', 1, 2), frac('c2', 1, 2), frac('c1', 1, 4, '2024-12-31'), frac('c2', 1, 4, '2024-12-31')], registry, opts);
    const d1 = r.aggregates.filter((a) => a.unit === 'd1');
    expect(d1.map((a) => [a.period, a.observation])).toEqual([
      ['2024-12-31', { unit: 'd1', indicator: WD, period: '2024-12-31', numerator: 2, denominator: 8, source: 'roll-up' }],
      [2024, { unit: 'd1', indicator: WD, period: 2024, numerator: 2, denominator: 4, source: 'roll-up' }],
    ]);
  });

  it('a rank or a percent value on a unit without a parent passes through unchanged', () => {
    const rank: Observation = { unit: 'p', indicator: 'dti-rank', period: 2024, rank: 7 };
    const pct: Observation = { unit: 'p', indicator: WD, period: 2023, value: 36.18 };
    expect(rollUp([rank, pct], registry, opts)).toEqual({ observations: [rank, pct], aggregates: [] });
  });

  it('measures come from a catalog too', () => {
    const catalog: Catalog = {
      id: 'test-plan',
      plan: { issuer: { vi: 'Tỉnh thử', en: 'Test province' }, title: { vi: 'Kế hoạch thử', en: 'Test plan' } },
      hierarchy: threeTier2021,
      indicators: [{ id: WD, name: { vi: 'Hồ sơ', en: 'Dossiers' }, pillar: 'digital-government', measure: 'percent', source: { document: 'TEST', section: 'II.2' }, targets: [] }],
    };
    const r = rollUp([frac('c1', 3, 4), frac('c2', 5, 10)], registry, { catalog });
    expect(agg(r.aggregates, 'd1')?.observation).toMatchObject({ numerator: 8, denominator: 14 });
    const issues = issuesOf(() => rollUp([], registry, { catalog, measures: { [WD]: 'count' } }));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['conflicting_measure', `options.measures.${WD}`]]);
  });

  it('the example in the JSDoc', () => {
    const reg = defineUnits(
      [
        { id: 'd1', name: 'Huyện 1', level: 'district' },
        { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
        { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd1' },
      ],
      threeTier2021,
    );
    expect(
      rollUp(
        [
          { unit: 'c1', indicator: 'work-dossiers-online', period: 2024, numerator: 3, denominator: 4 },
          { unit: 'c2', indicator: 'work-dossiers-online', period: 2024, numerator: 5, denominator: 10 },
        ],
        reg,
        { measures: { 'work-dossiers-online': 'percent' } },
      ).aggregates[0]?.observation,
    ).toEqual({ unit: 'd1', indicator: 'work-dossiers-online', period: 2024, numerator: 8, denominator: 14, source: 'roll-up' });
  });
});

describe('rollUp: from leaves', () => {
  it('each ancestor adds its descendant leaves; coverage counts leaves', () => {
    const reg = defineUnits([...units, { id: 'c0', name: 'Xã 0 (directly under the province)', level: 'commune', parent: 'p' }], threeTier2021);
    const obs = [frac('c1', 3, 4), frac('c2', 5, 10), frac('c3', 1, 2), frac('c0', 2, 3), frac('d2', 9, 10)];
    const r = rollUp(obs, reg, { ...opts, from: 'leaves', minCoverage: 0.5 });
    // d2's own 9/10 is not a leaf: the province adds c0, c1, c2 and c3 only (listed in registry order).
    expect(agg(r.aggregates, 'p')).toMatchObject({
      coverage: { reported: 4, expected: 5 },
      children: ['c0', 'c1', 'c2', 'c3'],
      observation: { numerator: 11, denominator: 19 },
    });
    expect(agg(r.aggregates, 'd2')).toMatchObject({ observed: true, coverage: { reported: 1, expected: 2 }, observation: { numerator: 1, denominator: 2 } });
    // Level by level the province would take d2's own 9/10 instead.
    const byChildren = rollUp(obs, reg, { ...opts, minCoverage: 0.5 });
    expect(agg(byChildren.aggregates, 'p')).toMatchObject({ coverage: { reported: 3, expected: 3 }, observation: { numerator: 19, denominator: 27 } });
  });

  it('from must be children or leaves', () => {
    const issues = issuesOf(() => rollUp([], registry, { ...opts, from: 'roots' as never }));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_value', 'options.from']]);
  });
});

describe('rollUp: bad input', () => {
  it('a percent, grdp-share or percent-change value cannot be rolled up; a rank neither', () => {
    const issues = issuesOf(() =>
      rollUp(
        [
          { unit: 'c1', indicator: WD, period: 2024, value: 75 },
          { unit: 'c2', indicator: 'digital-economy-share', period: 2024, value: 10 },
          { unit: 'd1', indicator: 'productivity-growth', period: 2024, value: 7 },
          { unit: 'd2', indicator: 'dti-rank', period: 2024, rank: 3 },
        ],
        registry,
        opts,
      ),
    );
    expect(issues.map((i) => ({ code: i.code, path: i.path, unit: i.unit, indicator: i.indicator, expected: i.expected }))).toEqual([
      { code: 'cannot_roll_up', path: ['observations', 0, 'value'], unit: 'c1', indicator: WD, expected: 'numerator + denominator (a percent value cannot be rolled up exactly without its counts)' },
      { code: 'cannot_roll_up', path: ['observations', 1, 'value'], unit: 'c2', indicator: 'digital-economy-share', expected: 'numerator + denominator (a grdp-share value cannot be rolled up exactly without its counts)' },
      { code: 'cannot_roll_up', path: ['observations', 2, 'value'], unit: 'd1', indicator: 'productivity-growth', expected: 'numerator + denominator (a percent-change value cannot be rolled up exactly without its counts)' },
      { code: 'cannot_roll_up', path: ['observations', 3, 'rank'], unit: 'd2', indicator: 'dti-rank', expected: 'a figure that can be added up (ranks do not roll up)' },
    ]);
    expect(issues[0]?.message).toBe(
      'Expected observations[0].value (unit "c1", indicator "work-dossiers-online") to be numerator + denominator (a percent value cannot be rolled up exactly without its counts) but got "75".',
    );
  });

  it('unknown units, indicators without a measure, duplicates — all at once', () => {
    const issues = issuesOf(() =>
      rollUp([frac('zz', 1, 2), { unit: 'c1', indicator: 'no-measure', period: 2024, value: 1 }, frac('c1', 1, 2), frac('c1', 1, 3)], registry, opts),
    );
    expect(issues.map((i) => ({ code: i.code, path: i.path, unit: i.unit, indicator: i.indicator }))).toEqual([
      { code: 'unknown_unit', path: ['observations', 0, 'unit'], unit: 'zz', indicator: WD },
      { code: 'unknown_indicator', path: ['observations', 1, 'indicator'], unit: 'c1', indicator: 'no-measure' },
      { code: 'duplicate_observation', path: ['observations', 3], unit: 'c1', indicator: WD },
    ]);
    expect(issues[1]?.expected).toBe('an indicator whose measure is known (from options.catalog or options.measures)');
  });

  it('values that do not fit their measure', () => {
    const issues = issuesOf(() =>
      rollUp(
        [
          frac('c1', 5, 4),
          { unit: 'c2', indicator: 'digital-enterprises', period: 2024, value: 1.5 },
          { unit: 'c3', indicator: 'it-spending', period: 2024, value: Number.NaN },
          { unit: 'c4', indicator: 'digital-enterprises', period: 2024, numerator: 1, denominator: 2 },
          { unit: 'c4', indicator: WD, period: 2024, value: 1, numerator: 1 } as never,
        ],
        registry,
        opts,
      ),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_value', 'observations.0.numerator'],
      ['invalid_value', 'observations.1'],
      ['invalid_type', 'observations.2.value'],
      ['invalid_type', 'observations.3'],
      ['invalid_type', 'observations.4'],
    ]);
  });

  it('a registry that is not valid is checked again, with paths under registry', () => {
    const bad = { hierarchy: threeTier2021, units: [{ id: 'a', name: 'A', level: 'district', parent: 'b' }, { id: 'b', name: 'B', level: 'district', parent: 'a' }] };
    const issues = issuesOf(() => rollUp([], bad, opts));
    expect(issues.map((i) => [i.code, i.path.join('.'), i.received])).toEqual([['unit_cycle', 'registry.units.0.parent', 'a → b → a']]);
    expect(issues[0]?.message).toMatch(/^Expected registry\.units\[0\]\.parent \(unit "a"\)/);
    expect(issuesOf(() => rollUp([], { units: [] } as never, opts)).map((i) => i.path.join('.'))).toEqual(['registry.hierarchy']);
  });

  it('observations that are not a list, options that are not an object', () => {
    expect(issuesOf(() => rollUp('x' as never, registry, opts)).map((i) => i.path.join('.'))).toEqual(['observations']);
    expect(issuesOf(() => rollUp([], registry, undefined as never)).map((i) => i.path.join('.'))).toEqual(['options']);
  });
});

// A synthetic province (invented): 1 province, 9 districts of uneven size, 130 communes.
const SIZES = [5, 8, 11, 13, 14, 16, 18, 21, 24];
const COMMUNES = Array.from({ length: 130 }, (_, k) => `c${String(k + 1).padStart(3, '0')}`);
const DISTRICT_OF = COMMUNES.map((_, k) => {
  let seen = 0;
  return `d${SIZES.findIndex((size) => (seen += size) > k) + 1}`;
});
const provinceUnits: Unit[] = [
  { id: 'p', name: 'Tỉnh (invented)', level: 'province' },
  ...SIZES.map((_, i) => ({ id: `d${i + 1}`, name: `Huyện ${i + 1}`, level: 'district', parent: 'p' })),
  ...COMMUNES.map((id, k) => ({ id, name: `Xã ${k + 1}`, level: 'commune', parent: DISTRICT_OF[k] as string })),
];
const province = defineUnits(provinceUnits, threeTier2021);

/** A share with numerator ≤ denominator, large enough that 130 of them add up beyond 2^45. */
const share = fc.tuple(fc.nat({ max: 2 ** 45 }), fc.nat({ max: 2 ** 45 })).map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) }));
const ancestors = ['p', ...SIZES.map((_, i) => `d${i + 1}`)];

describe('rollUp: a synthetic province of 9 districts and 130 communes', () => {
  it('the districts hold 130 communes in all, unevenly', () => {
    expect(SIZES.reduce((a, b) => a + b)).toBe(130);
    expect(province.units.filter((u) => u.parent === 'd9')).toHaveLength(24);
  });

  it('the province equals the flat sums over all communes, and level by level equals from the leaves', () => {
    fc.assert(
      fc.property(fc.array(share, { minLength: 130, maxLength: 130 }), (shares) => {
        const obs = shares.map((s, k): Observation => ({ unit: COMMUNES[k] as string, indicator: WD, period: 2024, ...s }));
        const byChildren = rollUp(obs, province, opts);
        const byLeaves = rollUp(obs, province, { ...opts, from: 'leaves' });
        const top = agg(byChildren.aggregates, 'p');
        expect(top).toMatchObject({ status: 'ok', coverage: { reported: 9, expected: 9 } });
        const sumN = shares.reduce((t, s) => t + BigInt(s.numerator), 0n);
        const sumD = shares.reduce((t, s) => t + BigInt(s.denominator), 0n);
        const o = top?.observation as { numerator: number; denominator: number };
        expect(BigInt(o.numerator)).toBe(sumN);
        expect(BigInt(o.denominator)).toBe(sumD);
        expect(agg(byLeaves.aggregates, 'p')?.coverage).toEqual({ reported: 130, expected: 130 });
        for (const id of ancestors) {
          expect(agg(byLeaves.aggregates, id)?.observation).toEqual(agg(byChildren.aggregates, id)?.observation);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('with minCoverage 0 and only some communes reporting, level by level still equals from the leaves', () => {
    fc.assert(
      fc.property(fc.array(fc.option(share, { nil: undefined }), { minLength: 130, maxLength: 130 }), (maybe) => {
        const obs = maybe.flatMap((s, k): Observation[] => (s === undefined ? [] : [{ unit: COMMUNES[k] as string, indicator: WD, period: 2024, ...s }]));
        const byChildren = rollUp(obs, province, { ...opts, minCoverage: 0 });
        const byLeaves = rollUp(obs, province, { ...opts, minCoverage: 0, from: 'leaves' });
        for (const id of ancestors) {
          expect(agg(byLeaves.aggregates, id)?.observation).toEqual(agg(byChildren.aggregates, id)?.observation);
        }
        expect(agg(byLeaves.aggregates, 'p')?.coverage.reported ?? 0).toBe(obs.length);
      }),
      { numRuns: 60 },
    );
  });

  it('money in hundredths adds up exactly at the province (oracle: integer hundredths)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10 ** 12 }), { minLength: 130, maxLength: 130 }), (cents) => {
        const obs = cents.map((c, k): Observation => ({ unit: COMMUNES[k] as string, indicator: 'it-spending', period: 2024, value: c / 100 }));
        const total = cents.reduce((t, c) => t + BigInt(c), 0n);
        const top = agg(rollUp(obs, province, opts).aggregates, 'p', 'it-spending')?.observation as { value: number };
        expect(top.value).toBe(Number(total) / 100);
      }),
      { numRuns: 60 },
    );
  });

  it('shuffling the observations and the units changes nothing', () => {
    const shares = COMMUNES.map((_, k) => ({ numerator: k, denominator: 2 * k + 1 }));
    const obs: Observation[] = [
      ...shares.map((s, k): Observation => ({ unit: COMMUNES[k] as string, indicator: WD, period: 2024, ...s })),
      ...COMMUNES.map((id, k): Observation => ({ unit: id, indicator: 'shared-platform-live', period: '2024-06-30', done: k % 3 === 0 })),
      { unit: 'd4', indicator: WD, period: 2024, numerator: 1, denominator: 1 },
    ];
    const expected = rollUp(obs, province, opts);
    expect(agg(expected.aggregates, 'p', 'shared-platform-live')?.observation).toMatchObject({ numerator: 44, denominator: 130 });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(obs, { minLength: obs.length, maxLength: obs.length }),
        fc.shuffledSubarray(provinceUnits, { minLength: provinceUnits.length, maxLength: provinceUnits.length }),
        fc.constantFrom<'children' | 'leaves'>('children', 'leaves'),
        (shuffledObs, shuffledUnits, from) => {
          const reg = defineUnits(shuffledUnits, threeTier2021);
          expect(rollUp(shuffledObs, reg, { ...opts, from })).toEqual(rollUp(obs, province, { ...opts, from }));
        },
      ),
      { numRuns: 40 },
    );
    expect(rollUp([...obs].reverse(), province, opts)).toEqual(expected);
  });
});
