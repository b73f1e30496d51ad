import type Decimal from 'decimal.js';
import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { dec } from '../_shared/decimal';
import { parseOrThrow } from '../_shared/zod';
import { ProjectSchema, type Project } from '../model/register';
import { parsePeriod } from '../time/parsePeriod';

/** Options of {@link budgetTotals}. */
export interface BudgetTotalsOptions {
  /** Total by project group (I, II, …), by lead agency, or by year. */
  readonly by: 'group' | 'leadAgency' | 'year';
  /**
   * For `by: 'year'`, how a multi-year budget is spread: `'even'` (the only rule, and it must be
   * asked for explicitly) splits it evenly over the years of its period, in units of `unit` million
   * VND; the units left over go one each to the earliest years, so the years add up exactly to the
   * budget.
   */
  readonly spread?: 'even';
  /** The smallest amount a year receives, in million VND, as a decimal string: `'0.001'` (1,000 VND) by default. */
  readonly unit?: string;
}

/** One total. */
export interface BudgetTotal {
  /** The group numeral, the lead agency, or the year (`'unscheduled'` for a budget with no fixed years). */
  readonly key: string;
  /** The exact total in million VND, as a decimal string. */
  readonly millionVnd: string;
  /** How many projects with a budget contributed. */
  readonly projects: number;
}

const OptionsSchema = strictObjectSchema({
  by: z.enum(['group', 'leadAgency', 'year']),
  spread: z.optional(z.literal('even')),
  unit: z.optional(z.string().check(z.regex(/^\d+(\.\d+)?$/), z.refine((u) => !/^0+(\.0+)?$/.test(u), 'a unit above 0'))),
});

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const romanValue = (numeral: string) =>
  [...numeral].reduce((sum, ch, i, all) => {
    // The schema allows only the letters of ROMAN.
    const v = ROMAN[ch] as number;
    return (ROMAN[all[i + 1] ?? ''] ?? 0) > v ? sum - v : sum + v;
  }, 0);

/**
 * Exact budget totals of a project register (Phụ lục 3 of Kế hoạch 302: amounts in million VND), by
 * group, lead agency or year, in decimal arithmetic — never a float sum. Projects whose budget the
 * plan leaves empty are not counted (they are not zeros) and are listed in `withoutBudget`.
 *
 * By year, a budget is spread over the years of its period only when `spread: 'even'` is passed;
 * periods with no fixed years (`Hằng năm`, `Khi có hướng dẫn…`, none) go to `'unscheduled'`.
 *
 * @param projects - the projects, e.g. `registers.vinhPhuc302.projects`
 * @param options - `by`, and for `year` the `spread` rule and `unit`
 * @returns `{ rows, total, withoutBudget }`: totals as exact decimal strings in million VND, the grand total, and the numbers of projects with no budget
 * @throws {ChisoError} for an invalid project, `by: 'year'` without `spread`, or a period that does not parse
 *
 * @example
 * budgetTotals(registers.vinhPhuc302.projects, { by: 'group' }).total;
 * //=> '1132400'
 */
export function budgetTotals(projects: readonly Project[], options: BudgetTotalsOptions): { rows: BudgetTotal[]; total: string; withoutBudget: number[] } {
  const list = parseOrThrow(z.array(ProjectSchema), projects, ['projects']);
  const opts = parseOrThrow(
    OptionsSchema.check(z.refine((o) => o.by !== 'year' || o.spread !== undefined, { message: "an explicit spread rule for totals by year (spread: 'even')", path: ['spread'] })),
    options,
    ['options'],
  );
  const unit = dec(opts.unit ?? '0.001');
  const sums = new Map<string, { amount: Decimal; projects: Set<number>; order: number }>();
  const add = (key: string, amount: Decimal, no: number, order: number) => {
    const entry = sums.get(key) ?? { amount: dec(0), projects: new Set<number>(), order };
    entry.amount = entry.amount.plus(amount);
    entry.projects.add(no);
    sums.set(key, entry);
  };
  const withoutBudget: number[] = [];
  let total = dec(0);
  for (const project of list) {
    if (project.budget === null) {
      withoutBudget.push(project.no);
      continue;
    }
    const amount = dec(project.budget.millionVnd);
    total = total.plus(amount);
    if (opts.by === 'group') add(project.group.numeral, amount, project.no, romanValue(project.group.numeral));
    else if (opts.by === 'leadAgency') add(project.leadAgency, amount, project.no, 0);
    else {
      const period = project.period === null ? null : parsePeriod(project.period);
      if (period === null || period.start === null || period.end === null) {
        add('unscheduled', amount, project.no, Number.MAX_SAFE_INTEGER);
        continue;
      }
      const first = Number(period.start.slice(0, 4));
      const years = Number(period.end.slice(0, 4)) - first + 1;
      // Whole units per year, then one more unit to each of the earliest years until none is left.
      const units = amount.div(unit).floor();
      const share = units.divToInt(years);
      let left = units.minus(share.times(years));
      const rest = amount.minus(units.times(unit)); // below one unit: kept on the first year
      for (let y = 0; y < years; y += 1) {
        let part = share.times(unit);
        if (left.gt(0)) {
          part = part.plus(unit);
          left = left.minus(1);
        }
        if (y === 0) part = part.plus(rest);
        add(String(first + y), part, project.no, first + y);
      }
    }
  }
  const rows = [...sums.entries()]
    .sort(([a, x], [b, y]) => x.order - y.order || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, { amount, projects: ids }]) => ({ key, millionVnd: amount.toFixed(), projects: ids.size }));
  return { rows, total: total.toFixed(), withoutBudget };
}
