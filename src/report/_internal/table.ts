// The writing core of every table chiso renders — scorecards (renderScorecard) and the tables of
// renderTable (the CLI's rankings, progress and deadlines): Markdown, HTML and JSON here, CSV in
// ./csv.ts. The callers decide what each cell says (labels, numbers for people); these write it,
// escaped, in the format's syntax.
import { escapeXml } from '../../_shared/format';

/** A cell before it is written: text, a number, a boolean, or no value. */
export type Cell = string | number | boolean | null;

/** A column as the writers see it: its header, and whether it holds numbers (right-aligned). */
export interface ColumnSpec {
  readonly label: string;
  readonly numeric: boolean;
}

/** A line under a table (Markdown, HTML `<tfoot>`). An aside is set apart: in italics, or smaller. */
export interface Note {
  readonly text: string;
  readonly aside?: boolean;
}

/**
 * A cell of an HTML row: its text, or its text with the `<td>`'s own attributes (written as given,
 * already escaped, with a leading space) or a civil date for a `<time datetime>` around the text.
 */
export type HtmlCell = string | { readonly text: string; readonly attributes?: string; readonly datetime?: string };

/** An HTML row: its cells in column order, and the `<tr>`'s attributes (as given, with a leading space). */
export interface HtmlRow {
  readonly attributes?: string;
  readonly cells: readonly HtmlCell[];
}

/** Everything {@link htmlTable} writes. */
export interface HtmlTableSpec {
  /** The `<table>`'s class. */
  readonly className: string;
  readonly lang: string;
  readonly caption: string;
  readonly columns: readonly ColumnSpec[];
  /** The rows: an array, or made one by one as they are written (so a large table is never held twice). */
  readonly rows: Iterable<HtmlRow>;
  readonly notes: readonly Note[];
  /**
   * Also state `text-align:left` on the headers of text columns (a browser centres a `<th>`); else
   * only numeric columns' headers carry an alignment (right).
   */
  readonly alignTextHeaders: boolean;
}

/** What a cell with no value shows to people. */
export const NO_VALUE = '—';

/**
 * Text made inert in a GFM table cell: line breaks become spaces; `\ \` * _ [ ] & | ~` are
 * backslash-escaped, and `<` where it could open a tag or an autolink (before a letter, `/`, `!` or
 * `?`). `>` needs nothing: a cell never starts a line, so it cannot open a quote.
 *
 * @param text - the text
 * @returns the text, escaped
 * @throws never
 *
 * @example
 * markdownText('a | *b*');
 * //=> 'a \\| \\*b\\*'
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]&|~]/g, '\\$&')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<');
}

/**
 * A GFM table: a bold caption line, a blank line, the header, the alignment row (`---:` for numeric
 * columns), one line per row, then each note after a blank line (an aside in italics), and a line
 * end. Every text is escaped (see {@link markdownText}).
 *
 * @param caption - the caption
 * @param columns - the headers
 * @param rows - each row's cells as text for people, in column order: an array, or made one by one
 *   as they are written
 * @param notes - the lines under the table
 * @returns the Markdown text
 * @throws never
 *
 * @example
 * markdownTable('T', [{ label: 'V', numeric: true }], [['1,5']], [{ text: 'n', aside: true }]);
 * //=> '**T**\n\n| V |\n| ---: |\n| 1,5 |\n\n_n_\n'
 */
export function markdownTable(caption: string, columns: readonly ColumnSpec[], rows: Iterable<readonly string[]>, notes: readonly Note[]): string {
  const out = [`**${markdownText(caption)}**`, ''];
  out.push(`| ${columns.map((c) => markdownText(c.label)).join(' | ')} |`);
  out.push(`| ${columns.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`);
  for (const cells of rows) out.push(`| ${cells.map(markdownText).join(' | ')} |`);
  for (const note of notes) out.push('', note.aside === true ? `_${markdownText(note.text)}_` : markdownText(note.text));
  out.push('');
  return out.join('\n');
}

const RIGHT = ' style="text-align:right"';

/**
 * An HTML `<table>` fragment: a caption, `<th scope="col">` headers, one `<tr>` per row (numeric
 * cells right-aligned), the notes in `<tfoot>` (when there are any; an aside smaller), and a line
 * end. Every text is escaped (`& < > " '`); only the attributes given in the spec are written as
 * they are.
 *
 * @param spec - class, language, caption, columns, rows, notes, header alignment
 * @returns the HTML text
 * @throws never
 *
 * @example
 * htmlTable({ className: 't', lang: 'en', caption: 'T', columns: [{ label: 'V', numeric: true }], rows: [{ cells: ['<1>'] }], notes: [], alignTextHeaders: false }).split('\n')[6];
 * //=> '<tr><td style="text-align:right">&lt;1&gt;</td></tr>'
 */
export function htmlTable(spec: HtmlTableSpec): string {
  const e = escapeXml;
  const { columns } = spec;
  const th = (c: ColumnSpec) => (c.numeric ? RIGHT : spec.alignTextHeaders ? ' style="text-align:left"' : '');
  const out = [`<table class="${spec.className}" lang="${spec.lang}">`, `<caption style="text-align:left;font-weight:bold">${e(spec.caption)}</caption>`, '<thead>'];
  out.push(`<tr>${columns.map((c) => `<th scope="col"${th(c)}>${e(c.label)}</th>`).join('')}</tr>`, '</thead>', '<tbody>');
  for (const row of spec.rows) {
    const tds = row.cells.map((cell, i) => {
      const align = columns[i]?.numeric === true ? RIGHT : '';
      if (typeof cell === 'string') return `<td${align}>${e(cell)}</td>`;
      const text = cell.datetime === undefined ? e(cell.text) : `<time datetime="${e(cell.datetime)}">${e(cell.text)}</time>`;
      return `<td${cell.attributes ?? align}>${text}</td>`;
    });
    out.push(`<tr${row.attributes ?? ''}>${tds.join('')}</tr>`);
  }
  out.push('</tbody>');
  if (spec.notes.length > 0) {
    out.push('<tfoot>', ...spec.notes.map((n) => `<tr><td colspan="${columns.length}"${n.aside === true ? ' style="font-size:smaller"' : ''}>${e(n.text)}</td></tr>`), '</tfoot>');
  }
  out.push('</table>', '');
  return out.join('\n');
}

/**
 * Each item mapped as it is asked for: rows for a writer, made one by one instead of all at once
 * (a table of 100,000 rows is then never held as cells and as text at the same time).
 *
 * @param items - the items
 * @param map - what each becomes
 * @returns the mapped items, once, in order
 * @throws what `map` throws
 *
 * @example
 * [...lazyMap([1, 2], (n) => n * 2)];
 * //=> [2, 4]
 */
export function* lazyMap<T, U>(items: readonly T[], map: (item: T) => U): Generator<U, void, undefined> {
  for (const item of items) yield map(item);
}

/**
 * A JSON document as every format of chiso writes one: pretty-printed with 2 spaces, ending with a
 * line end.
 *
 * @param doc - the document
 * @returns the JSON text
 * @throws never
 *
 * @example
 * jsonText({ a: [1] });
 * //=> '{\n  "a": [\n    1\n  ]\n}\n'
 */
export function jsonText(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
