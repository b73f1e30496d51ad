// @zone-sensitive: dossier times read as civil days in a zone, and working days of the holiday law.
//
// A dossier whose due day must be counted with processingDays through days before the first rule of
// the holiday law (1 January 1995, Labour Code 1994 art. 73) cannot be judged on time or late: chiso
// knows no holidays then. Such a record is a bad record like any other — reported with its index, id,
// field and value, left out of every count — and the rest of the call is measured as usual.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidayLaw } from '../../src/catalogs/holidayLaw';
import { ChisoError } from '../../src/errors';
import { measureDossiers } from '../../src/measure/measureDossiers';
import { measureDossiersAsync } from '../../src/measure/measureDossiersAsync';
import type { DossierInput } from '../../src/model/dossier';
import type { HolidayLawRule } from '../../src/model/calendar';
import { runs } from '../fuzz/harness';

const BEFORE_LAW_WORDS = 'a day from 1995-01-01, the first day of the holiday law chiso encodes, or pass a calendar of your own (rule: false, or your own law)';

/** A valid 2024 dossier: received Monday 4/3/2024, 3 working days (due Thursday 7/3), completed on 6/3 — early. */
const base = (over: Partial<DossierInput> = {}): DossierInput => ({
  id: 'HS-1',
  unit: 'xa-a',
  procedure: '1.001612',
  receivedAt: '2024-03-04',
  channel: 'online',
  serviceLevel: 'full-online',
  processingDays: 3,
  state: 'completed',
  completedAt: '2024-03-06',
  ...over,
});

/** The figures of one unit and period as `measure: numerator/denominator`. */
const figures = (result: { observations: readonly { unit: string; period: unknown; indicator: string; numerator: number; denominator: number }[] }, unit: string, period: number | string) =>
  Object.fromEntries(result.observations.filter((o) => o.unit === unit && o.period === period).map((o) => [o.indicator.replace('tthc-dossiers-', ''), `${o.numerator}/${o.denominator}`]));

const brief = (issues: readonly { index: number; id?: string; code: string; path: readonly unknown[]; field?: string; expected?: string; received?: unknown }[]) =>
  issues.map(({ index, id, code, path, field, expected, received }) => ({ index, id, code, path, field, expected, received }));

async function* streamed<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

const variants = [
  ['measureDossiers', (records: readonly DossierInput[], options: Parameters<typeof measureDossiers>[1]) => Promise.resolve().then(() => measureDossiers(records, options))],
  ['measureDossiersAsync', (records: readonly DossierInput[], options: Parameters<typeof measureDossiers>[1]) => measureDossiersAsync(streamed(records), options)],
] as const;

describe('one dossier received in 1994 among valid 2024 ones', () => {
  // HS-old: received Wednesday 1/6/1994, 3 working days: the days after it (2/6, 3/6…) are before the
  // first rule, so whether 3/6 was a working day — and so the due day — is not known to chiso.
  const records = [
    base({ id: 'HS-1' }),
    base({ id: 'HS-old', receivedAt: '1994-06-01', completedAt: '1994-06-03' }),
    // Received Monday 4/3/2024, completed Friday 8/3: the 4th working day after, one day late.
    base({ id: 'HS-2', completedAt: '2024-03-08T09:00' }),
    base({ id: 'HS-3', unit: 'xa-b', channel: 'in-person', serviceLevel: 'partly-online', state: 'in-progress', completedAt: undefined }),
  ];
  const options = { periods: [1994, 2024], asOf: '2024-12-31' } as const;

  for (const [name, run] of variants) {
    it(`${name}: reports it (index, id, field, the way out, the value as given) and measures the rest`, async () => {
      const result = await run(records, options);
      expect(brief(result.issues)).toEqual([{ index: 1, id: 'HS-old', code: 'out_of_range', path: ['records', 1, 'receivedAt'], field: 'receivedAt', expected: BEFORE_LAW_WORDS, received: '1994-06-01' }]);
      expect(result.issues[0]?.message).toBe(`Expected records[1].receivedAt (unit "xa-a") to be ${BEFORE_LAW_WORDS} but got "1994-06-01".`);
      expect(result.counts).toEqual({ read: 4, measured: 3, rejected: 1 });
      expect(result.issuesTruncated).toBe(false);
      // Left out of every count, as any bad record: 1994 counts nothing, not even "received".
      expect(figures(result, 'xa-a', 1994)).toEqual({ online: '0/0', 'fully-online': '0/0', 'on-time': '0/0', early: '0/0', late: '0/0', open: '0/0', 'open-overdue': '0/0' });
      // 2024, xa-a: HS-1 (due Thu 7/3, done Wed 6/3: early) and HS-2 (done Fri 8/3: late).
      expect(figures(result, 'xa-a', 2024)).toEqual({ online: '2/2', 'fully-online': '2/2', 'on-time': '1/2', early: '1/2', late: '1/2', open: '0/2', 'open-overdue': '0/0' });
      // xa-b: HS-3 still open at 31/12/2024, due 7/3/2024: overdue.
      expect(figures(result, 'xa-b', 2024)).toEqual({ online: '0/1', 'fully-online': '0/1', 'on-time': '0/0', early: '0/0', late: '0/0', open: '1/1', 'open-overdue': '1/1' });
    });

    it(`${name}: strict mode throws it as it throws any bad record`, async () => {
      const error = await run(records, { ...options, strict: true }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ChisoError);
      expect(brief((error as ChisoError).issues as never)).toEqual([{ index: 1, id: 'HS-old', code: 'out_of_range', path: ['records', 1, 'receivedAt'], field: 'receivedAt', expected: BEFORE_LAW_WORDS, received: '1994-06-01' }]);
    });
  }

  it('a time given as a Date is shown in its ISO form', () => {
    const result = measureDossiers([base({ receivedAt: new Date(Date.UTC(1994, 5, 1, 3)), completedAt: undefined, state: 'in-progress' })], options);
    expect(brief(result.issues)).toEqual([{ index: 0, id: 'HS-1', code: 'out_of_range', path: ['records', 0, 'receivedAt'], field: 'receivedAt', expected: BEFORE_LAW_WORDS, received: '1994-06-01T03:00:00.000Z' }]);
  });

  it('lists it with the record’s other problems, and maxIssues still bounds the list', () => {
    const bad = base({ id: 'HS-old', receivedAt: '1994-06-01', channel: 'online', serviceLevel: 'none', state: 'in-progress', completedAt: undefined });
    const result = measureDossiers([bad, bad, base()], options);
    expect(result.issues.filter((i) => i.index === 0).map((i) => [i.code, i.field])).toEqual([
      ['inconsistent_channel', 'serviceLevel'],
      ['out_of_range', 'receivedAt'],
    ]);
    expect(measureDossiers([bad, bad, base()], { ...options, maxIssues: 1 })).toMatchObject({ issuesTruncated: true, counts: { read: 3, measured: 1, rejected: 2 } });
  });
});

describe('what the holiday law does not need is measured', () => {
  const options = { periods: [1994, 1995], asOf: '1995-12-31' } as const;

  it('a due day given as dueDate needs no calendar; received 31/12/1994, the first day counted is 1/1/1995', () => {
    const records = [
      base({ id: 'due', receivedAt: '1994-06-01', processingDays: undefined, dueDate: '1994-06-10', completedAt: '1994-06-09' }),
      // Saturday 31/12/1994 is not counted (Civil Code 2015 art. 147.2). Sun 1/1/1995 is New Year's Day
      // (a holiday on a Sunday: in lieu Monday 2/1), so 1 working day runs to Tuesday 3/1/1995.
      base({ id: 'eve', receivedAt: '1994-12-31', processingDays: 1, completedAt: '1995-01-03T16:00' }),
    ];
    const result = measureDossiers(records, options);
    expect(result.issues).toEqual([]);
    expect(figures(result, 'xa-a', 1994)).toMatchObject({ online: '2/2', 'on-time': '1/1', early: '1/1' });
    expect(figures(result, 'xa-a', 1995)).toMatchObject({ online: '0/0', 'on-time': '1/1', early: '0/1', late: '0/1' });
  });

  it('received 31/12/1994 with 0 days: the day received itself must be judged, so it is reported', () => {
    const result = measureDossiers([base({ receivedAt: '1994-12-31', processingDays: 0, completedAt: '1995-01-03' })], options);
    expect(brief(result.issues)).toEqual([{ index: 0, id: 'HS-1', code: 'out_of_range', path: ['records', 0, 'receivedAt'], field: 'receivedAt', expected: BEFORE_LAW_WORDS, received: '1994-12-31' }]);
  });

  it('a calendar of one’s own covers it: rule: false, a law from an earlier day, or adjustments for the days counted', () => {
    const partly = measureDossiers([base({ receivedAt: '1994-06-01', completedAt: '1994-06-06' })], { ...options, calendar: { adjustments: [{ date: '1994-06-02', kind: 'work', name: { vi: 'x', en: 'x' } }] } });
    // Thursday 2/6 is decided, Friday 3/6 is not: still refused.
    expect(partly.issues.map((i) => [i.index, i.field])).toEqual([[0, 'receivedAt']]);
    // Wednesday 1/6/1994 + 3 working days with weekends only: Thu 2, Fri 3, Mon 6/6.
    const record = base({ receivedAt: '1994-06-01', completedAt: '1994-06-06' });
    const own: HolidayLawRule = { ...(holidayLaw[0] as HolidayLawRule), id: 'own-1990', from: '1990-01-01' };
    const name = { vi: 'Ngày của tỉnh', en: 'Provincial day' };
    // Every day the count looks at must be decided, the weekend included.
    const adjustments = [...['1994-06-02', '1994-06-03', '1994-06-06'].map((date) => ({ date, kind: 'work' as const, name })), ...['1994-06-04', '1994-06-05'].map((date) => ({ date, kind: 'off' as const, name }))];
    for (const calendar of [{ rule: false as const }, { law: [own, ...holidayLaw.slice(1)] }, { adjustments }]) {
      const result = measureDossiers([record], { ...options, calendar });
      expect(result.issues).toEqual([]);
      expect(figures(result, 'xa-a', 1994)).toMatchObject({ 'on-time': '1/1', early: '0/1', late: '0/1' });
    }
  });

  it('with a law of one’s own that starts later, the words name its first day', () => {
    const later: HolidayLawRule = { ...(holidayLaw[0] as HolidayLawRule), id: 'own-2000', from: '2000-01-01' };
    const result = measureDossiers([base({ receivedAt: '1999-06-01', completedAt: '1999-06-03' })], { period: 1999, asOf: '1999-12-31', calendar: { law: [later] } });
    expect(result.issues[0]).toMatchObject({ code: 'out_of_range', field: 'receivedAt', received: '1999-06-01' });
    expect(result.issues[0]?.expected).toMatch(/^a day from 2000-01-01, the first day of the calendar’s holiday law \(own-2000\)/);
  });
});

describe('property: random mixes of dossiers from 1990 to 2030', () => {
  const FIRST = '1995-01-01';
  const pad = (n: number) => String(n).padStart(2, '0');
  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const dayMs = (from: string, to: string) => fc.integer({ min: Date.UTC(Number(from.slice(0, 4)), 0, 1) / 86_400_000, max: Date.UTC(Number(to.slice(0, 4)), 11, 31) / 86_400_000 }).map((d) => d * 86_400_000);
  // Extra weight on the days around the first rule, where an off-by-one would show.
  const receivedDay = fc.oneof({ weight: 4, arbitrary: dayMs('1990', '2030') }, { weight: 1, arbitrary: fc.integer({ min: Date.UTC(1994, 11, 20) / 86_400_000, max: Date.UTC(1995, 0, 10) / 86_400_000 }).map((d) => d * 86_400_000) });
  const dossier = fc
    .record({
      unit: fc.constantFrom('xa-a', 'xa-b', 'phuong-c'),
      received: receivedDay,
      // A civil date, or a civil date-time with or without the Vietnam offset: the same civil day in Asia/Ho_Chi_Minh.
      form: fc.constantFrom('date', 'local', 'offset'),
      hour: fc.integer({ min: 0, max: 23 }),
      channel: fc.constantFrom('online', 'in-person', 'post'),
      level: fc.constantFrom('full-online', 'partly-online'),
      due: fc.oneof({ weight: 4, arbitrary: fc.record({ processingDays: fc.integer({ min: 0, max: 30 }) }) }, { weight: 1, arbitrary: fc.record({ dueAfter: fc.integer({ min: 0, max: 40 }) }) }),
      state: fc.constantFrom('in-progress', 'completed', 'completed', 'returned', 'cancelled'),
      after: fc.integer({ min: 0, max: 60 }),
    })
    .map((g) => {
      const day = isoDay(g.received);
      const receivedAt = g.form === 'date' ? day : g.form === 'local' ? `${day}T${pad(g.hour)}:00` : `${day}T${pad(g.hour)}:00+07:00`;
      const completedAt = isoDay(g.received + g.after * 86_400_000);
      const record: DossierInput = {
        id: '',
        unit: g.unit,
        procedure: '1.001612',
        receivedAt,
        channel: g.channel,
        serviceLevel: g.level,
        ...('processingDays' in g.due ? { processingDays: g.due.processingDays } : { dueDate: isoDay(g.received + g.due.dueAfter * 86_400_000) }),
        state: g.state as DossierInput['state'],
        ...(g.state === 'in-progress' ? {} : { completedAt: `${completedAt}T23:00` }),
      };
      return record;
    });

  /**
   * Whether chiso must refuse the record, from the Civil Code's count (art. 147.2: the day received is
   * not counted) and the first rule of the law: its due day is counted with processingDays, and the
   * first day the count looks at — the day after receipt, or the day itself for 0 days — is before 1995.
   */
  const needsDaysBeforeLaw = (r: DossierInput): boolean => {
    if (r.processingDays === undefined) return false;
    const day = String(r.receivedAt).slice(0, 10);
    const firstLooked = r.processingDays === 0 ? day : isoDay(Date.parse(day) + 86_400_000);
    return firstLooked < FIRST;
  };

  const options = { periods: [1993, 1994, 1995, 2024, { start: '1990-01-01', end: '2030-12-31' }], asOf: '2030-12-31' };
  const mixes = fc.array(dossier, { minLength: 1, maxLength: 40 }).map((list) => list.map((r, i) => ({ ...r, id: `HS-${i}` })));

  const check = (records: readonly DossierInput[], result: ReturnType<typeof measureDossiers>, alone: ReturnType<typeof measureDossiers>) => {
    const refused = records.flatMap((r, index) => (needsDaysBeforeLaw(r) ? [{ index, id: r.id, code: 'out_of_range', path: ['records', index, 'receivedAt'], field: 'receivedAt', expected: BEFORE_LAW_WORDS, received: r.receivedAt }] : []));
    // Every such record once, and nothing else: the generated records are otherwise valid.
    expect(brief(result.issues)).toEqual(refused);
    expect(result.counts).toEqual({ read: records.length, measured: records.length - refused.length, rejected: refused.length });
    expect(result.observations).toEqual(alone.observations);
  };

  it('measureDossiers: each record needing days before 1995 reported once; the others measured as if alone', () => {
    let refusedSeen = 0;
    fc.assert(
      fc.property(mixes, (records) => {
        const result = measureDossiers(records, options);
        const alone = measureDossiers(
          records.filter((r) => !needsDaysBeforeLaw(r)),
          options,
        );
        expect(alone.issues).toEqual([]);
        check(records, result, alone);
        refusedSeen += result.counts.rejected;
      }),
      { numRuns: runs(150) },
    );
    // The generator does reach the case.
    expect(refusedSeen).toBeGreaterThan(50);
  });

  it('measureDossiersAsync: the same, from an async iterable', async () => {
    await fc.assert(
      fc.asyncProperty(mixes, async (records) => {
        const result = await measureDossiersAsync(streamed(records), options);
        const alone = await measureDossiersAsync(
          streamed(records.filter((r) => !needsDaysBeforeLaw(r))),
          options,
        );
        check(records, result, alone);
        // And the same as the sync function.
        expect(result).toEqual(measureDossiers(records, options));
      }),
      { numRuns: runs(100) },
    );
  });
});
