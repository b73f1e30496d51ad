import { ChisoError, type ChisoIssue } from '../errors';

/** Renders a path as `indicators[3].targets[1].op`. */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Shows what was got, briefly and without throwing (cycles, bigints, symbols). */
export function formatReceived(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}...` : value;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === undefined || value === null || typeof value !== 'object') return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? 'an array' : 'an object';
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export interface IssueInput {
  code: string;
  path: readonly (string | number)[];
  expected: string;
  received: unknown;
  unit?: string | undefined;
  indicator?: string | undefined;
  field?: string | undefined;
}

/** Builds an issue whose message reads `Expected X to be Y but got "Z".` */
export function makeIssue(input: IssueInput): ChisoIssue {
  const where = formatPath(input.path) || input.field || 'input';
  const context = [
    input.unit === undefined ? undefined : `unit "${input.unit}"`,
    input.indicator === undefined ? undefined : `indicator "${input.indicator}"`,
  ].filter((x) => x !== undefined);
  const received = formatReceived(input.received);
  const subject = context.length > 0 ? `${where} (${context.join(', ')})` : where;
  const issue: ChisoIssue = {
    code: input.code,
    path: Object.freeze([...input.path]),
    ...(input.unit === undefined ? {} : { unit: input.unit }),
    ...(input.indicator === undefined ? {} : { indicator: input.indicator }),
    ...(input.field === undefined ? {} : { field: input.field }),
    expected: input.expected,
    received,
    message: `Expected ${subject} to be ${input.expected} but got "${received}".`,
  };
  return Object.freeze(issue);
}

/** Throws a ChisoError for a single issue. */
export function fail(input: IssueInput): never {
  throw new ChisoError([makeIssue(input)]);
}
