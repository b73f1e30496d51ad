// @zone-independent: the installed CLI with a fixed --as-of; the CLI's date handling runs in every zone in test/cli/dates.test.ts.
// Issue 20's newcomer, replayed: the packed tarball (`npm pack` of the built package) installed in a
// new project, then only what the npm page and `--help` say: `chiso init`, `chiso validate`,
// `chiso scorecard`, `chiso rank`, `--roll-up`, the editor's `$schema` path, and the library loading
// the catalog init wrote.
//
// Installing: `npm install <tarball> --offline` first, which works when chiso's dependencies are in
// the npm cache (after `npm ci`, as in CI). Where they are not (ENOTCACHED), the tarball is laid out
// as npm lays it out — node_modules/chiso is the tarball's `package/` folder, a real copy of exactly
// what ships — and each runtime dependency is a symlink to this repository's node_modules. The test
// says which way it went (`installedWith`).
//
// Expected figures are worked by hand from the starter data (see test/cli/init.test.ts): communes at
// 412/530 = 77.74 %, 388/401 = 96.76 %, 120/200 = 60 %; rolled up, 920/1131 = 81.34 % ≥ 80.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsBuild, root } from './project';

let work = '';
let project = '';
let installedWith: 'npm install --offline' | 'tarball copy + linked dependencies' = 'npm install --offline';

beforeAll(() => {
  expect(existsSync(`${root}dist/cli.js`), needsBuild).toBe(true);
  work = realpathSync(mkdtempSync(join(tmpdir(), 'chiso-newcomer-')));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const tarball = join(work, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  project = join(work, 'my-province');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-province', private: true, type: 'module' }));
  const npm = spawnSync('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
  if (npm.status !== 0) {
    installedWith = 'tarball copy + linked dependencies';
    rmSync(join(project, 'node_modules'), { recursive: true, force: true });
    mkdirSync(join(project, 'node_modules'));
    execFileSync('tar', ['-xzf', tarball, '-C', work]);
    renameSync(join(work, 'package'), join(project, 'node_modules', 'chiso'));
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules', 'chiso', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const dependency of Object.keys(pkg.dependencies)) {
      const to = join(project, 'node_modules', dependency);
      mkdirSync(dirname(to), { recursive: true });
      symlinkSync(join(root, 'node_modules', dependency), to, 'dir');
    }
  }
}, 180_000);
afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

/** `npx chiso …` in the project: the package's own bin. */
const chiso = (...args: string[]) => {
  const bin = (JSON.parse(readFileSync(join(project, 'node_modules', 'chiso', 'package.json'), 'utf8')) as { bin: { chiso: string } }).bin.chiso;
  const r = spawnSync(process.execPath, [join(project, 'node_modules', 'chiso', bin), ...args], { cwd: project, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe(`the newcomer's first hour, from the packed tarball`, () => {
  it('init, validate, scorecard, rank, roll-up', () => {
    console.info(`newcomer: chiso installed with ${installedWith}`);
    const init = chiso('init', '--province', 'An Bình');
    expect(init.code).toBe(0);
    expect(init.out).toContain('chiso validate catalog.json');

    // The editor's $schema path resolves to the schema the package ships.
    const catalog = JSON.parse(readFileSync(join(project, 'catalog.json'), 'utf8')) as { $schema: string };
    const schema = JSON.parse(readFileSync(join(project, catalog.$schema), 'utf8')) as { properties: { hierarchy: { description: string } } };
    expect(schema.properties.hierarchy.description).toContain('twoTier2025');

    expect(chiso('validate', 'catalog.json')).toMatchObject({ code: 0, out: 'catalog.json: ok — catalog "an-binh-2026": 2 indicators, 2 targets; levels province, commune\n' });

    const card = chiso('scorecard', '--catalog', 'catalog.json', '--data', 'data.csv', '--units', 'units.csv', '--as-of', '2026-12-31');
    expect(card.code).toBe(0);
    expect(card.out).toContain('| Xã Đông Sơn | Cấp xã | Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến | tối thiểu 80% (≥ 80) | 31/12/2026 | 77,74 | Chưa đạt |');
    expect(card.out).toContain('| Xã Tây Sơn | Cấp xã | Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến | tối thiểu 80% (≥ 80) | 31/12/2026 | 96,76 | Đạt |');

    const rank = chiso('rank', '--catalog', 'catalog.json', '--data', 'data.csv', '--units', 'units.csv', '--level', 'commune', '--by', 'tthc-dossiers-fully-online', '--as-of', '2026-12-31', '--format', 'csv');
    expect(rank.code).toBe(0);
    // By the share itself: Tây Sơn 96.76 %, Đông Sơn 77.74 %, Nam Sơn 60 %.
    expect(rank.out.split('\n').slice(1, 4).map((l) => l.split(',')[0] + ' ' + l.split(',')[1])).toEqual(['1 Xã Tây Sơn', '2 Xã Đông Sơn', '3 Xã Nam Sơn']);

    const rolled = chiso('scorecard', '--catalog', 'catalog.json', '--data', 'data.csv', '--units', 'units.csv', '--roll-up', '--level', 'province', '--as-of', '2026-12-31');
    expect(rolled.code).toBe(0);
    expect(rolled.out).toContain('| Tỉnh An Bình | Cấp tỉnh | Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến | tối thiểu 80% (≥ 80) | 31/12/2026 | 81,34 | Đạt |');
    expect(rolled.out).toContain('3/3');

    // The library, imported by the project, loads the same file.
    writeFileSync(join(project, 'load.mjs'), "import { readFileSync } from 'node:fs';\nimport { loadCatalog } from 'chiso';\nconst c = loadCatalog(readFileSync('catalog.json', 'utf8'));\nconsole.log(c.id, c.hierarchy.id, c.indicators.length);\n");
    expect(spawnSync(process.execPath, ['load.mjs'], { cwd: project, encoding: 'utf8' }).stdout).toBe('an-binh-2026 two-tier-2025 2\n');
  }, 120_000);
});
