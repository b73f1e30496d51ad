import { describe, expect, it } from 'vitest';
import { ChisoError } from '../src/errors';
import { makeIssue } from '../src/_shared/issue';

describe('ChisoError', () => {
  const issue = (n: number) => makeIssue({ code: 'c', path: ['x', n], expected: 'y', received: n });
  it('its message is the first issue, and how many more there are (singular, plural)', () => {
    expect(new ChisoError([issue(0)]).message).toBe('Expected x[0] to be y but got "0".');
    expect(new ChisoError([issue(0), issue(1)]).message).toBe('Expected x[0] to be y but got "0". (and 1 more issue)');
    expect(new ChisoError([issue(0), issue(1), issue(2)]).message).toBe('Expected x[0] to be y but got "0". (and 2 more issues)');
  });
  it('without issues it still says something; issues are frozen; it is an Error named ChisoError', () => {
    const empty = new ChisoError([]);
    expect(empty.message).toBe('Invalid input.');
    expect(empty).toBeInstanceOf(Error);
    expect(empty.name).toBe('ChisoError');
    expect(Object.isFrozen(new ChisoError([issue(0)]).issues)).toBe(true);
  });
});
