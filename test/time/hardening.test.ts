// @zone-sensitive: deadlines, as-of days and Date instants read in a zone; must not depend on the host zone.
// Hardening II (issue 13), the time stage: when a deadline has passed (items 4 and 8), yearly
// deadlines on 29/02 (item 9), periods that run backwards (item 10), and date errors that quote the
// input as written (item 18). Every date here is a civil day or an instant with an explicit zone, so
// these tests mean the same under any host zone (run them under TZ=UTC, Asia/Ho_Chi_Minh and
// Pacific/Kiritimati).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { registers } from '../../src/catalogs/registers';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { assessCatalogProgress } from '../../src/evaluate/assessCatalogProgress';
import type { ParsedPeriod } from '../../src/model/period';
import { assessProgress } from '../../src/evaluate/assessProgress';
import { deadlineStatus } from '../../src/time/deadlineStatus';
import { parsePeriod } from '../../src/time/parsePeriod';
import { parseVietnameseDate } from '../../src/time/parseVietnameseDate';
import { reportingCalendar } from '../../src/time/reportingCalendar';
import { SEED } from '../fuzz/harness';

// ---- first-principles calendar helpers (independent of the code under test) ----

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** The civil day before D/M of year Y, counted by hand: 1 March → last day of February, 1 January → 31 December of Y − 1. */
function dayBefore(y: number, m: number, d: number): string {
  if (d > 1) return iso(y, m, d - 1);
  if (m > 1) return iso(y, m - 1, monthLength(y, m - 1));
  return iso(y - 1, 12, 31);
}
/** A civil day as a number of days (for generating days in order); inverse of `dayText`. */
const dayNumber = (text: string) => Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / 86_400_000;
const dayText = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** A civil day from 1990 to 2100. */
const civilDay = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2100-12-31') }).map(dayText);

function issueOf(call: () => unknown): ChisoIssue {
  try {
    call();
  } catch (error) {
    if (error instanceof ChisoError && error.issues[0] !== undefined) return error.issues[0];
    throw error;
  }
  throw new Error('expected a ChisoError, got a result');
}

const threshold = (value: number, by: string) => ({ kind: 'threshold' as const, op: '>=' as const, value, by });

// ---- item 4: a deadline has passed only when the as-of day is after it ----

describe('assessProgress: "missed" only once asOf is after the deadline (issue 13, item 4)', () => {
  it('due 2026-12-31, figures for 2025 and 2026, as of 2026-06-01: not missed — judged by its pace', () => {
    // Compound: actual 70/50 − 1 = 0.4 a year; required 80/50 − 1 = 0.6 a year (2025.0 → 2026.0); ratio 2/3.
    const p = assessProgress({ baseline: { year: 2025, value: 50 }, current: { year: 2026, value: 70 }, target: threshold(80, '2026-12-31'), asOf: '2026-06-01' });
    expect(p).toMatchObject({ category: 'acceleration-needed', deadlinePassed: false, asOf: '2026-06-01', actualRate: 0.4, requiredRate: 0.6 });
    expect(p.ratio).toBeCloseTo(2 / 3, 12);
  });
  it('the same figures on the deadline day are not missed; the next day they are', () => {
    const at = (asOf: string) => assessProgress({ baseline: { year: 2025, value: 50 }, current: { year: 2026, value: 70 }, target: threshold(80, '2026-12-31'), asOf });
    expect(at('2026-12-31')).toMatchObject({ category: 'acceleration-needed', deadlinePassed: false });
    expect(at('2027-01-01')).toMatchObject({ category: 'missed', deadlinePassed: true });
  });
  it('a deadline inside the year: this year\'s figure (dated 31/12) read before the deadline is not missed', () => {
    // Due 30/06/2025; on 1/6/2025 the 2025 figure so far is 60. Linear: actual 60 − 40 = 20 a year.
    const p = assessProgress({ baseline: { year: 2024, value: 40 }, current: { year: 2025, value: 60 }, target: threshold(90, '2025-06-30'), asOf: '2025-06-01', method: 'linear' });
    expect(p).toMatchObject({ deadlinePassed: false, actualRate: 20 });
    expect(p.category).not.toBe('missed');
    // Without a baseline: the trend cannot be judged yet, but nothing is missed either.
    expect(assessProgress({ current: { year: 2025, value: 60 }, target: threshold(90, '2025-06-30'), asOf: '2025-06-01' })).toMatchObject({ category: 'insufficient-data', deadlinePassed: false });
    expect(assessProgress({ current: { year: 2025, value: 60 }, target: threshold(90, '2025-06-30'), asOf: '2025-07-01' })).toMatchObject({ category: 'missed', deadlinePassed: true });
  });
  it('without asOf, the as-of day is the current point\'s day (a year\'s figure: 31 December)', () => {
    const p = assessProgress({ baseline: { year: 2024, value: 50 }, current: { year: 2025, value: 70 }, target: threshold(80, '2025-12-31') });
    expect(p).toMatchObject({ asOf: '2025-12-31', deadlinePassed: false, category: 'acceleration-needed' });
    expect(assessProgress({ current: { year: 2026, value: 50 }, target: threshold(80, '2025-12-31') })).toMatchObject({ asOf: '2026-12-31', category: 'missed' });
    expect(assessProgress({ current: { date: '2026-01-01', value: 50 }, target: threshold(80, '2025-12-31') })).toMatchObject({ asOf: '2026-01-01', category: 'missed' });
  });
  it('asOf as an instant is read in the zone: 2026-12-31T17:00Z is already 1 January 2027 in Vietnam', () => {
    const input = { baseline: { year: 2025, value: 50 }, current: { year: 2026, value: 70 }, target: threshold(80, '2026-12-31') };
    expect(assessProgress({ ...input, asOf: new Date('2026-12-31T16:59:59.999Z') }).category).toBe('acceleration-needed');
    expect(assessProgress({ ...input, asOf: new Date('2026-12-31T17:00:00.000Z') }).category).toBe('missed');
    expect(assessProgress({ ...input, asOf: new Date('2026-12-31T17:00:00.000Z'), zone: 'UTC' }).category).toBe('acceleration-needed');
  });
  it('a point after asOf is an error (a year\'s figure is usable from any day of that year)', () => {
    expect(issueOf(() => assessProgress({ current: { year: 2027, value: 70 }, target: threshold(80, '2026-12-31'), asOf: '2026-06-01' }))).toMatchObject({ path: ['input', 'current'], received: '2027' });
    expect(issueOf(() => assessProgress({ current: { date: '2026-06-02', value: 70 }, target: threshold(80, '2026-12-31'), asOf: '2026-06-01' }))).toMatchObject({ path: ['input', 'current'], received: '2026-06-02' });
    expect(issueOf(() => assessProgress({ baseline: { date: '2026-07-01', value: 1 }, current: { year: 2026, value: 70 }, target: threshold(80, '2026-12-31'), asOf: '2026-06-01' }))).toMatchObject({ path: ['input', 'baseline'] });
    expect(issueOf(() => assessProgress({ current: { year: 2026, value: 70 }, target: threshold(80, '2026-12-31'), asOf: '2026-02-30' })).message).toMatch(/but got "2026-02-30"/);
  });
  it('assessCatalogProgress passes its asOf through (Kế hoạch 302, district, 80 % by 31/12/2025)', () => {
    const units = [{ id: 'd', name: 'Cấp huyện', level: 'district' }];
    const observations = [
      { unit: 'd', indicator: 'work-dossiers-online', period: 2024, value: 50 },
      { unit: 'd', indicator: 'work-dossiers-online', period: 2025, value: 70 },
    ];
    const at = (asOf: string) =>
      assessCatalogProgress(vinhPhuc302, observations, { asOf, units }).find((r) => r.indicator === 'work-dossiers-online' && r.target.by === '2025-12-31')?.progress;
    expect(at('2025-06-01')).toMatchObject({ category: 'acceleration-needed', asOf: '2025-06-01', deadlinePassed: false });
    expect(at('2025-12-31')).toMatchObject({ category: 'acceleration-needed', deadlinePassed: false });
    expect(at('2026-01-01')).toMatchObject({ category: 'missed', deadlinePassed: true });
  });

  it('property: for any deadline, as-of day and observation dates, "deadline passed" (and an unmet target "missed") iff asOf > deadline', () => {
    // Points not after asOf: a year no later than asOf's year, or a day no later than asOf.
    const input = fc
      .tuple(civilDay, civilDay, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 3000 }), fc.boolean(), fc.boolean(), fc.boolean(), fc.double({ min: 1, max: 1000, noNaN: true }), fc.double({ min: 1, max: 1000, noNaN: true }))
      .map(([deadline, asOf, currentBack, gap, currentIsYear, baselineIsYear, withBaseline, a, b]) => {
        const asOfYear = Number(asOf.slice(0, 4));
        const currentDay = dayText(dayNumber(asOf) - currentBack);
        const current = currentIsYear ? { year: Math.min(asOfYear, Number(currentDay.slice(0, 4)) + 1), value: b } : { date: currentDay, value: b };
        const currentEnd = 'year' in current ? iso(current.year, 12, 31) : current.date;
        // The baseline strictly before the current point (a year's figure counts at its 31 December) and not after asOf.
        const baselineDay = dayText(dayNumber(currentEnd < asOf ? currentEnd : asOf) - gap);
        const baseline = baselineIsYear ? { year: Number(baselineDay.slice(0, 4)) - 1, value: a } : { date: baselineDay, value: a };
        return { deadline, asOf, current, baseline: withBaseline ? baseline : undefined, target: Math.max(a, b) * 2 + 1 };
      })
      .filter((i) => i.current.value > 0 && ('year' in i.current ? i.current.year >= 1900 : true) && (i.baseline === undefined || !('year' in i.baseline) || i.baseline.year >= 1900));
    let passedSeen = 0;
    let openSeen = 0;
    fc.assert(
      fc.property(input, fc.constantFrom('Asia/Ho_Chi_Minh', 'UTC', 'Pacific/Kiritimati'), ({ deadline, asOf, current, baseline, target }, zone) => {
        const p = assessProgress({ current, ...(baseline === undefined ? {} : { baseline }), target: threshold(target, deadline), asOf, method: 'linear', zone });
        const passed = asOf > deadline;
        if (passed) passedSeen += 1;
        else openSeen += 1;
        expect(p.deadlinePassed).toBe(passed);
        expect(p.category === 'missed').toBe(passed);
        // deadlineStatus shares the rule: "by D" (inclusive reading of trước ngày D) is overdue iff asOf > D.
        const [y, m, d] = deadline.split('-').map(Number) as [number, number, number];
        expect(deadlineStatus(`trước ngày ${d}/${m}/${y}`, { asOf, inclusive: true, zone }).status === 'overdue').toBe(passed);
      }),
      { seed: SEED, numRuns: 400 },
    );
    expect(passedSeen).toBeGreaterThan(50);
    expect(openSeen).toBeGreaterThan(50);
  });
});

// ---- item 8: a completion after asOf ----

describe('deadlineStatus: a completion after asOf is an error, not done-late (issue 13, item 8)', () => {
  it('names the item and both days', () => {
    const issue = issueOf(() => deadlineStatus('Quý I/2022', { asOf: '2022-03-15', completedAt: '2022-04-01' }));
    expect(issue).toMatchObject({ code: 'invalid_value', path: ['options', 'completedAt'], field: 'completedAt', received: '2022-04-01' });
    expect(issue.message).toContain('"Quý I/2022"');
    expect(issue.message).toContain('2022-03-15');
    expect(issue.message).toContain('but got "2022-04-01"');
  });
  it('names a register item by its number', () => {
    const task = registers.vinhPhuc302.tasks.find((t) => t.no === 5)!;
    const issue = issueOf(() => deadlineStatus(task, { asOf: '2023-01-01', completedAt: '2023-03-01' }));
    expect(issue.message).toContain('item no. 5');
    expect(issue.message).toContain(`period "${task.period}"`);
    expect(issueOf(() => deadlineStatus({ id: 'du-an-7', period: '2022' } as never, { asOf: '2023-01-01', completedAt: '2023-03-01' })).message).toContain('item "du-an-7"');
    // An item whose plan leaves the period empty is checked too.
    expect(issueOf(() => deadlineStatus({ period: null }, { asOf: '2023-01-01', completedAt: '2023-03-01' })).message).toContain('no period');
  });
  it('compares civil days in the zone: done later on the day judged is done; an instant already on the next day is not', () => {
    expect(deadlineStatus('Quý I/2022', { asOf: '2022-03-31T09:00:00+07:00', completedAt: '2022-03-31T15:00:00+07:00' }).status).toBe('done-on-time');
    // 2022-03-31T17:30Z is 1 April in Vietnam, after asOf 31 March there; in UTC it is still 31 March.
    const late = issueOf(() => deadlineStatus('Quý I/2022', { asOf: '2022-03-31', completedAt: new Date('2022-03-31T17:30:00Z') }));
    expect(late.received).toBe('2022-03-31T17:30:00.000Z (2022-04-01 in Asia/Ho_Chi_Minh)');
    expect(deadlineStatus('Quý I/2022', { asOf: '2022-03-31', completedAt: new Date('2022-03-31T17:30:00Z'), zone: 'UTC' }).status).toBe('done-on-time');
  });
  it('an invalid Date is reported as "Invalid Date", not "null"', () => {
    expect(issueOf(() => deadlineStatus('2022', { asOf: '2022-06-01', completedAt: new Date(Number.NaN) })).message).toMatch(/but got "Invalid Date"/);
    expect(issueOf(() => deadlineStatus('2022', { asOf: new Date(Number.NaN) })).message).toMatch(/but got "Invalid Date"/);
    expect(issueOf(() => assessProgress({ current: { date: new Date(Number.NaN), value: 1 }, target: threshold(2, '2025-12-31') })).message).toMatch(/but got "Invalid Date"/);
  });

  it('property: completion after asOf throws; otherwise done-late iff the completion is after the deadline', () => {
    // Periods of three shapes, each with its last on-time day computed by hand for asOf's year.
    const period = fc.oneof(
      civilDay.map((day) => ({ text: `${Number(day.slice(8))}/${Number(day.slice(5, 7))}/${day.slice(0, 4)}`, deadline: (_y: number) => day })),
      fc.integer({ min: 1990, max: 2100 }).map((y) => ({ text: String(y), deadline: (_y: number) => iso(y, 12, 31) })),
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).filter(([m, d]) => d <= monthLength(2000, m)).map(([m, d]) => ({
        text: `trước ngày ${d}/${m}`,
        deadline: (y: number) => (d > monthLength(y, m) ? iso(y, m, monthLength(y, m)) : dayBefore(y, m, d)),
      })),
    );
    let thrown = 0;
    let judged = 0;
    fc.assert(
      fc.property(period, civilDay, civilDay, ({ text, deadline }, asOf, completedAt) => {
        if (completedAt > asOf) {
          const issue = issueOf(() => deadlineStatus(text, { asOf, completedAt }));
          expect(issue).toMatchObject({ path: ['options', 'completedAt'], received: completedAt });
          expect(issue.message).toContain(asOf);
          expect(issue.message).toContain(`"${text}"`);
          thrown += 1;
        } else {
          const due = deadline(Number(asOf.slice(0, 4)));
          expect(deadlineStatus(text, { asOf, completedAt })).toMatchObject({ deadline: due, status: completedAt > due ? 'done-late' : 'done-on-time' });
          judged += 1;
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
    expect(thrown).toBeGreaterThan(50);
    expect(judged).toBeGreaterThan(50);
  });
});

// ---- item 9: trước ngày 29/02 and 01/03 ----

describe('trước ngày D/M around the end of February (issue 13, item 9)', () => {
  const deadline = (text: string, year: number, inclusive = false) => deadlineStatus(text, { asOf: iso(year, 1, 1), inclusive }).deadline;
  it('trước ngày 29/02 in a common year: on time through 28/02 (strict and inclusive), never 27/02', () => {
    for (const y of [2023, 2025, 2100, 1900]) {
      expect(deadline('trước ngày 29/02', y)).toBe(iso(y, 2, 28));
      expect(deadline('trước ngày 29/02', y, true)).toBe(iso(y, 2, 28));
    }
  });
  it('trước ngày 29/02 in a leap year: 28/02 strict, 29/02 inclusive', () => {
    for (const y of [2024, 2028, 2000]) {
      expect(deadline('trước ngày 29/02', y)).toBe(iso(y, 2, 28));
      expect(deadline('trước ngày 29/02', y, true)).toBe(iso(y, 2, 29));
    }
  });
  it('trước ngày 01/03: the last day of February — 28/02 in a common year, 29/02 in a leap year', () => {
    expect(deadline('trước ngày 01/03', 2023)).toBe('2023-02-28');
    expect(deadline('trước ngày 01/03', 2024)).toBe('2024-02-29');
    expect(deadline('trước ngày 1/3', 2100)).toBe('2100-02-28');
    expect(deadline('trước ngày 1/3', 2000)).toBe('2000-02-29');
  });
  it('the reporting calendar resolves it the same way; a dated 29/02 of a common year is an impossible date, quoted', () => {
    const step = { id: 's', from: { vi: 'A', en: 'A' }, to: { vi: 'B', en: 'B' }, what: { vi: 'Báo cáo', en: 'Report' }, when: 'trước ngày 29/02' };
    expect(reportingCalendar(2025, { regime: [step] }).map((i) => i.deadline)).toEqual(['2025-02-28']);
    expect(reportingCalendar(2024, { regime: [step], inclusive: true }).map((i) => i.deadline)).toEqual(['2024-02-29']);
    expect(issueOf(() => parsePeriod('trước ngày 29/02/2023')).received).toBe('trước ngày 29/02/2023');
    expect(parsePeriod('trước ngày 29/02/2024').end).toBe('2024-02-28');
  });
  it('a parsed yearly day that no year has (31/04) is an error', () => {
    const period: ParsedPeriod = { text: 'trước ngày 31/04', kind: 'yearly-before', start: null, end: null, recurrence: { every: 'year', month: 4, day: 31, inclusive: false }, condition: null, leaseYears: null };
    expect(issueOf(() => deadlineStatus(period, { asOf: '2025-01-01' }))).toMatchObject({ path: ['item', 'recurrence'], received: '31/4' });
  });
  it('every day-month, in common and leap years (all 366 × 6 years): the civil day before it; inclusive, the day itself', () => {
    for (const y of [1900, 2000, 2023, 2024, 2100, 2199]) {
      for (let m = 1; m <= 12; m += 1) {
        for (let d = 1; d <= monthLength(2000, m); d += 1) {
          const text = `trước ngày ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`;
          const exists = d <= monthLength(y, m);
          expect(deadline(text, y), `${text} in ${y}`).toBe(exists ? dayBefore(y, m, d) : iso(y, m, monthLength(y, m)));
          expect(deadline(text, y, true), `${text} in ${y}, inclusive`).toBe(exists ? iso(y, m, d) : iso(y, m, monthLength(y, m)));
        }
      }
    }
  });
  it('property: any year 1900–2199 and day-month written in any spacing resolves to the civil day before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('/', ' / ', '/ '), (y, m, d, sep) => {
        fc.pre(d <= monthLength(y, m));
        expect(deadline(`trước ngày ${d}${sep}${m}`, y)).toBe(dayBefore(y, m, d));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

// ---- item 10: no period runs backwards ----

describe('parsePeriod: no period runs backwards, whatever its form (issue 13, item 10)', () => {
  it('Thuê trong 0 năm 2023- 2022 and other backward leases are rejected, quoting the text', () => {
    for (const text of ['Thuê trong 0 năm 2023- 2022', 'Thuê trong 0 năm 2023-2023', 'Thuê trong 2 năm 2024-2023', 'Thuê trong 00 năm 2030 - 2029']) {
      const issue = issueOf(() => parsePeriod(text));
      expect(issue.received, text).toBe(text);
    }
    expect(issueOf(() => parsePeriod('Thuê trong 0 năm 2023- 2022')).expected).toBe('a lease of at least 1 year');
    expect(issueOf(() => parsePeriod('giai đoạn 2025 – 2021')).expected).toBe('a period whose start (2025-01-01) is not after its end (2021-12-31)');
  });
  it('a lease whose years disagree with its range is still an error; one that agrees is read', () => {
    expect(issueOf(() => parsePeriod('Thuê trong 3 năm 2023- 2027')).expected).toMatch(/lease whose years \(3\) match its range/);
    expect(parsePeriod('Thuê trong 1 năm 2024-2024')).toMatchObject({ start: '2024-01-01', end: '2024-12-31', leaseYears: 1 });
  });
  it('a parsed period handed to deadlineStatus is checked the same way', () => {
    const backwards: ParsedPeriod = { text: 'tự khai', kind: 'range', start: '2024-01-01', end: '2023-12-31', recurrence: null, condition: null, leaseYears: null };
    expect(issueOf(() => deadlineStatus(backwards, { asOf: '2024-06-01' }))).toMatchObject({ path: ['item'], received: 'tự khai' });
  });

  it('property: over generated text of every form, a period is returned only with start ≤ end, and a range only when written forwards', () => {
    const year = fc.integer({ min: 1895, max: 2205 });
    const n = fc.integer({ min: 0, max: 40 });
    const dash = fc.constantFrom('-', ' - ', ' -', '- ', '–', ' – ');
    type Case = { text: string; forwards?: boolean };
    const form: fc.Arbitrary<Case> = fc.oneof(
      fc.tuple(year, year, dash, fc.constantFrom('', 'giai đoạn ', 'Giai đoạn ')).map(([a, b, s, g]) => ({ text: `${g}${a}${s}${b}`, forwards: a <= b })),
      // Leases: the years as written (k) either match the range or are any 0–99; the range runs either way.
      fc.tuple(year, fc.integer({ min: -5, max: 12 }), fc.option(fc.integer({ min: 0, max: 99 })), dash).map(([a, delta, other, s]) => {
        const b = a + delta;
        const k = other ?? b - a + 1;
        return { text: `Thuê trong ${k} năm ${a}${s}${b}`, forwards: a <= b && k === b - a + 1 };
      }),
      fc.tuple(n, n, year).chain(([d, m, y]) => fc.constantFrom(`${d}/${m}/${y}`, `ngày ${d} tháng ${m} năm ${y}`, `tháng ${m}/${y}`, `tháng ${m} năm ${y}`, `Quý ${d % 6}/${y}`, `Quý ${['I', 'II', 'III', 'IV', 'V'][d % 5]}/${y}`, `năm ${y}`, `${y}`, `đến năm ${y}`, `đến hết năm ${y}`, `trước ngày ${d}/${m}`, `trước ngày ${d}/${m}/${y}`)).map((text) => ({ text })),
      fc.constantFrom('Hằng năm', 'Hàng năm', 'Hằng năm theo nhu cầu thực tế', 'Khi có hướng dẫn của Bộ TT&TT').map((text) => ({ text })),
    );
    let read = 0;
    let ranges = 0;
    fc.assert(
      fc.property(form, fc.boolean(), ({ text, forwards }, inclusive) => {
        let period: ParsedPeriod | undefined;
        try {
          period = parsePeriod(text, { inclusive });
        } catch (error) {
          if (!(error instanceof ChisoError)) throw error;
          expect(error.issues[0]?.received).toBe(text);
        }
        if (period !== undefined) {
          read += 1;
          if (period.start !== null && period.end !== null) expect(period.start <= period.end, `${text}: ${period.start} … ${period.end}`).toBe(true);
        }
        // Years outside 1900–2199 are rejected for their own reason; inside, a range is read iff written forwards.
        const years = (text.match(/\d{4}/g) ?? []).map(Number);
        if (forwards !== undefined && years.length === 2 && years.every((y) => y >= 1900 && y <= 2199)) {
          ranges += 1;
          expect(period !== undefined, text).toBe(forwards);
        }
      }),
      { seed: SEED, numRuns: 1500 },
    );
    expect(read).toBeGreaterThan(300);
    expect(ranges).toBeGreaterThan(300);
  });
});

// ---- item 18 (library side): date errors quote the value as written ----

describe('date errors quote the input as written (issue 13, item 18)', () => {
  it.each(['31/02/2023', '05/31/2023', 'ngày 31 tháng 02 năm 2023', ' 31 / 02 / 2023 ', 'trước ngày 30/02/2024'])('%j', (text) => {
    const parse = text.startsWith('trước') ? () => parsePeriod(text) : () => parseVietnameseDate(text);
    const issue = issueOf(parse);
    expect(issue.received).toBe(text);
    expect(issue.message).toContain(`but got "${text}".`);
    expect(issue.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
  it('property: an impossible day/month/year is quoted exactly as written, never rewritten as YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), (y, m, d, pad) => {
        fc.pre(d === 0 || d > monthLength(y, m));
        const text = `${pad ? String(d).padStart(2, '0') : d}/${pad ? String(m).padStart(2, '0') : m}/${y}`;
        expect(issueOf(() => parseVietnameseDate(text)).received).toBe(text);
        expect(issueOf(() => parsePeriod(`trước ngày ${text}`)).received).toBe(`trước ngày ${text}`);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
