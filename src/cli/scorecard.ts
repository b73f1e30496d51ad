import { evaluate, renderScorecard } from '../index';
import { oneOf, parseCommandArgs, stringOf } from './args';
import type { CliContext } from './context';
import { usageError } from './errors';
import { CSV_OPTIONS, csvOptionsOf, EVALUATION_OPTIONS, readEvaluationInput, withData } from './inputs';
import { writeOutput } from './io';
import { sourceNotes, writeScorecardXlsx } from './xlsx/report';
import { andThen } from './xlsx/andThen';
import { xlsxOut } from './xlsx/out';
import { scorecardPage } from './page';
import { coverageLines, rolledUp, ROLL_UP_OPTIONS } from './rollup';

/** `chiso scorecard --help`. */
export const scorecardHelp = `chiso scorecard — evaluate observations against a plan's targets and write the scorecard

Usage:
  chiso scorecard --catalog <name|file.json> --data <file.csv|file.json> [options]

Options:
  --catalog <c>      vinh-phuc-302, tuyen-quang-154, dien-bien, or a catalog file (.json)
  --data <file>      observations: CSV (see docs/cli.md for the columns), JSON, or an Excel
                     workbook (.xlsx: a sheet with the CSV's header row, or a filled template)
  --sheet <name>     .xlsx data: the sheet to read (default: the template's, else the first)
  --units <file>     units (id, name, level, parent) as CSV or JSON, if the data file has none
  --official-units <p>  instead of --units: Vietnam's official units at --as-of, codes as unit
                     ids (chiso/units): a province code (26, or 25 from 2025-07-01) or all
  --as-of <date>     the day to evaluate at, YYYY-MM-DD (default: today in Vietnam)
  --level <level>    only units at this level (e.g. province, district, commune)
  --roll-up          add up the figures of child units into their parents (the units' parent
                     column): shares add numerators and denominators (3/4 and 5/10 make 8/14);
                     a parent's own figure wins; the coverage of each is listed under the table
  --min-coverage <s> with --roll-up: the share of a parent's children that must report, 0 to 1
                     (default 1: all of them; below it the parent has no data, never a zero)
  --format <f>       md (default), csv, html (a complete page), json, xlsx (an Excel workbook:
                     the CSV's cells as numbers, days and coloured statuses; needs --out)
  --lang <l>         vi (default) or en: labels, and numbers written for people (36,18 / 36.18)
  --sort <s>         scorecard (default: level, unit, catalog order) or name (by unit, then indicator name)
  --fragment         html: only the <table>, to embed in a page of your own
  --bom              csv: start with a UTF-8 byte-order mark (Excel)
  --separator <s>    csv: , (default) or ; (Excel in a Vietnamese locale; numbers with a decimal comma)
  -o, --out <file>   write to a file instead of stdout (- for stdout; never an input file)
  -h, --help         this help

Examples:
  chiso scorecard --catalog vinh-phuc-302 --data node_modules/chiso/examples/data/vinh-phuc-2023.csv \\
    --as-of 2023-05-31 --format html --out scorecard.html
  chiso scorecard --catalog catalog.json --data data.csv --units units.csv --as-of 2026-12-31
  chiso scorecard --catalog vinh-phuc-302 --data node_modules/chiso/examples/data/units-2024.csv \\
    --official-units 26 --as-of 2025-06-30 --out scorecard.md
  chiso scorecard --catalog catalog.json --data data.csv --units units.csv \\
    --roll-up --level province --as-of 2026-12-31
(from your project's folder; \`chiso init\` writes catalog.json, data.csv and units.csv)

Exit codes: 0 written; 1 invalid data or catalog (file:line:column on stderr); 2 usage; 3 a file could not be read or written.
`;

const REASONS = {
  vi: { superseded: 'có số liệu mới hơn', 'after-as-of': 'sau ngày đánh giá', 'other-level': 'đơn vị ở cấp khác', 'no-target-at-level': 'không có chỉ tiêu cho cấp của đơn vị' },
  en: { superseded: 'a later figure exists', 'after-as-of': 'after the as-of date', 'other-level': 'unit at another level', 'no-target-at-level': "no target at the unit's level" },
} as const;

/** Why a figure of a unit without a level was not used (the library's `unit-level-unknown`). */
const UNKNOWN_LEVEL = { vi: 'không rõ cấp của đơn vị (cho --units hoặc cột level)', en: "the unit's level is unknown (give --units or a level column)" } as const;

/**
 * `chiso scorecard`: evaluates the data against the catalog as of a day and writes the scorecard
 * with `renderScorecard` (HTML as a complete page unless `--fragment`).
 *
 * @param argv - the arguments after the command's name
 * @param ctx - output streams and today's date
 * @returns the exit code (0; problems are thrown)
 * @throws {CliError} a usage error (exit 2), an input error (exit 1) or an I/O error (exit 3)
 *
 * @example
 * const out: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), today: '2026-12-01' };
 * await runScorecard(['--catalog', 'vinh-phuc-302', '--data', 'examples/data/vinh-phuc-2023.csv', '--format', 'html'], ctx);
 * //=> 0
 * // An HTML page on ctx.stdout:
 * out.join('').startsWith('<!doctype html>');
 * //=> true
 */
export function runScorecard(argv: readonly string[], ctx: CliContext): number | Promise<number> {
  const command = 'scorecard';
  const parsed = parseCommandArgs(command, argv, { ...EVALUATION_OPTIONS, ...CSV_OPTIONS, ...ROLL_UP_OPTIONS, format: { type: 'string' }, sort: { type: 'string' }, fragment: { type: 'boolean' } });
  if (parsed.values['help'] === true) {
    ctx.stdout(scorecardHelp);
    return 0;
  }
  const format = oneOf(parsed, 'format', ['md', 'markdown', 'csv', 'html', 'json', 'xlsx'] as const, 'md', command);
  const sort = oneOf(parsed, 'sort', ['scorecard', 'name'] as const, 'scorecard', command);
  const csv = csvOptionsOf(parsed, format, command);
  const fragment = parsed.values['fragment'] === true;
  if (fragment && format !== 'html') throw usageError('--fragment goes with --format html', command);
  if (sort === 'name' && format === 'json') throw usageError('--sort name does not go with --format json (its rows stay aligned with the scorecard)', command);
  const xlsxFile = xlsxOut(parsed, format, command);
  return andThen(readEvaluationInput(parsed, command, ctx.today, ctx.stderr), (input) => {
    const dataFile = stringOf(parsed, 'data') ?? '';
    const rolled = rolledUp(parsed, input, command);
    const card = withData(input, dataFile, () =>
      evaluate(input.catalog, rolled.observations, { asOf: input.asOf, ...(input.data.units === undefined ? {} : { units: input.data.units }), ...(input.level === undefined ? {} : { level: input.level }) }),
    );
    const lang = input.lang;
    // The page (html without --fragment) is written by scorecardPage below, not from this table.
  const text = format === 'xlsx' || (format === 'html' && !fragment) ? '' : renderScorecard(card, {
      format: format === 'md' ? 'markdown' : format,
      lang,
      catalog: input.catalog,
      units: input.names,
      ...(format === 'json' ? {} : { sort }),
      ...csv,
    });
    // Rolled up, a child's figure at another level than --level is in its parent's: not "not used".
    const key = (unit: string, indicator: string, period: string | number) => `${unit}\u0000${indicator}\u0000${typeof period}:${period}`;
    const counted = new Set(rolled.aggregates.flatMap((a) => (a.status === 'ok' ? a.children.map((c) => key(c, a.indicator, a.period)) : [])));
    const ignored = card.ignored.filter((i) => !(i.reason === 'other-level' && counted.has(key(i.observation.unit, i.observation.indicator, i.observation.period)))).map((i) => `${i.observation.unit} · ${i.observation.indicator} · ${i.observation.period}: ${REASONS[lang][i.reason]}`);
    // Without levels (no level column, no --units) a per-level target cannot be chosen: the library
    // says `not-applicable` (`unit-level-unknown`), by design (docs/concepts.md). A figure with only
    // such rows was judged against nothing: it is listed as not used, and how to give levels is said.
    const byFigure = new Map<string, { unit: string; indicator: string; period: string | number; unknown: boolean }>();
    for (const row of card.rows) {
      if (row.observation === null) continue;
      const k = key(row.unit, row.indicator, row.observation.period);
      const unknown = row.reason === 'unit-level-unknown';
      const was = byFigure.get(k);
      byFigure.set(k, { unit: row.unit, indicator: row.indicator, period: row.observation.period, unknown: (was?.unknown ?? true) && unknown });
    }
    const levelless = [...byFigure.values()].filter((f) => f.unknown);
    ignored.push(...levelless.map((f) => `${f.unit} · ${f.indicator} · ${f.period}: ${UNKNOWN_LEVEL[lang]}`));
    const unjudged = card.rows.filter((r) => r.reason === 'unit-level-unknown').length;
    if (unjudged > 0) {
      const units = [...new Set(card.rows.filter((r) => r.reason === 'unit-level-unknown').map((r) => `"${r.unit}"`))];
      ctx.stderr(`warning: ${unjudged} per-level target(s) not judged: the level of unit(s) ${units.slice(0, 5).join(', ')}${units.length > 5 ? `, … (${units.length})` : ''} is unknown; give --units <file> or a level column in the data\n`);
    }
    const ignoredTitle = lang === 'vi' ? `Số liệu không dùng (${ignored.length})` : `Observations not used (${ignored.length})`;
    const indicatorNames = new Map(input.catalog.indicators.map((i) => [i.id, i.name[lang]]));
    const coverage = coverageLines(rolled.aggregates.filter((a) => input.level === undefined || a.level === input.level), (id) => (Object.hasOwn(input.names, id) ? input.names[id]?.[lang] : undefined) ?? id, (id) => indicatorNames.get(id) ?? id, lang);
    const sections = [...(ignored.length === 0 ? [] : [{ title: ignoredTitle, lines: ignored }]), ...(coverage.lines.length === 0 ? [] : [coverage])];
    let out = text;
    if (format === 'html' && !fragment) {
      out = scorecardPage(card, input.catalog, lang, input.names, sections);
    } else if (format === 'md' || format === 'markdown') {
      out = [text, ...sections.map((s) => `${s.title}:\n\n${s.lines.map((l) => `- ${l}`).join('\n')}\n`)].join('\n');
    }
    const machine = format === 'csv' || format === 'json' || format === 'xlsx';
    if (ignored.length > 0 && machine) ctx.stderr(`note: ${ignored.length} observation(s) not used:\n${ignored.map((l) => `  ${l}`).join('\n')}\n`);
    if (coverage.lines.length > 0 && machine) ctx.stderr(`note: ${coverage.title}:\n${coverage.lines.map((l) => `  ${l}`).join('\n')}\n`);
    if (xlsxFile !== undefined) {
      const plan = input.catalog.plan;
      return writeScorecardXlsx(card, {
        lang,
        catalog: input.catalog,
        units: input.names,
        sort,
        title: `${lang === 'vi' ? 'Bảng đánh giá chỉ tiêu' : 'Scorecard'} — ${plan.number ?? input.catalog.id} — ${card.asOf}`,
        notes: [...sourceNotes(input.catalog, lang, [dataFile]), '', ...sections.flatMap((s) => [`${s.title}:`, ...s.lines.map((l) => `  ${l}`)])],
        out: xlsxFile,
      }).then(() => 0);
    }
    writeOutput(out, input.out, ctx.stdout);
    return 0;
  });
}

