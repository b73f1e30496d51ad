import { ChisoError, type ChisoIssue } from '../../errors';
import type { ObservationColumns } from '../observationColumns';
import { makeIssue } from '../../_shared/issue';

const isColumn = (c: unknown): c is ArrayLike<unknown> => Array.isArray(c) || (ArrayBuffer.isView(c) && !(c instanceof DataView));

/**
 * Checks that `columns` is an object of array-like columns of one length (unit, indicator, period,
 * value, and denominator when given), adding an issue per bad column to `issues`; throws them (with
 * those already in `issues`) when any is found. Returns the number of rows.
 */
export function checkColumns(columns: unknown, issues: ChisoIssue[]): number {
  const cols = columns as Partial<Record<keyof ObservationColumns, unknown>> | null;
  if (typeof cols !== 'object' || cols === null) {
    throw new ChisoError([...issues, makeIssue({ code: 'invalid_type', path: ['columns'], field: 'columns', expected: 'an object of columns (unit, indicator, period, value and optionally denominator)', received: columns })]);
  }
  const n = isColumn(cols.unit) ? cols.unit.length : 0;
  for (const field of ['unit', 'indicator', 'period', 'value', 'denominator'] as const) {
    const c = cols[field];
    if (field === 'denominator' && c === undefined) continue;
    if (!isColumn(c)) {
      issues.push(makeIssue({ code: 'invalid_type', path: ['columns', field], field, expected: 'an array or a typed array', received: c }));
    } else if (c.length !== n) {
      issues.push(makeIssue({ code: 'invalid_value', path: ['columns', field], field, expected: `a column of the same length as columns.unit (${n})`, received: `${c.length} rows` }));
    }
  }
  if (issues.length > 0) throw new ChisoError(issues);
  return n;
}
