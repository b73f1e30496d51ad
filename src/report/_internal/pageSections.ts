import { dec } from '../../_shared/decimal';
import { escapeXml as e, formatDate, formatFixed, fractionDigits, numberFormatter, percentFormatter } from '../../_shared/format';
import { summarizeByUnit, type UnitSummary } from '../../evaluate/summarizeByUnit';
import type { Catalog } from '../../model/catalog';
import type { Indicator, Pillar } from '../../model/indicator';
import type { Observation, Period } from '../../model/observation';
import type { Scorecard, ScorecardRow, Status } from '../../model/result';
import { reportLabels, type ReportLabelSet, type ReportLang } from '../labels';
import { progressChartData } from '../progressChartData';
import { renderChart } from '../renderChart';
import type { UnitNames } from '../renderScorecard';
import { figureWriter, type RowFigures } from './figures';
import { daysLeft, historiesOf, paceOf, percentOf, periodOrder, targetKey, type History, type Pace } from './pageModel';
import { PAGE_LABELS, type PageLabels } from './pageLabels';

/** Everything the sections are written from, checked and named. */
export interface PageContext {
  readonly card: Scorecard;
  readonly catalog: Catalog;
  readonly lang: ReportLang;
  readonly units: UnitNames | undefined;
  readonly unitName: (id: string) => string;
  /** The target's text as `renderScorecard` writes it (`Tối thiểu 80% (≥ 80)`), by {@link targetKey}. */
  readonly targetText: ReadonlyMap<string, string>;
  readonly horizonDays: number;
  readonly columnsUpTo: number;
  readonly chartItems: number;
  readonly trajectories: number;
  readonly attentionRows: number;
}

const PILLARS: readonly Pillar[] = ['digital-government', 'digital-economy', 'digital-society', 'smart-city', 'foundations'];
const STATUSES: readonly Status[] = ['met', 'not-met', 'no-data', 'not-applicable'];
const MARK: Readonly<Record<Status, string>> = { met: '✓', 'not-met': '✗', 'no-data': '–', 'not-applicable': '○' };

/** The footnotes of the figures, numbered in the order the page first cites them. */
class Footnotes {
  readonly list: { readonly source: string | undefined; readonly note: string | undefined }[] = [];
  private readonly numbers = new Map<string, number>();

  /** A superscript link to the observation's footnote, or nothing when it gives neither source nor note. */
  ref(o: Observation | null): string {
    if (o === null || (o.source === undefined && o.note === undefined)) return '';
    const key = `${o.source ?? ''}\u0000${o.note ?? ''}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      this.list.push({ source: o.source, note: o.note });
      n = this.list.length;
      this.numbers.set(key, n);
    }
    // Plain numbers, as footnote marks are printed: on the 100-commune page every byte counts 7,000 times.
    return `<sup><a href="#fn-${n}">${n}</a></sup>`;
  }
}

/** The page's writers, sharing one context, one set of labels and one footnote list. */
export class PageWriter {
  readonly t: PageLabels;
  readonly rl: ReportLabelSet;
  readonly num: (n: number) => string;
  readonly pct: (f: number) => string;
  readonly notes: Footnotes;
  /** Values, gaps and attainments that never read as the other verdict (see ./figures.ts). */
  private readonly figures: (row: ScorecardRow) => RowFigures;
  private readonly indicators: ReadonlyMap<string, Indicator>;
  private readonly order: ReadonlyMap<string, number>;
  private readonly levelNames: ReadonlyMap<string, string>;
  private readonly histories: ReadonlyMap<string, History>;
  readonly summaries: readonly UnitSummary[];

  constructor(readonly ctx: PageContext) {
    this.t = PAGE_LABELS[ctx.lang];
    this.rl = reportLabels[ctx.lang];
    this.num = numberFormatter(ctx.lang);
    this.pct = percentFormatter(ctx.lang);
    this.notes = new Footnotes();
    this.figures = figureWriter(ctx.lang).row;
    this.indicators = new Map(ctx.catalog.indicators.map((i) => [i.id, i]));
    this.order = new Map(ctx.catalog.indicators.map((i, n) => [i.id, n]));
    this.levelNames = new Map(ctx.catalog.hierarchy.levels.map((l) => [l.id, l.name[ctx.lang]]));
    this.histories = historiesOf(ctx.card);
    this.summaries = summarizeByUnit(ctx.card);
  }

  private levelName(level: string | null): string {
    return level === null ? '—' : (this.levelNames.get(level) ?? level);
  }

  private indicatorName(id: string): string {
    return this.indicators.get(id)?.name[this.ctx.lang] ?? id;
  }

  private date(iso: string | null): string {
    return iso === null ? '—' : `<time datetime="${iso}">${formatDate(iso, this.ctx.lang)}</time>`;
  }

  /** The target as worded, with its level when it is one level's (the 90/80/60 % of one indicator). */
  private targetLabel(row: ScorecardRow): string {
    const text = this.ctx.targetText.get(targetKey(row)) ?? '—';
    const level = row.target?.level;
    return level === undefined ? text : `${text} — ${this.levelName(level)}`;
  }

  private status(s: Status): string {
    return `<span class="${s}">${MARK[s]} ${e(this.rl.status[s])}</span>`;
  }

  /** A row's value for people, with its unit (`36,18%`), its footnote link, or `—`. */
  private value(row: ScorecardRow): string {
    const v = row.value;
    let text: string;
    if (v === null) text = '—';
    else if (typeof v === 'boolean') text = e(v ? this.rl.done.yes : this.rl.done.no);
    else if (this.indicators.get(row.indicator)?.measure === 'rank') text = `${e(this.rl.chart.rank)} ${this.figures(row).value ?? this.num(v)}`;
    else text = `${e(this.figures(row).value ?? this.num(v))}${percentOf(this.indicators.get(row.indicator)).suffix}`;
    return text + this.notes.ref(row.observation);
  }

  private deadlineState(deadline: string | null): string {
    const days = daysLeft(this.ctx.card.asOf, deadline);
    if (days === null) return this.t.noDeadline;
    if (days < 0) return this.t.overdue(this.num(-days));
    if (days === 0) return this.t.dueToday;
    return this.t.daysLeft(this.num(days));
  }

  private bySortKey<T extends Pick<ScorecardRow, 'indicator' | 'targetIndex'>>(a: T, b: T): number {
    return (this.order.get(a.indicator) ?? 0) - (this.order.get(b.indicator) ?? 0) || (a.targetIndex ?? -1) - (b.targetIndex ?? -1);
  }

  /** A table in its own focusable, labelled region, so a phone can scroll it sideways by keyboard too. */
  private scroll(label: string, table: string): string {
    return `<div class="scroll" role="region" tabindex="0" aria-label="${e(label)}">\n${table}\n</div>`;
  }

  header(title: string): string {
    const { card, catalog, lang } = this.ctx;
    const plan = catalog.plan;
    const planText = [plan.number, plan.date === undefined ? undefined : formatDate(plan.date, lang), plan.issuer[lang]].filter((x): x is string => x !== undefined).join(' · ');
    const latest = card.rows.reduce<Period | null>((best, r) => (r.period !== null && r.observation !== null && (best === null || periodOrder(r.period) > periodOrder(best)) ? r.period : best), null);
    const levels = new Map<string, number>();
    for (const s of this.summaries) levels.set(this.levelName(s.level), (levels.get(this.levelName(s.level)) ?? 0) + 1);
    const unitText = `${this.num(this.summaries.length)}${levels.size > 0 ? ` (${[...levels].map(([l, n]) => `${l}: ${this.num(n)}`).join('; ')})` : ''}`;
    const item = (dt: string, dd: string) => `<div><dt>${e(dt)}</dt><dd>${dd}</dd></div>`;
    return [
      '<header>',
      `<h1>${e(title)}</h1>`,
      '<dl class="meta">',
      item(this.t.plan, e(planText)),
      item(this.t.asOf, this.date(card.asOf)),
      item(this.t.dataDate, latest === null ? e(this.t.noData) : typeof latest === 'number' ? String(latest) : this.date(latest)),
      item(this.t.units, e(unitText)),
      '</dl>',
      '</header>',
    ].join('\n');
  }

  /**
   * The share of targets met, never rounded to the other end: 19 999 of 20 000 is `< 100%` and 1 of
   * 20 000 `> 0%`, as a row with targets not met (or met) must not read as all met (or none).
   */
  private share(met: number, applicable: number): string {
    const text = this.pct(met / applicable);
    if (met < applicable && text === this.pct(1)) return e(`< ${text}`);
    if (met > 0 && text === this.pct(0)) return e(`> ${text}`);
    return text;
  }

  /** The four counts and the share met, with a small bar (drawn, and hidden from screen readers: the numbers say it). */
  private summaryCells(c: Readonly<Record<Status, number>>): string {
    const total = STATUSES.reduce((sum, s) => sum + c[s], 0);
    const applicable = total - c['not-applicable'];
    const share = applicable === 0 ? '—' : this.share(c.met, applicable);
    const bar =
      total === 0
        ? ''
        : `<span class="bar" aria-hidden="true">${STATUSES.filter((s) => c[s] > 0)
            .map((s) => `<span class="b-${s}" style="width:${((c[s] * 100) / total).toFixed(2)}%"></span>`)
            .join('')}</span>`;
    return `${STATUSES.map((s) => `<td class="n">${this.num(c[s])}</td>`).join('')}<td class="n">${share}${bar}</td>`;
  }

  private summaryTable(caption: string, first: string, lines: readonly { name: string; counts: Readonly<Record<Status, number>> }[]): string {
    const head = `<thead><tr><th scope="col">${e(first)}</th>${STATUSES.map((s) => `<th scope="col" class="n">${MARK[s]} ${e(this.rl.status[s])}</th>`).join('')}<th scope="col" class="n">${e(this.t.metShare)}</th></tr></thead>`;
    const body = lines.map((l) => `<tr><th scope="row">${e(l.name)}</th>${this.summaryCells(l.counts)}</tr>`).join('\n');
    const foot = `<tfoot><tr><th scope="row">${e(this.t.total)}</th>${this.summaryCells(this.ctx.card.summary)}</tr></tfoot>`;
    return this.scroll(caption, `<table>\n<caption>${e(caption)}</caption>\n${head}\n<tbody>\n${body}\n</tbody>\n${foot}\n</table>`);
  }

  summary(): string {
    const key = `<p class="key" aria-hidden="true">${STATUSES.map((s) => `<span class="bar"><span class="b-${s}" style="width:100%"></span></span>${MARK[s]} ${e(this.rl.status[s])}`).join('')}</p>`;
    const perUnit = this.summaries.map((s) => ({ name: this.ctx.unitName(s.unit), counts: s }));
    const out = ['<section id="chiso-summary" aria-labelledby="chiso-summary-h">', `<h2 id="chiso-summary-h">${e(this.t.summary)}</h2>`, key];
    if (this.summaries.length <= this.ctx.columnsUpTo) {
      out.push(this.summaryTable(this.t.summaryByUnit, this.t.unit, perUnit));
    } else {
      const byLevel = new Map<string, Record<Status, number>>();
      const levelOrder = [...this.ctx.catalog.hierarchy.levels.map((l) => l.id)];
      for (const s of this.summaries) {
        const k = s.level ?? '';
        const c = byLevel.get(k) ?? { met: 0, 'not-met': 0, 'no-data': 0, 'not-applicable': 0 };
        for (const st of STATUSES) c[st] += s[st];
        byLevel.set(k, c);
      }
      const rank = (k: string) => (levelOrder.includes(k) ? levelOrder.indexOf(k) : levelOrder.length);
      const lines = [...byLevel].sort((a, b) => rank(a[0]) - rank(b[0])).map(([k, counts]) => ({ name: this.levelName(k === '' ? null : k), counts }));
      out.push(this.summaryTable(this.t.summaryByLevel, this.t.level, lines));
      out.push(`<details>\n<summary>${e(this.t.perUnitFolded(this.num(perUnit.length)))}</summary>\n${this.summaryTable(this.t.summaryByUnit, this.t.unit, perUnit)}\n</details>`);
    }
    out.push('</section>');
    return out.join('\n');
  }

  attention(): string {
    const { card } = this.ctx;
    const t = this.t;
    const order = new Map(card.rows.map((r, i) => [r, i]));
    const byDeadline = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
    const notMet = card.rows
      .filter((r) => r.status === 'not-met')
      .sort((a, b) => byDeadline(a.deadline, b.deadline) || (b.gap ?? -1) - (a.gap ?? -1) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const shown = notMet.slice(0, this.ctx.attentionRows);
    const head = [t.unit, t.indicator, t.target, t.value, t.gap, t.deadline, t.pace].map((h, i) => `<th scope="col"${i === 3 || i === 4 ? ' class="n"' : ''}>${e(h)}</th>`).join('');
    const paces = shown.map((r) => paceOf(r, this.histories.get(`${r.unit}\u0000${r.indicator}`), card));
    const withPace = paces.filter((p): p is Pace => p !== null && !p.progress.deadlinePassed && p.needed !== null);
    const rows = shown.map((r, i) => {
      const pace = this.pace(r, paces[i] ?? null);
      return `<tr><th scope="row">${e(this.ctx.unitName(r.unit))}</th><td>${e(this.indicatorName(r.indicator))}</td><td>${e(this.targetLabel(r))}</td><td class="n">${this.value(r)}</td><td class="n">${e(this.figures(r).gap ?? '—')}</td><td>${this.date(r.deadline)}<br><span class="small">${e(this.deadlineState(r.deadline))}</span></td><td>${pace}</td></tr>`;
    });
    const out = [
      '<section id="chiso-attention" aria-labelledby="chiso-attention-h">',
      `<h2 id="chiso-attention-h">${e(t.attention)}</h2>`,
      `<p class="lead">${e(t.attentionIntro(this.num(this.ctx.horizonDays)))}</p>`,
      `<h3>${e(t.notMet)} (${this.num(notMet.length)})</h3>`,
      notMet.length === 0 ? `<p>${e(t.noneNotMet)}</p>` : this.scroll(t.notMet, `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`),
      ...(notMet.length > shown.length ? [`<p>${e(t.moreRows(this.num(notMet.length - shown.length)))}</p>`] : []),
      // Why a row reads `79,999`, `< 0,01` or `0 (cần > 80)`: said once, only where one does.
      ...(shown.some((r) => this.figures(r).adjusted) ? [`<p class="small">${e(this.rl.scorecard.nearBound)}</p>`] : []),
      // What "from now" is measured from and what the category compares: said once, where a pace is shown.
      ...(withPace.length > 0 ? [`<p class="small">${e(t.paceNote(formatDate(card.asOf, this.ctx.lang), withPace.some((p) => p.withBaseline)))}</p>`] : []),
    ];
    // Targets without data whose deadline passed or is near: one line per target, its units named.
    const groups = new Map<string, { row: ScorecardRow; units: string[] }>();
    for (const r of card.rows) {
      if (r.status !== 'no-data') continue;
      const days = daysLeft(card.asOf, r.deadline);
      if (days === null || days > this.ctx.horizonDays) continue;
      const k = `${targetKey(r)}\u0000${r.deadline}`;
      const g = groups.get(k);
      if (g === undefined) groups.set(k, { row: r, units: [r.unit] });
      else g.units.push(r.unit);
    }
    const due = [...groups.values()].sort((a, b) => byDeadline(a.row.deadline, b.row.deadline) || this.bySortKey(a.row, b.row));
    out.push(`<h3>${e(t.noDataDue)} (${this.num(due.length)})</h3>`);
    if (due.length === 0) out.push(`<p>${e(t.noneNoDataDue)}</p>`);
    else {
      const dueHead = [t.indicator, t.target, t.deadline, t.unitsWithoutData].map((h) => `<th scope="col">${e(h)}</th>`).join('');
      const names = (units: readonly string[]) => {
        const list = units.slice(0, 12).map((u) => this.ctx.unitName(u));
        return `${this.num(units.length)}: ${list.join(', ')}${units.length > list.length ? ', …' : ''}`;
      };
      const dueRows = due.slice(0, this.ctx.attentionRows).map(
        (g) =>
          `<tr><th scope="row">${e(this.indicatorName(g.row.indicator))}</th><td>${e(this.targetLabel(g.row))}</td><td>${this.date(g.row.deadline)}<br><span class="small">${e(this.deadlineState(g.row.deadline))}</span></td><td>${e(names(g.units))}</td></tr>`,
      );
      out.push(this.scroll(t.noDataDue, `<table>\n<thead><tr>${dueHead}</tr></thead>\n<tbody>\n${dueRows.join('\n')}\n</tbody>\n</table>`));
      if (due.length > dueRows.length) out.push(`<p>${e(t.moreRows(this.num(due.length - dueRows.length)))}</p>`);
    }
    out.push('</section>');
    return out.join('\n');
  }

  /**
   * The pace still needed toward a not-met threshold target, from the as-of day for every row alike,
   * and where a baseline exists the trend and its category.
   */
  private pace(row: ScorecardRow, pace: Pace | null): string {
    if (pace === null) return '—';
    const p = pace.progress;
    if (p.deadlinePassed) return e(this.t.category.missed);
    const percent = percentOf(this.indicators.get(row.indicator)).suffix === '%';
    const lower = row.target?.kind === 'threshold' && (row.target.op === '<' || row.target.op === '<=');
    const rate = (r: number, needed: boolean) => {
      const unit = p.method === 'compound' ? `%${this.t.perYear}` : percent ? this.t.pointsPerYear : this.t.perYear;
      return `${this.rateNumber(p.method === 'compound' ? dec(r).times(100).toNumber() : r, needed ? (lower ? 'down' : 'up') : null)}${unit}`;
    };
    if (!pace.withBaseline) return pace.needed === null ? '—' : e(this.t.paceFromNow(rate(pace.needed, true)));
    const parts = [
      ...(pace.needed === null ? [] : [this.t.paceRequired(rate(pace.needed, true))]),
      ...(p.actualRate === null ? [] : [this.t.paceActual(rate(p.actualRate, false))]),
    ];
    return `${e(parts.join('; '))}<br><span class="small">${e(this.t.category[p.category])}</span>`;
  }

  /**
   * A yearly pace as a signed number. A pace still needed never reads 0 while the target is not met:
   * one that rounds to 0 at two decimals shows two significant digits (59,999 → ≥ 60 needs
   * +0,0017%), and one that is 0 exactly (50 against "> 50") or too small to write reads "> 0" or
   * "< 0", the way the value has to move.
   */
  private rateNumber(x: number, way: 'up' | 'down' | null): string {
    const lang = this.ctx.lang;
    const bound = (up: boolean) => (up ? '> 0' : '< 0');
    if (x === 0) return way === null ? '0' : bound(way === 'up');
    let text = formatFixed(x, 2, lang);
    if (/^-?0$/.test(text)) {
      const digits = 1 - Math.floor(Math.log10(Math.abs(x)));
      if (digits > 12) return bound(x > 0);
      text = formatFixed(x, digits, lang);
    }
    return x > 0 ? `+${text}` : text;
  }

  /** Per indicator, the rows of the target to chart: the nearest deadline not yet passed, else the latest. */
  private chartGroups(): { indicator: Indicator; rows: ScorecardRow[] }[] {
    const asOf = this.ctx.card.asOf;
    const byIndicator = new Map<string, ScorecardRow[]>();
    for (const r of this.ctx.card.rows) {
      const k = r.target?.kind;
      if (typeof r.value !== 'number' || (k !== 'threshold' && k !== 'change' && k !== 'growth')) continue;
      const list = byIndicator.get(r.indicator);
      if (list === undefined) byIndicator.set(r.indicator, [r]);
      else list.push(r);
    }
    const out: { indicator: Indicator; rows: ScorecardRow[] }[] = [];
    for (const indicator of this.ctx.catalog.indicators) {
      const rows = byIndicator.get(indicator.id);
      if (rows === undefined) continue;
      const deadlines = [...new Set(rows.map((r) => r.deadline ?? ''))].sort();
      const chosen = deadlines.find((d) => d !== '' && d >= asOf) ?? deadlines.at(-1) ?? '';
      out.push({ indicator, rows: rows.filter((r) => (r.deadline ?? '') === chosen) });
    }
    return out;
  }

  charts(): string {
    const { lang } = this.ctx;
    const t = this.t;
    const groups = this.chartGroups();
    const out = ['<section id="chiso-charts" aria-labelledby="chiso-charts-h">', `<h2 id="chiso-charts-h">${e(t.charts)}</h2>`];
    if (groups.length === 0) out.push(`<p>${e(t.noCharts)}</p>`);
    else out.push(`<p class="lead">${e(t.chartsIntro)}</p>`, '<div class="charts">');
    for (const { indicator, rows } of groups) {
      const shown =
        rows.length <= this.ctx.chartItems
          ? rows
          : [...rows].sort((a, b) => (a.status === 'met' ? 1 : 0) - (b.status === 'met' ? 1 : 0) || (a.attainment ?? 0) - (b.attainment ?? 0)).slice(0, this.ctx.chartItems);
      const { suffix, max } = percentOf(indicator);
      // The bars' labels are the table's figures: a value near its bound keeps the decimals that tell
      // it from the bound, and a tick its target's own (a chart writes at most 10).
      const digits = Math.min(10, Math.max(2, ...shown.map((r) => this.figures(r).digits), ...shown.map((r) => (r.target !== null && 'value' in r.target ? fractionDigits(r.target.value) : 0))));
      const data = progressChartData(shown, { title: indicator.name[lang], lang, ...(this.ctx.units === undefined ? {} : { units: this.ctx.units }), suffix, ...(max === undefined ? {} : { max }), ...(digits > 2 ? { digits } : {}) });
      const first = rows[0] as ScorecardRow;
      const caption = [
        `${[...new Set(rows.map((r) => this.targetLabel(r)))].join('; ')}${first.deadline === null ? '' : ` · ${this.rl.chart.deadline} ${formatDate(first.deadline, lang)}`}`,
        ...(shown.length < rows.length ? [t.chartSubset(this.num(shown.length), this.num(rows.length))] : []),
      ];
      out.push(`<figure>\n${renderChart(data, { kind: 'progress', lang }).trimEnd()}\n<figcaption>${e(caption.join(' '))}</figcaption>\n</figure>`);
    }
    if (groups.length > 0) out.push('</div>');
    out.push(this.trajectoryCharts(groups));
    out.push('</section>');
    return out.join('\n');
  }

  /** Trajectories of the charted rows observed in more than one period, not-met first, up to the limit. */
  private trajectoryCharts(groups: readonly { indicator: Indicator; rows: ScorecardRow[] }[]): string {
    const { lang, card } = this.ctx;
    const candidates: { indicator: Indicator; row: ScorecardRow; history: History }[] = [];
    for (const { indicator, rows } of groups) {
      for (const row of rows) {
        const history = this.histories.get(`${row.unit}\u0000${row.indicator}`);
        if (history !== undefined && history.points.length > 1 && row.target?.kind === 'threshold' && row.target.by !== undefined) candidates.push({ indicator, row, history });
      }
    }
    if (candidates.length === 0 || this.ctx.trajectories === 0) return '';
    candidates.sort((a, b) => (a.row.status === 'not-met' ? 0 : 1) - (b.row.status === 'not-met' ? 0 : 1));
    const shown = candidates.slice(0, this.ctx.trajectories);
    const out = [`<h3>${e(this.t.trajectories)}</h3>`, '<div class="charts">'];
    for (const { indicator, row, history } of shown) {
      const target = row.target as { value: number; by: string };
      const pace = paceOf(row, history, card);
      const p = pace?.progress;
      const projection = p !== undefined && p.projected !== null && p.category !== 'achieved' && row.period !== null ? [{ t: row.period, value: row.value as number }, { t: target.by, value: p.projected }] : [];
      const { suffix } = percentOf(indicator);
      const points = history.points.filter((pt) => periodOrder(pt.t) <= periodOrder(row.period as Period));
      const svg = renderChart(
        { title: `${indicator.name[lang]} — ${this.ctx.unitName(row.unit)}`, suffix, points: points.map((pt) => ({ t: pt.t, value: pt.value })), target: { value: target.value, by: target.by }, ...(projection.length > 0 ? { projection } : {}) },
        { kind: 'trajectory', lang },
      );
      const caption = p === undefined ? '' : this.t.category[p.category];
      out.push(`<figure>\n${svg.trimEnd()}\n${caption === '' ? '' : `<figcaption>${e(caption)}</figcaption>`}\n</figure>`);
    }
    out.push('</div>');
    if (candidates.length > shown.length) out.push(`<p>${e(this.t.trajectoriesMore(this.num(candidates.length - shown.length)))}</p>`);
    return out.join('\n');
  }

  /** The indicator's name and, in small type, where the plan states it. */
  private indicatorCell(indicator: string): string {
    const i = this.indicators.get(indicator);
    const src = i?.source === undefined ? '' : [i.source.document, i.source.section, i.source.appendix].filter((x) => x !== undefined).join(', ');
    return `${e(this.indicatorName(indicator))}${src === '' ? '' : `<br><span class="small">${e(src)}</span>`}`;
  }

  private cell(row: ScorecardRow | undefined): string {
    if (row === undefined) return `<td class="small">— (${e(this.t.notForLevel)})</td>`;
    const gap = row.status === 'not-met' && row.gap !== null ? `<br><span class="small">${e(this.rl.columns.gap)}: ${e(this.figures(row).gap ?? '—')}</span>` : '';
    return `<td>${this.status(row.status)}${row.value === null ? '' : `<br>${this.value(row)}`}${gap}</td>`;
  }

  table(): string {
    const { card } = this.ctx;
    const t = this.t;
    const units = this.summaries.map((s) => s.unit);
    const columns = units.length <= this.ctx.columnsUpTo;
    const byKey = new Map<string, ScorecardRow[]>();
    for (const r of card.rows) {
      const k = targetKey(r);
      const list = byKey.get(k);
      if (list === undefined) byKey.set(k, [r]);
      else list.push(r);
    }
    const keys = [...byKey.values()].map((rows) => rows[0] as ScorecardRow).sort((a, b) => this.bySortKey(a, b));
    const out = [
      '<section id="chiso-table" aria-labelledby="chiso-table-h">',
      `<h2 id="chiso-table-h">${e(t.table)}</h2>`,
      `<p class="lead">${e(columns ? t.layoutColumns(this.num(units.length), this.num(this.ctx.columnsUpTo)) : t.layoutRows(this.num(units.length), this.num(this.ctx.columnsUpTo)))}</p>`,
    ];
    const multiLevel = new Set(this.summaries.map((s) => s.level)).size > 1;
    for (const pillar of PILLARS) {
      const inPillar = keys.filter((k) => this.indicators.get(k.indicator)?.pillar === pillar);
      if (inPillar.length === 0) continue;
      const withData = inPillar.filter((k) => (byKey.get(targetKey(k)) ?? []).some((r) => r.observation !== null));
      const without = inPillar.filter((k) => !withData.includes(k));
      const pillarName = t.pillars[pillar];
      out.push(`<h3 id="chiso-pillar-${pillar}">${e(pillarName)}</h3>`);
      if (columns && withData.length > 0) {
        const head = `<thead><tr><th scope="col">${e(t.indicator)}</th><th scope="col">${e(t.target)}</th><th scope="col">${e(t.deadline)}</th>${units.map((u) => `<th scope="col">${e(this.ctx.unitName(u))}</th>`).join('')}</tr></thead>`;
        const rows = withData.map((k) => {
          const byUnit = new Map((byKey.get(targetKey(k)) ?? []).map((r) => [r.unit, r]));
          return `<tr><th scope="row">${this.indicatorCell(k.indicator)}</th><td>${e(this.targetLabel(k))}</td><td>${this.date(k.deadline)}</td>${units.map((u) => this.cell(byUnit.get(u))).join('')}</tr>`;
        });
        const caption = t.withData(pillarName, this.num(withData.length));
        out.push(this.scroll(caption, `<table>\n<caption>${e(caption)}</caption>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`));
      } else if (withData.length > 0) {
        const cols = [t.unit, ...(multiLevel ? [t.level] : []), t.value, t.status, t.gap, t.attainment];
        const head = `<thead><tr>${cols.map((c) => `<th scope="col"${c === t.level || c === t.status ? ' class="l"' : ''}>${e(c)}</th>`).join('')}</tr></thead>`;
        for (const k of withData) {
          const rows = byKey.get(targetKey(k)) ?? [];
          const caption = `${this.indicatorName(k.indicator)} — ${this.targetLabel(k)}${k.deadline === null ? '' : ` — ${t.deadline} ${formatDate(k.deadline, this.ctx.lang)}`}`;
          const body = rows
            .filter((r) => r.observation !== null || r.status !== 'no-data')
            .map(
              (r) =>
                `<tr><th>${e(this.ctx.unitName(r.unit))}</th>${multiLevel ? `<td class="l">${e(this.levelName(r.level))}</td>` : ''}<td>${this.value(r)}</td><td class="${r.status}">${MARK[r.status]} ${e(this.rl.status[r.status])}</td><td>${e(this.figures(r).gap ?? '—')}</td><td>${e(this.figures(r).attainment ?? '—')}</td></tr>`,
            );
          const missing = rows.filter((r) => r.observation === null && r.status === 'no-data').map((r) => this.ctx.unitName(r.unit));
          out.push(this.scroll(caption, `<table class="rows">\n<caption>${e(caption)}</caption>\n${head}\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`));
          if (missing.length > 0) out.push(`<p class="small">${MARK['no-data']} ${e(t.unitsWithoutData)} (${this.num(missing.length)}): ${e(missing.join(', '))}</p>`);
        }
      }
      if (without.length > 0) {
        const items = without.map((k) => `<li>${e(this.indicatorName(k.indicator))}: ${e(this.targetLabel(k))}${k.deadline === null ? '' : ` (${t.deadline} ${this.date(k.deadline)})`}</li>`);
        out.push(`<details>\n<summary>${e(t.withoutData(this.num(without.length)))}</summary>\n<ul>\n${items.join('\n')}\n</ul>\n</details>`);
      }
    }
    out.push('</section>');
    return out.join('\n');
  }

  sources(): string {
    const t = this.t;
    const out = ['<section id="chiso-sources" aria-labelledby="chiso-sources-h">', `<h2 id="chiso-sources-h">${e(t.sources)}</h2>`];
    if (this.notes.list.length === 0) out.push(`<p>${e(t.noSources)}</p>`);
    else {
      out.push('<ol class="sources">');
      this.notes.list.forEach((n, i) => {
        const parts = [...(n.source === undefined ? [] : [e(n.source)]), ...(n.note === undefined ? [] : [`<span class="small">${e(t.sourceNote)}: ${e(n.note)}</span>`])];
        out.push(`<li id="fn-${i + 1}">${parts.join('<br>')}</li>`);
      });
      out.push('</ol>');
    }
    out.push('</section>');
    return out.join('\n');
  }

  extraNotes(notes: readonly { readonly title: string; readonly lines: readonly string[] }[]): string {
    if (notes.length === 0) return '';
    return [
      '<section id="chiso-notes" aria-labelledby="chiso-notes-h">',
      `<h2 id="chiso-notes-h">${e(this.t.notes)}</h2>`,
      ...notes.map((n) => `<h3>${e(n.title)}</h3>\n<ul>\n${n.lines.map((l) => `<li>${e(l)}</li>`).join('\n')}\n</ul>`),
      '</section>',
    ].join('\n');
  }

  footer(): string {
    const { card, catalog } = this.ctx;
    return `<footer>${e(`${this.t.madeBy} · ${catalog.id} · ${this.t.asOf} ${formatDate(card.asOf, this.ctx.lang)} (${card.zone})`)}</footer>`;
  }
}
