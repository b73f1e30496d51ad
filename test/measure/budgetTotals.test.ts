import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registers } from '../../src/catalogs/registers';
import { budgetTotals } from '../../src/measure/budgetTotals';
import type { Project } from '../../src/model/register';

const { projects } = registers.vinhPhuc302;

// The oracle: totals summed by hand from Phụ lục 3 (each row's figure is listed in
// test/catalogs/registers.test.ts); the grand total equals section IV.1's "1.132,4 tỷ đồng".
describe('budgetTotals on Phụ lục 3 of Kế hoạch 302', () => {
  it('by group, exactly as summed by hand', () => {
    const r = budgetTotals(projects, { by: 'group' });
    expect(r.rows.map((x) => [x.key, x.millionVnd])).toEqual([
      ['I', '5900'], ['II', '612100'], ['III', '139000'], ['IV', '287500'], ['V', '82500'], ['VI', '5400'],
    ]);
    expect(r.total).toBe('1132400');
    expect(r.withoutBudget).toEqual([16, 29, 30, 38]);
  });
  it('by lead agency, adding up to the same total', () => {
    const r = budgetTotals(projects, { by: 'leadAgency' });
    expect(r.rows.reduce((s, x) => s + BigInt(x.millionVnd), 0n)).toBe(1132400n);
    expect(r.rows.find((x) => x.key === 'Sở Thông tin và Truyền thông')?.projects).toBeGreaterThan(10);
  });
  it('by year, only with an explicit spread rule, and the years add up exactly', () => {
    expect(() => budgetTotals(projects, { by: 'year' })).toThrow(/spread/);
    const r = budgetTotals(projects, { by: 'year', spread: 'even' });
    const sum = r.rows.reduce((s, x) => s + Number(x.millionVnd) * 1000, 0);
    expect(Math.round(sum)).toBe(1132400 * 1000);
    expect(r.rows.at(-1)?.key).toMatch(/^(20\d\d|unscheduled)$/);
  });
  it('the remainder rule: 1000 over 3 years in whole millions is 334, 333, 333', () => {
    const p: Project = { ...projects[0]!, period: '2021-2023', budget: { millionVnd: '1000', written: '1.000' } };
    expect(budgetTotals([p], { by: 'year', spread: 'even', unit: '1' }).rows.map((x) => [x.key, x.millionVnd])).toEqual([
      ['2021', '334'], ['2022', '333'], ['2023', '333'],
    ]);
    expect(budgetTotals([p], { by: 'year', spread: 'even' }).rows.map((x) => x.millionVnd)).toEqual(['333.334', '333.333', '333.333']);
  });
  it('property: an even spread of any budget over any years adds up exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 2021, max: 2025 }), fc.integer({ min: 0, max: 6 }), (whole, frac, from, span) => {
        const amount = `${whole}.${String(frac).padStart(3, '0')}`;
        const p: Project = { ...projects[0]!, period: `${from}-${from + span}`, budget: { millionVnd: amount, written: amount } };
        const r = budgetTotals([p], { by: 'year', spread: 'even', unit: '1' });
        const toThousandths = (t: string) => {
          const [int = '0', frac = ''] = t.split('.');
          return BigInt(int) * 1000n + BigInt(`${frac}000`.slice(0, 3));
        };
        const thousandths = r.rows.reduce((s, x) => s + toThousandths(x.millionVnd), 0n);
        return r.rows.length === span + 1 && thousandths === BigInt(whole) * 1000n + BigInt(frac);
      }),
      { numRuns: 300, seed: 302 },
    );
  });
});
