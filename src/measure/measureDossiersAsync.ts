import type { MeasureDossiersOptions } from './_internal/dossierOptions';
import { checkRecords, createDossierTally, type DossierMeasurement } from './_internal/dossierTally';
import type { DossierInput } from '../model/dossier';

/**
 * `measureDossiers` for records that arrive asynchronously — an async generator reading a file or a
 * database cursor, a web `ReadableStream` where the runtime makes it async-iterable — with the same
 * figures, issues and errors. It reads one record at a time, so memory stays flat however many there
 * are. It also takes a sync iterable, so one code path can serve both.
 *
 * A separate function rather than a `measureDossiers` that returns a Promise for async input: a
 * return type that depends on the input's kind is easy to misuse (a forgotten `await` type-checks
 * when the input's type is a union), and the sync function stays free of Promise overhead.
 *
 * @param records - the dossiers (`DossierSchema`), as an async iterable or an iterable
 * @param options - as `measureDossiers`
 * @returns a Promise of `{ observations, issues, issuesTruncated, counts }`, as `measureDossiers`
 * @throws {ChisoError} (the Promise rejects) as `measureDossiers` — a record before the calendar's
 *   holiday law is a bad record in `issues`, as there; an error thrown by the iterable itself is passed on
 *
 * @example
 * async function* fromPortal() {
 *   yield { id: 'HS-1', unit: 'xa-a', procedure: '1.001612', receivedAt: '2025-03-03', channel: 'post', serviceLevel: 'none', processingDays: 5, state: 'in-progress' } as const;
 * }
 * const { observations } = await measureDossiersAsync(fromPortal(), { period: 'Quý I/2025', asOf: '2025-03-31', indicators: { onTime: false, early: false, late: false } });
 * observations.map((o) => `${o.indicator} ${o.numerator}/${o.denominator}`);
 * //=> ['tthc-dossiers-online 0/1', 'tthc-dossiers-fully-online 0/1', 'tthc-dossiers-open 1/1', 'tthc-dossiers-open-overdue 1/1']
 */
export async function measureDossiersAsync(
  records: AsyncIterable<DossierInput> | Iterable<DossierInput>,
  options: MeasureDossiersOptions,
): Promise<DossierMeasurement> {
  checkRecords(records, true);
  const tally = createDossierTally(options);
  let index = 0;
  for await (const record of records) {
    tally.add(record, index);
    index += 1;
  }
  return tally.finish();
}
