// Small helpers several test files share (one copy each, not one per file).
import { expect } from 'vitest';
import { ChisoError, type ChisoIssue } from '../src/errors';

/** The issues of the `ChisoError` that `fn` throws; fails the test if it throws anything else or nothing. */
export function issuesOf(fn: () => unknown): readonly ChisoIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return (error as ChisoError).issues;
  }
  throw new Error('expected a ChisoError');
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
