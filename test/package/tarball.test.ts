// @zone-independent: the installed tarball with a fixed --as-of; the CLI's date handling runs in every zone in test/cli/dates.test.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsBuild, root } from './project';

// The packed tarball, installed the way npm lays it out: node_modules/chiso is the tarball's
// `package/` folder, and each runtime dependency sits beside it. The dependencies are symlinks to
// this repository's node_modules rather than a registry install, so the test runs offline and in
// seconds; chiso itself is a real copy of exactly the files `npm pack` ships, so a file missing
// from `files` or a wrong `exports` path fails here.
let work = '';
let project = '';
let pkg: { version: string; dependencies: Record<string, string>; bin?: Record<string, string> };

beforeAll(() => {
  expect(existsSync(`${root}dist/index.js`), needsBuild).toBe(true);
  work = realpathSync(mkdtempSync(join(tmpdir(), 'chiso-tarball-')));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const tarball = join(work, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  execFileSync('tar', ['-xzf', tarball, '-C', work]);

  project = join(work, 'project');
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'tarball-consumer', private: true }));
  renameSync(join(work, 'package'), join(project, 'node_modules', 'chiso'));
  pkg = JSON.parse(readFileSync(join(project, 'node_modules', 'chiso', 'package.json'), 'utf8'));
  for (const dependency of Object.keys(pkg.dependencies)) {
    const from = join(root, 'node_modules', dependency);
    expect(existsSync(from), `${dependency} is installed in the repository`).toBe(true);
    const to = join(project, 'node_modules', dependency);
    mkdirSync(dirname(to), { recursive: true });
    symlinkSync(from, to, 'dir');
  }
}, 120_000);
afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

// One script body for both module systems; only how chiso is loaded differs.
const body = `
const out = {};
out.resolved = resolved;
out.atLeast57 = chiso.evaluateTarget({ kind: 'threshold', op: '>=', value: 57 }, { numerator: 57, denominator: 100 });
out.above80 = chiso.evaluateTarget({ kind: 'threshold', op: '>', value: 80 }, { numerator: 80, denominator: 100 }).status;
const card = chiso.evaluate(
  builtIn.catalogs.vinhPhuc302,
  [{ unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 98.76 }],
  { asOf: '2023-05-31', units: [{ id: 'vp-districts', name: 'Cấp huyện', level: 'district' }] },
);
const row = card.rows.find((r) => r.indicator === 'tthc-dossiers-fully-online' && r.deadline === '2025-12-31');
out.row = { wording: row.target.wording, value: row.value, status: row.status };
out.ranks = chiso.rank([{ id: 'a', s: 3 }, { id: 'b', s: 5 }, { id: 'c', s: 5 }], { by: 's' }).map((r) => [r.item.id, r.rank]);
out.sameCatalog = chiso.catalogs.vinhPhuc302 === builtIn.vinhPhuc302;
out.planNumber = builtIn.vinhPhuc302.plan.number;
try {
  chiso.evaluateTarget({ kind: 'threshold', op: '>=', value: 80 }, { numerator: 120, denominator: 100 });
  out.error = 'none';
} catch (error) {
  out.error = { isChisoError: error instanceof chiso.ChisoError, name: error.name, field: error.issues[0].field };
}
console.log(JSON.stringify(out));
`;

const run = (file: string, text: string) => {
  writeFileSync(join(project, file), text);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' })) as Record<string, unknown>;
};

const expected = {
  // 57 of 100 meets "≥ 57 %" exactly, although 57 / 100 * 100 is 56.99999999999999 in floating point.
  atLeast57: { status: 'met', value: 57, gap: 0, attainment: 1 },
  // "trên 80%" is strict.
  above80: 'not-met',
  // Kế hoạch 302, II.2.1: at least 80 % at district level by 2025; the districts reported 98.76 %.
  row: { wording: 'Tối thiểu 80%', value: 98.76, status: 'met' },
  // Competition ranking (the DTI's): the two 5s share first place, the 3 is third.
  ranks: [['b', 1], ['c', 1], ['a', 3]],
  sameCatalog: true,
  planNumber: '302/KH-UBND',
  error: { isChisoError: true, name: 'ChisoError', field: 'numerator' },
};

describe('the packed tarball, installed in a fresh project', () => {
  it('works from CommonJS: require("chiso") and require("chiso/catalogs")', () => {
    const out = run('smoke.cjs', `const chiso = require('chiso');\nconst builtIn = require('chiso/catalogs');\nconst resolved = require.resolve('chiso');\n${body}`);
    expect(out).toEqual({ ...expected, resolved: join(project, 'node_modules', 'chiso', 'dist', 'index.cjs') });
  });

  it('works from ESM: import from "chiso" and "chiso/catalogs"', () => {
    const out = run('smoke.mjs', `import * as chiso from 'chiso';\nimport * as builtIn from 'chiso/catalogs';\nimport { fileURLToPath } from 'node:url';\nconst resolved = fileURLToPath(import.meta.resolve('chiso'));\n${body}`);
    expect(out).toEqual({ ...expected, resolved: join(project, 'node_modules', 'chiso', 'dist', 'index.js') });
  });

  it('its command runs: chiso scorecard on a CSV', () => {
    const bin = pkg.bin?.['chiso'];
    expect(bin, 'package.json bin.chiso').toBeDefined();
    writeFileSync(
      join(project, 'data.csv'),
      'unit,unit_name,level,indicator,period,value\nvp-province-agencies,Cấp tỉnh,province,tthc-dossiers-fully-online,2023-05-31,36.18\nvp-districts,Cấp huyện,district,tthc-dossiers-fully-online,2023-05-31,98.76\n',
    );
    const cli = join(project, 'node_modules', 'chiso', bin!);
    expect(execFileSync(process.execPath, [cli, '--version'], { cwd: project, encoding: 'utf8' }).trim()).toBe(pkg.version);
    const args = ['scorecard', '--catalog', 'vinh-phuc-302', '--data', 'data.csv', '--format', 'json', '--lang', 'en', '--as-of', '2024-01-01'];
    const card = JSON.parse(execFileSync(process.execPath, [cli, ...args], { cwd: project, encoding: 'utf8' })) as { rows: Record<string, unknown>[] };
    const measured = card.rows.filter((r) => r['value'] !== null).map((r) => [r['deadline'], r['value'], r['status'], r['gap'], r['attainment']]);
    // ≥ 80 by 2025: 36.18 misses by 80 − 36.18 = 43.82 and attains 36.18 / 80 = 0.45225; 98.76 meets it.
    expect(measured).toEqual([
      ['2025-12-31', 36.18, 'Not met', 43.82, 0.45225],
      ['2025-12-31', 98.76, 'Met', 0, 1],
    ]);
  });
});
