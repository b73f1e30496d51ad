import type { ChisoIssue } from '../errors';
import { formatPath, formatReceived } from '../internal/issue';
import type { Observation } from '../model/observation';
import type { Unit } from '../model/unit';
import { readCsv, parseNumberCell, type CsvTable } from './csv';
import { inputError, type Locate } from './errors';
import { parseJsonFile, readText } from './io';

/** Where a record came from: a CSV row (its line and the file's columns) or a place in a JSON file. */
type Origin =
  | {
      readonly kind: 'csv';
      readonly file: string;
      readonly line: number;
      readonly column: (field: string) => number | undefined;
      /** Column names of the library's fields, where they differ (a unit's `id` is the `unit` column). */
      readonly alias?: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'json'; readonly file: string; readonly path: readonly (string | number)[] };

/** Observations and units read from files, and how to point back into them. */
export interface DataSet {
  /** As read: the library validates them. */
  readonly observations: Observation[];
  /** The units, when the files define any (then every observation's unit must be one of them). */
  readonly units: Unit[] | undefined;
  /** Display names in English, by unit id, where the files give them. */
  readonly namesEn: ReadonlyMap<string, string>;
  /** Points an issue of the library (`observations[3].value`, `options.units[0].level`) into the files. */
  readonly locate: Locate;
}

/** The columns of an observations CSV, in the order the docs list them. */
const OBSERVATION_COLUMNS = ['unit', 'indicator', 'period', 'value', 'numerator', 'denominator', 'done', 'rank', 'scale', 'source', 'note'] as const;
/** Optional columns of an observations CSV that describe the unit of the row. */
const UNIT_COLUMNS = ['unit_name', 'unit_name_en', 'level', 'parent'] as const;
/** The columns of a units CSV. */
const UNITS_FILE_COLUMNS = ['id', 'name', 'name_en', 'level', 'parent'] as const;

const normalise = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

function where(origin: Origin, field: string | undefined): string {
  if (origin.kind === 'json') return `${origin.file}: ${formatPath(field === undefined ? origin.path : [...origin.path, field])}`;
  const name = field === undefined ? undefined : (origin.alias?.[field] ?? field);
  const column = name === undefined ? undefined : origin.column(name);
  return column === undefined ? `${origin.file}:${origin.line}` : `${origin.file}:${origin.line}:${column} (${name})`;
}

function message(field: string, expected: string, received: unknown): string {
  return `Expected ${field} to be ${expected} but got "${formatReceived(received)}".`;
}

/** Reads the header of a CSV: every name known, none twice, the required ones present. */
function columnsOf(table: CsvTable, known: readonly string[], required: readonly string[], problems: string[]): Map<string, number> {
  const index = new Map<string, number>();
  table.header.forEach((raw, i) => {
    const name = normalise(raw);
    const at = `${table.file}:${table.headerLine}:${i + 1}`;
    if (!known.includes(name)) problems.push(`${at}: ${message('the column name', `one of ${known.join(', ')}`, raw)}`);
    else if (index.has(name)) problems.push(`${at}: ${message('the column name', 'used once', raw)}`);
    else index.set(name, i);
  });
  for (const name of required) {
    if (!index.has(name)) problems.push(`${table.file}:${table.headerLine}: ${message('the header', `to have a column "${name}"`, table.header.join(table.delimiter))}`);
  }
  return index;
}

const TRUE: readonly string[] = ['true', '1', 'yes', 'có', 'x'];
const FALSE: readonly string[] = ['false', '0', 'no', 'không'];

/** A period cell: a year (`2023`), an ISO date (`2023-05-31`) or a Vietnamese date (`31/05/2023`, as Excel in vi-VN rewrites dates). */
function periodCell(text: string): number | string | { expected: string } {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (vn !== null) return `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  return { expected: 'a year (2023) or a date (2023-05-31 or 31/05/2023)' };
}

class UnitBook {
  readonly units: Unit[] = [];
  readonly origins: Origin[] = [];
  readonly namesEn = new Map<string, string>();
  private readonly byId = new Map<string, number>();

  /** Adds a unit, or checks it against the one of that id already read; returns a problem or undefined. */
  add(unit: Unit, nameEn: string | undefined, origin: Origin, fields: Readonly<Record<'id' | 'name' | 'level' | 'parent', string>>): string[] {
    // Not a unit at all: kept as given, for the library to say what is wrong with it.
    const at = typeof unit === 'object' && unit !== null && typeof unit.id === 'string' ? this.byId.get(unit.id) : undefined;
    if (at === undefined || typeof unit !== 'object' || unit === null) {
      if (typeof unit === 'object' && unit !== null && typeof unit.id === 'string') this.byId.set(unit.id, this.units.length);
      this.units.push(unit);
      this.origins.push(origin);
      if (nameEn !== undefined && typeof unit === 'object' && unit !== null) this.namesEn.set(unit.id, nameEn);
      return [];
    }
    const before = this.units[at]!;
    const first = this.origins[at]!;
    const problems: string[] = [];
    for (const key of ['name', 'level', 'parent'] as const) {
      if (before[key] !== unit[key]) {
        problems.push(`${where(origin, fields[key])}: ${message(`${key} of unit "${unit.id}"`, `${before[key] === undefined ? 'absent' : `"${before[key]}"`} (as at ${where(first, fields[key])})`, unit[key] ?? '')}`);
      }
    }
    if (nameEn !== undefined && this.namesEn.has(unit.id) && this.namesEn.get(unit.id) !== nameEn) {
      problems.push(`${where(origin, 'name_en')}: ${message(`the English name of unit "${unit.id}"`, `"${this.namesEn.get(unit.id)}"`, nameEn)}`);
    }
    if (nameEn !== undefined && !this.namesEn.has(unit.id)) this.namesEn.set(unit.id, nameEn);
    return problems;
  }
}

function readObservationsCsv(text: string, file: string, book: UnitBook): { observations: Observation[]; origins: Origin[] } {
  const table = readCsv(text, file);
  const problems: string[] = [];
  const col = columnsOf(table, [...OBSERVATION_COLUMNS, ...UNIT_COLUMNS], ['unit', 'indicator', 'period'], problems);
  if (problems.length > 0) throw inputError(problems);
  const column = (field: string) => {
    const i = col.get(field);
    return i === undefined ? undefined : i + 1;
  };
  const observations: Observation[] = [];
  const origins: Origin[] = [];
  for (const { line, cells } of table.rows) {
    const origin: Origin = { kind: 'csv', file, line, column };
    const cell = (name: string) => {
      const i = col.get(name);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const fail = (field: string, expected: string, received: unknown) => problems.push(`${where(origin, field)}: ${message(field, expected, received)}`);
    const o: Record<string, unknown> = { unit: cell('unit'), indicator: cell('indicator') };
    const period = periodCell(cell('period'));
    if (typeof period === 'object') fail('period', period.expected, cell('period'));
    o['period'] = period;
    const given = ['value', 'numerator', 'denominator', 'done', 'rank'].filter((k) => cell(k) !== '');
    const kinds = new Set(given.map((k) => (k === 'denominator' ? 'numerator' : k)));
    if (kinds.size !== 1) {
      const field = given[1] ?? 'value';
      fail(field, 'the only filled cell of value, numerator + denominator, done and rank', given.length === 0 ? '(all empty)' : given.join(' + '));
    } else if (kinds.has('numerator') && given.length !== 2) {
      fail(given.includes('numerator') ? 'denominator' : 'numerator', 'filled when the other of numerator and denominator is', '');
    } else {
      for (const k of given) {
        if (k === 'done') {
          const v = cell(k).toLowerCase();
          if (TRUE.includes(v)) o['done'] = true;
          else if (FALSE.includes(v)) o['done'] = false;
          else fail('done', 'true or false (also 1/0, yes/no, có/không)', cell(k));
        } else {
          const n = parseNumberCell(cell(k), table.delimiter);
          if (typeof n === 'object') fail(k, n.expected, cell(k));
          else o[k] = n;
        }
      }
    }
    for (const k of ['scale', 'source', 'note']) if (cell(k) !== '') o[k] = cell(k);
    observations.push(o as Observation);
    origins.push(origin);
    // The unit's own columns, when the file describes its units.
    const name = cell('unit_name');
    const nameEn = cell('unit_name_en');
    const level = cell('level');
    const parent = cell('parent');
    if (level === '' && (name !== '' || nameEn !== '' || parent !== '')) {
      fail('level', 'filled when unit_name, unit_name_en or parent is (a unit needs its level)', '');
    } else if (level !== '' && cell('unit') !== '') {
      const unit: Unit = { id: cell('unit'), name: name === '' ? cell('unit') : name, level, ...(parent === '' ? {} : { parent }) };
      const unitOrigin: Origin = { ...origin, alias: { id: 'unit', name: 'unit_name', name_en: 'unit_name_en' } };
      problems.push(...book.add(unit, nameEn === '' ? undefined : nameEn, unitOrigin, { id: 'unit', name: 'unit_name', level: 'level', parent: 'parent' }));
    }
  }
  if (problems.length > 0) throw inputError(problems);
  return { observations, origins };
}

function readUnitsCsv(text: string, file: string, book: UnitBook): void {
  const table = readCsv(text, file);
  const problems: string[] = [];
  const col = columnsOf(table, UNITS_FILE_COLUMNS, ['id', 'name', 'level'], problems);
  if (problems.length > 0) throw inputError(problems);
  const column = (field: string) => {
    const i = col.get(field);
    return i === undefined ? undefined : i + 1;
  };
  for (const { line, cells } of table.rows) {
    const cell = (name: string) => {
      const i = col.get(name);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const parent = cell('parent');
    const nameEn = cell('name_en');
    const unit = { id: cell('id'), name: cell('name'), level: cell('level'), ...(parent === '' ? {} : { parent }) };
    problems.push(...book.add(unit, nameEn === '' ? undefined : nameEn, { kind: 'csv', file, line, column }, { id: 'id', name: 'name', level: 'level', parent: 'parent' }));
  }
  if (problems.length > 0) throw inputError(problems);
}

function addJsonUnits(value: unknown, file: string, path: (string | number)[], book: UnitBook): void {
  if (!Array.isArray(value)) throw inputError([`${file}: ${message(formatPath(path) || 'the file', 'an array of units ({ id, name, level, parent? })', value)}`]);
  const problems: string[] = [];
  value.forEach((unit: unknown, i) => {
    problems.push(...book.add(unit as Unit, undefined, { kind: 'json', file, path: [...path, i] }, { id: 'id', name: 'name', level: 'level', parent: 'parent' }));
  });
  if (problems.length > 0) throw inputError(problems);
}

function readJsonData(text: string, file: string, book: UnitBook): { observations: Observation[]; origins: Origin[] } {
  const json = parseJsonFile(text, file);
  let list: unknown;
  let base: (string | number)[];
  if (Array.isArray(json)) {
    list = json;
    base = [];
  } else if (typeof json === 'object' && json !== null && 'observations' in json) {
    const doc = json as Record<string, unknown>;
    list = doc['observations'];
    base = ['observations'];
    if (doc['units'] !== undefined) addJsonUnits(doc['units'], file, ['units'], book);
    // `unitNames: { id: { vi, en } }`, as in examples/data: English display names.
    const names = doc['unitNames'];
    if (typeof names === 'object' && names !== null) {
      for (const [id, name] of Object.entries(names as Record<string, unknown>)) {
        const en = (name as { en?: unknown } | null)?.en;
        if (typeof en === 'string' && en !== '') book.namesEn.set(id, en);
      }
    }
  } else {
    throw inputError([`${file}: ${message('the file', 'an array of observations, or an object with "observations" (and optionally "units")', json)}`]);
  }
  if (!Array.isArray(list)) throw inputError([`${file}: ${message(formatPath(base), 'an array of observations', list)}`]);
  return { observations: list as Observation[], origins: list.map((_, i) => ({ kind: 'json', file, path: [...base, i] }) as const) };
}

const isCsv = (file: string) => /\.(csv|tsv|txt)$/i.test(file);

/**
 * Reads observations from a CSV or JSON file (by extension: `.csv` is CSV, anything else JSON), and
 * units from the same file (CSV columns `unit_name`, `level`, `parent`; JSON `units`) and/or a
 * separate units file (CSV `id,name,level,parent` or a JSON array). Values are parsed (numbers,
 * periods, booleans) but not judged: the library validates them, and `locate` points its issues
 * back into the files.
 *
 * @param file - the observations file
 * @param unitsFile - a units file, if any
 * @returns the observations, the units (if any were described), English names, and `locate`
 * @throws {CliError} an input error (exit 1) with every problem found as `file:line:column (column)`,
 *   or an I/O error (exit 3) for a file that cannot be read
 *
 * @example
 * readData('examples/data/vinh-phuc-2023.csv').units?.map((u) => u.level);
 * //=> ['province', 'district']
 */
export function readData(file: string, unitsFile?: string): DataSet {
  const book = new UnitBook();
  if (unitsFile !== undefined) {
    const text = readText(unitsFile);
    if (isCsv(unitsFile)) readUnitsCsv(text, unitsFile, book);
    else {
      const json = parseJsonFile(text, unitsFile);
      const list = typeof json === 'object' && json !== null && !Array.isArray(json) && 'units' in json ? (json as { units: unknown }).units : json;
      addJsonUnits(list, unitsFile, list === json ? [] : ['units'], book);
    }
  }
  const text = readText(file);
  const { observations, origins } = isCsv(file) ? readObservationsCsv(text, file, book) : readJsonData(text, file, book);
  const locate = (issue: ChisoIssue): string | undefined => {
    const [head, second, third, fourth] = issue.path;
    let origin: Origin | undefined;
    let field: string | undefined;
    if (head === 'observations' && typeof second === 'number') {
      origin = origins[second];
      field = typeof third === 'string' ? third : issue.field;
    } else if (head === 'options' && second === 'units' && typeof third === 'number') {
      origin = book.origins[third];
      field = typeof fourth === 'string' ? fourth : issue.field;
    }
    if (origin === undefined) return undefined;
    if (origin.kind === 'json') {
      const rest = issue.path.slice(head === 'observations' ? 2 : 3);
      return `${origin.file}: ${formatPath([...origin.path, ...rest])}`;
    }
    return where(origin, field);
  };
  return { observations, units: book.units.length > 0 ? book.units : undefined, namesEn: book.namesEn, locate };
}
