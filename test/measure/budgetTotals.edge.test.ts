import { describe, expect, it } from 'vitest';
import { registers } from '../../src/catalogs/registers';
import { budgetTotals } from '../../src/measure/budgetTotals';
import type { Project } from '../../src/model/register';

const base = registers.vinhPhuc302.projects[0] as Project;
const project = (no: number, numeral: string, millionVnd: string, period: string | null = '2022-2023'): Project => ({
  ...base,
  no,
  group: { ...base.group, numeral },
  period,
  budget: { millionVnd, written: millionVnd },
});

describe('budgetTotals: group numerals, unscheduled projects', () => {
  it('groups are ordered by the value of their numeral, D and M included: C (100), CD (400), D (500), CM (900), M (1000)', () => {
    const projects = ['M', 'CM', 'D', 'CD', 'C'].map((numeral, i) => project(i + 1, numeral, String(i + 1)));
    expect(budgetTotals(projects, { by: 'group' }).rows.map((r) => [r.key, r.millionVnd])).toEqual([
      ['C', '5'],
      ['CD', '4'],
      ['D', '3'],
      ['CM', '2'],
      ['M', '1'],
    ]);
  });

  it('a project without a period is unscheduled, listed after the years', () => {
    // 10 over 2022–2023 → 5 and 5 (unit 1); 7 without a period → unscheduled.
    const r = budgetTotals([project(1, 'I', '7', null), project(2, 'I', '10')], { by: 'year', spread: 'even', unit: '1' });
    expect(r.rows.map((x) => [x.key, x.millionVnd, x.projects])).toEqual([
      ['2022', '5', 1],
      ['2023', '5', 1],
      ['unscheduled', '7', 1],
    ]);
    expect(r.total).toBe('17');
  });
});
