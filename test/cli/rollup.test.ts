// @zone-independent: every run fixes --as-of (a civil day); the CLI's date handling runs in every zone in test/cli/dates.test.ts.
// `--roll-up` of `chiso scorecard` and `chiso rank`, run on the BUILT CLI (npx tsup first). The
// expected figures are worked out by hand: shares add numerators and denominators.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuilt, chiso } from './run';

beforeAll(checkBuilt);

const dir = mkdtempSync(join(tmpdir(), 'chiso-rollup-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// A province, two districts, four communes (three-tier hierarchy of plan 302).
const units = file(
  'units.csv',
  ['id,name,level,parent', 'p,Tỉnh An Bình,province,', 'd1,Huyện Một,district,p', 'd2,Huyện Hai,district,p', 'c1,Xã Một,commune,d1', 'c2,Xã Hai,commune,d1', 'c3,Xã Ba,commune,d2', 'c4,Xã Bốn,commune,d2', ''].join('\n'),
);
// Work dossiers handled online (targets in 2025: province 90 %, district 80 %). Xã Bốn has no figure.
const data = file('data.csv', ['unit,indicator,period,numerator,denominator', 'c1,work-dossiers-online,2024,3,4', 'c2,work-dossiers-online,2024,5,10', 'c3,work-dossiers-online,2024,9,10', ''].join('\n'));
const base = ['--catalog', 'vinh-phuc-302', '--data', data, '--units', units, '--as-of', '2024-12-31'];

interface Row {
  unit: string;
  indicator: string;
  deadline: string | null;
  value: number | null;
  status: string;
  observation: { numerator?: number; denominator?: number; source?: string } | null;
}
const rowsOf = (stdout: string, unit: string): Row[] =>
  (JSON.parse(stdout) as { scorecard: { rows: Row[] } }).scorecard.rows.filter((r) => r.unit === unit && r.indicator === 'work-dossiers-online' && r.deadline === '2025-12-31');

describe('chiso scorecard --roll-up', () => {
  it("adds a district's communes: 3/4 and 5/10 make 8/14 = 57.142857… %, not the mean of 75 % and 50 %", () => {
    const r = chiso('scorecard', ...base, '--roll-up', '--level', 'district', '--format', 'json');
    expect(r.code).toBe(0);
    const [d1] = rowsOf(r.stdout, 'd1');
    expect(d1?.observation).toMatchObject({ numerator: 8, denominator: 14, source: 'roll-up' });
    expect(d1?.value).toBeCloseTo((8 / 14) * 100, 10);
    expect(d1?.value).toBeCloseTo(57.142857142857, 10);
    expect(d1?.status).toBe('not-met'); // below 80
    // Huyện Hai: one of its two communes reported, below the default coverage (all): no data, never a zero.
    const [d2] = rowsOf(r.stdout, 'd2');
    expect(d2).toMatchObject({ value: null, status: 'no-data', observation: null });
    // The coverage, as rollUp reports it, on stderr for the machine formats.
    expect(r.stderr).toContain('Huyện Một · Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng · 2024: 2/2 đơn vị cấp dưới có số liệu\n');
    expect(r.stderr).toContain('Huyện Hai · Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng · 2024: 1/2 đơn vị cấp dưới có số liệu — chưa đủ, không tính');
  });

  it('--min-coverage 0.5 counts Huyện Hai from its one commune (9/10 = 90 %), and the province from all three: 17/24 = 70.8333… %', () => {
    const districts = chiso('scorecard', ...base, '--roll-up', '--min-coverage', '0.5', '--level', 'district', '--format', 'json');
    expect(districts.code).toBe(0);
    const [d2] = rowsOf(districts.stdout, 'd2');
    expect(d2?.observation).toMatchObject({ numerator: 9, denominator: 10, source: 'roll-up' });
    expect(d2?.value).toBe(90);
    expect(d2?.status).toBe('met');
    const province = chiso('scorecard', ...base, '--roll-up', '--min-coverage', '0.5', '--level', 'province', '--format', 'json');
    const [p] = rowsOf(province.stdout, 'p');
    // (3 + 5 + 9) / (4 + 10 + 10): the districts' sums add up, not their percentages.
    expect(p?.observation).toMatchObject({ numerator: 17, denominator: 24, source: 'roll-up' });
    expect(p?.value).toBeCloseTo(70.833333333333, 10);
    expect(p?.status).toBe('not-met'); // below 90
    // Without --min-coverage Huyện Hai has no figure, so the province has one district of two.
    const strict = chiso('scorecard', ...base, '--roll-up', '--level', 'province', '--format', 'json');
    expect(rowsOf(strict.stdout, 'p')[0]).toMatchObject({ value: null, status: 'no-data' });
    expect(strict.stderr).toContain('Tỉnh An Bình · Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng · 2024: 1/2 đơn vị cấp dưới có số liệu — chưa đủ, không tính');
  });

  it('Markdown: the figure for people, and the coverage under the table; counted communes are not listed as "not used"', () => {
    const r = chiso('scorecard', ...base, '--roll-up', '--level', 'district');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Huyện Một | Cấp huyện | Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng | 80% (≥ 80) | 31/12/2025 | 57,14 | Chưa đạt |');
    expect(r.stdout).toContain('Số liệu gộp từ đơn vị cấp dưới (2):\n\n- Huyện Một · Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng · 2024: 2/2 đơn vị cấp dưới có số liệu\n');
    // c1 and c2 are in Huyện Một's figure; c3's district had too few reports, so c3 was not used.
    expect(r.stdout).toContain('Số liệu không dùng (1):\n\n- c3 · work-dossiers-online · 2024: đơn vị ở cấp khác');
  });

  it('without --roll-up, nothing is added up (the districts have no data)', () => {
    const r = chiso('scorecard', ...base, '--level', 'district', '--format', 'json');
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout, 'd1')[0]).toMatchObject({ value: null, status: 'no-data' });
  });
});

describe('chiso rank --roll-up', () => {
  it('ranks districts by their communes added up, with the coverage in the notes', () => {
    const r = chiso('rank', ...base, '--roll-up', '--min-coverage', '0.5', '--level', 'district', '--by', 'work-dossiers-online', '--format', 'json', '--lang', 'en');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { rows: { rank: number; id: string; score: number }[]; notes: string[] };
    expect(doc.rows.map((row) => [row.rank, row.id])).toEqual([
      [1, 'd2'],
      [2, 'd1'],
    ]);
    expect(doc.rows[0]?.score).toBe(90);
    expect(doc.rows[1]?.score).toBeCloseTo(400 / 7, 10);
    expect(doc.notes).toEqual([
      'Figures rolled up from child units (2):',
      'Huyện Một · Share of work dossiers processed online (in the network environment) · 2024: 2/2 child units reporting',
      'Huyện Hai · Share of work dossiers processed online (in the network environment) · 2024: 1/2 child units reporting',
    ]);
  });

  it('CSV keeps the table clean and says the coverage on stderr', () => {
    const r = chiso('rank', ...base, '--roll-up', '--level', 'district', '--by', 'work-dossiers-online', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('đơn vị cấp dưới');
    expect(r.stderr).toContain('2/2 đơn vị cấp dưới có số liệu');
  });
});

describe('--roll-up: mistakes say what to do', () => {
  it('needs units with parents', () => {
    const r = chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', data, '--as-of', '2024-12-31', '--roll-up');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--roll-up needs units with parents: a --units file with columns id, name, level, parent');
  });

  it('--min-coverage goes with --roll-up, and is a share from 0 to 1', () => {
    expect(chiso('rank', ...base, '--min-coverage', '0.5').stderr).toContain('--min-coverage goes with --roll-up');
    const r = chiso('rank', ...base, '--roll-up', '--min-coverage', '80');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-coverage must be a share from 0 to 1, e.g. 0.8');
  });

  it('a percent without its counts cannot be added up: located in the file', () => {
    const pct = file('pct.csv', 'unit,indicator,period,value\nc1,work-dossiers-online,2024,75\n');
    const r = chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', pct, '--units', units, '--as-of', '2024-12-31', '--roll-up');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pct.csv:2:4 (value):');
    expect(r.stderr).toContain('numerator + denominator');
  });

  it('a unit whose parent is below it: located in the units file', () => {
    const bad = file('bad-units.csv', 'id,name,level,parent\nd1,D,district,c1\nc1,X,commune,\n');
    const one = file('one.csv', 'unit,indicator,period,numerator,denominator\nc1,work-dossiers-online,2024,3,4\n');
    const r = chiso('rank', '--catalog', 'vinh-phuc-302', '--data', one, '--units', bad, '--as-of', '2024-12-31', '--roll-up');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad-units.csv:2:4 (parent):');
  });

  it('--help of both commands explains it', () => {
    expect(chiso('scorecard', '--help').stdout).toContain('--roll-up');
    expect(chiso('rank', '--help').stdout).toContain('--roll-up');
    expect(chiso('scorecard', '--help').stdout).toContain('--min-coverage');
  });
});
