// Hardening II (issue 13), item 11: a roll-up never gives a number that is not its sum (Infinity, a
// rounded count); an error about a derived row says it is one.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { evaluate } from '../../src/evaluate/evaluate';
import { rollUp } from '../../src/evaluate/rollUp';
import { rollUpColumns } from '../../src/evaluate/rollUpColumns';
import type { Catalog } from '../../src/model/catalog';
import { threeTier2021 } from '../../src/model/hierarchies';
import type { Observation } from '../../src/model/observation';
import { units as fuzzUnits } from '../fuzz/generators';
import { SEED } from '../fuzz/harness';

function issuesOf(run: () => unknown): readonly ChisoIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues;
    throw error;
  }
  throw new Error('expected a ChisoError');
}

const registry = defineUnits(
  [
    { id: 'd', name: 'Huyện', level: 'district' },
    { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd' },
    { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd' },
  ],
  threeTier2021,
);
const measures = { share: 'percent', n: 'count', vnd: 'money' } as const;

describe('rollUp: sums beyond what a JS number holds', () => {
  it('children of 1e308 / 1e308 are an error naming the aggregate (parent, indicator, period, children), never Infinity', () => {
    const observations: Observation[] = [
      { unit: 'c1', indicator: 'share', period: 2024, numerator: 1e308, denominator: 1e308 },
      { unit: 'c2', indicator: 'share', period: 2024, numerator: 1e308, denominator: 1e308 },
    ];
    const issues = issuesOf(() => rollUp(observations, registry, { measures }));
    expect(issues.map((i) => [i.code, i.path, i.unit, i.indicator, i.field, i.received])).toEqual([
      ['out_of_range', ['observations'], 'd', 'share', 'numerator', '2e+308'],
      ['out_of_range', ['observations'], 'd', 'share', 'denominator', '2e+308'],
    ]);
    expect(issues[0]?.message).toBe(
      'Expected observations (unit "d", indicator "share") to be figures whose roll-up into "d" for period 2024 (from "c1", "c2") has a numerator a JS number holds (at most 1.7976931348623157e+308, and a whole sum exactly: every whole number up to 9007199254740991) but got "2e+308".',
    );
    // The same from columns, under `columns`.
    const columns = { unit: ['c1', 'c2'], indicator: ['share', 'share'], period: ['2024-06-30', '2024-06-30'], value: [1e308, 1e308], denominator: [1e308, 1e308] };
    const fromColumns = issuesOf(() => rollUpColumns(columns, registry, { measures }));
    expect(fromColumns.map((i) => [i.code, i.path, i.unit, i.field])).toEqual([
      ['out_of_range', ['columns'], 'd', 'numerator'],
      ['out_of_range', ['columns'], 'd', 'denominator'],
    ]);
    expect(fromColumns[0]?.expected).toContain('for period "2024-06-30"');
  });

  it('a whole sum is exact or an error: 2^53 − 1 + 1 is 2^53 (a number holds it), 2^53 − 1 + 2 is no number', () => {
    const ok = rollUp([
      { unit: 'c1', indicator: 'n', period: 2024, value: Number.MAX_SAFE_INTEGER },
      { unit: 'c2', indicator: 'n', period: 2024, value: 1 },
    ], registry, { measures });
    expect(ok.aggregates[0]?.observation).toEqual({ unit: 'd', indicator: 'n', period: 2024, value: 2 ** 53, source: 'roll-up' });
    // 9007199254740993 would be written 9007199254740992: a count nobody reported.
    const issues = issuesOf(() => rollUp([
      { unit: 'c1', indicator: 'n', period: 2024, value: Number.MAX_SAFE_INTEGER },
      { unit: 'c2', indicator: 'n', period: 2024, value: 2 },
    ], registry, { measures }));
    expect(issues.map((i) => [i.code, i.unit, i.field, i.received])).toEqual([['out_of_range', 'd', 'value', '9007199254740993']]);
  });

  it('an amount with a fraction is the nearest number to its exact sum (as any decimal is read)', () => {
    const r = rollUp([
      { unit: 'c1', indicator: 'vnd', period: 2024, value: 0.1 },
      { unit: 'c2', indicator: 'vnd', period: 2024, value: 0.2 },
    ], registry, { measures });
    expect(r.aggregates[0]?.observation).toMatchObject({ value: 0.3 });
    // 1e300 + 1e-300 has 601 digits; the number nearest to it is 1e300 (not an error: it has a fraction).
    const big = rollUp([
      { unit: 'c1', indicator: 'vnd', period: 2024, value: 1e300 },
      { unit: 'c2', indicator: 'vnd', period: 2024, value: 1e-300 },
    ], registry, { measures });
    expect(big.aggregates[0]?.observation).toMatchObject({ value: 1e300 });
  });

  it('evaluate names a derived row as one: `source "roll-up"` beside the parent unit', () => {
    // Rolled up as counts, judged as a percent: 150 is out of range, and the row at fault is d's roll-up.
    const rolled = rollUp([
      { unit: 'c1', indicator: 'n', period: 2024, value: 120 },
      { unit: 'c2', indicator: 'n', period: 2024, value: 30 },
    ], registry, { measures });
    const catalog: Catalog = {
      id: 'derived',
      plan: { issuer: { vi: 'x', en: 'x' }, title: { vi: 'x', en: 'x' } },
      hierarchy: threeTier2021,
      indicators: [{ id: 'n', name: { vi: 'n', en: 'n' }, pillar: 'foundations', measure: 'percent', source: { document: 'T', section: '1' }, targets: [{ kind: 'threshold', op: '>=', value: 50 }] }],
    };
    const issues = issuesOf(() => evaluate(catalog, rolled.observations, { asOf: '2024-12-31' }));
    const derived = issues.find((i) => i.unit === 'd');
    expect(derived?.message).toBe('Expected observations[0] (unit "d", indicator "n", source "roll-up") to be a percent between 0 and 100 but got "150".');
    // A row the user wrote is named as before, with no source.
    expect(issues.find((i) => i.unit === 'c1')?.message).toBe('Expected observations[1] (unit "c1", indicator "n") to be a percent between 0 and 100 but got "120".');
  });
});

describe('rollUp never returns a non-finite number, and its sums are the exact sums of the leaves (property)', () => {
  // Nasty but valid figures at the communes of the fuzz registry (province → 2 districts → 3 communes).
  const reg = defineUnits(fuzzUnits, threeTier2021);
  const communes = ['c1', 'c2', 'c3'];
  const leavesOf: Record<string, string[]> = { p: communes, d1: ['c1', 'c2'], d2: ['c3'] };
  const big = fc.constantFrom(1e308, Number.MAX_VALUE, 8.98846567431158e307, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e-300, 5e-324, 0.1, 0.7);
  const count = fc.oneof(fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 52, 0, 1), fc.nat());
  const amount = fc.oneof(big, fc.double({ min: 0, max: 1e300, noNaN: true }), fc.nat());
  const share = fc.tuple(amount, amount).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);
  const cells = fc.tuple(
    fc.array(fc.tuple(fc.constantFrom(...communes), count), { maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...communes), amount), { maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...communes), share), { maxLength: 3 }),
  );
  const D = Decimal.clone({ precision: 2000 });
  /** The oracle: the exact sum, and what the library must give for it (a number, or an error). */
  const expectFor = (terms: number[]): { number: number } | 'error' => {
    const sum = terms.reduce((s, t) => s.plus(new D(t)), new D(0));
    const n = sum.toNumber();
    if (!Number.isFinite(n)) return 'error';
    if (sum.isInteger() && !new D(n).eq(sum)) return 'error';
    return { number: n === 0 ? 0 : n };
  };

  it('for children, for leaves, for rollUp and rollUpColumns', () => {
    fc.assert(
      fc.property(cells, fc.constantFrom('children', 'leaves') as fc.Arbitrary<'children' | 'leaves'>, ([counts, amounts, shares], from) => {
        const observations: Observation[] = [];
        const seen = new Set<string>();
        const add = (o: Observation) => {
          const key = `${o.unit} ${o.indicator}`;
          if (!seen.has(key)) seen.add(key), observations.push(o);
        };
        for (const [unit, value] of counts) add({ unit, indicator: 'n', period: 2024, value });
        for (const [unit, value] of amounts) add({ unit, indicator: 'vnd', period: 2024, value });
        for (const [unit, [numerator, denominator]] of shares) add({ unit, indicator: 'share', period: 2024, numerator, denominator });

        // What each parent's figure must be: from the communes below it that reported.
        const expected = new Map<string, { number: number } | 'error'>();
        for (const [parent, leaves] of Object.entries(leavesOf)) {
          for (const o of observations) {
            if (!leaves.includes(o.unit)) continue;
            const mine = observations.filter((x) => x.indicator === o.indicator && leaves.includes(x.unit));
            if ('value' in o) expected.set(`${parent} ${o.indicator} value`, expectFor(mine.map((x) => (x as { value: number }).value)));
            if ('numerator' in o) {
              expected.set(`${parent} ${o.indicator} numerator`, expectFor(mine.map((x) => (x as { numerator: number }).numerator)));
              expected.set(`${parent} ${o.indicator} denominator`, expectFor(mine.map((x) => (x as { denominator: number }).denominator)));
            }
          }
        }
        const anyError = [...expected.values()].includes('error');
        const columns = {
          unit: observations.map((o) => o.unit),
          indicator: observations.map((o) => o.indicator),
          period: observations.map((o) => o.period),
          value: observations.map((o) => ('numerator' in o ? o.numerator : (o as { value: number }).value)),
          denominator: observations.map((o) => ('denominator' in o ? o.denominator : null)),
        };
        for (const run of [() => rollUp(observations, reg, { measures, minCoverage: 0, from }), () => rollUpColumns(columns, reg, { measures, minCoverage: 0, from })]) {
          let result;
          try {
            result = run();
          } catch (error) {
            expect(error).toBeInstanceOf(ChisoError);
            expect(anyError).toBe(true);
            for (const issue of (error as ChisoError).issues) {
              expect(issue.code).toBe('out_of_range');
              expect(expected.get(`${issue.unit} ${issue.indicator} ${issue.field}`)).toBe('error');
            }
            continue;
          }
          expect(anyError).toBe(false);
          for (const a of result.aggregates) {
            const o = a.observation;
            if (o === null) continue;
            for (const field of ['value', 'numerator', 'denominator'] as const) {
              if (!(field in o)) continue;
              const got = (o as unknown as Record<string, number>)[field] as number;
              expect(Number.isFinite(got)).toBe(true);
              expect({ key: `${a.unit} ${a.indicator} ${field}`, got }).toEqual({ key: `${a.unit} ${a.indicator} ${field}`, got: (expected.get(`${a.unit} ${a.indicator} ${field}`) as { number: number }).number });
            }
          }
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
