// @zone-independent: compares two pure functions of whole-day numbers (days since 1970-01-01, read in UTC) and reads source text; no date is read in the host's zone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { FIRST_TET, FIRST_YEAR } from '../../src/time/_data/lunarYears';
import * as astronomy from '../../src/time/_internal/lunar';
import * as table from '../../src/time/_internal/lunarTable';
import { encodeYear, LAST_YEAR, lunarTableText, OUTPUT } from '../tools/lunar-table';

const DAY = 86_400_000;
const FIRST_DAY = Date.parse('1900-01-01T00:00:00Z') / DAY;
const LAST_DAY = Date.parse('2199-12-31T00:00:00Z') / DAY;
const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

describe('npm run lunar:generate', () => {
  it('the committed src/time/_data/lunarYears.ts is what the generator writes from the astronomy (run npm run lunar:generate when this fails)', () => {
    expect(readFileSync(OUTPUT, 'utf8') === lunarTableText(), 'src/time/_data/lunarYears.ts is stale: run npm run lunar:generate').toBe(true);
  });

  it('covers the lunar years the library can ask for, 1899 (1900-01-01 is in its month 12) to 2199, and one more each side', () => {
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([1898, 2201]);
    expect(table.lunarFromDay(FIRST_DAY)).toEqual({ year: 1899, month: 12, day: 1, leap: false });
    expect(table.lunarFromDay(LAST_DAY).year).toBe(2199);
  });

  it('refuses to encode months the table could not restore', () => {
    const months = astronomy.lunarYearMonths(2025);
    expect(encodeYear(2025, months)).toBeGreaterThan(0);
    expect(() => encodeYear(2025, months.slice(1))).toThrow(/12 months/);
    expect(() => encodeYear(2025, months.map((m, i) => (i === 2 ? { ...m, month: 4 } : m)))).toThrow(/month 2 is 4/);
    expect(() => encodeYear(2025, months.map((m, i) => (i === 3 ? { ...m, length: 31 } : m)))).toThrow(/31 days/);
  });
});

describe('the table gives what the astronomy computes', () => {
  it('lunarYearMonths: every month (k, start, length, number, leap) of every lunar year of the table', () => {
    for (const y of years) expect(table.lunarYearMonths(y), `lunar year ${y}`).toStrictEqual(astronomy.lunarYearMonths(y));
  });

  it('lunarFromDay: every day from Tết of the first year to the last day of the last year (1900–2199 and more)', () => {
    const end = (astronomy.lunarYearMonths(LAST_YEAR + 1)[0] as astronomy.LunarMonth).start;
    expect(FIRST_TET).toBeLessThan(FIRST_DAY);
    expect(end).toBeGreaterThan(LAST_DAY);
    const differ: string[] = [];
    for (let day = FIRST_TET; day < end; day += 1) {
      const a = astronomy.lunarFromDay(day);
      const t = table.lunarFromDay(day);
      if (a.year !== t.year || a.month !== t.month || a.day !== t.day || a.leap !== t.leap) differ.push(`${day}: ${JSON.stringify(t)} ≠ ${JSON.stringify(a)}`);
    }
    expect(differ.slice(0, 10)).toEqual([]);
    expect(end - FIRST_TET).toBeGreaterThan(110_000);
  });

  it('refuses a day or a year outside the table (the library refuses them before)', () => {
    const end = (astronomy.lunarYearMonths(LAST_YEAR + 1)[0] as astronomy.LunarMonth).start;
    expect(() => table.lunarFromDay(FIRST_TET - 1)).toThrow(RangeError);
    expect(() => table.lunarFromDay(end)).toThrow(RangeError);
    expect(table.lunarFromDay(end - 1)).toEqual(astronomy.lunarFromDay(end - 1));
    expect(() => table.lunarYearMonths(FIRST_YEAR - 1)).toThrow(RangeError);
    expect(() => table.lunarYearMonths(LAST_YEAR + 1)).toThrow(RangeError);
  });
});

describe('what ships', () => {
  it('no exported function reaches the astronomy: the calendar functions bundle the table only', async () => {
    const result = await build({
      stdin: {
        contents: "export { toLunar, fromLunar, publicHolidays, isWorkingDay, addWorkingDays, workingDaysBetween, workingCalendar, measureDossiers } from './src/index.ts';",
        resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/time/_internal/lunarTable.ts');
    expect(inputs.filter((p) => /src\/time\/_internal\/(lunar|astronomy|earthVsop87)\.ts$/.test(p))).toEqual([]);
  });
});
