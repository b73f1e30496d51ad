import { describe, expect, it } from 'vitest';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { ChisoError } from '../../src/errors';
import { evaluate } from '../../src/evaluate/evaluate';

describe('evaluate: observations that are not observations', () => {
  it('not an array', () => {
    try {
      evaluate(vinhPhuc302, 'x' as never, { asOf: '2024-12-31' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      expect((error as ChisoError).issues[0]).toMatchObject({ path: ['observations'], field: 'observations', message: 'Expected observations to be an array of observations but got "x".' });
    }
  });
  it('an item that is not an object (a number, null) is named by its index', () => {
    try {
      evaluate(vinhPhuc302, [5, null] as never, { asOf: '2024-12-31' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      expect((error as ChisoError).issues.map((i) => [i.path, i.received])).toEqual([
        [['observations', 0], '5'],
        [['observations', 1], 'null'],
      ]);
      expect((error as ChisoError).message).toBe('Expected observations[0] to be an observation with exactly one of value, numerator + denominator, done or rank but got "5". (and 1 more issue)');
    }
  });
});
