import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { ChisoError } from '../errors';
import { escapeXml, formatDate, numberFormatter } from '../_shared/format';
import { makeIssue } from '../_shared/issue';
import { englishIssue, fromZodIssues, parseOrThrow } from '../_shared/zod';
import type { Catalog } from '../model/catalog';
import { ScorecardSchema, type Scorecard, type ScorecardRow, type Status } from '../model/result';
import type { Comparison, Target } from '../model/target';
import { TextSchema, type Text } from '../model/text';
import { csvNumber, csvOnlyOptionIssues, csvTable } from './_internal/csv';
import { figureWriter, type RowFigures } from './_internal/figures';
import { type Cell, type ColumnSpec, htmlTable, jsonText, lazyMap, markdownTable, NO_VALUE, type Note } from './_internal/table';
import { reportLabels, type ReportLabelSet, type ReportLang, type ScorecardColumn } from './labels';

/** The formats {@link renderScorecard} writes. */
export type ScorecardFormat = 'markdown' | 'csv' | 'html' | 'json';

/** A unit's display name: one text, or one per language. */
export type UnitNames = readonly { readonly id: string; readonly name: string | Text }[] | Readonly<Record<string, string | Text>>;

/** Options of {@link renderScorecard}. */
export interface RenderScorecardOptions {
  /** `markdown`, `csv`, `html` (a `<table>` fragment) or `json`. */
  readonly format: ScorecardFormat;
  /** Language of labels and of numbers for people: `vi` (default, `vi-VN`) or `en` (`en-US`). */
  readonly lang?: ReportLang;
  /**
   * The scorecard's catalog, for indicator and level names and the plan's number in the caption
   * (its `id` must be the scorecard's `catalog`). Without it, ids are shown.
   */
  readonly catalog?: Catalog;
  /**
   * Unit names: the `units` given to `evaluate` (`[{ id, name }]`), or a record id → name; a name is
   * a text or `{ vi, en }`. A unit without a name is shown by its id.
   */
  readonly units?: UnitNames;
  /**
   * Row order: `scorecard` (default) keeps the scorecard's order; `name` sorts by unit name, then
   * indicator name, with `Intl.Collator` of the language (numeric), ties kept in scorecard order.
   * Not for `json`, whose rows stay aligned with the scorecard's.
   */
  readonly sort?: 'scorecard' | 'name';
  /** Caption (Markdown heading line, HTML `<caption>`, JSON `caption`); not for `csv`. */
  readonly title?: string;
  /** CSV only: start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8. */
  readonly bom?: boolean;
  /** CSV only: `,` (default) or `;` (what Excel expects where the decimal separator is a comma, as in vi-VN). */
  readonly separator?: ',' | ';';
  /**
   * CSV only (default `true`): a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
   * `'`, so a spreadsheet shows it as text instead of running it as a formula. Number cells are never
   * changed.
   */
  readonly guardFormulas?: boolean;
}

const NamedSchema = z.union([z.string(), TextSchema]);
const OptionsSchema = strictObjectSchema({
  format: z.enum(['markdown', 'csv', 'html', 'json']),
  lang: z.optional(z.enum(['vi', 'en'])),
  // Only the names are read, so any catalog-shaped object will do.
  catalog: z.optional(z
    .object({
      id: z.string(),
      plan: z.optional(z.object({ number: z.optional(z.string()) })),
      hierarchy: z.object({ levels: z.array(z.object({ id: z.string(), name: TextSchema })) }),
      indicators: z.array(z.object({ id: z.string(), name: TextSchema })),
    })),
  units: z.optional(z.union([z.array(z.object({ id: z.string(), name: NamedSchema })), z.record(z.string(), NamedSchema)])),
  sort: z.optional(z.enum(['scorecard', 'name'])),
  title: z.optional(z.string().check(z.minLength(1))),
  bom: z.optional(z.boolean()),
  separator: z.optional(z.enum([',', ';'])),
  guardFormulas: z.optional(z.boolean()),
});

type Options = z.output<typeof OptionsSchema> & {
  /** Unit names by id, read by own key (see {@link checkOptions}). */
  readonly unitNames: ReadonlyMap<string, string | Text>;
};

/** One row of the table every format shows, with its names, before anything is written. */
interface Line {
  readonly row: ScorecardRow;
  readonly unit: string;
  readonly level: string;
  readonly indicator: string;
}

const COLUMNS: readonly ScorecardColumn[] = ['unit', 'level', 'indicator', 'target', 'deadline', 'value', 'status', 'gap', 'attainment'];
const NUMERIC: Readonly<Record<ScorecardColumn, boolean>> = { unit: false, level: false, indicator: false, target: false, deadline: false, value: true, status: false, gap: true, attainment: true };
const OPS: Readonly<Record<Comparison, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
const STATUSES: readonly Status[] = ['met', 'not-met', 'no-data', 'not-applicable'];

function checkOptions(options: unknown): Options {
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const issues = [];
  const unitNames = new Map<string, string | Text>();
  if (Array.isArray(opts.units)) {
    for (const unit of opts.units) unitNames.set(unit.id, unit.name);
  } else if (opts.units !== undefined) {
    // A unit id is the user's text: zod's record output drops an own `__proto__` key (assigning it
    // would set the prototype) without checking its value, so the names are read from the input's
    // own entries, each checked here.
    for (const [id, name] of Object.entries((options as { readonly units: object }).units)) {
      const checked = NamedSchema.safeParse(name, { error: englishIssue });
      if (checked.success) unitNames.set(id, checked.data);
      else issues.push(...fromZodIssues(checked.error.issues, ['options', 'units', id]));
    }
  }
  issues.push(...csvOnlyOptionIssues(opts));
  if (opts.format === 'csv' && opts.title !== undefined) {
    issues.push(makeIssue({ code: 'invalid_option', path: ['options', 'title'], field: 'title', expected: 'absent when format is "csv" (a CSV file has no caption)', received: opts.title }));
  }
  if (opts.format === 'json' && opts.sort === 'name') {
    issues.push(makeIssue({ code: 'invalid_option', path: ['options', 'sort'], field: 'sort', expected: '"scorecard" or absent when format is "json" (its rows stay aligned with the scorecard\'s)', received: opts.sort }));
  }
  if (Array.isArray(opts.units)) {
    const seen = new Set<string>();
    opts.units.forEach((unit, i) => {
      if (seen.has(unit.id)) issues.push(makeIssue({ code: 'duplicate_unit', path: ['options', 'units', i, 'id'], field: 'id', unit: unit.id, expected: 'a unit id not used before', received: unit.id }));
      seen.add(unit.id);
    });
  }
  if (issues.length > 0) throw new ChisoError(issues);
  return { ...opts, unitNames };
}

/** The target as worded in the plan, then its symbol: `Tối thiểu 80% (≥ 80)`. */
function targetText(target: Target, num: (n: number) => string, t: ReportLabelSet): string {
  let symbol: string;
  switch (target.kind) {
    case 'threshold':
      symbol = `${OPS[target.op]} ${num(target.value)}`;
      break;
    case 'range':
      symbol = `${num(target.min)}–${num(target.max)}`;
      break;
    case 'rank':
      symbol = `${t.target.top} ${num(target.top)}`;
      break;
    case 'change':
      symbol = `${OPS[target.op]} ${target.value > 0 ? '+' : ''}${num(target.value)}%`;
      break;
    case 'growth':
      symbol = `${OPS[target.op]} ${num(target.value)}%${t.target.perYear}`;
      break;
    case 'done':
      symbol = t.target.done;
      break;
    case 'qualitative':
      symbol = t.target.qualitative;
      break;
  }
  return target.wording === undefined ? symbol : `${target.wording} (${symbol})`;
}

function pick(name: string | Text, lang: ReportLang): string {
  return typeof name === 'string' ? name : name[lang];
}

function linesOf(card: Scorecard, opts: Options, lang: ReportLang): Line[] {
  const unitNames = new Map(Array.from(opts.unitNames, ([id, name]) => [id, pick(name, lang)]));
  const indicatorNames = new Map(opts.catalog?.indicators.map((i) => [i.id, i.name[lang]]));
  const levelNames = new Map(opts.catalog?.hierarchy.levels.map((l) => [l.id, l.name[lang]]));
  const lines = card.rows.map((row) => ({
    row,
    unit: unitNames.get(row.unit) ?? row.unit,
    level: row.level === null ? '' : (levelNames.get(row.level) ?? row.level),
    indicator: indicatorNames.get(row.indicator) ?? row.indicator,
  }));
  if (opts.sort !== 'name') return lines;
  const collator = new Intl.Collator(lang, { numeric: true });
  const order = new Map(lines.map((line, i) => [line, i]));
  return [...lines].sort((a, b) => collator.compare(a.unit, b.unit) || collator.compare(a.indicator, b.indicator) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/**
 * A line's cells, as JSON's `rows[i]` shows them and every format starts from: names, the target's
 * text with its numbers written by `num` (the format's own), the deadline (ISO), value, status text,
 * gap, attainment (a fraction).
 */
function cellsOf(line: Line, t: ReportLabelSet, num: (n: number) => string): Record<ScorecardColumn, Cell> {
  const { row } = line;
  return {
    unit: line.unit,
    level: line.level === '' ? null : line.level,
    indicator: line.indicator,
    target: row.target === null ? null : targetText(row.target, num, t),
    deadline: row.deadline,
    value: row.value,
    status: t.status[row.status],
    gap: row.gap,
    attainment: row.attainment,
  };
}

function caption(card: Scorecard, opts: Options, t: ReportLabelSet, lang: ReportLang): string {
  if (opts.title !== undefined) return opts.title;
  const plan = opts.catalog?.plan?.number ?? card.catalog;
  return `${t.scorecard.caption}: ${plan} (${t.scorecard.asOf} ${formatDate(card.asOf, lang)})`;
}

/**
 * Under the table for people: the scorecard's summary, and (set apart) the rounding rule — with, when
 * a row near its bound was written otherwise (see ./_internal/figures.ts), why.
 */
function notesOf(card: Scorecard, t: ReportLabelSet, num: (n: number) => string, nearBound: boolean): Note[] {
  const summary = [...STATUSES.map((s) => `${t.status[s]}: ${num(card.summary[s])}`), `${t.scorecard.total}: ${num(card.summary.total)}`].join(' · ');
  return [{ text: summary }, { text: nearBound ? `${t.scorecard.rounding} ${t.scorecard.nearBound}` : t.scorecard.rounding, aside: true }];
}

/** The status cell's class and colour (the status is also its text: never only a colour). */
const STATUS_ATTRIBUTES: Readonly<Record<Status, string>> = {
  met: ' class="chiso-status chiso-met" style="color:#1b5e20"',
  'not-met': ' class="chiso-status chiso-not-met" style="color:#b71c1c"',
  'no-data': ' class="chiso-status chiso-no-data" style="color:#4a4a4a"',
  'not-applicable': ' class="chiso-status chiso-not-applicable" style="color:#4a4a4a"',
};

/**
 * Markdown and HTML: numbers for people (attainment as a percentage), dates for people, `—` for no
 * value. A target's numbers are written in full (`≥ 79,995`), and a row's value, gap and attainment
 * never read as the other verdict (see ./_internal/figures.ts).
 */
function renderForPeople(card: Scorecard, lines: readonly Line[], opts: Options, lang: ReportLang, format: 'markdown' | 'html'): string {
  const t = reportLabels[lang];
  const num = numberFormatter(lang);
  const figures = figureWriter(lang);
  const columns: ColumnSpec[] = COLUMNS.map((c) => ({ label: t.columns[c], numeric: NUMERIC[c] }));
  const text = (cells: Record<ScorecardColumn, Cell>, shown: RowFigures, c: ScorecardColumn): string => {
    const cell = cells[c];
    if (cell === null) return NO_VALUE;
    if (typeof cell === 'boolean') return cell ? t.done.yes : t.done.no;
    if (typeof cell === 'number') return (c === 'value' ? shown.value : c === 'gap' ? shown.gap : c === 'attainment' ? shown.attainment : null) ?? num(cell);
    return c === 'deadline' ? formatDate(cell, lang) : cell;
  };
  // Checked before the rows are written (the note comes after them, the rows one by one): only rows
  // near a bound do more than a float comparison here.
  const notes = notesOf(card, t, num, lines.some((line) => figures.row(line.row).adjusted));
  if (format === 'markdown') {
    const rows = lazyMap(lines, (line) => {
      const cells = cellsOf(line, t, figures.target);
      const shown = figures.row(line.row);
      return COLUMNS.map((c) => text(cells, shown, c));
    });
    return markdownTable(caption(card, opts, t, lang), columns, rows, notes);
  }
  const e = escapeXml;
  const rows = lazyMap(lines, (line) => {
    const { row } = line;
    const cells = cellsOf(line, t, figures.target);
    const shown = figures.row(row);
    return {
      attributes: ` data-unit="${e(row.unit)}" data-indicator="${e(row.indicator)}" data-status="${row.status}"`,
      cells: COLUMNS.map((c) => {
        if (c === 'deadline' && row.deadline !== null) return { text: text(cells, shown, c), datetime: row.deadline };
        if (c === 'status') return { text: text(cells, shown, c), attributes: STATUS_ATTRIBUTES[row.status] };
        return text(cells, shown, c);
      }),
    };
  });
  return htmlTable({ className: 'chiso-scorecard', lang, caption: caption(card, opts, t, lang), columns, rows, notes, alignTextHeaders: true });
}

function renderCsv(lines: readonly Line[], opts: Options, lang: ReportLang): string {
  const t = reportLabels[lang];
  const separator = opts.separator ?? ',';
  // The separator fixes the decimal mark, as it does for the reader and for Excel: a `;` file is
  // what a vi-VN Excel writes and reads, with decimal commas (98,765 is not 98765 there) — also
  // inside the target's text.
  const num = (n: number) => csvNumber(n, separator);
  const columns = COLUMNS.map((c) => ({ label: c === 'attainment' ? `${t.columns[c]} ${t.scorecard.fraction}` : t.columns[c], numeric: NUMERIC[c] }));
  const rows = lazyMap(lines, (line) => {
    const cells = cellsOf(line, t, num);
    return COLUMNS.map((c) => cells[c]);
  });
  return csvTable(columns, rows, { separator, bom: opts.bom === true, guardFormulas: opts.guardFormulas ?? true });
}

function renderJson(card: Scorecard, lines: readonly Line[], opts: Options, lang: ReportLang): string {
  const t = reportLabels[lang];
  // Numbers stay as they are; only the target's text is written, its numbers in full.
  const { target } = figureWriter(lang);
  const rows = lines.map((line) => cellsOf(line, t, target));
  return jsonText({ lang, caption: caption(card, opts, t, lang), columns: t.columns, status: t.status, rows, scorecard: card });
}

/**
 * Renders a scorecard for people or for other programs, with the same nine columns in every format:
 * unit, level, indicator (name), target as worded with its symbol (`Tối thiểu 80% (≥ 80)`), deadline,
 * value, status (as text, never only a colour), gap, attainment. It only writes what `evaluate`
 * found — it computes nothing.
 *
 * - `markdown`: a caption line, a GFM table (numbers right-aligned), the scorecard's summary and the
 *   rounding rule. Numbers for people: `vi-VN` (`36,18`, `1.100`) or `en-US`, at most 2 fraction
 *   digits, an exact half rounded away from zero (Intl's `halfExpand`, on the number as it prints);
 *   attainment as a percentage (`45,23%`); dates `31/12/2025` (vi) or `2025-12-31` (en); `—` for no
 *   value. Markdown syntax in names is escaped. No rounded figure reads as the other verdict: a
 *   target's numbers are written in full (`≥ 79,995`); a value that rounded would meet (or fail) the
 *   target as written where the status says otherwise gets more decimals, up to its own (`79,999`
 *   against `≥ 80`, not `80`); a gap of a target not met that would round to 0 is `< 0,01` (`< 0,001`
 *   at 3 decimals), and the zero gap of a value exactly at a strict bound `0 (cần > 80)`; an
 *   attainment short of the target that would round to 100 % is `< 100%`. When a row is so written,
 *   a sentence after the rounding rule says why.
 * - `html`: a self-contained `<table>` fragment (no scripts, no external assets; inline styles only)
 *   with `<caption>`, `<th scope="col">` headers, `<time datetime>` deadlines, the same numbers as
 *   Markdown and the summary and rounding rule in `<tfoot>`. Every text is escaped (`& < > " '`).
 * - `csv`: RFC 4180 — a header line, CRLF line ends, text fields with `,` `;` `"` CR or LF quoted
 *   and quotes doubled; UTF-8, with a BOM when `bom: true`; `separator: ';'` for Excel in a vi-VN
 *   locale. Numbers are exact and never grouped or in exponent form, with the decimal mark the
 *   separator implies: `36.18` with `,`, `36,18` with `;` (as Excel in vi-VN and the `chiso` CLI
 *   read a `;` file; also inside the target's text). Attainment is a fraction 0–1, dates ISO,
 *   booleans `true`/`false`, and a cell with no value is empty.
 * - `json`: `{ lang, caption, columns, status, rows, scorecard }`, pretty-printed (2 spaces):
 *   `rows[i]` labels `scorecard.rows[i]` (names, target text, status text; numbers as they are) and
 *   `scorecard` is the scorecard itself, so the output is deterministic whatever the key order of
 *   the input.
 *
 * @param scorecard - the result of `evaluate` (validated here)
 * @param options - `format` (required), `lang`, `catalog`, `units`, `sort`, `title`; for CSV `bom`,
 *   `separator`, `guardFormulas`
 * @returns the rendered text; every format ends with a line end (CRLF for CSV)
 * @throws {ChisoError} for an invalid scorecard; an unknown format, language or option; a CSV-only
 *   option with another format; `title` with CSV; `sort: 'name'` with JSON; a duplicate unit id in
 *   `units`; a `catalog` whose id is not the scorecard's
 *
 * @example
 * const card = evaluate(catalogs.vinhPhuc302, [
 *   { unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 98.76 },
 * ], { asOf: '2023-05-31', units: [{ id: 'vp-districts', name: 'Cấp huyện, thành phố', level: 'district' }] });
 * const csv = renderScorecard(card, { format: 'csv', catalog: catalogs.vinhPhuc302, units: [{ id: 'vp-districts', name: 'Cấp huyện, thành phố' }] });
 * csv.split('\r\n')[4];
 * //=> '"Cấp huyện, thành phố",Cấp huyện,Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến,Tối thiểu 80% (≥ 80),2025-12-31,98.76,Đạt,0,1'
 * renderScorecard(card, { format: 'markdown', lang: 'en' }).includes('| Met | 0 | 100% |');
 * //=> true
 *
 * // 79 999 of 100 000 dossiers against "≥ 80": 79.999 %, not met — never printed as 80, gap 0, 100 %.
 * const near = evaluate(catalogs.vinhPhuc302, [
 *   { unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', numerator: 79999, denominator: 100000 },
 * ], { asOf: '2023-05-31', units: [{ id: 'vp-districts', name: 'Cấp huyện, thành phố', level: 'district' }] });
 * renderScorecard(near, { format: 'markdown' }).includes('| 79,999 | Chưa đạt | 0,001 | < 100% |');
 * //=> true
 */
export function renderScorecard(scorecard: Scorecard, options: RenderScorecardOptions): string {
  const opts = checkOptions(options);
  const card = parseOrThrow(ScorecardSchema, scorecard, ['scorecard']);
  if (opts.catalog !== undefined && opts.catalog.id !== card.catalog) {
    throw new ChisoError([
      makeIssue({ code: 'catalog_mismatch', path: ['options', 'catalog', 'id'], field: 'id', expected: `the id of the scorecard's catalog ("${card.catalog}")`, received: opts.catalog.id }),
    ]);
  }
  const lang = opts.lang ?? 'vi';
  const lines = linesOf(card, opts, lang);
  switch (opts.format) {
    case 'markdown':
    case 'html':
      return renderForPeople(card, lines, opts, lang, opts.format);
    case 'csv':
      return renderCsv(lines, opts, lang);
    case 'json':
      return renderJson(card, lines, opts, lang);
  }
}
