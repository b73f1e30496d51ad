import type { MeasureDossiersOptions } from './_internal/dossierOptions';
import { checkRecords, createDossierTally, type DossierMeasurement } from './_internal/dossierTally';
import type { DossierInput } from '../model/dossier';

export type { DossierMeasure, DossierPeriod, MeasureDossiersOptions } from './_internal/dossierOptions';
export type { DossierIssue, DossierMeasurement, DossierObservation } from './_internal/dossierTally';

/**
 * Online and on-time shares of administrative-procedure dossiers, per unit and period, as
 * observations for `evaluate` and `rollUp` — every figure a numerator and a denominator, so roll-up
 * stays exact. Records are read one at a time (any iterable: an array, a generator) and folded into
 * counters per unit × period, so memory does not grow with the number of records.
 *
 * Days are civil days in `zone` (`Asia/Ho_Chi_Minh` by default); the figures are the state at the end
 * of `asOf`, and the cut-off of a period is its last day or `asOf`, whichever is earlier (a record
 * received or completed after the cut-off is not yet received or completed). As the public-service
 * portals report them:
 *
 * - received in the period (tiếp nhận trong kỳ, by `receivedAt`): every record, whatever its state —
 *   the denominator of `online` (received online) and `fullyOnline` (received online and handled
 *   `full-online`; indicator `tthc-dossiers-fully-online` of the built-in catalogs);
 * - resolved in the period (đã giải quyết trong kỳ, by `completedAt`, state `completed`): the
 *   denominator of `onTime` (completed on or before the due day: by its end, 24:00 Vietnam time —
 *   early included), `early` (on a day before the due day) and `late` (after the due day); returned
 *   and withdrawn dossiers are not resolved and count in none of these;
 * - handled (resolved in the period, plus open at the cut-off, whenever received): the denominator
 *   of `open`; open at the cut-off is the denominator of `overdue` (its due day ended before the cut-off
 *   day). A returned or withdrawn dossier with no `completedAt` is never open.
 *
 * The due day is `dueDate` when given, else `processingDays` working days after the day received,
 * counted as `addWorkingDays` counts (Civil Code arts. 147–148: the day received is not counted; a
 * last day that is not a working day moves to the next one) on `calendar`.
 *
 * Bad records — a shape the schema rejects (unknown channel, missing id…), an impossible time,
 * completed before received, a due day before receipt, no `dueDate` and no `processingDays`, a
 * `completed` record with no `completedAt`, an `in-progress` one with one, received online with
 * service level `none`, a due day counted from `processingDays` through days the calendar cannot judge
 * (see below), and with `checkDuplicateIds` a repeated id — are not counted and are listed in `issues`
 * (path `['records', index, field]`, `index`, `id`); `strict: true` throws them instead. Duplicate ids
 * are not checked by default: that needs every id in memory.
 *
 * The calendar knows no holidays before its law's first rule (1 January 1995 for the shipped law), so
 * a record whose count of working days looks at such a day — received before 31 December 1994 with
 * `processingDays`, or on that day with `processingDays: 0` (the day received is not counted otherwise)
 * — can be judged neither on time nor late: it is a bad record at `['records', index, 'receivedAt']`
 * (`out_of_range`), left out of every measure like any other, and the rest are measured. A `dueDate`
 * needs no calendar; a calendar of your own (`rule: false`, a `law` whose first rule covers the days,
 * or adjustments for each of them) makes such records measurable.
 *
 * @param records - the dossiers (`DossierSchema`), as an array or any iterable; for an async iterable use `measureDossiersAsync`
 * @param options - `period` or `periods`, `asOf` (required), `calendar`, `zone`, `strict`, `indicators`, `checkDuplicateIds`, `maxIssues`
 * @returns `{ observations, issues, issuesTruncated, counts }`; observations ordered by unit, period (as given), measure
 * @throws {ChisoError} for invalid options (a period that is not a fixed window or starts after
 *   `asOf`, two periods with the same label, an invalid calendar, zone or `asOf`), `records` that is not
 *   iterable, and in strict mode for bad records (all of them, once the input is read); never for a
 *   record before the calendar's holiday law, which is a bad record
 *
 * @example
 * const { observations } = measureDossiers(
 *   [
 *     { id: 'HS-1', unit: 'xa-a', procedure: '1.001612', receivedAt: '2025-01-24T10:00+07:00', channel: 'online', serviceLevel: 'full-online', processingDays: 3, state: 'completed', completedAt: '2025-02-05T23:59+07:00' },
 *     { id: 'HS-2', unit: 'xa-a', procedure: '1.001612', receivedAt: '2025-01-24T11:00+07:00', channel: 'in-person', serviceLevel: 'full-online', processingDays: 3, state: 'completed', completedAt: '2025-02-06T00:00+07:00' },
 *   ],
 *   { period: 2025, asOf: '2025-12-31', indicators: { open: false, overdue: false } },
 * );
 * observations.map((o) => `${o.indicator} ${o.numerator}/${o.denominator}`);
 * //=> ['tthc-dossiers-online 1/2', 'tthc-dossiers-fully-online 1/2', 'tthc-dossiers-on-time 1/2', 'tthc-dossiers-early 0/2', 'tthc-dossiers-late 1/2']
 */
export function measureDossiers(records: Iterable<DossierInput>, options: MeasureDossiersOptions): DossierMeasurement {
  checkRecords(records, false);
  const tally = createDossierTally(options);
  let index = 0;
  for (const record of records) {
    tally.add(record, index);
    index += 1;
  }
  return tally.finish();
}
