// @zone-sensitive: checks that each run really is in its zone.
// The time-zone matrix (test/tools/test-tz.mjs) sets TZ per run and CHISO_EXPECT_TZ to the same zone.
// This asserts the process really runs in that zone, so the matrix cannot silently run in one zone.
import { describe, expect, it } from 'vitest';

/** UTC offsets of 1 January 2025 as `getTimezoneOffset` gives them (minutes behind UTC). */
const OFFSETS: Record<string, number> = {
  UTC: 0,
  'Asia/Ho_Chi_Minh': -420,
  'America/Los_Angeles': 480,
  'Pacific/Kiritimati': -840,
};

const ALIASES: Record<string, string[]> = { 'Asia/Ho_Chi_Minh': ['Asia/Saigon'] };

const expected = process.env['CHISO_EXPECT_TZ'];

describe('host time zone', () => {
  it.runIf(expected !== undefined)(`is the zone the matrix asked for (${expected ?? 'none'})`, () => {
    expect(process.env['TZ']).toBe(expected);
    // ICU may name a zone by an older alias (Node 20 reports Asia/Ho_Chi_Minh as Asia/Saigon).
    expect([expected, ...(ALIASES[expected!] ?? [])]).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(OFFSETS[expected!], `no known offset for ${expected}`).toBeTypeOf('number');
    expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(OFFSETS[expected!]);
    // Local midnight of 1 January 2025 as an instant: differs in each zone of the matrix.
    expect(new Date(2025, 0, 1).toISOString()).toBe(new Date(Date.UTC(2025, 0, 1) + OFFSETS[expected!]! * 60_000).toISOString());
  });
  it.skipIf(expected !== undefined)('is not checked outside the matrix (run `node test/tools/test-tz.mjs`)', () => {
    expect(expected).toBeUndefined();
  });
});
