// Hardening II (issue 13), item 7: a target no value of its measure can meet (a percent target of
// 150 or −5) is an error in every catalog function and in `chiso validate`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { main } from '../../src/cli/main';
import { defineCatalog } from '../../src/config/defineCatalog';
import { extendCatalog } from '../../src/config/extendCatalog';
import { loadCatalog } from '../../src/config/loadCatalog';
import { retargetCatalog } from '../../src/config/retargetCatalog';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { evaluate } from '../../src/evaluate/evaluate';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget';
import type { Catalog } from '../../src/model/catalog';
import { hierarchies } from '../../src/model/hierarchies';
import type { Measure } from '../../src/model/indicator';
import type { Target } from '../../src/model/target';
import { SEED } from '../fuzz/harness';

const issuesOf = (fn: () => unknown): readonly ChisoIssue[] => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return (error as ChisoError).issues;
  }
  return [];
};

const plan = { issuer: { vi: 'UBND tỉnh X', en: 'X' }, title: { vi: 'Kế hoạch', en: 'Plan' } };
const catalogWith = (measure: Measure, targets: unknown[]): Catalog =>
  ({
    id: 'bounds',
    plan,
    hierarchy: JSON.parse(JSON.stringify(hierarchies.threeTier2021)),
    indicators: [{ id: 'x', name: { vi: 'X', en: 'X' }, pillar: 'foundations', measure, source: { document: 'T', section: '1' }, targets }],
  }) as Catalog;

describe('item 7: targets outside their measure\'s bounds', () => {
  it('loadCatalog: a percent target of 150 or -5 is an error naming the field', () => {
    for (const value of [150, -5, 100.0001]) {
      const issues = issuesOf(() => loadCatalog(JSON.stringify(catalogWith('percent', [{ kind: 'threshold', op: '>=', value }]))));
      expect(issues).toEqual([
        expect.objectContaining({
          code: 'out_of_bounds',
          path: ['indicators', 0, 'targets', 0, 'value'],
          field: 'value',
          received: String(value),
          message: `Expected indicators[0].targets[0].value to be within the bounds of a percent indicator (0 to 100) but got "${value}".`,
        }),
      ]);
    }
    // Both ends of a range, on a GRDP share; a negative count.
    expect(issuesOf(() => loadCatalog(catalogWith('grdp-share', [{ kind: 'range', min: -5, max: 150 }]))).map((i) => i.path.at(-1))).toEqual(['min', 'max']);
    expect(issuesOf(() => loadCatalog(catalogWith('count', [{ kind: 'threshold', op: '>=', value: -1 }])))[0]?.code).toBe('out_of_bounds');
  });

  it('the edges: 0 and 100 are valid percent targets, but "> 100" and "< 0" are never met; a count target is a whole number where it must be', () => {
    expect(issuesOf(() => defineCatalog(catalogWith('percent', [{ kind: 'threshold', op: '>=', value: 100 }, { kind: 'threshold', op: '<=', value: 0 }, { kind: 'range', min: 0, max: 100 }])))).toEqual([]);
    expect(issuesOf(() => defineCatalog(catalogWith('percent', [{ kind: 'threshold', op: '>', value: 100 }])))[0]?.message).toBe(
      'Expected indicators[0].targets[0].value to be below 100 for ">" (no percent value is above 100, so it is never met) but got "100".',
    );
    expect(issuesOf(() => defineCatalog(catalogWith('percent', [{ kind: 'threshold', op: '<', value: 0 }])))[0]?.code).toBe('out_of_bounds');
    expect(issuesOf(() => defineCatalog(catalogWith('count', [{ kind: 'threshold', op: '=', value: 2.5 }])))[0]?.code).toBe('out_of_bounds');
    expect(issuesOf(() => defineCatalog(catalogWith('count', [{ kind: 'range', min: 2.2, max: 2.8 }])))[0]?.path).toEqual(['indicators', 0, 'targets', 0, 'max']);
    // `> 2.5` on a count is met by 3: valid.
    expect(issuesOf(() => defineCatalog(catalogWith('count', [{ kind: 'threshold', op: '>', value: 2.5 }])))).toEqual([]);
  });

  it('relative changes are not values: "giảm 30%" and "tăng 150%" are valid, and money has no bound', () => {
    expect(
      issuesOf(() =>
        defineCatalog(
          catalogWith('percent-change', [
            { kind: 'change', op: '<=', value: -30, from: 'baseline' },
            { kind: 'change', op: '>=', value: 150, from: 'baseline' },
            { kind: 'growth', op: '>=', value: 7, per: 'year' },
            { kind: 'threshold', op: '>=', value: 250 },
          ]),
        ),
      ),
    ).toEqual([]);
    expect(issuesOf(() => defineCatalog(catalogWith('money', [{ kind: 'threshold', op: '>=', value: -1e9 }])))).toEqual([]);
  });

  it('extendCatalog: an override or a replacement that leaves the bounds is an error on the result', () => {
    const issues = issuesOf(() =>
      extendCatalog(vinhPhuc302, { override: [{ match: { indicator: 'level-4-online-services', by: '2025-12-31' }, set: { value: 150 } }] }),
    );
    const index = vinhPhuc302.indicators.findIndex((i) => i.id === 'level-4-online-services');
    expect(issues).toEqual([expect.objectContaining({ code: 'out_of_bounds', path: ['result', 'indicators', index, 'targets', 0, 'value'], received: '150' })]);
    expect(issuesOf(() => extendCatalog(vinhPhuc302, { targets: { 'level-4-online-services': [{ kind: 'range', min: -5, max: 50 }] } }))[0]?.code).toBe('out_of_bounds');
  });

  it('retargetCatalog and evaluate check the catalog they are given the same way', () => {
    const bad = catalogWith('percent', [{ kind: 'threshold', op: '>=', value: 150, level: 'district' }]);
    expect(issuesOf(() => retargetCatalog(bad, hierarchies.twoTier2025, { district: 'commune' }))[0]).toMatchObject({ code: 'out_of_bounds', path: ['catalog', 'indicators', 0, 'targets', 0, 'value'] });
    expect(issuesOf(() => evaluate(bad, [], { asOf: '2025-12-31' }))[0]).toMatchObject({ code: 'out_of_bounds', path: ['catalog', 'indicators', 0, 'targets', 0, 'value'] });
  });

  it('chiso validate: exit 1 and the problem, with the file named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-bounds-'));
    try {
      const file = join(dir, 'catalog.json');
      writeFileSync(file, JSON.stringify(catalogWith('percent', [{ kind: 'threshold', op: '>=', value: 150 }])));
      let out = '';
      let err = '';
      const code = main(['validate', file], { stdout: (t) => (out += t), stderr: (t) => (err += t), today: '2030-01-01' }, '0.0.0');
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toContain('indicators[0].targets[0].value to be within the bounds of a percent indicator (0 to 100) but got "150"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('item 7, property: for every bounded measure, a target is accepted iff its numbers lie within the bounds and some value of the measure meets it', () => {
  const LARGEST = Number.MAX_SAFE_INTEGER;
  /** The values of each measure, from the model's description (indicator.ts) and the observation checks: a share is a real 0–100, a count a whole number 0 to 2^53 - 1. */
  const domains = {
    percent: { min: 0, max: 100, isValue: (v: number) => v >= 0 && v <= 100 },
    'grdp-share': { min: 0, max: 100, isValue: (v: number) => v >= 0 && v <= 100 },
    count: { min: 0, max: LARGEST, isValue: (v: number) => Number.isSafeInteger(v) && v >= 0 },
  } as const;
  type Bounded = keyof typeof domains;
  const number = fc.oneof(
    fc.constantFrom(-5, -1, -0, 0, 0.5, 1, 2.5, 3, 50, 99.5, 100, 100.5, 150, 1e6, LARGEST - 0.5, LARGEST, LARGEST + 2, 1e300, -1e300),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: -10, max: 110, noNaN: true }),
    fc.integer({ min: -10, max: 1000 }),
  );
  const target: fc.Arbitrary<Target> = fc.oneof(
    fc.record({ kind: fc.constant('threshold' as const), op: fc.constantFrom('>=', '>', '<=', '<', '=') as fc.Arbitrary<'>=' | '>' | '<=' | '<' | '='>, value: number }),
    fc.tuple(number, number).map(([a, b]) => ({ kind: 'range' as const, min: Math.min(a, b), max: Math.max(a, b) })),
  );

  /** Whether some value of the measure meets the target, as `evaluateTarget` judges it: the candidates are the bounds and the whole numbers around each number of the target. */
  function meetable(measure: Bounded, t: Target): boolean {
    const { min, max, isValue } = domains[measure];
    const numbers = t.kind === 'threshold' ? [t.value] : t.kind === 'range' ? [t.min, t.max] : [];
    const candidates = [min, max, ...numbers.flatMap((x) => [x, Math.floor(x), Math.ceil(x), Math.floor(x) + 1, Math.ceil(x) - 1])].filter(isValue);
    return candidates.some((v) => evaluateTarget(t, v).status === 'met');
  }

  it('defineCatalog, loadCatalog and extendCatalog agree with the first-principles answer', () => {
    fc.assert(
      fc.property(fc.constantFrom<Bounded>('percent', 'grdp-share', 'count'), target, (measure, t) => {
        const { min, max } = domains[measure];
        const numbers = t.kind === 'threshold' ? [t.value] : t.kind === 'range' ? [t.min, t.max] : [];
        const expected = numbers.every((x) => x >= min && x <= max) && meetable(measure, t);
        const catalog = catalogWith(measure, [t]);
        const issues = issuesOf(() => defineCatalog(catalog));
        expect(issues.length === 0, JSON.stringify({ measure, t })).toBe(expected);
        if (!expected) {
          expect(issues.every((i) => i.code === 'out_of_bounds' && i.path.length === 5 && ['value', 'min', 'max'].includes(String(i.path[4])))).toBe(true);
        }
        expect(issuesOf(() => loadCatalog(JSON.stringify(catalog))).length === 0).toBe(expected);
        const base = catalogWith(measure, []);
        expect(issuesOf(() => extendCatalog(base, { targets: { x: [t] } })).length === 0).toBe(expected);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('unbounded measures (money, percent-change) and relative-change kinds accept any finite number', () => {
    fc.assert(
      fc.property(number, fc.constantFrom('>=', '<=') as fc.Arbitrary<'>=' | '<='>, (value, op) => {
        const targets = [
          { kind: 'threshold', op, value },
          { kind: 'change', op, value, from: 'baseline' },
          { kind: 'growth', op, value, per: 'year' },
        ];
        expect(issuesOf(() => defineCatalog(catalogWith('percent-change', targets)))).toEqual([]);
        expect(issuesOf(() => defineCatalog(catalogWith('money', [targets[0]])))).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
