import { ChisoError } from '../errors';
import { boundsOf, decimalParts, fastJudge, type Bounds } from './_internal/fastJudge';
import { judge, type Reading } from './_internal/judge';
import { periodKey, periodUsable } from '../model/intake/periods';
import { compareText } from '../_shared/compareKeys';
import { setUpEvaluation } from './_internal/evaluationSetup';
import { targetLevels } from './_internal/targetLevels';
import { makeIssue } from '../_shared/issue';
import { quickObservation } from '../model/intake/quickObservation';
import { readValue, type ReadContext } from './_internal/read';
import { fromZodIssues } from '../_shared/zod';
import type { Catalog } from '../model/catalog';
import type { Indicator } from '../model/indicator';
import {
  DoneObservationSchema,
  FractionObservationSchema,
  RankObservationSchema,
  ValueObservationSchema,
  type Observation,
  type Period,
} from '../model/observation';
import type { IgnoredObservation, Scorecard, ScorecardRow, Status, TargetEvaluation } from '../model/result';
import type { Target, TargetKind } from '../model/target';
import type { Unit } from '../model/unit';

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The day the scorecard is for: a `YYYY-MM-DD` civil date, or a `Date` / ISO date-time read in `zone`. */
  readonly asOf: Date | string;
  /** IANA time zone for `asOf` and deadlines; `Asia/Ho_Chi_Minh` by default. */
  readonly zone?: string;
  /** The units, with their levels. When given, every observation's unit must be one of them. */
  readonly units?: readonly Unit[];
  /**
   * Only units at this level. Units not in `units` (or all units, when `units` is not given) are
   * taken to be at this level.
   */
  readonly level?: string;
}


const SHAPES = [
  { keys: ['value'], schema: ValueObservationSchema },
  { keys: ['numerator', 'denominator'], schema: FractionObservationSchema },
  { keys: ['done'], schema: DoneObservationSchema },
  { keys: ['rank'], schema: RankObservationSchema },
] as const;

/** What `evaluate` knows of each indicator, looked up once per observation. */
interface IndicatorInfo {
  readonly indicator: Indicator;
  readonly measure: Indicator['measure'];
  readonly kinds: readonly TargetKind[];
  /** Each target's bounds for `fastJudge`, in the indicator's target order. */
  readonly bounds: readonly (Bounds | undefined)[];
  /** The levels its targets apply at, when every target names one; `undefined` when some target applies at every level, or there is none. */
  readonly onlyAt: ReadonlySet<string> | undefined;
}

interface Entry {
  readonly observation: Observation;
  /** Position in the input, for the path of an error found when judging. */
  readonly index: number;
  /** The value read exactly; `undefined` until needed for an observation that took the quick path. */
  reading: Reading | undefined;
  /** The value as integers P/Q for `fastJudge` when it is a plain number or a share of whole counts; Q = 0 when it is not. */
  readonly p: number;
  readonly q: number;
}

/** The observations of one unit × indicator. */
interface Group {
  readonly entries: Entry[];
  /** Periods of observations whose value was invalid (they count for duplicates; the call then throws). */
  invalid: Period[] | undefined;
  /** Every period seen, as a set, once there are many. */
  periodSet: Set<Period> | undefined;
  /** The observation in force, once chosen. */
  picked: Entry | undefined;
}

/** Beyond this many periods per unit × indicator, duplicates are found with a set. */
const LINEAR_PERIODS = 8;

function hasPeriod(group: Group, period: Period): boolean {
  if (group.periodSet !== undefined) return group.periodSet.has(period);
  for (const e of group.entries) if (e.observation.period === period) return true;
  return group.invalid !== undefined && group.invalid.includes(period);
}

/** Records a period (of an observation already in `entries`, or of an invalid one when `invalid`). */
function addPeriod(group: Group, period: Period, invalid: boolean): void {
  if (invalid) (group.invalid ??= []).push(period);
  if (group.periodSet !== undefined) group.periodSet.add(period);
  else if (group.entries.length + (group.invalid?.length ?? 0) > LINEAR_PERIODS) {
    group.periodSet = new Set([...group.entries.map((e) => e.observation.period), ...(group.invalid ?? [])]);
  }
}

/**
 * An entry for an observation whose value reads as a quantity (`quantity`) or not, with P/Q for
 * `fastJudge` (Q = 0: none): a plain value (not a ratio-scaled percent) by its decimal digits, a share
 * of whole counts as n·100 / d.
 */
function entryOf(o: Observation, index: number, reading: Reading | undefined, quantity: boolean): Entry {
  let p = 0;
  let q = 0;
  if (quantity && 'value' in o) {
    const parts = o.scale === 'ratio' ? undefined : decimalParts(o.value);
    if (parts !== undefined) {
      p = parts.int;
      q = parts.pow;
    }
  } else if (quantity && 'numerator' in o) {
    // Whole counts only: `n * 100` of a fractional numerator could round to a whole number by accident.
    const scaled = o.numerator * 100;
    if (Number.isSafeInteger(o.numerator) && Number.isSafeInteger(scaled) && Number.isSafeInteger(o.denominator) && o.denominator > 0) {
      p = scaled;
      q = o.denominator;
    }
  }
  return { observation: o, index, reading, p, q };
}

function valueOfObservation(o: Observation): unknown {
  if ('value' in o) return o.value;
  if ('numerator' in o) return { numerator: o.numerator, denominator: o.denominator };
  if ('done' in o) return o.done;
  return { rank: o.rank };
}

function readContext(o: Observation, index: number, info: IndicatorInfo): ReadContext {
  return { path: ['observations', index], unit: o.unit, indicator: o.indicator, measure: info.measure, kinds: info.kinds, scale: o.scale, source: o.source };
}

/** The reading of an observation that took the quick path (which checked everything `readValue` checks). */
function readingOf(entry: Entry, info: IndicatorInfo): Reading {
  if (entry.reading !== undefined) return entry.reading;
  // The quick path accepted only what `readValue` accepts (test/evaluate/evaluate.quick.test.ts), so it reads.
  const reading = readValue(valueOfObservation(entry.observation), readContext(entry.observation, entry.index, info), []) as Reading;
  entry.reading = reading;
  return reading;
}


/**
 * Evaluates observations against a catalog: a scorecard with one row per unit × indicator ×
 * applicable target.
 *
 * - A target with a `level` applies to units at that level; a target without one applies at every level.
 * - For each unit and indicator the observation used is the latest one not after `asOf` (a year
 *   counts as its 31 December; a year `Y` is usable from any day of `Y`); the others are listed in
 *   `ignored` with the reason, never dropped silently. Every observation given ends up in exactly one
 *   row's `observation` or in `ignored`.
 * - A unit at a level where none of an indicator's targets applies (a commune, for a target of the
 *   province level only) gets no row for it; its observation in force is listed in `ignored` as
 *   `no-target-at-level`.
 * - Every target is evaluated whether or not its deadline has come; `due` says whether it has
 *   (`asOf` on or after `by`; always `true` for a target with no deadline).
 * - An indicator with no observation for a unit gives `no-data` rows, never a number.
 * - Input order never changes the output: rows are ordered by level (as in the hierarchy), unit id,
 *   then the catalog's indicator and target order.
 *
 * @param catalog - the catalog (validated here)
 * @param observations - the observations (validated here, all problems reported at once)
 * @param options - `asOf` (required), `zone`, `units`, `level`
 * @returns the scorecard: rows, ignored observations, and a count per status
 * @throws {ChisoError} for an invalid catalog or observation, an unknown indicator or unit, a
 *   duplicate observation of the same unit × indicator × period, a value that does not fit its
 *   indicator (NaN, a negative count, a numerator above its denominator, a percent outside 0–100), a
 *   unit or level that is not in the catalog's hierarchy, `units` that `defineUnits` rejects against
 *   the catalog's hierarchy (the same check and issues: a repeated id, an unknown parent, a parent not
 *   at a higher level, a cycle), an invalid `asOf` or `zone`, a value whose
 *   gap to a target is beyond the range of a JS number (`out_of_range`)
 *
 * @example
 * const card = evaluate(catalogs.vinhPhuc302, [
 *   { unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 98.76 },
 * ], { asOf: '2023-05-31', units: [{ id: 'vp-districts', name: 'Cấp huyện', level: 'district' }] });
 * card.rows.find((r) => r.indicator === 'tthc-dossiers-fully-online')?.status;
 * //=> 'met'
 */
export function evaluate(catalog: Catalog, observations: readonly Observation[], options: EvaluateOptions): Scorecard {
  const { cat, opts, zone, asOf, levelOrder, registry, issues } = setUpEvaluation(catalog, options);

  // Observations: shape, indicator, unit, value, duplicates.
  const infos = new Map<string, IndicatorInfo>();
  for (const indicator of cat.indicators) {
    infos.set(indicator.id, { indicator, measure: indicator.measure, kinds: indicator.targets.map((t) => t.kind), bounds: indicator.targets.map(boundsOf), onlyAt: targetLevels(indicator) });
  }
  // unit → indicator → observations; ids are looked up one at a time, never joined into new key strings.
  const groups = new Map<string, Map<string, Group>>();
  const groupsOf = (unit: string): Map<string, Group> => {
    let byIndicator = groups.get(unit);
    if (byIndicator === undefined) groups.set(unit, (byIndicator = new Map()));
    return byIndicator;
  };
  // A group starts with its first entry (an array of one, not an empty one grown by a push).
  const newGroup = (entry: Entry): Group => ({ entries: [entry], invalid: undefined, periodSet: undefined, picked: undefined });
  const knownUnits = opts.units === undefined ? undefined : registry;
  const dates = new Map<string, boolean>();
  if (!Array.isArray(observations)) {
    throw new ChisoError([makeIssue({ code: 'invalid_type', path: ['observations'], field: 'observations', expected: 'an array of observations', received: observations })]);
  }
  observations.forEach((raw: unknown, i) => {
    // Most observations are plain and valid: checked field by field, they skip the schema and
    // `readValue` (read later, and only when the integer comparison cannot be used). Anything else
    // takes the full path below, which words every problem.
    const quick = quickObservation(raw, infos, knownUnits, dates);
    if (quick !== undefined) {
      const byIndicator = groupsOf(quick.unit);
      const group = byIndicator.get(quick.indicator);
      if (group === undefined) {
        byIndicator.set(quick.indicator, newGroup(entryOf(quick, i, undefined, true)));
        return;
      }
      if (!hasPeriod(group, quick.period)) {
        group.entries.push(entryOf(quick, i, undefined, true));
        addPeriod(group, quick.period, false);
        return;
      }
    }
    const path = ['observations', i];
    const present = typeof raw === 'object' && raw !== null ? SHAPES.filter((s) => s.keys.some((k) => k in raw)) : [];
    const shape = present[0];
    if (present.length !== 1 || shape === undefined) {
      issues.push(makeIssue({ code: 'invalid_type', path, expected: 'an observation with exactly one of value, numerator + denominator, done or rank', received: raw }));
      return;
    }
    const parsed = shape.schema.safeParse(raw, { reportInput: true });
    const rawRecord = raw as Record<string, unknown>;
    const context = {
      unit: typeof rawRecord['unit'] === 'string' ? rawRecord['unit'] : undefined,
      indicator: typeof rawRecord['indicator'] === 'string' ? rawRecord['indicator'] : undefined,
    };
    // A derived row (a roll-up's) says so in its issues: its index is not a row the user wrote.
    const derived = { ...context, source: typeof rawRecord['source'] === 'string' ? rawRecord['source'] : undefined };
    if (!parsed.success) {
      issues.push(...fromZodIssues(parsed.error.issues, path, context));
      return;
    }
    const o = parsed.data as Observation;
    const info = infos.get(o.indicator);
    if (info === undefined) {
      issues.push(makeIssue({ code: 'unknown_indicator', path: [...path, 'indicator'], field: 'indicator', ...derived, expected: `an indicator id of catalog "${cat.id}"`, received: o.indicator }));
      return;
    }
    if (opts.units !== undefined && !registry.has(o.unit)) {
      issues.push(makeIssue({ code: 'unknown_unit', path: [...path, 'unit'], field: 'unit', ...derived, expected: 'the id of a unit in `units`', received: o.unit }));
      return;
    }
    const byIndicator = groupsOf(o.unit);
    const group = byIndicator.get(o.indicator);
    if (group !== undefined && hasPeriod(group, o.period)) {
      issues.push(makeIssue({ code: 'duplicate_observation', path, ...derived, field: 'period', expected: 'one observation per unit × indicator × period', received: o.period }));
      return;
    }
    const reading = readValue(valueOfObservation(o), readContext(o, i, info), issues);
    if (reading === undefined) {
      if (group === undefined) byIndicator.set(o.indicator, { entries: [], invalid: [o.period], periodSet: undefined, picked: undefined });
      else addPeriod(group, o.period, true);
      return;
    }
    const entry = entryOf(o, i, reading, reading.type === 'quantity');
    if (group === undefined) byIndicator.set(o.indicator, newGroup(entry));
    else {
      group.entries.push(entry);
      addPeriod(group, o.period, false);
    }
  });
  if (issues.length > 0) throw new ChisoError(issues);

  // The units the scorecard covers.
  const units = new Map<string, { id: string; level: string | null }>();
  for (const unit of registry.values()) units.set(unit.id, { id: unit.id, level: unit.level });
  // With no issues, every unit here has at least one valid observation.
  for (const unitId of groups.keys()) if (!units.has(unitId)) units.set(unitId, { id: unitId, level: opts.level ?? null });
  const ignored: IgnoredObservation[] = [];
  const covered = [...units.values()]
    .filter((u) => opts.level === undefined || u.level === opts.level)
    .sort((a, b) => (levelOrder.get(a.level ?? '') ?? Infinity) - (levelOrder.get(b.level ?? '') ?? Infinity) || compareText(a.id, b.id));
  const coveredIds = new Set(covered.map((u) => u.id));

  // Pick the observation in force for each unit × indicator: the latest usable one. When none of the
  // indicator's targets applies at the unit's (known) level, it gives no row, so it is listed in
  // `ignored` instead: every observation ends up in a row or in `ignored`, never nowhere.
  // For each level, the indicators none of whose targets applies there (usually none: then nothing is looked up per group).
  const noTargetAt = new Map<string, Set<string>>();
  for (const level of levelOrder.keys()) {
    const ids = new Set<string>();
    for (const info of infos.values()) if (info.onlyAt !== undefined && !info.onlyAt.has(level)) ids.add(info.indicator.id);
    if (ids.size > 0) noTargetAt.set(level, ids);
  }
  for (const [unitId, byIndicator] of groups) {
    const isCovered = coveredIds.has(unitId);
    const level = units.get(unitId)?.level ?? null;
    const noTargetHere = level === null ? undefined : noTargetAt.get(level);
    for (const group of byIndicator.values()) {
      // A group holds at least one valid entry here (with an invalid one, the call has thrown).
      const noTarget = noTargetHere !== undefined && noTargetHere.has((group.entries[0] as Entry).observation.indicator);
      const list = group.entries;
      const sorted = list.length === 1 ? list : list.map((entry) => ({ entry, key: periodKey(entry.observation.period) })).sort((a, b) => compareText(b.key, a.key)).map((x) => x.entry);
      let inForce = false;
      for (const entry of sorted) {
        if (!isCovered) ignored.push({ observation: entry.observation, reason: 'other-level' });
        else if (!periodUsable(entry.observation.period, asOf)) ignored.push({ observation: entry.observation, reason: 'after-as-of' });
        else if (inForce) ignored.push({ observation: entry.observation, reason: 'superseded' });
        else {
          inForce = true;
          if (noTarget) ignored.push({ observation: entry.observation, reason: 'no-target-at-level' });
          else group.picked = entry;
        }
      }
    }
  }
  ignored.sort(
    (a, b) =>
      compareText(a.observation.unit, b.observation.unit) ||
      compareText(a.observation.indicator, b.observation.indicator) ||
      compareText(periodKey(a.observation.period), periodKey(b.observation.period)),
  );

  const rows: ScorecardRow[] = [];
  for (const unit of covered) {
    const byIndicator = groups.get(unit.id);
    for (const indicator of cat.indicators) {
      const info = infos.get(indicator.id) as IndicatorInfo;
      pushRows(rows, unit, info, byIndicator?.get(indicator.id)?.picked, asOf);
    }
  }
  const summary = { total: rows.length, met: 0, 'not-met': 0, 'no-data': 0, 'not-applicable': 0 } satisfies Record<Status | 'total', number>;
  for (const row of rows) summary[row.status] += 1;
  return { catalog: cat.id, asOf, zone, rows, ignored, summary };
}

function pushRows(rows: ScorecardRow[], unit: { id: string; level: string | null }, info: IndicatorInfo, entry: Entry | undefined, asOf: string): void {
  const indicator = info.indicator;
  const period = entry?.observation.period ?? null;
  const observation = entry?.observation ?? null;
  // Rows are written out as literals, key by key: in V8 (Node 20) a literal that starts with a
  // spread and adds keys after it (`{ ...base, due }`) costs about 20 times as much, which made
  // this loop most of the time of a national scorecard. The key order is the one JSON output shows.
  if (indicator.targets.length === 0) {
    if (entry === undefined) return;
    rows.push({ unit: unit.id, level: unit.level, indicator: indicator.id, period, observation, status: 'not-applicable', value: null, gap: null, attainment: null, reason: 'no-target', targetIndex: null, target: null, deadline: null, due: true });
    return;
  }
  const targets = indicator.targets;
  for (let targetIndex = 0; targetIndex < targets.length; targetIndex += 1) {
    const target = targets[targetIndex] as Target;
    const deadline = target.by ?? null;
    const due = deadline === null || asOf >= deadline;
    let e: TargetEvaluation;
    if (target.level === undefined || target.level === unit.level) {
      // Integers where they are exact (the same numbers, see fastJudge), decimals otherwise.
      const b = entry === undefined || entry.q === 0 ? undefined : info.bounds[targetIndex];
      const fast = b === undefined || entry === undefined ? undefined : fastJudge(b, entry.p, entry.q);
      if (fast !== undefined) e = fast;
      else if (entry === undefined) e = judge(target, { type: 'none' });
      else e = judge(target, readingOf(entry, info), { path: ['observations', entry.index], unit: entry.observation.unit, indicator: entry.observation.indicator, source: entry.observation.source });
    }
    else if (unit.level === null && entry !== undefined) e = { status: 'not-applicable', value: null, gap: null, attainment: null, reason: 'unit-level-unknown' };
    else continue;
    const row: ScorecardRow = { unit: unit.id, level: unit.level, indicator: indicator.id, period, observation, targetIndex, target, deadline, due, status: e.status, value: e.value, gap: e.gap, attainment: e.attainment };
    if (e.reason !== undefined) row.reason = e.reason;
    rows.push(row);
  }
}
