/**
 * The data behind a portal widget "Tiến độ nhiệm vụ chuyển đổi số": tasks and projects of Kế hoạch
 * 302 by deadline status, this year's reporting calendar, and budgets by year — as JSON.
 *
 *   npx tsx examples/deadlines.ts 2026-11-22
 */
import { budgetTotals, deadlineStatus, registers, reportingCalendar } from '../src/index';

// A portal passes the date it renders for; here it is the first argument (default: today, read once).
const asOf = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const { tasks, projects } = registers.vinhPhuc302;

const byStatus = (items: readonly { no: number; period: string | null }[], label: (no: number) => string) => {
  const groups: Record<string, { no: number; title: string; period: string | null; deadline: string | null; daysLeft: number | null }[]> = {};
  for (const item of items) {
    const s = deadlineStatus(item, { asOf });
    (groups[s.status] ??= []).push({ no: item.no, title: label(item.no), period: item.period, deadline: s.deadline, daysLeft: s.daysLeft });
  }
  return groups;
};

const widget = {
  asOf,
  zone: 'Asia/Ho_Chi_Minh',
  tasks: byStatus(tasks, (no) => tasks.find((t) => t.no === no)?.task ?? ''),
  projects: byStatus(projects, (no) => projects.find((p) => p.no === no)?.content ?? ''),
  reporting: reportingCalendar(Number(asOf.slice(0, 4))).map((r) => ({
    from: r.from.vi,
    to: r.to.vi,
    deadline: r.deadline,
    status: deadlineStatus(r.when, { asOf }).status,
  })),
  budgetByYear: budgetTotals(projects, { by: 'year', spread: 'even' }),
};
console.log(JSON.stringify(widget, null, 2));
