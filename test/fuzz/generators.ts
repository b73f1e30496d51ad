// Generators of well-formed input, so the fuzz reaches the code behind validation, not only its
// error path. Every generated value is valid by construction (the fuzz tests assert they return).
import fc from 'fast-check';
import { catalogs } from '../../src/catalogs/index';
import type { Catalog } from '../../src/model/catalog';
import { threeTier2021 } from '../../src/model/hierarchies';
import type { Indicator, Measure } from '../../src/model/indicator';
import type { Observation } from '../../src/model/observation';
import type { Rule, Scheme, SchemeNode } from '../../src/model/scheme';
import type { Target } from '../../src/model/target';
import type { Unit } from '../../src/model/unit';

export const vinhPhuc: Catalog = catalogs.vinhPhuc302;

/** Labels that cannot spell `NaN`, `Infinity` or `undefined` (the renderers' broken-number check). */
export const label = fc.string({ unit: fc.constantFrom(...'ABCĐXYZ ăâêôơưđ0123456789<>&"\'-.,%'.split('')), minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0);

export const kebab = fc
  .array(fc.string({ unit: fc.constantFrom(...'abcxyz019'.split('')), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));

const text = fc.record({ vi: label, en: label });

/** A real `YYYY-MM-DD` date between 1950 and 2150. */
export const isoDate = fc
  .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A reporting period: a year or a date (2019–2027). */
export const period = fc.oneof(
  fc.integer({ min: 2019, max: 2027 }),
  fc.date({ min: new Date(Date.UTC(2019, 0, 1)), max: new Date(Date.UTC(2027, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** Finite numbers of every size, including -0 and the extremes of doubles. */
export const finite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE), fc.integer());
/** A percent 0–100 (with both ends and -0). */
export const percent = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, -0, 100, 57, 79.99999999999999));

/** A share as counts, numerator ≤ denominator (zero denominators included). */
export const fraction = fc
  .tuple(fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true })), fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true })))
  .map(([a, b]) => (a <= b ? { numerator: a, denominator: b } : { numerator: b, denominator: a }));

/** A number within a count's bounds, 0 to 2⁵³ − 1 (both ends and -0 included; not always whole). */
export const countBound = fc.oneof(fc.double({ min: 0, max: Number.MAX_SAFE_INTEGER, noNaN: true }), fc.nat(), fc.constantFrom(0, -0, 2.5, Number.MAX_SAFE_INTEGER));

/** A target that fits an indicator of `measure`: its numbers within the measure's bounds (0–100 for a share, ≥ 0 for a count). */
export function targetFor(measure: Measure, levels: readonly string[]): fc.Arbitrary<Target> {
  // A wording with a number could contradict the target (`wording_mismatch`, test/config/wordingCheck.test.ts): none here.
  const common = fc.record({ level: fc.constantFrom(...levels), by: isoDate, wording: label.filter((s) => !/\d/.test(s)) }, { requiredKeys: [] });
  const share = measure === 'percent' || measure === 'grdp-share';
  const count = measure === 'count';
  const value = share ? percent : count ? countBound : finite;
  const top = share ? 100 : Number.MAX_SAFE_INTEGER;
  const threshold = fc
    .record({ kind: fc.constant('threshold' as const), op: fc.constantFrom('>=', '>', '<=', '<', '=') as fc.Arbitrary<'>=' | '>' | '<=' | '<' | '='>, value })
    // Targets no value can meet are not valid: `> 100` on a share, `< 0` on a share or a count, `= 2.5` on a count.
    .filter((t) => !((share || count) && ((t.op === '>' && t.value === top) || (t.op === '<' && t.value === 0))) && !(count && t.op === '=' && !Number.isInteger(t.value)));
  const range = fc
    .tuple(value, value)
    .map(([a, b]) => ({ kind: 'range' as const, min: Math.min(a, b), max: Math.max(a, b) }))
    // A count range must hold a whole number.
    .filter((r) => !count || Math.ceil(r.min) <= r.max);
  const qualitative = fc.constant({ kind: 'qualitative' as const });
  const byKind: fc.Arbitrary<Record<string, unknown>>[] =
    measure === 'rank'
      ? [fc.record({ kind: fc.constant('rank' as const), top: fc.integer({ min: 1, max: 100 }) }), qualitative]
      : measure === 'done'
        ? [fc.constant({ kind: 'done' as const }), qualitative]
        : measure === 'percent-change'
          ? [
              fc.record({ kind: fc.constant('change' as const), op: fc.constantFrom('>=', '<=') as fc.Arbitrary<'>=' | '<='>, value: finite, from: fc.constant('baseline' as const) }),
              fc.record({ kind: fc.constant('growth' as const), op: fc.constantFrom('>=', '<=') as fc.Arbitrary<'>=' | '<='>, value: fc.double({ min: -99, max: 1000, noNaN: true }), per: fc.constant('year' as const) }),
              threshold,
              range,
            ]
          : [threshold, range, qualitative];
  return fc.tuple(fc.oneof(...byKind), common).map(([t, c]) => ({ ...t, ...c }) as Target);
}

const MEASURES: Measure[] = ['percent', 'count', 'money', 'grdp-share', 'percent-change', 'rank', 'done'];
const source = fc.record({ document: label, section: label });

export const indicator = (levels: readonly string[]): fc.Arbitrary<Indicator> =>
  fc.constantFrom(...MEASURES).chain((measure) =>
    fc.record({
      id: kebab,
      name: text,
      pillar: fc.constantFrom('digital-government', 'digital-economy', 'digital-society', 'smart-city', 'foundations') as fc.Arbitrary<Indicator['pillar']>,
      measure: fc.constant(measure),
      source,
      targets: fc.array(targetFor(measure, levels), { maxLength: 3 }),
    }),
  );

/** A valid catalog of up to 6 invented indicators on the three-tier hierarchy. */
export const catalog: fc.Arbitrary<Catalog> = fc
  .record({
    id: kebab,
    plan: fc.record({ issuer: text, title: text, number: label, date: isoDate }, { requiredKeys: ['issuer', 'title'] }),
    indicators: fc.uniqueArray(indicator(threeTier2021.levels.map((l) => l.id)), { maxLength: 6, selector: (i) => i.id }),
  })
  .map((c) => ({ ...c, hierarchy: threeTier2021 }) as Catalog);

/** A value that fits an indicator of `measure` (and its targets). */
export function valueFor(ind: Indicator): fc.Arbitrary<Record<string, unknown>> {
  const qualitative = ind.targets.some((t) => t.kind === 'qualitative');
  const done = fc.boolean().map((d) => ({ done: d }));
  const withDone = (arbs: fc.Arbitrary<Record<string, unknown>>[]) => (qualitative ? [...arbs, done] : arbs);
  switch (ind.measure) {
    case 'percent':
    case 'grdp-share':
      return fc.oneof(...withDone([percent.map((v) => ({ value: v })), fraction, fc.double({ min: 0, max: 1, noNaN: true }).map((v) => ({ value: v, scale: 'ratio' }))]));
    case 'count':
      return fc.oneof(...withDone([fc.oneof(fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER)).map((v) => ({ value: v }))]));
    case 'money':
    case 'percent-change':
      return fc.oneof(...withDone([finite.map((v) => ({ value: v }))]));
    case 'rank':
      return fc.oneof(...withDone([fc.integer({ min: 1, max: 63 }).map((r) => ({ rank: r }))]));
    case 'done':
      return fc.oneof(done, fraction);
  }
}

/** Units of the three-tier hierarchy: a province, two districts, three communes. */
export const units: Unit[] = [
  { id: 'p', name: 'Tỉnh', level: 'province' },
  { id: 'd1', name: 'Huyện 1', level: 'district', parent: 'p' },
  { id: 'd2', name: 'Huyện 2', level: 'district', parent: 'p' },
  { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
  { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd1' },
  { id: 'c3', name: 'Xã 3', level: 'commune', parent: 'd2' },
];

/** Well-formed observations of a catalog's indicators for `units`, unique per unit × indicator × period. */
export function observationsFor(cat: Catalog, unitIds: readonly string[] = units.map((u) => u.id), maxLength = 40): fc.Arbitrary<Observation[]> {
  if (cat.indicators.length === 0) return fc.constant([]);
  const one = fc
    .tuple(fc.constantFrom(...unitIds), fc.constantFrom(...cat.indicators), period)
    .chain(([unit, ind, p]) => valueFor(ind).map((v) => ({ unit, indicator: ind.id, period: p, ...v }) as Observation));
  return fc.uniqueArray(one, { maxLength, selector: (o) => `${o.unit} ${o.indicator} ${typeof o.period} ${o.period}` });
}

/** A scoring scheme over leaves x0…x{n-1} with rules that read any number or boolean. */
export const scheme: fc.Arbitrary<Scheme> = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constant<Rule>({ kind: 'minmax' }),
        fc.constant<Rule>({ kind: 'zscore' }),
        fc.constant<Rule>({ kind: 'minmax', min: 0, max: 100, truncate: true }),
        fc.constant<Rule>({ kind: 'minmax', min: -1e300, max: 1e300, truncate: true }),
        fc.constant<Rule>({ kind: 'bands', bands: [{ min: -1e308, index: 0 }, { min: 0, index: 0.5 }, { min: 50, index: 1 }] }),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    fc.constantFrom('arithmetic', 'geometric'),
    fc.option(fc.array(fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 1e-6, max: 1e6, noNaN: true })), { minLength: 5, maxLength: 5 })),
  )
  .map(([rules, aggregation, points]) => {
    const children: SchemeNode[] = rules.map((rule, i) => ({ id: `x${i}`, name: { vi: `x${i}`, en: `x${i}` }, indicator: `x${i}`, rule, ...(points === null ? {} : { points: points[i] }) }) as SchemeNode);
    return { id: 'fuzz', name: { vi: 'Fuzz', en: 'Fuzz' }, root: { id: 'root', name: { vi: 'Gốc', en: 'Root' }, aggregation, children } } as Scheme;
  });

/** Score inputs for a scheme's leaves x0…x4, for units u0…u5, one period. */
export const scoreInputs = fc.uniqueArray(
  fc.record({ unit: fc.constantFrom('u0', 'u1', 'u2', 'u3', 'u4', 'u5'), indicator: fc.constantFrom('x0', 'x1', 'x2', 'x3', 'x4'), period: fc.constant(2024), value: finite }),
  { maxLength: 30, selector: (o) => `${o.unit} ${o.indicator}` },
);
