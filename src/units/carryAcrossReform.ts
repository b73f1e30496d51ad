import { ChisoError, type ChisoIssue } from '../errors';
import { dec, toNumber } from '../_shared/decimal';
import { formatPath, makeIssue } from '../_shared/issue';
import type Decimal from 'decimal.js';
import { defineUnits } from '../evaluate/defineUnits';
import { rollUp } from '../evaluate/rollUp';
import type { Catalog } from '../model/catalog';
import type { Hierarchy } from '../model/level';
import type { Measure } from '../model/indicator';
import type { Observation } from '../model/observation';
import type { Coverage, UnitRegistry } from '../model/registry';
import { valueFits } from '../model/intake/observationFields';
import { parseObservation } from '../model/intake/parseObservation';
import { quickObservation } from '../model/intake/quickObservation';
import { periodKey } from '../model/intake/periods';
import { describeUnit, leadingZeroHint } from './_internal/codes';
import { decoded, REFORM_DAY } from './_internal/data';
import { provinceMap } from './provinceMap';

/** Options of {@link carryAcrossReform}. */
export interface CarryOptions {
  /** Where each indicator's measure is read from (as for `rollUp`). */
  readonly catalog?: Catalog;
  /** Each indicator's measure by id (as for `rollUp`). */
  readonly measures?: Readonly<Record<string, Measure>>;
  /** `commune` (default): old commune codes → new xã / phường / đặc khu; `province`: 63 → 34. */
  readonly level?: 'commune' | 'province';
  /**
   * What to do with an old commune split across several new units (`Nhập một phần`): `omit` leaves
   * its figures out (and out of the new units' coverage), `whole-in-each` counts them whole in each
   * new unit it went to. Without a policy, a figure of such a commune is an error.
   */
  readonly split?: 'omit' | 'whole-in-each';
  /** A weight per old unit code (e.g. its population): figures that cannot be added become the weighted mean. */
  readonly weights?: Readonly<Record<string, number>>;
  /** The share of a new unit's old parts that must report, in [0, 1]; `1` by default (as `rollUp`). */
  readonly minCoverage?: number;
}

/** One new unit × indicator × period carried from old units. */
export interface CarriedFigure {
  readonly unit: string;
  readonly indicator: string;
  readonly period: Observation['period'];
  /** `ok`, or `no-data` when too few old parts reported (below `minCoverage`). */
  readonly status: 'ok' | 'no-data';
  /** `sum` (counts, money, shares as numerator/denominator, done as a share of units) or `weighted-mean`. */
  readonly method: 'sum' | 'weighted-mean';
  readonly coverage: Coverage;
  /** The old unit codes whose figures made it, by code. */
  readonly sources: readonly string[];
  /** The carried figure (`null` when `no-data`). */
  readonly observation: Observation | null;
}

/** What {@link carryAcrossReform} returns. */
export interface CarryResult {
  /** The carried observations (the `ok` figures), keyed by new codes. */
  readonly observations: readonly Observation[];
  readonly figures: readonly CarriedFigure[];
  /** The split old communes the `split` policy was applied to, each with the new units it went to. */
  readonly split: { readonly policy: 'omit' | 'whole-in-each' | null; readonly units: readonly { readonly old: string; readonly new: readonly string[] }[] };
}

/** The source of a carried observation. */
const SOURCE = 'carried across the reform of 2025-07-01';
const ADDITIVE: readonly Measure[] = ['count', 'money', 'done'];
const CARRY_LEVEL: Hierarchy = {
  id: 'reform-2025',
  name: { vi: 'Chuyển đổi đơn vị hành chính 1/7/2025', en: 'Reform of 1 July 2025' },
  levels: [
    { id: 'new', name: { vi: 'Đơn vị mới', en: 'New unit' } },
    { id: 'old', name: { vi: 'Đơn vị cũ', en: 'Old unit' } },
  ],
};

/** Old code → the new units it went to, and whether in part. */
interface Target {
  readonly news: readonly string[];
  readonly split: boolean;
}

function targets(level: 'commune' | 'province'): Map<string, Target> {
  const out = new Map<string, { news: string[]; split: boolean }>();
  if (level === 'province') {
    for (const e of provinceMap()) out.set(e.old, { news: [e.new], split: false });
    return out;
  }
  for (const e of decoded().crosswalk) {
    if (e.old === null) continue;
    const t = out.get(e.old) ?? { news: [], split: false };
    t.news.push(e.new);
    if (e.relation === 'part' || t.news.length > 1) t.split = true;
    out.set(e.old, t);
  }
  return out;
}

// Built on first use (nothing runs at import), then kept: the crosswalk never changes.
let childrenCache: Map<string, ReadonlyMap<string, readonly string[]>> | undefined;

/** Each new unit's old parts (`old>new` ids); split communes left out under `omit`. */
function childrenOf(level: 'commune' | 'province', map: ReadonlyMap<string, Target>, omit: boolean): ReadonlyMap<string, readonly string[]> {
  const key = `${level}:${omit}`;
  childrenCache ??= new Map();
  const known = childrenCache.get(key);
  if (known !== undefined) return known;
  const children = new Map<string, string[]>();
  for (const [old, t] of map) {
    if (omit && t.split) continue;
    for (const n of t.news) {
      const list = children.get(n);
      if (list === undefined) children.set(n, [`${old}>${n}`]);
      else list.push(`${old}>${n}`);
    }
  }
  childrenCache.set(key, children);
  return children;
}

/** The new units the figures land on as parents, each with all its old parts as children. */
function carryRegistry(children: ReadonlyMap<string, readonly string[]>, parents: ReadonlySet<string>): UnitRegistry {
  const units: { id: string; name: string; level: string; parent?: string }[] = [];
  for (const p of parents) {
    units.push({ id: p, name: p, level: 'new' });
    for (const c of children.get(p) ?? []) units.push({ id: c, name: c, level: 'old', parent: p });
  }
  return defineUnits(units, CARRY_LEVEL);
}

function periodBeforeReform(period: Observation['period']): boolean {
  return typeof period === 'number' ? period <= 2025 : period < REFORM_DAY;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Carries observations keyed by the units of before 1 July 2025 onto the units that replaced them,
 * through the reform's crosswalk (or, with `level: 'province'`, the 63 → 34 province map).
 *
 * - Counts, money and shares given as numerator and denominator add up, exactly, as `rollUp` adds
 *   them (3/4 and 5/10 make 8/14); `done` becomes a share of old units done. It is `rollUp` that adds
 *   them, over a registry whose parents are the new units and whose children are their old parts.
 * - Coverage is `rollUp`'s: `expected` counts a new unit's old parts, `reported` those with a figure;
 *   below `minCoverage` (default 1) the figure is `no-data`.
 * - A figure that cannot be added (a percent, grdp-share or percent-change `value`) is an error unless
 *   `weights` gives a weight per old unit; then it is the weighted mean Σ wᵢvᵢ / Σ wᵢ, computed
 *   exactly, and `method` says `weighted-mean`. A rank is never carried (carry what it ranks).
 * - An old commune split across new units (`Nhập một phần`) is an error naming it and its new units,
 *   unless `split` is `omit` or `whole-in-each`; `split.units` then lists the communes it was applied to.
 * - One figure per new unit × indicator × period: its old parts must give their figures in one shape
 *   (all as numerator and denominator, all as values, all as done); a mix is an error (`mixed_shapes`)
 *   naming the new unit, indicator, period and the old units of each shape.
 * - Every figure lists the old units that made it (`sources`). Input order never changes the output.
 *
 * @param observations - observations keyed by old codes, with periods before 2025-07-01 (a year up to 2025)
 * @param options - `catalog` / `measures` (required for the measure of each indicator), `level`,
 *   `split`, `weights`, `minCoverage`
 * @returns the carried observations, one figure per new unit × indicator × period, and the split report
 * @throws {ChisoError} with every problem at once: an invalid observation (a count: a whole number from
 *   0 to 9007199254740991); an old unit the crosswalk does not know (`unknown_unit`, saying when the code
 *   is a commune of 4 January 2025 that changed before 1 July 2025, a new unit's, or lost its leading
 *   zeros); old parts of one new unit given in different shapes (`mixed_shapes`); a period on or after
 *   2025-07-01 (`after_reform`); two observations of one old unit × indicator × period
 *   (`duplicate_observation`); a split commune without a policy (`split_unit`); a figure that cannot be
 *   added without weights, or a missing weight (`cannot_carry`); an indicator with no known measure
 *   (`unknown_indicator`); an invalid option. Each bad figure is named once, by the old unit's code,
 *   even when `whole-in-each` counts it in several new units.
 *
 * @example
 * // Phường Ba Đình (00004) took in Trúc Bạch (00004 before) and Quán Thánh (00013) whole.
 * carryAcrossReform([
 *   { unit: '00004', indicator: 'dossiers-online', period: 2024, numerator: 3, denominator: 4 },
 *   { unit: '00013', indicator: 'dossiers-online', period: 2024, numerator: 5, denominator: 10 },
 * ], { measures: { 'dossiers-online': 'percent' }, split: 'omit' }).figures.map((f) => [f.unit, f.observation, f.sources]);
 * //=> [['00004', { unit: '00004', indicator: 'dossiers-online', period: 2024, numerator: 8, denominator: 14, source: 'carried across the reform of 2025-07-01' }, ['00004', '00013']]]
 */
export function carryAcrossReform(observations: readonly Observation[], options: CarryOptions): CarryResult {
  const issues: ChisoIssue[] = [];
  const opts = (typeof options === 'object' && options !== null ? options : {}) as CarryOptions;
  if (typeof options !== 'object' || options === null) {
    issues.push(makeIssue({ code: 'invalid_type', path: ['options'], field: 'options', expected: 'an object with catalog or measures', received: options }));
  }
  const level = opts.level ?? 'commune';
  if (level !== 'commune' && level !== 'province') {
    issues.push(makeIssue({ code: 'invalid_value', path: ['options', 'level'], field: 'level', expected: "'commune' or 'province'", received: level }));
  }
  const policy = opts.split ?? null;
  if (policy !== null && policy !== 'omit' && policy !== 'whole-in-each') {
    issues.push(makeIssue({ code: 'invalid_value', path: ['options', 'split'], field: 'split', expected: "'omit' or 'whole-in-each'", received: policy }));
  }
  const weights = opts.weights;
  if (weights !== undefined) {
    if (typeof weights !== 'object' || weights === null) {
      issues.push(makeIssue({ code: 'invalid_type', path: ['options', 'weights'], field: 'weights', expected: 'an object of weights by old unit code', received: weights }));
    } else {
      for (const [code, w] of Object.entries(weights)) {
        if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
          issues.push(makeIssue({ code: 'invalid_value', path: ['options', 'weights', code], field: 'weights', unit: code, expected: 'a positive finite number', received: w }));
        }
      }
    }
  }
  if (!Array.isArray(observations)) {
    issues.push(makeIssue({ code: 'invalid_type', path: ['observations'], field: 'observations', expected: 'an array of observations', received: observations }));
    throw new ChisoError(issues);
  }
  if (issues.length > 0) throw new ChisoError(issues);

  const measureOf = new Map<string, Measure>();
  for (const indicator of opts.catalog?.indicators ?? []) measureOf.set(indicator.id, indicator.measure);
  for (const [id, m] of Object.entries(opts.measures ?? {})) measureOf.set(id, m);

  // The shared intake's fast path for plain, valid figures; anything else takes the schemas, which word the problem.
  const quick = new Map([...measureOf].map(([id, measure]) => [id, { measure }]));
  const dates = new Map<string, boolean>();
  const map = targets(level);
  const seen = new Map<string, number>();
  const splitUsed = new Map<string, readonly string[]>();
  const additive: { o: Observation; index: number; t: Target }[] = [];
  const averaged: { o: Observation & { value: number }; index: number; t: Target; weight: number }[] = [];
  const unitWord = level === 'commune' ? 'commune' : 'province';
  observations.forEach((raw, index) => {
    const path = ['observations', index];
    const o = quickObservation(raw, quick, undefined, dates) ?? parseObservation(raw, path, issues);
    if (o === undefined) return;
    const unit = o.unit;
    const t = map.get(unit);
    let ok = true;
    if (t === undefined) {
      issues.push(makeIssue({ code: 'unknown_unit', path: [...path, 'unit'], unit, indicator: o.indicator, field: 'unit', expected: `the code of an old ${unitWord} in the crosswalk of 2025-07-01${unknownHint(unit, level, map)}`, received: unit }));
      ok = false;
    }
    if (!periodBeforeReform(o.period)) {
      issues.push(makeIssue({ code: 'after_reform', path: [...path, 'period'], unit, indicator: o.indicator, field: 'period', expected: 'a period before 2025-07-01 (old units ended on 2025-06-30)', received: o.period }));
      ok = false;
    }
    const key = `${unit}\u0000${o.indicator}\u0000${periodKey(o.period)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(makeIssue({ code: 'duplicate_observation', path, unit, indicator: o.indicator, expected: `one observation per old unit × indicator × period (observations[${first}] has it)`, received: o.period }));
      ok = false;
    } else seen.set(key, index);
    const measure = measureOf.get(o.indicator);
    if (measure === undefined) {
      issues.push(makeIssue({ code: 'unknown_indicator', path: [...path, 'indicator'], unit, indicator: o.indicator, field: 'indicator', expected: 'an indicator of options.catalog or options.measures', received: o.indicator }));
      ok = false;
    }
    if (t !== undefined && t.split) {
      if (policy === null) {
        issues.push(makeIssue({ code: 'split_unit', path: [...path, 'unit'], unit, indicator: o.indicator, field: 'unit', expected: `a unit carried whole, or options.split 'omit' or 'whole-in-each' (it went in part to ${t.news.join(', ')})`, received: unit }));
        ok = false;
      } else splitUsed.set(unit, t.news);
    }
    if (!ok || t === undefined || measure === undefined) return;
    if (t.split && policy === 'omit') return;
    if ('rank' in o) {
      issues.push(makeIssue({ code: 'cannot_carry', path, unit, indicator: o.indicator, expected: 'a figure that can be carried (a rank cannot: carry the figures it ranks)', received: o.rank }));
    } else if ('value' in o && !ADDITIVE.includes(measure)) {
      const w = weights?.[unit];
      if (w === undefined) {
        const why = weights === undefined ? 'options.weights to average it' : `a weight for ${unit} in options.weights`;
        issues.push(makeIssue({ code: 'cannot_carry', path: [...path, 'value'], unit, indicator: o.indicator, field: 'value', expected: `a figure that adds up (a ${measure} value does not: give its numerator and denominator, or ${why})`, received: o.value }));
      } else if (!valueFits(measure, o.value, o.scale === 'ratio')) {
        issues.push(makeIssue({ code: 'invalid_value', path: [...path, 'value'], unit, indicator: o.indicator, field: 'value', expected: `a value that fits a ${measure} indicator${o.scale === 'ratio' ? ' (as a ratio)' : ''}`, received: o.value }));
      } else averaged.push({ o, index, t, weight: w });
    } else if (measure === 'count' && 'value' in o && !(Number.isSafeInteger(o.value) && o.value >= 0)) {
      // Checked here, once per old figure, rather than by `rollUp` once per new unit it is moved to.
      issues.push(makeIssue({ code: 'invalid_value', path: [...path, 'value'], unit, indicator: o.indicator, field: 'value', expected: 'a count: a whole number from 0 to 9007199254740991', received: o.value }));
    } else additive.push({ o, index, t });
  });
  mixedShapes(additive, averaged, issues);
  if (issues.length > 0) throw new ChisoError(issues);

  const minCoverage = opts.minCoverage ?? 1;
  const children = childrenOf(level, map, policy === 'omit');
  const figures: CarriedFigure[] = [];

  // Sums: `rollUp` over the new units, each observation moved onto its (old, new) child.
  const moved: Observation[] = [];
  const origin: number[] = [];
  const parents = new Set<string>();
  for (const { o, index, t } of additive) {
    for (const n of t.news) {
      parents.add(n);
      moved.push({ ...o, unit: `${o.unit}>${n}` });
      origin.push(index);
    }
  }
  if (moved.length > 0) {
    const registry = carryRegistry(children, parents);
    let rolled;
    try {
      rolled = rollUp(moved, registry, {
        ...(opts.catalog === undefined ? {} : { catalog: opts.catalog }),
        ...(opts.measures === undefined ? {} : { measures: opts.measures }),
        minCoverage,
      });
    } catch (error) {
      throw error instanceof ChisoError ? new ChisoError(reindexAll(error.issues, origin)) : error;
    }
    for (const a of rolled.aggregates) {
      const observation = a.observation === null ? null : { ...a.observation, source: SOURCE };
      figures.push({
        unit: a.unit, indicator: a.indicator, period: a.period, status: a.status, method: 'sum', coverage: a.coverage,
        sources: a.children.map((c) => c.slice(0, c.indexOf('>'))).sort(compare), observation,
      });
    }
  }

  // Weighted means, exact: Σ wᵢvᵢ / Σ wᵢ per new unit × indicator × period.
  if (averaged.length > 0) {
    const groups = new Map<string, { unit: string; o: Observation & { value: number }; sum: Decimal; weight: Decimal; sources: string[]; scales: Set<string> }>();
    for (const { o, t, weight } of averaged) {
      for (const n of t.news) {
        const key = `${n}\u0000${o.indicator}\u0000${periodKey(o.period)}`;
        const g = groups.get(key) ?? { unit: n, o, sum: dec(0), weight: dec(0), sources: [], scales: new Set<string>() };
        g.sum = g.sum.plus(dec(o.value).times(dec(weight)));
        g.weight = g.weight.plus(dec(weight));
        g.sources.push(o.unit);
        g.scales.add(o.scale ?? 'percent');
        groups.set(key, g);
      }
    }
    for (const g of groups.values()) {
      const exp = children.get(g.unit)?.length ?? g.sources.length;
      const coverage = { reported: g.sources.length, expected: exp };
      const enough = dec(coverage.reported).gte(dec(minCoverage).times(exp));
      if (g.scales.size > 1) {
        issues.push(makeIssue({ code: 'mixed_shapes', path: ['observations'], unit: g.unit, indicator: g.o.indicator, expected: 'values of one scale (percent or ratio) for one new unit', received: [...g.scales].join(', ') }));
        continue;
      }
      const observation: Observation | null = enough
        ? { unit: g.unit, indicator: g.o.indicator, period: g.o.period, value: toNumber(g.sum.dividedBy(g.weight)), ...(g.o.scale === undefined ? {} : { scale: g.o.scale }), source: SOURCE, note: 'weighted mean by options.weights' }
        : null;
      figures.push({
        unit: g.unit, indicator: g.o.indicator, period: g.o.period, status: enough ? 'ok' : 'no-data', method: 'weighted-mean', coverage,
        sources: [...g.sources].sort(compare), observation,
      });
    }
    if (issues.length > 0) throw new ChisoError(issues);
  }

  figures.sort((a, b) => compare(a.unit, b.unit) || compare(a.indicator, b.indicator) || compare(periodKey(a.period), periodKey(b.period)));
  const split = [...splitUsed].sort((a, b) => compare(a[0], b[0])).map(([old, news]) => ({ old, new: [...news] }));
  return {
    observations: figures.flatMap((f) => (f.observation === null ? [] : [f.observation])),
    figures,
    split: { policy, units: split },
  };
}

/** Why a code is not an old unit of the crosswalk, for the message: what it is, or what was meant. */
function unknownHint(unit: string, level: 'commune' | 'province', map: ReadonlyMap<string, Target>): string {
  const { afterByCode, beforeByCode } = decoded();
  const listed = beforeByCode.get(unit);
  if (level === 'commune' && listed?.level === 'commune') {
    // In the January list but not in the table: merged or renamed between January and July 2025.
    return ` (${unit} is ${describeUnit(listed)} in the list of 4 January 2025 but not among the crosswalk's old units: it changed before 1 July 2025, so its figures cannot be carried by the crosswalk)`;
  }
  const zeros = leadingZeroHint(unit, map);
  if (zeros !== '') return zeros;
  // A code of the new set only: a figure of a new unit, dated before the units existed, or not to be carried.
  const newUnit = afterByCode.get(unit);
  return newUnit === undefined ? '' : ` (${unit} is ${newUnit.name} from 2025-07-01, which needs no carrying)`;
}

const SHAPE_NAMES = { fraction: 'numerator and denominator', value: 'value', done: 'done' } as const;

/**
 * One figure per new unit × indicator × period: old parts given in different shapes (a share as
 * numerator and denominator in one, as a value with a weight in another) would make two, each
 * counting only its own parts. Every such group is an issue naming the old units of each shape.
 */
function mixedShapes(additive: readonly { o: Observation; index: number; t: Target }[], averaged: readonly { o: Observation; index: number; t: Target }[], issues: ChisoIssue[]): void {
  const shapeOf = (o: Observation): string => ('numerator' in o ? SHAPE_NAMES.fraction : 'done' in o ? SHAPE_NAMES.done : SHAPE_NAMES.value);
  const keyOf = (n: string, o: Observation): string => `${n}\u0000${o.indicator}\u0000${periodKey(o.period)}`;
  // A first pass keeps one shape per group, so a million figures cost a map of strings; the old units are gathered only for the groups that mix.
  const first = new Map<string, string>();
  const mixed = new Set<string>();
  for (const list of [additive, averaged]) {
    for (const { o, t } of list) {
      const shape = shapeOf(o);
      for (const n of t.news) {
        const key = keyOf(n, o);
        const known = first.get(key);
        if (known === undefined) first.set(key, shape);
        else if (known !== shape) mixed.add(key);
      }
    }
  }
  if (mixed.size === 0) return;
  const groups = new Map<string, { unit: string; o: Observation; first: number; shapes: Map<string, string[]> }>();
  for (const list of [additive, averaged]) {
    for (const { o, index, t } of list) {
      for (const n of t.news) {
        const key = keyOf(n, o);
        if (!mixed.has(key)) continue;
        const g = groups.get(key) ?? { unit: n, o, first: index, shapes: new Map<string, string[]>() };
        g.first = Math.min(g.first, index);
        const olds = g.shapes.get(shapeOf(o));
        if (olds === undefined) g.shapes.set(shapeOf(o), [o.unit]);
        else olds.push(o.unit);
        groups.set(key, g);
      }
    }
  }
  const found = [...groups.values()].sort((a, b) => a.first - b.first || compare(a.unit, b.unit));
  for (const g of found) {
    const newUnit = decoded().afterByCode.get(g.unit);
    const named = newUnit === undefined ? g.unit : `${g.unit} ${describeUnit(newUnit)}`;
    const shapes = [...g.shapes].sort((a, b) => compare(a[0], b[0]));
    // The old units in `expected`: `received` is cut short in a message, and they are what to fix.
    const from = shapes.map(([shape, olds]) => `${shape} from ${[...olds].sort(compare).join(', ')}`).join('; ');
    issues.push(makeIssue({
      code: 'mixed_shapes', path: ['observations', g.first], unit: g.unit, indicator: g.o.indicator,
      expected: `one shape for every old figure carried into new unit ${named} for period ${String(g.o.period)}, which makes one figure (here ${from}: give every old unit's figure in one shape, e.g. every share as numerator and denominator)`,
      received: shapes.map(([shape]) => shape).join(', '),
    }));
  }
}

/** The id of an old unit moved onto a new one (`26737>26740`), never shown: the old code. */
const OLD_OF_MOVED = /(\d+)>\d+/gu;

/**
 * The issues of the moved observations, pointed back at the caller's observations, with the old
 * unit's code where `rollUp` saw an internal id, and said once where one old figure was moved to
 * several new units (`whole-in-each`).
 */
function reindexAll(issues: readonly ChisoIssue[], origin: readonly number[]): ChisoIssue[] {
  const seen = new Set<string>();
  const out: ChisoIssue[] = [];
  for (const issue of issues) {
    const r = reindex(issue, origin);
    if (seen.has(r.message)) continue;
    seen.add(r.message);
    out.push(r);
  }
  return out;
}

/** `rollUp`'s words for a new unit (`roll-up into "00004"`), as the new unit carried into. */
const ROLLED_INTO = /(?:roll-up|rolled up) into "([^"]+)"/gu;

/** A text of `rollUp` about the moved observations, in the words of carrying. */
function carryWords(text: string): string {
  return text.replace(OLD_OF_MOVED, '$1').replace(ROLLED_INTO, (_, code: string) => {
    const unit = decoded().afterByCode.get(code);
    return `carrying into new unit ${code}${unit === undefined ? '' : ` ${describeUnit(unit)}`}`;
  });
}

/** An issue of the moved observations, pointed back at the caller's observation. */
function reindex(issue: ChisoIssue, origin: readonly number[]): ChisoIssue {
  const at = issue.path[1];
  const moved = issue.path[0] === 'observations' && typeof at === 'number' && origin[at] !== undefined;
  const path = moved ? ['observations', origin[at] as number, ...issue.path.slice(2)] : [...issue.path];
  const message = carryWords(moved ? issue.message.replace(formatPath(issue.path.slice(0, 2)), formatPath(path.slice(0, 2))) : issue.message);
  const unit = issue.unit?.replace(OLD_OF_MOVED, '$1');
  return Object.freeze({
    ...issue, path: Object.freeze(path), message, expected: carryWords(issue.expected), received: carryWords(issue.received),
    ...(unit === undefined ? {} : { unit }),
  });
}
