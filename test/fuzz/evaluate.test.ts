// @zone-sensitive: hostile Date values and instants through evaluate.
// Fuzz: defineUnits, evaluateTarget, evaluate, rollUp on hostile and on well-formed input. See harness.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChisoError } from '../../src/errors';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { evaluate } from '../../src/evaluate/evaluate';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget';
import { rollUp } from '../../src/evaluate/rollUp';
import { threeTier2021, twoTier2025 } from '../../src/model/hierarchies';
import type { Measure } from '../../src/model/indicator';
import type { Target } from '../../src/model/target';
import type { Unit } from '../../src/model/unit';
import { catalog, finite, fraction, isoDate, label, observationsFor, targetFor, units, valueFor, vinhPhuc } from './generators';
import { check, deeplyNested, guardPrototype, HUGE_BOUND_MS, hostile, megabyteString, mutated, nastyNumber, RUNS, Tally } from './harness';

guardPrototype();

const codesOf = (call: () => unknown): string[] => {
  try {
    call();
  } catch (error) {
    return (error as ChisoError).issues.map((i) => i.code);
  }
  return [];
};

const registry = defineUnits(units, threeTier2021);
const MEASURES: Measure[] = ['percent', 'count', 'money', 'grdp-share', 'percent-change', 'rank', 'done'];

describe('fuzz: defineUnits', () => {
  const unit = fc.record(
    { id: fc.oneof(fc.constantFrom('p', 'd1', 'c1', 'c2', ' ', '__proto__', 'constructor'), label), name: label, level: fc.constantFrom('province', 'district', 'commune', 'ward', 'prototype'), parent: fc.constantFrom('p', 'd1', 'c1', 'c2', 'x', '__proto__') },
    { requiredKeys: ['id', 'name', 'level'] },
  );
  it('any units and hierarchy: a registry or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, (u, h) => void check('defineUnits', () => defineUnits(u as Unit[], h as never))));
  });
  it('random trees (cycles, unknown parents and levels, duplicates, polluting ids): a registry or a ChisoError', () => {
    const tally = new Tally();
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 9, arbitrary: unit }, { weight: 1, arbitrary: mutated(unit) }), { maxLength: 12 }), fc.constantFrom(threeTier2021, twoTier2025), (list, h) =>
        tally.add(check('defineUnits', () => defineUnits(list as Unit[], h))),
      ),
      { numRuns: RUNS.valid },
    );
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.error).toBeGreaterThan(0);
  });
  it('10 000 units in one chain, and a 1 MB id', () => {
    const chain: Unit[] = [{ id: 'u0', name: 'u0', level: 'province' }];
    for (let i = 1; i < 10_000; i += 1) chain.push({ id: `u${i}`, name: `u${i}`, level: 'commune', parent: `u${i - 1}` });
    expect(check('defineUnits', () => defineUnits(chain, threeTier2021), HUGE_BOUND_MS)).toBe('error');
    const cycle = chain.map((u, i) => ({ ...u, level: 'commune', parent: `u${(i + 1) % chain.length}` }));
    expect(check('defineUnits', () => defineUnits(cycle, threeTier2021), HUGE_BOUND_MS)).toBe('error');
    fc.assert(fc.property(megabyteString, (s) => void check('defineUnits', () => defineUnits([{ id: s, name: s, level: 'province' }], threeTier2021), HUGE_BOUND_MS)), { numRuns: RUNS.huge });
  });
});

describe('fuzz: evaluateTarget', () => {
  const anyTarget = fc.constantFrom(...MEASURES).chain((m) => targetFor(m, ['province', 'district', 'commune']));
  const anyValue = fc.oneof(
    nastyNumber,
    fraction,
    fc.record({ numerator: nastyNumber, denominator: nastyNumber }),
    fc.record({ rank: fc.oneof(fc.integer(), nastyNumber) }),
    fc.record({ baseline: nastyNumber, current: nastyNumber }),
    fc.record({ baseline: nastyNumber, current: nastyNumber, years: fc.oneof(fc.integer({ min: -2, max: 120 }), nastyNumber) }),
    fc.boolean(),
    fc.constant(null),
    hostile,
  );
  const options = fc.oneof(fc.record({ measure: fc.constantFrom(...MEASURES), scale: fc.constantFrom('percent', 'ratio') }, { requiredKeys: [] }), hostile);
  it('any target, value and options: an evaluation or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, hostile, (t, v, o) => void check('evaluateTarget', () => evaluateTarget(t as Target, v as never, o as never))));
  });
  it('valid targets with extreme values: an evaluation (finite gap and attainment) or a ChisoError', () => {
    const tally = new Tally();
    fc.assert(fc.property(anyTarget, anyValue, options, (t, v, o) => tally.add(check('evaluateTarget', () => evaluateTarget(t, v as never, o as never)))), { numRuns: RUNS.hostile * 3 });
    expect(tally.ok).toBeGreaterThan(RUNS.hostile / 10);
  });
  it('a value that fits the measure always evaluates', () => {
    const fitting = fc.constantFrom(...MEASURES).chain((measure) =>
      targetFor(measure, ['province']).chain((target) =>
        valueFor({ id: 'x', name: { vi: 'x', en: 'x' }, pillar: 'foundations', measure, source: { document: 'd', section: 's' }, targets: [target] }).map((v) => ({ measure, target, v })),
      ),
    );
    fc.assert(
      fc.property(fitting, ({ measure, target, v }) => {
        const value = 'value' in v ? v['value'] : 'done' in v ? v['done'] : 'rank' in v ? { rank: v['rank'] } : v;
        const scale = v['scale'] as 'ratio' | undefined;
        const call = () => evaluateTarget(target, value as never, { measure, ...(scale === undefined ? {} : { scale }) });
        // The one error left: a gap or value beyond ±1.8e308 (e.g. −1e308 against ≥ 1e308), never Infinity.
        if (check('evaluateTarget', call) === 'error') expect(codesOf(call)).toEqual(['out_of_range']);
      }),
      { numRuns: RUNS.hostile },
    );
  });
});

describe('fuzz: evaluate', () => {
  const options = fc.record(
    { asOf: fc.oneof(isoDate, fc.constantFrom('2025-12-31', '2023-05-31', '2024-02-29', '2025-12-31T23:59:59+07:00'), fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2150, 0, 1)), noInvalidDate: true })), units: fc.constant(units), zone: fc.constantFrom('UTC', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'America/Los_Angeles'), level: fc.constantFrom('province', 'district', 'commune') },
    { requiredKeys: ['asOf'] },
  );
  it('any catalog, observations and options: a scorecard or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, hostile, (c, o, opts) => void check('evaluate', () => evaluate(c as never, o as never, opts as never))));
  });
  it('Vĩnh Phúc 302 with well-formed observations: a scorecard (deep path)', () => {
    const tally = new Tally();
    fc.assert(fc.property(observationsFor(vinhPhuc), options, (obs, opts) => tally.add(check('evaluate', () => evaluate(vinhPhuc, obs, opts)))), { numRuns: RUNS.valid });
    expect(tally.error).toBe(0);
  });
  it('random catalogs with their observations, some fields hostile', () => {
    const tally = new Tally();
    fc.assert(
      fc.property(
        catalog.chain((c) => fc.tuple(fc.constant(c), fc.array(fc.oneof({ weight: 8, arbitrary: observationsFor(c, ['p', 'd1', 'c1'], 6) }, { weight: 1, arbitrary: fc.array(mutated(fc.record({ unit: fc.constant('p'), indicator: fc.constant('x'), period: fc.constant(2024), value: finite })), { maxLength: 2 }) }), { maxLength: 1 }))),
        options,
        ([c, lists], opts) => tally.add(check('evaluate', () => evaluate(c, lists.flat() as never, opts))),
      ),
      { numRuns: RUNS.valid },
    );
    expect(tally.ok).toBeGreaterThan(0);
  });
  it('1 MB strings in every text field', () => {
    fc.assert(
      fc.property(megabyteString, fc.constantFrom('unit', 'indicator', 'period', 'asOf', 'zone', 'level'), (s, field) => {
        const observation = { unit: 'p', indicator: 'tthc-dossiers-fully-online', period: 2024, value: 50, ...(field === 'unit' || field === 'indicator' || field === 'period' ? { [field]: s } : {}) };
        const opts = { asOf: '2025-01-01', ...(field === 'asOf' || field === 'zone' || field === 'level' ? { [field]: s } : {}) };
        check('evaluate', () => evaluate(vinhPhuc, [observation] as never, opts), HUGE_BOUND_MS);
      }),
      { numRuns: RUNS.huge * 4 },
    );
    expect(check('evaluate', () => evaluate(vinhPhuc, [deeplyNested(100_000)] as never, { asOf: '2025-01-01' }), HUGE_BOUND_MS)).toBe('error');
  });
});

describe('fuzz: rollUp', () => {
  const measures = fc.dictionary(fc.constantFrom(...vinhPhuc.indicators.map((i) => i.id)), fc.constantFrom(...MEASURES), { maxKeys: 4 });
  it('any observations, registry and options: a result or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, hostile, (o, r, opts) => void check('rollUp', () => rollUp(o as never, r as never, opts as never))));
    fc.assert(fc.property(hostile, hostile, (o, opts) => void check('rollUp', () => rollUp(o as never, registry, opts as never))));
  });
  it('well-formed observations of Vĩnh Phúc through the three-tier registry (deep path)', () => {
    const tally = new Tally();
    fc.assert(
      fc.property(
        observationsFor(vinhPhuc),
        fc.record({ catalog: fc.constant(vinhPhuc), measures, minCoverage: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5, 1)), from: fc.constantFrom('children', 'leaves') }, { requiredKeys: ['catalog'] }),
        (obs, opts) => tally.add(check('rollUp', () => rollUp(obs, registry, opts as never))),
      ),
      { numRuns: RUNS.valid },
    );
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.error).toBeGreaterThan(0);
  });
  it('only addable figures (leaves report counts and shares): a result', () => {
    const addable = vinhPhuc.indicators.filter((i) => i.measure === 'count' || i.measure === 'money' || i.measure === 'done');
    const cat = { ...vinhPhuc, indicators: addable };
    fc.assert(
      fc.property(observationsFor(cat, ['c1', 'c2', 'c3'], 30), (obs) => {
        const shares = obs.filter((o) => !('value' in o) || (o.value >= 0 && Number.isSafeInteger(o.value)));
        // A done indicator's children must not mix `done` and counts (mixed_shapes is a ChisoError, fine either way).
        check('rollUp', () => rollUp(shares, registry, { catalog: cat }));
      }),
      { numRuns: RUNS.valid },
    );
  });
  it('1 MB strings', () => {
    fc.assert(fc.property(megabyteString, (s) => void check('rollUp', () => rollUp([{ unit: s, indicator: 'x', period: 2024, value: 1 }], registry, { measures: { x: 'count' } }), HUGE_BOUND_MS)), { numRuns: RUNS.huge });
  });
});
