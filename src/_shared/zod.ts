import type * as z from 'zod/mini';
import { ChisoError, type ChisoIssue } from '../errors';
import { checkInputGraph } from './inputGraph';
import { makeIssue } from './issue';

type ZodIssue = z.core.$ZodIssue;

/**
 * The wording of the zod issues whose message chiso's text falls back on, given to every parse whose
 * issues chiso reports (`{ error: englishIssue }`): a pattern without a message of its own, a record
 * key, a set or map element, a multiple. It is zod's English (`zod/v4/locales/en`), word for word, for
 * those codes. The schemas are built with `zod/mini`, which loads no locale (so a portal ships none),
 * and chiso leaves zod's global configuration to the app; every other code, whose text chiso writes
 * itself, gets zod's own fallback, `Invalid input`.
 *
 * @param issue - the raw issue zod is finalising.
 * @returns its message.
 * @example
 * englishIssue({ code: 'invalid_key', origin: 'record', issues: [], input: 'x', path: [] } as never);
 * //=> 'Invalid key in record'
 */
export const englishIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_format':
      return issue.format === 'regex' ? `Invalid string: must match pattern ${String((issue as { pattern?: unknown }).pattern)}` : 'Invalid input';
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    default:
      return 'Invalid input';
  }
};

function describeExpected(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? `a finite ${issue.expected === 'int' ? 'integer' : 'number'}`
        : `of type ${issue.expected}`;
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return issue.minimum === 1 ? 'a non-empty string' : `a string of at least ${min} characters`;
      if (issue.origin === 'array') return `a list of at least ${min} item${issue.minimum === 1 ? '' : 's'}`;
      return issue.inclusive ? `at least ${min}` : `greater than ${min}`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `a string of at most ${max} characters`;
      if (issue.origin === 'array') return `a list of at most ${max} item${issue.maximum === 1 ? '' : 's'}`;
      return issue.inclusive ? `at most ${max}` : `less than ${max}`;
    }
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'a real calendar date written YYYY-MM-DD';
      // A pattern's message says what it wants (the schemas give one); zod's own names the pattern.
      if (issue.format === 'regex') return issue.message;
      return `a valid ${issue.format}`;
    case 'unrecognized_keys':
      return 'absent (not a known field)';
    case 'invalid_union':
      return 'one of the allowed shapes';
    default:
      // `custom` (a refinement's message) and the rest: zod always gives a message.
      return issue.message;
  }
}

/**
 * Turns zod issues into chiso issues, prefixing the path and attaching unit/indicator context.
 * `unrecognized_keys` is split into one issue per key so each names its own path.
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  prefix: readonly (string | number)[],
  context: { unit?: string | undefined; indicator?: string | undefined } = {},
): ChisoIssue[] {
  const out: ChisoIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(
          makeIssue({ code: 'unrecognized_key', path: [...path, key], expected: describeExpected(issue), received: (issue.input as Record<string, unknown> | undefined)?.[key], field: key, ...context }),
        );
      }
      continue;
    }
    const last = path[path.length - 1];
    const union = issue.code === 'invalid_union' ? (issue as { discriminator?: string; options?: unknown[] }) : undefined;
    if (union?.discriminator !== undefined) {
      out.push(
        makeIssue({
          code: 'invalid_value',
          path,
          expected: `one of ${(union.options ?? []).map((o) => JSON.stringify(o)).join(', ')}`,
          received: (issue.input as Record<string, unknown> | undefined)?.[union.discriminator],
          field: union.discriminator,
          ...context,
        }),
      );
      continue;
    }
    // A refinement may name its own code (`params: { code: 'out_of_bounds' }`) rather than `custom`.
    const own = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    out.push(
      makeIssue({
        code: typeof own === 'string' ? own : issue.code,
        path,
        expected: describeExpected(issue),
        received: issue.code === 'invalid_type' && issue.input === undefined ? 'undefined' : issue.input,
        ...(typeof last === 'string' ? { field: last } : {}),
        ...context,
      }),
    );
  }
  return out;
}

/**
 * Parses with a schema, throwing a ChisoError whose issues carry the given path prefix. The input is
 * first checked as a graph (see `checkInputGraph`): zod walks every path of a value, so a cycle would
 * never end and a value sharing references at every level would take exponential time.
 */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix: readonly (string | number)[] = [],
  context: { unit?: string | undefined; indicator?: string | undefined } = {},
): z.output<S> {
  const graph = checkInputGraph(input, prefix);
  if (graph.length > 0) throw new ChisoError(graph);
  const result = schema.safeParse(input, { reportInput: true, error: englishIssue });
  if (result.success) return result.data;
  throw new ChisoError(fromZodIssues(result.error.issues, prefix, context));
}
