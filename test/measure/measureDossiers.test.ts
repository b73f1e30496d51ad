// @zone-sensitive: dossier timestamps, working days and zones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { ChisoError } from '../../src/errors';
import { evaluate } from '../../src/evaluate/evaluate';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { rollUp } from '../../src/evaluate/rollUp';
import { threeTier2021 } from '../../src/model/hierarchies';
import { addDays } from '../../src/_shared/dates';
import { quickCheck } from '../../src/measure/_internal/dossierTally';
import { measureDossiers } from '../../src/measure/measureDossiers';
import { measureDossiersAsync } from '../../src/measure/measureDossiersAsync';
import { DossierSchema, type DossierInput } from '../../src/model/dossier';
import { addWorkingDays } from '../../src/time/addWorkingDays';
import { isWorkingDay } from '../../src/time/isWorkingDay';
import { toLunar } from '../../src/time/toLunar';
import { workingCalendar } from '../../src/time/workingCalendar';

/** A valid dossier: received online (full-online) at 10:00 Vietnam time on Friday 24/1/2025, 3 working days. */
const base = (over: Partial<DossierInput> = {}): DossierInput => ({
  id: 'HS-1',
  unit: 'xa-a',
  procedure: '1.001612',
  receivedAt: '2025-01-24T10:00:00+07:00',
  channel: 'online',
  serviceLevel: 'full-online',
  processingDays: 3,
  state: 'completed',
  completedAt: '2025-02-05T10:00:00+07:00',
  ...over,
});

/** The figures of one unit and period as `indicator: numerator/denominator`. */
const figures = (result: ReturnType<typeof measureDossiers>, unit = 'xa-a', period: number | string = 2025) =>
  Object.fromEntries(result.observations.filter((o) => o.unit === unit && o.period === period).map((o) => [o.indicator.replace('tthc-dossiers-', ''), `${o.numerator}/${o.denominator}`]));

const Y2025 = { period: 2025, asOf: '2025-12-31' } as const;

describe('the issue: received on the last working day before Tết 2025, 3 working days', () => {
  // Tết Ất Tỵ: mùng 1 = Wednesday 29/1/2025; 28/1 is 29 tháng Chạp, the last day of Giáp Thìn (a month of 29 days).
  it('reads the lunar dates the derivation rests on', () => {
    expect(toLunar('2025-01-29')).toEqual({ year: 2025, month: 1, day: 1, leap: false });
    expect(toLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
  });

  // The Labour Code rule alone (`workingCalendar({ schedules: [] })`, tetDaysBefore 2): Tết days = the last
  // two days of the old year and mùng 1–3 = Mon 27/1, Tue 28/1, Wed 29/1, Thu 30/1, Fri 31/1 (none on a
  // weekend, so no day in lieu). Sat 25/1, Sun 26/1, Sat 1/2, Sun 2/2 are weekly rest days.
  // The official schedule (8726/VPCP-KGVX, 26/11/2024): off from Sat 25/1 to the end of Sun 2/2/2025.
  // Both: the last working day before Tết is Fri 24/1. Received Fri 24/1 (not counted, BLDS 2015 Art.
  // 147.2): Sat 25 – Sun 2/2 are not working days; Mon 3/2 is day 1, Tue 4/2 day 2, Wed 5/2 day 3. Due
  // Wed 5/2/2025, ending at 24:00 Vietnam time (Art. 148).
  const rule = workingCalendar({ schedules: [] });
  const official = workingCalendar();

  it('gets the due date 5/2/2025 under the rule and under the official schedule', () => {
    for (const calendar of [rule, official]) {
      expect(isWorkingDay('2025-01-24', calendar)).toBe(true);
      for (const day of ['2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02']) {
        expect(isWorkingDay(day, calendar)).toBe(false);
      }
      const onTime = measureDossiers([base({ completedAt: '2025-02-05T23:59:59+07:00' })], { ...Y2025, calendar });
      expect(figures(onTime)).toMatchObject({ 'on-time': '1/1', early: '0/1', late: '0/1' });
      const late = measureDossiers([base({ completedAt: '2025-02-06T00:00:00+07:00' })], { ...Y2025, calendar });
      expect(figures(late)).toMatchObject({ 'on-time': '0/1', early: '0/1', late: '1/1' });
      const early = measureDossiers([base({ completedAt: '2025-02-04T23:59:59+07:00' })], { ...Y2025, calendar });
      expect(figures(early)).toMatchObject({ 'on-time': '1/1', early: '1/1', late: '0/1' });
    }
  });

  // Where the override changes the answer: a rule that puts only one Tết day before mùng 1
  // (tetDaysBefore 1) makes Mon 27/1 a working day: Tết days Tue 28/1 – Sat 1/2, and mùng 4 on Saturday
  // 1/2 gives a day in lieu on Mon 3/2. A dossier received online on Mon 27/1 is then due on:
  //   rule alone: Tue 28/1 – Mon 3/2 off; Tue 4/2 (1), Wed 5/2 (2), Thu 6/2 (3) → 6/2;
  //   with the official schedule (which covers Tết 2025 and wins over the rule): 27/1 – 2/2 off, 3/2 a
  //   working day: Mon 3/2 (1), Tue 4/2 (2), Wed 5/2 (3) → 5/2.
  it('lets the official schedule override the rule', () => {
    const record = base({ receivedAt: '2025-01-27T09:00:00+07:00', completedAt: '2025-02-06T15:00:00+07:00' });
    const byRule = measureDossiers([record], { ...Y2025, calendar: { schedules: [], rule: { tetDaysBefore: 1 } } });
    expect(figures(byRule)).toMatchObject({ 'on-time': '1/1', late: '0/1' });
    const overridden = measureDossiers([record], { ...Y2025, calendar: { rule: { tetDaysBefore: 1 } } });
    expect(figures(overridden)).toMatchObject({ 'on-time': '0/1', late: '1/1' });
    expect(addWorkingDays('2025-01-27', 3, { schedules: [], rule: { tetDaysBefore: 1 } })).toBe('2025-02-06');
    expect(addWorkingDays('2025-01-27', 3, { rule: { tetDaysBefore: 1 } })).toBe('2025-02-05');
  });
});

describe('due days: explicit, zero and weekend receipts', () => {
  const late = (over: Partial<DossierInput>) => figures(measureDossiers([base(over)], Y2025)).late;

  it('takes an explicit dueDate over processingDays', () => {
    // 3 working days from 24/1 would be 5/2; the recorded due day (e.g. after a lawful extension) is 7/2.
    expect(late({ completedAt: '2025-02-07T17:00', dueDate: '2025-02-07' })).toBe('0/1');
    expect(late({ completedAt: '2025-02-07T17:00' })).toBe('1/1');
  });

  it('counts from the day after receipt, even when received on a weekly rest day', () => {
    // Received Saturday 8/2/2025 (a rest day; no working Saturday in 2025's Tết schedule).
    // 0 days ("within the day"): the day itself is not a working day → the next one, Monday 10/2.
    // 1 day: the day received is not counted; the first working day after it is Monday 10/2.
    // 2 days: Monday 10/2 (1), Tuesday 11/2 (2).
    expect(isWorkingDay('2025-02-08')).toBe(false);
    for (const [n, due] of [[0, '2025-02-10'], [1, '2025-02-10'], [2, '2025-02-11']] as const) {
      expect(late({ receivedAt: '2025-02-08T09:00', processingDays: n, completedAt: `${due}T23:59` })).toBe('0/1');
      expect(late({ receivedAt: '2025-02-08T09:00', processingDays: n, completedAt: `${addDays(due, 1)}T00:00` })).toBe('1/1');
    }
    // 0 days, received on a working day: due that same day.
    expect(late({ receivedAt: '2025-02-10T09:00', processingDays: 0, completedAt: '2025-02-10T17:30' })).toBe('0/1');
    expect(late({ receivedAt: '2025-02-10T09:00', processingDays: 0, completedAt: '2025-02-11T07:30' })).toBe('1/1');
  });
});

describe('the Asia/Ho_Chi_Minh day boundary', () => {
  const measure = (completedAt: string | Date, zone?: string) =>
    figures(measureDossiers([base({ completedAt })], { ...Y2025, ...(zone === undefined ? {} : { zone }) }));

  it('judges by the civil day in Vietnam, whatever the form of the time', () => {
    // Due 5/2/2025; its last instant is 2025-02-05T23:59:59.999+07:00 = 2025-02-05T16:59:59.999Z.
    expect(measure('2025-02-05T23:59+07:00').late).toBe('0/1');
    expect(measure('2025-02-06T00:00+07:00').late).toBe('1/1');
    expect(measure('2025-02-05T16:59:59.999Z').late).toBe('0/1');
    expect(measure('2025-02-05T17:00:00.000Z').late).toBe('1/1');
    expect(measure('2025-02-05T23:59:59')).toMatchObject({ late: '0/1' }); // civil date-time, read in Vietnam
    expect(measure('2025-02-06T00:00')).toMatchObject({ late: '1/1' });
    expect(measure('2025-02-05')).toMatchObject({ late: '0/1' });
    expect(measure(new Date(Date.UTC(2025, 1, 5, 16, 59, 59)))).toMatchObject({ late: '0/1' });
    expect(measure(new Date(Date.UTC(2025, 1, 5, 17, 0, 0)))).toMatchObject({ late: '1/1' });
    // Another offset for the same instant: 2025-02-05T12:00-05:00 is 2025-02-06T00:00+07:00.
    expect(measure('2025-02-05T12:00-05:00')).toMatchObject({ late: '1/1' });
  });

  it('reads days in another zone when asked', () => {
    // 2025-02-05T15:30Z is 22:30 on 5/2 in Vietnam (on time) but 00:30 on 6/2 in Tokyo (UTC+9: late).
    expect(measure('2025-02-05T15:30:00Z').late).toBe('0/1');
    expect(measure('2025-02-05T15:30:00Z', 'Asia/Tokyo').late).toBe('1/1');
  });

  it('counts receipt in a period by its Vietnamese day', () => {
    // 2024-12-31T17:30Z is 00:30 on 1/1/2025 in Vietnam: received in 2025, not 2024.
    const result = measureDossiers([base({ receivedAt: '2024-12-31T17:30:00Z', processingDays: 1, completedAt: '2025-01-02' })], { periods: [2024, 2025], asOf: '2025-12-31' });
    expect(figures(result, 'xa-a', 2024).online).toBe('0/0');
    expect(figures(result, 'xa-a', 2025).online).toBe('1/1');
  });

  it('does not depend on the host time zone', () => {
    const records = [
      base({ completedAt: new Date(Date.UTC(2025, 1, 5, 16, 59, 59)) }),
      base({ id: 'HS-2', receivedAt: new Date(Date.UTC(2024, 11, 31, 17, 30)), completedAt: '2025-01-02T08:00' }),
      base({ id: 'HS-3', receivedAt: '2025-03-31T23:30', processingDays: 0, completedAt: '2025-04-01T00:10' }),
    ];
    const options = { periods: [2024, 2025, 'Quý I/2025'], asOf: new Date(Date.UTC(2025, 11, 31, 16, 0)) };
    const saved = process.env.TZ;
    try {
      const results = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh'].map((zone) => {
        process.env.TZ = zone;
        return measureDossiers(records, options);
      });
      for (const r of results) expect(r).toEqual(results[0]);
      // Q1: HS-1 (due 5/2, completed 23:59:59 on 5/2: on time), HS-2 (received 00:30 on 1/1/2025, a holiday;
      // due 6/1; completed 2/1: early), HS-3 (received 31/3, 0 days → due 31/3; completed 1/4, after Q1:
      // open at 31/3, not overdue as 31/3 has not ended).
      expect(figures(results[0] as ReturnType<typeof measureDossiers>, 'xa-a', '2025-03-31')).toMatchObject({ online: '3/3', 'on-time': '2/2', early: '1/2', late: '0/2', open: '1/3', 'open-overdue': '0/1' });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('denominators, periods and the cut-off (hand-computed)', () => {
  // Quarter I and II of 2025, as of Wednesday 30/4/2025 (a public holiday). Every record of unit 'xa-a':
  // A  received 6/1 online full-online, 5 days → due Mon 13/1; completed 10/1 (early).
  // B  received 6/1 in person, due 10/1 (explicit); completed 20/1 (late).
  // C  received 20/12/2024 by post, 10 days → due 6/1/2025 (carried over into Q1); completed 6/1 (on time, not early).
  // D  received 3/3 online partly-online, 2 days → due Wed 5/3; still in progress (open and overdue at both cut-offs).
  // E  received 3/3 online full-online, 30 days; returned on 10/3 (received, but neither resolved nor open).
  // F  received 28/3 in person, 3 days → due Wed 2/4; completed 3/4 (resolved in Q2, late; open at the end of Q1, not yet overdue).
  // G  received 29/4 online full-online, 1 day → due: 30/4 and 1/5 are holidays, 2/5 off and 3–4/5 off
  //    (official 2025 schedule: off 30/4 – 4/5), so Mon 5/5; in progress (open in Q2, not overdue).
  // H  received 2/5 (after asOf): not yet received.
  // I  received 10/4 online full-online, 1 day; completed 2/5 (after asOf: still open at the cut-off 30/4; due 11/4 → overdue).
  // J  received 11/3, cancelled with no known day: received in Q1, never open.
  const records: DossierInput[] = [
    base({ id: 'A', receivedAt: '2025-01-06T08:00', processingDays: 5, completedAt: '2025-01-10T17:00' }),
    base({ id: 'B', receivedAt: '2025-01-06T08:30', channel: 'in-person', serviceLevel: 'partly-online', processingDays: undefined, dueDate: '2025-01-10', completedAt: '2025-01-20' }),
    base({ id: 'C', receivedAt: '2024-12-20', channel: 'post', serviceLevel: 'none', processingDays: 10, completedAt: '2025-01-06T16:00' }),
    base({ id: 'D', receivedAt: '2025-03-03', serviceLevel: 'partly-online', processingDays: 2, state: 'in-progress', completedAt: undefined }),
    base({ id: 'E', receivedAt: '2025-03-03', processingDays: 30, state: 'returned', completedAt: '2025-03-10' }),
    base({ id: 'F', receivedAt: '2025-03-28', channel: 'in-person', serviceLevel: 'none', processingDays: 3, completedAt: '2025-04-03' }),
    base({ id: 'G', receivedAt: '2025-04-29', processingDays: 1, state: 'in-progress', completedAt: undefined }),
    base({ id: 'H', receivedAt: '2025-05-02', processingDays: 1, state: 'in-progress', completedAt: undefined }),
    base({ id: 'I', receivedAt: '2025-04-10', processingDays: 1, completedAt: '2025-05-02' }),
    base({ id: 'J', receivedAt: '2025-03-11', channel: 'post', serviceLevel: 'none', state: 'cancelled', completedAt: undefined }),
  ];
  const options = { periods: ['Quý I/2025', 'Quý II/2025', 2025], asOf: '2025-04-30' };
  const result = measureDossiers(records, options);

  it('checks the due days the comments derive', () => {
    expect(addWorkingDays('2025-01-06', 5)).toBe('2025-01-13');
    expect(addWorkingDays('2024-12-20', 10)).toBe('2025-01-06'); // 1/1 is a holiday
    expect(addWorkingDays('2025-03-28', 3)).toBe('2025-04-02');
    expect(addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('Quý I: received A B D E J (C before, F counted: 28/3); resolved A B C; open at 31/3: D F', () => {
    // received in Q1: A, B, D, E, F, J = 6; online: A, D, E = 3; fully online: A, E = 2.
    // resolved in Q1 (completed): A (early), B (late), C (on time) = 3.
    // open at 31/3: D (due 5/3, overdue), F (due 2/4, not yet) = 2; handled = 3 + 2 = 5.
    expect(figures(result, 'xa-a', '2025-03-31')).toEqual({
      online: '3/6',
      'fully-online': '2/6',
      'on-time': '2/3',
      early: '1/3',
      late: '1/3',
      open: '2/5',
      'open-overdue': '1/2',
    });
  });

  it('Quý II, cut off at asOf 30/4: received G I; resolved F; open D G I', () => {
    // received 1/4–30/4: G, I = 2, both online full-online. resolved: F (late) = 1.
    // open at 30/4: D (overdue), G (due 5/5), I (completed 2/5, after asOf; due 11/4: overdue) = 3.
    expect(figures(result, 'xa-a', '2025-06-30')).toEqual({
      online: '2/2',
      'fully-online': '2/2',
      'on-time': '0/1',
      early: '0/1',
      late: '1/1',
      open: '3/4',
      'open-overdue': '2/3',
    });
  });

  it('the year 2025 (cut off at asOf) counts each record once', () => {
    // received 1/1–30/4: A B D E F G I J = 8; online A D E G I = 5; fully A E G I = 4.
    // resolved: A B C F = 4 (A early; C on time; B, F late). open at 30/4: D G I = 3 (D, I overdue).
    expect(figures(result, 'xa-a', 2025)).toEqual({
      online: '5/8',
      'fully-online': '4/8',
      'on-time': '2/4',
      early: '1/4',
      late: '2/4',
      open: '3/7',
      'open-overdue': '2/3',
    });
  });

  it('returns shares in unit, period, measure order, with no issues', () => {
    expect(result.issues).toEqual([]);
    expect(result.counts).toEqual({ read: 10, measured: 10, rejected: 0 });
    expect(result.observations.slice(0, 7).map((o) => o.indicator)).toEqual([
      'tthc-dossiers-online',
      'tthc-dossiers-fully-online',
      'tthc-dossiers-on-time',
      'tthc-dossiers-early',
      'tthc-dossiers-late',
      'tthc-dossiers-open',
      'tthc-dossiers-open-overdue',
    ]);
    expect(result.observations.map((o) => o.period).filter((_, i) => i % 7 === 0)).toEqual(['2025-03-31', '2025-06-30', 2025]);
  });

  it('feeds evaluate and rollUp: the fully-online share of Kế hoạch 302 (≥ 80 %)', () => {
    const units = [
      { id: 'vp', name: 'Tỉnh', level: 'province' },
      { id: 'xa-a', name: 'Xã A', level: 'district', parent: 'vp' },
      { id: 'xa-b', name: 'Xã B', level: 'district', parent: 'vp' },
    ];
    const more = Array.from({ length: 5 }, (_, i) => base({ id: `b${i}`, unit: 'xa-b', receivedAt: '2025-02-03', completedAt: '2025-02-04' }));
    const { observations } = measureDossiers([...records, ...more], { period: 2025, asOf: '2025-04-30', indicators: { online: false, onTime: false, early: false, late: false, open: false, overdue: false } });
    expect(observations).toEqual([
      { unit: 'xa-a', indicator: 'tthc-dossiers-fully-online', period: 2025, numerator: 4, denominator: 8 },
      { unit: 'xa-b', indicator: 'tthc-dossiers-fully-online', period: 2025, numerator: 5, denominator: 5 },
    ]);
    // Rolled up exactly: (4 + 5) / (8 + 5), not the mean of 50 % and 100 %.
    const rolled = rollUp(observations, defineUnits(units, threeTier2021), { catalog: vinhPhuc302 });
    expect(rolled.aggregates[0]?.observation).toEqual({ unit: 'vp', indicator: 'tthc-dossiers-fully-online', period: 2025, numerator: 9, denominator: 13, source: 'roll-up' });
    const card = evaluate(vinhPhuc302, observations, { asOf: '2025-04-30', units });
    const row = (unit: string) => card.rows.find((r) => r.unit === unit && r.indicator === 'tthc-dossiers-fully-online');
    expect(row('xa-a')?.status).toBe('not-met'); // 4/8 = 50 % < 80 %
    expect(row('xa-b')?.status).toBe('met'); // 5/5 = 100 %
  });

  it('keeps a default id given as undefined (from JavaScript)', () => {
    const { observations } = measureDossiers(records, { ...options, periods: [2025], indicators: { online: undefined, fullyOnline: false, onTime: false, early: false, late: false, open: false, overdue: false } as never });
    expect(observations.map((o) => o.indicator)).toEqual(['tthc-dossiers-online']);
  });

  it('renames indicators to match another catalog', () => {
    const { observations } = measureDossiers(records, { ...options, periods: [2025], indicators: { onTime: 'tthc-on-time-rate', online: false, fullyOnline: false, early: false, late: false, open: false, overdue: false } });
    expect(observations).toEqual([{ unit: 'xa-a', indicator: 'tthc-on-time-rate', period: 2025, numerator: 2, denominator: 4 }]);
  });
});

describe('bad records: reported with index and id, never counted, never silently skipped', () => {
  const bad: unknown[] = [
    base({ id: 'ok' }),
    base({ id: 'early-completion', completedAt: '2025-01-24T09:59:59+07:00' }),
    base({ id: 'fax', channel: 'fax' as never }),
    base({ id: 'no-due', processingDays: undefined }),
    base({ id: 'bad-date', receivedAt: '2025-02-30T10:00' }),
    base({ id: 'bad-hour', completedAt: '2025-02-05T24:00' }),
    base({ id: 'no-completion', completedAt: undefined }),
    base({ id: 'open-but-completed', state: 'in-progress' }),
    base({ id: 'online-without-service', serviceLevel: 'none' }),
    base({ id: 'due-before', processingDays: undefined, dueDate: '2025-01-23' }),
    base({ id: 'old', receivedAt: '1899-12-31', completedAt: '1900-01-02' }),
    'not a record',
    base({ id: 'extra', note: 'x' } as never),
  ];
  const expected = [
    [1, 'early-completion', 'completed_before_received', 'completedAt'],
    [2, 'fax', 'invalid_value', 'channel'],
    [3, 'no-due', 'missing_due', 'dueDate'],
    [4, 'bad-date', 'invalid_date', 'receivedAt'],
    [5, 'bad-hour', 'invalid_date', 'completedAt'],
    [6, 'no-completion', 'missing_completion', 'completedAt'],
    [7, 'open-but-completed', 'unexpected_completion', 'completedAt'],
    [8, 'online-without-service', 'inconsistent_channel', 'serviceLevel'],
    [9, 'due-before', 'due_before_received', 'dueDate'],
    [10, 'old', 'out_of_range', 'receivedAt'],
    [11, undefined, 'invalid_type', undefined],
    [12, 'extra', 'unrecognized_key', 'note'],
  ];

  it('lists each in the result, and counts only the good one', () => {
    const result = measureDossiers(bad as DossierInput[], Y2025);
    expect(result.issues.map((i) => [i.index, i.id, i.code, i.field])).toEqual(expected);
    expect(result.issues.every((i, n) => i.path[0] === 'records' && i.path[1] === expected[n]?.[0])).toBe(true);
    expect(result.counts).toEqual({ read: 13, measured: 1, rejected: 12 });
    expect(figures(result).online).toBe('1/1');
    expect(result.issues[0]?.message).toBe('Expected records[1].completedAt (unit "xa-a") to be on or after receivedAt (2025-01-24T10:00:00+07:00) but got "2025-01-24T09:59:59+07:00".');
    expect(result.issuesTruncated).toBe(false);
  });

  it('throws them all in strict mode', () => {
    let error: unknown;
    try {
      measureDossiers(bad as DossierInput[], { ...Y2025, strict: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChisoError);
    expect((error as ChisoError).issues.map((i) => (i as { index?: number }).index)).toEqual(expected.map((e) => e[0]));
    expect((error as ChisoError).message).toMatch(/^Expected records\[1\]\.completedAt .* \(and 11 more issues\)$/);
    expect(measureDossiers([base()], { ...Y2025, strict: true }).counts.measured).toBe(1);
  });

  it('keeps at most maxIssues, and says so', () => {
    const result = measureDossiers(bad as DossierInput[], { ...Y2025, maxIssues: 2 });
    expect(result.issues.map((i) => i.index)).toEqual([1, 2]);
    expect(result.issuesTruncated).toBe(true);
    expect(result.counts.rejected).toBe(12);
  });

  it('finds repeated ids only when asked (it keeps every id)', () => {
    const twice = [base(), base({ receivedAt: '2025-01-24T11:00' })];
    expect(measureDossiers(twice, Y2025).counts.measured).toBe(2);
    const checked = measureDossiers(twice, { ...Y2025, checkDuplicateIds: true });
    expect(checked.issues.map((i) => [i.index, i.code])).toEqual([[1, 'duplicate_record']]);
    expect(figures(checked).online).toBe('1/1');
  });

  it('rejects bad options whatever strict says', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ChisoError);
        return [(e as ChisoError).issues[0]?.code, (e as ChisoError).issues[0]?.path];
      }
      throw new Error('expected a ChisoError');
    };
    expect(code(() => measureDossiers([base()], { period: 2026, asOf: '2025-12-31' }))).toEqual(['invalid_value', ['options', 'period']]);
    expect(code(() => measureDossiers([base()], { periods: [2025, '2025'], asOf: '2025-12-31' }))).toEqual(['duplicate', ['options', 'periods', 1]]);
    expect(code(() => measureDossiers([base()], { period: 'Hằng năm', asOf: '2025-12-31' }))).toEqual(['invalid_value', ['options', 'period']]);
    expect(code(() => measureDossiers([base()], { asOf: '2025-12-31' }))).toEqual(['invalid_value', ['options', 'periods']]);
    expect(code(() => measureDossiers([base()], { periods: [2025, 'next year'], asOf: '2025-12-31' }))).toEqual(['invalid_format', ['options', 'periods', 1]]);
    expect(code(() => measureDossiers([base()], { ...Y2025, indicators: { online: 'x', late: 'x' } }))).toEqual(['duplicate', ['options', 'indicators', 'late']]);
    expect(code(() => measureDossiers([base()], { ...Y2025, zone: 'Mars/Base' }))).toEqual(['invalid_value', ['options', 'zone']]);
    expect(code(() => measureDossiers('records' as never, Y2025))).toEqual(['invalid_type', ['records']]);
    expect(code(() => measureDossiers([base()], { period: { start: '2025-02-01', end: '2025-01-01' }, asOf: '2025-12-31' }))).toEqual(['invalid_value', ['options', 'period', 'end']]);
  });
});

// ---- properties ----------------------------------------------------------------------------------

const DAY0 = '2024-12-01';
const arbTime = (day: string) =>
  fc.oneof(
    fc.constant(day),
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+07:00`),
  );

const arbRecord: fc.Arbitrary<DossierInput> = fc
  .record({
    n: fc.nat(99_999),
    unit: fc.constantFrom('a', 'b', 'c'),
    received: fc.integer({ min: 0, max: 200 }),
    took: fc.integer({ min: 0, max: 40 }),
    channel: fc.constantFrom('online', 'in-person', 'post'),
    level: fc.constantFrom('full-online', 'partly-online', 'none'),
    due: fc.oneof(fc.record({ days: fc.integer({ min: 0, max: 20 }) }), fc.record({ after: fc.integer({ min: 0, max: 30 }) })),
    state: fc.constantFrom('in-progress', 'completed', 'completed', 'returned', 'cancelled'),
    dated: fc.boolean(),
  })
  .chain((r) => {
    const day = addDays(DAY0, r.received);
    const done = addDays(day, r.took);
    return fc.tuple(arbTime(day), arbTime(done)).map(([receivedAt, completedAt]): DossierInput => ({
      id: `r${r.n}`,
      unit: r.unit,
      procedure: 'p',
      receivedAt,
      channel: r.channel as DossierInput['channel'],
      serviceLevel: (r.channel === 'online' && r.level === 'none' ? 'partly-online' : r.level) as DossierInput['serviceLevel'],
      ...('days' in r.due ? { processingDays: r.due.days } : { dueDate: addDays(day, r.due.after) }),
      state: r.state as DossierInput['state'],
      ...(r.state === 'completed' || (r.state !== 'in-progress' && r.dated) ? { completedAt: r.took === 0 ? day : completedAt } : {}),
    }));
  });

const OPTIONS = { periods: [2024, 2025, 'Quý I/2025', 'Tháng 2/2025'], asOf: '2025-05-15' };
const key = (o: { unit: string; indicator: string; period: number | string }) => `${o.unit} ${o.indicator} ${o.period}`;

describe('properties', () => {
  it('numerators never exceed denominators; on-time + late = resolved; resolved + open = handled', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 60 }), (records) => {
        const result = measureDossiers(records, OPTIONS);
        expect(result.counts.rejected).toBe(0);
        const get = new Map(result.observations.map((o) => [key(o), o]));
        for (const o of result.observations) {
          expect(o.numerator).toBeLessThanOrEqual(o.denominator);
          expect(Number.isInteger(o.numerator) && Number.isInteger(o.denominator)).toBe(true);
        }
        for (const o of result.observations.filter((x) => x.indicator === 'tthc-dossiers-on-time')) {
          const at = (id: string) => get.get(key({ ...o, indicator: id }));
          expect(o.numerator + (at('tthc-dossiers-late')?.numerator ?? -1)).toBe(o.denominator);
          expect((at('tthc-dossiers-early')?.numerator ?? 99) <= o.numerator).toBe(true);
          expect(o.denominator + (at('tthc-dossiers-open')?.numerator ?? -1)).toBe(at('tthc-dossiers-open')?.denominator);
          expect(at('tthc-dossiers-open')?.numerator).toBe(at('tthc-dossiers-open-overdue')?.denominator);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 40 }).chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), ([records, shuffled]) => {
        expect(measureDossiers(shuffled, OPTIONS).observations).toEqual(measureDossiers(records, OPTIONS).observations);
      }),
      { numRuns: 100 },
    );
  });

  it('measuring two batches and adding their counts gives the whole', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 40 }), fc.array(arbRecord, { maxLength: 40 }), (left, right) => {
        const whole = measureDossiers([...left, ...right], OPTIONS).observations;
        const sum = new Map<string, [number, number]>();
        for (const o of [...measureDossiers(left, OPTIONS).observations, ...measureDossiers(right, OPTIONS).observations]) {
          const [n, d] = sum.get(key(o)) ?? [0, 0];
          sum.set(key(o), [n + o.numerator, d + o.denominator]);
        }
        expect(new Map(whole.map((o) => [key(o), [o.numerator, o.denominator]]))).toEqual(sum);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same result from an array, a generator and an async generator', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(arbRecord, arbRecord, fc.constant({ id: 'x' } as unknown as DossierInput)), { maxLength: 30 }), async (records) => {
        const fromArray = measureDossiers(records, OPTIONS);
        function* sync() {
          yield* records;
        }
        async function* later() {
          for (const r of records) {
            await Promise.resolve();
            yield r;
          }
        }
        expect(measureDossiers(sync(), OPTIONS)).toEqual(fromArray);
        expect(await measureDossiersAsync(later(), OPTIONS)).toEqual(fromArray);
        expect(await measureDossiersAsync(records, OPTIONS)).toEqual(fromArray);
      }),
      { numRuns: 60 },
    );
  });

  it('counts working days as addWorkingDays does (the oracle), for every receipt day and limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 366 }), fc.integer({ min: 0, max: 25 }), (offset, n) => {
        const day = addDays('2024-01-01', offset);
        const due = addWorkingDays(day, n);
        const result = measureDossiers(
          [base({ id: 'on', receivedAt: day, processingDays: n, completedAt: due }), base({ id: 'late', receivedAt: day, processingDays: n, completedAt: addDays(due, 1) })],
          { period: { start: '2024-01-01', end: '2027-12-31' }, asOf: '2027-12-31', indicators: { online: false, fullyOnline: false, open: false, overdue: false } },
        );
        expect(figures(result, 'xa-a', '2027-12-31')).toEqual({ 'on-time': '1/2', early: '0/2', late: '1/2' });
      }),
      { numRuns: 200 },
    );
  });

  it('the fast check accepts exactly what DossierSchema accepts unchanged', () => {
    const arbValue = fc.oneof(
      fc.constantFrom(undefined, null, '', ' ', 'x', 0, -1, 1.5, 3651, 3, 'online', 'none', 'completed', 'fax', '2025-02-29', '2024-02-29', '2025-01-01T10:00', '2025-01-01T10:00:00.5+07:00', '2025-01-01T10:00Z', '2025-01-01 10:00', new Date(0), new Date(Number.NaN), [], {}),
      fc.string({ maxLength: 6 }),
    );
    const fields = ['id', 'unit', 'procedure', 'receivedAt', 'channel', 'serviceLevel', 'processingDays', 'dueDate', 'state', 'completedAt', 'extra'] as const;
    fc.assert(
      fc.property(arbRecord, fc.array(fc.tuple(fc.constantFrom(...fields), arbValue), { maxLength: 3 }), (record, changes) => {
        const changed: Record<string, unknown> = { ...record };
        for (const [field, value] of changes) changed[field] = value;
        const schema = DossierSchema.safeParse(changed).success;
        const fast = quickCheck(changed);
        expect(fast).toBe(schema);
      }),
      { numRuns: 2000 },
    );
  });
});
