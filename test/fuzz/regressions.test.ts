// @zone-sensitive: replays fuzz findings that involve Date values and the time stage.
// Regressions: each input below was found by the fuzz suite (seed 20261126) and once threw something
// other than a ChisoError, or returned a non-finite number. The expected values are worked out by hand.
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/catalogs/index';
import { ChisoError } from '../../src/errors';
import { evaluate } from '../../src/evaluate/evaluate';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget';
import { rank } from '../../src/rank/rank';
import { renderChart } from '../../src/report/renderChart';
import { assessProgress } from '../../src/evaluate/assessProgress';
import { deadlineStatus } from '../../src/time/deadlineStatus';
import { parsePeriod } from '../../src/time/parsePeriod';
import { toLunar } from '../../src/time/toLunar';
import { prototypeChanges, prototypeSnapshot } from './harness';

function issueOf(call: () => unknown) {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return (error as ChisoError).issues[0];
  }
  throw new Error('expected a ChisoError');
}

describe('a done / not-done value against a numeric target (was TypeError: judge: threshold needs a quantity)', () => {
  // Kế hoạch 302's fibre-household-coverage has "> 80 %" and a qualitative goal ("phổ cập"), so a
  // done value is allowed for it; the thresholds (302's "> 80 %", Chỉ thị 04's "100%") cannot judge
  // a boolean.
  it('evaluate: the qualitative target is judged, the threshold is not-applicable', () => {
    const card = evaluate(catalogs.vinhPhuc302, [{ unit: 'p', indicator: 'fibre-household-coverage', period: 2019, done: false }], { asOf: '2019-01-01' });
    const rows = card.rows.filter((r) => r.indicator === 'fibre-household-coverage');
    expect(rows.map((r) => [r.target?.kind, r.status, r.value, r.reason ?? null])).toEqual([
      ['threshold', 'not-applicable', false, 'qualitative-value'],
      ['qualitative', 'not-met', false, null],
      ['threshold', 'not-applicable', false, 'qualitative-value'],
    ]);
  });
  it('evaluate: a custom catalog with a range and a qualitative target on a percent indicator', () => {
    const catalog = {
      ...catalogs.vinhPhuc302,
      indicators: [{ ...catalogs.vinhPhuc302.indicators[3]!, id: 'x', targets: [{ kind: 'qualitative' as const }, { kind: 'range' as const, min: 20, max: 57 }] }],
    };
    const card = evaluate(catalog, [{ unit: 'c1', indicator: 'x', period: 2020, done: true }], { asOf: '2021-01-01' });
    expect(card.rows.map((r) => [r.status, r.reason ?? null])).toEqual([
      ['met', null],
      ['not-applicable', 'qualitative-value'],
    ]);
  });
});

describe('evaluateTarget with a target kind that does not fit options.measure (was TypeError: judge: range needs a quantity)', () => {
  it('a range target for a done measure is a ChisoError naming target.kind', () => {
    const issue = issueOf(() => evaluateTarget({ kind: 'range', min: 0, max: 0 }, false, { measure: 'done' }));
    expect(issue?.path).toEqual(['target', 'kind']);
    expect(issue?.message).toBe('Expected target.kind to be a target kind that fits a done indicator (done, qualitative) but got "range".');
  });
  it('a threshold target for a rank measure is a ChisoError too', () => {
    expect(issueOf(() => evaluateTarget({ kind: 'threshold', op: '<=', value: 10 }, { rank: 3 }, { measure: 'rank' }))?.code).toBe('invalid_value');
  });
});

describe('results beyond the range of a JS number (was gap: Infinity)', () => {
  it('a gap of 2 × 1.797e308 is an out_of_range error, not Infinity', () => {
    const issue = issueOf(() => evaluateTarget({ kind: 'threshold', op: '>=', value: Number.MAX_VALUE }, -Number.MAX_VALUE, { measure: 'money' }));
    expect(issue?.code).toBe('out_of_range');
    expect(issue?.message).toBe('Expected value to be a value whose gap to the target is a finite number (within ±1.7976931348623157e+308) but got "3.59539e+308".');
  });
  it('a change from 1e-300 to 1e300 (1e602 %) is an out_of_range error', () => {
    const issue = issueOf(() => evaluateTarget({ kind: 'change', op: '>=', value: 30, from: 'baseline' }, { baseline: 1e-300, current: 1e300 }));
    expect(issue?.code).toBe('out_of_range');
  });
  it('evaluate names the observation', () => {
    const catalog = { ...catalogs.vinhPhuc302, indicators: [{ ...catalogs.vinhPhuc302.indicators[3]!, id: 'm', measure: 'money' as const, targets: [{ kind: 'threshold' as const, op: '>=' as const, value: 1.5e308 }] }] };
    const issue = issueOf(() =>
      evaluate(catalog, [{ unit: 'a', indicator: 'm', period: 2020, value: 1 }, { unit: 'b', indicator: 'm', period: 2020, value: -1e308 }], { asOf: '2021-01-01' }),
    );
    expect(issue).toMatchObject({ code: 'out_of_range', path: ['observations', 1], unit: 'b', indicator: 'm' });
  });
  it('values near the limit whose gap fits still evaluate exactly', () => {
    expect(evaluateTarget({ kind: 'threshold', op: '>=', value: Number.MAX_VALUE }, 0)).toEqual({ status: 'not-met', value: 0, gap: Number.MAX_VALUE, attainment: 0 });
  });
  it('assessProgress names the current value', () => {
    const issue = issueOf(() =>
      assessProgress({ baseline: { year: 2020, value: 1 }, current: { year: 2021, value: -Number.MAX_VALUE }, target: { kind: 'threshold', op: '>=', value: Number.MAX_VALUE, by: '2025-12-31' }, method: 'linear' }),
    );
    expect(issue?.path).toEqual(['input', 'current', 'value']);
  });
});

describe('rank with null items or odd tie-break values (was TypeError: Cannot read properties of null)', () => {
  it('a null item when `by` is a key is a ChisoError at its index', () => {
    const issue = issueOf(() => rank([{ s: 1 }, null] as { s: number }[], { by: 's' }));
    expect(issue).toMatchObject({ code: 'invalid_type', path: ['items', 1] });
  });
  it('a null item when only `tieBreak` is a key is a ChisoError too; with functions it is the caller’s item', () => {
    expect(issueOf(() => rank([null, null] as unknown as { id: string }[], { by: () => 1, ties: 'ordinal', tieBreak: 'id' }))?.path).toEqual(['items', 0]);
    expect(rank([null, 2], { by: (x) => x ?? null }).map((r) => r.rank)).toEqual([1, null]);
  });
  it('a tie-break value that is not a string or a number (a null-prototype object, NaN) is a ChisoError', () => {
    const odd = Object.create(null) as object;
    expect(issueOf(() => rank([{ s: 1, id: odd }, { s: 1, id: 'b' }], { by: 's', ties: 'ordinal', tieBreak: 'id' }))?.field).toBe('tieBreak');
    expect(issueOf(() => rank([{ s: 1, id: NaN }, { s: 1, id: 2 }], { by: 's', ties: 'ordinal', tieBreak: 'id' }))?.field).toBe('tieBreak');
  });
});

describe('time functions', () => {
  it('parsePeriod with options null (was TypeError: Cannot read properties of null)', () => {
    expect(parsePeriod('2025', null as never).start).toBe('2025-01-01');
    expect(issueOf(() => parsePeriod('', null as never))?.field).toBe('text');
  });
  it('an instant in 1 BC is not read as the year 0002 (date-fns `yyyy` is the year of the era)', () => {
    // Date.UTC(-1, 0, 1) is 1 January of year −1 (2 BC); it used to become '0002-01-01'.
    const issue = issueOf(() => toLunar(new Date(Date.UTC(-1, 0, 1)), { zone: 'UTC' }));
    expect(issue).toMatchObject({ code: 'out_of_range', path: ['date'] });
    expect(issue?.received).toBe('-000001-01-01T00:00:00.000Z');
  });
  it('the last instant a Date holds (+275760) is out_of_range, not daysLeft: NaN', () => {
    const issue = issueOf(() => deadlineStatus('1/1/1900', { asOf: new Date(8.64e15) }));
    expect(issue).toMatchObject({ code: 'out_of_range', path: ['options', 'asOf'] });
    // In Asia/Ho_Chi_Minh the +7 h offset pushes it past the last representable instant: still out_of_range.
    expect(issueOf(() => deadlineStatus('1/1/1900', { asOf: new Date(8.64e15), zone: 'UTC' }))?.code).toBe('out_of_range');
    // Year 9999 still works.
    expect(deadlineStatus('1/1/1900', { asOf: new Date(Date.UTC(9999, 11, 31, 12)), zone: 'UTC' }).status).toBe('overdue');
  });
  it('assessProgress whose ratio overflows (a required pace of 1e-324 per year) is out_of_range, not ratio: Infinity', () => {
    const input = {
      baseline: { date: '1970-01-01T00:00:00.000Z', value: 0 },
      current: { date: '1970-01-01', value: -1.1277874120842634e-19 },
      target: { kind: 'threshold' as const, op: '>=' as const, value: -5e-324, by: '1991-11-01' },
      method: 'linear' as const,
      zone: 'Etc/GMT+12',
    };
    expect(issueOf(() => assessProgress(input))).toMatchObject({ code: 'out_of_range', path: ['input'] });
  });
  it('assessProgress whose compound pace overflows (1e-300 to 1e300 in a year) is out_of_range', () => {
    const issue = issueOf(() => assessProgress({ baseline: { year: 2020, value: 1e-300 }, current: { year: 2021, value: 1e300 }, target: { kind: 'threshold', op: '>=', value: 1e301, by: '2025-12-31' } }));
    expect(issue?.code).toBe('out_of_range');
  });
});

describe('renderChart with extreme values', () => {
  it('values 1e15 and 1e15 + 1 render with finite coordinates (the tick loop is now bounded as well)', () => {
    const svg = renderChart({ title: 'A', items: [{ label: 'a', value: 1e15, target: 1e15 + 1, met: false }] }, { kind: 'progress' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
  it('a score of 1.797e308 (the axis would end at 2e308 = Infinity) is a ChisoError, not NaN coordinates or a hang', () => {
    const issue = issueOf(() => renderChart({ title: 'A', items: [{ label: 'A', score: Number.MAX_VALUE, rank: null }] }, { kind: 'ranking' }));
    expect(issue).toMatchObject({ code: 'too_big', path: ['data', 'items', 0, 'score'] });
    // Values straddling ±1e308 gave a NaN step and an endless loop pushing NaN ticks: V8 aborted the
    // whole process ("Fatal JavaScript invalid size error").
    expect(issueOf(() => renderChart({ title: 'A', items: [{ label: 'a', value: -1e308, target: 1e308, met: false }] }, { kind: 'progress' }))?.code).toBe('too_big');
  });
  it('a subnormal score (5e-324) draws on a 0–1 axis instead of printing NaN', () => {
    const svg = renderChart({ title: 'A', items: [{ label: 'A', score: 1.5e-323, rank: null }] }, { kind: 'ranking' });
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});

describe('the fuzz suite’s prototype guard can fail', () => {
  it('sees a property added to Object.prototype, and a changed one', () => {
    const before = prototypeSnapshot();
    const proto = Object.prototype as Record<string, unknown>;
    proto['polluted'] = true;
    const original = Object.prototype.toString;
    try {
      expect(prototypeChanges(before)).toEqual(['Object.prototype.polluted added', '({}).polluted is defined']);
      delete proto['polluted'];
      Object.prototype.toString = () => 'x';
      expect(prototypeChanges(before)).toEqual(['Object.prototype.toString changed']);
    } finally {
      delete proto['polluted'];
      Object.prototype.toString = original;
    }
    expect(prototypeChanges(before)).toEqual([]);
  });
});

describe('rank with an object as the tieBreak key (was TypeError: Cannot convert object to primitive value)', () => {
  it('a null-prototype object as tieBreak is a ChisoError on options.tieBreak', () => {
    const issue = issueOf(() => rank([{}, new Set()] as { s?: number }[], { by: 's', tieBreak: Object.create(null) as never }));
    expect(issue).toMatchObject({ code: 'invalid_value', path: ['options', 'tieBreak'] });
  });
});
