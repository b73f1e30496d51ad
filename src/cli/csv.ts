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

/**
 * Reads CSV text as Excel writes it: a UTF-8 BOM is dropped; the delimiter is `;` when the header
 * line has more `;` than `,` outside quotes, else `,` (an Excel `sep=;` first line decides it
 * outright); empty lines are skipped; quoted fields may hold delimiters, quotes (doubled) and line
 * breaks. Every row must have as many fields as the header. Parsing is csv-parse's; a syntax error is
 * reported as `file:line:column: …` (exit 1).
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
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(body, { delimiter, bom: true, info: true, skip_empty_lines: true, from_line: fromLine }) as unknown as typeof records;
  } catch (error) {
    const e = error as { code?: string; message?: string; lines?: number; index?: number };
    const line = typeof e.lines === 'number' ? e.lines : undefined;
    const column = typeof e.index === 'number' ? e.index + 1 : undefined;
    const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
    // csv-parse ends its messages with "at line N" or "on line N": the location is already in front.
    const message = (e.message ?? String(error)).replace(/\s*(?:at|on) line \d+\b/, '');
    throw new CliError(EXIT.input, [`${where}: invalid CSV (${e.code ?? 'error'}): ${message}`]);
  }
  const [head, ...rest] = records;
  if (head === undefined) throw new CliError(EXIT.input, [`${file}: the file is empty: expected a header row, then one row per observation`]);
  // `info.lines` is the line a record ends on; a record starts after the previous one and any empty lines.
  let previousEnd = head.info.lines;
  let previousEmpty = head.info.empty_lines;
  const rows = rest.map(({ record, info }) => {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    return { line, cells: record };
  });
  return { file, delimiter, header: head.record.map((h) => h.trim()), headerLine: head.info.lines - (head.info.empty_lines), rows };
}

/**
 * A number cell: `36.18` in a `,`-separated file; `36,18` (decimal comma, optional `.` grouping in
 * threes: `1.132,4`) in a `;`-separated one. Returns the number, or what was expected.
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
