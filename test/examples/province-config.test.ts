import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/catalogs/index';
import { catalogJsonSchema } from '../../src/config/catalogJsonSchema';
import { compareCatalogs } from '../../src/config/compareCatalogs';
import { loadCatalog } from '../../src/config/loadCatalog';
import { evaluate } from '../../src/evaluate/evaluate';
import type { Observation } from '../../src/model/observation';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');

describe('examples/province-config: a province that writes JSON, not code', () => {
  it('runs: validates, rolls communes up (summing counts), prints the scorecard', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/province-config/run.ts'], { cwd: root, encoding: 'utf8' });
    // (412 + 300 + 1190) / (530 + 400 + 1240) = 1902 / 2170 = 87.65 %, short of 95 % by 7.35
    expect(out).toMatch(/Tỉnh Minh Họa \(hư cấu\)\s+work-dossiers-online\s+tối thiểu 95%\s+87,65\s+not-met \(thiếu 7,35\)/);
    // 271800 of 302000 households is exactly 90 %: "trên 90%" is not met
    expect(out).toMatch(/fibre-household-coverage\s+trên 90%\s+90\s+not-met/);
    // 300 of 400 is exactly 75 %: "tối thiểu 75%" is met
    expect(out).toMatch(/Xã Hòa Lạc \(hư cấu\)\s+work-dossiers-online\s+tối thiểu 75%\s+75\s+met/);
    expect(out).toContain('roll-up minh-hoa work-dossiers-online 2026: 3/3 communes reported');
  });
  it('its catalog.json validates against the shipped JSON Schema with an independent validator (ajv)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(read('schema/catalog.schema.json')));
    expect(validate(JSON.parse(read('examples/province-config/catalog.json'))), JSON.stringify(validate.errors)).toBe(true);
    // and ajv rejects what loadCatalog rejects on shape
    const bad = JSON.parse(read('examples/province-config/catalog.json'));
    bad.indicators[0].targets[0].op = '=>';
    expect(validate(bad)).toBe(false);
    expect(() => loadCatalog(bad)).toThrow(/indicators\[0\]\.targets\[0\]\.op/);
  });
  it('the built-in catalogs validate against the JSON Schema too', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(catalogJsonSchema());
    for (const catalog of Object.values(catalogs)) expect(validate(JSON.parse(JSON.stringify(catalog))), catalog.id).toBe(true);
  });
});

describe('the three built-in plans share indicator ids', () => {
  const obs: Observation[] = [
    { unit: 'p', indicator: 'level-4-online-services', period: 2025, value: 85 },
    { unit: 'p', indicator: 'work-dossiers-online', period: 2025, numerator: 88, denominator: 100 },
    { unit: 'p', indicator: 'tthc-satisfaction', period: 2025, value: 91 },
  ];
  it('evaluate the same observations against each plan', () => {
    const status = (catalog: (typeof catalogs)[keyof typeof catalogs], indicator: string) =>
      evaluate(catalog, obs.filter((o) => catalog.indicators.some((i) => i.id === o.indicator)), { asOf: '2025-12-31', level: 'province' })
        .rows.filter((r) => r.indicator === indicator && r.deadline === '2025-12-31')
        .map((r) => r.status);
    // level-4 services at 85 %: Điện Biên wants 80 % (met), Vĩnh Phúc and Tuyên Quang 100 % (not met)
    expect(status(catalogs.dienBien, 'level-4-online-services')).toEqual(['met']);
    expect(status(catalogs.vinhPhuc302, 'level-4-online-services')).toEqual(['not-met']);
    expect(status(catalogs.tuyenQuang154, 'level-4-online-services')).toEqual(['not-met']);
    // work dossiers at 88 % against 90 % at province level, in all three
    for (const c of Object.values(catalogs)) expect(status(c, 'work-dossiers-online')).toEqual(['not-met']);
  });
  it('compareCatalogs lines the plans up', () => {
    const c = compareCatalogs(catalogs.vinhPhuc302, catalogs.dienBien);
    const l4 = c.shared.find((s) => s.id === 'level-4-online-services')!;
    expect([l4.a.targets[0]?.kind === 'threshold' && l4.a.targets[0].value, l4.b.targets[0]?.kind === 'threshold' && l4.b.targets[0].value]).toEqual([100, 80]);
    expect(c.shared.every((s) => s.sameMeasure)).toBe(true);
    expect(c.shared.map((s) => s.id).sort()).toEqual([
      'digital-economy-grdp-share', 'e-payment-account-population-share', 'fibre-commune-coverage', 'fibre-household-coverage',
      'level-4-online-services', 'mobile-broadband-smartphones', 'shared-databases-connected', 'state-data-opening', 'work-dossiers-online',
    ]);
    expect(c.onlyB).toEqual(expect.arrayContaining(['labour-productivity-growth']));
    expect(c.shared.length + c.onlyA.length).toBe(catalogs.vinhPhuc302.indicators.length);
    expect(compareCatalogs(catalogs.vinhPhuc302, catalogs.tuyenQuang154).shared.every((s) => s.sameMeasure)).toBe(true);
  });
});
