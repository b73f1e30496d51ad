// Reading score's observations, objects or columns, into the columnar store. The shape detection,
// the quick check and the slow schema check here are score's own for now; the one observation intake
// in src/model/intake/ will take their place (this file is the one to swap).
import type { ObservationColumns } from '../../model/observationColumns';
import { checkColumns } from '../../model/intake/checkColumns';
import { columnError, columnRow } from '../../model/intake/columnRows';
import { observationShape } from '../../model/intake/observationShape';
import { givenContext as contextOf, parseObservation, type ObservationSchemas } from '../../model/intake/parseObservation';
import { plainShape } from '../../model/intake/plainObservation';
import { DoneObservationSchema, FractionObservationSchema, RankObservationSchema, type Period } from '../../model/observation';
import { ScoreInputSchema } from '../../model/scheme';
import { ChisoError, type ChisoIssue } from '../../errors';
import { makeIssue } from '../../_shared/issue';
import { fromZodIssues } from '../../_shared/zod';
import { ABSENT, BOOL, CATEGORY, NONE, NUMBER, SHARE_PERCENT, SHARE_RATIO } from './codes';
import { misfit, type IndicatorPlan } from './indicators';
import { Store } from './store';

/** The schemas of score's shapes: a `value` may also be a boolean or a category. */
const SCHEMAS: ObservationSchemas = [ScoreInputSchema, FractionObservationSchema, DoneObservationSchema, RankObservationSchema];

type Path = (string | number)[];

/** An observation once valid, whichever its shape (the fields of the other shapes are absent). */
interface Obs {
  readonly unit: string;
  readonly indicator: string;
  readonly period: Period;
  readonly value?: number | boolean | string;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly done?: boolean;
  readonly rank?: number;
  readonly scale?: 'percent' | 'ratio';
}

/** Rows of observation columns read at a time (see readColumns). */
const COLUMN_CHUNK = 4096;

/**
 * The quick check of an observation: its shape (0 value, 1 numerator + denominator, 2 done, 3 rank)
 * when it is plainly valid, −1 when it needs the schema (which then says what is wrong, or accepts
 * it). Never accepts what the schemas reject.
 */
function quickShape(o: Record<string, unknown>, periods: Map<string, boolean>): number {
  if (Array.isArray(o)) return -1;
  switch (plainShape(o, undefined, periods)) {
    case 0: {
      const value = o['value'];
      if (typeof value === 'number') return Number.isFinite(value) ? 0 : -1;
      if (typeof value === 'boolean') return 0;
      return typeof value === 'string' && value.length > 0 ? 0 : -1;
    }
    case 1: {
      const n = o['numerator'];
      const d = o['denominator'];
      return typeof n === 'number' && typeof d === 'number' && Number.isFinite(n) && Number.isFinite(d) && n >= 0 && d >= 0 ? 1 : -1;
    }
    case 2:
      return typeof o['done'] === 'boolean' ? 2 : -1;
    case 3: {
      const r = o['rank'];
      return typeof r === 'number' && Number.isSafeInteger(r) && r > 0 ? 3 : -1;
    }
    default:
      return -1;
  }
}

/** The schema's verdict on an observation the quick check did not accept, with its issues. */
function parseSlow(raw: unknown, path: Path, issues: ChisoIssue[]): { o: Obs; shape: number } | undefined {
  const o = parseObservation<Obs>(raw, path, issues, SCHEMAS);
  return o === undefined ? undefined : { o, shape: observationShape(o) };
}

/** The observations read: their cells, and each period's rows by unit. */
export interface Cells {
  readonly store: Store;
  readonly rowsByPeriod: Map<Period, Map<string, number>>;
}

/**
 * Reads `score`'s observations, objects or columns, into cells: unit × period (a row) × indicator (a
 * slot), each checked against the leaves that read it.
 *
 * @param observations - as `score` takes them: an array of objects, or observation columns
 * @param indicators - the indicators the scheme reads (`planIndicators`)
 * @param schemeId - the scheme's id, for an unknown indicator's issue
 * @returns the cells
 * @throws {ChisoError} with every issue of the observations (paths into the columns for columns);
 *   `invalid_type` for anything else
 */
export function readCells(observations: unknown, indicators: ReadonlyMap<string, IndicatorPlan>, schemeId: string): Cells {
  if (Array.isArray(observations)) return readObservations(observations, indicators, schemeId);
  if (typeof observations === 'object' && observations !== null && 'unit' in observations) {
    return readColumns(observations as ObservationColumns, checkColumns(observations, []), indicators, schemeId);
  }
  throw new ChisoError([makeIssue({ code: 'invalid_type', path: ['observations'], field: 'observations', expected: 'an array of observations, or observation columns', received: observations })]);
}

/** Reads every observation into its cell: unit × period (a row) × indicator (a slot). Throws all the issues found. */
function readObservations(
  observations: readonly unknown[],
  indicators: ReadonlyMap<string, IndicatorPlan>,
  schemeId: string,
): Cells {
  const reader = new Reader(indicators, schemeId, observations.length);
  reader.readAll(observations);
  if (reader.issues.length > 0) throw new ChisoError(reader.issues);
  return { store: reader.store, rowsByPeriod: reader.rowsByPeriod };
}

/**
 * Reads observation columns as {@link readObservations} reads objects: a few thousand rows at a time
 * become short-lived observation objects, so no object per row outlives its chunk. Issues point into
 * the columns (`columns.value[i]`).
 */
function readColumns(
  columns: ObservationColumns,
  count: number,
  indicators: ReadonlyMap<string, IndicatorPlan>,
  schemeId: string,
): Cells {
  const reader = new Reader(indicators, schemeId, count);
  const chunk: unknown[] = [];
  for (let from = 0; from < count; from += COLUMN_CHUNK) {
    const to = Math.min(count, from + COLUMN_CHUNK);
    chunk.length = 0;
    for (let i = from; i < to; i += 1) chunk.push(columnRow(columns, i));
    reader.readAll(chunk, from);
  }
  if (reader.issues.length > 0) throw columnError(new ChisoError(reader.issues));
  return { store: reader.store, rowsByPeriod: reader.rowsByPeriod };
}

class Reader {
  readonly issues: ChisoIssue[] = [];
  readonly store: Store;
  readonly rowsByPeriod = new Map<Period, Map<string, number>>();
  private readonly periodCache = new Map<string, boolean>();
  private readonly bySlot: readonly IndicatorPlan[];
  // Long data repeats one order of indicators: after indicator a, guess the one that followed a last
  // time (a string comparison) before asking the map.
  private readonly following: Int32Array;
  private previous = -1;
  private lastUnit: string | undefined;
  private lastPeriod: Period | undefined;
  private lastRow = -1;

  constructor(
    private readonly indicators: ReadonlyMap<string, IndicatorPlan>,
    private readonly schemeId: string,
    count: number,
  ) {
    const width = indicators.size;
    this.store = new Store(width, Math.ceil(count / Math.max(width, 1)) + 16);
    this.bySlot = [...indicators.values()];
    this.following = new Int32Array(width).fill(-1);
  }

  /** The hot loop: a plainly valid number or boolean `value` is stored here; anything else goes through {@link readOne}. */
  readAll(observations: readonly unknown[], offset = 0): void {
    const store = this.store;
    const width = store.width;
    for (let i = 0; i < observations.length; i += 1) {
      const raw: unknown = observations[i];
      if (typeof raw !== 'object' || raw === null || quickShape(raw as Record<string, unknown>, this.periodCache) !== 0) {
        this.readOne(raw, i + offset);
        continue;
      }
      const o = raw as Obs;
      const value = o.value;
      const ind = this.indicatorOf(o.indicator);
      if (ind === undefined || o.scale !== undefined || (typeof value === 'number' ? !(ind.numeric && value >= ind.lo && value <= ind.hi) : typeof value !== 'boolean' || !ind.bool)) {
        this.readOne(raw, i + offset);
        continue;
      }
      const slot = this.rowOf(o.unit, o.period) * width + ind.slot;
      if (store.kinds[slot] !== ABSENT) {
        this.readOne(raw, i + offset);
        continue;
      }
      if (typeof value === 'number') {
        store.kinds[slot] = NUMBER;
        store.nums[slot] = value;
      } else {
        store.kinds[slot] = BOOL;
        store.nums[slot] = value ? 1 : 0;
      }
    }
  }

  private indicatorOf(name: string): IndicatorPlan | undefined {
    const previous = this.previous;
    const guess = previous >= 0 ? (this.following[previous] as number) : -1;
    let ind: IndicatorPlan | undefined;
    if (guess >= 0 && (this.bySlot[guess] as IndicatorPlan).name === name) {
      ind = this.bySlot[guess] as IndicatorPlan;
    } else {
      ind = this.indicators.get(name);
      if (ind === undefined) return undefined;
      if (previous >= 0) this.following[previous] = ind.slot;
    }
    this.previous = ind.slot;
    return ind;
  }

  private rowOf(unit: string, period: Period): number {
    if (unit === this.lastUnit && period === this.lastPeriod) return this.lastRow;
    let units = this.rowsByPeriod.get(period);
    if (units === undefined) {
      units = new Map();
      this.rowsByPeriod.set(period, units);
    }
    let row = units.get(unit);
    if (row === undefined) {
      row = this.store.addRow(unit, period);
      units.set(unit, row);
    }
    this.lastUnit = unit;
    this.lastPeriod = period;
    this.lastRow = row;
    return row;
  }

  /** One observation, any shape, with every check and its issue. */
  private readOne(raw: unknown, i: number): void {
    const { issues, store } = this;
    let shape = typeof raw === 'object' && raw !== null ? quickShape(raw as Record<string, unknown>, this.periodCache) : -1;
    let o = raw as Obs;
    let ind = shape >= 0 ? this.indicatorOf(o.indicator) : undefined;
    if (ind === undefined) {
      // The schema's way, with its issues; an unknown (well-formed) indicator lands here too.
      const parsed = parseSlow(raw, ['observations', i], issues);
      if (parsed === undefined) return;
      o = parsed.o;
      shape = parsed.shape;
      ind = this.indicators.get(o.indicator);
      if (ind === undefined) {
        issues.push(makeIssue({ code: 'unknown_indicator', path: ['observations', i, 'indicator'], field: 'indicator', ...contextOf(raw), expected: `an indicator used by a leaf of scheme "${this.schemeId}"`, received: o.indicator }));
        return;
      }
    }
    const period = o.period;
    const slot = this.rowOf(o.unit, period) * store.width + ind.slot;
    if (store.kinds[slot] !== ABSENT) {
      issues.push(makeIssue({ code: 'duplicate_observation', path: ['observations', i], ...contextOf(raw), field: 'period', expected: 'one observation per unit × indicator × period', received: period }));
      return;
    }
    const invalid = (field: string, expected: string, received: unknown): void => {
      issues.push(makeIssue({ code: 'invalid_value', path: ['observations', i, field], field, ...contextOf(raw), expected, received }));
    };
    let kind: number;
    let v = 0;
    let text = '';
    let field = 'value';
    if (shape === 0) {
      const value = o.value as number | boolean | string;
      if (typeof value === 'number') {
        if (o.scale === 'ratio' && (value < 0 || value > 1)) return invalid('value', "a ratio between 0 and 1 (scale: 'ratio')", value);
        if (o.scale === 'percent' && (value < 0 || value > 100)) return invalid('value', "a percent between 0 and 100 (scale: 'percent')", value);
        kind = NUMBER;
        v = value;
      } else {
        if (o.scale !== undefined) return invalid('scale', 'absent for a value that is not a number', o.scale);
        if (typeof value === 'boolean') {
          kind = BOOL;
          v = value ? 1 : 0;
        } else {
          kind = CATEGORY;
          text = value;
        }
      }
    } else if (shape === 1) {
      const n = o.numerator as number;
      const d = o.denominator as number;
      if (n > d) return invalid('numerator', `at most the denominator (${d})`, n);
      if (d === 0) {
        kind = NONE;
        field = 'denominator';
      } else {
        kind = o.scale === 'ratio' ? SHARE_RATIO : SHARE_PERCENT;
        v = kind === SHARE_RATIO ? n / d : (n * 100) / d;
        field = 'numerator';
      }
    } else if (shape === 2) {
      kind = BOOL;
      v = o.done === true ? 1 : 0;
      field = 'done';
    } else {
      kind = NUMBER;
      v = o.rank as number;
      field = 'rank';
    }
    // The quick check of the value against every leaf that reads it; the slow one says what is wrong.
    let fits: boolean;
    if (kind === NONE) fits = true;
    else if (kind === BOOL) fits = ind.bool;
    else if (kind === CATEGORY) fits = ind.categorical && ind.users.every((u) => (u.categories as ReadonlyMap<string, number>).has(text));
    else fits = ind.numeric && v >= ind.lo && v <= ind.hi;
    if (!fits) {
      fits = true;
      for (const leaf of ind.users) {
        const expected = misfit(leaf.node.rule, kind, v, text);
        if (expected === undefined) continue;
        invalid(field, `${expected} (rule "${leaf.node.rule.kind}" of leaf "${leaf.node.id}")`, 'value' in o ? o.value : 'done' in o ? o.done : 'rank' in o ? o.rank : v);
        fits = false;
      }
      if (!fits) return;
    }
    store.kinds[slot] = kind;
    store.nums[slot] = v;
    if (kind === SHARE_PERCENT || kind === SHARE_RATIO) store.setShare(slot, o.numerator as number, o.denominator as number);
    else if (kind === CATEGORY) store.text.set(slot, text);
  }
}
