// @zone-independent: runs `chiso calendar` in process with a fixed today; days are civil dates.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { calendarHelp } from '../../src/cli/calendar';
import { isWorkingDay } from '../../src/index';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), today: '2026-03-01' }, '0.0.0');
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('chiso calendar', () => {
  it('writes CSV: a header, then one line per day, decided as isWorkingDay decides', async () => {
    const r = await run('calendar', '--from', '2025-01-01', '--to', '2025-12-31');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('date,weekday,working,holiday,ordinal');
    expect(lines).toHaveLength(1 + 365);
    for (const line of lines.slice(1)) {
      const [date, , working] = line.split(',');
      expect(working === 'true', date).toBe(isWorkingDay(date as string));
    }
    // Tết 2025 by the official schedule: 25 January to 2 February off. Working days before it: 2–3,
    // 6–10, 13–17, 20–24 January (1 January is a holiday): 17.
    expect(lines).toContain('2025-01-29,3,false,Nghỉ Tết Âm lịch (25/01–02/02/2025),17');
  });

  it('writes SQL that names the table given, and reads a calendar file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-calendar-'));
    const file = join(dir, 'calendar.json');
    writeFileSync(file, JSON.stringify({ rule: false, weekend: [0] }));
    const out = join(dir, 'wd.sql');
    const r = await run('calendar', '--from', '1990-01-06', '--to', '1990-01-07', '--format', 'sql', '--table', 'ngay_lam_viec', '--calendar', file, '--out', out);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    // Weekends only, and only Sunday: Saturday 6 January 1990 works, Sunday 7 does not.
    expect(readFileSync(out, 'utf8')).toBe([
      'CREATE TABLE "ngay_lam_viec" (date DATE PRIMARY KEY, weekday SMALLINT NOT NULL, working BOOLEAN NOT NULL, holiday TEXT, ordinal INTEGER NOT NULL);',
      'INSERT INTO "ngay_lam_viec" (date, weekday, working, holiday, ordinal) VALUES',
      "  (DATE '1990-01-06', 6, TRUE, NULL, 1),",
      "  (DATE '1990-01-07', 0, FALSE, NULL, 1);",
      '',
    ].join('\n'));
  });

  it('exits 2 for a bad day or format, 1 for a bad calendar file', async () => {
    const bad = await run('calendar', '--from', '2025-02-30', '--to', '2025-03-01');
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([2, 'error: Expected from to be a real date YYYY-MM-DD from 1900-01-01 to 2199-12-31 but got "2025-02-30".']);
    // The shipped holiday law starts in 1995: the calendar cannot judge 1990 (invalid input, not usage).
    const early = await run('calendar', '--from', '1990-01-01', '--to', '1990-01-02');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('1995-01-01');
    expect((await run('calendar', '--from', '2025-01-01', '--to', '2025-01-02', '--format', 'xml')).code).toBe(2);
    expect((await run('calendar', '--to', '2025-01-02')).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'chiso-calendar-'));
    const file = join(dir, 'calendar.json');
    writeFileSync(file, JSON.stringify({ weekend: [6, 6] }));
    const r = await run('calendar', '--from', '2025-01-01', '--to', '2025-01-02', '--calendar', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('weekend');
  });

  it('--help shows examples that run', async () => {
    const help = await run('calendar', '--help');
    expect(help).toEqual({ code: 0, stdout: calendarHelp, stderr: '' });
    const examples = calendarHelp.split('\n').filter((l) => l.trim().startsWith('chiso calendar --from') && !l.includes('<'));
    expect(examples).toHaveLength(2);
    const dir = mkdtempSync(join(tmpdir(), 'chiso-calendar-'));
    for (const example of examples) {
      const argv = example.trim().split(/\s+/).slice(1).map((a) => (a === 'working_days.csv' ? join(dir, a) : a));
      const r = await run(...argv);
      expect(r.code, example).toBe(0);
    }
  });
});
