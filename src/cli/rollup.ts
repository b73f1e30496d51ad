import { ChisoError, defineUnits, rollUp, type Aggregate, type Observation } from '../index';
import { stringOf, type Parsed } from './args';
import { usageError } from './errors';
import { withData, type EvaluationInput } from './inputs';

/** The options of a command that can roll figures up (`scorecard`, `rank`). */
export const ROLL_UP_OPTIONS = {
  'roll-up': { type: 'boolean' },
  'min-coverage': { type: 'string' },
} as const;

/** The observations to evaluate, and what the roll-up made (empty without `--roll-up`). */
export interface RolledUp {
  readonly observations: readonly Observation[];
  readonly aggregates: readonly Aggregate[];
}

const FRACTION = /^(?:0(?:[.,]\d+)?|1(?:[.,]0+)?|[.,]\d+)$/;

/**
 * With `--roll-up`, the data's figures plus their roll-up to every parent unit without its own
 * figure: the library's `rollUp` through the units' `parent`s (shares add numerators and
 * denominators: 3/4 and 5/10 make 8/14), with `--min-coverage` (default 1: every child) as its
 * `minCoverage`. The data's observations come first and keep their places, so an issue about one
 * still points at its row of the file. Without `--roll-up`, the data as read.
 *
 * @param parsed - the parsed arguments (`--roll-up`, `--min-coverage`)
 * @param input - the evaluation input (catalog, data, units)
 * @param command - the command's name, for errors
 * @returns the observations to evaluate and the aggregates with their coverage
 * @throws {CliError} a usage error (exit 2) for `--min-coverage` without `--roll-up` or not in [0, 1],
 *   or `--roll-up` without units; an input error (exit 1) for what `defineUnits` or `rollUp` rejects
 *   (a unit's parent at the wrong level, a percent given as a value that cannot be added up, …),
 *   located in the files
 *
 * @example
 * // An input as readEvaluationInput gives it (here only what rolledUp reads):
 * const observations = [{ unit: 'c1', indicator: 'work-dossiers-online', period: 2024, numerator: 3, denominator: 4 }];
 * const input = { catalog: catalogs.vinhPhuc302, data: { observations, units: undefined } } as unknown as Parameters<typeof rolledUp>[1];
 * // Without --roll-up the data pass through:
 * rolledUp({ values: {}, positionals: [], command: 'scorecard' }, input, 'scorecard').observations.length;
 * //=> 1
 * rolledUp({ values: { 'min-coverage': '0.5' }, positionals: [], command: 'scorecard' }, input, 'scorecard');
 * //=> throws CliError: error: --min-coverage goes with --roll-up …
 * rolledUp({ values: { 'roll-up': true }, positionals: [], command: 'scorecard' }, input, 'scorecard');
 * //=> throws CliError: error: --roll-up needs units with parents …
 */
export function rolledUp(parsed: Parsed, input: EvaluationInput, command: string): RolledUp {
  const on = parsed.values['roll-up'] === true;
  const coverageText = stringOf(parsed, 'min-coverage');
  if (!on) {
    if (coverageText !== undefined) throw usageError('--min-coverage goes with --roll-up', command);
    return { observations: input.data.observations, aggregates: [] };
  }
  if (coverageText !== undefined && !FRACTION.test(coverageText.trim())) {
    throw usageError(`--min-coverage must be a share from 0 to 1, e.g. 0.8 for 80 % of the children (got "${coverageText}")`, command);
  }
  const minCoverage = coverageText === undefined ? undefined : Number(coverageText.trim().replace(',', '.'));
  const units = input.data.units;
  if (units === undefined || !units.some((u) => u.parent !== undefined)) {
    throw usageError('--roll-up needs units with parents: a --units file with columns id, name, level, parent (or unit_name, level, parent columns in the data)', command);
  }
  const dataFile = stringOf(parsed, 'data') ?? '';
  const result = withData(input, dataFile, () => {
    let registry;
    try {
      registry = defineUnits(units, input.catalog.hierarchy);
    } catch (error) {
      // The units are evaluate's `options.units` for the files' locator: point the issues there.
      if (error instanceof ChisoError) throw new ChisoError(error.issues.map((i) => ({ ...i, path: ['options', ...i.path] })));
      throw error;
    }
    return rollUp(input.data.observations, registry, { catalog: input.catalog, ...(minCoverage === undefined ? {} : { minCoverage }) });
  });
  const added = result.aggregates.flatMap((a) => (a.status === 'ok' && !a.observed && a.observation !== null ? [a.observation] : []));
  return { observations: [...input.data.observations, ...added], aggregates: result.aggregates };
}

const WORDS = {
  vi: { title: 'Số liệu gộp từ đơn vị cấp dưới', reported: 'đơn vị cấp dưới có số liệu', noData: 'chưa đủ, không tính', observed: 'dùng số liệu riêng của đơn vị' },
  en: { title: 'Figures rolled up from child units', reported: 'child units reporting', noData: 'too few, not counted', observed: "the unit's own figure is used" },
} as const;

/**
 * The coverage of each aggregate, for people: `Huyện 1 · Tỷ lệ … · 2024: 2/2 đơn vị cấp dưới có số
 * liệu`, saying when the figure did not count (below `--min-coverage`) or the parent's own figure was
 * used; and the heading, with their number.
 *
 * @param aggregates - what `rolledUp` gives
 * @param name - a unit's name for people
 * @param indicatorName - an indicator's name for people
 * @param lang - `vi` or `en`
 * @returns the heading and one line per aggregate, in the roll-up's order
 * @throws never
 *
 * @example
 * const a = { unit: 'd1', level: 'district', indicator: 'x', period: 2024, status: 'no-data' as const, coverage: { reported: 1, expected: 2 }, observed: false, observation: null, children: ['c1'] };
 * coverageLines([a], (id) => `Huyện ${id}`, (id) => id, 'vi');
 * //=> { title: 'Số liệu gộp từ đơn vị cấp dưới (1)', lines: ['Huyện d1 · x · 2024: 1/2 đơn vị cấp dưới có số liệu — chưa đủ, không tính'] }
 */
export function coverageLines(aggregates: readonly Aggregate[], name: (id: string) => string, indicatorName: (id: string) => string, lang: 'vi' | 'en'): { title: string; lines: string[] } {
  const w = WORDS[lang];
  const lines = aggregates.map((a) => {
    const note = a.status === 'no-data' ? ` — ${w.noData}` : a.observed ? ` — ${w.observed}` : '';
    return `${name(a.unit)} · ${indicatorName(a.indicator)} · ${a.period}: ${a.coverage.reported}/${a.coverage.expected} ${w.reported}${note}`;
  });
  return { title: `${w.title} (${aggregates.length})`, lines };
}
