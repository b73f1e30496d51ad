// @zone-independent: every asOf is a civil day or an explicit instant judged in a named zone, and the calendar oracle uses Date.UTC only; nothing reads the host clock or zone.
// The reporting parts of a year ("6 tháng đầu năm 2024", …) and ranges written with an en or em
// dash. Expected windows are worked out from the calendar by hand (March has 31 days, June 30,
// September 30, December 31 — in every year, so 2024 and 2025 agree), and in the property from an
// independent oracle: day 0 of month N+1 in Date.UTC is the last day of month N.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registers } from '../../src/catalogs';
import { ChisoError } from '../../src/errors';
import { budgetTotals } from '../../src/measure/budgetTotals';
import { measureDossiers } from '../../src/measure/measureDossiers';
import type { ParsedPeriod } from '../../src/model/period';
import { deadlineStatus } from '../../src/time/deadlineStatus';
import { parsePeriod } from '../../src/time/parsePeriod';
import { SEED } from '../fuzz/harness';

/** The same window as a plain range, as a caller could hand it to deadlineStatus. */
const range = (start: string, end: string): ParsedPeriod => ({ text: `${start}…${end}`, kind: 'range', start, end, recurrence: null, condition: null, leaseYears: null });

const errorOf = (text: string): ChisoError => {
  try {
    parsePeriod(text);
  } catch (e) {
    if (e instanceof ChisoError) return e;
    throw e;
  }
  throw new Error(`parsePeriod(${JSON.stringify(text)}) did not throw`);
};

/** The forms with their first and last day (month-day), from the calendar. */
const FORMS: readonly (readonly [string, string, string])[] = [
  ['3 tháng đầu năm', '01-01', '03-31'],
  ['6 tháng đầu năm', '01-01', '06-30'],
  ['9 tháng đầu năm', '01-01', '09-30'],
  ['3 tháng cuối năm', '10-01', '12-31'],
  ['6 tháng cuối năm', '07-01', '12-31'],
  ['nửa đầu năm', '01-01', '06-30'],
  ['nửa cuối năm', '07-01', '12-31'],
];

describe('parsePeriod: the reporting parts of a year', () => {
  it.each(FORMS.flatMap(([form, from, to]) => [2024, 2025].map((y) => [`${form} ${y}`, `${y}-${from}`, `${y}-${to}`] as const)))('%s → %s … %s', (text, start, end) => {
    expect(parsePeriod(text)).toEqual({ text, kind: 'range', start, end, recurrence: null, condition: null, leaseYears: null });
  });

  it('reads case, spacing, decomposed Unicode and a left-out "năm" as the existing forms do', () => {
    const span = (text: string) => {
      const p = parsePeriod(text);
      return [p.text, p.kind, p.start, p.end];
    };
    expect(span('  6   THÁNG  ĐẦU   NĂM  2024 ')).toEqual(['  6   THÁNG  ĐẦU   NĂM  2024 ', 'range', '2024-01-01', '2024-06-30']);
    expect(span('6 Tháng Cuối Năm 2024')).toEqual(['6 Tháng Cuối Năm 2024', 'range', '2024-07-01', '2024-12-31']);
    const nfd = '9 tháng đầu năm 2025'.normalize('NFD');
    expect(span(nfd)).toEqual([nfd, 'range', '2025-01-01', '2025-09-30']);
    expect(span('6 tháng đầu 2024')).toEqual(['6 tháng đầu 2024', 'range', '2024-01-01', '2024-06-30']);
    expect(span('Nửa cuối 2024')).toEqual(['Nửa cuối 2024', 'range', '2024-07-01', '2024-12-31']);
    expect(span('06 tháng đầu năm 2024')).toEqual(['06 tháng đầu năm 2024', 'range', '2024-01-01', '2024-06-30']);
  });

  it('like "Quy I/2022", the forms without diacritics are not recognised (the parser never guesses)', () => {
    for (const text of ['Quy I/2022', '6 thang dau nam 2024', 'nua cuoi nam 2024']) {
      expect(errorOf(text).issues[0]).toMatchObject({ code: 'invalid_format', received: text });
    }
  });

  it('a range with an en dash or an em dash reads as the same range with a hyphen', () => {
    const same = (text: string, hyphen: string) => expect({ ...parsePeriod(text), text: '' }).toEqual({ ...parsePeriod(hyphen), text: '' });
    same('2021—2025', '2021-2025');
    same('2021–2025', '2021-2025');
    same('2021 — 2025', '2021 - 2025');
    same('2021 –2025', '2021 -2025');
    same('Giai đoạn 2021—2025', 'Giai đoạn 2021-2025');
    same('Thuê trong 5 năm 2023— 2027', 'Thuê trong 5 năm 2023- 2027');
    expect(parsePeriod('2021—2025')).toMatchObject({ kind: 'range', start: '2021-01-01', end: '2025-12-31' });
    // …and it is checked the same way: backwards is an error, whichever dash.
    expect(() => parsePeriod('2025—2021')).toThrow(/start \(2025-01-01\) is not after its end \(2021-12-31\)/);
  });
});

describe('parsePeriod: the parts it refuses, naming the forms', () => {
  const FORMS_TEXT = '3, 6 or 9 tháng đầu năm YYYY (the first 3, 6 or 9 months), 3 or 6 tháng cuối năm YYYY (the last 3 or 6 months), nửa đầu năm YYYY or nửa cuối năm YYYY (a half)';

  it.each(['7 tháng đầu năm 2024', '9 tháng cuối năm 2024', '12 tháng đầu năm 2024', '0 tháng cuối năm 2024', '1 tháng đầu 2024', '6 tháng đầu năm 2024-2025', '6 tháng đầu năm 24'])('%s: a count or a year it does not take', (text) => {
    const e = errorOf(text);
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ code: 'invalid_value', field: 'text', received: text });
    expect(e.message).toBe(`Expected text to be a part of a year written as ${FORMS_TEXT} but got "${text}".`);
  });

  it('"6 tháng cuối năm nay" (source 003) needs its year: "this year" depends on when it was written', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'sources');
    const source = readdirSync(dir).find((f) => f.startsWith('003_'));
    expect(readFileSync(join(dir, source ?? ''), 'utf8')).toContain('trong 6 tháng cuối năm nay');
    expect(errorOf('6 tháng cuối năm nay').message).toBe(
      `Expected text to be a part of a year with its year written (6 tháng cuối năm YYYY): "năm nay" (this year) depends on the day it was written; the forms are ${FORMS_TEXT} but got "6 tháng cuối năm nay".`,
    );
    expect(errorOf('Nửa đầu năm nay').message).toContain('(nửa đầu năm YYYY): "năm nay" (this year) depends on the day it was written');
  });

  it('a part with no year at all says to write the year', () => {
    expect(errorOf('6 tháng đầu năm').message).toBe(`Expected text to be a part of a year with its year written (6 tháng đầu năm YYYY); the forms are ${FORMS_TEXT} but got "6 tháng đầu năm".`);
    expect(errorOf('3 tháng cuối').message).toContain('with its year written (3 tháng cuối năm YYYY)');
    // A count it does not take and no year: one issue that says both.
    expect(errorOf('7 tháng đầu năm').message).toBe(`Expected text to be a part of a year written as ${FORMS_TEXT}, with its year written but got "7 tháng đầu năm".`);
  });

  it('a year outside 1900–2199 is refused as in every other form', () => {
    expect(errorOf('6 tháng đầu năm 1899').message).toBe('Expected text to be a year from 1900 to 2199 but got "6 tháng đầu năm 1899".');
    expect(parsePeriod('3 tháng cuối năm 2199').end).toBe('2199-12-31');
  });

  it('text of another shape still gets the general message, which now names the form', () => {
    expect(errorOf('đầu năm 2024').message).toContain('6 tháng đầu năm 2024');
  });
});

describe('parsePeriod: the parts of a year, as a property', () => {
  /** YYYY-MM-DD of a UTC day count (no host zone involved). */
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const DAY = 86_400_000;
  const year = fc.integer({ min: 1900, max: 2199 });

  it('"N tháng đầu năm Y" runs from 1 January to the last day of month N', () => {
    fc.assert(
      fc.property(year, fc.constantFrom(3, 6, 9), (y, n) => {
        const p = parsePeriod(`${n} tháng đầu năm ${y}`);
        expect(p.kind).toBe('range');
        expect(p.start).toBe(`${y}-01-01`);
        expect(p.end).toBe(iso(Date.UTC(y, n, 0)));
        expect((p.start ?? '') <= (p.end ?? '')).toBe(true);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('"N tháng cuối năm Y" runs from the first day of month 13-N to 31 December', () => {
    fc.assert(
      fc.property(year, fc.constantFrom(3, 6), (y, n) => {
        const p = parsePeriod(`${n} tháng cuối năm ${y}`);
        expect(p.start).toBe(iso(Date.UTC(y, 12 - n, 1)));
        expect(p.end).toBe(iso(Date.UTC(y, 12, 0)));
        expect((p.start ?? '') <= (p.end ?? '')).toBe(true);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('the two halves cover the year with no gap and no overlap, and "nửa" is the same half', () => {
    fc.assert(
      fc.property(year, (y) => {
        const first = parsePeriod(`6 tháng đầu năm ${y}`);
        const second = parsePeriod(`6 tháng cuối năm ${y}`);
        const ms = (d: string | null) => Date.parse(`${d ?? ''}T00:00:00Z`);
        expect(first.start).toBe(iso(Date.UTC(y, 0, 1)));
        expect(second.end).toBe(iso(Date.UTC(y + 1, 0, 0)));
        expect(ms(second.start) - ms(first.end)).toBe(DAY); // the next day: no gap, no overlap
        const days = (p: ParsedPeriod) => (ms(p.end) - ms(p.start)) / DAY + 1;
        expect(days(first) + days(second)).toBe((Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / DAY);
        expect({ ...parsePeriod(`nửa đầu năm ${y}`), text: '' }).toEqual({ ...first, text: '' });
        expect({ ...parsePeriod(`nửa cuối năm ${y}`), text: '' }).toEqual({ ...second, text: '' });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('any other count is a ChisoError naming the forms', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 999 }), fc.constantFrom('đầu', 'cuối'), (y, n, side) => {
        fc.pre(!(side === 'đầu' ? [3, 6, 9] : [3, 6]).includes(n));
        expect(() => parsePeriod(`${n} tháng ${side} năm ${y}`)).toThrow(/a part of a year written as 3, 6 or 9 tháng đầu năm YYYY/);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('deadlineStatus of "6 tháng đầu năm 2024": on time through 30/06/2024', () => {
  // Vietnam has kept UTC+7 since 1975: the last on-time instant is 30/06 23:59:59.999 in each zone.
  const ZONES = [
    ['UTC', 0],
    ['Asia/Ho_Chi_Minh', 7],
  ] as const;

  it.each(ZONES)('in %s, either side of 30/06/2024 (asOf as a day)', (zone, hours) => {
    const at = (asOf: string, extra: object = {}) => deadlineStatus('6 tháng đầu năm 2024', { asOf, zone, ...extra });
    const deadlineAt = Date.UTC(2024, 6, 1) - hours * 3_600_000 - 1;
    expect(at('2023-12-31')).toMatchObject({ status: 'not-started', start: '2024-01-01', deadline: '2024-06-30' });
    expect(at('2024-01-01')).toMatchObject({ status: 'in-progress', daysLeft: 181 }); // 31+29+31+30+31+30 − 1
    expect(at('2024-05-30')).toMatchObject({ status: 'in-progress', daysLeft: 31 }); // 1 left in May + 30 in June
    expect(at('2024-05-31')).toMatchObject({ status: 'due-soon', daysLeft: 30 }); // the default due-soon window
    expect(at('2024-06-29')).toMatchObject({ status: 'due-soon', daysLeft: 1 });
    const last = at('2024-06-30');
    expect(last).toMatchObject({ status: 'due-soon', daysLeft: 0, deadline: '2024-06-30', occurrence: null });
    expect(Date.parse(last.deadlineAt ?? '')).toBe(deadlineAt);
    expect(at('2024-07-01')).toMatchObject({ status: 'overdue', daysLeft: -1 });
    expect(at('2024-07-01', { completedAt: '2024-06-30' }).status).toBe('done-on-time');
    expect(at('2024-07-01', { completedAt: '2024-07-01' }).status).toBe('done-late');
  });

  it('the default zone is Vietnam time', () => {
    expect(deadlineStatus('6 tháng đầu năm 2024', { asOf: '2024-06-30' }).deadlineAt).toBe('2024-06-30T23:59:59.999+07:00');
    expect(deadlineStatus('6 tháng đầu năm 2024', { asOf: '2024-07-01' }).status).toBe('overdue');
  });

  it('an instant is judged on its civil day in the zone: 17:30Z on 30/06 is already 1/7 in Vietnam', () => {
    const asOf = new Date('2024-06-30T17:30:00Z');
    expect(deadlineStatus('6 tháng đầu năm 2024', { asOf, zone: 'Asia/Ho_Chi_Minh' }).status).toBe('overdue');
    expect(deadlineStatus('6 tháng đầu năm 2024', { asOf, zone: 'UTC' }).status).toBe('due-soon');
  });

  it('every part gives exactly what its equivalent range gives', () => {
    const cases = [...FORMS.map(([form, from, to]) => [`${form} 2024`, `2024-${from}`, `2024-${to}`] as const), ['2021—2025', '2021-01-01', '2025-12-31'] as const];
    for (const [text, start, end] of cases) {
      for (const asOf of ['2023-12-31', '2024-01-01', '2024-03-31', '2024-04-01', '2024-06-30', '2024-07-01', '2024-09-30', '2024-10-01', '2024-12-31', '2025-01-01', '2026-01-01']) {
        for (const zone of ['UTC', 'Asia/Ho_Chi_Minh']) {
          const { period: _a, ...mine } = deadlineStatus(text, { asOf, zone });
          const { period: _b, ...theirs } = deadlineStatus(range(start, end), { asOf, zone });
          expect(mine, `${text} at ${asOf} in ${zone}`).toEqual(theirs);
        }
      }
    }
  });
});

describe('downstream readers of period text take the parts as their ranges', () => {
  it('measureDossiers counts "6 tháng đầu năm 2024" as the window 01/01–30/06/2024', () => {
    const dossier = (id: string, receivedAt: string, completedAt: string) =>
      ({ id, unit: 'xa-a', procedure: '1.001612', receivedAt, channel: 'online', serviceLevel: 'full-online', processingDays: 3, state: 'completed', completedAt }) as const;
    const records = [
      dossier('in-march', '2024-03-11T09:00+07:00', '2024-03-12T09:00+07:00'),
      dossier('last-evening', '2024-06-30T23:30+07:00', '2024-07-02T09:00+07:00'), // 16:30Z: still 30/06 in Vietnam
      dossier('in-july', '2024-07-01T08:00+07:00', '2024-07-02T09:00+07:00'),
    ];
    for (const [text, start, end] of [['6 tháng đầu năm 2024', '2024-01-01', '2024-06-30'], ['nửa cuối năm 2024', '2024-07-01', '2024-12-31'], ['3 tháng cuối năm 2024', '2024-10-01', '2024-12-31']] as const) {
      const mine = measureDossiers(records, { period: text, asOf: '2024-12-31' });
      expect(mine).toEqual(measureDossiers(records, { period: { start, end }, asOf: '2024-12-31' }));
    }
    const half = measureDossiers(records, { period: '6 tháng đầu năm 2024', asOf: '2024-12-31' }).observations.find((o) => o.indicator === 'tthc-dossiers-online');
    expect(half).toMatchObject({ period: '2024-06-30', numerator: 2, denominator: 2 });
  });

  it('budgetTotals by year puts a project of "6 tháng đầu năm 2024" on 2024, as "2024"', () => {
    const project = registers.vinhPhuc302.projects.find((p) => p.budget !== null);
    if (project === undefined) throw new Error('the register has a project with a budget');
    const byYear = (period: string) => budgetTotals([{ ...project, period }], { by: 'year', spread: 'even' });
    expect(byYear('6 tháng đầu năm 2024')).toEqual(byYear('2024'));
    expect(byYear('6 tháng đầu năm 2024').rows.map((r) => r.key)).toEqual(['2024']);
  });
});
