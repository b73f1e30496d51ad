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

/** What a value of a JSON type is called in a message: `an object`, `a string`, `a Date`. */
function typeNoun(expected: string): string {
  if (expected === 'number') return 'a finite number';
  if (expected === 'int') return 'a finite integer';
  if (expected === 'array') return 'a list';
  if (/^[A-Z]/.test(expected)) return `a ${expected}`;
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

// Comparison signs as typed on a keyboard or copied from a plan's text, and the one chiso writes.
const SIGNS: Readonly<Record<string, string>> = { '≥': '>=', '≤': '<=', '=>': '>=', '=<': '<=', '==': '=', '＞': '>', '＜': '<', '＝': '=' };

/**
 * What to write instead, for the forms a newcomer most often tries: a number in quotes (`"90"`), a
 * percent as Excel exports it (`90,53%`), a day first date (`31/12/2025`), a year as text where the
 * year form is a number (`period: "2024"`), a comparison sign (`≥`). Empty when there is no hint.
 */
function hint(issue: ZodIssue, field: string | number | undefined): string {
  const input = issue.input;
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int') && typeof input === 'string') {
    const t = input.trim();
    const percent = /^([-+]?\d+(?:[.,]\d+)?)\s*%$/.exec(t);
    if (percent !== null) {
      return ` (drop the %: write ${percent[1]!.replace(',', '.')}, a number in percent, or give numerator and denominator)`;
    }
    if (/^[-+]?\d+(?:\.\d+)?$/.test(t)) return ` (write ${Number(t)} without quotes)`;
    if (/^[-+]?\d+,\d+$/.test(t)) return ` (write ${t.replace(',', '.')}: a number with a decimal point, without quotes)`;
    return '';
  }
  if (issue.code === 'invalid_format' && issue.format === 'date' && typeof input === 'string') {
    const t = input.trim();
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (dmy !== null) return ` (day first as written in Vietnam: write ${dmy[3]!}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')})`;
    if (/^\d{4}$/.test(t)) {
      return field === 'period' ? ` (a year is the number ${t}, without quotes)` : ` (a whole year: write ${t}-12-31 for its last day)`;
    }
    return '';
  }
  if (issue.code === 'invalid_value' && typeof input === 'string') {
    const sign = SIGNS[input.trim()];
    if (sign !== undefined && issue.values.includes(sign)) return ` (write "${sign}" for "${input.trim()}")`;
  }
  return '';
}

/** The accepted forms of a union, from what each of its options expected of the value itself. */
function unionForms(issue: ZodIssue & { code: 'invalid_union' }): string | undefined {
  const forms: string[] = [];
  for (const branch of issue.errors) {
    const root = branch.find((i) => i.path.length === 0);
    if (root === undefined) return undefined;
    const form = root.code === 'invalid_type' ? typeNoun(root.expected) : describeExpected(root);
    if (!forms.includes(form)) forms.push(form);
  }
  if (forms.length < 2) return undefined;
  return `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]!}`;
}

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
      return unionForms(issue) ?? 'one of the allowed shapes';
    default:
      // `custom` (a refinement's message) and the rest: zod always gives a message.
      return issue.message;
  }
}

/**
 * What a value should have been, for the message: chiso's wording of the issue, what a missing field
 * is (`an object (plan is required)`), and a hint where the value is a common near miss.
 */
function expectedOf(issue: ZodIssue, path: readonly (string | number)[]): string {
  const field = path[path.length - 1];
  // Every period in chiso is this union (a field, or an item of a `period` column); its options read
  // better as what a user writes.
  const period = issue.code === 'invalid_union' && (field === 'period' || path[path.length - 2] === 'period');
  const what = period ? 'a year as a number (2024) or a date written YYYY-MM-DD' : undefined;
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value')) {
    const noun = what ?? (issue.code === 'invalid_type' ? typeNoun(issue.expected) : describeExpected(issue));
    return typeof field === 'string' ? `${noun} (${field} is required)` : noun;
  }
  return what ?? describeExpected(issue) + hint(issue, field);
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
    // A union whose value fits the type of one option only (an object where the other options are
    // strings): that option's own issues, each at its own path, say more than "one of the shapes".
    if (issue.code === 'invalid_union' && union?.discriminator === undefined) {
      const fitting = issue.errors.filter((branch) => branch.length > 0 && !branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')));
      if (fitting.length === 1) {
        out.push(...fromZodIssues(fitting[0]!, path, context));
        continue;
      }
    }
    // A refinement may name its own code (`params: { code: 'out_of_bounds' }`) rather than `custom`.
    const own = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    out.push(
      makeIssue({
        code: typeof own === 'string' ? own : issue.code,
        path,
        expected: expectedOf(issue, path),
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
