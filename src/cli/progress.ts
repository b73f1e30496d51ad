import { assessCatalogProgress, type ProgressRow } from '../index';
import { formatDate } from '../_shared/format';
import { oneOf, parseCommandArgs, stringOf } from './args';
import type { CliContext } from './context';
import { CSV_OPTIONS, csvOptionsOf, EVALUATION_OPTIONS, readEvaluationInput, withData } from './inputs';
import { andThen } from './xlsx/andThen';
import { xlsxOut } from './xlsx/out';
import { sourceNotes, writeTableXlsx } from './xlsx/report';
import { STATUS_FILLS } from './xlsx/write';
import { writeOutput } from './io';
import { PROGRESS_CATEGORIES, WORDS as L } from './labels';
import { columnsOf, tableText } from './table';

/** `chiso progress --help`. */
export const progressHelp = `chiso progress — progress of each unit toward each dated target of its level

For every threshold target with a deadline that applies to a unit, the earliest observation not after
--as-of is the baseline and the latest the current value (assessCatalogProgress). "Tốc độ thực tế"
(Actual pace) is the trend from the baseline to the current value; "Tốc độ cần" (Required pace) is
the pace the target asked for from the baseline to its deadline (Eurostat's measure), and the
category compares the two. With one observation only, "Tốc độ cần" is the pace from that
observation's date to the deadline (insufficient data to judge the trend). Neither is counted from
--as-of: the pace still needed from the as-of day is in the "Cần chú ý" list of
\`chiso scorecard --format html\`. A target is "missed" only when --as-of is after its deadline: a
year's figure counts at 31 December, but this year's figure read before the deadline
(--as-of 2026-06-01, due 2026-12-31) is judged by its pace.

Usage:
  chiso progress --catalog <name|file.json> --data <file.csv|file.json> [options]

Options:
  --catalog, --data, --units, --sheet, --as-of, --level, --lang, --out   as for \`chiso scorecard\`
                     (--data and --units may be .xlsx workbooks)
  --official-units <p>  instead of --units: the official units at --as-of (a province code or all),
                     as for \`chiso scorecard\`
  --method <m>       compound (default; growth in %/year) or linear (units/year)
  --format <f>       md (default), csv, html, json, xlsx (needs --out)
  --bom, --separator csv options, as for \`chiso scorecard\`
  -h, --help         this help

Example:
  chiso progress --catalog vinh-phuc-302 --data node_modules/chiso/examples/data/vinh-phuc-2023.csv \\
    --as-of 2023-05-31 --level district

Exit codes: 0 written; 1 invalid data or catalog; 2 usage; 3 a file could not be read or written.
`;

/** The columns of the table, in order (`id` and `indicatorId` only in CSV and JSON); the numeric ones. */
const COLUMNS = ['unit', 'id', 'indicatorId', 'level', 'indicator', 'target', 'deadline', 'baselinePeriod', 'baseline', 'currentPeriod', 'current', 'category', 'actual', 'required', 'projected'] as const;
const NUMERIC = ['baseline', 'current', 'actual', 'required', 'projected'] as const;

const OPS: Readonly<Record<string, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/**
 * `chiso progress`: assessCatalogProgress as a table.
 *
 * @param argv - the arguments after the command's name
 * @param ctx - output streams and today's date
 * @returns the exit code (0; problems are thrown)
 * @throws {CliError} a usage error (exit 2), an input error (exit 1) or an I/O error (exit 3)
 *
 * @example
 * const out: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), today: '2026-12-01' };
 * await runProgress(['--catalog', 'vinh-phuc-302', '--data', 'examples/data/vinh-phuc-2023.csv', '--as-of', '2023-05-31'], ctx);
 * //=> 0
 * // Province-level agencies at 36,18 % need 35,91 %/year to reach 80 % by 31/12/2025:
 * out.join('').includes('| 31/05/2023 | 36,18 | Chưa đủ số liệu để đánh giá xu hướng | — | 35,91 |');
 * //=> true
 */
export function runProgress(argv: readonly string[], ctx: CliContext): number | Promise<number> {
  const command = 'progress';
  const parsed = parseCommandArgs(command, argv, { ...EVALUATION_OPTIONS, ...CSV_OPTIONS, method: { type: 'string' }, format: { type: 'string' } });
  if (parsed.values['help'] === true) {
    ctx.stdout(progressHelp);
    return 0;
  }
  const format = oneOf(parsed, 'format', ['md', 'csv', 'html', 'json', 'xlsx'] as const, 'md', command);
  const method = oneOf(parsed, 'method', ['compound', 'linear'] as const, 'compound', command);
  const csv = csvOptionsOf(parsed, format, command);
  const xlsxFile = xlsxOut(parsed, format, command);
  return andThen(readEvaluationInput(parsed, command, ctx.today, ctx.stderr), (input) => {
    const rows: ProgressRow[] = withData(input, stringOf(parsed, 'data') ?? '', () =>
      assessCatalogProgress(input.catalog, input.data.observations, {
        asOf: input.asOf,
        method,
        ...(input.data.units === undefined ? {} : { units: input.data.units }),
        ...(input.level === undefined ? {} : { level: input.level }),
      }),
    );
    const lang = input.lang;
    const machine = format === 'csv' || format === 'json' || format === 'xlsx';
    const indicatorName = new Map(input.catalog.indicators.map((i) => [i.id, i.name[lang]]));
    const levelName = (id: string | null) => (id === null ? null : (input.catalog.hierarchy.levels.find((l) => l.id === id)?.name[lang] ?? id));
    // A compound rate is a fraction per year (0.05); people read it in %.
    const rate = (r: number | null) => (r === null ? null : method === 'compound' ? Math.round(r * 1e6) / 1e4 : r);
    // A year period is a label, not a quantity: for people it is written as is (2022, never "2.022").
    const period = (p: string | number | undefined) => (p === undefined ? null : typeof p === 'number' ? (machine ? p : String(p)) : machine ? p : formatDate(p, lang));
    const title = `${L.progressCaption[lang]} — ${input.catalog.plan.number ?? input.catalog.id} (${L.asOf[lang]} ${formatDate(input.asOf, lang)})`;
    const table = {
      caption: title,
      columns: columnsOf(machine ? COLUMNS : COLUMNS.filter((c) => c !== 'id' && c !== 'indicatorId'), L, lang, NUMERIC),
      rows: rows.map((r) => {
        const target = r.target.kind === 'threshold' ? `${r.target.wording === undefined ? '' : `${r.target.wording} `}(${OPS[r.target.op] ?? r.target.op} ${r.target.value})` : (r.target.wording ?? r.target.kind);
        const deadline = r.target.by ?? null;
        return {
          unit: input.names[r.unit]?.[lang] ?? r.unit,
          id: r.unit,
          indicatorId: r.indicator,
          level: levelName(r.level),
          indicator: indicatorName.get(r.indicator) ?? r.indicator,
          target: target.trim(),
          deadline: deadline === null ? null : machine ? deadline : formatDate(deadline, lang),
          baselinePeriod: period(r.baseline?.period),
          baseline: r.baseline?.value ?? null,
          currentPeriod: period(r.current?.period),
          current: r.current?.value ?? null,
          category: PROGRESS_CATEGORIES[r.progress?.category ?? r.reason ?? 'no-observation'][lang],
          actual: rate(r.progress?.actualRate ?? null),
          // A target already met needs no pace: the library's rate (negative when the value is above a
          // floor) would read as a demand to fall, so the table shows none.
          required: r.progress?.category === 'achieved' ? null : rate(r.progress?.requiredRate ?? null),
          projected: r.progress?.projected ?? null,
        };
      }),
      notes: [(method === 'compound' ? L.rateCompound : L.rateLinear)[lang]],
    };
    if (format === 'xlsx') {
      const c = (k: keyof typeof PROGRESS_CATEGORIES) => PROGRESS_CATEGORIES[k][lang];
      const statusFills = {
        [c('achieved')]: STATUS_FILLS.good,
        [c('on-track')]: STATUS_FILLS.good,
        [c('acceleration-needed')]: STATUS_FILLS.warn,
        [c('limited-progress')]: STATUS_FILLS.warn,
        [c('deterioration')]: STATUS_FILLS.bad,
        [c('missed')]: STATUS_FILLS.bad,
      };
      return writeTableXlsx(table, { lang, asOf: input.asOf, sheet: lang === 'vi' ? 'Tiến độ' : 'Progress', dates: ['deadline', 'baselinePeriod', 'currentPeriod'], status: 'category', statusFills, notes: sourceNotes(input.catalog, lang, [stringOf(parsed, 'data') ?? '']), out: xlsxFile ?? '' }).then(() => 0);
    }
    writeOutput(tableText(table, format, lang, csv, { title, heading: input.catalog.plan.title[lang] }), input.out, ctx.stdout);
    return 0;
  });
}
