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

const LIMIT = 80;

/** Thrown inside {@link briefJson} once enough text is written, to stop walking the value. */
const FULL = { stop: 'full' } as const;
/** Thrown inside {@link briefJson} where `JSON.stringify` would throw (a cycle, a bigint). */
const UNSERIALISABLE = { stop: 'unserialisable' } as const;

/**
 * The start of `JSON.stringify(value)`: the same text, but the walk stops once more than `limit`
 * characters are written. A shared reference is written again where it is used (as JSON does), so
 * the full text of a value with shared references can grow exponentially with its depth; the writer
 * must never build it. `undefined` where JSON gives no text.
 */
function briefJson(root: unknown, limit: number): string | undefined {
  let out = '';
  // A key waits here until its value writes something: JSON leaves out a key whose value it skips.
  let pending = '';
  const ancestors = new Set<object>();
  const emit = (text: string): void => {
    out += pending + text;
    pending = '';
    if (out.length > limit) throw FULL;
  };
  // Returns false where JSON leaves the value out (undefined, functions, symbols). Each level writes
  // `[` or `{` before going deeper, so the recursion is at most `limit` levels deep.
  const write = (value: unknown, key: string): boolean => {
    let v = value;
    if ((typeof v === 'object' && v !== null) || typeof v === 'bigint') {
      const toJSON = (v as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') v = (toJSON as (k: string) => unknown).call(v, key);
    }
    if (v instanceof Number) v = Number(v);
    else if (v instanceof String) v = String(v);
    else if (v instanceof Boolean) v = v.valueOf();
    if (v === null) return (emit('null'), true);
    switch (typeof v) {
      case 'boolean':
        return (emit(String(v)), true);
      case 'number':
        return (emit(Number.isFinite(v) ? String(v) : 'null'), true);
      case 'string':
        // Only the first `limit` characters can show; quoting the rest would cost time for nothing.
        return (emit(JSON.stringify(v.length > limit ? v.slice(0, limit + 1) : v)), true);
      case 'bigint':
        throw UNSERIALISABLE;
      case 'object':
        break;
      default:
        return false;
    }
    const object = v as object;
    if (ancestors.has(object)) throw UNSERIALISABLE;
    ancestors.add(object);
    if (Array.isArray(object)) {
      emit('[');
      for (let i = 0; i < object.length; i += 1) {
        if (i > 0) emit(',');
        if (!write(object[i], String(i))) emit('null');
      }
      emit(']');
    } else {
      emit('{');
      let first = true;
      for (const k of Object.keys(object)) {
        pending = `${first ? '' : ','}${JSON.stringify(k)}:`;
        if (write((object as Record<string, unknown>)[k], k)) first = false;
        pending = '';
      }
      emit('}');
    }
    ancestors.delete(object);
    return true;
  };
  try {
    return write(root, '') ? out : undefined;
  } catch (error) {
    if (error === FULL) return out;
    throw error;
  }
}

/**
 * Shows what was got, briefly and without throwing (cycles, bigints, symbols), in time bounded by
 * the length shown: a value full of shared references is never written out in full.
 */
export function formatReceived(value: unknown): string {
  if (typeof value === 'string') return value.length > LIMIT ? `${value.slice(0, LIMIT - 3)}...` : value;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === undefined || value === null || typeof value !== 'object') return String(value);
  // JSON writes an invalid Date as `null`, which the user never gave.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  let text: string;
  try {
    text = briefJson(value, LIMIT) ?? String(value);
  } catch {
    text = Array.isArray(value) ? 'an array' : 'an object';
  }
  return text.length > LIMIT ? `${text.slice(0, LIMIT - 3)}...` : text;
}

export interface IssueInput {
  code: string;
  path: readonly (string | number)[];
  expected: string;
  received: unknown;
  unit?: string | undefined;
  indicator?: string | undefined;
  field?: string | undefined;
  /** The `source` of a derived observation (`roll-up`): named in the message, so a figure the user never wrote is not taken for one they did. */
  source?: string | undefined;
}

/** Builds an issue whose message reads `Expected X to be Y but got "Z".` */
export function makeIssue(input: IssueInput): ChisoIssue {
  const where = formatPath(input.path) || input.field || 'input';
  const context = [
    input.unit === undefined ? undefined : `unit "${input.unit}"`,
    input.indicator === undefined ? undefined : `indicator "${input.indicator}"`,
    input.source === undefined ? undefined : `source "${input.source}"`,
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
