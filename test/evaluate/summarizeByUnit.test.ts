// @zone-independent: counts the statuses of scorecard rows; asOf is a civil day handed to evaluate, never read from the host's clock or zone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { catalogs } from '../../src/catalogs/index';
import { evaluate } from '../../src/evaluate/evaluate';
import { summarizeByUnit } from '../../src/evaluate/summarizeByUnit';
import type { Status } from '../../src/model/result';

const STATUSES: readonly Status[] = ['met', 'not-met', 'no-data', 'not-applicable'];
const row = (unit: string, status: Status, level: string | null = 'district') => ({ unit, level, status });

/** The reading of `chiso rank` before the function: each unit's rows filtered out of all rows. */
function reference(rows: readonly { unit: string; level: string | null; status: Status }[]) {
  const units = new Map<string, string | null>();
  for (const r of rows) if (!units.has(r.unit)) units.set(r.unit, r.level);
  return [...units].map(([unit, level]) => {
    const own = rows.filter((r) => r.unit === unit);
    const judged = own.filter((r) => r.status !== 'not-applicable');
    const met = judged.filter((r) => r.status === 'met').length;
    return { unit, level, met, applicable: judged.length, metShare: judged.length === 0 ? null : (met * 100) / judged.length };
  });
}

describe('summarizeByUnit', () => {
  it('counts each unit\'s rows by status, in the order of their first row; no-data counts against the share', () => {
    const summary = summarizeByUnit({
      rows: [row('b', 'met'), row('a', 'no-data', 'commune'), row('b', 'not-met'), row('b', 'not-applicable'), row('a', 'met', 'commune'), row('b', 'no-data'), row('b', 'met')],
    });
    expect(summary).toEqual([
      { unit: 'b', level: 'district', total: 5, met: 2, 'not-met': 1, 'no-data': 1, 'not-applicable': 1, applicable: 4, metShare: 50 },
      { unit: 'a', level: 'commune', total: 2, met: 1, 'not-met': 0, 'no-data': 1, 'not-applicable': 0, applicable: 2, metShare: 50 },
    ]);
  });

  it('a unit with only not-applicable rows has no share (null), not 0', () => {
    expect(summarizeByUnit({ rows: [row('x', 'not-applicable', null)] })).toEqual([
      { unit: 'x', level: null, total: 1, met: 0, 'not-met': 0, 'no-data': 0, 'not-applicable': 1, applicable: 0, metShare: null },
    ]);
    expect(summarizeByUnit({ rows: [] })).toEqual([]);
  });

  it('equal shares are the same number (2 of 3 and 4 of 6), so they tie in a ranking', () => {
    const [a, b] = summarizeByUnit({ rows: [...['met', 'met', 'not-met'].map((s) => row('a', s as Status)), ...['met', 'met', 'met', 'met', 'no-data', 'not-met'].map((s) => row('b', s as Status))] });
    expect(a?.metShare).toBe(b?.metShare);
  });

  it('reads a scorecard of evaluate as it is; its totals add up to the scorecard\'s summary', () => {
    const card = evaluate(
      catalogs.vinhPhuc302,
      [
        { unit: 'vp-province-agencies', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 36.18 },
        { unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 98.76 },
      ],
      { asOf: '2023-05-31', units: [{ id: 'vp-province-agencies', name: 'Tỉnh', level: 'province' }, { id: 'vp-districts', name: 'Huyện', level: 'district' }] },
    );
    const summary = summarizeByUnit(card);
    expect(summary.map((s) => [s.unit, s.met])).toEqual([
      ['vp-province-agencies', 0],
      ['vp-districts', 1],
    ]);
    for (const key of ['total', ...STATUSES] as const) expect(summary.reduce((sum, s) => sum + s[key], 0)).toBe(card.summary[key]);
  });

  it('agrees with the per-unit filtering it replaces, on any rows (property)', () => {
    const arbRow = fc.record({ unit: fc.constantFrom('a', 'b', 'c', 'constructor', '__proto__'), level: fc.constantFrom('province', 'district', null), status: fc.constantFrom(...STATUSES) });
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), (rows) => {
        const got = summarizeByUnit({ rows }).map(({ unit, level, met, applicable, metShare }) => ({ unit, level, met, applicable, metShare }));
        expect(got).toEqual(reference(rows));
      }),
    );
  });

  it('takes linear time: 200,000 rows of 20,000 units in one pass', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => row(`u${i % 20_000}`, STATUSES[i % 4] as Status));
    const started = performance.now();
    const summary = summarizeByUnit({ rows });
    expect(summary).toHaveLength(20_000);
    // The per-unit filter it replaces took units × rows = 4·10⁹ steps here; one pass is milliseconds.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a row without a string unit, a string or null level, or a scorecard status is a ChisoError naming its path', () => {
    const bad = { rows: [row('a', 'met'), { unit: 3, level: 'x', status: 'met' }, { unit: 'b', level: undefined, status: 'passed' }] };
    let error: unknown;
    try {
      summarizeByUnit(bad as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChisoError);
    expect((error as ChisoError).issues.map((i) => i.path.join('.'))).toEqual(['scorecard.rows.1.unit', 'scorecard.rows.2.level', 'scorecard.rows.2.status']);
    expect(() => summarizeByUnit(null as never)).toThrow(ChisoError);
    expect(() => summarizeByUnit({ rows: 'no' } as never)).toThrow(/scorecard\.rows/);
  });
});
