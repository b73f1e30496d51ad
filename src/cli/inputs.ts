import { ChisoError, type Catalog, type ChisoIssue, type Text } from '../index';
import { asOfOf, oneOf, required, stringOf, type Parsed } from './args';
import { checkLevel, resolveCatalog } from './catalog';
import { loadData, type DataSet } from './data';
import { andThen } from './xlsx/andThen';
import { catalogVersion } from './xlsx/version';
import { inputError, usageError } from './errors';
import { officialUnits } from '../units/index';

/** The options shared by scorecard, rank and progress: what to evaluate, against what, when. */
export const EVALUATION_OPTIONS = {
  catalog: { type: 'string' },
  data: { type: 'string' },
  units: { type: 'string' },
  'official-units': { type: 'string' },
  sheet: { type: 'string' },
  'as-of': { type: 'string' },
  level: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const;

/** The CSV output options shared by every command that writes tables. */
export const CSV_OPTIONS = {
  bom: { type: 'boolean' },
  separator: { type: 'string' },
} as const;

/** Everything read from the common options. */
export interface EvaluationInput {
  readonly catalog: Catalog;
  readonly data: DataSet;
  readonly asOf: string;
  readonly level: string | undefined;
  readonly lang: 'vi' | 'en';
  readonly out: string | undefined;
  /** Unit display names for reports: `{ vi, en }` by id. */
  readonly names: Readonly<Record<string, Text>>;
}

/**
 * Reads `--catalog`, `--data`, `--units`, `--sheet`, `--as-of`, `--level`, `--lang`, `--out`: the
 * catalog, the data (CSV, JSON or .xlsx) and everything else an evaluating command needs.
 *
 * @param parsed - the parsed arguments
 * @param command - the command's name, for errors
 * @param today - the default `--as-of`
 * @param note - where notes about the data go (a formula read as its stored value)
 * @returns the catalog, the data, the day, the level, the language, the output file and unit names
 *   (a promise of them when a file is a workbook)
 * @throws {CliError} a usage error (exit 2), an input error (exit 1) or an I/O error (exit 3)
 *
 * @example
 * // `parsed` as parseCommandArgs gives it for `--catalog vinh-phuc-302 --data examples/data/vinh-phuc-2023.csv`
 * const parsed = { values: { catalog: 'vinh-phuc-302', data: 'examples/data/vinh-phuc-2023.csv' }, positionals: [], command: 'scorecard' };
 * const input = await readEvaluationInput(parsed, 'scorecard', '2026-01-01');
 * // Without --as-of, the day is today:
 * input.asOf;
 * //=> '2026-01-01'
 * [input.catalog.id, input.lang, input.data.observations.length];
 * //=> ['vinh-phuc-302', 'vi', 2]
 */
export function readEvaluationInput(parsed: Parsed, command: string, today: string, note?: (text: string) => void): EvaluationInput | Promise<EvaluationInput> {
  const catalogSpec = required(parsed, 'catalog', command);
  const dataFile = required(parsed, 'data', command);
  const lang = oneOf(parsed, 'lang', ['vi', 'en'] as const, 'vi', command);
  const asOf = asOfOf(parsed, today, command);
  const level = stringOf(parsed, 'level');
  const catalog = resolveCatalog(catalogSpec, command);
  checkLevel(catalog, level, command);
  const sheet = stringOf(parsed, 'sheet');
  if (sheet !== undefined && !/\.(xlsx|xlsm)$/i.test(dataFile)) throw usageError('--sheet goes with an .xlsx --data file', command);
  const loaded = loadData(dataFile, stringOf(parsed, 'units'), { ...(sheet === undefined ? {} : { sheet }), expected: { catalog: catalog.id, version: catalogVersion(catalog), given: catalogSpec }, ...(note === undefined ? {} : { note }) });
  const official = stringOf(parsed, 'official-units');
  if (official !== undefined && stringOf(parsed, 'units') !== undefined) throw usageError('--official-units replaces --units: give one of them', command);
  // The official units at --as-of (codes as ids), for one province or `all`: no units file to write.
  const withOfficial = (data: DataSet): DataSet => {
    if (official === undefined) return data;
    if (data.units !== undefined) throw usageError('--official-units replaces the units the data file defines (its unit_name, level, parent columns): give one of them', command);
    try {
      const registry = officialUnits({ at: asOf, ...(official === 'all' ? {} : { province: official }) });
      return { ...data, units: registry.units.map((u) => ({ ...u })) };
    } catch (error) {
      if (error instanceof ChisoError) throw usageError(`--official-units: ${error.issues.map((i) => i.message).join(' ')}`, command);
      throw error;
    }
  };
  return andThen(loaded, (data) => evaluationInput(catalog, withOfficial(data), asOf, level, lang, stringOf(parsed, 'out')));
}

function evaluationInput(catalog: Catalog, data: DataSet, asOf: string, level: string | undefined, lang: 'vi' | 'en', out: string | undefined): EvaluationInput {
  const names = Object.create(null) as Record<string, Text>; // null prototype: a unit id `__proto__` is a name like any other
  for (const unit of data.units ?? []) {
    if (typeof unit === 'object' && unit !== null && typeof unit.id === 'string' && typeof unit.name === 'string') {
      names[unit.id] = { vi: unit.name, en: data.namesEn.get(unit.id) ?? unit.name };
    }
  }
  return { catalog, data, asOf, level, lang, out, names };
}

/**
 * Runs a library call on the data, and reports in one listing, sorted by position in the files,
 * both the problems found while reading them (the rows left out) and the library's issues about the
 * rows that were read. Cells are quoted as the user wrote them (`31/02/2023`, `1.200,5`).
 *
 * @param input - the evaluation input (its `data.report` points issues into the files)
 * @param dataFile - the data file, named when an issue cannot be located
 * @param run - the call
 * @returns what the call returns, when neither the files nor the call had a problem
 * @throws {CliError} an input error (exit 1) listing every problem; anything but a `ChisoError` as thrown
 *
 * @example
 * const data = 'examples/data/vinh-phuc-2023.csv';
 * const input = await readEvaluationInput({ values: { catalog: 'vinh-phuc-302', data, 'as-of': '2023-12-31' }, positionals: [], command: 'scorecard' }, 'scorecard', '2026-01-01');
 * withData(input, data, () => evaluate(input.catalog, input.data.observations, { asOf: input.asOf })).summary.met;
 * //=> 1
 * // The library's issues, pointed at the row and column of the file (here a value made out of range):
 * const changed = input.data.observations.map((o, i) => (i === 1 ? { ...o, value: 120 } : o));
 * withData(input, data, () => evaluate(input.catalog, changed, { asOf: input.asOf }));
 * //=> throws CliError: examples/data/vinh-phuc-2023.csv:3:7 (value): Expected observations[1] (unit "vp-districts", …
 */
export function withData<T>(input: EvaluationInput, dataFile: string, run: () => T): T {
  let result: { value: T } | undefined;
  let issues: readonly ChisoIssue[] = [];
  try {
    result = { value: run() };
  } catch (error) {
    if (!(error instanceof ChisoError)) throw error;
    issues = error.issues;
  }
  const lines = input.data.report(issues, dataFile);
  if (lines.length > 0 || result === undefined) throw inputError(lines.length > 0 ? lines : [`${dataFile}: invalid input`]);
  return result.value;
}

/**
 * `--bom` and `--separator`, only with `--format csv`.
 *
 * @param parsed - the parsed arguments
 * @param format - the `--format` in use
 * @param command - the command's name, for errors
 * @returns the CSV options given
 * @throws {CliError} a usage error (exit 2) for either option without CSV, or a separator other than `,` `;`
 *
 * @example
 * // `parsed` as parseCommandArgs gives it for `--bom`
 * const parsed = { values: { bom: true }, positionals: [], command: 'scorecard' };
 * csvOptionsOf(parsed, 'csv', 'scorecard');
 * //=> { bom: true }
 * csvOptionsOf(parsed, 'md', 'scorecard');
 * //=> throws CliError: error: --bom and --separator go with --format csv
 */
export function csvOptionsOf(parsed: Parsed, format: string, command: string): { bom?: boolean; separator?: ',' | ';' } {
  const separator = oneOf(parsed, 'separator', [',', ';'] as const, ',', command);
  const bom = parsed.values['bom'] === true;
  if (format !== 'csv' && (bom || stringOf(parsed, 'separator') !== undefined)) {
    throw usageError('--bom and --separator go with --format csv', command);
  }
  return { ...(bom ? { bom } : {}), ...(stringOf(parsed, 'separator') === undefined ? {} : { separator }) };
}
