// Writes the CLI's reports as .xlsx workbooks with exceljs: the one place the CLI writes a workbook
// of a report (templates: ./template.ts). The cells come from the same rows as the command's CSV;
// this file only types them (numbers, days, status) and lays the sheet out.
import type * as ExcelJS from 'exceljs';
import { formatPlain } from '../../_shared/format';
import { isRealDate } from '../../_shared/civilDate';
import { CliError, EXIT } from '../errors';
import { loadExcelJs } from './lib';

/** How a column's cells are written: text; a number; a fraction shown as a percentage; a day; a status (text and fill). */
export type XlsxColumnKind = 'text' | 'number' | 'fraction' | 'date' | 'status';

/** A column of a report sheet. */
export interface XlsxColumn {
  readonly label: string;
  readonly kind: XlsxColumnKind;
}

/** A cell as the CSV row has it: text (a day as `YYYY-MM-DD`), a number, a boolean, or no value. */
export type XlsxCell = string | number | boolean | null;

/** Everything a report workbook holds. */
export interface XlsxReport {
  /** The document's title (properties) and the notes sheet's first line. */
  readonly title: string;
  /** The day the report is as of (`YYYY-MM-DD`), in the properties and the notes sheet. */
  readonly asOf: string;
  readonly lang: 'vi' | 'en';
  /** The data sheet's name (at most 31 characters, none of `: \ / ? * [ ]`). */
  readonly sheet: string;
  readonly columns: readonly XlsxColumn[];
  readonly rows: Iterable<readonly XlsxCell[]>;
  /** The fill colour (RGB hex, `1B5E20`) of a status cell, by its text; a status not listed has none. */
  readonly statusFills?: Readonly<Record<string, string>>;
  /** Lines of the notes sheet after the title and day: sources, the table's notes. */
  readonly notes: readonly string[];
  /**
   * The number format of a number cell (`row` from 0, the first after the header; `column` from 0)
   * where {@link xlsxNumberFormat}'s is not enough (a scorecard row near its bound needs more
   * decimals); `undefined` keeps {@link xlsxNumberFormat}'s.
   */
  readonly numberFormat?: (row: number, column: number) => string | undefined;
}

/** Light fills for status cells: the text stays the status, the colour only repeats it. */
export const STATUS_FILLS = {
  good: 'C8E6C9',
  bad: 'FFCDD2',
  warn: 'FFE0B2',
  none: 'E0E0E0',
} as const;

/**
 * The Excel number format that shows a number with the fraction digits it has, at most 2 as every
 * chiso report for people shows them (`36.18` ↦ `#,##0.00`, `1132.4` ↦ `#,##0.0`, `1100` ↦ `#,##0`,
 * `57.142857…` ↦ `#,##0.00`: the cell holds the exact number, the format only shows it), thousands grouped. A format code is written
 * with `,` for grouping and `.` for the decimal mark whatever the language: the spreadsheet renders
 * it in the reader's locale, so Excel or LibreOffice in Vietnamese shows `1.132,4` and `36,18`, in
 * English `1,132.4`. Percentages (`fraction`) show the fraction × 100 with its digits (`0.4523` ↦
 * `0.00%`). A number with at most 2 fraction digits (every figure typed by people) shows exactly.
 *
 * @param value - the number
 * @param fraction - whether it is a fraction shown as a percentage
 * @returns the format code
 * @throws never
 *
 * @example
 * [xlsxNumberFormat(36.18), xlsxNumberFormat(1132.4), xlsxNumberFormat(1100), xlsxNumberFormat(400 / 7), xlsxNumberFormat(0.4523, true), xlsxNumberFormat(1, true)];
 * //=> ['#,##0.00', '#,##0.0', '#,##0', '#,##0.00', '0.00%', '0%']
 */
export function xlsxNumberFormat(value: number, fraction = false): string {
  const plain = formatPlain(value);
  const dot = plain.indexOf('.');
  const digits = Math.min(2, Math.max(0, (dot === -1 ? 0 : plain.length - dot - 1) - (fraction ? 2 : 0)));
  const tail = digits === 0 ? '' : `.${'0'.repeat(digits)}`;
  return fraction ? `0${tail}%` : `#,##0${tail}`;
}

/**
 * The Excel number format that shows a number with exactly `digits` fraction digits, thousands
 * grouped (`#,##0.000`), or a fraction as a percentage with `digits` decimals of percent (`0.000%`):
 * for a figure that needs more decimals than {@link xlsxNumberFormat} gives it.
 *
 * @param digits - the fraction digits (of the number, or of the percentage)
 * @param fraction - whether it is a fraction shown as a percentage
 * @returns the format code
 * @throws never
 *
 * @example
 * [xlsxFixedFormat(3), xlsxFixedFormat(3, true), xlsxFixedFormat(0)];
 * //=> ['#,##0.000', '0.000%', '#,##0']
 */
export function xlsxFixedFormat(digits: number, fraction = false): string {
  const tail = digits <= 0 ? '' : `.${'0'.repeat(digits)}`;
  return fraction ? `0${tail}%` : `#,##0${tail}`;
}

/** The display format of days: day first, as in Vietnam (and unambiguous in English). */
const DATE_FORMAT = 'dd/mm/yyyy';

/** A civil day as the UTC midnight exceljs turns into a whole serial day. */
function dayOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Width of a column, in characters: its longest text, within bounds. */
function widthOf(texts: readonly number[]): number {
  return Math.min(60, Math.max(8, ...texts) + 2);
}

/** The text length a cell shows, for the column's width. */
function shownLength(cell: XlsxCell, kind: XlsxColumnKind): number {
  if (cell === null) return 0;
  if (typeof cell === 'number') return formatPlain(cell).length + Math.floor(Math.abs(cell) >= 1000 ? Math.log10(Math.abs(cell)) / 3 : 0) + (kind === 'fraction' ? 1 : 0);
  if (kind === 'date') return 10;
  return Math.max(...String(cell).split(/\r\n|\r|\n/).map((l) => l.length));
}

/**
 * The workbook of a report: a data sheet (a bold header row, frozen, with filters; numbers as
 * number cells with {@link xlsxNumberFormat}; days as date cells shown `dd/mm/yyyy`; a status as its
 * text and a fill colour; widths fitted to the text) and a notes sheet (title, as-of day, notes), the
 * title and the day also in the document's properties.
 *
 * @param report - the report's sheet, notes and properties
 * @returns the workbook, to write (exceljs is loaded on first use)
 * @throws never
 *
 * @example
 * const book = await reportWorkbook({ title: 'T', asOf: '2025-12-31', lang: 'en', sheet: 'Data', columns: [{ label: 'V', kind: 'number' }], rows: [[1132.4]], notes: [] });
 * [book.worksheets.map((s) => s.name), book.getWorksheet('Data')?.getCell('A2').numFmt];
 * //=> [['Data', 'Notes'], '#,##0.0']
 */
export async function reportWorkbook(report: XlsxReport): Promise<ExcelJS.Workbook> {
  const book = new (await loadExcelJs()).Workbook();
  book.creator = 'chiso';
  book.title = report.title;
  book.subject = report.lang === 'vi' ? `Số liệu đến ngày ${report.asOf}` : `As of ${report.asOf}`;
  book.keywords = `chiso; as-of ${report.asOf}`;
  // A fixed day, not the clock: the same report gives the same workbook (its parts' dates included).
  book.created = dayOf(report.asOf);
  book.modified = dayOf(report.asOf);
  const sheet = book.addWorksheet(report.sheet, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const { columns } = report;
  const header = sheet.addRow(columns.map((c) => c.label));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  const lengths = columns.map((c) => [Math.max(...c.label.split(' ').map((w) => w.length), Math.min(c.label.length, 24))]);
  let count = 0;
  for (const cells of report.rows) {
    count++;
    const row = sheet.addRow([]);
    columns.forEach((column, i) => {
      const value = cells[i] ?? null;
      lengths[i]?.push(shownLength(value, column.kind));
      if (value === null) return;
      const cell = row.getCell(i + 1);
      if (typeof value === 'number') {
        cell.value = value;
        cell.numFmt = report.numberFormat?.(count - 1, i) ?? xlsxNumberFormat(value, column.kind === 'fraction');
      } else if (column.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)) {
        cell.value = dayOf(value);
        cell.numFmt = DATE_FORMAT;
      } else {
        // Text stays text: a name starting with `=` is never a formula in a typed cell.
        cell.value = typeof value === 'boolean' ? String(value) : value;
        const fill = column.kind === 'status' ? report.statusFills?.[String(value)] : undefined;
        if (fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill}` } };
      }
    });
  }
  const wrapped: number[] = [];
  // exceljs has no columns (null) on a sheet without cells.
  (sheet.columns ?? []).forEach((column, i) => {
    column.width = widthOf(lengths[i] ?? []);
    // A text longer than the widest column wraps, so the whole of it shows (and prints).
    const wraps = (lengths[i] ?? []).some((l) => l + 2 > 60);
    column.alignment = wraps ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
    if (wraps) wrapped.push(i);
  });
  // Spreadsheets do not grow a row for wrapped text they did not wrap themselves: its height is set.
  if (wrapped.length > 0) {
    for (let r = 1; r <= count; r++) {
      const lines = Math.max(1, ...wrapped.map((i) => Math.ceil((lengths[i]?.[r] ?? 0) / 56)));
      if (lines > 1) sheet.getRow(r + 1).height = 15 * lines;
    }
  }
  // Printed (and rendered to PDF) across the page's width, the header on every page.
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: columns.length } };
  const notes = book.addWorksheet(report.lang === 'vi' ? 'Ghi chú' : 'Notes');
  notes.addRow([report.title]).font = { bold: true };
  notes.addRow([report.lang === 'vi' ? 'Đánh giá đến ngày' : 'As of', dayOf(report.asOf)]).getCell(2).numFmt = DATE_FORMAT;
  notes.addRow([]);
  for (const line of report.notes) notes.addRow([line]);
  notes.getColumn(1).width = Math.min(100, Math.max(20, ...report.notes.map((l) => l.length), report.title.length));
  notes.getColumn(2).width = 12;
  return book;
}

/**
 * Writes a report workbook ({@link reportWorkbook}) to a file.
 *
 * @param report - the report
 * @param out - the file to write
 * @returns when the file is written
 * @throws {CliError} an I/O error (exit 3) when the file cannot be written
 *
 * @example
 * await writeXlsxReport({ title: 'T', asOf: '2025-12-31', lang: 'en', sheet: 'Data', columns: [], rows: [], notes: [] }, 'no/such/dir/report.xlsx');
 * //=> throws CliError: error: cannot write no/such/dir/report.xlsx: no such folder
 */
export async function writeXlsxReport(report: XlsxReport, out: string): Promise<void> {
  await writeWorkbook(await reportWorkbook(report), out);
}

/**
 * Writes a workbook to a file (never to stdout: a workbook is not text).
 *
 * @param book - the workbook
 * @param out - the file
 * @returns when the file is written
 * @throws {CliError} an I/O error (exit 3) when the file cannot be written
 *
 * @example
 * await writeWorkbook(await reportWorkbook({ title: 'T', asOf: '2025-12-31', lang: 'en', sheet: 'Data', columns: [], rows: [], notes: [] }), 'no/such/dir/book.xlsx');
 * //=> throws CliError: error: cannot write no/such/dir/book.xlsx: no such folder
 */
export async function writeWorkbook(book: ExcelJS.Workbook, out: string): Promise<void> {
  try {
    await book.xlsx.writeFile(out);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT.io, [`error: cannot write ${out}: ${why}`]);
  }
}
