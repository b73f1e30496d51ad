import Decimal from 'decimal.js';
import { compareText } from '../../_shared/compareKeys';
import * as z from 'zod/mini';
import { strictObjectSchema } from '../../_shared/strictObjectSchema';
import { ChisoError, type ChisoIssue } from '../../errors';
import { dec, toNumber } from '../../_shared/decimal';
import { makeIssue } from '../../_shared/issue';
import { quickObservation } from '../../model/intake/quickObservation';
import { notAList, parseObservation } from '../../model/intake/parseObservation';
import { valueOfObservation } from '../../model/intake/observationValue';
import { periodKey } from '../../model/intake/periods';
import { radixOrder } from '../../_shared/radixOrder';
import { readValue } from './read';
import { parseOrThrow } from '../../_shared/zod';
import { CatalogSchema } from '../../model/catalog';
import { MeasureSchema, type Measure } from '../../model/indicator';
import type { Observation, Period } from '../../model/observation';
import { UnitRegistrySchema, type Aggregate, type RollUpResult, type UnitRegistry } from '../../model/registry';
import { KebabIdSchema } from '../../model/text';
import type { Unit } from '../../model/unit';
import { defineUnits } from '../defineUnits';

import type { RollUpOptions } from '../../model/registry';

const OptionsSchema = strictObjectSchema({
  catalog: z.optional(CatalogSchema),
  measures: z.optional(z.record(KebabIdSchema, MeasureSchema)),
  minCoverage: z.optional(z.number().check(z.gte(0), z.lte(1))),
  from: z.optional(z.enum(['children', 'leaves'])),
});

/**
 * A figure that can be added up, read exactly. A unit's own figure keeps its JS numbers (exact as
 * given; `dec` reads them by their shortest text when they are added), so a million observations do
 * not each hold decimals; sums are decimals.
 */
type Figure =
  | { readonly shape: 'fraction'; readonly numerator: Decimal | number; readonly denominator: Decimal | number }
  | { readonly shape: 'value'; readonly value: Decimal | number }
  | { readonly shape: 'done'; readonly done: boolean };

interface Own {
  readonly index: number;
  /** `null` for a figure of a unit without a parent that could not be added up (a rank, a percent): it is passed through. */
  readonly figure: Figure | null;
}

interface Contribution {
  readonly unit: string;
  readonly figure: Figure;
  /** Index in `observations` when the figure is the unit's own observation. */
  readonly index?: number;
}

const SHAPE_WORDS: Record<Figure['shape'], string> = { fraction: 'numerator + denominator', value: 'value', done: 'done' };

/**
 * The sum of whole numbers below 2^53 as a JS number while every partial sum stays below 2^53 (so
 * every addition is exact); `undefined` as soon as a term is a decimal, not whole, or the sum would
 * leave that range: the caller then adds in decimal.
 */
function wholeSum(figures: readonly Figure[], field: 'numerator' | 'denominator' | 'value'): number | undefined {
  let sum = 0;
  for (const f of figures) {
    const x = (f as Record<string, unknown>)[field];
    if (typeof x !== 'number' || !Number.isSafeInteger(x)) return undefined;
    sum += x;
    if (!Number.isSafeInteger(sum)) return undefined;
  }
  return sum;
}

// Sums are exact whatever the terms: JS numbers (and sums checked to be JS numbers, see `exactNumber`)
// have at most 17 significant digits between 1e-324 and 1.8e308, so any sum of them fits in well under
// 1000 digits. At `dec`'s 200 digits, 1e300 + 1e-300 would round to 1e300 and pass for exact.
let Sum: typeof Decimal | undefined;
const sumZero = (): Decimal => new (Sum ??= Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 40 }))(0);

/**
 * A sum as a JS number: the nearest one, as any decimal is read, when the sum has a fraction; a
 * whole sum (a count, a numerator, a denominator) only when a JS number holds it exactly, since the
 * nearest one (2^53 + 1 → 2^53) would be a count nobody gave. `undefined` beyond ±1.8e308 or for a
 * whole sum no JS number holds.
 */
function exactNumber(sum: Decimal | number): number | undefined {
  if (typeof sum === 'number') return sum;
  const n = toNumber(sum);
  if (!Number.isFinite(n)) return undefined;
  return !sum.isInteger() || dec(n).eq(sum) ? n : undefined;
}

/** Adds figures of one shape; `undefined` when shapes are mixed (the caller reports it). */
function combine(figures: readonly Figure[]): Figure | undefined {
  const shape = figures[0]?.shape;
  if (shape === undefined) return undefined;
  for (const f of figures) if (f.shape !== shape) return undefined;
  // Counts, and shares of counts, add exactly as whole numbers: the same sum decimals give, without them.
  if (shape === 'value') {
    const value = wholeSum(figures, 'value');
    if (value !== undefined) return { shape: 'value', value };
  } else if (shape === 'fraction') {
    const numerator = wholeSum(figures, 'numerator');
    const denominator = numerator === undefined ? undefined : wholeSum(figures, 'denominator');
    if (numerator !== undefined && denominator !== undefined) return { shape: 'fraction', numerator, denominator };
  }
  let numerator: Decimal = sumZero();
  let denominator: Decimal = sumZero();
  let value: Decimal = sumZero();
  for (const f of figures) {
    if (f.shape === 'fraction') {
      numerator = numerator.plus(f.numerator);
      denominator = denominator.plus(f.denominator);
    } else if (f.shape === 'done') {
      // A share of units: units done out of units reporting.
      numerator = numerator.plus(f.done ? 1 : 0);
      denominator = denominator.plus(1);
    } else {
      value = value.plus(f.value);
    }
  }
  return figures[0]?.shape === 'value' ? { shape: 'value', value } : { shape: 'fraction', numerator, denominator };
}

/**
 * Where the observations come from: an array (`keep`: they are in the result's `observations`), or
 * columns read a row at a time (only the rolled-up observations are in the result).
 */
export interface RollUpSource {
  readonly count: number;
  at(i: number): unknown;
  readonly keep: boolean;
  /** Set when what was given is not a list at all: reported after the option and registry issues. */
  readonly invalid?: unknown;
  /** Rows read from columns: a `value` of a `rank` indicator is its rank (columns have no `rank` field). */
  readonly columns?: boolean;
}

/** `rollUp` and `rollUpColumns`: see their documentation. */
export function rollUpCore(source: RollUpSource, registry: UnitRegistry, options: RollUpOptions): RollUpResult {
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const reg = checkRegistry(registry);
  const minCoverage = dec(opts.minCoverage ?? 1);
  const issues: ChisoIssue[] = [];

  const measures = new Map<string, Measure>(opts.catalog?.indicators.map((ind) => [ind.id, ind.measure]) ?? []);
  for (const [id, measure] of Object.entries(opts.measures ?? {})) {
    const fromCatalog = measures.get(id);
    if (fromCatalog !== undefined && fromCatalog !== measure) {
      issues.push(makeIssue({ code: 'conflicting_measure', path: ['options', 'measures', id], field: id, indicator: id, expected: `the measure catalog "${opts.catalog?.id ?? ''}" gives (${fromCatalog})`, received: measure }));
    }
    measures.set(id, measure);
  }

  const units = new Map<string, { unit: Unit; order: number }>(reg.units.map((unit, order) => [unit.id, { unit, order }]));
  const children = new Map<string, Unit[]>();
  for (const unit of reg.units) {
    if (unit.parent === undefined) continue;
    const siblings = children.get(unit.parent);
    if (siblings === undefined) children.set(unit.parent, [unit]);
    else siblings.push(unit);
  }

  // Observations: shape, unit, measure, duplicates, value, whether it can be added up.
  if ('invalid' in source) {
    throw new ChisoError([...issues, notAList(source.invalid)]);
  }
  const own = new Map<string, Map<string, Own>>();
  // One key string per indicator × period, shared by all the units (not one new string per observation).
  const keyStrings = new Map<string, Map<Period, string>>();
  const keyInfo = new Map<string, { indicator: string; period: Period }>();
  const keyOf = (indicator: string, period: Period): string => {
    let byPeriod = keyStrings.get(indicator);
    if (byPeriod === undefined) keyStrings.set(indicator, (byPeriod = new Map()));
    let key = byPeriod.get(period);
    if (key === undefined) {
      byPeriod.set(period, (key = `${indicator}\u0000${JSON.stringify(period)}`));
      keyInfo.set(key, { indicator, period });
    }
    return key;
  };
  const all: Observation[] = [];
  const measureInfo = new Map(Array.from(measures, ([id, measure]) => [id, { measure }]));
  const dates = new Map<string, boolean>();
  const keep = source.keep;
  const root = source.columns === true ? 'columns' : 'observations';
  const accept = (raw: unknown, i: number): void => {
    const path = ['observations', i];
    // Most observations are plain and valid: checked here field by field, they skip the schema and
    // `readValue` (which would accept them and give the same object and figure); anything else takes
    // the full path below, which words every problem.
    const quick = quickObservation(raw, measureInfo, units, dates);
    const quickFig = quick === undefined ? undefined : quickFigure(quick, measures.get(quick.indicator) as Measure);
    if (quick !== undefined && quickFig !== undefined) {
      const key = keyOf(quick.indicator, quick.period);
      let mine = own.get(quick.unit);
      if (mine === undefined) own.set(quick.unit, (mine = new Map<string, Own>()));
      if (!mine.has(key)) {
        mine.set(key, { index: i, figure: quickFig });
        if (keep) all.push(quick);
        return;
      }
    }
    const o = parseObservation(raw, path, issues);
    if (o === undefined) return;
    const ctx = { unit: o.unit, indicator: o.indicator };
    const known = units.get(o.unit);
    const measure = measures.get(o.indicator);
    if (known === undefined) {
      issues.push(makeIssue({ code: 'unknown_unit', path: [...path, 'unit'], field: 'unit', ...ctx, expected: 'the id of a unit in the registry', received: o.unit }));
    }
    if (measure === undefined) {
      issues.push(makeIssue({ code: 'unknown_indicator', path: [...path, 'indicator'], field: 'indicator', ...ctx, expected: 'an indicator whose measure is known (from options.catalog or options.measures)', received: o.indicator }));
    }
    if (known === undefined || measure === undefined) return;
    const key = keyOf(o.indicator, o.period);
    const mine = own.get(o.unit) ?? new Map<string, Own>();
    if (mine.has(key)) {
      issues.push(makeIssue({ code: 'duplicate_observation', path, field: 'period', ...ctx, expected: 'one observation per unit × indicator × period', received: o.period }));
      return;
    }
    const figure = readFigure(o, measure, path, known.unit.parent !== undefined, issues);
    if (figure === undefined) return;
    mine.set(key, { index: i, figure });
    own.set(o.unit, mine);
    if (keep) all.push(o);
  };
  const columns = source.columns === true;
  for (let i = 0; i < source.count; i += 1) {
    const raw = source.at(i);
    accept(columns ? rankOfColumnRow(raw as Record<string, unknown>, measures) : raw, i);
  }
  if (issues.length > 0) throw new ChisoError(issues);

  const aggregates: Aggregate[] = [];
  // `inOrder`: the contributions already come in registry order (a parent's children are listed so).
  const build = (parent: Unit, key: string, contributions: readonly Contribution[], expected: number, inOrder: boolean): Figure | undefined => {
    const { indicator, period } = keyInfo.get(key) as { indicator: string; period: Period };
    const reported = contributions.length;
    // No unit reported (its children are all no-data): nothing to add up, and no-data is never a zero.
    const figure = reported === 0 ? null : combine(contributions.map((c) => c.figure));
    if (figure === undefined) {
      reportMixed(parent, indicator, contributions, issues);
      return undefined;
    }
    const ok = figure !== null && dec(reported).gte(minCoverage.times(expected));
    const contributors = contributions.map((c) => c.unit);
    const sortedContributors = inOrder ? contributors : contributors.sort((a, b) => (units.get(a)?.order ?? 0) - (units.get(b)?.order ?? 0));
    // A sum a JS number cannot hold exactly (2 × 1e308, or 2^53 + 1) is an error naming the
    // aggregate, never Infinity or a rounded count passed off as the figure.
    const held = (sum: Decimal | number, field: 'numerator' | 'denominator' | 'value'): number | undefined => {
      const n = exactNumber(sum);
      if (n === undefined) issues.push(sumIssue(root, parent, indicator, period, field, sortedContributors, dec(sum)));
      return n;
    };
    let observation: Observation | null = null;
    if (ok && figure.shape === 'value') {
      const value = held(figure.value, 'value');
      if (value === undefined) return undefined;
      observation = { unit: parent.id, indicator, period, value, source: 'roll-up' };
    } else if (ok && figure.shape === 'fraction') {
      const numerator = held(figure.numerator, 'numerator');
      const denominator = held(figure.denominator, 'denominator');
      if (numerator === undefined || denominator === undefined) return undefined;
      observation = { unit: parent.id, indicator, period, numerator, denominator, source: 'roll-up' };
    }
    aggregates.push({
      unit: parent.id,
      level: parent.level,
      indicator,
      period,
      status: ok ? 'ok' : 'no-data',
      coverage: { reported, expected },
      observed: own.get(parent.id)?.has(key) ?? false,
      observation,
      children: sortedContributors,
    });
    return ok && figure !== null ? figure : undefined;
  };

  // Children come after their parents in the registry (strictly lower level), so the reverse order is bottom-up.
  const bottomUp = [...reg.units].reverse();
  if ((opts.from ?? 'children') === 'children') {
    const rolled = new Map<string, Map<string, Figure | undefined>>();
    for (const parent of bottomUp) {
      const kids = children.get(parent.id) ?? [];
      if (kids.length === 0) continue;
      const keys = new Set<string>();
      for (const kid of kids) {
        for (const key of own.get(kid.id)?.keys() ?? []) keys.add(key);
        for (const key of rolled.get(kid.id)?.keys() ?? []) keys.add(key);
      }
      const mine = new Map<string, Figure | undefined>();
      for (const key of keys) {
        const contributions: Contribution[] = [];
        for (const kid of kids) {
          const observed = own.get(kid.id)?.get(key);
          const figure = observed?.figure ?? rolled.get(kid.id)?.get(key);
          if (figure !== undefined && figure !== null) {
            // Written out: a literal that spreads is many times slower in Node 20, at a million contributions.
            contributions.push(observed === undefined ? { unit: kid.id, figure } : { unit: kid.id, figure, index: observed.index });
          }
        }
        mine.set(key, build(parent, key, contributions, kids.length, true));
      }
      rolled.set(parent.id, mine);
    }
  } else {
    const leaves = new Map<string, Unit[]>();
    for (const unit of bottomUp) {
      const kids = children.get(unit.id) ?? [];
      leaves.set(unit.id, kids.length === 0 ? [unit] : kids.flatMap((kid) => leaves.get(kid.id) ?? []));
    }
    for (const parent of bottomUp) {
      if ((children.get(parent.id) ?? []).length === 0) continue;
      const below = leaves.get(parent.id) ?? [];
      const keys = new Set<string>();
      for (const leaf of below) for (const key of own.get(leaf.id)?.keys() ?? []) keys.add(key);
      for (const key of keys) {
        const contributions: Contribution[] = [];
        for (const leaf of below) {
          const observed = own.get(leaf.id)?.get(key);
          if (observed?.figure) contributions.push({ unit: leaf.id, figure: observed.figure, index: observed.index });
        }
        build(parent, key, contributions, below.length, false);
      }
    }
  }
  if (issues.length > 0) throw new ChisoError(issues);

  for (const a of aggregates) if (a.status === 'ok' && !a.observed && a.observation !== null) all.push(a.observation);
  // Both lists in order of unit (registry order), indicator id, then period (a year after its dates).
  // Each item gets one integer key from three small ranks, sorted once: a comparator that looked up
  // the unit's order and built the period keys anew on every comparison took seconds at a million rows.
  const indicatorRank = new Map<string, number>();
  const periodRank = new Map<Period, number>();
  // Every item's indicator and period went through keyOf: its key table lists them all, once each.
  for (const { indicator, period } of keyInfo.values()) {
    indicatorRank.set(indicator, 0);
    periodRank.set(period, 0);
  }
  [...indicatorRank.keys()].sort(compareText).forEach((id, r) => indicatorRank.set(id, r));
  [...periodRank.keys()].sort((a, b) => compareText(periodKey(a), periodKey(b))).forEach((p, r) => periodRank.set(p, r));
  const nI = indicatorRank.size;
  const nP = periodRank.size;
  const sorted = <X extends { unit: string; indicator: string; period: Period }>(list: X[]): X[] => {
    const keys = new Float64Array(list.length);
    list.forEach((x, k) => {
      keys[k] = ((units.get(x.unit)?.order ?? 0) * nI + (indicatorRank.get(x.indicator) as number)) * nP + (periodRank.get(x.period) as number);
    });
    // Whole keys ≥ 0: the stable radix sort orders them as the comparison (key, then list position) would.
    const index = radixOrder(keys);
    return Array.from(index, (k) => list[k] as X);
  };
  return { observations: sorted(all), aggregates: sorted(aggregates) };
}

/** A row of columns as `columnRow` reads it, with the value of a `rank` indicator read as its rank (as `evaluateColumns` reads it). */
function rankOfColumnRow(row: Record<string, unknown>, measures: ReadonlyMap<string, Measure>): Record<string, unknown> {
  if (!('value' in row) || typeof row['indicator'] !== 'string' || measures.get(row['indicator']) !== 'rank') return row;
  return { unit: row['unit'], indicator: row['indicator'], period: row['period'], rank: row['value'] };
}

/**
 * The figure of a plainly valid observation (see `internal/quickObservation`) when it adds up as
 * read — a share of a percent or a GRDP share, a count or an amount — as `readFigure` would give it;
 * `undefined` for anything else, which then takes the full path.
 */
function quickFigure(o: Observation, measure: Measure): Figure | undefined {
  if ('numerator' in o) return measure === 'percent' || measure === 'grdp-share' ? { shape: 'fraction', numerator: o.numerator, denominator: o.denominator } : undefined;
  if ('value' in o) return measure === 'count' || measure === 'money' ? { shape: 'value', value: o.value } : undefined;
  return undefined;
}

/** Validates a registry's shape, then re-checks its units as `defineUnits` does, with paths under `registry`. */
function checkRegistry(registry: UnitRegistry): UnitRegistry {
  const reg = parseOrThrow(UnitRegistrySchema, registry, ['registry']);
  try {
    return defineUnits(reg.units, reg.hierarchy);
  } catch (error) {
    if (!(error instanceof ChisoError)) throw error;
    throw new ChisoError(
      error.issues.map((issue) =>
        makeIssue({ ...issue, path: ['registry', ...issue.path], received: issue.received }),
      ),
    );
  }
}

/**
 * Reads an observation as a figure that can be added up. Values are validated against the measure
 * (via `readValue`) whether or not the unit has a parent; the roll-up rules only bite when it does.
 */
function readFigure(o: Observation, measure: Measure, path: (string | number)[], hasParent: boolean, issues: ChisoIssue[]): Figure | null | undefined {
  const ctx = { unit: o.unit, indicator: o.indicator };
  if (measure === 'done' && 'numerator' in o) {
    // A share of units done (what a roll-up of `done` gives), so it can be rolled up again.
    let ok = true;
    for (const field of ['numerator', 'denominator'] as const) {
      if (!Number.isSafeInteger(o[field])) {
        issues.push(makeIssue({ code: 'invalid_value', path: [...path, field], field, ...ctx, expected: 'a whole number of units ≥ 0 (a done indicator as a share of units)', received: o[field] }));
        ok = false;
      }
    }
    if (!ok) return undefined;
    if (o.numerator > o.denominator) {
      issues.push(makeIssue({ code: 'invalid_value', path: [...path, 'numerator'], field: 'numerator', ...ctx, expected: `at most the denominator (${o.denominator})`, received: o.numerator }));
      return undefined;
    }
    return { shape: 'fraction', numerator: o.numerator, denominator: o.denominator };
  }
  const before = issues.length;
  const reading = readValue(valueOfObservation(o), { path, ...ctx, measure, kinds: [], scale: o.scale }, issues);
  if (reading === undefined || issues.length > before) return undefined;
  if ('done' in o) return { shape: 'done', done: o.done };
  if ('numerator' in o) return { shape: 'fraction', numerator: o.numerator, denominator: o.denominator };
  if ('value' in o && (measure === 'count' || measure === 'money')) return { shape: 'value', value: o.value };
  if (!hasParent) return null;
  if ('rank' in o) {
    issues.push(makeIssue({ code: 'cannot_roll_up', path: [...path, 'rank'], field: 'rank', ...ctx, expected: 'a figure that can be added up (ranks do not roll up)', received: o.rank }));
  } else {
    issues.push(makeIssue({ code: 'cannot_roll_up', path: [...path, 'value'], field: 'value', ...ctx, expected: `numerator + denominator (a ${measure} value cannot be rolled up exactly without its counts)`, received: o.value }));
  }
  return undefined;
}

/** The issue of a sum that no JS number holds exactly: which aggregate (parent, indicator, period), which field, made of which units. */
function sumIssue(root: string, parent: Unit, indicator: string, period: Period, field: string, contributors: readonly string[], sum: Decimal): ChisoIssue {
  const shown = contributors.slice(0, 5).map((id) => `"${id}"`).join(', ');
  const from = contributors.length > 5 ? `${shown} and ${contributors.length - 5} more` : shown;
  return makeIssue({
    code: 'out_of_range',
    path: [root],
    field,
    unit: parent.id,
    indicator,
    expected: `figures whose roll-up into "${parent.id}" for period ${JSON.stringify(period)} (from ${from}) has a ${field} a JS number holds (at most 1.7976931348623157e+308, and a whole sum exactly: every whole number up to 9007199254740991)`,
    received: sum.toString(),
  });
}

function reportMixed(parent: Unit, indicator: string, contributions: readonly Contribution[], issues: ChisoIssue[]): void {
  const byShape = new Map<Figure['shape'], string[]>();
  for (const c of contributions) byShape.set(c.figure.shape, [...(byShape.get(c.figure.shape) ?? []), c.unit]);
  const received = [...byShape].map(([shape, ids]) => `${SHAPE_WORDS[shape]} (${ids.join(', ')})`).join('; ');
  // A mix always involves a unit's own observation (aggregates are all shares): point at the first one given.
  const first = contributions.filter((c) => c.index !== undefined).sort((a, b) => (a.index as number) - (b.index as number))[0];
  issues.push(
    makeIssue({
      code: 'mixed_shapes',
      path: first === undefined ? ['observations'] : ['observations', first.index as number],
      ...(first === undefined ? {} : { unit: first.unit }),
      indicator,
      expected: `one shape for every figure rolled up into "${parent.id}" (a done and a share of units cannot be added up)`,
      received,
    }),
  );
}
