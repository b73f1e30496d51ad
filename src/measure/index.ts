export { budgetTotals } from './budgetTotals';
export type { BudgetTotal, BudgetTotalsOptions } from './budgetTotals';
