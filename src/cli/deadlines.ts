import { ChisoError, deadlineStatus, registers, type DeadlineState } from '../index';
import { formatDate, formatVnd, numberFormatter } from '../_shared/format';
import { asOfOf, integerOf, listOf, oneOf, parseCommandArgs, stringOf } from './args';
import type { CliContext } from './context';
import { parseDateCell, readCsv } from './csv';
import { inputError } from './errors';
import { CSV_OPTIONS, csvOptionsOf } from './inputs';
import { xlsxOut } from './xlsx/out';
import { writeTableXlsx } from './xlsx/report';
import { STATUS_FILLS } from './xlsx/write';
import { readText, writeOutput } from './io';
import { DEADLINE_STATES, WORDS as L } from './labels';
import { columnsOf, tableText } from './table';

/** `chiso deadlines --help`. */
export const deadlinesHelp = `chiso deadlines — where the tasks and projects of a plan's registers stand against their deadlines

The registers of Kế hoạch 302/KH-UBND (Vĩnh Phúc): Phụ lục 2, 18 policy tasks, and Phụ lục 3,
49 projects, each with its period as written ("2022-2023", "Hằng năm", "Thuê trong 5 năm 2023- 2027"). Without
completion data an item is not-started, in-progress, due-soon or overdue by its period alone.

Usage:
  chiso deadlines [options]

Options:
  --plan <p>            vinh-phuc-302 (default; the only plan with registers so far)
  --register <r>        tasks, projects or all (default)
  --as-of <date>        the day to judge at, YYYY-MM-DD (default: today in Vietnam)
  --status <list>       only these states, comma-separated: not-started, in-progress, due-soon,
                        overdue, done-on-time, done-late, no-fixed-deadline
  --due-soon-days <n>   days before a deadline counted as due soon (default 30)
  --completed <file>    CSV with columns register (tasks|projects), no, completed (YYYY-MM-DD):
                        items done, and when (no: the item's number, 3 or 03; each item once)
  --format <f>          md (default), csv, html, json, xlsx (needs --out)
  --lang <l>            vi (default) or en
  --bom, --separator    csv options, as for \`chiso scorecard\`
  -o, --out <file>      write to a file instead of stdout (- for stdout)
  -h, --help            this help

Example:
  chiso deadlines --as-of 2023-06-30 --status overdue,due-soon

Exit codes: 0 written; 1 invalid completion file; 2 usage; 3 a file could not be read or written.
`;

const STATES: readonly DeadlineState[] = ['not-started', 'in-progress', 'due-soon', 'overdue', 'done-on-time', 'done-late', 'no-fixed-deadline'];

/** The columns of the table, in order. */
const COLUMNS = ['register', 'no', 'item', 'lead', 'period', 'status', 'deadline', 'daysLeft', 'budget'] as const;

/**
 * Days to a deadline in words for people: `còn 12 ngày` / `12 days left`, `đến hạn hôm nay` /
 * `due today`, `quá hạn 1.066 ngày` / `1,066 days overdue`; for an item done, a deadline in the past
 * is `hạn đã qua 3 ngày` / `deadline passed 3 days ago` (done is not overdue). Machines keep the number.
 */
function daysLeftText(days: number | null, done: boolean, lang: 'vi' | 'en'): string | null {
  if (days === null) return null;
  const n = numberFormatter(lang)(Math.abs(days));
  const unit = Math.abs(days) === 1 ? 'day' : 'days';
  if (days === 0) return lang === 'vi' ? 'đến hạn hôm nay' : 'due today';
  if (days > 0) return lang === 'vi' ? `còn ${n} ngày` : `${n} ${unit} left`;
  if (done) return lang === 'vi' ? `hạn đã qua ${n} ngày` : `deadline passed ${n} ${unit} ago`;
  return lang === 'vi' ? `quá hạn ${n} ngày` : `${n} ${unit} overdue`;
}

/**
 * Reads `register,no,completed` rows into `tasks:3` → `2023-04-02`. An item's number is read as a
 * number, so `03` (as a spreadsheet may keep it) is item 3, and the check that each item is given
 * once is on that number: `3` and `03` in one file are the same item twice.
 */
function readCompleted(file: string): Map<string, string> {
  const table = readCsv(readText(file), file);
  const header = table.header.map((h) => h.trim().toLowerCase());
  const problems: string[] = [];
  const col = (name: string) => header.indexOf(name);
  for (const name of ['register', 'no', 'completed']) {
    if (col(name) === -1) problems.push(`${file}:${table.headerLine}: Expected the header to have a column "${name}" but got "${table.header.join(table.delimiter)}".`);
  }
  if (problems.length > 0) throw inputError(problems);
  const done = new Map<string, string>();
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const cell = (name: string) => (cells[col(name)] ?? '').trim();
    const at = (name: string) => `${file}:${line}:${col(name) + 1} (${name})`;
    const register = cell('register');
    const noText = cell('no');
    const no = /^\d+$/.test(noText) ? Number(noText) : undefined;
    // One reading of a day cell for every file the CLI reads; an impossible day is quoted as written.
    const completed = parseDateCell(cell('completed'));
    const list = register === 'tasks' ? registers.vinhPhuc302.tasks : register === 'projects' ? registers.vinhPhuc302.projects : undefined;
    if (list === undefined) problems.push(`${at('register')}: Expected register to be "tasks" or "projects" but got "${register}".`);
    else if (no === undefined || !list.some((item) => item.no === no)) problems.push(`${at('no')}: Expected no to be the number of an item of ${register} (1–${list.length}) but got "${noText}".`);
    else if (typeof completed !== 'string') problems.push(`${at('completed')}: Expected completed to be ${completed.expected} but got "${cell('completed')}".`);
    else if (firstLine.has(`${register}:${no}`)) problems.push(`${at('no')}: Expected no to be an item not given before (${register} ${no} is at line ${firstLine.get(`${register}:${no}`)}) but got "${noText}".`);
    else {
      done.set(`${register}:${no}`, completed);
      firstLine.set(`${register}:${no}`, line);
    }
  }
  if (problems.length > 0) throw inputError(problems);
  return done;
}

/**
 * `chiso deadlines`: deadlineStatus of every register item as of a day.
 *
 * @param argv - the arguments after the command's name
 * @param ctx - output streams and today's date
 * @returns the exit code (0; problems are thrown)
 * @throws {CliError} a usage error (exit 2), an input error (exit 1) or an I/O error (exit 3)
 *
 * @example
 * const out: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), today: '2026-12-01' };
 * await runDeadlines(['--as-of', '2023-06-30', '--status', 'overdue', '--format', 'json'], ctx);
 * //=> 0
 * // The tasks and projects of plan 302 whose period had ended by 30/06/2023: 12 tasks, 3 projects.
 * const rows = (JSON.parse(out.join('')) as { rows: { register: string }[] }).rows;
 * rows.filter((r) => r.register === 'tasks').length;
 * //=> 12
 * rows.length;
 * //=> 15
 */
export function runDeadlines(argv: readonly string[], ctx: CliContext): number | Promise<number> {
  const command = 'deadlines';
  const parsed = parseCommandArgs(command, argv, {
    ...CSV_OPTIONS,
    plan: { type: 'string' },
    register: { type: 'string' },
    'as-of': { type: 'string' },
    status: { type: 'string' },
    'due-soon-days': { type: 'string' },
    completed: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  if (parsed.values['help'] === true) {
    ctx.stdout(deadlinesHelp);
    return 0;
  }
  oneOf(parsed, 'plan', ['vinh-phuc-302'] as const, 'vinh-phuc-302', command);
  const which = oneOf(parsed, 'register', ['tasks', 'projects', 'all'] as const, 'all', command);
  const format = oneOf(parsed, 'format', ['md', 'csv', 'html', 'json', 'xlsx'] as const, 'md', command);
  const lang = oneOf(parsed, 'lang', ['vi', 'en'] as const, 'vi', command);
  const asOf = asOfOf(parsed, ctx.today, command);
  const dueSoonDays = integerOf(parsed, 'due-soon-days', 0, 3660, command);
  const csv = csvOptionsOf(parsed, format, command);
  const wanted = listOf(parsed, 'status', STATES, command);
  const completedFile = stringOf(parsed, 'completed');
  const completed = completedFile === undefined ? new Map<string, string>() : readCompleted(completedFile);

  const xlsxFile = xlsxOut(parsed, format, command);
  const machine = format === 'csv' || format === 'json' || format === 'xlsx';
  const items = [
    ...(which === 'projects' ? [] : registers.vinhPhuc302.tasks.map((task) => ({ register: 'tasks' as const, no: task.no, text: task.task, lead: task.leadAgency, item: task, budget: null }))),
    ...(which === 'tasks' ? [] : registers.vinhPhuc302.projects.map((p) => ({ register: 'projects' as const, no: p.no, text: p.content, lead: p.leadAgency, item: p, budget: p.budget }))),
  ];
  const counts = new Map<DeadlineState, number>();
  const rows = [];
  for (const it of items) {
    const completedAt = completed.get(`${it.register}:${it.no}`);
    let s;
    try {
      s = deadlineStatus(it.item, { asOf, ...(completedAt === undefined ? {} : { completedAt }), ...(dueSoonDays === undefined ? {} : { dueSoonDays }) });
    } catch (error) {
      if (error instanceof ChisoError && completedFile !== undefined && completedAt !== undefined) throw inputError([`${completedFile}: ${it.register} ${it.no}: ${error.message}`]);
      throw error;
    }
    if (wanted !== undefined && !wanted.includes(s.status)) continue;
    // The summary counts what the table shows: the items of the --status filter.
    counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
    rows.push({
      register: machine ? it.register : L[it.register][lang],
      no: it.no,
      item: it.text,
      lead: it.lead,
      period: it.item.period,
      status: machine ? s.status : DEADLINE_STATES[s.status][lang],
      deadline: s.deadline === null ? null : machine ? s.deadline : formatDate(s.deadline, lang),
      daysLeft: machine ? s.daysLeft : daysLeftText(s.daysLeft, s.status === 'done-on-time' || s.status === 'done-late', lang),
      budget: it.budget === null ? null : machine ? it.budget.millionVnd : formatVnd(it.budget.millionVnd, lang),
    });
  }
  const title = `${L.deadlinesCaption[lang]} — 302/KH-UBND (${L.onDay[lang]} ${formatDate(asOf, lang)})`;
  const summary = `${L.summary[lang]}: ${STATES.filter((s) => counts.has(s)).map((s) => `${DEADLINE_STATES[s][lang]} ${counts.get(s)}`).join(', ') || (lang === 'vi' ? 'không có mục nào' : 'no items')}`;
  const table = {
    caption: title,
    // For people the budget is text (`1.132,4 tỷ đồng`); for machines a number of millions.
    columns: columnsOf(COLUMNS, { ...L, deadline: L.due, ...(machine ? { budget: L.budgetAmount } : { daysLeft: L.timeLeft }) }, lang, machine ? ['no', 'daysLeft', 'budget'] : ['no']),
    rows,
    notes: [summary, ...(wanted === undefined ? [] : [`${L.shownOf[lang]} ${rows.length} ${L.itemsOf[lang]} ${items.length} ${L.items[lang]}.`]), ...(completedFile === undefined ? [L.noCompletion[lang]] : [])],
  };
  if (format === 'xlsx') {
    const statusFills = { overdue: STATUS_FILLS.bad, 'done-late': STATUS_FILLS.warn, 'due-soon': STATUS_FILLS.warn, 'done-on-time': STATUS_FILLS.good, 'in-progress': STATUS_FILLS.none, 'not-started': STATUS_FILLS.none, 'no-fixed-deadline': STATUS_FILLS.none };
    const source = lang === 'vi' ? 'Nguồn: Kế hoạch 302/KH-UBND tỉnh Vĩnh Phúc, Phụ lục 2 (nhiệm vụ) và Phụ lục 3 (dự án)' : 'Source: Vĩnh Phúc plan 302/KH-UBND, appendix 2 (tasks) and appendix 3 (projects)';
    return writeTableXlsx(table, { lang, asOf, sheet: lang === 'vi' ? 'Thời hạn' : 'Deadlines', dates: ['deadline'], status: 'status', statusFills, notes: [source, ...(completedFile === undefined ? [] : [`${lang === 'vi' ? 'Tệp hoàn thành' : 'Completion file'}: ${completedFile}`])], out: xlsxFile ?? '' }).then(() => 0);
  }
  writeOutput(tableText(table, format, lang, csv, { title }), stringOf(parsed, 'out'), ctx.stdout);
  return 0;
}
