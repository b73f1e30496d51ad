// @zone-sensitive: asOf given as Date values.
// Hardening II (issue 13), items 3, 17 and 20 (evaluate's part): no observation dropped silently,
// one check of unit hierarchies for defineUnits and evaluate, ranks in columns, `Invalid Date`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { evaluate } from '../../src/evaluate/evaluate';
import { evaluateColumns, type ObservationColumns } from '../../src/evaluate/evaluateColumns';
import { formatReceived } from '../../src/_shared/issue';
import { rollUpColumns } from '../../src/evaluate/rollUpColumns';
import type { Catalog } from '../../src/model/catalog';
import { threeTier2021, twoTier2025 } from '../../src/model/hierarchies';
import type { Indicator } from '../../src/model/indicator';
import type { Observation } from '../../src/model/observation';
import type { Unit } from '../../src/model/unit';
import { catalog as catalogArb, observationsFor, units as fuzzUnits } from '../fuzz/generators';
import { SEED } from '../fuzz/harness';

const T = (s: string) => ({ vi: s, en: s });
const source = { document: 'TEST', section: '1' };
const catalogOf = (indicators: Omit<Indicator, 'name' | 'pillar' | 'source'>[], hierarchy = threeTier2021): Catalog => ({
  id: 'hardening',
  plan: { issuer: T('x'), title: T('x') },
  hierarchy,
  indicators: indicators.map((ind) => ({ name: T(ind.id), pillar: 'foundations', source, ...ind }) as Indicator),
});

function issuesOf(run: () => unknown): readonly ChisoIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues;
    throw error;
  }
  throw new Error('expected a ChisoError');
}

// A province-only target (a GRDP share: a commune has none) beside a target of every level.
const twoLevel = catalogOf(
  [
    { id: 'grdp', measure: 'grdp-share', targets: [{ kind: 'range', min: 20, max: 25, level: 'province' }] },
    { id: 'fibre', measure: 'percent', targets: [{ kind: 'threshold', op: '>', value: 80 }] },
  ],
  twoTier2025,
);
const tinhXa: Unit[] = [
  { id: 'tinh', name: 'Tỉnh', level: 'province' },
  { id: 'xa-a', name: 'Xã A', level: 'commune', parent: 'tinh' },
  { id: 'xa-b', name: 'Xã B', level: 'commune', parent: 'tinh' },
];

describe('item 3: an observation is in a row or in `ignored`, never nowhere', () => {
  it("a commune's figure for a province-only target is ignored as no-target-at-level; a commune without one gets nothing", () => {
    const observations: Observation[] = [
      { unit: 'xa-a', indicator: 'grdp', period: 2024, value: 22 },
      { unit: 'xa-a', indicator: 'fibre', period: 2024, value: 85 },
    ];
    const card = evaluate(twoLevel, observations, { asOf: '2025-01-01', units: tinhXa });
    // The province has both rows (no data); each commune only the fibre row: no GRDP row, not even not-applicable.
    expect(card.rows.map((r) => [r.unit, r.indicator, r.status])).toEqual([
      ['tinh', 'grdp', 'no-data'],
      ['tinh', 'fibre', 'no-data'],
      ['xa-a', 'fibre', 'met'],
      ['xa-b', 'fibre', 'no-data'],
    ]);
    expect(card.ignored).toEqual([{ observation: observations[0], reason: 'no-target-at-level' }]);
    expect(card.summary).toEqual({ total: 4, met: 1, 'not-met': 0, 'no-data': 3, 'not-applicable': 0 });

    const columns = evaluateColumns(twoLevel, { unit: ['xa-a', 'xa-a'], indicator: ['grdp', 'fibre'], period: [2024, 2024], value: [22, 85] }, { asOf: '2025-01-01', units: tinhXa });
    expect(columns.length).toBe(4);
    expect(Array.from(columns.ignored.source)).toEqual([0]);
    expect(columns.ignored.reason).toEqual(['no-target-at-level']);
    expect(Array.from(columns.source)).toEqual([-1, -1, 1, -1]);
  });

  it('the observation in force is the one listed as no-target-at-level; older and later ones keep their own reasons', () => {
    const observations: Observation[] = [
      { unit: 'xa-a', indicator: 'grdp', period: 2023, value: 18 },
      { unit: 'xa-a', indicator: 'grdp', period: 2024, value: 22 },
      { unit: 'xa-a', indicator: 'grdp', period: 2026, value: 23 },
    ];
    const card = evaluate(twoLevel, observations, { asOf: '2025-01-01', units: tinhXa });
    expect(card.ignored.map((i) => [i.observation.period, i.reason])).toEqual([
      [2023, 'superseded'],
      [2024, 'no-target-at-level'],
      [2026, 'after-as-of'],
    ]);
    const columns = evaluateColumns(twoLevel, { unit: ['xa-a', 'xa-a', 'xa-a'], indicator: ['grdp', 'grdp', 'grdp'], period: [2026, 2023, 2024], value: [23, 18, 22] }, { asOf: '2025-01-01', units: tinhXa });
    expect(Array.from(columns.ignored.source)).toEqual([1, 2, 0]);
    expect(columns.ignored.reason).toEqual(['superseded', 'no-target-at-level', 'after-as-of']);
  });

  it('targets at two levels: a district figure is ignored, a commune and a province one are used; a unit of unknown level keeps its not-applicable row', () => {
    const cat = catalogOf([{ id: 'w', measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 90, level: 'province' }, { kind: 'threshold', op: '>=', value: 60, level: 'commune' }] }]);
    const units: Unit[] = [
      { id: 'p', name: 'P', level: 'province' },
      { id: 'd', name: 'D', level: 'district', parent: 'p' },
      { id: 'c', name: 'C', level: 'commune', parent: 'd' },
    ];
    const observations: Observation[] = ['p', 'd', 'c'].map((unit) => ({ unit, indicator: 'w', period: 2024, value: 70 }));
    const card = evaluate(cat, observations, { asOf: '2024-12-31', units });
    expect(card.rows.map((r) => [r.unit, r.targetIndex, r.status])).toEqual([
      ['p', 0, 'not-met'],
      ['c', 1, 'met'],
    ]);
    expect(card.ignored.map((i) => [i.observation.unit, i.reason])).toEqual([['d', 'no-target-at-level']]);
    // Without `units` the level is unknown: the observation is in a not-applicable row, as before.
    const unknown = evaluate(cat, [{ unit: 'x', indicator: 'w', period: 2024, value: 70 }], { asOf: '2024-12-31' });
    expect(unknown.rows.map((r) => [r.unit, r.status, r.reason])).toEqual([
      ['x', 'not-applicable', 'unit-level-unknown'],
      ['x', 'not-applicable', 'unit-level-unknown'],
    ]);
    expect(unknown.ignored).toEqual([]);
  });

  it('every observation is accounted for exactly once, by evaluate and by evaluateColumns (property)', () => {
    // Random catalogs (targets at random levels or none), the fuzz units with or without `units`, an
    // optional `level`, any asOf: the rows' observations and `ignored` partition the input.
    const keyOf = (o: Observation): string => `${o.unit.trim()}|${o.indicator}|${typeof o.period}|${o.period}`;
    const levelOf = fc.option(fc.constantFrom('province', 'district', 'commune'), { nil: undefined });
    const asOf = fc.constantFrom('2018-06-01', '2021-12-31', '2023-05-31', '2025-07-01', '2027-12-31');
    fc.assert(
      fc.property(
        catalogArb.chain((cat) => fc.tuple(fc.constant(cat), observationsFor(cat), fc.boolean(), levelOf, asOf)),
        ([cat, observations, withUnits, level, day]) => {
          const options = { asOf: day, ...(withUnits ? { units: fuzzUnits } : {}), ...(level === undefined ? {} : { level }) };
          let card;
          try {
            card = evaluate(cat, observations, options);
          } catch (error) {
            // A generated catalog that the catalog checks refuse (e.g. a count target of 0.5) is not this property's business.
            if (error instanceof ChisoError && error.issues.every((i) => i.path[0] === 'catalog')) return;
            throw error;
          }
          const used = new Set(card.rows.flatMap((r) => (r.observation === null ? [] : [keyOf(r.observation)])));
          const ignored = card.ignored.map((i) => keyOf(i.observation));
          expect(new Set(ignored).size).toBe(ignored.length);
          for (const k of ignored) expect(used.has(k)).toBe(false);
          expect([...used, ...ignored].sort()).toEqual(observations.map(keyOf).sort());

          // The columns take plain values and shares (a rank as its value); done values and ratios need evaluate.
          const plain = observations.filter((o) => !('done' in o) && o.scale !== 'ratio');
          const columns: ObservationColumns = {
            unit: plain.map((o) => o.unit),
            indicator: plain.map((o) => o.indicator),
            period: plain.map((o) => o.period),
            value: plain.map((o) => ('rank' in o ? o.rank : 'numerator' in o ? o.numerator : (o as { value: number }).value)),
            denominator: plain.map((o) => ('denominator' in o ? o.denominator : null)),
          };
          let byColumns;
          try {
            byColumns = evaluateColumns(cat, columns, options);
          } catch (error) {
            // Only a plain number of a done indicator (a qualitative target's reading) is refused.
            expect(error).toBeInstanceOf(ChisoError);
            for (const issue of (error as ChisoError).issues) expect(cat.indicators.find((i) => i.id === issue.indicator)?.measure).toBe('done');
            return;
          }
          // A row's source repeats on each of its targets' rows: counted once.
          const sources = [...new Set(Array.from(byColumns.source).filter((s) => s >= 0)), ...Array.from(byColumns.ignored.source)];
          expect(new Set(sources).size).toBe(sources.length);
          expect([...sources].sort((a, b) => a - b)).toEqual(plain.map((_, i) => i));
          // …and the same rows and ignored list as evaluate gives for those observations.
          const same = evaluate(cat, plain.map((o) => ('value' in o && cat.indicators.find((i) => i.id === o.indicator)?.measure === 'rank' ? ({ ...o, rank: o.value, value: undefined } as never) : o)), options);
          expect(byColumns.ignored.reason).toEqual(same.ignored.map((i) => i.reason));
          expect(byColumns.status).toEqual(same.rows.map((r) => r.status));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('item 17: evaluate checks units as defineUnits does', () => {
  const cat = catalogOf([{ id: 'n', measure: 'count', targets: [{ kind: 'threshold', op: '>=', value: 1 }] }]);

  it('a parent cycle and a district under a commune are errors for evaluate and evaluateColumns, as for defineUnits', () => {
    const cycle: Unit[] = [
      { id: 'a', name: 'A', level: 'commune', parent: 'b' },
      { id: 'b', name: 'B', level: 'commune', parent: 'a' },
    ];
    const upsideDown: Unit[] = [
      { id: 'h', name: 'Huyện', level: 'district', parent: 'x' },
      { id: 'x', name: 'Xã', level: 'commune' },
    ];
    const cycleIssues = issuesOf(() => evaluate(cat, [], { asOf: '2025-01-01', units: cycle }));
    expect(cycleIssues.map((i) => [i.code, i.path, i.received])).toEqual([['unit_cycle', ['options', 'units', 0, 'parent'], 'a → b → a']]);
    expect(cycleIssues[0]?.message).toBe('Expected options.units[0].parent (unit "a") to be a chain of parents that ends at a unit without a parent but got "a → b → a".');
    const levelIssues = issuesOf(() => evaluateColumns(cat, { unit: [], indicator: [], period: [], value: [] }, { asOf: '2025-01-01', units: upsideDown }));
    expect(levelIssues.map((i) => [i.code, i.path, i.expected, i.received])).toEqual([
      ['invalid_parent_level', ['options', 'units', 0, 'parent'], 'a unit at a level above district (province)', 'x (commune)'],
    ]);
    for (const units of [cycle, upsideDown]) {
      const byDefine = issuesOf(() => defineUnits(units, threeTier2021));
      expect(issuesOf(() => evaluate(cat, [], { asOf: '2025-01-01', units })).map((i) => ({ ...i, path: i.path.slice(1), message: i.message.replace('options.units', 'units') }))).toEqual(byDefine);
    }
  });

  it('a unit that fails its schema is reported with its unit, as defineUnits reports it', () => {
    const units = [{ id: 'a', name: '', level: 'commune' }] as Unit[];
    const byEvaluate = issuesOf(() => evaluate(cat, [], { asOf: '2025-01-01', units }));
    const byDefine = issuesOf(() => defineUnits(units, threeTier2021));
    expect(byEvaluate.map((i) => [i.path, i.unit, i.field])).toEqual([[['options', 'units', 0, 'name'], 'a', 'name']]);
    expect(byEvaluate.map((i) => ({ ...i, path: i.path.slice(1), message: i.message.replace('options.units', 'units') }))).toEqual(byDefine);
  });

  it('evaluate accepts a unit list iff defineUnits does, with the same issues (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const unit = fc.record(
      { id: fc.constantFrom(...ids), name: fc.constantFrom('X', 'Y'), level: fc.constantFrom('province', 'district', 'commune', 'ward'), parent: fc.constantFrom(...ids, 'zz') },
      { requiredKeys: ['id', 'name', 'level'] },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 6 }), (units) => {
        let byDefine: readonly ChisoIssue[] = [];
        try {
          defineUnits(units, threeTier2021);
        } catch (error) {
          byDefine = (error as ChisoError).issues;
        }
        for (const run of [
          () => evaluate(cat, [], { asOf: '2025-01-01', units }),
          () => evaluateColumns(cat, { unit: [], indicator: [], period: [], value: [] }, { asOf: '2025-01-01', units }),
        ]) {
          let byEvaluate: readonly ChisoIssue[] = [];
          try {
            run();
          } catch (error) {
            byEvaluate = (error as ChisoError).issues;
          }
          expect(byEvaluate.map((i) => ({ ...i, path: i.path.slice(1), message: i.message.replace('options.units', 'units') }))).toEqual(byDefine);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('item 20: ranks in columns, and an invalid Date', () => {
  const rankCatalog = catalogOf([{ id: 'dti', measure: 'rank', targets: [{ kind: 'rank', top: 10, level: 'province' }] }]);

  it('rollUpColumns reads a rank indicator\'s value as its rank too: passed through at the top, refused below as a rank', () => {
    const registry = defineUnits([{ id: 'p', name: 'P', level: 'province' }, { id: 'd', name: 'D', level: 'district', parent: 'p' }], threeTier2021);
    expect(rollUpColumns({ unit: ['p'], indicator: ['dti'], period: [2024], value: [7] }, registry, { catalog: rankCatalog })).toEqual({ observations: [], aggregates: [] });
    const issues = issuesOf(() => rollUpColumns({ unit: ['d'], indicator: ['dti'], period: [2024], value: [7] }, registry, { catalog: rankCatalog }));
    expect(issues.map((i) => [i.code, i.path, i.expected])).toEqual([['cannot_roll_up', ['columns', 'value', 0], 'a figure that can be added up (ranks do not roll up)']]);
  });

  it('asOf: new Date(NaN) is reported as "Invalid Date", not "null"', () => {
    for (const run of [
      () => evaluate(rankCatalog, [], { asOf: new Date(Number.NaN) }),
      () => evaluateColumns(rankCatalog, { unit: [], indicator: [], period: [], value: [] }, { asOf: new Date(Number.NaN) }),
    ]) {
      const issues = issuesOf(run);
      expect(issues.map((i) => [i.path, i.received])).toEqual([[['options', 'asOf'], 'Invalid Date']]);
      expect(issues[0]?.message).toBe('Expected options.asOf to be a valid Date, a date YYYY-MM-DD or an ISO date-time with an offset but got "Invalid Date".');
    }
    // The shared mechanism: any issue quoting a Date quotes it as a reader would write it.
    expect([formatReceived(new Date(Number.NaN)), formatReceived(new Date(Date.UTC(2025, 11, 31)))]).toEqual(['Invalid Date', '2025-12-31T00:00:00.000Z']);
  });
});
