// @zone-independent: LibreOffice runs once per file (slow to start); every day compared is a civil day written in the files.
// The proof with a real office suite (LibreOffice Calc, headless): it turns the example CSV into a
// workbook that chiso reads to the same scorecard; it opens chiso's workbooks and saves them as
// CSV, equal in content to chiso's own CSV; it opens and saves a filled template, which reads back
// to the observations written; it renders a scorecard workbook to PDF, then PNG (pdftoppm), kept in
// test/artifacts/. Without LibreOffice this file FAILS: .ci/run installs libreoffice-calc-nogui
// and poppler-utils.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/cli/csv';
import { chisoInProcess } from './run';

const which = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
const soffice = which('soffice');
const pdftoppm = which('pdftoppm');
const dir = mkdtempSync(join(tmpdir(), 'chiso-lo-'));
const profile = `file://${join(dir, 'profile')}`;
const EXAMPLE = 'examples/data/vinh-phuc-2023.csv';
const ARTIFACTS = join(process.cwd(), 'test/artifacts');

const chiso = chisoInProcess;

/** One LibreOffice run converting every file given (its start is the slow part: files are batched). */
function convert(to: string, outdir: string, files: readonly string[], infilter?: string): void {
  execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...(infilter === undefined ? [] : [`--infilter=${infilter}`]), '--convert-to', to, '--outdir', outdir, ...files], { stdio: 'pipe', timeout: 180_000 });
  for (const f of files) {
    const out = join(outdir, basename(f).replace(/\.[^.]+$/, `.${to.split(':')[0]}`));
    if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  }
}

// CSV as LibreOffice writes it here: comma, double quote, UTF-8 (76), from line 1, English (1033)
// number and date formats, no "as shown" formatting of numbers (token 9 false).
const CSV_OUT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false';
// The same, but each number "as shown" (token 9 true): the text its cell's number format shows.
const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false';
// The example CSV as LibreOffice imports it: comma, double quote, UTF-8, from line 1.
const CSV_IN = 'CSV:44,34,76,1';

const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  scorecard: ['scorecard', '--catalog', 'vinh-phuc-302', '--data', EXAMPLE, '--as-of', '2023-05-31'],
  rank: ['rank', '--catalog', 'vinh-phuc-302', '--data', EXAMPLE, '--as-of', '2023-05-31'],
  progress: ['progress', '--catalog', 'vinh-phuc-302', '--data', EXAMPLE, '--as-of', '2023-05-31'],
  deadlines: ['deadlines', '--as-of', '2023-06-30'],
};

/** A chiso CSV cell and LibreOffice's CSV cell of the same workbook cell: the same content. */
function sameContent(ours: string, theirs: string): boolean {
  if (ours === theirs) return true;
  if (/^\d{4}-\d{2}-\d{2}$/.test(ours)) {
    // A date cell, written by LibreOffice in the English (US) way: M/D/YYYY or MM/DD/YYYY.
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(theirs);
    return m !== null && `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` === ours;
  }
  if (/^-?\d+(?:\.\d+)?$/.test(ours)) {
    // A number; a percentage cell as LibreOffice shows it (45.225%). LibreOffice writes 15 significant digits.
    const percent = theirs.endsWith('%');
    const n = Number(percent ? theirs.slice(0, -1) : theirs);
    const value = percent ? Number((n / 100).toPrecision(15)) : n;
    return Number.isFinite(value) && Number(Number(ours).toPrecision(15)) === Number(value.toPrecision(15));
  }
  return false;
}

beforeAll(() => {
  if (soffice === '' || pdftoppm === '') {
    throw new Error(`LibreOffice (soffice) and pdftoppm are required for this test and ${soffice === '' ? 'soffice' : 'pdftoppm'} is missing: apt-get install -y libreoffice-calc-nogui poppler-utils (.ci/run installs them).`);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// LibreOffice takes seconds to start, more on a busy machine: each test may take up to two minutes.
describe('LibreOffice and chiso read and write the same workbooks', { timeout: 120_000 }, () => {
  it('LibreOffice turns the example CSV into a workbook; chiso reads it to the same scorecard as the CSV', async () => {
    const out = join(dir, 'from-csv');
    mkdirSync(out);
    const csvCopy = join(dir, 'vinh-phuc-2023.csv');
    copyFileSync(EXAMPLE, csvCopy);
    convert('xlsx', out, [csvCopy], CSV_IN);
    const workbook = join(out, 'vinh-phuc-2023.xlsx');
    const fromXlsx = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', workbook, '--as-of', '2023-05-31', '--format', 'csv');
    const fromCsv = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', EXAMPLE, '--as-of', '2023-05-31', '--format', 'csv');
    expect(fromXlsx.code, fromXlsx.stderr).toBe(0);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
    expect(fromXlsx.stdout).toContain(',36.18,Chưa đạt,');
  });

  it('LibreOffice saves chiso\'s scorecard, rank, progress and deadlines workbooks as CSV equal in content to chiso\'s CSV', async () => {
    const out = join(dir, 'to-csv');
    mkdirSync(out);
    const files: string[] = [];
    const ours = new Map<string, string>();
    for (const [name, args] of Object.entries(COMMANDS)) {
      const file = join(dir, `${name}.xlsx`);
      const r = await chiso(...args, '--format', 'xlsx', '--out', file);
      expect(r.code, r.stderr).toBe(0);
      files.push(file);
      ours.set(name, (await chiso(...args, '--format', 'csv')).stdout);
    }
    convert(CSV_OUT, out, files);
    for (const [name, csv] of ours) {
      const a = readCsv(csv, `${name}.csv`);
      const b = readCsv(readFileSync(join(out, `${name}.csv`), 'utf8'), `lo-${name}.csv`);
      expect(b.header, name).toEqual(a.header);
      expect(b.rows.length, name).toBe(a.rows.length);
      const different = a.rows.flatMap((row, r) => row.cells.flatMap((cell, c) => (sameContent(cell, b.rows[r]?.cells[c] ?? '') ? [] : [`${name} row ${r + 2} column ${c + 1}: chiso "${cell}", LibreOffice "${b.rows[r]?.cells[c]}"`])));
      expect(different).toEqual([]);
    }
  });

  it('a scorecard row near its bound, as LibreOffice shows it: 79.999 · 0.001 · 99.999%, never 80.00 · 0.00 · 100.00% beside "Chưa đạt"; at a strict bound 0 (cần > 80) · < 100%', async () => {
    // 79 999 / 100 000 = 79.999 % against ≥ 80 (not met), and 36.18 far from the bound (2 decimals).
    const data = join(dir, 'near-bound.csv');
    // And 80 against "trên 80%" (> 80): exactly at a strict bound, gap 0 and attainment 1 in the
    // cells, shown in words as the tables write them.
    writeFileSync(data, 'unit,indicator,period,numerator,denominator,value\nvp-districts,tthc-dossiers-fully-online,2023-05-31,79999,100000,\nvp-province-agencies,tthc-dossiers-fully-online,2023-05-31,,,36.18\nvp-districts,fibre-household-coverage,2023-05-31,,,80\n');
    const file = join(dir, 'near-bound.xlsx');
    const r = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', data, '--as-of', '2023-05-31', '--format', 'xlsx', '--out', file);
    expect(r.code, r.stderr).toBe(0);
    const out = join(dir, 'as-shown');
    mkdirSync(out);
    convert(CSV_AS_SHOWN, out, [file]);
    const shown = readCsv(readFileSync(join(out, 'near-bound.csv'), 'utf8'), 'near-bound.csv');
    const figures = shown.rows.filter((row) => row.cells[5] !== '').map((row) => [row.cells[5], row.cells[6], row.cells[7], row.cells[8]]);
    expect(figures).toEqual([
      ['79.999', 'Chưa đạt', '0.001', '99.999%'],
      ['80', 'Chưa đạt', '0 (cần > 80)', '< 100%'],
      // (The indicator's other targets: its 2030 qualitative one, and Chỉ thị 04's 100 %: 80 of 100 far from it.)
      ['80', 'Không áp dụng', '', ''],
      ['80', 'Chưa đạt', '20', '80%'],
      ['36.18', 'Chưa đạt', '43.82', '45.23%'],
    ]);
  });

  it('the template\'s period rule, computed by LibreOffice: a year 1900–2199, a date 1995–2199 or text; not 25, 20225, 2025.5, a boolean', async () => {
    const template = join(dir, 'rule.xlsx');
    expect((await chiso('template', '--catalog', 'vinh-phuc-302', '--out', template)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    const rule = book.getWorksheet('Nhập liệu')!.getCell('I2').dataValidation;
    expect(rule).toMatchObject({ type: 'custom', allowBlank: true, showErrorMessage: true });
    const formula = String(rule.formulae?.[0]);
    expect(formula).toContain('I2');
    // Each case beside what the rule must say, from the cells a person may type: the rule's formula,
    // with its cell moved to the case's, computed by LibreOffice from a workbook without cached results.
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const cases: readonly [ExcelJS.CellValue, boolean][] = [
      [2025, true], [1900, true], [2199, true], [1899, false], [2200, false], [25, false], [202, false], [20225, false],
      [2025.5, false], [-2025, false], [0, false], [day('2025-12-31'), true], [day('1995-01-01'), true], [day('1994-12-31'), false],
      [day('2199-12-31'), true], ['31/12/2025', true], ['2025', true], [true, false],
    ];
    const probe = new ExcelJS.Workbook();
    const sheet = probe.addWorksheet('S');
    cases.forEach(([value], i) => {
      const cell = sheet.getCell(`A${i + 1}`);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      sheet.getCell(`B${i + 1}`).value = { formula: formula.replaceAll('I2', `A${i + 1}`) };
    });
    const file = join(dir, 'probe.xlsx');
    await probe.xlsx.writeFile(file);
    convert(CSV_OUT, dir, [file]);
    const computed = readCsv(readFileSync(join(dir, 'probe.csv'), 'utf8'), 'probe.csv');
    const said = [computed.header, ...computed.rows.map((r) => r.cells)].map((cells) => cells[1]);
    expect(said).toEqual(cases.map(([, ok]) => (ok ? 'TRUE' : 'FALSE')));
  });

  it('a template filled by exceljs, then opened and saved by LibreOffice, reads back to the observations written; the scorecard renders to PDF and PNG', async () => {
    const template = join(dir, 'template.xlsx');
    expect((await chiso('template', '--catalog', 'vinh-phuc-302', '--out', template)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    const sheet = book.getWorksheet('Nhập liệu')!;
    const written = new Map<string, number>();
    let k = 0;
    sheet.eachRow((row, i) => {
      if (i === 1 || row.getCell(6).value !== '% (0–100)') return;
      k++;
      if (k > 6) return;
      const value = [36.18, 98.76, 80, 12.5, 0.1, 100][k - 1]!;
      // A day typed into a cell, as Excel stores it: a date cell (a serial number with a date format).
      row.getCell(9).value = new Date('2024-12-31T00:00:00Z');
      // (a style of its own: exceljs shares one style object between the cells of a loaded workbook that had the same style)
      row.getCell(9).style = { ...row.getCell(9).style, numFmt: 'dd/mm/yyyy' };
      row.getCell(10).value = value;
      written.set(`${row.getCell(1).value}|${row.getCell(4).value}`, value);
    });
    const filled = join(dir, 'filled.xlsx');
    await book.xlsx.writeFile(filled);
    const out = join(dir, 'resaved');
    mkdirSync(out);
    convert('xlsx', out, [filled]);
    const resaved = join(out, 'filled.xlsx');
    const read = async (file: string) => {
      const r = await chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', file, '--as-of', '2024-12-31', '--format', 'json');
      expect(r.code, r.stderr).toBe(0);
      const rows = (JSON.parse(r.stdout) as { scorecard: { rows: { unit: string; indicator: string; value: number | null; period: unknown }[] } }).scorecard.rows;
      return new Map(rows.filter((x) => x.value !== null).map((x) => [`${x.unit}|${x.indicator}`, x.value]));
    };
    expect(await read(filled)).toEqual(written);
    expect(await read(resaved)).toEqual(written);

    // The picture: a scorecard workbook as LibreOffice renders it.
    // (The province-config example, as docs/images/xlsx-scorecard.png shows it: every status on one page.)
    const scorecard = join(dir, 'scorecard.xlsx');
    const own = ['--catalog', 'examples/province-config/catalog.json', '--data', 'examples/province-config/observations.json', '--units', 'examples/province-config/units.json', '--as-of', '2026-12-31'];
    expect((await chiso('scorecard', ...own, '--format', 'xlsx', '--out', scorecard)).code).toBe(0);
    convert('pdf', dir, [scorecard]);
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync(pdftoppm, ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(dir, 'scorecard.pdf'), join(ARTIFACTS, 'xlsx-scorecard')]);
    const png = readFileSync(join(ARTIFACTS, 'xlsx-scorecard.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });
});
