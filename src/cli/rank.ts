import { evaluate, evaluateTarget, rank, rankingChartData, renderChart, summarizeByUnit, type Indicator, type Observation, type Scorecard, type ScorecardRow, type TieMethod, type Unit } from '../index';
import { formatDate } from '../_shared/format';
import { oneOf, parseCommandArgs, stringOf } from './args';
import type { CliContext } from './context';
import { usageError } from './errors';
import { CSV_OPTIONS, csvOptionsOf, EVALUATION_OPTIONS, readEvaluationInput, withData } from './inputs';
import { andThen } from './xlsx/andThen';
import { xlsxOut } from './xlsx/out';
import { sourceNotes, writeTableXlsx } from './xlsx/report';
import { writeOutput } from './io';
import { WORDS as L } from './labels';
import { coverageLines, rolledUp, ROLL_UP_OPTIONS } from './rollup';
import { columnsOf, tableText } from './table';

/** `chiso rank --help`. */
export const rankHelp = `chiso rank — rank units by the share of their targets met, or by one indicator's value

Usage:
  chiso rank --catalog <name|file.json> --data <file.csv|file.json> [options]

Options:
  --catalog, --data, --units, --sheet, --as-of, --level, --lang, --out   as for \`chiso scorecard\`
                     (--data and --units may be .xlsx workbooks)
  --official-units <p>  instead of --units: the official units at --as-of (a province code or all),
                     as for \`chiso scorecard\`
  --by <what>        met-share (default): targets met ÷ targets judged or without data, in %,
                     over every target that applies to the unit (not-applicable ones left out);
                     or an indicator id: the unit's value of that indicator as of --as-of
  --order <o>        desc (default; highest first) or asc (lowest first). For an indicator whose
                     value is a rank or whose targets say "at most", asc is the default
  --ties <t>         competition (default, 1 2 2 4), dense (1 2 2 3), ordinal (1 2 3 4, ties by unit id),
                     fractional (1 2.5 2.5 4)
  --roll-up          rank parents by the figures of their child units added up (see
                     \`chiso scorecard --help\`); e.g. --roll-up --level district ranks districts
                     from their communes' figures; the coverage is listed under the table
  --min-coverage <s> with --roll-up: the share of a parent's children that must report (default 1)
  --format <f>       md (default), csv, html, json, svg (a ranking chart), xlsx (needs --out)
  --bom, --separator csv options, as for \`chiso scorecard\`
  -h, --help         this help

Units with nothing to rank by (no target applies, or no value of the indicator) have no rank and come last.

Examples:
  chiso rank --catalog vinh-phuc-302 --data node_modules/chiso/examples/data/vinh-phuc-2023.csv --as-of 2023-05-31
  chiso rank --catalog vinh-phuc-302 --data node_modules/chiso/examples/data/vinh-phuc-2023.csv \\
    --by tthc-dossiers-fully-online --format svg -o rank.svg
  chiso rank --catalog catalog.json --data data.csv --units units.csv --level commune \\
    --by tthc-dossiers-fully-online --as-of 2026-12-31
(the last after \`chiso init\`, which writes catalog.json, data.csv and units.csv)

Exit codes: 0 written; 1 invalid data or catalog; 2 usage; 3 a file could not be read or written.
`;

/** An observation's value as a scorecard row shows it (a share in %, read exactly), for a unit with no row of its indicator. */
function valueOf(o: Observation, indicator: Indicator): number | null {
  if ('rank' in o) return o.rank;
  if (!('value' in o) && !('numerator' in o)) return null;
  const v = 'value' in o ? o.value : { numerator: o.numerator, denominator: o.denominator };
  // Any target that judges a number gives the value read exactly (a ratio scale as %, a share of counts as %).
  return evaluateTarget({ kind: 'threshold', op: '>=', value: 0 }, v, { measure: indicator.measure, ...(o.scale === undefined ? {} : { scale: o.scale }) }).value as number | null;
}

/**
 * Each unit's value of one indicator, as of the scorecard's day: from its row of that indicator with
 * an observation, else from its observation left out for having no target at the unit's level. Units
 * in scorecard order, then those known only from such observations. One pass over rows and ignored.
 */
function byIndicator(card: Scorecard, indicator: Indicator, dataUnits: readonly Unit[] | undefined, level: string | undefined): Item[] {
  const units = new Map<string, string | null>();
  const rowOf = new Map<string, ScorecardRow>();
  for (const row of card.rows) {
    if (!units.has(row.unit)) units.set(row.unit, row.level);
    if (row.indicator === indicator.id && row.observation !== null && !rowOf.has(row.unit)) rowOf.set(row.unit, row);
  }
  // A unit's figure for an indicator with no target at its level (a commune's value of a province-only
  // target) is in `ignored`, not in a row: ranked by that indicator, the unit still has its value.
  const inForce = new Map<string, Observation>();
  let levelOf: Map<string, string> | undefined;
  for (const i of card.ignored) {
    if (i.reason !== 'no-target-at-level' || i.observation.indicator !== indicator.id) continue;
    inForce.set(i.observation.unit, i.observation);
    if (units.has(i.observation.unit)) continue;
    if (levelOf === undefined) {
      levelOf = new Map();
      for (const u of dataUnits ?? []) if (!levelOf.has(u.id)) levelOf.set(u.id, u.level);
    }
    units.set(i.observation.unit, levelOf.get(i.observation.unit) ?? level ?? null);
  }
  return Array.from(units, ([unit, unitLevel]) => {
    const row = rowOf.get(unit);
    const own = inForce.get(unit);
    if (row === undefined && own !== undefined) return { unit, level: unitLevel, score: valueOf(own, indicator), period: own.period };
    const value = row === undefined ? null : row.observation !== null && 'rank' in row.observation ? row.observation.rank : typeof row.value === 'number' ? row.value : null;
    return { unit, level: unitLevel, score: value, period: row?.period ?? null };
  });
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
 * const out: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), today: '2026-12-01' };
 * await runRank(['--catalog', 'vinh-phuc-302', '--data', 'examples/data/vinh-phuc-2023.csv', '--by', 'tthc-dossiers-fully-online'], ctx);
 * //=> 0
 * // Districts 1st with 98,76, province-level agencies 2nd with 36,18:
 * out.join('').split('\n').filter((line) => /^\| \d/.test(line)).map((line) => line.slice(2).split(' | ').slice(0, 4));
 * //=> [
 * //   ['1', 'Cấp huyện, thành phố', 'Cấp huyện', '98,76'],
 * //   ['2', 'Các cơ quan, đơn vị cấp tỉnh', 'Cấp tỉnh', '36,18'],
 * // ]
 */
export function runRank(argv: readonly string[], ctx: CliContext): number | Promise<number> {
  const command = 'rank';
  const parsed = parseCommandArgs(command, argv, { ...EVALUATION_OPTIONS, ...CSV_OPTIONS, ...ROLL_UP_OPTIONS, by: { type: 'string' }, order: { type: 'string' }, ties: { type: 'string' }, format: { type: 'string' } });
  if (parsed.values['help'] === true) {
    ctx.stdout(rankHelp);
    return 0;
  }
  const format = oneOf(parsed, 'format', ['md', 'csv', 'html', 'json', 'svg', 'xlsx'] as const, 'md', command);
  const ties = oneOf(parsed, 'ties', ['competition', 'dense', 'ordinal', 'fractional'] as const satisfies readonly TieMethod[], 'competition', command);
  const csv = csvOptionsOf(parsed, format, command);
  const xlsxFile = xlsxOut(parsed, format, command);
  return andThen(readEvaluationInput(parsed, command, ctx.today, ctx.stderr), (input) => {
    const by = stringOf(parsed, 'by') ?? 'met-share';
    const indicator = by === 'met-share' ? undefined : input.catalog.indicators.find((i) => i.id === by);
    if (by !== 'met-share' && indicator === undefined) throw usageError(`--by must be met-share or an indicator id of ${input.catalog.id} (got "${by}")`, command);
    if (indicator?.measure === 'done') throw usageError(`--by ${by}: a done / not-done indicator has no value to rank by; use met-share`, command);
    // Lower is better for a rank, and for an indicator whose targets are ceilings ("không quá", "dưới").
    const lowerIsBetter = indicator !== undefined && (indicator.measure === 'rank' || (indicator.targets.length > 0 && indicator.targets.every((t) => t.kind === 'threshold' && (t.op === '<=' || t.op === '<'))));
    const order = oneOf(parsed, 'order', ['desc', 'asc'] as const, lowerIsBetter ? 'asc' : 'desc', command);
    const rolled = rolledUp(parsed, input, command);
    const card = withData(input, stringOf(parsed, 'data') ?? '', () =>
      evaluate(input.catalog, rolled.observations, { asOf: input.asOf, ...(input.data.units === undefined ? {} : { units: input.data.units }), ...(input.level === undefined ? {} : { level: input.level }) }),
    );

    const items: Item[] =
      indicator === undefined
        ? summarizeByUnit(card).map((s) => ({ unit: s.unit, level: s.level, met: s.met, total: s.applicable, score: s.metShare }))
        : byIndicator(card, indicator, input.data.units, input.level);
    if (items.length === 0) throw usageError('no unit to rank: the data has no observation (or no unit at --level)', command);
    const ranked = rank(items, { by: 'score', order, ties, missing: 'keep', ...(ties === 'ordinal' ? { tieBreak: 'unit' as const } : {}) });

    const lang = input.lang;
    // By own key: a unit id is the user's text (`constructor` is an id like any other).
    const name = (id: string) => (Object.hasOwn(input.names, id) ? input.names[id]?.[lang] : undefined) ?? id;
    const levelName = (id: string | null) => (id === null ? null : (input.catalog.hierarchy.levels.find((l) => l.id === id)?.name[lang] ?? id));
    const asOfText = formatDate(card.asOf, lang);
    const title = indicator === undefined ? `${L.byShare[lang]} — ${input.catalog.plan.number ?? input.catalog.id} (${L.asOf[lang]} ${asOfText})` : `${L.byIndicator[lang]}: ${indicator.name[lang]} (${L.asOf[lang]} ${asOfText})`;

    // The coverage of the figures ranked: of the indicator's aggregates, or of all with met-share.
    const coverage = coverageLines(
      rolled.aggregates.filter((a) => (indicator === undefined || a.indicator === indicator.id) && (input.level === undefined || a.level === input.level)),
      name,
      (id) => input.catalog.indicators.find((i) => i.id === id)?.name[lang] ?? id,
      lang,
    );
    const coverageNotes = coverage.lines.length === 0 ? [] : [`${coverage.title}:`, ...coverage.lines];
    let out: string;
    if (format === 'svg') {
      out = renderChart(rankingChartData(ranked, { title, label: (i) => name(i.unit), score: 'score', ...(indicator === undefined ? { suffix: '%', max: 100 } : {}) }), { kind: 'ranking', lang });
    } else {
      // Machine formats also carry the unit's id, which names may not make unique.
      const machine = format === 'json' || format === 'csv' || format === 'xlsx';
      const id = machine ? (['id'] as const) : [];
      const columns =
        indicator === undefined
          ? columnsOf(['rank', 'unit', ...id, 'level', 'score', 'met', 'total'], { ...L, score: L.share }, lang, ['rank', 'score', 'met', 'total'])
          : columnsOf(['rank', 'unit', ...id, 'level', 'score', 'period'], { ...L, score: L.value, period: L.dataPeriod }, lang, ['rank', 'score']);
      const table = {
        caption: title,
        columns,
        rows: ranked.map((r) => ({
          rank: r.rank,
          unit: name(r.item.unit),
          id: r.item.unit,
          level: levelName(r.item.level),
          score: r.item.score,
          ...(indicator === undefined ? { met: r.item.met ?? null, total: r.item.total ?? null } : { period: r.item.period === null || r.item.period === undefined ? null : typeof r.item.period === 'number' || machine ? String(r.item.period) : formatDate(r.item.period, lang) }),
        })),
        ...(indicator === undefined || coverageNotes.length > 0 ? { notes: [...(indicator === undefined ? [L.shareNote[lang]] : []), ...coverageNotes] } : {}),
      };
      if ((format === 'csv' || format === 'xlsx') && coverageNotes.length > 0) ctx.stderr(`note: ${coverage.title}:\n${coverage.lines.map((l) => `  ${l}`).join('\n')}\n`);
      if (format === 'xlsx') {
        return writeTableXlsx(table, { lang, asOf: card.asOf, sheet: lang === 'vi' ? 'Xếp hạng' : 'Ranking', dates: ['period'], notes: sourceNotes(input.catalog, lang, [stringOf(parsed, 'data') ?? '']), out: xlsxFile ?? '' }).then(() => 0);
      }
      out = tableText(table, format, lang, csv, { title, heading: input.catalog.plan.title[lang] });
    }
    writeOutput(out, input.out, ctx.stdout);
    return 0;
  });
}
