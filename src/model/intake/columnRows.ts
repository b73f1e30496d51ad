import { ChisoError, type ChisoIssue } from '../../errors';
import type { ObservationColumns } from '../observationColumns';
import { makeIssue } from '../../_shared/issue';

/**
 * Row `i` of observation columns as the observation it stands for: a `value`, or a share
 * (`numerator` = the value, `denominator`) when the denominator column has a number there. The object
 * is short-lived: a function that reads columns through it keeps no more than it would keep of an
 * observation given as an object.
 */
export function columnRow(columns: ObservationColumns, i: number): Record<string, unknown> {
  const d = columns.denominator === undefined ? null : columns.denominator[i];
  if (d === null || d === undefined) return { unit: columns.unit[i], indicator: columns.indicator[i], period: columns.period[i], value: columns.value[i] };
  return { unit: columns.unit[i], indicator: columns.indicator[i], period: columns.period[i], numerator: columns.value[i], denominator: d };
}

const COLUMN_OF: Readonly<Record<string, keyof ObservationColumns>> = { unit: 'unit', indicator: 'indicator', period: 'period', value: 'value', numerator: 'value', denominator: 'denominator' };

/**
 * An error whose issues point at observations read by {@link columnRow} (`observations[i].field`),
 * with paths into the columns instead (`columns.field[i]`, where a share's numerator is the value
 * column), as `evaluateColumns` words them; other issues and errors are returned as they are.
 */
export function columnError(error: unknown): unknown {
  if (!(error instanceof ChisoError)) return error;
  return new ChisoError(
    error.issues.map((issue: ChisoIssue) => {
      const [head, row, field, ...rest] = issue.path;
      if (head !== 'observations' || typeof row !== 'number') return issue;
      const column = typeof field === 'string' ? COLUMN_OF[field] : undefined;
      const path = column === undefined ? ['columns', issue.field !== undefined && Object.hasOwn(COLUMN_OF, issue.field) ? (COLUMN_OF[issue.field] as string) : 'value', row] : ['columns', column, row, ...rest];
      return makeIssue({ code: issue.code, path: path as (string | number)[], expected: issue.expected, received: issue.received, unit: issue.unit, indicator: issue.indicator, field: issue.field });
    }),
  );
}
