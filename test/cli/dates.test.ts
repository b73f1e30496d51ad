// @zone-sensitive: the built CLI's date handling (default and explicit --as-of, date cells, deadline boundaries) in the host zone of each run.
// The other CLI test files fix `--as-of` to a day and cover everything else once; this file runs in
// every zone of `npm test` (test/tools/zone-tags.mjs), so each way the CLI reads or compares a day is
// checked under UTC, Asia/Ho_Chi_Minh, America/Los_Angeles and Pacific/Kiritimati. Expected values are
// worked out by hand from the rule "a deadline has passed only when the as-of day is after it".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuilt, chiso } from './run';

let dir = '';
beforeAll(() => {
  checkBuilt();
  dir = mkdtempSync(join(tmpdir(), 'chiso-cli-dates-'));
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

interface Row {
  register: string;
  no: number;
  period: string;
  status: string;
  deadline: string | null;
  daysLeft: number | null;
}
const deadlines = (...args: string[]): Row[] => {
  const r = chiso('deadlines', '--register', 'tasks', '--format', 'json', ...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { rows: Row[] }).rows;
};

/** Today in Vietnam, as the CLI must read it whatever the host's zone. */
const vietnamToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

describe(`the CLI's days under TZ=${process.env['TZ'] ?? '(unset)'}`, () => {
  it('defaults --as-of to today in Vietnam, not in the host zone', () => {
    const before = vietnamToday();
    const r = chiso('deadlines', '--register', 'tasks', '--format', 'json', '--lang', 'en');
    const after = vietnamToday();
    expect(r.code).toBe(0);
    const caption = (JSON.parse(r.stdout) as { caption: string }).caption;
    // The English caption gives the as-of day as YYYY-MM-DD; the run may straddle midnight in Vietnam.
    expect([before, after].some((d) => caption.includes(`(as of ${d})`)), caption).toBe(true);
  });

  it('a year-long period is due on 31 December: not overdue on that day, overdue the day after', () => {
    // Task 1 of Phụ lục 2 is planned for "2022-2023": due 31/12/2023.
    const on = deadlines('--as-of', '2023-12-31').find((row) => row.no === 1)!;
    expect(on).toMatchObject({ period: '2022-2023', deadline: '2023-12-31', daysLeft: 0 });
    expect(on.status).not.toBe('overdue');
    const after = deadlines('--as-of', '2024-01-01').find((row) => row.no === 1)!;
    expect(after).toMatchObject({ status: 'overdue', deadline: '2023-12-31', daysLeft: -1 });
    // 366 days from 2023-01-01 to 2024-01-01 is 365 (2023 is a common year).
    expect(deadlines('--as-of', '2023-01-01').find((row) => row.no === 1)!.daysLeft).toBe(364);
  });

  it('reads completion days written either way, and judges them by the civil day', () => {
    // Task 1 is due 31/12/2023: done that day is on time, done the next day is late.
    const onTime = file('on-time.csv', 'register,no,completed\ntasks,1,31/12/2023\n');
    const late = file('late.csv', 'register,no,completed\ntasks,1,2024-01-01\n');
    expect(deadlines('--as-of', '2024-06-30', '--completed', onTime).find((row) => row.no === 1)!.status).toBe('done-on-time');
    expect(deadlines('--as-of', '2024-06-30', '--completed', late).find((row) => row.no === 1)!.status).toBe('done-late');
  });

  it('quotes an impossible day as it was written', () => {
    const bad = file('bad-day.csv', 'register,no,completed\ntasks,1,31/02/2023\n');
    const r = chiso('deadlines', '--register', 'tasks', '--as-of', '2024-01-01', '--completed', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"31/02/2023"');
    expect(r.stderr).not.toContain('2023-02-31');
  });

  it('gives the same scorecard for day cells written DD/MM/YYYY and YYYY-MM-DD', () => {
    const header = 'unit,unit_name,level,indicator,period,value\n';
    const iso = file('iso.csv', `${header}vp-districts,Cấp huyện,district,tthc-dossiers-fully-online,2023-05-31,98.76\n`);
    const vn = file('vn.csv', `${header}vp-districts,Cấp huyện,district,tthc-dossiers-fully-online,31/05/2023,98.76\n`);
    const run = (data: string) => chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', data, '--as-of', '2023-05-31', '--format', 'json');
    const a = run(iso);
    const b = run(vn);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const rows = (JSON.parse(a.stdout) as { scorecard: { rows: { unit: string; indicator: string; status: string; period?: string }[] } }).scorecard.rows;
    const row = rows.find((r) => r.unit === 'vp-districts' && r.indicator === 'tthc-dossiers-fully-online');
    expect(row).toMatchObject({ status: 'met', period: '2023-05-31' });
  });

  it('does not call a target missed before its deadline has passed', () => {
    // Figures for 2021 and 2022 against Kế hoạch 302's target due 31/12/2025.
    const data = file(
      'progress.csv',
      'unit,unit_name,level,indicator,period,value\nvp-districts,Cấp huyện,district,tthc-dossiers-fully-online,2021,40\nvp-districts,Cấp huyện,district,tthc-dossiers-fully-online,2022,50\n',
    );
    // Kế hoạch 302's 2025 target (≥ 80 %), due 31/12/2025: on the deadline day it has not passed yet.
    const categories = (asOf: string) =>
      (JSON.parse(chiso('progress', '--catalog', 'vinh-phuc-302', '--data', data, '--as-of', asOf, '--format', 'json', '--lang', 'en').stdout) as { rows: { indicatorId: string; deadline: string; category: string }[] }).rows
        .filter((r) => r.indicatorId === 'tthc-dossiers-fully-online')
        .map((r) => `${r.deadline} ${r.category}`);
    // 40 → 50 a year reaches 80 in 2025: on track while the deadline day lasts, missed after it.
    expect(categories('2025-12-31')).toEqual(['2025-12-31 on track']);
    expect(categories('2026-01-01')).toEqual(['2025-12-31 missed (deadline passed)']);
  });
});

describe('progress periods for people', () => {
  it('writes a year period as the year (2021), never as a grouped number (2.021 / 2,021)', () => {
    const data = file('years.csv', 'unit,unit_name,level,indicator,period,value\nvp-districts,Cấp huyện,district,tthc-dossiers-fully-online,2021,40\nvp-districts,Cấp huyện,district,tthc-dossiers-fully-online,2022,50\n');
    for (const lang of ['vi', 'en']) {
      for (const format of ['md', 'html']) {
        const r = chiso('progress', '--catalog', 'vinh-phuc-302', '--data', data, '--as-of', '2025-06-01', '--lang', lang, '--format', format);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/\b2021\b/);
        expect(r.stdout, `${lang} ${format}`).not.toMatch(/2[.,]021|2[.,]022/);
      }
    }
    // Machine formats keep the year as a number.
    const json = JSON.parse(chiso('progress', '--catalog', 'vinh-phuc-302', '--data', data, '--as-of', '2025-06-01', '--format', 'json').stdout) as { rows: { indicatorId: string; baselinePeriod: unknown }[] };
    expect(json.rows.find((r) => r.indicatorId === 'tthc-dossiers-fully-online')?.baselinePeriod).toBe(2021);
  });
});
