// @zone-independent: every run fixes --as-of (a civil day); the CLI's date handling runs in every zone in test/cli/dates.test.ts.
// `chiso deadlines` for people: days written as words (overdue as overdue), and a summary that counts
// what the table shows. Run on the BUILT CLI (npx tsup first).
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuilt, chiso } from './run';

beforeAll(checkBuilt);

/** The Markdown table's rows, as cells. */
const cells = (stdout: string): string[][] =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('| Phụ lục') && !line.startsWith('| Phụ lục | STT'))
    .map((line) => line.slice(2, -2).split(' | '));

describe('chiso deadlines: days left for people', () => {
  // Task 3 of Phụ lục 2 (period "2021") ended on 31/12/2021. To 01/12/2024: 1 + 365 + 365 + 335 = 1066 days.
  it('Markdown (vi): "quá hạn 1.066 ngày", not "-1.066"', () => {
    const r = chiso('deadlines', '--as-of', '2024-12-01', '--register', 'tasks');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Thời gian còn lại |');
    expect(r.stdout).not.toContain('Số ngày còn lại');
    const task3 = cells(r.stdout).find((c) => c[1] === '3');
    expect(task3?.[7]).toBe('quá hạn 1.066 ngày');
    expect(r.stdout).not.toMatch(/\| -\d/);
  });

  it('Markdown (en) and HTML: "1,066 days overdue"; days ahead as days left', () => {
    const en = chiso('deadlines', '--as-of', '2024-12-01', '--register', 'tasks', '--lang', 'en');
    expect(cells(en.stdout).find((c) => c[1] === '3')?.[7]).toBe('1,066 days overdue');
    expect(en.stdout).toContain('| Time left |');
    const html = chiso('deadlines', '--as-of', '2024-12-01', '--register', 'tasks', '--format', 'html');
    expect(html.stdout).toContain('quá hạn 1.066 ngày');
    // Plan 302's 2021-2025 projects end on 31/12/2025: from 30/06/2023, 1 + 184 + 366 + 364 = 915 days.
    const ahead = chiso('deadlines', '--as-of', '2023-06-30', '--register', 'projects', '--lang', 'en');
    expect(cells(ahead.stdout).find((c) => c[1] === '1')?.[7]).toBe('915 days left');
    expect(cells(chiso('deadlines', '--as-of', '2023-06-30', '--register', 'projects').stdout).find((c) => c[1] === '1')?.[7]).toBe('còn 915 ngày');
  });

  it('the deadline day itself is "due today"; an item done is not called overdue', () => {
    const today = chiso('deadlines', '--as-of', '2021-12-31', '--register', 'tasks', '--lang', 'en');
    expect(cells(today.stdout).find((c) => c[1] === '3')?.[7]).toBe('due today');
    // Task 3 done on 15/12/2021, task 5 (deadline 31/12/2022) on 01/03/2023: 1066 and 701 days before 01/12/2024.
    const done = chiso('deadlines', '--as-of', '2024-12-01', '--register', 'tasks', '--completed', 'test/cli/fixtures/completed.csv');
    expect(cells(done.stdout).find((c) => c[1] === '3')?.slice(5, 8)).toEqual(['hoàn thành đúng hạn', '31/12/2021', 'hạn đã qua 1.066 ngày']);
    expect(cells(done.stdout).find((c) => c[1] === '5')?.slice(5, 8)).toEqual(['hoàn thành trễ hạn', '31/12/2022', 'hạn đã qua 701 ngày']);
  });

  it('CSV and JSON keep the number', () => {
    const json = chiso('deadlines', '--as-of', '2024-12-01', '--register', 'tasks', '--format', 'json');
    const rows = (JSON.parse(json.stdout) as { rows: { no: number; daysLeft: number | null }[] }).rows;
    expect(rows.find((row) => row.no === 3)?.daysLeft).toBe(-1066);
    const csv = chiso('deadlines', '--as-of', '2024-12-01', '--register', 'tasks', '--format', 'csv');
    expect(csv.stdout.split('\r\n').find((line) => line.startsWith('Phụ lục 2,3,') || line.startsWith('tasks,3,'))).toMatch(/,-1066,/);
  });
});

describe('chiso deadlines: the summary counts what is shown', () => {
  it('with --status, the summary counts only the rows shown, and says how many of all', () => {
    const all = chiso('deadlines', '--as-of', '2023-06-30', '--format', 'json');
    const every = (JSON.parse(all.stdout) as { rows: { status: string }[] }).rows;
    const overdue = every.filter((row) => row.status === 'overdue').length;
    expect(overdue).toBe(15);
    const r = chiso('deadlines', '--as-of', '2023-06-30', '--status', 'overdue');
    expect(r.code).toBe(0);
    expect(cells(r.stdout)).toHaveLength(overdue);
    expect(r.stdout).toContain(`Tổng hợp: quá hạn ${overdue}\n`);
    expect(r.stdout).not.toContain('đang thực hiện');
    expect(r.stdout).toContain(`Lọc theo --status: hiển thị ${overdue} trên tổng số ${every.length} mục.`);
    const en = chiso('deadlines', '--as-of', '2023-06-30', '--status', 'overdue', '--lang', 'en', '--format', 'json');
    expect((JSON.parse(en.stdout) as { notes: string[] }).notes.slice(0, 2)).toEqual([`Summary: overdue ${overdue}`, `Filtered by --status: showing ${overdue} of ${every.length} items.`]);
  });

  it('without --status, the summary counts every item, as before', () => {
    const r = chiso('deadlines', '--as-of', '2023-06-30', '--format', 'json');
    const doc = JSON.parse(r.stdout) as { rows: { status: string }[]; notes: string[] };
    const count = (s: string) => doc.rows.filter((row) => row.status === s).length;
    expect(doc.notes[0]).toContain(`quá hạn ${count('overdue')}`);
    expect(doc.notes[0]).toContain(`đang thực hiện ${count('in-progress')}`);
    expect(doc.notes.some((n) => n.startsWith('Lọc theo'))).toBe(false);
  });

  it('a filter that shows nothing says so', () => {
    const r = chiso('deadlines', '--as-of', '2023-06-30', '--status', 'done-late');
    expect(r.stdout).toContain('Tổng hợp: không có mục nào');
  });
});
