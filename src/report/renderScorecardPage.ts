import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { ChisoError } from '../errors';
import { escapeXml } from '../_shared/format';
import { makeIssue } from '../_shared/issue';
import { parseOrThrow } from '../_shared/zod';
import { CatalogSchema, type Catalog } from '../model/catalog';
import { ScorecardSchema, type Scorecard, type ScorecardRow } from '../model/result';
import { pageCss } from './_internal/pageCss';
import { PAGE_LABELS } from './_internal/pageLabels';
import { targetKey } from './_internal/pageModel';
import { PageWriter } from './_internal/pageSections';
import { unitLabeller } from './_internal/unitLabel';
import type { ReportLang } from './labels';
import { renderScorecard, type UnitNames } from './renderScorecard';

/** Options of {@link renderScorecardPage}. */
export interface RenderScorecardPageOptions {
  /** The scorecard's catalog (its `id` must be the scorecard's `catalog`): the plan, names, pillars, sources. */
  readonly catalog: Catalog;
  /** `vi` (default) or `en`: labels, numbers (`36,18` / `36.18`) and dates for people. */
  readonly lang?: ReportLang;
  /** Unit names, as for `renderScorecard`: `[{ id, name }]` or a record id → name; a name may be `{ vi, en }`. */
  readonly units?: UnitNames;
  /** The page's heading (default: the plan's title). */
  readonly title?: string;
  /** Days ahead in which a deadline counts as near, for targets without data (default 90). */
  readonly horizonDays?: number;
  /**
   * Up to this many units (default 8), the full table has one column per unit and the summary one
   * line per unit; beyond it, one row per unit and one table per indicator, and the summary by
   * level — the page says which it did.
   */
  readonly columnsUpTo?: number;
  /** Bars per progress chart (default 12): beyond it, the units furthest from the target, and the caption says so. */
  readonly chartItems?: number;
  /** Trajectory charts at most (default 12; 0 for none), not-met first. */
  readonly trajectories?: number;
  /** Further notes at the end of the page (e.g. observations not used), each a title and lines of text. */
  readonly notes?: readonly { readonly title: string; readonly lines: readonly string[] }[];
}

const NoteSchema = strictObjectSchema({ title: z.string().check(z.minLength(1)), lines: z.array(z.string()) });
const OptionsSchema = strictObjectSchema({
  catalog: CatalogSchema,
  lang: z.optional(z.enum(['vi', 'en'])),
  // Checked by renderScorecard, which reads them the same way.
  units: z.optional(z.unknown()),
  title: z.optional(z.string().check(z.minLength(1))),
  horizonDays: z.optional(z.int().check(z.gte(0), z.lte(3660))),
  columnsUpTo: z.optional(z.int().check(z.gte(1), z.lte(100))),
  chartItems: z.optional(z.int().check(z.gte(1), z.lte(200))),
  trajectories: z.optional(z.int().check(z.gte(0), z.lte(200))),
  notes: z.optional(z.array(NoteSchema)),
});

/** Rows listed in each part of "what needs attention" before the page says how many more there are. */
const ATTENTION_ROWS = 50;

/** Each target's text as `renderScorecard` words it, from one row per target (the rest would only repeat it). */
function targetTexts(card: Scorecard, catalog: Catalog, lang: ReportLang, units: UnitNames | undefined): Map<string, string> {
  const firsts = new Map<string, ScorecardRow>();
  for (const row of card.rows) if (!firsts.has(targetKey(row))) firsts.set(targetKey(row), row);
  const rows = [...firsts.values()];
  const json = renderScorecard({ ...card, rows, ignored: [] }, { format: 'json', lang, catalog, ...(units === undefined ? {} : { units }) });
  const labelled = (JSON.parse(json) as { rows: { target: string | null }[] }).rows;
  return new Map(rows.map((row, i) => [targetKey(row), labelled[i]?.target ?? '—']));
}

/**
 * The scorecard as one self-contained HTML page that people read at a glance and an office can print
 * and attach to a report: no script, no network, inline CSS and SVG. It composes what the report
 * stage already draws (`renderScorecard`'s target wording, `progressChartData` and `renderChart`)
 * with `summarizeByUnit` and `assessProgress`; it judges nothing itself.
 *
 * In reading order:
 * 1. **Summary**: the plan, the as-of day, the date of the latest figure, the units; per unit (or,
 *    beyond `columnsUpTo` units, per level, with the per-unit lines folded) the counts met / not met
 *    / no data / not applicable, the share met and a small bar.
 * 2. **What needs attention**: targets not met, by deadline then gap (largest first), each with its
 *    value, gap, deadline (days overdue or left) and the pace still required (`assessProgress`:
 *    against the trend where an earlier figure gives a baseline, from now where none does); then
 *    targets without data whose deadline has passed or falls within `horizonDays`, one line per
 *    target with its units. 50 lines each at most, then how many more.
 * 3. **Charts**: a progress chart for every indicator with data (its nearest deadline not yet
 *    passed), across its units; a trajectory where a unit has figures for more than one period (the
 *    observations the scorecard used and superseded), with the projection to the deadline.
 * 4. **The full table**, by pillar: units as columns up to `columnsUpTo` units, else one row per unit
 *    in one table per indicator (the page states the threshold and which layout it used); targets
 *    with no figure for any unit folded per pillar in `<details>` with their count, never left out.
 * 5. **Sources**: each value links to a numbered footnote with the observation's source and note.
 *
 * Figures are written as `renderScorecard` writes them for people, so none reads as the other
 * verdict: a value near its bound with more decimals (`79,999%` against "≥ 80", also on its chart's
 * bar), a gap too small to round `< 0,01`, the zero gap of a value exactly at a strict bound
 * `0 (cần > 80)`, an attainment or a share met short of 100 % `< 100%` (a share above 0 never `0%`);
 * the attention list then says why in one line.
 *
 * Print: A4 landscape, page numbers in the margin (`Trang 2 / 9`), table headers repeated on every
 * page, folded parts opened; statuses are words and symbols (✓ ✗ – ○), never colour alone.
 *
 * @param scorecard - the result of `evaluate` (validated here)
 * @param options - `catalog` (required), `lang`, `units`, `title`, `horizonDays`, `columnsUpTo`,
 *   `chartItems`, `trajectories`, `notes`
 * @returns the HTML document, starting `<!doctype html>` and ending with a line end
 * @throws {ChisoError} for an invalid scorecard or catalog, a catalog whose id is not the
 *   scorecard's, invalid unit names (as `renderScorecard`), or an option out of range
 *
 * @example
 * // A portal's handler: evaluate, then serve the page as it is (Content-Type: text/html; charset=utf-8).
 * const units = [
 *   { id: 'vp-province-agencies', name: 'Các cơ quan, đơn vị cấp tỉnh', level: 'province' },
 *   { id: 'vp-districts', name: 'Cấp huyện, thành phố', level: 'district' },
 * ];
 * const card = evaluate(catalogs.vinhPhuc302, [
 *   { unit: 'vp-province-agencies', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 36.18, source: 'vinhphuc.gov.vn (2023)' },
 *   { unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 98.76 },
 * ], { asOf: '2023-05-31', units });
 * const html = renderScorecardPage(card, { catalog: catalogs.vinhPhuc302, units });
 * html.startsWith('<!doctype html>\n<html lang="vi">');
 * //=> true
 * // After the summary, what needs attention: the one unmet target, 80 − 36.18 = 43,82 short.
 * const attention = html.slice(html.indexOf('id="chiso-attention"'), html.indexOf('id="chiso-charts"'));
 * [attention.includes('<h3>Chỉ tiêu chưa đạt (1)</h3>'), attention.includes('<td class="n">43,82</td>')];
 * //=> [true, true]
 */
export function renderScorecardPage(scorecard: Scorecard, options: RenderScorecardPageOptions): string {
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const card = parseOrThrow(ScorecardSchema, scorecard, ['scorecard']);
  const catalog = opts.catalog;
  if (catalog.id !== card.catalog) {
    throw new ChisoError([
      makeIssue({ code: 'catalog_mismatch', path: ['options', 'catalog', 'id'], field: 'id', expected: `the id of the scorecard's catalog ("${card.catalog}")`, received: catalog.id }),
    ]);
  }
  const lang = opts.lang ?? 'vi';
  const units = options.units;
  const targetText = targetTexts(card, options.catalog, lang, units);
  const w = new PageWriter({
    card,
    catalog,
    lang,
    units,
    unitName: unitLabeller(units, lang),
    targetText,
    horizonDays: opts.horizonDays ?? 90,
    columnsUpTo: opts.columnsUpTo ?? 8,
    chartItems: opts.chartItems ?? 12,
    trajectories: opts.trajectories ?? 12,
    attentionRows: ATTENTION_ROWS,
  });
  const t = PAGE_LABELS[lang];
  const heading = opts.title ?? catalog.plan.title[lang];
  // Sections are written in reading order: footnotes are numbered as the page first cites them.
  const body = [w.header(heading), '<main>', w.summary(), w.attention(), w.charts(), w.table(), w.sources(), w.extraNotes(opts.notes ?? []), '</main>', w.footer()].filter((s) => s !== '');
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(`${t.title} — ${catalog.plan.number ?? catalog.id} — ${card.asOf}`)}</title>`,
    '<style>',
    pageCss(t),
    '</style>',
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
