// @zone-independent: every case fixes --as-of; the CLI's date handling runs in every zone in test/cli/dates.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogs, registers } from '../../src/index';
import { checkBuilt, chiso, root } from './run';

const CSV = 'examples/data/vinh-phuc-2023.csv';
const eval2023 = ['--catalog', 'vinh-phuc-302', '--data', CSV, '--as-of', '2023-05-31'];

beforeAll(checkBuilt);

describe('chiso rank', () => {
  // Targets of plan 302 that apply at a level: those for that level and those for every level.
  const applicable = (level: string) => catalogs.vinhPhuc302.indicators.flatMap((i) => i.targets).filter((t) => t.level === undefined || t.level === level).length;

  it('ranks by share of targets met: districts met 1 of their targets, province-level agencies none', () => {
    const r = chiso('rank', ...eval2023, '--format', 'json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.rows).toEqual([
      { rank: 1, unit: 'Cấp huyện, thành phố', id: 'vp-districts', level: 'Cấp huyện', score: 100 / applicable('district'), met: 1, total: applicable('district') },
      { rank: 2, unit: 'Các cơ quan, đơn vị cấp tỉnh', id: 'vp-province-agencies', level: 'Cấp tỉnh', score: 0, met: 0, total: applicable('province') },
    ]);
  });

  it('ranks by one indicator\'s value (CSV) and draws the ranking as SVG', () => {
    const csv = chiso('rank', ...eval2023, '--by', 'tthc-dossiers-fully-online', '--format', 'csv', '--lang', 'en');
    expect(csv.stdout.split('\r\n')).toEqual([
      'Rank,Unit,id,Level,Value,Period',
      '1,Districts and cities,vp-districts,District level,98.76,2023-05-31',
      '2,Province-level agencies,vp-province-agencies,Province level,36.18,2023-05-31',
      '',
    ]);
    const svg = chiso('rank', ...eval2023, '--by', 'tthc-dossiers-fully-online', '--format', 'svg').stdout;
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Hạng 1: Cấp huyện, thành phố; Điểm 98,76. Hạng 2: Các cơ quan, đơn vị cấp tỉnh; Điểm 36,18.');
  });

  it('--by an id that is not an indicator of the catalog is a usage error', () => {
    const r = chiso('rank', ...eval2023, '--by', 'nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--by must be met-share or an indicator id of vinh-phuc-302 (got "nope")');
  });
});

describe('chiso progress', () => {
  it('gives the compound rate still needed to go from 36.18 on 31 May 2023 to 80 by 31 Dec 2025, and "achieved" for 98.76', () => {
    const doc = JSON.parse(chiso('progress', ...eval2023, '--format', 'json').stdout);
    const row = (id: string) => doc.rows.find((r: { id: string; indicatorId: string; deadline: string }) => r.id === id && r.indicatorId === 'tthc-dossiers-fully-online' && r.deadline === '2025-12-31');
    // 31 May → 31 Dec 2025 is 3 years less the 151 days from 1 Jan to 31 May 2023.
    const required = 100 * ((80 / 36.18) ** (1 / (3 - 151 / 365)) - 1);
    expect(row('vp-province-agencies')).toMatchObject({ current: 36.18, currentPeriod: '2023-05-31', baseline: null, category: 'Chưa đủ số liệu để đánh giá xu hướng' });
    expect(row('vp-province-agencies').required).toBeCloseTo(required, 3);
    // Already met: no pace is required (the table shows none rather than a negative rate).
    expect(row('vp-districts')).toMatchObject({ current: 98.76, category: 'Đã đạt', required: null });
  });

  it('judges the trend from two observations (linear method)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-cli-'));
    const file = join(dir, 'two.csv');
    // 50 % in 2022, 70 % in 2023 → +20 points a year; 80 % by the end of 2025 needs only +5 a year from 2023.
    writeFileSync(file, 'unit,level,indicator,period,value\nd,district,work-dossiers-online,2022,50\nd,district,work-dossiers-online,2023,70\n');
    const doc = JSON.parse(chiso('progress', '--catalog', 'vinh-phuc-302', '--data', file, '--as-of', '2024-01-01', '--method', 'linear', '--format', 'json').stdout);
    const row = doc.rows.find((r: { indicatorId: string; deadline: string }) => r.indicatorId === 'work-dossiers-online' && r.deadline === '2025-12-31');
    expect(row).toMatchObject({ baseline: 50, current: 70, actual: 20, category: 'Đúng tiến độ' });
  });
});

describe('chiso deadlines', () => {
  // A task whose period is one year (e.g. "2022") is due by 31 December of that year.
  const overdueBy2023 = registers.vinhPhuc302.tasks.filter((t) => /^\d{4}$/.test(t.period) && Number(t.period) <= 2022);

  it('lists the Phụ lục 2 tasks whose year has passed as overdue on 30 June 2023, with the days since', () => {
    const doc = JSON.parse(chiso('deadlines', '--register', 'tasks', '--as-of', '2023-06-30', '--status', 'overdue', '--format', 'json').stdout);
    expect(doc.rows.map((r: { no: number }) => r.no)).toEqual(overdueBy2023.map((t) => t.no));
    // Task 3, "2021": 31/12/2021 → 30/06/2023 is 365 + 181 days.
    expect(doc.rows[0]).toMatchObject({ register: 'tasks', no: 3, period: '2021', status: 'overdue', deadline: '2021-12-31', daysLeft: -546 });
  });

  it('reads completion dates: on time and late', () => {
    const doc = JSON.parse(chiso('deadlines', '--register', 'tasks', '--as-of', '2023-06-30', '--completed', 'test/cli/fixtures/completed.csv', '--format', 'json').stdout);
    const status = (no: number) => doc.rows.find((r: { no: number }) => r.no === no).status;
    expect(status(3)).toBe('done-on-time');
    expect(status(5)).toBe('done-late');
  });

  it('shows all 18 tasks and 49 projects in Markdown by default, with the budget for people', () => {
    const md = chiso('deadlines', '--as-of', '2023-06-30').stdout;
    expect(md.split('\n').filter((l) => l.startsWith('| Phụ lục 2 |'))).toHaveLength(18);
    expect(md.split('\n').filter((l) => l.startsWith('| Phụ lục 3 |'))).toHaveLength(49);
    // Project 1: 1.400 (million VND, as written in the plan) = 1,4 tỷ đồng.
    expect(md).toMatch(/^\| Phụ lục 3 \| 1 \| .* \| 1,4 tỷ đồng \|$/m);
  });
});

describe('chiso validate', () => {
  it('accepts the example province config and says what it holds', () => {
    const file = 'examples/province-config/catalog.json';
    const json = JSON.parse(readFileSync(join(root, file), 'utf8'));
    const targets = json.indicators.reduce((n: number, i: { targets: unknown[] }) => n + i.targets.length, 0);
    const r = chiso('validate', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file}: ok — catalog "${json.id}": ${json.indicators.length} indicators, ${targets} targets; levels province, commune\n`);
  });

  it('rejects a config with a wrong operator, naming its JSON path', () => {
    const r = chiso('validate', 'test/cli/fixtures/bad-catalog.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('test/cli/fixtures/bad-catalog.json: indicators[0].targets[0].op: Expected indicators[0].targets[0].op to be one of ">=", ">", "<=", "<", "=" (write ">=" for "=>") but got "=>".\n');
  });
});

describe('chiso schema', () => {
  it('prints exactly the JSON Schema the package ships', () => {
    const r = chiso('schema');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, 'schema/catalog.schema.json'), 'utf8'));
  });
});

describe('chiso --help', () => {
  const commands = ['scorecard', 'rank', 'progress', 'deadlines', 'validate', 'schema'];

  it('lists every command and the exit codes', () => {
    const r = chiso('--help');
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
    for (const code of ['0', '1', '2', '3']) expect(r.stdout).toMatch(new RegExp(`^  ${code} +\\S`, 'm'));
  });

  it.each(commands)('chiso %s --help: usage, an example and the exit codes, exit 0', (command) => {
    const r = chiso(command, '--help');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Usage:\n  chiso ${command}`);
    expect(r.stdout).toMatch(/\nExamples?:\n  chiso /);
    expect(r.stdout).toContain('Exit codes: 0 ');
    expect(chiso('help', command).stdout).toBe(r.stdout);
  });

  // Every help example runs from a project folder with the package installed (after `chiso init`):
  // test/cli/init-help-examples.test.ts.
});
