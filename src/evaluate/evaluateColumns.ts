import { ChisoError, type ChisoIssue } from '../errors';
import { decimalParts } from './_internal/fastJudge';
import type { Reading } from './_internal/judge';
import { checkColumns } from '../model/intake/checkColumns';
import { compareText } from '../_shared/compareKeys';
import { setUpEvaluation } from './_internal/evaluationSetup';
import { scorecardCore, type ScorecardSink, type ScorecardSource } from './_internal/scorecardCore';
import { makeIssue } from '../_shared/issue';
import { isShareMeasure, valueFits } from '../model/intake/observationFields';
import { valueOfColumns } from '../model/intake/observationValue';
import { periodKey, periodUsable } from '../model/intake/periods';
import { readValue } from './_internal/read';
import { englishIssue, fromZodIssues } from '../_shared/zod';
import type { Catalog } from '../model/catalog';
import type { Measure } from '../model/indicator';
import { PeriodSchema, type Period } from '../model/observation';
import type { IgnoredObservation, Reason, Status, TargetEvaluation } from '../model/result';
import type { Target } from '../model/target';
import type { EvaluateOptions } from './evaluate';
import type { ObservationColumns } from '../model/observationColumns';

export type { ObservationColumns } from '../model/observationColumns';


/** Why an observation was not used, as in `evaluate`'s `ignored`. */
export type IgnoredReason = IgnoredObservation['reason'];

/**
 * A scorecard as columns: row `r` is what `evaluate` gives as `rows[r]`, field by field. The
 * observation used is given by its row in the input (`source`, −1 when there was none).
 */
export interface ScorecardColumns {
  readonly catalog: string;
  readonly asOf: string;
  readonly zone: string;
  /** The number of rows. */
  readonly length: number;
  readonly unit: string[];
  readonly level: (string | null)[];
  readonly indicator: string[];
  readonly targetIndex: (number | null)[];
  readonly deadline: (string | null)[];
  readonly due: boolean[];
  readonly status: Status[];
  readonly value: (number | boolean | null)[];
  readonly gap: (number | null)[];
  readonly attainment: (number | null)[];
  /** The reason of a `no-data` or `not-applicable` row, else `null`. */
  readonly reason: (Reason | null)[];
  /** The input row of the observation used, −1 when there was none. */
  readonly source: Int32Array;
  /** The observations not used, in `evaluate`'s order: their input rows and why. */
  readonly ignored: { readonly source: Int32Array; readonly reason: IgnoredReason[] };
  readonly summary: Readonly<Record<Status | 'total', number>>;
}

/**
 * Evaluates observations given as columns against a catalog: the same scorecard as {@link evaluate},
 * as columns, for data too large to pass as objects (a national dataset of a million observations).
 *
 * The catalog and options are validated once; each row is checked as `evaluate` checks an
 * observation (known unit and indicator, a valid period, a value that fits its indicator's measure,
 * one observation per unit × indicator × period) without building an object for it. Comparisons stay
 * exact: integer counts and values with up to 15 decimal places are compared and divided in
 * safe-integer arithmetic (each product checked to be exact), anything else goes through the same
 * decimal code as `evaluate`. The statuses, values, gaps and attainments are the very numbers
 * `evaluate` gives for the same observations, in the same row order.
 *
 * Rows carry a plain value or a share (numerator and denominator) — the figures of `percent`,
 * `grdp-share`, `count`, `money` and `percent-change` indicators (and `done` indicators rolled up as
 * shares). A row of a `rank` indicator holds the rank in `value` (a whole number ≥ 1, no
 * denominator), as `evaluate` reads `{ rank }`. A done / not-done figure (other than as a share of
 * units done), or a percent written as a ratio, needs `evaluate`.
 *
 * @param catalog - the catalog (validated here)
 * @param columns - the observations as parallel columns of one length (validated here, all problems
 *   reported at once; a row's path is `['columns', field, row]`)
 * @param options - as for `evaluate`: `asOf` (required), `zone`, `units`, `level`
 * @returns the scorecard as columns, with the input row of each observation used or ignored (every
 *   input row is in exactly one of `source` and `ignored.source`)
 * @throws {ChisoError} for everything `evaluate` rejects, and for columns of different lengths
 *
 * @example
 * const card = evaluateColumns(catalogs.vinhPhuc302, {
 *   unit: ['vp-districts', 'vp-districts'],
 *   indicator: ['tthc-dossiers-fully-online', 'tthc-dossiers-fully-online'],
 *   period: ['2023-05-31', '2022-12-31'],
 *   value: [98.76, 60],
 * }, { asOf: '2023-05-31', units: [{ id: 'vp-districts', name: 'Cấp huyện', level: 'district' }] });
 * card.status[card.indicator.indexOf('tthc-dossiers-fully-online')];
 * //=> 'met'
 * card.ignored.reason;
 * //=> ['superseded']
 */
export function evaluateColumns(catalog: Catalog, columns: ObservationColumns, options: EvaluateOptions): ScorecardColumns {
  const setup = setUpEvaluation(catalog, options);
  const { cat, opts, zone, asOf, registry, issues } = setup;

  // Columns: present, array-like, one length.
  const n = checkColumns(columns, issues);
  const unitCol = columns.unit;
  const indicatorCol = columns.indicator;
  const periodCol = columns.period;
  const valueCol = columns.value;
  const denCol = columns.denominator;

  // Indicators, units and periods get small integer codes; each distinct id is checked once.
  const indicators = cat.indicators;
  const nInd = indicators.length;
  const indicatorCode = new Map(indicators.map((ind, i) => [ind.id, i]));
  const measures = indicators.map((ind) => ind.measure);
  const kinds = indicators.map((ind) => ind.targets.map((t) => t.kind));
  const unitIds: string[] = [];
  const unitLevels: (string | null)[] = [];
  const unitCodeOfId = new Map<string, number>();
  const unitCodeOfRaw = new Map<unknown, number>();
  const periods: Period[] = [];
  const periodCodeOfRaw = new Map<unknown, number>();
  const NONE = -1;
  // Every unit in `units` is covered, whether or not it has observations.
  for (const [id, unit] of registry) {
    unitCodeOfId.set(id, unitIds.length);
    unitIds.push(id);
    unitLevels.push(unit.level);
  }

  const unitCodes = new Int32Array(n);
  const indCodes = new Int32Array(n);
  const periodCodes = new Int32Array(n);
  // 0: a plain number or a share, 1: a share of zero.
  const shapes = new Uint8Array(n);
  let lastUnitRaw: unknown;
  let lastUnit = NONE;
  let lastIndRaw: unknown;
  let lastInd = NONE;
  let lastPeriodRaw: unknown;
  let lastPeriod = NONE;
  for (let i = 0; i < n; i += 1) {
    const rawUnit = unitCol[i];
    let u = rawUnit === lastUnitRaw ? lastUnit : (unitCodeOfRaw.get(rawUnit) ?? NONE);
    if (u === NONE) {
      const trimmed = typeof rawUnit === 'string' ? rawUnit.trim() : '';
      if (trimmed === '') {
        issues.push(makeIssue({ code: 'invalid_type', path: ['columns', 'unit', i], field: 'unit', expected: 'a non-empty unit id', received: rawUnit }));
        continue;
      }
      if (opts.units !== undefined && !registry.has(trimmed)) {
        issues.push(makeIssue({ code: 'unknown_unit', path: ['columns', 'unit', i], field: 'unit', unit: trimmed, expected: 'the id of a unit in `units`', received: trimmed }));
        continue;
      }
      u = unitCodeOfId.get(trimmed) ?? NONE;
      if (u === NONE) {
        u = unitIds.length;
        unitIds.push(trimmed);
        unitLevels.push(registry.get(trimmed)?.level ?? opts.level ?? null);
        unitCodeOfId.set(trimmed, u);
      }
      unitCodeOfRaw.set(rawUnit, u);
    }
    lastUnitRaw = rawUnit;
    lastUnit = u;
    const unitId = unitIds[u] as string;

    const rawInd = indicatorCol[i];
    const ind = rawInd === lastIndRaw ? lastInd : (indicatorCode.get(rawInd as string) ?? NONE);
    if (ind === NONE) {
      issues.push(makeIssue({ code: 'unknown_indicator', path: ['columns', 'indicator', i], field: 'indicator', unit: unitId, expected: `an indicator id of catalog "${cat.id}"`, received: rawInd }));
      continue;
    }
    lastIndRaw = rawInd;
    lastInd = ind;
    const indicatorId = (indicators[ind] as (typeof indicators)[number]).id;

    const rawPeriod = periodCol[i];
    let p = rawPeriod === lastPeriodRaw ? lastPeriod : (periodCodeOfRaw.get(rawPeriod) ?? NONE);
    if (p === NONE) {
      const parsed = PeriodSchema.safeParse(rawPeriod, { reportInput: true, error: englishIssue });
      if (!parsed.success) {
        issues.push(...fromZodIssues(parsed.error.issues, ['columns', 'period', i], { unit: unitId, indicator: indicatorId }));
        continue;
      }
      p = periods.length;
      periods.push(parsed.data);
      periodCodeOfRaw.set(rawPeriod, p);
    }
    lastPeriodRaw = rawPeriod;
    lastPeriod = p;

    unitCodes[i] = u;
    indCodes[i] = ind;
    periodCodes[i] = p;
    const measure = measures[ind] as Measure;
    const v = valueCol[i] as number;
    const d = denCol === undefined ? null : denCol[i];
    const plain = d === null || d === undefined;
    if (plain ? typeof v === 'number' && (measure === 'rank' ? Number.isSafeInteger(v) && v >= 1 : valueFits(measure, v, false)) : isShareMeasure(measure) && typeof v === 'number' && typeof d === 'number' && v >= 0 && d >= v && Number.isFinite(d)) {
      shapes[i] = !plain && d === 0 ? 1 : 0;
      continue;
    }
    if (plain && typeof v !== 'number') {
      issues.push(makeIssue({ code: 'invalid_type', path: ['columns', 'value', i], field: 'value', unit: unitId, indicator: indicatorId, expected: 'a number', received: v }));
      continue;
    }
    // Columns cannot hold a `{ rank }` or a boolean: word those two cases for columns, not objects.
    if (measure === 'rank' && !plain) {
      issues.push(makeIssue({ code: 'invalid_type', path: ['columns', 'denominator', i], field: 'denominator', unit: unitId, indicator: indicatorId, expected: 'null (a rank indicator\'s row holds its rank in the value column, without a denominator)', received: d }));
      continue;
    }
    if (measure === 'done' && plain) {
      issues.push(makeIssue({ code: 'invalid_type', path: ['columns', 'value', i], field: 'value', unit: unitId, indicator: indicatorId, expected: 'the numerator of a share for a done indicator (value = units done, with the units reporting in the denominator column; a done / not-done figure needs evaluate)', received: v }));
      continue;
    }
    // Every other number is one `evaluate` rejects too (a percent, count, money or change that fails
    // the test above is out of its range, a rank that is not a whole number ≥ 1): read it as
    // `evaluate` would, which words the problem.
    const found: ChisoIssue[] = [];
    readValue(valueOfColumns(v, d, measure), { path: [], unit: unitId, indicator: indicatorId, measure, kinds: kinds[ind] as Target['kind'][] }, found);
    for (const issue of found) {
      // readValue names `numerator` / `denominator`; here they are the `value` and `denominator` columns.
      const field = issue.field === 'denominator' ? 'denominator' : 'value';
      issues.push(makeIssue({ code: issue.code, path: ['columns', field, i], field, unit: unitId, indicator: indicatorId, expected: issue.expected, received: issue.received }));
    }
  }
  if (issues.length > 0) throw new ChisoError(issues);

  // Periods in `evaluate`'s order (a year after the dates within it), and whether each may be used.
  const nP = periods.length;
  const periodRank = new Int32Array(nP);
  periods.map((period, code) => ({ key: periodKey(period), code })).sort((a, b) => compareText(a.key, b.key)).forEach((x, r) => {
    periodRank[x.code] = r;
  });
  const usable = periods.map((period) => periodUsable(period, asOf));

  // One observation per unit × indicator × period.
  const nU = unitIds.length;
  const cells = nU * nInd * nP;
  const cellRow = new Map<number, number>();
  const dense = cells <= 4 * n + 1_048_576 ? new Int32Array(cells).fill(NONE) : undefined;
  const dupes: ChisoIssue[] = [];
  for (let i = 0; i < n; i += 1) {
    const cell = ((unitCodes[i] as number) * nInd + (indCodes[i] as number)) * nP + (periodRank[periodCodes[i] as number] as number);
    const prior = dense === undefined ? (cellRow.get(cell) ?? NONE) : (dense[cell] as number);
    if (prior !== NONE) {
      dupes.push(makeIssue({ code: 'duplicate_observation', path: ['columns', 'period', i], field: 'period', unit: unitIds[unitCodes[i] as number], indicator: indicators[indCodes[i] as number]?.id, expected: 'one observation per unit × indicator × period', received: periods[periodCodes[i] as number] }));
      continue;
    }
    if (dense === undefined) cellRow.set(cell, i);
    else dense[cell] = i;
  }
  if (dupes.length > 0) throw new ChisoError(dupes);

  const rowAt = (cell: number): number => (dense === undefined ? (cellRow.get(cell) ?? NONE) : (dense[cell] as number));

  // The rest (coverage, the observation in force, the rows) is `scorecardCore`'s, as for `evaluate`:
  // it reads the rows through this source and writes the scorecard's columns through the sink below.
  const observed = new Uint8Array(nU);
  for (let i = 0; i < n; i += 1) observed[unitCodes[i] as number] = 1;
  const latest: number[] = [];
  const source: ScorecardSource<number> = {
    unitIds,
    unitLevels,
    observes: (u) => observed[u] === 1,
    observations: (u, ind) => {
      latest.length = 0;
      const base = (u * nInd + ind) * nP;
      for (let r = nP - 1; r >= 0; r -= 1) {
        const row = rowAt(base + r);
        if (row !== NONE) latest.push(row);
      }
      return latest.length === 0 ? undefined : latest;
    },
    usable: (row) => usable[periodCodes[row] as number] as boolean,
    ratio: (row, pq) => {
      if (shapes[row] !== 0 || measures[indCodes[row] as number] === 'rank') return false;
      const d = denCol === undefined ? null : denCol[row];
      const v = valueCol[row] as number;
      if (d === null || d === undefined) {
        const parts = decimalParts(v);
        if (parts === undefined) return false;
        pq[0] = parts.int;
        pq[1] = parts.pow;
        return true;
      }
      // Whole counts only: `v * 100` of a fractional numerator could round to a whole number by accident.
      const P = v * 100;
      if (!(Number.isSafeInteger(v) && Number.isSafeInteger(P) && Number.isSafeInteger(d))) return false;
      pq[0] = P;
      pq[1] = d as number;
      return true;
    },
    reading: (row) => {
      const measure = measures[indCodes[row] as number] as Measure;
      const value = valueOfColumns(valueCol[row], denCol === undefined ? null : denCol[row], measure);
      return readValue(value, { path: [], measure, kinds: [] }, []) as Reading;
    },
    where: (row, unit, indicator) => ({ path: ['columns', 'value', row], unit, indicator }),
  };

  // The scorecard rows.
  const out = {
    unit: [] as string[],
    level: [] as (string | null)[],
    indicator: [] as string[],
    targetIndex: [] as (number | null)[],
    deadline: [] as (string | null)[],
    due: [] as boolean[],
    status: [] as Status[],
    value: [] as (number | boolean | null)[],
    gap: [] as (number | null)[],
    attainment: [] as (number | null)[],
    reason: [] as (Reason | null)[],
    source: [] as number[],
  };
  const push = (unitId: string, level: string | null, indicatorId: string, targetIndex: number | null, deadline: string | null, due: boolean, e: TargetEvaluation, row: number) => {
    out.unit.push(unitId);
    out.level.push(level);
    out.indicator.push(indicatorId);
    out.targetIndex.push(targetIndex);
    out.deadline.push(deadline);
    out.due.push(due);
    out.status.push(e.status);
    out.value.push(e.value);
    out.gap.push(e.gap);
    out.attainment.push(e.attainment);
    out.reason.push(e.reason ?? null);
    out.source.push(row);
  };
  const ignoredRows: number[] = [];
  const ignoredWhy: IgnoredReason[] = [];
  const NO_TARGET: TargetEvaluation = { status: 'not-applicable', value: null, gap: null, attainment: null, reason: 'no-target' };
  const sink: ScorecardSink<number> = {
    ignore: (row, reason) => {
      ignoredRows.push(row);
      ignoredWhy.push(reason);
    },
    noTarget: (unit, level, indicator, row) => push(unit, level, indicator.id, null, null, true, NO_TARGET, row),
    row: (unit, level, indicator, targetIndex, _target, deadline, due, e, row) => push(unit, level, indicator.id, targetIndex, deadline, due, e, row ?? NONE),
  };
  const summary = scorecardCore(setup, source, sink);
  return {
    catalog: cat.id,
    asOf,
    zone,
    length: out.status.length,
    unit: out.unit,
    level: out.level,
    indicator: out.indicator,
    targetIndex: out.targetIndex,
    deadline: out.deadline,
    due: out.due,
    status: out.status,
    value: out.value,
    gap: out.gap,
    attainment: out.attainment,
    reason: out.reason,
    source: Int32Array.from(out.source),
    ignored: { source: Int32Array.from(ignoredRows), reason: ignoredWhy },
    summary,
  };
}
