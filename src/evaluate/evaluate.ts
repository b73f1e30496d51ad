import { ChisoError } from '../errors';
import { decimalParts } from './_internal/fastJudge';
import type { Reading } from './_internal/judge';
import { periodKey, periodUsable } from '../model/intake/periods';
import { compareText } from '../_shared/compareKeys';
import { setUpEvaluation } from './_internal/evaluationSetup';
import { scorecardCore, type ScorecardSink, type ScorecardSource } from './_internal/scorecardCore';
import { makeIssue } from '../_shared/issue';
import { quickObservation } from '../model/intake/quickObservation';
import { givenContext, notAList, parseObservation } from '../model/intake/parseObservation';
import { valueOfObservation } from '../model/intake/observationValue';
import { readValue, type ReadContext } from './_internal/read';
import type { Catalog } from '../model/catalog';
import type { Indicator } from '../model/indicator';
import type { Observation, Period } from '../model/observation';
import type { IgnoredObservation, Scorecard, ScorecardRow } from '../model/result';
import type { TargetKind } from '../model/target';
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


/** What `evaluate` knows of each indicator, looked up once per observation. */
interface IndicatorInfo {
  readonly measure: Indicator['measure'];
  readonly kinds: readonly TargetKind[];
}

interface Entry {
  readonly observation: Observation;
  /** Position in the input, for the path of an error found when judging. */
  readonly index: number;
  /** The value read exactly; `undefined` for an observation that took the quick path (read when needed). */
  readonly reading: Reading | undefined;
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

function readContext(o: Observation, index: number, info: IndicatorInfo): ReadContext {
  return { path: ['observations', index], unit: o.unit, indicator: o.indicator, measure: info.measure, kinds: info.kinds, scale: o.scale, source: o.source };
}

/** Sorts a unit × indicator's entries in place, the latest period first (a year after the dates within it). */
function latestFirst(entries: Entry[]): Entry[] {
  if (entries.length < 2) return entries;
  const keyed = entries.map((entry) => ({ entry, key: periodKey(entry.observation.period) })).sort((a, b) => compareText(b.key, a.key));
  keyed.forEach((x, k) => {
    entries[k] = x.entry;
  });
  return entries;
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
  const setup = setUpEvaluation(catalog, options);
  const { cat, opts, zone, asOf, registry, issues } = setup;

  // Observations: shape, indicator, unit, value, duplicates.
  const infos = new Map<string, IndicatorInfo>();
  for (const indicator of cat.indicators) infos.set(indicator.id, { measure: indicator.measure, kinds: indicator.targets.map((t) => t.kind) });
  // unit → indicator → observations; ids are looked up one at a time, never joined into new key strings.
  const groups = new Map<string, Map<string, Group>>();
  const groupsOf = (unit: string): Map<string, Group> => {
    let byIndicator = groups.get(unit);
    if (byIndicator === undefined) groups.set(unit, (byIndicator = new Map()));
    return byIndicator;
  };
  // A group starts with its first entry (an array of one, not an empty one grown by a push).
  const newGroup = (entry: Entry): Group => ({ entries: [entry], invalid: undefined, periodSet: undefined });
  const knownUnits = opts.units === undefined ? undefined : registry;
  const dates = new Map<string, boolean>();
  if (!Array.isArray(observations)) throw new ChisoError([notAList(observations)]);
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
    const o = parseObservation(raw, path, issues);
    if (o === undefined) return;
    // A derived row (a roll-up's) says so in its issues: its index is not a row the user wrote.
    const given = givenContext(raw);
    const derived = { ...given, source: typeof (raw as Record<string, unknown>)['source'] === 'string' ? ((raw as Record<string, unknown>)['source'] as string) : undefined };
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
      if (group === undefined) byIndicator.set(o.indicator, { entries: [], invalid: [o.period], periodSet: undefined });
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

  // The units: those of `units`, then those known only from their observations (with no issues,
  // every one of these has at least one valid observation).
  const unitIds: string[] = [];
  const unitLevels: (string | null)[] = [];
  for (const unit of registry.values()) {
    unitIds.push(unit.id);
    unitLevels.push(unit.level);
  }
  for (const unitId of groups.keys()) {
    if (registry.has(unitId)) continue;
    unitIds.push(unitId);
    unitLevels.push(opts.level ?? null);
  }
  const cells = unitIds.map((id) => groups.get(id));
  const indicatorIds = cat.indicators.map((indicator) => indicator.id);
  const asOfYear = Number(asOf.slice(0, 4));

  // The rest (coverage, the observation in force, the rows) is `scorecardCore`'s, as for
  // `evaluateColumns`: it reads the entries through this source and writes rows through the sink below.
  const source: ScorecardSource<Entry> = {
    unitIds,
    unitLevels,
    observes: (u) => cells[u] !== undefined,
    observations: (u, ind) => {
      const entries = cells[u]?.get(indicatorIds[ind] as string)?.entries;
      return entries === undefined || entries.length === 0 ? undefined : latestFirst(entries);
    },
    usable: (entry) => periodUsable(entry.observation.period, asOf, asOfYear),
    ratio: (entry, pq) => {
      pq[0] = entry.p;
      pq[1] = entry.q;
      return entry.q !== 0;
    },
    // The quick path accepted only what `readValue` accepts (test/evaluate/evaluate.quick.test.ts), so it reads.
    reading: (entry) => entry.reading ?? (readValue(valueOfObservation(entry.observation), readContext(entry.observation, entry.index, infos.get(entry.observation.indicator) as IndicatorInfo), []) as Reading),
    where: (entry) => ({ path: ['observations', entry.index], unit: entry.observation.unit, indicator: entry.observation.indicator, source: entry.observation.source }),
  };
  const rows: ScorecardRow[] = [];
  const ignored: IgnoredObservation[] = [];
  const sink: ScorecardSink<Entry> = {
    ignore: (entry, reason) => {
      ignored.push({ observation: entry.observation, reason });
    },
    // Rows are written out as literals, key by key: in V8 (Node 20) a literal that starts with a
    // spread and adds keys after it (`{ ...base, due }`) costs about 20 times as much, which made
    // this loop most of the time of a national scorecard. The key order is the one JSON output shows.
    noTarget: (unit, level, indicator, entry) => {
      rows.push({ unit, level, indicator: indicator.id, period: entry.observation.period, observation: entry.observation, status: 'not-applicable', value: null, gap: null, attainment: null, reason: 'no-target', targetIndex: null, target: null, deadline: null, due: true });
    },
    row: (unit, level, indicator, targetIndex, target, deadline, due, e, entry) => {
      const row: ScorecardRow = { unit, level, indicator: indicator.id, period: entry === undefined ? null : entry.observation.period, observation: entry === undefined ? null : entry.observation, targetIndex, target, deadline, due, status: e.status, value: e.value, gap: e.gap, attainment: e.attainment };
      if (e.reason !== undefined) row.reason = e.reason;
      rows.push(row);
    },
  };
  const summary = scorecardCore(setup, source, sink);
  return { catalog: cat.id, asOf, zone, rows, ignored, summary };
}
