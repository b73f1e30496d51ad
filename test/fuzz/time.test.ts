// @zone-sensitive: the time stage under hostile dates.
// Fuzz: the time functions (assessProgress, parsePeriod, parseVietnameseDate, deadlineStatus, toLunar,
// fromLunar, addWorkingDays) on hostile and on well-formed input. See harness.ts for the contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/time/addWorkingDays';
import { assessProgress } from '../../src/evaluate/assessProgress';
import { deadlineStatus } from '../../src/time/deadlineStatus';
import { fromLunar } from '../../src/time/fromLunar';
import { parsePeriod } from '../../src/time/parsePeriod';
import { parseVietnameseDate } from '../../src/time/parseVietnameseDate';
import { toLunar } from '../../src/time/toLunar';
import { finite, isoDate } from './generators';
import { check, guardPrototype, HUGE_BOUND_MS, hostile, megabyteString, mutated, nastyNumber, RUNS, Tally } from './harness';

guardPrototype();

const zone = fc.constantFrom('UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Etc/GMT+12');
/** Instants from 1800 to 2300, plus the extremes a Date can hold. */
const instant = fc.oneof(
  fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2300, 0, 1)), noInvalidDate: true }),
  fc.constantFrom(new Date(8.64e15), new Date(-8.64e15), new Date(Date.UTC(-1, 0, 1)), new Date(Date.UTC(0, 0, 1)), new Date(NaN)),
);
const dateLike = fc.oneof(isoDate, instant, instant.filter((d) => !Number.isNaN(d.getTime())).map((d) => d.toISOString()), fc.constantFrom('2025-02-29', '2024-02-29', '1900-01-01', '2199-12-31', '2025-13-01', '2025-12-31T23:59:59+07:00'));

/** Vietnamese period and date phrases, in the shapes plans use, with random numbers in them. */
const phrase = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1800, max: 2300 })).chain(([d, m, y]) =>
    fc.constantFrom(`${d}/${m}/${y}`, `ngày ${d} tháng ${m} năm ${y}`, `trước ngày ${d}/${m}/${y}`, `trước ngày ${d}/${m}`, `tháng ${m}/${y}`, `quý ${m % 5} năm ${y}`, `năm ${y}`, `giai đoạn ${y}-${y + d}`, `${y}–${y - d}`, `hằng năm`, `định kỳ hằng năm trước ngày ${d}/${m}`, `6 tháng đầu năm ${y}`, `đến năm ${y}`, `trước ${d}/${m}/${y}`),
  ),
  fc.string({ unit: fc.constantFrom(...'0123456789/ -–năm thángngày quýđếntrước'.split('')), maxLength: 40 }),
);

describe('fuzz: parsePeriod and parseVietnameseDate', () => {
  it('any value: a period or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, (t, o) => void check('parsePeriod', () => parsePeriod(t as string, o as never))));
    fc.assert(fc.property(hostile, (t) => void check('parseVietnameseDate', () => parseVietnameseDate(t as string))));
  });
  it('Vietnamese phrases with random numbers (deep path)', () => {
    const periods = new Tally();
    const dates = new Tally();
    fc.assert(
      fc.property(phrase, fc.record({ inclusive: fc.boolean() }, { requiredKeys: [] }), (text, opts) => {
        periods.add(check('parsePeriod', () => parsePeriod(text, opts)));
        dates.add(check('parseVietnameseDate', () => parseVietnameseDate(text)));
      }),
      { numRuns: RUNS.hostile },
    );
    expect(periods.ok).toBeGreaterThan(RUNS.hostile / 10);
    expect(dates.ok).toBeGreaterThan(0);
  });
  it('1 MB strings', () => {
    fc.assert(
      fc.property(megabyteString, (s) => {
        check('parsePeriod', () => parsePeriod(s), HUGE_BOUND_MS);
        check('parseVietnameseDate', () => parseVietnameseDate(s), HUGE_BOUND_MS);
      }),
      { numRuns: RUNS.huge },
    );
    // Regular-expression stress: long runs of what the patterns repeat.
    for (const s of [`${' '.repeat(1 << 20)}năm 2025`, `ngày ${'1 '.repeat(1 << 19)}`, `trước ngày ${'/'.repeat(1 << 20)}`, `giai đoạn ${'2025-'.repeat(200_000)}`]) {
      check('parsePeriod', () => parsePeriod(s), HUGE_BOUND_MS);
      check('parseVietnameseDate', () => parseVietnameseDate(s), HUGE_BOUND_MS);
    }
  });
});

describe('fuzz: deadlineStatus', () => {
  const options = fc.record({ asOf: dateLike, completedAt: dateLike, dueSoonDays: fc.oneof(fc.integer({ min: 0, max: 3660 }), nastyNumber), inclusive: fc.boolean(), zone }, { requiredKeys: ['asOf'] });
  it('any item and options: a status or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, (item, opts) => void check('deadlineStatus', () => deadlineStatus(item as string, opts as never))));
  });
  it('Vietnamese phrases and parsed periods against any day (deep path)', () => {
    const tally = new Tally();
    fc.assert(
      fc.property(fc.oneof(phrase, phrase.map((period) => ({ period })), fc.constant({ period: null })), options, (item, opts) => tally.add(check('deadlineStatus', () => deadlineStatus(item, opts as never)))),
      { numRuns: RUNS.hostile },
    );
    expect(tally.ok).toBeGreaterThan(RUNS.hostile / 20);
  });
  it('1 MB strings', () => {
    fc.assert(fc.property(megabyteString, (s) => void check('deadlineStatus', () => deadlineStatus(s, { asOf: s }), HUGE_BOUND_MS)), { numRuns: RUNS.huge });
  });
});

describe('fuzz: assessProgress', () => {
  const point = fc.oneof(fc.record({ year: fc.integer({ min: 1890, max: 2210 }), value: finite }), fc.record({ date: dateLike, value: finite }));
  const input = fc.record(
    {
      baseline: point,
      current: point,
      target: fc.record({ kind: fc.constant('threshold'), op: fc.constantFrom('>=', '>', '<=', '<', '='), value: finite, by: isoDate }),
      method: fc.constantFrom('compound', 'linear'),
      zone,
    },
    { requiredKeys: ['current', 'target'] },
  );
  it('any input: a progress or a ChisoError', () => {
    fc.assert(fc.property(hostile, (i) => void check('assessProgress', () => assessProgress(i as never))));
    fc.assert(fc.property(mutated(input), (i) => void check('assessProgress', () => assessProgress(i as never))), { numRuns: RUNS.valid });
  });
  it('well-formed input with extreme finite values (deep path): finite figures or a ChisoError', () => {
    const tally = new Tally();
    fc.assert(fc.property(input, (i) => tally.add(check('assessProgress', () => assessProgress(i as never)))), { numRuns: RUNS.hostile });
    expect(tally.ok).toBeGreaterThan(RUNS.hostile / 10);
  });
  it('ordinary values (positive, 2015–2030) always assess', () => {
    const year = fc.integer({ min: 2015, max: 2024 });
    const positive = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(year, year, positive, positive, positive, fc.constantFrom('compound', 'linear'), fc.constantFrom('>=', '<='), (y1, y2, a, b, t, method, op) => {
        const [from, to] = y1 === y2 ? [y1, y1 + 1] : [Math.min(y1, y2), Math.max(y1, y2)];
        const run = () => assessProgress({ baseline: { year: from, value: a }, current: { year: to, value: b }, target: { kind: 'threshold', op: op as '>=', value: t, by: '2030-12-31' }, method: method as 'linear' });
        expect(check('assessProgress', run)).toBe('ok');
      }),
      // The compound method takes fractional powers at 200 digits (~20 ms a call): fewer runs.
      { numRuns: Math.ceil(RUNS.valid / 10) },
    );
  });
});

describe('fuzz: toLunar and fromLunar', () => {
  it('any value: a date or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, (d, o) => void check('toLunar', () => toLunar(d as string, o as never))));
    fc.assert(fc.property(hostile, (d) => void check('fromLunar', () => fromLunar(d as never))));
  });
  it('any day and zone 1800–2300 (deep path); every day from 1900 to 2199 round-trips', () => {
    const tally = new Tally();
    fc.assert(
      fc.property(dateLike, fc.option(fc.record({ zone }), { nil: undefined }), (d, o) => {
        const outcome = check('toLunar', () => toLunar(d, o));
        tally.add(outcome);
        if (outcome === 'ok') {
          const lunar = toLunar(d, o);
          expect(check('fromLunar', () => fromLunar(lunar))).toBe('ok');
        }
      }),
      { numRuns: RUNS.hostile },
    );
    expect(tally.ok).toBeGreaterThan(RUNS.hostile / 4);
  });
  it('lunar dates with out-of-range and extreme parts', () => {
    const part = fc.oneof(fc.integer({ min: -2, max: 32 }), nastyNumber);
    fc.assert(
      fc.property(fc.record({ year: fc.oneof(fc.integer({ min: 1890, max: 2210 }), nastyNumber), month: part, day: part, leap: fc.oneof(fc.boolean(), hostile) }, { requiredKeys: ['year', 'month', 'day'] }), (l) => void check('fromLunar', () => fromLunar(l as never))),
      { numRuns: RUNS.hostile },
    );
  });
  it('1 MB strings', () => {
    fc.assert(fc.property(megabyteString, (s) => void check('toLunar', () => toLunar(s, { zone: s }), HUGE_BOUND_MS)), { numRuns: RUNS.huge });
  });
});

describe('fuzz: addWorkingDays', () => {
  const lawDay = fc.date({ min: new Date(Date.UTC(1995, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const calendar = fc.record(
    {
      weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
      rule: fc.oneof(fc.constant(false), fc.constant(null), fc.record({ tetDaysBefore: fc.integer({ min: 0, max: 5 }), compensatory: fc.boolean() }, { requiredKeys: [] })),
      adjustments: fc.uniqueArray(fc.record({ date: isoDate, kind: fc.constantFrom('off', 'work'), name: fc.constant({ vi: 'Nghỉ bù', en: 'Day off in lieu' }) }), { maxLength: 5, selector: (a) => a.date }),
      zone,
    },
    { requiredKeys: [] },
  );
  it('any value: a date or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, hostile, (d, n, c) => void check('addWorkingDays', () => addWorkingDays(d as string, n as number, c as never))));
  });
  it('any day, count and calendar (deep path)', () => {
    const tally = new Tally();
    fc.assert(
      // Half the days under the holiday law (1995–2199): before it, a calendar with holidays refuses the day.
      fc.property(fc.oneof(dateLike, lawDay), fc.oneof(fc.integer({ min: -400, max: 400 }), fc.constantFrom(0, -0, 73_000, -73_000, 73_001, 0.5, NaN)), fc.option(calendar, { nil: undefined }), (d, n, c) =>
        tally.add(check('addWorkingDays', () => addWorkingDays(d, n, c as never), HUGE_BOUND_MS)),
      ),
      // Each call builds its calendar (lunar holidays of every year it crosses): ~20 ms, so fewer runs.
      { numRuns: Math.ceil(RUNS.valid / 3) },
    );
    expect(tally.ok).toBeGreaterThan(RUNS.valid / 12);
  });
  it('the worst case (73 000 working days with a six-day weekend) stays within the bound', () => {
    // From the first day of the holiday law (1995): every year's holidays to 2199, then past it.
    check('addWorkingDays', () => addWorkingDays('1995-01-01', 73_000, { weekend: [0, 1, 2, 3, 4, 5] }), HUGE_BOUND_MS);
    check('addWorkingDays', () => addWorkingDays('1900-01-01', 73_000, { weekend: [0, 1, 2, 3, 4, 5], rule: false }), HUGE_BOUND_MS);
    check('addWorkingDays', () => addWorkingDays('2199-12-31', -73_000), HUGE_BOUND_MS);
  });
  it('1 MB strings', () => {
    fc.assert(fc.property(megabyteString, (s) => void check('addWorkingDays', () => addWorkingDays(s, 1, { zone: s }), HUGE_BOUND_MS)), { numRuns: RUNS.huge });
  });
});
