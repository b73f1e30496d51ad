import { ChisoError, type Observation } from '../index';
import { carryAcrossReform, findUnits, officialUnits, unitSet, type AdministrativeUnit, type CarryResult } from '../units/index';
import { oneOf, parseCommandArgs, required, stringOf, type Parsed } from './args';
import { resolveCatalog } from './catalog';
import type { CliContext } from './context';
import { parseNumberCell, readCsv } from './csv';
import { readData } from './data';
import { fromChisoError, inputError, usageError } from './errors';
import { readText, writeOutput } from './io';

/** `chiso units --help`. */
export const unitsHelp = `chiso units — Vietnam's administrative units before and after 1 July 2025

Three subcommands:
  find <name>   the units of that name, typed any way (no diacritics, Hòa or Hoà, B'Lao or B’Lao,
                dashes or spaces, with or without "Xã"/"Phường"/"TP."); diacritics and a kind typed
                narrow the match; every match of an ambiguous name
  list          a province's units (or the 34 provinces) at a day, as CSV or JSON
  carry         observations keyed by old units (before 2025-07-01) onto the new units, through the
                reform's crosswalk: counts, money and shares (numerator/denominator) add up

Usage:
  chiso units find <name> [--at YYYY-MM-DD] [--level province|district|commune] [--province CODE] [--format table|json]
  chiso units list [--province CODE] [--at YYYY-MM-DD] [--format csv|json] [--out FILE]
  chiso units carry --data FILE --catalog CATALOG [--level commune|province] [--split omit|whole-in-each]
                    [--weights FILE] [--min-coverage 0..1] [--format csv|json] [--out FILE]

Options:
  --at DAY          the day the units are read at (default today); before 2025-07-01 the 63 provinces,
                    their districts and communes, from 2025-07-01 the 34 provinces and 3,321 communes
  --province CODE   a province's official code at that day (e.g. 25 Phú Thọ)
  --level           find: only units of this level; carry: commune (default) or province (63 → 34)
  --split           carry: what to do with an old commune split across new units ("Nhập một phần"):
                    omit it, or count it whole in each new unit; without it, such a commune is an error
  --weights FILE    carry: a CSV with columns unit, weight (e.g. each old commune's population): a
                    percent given as a value is then carried as the exact weighted mean
  --min-coverage    carry: the share of a new unit's old parts that must report (default 1: all)
  --format          find: table (default) or json; list and carry: csv (default) or json
  -o, --out FILE    write to a file instead of standard output
  -h, --help        this help

Examples:
  chiso units find "phu tho" --at 2026-01-01
  chiso units list --province 25 --at 2026-01-01
  chiso units carry --data node_modules/chiso/examples/data/units-2024.csv --catalog vinh-phuc-302 --split omit

Exit codes: 0 ok; 1 invalid input (a name that matches nothing, a unit the crosswalk does not know,
…); 2 usage; 3 a file could not be read or written.
`;

const FIND_OPTIONS = {
  at: { type: 'string' },
  level: { type: 'string' },
  province: { type: 'string' },
  format: { type: 'string' },
  data: { type: 'string' },
  catalog: { type: 'string' },
  split: { type: 'string' },
  weights: { type: 'string' },
  'min-coverage': { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const;

const csvCell = (value: unknown): string => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csvLines = (rows: readonly (readonly unknown[])[]): string => `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;

/** A library error about the command's own arguments, as an input error naming them. */
function library<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ChisoError) throw inputError(error.issues.map((i) => `error: ${i.message}`));
    throw error;
  }
}

/**
 * `chiso units find|list|carry`: Vietnam's official units as data, and figures carried across the
 * reform of 1 July 2025.
 *
 * @param argv - the arguments after the command's name
 * @param ctx - output streams and today's date
 * @returns the exit code (0; problems are thrown)
 * @throws {CliError} a usage error (exit 2), an input error (exit 1) or an I/O error (exit 3)
 *
 * @example
 * const out: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), today: '2026-12-01' };
 * runUnits(['find', 'sai gon'], ctx);
 * //=> 0
 * out.join('');
 * //=> '26740  Phường Sài Gòn  commune  province 79  from 2025-07-01\n'
 */
export function runUnits(argv: readonly string[], ctx: CliContext): number {
  const command = 'units';
  const parsed = parseCommandArgs(command, argv, FIND_OPTIONS, 2);
  const [sub, arg] = parsed.positionals;
  if (parsed.values['help'] === true || sub === undefined) {
    (sub === undefined && parsed.values['help'] !== true ? ctx.stderr : ctx.stdout)(unitsHelp);
    return sub === undefined && parsed.values['help'] !== true ? 2 : 0;
  }
  const at = stringOf(parsed, 'at') ?? ctx.today;
  if (sub === 'find') return find(parsed, arg, at, ctx);
  if (arg !== undefined) throw usageError(`unexpected argument "${arg}"`, command);
  if (sub === 'list') return list(parsed, at, ctx);
  if (sub === 'carry') return carry(parsed, ctx);
  throw usageError(`unknown subcommand "${sub}"; subcommands: find, list, carry`, command);
}

function find(parsed: Parsed, name: string | undefined, at: string, ctx: CliContext): number {
  if (name === undefined) throw usageError('missing the name to find', 'units');
  const format = oneOf(parsed, 'format', ['table', 'json'] as const, 'table', 'units');
  const level = oneOf(parsed, 'level', ['province', 'district', 'commune'] as const, 'commune', 'units');
  const province = stringOf(parsed, 'province');
  const found = library(() =>
    findUnits(name, {
      at,
      ...(parsed.values['level'] === undefined ? {} : { level }),
      ...(province === undefined ? {} : { province }),
    }),
  );
  const text =
    format === 'json'
      ? `${JSON.stringify(found, null, 2)}\n`
      : found.map((u) => `${u.code}  ${u.name}  ${u.level}  province ${u.province}${u.district === undefined ? '' : `  district ${u.district}`}  from ${unitSet(at).validFrom}${u.listed === false ? '  (formed after 2025-01-04: known from the crosswalk only)' : ''}\n`).join('');
  writeOutput(text, stringOf(parsed, 'out'), ctx.stdout);
  return 0;
}

function list(parsed: Parsed, at: string, ctx: CliContext): number {
  const format = oneOf(parsed, 'format', ['csv', 'json'] as const, 'csv', 'units');
  const province = stringOf(parsed, 'province');
  const registry = library(() => officialUnits({ at, ...(province === undefined ? {} : { province }) }));
  // Without a province, the provinces only: the whole country's communes are `--format json` of each province.
  const units = province === undefined ? registry.units.filter((u) => u.level === 'province') : registry.units;
  const set = unitSet(at);
  const byCode = new Map<string, AdministrativeUnit>([...set.provinces, ...set.districts, ...set.communes].map((u) => [u.code, u]));
  const rows = units.map((u) => ({ code: u.id, name: u.name, kind: byCode.get(u.id)?.kind ?? '', level: u.level, parent: u.parent ?? '' }));
  const text = format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : csvLines([['code', 'name', 'kind', 'level', 'parent'], ...rows.map((r) => [r.code, r.name, r.kind, r.level, r.parent])]);
  writeOutput(text, stringOf(parsed, 'out'), ctx.stdout);
  return 0;
}

function carry(parsed: Parsed, ctx: CliContext): number {
  const command = 'units';
  const dataFile = required(parsed, 'data', command);
  const catalog = resolveCatalog(required(parsed, 'catalog', command), command);
  const format = oneOf(parsed, 'format', ['csv', 'json'] as const, 'csv', command);
  const level = oneOf(parsed, 'level', ['commune', 'province'] as const, 'commune', command);
  const splitText = stringOf(parsed, 'split');
  const split = splitText === undefined ? undefined : oneOf(parsed, 'split', ['omit', 'whole-in-each'] as const, 'omit', command);
  const coverageText = stringOf(parsed, 'min-coverage');
  const minCoverage = coverageText === undefined ? undefined : Number(coverageText.replace(',', '.'));
  if (minCoverage !== undefined && !(minCoverage >= 0 && minCoverage <= 1)) {
    throw usageError(`--min-coverage must be a share from 0 to 1 (got "${coverageText}")`, command);
  }
  const weightsFile = stringOf(parsed, 'weights');
  const weights = weightsFile === undefined ? undefined : readWeights(weightsFile);
  const data = readData(dataFile);
  let result: CarryResult | undefined;
  try {
    result = carryAcrossReform(data.observations, {
      catalog, level,
      ...(split === undefined ? {} : { split }),
      ...(weights === undefined ? {} : { weights }),
      ...(minCoverage === undefined ? {} : { minCoverage }),
    });
  } catch (caught) {
    if (!(caught instanceof ChisoError)) throw caught;
    const error = asFlags(caught);
    const lines = data.report(error.issues, dataFile);
    throw lines.length > 0 ? inputError(lines) : fromChisoError(error, data.locate, dataFile);
  }
  const problems = data.report([], dataFile);
  if (problems.length > 0) throw inputError(problems);
  if (result.split.units.length > 0) {
    ctx.stderr(`note: split communes (${result.split.policy}): ${result.split.units.map((s) => `${s.old} → ${s.new.join(' ')}`).join('; ')}\n`);
  }
  const missing = result.figures.filter((f) => f.status === 'no-data');
  if (missing.length > 0) {
    ctx.stderr(`note: ${missing.length} new unit × indicator × period without every old part reporting (no figure; see --min-coverage): ${missing.slice(0, 5).map((f) => `${f.unit} ${f.indicator} ${f.period} (${f.coverage.reported}/${f.coverage.expected})`).join(', ')}${missing.length > 5 ? ', …' : ''}\n`);
  }
  const text = format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : observationsCsv(result);
  writeOutput(text, stringOf(parsed, 'out'), ctx.stdout);
  return 0;
}

const FLAGS: readonly [RegExp, string][] = [[/\boptions\.catalog or options\.measures\b/gu, '--catalog'], [/\boptions\.split\b/gu, '--split'], [/\boptions\.weights\b/gu, '--weights'], [/\boptions\.minCoverage\b/gu, '--min-coverage'], [/\boptions\.level\b/gu, '--level']];

/** The library's words for its options (`options.split`) as the command's flags (`--split`). */
function asFlags(error: ChisoError): ChisoError {
  const flags = (text: string): string => FLAGS.reduce((t, [option, flag]) => t.replace(option, flag), text);
  return new ChisoError(error.issues.map((i) => ({ ...i, expected: flags(i.expected), message: flags(i.message) })));
}

/** The carried observations as a data CSV `scorecard` reads, with the old units each was made of in `note`. */
function observationsCsv(result: CarryResult): string {
  const sources = new Map(result.figures.map((f) => [`${f.unit}|${f.indicator}|${f.period}`, f.sources]));
  const value = (o: Observation, key: 'value' | 'numerator' | 'denominator' | 'done') => (key in o ? (o as unknown as Record<string, unknown>)[key] : '');
  return csvLines([
    ['unit', 'indicator', 'period', 'value', 'numerator', 'denominator', 'done', 'source', 'note'],
    ...result.observations.map((o) => [
      o.unit, o.indicator, o.period, value(o, 'value'), value(o, 'numerator'), value(o, 'denominator'), value(o, 'done'),
      o.source ?? '', `from ${(sources.get(`${o.unit}|${o.indicator}|${o.period}`) ?? []).join(' ')}${o.note === undefined ? '' : `; ${o.note}`}`,
    ]),
  ]);
}

/** A weights CSV (`unit,weight`): every problem located, at once. */
function readWeights(file: string): Record<string, number> {
  const table = readCsv(readText(file), file);
  const header = table.header.map((h) => h.trim().toLowerCase());
  const unit = header.indexOf('unit');
  const weight = header.indexOf('weight');
  if (unit === -1 || weight === -1) throw inputError([`${file}:${table.headerLine}: expected the columns unit and weight (got ${table.header.join(', ')})`]);
  const problems: string[] = [];
  const weights: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const row of table.rows) {
    const code = (row.cells[unit] ?? '').trim();
    const value = parseNumberCell(row.cells[weight] ?? '', table.delimiter);
    if (code === '') problems.push(`${file}:${row.line}:${unit + 1} (unit): a unit code is missing`);
    else if (typeof value !== 'number') problems.push(`${file}:${row.line}:${weight + 1} (weight): expected ${value.expected}`);
    else if (code in weights) problems.push(`${file}:${row.line}:${unit + 1} (unit): ${code} has a weight already`);
    else weights[code] = value;
  }
  if (problems.length > 0) throw inputError(problems);
  return weights;
}
