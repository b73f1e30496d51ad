// Reads a sheet of an .xlsx workbook into the cells the CSV reader would have read from the same
// table saved as CSV: the rest of the CLI (data.ts) reads both alike. exceljs reads the workbook;
// jszip (exceljs's own ZIP reader) measures it first, so a ZIP bomb is refused before exceljs
// inflates anything into memory.
import { readFileSync } from 'node:fs';
import type * as ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { civilToUtcMs, fromUtcMs } from '../../_shared/dates';
import { formatPlain } from '../../_shared/format';
import { CliError, EXIT, inputError } from '../errors';
import { printable } from '../io';
import type { CsvRow, CsvTable } from '../csv';
import { loadExcelJs, loadJsZip } from './lib';

/** Limits checked on the unpacked workbook before it is read (a 100,000-row data sheet is ~30 MB and 1.1 M cells). */
export const XLSX_LIMITS = {
  /** The bytes of all its parts, unpacked. */
  unpackedBytes: 512 * 1024 * 1024,
  /** Cells (`<c>` elements) of all its sheets. */
  cells: 5_000_000,
} as const;

/** What a workbook's hidden `_chiso` sheet says: the catalog a template was made for, and its columns. */
export interface TemplateMark {
  readonly catalog: string;
  readonly version: string;
  /** The data sheet's name. */
  readonly sheet: string;
  /** The field each column of the data sheet holds (`unit`, `value`, …), `-` for a column only to read. */
  readonly columns: readonly string[];
}

/** A sheet read as a table: the CSV reader's table, with the sheet's name for `Sheet1!D7` places. */
export interface SheetTable extends CsvTable {
  readonly sheet: string;
  /** The template mark, when the workbook is a chiso template. */
  readonly template: TemplateMark | undefined;
  /** Things to tell the user that are not errors (formulas read as their stored values). */
  readonly notes: readonly string[];
}

/** The hidden sheet of a chiso template. */
export const MARK_SHEET = '_chiso';

/**
 * The column letters of a column number (1 ↦ `A`, 27 ↦ `AA`).
 *
 * @param column - the column's number, from 1
 * @returns its letters
 * @throws never
 *
 * @example
 * [columnLetters(1), columnLetters(4), columnLetters(27), columnLetters(16384)];
 * //=> ['A', 'D', 'AA', 'XFD']
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A sheet name as a formula would quote it (`'Số liệu'!D7`, `Sheet1!D7`). */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Where a cell is, as problems say it: `file: Sheet1!D7`.
 *
 * @param file - the workbook
 * @param sheet - the sheet's name
 * @param row - the row (from 1)
 * @param column - the column (from 1)
 * @returns the place
 * @throws never
 *
 * @example
 * cellPlace('data.xlsx', 'Số liệu', 7, 4);
 * //=> "data.xlsx: 'Số liệu'!D7"
 */
export function cellPlace(file: string, sheet: string, row: number, column: number): string {
  return `${file}: ${sheetRef(sheet)}!${columnLetters(column)}${row}`;
}

/** Excel's serial day of a date cell as exceljs hands it (a UTC instant, from the serial without the 1900 quirk). */
function serialOf(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / 86_400_000 - (date1904 ? 1462 : 0);
}

/**
 * The civil day of an Excel serial day number. The 1900 system counts from 1900-01-01 = 1 and, as
 * Lotus 1-2-3 did, holds a 29 February 1900 that never was (serial 60): days before it are one
 * serial lower than a plain count from 1899-12-31 gives; the 1904 system (old Mac workbooks) counts
 * from 1904-01-01 = 0. A time of day in the fraction is dropped (the serial is wall time).
 *
 * @param serial - the serial number
 * @param date1904 - whether the workbook uses the 1904 system
 * @returns the day as `YYYY-MM-DD`, or `undefined` for serial 60 of the 1900 system and serials below 1 (0 in 1904)
 * @throws never
 *
 * @example
 * [serialDay(45077, false), serialDay(59, false), serialDay(61, false), serialDay(60, false), serialDay(43615, true)];
 * //=> ['2023-05-31', '1900-02-28', '1900-03-01', undefined, '2023-05-31']
 */
export function serialDay(serial: number, date1904: boolean): string | undefined {
  // Rounded to a millisecond first: exceljs's Date of a whole day can be a hair below it.
  const day = Math.floor(Math.round(serial * 86_400_000) / 86_400_000);
  let epoch: number;
  if (date1904) {
    if (day < 0) return undefined;
    epoch = civilToUtcMs(1904, 1, 1);
  } else {
    if (day < 1 || day === 60) return undefined;
    epoch = day < 60 ? civilToUtcMs(1899, 12, 31) : civilToUtcMs(1899, 12, 30);
  }
  const ms = epoch + day * 86_400_000;
  return ms >= civilToUtcMs(10000, 1, 1) ? undefined : fromUtcMs(ms);
}

/**
 * A number as the cell shows it in General format: at most 15 significant digits (what Excel keeps
 * and shows), so binary noise written by a formula (`36.180000000000007`) reads `36.18`; a
 * percentage-formatted cell as the percentage it shows (`0.3618` as `36.18`).
 */
function numberText(value: number, numFmt: string | undefined): string {
  const shown = Number(value.toPrecision(15));
  const plain = formatPlain(shown);
  if (numFmt === undefined || !/%/.test(numFmt.replace(/"[^"]*"|\\./g, ''))) return plain;
  // × 100 on the decimal text: exact, no binary arithmetic.
  const negative = plain.startsWith('-');
  const [int = '0', frac = ''] = (negative ? plain.slice(1) : plain).split('.');
  const digits = `${int}${frac.padEnd(2, '0')}`;
  const point = int.length + 2;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${rest === '' ? '' : `.${rest}`}`;
}

/** What went wrong in a cell, to list with the others. */
interface CellProblem {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/** Refuses what is not a ZIP: an encrypted workbook (a CFB container), an old .xls, anything else. */
function checkSignature(bytes: Uint8Array, file: string): void {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip) return;
  const cfb = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (cfb) throw inputError([`${file}: a password-protected workbook or an old .xls file (a CFB container, not .xlsx): open it, remove the password, and save it as an Excel Workbook (.xlsx)`]);
  throw inputError([`${file}: not an Excel workbook (.xlsx is a ZIP file; this one starts with bytes ${Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ') || '(none: the file is empty)'})`]);
}

/**
 * Measures every part of the ZIP by inflating it as a stream and counting: the unpacked size (not
 * the sizes the directory declares, which a bomb can fake) and the cells of the sheets (`<c` tags),
 * stopping at the first limit passed. Nothing is kept.
 */
async function checkSize(bytes: Uint8Array, file: string): Promise<void> {
  let zip: JSZip;
  try {
    zip = await (await loadJsZip()).loadAsync(bytes);
  } catch (error) {
    throw inputError([`${file}: a damaged workbook (its ZIP structure cannot be read: ${printable(error instanceof Error ? error.message : String(error))}); open it in Excel or LibreOffice and save it again`]);
  }
  let total = 0;
  let cells = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy?: () => void; pause: () => void };
      // `<c` at a chunk's end continues in the next chunk.
      let carry = 0;
      let done = false;
      const stop = (error: CliError) => {
        if (done) return;
        done = true;
        stream.pause();
        stream.removeAllListeners('data');
        reject(error);
      };
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > XLSX_LIMITS.unpackedBytes) return stop(inputError([`${file}: the workbook unpacks to more than ${XLSX_LIMITS.unpackedBytes / 1024 / 1024} MiB (at ${entry.name}): refused before reading (a ZIP bomb, or far more data than chiso reads from a workbook)`]));
        if (!sheet) return;
        let i = 0;
        if (carry === 1) {
          const c = chunk[0];
          if (c === 0x20 || c === 0x3e || c === 0x2f) cells++;
        }
        for (;;) {
          i = chunk.indexOf(0x3c, i);
          if (i === -1 || i + 1 >= chunk.length) break;
          if (chunk[i + 1] === 0x63) {
            const c = chunk[i + 2];
            if (c === undefined) break;
            if (c === 0x20 || c === 0x3e || c === 0x2f) cells++;
          }
          i++;
        }
        carry = chunk.length >= 2 && chunk[chunk.length - 2] === 0x3c && chunk[chunk.length - 1] === 0x63 ? 1 : 0;
        if (cells > XLSX_LIMITS.cells) stop(inputError([`${file}: the workbook has more than ${XLSX_LIMITS.cells.toLocaleString('en-US')} cells (at ${entry.name}): refused before reading`]));
      });
      stream.on('error', (error: unknown) => {
        if (!done) {
          done = true;
          reject(inputError([`${file}: a damaged workbook (${printable(entry.name)} cannot be unpacked: ${printable(error instanceof Error ? error.message : String(error))}); open it in Excel or LibreOffice and save it again`]));
        }
      });
      stream.on('end', () => {
        if (!done) {
          done = true;
          resolve();
        }
      });
    });
  }
}

/** The template mark of a workbook, when it has the hidden `_chiso` sheet. */
function markOf(book: ExcelJS.Workbook): TemplateMark | undefined {
  const sheet = book.getWorksheet(MARK_SHEET);
  if (sheet === undefined) return undefined;
  const values = new Map<string, string[]>();
  sheet.eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    const [key, ...rest] = cells;
    if (key !== undefined && key !== '') values.set(key, rest);
  });
  const one = (key: string) => values.get(key)?.[0] ?? '';
  return { catalog: one('catalog'), version: one('version'), sheet: one('sheet'), columns: values.get('columns') ?? [] };
}

/**
 * Reads one sheet of an .xlsx workbook as a table with a header row (the first row with a value),
 * cells as the CSV reader takes them: a number cell as its number as shown (`36.18`; at most 15
 * significant digits; a percentage cell as its percentage), a date cell as its day (`2023-05-31`,
 * 1900 or 1904 system), text as written (`31/05/2023` stays text: the period reader takes it), a
 * boolean as `true`/`false`, a formula as the value the file stores (never evaluated; said in
 * `notes`). Before exceljs reads anything the file must be a ZIP, whole, unpacking within
 * {@link XLSX_LIMITS}. Every problem of the sheet is reported at once: a missing sheet, merged
 * cells or a hidden row or column in the data area, an error value (`#DIV/0!`), a formula with no
 * stored value.
 *
 * @param file - the workbook
 * @param sheetName - the sheet to read (default: a template's data sheet, else the first visible one)
 * @returns the table, the template mark (if any) and notes
 * @throws {CliError} an I/O error (exit 3) when the file cannot be read; an input error (exit 1) for
 *   a file that is not a readable workbook within the limits, or a sheet with a problem
 *
 * @example
 * await readXlsxTable('package.json');
 * //=> throws CliError: package.json: not an Excel workbook (.xlsx is a ZIP file; this one starts with bytes 7b 0a 20 20)
 */
export async function readXlsxTable(file: string, sheetName?: string): Promise<SheetTable> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new CliError(EXIT.io, [`error: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error instanceof Error ? error.message : String(error)}`]);
  }
  checkSignature(bytes, file);
  await checkSize(bytes, file);
  const book = new (await loadExcelJs()).Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw inputError([`${file}: a damaged or unsupported workbook (${printable(error instanceof Error ? error.message : String(error))}); open it in Excel or LibreOffice and save it as .xlsx again`]);
  }
  const template = markOf(book);
  const visible = book.worksheets.filter((s) => s.name !== MARK_SHEET && s.state === 'visible');
  const name = sheetName ?? (template !== undefined && template.sheet !== '' ? template.sheet : visible[0]?.name);
  const sheet = name === undefined ? undefined : book.worksheets.find((s) => s.name === name && s.name !== MARK_SHEET);
  if (sheet === undefined) {
    throw inputError([`${file}: Expected --sheet to be one of ${visible.map((s) => `"${printable(s.name)}"`).join(', ') || '(no sheet)'} but got "${printable(name ?? '')}".`]);
  }
  const date1904 = book.properties.date1904 === true;
  const problems: CellProblem[] = [];
  const notes: string[] = [];
  const at = (row: number, column: number) => cellPlace(file, sheet.name, row, column);

  /** A cell's text as the CSV would hold it, and any problem of its own. */
  const textOf = (cell: ExcelJS.Cell, row: number, column: number): string => {
    let value: unknown = cell.value;
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const v = value as { formula?: string; sharedFormula?: string; result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
      if (v.formula !== undefined || v.sharedFormula !== undefined) {
        if (v.result === undefined || v.result === null) {
          problems.push({ row, column, text: `${at(row, column)}: a formula (=${printable(v.formula ?? v.sharedFormula ?? '')}) with no value stored in the file: chiso never evaluates formulas; open the workbook in Excel or LibreOffice and save it, or paste the values` });
          return '';
        }
        notes.push(`${at(row, column)}: a formula; its value stored in the file is read (chiso never evaluates formulas)`);
        value = typeof v.result === 'object' && v.result !== null && 'error' in v.result ? v.result : v.result;
      } else if (v.richText !== undefined) {
        return v.richText.map((r) => r.text).join('');
      } else if (typeof v.text === 'string') {
        return v.text;
      }
    }
    if (value !== null && typeof value === 'object' && !(value instanceof Date) && 'error' in (value as object)) {
      problems.push({ row, column, text: `${at(row, column)}: Expected a value but got "${printable(String((value as { error: unknown }).error))}" (an error value).` });
      return '';
    }
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return numberText(value, cell.numFmt);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (value instanceof Date) {
      const day = serialDay(serialOf(value, date1904), date1904);
      if (day === undefined) {
        problems.push({ row, column, text: `${at(row, column)}: Expected a day that exists but got "${printable(cell.text)}" (a date cell before 1900, or 29/02/1900 which Excel counts but never was).` });
        return '';
      }
      return day;
    }
    return String(value);
  };

  // The header: the first row with a value; its width is the table's.
  let headerRow: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (headerRow === undefined) headerRow = row;
  });
  if (headerRow === undefined) throw inputError([`${file}: the sheet "${printable(sheet.name)}" is empty: expected a header row, then one row per observation`]);
  const headerLine = headerRow.number;
  let width = 0;
  headerRow.eachCell((cell, column) => {
    if (textOf(cell, headerLine, column).trim() !== '') width = Math.max(width, column);
  });
  const header = Array.from({ length: width }, (_, i) => textOf(headerRow!.getCell(i + 1), headerLine, i + 1).trim());

  // Merged cells and hidden rows or columns in the data area hide or repeat what a cell says.
  for (const range of sheet.model.merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (m === null) continue;
    const colNo = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [top, bottom, left] = [Number(m[2]), Number(m[4]), colNo(m[1]!)];
    if (bottom >= headerLine && left <= width) problems.push({ row: Math.max(top, headerLine), column: left, text: `${file}: ${sheetRef(sheet.name)}!${range}: merged cells in the data area (a merged cell holds one value for several rows or columns): unmerge them and fill each cell` });
  }
  for (let column = 1; column <= width; column++) {
    if (sheet.getColumn(column).hidden) problems.push({ row: headerLine, column, text: `${at(headerLine, column)}: a hidden column in the data area: unhide it (or delete it) so that what is read is what is seen` });
  }

  const rows: CsvRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number <= headerLine) return;
    const before = problems.length;
    const cells = Array.from({ length: width }, (_, i) => textOf(row.getCell(i + 1), number, i + 1));
    // A row with a cell that cannot be read is reported and left out, as a CSV row that does not parse.
    if (problems.length > before) return;
    if (cells.every((c) => c.trim() === '')) return;
    if (row.hidden) problems.push({ row: number, column: 1, text: `${at(number, 1)}: a hidden row in the data area (row ${number}; filtered out?): unhide it (or delete it) so that what is read is what is seen` });
    // A value right of the header's last column belongs to no column.
    row.eachCell((cell, column) => {
      if (column > width && textOf(cell, number, column).trim() !== '') problems.push({ row: number, column, text: `${at(number, column)}: a value in a column with no header (the header ends at ${columnLetters(width)}${headerLine})` });
    });
    rows.push({ line: number, cells });
  });
  // Listed with the problems of the rows that were read, in sheet order.
  const listed = problems.sort((a, b) => a.row - b.row || a.column - b.column).map((p) => ({ line: p.row, column: p.column, text: p.text }));
  return { file, delimiter: ',', header, headerLine, rows, problems: listed, sheet: sheet.name, template, notes };
}
