// Small helpers several test files share (one copy each, not one per file).
import { expect } from 'vitest';
import { ChisoError, type ChisoIssue } from '../src/errors';

/** The `ChisoError` that `fn` throws; fails the test if it throws anything else or nothing. */
export function errorOf(fn: () => unknown): ChisoError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return error as ChisoError;
  }
  throw new Error('expected a ChisoError');
}

/** The issues of the `ChisoError` that `fn` throws; fails the test if it throws anything else or nothing. */
export function issuesOf(fn: () => unknown): readonly ChisoIssue[] {
  return errorOf(fn).issues;
}

/** Every object reachable from `value` (each once): to check that a value is deeply frozen. */
export function objectsOf(value: unknown): object[] {
  const seen = new Set<object>();
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    stack.push(...Object.values(v));
  }
  return [...seen];
}

/** An exact rational n / d (d > 0), for the tests' own exact arithmetic. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/** A plain decimal text (`-12.345`) as the exact rational n / 10^k it writes. */
export function rationalOf(decimal: string): Rational {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (m === null) throw new Error(`not a plain decimal: ${JSON.stringify(decimal)}`);
  const fraction = m[3] ?? '';
  return { n: BigInt(`${m[2]}${fraction}`) * (m[1] === '-' ? -1n : 1n), d: 10n ** BigInt(fraction.length) };
}
