import type * as z from 'zod/mini';
import type { ChisoIssue } from '../../errors';
import { makeIssue } from '../../_shared/issue';
import { englishIssue, fromZodIssues } from '../../_shared/zod';
import { DoneObservationSchema, FractionObservationSchema, RankObservationSchema, ValueObservationSchema, type Observation } from '../observation';
import { observationShape } from './observationShape';

// The schema path of every intake: what the quick checks refuse comes here, and every problem is
// worded here, with the same path, code and order whichever function was called.

/** The schema of each observation shape, indexed as `observationShape` numbers them. */
export const OBSERVATION_SCHEMAS = [ValueObservationSchema, FractionObservationSchema, DoneObservationSchema, RankObservationSchema] as const;

/**
 * Schemas by shape, as {@link OBSERVATION_SCHEMAS}; a caller that reads other values (`score` takes a
 * category or a boolean as a `value`) passes its own, and names the type its schemas give.
 */
export type ObservationSchemas = readonly [z.ZodMiniType, z.ZodMiniType, z.ZodMiniType, z.ZodMiniType];

/**
 * The unit and indicator of an observation as given (when they are text), for the issues about it.
 *
 * @param raw - the observation as given (an object)
 * @returns its `unit` and `indicator`, each `undefined` unless it is text
 *
 * @example
 * givenContext({ unit: 'u1 ', indicator: 42 });
 * //=> { unit: 'u1 ', indicator: undefined }
 */
export function givenContext(raw: unknown): { unit: string | undefined; indicator: string | undefined } {
  const r = raw as Record<string, unknown>;
  return { unit: typeof r['unit'] === 'string' ? r['unit'] : undefined, indicator: typeof r['indicator'] === 'string' ? r['indicator'] : undefined };
}

/**
 * The issue of observations that are not a list at all.
 *
 * @param received - what was given instead
 * @param expected - what was expected, in words
 * @returns the issue (path `['observations']`)
 *
 * @example
 * notAList(7).code;
 * //=> 'invalid_type'
 */
export function notAList(received: unknown, expected = 'an array of observations'): ChisoIssue {
  return makeIssue({ code: 'invalid_type', path: ['observations'], field: 'observations', expected, received });
}

/**
 * Parses one observation with the schema of its shape. An object with no figure or more than one
 * (see `observationShape`) is one `invalid_type` issue at `path`; a schema failure gives the
 * schema's issues under `path`, naming the unit and indicator as given. Issues are added to `issues`.
 *
 * @param raw - the observation as given
 * @param path - where it is in the caller's input, e.g. `['observations', 4]`
 * @param issues - where its problems are added
 * @param schemas - the schema of each shape ({@link OBSERVATION_SCHEMAS} unless given; with others,
 *   the caller names the type they give as `T`)
 * @returns the observation as the schema gives it, or `undefined` when it has problems
 *
 * @example
 * const issues: ChisoIssue[] = [];
 * parseObservation({ unit: ' u1', indicator: 'share', period: 2024, value: 57 }, ['observations', 0], issues);
 * //=> { unit: 'u1', indicator: 'share', period: 2024, value: 57 }
 * parseObservation({ unit: 'u1', indicator: 'share', period: 2024 }, ['observations', 1], issues);
 * //=> undefined
 * issues.map((issue) => issue.code);
 * //=> ['invalid_type']
 */
export function parseObservation(raw: unknown, path: readonly (string | number)[], issues: ChisoIssue[]): Observation | undefined;
export function parseObservation<T>(raw: unknown, path: readonly (string | number)[], issues: ChisoIssue[], schemas: ObservationSchemas): T | undefined;
export function parseObservation(raw: unknown, path: readonly (string | number)[], issues: ChisoIssue[], schemas: ObservationSchemas = OBSERVATION_SCHEMAS): unknown {
  const shape = typeof raw === 'object' && raw !== null ? observationShape(raw) : -1;
  const schema = schemas[shape as 0 | 1 | 2 | 3];
  if (schema === undefined) {
    issues.push(makeIssue({ code: 'invalid_type', path, expected: 'an observation with exactly one of value, numerator + denominator, done or rank', received: raw }));
    return undefined;
  }
  const parsed = schema.safeParse(raw, { reportInput: true, error: englishIssue });
  if (!parsed.success) {
    issues.push(...fromZodIssues(parsed.error.issues, path, givenContext(raw)));
    return undefined;
  }
  return parsed.data;
}
