import type { ChisoIssue } from '../../errors';
import { formatPlain } from '../../_shared/format';
import { makeIssue } from '../../_shared/issue';
import type { Cell, ColumnSpec } from './table';

/** How a CSV file is written: the field separator, a byte-order mark, the formula guard. */
export interface CsvSettings {
  /** `,` or `;`; `;` also sets the decimal mark to a comma (see {@link csvNumber}). */
  readonly separator: ',' | ';';
  /** Start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8. */
  readonly bom: boolean;
  /** Prefix `'` to a text cell a spreadsheet would run as a formula (see {@link csvField}). */
  readonly guardFormulas: boolean;
}

/**
 * A text field of a CSV record (RFC 4180), the one place chiso writes one: quoted when it holds a
 * `,` `;` `"` CR or LF (quotes doubled) — `;` too whatever the separator, so a file reads the same
 * with either. With `guard`, a text starting with `=` `+` `-` `@` tab or CR gets a leading `'`, so
 * a spreadsheet shows it as text instead of running it as a formula.
 *
 * @param text - the cell's text
 * @param guard - whether to guard against formulas
 * @returns the field as written between separators
 * @throws never
 *
 * @example
 * csvField('=1+1', true);
 * //=> "'=1+1"
 * csvField('Huyện A, B', true);
 * //=> '"Huyện A, B"'
 */
export function csvField(text: string, guard: boolean): string {
  const safe = guard && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A number for a CSV cell, exact and never grouped or in exponent form: `-1132.4` with `,` between
 * fields, `-1132,4` (a decimal comma) with `;` — the way Excel in a vi-VN locale and chiso's own
 * reader read a `;` file. A plain decimal given as text (`'850.125'`, an exact amount kept as text)
 * is written the same way.
 *
 * @param value - a number, or a plain decimal as text (`-?digits[.digits]`)
 * @param separator - the field separator in use
 * @returns the cell's text
 * @throws never
 *
 * @example
 * csvNumber(1132.4, ';');
 * //=> '1132,4'
 */
export function csvNumber(value: number | string, separator: ',' | ';'): string {
  const plain = typeof value === 'number' ? formatPlain(value) : value;
  return separator === ';' ? plain.replace('.', ',') : plain;
}

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * A whole CSV file: a header record, then one record per row, CRLF line ends, a line end after the
 * last record. Text cells go through {@link csvField}; numbers through {@link csvNumber}, as does a
 * plain decimal given as text in a `numeric` column; booleans are `true`/`false`; no value is an
 * empty field.
 *
 * @param columns - the headers (and which columns hold numbers)
 * @param rows - the cells of each row, in column order: an array, or made one by one as they are written
 * @param settings - separator, byte-order mark, formula guard
 * @returns the file's text
 * @throws never
 *
 * @example
 * csvTable([{ label: 'V', numeric: true }], [[1.5], [null]], { separator: ';', bom: false, guardFormulas: true });
 * //=> 'V\r\n1,5\r\n\r\n'
 */
export function csvTable(columns: readonly ColumnSpec[], rows: Iterable<readonly Cell[]>, settings: CsvSettings): string {
  const { separator, guardFormulas } = settings;
  const records = [columns.map((c) => csvField(c.label, guardFormulas)).join(separator)];
  for (const cells of rows) {
    records.push(
      columns
        .map((column, i) => {
          const cell = cells[i] ?? null;
          if (cell === null) return '';
          if (typeof cell === 'number') return csvNumber(cell, separator);
          if (typeof cell === 'boolean') return String(cell);
          if (column.numeric && PLAIN_DECIMAL.test(cell)) return csvNumber(cell, separator);
          return csvField(cell, guardFormulas);
        })
        .join(separator),
    );
  }
  return `${settings.bom ? '\uFEFF' : ''}${records.join('\r\n')}\r\n`;
}

/**
 * The CSV-only options (`bom`, `separator`, `guardFormulas`) given with another format: one
 * `invalid_option` issue each, in that order.
 *
 * @param opts - the renderer's options, already parsed
 * @returns the issues (none when the format is CSV or none of them is given)
 * @throws never
 *
 * @example
 * csvOnlyOptionIssues({ format: 'html', bom: true }).map((i) => i.path.join('.'));
 * //=> ['options.bom']
 */
export function csvOnlyOptionIssues(opts: { readonly format: string; readonly bom?: boolean | undefined; readonly separator?: string | undefined; readonly guardFormulas?: boolean | undefined }): ChisoIssue[] {
  if (opts.format === 'csv') return [];
  const issues: ChisoIssue[] = [];
  for (const key of ['bom', 'separator', 'guardFormulas'] as const) {
    if (opts[key] !== undefined) issues.push(makeIssue({ code: 'invalid_option', path: ['options', key], field: key, expected: 'absent unless format is "csv"', received: opts[key] }));
  }
  return issues;
}
