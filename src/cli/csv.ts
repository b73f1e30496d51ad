import { parse } from 'csv-parse/sync';
import { CliError, EXIT } from './errors';

/** A CSV file read into cells, with where each row starts. */
export interface CsvTable {
  readonly file: string;
  readonly delimiter: ',' | ';';
  /** Header cells, trimmed, as written. */
  readonly header: readonly string[];
  /** Line of the header row (1, or 2 after an Excel `sep=;` line). */
  readonly headerLine: number;
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

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

/** The name of a column from the header line, when the header itself parses. */
function headerName(body: string, delimiter: ',' | ';', headerLine: number, index: number): string | undefined {
  try {
    const [header] = parse(body, { delimiter, from_line: headerLine, to_line: headerLine }) as string[][];
    const name = header?.[index]?.trim();
    return name === '' ? undefined : name;
  } catch {
    return undefined;
  }
}

/**
 * Reads CSV text as Excel writes it: a UTF-8 BOM is dropped; the delimiter is `;` when the header
 * line has more `;` than `,` outside quotes, else `,` (an Excel `sep=;` first line decides it
 * outright); empty lines are skipped; quoted fields may hold delimiters, quotes (doubled) and line
 * breaks. Every row must have as many fields as the header. Parsing is csv-parse's; a syntax error is
 * reported as `file:line:column (name): …` (exit 1).
 *
 * @param text - the file's text
 * @param file - the file's name, for errors
 * @returns the delimiter, the header and the rows with the line each starts on
 * @throws {CliError} an input error (exit 1) for a syntax error or an empty file
 *
 * @example
 * readCsv('\uFEFFunit;value\r\nvp-districts;98,76\r\n', 'data.csv').rows;
 * //=> [{ line: 2, cells: ['vp-districts', '98,76'] }]
 */
export function readCsv(text: string, file: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = body.search(/\r?\n/);
  const first = firstBreak === -1 ? body : body.slice(0, firstBreak);
  const sep = /^sep=([;,])\s*$/i.exec(first);
  const headerText = sep === null ? first : body.slice(firstBreak + 1).split(/\r?\n/, 1)[0] ?? '';
  const delimiter: ',' | ';' =
    sep !== null ? (sep[1] as ',' | ';') : countOutsideQuotes(headerText, ';') > countOutsideQuotes(headerText, ',') ? ';' : ',';
  const fromLine = sep === null ? 1 : 2;
  // Lines are counted here from byte offsets: csv-parse's own line count is off by one for every
  // CRLF inside a quoted field.
  const bytes = Buffer.from(body, 'utf8');
  const lineAt = (offset: number) => {
    let line = 1;
    for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
    return line;
  };
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(bytes, { delimiter, info: true, skip_empty_lines: true, from_line: fromLine }) as unknown as typeof records;
  } catch (error) {
    const e = error as { code?: string; message?: string; bytes?: number; index?: number };
    // `bytes` points just past the start of the failing record: its line is that of the byte before.
    const line = typeof e.bytes === 'number' ? lineAt(Math.max(0, e.bytes - 1)) : undefined;
    const column = typeof e.index === 'number' ? e.index + 1 : undefined;
    const name = column === undefined || line === undefined || line <= fromLine ? undefined : headerName(body, delimiter, fromLine, column - 1);
    const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}${name === undefined ? '' : ` (${name})`}`;
    // csv-parse ends its messages with "at line N" or "on line N" (its own count): the location is in front.
    const message = (e.message ?? String(error)).replace(/\s*(?:at|on) line \d+\b/, '');
    throw new CliError(EXIT.input, [`${where}: invalid CSV (${e.code ?? 'error'}): ${message}`]);
  }
  const [head, ...rest] = records;
  if (head === undefined) throw new CliError(EXIT.input, [`${file}: the file is empty: expected a header row, then one row per observation`]);
  // A record starts where the previous one ended, after any empty lines.
  const startOf = (end: number) => {
    let i = end;
    while (i < bytes.length && (bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
    return i;
  };
  const headerStart = (() => {
    let i = 0;
    for (let line = 1; line < fromLine && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
    return startOf(i);
  })();
  let previousEnd = head.info.bytes;
  const rows = rest.map(({ record, info }) => {
    const line = lineAt(startOf(previousEnd));
    previousEnd = info.bytes;
    return { line, cells: record };
  });
  return { file, delimiter, header: head.record.map((h) => h.trim()), headerLine: lineAt(headerStart), rows };
}

/**
 * A number cell: `36.18` in a `,`-separated file; `36,18` (decimal comma, optional `.` grouping in
 * threes: `1.132,4`) in a `;`-separated one. No exponents, no `%`, no guessing between the styles.
 *
 * @param text - the cell
 * @param delimiter - the file's delimiter, which fixes the decimal separator
 * @returns the number, or what was expected (for the error message)
 * @throws never
 *
 * @example
 * parseNumberCell('1.132,4', ';');
 * //=> 1132.4
 */
export function parseNumberCell(text: string, delimiter: ',' | ';'): number | { expected: string } {
  const t = text.trim();
  if (delimiter === ',') {
    if (/^[-+]?\d+(?:\.\d+)?$/.test(t)) return Number(t);
    return { expected: 'a number written with a decimal point (36.18) in a ","-separated file' };
  }
  if (/^[-+]?\d+(?:,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return { expected: 'a number written with a decimal comma (36,18; thousands may be grouped with dots: 1.132,4) in a ";"-separated file' };
}
