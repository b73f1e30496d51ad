// @zone-sensitive: dossier timestamps, working days and zones.
import { describe, expect, it, vi } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { measureDossiers } from '../../src/measure/measureDossiers';
import { measureDossiersAsync } from '../../src/measure/measureDossiersAsync';
import type { DossierInput } from '../../src/model/dossier';
import { addWorkingDays } from '../../src/time/addWorkingDays';

// The one way to make the period parser fail other than with a ChisoError: a stand-in that throws a
// TypeError for the text 'BOOM' and is the real parser for everything else.
vi.mock('../../src/time/parsePeriod', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/time/parsePeriod')>();
  return {
    ...real,
    parsePeriod: (text: string) => {
      if (text === 'BOOM') throw new TypeError('a bug in parsePeriod');
      return real.parsePeriod(text);
    },
  };
});

/** A valid dossier of unit 'xa-a': received by post on Wednesday 15/1/2025, 5 working days, still in progress. */
const base = (over: Partial<DossierInput> = {}): DossierInput => ({
  id: 'HS-1',
  unit: 'xa-a',
  procedure: '1.001612',
  receivedAt: '2025-01-15',
  channel: 'post',
  serviceLevel: 'none',
  processingDays: 5,
  state: 'in-progress',
  ...over,
});

type Result = ReturnType<typeof measureDossiers>;

/** The figures of one unit and period as `measure: numerator/denominator`. */
const figures = (result: Result, period: number | string, unit = 'xa-a') =>
  Object.fromEntries(result.observations.filter((o) => o.unit === unit && o.period === period).map((o) => [o.indicator.replace('tthc-dossiers-', ''), `${o.numerator}/${o.denominator}`]));

const brief = (issues: readonly ChisoIssue[]) => issues.map((i) => ({ index: (i as { index?: number }).index, code: i.code, path: i.path, field: i.field, expected: i.expected, received: i.received }));

function issuesOf(f: () => unknown): readonly ChisoIssue[] {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return (error as ChisoError).issues;
  }
  throw new Error('expected a ChisoError');
}

const TIME_WORDS = 'a real date or date-time (YYYY-MM-DD, YYYY-MM-DDTHH:mm[:ss], optionally with Z or ±HH:mm)';
const RANGE_WORDS = 'a day from 1900-01-01 to 2199-12-31';

describe('periods given as explicit windows', () => {
  // R1: received Wed 15/1/2025, 5 working days → Thu 16 (1), Fri 17 (2), Mon 20 (3), Tue 21 (4), Wed 22/1 (5);
  //     completed Mon 20/1: on time and early.
  // R2: received Mon 3/3/2025, 2 working days → Tue 4 (1), Wed 5/3 (2); still in progress: open, overdue after 5/3.
  const records = [
    base({ id: 'R1', state: 'completed', completedAt: '2025-01-20' }),
    base({ id: 'R2', receivedAt: '2025-03-03', channel: 'in-person', serviceLevel: 'partly-online', processingDays: 2 }),
  ];

  it('checks the due days derived above', () => {
    expect(addWorkingDays('2025-01-15', 5)).toBe('2025-01-22');
    expect(addWorkingDays('2025-03-03', 2)).toBe('2025-03-05');
  });

  it('labels a whole calendar year by its year and any other window by its last day', () => {
    const result = measureDossiers(records, {
      periods: [{ start: '2025-01-01', end: '2025-12-31' }, { start: '2025-01-01', end: '2025-06-30' }, { start: '2025-02-01', end: '2025-12-31' }],
      asOf: '2025-12-31',
    });
    expect([...new Set(result.observations.map((o) => o.period))]).toEqual([2025, '2025-06-30', '2025-12-31']);
    // The year and the first half: both received (2), R1 resolved (on time, early), R2 open and overdue.
    const both = { online: '0/2', 'fully-online': '0/2', 'on-time': '1/1', early: '1/1', late: '0/1', open: '1/2', 'open-overdue': '1/1' };
    expect(figures(result, 2025)).toEqual(both);
    expect(figures(result, '2025-06-30')).toEqual(both);
    // From 1/2: R1 was received and resolved in January, before the window — in none of its counts.
    expect(figures(result, '2025-12-31')).toEqual({ online: '0/1', 'fully-online': '0/1', 'on-time': '0/0', early: '0/0', late: '0/0', open: '1/1', 'open-overdue': '1/1' });
  });

  it('takes a label given with the window, and refuses two windows with one label', () => {
    // Q1 labelled as the year: R1 resolved, R2 open at 31/3 and overdue.
    const q1 = measureDossiers(records, { period: { start: '2025-01-01', end: '2025-03-31', label: 2025 }, asOf: '2025-12-31' });
    expect(figures(q1, 2025)).toMatchObject({ 'on-time': '1/1', open: '1/2', 'open-overdue': '1/1' });
    const issues = issuesOf(() => measureDossiers(records, { periods: [{ start: '2025-02-01', end: '2025-12-31' }, { start: '2024-01-01', end: '2025-12-31' }], asOf: '2025-12-31' }));
    expect(brief(issues)).toEqual([
      { index: undefined, code: 'duplicate', path: ['options', 'periods', 1], field: 'period', expected: 'a period whose label (its year, or its last day) no other period has', received: '2025-12-31' },
    ]);
    expect(issues[0]?.message).toBe('Expected options.periods[1] to be a period whose label (its year, or its last day) no other period has but got "2025-12-31".');
  });

  it('passes on an error of the period parser that is not a ChisoError, rather than calling the period badly written', () => {
    expect(() => measureDossiers(records, { period: 'BOOM', asOf: '2025-12-31' })).toThrow(new TypeError('a bug in parsePeriod'));
    // The stand-in is the real parser for real text.
    expect(figures(measureDossiers(records, { period: 'Quý I/2025', asOf: '2025-12-31' }), '2025-03-31')).toMatchObject({ open: '1/2' });
  });
});

describe('days in a zone that changes its offset (Europe/Berlin)', () => {
  // The civil day of an instant in Berlin, worked out by Intl (an independent path).
  const berlinDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));
  const lateness = (completedAt: string | Date, dueDate: string) =>
    figures(measureDossiers([base({ receivedAt: `${dueDate}T00:30:00Z`, dueDate, state: 'completed', completedAt })], { period: 2025, asOf: '2025-12-31', zone: 'Europe/Berlin' }), 2025).late;

  it('30/3/2025 (clocks go forward at 01:00Z): 22:30Z is 00:30 on 31/3, late for a dossier due 30/3', () => {
    // The offset at the start of that UTC day (+1 h) would make it 23:30 on 30/3: on time. The right one is +2 h.
    expect(berlinDay('2025-03-30T22:30:00Z')).toBe('2025-03-31');
    expect(berlinDay('2025-03-30T00:30:00Z')).toBe('2025-03-30');
    expect(lateness('2025-03-30T22:30:00Z', '2025-03-30')).toBe('1/1');
    expect(lateness(new Date(Date.UTC(2025, 2, 30, 22, 30)), '2025-03-30')).toBe('1/1');
    expect(lateness('2025-03-30T21:59:59Z', '2025-03-30')).toBe('0/1');
  });

  it('26/10/2025 (clocks go back at 01:00Z): 22:30Z is 23:30 on 26/10, on time for a dossier due 26/10', () => {
    // The offset at the start of that UTC day (+2 h) would make it 00:30 on 27/10: late. The right one is +1 h.
    expect(berlinDay('2025-10-26T22:30:00Z')).toBe('2025-10-26');
    expect(lateness('2025-10-26T22:30:00Z', '2025-10-26')).toBe('0/1');
    expect(lateness(new Date(Date.UTC(2025, 9, 26, 23, 0)), '2025-10-26')).toBe('1/1');
  });
});

describe('bad records the first checks let through', () => {
  const Y2025 = { period: 2025, asOf: '2025-12-31' } as const;

  it('an offset beyond ±23:59 is not a time', () => {
    const result = measureDossiers([base({ receivedAt: '2025-01-15T10:00+24:00' }), base({ id: 'HS-2', state: 'completed', completedAt: '2025-01-20T10:00-07:60' })], Y2025);
    expect(brief(result.issues)).toEqual([
      { index: 0, code: 'invalid_date', path: ['records', 0, 'receivedAt'], field: 'receivedAt', expected: TIME_WORDS, received: '2025-01-15T10:00+24:00' },
      { index: 1, code: 'invalid_date', path: ['records', 1, 'completedAt'], field: 'completedAt', expected: TIME_WORDS, received: '2025-01-20T10:00-07:60' },
    ]);
    expect(result.issues[0]?.message).toBe(`Expected records[0].receivedAt (unit "xa-a") to be ${TIME_WORDS} but got "2025-01-15T10:00+24:00".`);
    expect(result.counts).toEqual({ read: 2, measured: 0, rejected: 2 });
    // Nothing was counted, so there is no unit to report.
    expect(result.observations).toEqual([]);
  });

  it('times before 1900 or after 2199, and a due day that would fall after 2199', () => {
    const records = [
      base({ receivedAt: new Date(Date.UTC(1899, 11, 31)) }),
      base({ id: 'HS-2', state: 'completed', completedAt: '2200-01-01' }),
      base({ id: 'HS-3', receivedAt: '2199-12-20', processingDays: 30 }),
      // 20/12/2199 + 5 working days is still in 2199: a valid record (of no 2025 period).
      base({ id: 'HS-4', unit: 'xa-b', receivedAt: '2199-12-20', processingDays: 5 }),
    ];
    const result = measureDossiers(records, Y2025);
    expect(brief(result.issues)).toEqual([
      { index: 0, code: 'out_of_range', path: ['records', 0, 'receivedAt'], field: 'receivedAt', expected: RANGE_WORDS, received: '1899-12-31T00:00:00.000Z' },
      { index: 1, code: 'out_of_range', path: ['records', 1, 'completedAt'], field: 'completedAt', expected: RANGE_WORDS, received: '2200-01-01' },
      { index: 2, code: 'out_of_range', path: ['records', 2, 'processingDays'], field: 'processingDays', expected: 'a processing time whose due day falls by 2199-12-31', received: '30' },
    ]);
    expect(result.counts).toEqual({ read: 4, measured: 1, rejected: 3 });
    // xa-b is measured but received after the period: its unit is listed, with nothing counted.
    expect(figures(result, 2025, 'xa-b')).toEqual({ online: '0/0', 'fully-online': '0/0', 'on-time': '0/0', early: '0/0', late: '0/0', open: '0/0', 'open-overdue': '0/0' });
  });

  it('words a time given as a Date by its ISO form; a good dueDate adds no issue of its own', () => {
    const result = measureDossiers(
      [
        base({ receivedAt: new Date(Date.UTC(2025, 0, 24, 3)), state: 'completed', completedAt: new Date(Date.UTC(2025, 0, 24, 2)) }),
        base({ id: 'HS-2', channel: 'online', processingDays: undefined, dueDate: '2025-01-31' }),
      ],
      Y2025,
    );
    expect(brief(result.issues)).toEqual([
      { index: 0, code: 'completed_before_received', path: ['records', 0, 'completedAt'], field: 'completedAt', expected: 'on or after receivedAt (2025-01-24T03:00:00.000Z)', received: '2025-01-24T02:00:00.000Z' },
      { index: 1, code: 'inconsistent_channel', path: ['records', 1, 'serviceLevel'], field: 'serviceLevel', expected: 'an online service level ("full-online" or "partly-online") for a dossier received online', received: 'none' },
    ]);
    expect(result.issues.map((i) => i.id)).toEqual(['HS-1', 'HS-2']);
  });

  it('in strict mode with maxIssues 0 still throws, saying how many were rejected', () => {
    const records = [base(), base({ id: 'x', processingDays: undefined }), base({ id: 'y', channel: 'fax' as never })];
    const issues = issuesOf(() => measureDossiers(records, { ...Y2025, strict: true, maxIssues: 0 }));
    expect(brief(issues)).toEqual([{ index: undefined, code: 'invalid_records', path: ['records'], field: 'records', expected: 'valid dossier records', received: '2 rejected' }]);
    expect(issues[0]?.message).toBe('Expected records to be valid dossier records but got "2 rejected".');
    // Not strict: the same records give the figures of the good one and say the issues were cut.
    const loose = measureDossiers(records, { ...Y2025, maxIssues: 0 });
    expect([loose.issues, loose.issuesTruncated, loose.counts]).toEqual([[], true, { read: 3, measured: 1, rejected: 2 }]);
  });
});

describe('measureDossiersAsync', () => {
  const Q1 = { period: 'Quý I/2025', asOf: '2025-03-31', indicators: { early: false, late: false } } as const;

  async function* portal(records: readonly unknown[]) {
    for (const r of records) {
      await Promise.resolve();
      yield r as DossierInput;
    }
  }

  it('counts records from an async generator (hand-computed)', async () => {
    // HS-1: received 15/1 by post, due 22/1, completed 21/1: resolved on time.
    // HS-2: received 3/3 online full-online, 2 days → due 5/3, in progress: open and overdue at 31/3.
    // HS-3: received 28/3 online partly-online, 3 days → Mon 31/3 (1), Tue 1/4, Wed 2/4: open, not overdue.
    // HS-4: a bad record (no processing time, no due date): reported, not counted.
    const result = await measureDossiersAsync(
      portal([
        base({ state: 'completed', completedAt: '2025-01-21T16:00' }),
        base({ id: 'HS-2', receivedAt: '2025-03-03T08:00', channel: 'online', serviceLevel: 'full-online', processingDays: 2 }),
        base({ id: 'HS-3', receivedAt: '2025-03-28T15:00', channel: 'online', serviceLevel: 'partly-online', processingDays: 3 }),
        base({ id: 'HS-4', processingDays: undefined }),
      ]),
      Q1,
    );
    expect(addWorkingDays('2025-03-28', 3)).toBe('2025-04-02');
    expect(figures(result, '2025-03-31')).toEqual({ online: '2/3', 'fully-online': '1/3', 'on-time': '1/1', open: '2/3', 'open-overdue': '1/2' });
    expect(brief(result.issues)).toEqual([
      { index: 3, code: 'missing_due', path: ['records', 3, 'dueDate'], field: 'dueDate', expected: 'a due date, or a legal processing time in processingDays', received: 'undefined' },
    ]);
    expect(result.counts).toEqual({ read: 4, measured: 3, rejected: 1 });
  });

  it('rejects (never throws at once) for input that is not iterable, naming async iterables among what it takes', async () => {
    for (const records of [42, 'HS-1', { length: 1 }, null]) {
      let promise: Promise<unknown> | undefined;
      expect(() => {
        promise = measureDossiersAsync(records as never, Q1);
      }).not.toThrow();
      const error = await (promise as Promise<unknown>).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ChisoError);
      expect(brief((error as ChisoError).issues)).toEqual([
        { index: undefined, code: 'invalid_type', path: ['records'], field: 'records', expected: 'an array, an iterable or an async iterable of dossier records', received: String(records === null ? 'null' : typeof records === 'object' ? JSON.stringify(records) : records) },
      ]);
    }
    // The sync function does not take an async iterable, and says so.
    expect(brief(issuesOf(() => measureDossiers(portal([]) as never, Q1)))[0]?.expected).toBe('an array or an iterable of dossier records');
  });

  it('rejects for bad options, and in strict mode for bad records', async () => {
    await expect(measureDossiersAsync(portal([base()]), { period: 2026, asOf: '2025-12-31' })).rejects.toThrow(
      'Expected options.period to be a period that has begun by asOf (2025-12-31) but got "2026".',
    );
    await expect(measureDossiersAsync(portal([base(), base({ id: 'HS-2', channel: 'fax' as never })]), { ...Q1, strict: true })).rejects.toMatchObject({
      issues: [{ code: 'invalid_value', path: ['records', 1, 'channel'], index: 1, id: 'HS-2' }],
    });
  });

  it('passes on an error thrown by the source itself, after reading what came before', async () => {
    const pulled: string[] = [];
    async function* failing() {
      yield base();
      pulled.push('HS-1');
      throw new RangeError('cursor closed');
    }
    await expect(measureDossiersAsync(failing(), Q1)).rejects.toThrow(new RangeError('cursor closed'));
    expect(pulled).toEqual(['HS-1']);
  });

  it('takes a sync iterable (a Set) with the figures measureDossiers gives', async () => {
    const records = new Set([base(), base({ id: 'HS-2', receivedAt: '2025-02-03', channel: 'online', serviceLevel: 'full-online' })]);
    const result = await measureDossiersAsync(records, Q1);
    expect(result).toEqual(measureDossiers(records, Q1));
    // HS-1 due 22/1, HS-2 (received Mon 3/2, 5 days) due Mon 10/2: both open and overdue at 31/3.
    expect(figures(result, '2025-03-31')).toEqual({ online: '1/2', 'fully-online': '1/2', 'on-time': '0/0', open: '2/2', 'open-overdue': '2/2' });
  });
});
