// @zone-independent: the CLI is given `today`; --as-of is explicit where a status is asserted.
// `chiso init`: the starter files validate and score as they are, existing files are never
// overwritten without --force, and docs/adapting.md opens with the very catalog init writes.
// Expected figures are worked by hand from the starter data: the communes' counts 412/530, 388/401
// and 120/200 are 77.74 %, 96.76 % and 60 %; rolled up, (412+388+120)/(530+401+200) = 920/1131 =
// 81.34 % for the province, which meets "≥ 80".
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { starterFiles } from '../../src/cli/starter';
import { loadCatalog } from '../../src/config/loadCatalog';
import { root } from './run';

const temp = mkdtempSync(join(tmpdir(), 'chiso-init-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), today: '2026-12-01' }, '0.0.0');
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.chdir(before);
  }
}

describe('chiso init', () => {
  it('writes three files that validate and score, and prints the next commands', async () => {
    const dir = mkdtempSync(join(temp, 'a-'));
    const r = await run(dir, 'init');
    expect(r.code).toBe(0);
    expect(r.out).toContain('chiso validate catalog.json');
    expect(r.out).toContain('chiso scorecard --catalog catalog.json --data data.csv --units units.csv --roll-up --level province');
    const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as { $schema: string };
    expect(catalog.$schema).toBe('./node_modules/chiso/schema/catalog.schema.json');
    expect((await run(dir, 'validate', 'catalog.json')).out).toBe('catalog.json: ok — catalog "an-binh-2026": 2 indicators, 2 targets; levels province, commune\n');
    const card = await run(dir, 'scorecard', '--catalog', 'catalog.json', '--data', 'data.csv', '--units', 'units.csv', '--as-of', '2026-12-31', '--format', 'csv');
    expect(card.code).toBe(0);
    // 412/530 = 77.7358…%, 2.2641… short of 80; 388/401 = 96.7581…%.
    expect(card.out).toMatch(/^Xã Đông Sơn,Cấp xã,[^\n]*,77\.7358490566\d*,Chưa đạt,2\.264150943\d*,/m);
    expect(card.out).toMatch(/^Xã Tây Sơn,Cấp xã,[^\n]*,96\.758104738\d*,Đạt,0,1$/m);
    const rolled = await run(dir, 'scorecard', '--catalog', 'catalog.json', '--data', 'data.csv', '--units', 'units.csv', '--roll-up', '--level', 'province', '--as-of', '2026-12-31', '--format', 'csv');
    expect(rolled.code).toBe(0);
    // 920/1131 = 81.3439434129…%: the province's own figure, from its communes' counts.
    expect(rolled.out).toMatch(/^Tỉnh An Bình,Cấp tỉnh,Tỷ lệ hồ sơ[^\n]*,81\.343943412\d*,Đạt,0,1$/m);
    expect(rolled.out).toMatch(/^Tỉnh An Bình,Cấp tỉnh,Tỷ lệ hộ gia đình có cáp quang[^\n]*,92\.4,Đạt,0,1$/m);
  });

  it('refuses to overwrite (exit 2, nothing written) unless --force', async () => {
    const dir = mkdtempSync(join(temp, 'b-'));
    writeFileSync(join(dir, 'units.csv'), 'mine\n');
    const r = await run(dir, 'init');
    expect(r.code).toBe(2);
    expect(r.err).toContain('units.csv already exists; nothing was written (use --force to overwrite)');
    expect(existsSync(join(dir, 'catalog.json'))).toBe(false);
    expect(readFileSync(join(dir, 'units.csv'), 'utf8')).toBe('mine\n');
    expect((await run(dir, 'init', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'units.csv'), 'utf8')).toMatch(/^id,name,level,parent\n/);
  });

  it('--dir creates the folder and points $schema from it; --province names the province', async () => {
    const dir = mkdtempSync(join(temp, 'c-'));
    const r = await run(dir, 'init', '--dir', 'sub/x', '--province', 'tỉnh Hà Giang');
    expect(r.code).toBe(0);
    const catalog = loadCatalog(readFileSync(join(dir, 'sub/x/catalog.json'), 'utf8'));
    expect(catalog.id).toBe('ha-giang-2026');
    expect(catalog.plan.issuer.vi).toBe('UBND tỉnh Hà Giang');
    expect(JSON.parse(readFileSync(join(dir, 'sub/x/catalog.json'), 'utf8')).$schema).toBe('../../node_modules/chiso/schema/catalog.schema.json');
    expect(readFileSync(join(dir, 'sub/x/units.csv'), 'utf8')).toContain('ha-giang,Tỉnh Hà Giang,province,');
    expect(r.out).toContain('chiso validate sub/x/catalog.json');
  });

  it('docs/adapting.md opens with the catalog init writes, and it validates', () => {
    const doc = readFileSync(join(root, 'docs/adapting.md'), 'utf8');
    const block = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    const written = starterFiles('An Bình', './node_modules/chiso/schema/catalog.schema.json')['catalog.json'];
    expect(block).toBe(written);
    expect(loadCatalog(block).indicators.map((i) => i.id)).toEqual(['tthc-dossiers-fully-online', 'fibre-household-coverage']);
  });
});
