// Shared pieces of the fuzz suite: hostile-input arbitraries, the per-call contract check and the
// Object.prototype guard. Everything is seeded so a failure reproduces exactly.
import fc from 'fast-check';
import { afterAll, beforeAll, expect } from 'vitest';
import { ChisoError } from '../../src/errors';

/**
 * The seed of every fuzz property. `CHISO_FUZZ_SEED` overrides it to explore further; a failure prints
 * the seed and the counterexample path, so it replays with `{ seed, path }`.
 */
export const SEED = Number(process.env['CHISO_FUZZ_SEED'] ?? 20261126);

/**
 * Runs per property. Chosen so the whole fuzz suite stays under a minute on two slow shared cores;
 * `CHISO_FUZZ_SCALE=10` multiplies it for a deeper local run.
 */
const SCALE = Number(process.env['CHISO_FUZZ_SCALE'] ?? 1);
export const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

/** Hostile input: 1 000 runs; valid input reaching deep code: 500 runs; the 1 MB strings: 3 runs. */
export const RUNS = { hostile: runs(1000), valid: runs(500), huge: 3 } as const;

/** The longest a single call may take on ordinary fuzz input (ms): a thousand times what they need. */
export const BOUND_MS = 1000;
/** The longest a single call may take on a 1 MB string or a 100 000-deep nesting (ms). */
export const HUGE_BOUND_MS = 2000;

fc.configureGlobal({ seed: SEED, numRuns: RUNS.hostile });

/** Keys that reach an object's prototype when a program merges input naively. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const key = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: fc.constantFrom(...POLLUTING_KEYS) });

/** Numbers that break naive arithmetic: ±0, NaN, ±Infinity, the extremes of doubles, unsafe integers. */
export const nastyNumber = fc.oneof(
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2, 1e308, 1e-308, 2 ** 53, 0.1 + 0.2),
  fc.double(),
  fc.integer(),
);

/** Strings where numbers, dates or ids belong: numeric text, dates, odd Unicode. */
export const nastyString = fc.oneof(
  fc.constantFrom('', ' ', '0', '-0', 'NaN', 'Infinity', '1e309', '80%', '36,18', '2025-02-30', '2025-12-31', '31/12/2025', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '\u0000', '\ud800', 'Ðạt', 'năm 2025'),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);

/** Arbitrary JSON and arbitrary JavaScript values, with polluting keys, nasty numbers and strings. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 3,
    arbitrary: fc.anything({
      key,
      maxDepth: 4,
      values: [nastyNumber, nastyString, fc.boolean(), fc.constant(null), fc.constant(undefined)],
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withBoxedValues: true,
    }),
  },
  { weight: 1, arbitrary: nastyNumber },
  { weight: 1, arbitrary: nastyString },
);

/** An object with the given fields, each sometimes replaced by a hostile value or removed, plus a stray polluting key. */
export function mutated<T extends Record<string, unknown>>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.array(fc.tuple(fc.nat(), fc.oneof(hostile, fc.constant(undefined))), { maxLength: 3 }), fc.option(fc.tuple(fc.constantFrom(...POLLUTING_KEYS), hostile)))
    .map(([value, edits, extra]) => {
      const out: Record<string, unknown> = { ...value };
      const keys = Object.keys(out);
      for (const [i, replacement] of edits) {
        const k = keys[i % Math.max(keys.length, 1)];
        if (k === undefined) continue;
        if (replacement === undefined) delete out[k];
        else out[k] = replacement;
      }
      // defineProperty makes an own `__proto__` key, as JSON.parse does, rather than setting the prototype.
      if (extra !== null) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
      return out;
    });
}

/** JSON text with `__proto__` / `constructor` / `prototype` keys that JSON.parse keeps as own keys. */
export const pollutingJsonText = fc
  .tuple(fc.constantFrom(...POLLUTING_KEYS), fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }))
  .map(([k, inner, other]) => `{"${k}": {"polluted": ${JSON.stringify(inner)}, "constructor": {"prototype": {"polluted": true}}}, "other": ${JSON.stringify(other)}}`);

/** One megabyte of text, in a few shapes that stress regular expressions and parsers. */
export const megabyteString = fc.constantFrom(
  'a'.repeat(1 << 20),
  '1'.repeat(1 << 20),
  ' '.repeat(1 << 20),
  `ngày ${'1'.repeat(1 << 20)} tháng`,
  '2025-'.repeat((1 << 20) / 5),
  `{"id": "${'x'.repeat(1 << 20)}"}`,
);

/** An object nested `depth` levels deep (built iteratively: a recursive builder would itself overflow). */
export function deeplyNested(depth: number, leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

/** Walks a result iteratively; returns the path of the first non-finite number (or NaN/Infinity text in a string), or null. */
export function findNonFinite(root: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '$' }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return `${path} = ${String(value)}`;
    } else if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) continue;
      seen.add(value);
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: `${path}.${k}` });
    }
  }
  return null;
}

/** The strings inside `value` (keys included) that a renderer may echo verbatim and that spell NaN, Infinity or undefined. */
export function stringsIn(value: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (/NaN|Infinity|undefined/.test(v)) out.push(v);
    }
    else if (typeof v === 'object' && v !== null && !seen.has(v)) {
      seen.add(v);
      for (const [k, child] of Object.entries(v)) {
        stack.push(k, child);
      }
    }
  }
  // Longest first, so a string that contains another is removed whole.
  return out.sort((a, b) => b.length - a.length);
}

/** Numbers in rendered text that a bug would leave there (`NaN`, `Infinity`, `undefined`), as whole words. */
const BROKEN_TEXT = /\b(?:NaN|-?Infinity|undefined)\b/;

/**
 * The contract of every public entry point on any input: it returns a result with no NaN or ±Infinity
 * anywhere in it (and, for text, no `NaN`/`Infinity`/`undefined` printed), or it throws a ChisoError
 * with at least one issue — never another error — and it does so within `bound` ms.
 *
 * `echoed` lists input strings the entry point may print verbatim (a renderer echoes labels), so the
 * text check only applies to what the library itself printed; `computed` picks the part of the result
 * the library computed (rank returns the caller's items as they are, with its ranks).
 */
export function check(name: string, call: () => unknown, bound = BOUND_MS, echoed: readonly string[] = [], computed: (result: unknown) => unknown = (r) => r): 'ok' | 'error' {
  const start = performance.now();
  let outcome: 'ok' | 'error';
  let result: unknown;
  try {
    result = call();
    outcome = 'ok';
  } catch (error) {
    if (!(error instanceof ChisoError)) {
      throw new Error(`${name} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} instead of a ChisoError`, { cause: error });
    }
    expect(error.issues.length, `${name}: a ChisoError lists its issues`).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue.message, `${name}: issue message`).toMatch(/^Expected [\s\S]+ to be [\s\S]+ but got "[\s\S]*"\.$/);
    outcome = 'error';
  }
  const elapsed = performance.now() - start;
  expect(elapsed, `${name} took ${elapsed.toFixed(0)} ms (bound ${bound} ms)`).toBeLessThan(bound);
  if (outcome === 'ok') {
    const bad = findNonFinite(computed(result));
    expect(bad, `${name} returned a non-finite number`).toBeNull();
    if (typeof result === 'string') {
      let text = result;
      for (const e of echoed) if (e.length > 0) text = text.split(e).join('');
      expect(BROKEN_TEXT.exec(text)?.[0], `${name} printed a broken number`).toBeUndefined();
    }
  }
  return outcome;
}

/** Object.prototype's own properties (names and descriptors), and Array.prototype's names. */
export function prototypeSnapshot(): { names: string[]; descriptors: Record<string, PropertyDescriptor>; arrayNames: string[] } {
  return {
    names: Reflect.ownKeys(Object.prototype).map(String).sort(),
    descriptors: Object.getOwnPropertyDescriptors(Object.prototype),
    arrayNames: Reflect.ownKeys(Array.prototype).map(String).sort(),
  };
}

/** What changed on the prototypes since `before`, in words; empty when nothing did. */
export function prototypeChanges(before: ReturnType<typeof prototypeSnapshot>): string[] {
  const now = prototypeSnapshot();
  const changes: string[] = [];
  for (const name of now.names) if (!before.names.includes(name)) changes.push(`Object.prototype.${name} added`);
  for (const name of before.names) {
    const a = before.descriptors[name];
    const b = now.descriptors[name];
    if (b === undefined) changes.push(`Object.prototype.${name} removed`);
    else if (a?.value !== b.value || a?.get !== b.get || a?.set !== b.set || a?.writable !== b.writable || a?.enumerable !== b.enumerable || a?.configurable !== b.configurable) changes.push(`Object.prototype.${name} changed`);
  }
  for (const name of now.arrayNames) if (!before.arrayNames.includes(name)) changes.push(`Array.prototype.${name} added`);
  if (({} as Record<string, unknown>)['polluted'] !== undefined) changes.push('({}).polluted is defined');
  return changes;
}

/**
 * Asserts, around every test of the file, that nothing was added to, removed from or changed on
 * Object.prototype (or added to Array.prototype), and that a fresh object has no `polluted` property.
 */
export function guardPrototype(): void {
  let before: ReturnType<typeof prototypeSnapshot> | undefined;
  beforeAll(() => {
    before = prototypeSnapshot();
    expect(prototypeChanges(before)).toEqual([]);
  });
  afterAll(() => {
    expect(prototypeChanges(before!)).toEqual([]);
  });
}

/** Records how many calls of each property returned and how many threw, so a test can assert both paths were reached. */
export class Tally {
  ok = 0;
  error = 0;
  add(outcome: 'ok' | 'error'): void {
    this[outcome] += 1;
  }
}
