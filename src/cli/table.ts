import { renderTable, type ReportTable, type TableColumn, type Text } from '../index';
import { htmlPage } from './page';

/** The formats of the tables the CLI writes with `renderTable` (scorecards go through `renderScorecard`). */
export type TableFormat = 'md' | 'csv' | 'html' | 'json';

/**
 * Table columns from their keys, each headed by its label in one language; the keys in `numeric`
 * hold numbers.
 *
 * @param keys - the columns' keys, in order
 * @param labels - a label in both languages for every key
 * @param lang - the language of the headers
 * @param numeric - the keys of the columns that hold numbers
 * @returns the columns, as `renderTable` takes them
 * @throws never
 *
 * @example
 * columnsOf(['unit', 'share'], { unit: { vi: 'Đơn vị', en: 'Unit' }, share: { vi: 'Tỷ lệ', en: 'Share' } }, 'en', ['share']);
 * //=> [{ key: 'unit', label: 'Unit' }, { key: 'share', label: 'Share', numeric: true }]
 */
export function columnsOf<K extends string>(keys: readonly K[], labels: Readonly<Record<K, Text>>, lang: 'vi' | 'en', numeric: readonly K[] = []): TableColumn[] {
  return keys.map((key) => (numeric.includes(key) ? { key, label: labels[key][lang], numeric: true } : { key, label: labels[key][lang] }));
}

/**
 * A table of the CLI's own (rankings, progress, deadlines) in the format asked for, written by the
 * library's `renderTable`; HTML as a complete page.
 *
 * @param table - caption, columns, rows, notes
 * @param format - `md`, `csv`, `html` or `json`
 * @param lang - the language numbers are written in for people
 * @param csv - CSV only: `bom`, `separator`
 * @param page - HTML only: the page's title, and the heading above the table
 * @returns the text to write
 * @throws never (the CLI's tables are valid by construction)
 *
 * @example
 * tableText({ caption: 'T', columns: [{ key: 'v', label: 'V', numeric: true }], rows: [{ v: 1132.4 }] }, 'md', 'vi', {}, { title: 'T' }).split('\n')[4];
 * //=> '| 1.132,4 |'
 */
export function tableText(table: ReportTable, format: TableFormat, lang: 'vi' | 'en', csv: { readonly bom?: boolean; readonly separator?: ',' | ';' }, page: { readonly title: string; readonly heading?: string }): string {
  const text = renderTable(table, { format: format === 'md' ? 'markdown' : format, lang, ...csv });
  return format === 'html' ? htmlPage({ lang, ...page, body: text }) : text;
}
