import { describe, expect, it } from 'vitest';
import { formatVnd } from '../../src/_shared/format';

describe('formatVnd in English below a billion', () => {
  it('850.125 million → "850.13 million VND" (half up at 2 places); −0.004 rounds to 0 without a sign', () => {
    expect(formatVnd('850.125', 'en')).toBe('850.13 million VND');
    expect(formatVnd('-0.004', 'en')).toBe('0 million VND');
    expect(formatVnd('-1500', 'en')).toBe('-1.5 billion VND');
  });
});
