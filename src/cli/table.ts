import { escapeXml, formatPlain, numberFormatter } from '../_shared/format';

/** The formats of the tables the CLI writes (scorecards go through `renderScorecard`). */
export type TableFormat = 'md' | 'csv' | 'html' | 'json';

/**
 * A cell: text, a number (formatted for people except in CSV and JSON), a boolean, or nothing. In a
 * `numeric` column, text written as a plain decimal (`'850.125'`, an exact amount kept as text) is a
 * number too in CSV, written as numbers are.
 */
export type Cell = string | number | boolean | null;

/** A table of the CLI's own: rankings, progress, deadlines. */
export interface Table {
  readonly caption: string;
  readonly columns: readonly { readonly key: string; readonly label: string; readonly numeric?: boolean }[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
  /** Lines under the table (Markdown, HTML); not in CSV; `notes` in JSON. */
  readonly notes?: readonly string[];
}

/** CSV options, as for scorecards. */
export interface CsvOptions {
  readonly bom?: boolean;
  readonly separator?: ',' | ';';
}

/** Markdown table cell: no line breaks, table and emphasis syntax made literal. */
const md = (text: string) => text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_[\]|~&]/g, '\\$&').replace(/<(?=[A-Za-z/!?])/g, '\\<');

function csvField(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A plain decimal (`-1132.4`) for a CSV cell: as it is with `,` between fields, with a decimal comma
 * (`-1132,4`) with `;`, the way Excel in a vi-VN locale and chiso's own reader read a `;` file. No
 * grouping, no exponent: nothing to guess.
 */
function csvDecimal(plain: string, separator: ',' | ';'): string {
  return separator === ';' ? plain.replace('.', ',') : plain;
}

/**
 * Writes a table as GFM Markdown, RFC 4180 CSV (numbers machine-readable and exact — a decimal
 * point with `,` between fields, a decimal comma with `;`, never grouped — text cells that a
 * spreadsheet would run as a formula prefixed with `'`), an HTML `<table>` fragment (every text
 * escaped) or JSON (`{ caption, columns, rows, notes }`, values as they are). Numbers for people
 * (Markdown, HTML) are written as `renderScorecard` writes them: vi-VN or en-US, at most 2 decimals.
 * A CSV of two columns or more reads back through the CLI's own reader to the same values.
 *
 * @param table - caption, columns, rows, notes
 * @param format - `md`, `csv`, `html` or `json`
 * @param lang - the language numbers are written in for people
 * @param csv - CSV only: `bom`, `separator`
 * @returns the text, ending with a line end
 * @throws never
 *
 * @example
 * renderTable({ caption: 'T', columns: [{ key: 'v', label: 'V', numeric: true }], rows: [{ v: 1132.4 }] }, 'md', 'vi').split('\n')[4];
 * //=> '| 1.132,4 |'
 */
export function renderTable(table: Table, format: TableFormat, lang: 'vi' | 'en', csv: CsvOptions = {}): string {
  const num = numberFormatter(lang);
  const yes = lang === 'vi' ? 'có' : 'yes';
  const no = lang === 'vi' ? 'không' : 'no';
  const forPeople = (cell: Cell) => (cell === null ? '—' : typeof cell === 'number' ? num(cell) : typeof cell === 'boolean' ? (cell ? yes : no) : cell);
  switch (format) {
    case 'json':
      return `${JSON.stringify({ caption: table.caption, columns: table.columns, rows: table.rows, notes: table.notes ?? [] }, null, 2)}\n`;
    case 'csv': {
      const separator = csv.separator ?? ',';
      const text = (s: string) => csvField(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
      const records = [table.columns.map((c) => text(c.label))];
      for (const row of table.rows) {
        records.push(
          table.columns.map((c) => {
            const cell = row[c.key] ?? null;
            if (cell === null) return '';
            if (typeof cell === 'number') return csvDecimal(formatPlain(cell), separator);
            if (typeof cell === 'boolean') return String(cell);
            if (c.numeric === true && /^-?\d+(?:\.\d+)?$/.test(cell)) return csvDecimal(cell, separator);
            return text(cell);
          }),
        );
      }
      const body = records.map((r) => r.join(separator)).join('\r\n');
      return `${csv.bom === true ? '\uFEFF' : ''}${body}\r\n`;
    }
    case 'md': {
      const out = [`**${md(table.caption)}**`, ''];
      out.push(`| ${table.columns.map((c) => md(c.label)).join(' | ')} |`);
      out.push(`| ${table.columns.map((c) => (c.numeric === true ? '---:' : '---')).join(' | ')} |`);
      for (const row of table.rows) out.push(`| ${table.columns.map((c) => md(forPeople(row[c.key] ?? null))).join(' | ')} |`);
      if (table.rows.length === 0) out.push(`| ${table.columns.map((_, i) => (i === 0 ? '—' : '')).join(' | ')} |`);
      for (const note of table.notes ?? []) out.push('', md(note));
      out.push('');
      return out.join('\n');
    }
    case 'html': {
      const e = escapeXml;
      const align = (numeric: boolean | undefined) => (numeric === true ? ' style="text-align:right"' : '');
      const out = [`<table class="chiso-table" lang="${lang}">`, `<caption style="text-align:left;font-weight:bold">${e(table.caption)}</caption>`, '<thead>'];
      out.push(`<tr>${table.columns.map((c) => `<th scope="col"${align(c.numeric)}>${e(c.label)}</th>`).join('')}</tr>`, '</thead>', '<tbody>');
      for (const row of table.rows) out.push(`<tr>${table.columns.map((c) => `<td${align(c.numeric)}>${e(forPeople(row[c.key] ?? null))}</td>`).join('')}</tr>`);
      out.push('</tbody>');
      if ((table.notes ?? []).length > 0) {
        out.push('<tfoot>', ...(table.notes ?? []).map((n) => `<tr><td colspan="${table.columns.length}">${e(n)}</td></tr>`), '</tfoot>');
      }
      out.push('</table>', '');
      return out.join('\n');
    }
  }
}
