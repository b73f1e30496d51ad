import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { parseOrThrow } from '../../src/_shared/zod';

// What each kind of zod issue becomes: the `expected` wording is chiso's own (src/_shared/zod.ts),
// the message is `Expected <path> to be <expected> but got "<received>".`

function issuesOf(schema: z.ZodType, input: unknown): readonly ChisoIssue[] {
  try {
    parseOrThrow(schema, input, ['input']);
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return (error as ChisoError).issues;
  }
  throw new Error('expected a ChisoError');
}
const expectedOf = (schema: z.ZodType, input: unknown) => issuesOf(schema, input).map((i) => i.expected);

describe('parseOrThrow: the expected wording of each zod issue', () => {
  it.each([
    ['a string too short', z.string().min(2), 'a', 'a string of at least 2 characters'],
    ['an empty list (min 1)', z.array(z.number()).min(1), [], 'a list of at least 1 item'],
    ['a list too short (min 2)', z.array(z.number()).min(2), [1], 'a list of at least 2 items'],
    ['a number not above an exclusive minimum', z.number().gt(0), 0, 'greater than 0'],
    ['a string too long', z.string().max(2), 'abc', 'a string of at most 2 characters'],
    ['a list too long (max 1)', z.array(z.number()).max(1), [1, 2], 'a list of at most 1 item'],
    ['a list too long (max 2)', z.array(z.number()).max(2), [1, 2, 3], 'a list of at most 2 items'],
    ['a number not below an exclusive maximum', z.number().lt(1), 1, 'less than 1'],
    ['a number above an inclusive maximum', z.number().max(1), 2, 'at most 1'],
    ['a malformed e-mail', z.email(), 'x', 'a valid email'],
    ['a pattern with its own message', z.string().regex(/^a+$/, 'only the letter a'), 'b', 'only the letter a'],
    ['a refinement with its own message', z.number().refine((n) => n > 1, 'more than 1'), 0, 'more than 1'],
    ['any other issue: its message', z.number().multipleOf(3), 4, 'Invalid number: must be a multiple of 3'],
    ['a non-integer', z.int(), 1.5, 'a finite integer'],
  ])('%s', (_, schema, input, expected) => {
    expect(expectedOf(schema, input)).toEqual([expected]);
  });

  it('a missing field says "undefined" and names the field', () => {
    expect(issuesOf(z.object({ a: z.number() }), {})).toMatchObject([{ code: 'invalid_type', path: ['input', 'a'], field: 'a', received: 'undefined', message: 'Expected input.a to be a finite number (a is required) but got "undefined".' }]);
  });

  it('a discriminated union names the discriminator and its allowed values', () => {
    const schema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]);
    expect(issuesOf(schema, { kind: 'c' })).toMatchObject([{ code: 'invalid_value', path: ['input', 'kind'], field: 'kind', message: 'Expected input.kind to be one of "a", "b" but got "c".' }]);
  });

  it('a symbol key in a path is written as its description', () => {
    const key = Symbol('s');
    expect(issuesOf(z.object({ [key]: z.string() }), { [key]: 1 })).toMatchObject([{ path: ['input', 'Symbol(s)'], message: 'Expected input.Symbol(s) to be of type string but got "1".' }]);
  });

  it('unknown keys: one issue per key, each at its own path', () => {
    expect(issuesOf(z.strictObject({}), { b: 1, c: 2 }).map((i) => [i.code, i.path, i.received])).toEqual([
      ['unrecognized_key', ['input', 'b'], '1'],
      ['unrecognized_key', ['input', 'c'], '2'],
    ]);
  });

  it('context (unit, indicator) is attached to every issue', () => {
    try {
      parseOrThrow(z.number(), 'x', ['value'], { unit: 'u', indicator: 'i' });
      expect.unreachable();
    } catch (error) {
      expect((error as ChisoError).message).toBe('Expected value (unit "u", indicator "i") to be a finite number but got "x".');
    }
  });

  it('enums, unions, list items, and a valid input returned as parsed', () => {
    expect(expectedOf(z.enum(['x', 'y']), 'z')).toEqual(['one of "x", "y"']);
    expect(expectedOf(z.union([z.number(), z.boolean()]), 'z')).toEqual(['a finite number or a boolean']);
    // The last path key is an index: no field.
    const [item] = issuesOf(z.array(z.number()), [1, 'two']);
    expect(item).toMatchObject({ path: ['input', 1], message: 'Expected input[1] to be a finite number but got "two".' });
    expect(item?.field).toBeUndefined();
    expect(parseOrThrow(z.string().trim(), '  a ')).toBe('a');
  });
});
