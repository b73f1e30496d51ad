// What a JSDoc example's `//=>` comment becomes when jsdoc-examples.test.ts runs it (the rule is
// written out in that file and in docs/architecture.md). Each check prints one line, marked, that
// the test reads back: which `//=>` it was, whether it held, and both sides as util.inspect shows them.
import { inspect, isDeepStrictEqual } from 'node:util';

/** `…` in an expected value: any value. */
export const ANY: unique symbol = Symbol('…');
/** `{ … }` in an expected value: any object (not null, not an array). */
export const ANY_OBJECT: unique symbol = Symbol('{ … }');
/** `[…]` in an expected value: any array. */
export const ANY_ARRAY: unique symbol = Symbol('[…]');

export const MARK = '\u0000jsdoc-check ';

export interface CheckResult {
  readonly id: string;
  readonly ok: boolean;
  readonly actual: string;
  readonly expected: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Whether `actual` is what `expected` writes: primitives by `Object.is` (so `-0` is not `0`, and NaN
 * is NaN); arrays element by element, same length; a plain-object literal by the same own enumerable
 * keys (in any order), each value matching; anything else (a Date, a Map) by util.isDeepStrictEqual.
 */
export function matches(actual: unknown, expected: unknown): boolean {
  if (expected === ANY) return true;
  if (expected === ANY_OBJECT) return typeof actual === 'object' && actual !== null && !Array.isArray(actual);
  if (expected === ANY_ARRAY) return Array.isArray(actual);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  if (isPlainObject(expected)) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual) || actual instanceof Date || actual instanceof Map || actual instanceof Set) return false;
    const keys = Object.keys(expected);
    const own = Object.keys(actual);
    return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(actual, k) && matches((actual as Record<string, unknown>)[k], expected[k]));
  }
  if (typeof expected !== 'object' || expected === null) return Object.is(actual, expected);
  return isDeepStrictEqual(actual, expected);
}

const show = (v: unknown): string => inspect(v, { depth: 8, breakLength: Infinity, maxArrayLength: 50, maxStringLength: 400 });

function report(result: CheckResult): void {
  console.log(`${MARK}${JSON.stringify(result)}`);
}

/** `expression; //=> value`: the expression's value must match the value. */
export function check(id: string, actual: unknown, expected: unknown): void {
  report({ id, ok: matches(actual, expected), actual: show(actual), expected: show(expected) });
}

function judgeThrown(id: string, error: unknown, name: string, message: string | undefined): void {
  const got = error instanceof Error ? `${error.name}: ${error.message}` : `a non-error: ${show(error)}`;
  const okName = error instanceof Error && error.name === name;
  const okMessage =
    message === undefined || (error instanceof Error && (message.endsWith('…') ? error.message.startsWith(message.slice(0, -1).trimEnd()) : error.message === message));
  report({ id, ok: okName && okMessage, actual: `throws ${got}`, expected: `throws ${name}${message === undefined ? '' : `: ${message}`}` });
}

/** `statement; //=> throws Name: message`: the statement must throw an error of that name (and message). */
export function checkThrows(id: string, run: () => unknown, name: string, message?: string): void {
  try {
    const value = run();
    report({ id, ok: false, actual: `returns ${show(value)}`, expected: `throws ${name}${message === undefined ? '' : `: ${message}`}` });
  } catch (error) {
    judgeThrown(id, error, name, message);
  }
}

/** The same for a statement with `await` in it. */
export async function checkThrowsAsync(id: string, run: () => Promise<unknown>, name: string, message?: string): Promise<void> {
  try {
    const value = await run();
    report({ id, ok: false, actual: `returns ${show(value)}`, expected: `throws ${name}${message === undefined ? '' : `: ${message}`}` });
  } catch (error) {
    judgeThrown(id, error, name, message);
  }
}
