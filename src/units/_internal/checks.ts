import * as z from 'zod/mini';
import type { ChisoIssue } from '../../errors';
import { isRealDate } from '../../_shared/civilDate';
import { makeIssue } from '../../_shared/issue';
import { englishIssue, fromZodIssues } from '../../_shared/zod';
import { strictObjectSchema } from '../../_shared/strictObjectSchema';
import type { UnitSet } from '../types';
import { decoded, JANUARY_LIST_DAY, REFORM_DAY } from './data';

/**
 * A real ISO date (`2025-07-01`), or an issue.
 *
 * @param value - the day as given
 * @param path - where it is in the input
 * @param issues - where a problem goes
 * @returns the day, or `undefined`
 *
 * @example
 * const issues: ChisoIssue[] = [];
 * [checkDay('2025-07-01', ['at'], issues), checkDay('2025-02-30', ['at'], issues), issues.length];
 * //=> ['2025-07-01', undefined, 1]
 */
export function checkDay(value: unknown, path: readonly (string | number)[], issues: ChisoIssue[]): string | undefined {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value) && isRealDate(value)) return value;
  issues.push(makeIssue({ code: 'invalid_date', path, field: String(path[path.length - 1] ?? 'at'), expected: 'a date written YYYY-MM-DD', received: value }));
  return undefined;
}

/**
 * The set that holds at a day, or an issue for a day before the first list.
 *
 * @param day - a real `YYYY-MM-DD` day
 * @param path - where it is in the input
 * @param issues - where a problem goes
 * @returns the set, or `undefined`
 *
 * @example
 * const issues: ChisoIssue[] = [];
 * [setAt('2025-06-30', ['at'], issues)?.id, setAt('2025-07-01', ['at'], issues)?.id, setAt('2024-12-31', ['at'], issues)];
 * //=> ['2025-01-04', '2025-07-01', undefined]
 */
export function setAt(day: string, path: readonly (string | number)[], issues: ChisoIssue[]): UnitSet | undefined {
  const { before, after } = decoded();
  if (day >= REFORM_DAY) return after;
  if (day >= JANUARY_LIST_DAY) return before;
  issues.push(makeIssue({ code: 'no_unit_set', path, field: 'at', expected: `a day from ${JANUARY_LIST_DAY} (the first unit list chiso holds)`, received: day }));
  return undefined;
}

/** Options with a day only (`unitSet`'s shape, for the example below). */
export const AT_OPTIONS = /* @__PURE__ */ strictObjectSchema({ at: z.optional(z.string()) });

/**
 * Options checked against a strict object schema (an object, only the keys it names, each of its
 * type), problems added to `issues`. Values are checked further by the caller.
 *
 * @param schema - the options' schema
 * @param options - the options as given
 * @param issues - where problems go
 * @returns the options, or `undefined` when they do not fit
 *
 * @example
 * const issues: ChisoIssue[] = [];
 * [checkOptions(AT_OPTIONS, { at: '2026-01-01' }, issues), checkOptions(AT_OPTIONS, null, issues), issues.map((i) => i.message)];
 * //=> [{ at: '2026-01-01' }, undefined, ['Expected options to be of type object but got "null".']]
 */
export function checkOptions<S extends z.ZodMiniType>(schema: S, options: unknown, issues: ChisoIssue[]): z.output<S> | undefined {
  const result = schema.safeParse(options, { reportInput: true, error: englishIssue });
  if (result.success) return result.data;
  issues.push(...fromZodIssues(result.error.issues, ['options']));
  return undefined;
}
