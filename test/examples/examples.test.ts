// @zone-sensitive: the examples run with their own as-of days, as a user runs them in any zone.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = (file: string, ...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', file, ...args], { cwd: root, encoding: 'utf8' });
const readme = readFileSync(`${root}README.md`, 'utf8');

/** The fenced block that follows a `<!-- name -->` marker in the README. */
function block(name: string): string {
  const at = readme.indexOf(`<!-- ${name} -->`);
  expect(at, `README marker <!-- ${name} -->`).toBeGreaterThan(-1);
  const open = readme.indexOf('```', at);
  const start = readme.indexOf('\n', open) + 1;
  const end = readme.indexOf('\n```', start);
  return readme.slice(start, end + 1);
}

describe('npm run demo: the real Vĩnh Phúc scorecard', () => {
  const vi = tsx('examples/demo.ts', '--as-of', '2026-11-22');
  it('shows the two real May 2023 figures against "Tối thiểu 80%" with status and gap', () => {
    expect(vi).toMatch(/Tối thiểu 80% \(≥ 80\)\s+│ Chưa đạt · 36,18 · thiếu 43,82\s+│ Đạt · 98,76/);
    expect(vi).toContain('Số liệu tính đến: 2023-05-31 · đánh giá ngày 2026-11-22 (Asia/Ho_Chi_Minh)');
  });
  it('shows per-level targets only at their level, and no-data (never a number) elsewhere', () => {
    expect(vi).toMatch(/│ Cấp tỉnh\s+│ 90% \(≥ 90\)\s+│ Chưa có số liệu\s+│ — \(không áp dụng cho cấp này\)/);
    expect(vi).toMatch(/│ Cấp huyện\s+│ 80% \(≥ 80\)\s+│ — \(không áp dụng cho cấp này\)\s+│ Chưa có số liệu/);
    expect(vi).toMatch(/trên 80% \(> 80\)\s+│ Chưa có số liệu/);
  });
  it('prints English labels with --lang en', () => {
    const en = tsx('examples/demo.ts', '--lang', 'en', '--as-of', '2023-06-01');
    expect(en).toMatch(/≥ 80\s+│ not met · 36\.18 · short by 43\.82\s+│ met · 98\.76/);
    expect(en).toContain('Deadline 2025-12-31: not yet due.');
  });
  it('says when the deadline has passed with --as-of', () => {
    expect(tsx('examples/demo.ts', '--as-of', '2026-01-01')).toContain('Hạn 2025-12-31: đã đến hạn.');
  });
  it('shows the progress of the two real figures toward 2025, and the overdue tasks of Phụ lục 2', () => {
    // Before the deadline: (80 / 36.18)^(1 / (3 − 151/365)) − 1 = 35.91 % a year still needed.
    const before = tsx('examples/demo.ts', '--as-of', '2023-06-01');
    expect(before).toContain('- Các cơ quan, đơn vị cấp tỉnh: 36,18 → Tối thiểu 80%: cần tăng 35,91 %/năm');
    expect(before).toContain('- Cấp huyện, thành phố: 98,76 → Tối thiểu 80%: đã đạt');
    // After 31/12/2025 no pace can reach it: the target was missed (the as-of day is the demo's).
    expect(vi).toContain('- Các cơ quan, đơn vị cấp tỉnh: 36,18 → Tối thiểu 80%: không đạt: đã quá hạn 31/12/2025');
    expect(vi).not.toContain('cần tăng');
    expect(vi).toContain('- Cấp huyện, thành phố: 98,76 → Tối thiểu 80%: đã đạt');
    expect(vi).toMatch(/ 3\. Kế hoạch Chuyển đổi số của tỉnh Vĩnh Phúc .* │ 2021 +│ quá hạn \(2021-12-31\)/);
    const early = tsx('examples/demo.ts', '--as-of', '2021-12-10');
    expect(early).toMatch(/ 3\. Kế hoạch Chuyển đổi số .* │ 2021 +│ sắp đến hạn \(2021-12-31\)/);
  });
  it('evaluates on today in Vietnam when no --as-of is given, whatever the host zone', () => {
    const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const before = today();
    const line = /đánh giá ngày (\d{4}-\d{2}-\d{2}) \(Asia\/Ho_Chi_Minh\)/.exec(tsx('examples/demo.ts'))?.[1];
    // (Vietnam's midnight may pass while the demo runs: either day is right then.)
    expect([before, today()]).toContain(line);
  });
  it('is pasted in the README as it prints (with --as-of 2026-11-22)', () => {
    expect(block('demo-output')).toBe(vi);
  });
});

describe('README usage example', () => {
  it('is examples/usage.ts verbatim (type-checked by npm run typecheck) and prints what it says', () => {
    expect(block('usage')).toBe(readFileSync(`${root}examples/usage.ts`, 'utf8'));
    // A district's targets in Kế hoạch 302: 68 in all, less the 18 of the province as a whole and the
    // 4 work-dossier targets of the province and commune levels = 46; one is met, 45 have no data.
    expect(tsx('examples/usage.ts')).toBe('not-met\nTối thiểu 80% 98.76 met 2025-12-31\n45\n');
  });
  it('has a Quick start of exactly the two commands', () => {
    expect(block('quick-start')).toBe('npm ci && npm run demo\nnpm ci && npm test\n');
  });
});

describe('examples/deadlines.ts: a portal widget\'s data', () => {
  it('groups tasks and projects by status, dates the reporting calendar, totals budgets by year', () => {
    const widget = JSON.parse(tsx('examples/deadlines.ts', '2026-12-01'));
    expect(widget.asOf).toBe('2026-12-01');
    expect(widget.reporting.map((r: { deadline: string; status: string }) => [r.deadline, r.status])).toEqual([
      ['2026-12-14', 'due-soon'],
      ['2026-12-30', 'due-soon'],
    ]);
    // the 5-year lease 2023–2027 is still running; project 16 has no period
    expect(widget.projects['in-progress'].map((p: { no: number }) => p.no)).toHaveLength(1);
    expect(widget.projects['no-fixed-deadline'].map((p: { no: number }) => p.no)).toEqual([16]);
    expect(widget.tasks['no-fixed-deadline'][0].period).toBe('Khi có hướng dẫn của Bộ TT&TT');
    expect(widget.budgetByYear.total).toBe('1132400');
  });
});
