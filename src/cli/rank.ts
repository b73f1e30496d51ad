import { evaluate } from '../evaluate/evaluate';
import { evaluateTarget } from '../evaluate/evaluateTarget';
import type { Indicator } from '../model/indicator';
import type { Observation } from '../model/observation';
import { formatDate } from '../_shared/format';
import { rank, type TieMethod } from '../rank/rank';
import { renderChart } from '../report/renderChart';
import { oneOf, parseCommandArgs, stringOf } from './args';
import type { CliContext } from './context';
import { usageError } from './errors';
import { CSV_OPTIONS, csvOptionsOf, EVALUATION_OPTIONS, readEvaluationInput, withData } from './inputs';
import { writeOutput } from './io';
import { htmlPage } from './page';
import { renderTable, type Table } from './table';

/** `chiso rank --help`. */
export const rankHelp = `chiso rank — rank units by the share of their targets met, or by one indicator's value

Usage:
  chiso rank --catalog <name|file.json> --data <file.csv|file.json> [options]

Options:
  --catalog, --data, --units, --as-of, --level, --lang, --out   as for \`chiso scorecard\`
  --by <what>        met-share (default): targets met ÷ targets judged or without data, in %,
                     over every target that applies to the unit (not-applicable ones left out);
                     or an indicator id: the unit's value of that indicator as of --as-of
  --order <o>        desc (default; highest first) or asc (lowest first). For an indicator whose
                     value is a rank or whose targets say "at most", asc is the default
  --ties <t>         competition (default, 1 2 2 4), dense (1 2 2 3), ordinal (1 2 3 4, ties by unit id),
                     fractional (1 2.5 2.5 4)
  --format <f>       md (default), csv, html, json, svg (a ranking chart)
  --bom, --separator csv options, as for \`chiso scorecard\`
  -h, --help         this help

Units with nothing to rank by (no target applies, or no value of the indicator) have no rank and come last.

Examples:
  chiso rank --catalog vinh-phuc-302 --data examples/data/vinh-phuc-2023.csv --as-of 2023-05-31
  chiso rank --catalog vinh-phuc-302 --data examples/data/vinh-phuc-2023.csv --by tthc-dossiers-fully-online --format svg -o rank.svg

Exit codes: 0 written; 1 invalid data or catalog; 2 usage; 3 a file could not be read or written.
`;

const L = {
  vi: { rank: 'Hạng', unit: 'Đơn vị', level: 'Cấp', share: 'Tỷ lệ chỉ tiêu đạt (%)', met: 'Đạt', total: 'Số chỉ tiêu', value: 'Giá trị', period: 'Kỳ số liệu', byShare: 'Xếp hạng theo tỷ lệ chỉ tiêu đạt', byIndicator: 'Xếp hạng theo', asOf: 'đến ngày', note: 'Tỷ lệ = số mục tiêu đạt ÷ số mục tiêu áp dụng (kể cả chưa có số liệu).' },
  en: { rank: 'Rank', unit: 'Unit', level: 'Level', share: 'Targets met (%)', met: 'Met', total: 'Targets', value: 'Value', period: 'Period', byShare: 'Ranking by share of targets met', byIndicator: 'Ranking by', asOf: 'as of', note: 'Share = targets met ÷ targets that apply (including those without data).' },
} as const;

/** An observation's value as a scorecard row shows it (a share in %, read exactly), for a unit with no row of its indicator. */
function valueOf(o: Observation, indicator: Indicator): number | null {
  if ('rank' in o) return o.rank;
  if (!('value' in o) && !('numerator' in o)) return null;
  const v = 'value' in o ? o.value : { numerator: o.numerator, denominator: o.denominator };
  // Any target that judges a number gives the value read exactly (a ratio scale as %, a share of counts as %).
  return evaluateTarget({ kind: 'threshold', op: '>=', value: 0 }, v, { measure: indicator.measure, ...(o.scale === undefined ? {} : { scale: o.scale }) }).value as number | null;
}

interface Item {
  readonly unit: string;
  readonly level: string | null;
  readonly score: number | null;
  readonly met?: number;
  readonly total?: number;
  readonly period?: string | number | null;
}

/**
 * `chiso rank`: a ranking of the units of a scorecard.
 *
 * @param argv - the arguments after the command's name
 * @param ctx - output streams and today's date
 * @returns the exit code (0; problems are thrown)
 * @throws {CliError} a usage error (exit 2), an input error (exit 1) or an I/O error (exit 3)
 *
 * @example
 * runRank(['--catalog', 'vinh-phuc-302', '--data', 'examples/data/vinh-phuc-2023.csv', '--by', 'tthc-dossiers-fully-online'], ctx);
 * //=> 0 (districts 1st with 98,76, province-level agencies 2nd with 36,18)
 */
export function runRank(argv: readonly string[], ctx: CliContext): number {
  const command = 'rank';
  const parsed = parseCommandArgs(command, argv, { ...EVALUATION_OPTIONS, ...CSV_OPTIONS, by: { type: 'string' }, order: { type: 'string' }, ties: { type: 'string' }, format: { type: 'string' } });
  if (parsed.values['help'] === true) {
    ctx.stdout(rankHelp);
    return 0;
  }
  const format = oneOf(parsed, 'format', ['md', 'csv', 'html', 'json', 'svg'] as const, 'md', command);
  const ties = oneOf(parsed, 'ties', ['competition', 'dense', 'ordinal', 'fractional'] as const satisfies readonly TieMethod[], 'competition', command);
  const csv = csvOptionsOf(parsed, format, command);
  const input = readEvaluationInput(parsed, command, ctx.today);
  const by = stringOf(parsed, 'by') ?? 'met-share';
  const indicator = by === 'met-share' ? undefined : input.catalog.indicators.find((i) => i.id === by);
  if (by !== 'met-share' && indicator === undefined) throw usageError(`--by must be met-share or an indicator id of ${input.catalog.id} (got "${by}")`, command);
  if (indicator?.measure === 'done') throw usageError(`--by ${by}: a done / not-done indicator has no value to rank by; use met-share`, command);
  // Lower is better for a rank, and for an indicator whose targets are ceilings ("không quá", "dưới").
  const lowerIsBetter = indicator !== undefined && (indicator.measure === 'rank' || (indicator.targets.length > 0 && indicator.targets.every((t) => t.kind === 'threshold' && (t.op === '<=' || t.op === '<'))));
  const order = oneOf(parsed, 'order', ['desc', 'asc'] as const, lowerIsBetter ? 'asc' : 'desc', command);
  const card = withData(input, stringOf(parsed, 'data') ?? '', () =>
    evaluate(input.catalog, input.data.observations, { asOf: input.asOf, ...(input.data.units === undefined ? {} : { units: input.data.units }), ...(input.level === undefined ? {} : { level: input.level }) }),
  );

  const units = new Map<string, string | null>();
  for (const row of card.rows) if (!units.has(row.unit)) units.set(row.unit, row.level);
  // A unit's figure for an indicator with no target at its level (a commune's value of a province-only
  // target) is in `ignored`, not in a row: ranked by that indicator, the unit still has its value.
  const inForce = new Map<string, Observation>();
  if (indicator !== undefined) {
    for (const i of card.ignored) {
      if (i.reason !== 'no-target-at-level' || i.observation.indicator !== indicator.id) continue;
      inForce.set(i.observation.unit, i.observation);
      if (!units.has(i.observation.unit)) units.set(i.observation.unit, input.data.units?.find((u) => u.id === i.observation.unit)?.level ?? input.level ?? null);
    }
  }
  const items: Item[] = [...units].map(([unit, level]) => {
    const rows = card.rows.filter((r) => r.unit === unit);
    if (indicator === undefined) {
      const judged = rows.filter((r) => r.status !== 'not-applicable');
      const met = judged.filter((r) => r.status === 'met').length;
      // met·100 / total is correctly rounded, so equal shares (2/3, 4/6) give the same number and tie.
      return { unit, level, met, total: judged.length, score: judged.length === 0 ? null : (met * 100) / judged.length };
    }
    const row = rows.find((r) => r.indicator === indicator.id && r.observation !== null);
    const own = inForce.get(unit);
    if (row === undefined && own !== undefined) return { unit, level, score: valueOf(own, indicator), period: own.period };
    const value = row === undefined ? null : row.observation !== null && 'rank' in row.observation ? row.observation.rank : typeof row.value === 'number' ? row.value : null;
    return { unit, level, score: value, period: row?.period ?? null };
  });
  if (items.length === 0) throw usageError('no unit to rank: the data has no observation (or no unit at --level)', command);
  const ranked = rank(items, { by: 'score', order, ties, missing: 'keep', ...(ties === 'ordinal' ? { tieBreak: 'unit' as const } : {}) });

  const lang = input.lang;
  const t = L[lang];
  // By own key: a unit id is the user's text (`constructor` is an id like any other).
  const name = (id: string) => (Object.hasOwn(input.names, id) ? input.names[id]?.[lang] : undefined) ?? id;
  const levelName = (id: string | null) => (id === null ? null : (input.catalog.hierarchy.levels.find((l) => l.id === id)?.name[lang] ?? id));
  const asOfText = formatDate(card.asOf, lang);
  const title = indicator === undefined ? `${t.byShare} — ${input.catalog.plan.number ?? input.catalog.id} (${t.asOf} ${asOfText})` : `${t.byIndicator}: ${indicator.name[lang]} (${t.asOf} ${asOfText})`;

  let out: string;
  if (format === 'svg') {
    out = renderChart(
      { title, ...(indicator === undefined ? { suffix: '%', max: 100 } : {}), items: ranked.map((r) => ({ label: name(r.item.unit), score: r.item.score, rank: r.rank })) },
      { kind: 'ranking', lang },
    );
  } else {
    const columns =
      indicator === undefined
        ? [{ key: 'rank', label: t.rank, numeric: true }, { key: 'unit', label: t.unit }, { key: 'level', label: t.level }, { key: 'score', label: t.share, numeric: true }, { key: 'met', label: t.met, numeric: true }, { key: 'total', label: t.total, numeric: true }]
        : [{ key: 'rank', label: t.rank, numeric: true }, { key: 'unit', label: t.unit }, { key: 'level', label: t.level }, { key: 'score', label: t.value, numeric: true }, { key: 'period', label: t.period }];
    // Machine formats also carry the unit's id, which names may not make unique.
    const idColumn = format === 'json' || format === 'csv' ? [{ key: 'id', label: 'id' }] : [];
    const table: Table = {
      caption: title,
      columns: [...columns.slice(0, 2), ...idColumn, ...columns.slice(2)],
      rows: ranked.map((r) => ({
        rank: r.rank,
        unit: name(r.item.unit),
        id: r.item.unit,
        level: levelName(r.item.level),
        score: r.item.score,
        ...(indicator === undefined ? { met: r.item.met ?? null, total: r.item.total ?? null } : { period: r.item.period === null || r.item.period === undefined ? null : typeof r.item.period === 'number' || format === 'json' || format === 'csv' ? String(r.item.period) : formatDate(r.item.period, lang) }),
      })),
      ...(indicator === undefined ? { notes: [t.note] } : {}),
    };
    out = renderTable(table, format, lang, csv);
    if (format === 'html') out = htmlPage({ lang, title, heading: input.catalog.plan.title[lang], body: out });
  }
  writeOutput(out, input.out, ctx.stdout);
  return 0;
}
