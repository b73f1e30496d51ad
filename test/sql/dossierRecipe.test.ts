// @zone-independent: records carry civil days (YYYY-MM-DD), read the same in every zone.
// The dossier recipe of docs/national-scale.md — the very SQL block a reader copies — run on both
// engines against `measureDossiers` on the same records, with the working-day table of
// `workingDaysSql`. `measureDossiers` is the oracle (test/measure checks it against the portals' rules).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/_shared/dates';
import { measureDossiers } from '../../src/index';
import { workingDaysSql } from '../../src/sql/index';
import { startDuckDB, startPostgres, type Engine } from './engines';

const doc = readFileSync(new URL('../../docs/national-scale.md', import.meta.url), 'utf8');
const block = /<!-- dossier-recipe -->\n```sql\n([\s\S]*?)```/.exec(doc)?.[1];

let engines: Engine[] = [];
beforeAll(async () => {
  engines = [await startDuckDB(), await startPostgres()];
  const calendar = workingDaysSql('2024-06-01', '2026-06-30', { table: 'working_days' });
  for (const e of engines) {
    await e.run(calendar);
    await e.run(`CREATE TABLE dossiers (id TEXT PRIMARY KEY, unit TEXT NOT NULL, received_on DATE NOT NULL, completed_on DATE,
      channel TEXT NOT NULL, service_level TEXT NOT NULL, state TEXT NOT NULL, processing_days INTEGER, due_date DATE)`);
  }
}, 120_000);
afterAll(async () => {
  for (const e of engines) await e.close();
});

interface Dossier {
  id: string;
  unit: string;
  procedure: string;
  receivedAt: string;
  completedAt?: string;
  channel: 'online' | 'in-person' | 'post';
  serviceLevel: 'full-online' | 'partly-online' | 'none';
  state: 'in-progress' | 'completed' | 'returned' | 'cancelled';
  processingDays?: number;
  dueDate?: string;
}

/** A valid record: received around Tết 2025 and the 30/4 break, so deadlines cross holidays. */
const dossierArb = (id: number): fc.Arbitrary<Dossier> =>
  fc.record({
    unit: fc.constantFrom('xa-a', 'xa-b', 'huyen-c'),
    received: fc.integer({ min: 0, max: 200 }),
    channel: fc.constantFrom('online' as const, 'in-person' as const, 'post' as const),
    level: fc.constantFrom('full-online' as const, 'partly-online' as const, 'none' as const),
    state: fc.constantFrom('in-progress' as const, 'completed' as const, 'returned' as const, 'cancelled' as const),
    took: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    due: fc.oneof(fc.integer({ min: 0, max: 12 }).map((n) => ({ processingDays: n })), fc.integer({ min: 0, max: 30 }).map((n) => ({ dueIn: n }))),
  }).map(({ unit, received, channel, level, state, took, due }) => {
    const receivedAt = addDays('2025-01-10', received);
    const serviceLevel = channel === 'online' && level === 'none' ? 'partly-online' : level;
    const ends = state === 'completed' ? (took ?? 3) : state === 'in-progress' ? undefined : took;
    return {
      id: `HS-${id}`, unit, procedure: '1.001612', receivedAt, channel, serviceLevel, state,
      ...(ends === undefined ? {} : { completedAt: addDays(receivedAt, ends) }),
      ...('processingDays' in due ? { processingDays: due.processingDays } : { dueDate: addDays(receivedAt, due.dueIn) }),
    };
  });

const recordsArb = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => dossierArb(i))));
const lit = (x: string | number | undefined): string => (x === undefined ? 'NULL' : typeof x === 'number' ? String(x) : `'${x}'`);

describe('the dossier recipe of docs/national-scale.md', () => {
  it('is in the guide', () => {
    expect(block).toMatch(/^WITH params AS \(/);
  });

  it('gives measureDossiers’ observations on random records, periods and as-of days, on both engines', async () => {
    let nonZero = 0;
    await fc.assert(fc.asyncProperty(
      recordsArb,
      fc.constantFrom(['2025-01-01', '2025-12-31'], ['2025-01-01', '2025-03-31'], ['2025-02-01', '2025-02-28'], ['2025-04-01', '2025-06-30']),
      fc.integer({ min: 0, max: 220 }),
      async (records, [start, end], asOfDay) => {
        const asOf = addDays('2025-02-01', asOfDay);
        fc.pre(asOf >= (start as string));
        const expected = measureDossiers(records, { period: { start: start as string, end: end as string }, asOf });
        expect(expected.issues).toEqual([]);
        const want = expected.observations.map((o) => [o.unit, o.indicator, o.numerator, o.denominator]);
        nonZero += want.filter((w) => (w[2] as number) > 0).length;
        const sql = (block as string).replace(/SELECT DATE '[\d-]+' AS period_start, DATE '[\d-]+' AS period_end, DATE '[\d-]+' AS as_of/, `SELECT DATE '${start}' AS period_start, DATE '${end}' AS period_end, DATE '${asOf}' AS as_of`);
        for (const e of engines) {
          await e.run('DELETE FROM dossiers');
          if (records.length > 0) {
            await e.run(`INSERT INTO dossiers VALUES ${records.map((r) => `(${lit(r.id)}, ${lit(r.unit)}, DATE ${lit(r.receivedAt)}, ${r.completedAt === undefined ? 'NULL' : `DATE ${lit(r.completedAt)}`}, ${lit(r.channel)}, ${lit(r.serviceLevel)}, ${lit(r.state)}, ${lit(r.processingDays)}, ${r.dueDate === undefined ? 'NULL' : `DATE ${lit(r.dueDate)}`})`).join(', ')}`);
          }
          const got = (await e.rows(sql)).map((r) => [r['unit'], r['indicator'], Number(r['numerator']), Number(r['denominator'])]);
          expect(got, e.dialect).toEqual(want);
        }
      },
    ), { seed: 20261205, numRuns: 80 });
    expect(nonZero).toBeGreaterThan(100);
  }, 120_000);
});
