import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { ChisoError, type ChisoIssue } from '../errors';
import { numberFormatter } from '../_shared/format';
import { makeIssue } from '../_shared/issue';
import { englishIssue, fromZodIssues, parseOrThrow } from '../_shared/zod';
import { csvOnlyOptionIssues, csvTable } from './_internal/csv';
import { type Cell, htmlTable, jsonText, markdownTable, NO_VALUE } from './_internal/table';
import type { ReportLang } from './labels';

/** A cell of a {@link ReportTable}: text, a finite number, a boolean, or `null` (no value). */
export type TableCell = string | number | boolean | null;

/** A column of a {@link ReportTable}: the key its cells have in each row, its header, whether it holds numbers. */
export interface TableColumn {
  readonly key: string;
  readonly label: string;
  /** Right-aligned for people; in CSV a plain decimal given as text (`'850.125'`) is written as a number. */
  readonly numeric?: boolean;
}

/** A table for {@link renderTable}: a ranking, a list of progress or deadlines, anything in rows and columns. */
export interface ReportTable {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** One record per row, read by the columns' keys (own keys only); a missing key is no value. */
  readonly rows: readonly Readonly<Record<string, TableCell>>[];
  /** Lines under the table (Markdown, HTML); not in CSV; `notes` in JSON. */
  readonly notes?: readonly string[];
}

/** Options of {@link renderTable}. */
export interface RenderTableOptions {
  /** `markdown`, `csv`, `html` (a `<table>` fragment) or `json`. */
  readonly format: 'markdown' | 'csv' | 'html' | 'json';
  /** Language of numbers and booleans for people: `vi` (default, `vi-VN`) or `en` (`en-US`). */
  readonly lang?: ReportLang;
  /** CSV only: start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8. */
  readonly bom?: boolean;
  /** CSV only: `,` (default) or `;` (numbers then with a decimal comma, as Excel in vi-VN reads them). */
  readonly separator?: ',' | ';';
  /** CSV only (default `true`): a text cell a spreadsheet would run as a formula gets a leading `'`. */
  readonly guardFormulas?: boolean;
}

const OptionsSchema = strictObjectSchema({
  format: z.enum(['markdown', 'csv', 'html', 'json']),
  lang: z.optional(z.enum(['vi', 'en'])),
  bom: z.optional(z.boolean()),
  separator: z.optional(z.enum([',', ';'])),
  guardFormulas: z.optional(z.boolean()),
});

const CellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const TableSchema = strictObjectSchema({
  caption: z.string(),
  columns: z.array(strictObjectSchema({ key: z.string(), label: z.string(), numeric: z.optional(z.boolean()) })).check(z.minLength(1)),
  // A row's cells are checked by the columns' keys below, from the row as given: zod's record output
  // drops an own `__proto__` key, which is a key like any other here.
  rows: z.array(z.record(z.string(), z.unknown())),
  notes: z.optional(z.array(z.string())),
});

const BOOLEANS: Readonly<Record<ReportLang, readonly [string, string]>> = { vi: ['có', 'không'], en: ['yes', 'no'] };

/** The table checked: its columns, and each row's cells in column order (a missing key is `null`). */
function checkTable(table: unknown): { readonly spec: z.output<typeof TableSchema>; readonly cells: Cell[][] } {
  const spec = parseOrThrow(TableSchema, table, ['table']);
  const issues: ChisoIssue[] = [];
  const seen = new Set<string>();
  spec.columns.forEach((column, i) => {
    if (seen.has(column.key)) issues.push(makeIssue({ code: 'duplicate_column', path: ['table', 'columns', i, 'key'], field: 'key', expected: 'a column key not used before', received: column.key }));
    seen.add(column.key);
  });
  const rows = (table as { readonly rows: readonly Readonly<Record<string, unknown>>[] }).rows;
  const cells = rows.map((row, i) =>
    spec.columns.map((column): Cell => {
      const value = Object.hasOwn(row, column.key) ? row[column.key] : null;
      if (value === null || value === undefined) return null;
      if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
      const checked = CellSchema.safeParse(value, { error: englishIssue });
      if (!checked.success) issues.push(...fromZodIssues(checked.error.issues, ['table', 'rows', i, column.key]));
      return null;
    }),
  );
  if (issues.length > 0) throw new ChisoError(issues);
  return { spec, cells };
}

/**
 * Renders a table — a ranking, a list of progress toward targets, deadlines, anything in rows and
 * columns — in the four formats of {@link renderScorecard}, written the same way:
 *
 * - `markdown`: a bold caption line, a GFM table (numeric columns right-aligned; a table with no rows
 *   shows one row with `—`), each note after a blank line. Numbers for people as scorecards write
 *   them: `vi-VN` (`1.132,4`) or `en-US`, at most 2 fraction digits, an exact half away from zero;
 *   booleans `có`/`không` (`yes`/`no`); `—` for no value. Markdown syntax in any text is escaped.
 * - `html`: a `<table class="chiso-table">` fragment with `<caption>`, `<th scope="col">` headers,
 *   the same numbers as Markdown and the notes in `<tfoot>`; every text escaped.
 * - `csv`: RFC 4180, CRLF line ends, a header record; numbers exact, never grouped or in exponent
 *   form, with a decimal point after `,` and a decimal comma after `;`; booleans `true`/`false`; no
 *   value is an empty field; a text cell a spreadsheet would run as a formula gets a leading `'`
 *   (unless `guardFormulas: false`). No caption, no notes.
 * - `json`: `{ caption, columns, rows, notes }`, pretty-printed: each row holds the columns' keys,
 *   in column order, values as they are (`null` for no value).
 *
 * @param table - `caption`, `columns` (`key`, `label`, `numeric`), `rows` (records by key), `notes`
 * @param options - `format` (required), `lang`; for CSV `bom`, `separator`, `guardFormulas`
 * @returns the rendered text; every format ends with a line end (CRLF for CSV)
 * @throws {ChisoError} for a table that is not one (no columns, a repeated column key, a cell that is
 *   not text, a finite number, a boolean or null); an unknown format, language or option; a CSV-only
 *   option with another format
 *
 * @example
 * const table = { caption: 'Xếp hạng', columns: [{ key: 'unit', label: 'Đơn vị' }, { key: 'share', label: 'Tỷ lệ (%)', numeric: true }], rows: [{ unit: '=Huyện A', share: 1132.4 }] };
 * renderTable(table, { format: 'markdown' }).split('\n')[4];
 * //=> '| =Huyện A | 1.132,4 |'
 * renderTable(table, { format: 'csv', separator: ';' });
 * //=> "Đơn vị;Tỷ lệ (%)\r\n'=Huyện A;1132,4\r\n"
 */
export function renderTable(table: ReportTable, options: RenderTableOptions): string {
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const optionIssues = csvOnlyOptionIssues(opts);
  if (optionIssues.length > 0) throw new ChisoError(optionIssues);
  const { spec, cells } = checkTable(table);
  const lang = opts.lang ?? 'vi';
  const columns = spec.columns.map((c) => ({ label: c.label, numeric: c.numeric === true }));
  const notes = (spec.notes ?? []).map((text) => ({ text }));
  switch (opts.format) {
    case 'json': {
      const rows = cells.map((row) => {
        // No prototype: a column keyed `__proto__` is a key like any other.
        const record = Object.create(null) as Record<string, Cell>;
        spec.columns.forEach((c, i) => (record[c.key] = row[i] ?? null));
        return record;
      });
      return jsonText({ caption: spec.caption, columns: spec.columns, rows, notes: spec.notes ?? [] });
    }
    case 'csv':
      return csvTable(columns, cells, { separator: opts.separator ?? ',', bom: opts.bom === true, guardFormulas: opts.guardFormulas ?? true });
    case 'markdown':
    case 'html': {
      const num = numberFormatter(lang);
      const [yes, no] = BOOLEANS[lang];
      const forPeople = (cell: Cell) => (cell === null ? NO_VALUE : typeof cell === 'number' ? num(cell) : typeof cell === 'boolean' ? (cell ? yes : no) : cell);
      const text = cells.map((row) => row.map(forPeople));
      if (opts.format === 'html') return htmlTable({ className: 'chiso-table', lang, caption: spec.caption, columns, rows: text.map((c) => ({ cells: c })), notes, alignTextHeaders: false });
      // GFM has no table without a body row to show "nothing here" in.
      return markdownTable(spec.caption, columns, text.length > 0 ? text : [columns.map((_, i) => (i === 0 ? NO_VALUE : ''))], notes);
    }
  }
}
