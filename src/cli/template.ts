import type * as ExcelJS from 'exceljs';
import { MEASURE_BOUNDS, type Catalog, type Indicator, type Measure, type Target, type Unit } from '../index';
import { civilToUtcMs } from '../_shared/dates';
import { formatDate } from '../_shared/format';
import { oneOf, parseCommandArgs, required, stringOf } from './args';
import { resolveCatalog } from './catalog';
import type { CliContext } from './context';
import { loadUnits } from './data';
import { usageError } from './errors';
import { andThen } from './xlsx/andThen';
import { loadExcelJs } from './xlsx/lib';
import { TEMPLATE_FIELDS, TEMPLATE_HEADERS, type TemplateField } from './templateColumns';
import { MARK_SHEET } from './xlsx/read';
import { catalogVersion } from './xlsx/version';
import { writeWorkbook } from './xlsx/write';

/** `chiso template --help`. */
export const templateHelp = `chiso template — write an Excel workbook to fill in: one row per unit and indicator with a target

Usage:
  chiso template --catalog <name|file.json> [--units <file>] [--lang en] --out <file.xlsx>

Options:
  --catalog <c>      vinh-phuc-302, tuyen-quang-154, dien-bien, or a catalog file (.json)
  --units <file>     the units to report for (id, name, level, parent: CSV, JSON or .xlsx); without
                     it, one row per level of the catalog (the unit's id is the level's)
  --lang <l>         vi (default) or en: the headers, the explanation sheet, done = có/không or yes/no
  -o, --out <file>   the workbook to write (.xlsx; required)
  -h, --help         this help

Each row names the unit and the indicator, with the targets' wording and deadline beside the cells
to fill: the period (a year like 2025, or a day), then the value — or numerator and denominator for
a share, done (có/không) for a task, the rank for a ranking. Lists and number limits check the cells
as they are typed; the sheet is protected (no password) but for the cells to fill. A row left blank is not reported yet. The workbook records the catalog's id and
version: \`chiso scorecard --data <filled.xlsx>\` reads it back, and refuses it for another catalog,
and rows whose unit id was typed over or added, or columns deleted, inserted or moved.

Examples:
  chiso template --catalog vinh-phuc-302 --out mau-nhap-lieu.xlsx
  chiso template --catalog catalog.json --units units.csv --lang en --out template.xlsx
  chiso scorecard --catalog vinh-phuc-302 --data mau-nhap-lieu.xlsx --format xlsx --out scorecard.xlsx

Exit codes: 0 written; 1 invalid catalog or units file; 2 usage; 3 a file could not be read or written.
`;

/**
 * The data-validation formula of a period cell: text passes (the reader judges it), a number must be a
 * whole year 1900–2199 or a date from 1995 to 2199. `IF`, not `OR`: spreadsheet engines evaluate every
 * argument of `OR`, and `INT` of text is an error that would make the whole rule an error.
 */
function periodRule(at: string): string {
  return `IF(ISTEXT(${at}),TRUE,IF(ISNUMBER(${at}),AND(${at}=INT(${at}),OR(AND(${at}>=1900,${at}<=2199),AND(${at}>=DATE(1995,1,1),${at}<=DATE(2199,12,31)))),FALSE))`;
}

const COLUMNS = TEMPLATE_FIELDS;
type Column = TemplateField;
const HEADERS = TEMPLATE_HEADERS;

/** The field each column holds, as the reader knows it (data.ts): the columns only for people are named so too. */
const MARK: Readonly<Record<Column, string>> = { unit: 'unit', unit_name: 'unit_name', level: 'level', indicator: 'indicator', indicator_name: 'indicator_name', measure: 'measure', target: 'target', deadline: 'deadline', period: 'period', value: 'value', numerator: 'numerator', denominator: 'denominator', done: 'done', rank: 'rank', note: 'note' };

const MEASURE_TEXT: Readonly<Record<Measure, { vi: string; en: string }>> = {
  percent: { vi: '% (0–100)', en: '% (0–100)' },
  'grdp-share': { vi: '% GRDP (0–100)', en: '% of GRDP (0–100)' },
  count: { vi: 'số (nguyên, ≥ 0)', en: 'count (whole, ≥ 0)' },
  money: { vi: 'số tiền', en: 'amount' },
  'percent-change': { vi: '% thay đổi', en: '% change' },
  rank: { vi: 'thứ hạng (1 = cao nhất)', en: 'rank (1 = best)' },
  done: { vi: 'có / không', en: 'yes / no' },
};

/** The unit ids on one row of the hidden sheet (a sheet has 16 384 columns; the first holds the key). */
const UNITS_PER_ROW = 16_000;

/** Cells a row does not take: greyed, so the eye goes to the ones it does. */
const GREY = 'FFEEEEEE';
/** Cells to fill: a light yellow. */
const FILL = 'FFFFF9C4';

/** The fields a measure's observation fills. */
function fieldsOf(measure: Measure): readonly Column[] {
  if (measure === 'done') return ['done'];
  if (measure === 'rank') return ['rank'];
  if (measure === 'percent' || measure === 'grdp-share') return ['value', 'numerator', 'denominator'];
  return ['value'];
}

/** A target's words for the sheet: its wording (or kind), and its deadline. */
function targetWords(target: Target, lang: 'vi' | 'en'): string {
  const words = target.wording ?? target.kind;
  return target.by === undefined ? words : `${words} (${formatDate(target.by, lang)})`;
}

/** The targets of an indicator that apply at a level: the level's own, and those without a level. */
function targetsAt(indicator: Indicator, level: string): Target[] {
  return indicator.targets.filter((t) => t.level === undefined || t.level === level);
}

/**
 * The data-entry workbook of a catalog: the data sheet (one row per unit and indicator with a target
 * at the unit's level; the targets and first deadline beside the cells to fill; lists and number
 * limits from the measure's bounds, `MEASURE_BOUNDS`; frozen header and first columns; filters), an
 * explanation sheet, and the hidden `_chiso` sheet with the catalog's id and version and the field
 * of each column, for the reader.
 *
 * @param catalog - the catalog
 * @param units - the units to report for (by default one per level of the catalog)
 * @param lang - the language of headers and explanations
 * @returns the workbook (exceljs is loaded on first use)
 * @throws never
 *
 * @example
 * const book = await templateWorkbook(catalogs.vinhPhuc302, [{ id: 'vp-districts', name: 'Cấp huyện', level: 'district' }], 'vi');
 * book.worksheets.map((s) => s.name);
 * //=> ['Nhập liệu', 'Hướng dẫn', '_chiso']
 * book.getWorksheet('Nhập liệu')?.getCell('J2').dataValidation.formulae;
 * //=> [0, 100]
 */
export async function templateWorkbook(catalog: Catalog, units: readonly Unit[] | undefined, lang: 'vi' | 'en'): Promise<ExcelJS.Workbook> {
  const version = catalogVersion(catalog);
  const book = new (await loadExcelJs()).Workbook();
  book.creator = 'chiso';
  book.title = `${lang === 'vi' ? 'Mẫu nhập liệu' : 'Data-entry template'} — ${catalog.plan.number ?? catalog.id}`;
  book.subject = catalog.plan.title[lang];
  book.keywords = `chiso; catalog ${catalog.id}; version ${version}`;
  // Fixed, not the clock: the same catalog and units give the same workbook.
  book.created = new Date(civilToUtcMs(2000, 1, 1));
  book.modified = new Date(civilToUtcMs(2000, 1, 1));
  const sheetName = lang === 'vi' ? 'Nhập liệu' : 'Data entry';
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const header = sheet.addRow(COLUMNS.map((c) => HEADERS[c][lang]));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  const rowsFor: readonly Unit[] = units ?? catalog.hierarchy.levels.map((l) => ({ id: l.id, name: l.name[lang], level: l.id }));
  const doneList = lang === 'vi' ? '"có,không"' : '"yes,no"';
  const col = (c: Column) => COLUMNS.indexOf(c) + 1;
  for (const unit of rowsFor) {
    for (const indicator of catalog.indicators) {
      const targets = targetsAt(indicator, unit.level);
      if (targets.length === 0) continue;
      const deadlines = targets.map((t) => t.by).filter((d): d is string => d !== undefined).sort();
      const first = deadlines[0];
      const row = sheet.addRow([]);
      row.getCell(col('unit')).value = unit.id;
      row.getCell(col('unit_name')).value = unit.name;
      row.getCell(col('level')).value = unit.level;
      row.getCell(col('indicator')).value = indicator.id;
      row.getCell(col('indicator_name')).value = indicator.name[lang];
      row.getCell(col('measure')).value = MEASURE_TEXT[indicator.measure][lang];
      row.getCell(col('target')).value = targets.map((t) => targetWords(t, lang)).join('; ');
      if (first !== undefined) {
        const deadline = row.getCell(col('deadline'));
        deadline.value = new Date(`${first}T00:00:00Z`);
        deadline.numFmt = 'dd/mm/yyyy';
      }
      const fills = fieldsOf(indicator.measure);
      const { min, max, whole } = MEASURE_BOUNDS[indicator.measure];
      for (const field of ['period', 'value', 'numerator', 'denominator', 'done', 'rank', 'note'] as const) {
        const cell = row.getCell(col(field));
        const takes = field === 'period' || field === 'note' || fills.includes(field);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: takes ? FILL : GREY } };
        if (!takes) continue;
        // The sheet is protected (below): only the cells to fill take typing.
        cell.protection = { locked: false };
        const error = lang === 'vi' ? 'Giá trị không hợp lệ' : 'Invalid value';
        // A year as a number (1900–2199), a date cell (1995 on: the first year of the holiday law the
        // library reads), or text (31/12/2025 typed where Excel does not take it for a date: the
        // reader parses it and names the cell when it cannot). Refuses 25, 202 or 20225 as typed.
        if (field === 'period') {
          cell.dataValidation = { type: 'custom', allowBlank: true, formulae: [periodRule(cell.address)], showErrorMessage: true, errorTitle: error, error: lang === 'vi' ? 'Một năm (2025) hoặc một ngày (31/12/2025).' : 'A year (2025) or a day (31/12/2025).' };
        } else if (field === 'done') cell.dataValidation = { type: 'list', allowBlank: true, formulae: [doneList], showErrorMessage: true, errorTitle: error, error: lang === 'vi' ? 'Chọn có hoặc không.' : 'Choose yes or no.' };
        else if (field === 'rank') cell.dataValidation = { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [1], showErrorMessage: true, errorTitle: error, error: lang === 'vi' ? 'Thứ hạng là số nguyên từ 1.' : 'A rank is a whole number from 1.' };
        else if (field === 'numerator' || field === 'denominator') cell.dataValidation = { type: 'decimal', operator: field === 'numerator' ? 'greaterThanOrEqual' : 'greaterThan', allowBlank: true, formulae: [0], showErrorMessage: true, errorTitle: error, error: lang === 'vi' ? 'Một số không âm (mẫu số lớn hơn 0).' : 'A number, not negative (a denominator above 0).' };
        else if (field === 'value' && min !== undefined && max !== undefined) {
          cell.dataValidation = { type: whole === true ? 'whole' : 'decimal', operator: 'between', allowBlank: true, formulae: [min, max], showErrorMessage: true, errorTitle: error, error: lang === 'vi' ? `Một số từ ${min} đến ${max === Number.MAX_SAFE_INTEGER ? '…' : max}.` : `A number from ${min} to ${max === Number.MAX_SAFE_INTEGER ? '…' : max}.` };
        } else if (field === 'value') cell.dataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-1e15, 1e15], showErrorMessage: true, errorTitle: error, error: lang === 'vi' ? 'Một số.' : 'A number.' };
      }
    }
  }
  const widths: Readonly<Record<Column, number>> = { unit: 16, unit_name: 24, level: 10, indicator: 28, indicator_name: 50, measure: 16, target: 50, deadline: 12, period: 14, value: 12, numerator: 10, denominator: 10, done: 10, rank: 10, note: 24 };
  COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = widths[c];
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: COLUMNS.length } };
  // Without a password: it keeps the id columns from being typed over by accident (a changed id makes
  // the row unreadable), and anyone may lift it (Review → Unprotect Sheet). Filtering, sorting and
  // resizing stay allowed.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: true, autoFilter: true });

  const help = book.addWorksheet(lang === 'vi' ? 'Hướng dẫn' : 'How to fill');
  help.addRow([book.title]).font = { bold: true };
  help.addRow([`${lang === 'vi' ? 'Bộ chỉ tiêu' : 'Catalog'}: ${catalog.id} (${lang === 'vi' ? 'phiên bản' : 'version'} ${version}) — ${catalog.plan.title[lang]}`]);
  help.addRow([
    lang === 'vi'
      ? 'Mỗi dòng là một đơn vị và một chỉ tiêu có mục tiêu ở cấp của đơn vị. Điền các ô màu vàng; ô xám không dùng cho dòng đó. Dòng để trống là chưa báo cáo. Không sửa các cột mã, không thêm hay đổi tên cột: trang nhập liệu được khóa (không mật khẩu) trừ các ô cần điền.'
      : "Each row is a unit and an indicator with a target at the unit's level. Fill the yellow cells; grey cells do not apply to the row. A blank row is not reported yet. Do not edit the id columns, nor add or rename columns: the data-entry sheet is protected (no password) except the cells to fill.",
  ]);
  help.addRow([]);
  help.addRow([lang === 'vi' ? 'Cột' : 'Column', lang === 'vi' ? 'Ý nghĩa' : 'Meaning']).font = { bold: true };
  for (const c of COLUMNS) help.addRow([HEADERS[c][lang], HEADERS[c].help[lang]]);
  help.addRow([]);
  help.addRow([lang === 'vi' ? `Đọc lại: chiso scorecard --catalog ${catalog.id} --data <tệp đã điền>.xlsx` : `Read back: chiso scorecard --catalog ${catalog.id} --data <filled file>.xlsx`]);
  help.getColumn(1).width = 28;
  help.getColumn(2).width = 90;

  const mark = book.addWorksheet(MARK_SHEET, { state: 'veryHidden' });
  mark.addRow(['catalog', catalog.id]);
  mark.addRow(['version', version]);
  mark.addRow(['sheet', sheetName]);
  mark.addRow(['columns', ...COLUMNS.map((c) => MARK[c])]);
  mark.addRow(['lang', lang]);
  // The units the rows were made for: the reader refuses a row whose unit id was typed over or added
  // (it would be a new unit). One cell per id, on as many rows as a sheet's 16 384 columns need.
  const ids = [...new Set(rowsFor.map((u) => u.id))];
  for (let i = 0; i === 0 || i < ids.length; i += UNITS_PER_ROW) mark.addRow(['units', ...ids.slice(i, i + UNITS_PER_ROW)]);
  return book;
}

/**
 * `chiso template`: writes the data-entry workbook of a catalog ({@link templateWorkbook}).
 *
 * @param argv - the arguments after the command's name
 * @param ctx - output streams and today's date
 * @returns the exit code, once the file is written (0; problems are thrown or rejected)
 * @throws {CliError} a usage error (exit 2), an input error (exit 1) or an I/O error (exit 3)
 *
 * @example
 * const out: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), today: '2026-12-01' };
 * await runTemplate(['--catalog', 'vinh-phuc-302', '--out', 'no/such/dir/t.xlsx'], ctx);
 * //=> throws CliError: error: cannot write no/such/dir/t.xlsx: no such folder
 */
export function runTemplate(argv: readonly string[], ctx: CliContext): number | Promise<number> {
  const command = 'template';
  const parsed = parseCommandArgs(command, argv, { catalog: { type: 'string' }, units: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string', short: 'o' } });
  if (parsed.values['help'] === true) {
    ctx.stdout(templateHelp);
    return 0;
  }
  const lang = oneOf(parsed, 'lang', ['vi', 'en'] as const, 'vi', command);
  const out = required(parsed, 'out', command);
  if (!/\.xlsx$/i.test(out)) throw usageError(`--out "${out}" does not end in .xlsx: the template is an Excel workbook`, command);
  const catalog = resolveCatalog(required(parsed, 'catalog', command), command);
  const unitsFile = stringOf(parsed, 'units');
  const units = unitsFile === undefined ? undefined : loadUnits(unitsFile);
  return andThen(units, (read) => {
    const list = read?.units.map((u) => (lang === 'en' && read.namesEn.has(u.id) ? { ...u, name: read.namesEn.get(u.id) ?? u.name } : u));
    const levels = new Set(catalog.hierarchy.levels.map((l) => l.id));
    const strange = (list ?? []).filter((u) => !levels.has(u.level));
    if (strange.length > 0) throw usageError(`--units ${unitsFile ?? ''}: level(s) ${[...new Set(strange.map((u) => `"${u.level}"`))].join(', ')} not in ${catalog.id}'s hierarchy (${[...levels].join(', ')})`, command);
    return templateWorkbook(catalog, list, lang).then((book) => writeWorkbook(book, out)).then(() => {
      ctx.stderr(`wrote ${out}\n`);
      return 0;
    });
  });
}
