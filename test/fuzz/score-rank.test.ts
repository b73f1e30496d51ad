// Fuzz: score and rank on hostile and on well-formed input. See harness.ts for the contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/rank/rank';
import { schemes } from '../../src/score/schemes';
import { score } from '../../src/score/score';
import type { Scheme } from '../../src/model/scheme';
import { finite, scheme, scoreInputs } from './generators';
import { BOUND_MS, check, guardPrototype, HUGE_BOUND_MS, hostile, megabyteString, mutated, nastyNumber, RUNS, Tally } from './harness';

guardPrototype();

/** The ranks: rank returns the caller's items unchanged, so only the ranks are the library's numbers. */
const ranks = (result: unknown) => (result as { rank: number | null }[]).map((r) => r.rank);

const dtiLeaves = ['dti-digital-awareness', 'dti-digital-institutions', 'dti-digital-infrastructure', 'dti-digital-human-resources', 'dti-cybersecurity', 'dti-digital-government', 'dti-digital-economy', 'dti-digital-society'];

describe('fuzz: score', () => {
  it('any scheme, observations and options: scores or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, hostile, (s, o, opts) => void check('score', () => score(s as Scheme, o as never, opts as never))));
  });
  it('the DTI 2022 scheme with any values (index rule: 0–1, else an error)', () => {
    const tally = new Tally();
    const obs = fc.uniqueArray(
      fc.record({ unit: fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor'), indicator: fc.constantFrom(...dtiLeaves), period: fc.constantFrom(2022, 2023, '2023-06-30'), value: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), nastyNumber) }),
      { maxLength: 24, selector: (o) => `${o.unit} ${o.indicator} ${o.period}` },
    );
    fc.assert(
      fc.property(obs, fc.record({ missing: fc.constantFrom('error', 'zero', 'reweight'), minCoverage: fc.oneof(fc.double({ min: 0, max: 1 }), nastyNumber) }, { requiredKeys: [] }), (o, opts) =>
        tally.add(check('score', () => score(schemes.dtiProvince2022, o, opts as never))),
      ),
      { numRuns: RUNS.valid },
    );
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.error).toBeGreaterThan(0);
  });
  it('generated schemes (minmax, zscore, bands; arithmetic and geometric; points) with extreme finite values: scores', () => {
    const tally = new Tally();
    fc.assert(
      fc.property(
        scheme.chain((s) => {
          const leaves = (s.root as { children: { indicator: string }[] }).children.map((c) => c.indicator);
          return fc.tuple(fc.constant(s), scoreInputs.map((list) => list.filter((o) => leaves.includes(o.indicator))));
        }),
        fc.constantFrom('zero', 'reweight'),
        ([s, o], missing) => tally.add(check('score', () => score(s, o, { missing }))),
      ),
      { numRuns: RUNS.valid },
    );
    expect(tally.ok).toBeGreaterThan(RUNS.valid / 2);
  });
  it('mutated scheme nodes and observations', () => {
    fc.assert(fc.property(mutated(fc.constant({ ...schemes.dtiProvince2022 } as Record<string, unknown>)), hostile, (s, o) => void check('score', () => score(s as Scheme, o as never))), { numRuns: RUNS.valid });
    fc.assert(
      fc.property(fc.array(mutated(fc.record({ unit: fc.constant('a'), indicator: fc.constantFrom(...dtiLeaves), period: fc.constant(2022), value: finite })), { maxLength: 8 }), (o) => void check('score', () => score(schemes.dtiProvince2022, o as never))),
      { numRuns: RUNS.valid },
    );
  });
  it('1 MB strings', () => {
    fc.assert(fc.property(megabyteString, (s) => void check('score', () => score(schemes.dtiProvince2022, [{ unit: s, indicator: 'dti-cybersecurity', period: 2022, value: 0.5 }]), HUGE_BOUND_MS)), { numRuns: RUNS.huge });
  });
});

describe('fuzz: rank', () => {
  const options = fc.record(
    {
      by: fc.oneof(fc.constantFrom('s', 'missing', '__proto__', 'constructor'), hostile),
      order: fc.oneof(fc.constantFrom('desc', 'asc'), hostile),
      ties: fc.oneof(fc.constantFrom('competition', 'dense', 'ordinal', 'fractional'), hostile),
      tieBreak: fc.oneof(fc.constantFrom('id', '__proto__'), hostile),
      missing: fc.oneof(fc.constantFrom('keep', 'last', 'error'), hostile),
      precision: fc.oneof(fc.integer({ min: 0, max: 20 }), nastyNumber),
    },
    { requiredKeys: [] },
  );
  it('any items and options: a ranking or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, (items, opts) => void check('rank', () => rank(items as never, opts as never), BOUND_MS, [], ranks)));
  });
  it('arrays of hostile items with partly valid options', () => {
    fc.assert(fc.property(fc.array(hostile, { maxLength: 12 }), options, (items, opts) => void check('rank', () => rank(items, opts as never), BOUND_MS, [], ranks)));
  });
  it('items with nasty numbers, ties and missing values, every tie method (deep path)', () => {
    const tally = new Tally();
    const item = fc.record({ id: fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 9 })), s: fc.oneof(fc.constantFrom(0, -0, 1, 1, 0.1 + 0.2, 0.3, null), finite, nastyNumber) });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 40 }),
        fc.record({ by: fc.constant('s'), order: fc.constantFrom('desc', 'asc'), ties: fc.constantFrom('competition', 'dense', 'ordinal', 'fractional'), tieBreak: fc.constant('id'), missing: fc.constantFrom('keep', 'last', 'error'), precision: fc.integer({ min: 0, max: 20 }) }, { requiredKeys: ['by', 'tieBreak'] }),
        (items, opts) => tally.add(check('rank', () => rank(items, opts as never), BOUND_MS, [], ranks)),
      ),
      { numRuns: RUNS.hostile },
    );
    expect(tally.ok).toBeGreaterThan(RUNS.hostile / 10);
  });
  it('100 000 items and a 1 MB key', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: i, s: (i * 7919) % 1000 }));
    expect(check('rank', () => rank(items, { by: 's', ties: 'ordinal', tieBreak: 'id' }), HUGE_BOUND_MS)).toBe('ok');
    fc.assert(fc.property(megabyteString, (s) => void check('rank', () => rank([{ [s]: 1 }, { [s]: 2 }], { by: s }), HUGE_BOUND_MS)), { numRuns: RUNS.huge });
  });
});
