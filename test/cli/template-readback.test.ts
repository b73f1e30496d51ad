// @zone-independent: workbooks hold years and text only here (no date cells written), and --as-of is given.
// Reading back what `chiso template` wrote, in this process (no office suite): a template made with
// --units read with --units (a column the data lacks is "not given"), data with no levels, a unit id
// typed over or added, a column deleted or inserted, a template for a catalog file that changed, a
// number typed as text with a decimal comma. Expected figures are worked out by hand in each test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/index';
import { readCsv } from '../../src/cli/csv';
import { chisoInProcess } from './run';

const dir = mkdtempSync(join(tmpdir(), 'chiso-readback-'));
let n = 0;
const path = (name: string) => join(dir, `${n++}-${name}`);

const chiso = chisoInProcess;

async function edit(file: string, change: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void, sheet = 'Nhập liệu'): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  change(book.getWorksheet(sheet)!, book);
  const out = path('filled.xlsx');
  await book.xlsx.writeFile(out);
  return out;
}

/** The row of the template for a unit and an indicator (column A the unit, D the indicator). */
function rowOf(sheet: ExcelJS.Worksheet, unit: string, indicator: string): number {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === unit && sheet.getCell(r, 4).value === indicator) return r;
  throw new Error(`no row for ${unit} / ${indicator}`);
}

const UNITS = ['id,name,level,parent', 'vp,Tỉnh Vĩnh Phúc,province,', 'vy,Thành phố Vĩnh Yên,district,vp', 'ps,Thành phố Phúc Yên,district,vp', 'lb,Phường Liên Bảo,commune,vy', 'ts,Phường Tích Sơn,commune,vy', 'xh,Phường Xuân Hoà,commune,ps', ''].join('\n');
const INDICATOR = 'work-dossiers-online';

/** The scorecard's CSV rows for the indicator's targets due 2025-12-31: unit name → [value, status]. */
function due2025(csv: string): Map<string, [string, string]> {
  const table = readCsv(csv, 'out.csv');
  const name = catalogs.vinhPhuc302.indicators.find((i) => i.id === INDICATOR)!.name.vi;
  const at = (h: string) => table.header.indexOf(h);
  return new Map(table.rows.filter((r) => r.cells[at('Chỉ tiêu')] === name && r.cells[at('Thời hạn')] === '2025-12-31').map((r) => [r.cells[at('Đơn vị')]!, [r.cells[at('Giá trị')]!, r.cells[at('Tình trạng')]!]]));
}

describe('a template made with --units reads back with --units (item 1)', () => {
  it('rolls lb 3/4 + ts 5/10 into vy, xh 9/10 into ps, both into vp; a missing parent column is "not given"', async () => {
    const units = path('units.csv');
    writeFileSync(units, UNITS);
    const template = path('tu.xlsx');
    expect((await chiso('template', '--catalog', 'vinh-phuc-302', '--units', units, '--out', template)).code).toBe(0);
    const filled = await edit(template, (sheet) => {
      for (const [unit, p, q] of [['lb', 3, 4], ['ts', 5, 10], ['xh', 9, 10]] as const) {
        const r = rowOf(sheet, unit, INDICATOR);
        sheet.getCell(r, 9).value = 2024;
        sheet.getCell(r, 11).value = p;
        sheet.getCell(r, 12).value = q;
      }
    });
    const run = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', filled, '--units', units, '--as-of', '2024-12-31', '--roll-up', '--format', 'csv');
    expect(run.stderr).not.toContain('Expected parent');
    expect(run.code).toBe(0);
    const rows = due2025(run.stdout);
    // vinhPhuc302: ≥ 90 at province, ≥ 80 at district, ≥ 60 at commune, all by 2025-12-31.
    // vy = (3 + 5) / (4 + 10) = 8/14 = 57.142857…%: below 80. ps = 9/10 = 90%: at least 80.
    // vp = (8 + 9) / (14 + 10) = 17/24 = 70.8333…%: below 90. lb 75 ≥ 60, ts 50 < 60, xh 90 ≥ 60.
    const value = (unit: string) => Number(rows.get(unit)![0]);
    expect(value('Thành phố Vĩnh Yên')).toBeCloseTo(57.142857, 5);
    expect(rows.get('Thành phố Vĩnh Yên')![1]).toBe('Chưa đạt');
    expect(value('Thành phố Phúc Yên')).toBe(90);
    expect(rows.get('Thành phố Phúc Yên')![1]).toBe('Đạt');
    expect(value('Tỉnh Vĩnh Phúc')).toBeCloseTo(70.833333, 5);
    expect(rows.get('Tỉnh Vĩnh Phúc')![1]).toBe('Chưa đạt');
    expect([rows.get('Phường Liên Bảo'), rows.get('Phường Tích Sơn'), rows.get('Phường Xuân Hoà')]).toEqual([['75', 'Đạt'], ['50', 'Chưa đạt'], ['90', 'Đạt']]);
  });

  it('a template in English (names from the units file\'s name_en) reads back with the same --units', async () => {
    const units = path('units.csv');
    writeFileSync(units, ['id,name,name_en,level,parent', 'vp,Tỉnh Vĩnh Phúc,Vinh Phuc province,province,', 'vy,Thành phố Vĩnh Yên,Vinh Yen city,district,vp', 'lb,Phường Liên Bảo,Lien Bao ward,commune,vy', ''].join('\n'));
    const template = path('te.xlsx');
    expect((await chiso('template', '--catalog', 'vinh-phuc-302', '--units', units, '--lang', 'en', '--out', template)).code).toBe(0);
    const filled = await edit(template, () => undefined, 'Data entry');
    const run = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', filled, '--units', units, '--as-of', '2024-12-31', '--format', 'csv');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('a CSV with unit_name and level but no parent column reads with --units; a real conflict is said once per unit', async () => {
    const units = path('units.csv');
    writeFileSync(units, UNITS);
    const data = path('data.csv');
    writeFileSync(data, ['unit,unit_name,level,indicator,period,numerator,denominator', `lb,Phường Liên Bảo,commune,${INDICATOR},2024,3,4`, `ts,Phường Tích Sơn,commune,${INDICATOR},2024,5,10`, ''].join('\n'));
    const ok = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', data, '--units', units, '--as-of', '2024-12-31', '--roll-up', '--format', 'csv');
    expect(ok.code).toBe(0);
    // 8/14 again, now from a CSV.
    expect(Number(due2025(ok.stdout).get('Thành phố Vĩnh Yên')![0])).toBeCloseTo(57.142857, 5);
    // With a parent column saying "ps" for lb on two rows: one problem, at its first row.
    const bad = path('bad.csv');
    writeFileSync(bad, ['unit,unit_name,level,parent,indicator,period,value', `lb,Phường Liên Bảo,commune,ps,${INDICATOR},2023,70`, `lb,Phường Liên Bảo,commune,ps,${INDICATOR},2024,75`, ''].join('\n'));
    const run = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', bad, '--units', units, '--as-of', '2024-12-31');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`${bad}:2:4 (parent): Expected parent of unit "lb" to be "vy" (as at ${units}:5:4 (parent)) but got "ps".`]);
  });
});

describe('data whose units have no level (item 2)', () => {
  it('lists the figure judged against nothing as not used, and says on stderr how to give levels', async () => {
    const data = path('semi.csv');
    writeFileSync(data, `unit;indicator;period;value;numerator;denominator\nvp-b;${INDICATOR};2023;;1.132;1.400\n`);
    const run = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', data, '--as-of', '2024-12-31');
    // A warning, not an error: `unit-level-unknown` is the library's designed outcome (docs/concepts.md).
    expect(run.code).toBe(0);
    // The indicator's targets are all per level: 2 each at province, district and commune = 6.
    const targets = catalogs.vinhPhuc302.indicators.find((i) => i.id === INDICATOR)!.targets;
    expect(targets.every((t) => t.level !== undefined)).toBe(true);
    expect(run.stderr).toBe(`warning: ${targets.length} per-level target(s) not judged: the level of unit(s) "vp-b" is unknown; give --units <file> or a level column in the data\n`);
    expect(targets.length).toBe(6);
    expect(run.stdout).toContain('Số liệu không dùng (1):\n\n- vp-b · work-dossiers-online · 2023: không rõ cấp của đơn vị (cho --units hoặc cột level)');
  });
});

describe('a template refuses rows for units it was not made for (item 3)', () => {
  it('names every typed-over or added unit id; an old template (no units row) reads as before', async () => {
    const template = path('t.xlsx');
    expect((await chiso('template', '--catalog', 'vinh-phuc-302', '--out', template)).code).toBe(0);
    const filled = await edit(template, (sheet) => {
      sheet.getCell('A5').value = 'so-tttt';
      sheet.getCell('I5').value = 2024;
      sheet.getCell('J5').value = 70;
      const last = sheet.rowCount + 1;
      sheet.getRow(last).values = ['xa-moi', 'Xã Mới', 'commune', 'tthc-dossiers-fully-online', '', '', '', '', 2024, 88];
    });
    const rows = (await (async () => {
      const b = new ExcelJS.Workbook();
      await b.xlsx.readFile(filled);
      return b.getWorksheet('Nhập liệu')!.rowCount;
    })());
    const run = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', filled, '--as-of', '2024-12-31');
    expect(run.code).toBe(1);
    const made = `it was made for "province", "district", "commune"`;
    expect(run.stderr.trim().split('\n')).toEqual([
      `${filled}: 'Nhập liệu'!A5: "so-tttt" is not a unit of this template (${made}): put back the id the row had, or make a new template with \`--units\` for a new unit`,
      `${filled}: 'Nhập liệu'!A${rows}: "xa-moi" is not a unit of this template (${made}): put back the id the row had, or make a new template with \`--units\` for a new unit`,
    ]);
    // The same workbook without the `units` row of `_chiso`, as written before it was recorded.
    const old = await edit(filled, (_sheet, book) => {
      const mark = book.getWorksheet('_chiso')!;
      for (let r = mark.rowCount; r >= 1; r--) if (mark.getCell(r, 1).value === 'units') mark.spliceRows(r, 1);
    });
    const before = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', old, '--as-of', '2024-12-31', '--format', 'csv');
    expect(before.code).toBe(0);
    // As before this check: the added row is a new unit on the scorecard.
    expect(before.stdout).toContain('Xã Mới,Cấp xã');
  });
});

describe('a template refuses a column deleted, inserted or moved (item 4)', () => {
  it('names the column letter and the header expected', async () => {
    const template = path('t.xlsx');
    await chiso('template', '--catalog', 'vinh-phuc-302', '--out', template);
    const deleted = await edit(template, (sheet) => {
      sheet.spliceColumns(6, 1); // "Đơn vị đo" (F) deleted: G..O move to F..N
      sheet.getCell('H5').value = 2024;
      sheet.getCell('I5').value = 70;
    });
    const run = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', deleted, '--as-of', '2024-12-31');
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    // F..N now hold what G..O held: 9 columns moved, O empty; then the way back.
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe(`${deleted}: 'Nhập liệu'!F1: Expected column F to be "Đơn vị đo" (measure) but got "Mục tiêu" (the template's column G: a column was deleted, inserted or moved)`);
    expect(lines[4]).toBe(`${deleted}: 'Nhập liệu'!J1: Expected column J to be "Giá trị" (value) but got "Tử số" (the template's column K: a column was deleted, inserted or moved)`);
    expect(lines[9]).toBe(`${deleted}: 'Nhập liệu'!O1: Expected column O to be "Ghi chú" (note) but got "" (a column was deleted or inserted, or its header cleared)`);
    expect(lines[10]).toContain('the template\'s columns are read by position');
    const inserted = await edit(template, (sheet) => {
      sheet.spliceColumns(10, 0, ['Thêm']);
    });
    const ins = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', inserted, '--as-of', '2024-12-31');
    expect(ins.code).toBe(1);
    const insLines = ins.stderr.trim().split('\n');
    expect(insLines[0]).toBe(`${inserted}: 'Nhập liệu'!J1: Expected column J to be "Giá trị" (value) but got "Thêm" (a column was inserted or its header changed)`);
    expect(insLines).toContain(`${inserted}: 'Nhập liệu'!P1: Expected no column P (the template's columns end at O) but got "Ghi chú": a column was added or moved`);
  });
});

describe('a template for a catalog file that changed (item 5)', () => {
  it('suggests the --catalog the user gave, not the catalog id', async () => {
    const file = path('cat.json');
    const catalog = JSON.parse(JSON.stringify(catalogs.vinhPhuc302)) as { id: string; plan: { title: { vi: string } } };
    catalog.id = 'an-binh-2026';
    writeFileSync(file, JSON.stringify(catalog));
    const template = path('t.xlsx');
    const made = await chiso('template', '--catalog', file, '--out', template);
    expect(made.stderr).toBe(`wrote ${template}\n`);
    // Any change to the file's content is another version (src/cli/xlsx/version.ts).
    catalog.plan.title.vi += ' (sửa)';
    writeFileSync(file, JSON.stringify(catalog));
    const run = await chiso('scorecard', '--catalog', file, '--data', template, '--as-of', '2024-12-31');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^.*: a template made for catalog "an-binh-2026" version [0-9a-f]{12}, not for "an-binh-2026" version [0-9a-f]{12}: make a new one with `chiso template --catalog (.*)` \(or give the catalog it was made for\)\n$/);
    expect(run.stderr).toContain(`\`chiso template --catalog ${file}\``);
    expect(run.stderr).not.toContain('--catalog an-binh-2026`');
  });
});

describe('a number typed as text in a workbook (item 6)', () => {
  it('says what a cell should hold, not a separator', async () => {
    const template = path('t.xlsx');
    await chiso('template', '--catalog', 'vinh-phuc-302', '--out', template);
    const filled = await edit(template, (sheet) => {
      const r = rowOf(sheet, 'province', 'tthc-dossiers-fully-online');
      sheet.getCell(r, 9).value = 2024;
      sheet.getCell(r, 10).value = '36,18';
    });
    const sheet = (await new ExcelJS.Workbook().xlsx.readFile(filled)).getWorksheet('Nhập liệu')!;
    const r = rowOf(sheet, 'province', 'tthc-dossiers-fully-online');
    const run = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', filled, '--as-of', '2024-12-31');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${filled}: 'Nhập liệu'!J${r} (value): Expected value to be a number cell, or text written with a decimal point (36.18) but got "36,18".\n`);
  });
});
