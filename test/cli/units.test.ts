// @zone-independent: runs `chiso units` in process with a fixed today; no clock is read.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { unitsHelp } from '../../src/cli/units';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), today: '2026-03-01' }, '0.0.0');
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('chiso units', () => {
  it('find: every unit of a name typed without diacritics, at today or --at', async () => {
    const r = await run('units', 'find', 'phu tho', '--level', 'province');
    expect(r).toEqual({ code: 0, stdout: '25  Tỉnh Phú Thọ  province  province 25  from 2025-07-01\n', stderr: '' });
    const old = await run('units', 'find', 'Phường Xuân Hòa', '--at', '2025-06-30', '--province', '26', '--format', 'json');
    expect(JSON.parse(old.stdout)).toEqual([{ code: '08746', name: 'Phường Xuân Hoà', kind: 'Phường', level: 'commune', province: '26', district: '244', set: '2025-01-04' }]);
    // Formed after 4 January 2025: in the crosswalk only (its row: Phường Mộc Lỵ, 03980, district 123, province 14).
    const later = await run('units', 'find', 'moc ly', '--at', '2025-06-30');
    expect(later.stdout).toBe('03980  Phường Mộc Lỵ  commune  province 14  district 123  from 2025-01-04  (formed after 2025-01-04: known from the crosswalk only)\n');
    const none = await run('units', 'find', 'xa khong co');
    expect([none.code, none.stderr]).toEqual([1, 'error: Expected name to be the name of a unit on 2026-03-01 but got "xa khong co".\n']);
  });

  it('list: a province\'s units as CSV, with official codes', async () => {
    const r = await run('units', 'list', '--province', '25', '--at', '2026-01-01');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('code,name,kind,level,parent');
    expect(lines[1]).toBe('25,Tỉnh Phú Thọ,Tỉnh,province,');
    expect(lines).toHaveLength(1 + 1 + 148);
    expect(lines).toContain('08716,Phường Vĩnh Phúc,Phường,commune,25');
    const provinces = await run('units', 'list');
    expect(provinces.stdout.trim().split('\n')).toHaveLength(35);
  });

  it('carry: old communes onto new ones, shares adding numerators and denominators', async () => {
    const r = await run('units', 'carry', '--data', 'examples/data/units-2024.csv', '--catalog', 'vinh-phuc-302');
    // 412+298+510+120 of 450+330+540+150; 600+350+275+180+444 of 610+400+300+200+480 (the file's rows).
    expect(r.stdout).toBe(
      'unit,indicator,period,value,numerator,denominator,done,source,note\n' +
        '08707,work-dossiers-online,2024,,1340,1470,,carried across the reform of 2025-07-01,from 08707 08713 08722 08731\n' +
        '08716,work-dossiers-online,2024,,1849,1990,,carried across the reform of 2025-07-01,from 08710 08716 08719 08725 08728\n',
    );
  });

  it('carry: bad rows are located in the file, all at once; usage mistakes exit 2', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/units-`)}/d.csv`;
    writeFileSync(file, 'unit,indicator,period,numerator,denominator\n99999,work-dossiers-online,2026,3,4\n00016,work-dossiers-online,2024,1,2\n');
    const r = await run('units', 'carry', '--data', file, '--catalog', 'vinh-phuc-302');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean).map((l) => l.slice(file.length, l.indexOf(': ')))).toEqual([':2:1 (unit)', ':2:3 (period)', ':3:1 (unit)']);
    expect((await run('units', 'carry', '--data', file, '--catalog', 'vinh-phuc-302', '--split', 'some')).code).toBe(2);
    expect((await run('units', 'nothing')).code).toBe(2);
  });

  it('carry: errors name the command\'s flags (--split, --weights), not the library\'s options', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/units-`);
    // 00016 Ngọc Hà went in part to two new wards; 00004 gives a percent as a value, which does not add up.
    writeFileSync(`${dir}/d.csv`, 'unit,indicator,period,value,numerator,denominator\n00016,work-dossiers-online,2024,,1,2\n00004,tthc-satisfaction,2024,80,,\n');
    const r = await run('units', 'carry', '--data', `${dir}/d.csv`, '--catalog', 'vinh-phuc-302');
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("--split 'omit' or 'whole-in-each'");
    expect(lines[1]).toContain('--weights to average it');
    expect(r.stderr).not.toMatch(/options\./u);
  });

  it('carry --weights: a percent given as a value becomes the exact weighted mean', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/units-`);
    writeFileSync(`${dir}/d.csv`, 'unit,indicator,period,value\n00004,tthc-satisfaction,2024,80\n00013,tthc-satisfaction,2024,90\n');
    writeFileSync(`${dir}/w.csv`, 'unit,weight\n00004,1000\n00013,3000\n');
    const without = await run('units', 'carry', '--data', `${dir}/d.csv`, '--catalog', 'vinh-phuc-302', '--split', 'omit');
    expect(without.code).toBe(1);
    const r = await run('units', 'carry', '--data', `${dir}/d.csv`, '--catalog', 'vinh-phuc-302', '--split', 'omit', '--weights', `${dir}/w.csv`);
    // (80 × 1000 + 90 × 3000) / 4000 = 87.5
    expect(r.stdout.trim().split('\n')[1]).toBe('00004,tthc-satisfaction,2024,87.5,,,,carried across the reform of 2025-07-01,from 00004 00013; weighted mean by options.weights');
  });

  it('scorecard --official-units: the official units at --as-of without a units file', async () => {
    const r = await run('scorecard', '--catalog', 'vinh-phuc-302', '--data', 'examples/data/units-2024.csv', '--official-units', '26', '--as-of', '2025-06-30', '--format', 'csv', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Phường Tích Sơn');
    const bad = await run('scorecard', '--catalog', 'vinh-phuc-302', '--data', 'examples/data/units-2024.csv', '--official-units', '26', '--as-of', '2026-01-01');
    expect(bad.code).toBe(2);
  });

  it('every example of --help runs', async () => {
    const examples = unitsHelp.slice(unitsHelp.indexOf('Examples:')).split('\n').filter((l) => l.startsWith('  chiso '));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const line of examples) {
      // Paths are written as an installed package has them (node_modules/chiso/examples/…): here, the repository.
      const argv = [...line.trim().matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]!).replace(/^node_modules\/chiso\//, '')).slice(1);
      const r = await run(...argv);
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
    }
  });
});
