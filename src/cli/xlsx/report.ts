// The bridge from a command's CSV rows to a report workbook: the cells are the CSV's (the same row
// builders, the same values), only typed here. Never a second copy of what a report says.
import { renderScorecard, reportLabels, scorecardFigures, type Catalog, type ReportTable, type Scorecard, type ScorecardFigures, type Text } from '../../index';
import { readCsv } from '../csv';
import { writeXlsxReport, xlsxFixedFormat, STATUS_FILLS, type XlsxCell, type XlsxColumnKind } from './write';

/**
 * What a report workbook's notes sheet says of where its figures come from: the catalog and its
 * plan (number, date, title, and where it was read from), related documents, the data files.
 *
 * @param catalog - the catalog evaluated against
 * @param lang - the language of the lines
 * @param dataFiles - the data files read
 * @returns the lines
 * @throws never
 *
 * @example
 * sourceNotes(catalogs.vinhPhuc302, 'en', ['data.csv'])[0]?.startsWith('Catalog: vinh-phuc-302 — 302/KH-UBND');
 * //=> true
 */
export function sourceNotes(catalog: Catalog, lang: 'vi' | 'en', dataFiles: readonly string[]): string[] {
  const plan = catalog.plan;
  const doc = [plan.number, plan.date === undefined ? undefined : plan.date, plan.title[lang]].filter((p) => p !== undefined).join(' · ');
  return [
    `${lang === 'vi' ? 'Bộ chỉ tiêu' : 'Catalog'}: ${catalog.id} — ${doc}${plan.via === undefined ? '' : ` (${plan.via})`}`,
    ...(catalog.related ?? []).map((r) => `${lang === 'vi' ? 'Văn bản liên quan' : 'Related document'}: ${[r.number, r.title[lang]].filter((p) => p !== undefined).join(' · ')}`),
    ...dataFiles.map((f) => `${lang === 'vi' ? 'Tệp số liệu' : 'Data file'}: ${f}`),
  ];
}

/**
 * Writes a scorecard as a workbook with exactly the cells of its CSV: the CSV is rendered by the
 * library (the one row builder of a scorecard) and read back, then each column typed — deadline a
 * day, value and gap numbers, attainment a fraction shown in %, the status as text and a fill. The
 * formula guard of the CSV (`'=…`) is not needed: a typed text cell is never a formula. A row near
 * its bound shows its value, gap and attainment with the decimals `scorecardFigures` asks for
 * (`#,##0.000`, `0.000%`: 79.999 against `≥ 80` never shows `80.00`); the cells keep the exact numbers.
 *
 * @param card - the scorecard
 * @param options - language, catalog, unit names, sort, the title and notes, the output file
 * @returns when the file is written
 * @throws {CliError} an I/O error (exit 3) when the file cannot be written
 *
 * @example
 * const card = evaluate(catalogs.vinhPhuc302, [], { asOf: '2025-12-31' });
 * await writeScorecardXlsx(card, { lang: 'vi', catalog: catalogs.vinhPhuc302, units: {}, sort: 'scorecard', title: 'T', notes: [], out: 'no/such/dir/s.xlsx' });
 * //=> throws CliError: error: cannot write no/such/dir/s.xlsx: no such folder
 */
export async function writeScorecardXlsx(
  card: Scorecard,
  options: { readonly lang: 'vi' | 'en'; readonly catalog: Catalog; readonly units: Readonly<Record<string, Text>>; readonly sort: 'scorecard' | 'name'; readonly title: string; readonly notes: readonly string[]; readonly out: string },
): Promise<void> {
  const { lang } = options;
  const csv = renderScorecard(card, { format: 'csv', lang, catalog: options.catalog, units: options.units, sort: options.sort, guardFormulas: false });
  const table = readCsv(csv, 'scorecard.csv');
  // The nine columns of renderScorecard, in its order.
  const kinds: readonly XlsxColumnKind[] = ['text', 'text', 'text', 'text', 'date', 'number', 'status', 'number', 'fraction'];
  const status = reportLabels[lang].status;
  await writeXlsxReport(
    {
      title: options.title,
      asOf: card.asOf,
      lang,
      sheet: lang === 'vi' ? 'Bảng đánh giá' : 'Scorecard',
      columns: table.header.map((label, i) => ({ label, kind: kinds[i] ?? 'text' })),
      rows: table.rows.map((row) => row.cells.map((text, i) => typed(text, kinds[i] ?? 'text'))),
      statusFills: { [status.met]: STATUS_FILLS.good, [status['not-met']]: STATUS_FILLS.bad, [status['no-data']]: STATUS_FILLS.none, [status['not-applicable']]: STATUS_FILLS.none },
      notes: options.notes,
      ...nearBoundFormats(card, table.rows.map((r) => r.cells), options),
    },
    options.out,
  );
}

/** The columns of renderScorecard's CSV whose figures a row near its bound widens. */
const VALUE = 5;
const GAP = 7;
const ATTAINMENT = 8;

/**
 * The number formats of the rows near their bounds, by CSV row and column (`undefined`: the plain
 * format). The CSV row of each scorecard row is its own index in scorecard order; sorted by name,
 * it is found by its text in the scorecard-order CSV — the sort keeps ties in scorecard order, so
 * equal rows are matched in order.
 */
function nearBoundFormats(
  card: Scorecard,
  cells: readonly (readonly string[])[],
  options: { readonly lang: 'vi' | 'en'; readonly catalog: Catalog; readonly units: Readonly<Record<string, Text>>; readonly sort: 'scorecard' | 'name' },
): { numberFormat?: (row: number, column: number) => string | undefined } {
  const figures = card.rows.map((row) => scorecardFigures(row));
  // A value exactly at a strict bound (80 against `> 80`, not met): its gap is exactly 0 and its
  // attainment exactly 1, which no decimals keep from reading as met; the format says it in words,
  // as the tables do (`0 (cần > 80)`, `< 100%`), and the cells keep the numbers.
  const t = reportLabels[options.lang];
  const strict = card.rows.map((row) =>
    row.status === 'not-met' && row.gap === 0 && row.target?.kind === 'threshold' && (row.target.op === '>' || row.target.op === '<')
      ? `${row.target.op} ${formatBound(row.target.value, options.lang)}`
      : undefined,
  );
  if (!figures.some((f) => f.widened) && strict.every((x) => x === undefined)) return {};
  let shown: readonly (ScorecardFigures | undefined)[] = figures;
  let needs: readonly (string | undefined)[] = strict;
  if (options.sort !== 'scorecard') {
    const plain = readCsv(renderScorecard(card, { format: 'csv', lang: options.lang, catalog: options.catalog, units: options.units, sort: 'scorecard', guardFormulas: false }), 'scorecard.csv');
    const byText = new Map<string, number[]>();
    plain.rows.forEach((row, i) => {
      const key = JSON.stringify(row.cells);
      const same = byText.get(key);
      if (same === undefined) byText.set(key, [i]);
      else same.push(i);
    });
    const order = cells.map((row) => byText.get(JSON.stringify(row))?.shift());
    shown = order.map((i) => (i === undefined ? undefined : figures[i]));
    needs = order.map((i) => (i === undefined ? undefined : strict[i]));
  }
  const numberFormat = (row: number, column: number): string | undefined => {
    const bound = needs[row];
    if (bound !== undefined && column === GAP) return `0" (${t.target.needs} ${bound})"`;
    if (bound !== undefined && column === ATTAINMENT) return '"< 100%"';
    const f = shown[row];
    if (f === undefined || !f.widened) return undefined;
    const digits = column === VALUE ? f.value : column === GAP ? f.gap : column === ATTAINMENT ? f.attainment : null;
    return digits === null || digits <= 2 ? undefined : xlsxFixedFormat(digits, column === ATTAINMENT);
  };
  return { numberFormat };
}

/** A target's number as the tables write it: in full, with the language's decimal mark. */
function formatBound(value: number, lang: 'vi' | 'en'): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 20, useGrouping: false }).format(value);
}

/** A CSV cell of a typed column as the workbook holds it: numbers as numbers, empty as no value. */
function typed(text: string, kind: XlsxColumnKind): XlsxCell {
  if (text === '') return null;
  if ((kind === 'number' || kind === 'fraction') && /^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/**
 * Writes a table of the CLI's own (a ranking, progress, deadlines) as a workbook: the rows the
 * command built for its CSV, typed by its columns — a `numeric` column's cells as numbers, the keys
 * in `dates` as days where a cell holds one (`YYYY-MM-DD`), `status` text and fill by `statusFills`.
 *
 * @param table - the table, as the command gives `renderTable` for CSV
 * @param options - language, as-of day, sheet name, the date and status columns, fills, notes, the file
 * @returns when the file is written
 * @throws {CliError} an I/O error (exit 3) when the file cannot be written
 *
 * @example
 * const table = { caption: 'T', columns: [{ key: 'v', label: 'V', numeric: true }], rows: [{ v: 1 }] };
 * await writeTableXlsx(table, { lang: 'en', asOf: '2025-12-31', sheet: 'Data', dates: [], notes: [], out: 'no/such/dir/t.xlsx' });
 * //=> throws CliError: error: cannot write no/such/dir/t.xlsx: no such folder
 */
export async function writeTableXlsx(
  table: ReportTable,
  options: {
    readonly lang: 'vi' | 'en';
    readonly asOf: string;
    readonly sheet: string;
    readonly dates: readonly string[];
    readonly status?: string;
    readonly statusFills?: Readonly<Record<string, string>>;
    readonly notes: readonly string[];
    readonly out: string;
  },
): Promise<void> {
  const kindOf = (key: string, numeric: boolean | undefined): XlsxColumnKind => (numeric === true ? 'number' : options.dates.includes(key) ? 'date' : key === options.status ? 'status' : 'text');
  await writeXlsxReport(
    {
      title: table.caption ?? options.sheet,
      asOf: options.asOf,
      lang: options.lang,
      sheet: options.sheet,
      columns: table.columns.map((c) => ({ label: c.label, kind: kindOf(c.key, c.numeric) })),
      rows: table.rows.map((row) => table.columns.map((c) => (row[c.key] ?? null) as XlsxCell)),
      ...(options.statusFills === undefined ? {} : { statusFills: options.statusFills }),
      notes: [...options.notes, ...(table.notes ?? [])],
    },
    options.out,
  );
}
