import { isRealDate } from '../_shared/civilDate';
import { formatReceived } from '../_shared/issue';
import { CliError, EXIT } from './errors';
import { printable } from './io';

/** The field separators read: `,`, `;` (Excel in a Vietnamese locale) and tab (Excel's "Unicode Text"). */
export type Delimiter = ',' | ';' | '\t';

/** One record of a CSV file, with where it is. */
export interface CsvRow {
  /** The line the record starts on (1-based; every `\r\n`, `\n` or lone `\r` ends a line). */
  readonly line: number;
  readonly cells: readonly string[];
  /** The line each cell starts on, given only when the record spans lines (a quoted line break). */
  readonly cellLines?: readonly number[];
}

/** A syntax problem, located: `text` is the whole line to print. */
export interface CsvProblem {
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

/** A CSV file read into cells, with where each row starts. */
export interface CsvTable {
  readonly file: string;
  readonly delimiter: Delimiter;
  /** Header cells, trimmed, as written. */
  readonly header: readonly string[];
  /** Line of the header row (1, or 2 after an Excel `sep=;` line). */
  readonly headerLine: number;
  /** The records that parse; a record with a syntax problem is left out. */
  readonly rows: readonly CsvRow[];
  /** Every syntax problem, in file order (empty when the whole file parses). */
  readonly problems: readonly CsvProblem[];
}

/**
 * The line a cell starts on.
 *
 * @param row - a row of a {@link CsvTable}
 * @param index - the cell's index (0-based)
 * @returns its line (1-based)
 * @throws never
 *
 * @example
 * cellLine({ line: 4, cells: ['a\nb', 'c'], cellLines: [4, 5] }, 1);
 * //=> 5
 */
export function cellLine(row: CsvRow, index: number): number {
  return row.cellLines?.[index] ?? row.line;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Counts a character outside double-quoted fields of one line. */
function countOutsideQuotes(line: string, ch: string): number {
  let quoted = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ch) n++;
  }
  return n;
}

/** Where the physical line that starts at `from` ends (its break not included). */
function lineEnd(text: string, from: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) break;
    i++;
  }
  return i;
}

/** Past the line break at `i` (`\r\n` counts as one). */
function pastBreak(text: string, i: number): number {
  return text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
}

/** A syntax error found in a record. */
interface Fault {
  readonly code: string;
  readonly line: number;
  /** The field's index (0-based). */
  readonly field: number;
  readonly message: string;
}

/**
 * Reads CSV text as Excel writes it, and says where every syntax problem is instead of stopping at
 * the first. A BOM is dropped; the separator is the one of `,`, `;` and tab that the header line has
 * most of outside quotes (`,` on a tie; an Excel `sep=;` first line decides it outright); empty lines
 * are skipped; a quoted field may hold separators, doubled quotes and line breaks; `\r\n`, `\n` and a
 * lone `\r` each end a line, mixed as they come. Every row must have as many fields as the header.
 * Positions are `line:column`, the column being the field's number (1-based) and the line the one the
 * field starts on. One pass over the text: the work grows with its length, never faster.
 *
 * @param text - the file's text
 * @param file - the file's name, for errors
 * @returns the table: header, the rows that parse, and every problem as `file:line:column (name): invalid CSV (CODE): …`
 * @throws {CliError} an input error (exit 1) for an empty file, or a header that does not parse
 *
 * @example
 * scanCsv('a,b\n1,2\n3,"4"x\n', 'f.csv').problems[0]?.text;
 * //=> 'f.csv:3:2 (b): invalid CSV (CSV_INVALID_CLOSING_QUOTE): Expected a separator or a line end after the closing quote but got "x".'
 */
export function scanCsv(text: string, file: string): CsvTable {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // The first non-empty line is the header, unless it is Excel's `sep=` line.
  const skipEmpty = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== LF && c !== CR) break;
      i = pastBreak(text, i);
      line++;
    }
  };
  skipEmpty();
  let firstEnd = lineEnd(text, i);
  const sep = /^sep=([;,\t]) *$/i.exec(text.slice(i, firstEnd));
  if (sep !== null) {
    i = firstEnd < n ? pastBreak(text, firstEnd) : n;
    line++;
    skipEmpty();
    firstEnd = lineEnd(text, i);
  }
  const headerText = sep === null ? text.slice(i, firstEnd) : '';
  const counts = { ',': countOutsideQuotes(headerText, ','), ';': countOutsideQuotes(headerText, ';'), '\t': countOutsideQuotes(headerText, '\t') };
  const delimiter: Delimiter =
    sep !== null
      ? (sep[1] as Delimiter)
      : counts['\t'] > counts[','] && counts['\t'] > counts[';']
        ? '\t'
        : counts[';'] > counts[','] ? ';' : ',';
  const d = delimiter.charCodeAt(0);

  let header: string[] | undefined;
  let headerLine = line;
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  const report = (fault: Fault) => {
    const name = header?.[fault.field]?.trim();
    const where = `${file}:${fault.line}:${fault.field + 1}${name === undefined || name === '' ? '' : ` (${printable(name)})`}`;
    problems.push({ line: fault.line, column: fault.field + 1, text: `${where}: invalid CSV (${fault.code}): ${fault.message}` });
  };
  const got = (value: string) => printable(formatReceived(value));

  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    const lines: number[] = [];
    // Every fault of the record is reported; the record is then left out. Parsing goes on from the
    // faulty field's end, so the record's other fields (and their line breaks) are read as written.
    const faults: Fault[] = [];
    let onlyEmpty = true;
    /** The line the record's last field ends on, where a missing field would be. */
    let endLine = line;
    // One field per turn; the record ends at a line break outside quotes, or at the end of the text.
    for (;;) {
      const fieldLine = line;
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        onlyEmpty = false;
        let j = i + 1;
        let from = j;
        value = '';
        let closed = false;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === QUOTE) {
            if (text.charCodeAt(j + 1) === QUOTE) {
              value += text.slice(from, j + 1);
              j += 2;
              from = j;
              continue;
            }
            value += text.slice(from, j);
            closed = true;
            j++;
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) line++;
          j++;
        }
        i = j;
        if (!closed) {
          faults.push({ code: 'CSV_QUOTE_NOT_CLOSED', line: fieldLine, field: cells.length, message: 'Expected the quoted field that starts here to end with a quote but got "the end of the file".' });
          break;
        }
        const c = text.charCodeAt(i);
        if (i < n && c !== d && c !== LF && c !== CR) {
          faults.push({ code: 'CSV_INVALID_CLOSING_QUOTE', line: fieldLine, field: cells.length, message: `Expected a separator or a line end after the closing quote but got "${got(text.slice(i, i + 1))}".` });
          while (i < n) {
            const k = text.charCodeAt(i);
            if (k === d || k === LF || k === CR) break;
            i++;
          }
        }
      } else {
        let j = i;
        let quoted = false;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === d || c === LF || c === CR) break;
          if (c === QUOTE) quoted = true;
          j++;
        }
        value = text.slice(i, j);
        i = j;
        if (quoted) faults.push({ code: 'CSV_INVALID_OPENING_QUOTE', line: fieldLine, field: cells.length, message: `Expected a field holding a quote to be quoted as a whole ("say ""hi""") but got "${got(value)}".` });
        if (value !== '') onlyEmpty = false;
      }
      cells.push(value);
      lines.push(fieldLine);
      endLine = line;
      if (i >= n) break;
      if (text.charCodeAt(i) === d) {
        i++;
        onlyEmpty = false;
        continue;
      }
      i = pastBreak(text, i);
      line++;
      break;
    }
    if (faults.length > 0) {
      faults.forEach(report);
      if (header === undefined) throw new CliError(EXIT.input, problems.map((p) => p.text));
      continue;
    }
    if (onlyEmpty && cells.length === 1) continue;
    if (header === undefined) {
      header = cells;
      headerLine = recordLine;
      continue;
    }
    if (cells.length !== header.length) {
      const fewer = cells.length < header.length;
      const field = fewer ? cells.length : header.length;
      const at = fewer ? endLine : (lines[field] ?? recordLine);
      report({
        code: 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH',
        line: at,
        field,
        message: `Expected a row of ${header.length} fields, as the header has, but got "${cells.length}"${fewer ? ' (a separator missing?)' : ' (a separator in an unquoted field?)'}.`,
      });
      continue;
    }
    rows.push(lines.every((l) => l === recordLine) ? { line: recordLine, cells } : { line: recordLine, cells, cellLines: lines });
  }
  if (header === undefined) throw new CliError(EXIT.input, [`${file}: the file is empty: expected a header row, then one row per observation`]);
  return { file, delimiter, header: header.map((h) => h.trim()), headerLine, rows, problems };
}

/**
 * Reads CSV text as {@link scanCsv} does, and fails on the first file with a syntax problem: for
 * callers that cannot use the rows that parse without the others.
 *
 * @param text - the file's text
 * @param file - the file's name, for errors
 * @returns the delimiter, the header and the rows with the line each starts on
 * @throws {CliError} an input error (exit 1) listing every syntax problem, or for an empty file
 *
 * @example
 * readCsv('\uFEFFunit;value\r\nvp-districts;98,76\r\n', 'data.csv').rows;
 * //=> [{ line: 2, cells: ['vp-districts', '98,76'] }]
 */
export function readCsv(text: string, file: string): CsvTable {
  const table = scanCsv(text, file);
  if (table.problems.length > 0) throw new CliError(EXIT.input, table.problems.map((p) => p.text));
  return table;
}

/**
 * A number cell: `36.18` with a decimal point (a `,`-separated file); `36,18` with a decimal comma
 * and optional `.` grouping in threes (`1.132,4`; a `;`-separated file). A tab-separated file takes
 * the decimal mark its caller found in it. No exponents, no `%`, no guessing between the styles.
 *
 * @param text - the cell
 * @param delimiter - the file's delimiter, which fixes the decimal mark for `,` and `;`
 * @param decimal - the decimal mark, for a tab-separated file (default: `,` with `;`, else `.`)
 * @returns the number, or what was expected (for the error message)
 * @throws never
 *
 * @example
 * parseNumberCell('1.132,4', ';');
 * //=> 1132.4
 */
export function parseNumberCell(text: string, delimiter: Delimiter, decimal: '.' | ',' = delimiter === ';' ? ',' : '.'): number | { expected: string } {
  const t = text.trim();
  const file = delimiter === '\t' ? 'this tab-separated file (its numbers use one decimal mark)' : `a "${delimiter}"-separated file`;
  // What Excel exports from a percent-formatted cell: the number is already in percent.
  const percent = /^(.*\d)\s*%$/.exec(t);
  if (percent !== null) {
    const bare = parseNumberCell(percent[1]!, delimiter, decimal);
    if (typeof bare === 'number') return { expected: `a number without % (write ${percent[1]!}: percent values are in percent already; or give numerator and denominator columns) in ${file}` };
  }
  if (decimal === '.') {
    if (/^[-+]?\d+(?:\.\d+)?$/.test(t)) return Number(t);
    return { expected: `a number written with a decimal point (36.18) in ${file}` };
  }
  if (/^[-+]?\d+(?:,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return { expected: `a number written with a decimal comma (36,18; thousands may be grouped with dots: 1.132,4) in ${file}` };
}

/**
 * A day cell: `2023-05-31`, or `31/05/2023` as Excel in a Vietnamese locale writes dates (day
 * first, never month first). The day must exist: `31/02/2023` and `05/31/2023` are refused, and the
 * caller quotes the cell as written, never the ISO form it would have become.
 *
 * @param text - the cell
 * @returns the day as YYYY-MM-DD, or what was expected (for the error message)
 * @throws never
 *
 * @example
 * parseDateCell('31/05/2023');
 * //=> '2023-05-31'
 */
export function parseDateCell(text: string): string | { expected: string } {
  const t = text.trim();
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = vn === null ? t : `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && isRealDate(iso)) return iso;
  if (vn !== null || /^\d{4}-\d{2}-\d{2}$/.test(t)) return { expected: 'a day that exists (31/05/2023, day first; or 2023-05-31)' };
  return { expected: 'a day (2023-05-31, or 31/05/2023 day first)' };
}
