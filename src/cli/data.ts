import type { ChisoIssue, Observation, Unit } from '../index';
import { formatPath, formatReceived } from '../_shared/issue';
import { cellLine, parseDateCell, parseNumberCell, scanCsv, type CsvRow, type CsvTable } from './csv';
import { CliError, EXIT, inputError, type Locate } from './errors';
import { parseJsonFile, printable, readText } from './io';
import { TEMPLATE_HEADERS, type TemplateField } from './templateColumns';
import { cellPlace, columnLetters, readXlsxTable, type SheetTable, type TemplateMark } from './xlsx/read';

/** Where a record came from: a CSV row (its line and the file's columns) or a place in a JSON file. */
type Origin =
  | {
      readonly kind: 'csv';
      readonly file: string;
      /** The file's place in the reading order (units file first), for sorting problems. */
      readonly order: number;
      readonly row: CsvRow;
      readonly column: (field: string) => number | undefined;
      /** The sheet, when the table is a workbook's: places are then `file: Sheet1!D7`. */
      readonly sheet?: string;
      /** Column names of the library's fields, where they differ (a unit's `id` is the `unit` column). */
      readonly alias?: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'json'; readonly file: string; readonly order: number; readonly path: readonly (string | number)[] };

/** A problem ready to print, with where it is in the reading order (file, line, column). */
interface Problem {
  readonly text: string;
  readonly key: readonly [number, number, number];
}

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
  /**
   * Every problem of the files together with the library's issues about the rows that did parse, in
   * file order, each line located (`data.csv:4:5 (value): …`) and quoting cells as written. Empty
   * when there is nothing to report. The rows with a problem of their own are not in `observations`.
   */
  readonly report: (issues: readonly ChisoIssue[], fallback: string) => string[];
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
  if (origin.sheet !== undefined) return column === undefined ? `${cellPlace(origin.file, origin.sheet, origin.row.line, 1).replace(/![A-Z]+(\d+)$/, '!$1:$1')}` : `${cellPlace(origin.file, origin.sheet, origin.row.line, column)} (${name})`;
  return column === undefined ? `${origin.file}:${origin.row.line}` : `${origin.file}:${cellLine(origin.row, column - 1)}:${column} (${name})`;
}

/** Sort key of a place: file, then line and column (CSV) or index in the file (JSON). */
function keyOf(origin: Origin, field: string | undefined): readonly [number, number, number] {
  if (origin.kind === 'json') return [origin.order, typeof origin.path[origin.path.length - 1] === 'number' ? (origin.path[origin.path.length - 1] as number) : 0, 0];
  const name = field === undefined ? undefined : (origin.alias?.[field] ?? field);
  const column = name === undefined ? undefined : origin.column(name);
  return column === undefined ? [origin.order, origin.row.line, 0] : [origin.order, cellLine(origin.row, column - 1), column];
}

function message(field: string, expected: string, received: unknown): string {
  return `Expected ${field} to be ${expected} but got "${printable(formatReceived(received))}".`;
}

const byKey = (a: Problem, b: Problem) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2];

/** Reads the header of a CSV: every name known, none twice, the required ones present. */
function columnsOf(table: CsvTable & { readonly sheet?: string }, known: readonly string[], required: readonly string[], problems: string[]): Map<string, number> {
  const index = new Map<string, number>();
  table.header.forEach((raw, i) => {
    const name = normalise(raw);
    const at = table.sheet === undefined ? `${table.file}:${table.headerLine}:${i + 1}` : cellPlace(table.file, table.sheet, table.headerLine, i + 1);
    if (!known.includes(name)) problems.push(`${at}: ${message('the column name', `one of ${known.join(', ')}`, raw)}`);
    else if (index.has(name)) problems.push(`${at}: ${message('the column name', 'used once', raw)}`);
    else index.set(name, i);
  });
  for (const name of required) {
    if (!index.has(name)) problems.push(`${table.sheet === undefined ? `${table.file}:${table.headerLine}` : cellPlace(table.file, table.sheet, table.headerLine, 1).replace(/![A-Z]+(\d+)$/, '!$1:$1')}: Expected the header to have a column "${name}" but got "${printable(formatReceived(table.header.join(table.delimiter)))}".`);
  }
  return index;
}

const TRUE: readonly string[] = ['true', '1', 'yes', 'có', 'x'];
const FALSE: readonly string[] = ['false', '0', 'no', 'không'];

/** A period cell: a year (`2023`), an ISO date (`2023-05-31`) or a Vietnamese date (`31/05/2023`, as Excel in vi-VN rewrites dates). */
function periodCell(text: string): number | string | { expected: string } {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  const day = parseDateCell(t);
  if (typeof day === 'string') return day;
  return { expected: /[-/]/.test(t) ? day.expected : 'a year (2023) or a day (2023-05-31 or 31/05/2023)' };
}

/** The columns that hold numbers in an observations file. */
const NUMBER_COLUMNS = ['value', 'numerator', 'denominator', 'rank'] as const;

/**
 * The decimal mark of a tab-separated file (Excel's "Unicode Text" writes numbers as the locale
 * shows them): a comma when any number cell has one, else a point.
 */
function decimalOf(table: CsvTable, col: ReadonlyMap<string, number>): '.' | ',' {
  if (table.delimiter !== '\t') return table.delimiter === ';' ? ',' : '.';
  const columns = NUMBER_COLUMNS.map((k) => col.get(k)).filter((i) => i !== undefined);
  return table.rows.some((row) => columns.some((i) => (row.cells[i] ?? '').includes(','))) ? ',' : '.';
}

const ALL_GIVEN: readonly ('name' | 'level' | 'parent')[] = ['name', 'level', 'parent'];

class UnitBook {
  readonly units: Unit[] = [];
  readonly origins: Origin[] = [];
  readonly namesEn = new Map<string, string>();
  private readonly byId = new Map<string, number>();
  /** The `unit/field` conflicts already reported: a unit on 60 rows is one mistake, said once. */
  private readonly said = new Set<string>();

  /**
   * Adds a unit, or checks it against the one of that id already read; returns the problems found.
   * `given` lists the fields the source has a column for: a field without one is not given (the
   * unit already read keeps its value), never an empty value to compare.
   */
  add(unit: Unit, nameEn: string | undefined, origin: Origin, fields: Readonly<Record<'id' | 'name' | 'level' | 'parent', string>>, given: readonly ('name' | 'level' | 'parent')[] = ALL_GIVEN): Problem[] {
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
    const problems: Problem[] = [];
    for (const key of ['name', 'level', 'parent'] as const) {
      if (!given.includes(key) || this.said.has(`${unit.id}\u0000${key}`)) continue;
      // A template in English shows the English name (`chiso template --lang en`): that is the unit's too.
      if (before[key] !== unit[key] && !(key === 'name' && unit.name !== undefined && this.namesEn.get(unit.id) === unit.name)) {
        this.said.add(`${unit.id}\u0000${key}`);
        const was = before[key] === undefined ? 'absent' : `"${printable(formatReceived(before[key]))}"`;
        problems.push({ text: `${where(origin, fields[key])}: ${message(`${key} of unit "${printable(unit.id)}"`, `${was} (as at ${where(first, fields[key])})`, unit[key] ?? '')}`, key: keyOf(origin, fields[key]) });
      }
    }
    if (nameEn !== undefined && this.namesEn.has(unit.id) && this.namesEn.get(unit.id) !== nameEn) {
      problems.push({ text: `${where(origin, 'name_en')}: ${message(`the English name of unit "${printable(unit.id)}"`, `"${printable(formatReceived(this.namesEn.get(unit.id)))}"`, nameEn)}`, key: keyOf(origin, 'name_en') });
    }
    if (nameEn !== undefined && !this.namesEn.has(unit.id)) this.namesEn.set(unit.id, nameEn);
    return problems;
  }
}

/** Observations read from a file, where each came from, and the problems of the rows left out. */
interface Read {
  readonly observations: Observation[];
  readonly origins: Origin[];
  readonly problems: Problem[];
}

/** The table's syntax problems, and its header problems; throws when the header cannot be used. */
function tableOf(source: string | SheetTable, file: string, order: number, known: readonly string[], required: readonly string[]): { table: CsvTable & { readonly sheet?: string }; col: Map<string, number>; problems: Problem[] } {
  const table = typeof source === 'string' ? scanCsv(source, file) : source;
  const problems: Problem[] = table.problems.map((p) => ({ text: p.text, key: [order, p.line, p.column] as const }));
  const headerProblems: string[] = [];
  const col = columnsOf(table, known, required, headerProblems);
  // Without its header the rows mean nothing: the header's problems and the syntax problems, now.
  if (headerProblems.length > 0) throw inputError([...headerProblems, ...problems.sort(byKey).map((p) => p.text)]);
  return { table, col, problems };
}

function readObservationsCsv(text: string | SheetTable, file: string, order: number, book: UnitBook): Read {
  const known = typeof text !== 'string' && text.template !== undefined ? [...OBSERVATION_COLUMNS, ...UNIT_COLUMNS, ...TEMPLATE_COLUMNS] : [...OBSERVATION_COLUMNS, ...UNIT_COLUMNS];
  const { table, col, problems } = tableOf(text, file, order, known, ['unit', 'indicator', 'period']);
  const column = (field: string) => {
    const i = col.get(field);
    return i === undefined ? undefined : i + 1;
  };
  const decimal = decimalOf(table, col);
  // A workbook has no separator: a number is a number cell, or text with a decimal point.
  const numberCell = (text: string): number | { expected: string } => {
    const n = parseNumberCell(text, table.delimiter, decimal);
    if (typeof n === 'number' || table.sheet === undefined) return n;
    const bare = n.expected.replace(/ in a ","-separated file$/, '');
    return { expected: bare.startsWith('a number written with a decimal point') ? 'a number cell, or text written with a decimal point (36.18)' : bare };
  };
  const observations: Observation[] = [];
  const origins: Origin[] = [];
  const template = typeof text !== 'string' && text.template !== undefined;
  for (const row of table.rows) {
    const { cells } = row;
    // A template's row left unfilled is a figure not reported yet, not a mistake: only its unit is read.
    const unfilled = template && ['value', 'numerator', 'denominator', 'done', 'rank'].every((k) => (cells[col.get(k) ?? -1] ?? '').trim() === '');
    const origin: Origin = { kind: 'csv', file, order, row, column, ...(table.sheet === undefined ? {} : { sheet: table.sheet }) };
    const cell = (name: string) => {
      const i = col.get(name);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    let bad = false;
    const fail = (field: string, expected: string, received: unknown) => {
      bad = true;
      problems.push({ text: `${where(origin, field)}: ${message(field, expected, received)}`, key: keyOf(origin, field) });
    };
    if (!unfilled) {
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
            const n = numberCell(cell(k));
            if (typeof n === 'object') fail(k, n.expected, cell(k));
            else o[k] = n;
          }
        }
      }
      for (const k of ['scale', 'source', 'note']) if (cell(k) !== '') o[k] = cell(k);
      // A row with a problem of its own is reported, and left out of what the library judges.
      if (!bad) {
        observations.push(o as Observation);
        origins.push(origin);
      }
    }
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
      // A column the file does not have says nothing of the unit (a template has no parent column):
      // only the columns that are there are checked against a units file.
      const given = (['name', 'level', 'parent'] as const).filter((k) => col.has(k === 'name' ? 'unit_name' : k));
      problems.push(...book.add(unit, nameEn === '' ? undefined : nameEn, unitOrigin, { id: 'unit', name: 'unit_name', level: 'level', parent: 'parent' }, given));
    }
  }
  return { observations, origins, problems };
}

function readUnitsCsv(text: string | SheetTable, file: string, order: number, book: UnitBook): Problem[] {
  const { table, col, problems } = tableOf(text, file, order, UNITS_FILE_COLUMNS, ['id', 'name', 'level']);
  const column = (field: string) => {
    const i = col.get(field);
    return i === undefined ? undefined : i + 1;
  };
  for (const row of table.rows) {
    const cell = (name: string) => {
      const i = col.get(name);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const parent = cell('parent');
    const nameEn = cell('name_en');
    const unit = { id: cell('id'), name: cell('name'), level: cell('level'), ...(parent === '' ? {} : { parent }) };
    problems.push(...book.add(unit, nameEn === '' ? undefined : nameEn, { kind: 'csv', file, order, row, column, ...(table.sheet === undefined ? {} : { sheet: table.sheet }) }, { id: 'id', name: 'name', level: 'level', parent: 'parent' }));
  }
  return problems;
}

function addJsonUnits(value: unknown, file: string, order: number, path: (string | number)[], book: UnitBook): Problem[] {
  if (!Array.isArray(value)) throw inputError([`${file}: ${message(formatPath(path) || 'the file', 'an array of units ({ id, name, level, parent? })', value)}`]);
  const problems: Problem[] = [];
  value.forEach((unit: unknown, i) => {
    problems.push(...book.add(unit as Unit, undefined, { kind: 'json', file, order, path: [...path, i] }, { id: 'id', name: 'name', level: 'level', parent: 'parent' }));
  });
  return problems;
}

function readJsonData(text: string, file: string, order: number, book: UnitBook): Read {
  const json = parseJsonFile(text, file);
  let list: unknown;
  let base: (string | number)[];
  const problems: Problem[] = [];
  if (Array.isArray(json)) {
    list = json;
    base = [];
  } else if (typeof json === 'object' && json !== null && 'observations' in json) {
    const doc = json as Record<string, unknown>;
    list = doc['observations'];
    base = ['observations'];
    if (doc['units'] !== undefined) problems.push(...addJsonUnits(doc['units'], file, order, ['units'], book));
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
  return { observations: list as Observation[], origins: list.map((_, i) => ({ kind: 'json', file, order, path: [...base, i] }) as const), problems };
}

const isCsv = (file: string) => /\.(csv|tsv|txt)$/i.test(file);
const isXlsx = (file: string) => /\.(xlsx|xlsm)$/i.test(file);

/**
 * The columns of a chiso template (`chiso template`) that are there to be read by people, not by
 * chiso: the indicator's name, the target's wording, its deadline, the measure's unit.
 */
const TEMPLATE_COLUMNS = ['indicator_name', 'target', 'deadline', 'measure'] as const;

/** What a data file must have been made for, when it is a template: the catalog's id and version. */
export interface Expected {
  readonly catalog: string;
  readonly version: string;
  /** The `--catalog` the user gave (a name or a file), for the command that makes a new template. */
  readonly given?: string;
}

/**
 * Reads observations and units as {@link readData} does, and also from Excel workbooks (`.xlsx`,
 * by extension): a sheet with the CSV's header row, or a filled `chiso template` (its columns
 * known by the workbook's mark, which must name `expected`'s catalog and version). Cells are read
 * by `readXlsxTable`: numbers as shown, date cells as days, formulas as their stored values (said
 * on `notes`), every problem of a cell located as `file: Sheet1!D7 (value)`.
 *
 * @param file - the observations file
 * @param unitsFile - a units file, if any
 * @param options - the sheet to read (`--sheet`), the catalog a template must be for, and where notes go
 * @returns the data set, as {@link readData} returns it: at once for CSV and JSON, a promise of it
 *   when a file is a workbook
 * @throws {CliError} as {@link readData}; an input error (exit 1) for a workbook that cannot be read,
 *   lacks the sheet, or is a template for another catalog or version
 *
 * @example
 * (await loadData('examples/data/vinh-phuc-2023.csv')).observations.length;
 * //=> 2
 */
export function loadData(file: string, unitsFile?: string, options: { readonly sheet?: string; readonly expected?: Expected; readonly note?: (text: string) => void } = {}): DataSet | Promise<DataSet> {
  // CSV and JSON stay synchronous: only a workbook makes the read (and the command) asynchronous.
  if (!isXlsx(file) && (unitsFile === undefined || !isXlsx(unitsFile))) return assemble(file, unitsFile, new Map());
  return loadWorkbooks(file, unitsFile, options);
}

async function loadWorkbooks(file: string, unitsFile: string | undefined, options: { readonly sheet?: string; readonly expected?: Expected; readonly note?: (text: string) => void }): Promise<DataSet> {
  const sheets = new Map<string, SheetTable>();
  for (const [name, sheet] of [[unitsFile, undefined], [file, options.sheet]] as const) {
    if (name === undefined || !isXlsx(name)) continue;
    const table = await readXlsxTable(name, sheet);
    const mark = table.template;
    if (mark !== undefined && options.expected !== undefined && (mark.catalog !== options.expected.catalog || mark.version !== options.expected.version)) {
      throw inputError([
        `${name}: a template made for catalog "${printable(mark.catalog)}" version ${printable(mark.version)}, not for "${options.expected.catalog}" version ${options.expected.version}: make a new one with \`chiso template --catalog ${printable(shellWord(options.expected.given ?? options.expected.catalog))}\` (or give the catalog it was made for)`,
      ]);
    }
    if (mark !== undefined && table.sheet === mark.sheet) {
      checkTemplate(table, mark, name);
      // The template's headers are for people (vi or en): its mark says which field each column holds.
      sheets.set(name, { ...table, header: table.header.map((h, i) => mark.columns[i] ?? h) });
    } else sheets.set(name, table);
    for (const note of table.notes) options.note?.(`note: ${printable(note)}\n`);
  }
  return assemble(file, unitsFile, sheets);
}

/** A word of a command line as a shell takes it: quoted when it has anything but safe characters. */
function shellWord(word: string): string {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The checks of a filled template before its columns are read by position: its header row must be
 * the one the template wrote (a column deleted, inserted or moved would put figures under another
 * field), and every row's unit one the template was made for (a typed-over or added unit id would
 * be a new unit). All problems of a kind at once; the header first, since the rest reads through it.
 */
function checkTemplate(table: SheetTable, mark: TemplateMark, file: string): void {
  const lang = mark.lang === 'en' ? 'en' : 'vi';
  const known = (field: string | undefined): field is TemplateField => field !== undefined && Object.hasOwn(TEMPLATE_HEADERS, field);
  const headerOf = (field: TemplateField) => TEMPLATE_HEADERS[field][lang];
  const headerProblems: string[] = [];
  const width = Math.max(table.header.length, mark.columns.length);
  for (let i = 0; i < width; i++) {
    const field = mark.columns[i];
    const got = (table.header[i] ?? '').trim();
    const at = cellPlace(file, table.sheet, table.headerLine, i + 1);
    const letter = columnLetters(i + 1);
    if (field === undefined) {
      headerProblems.push(`${at}: Expected no column ${letter} (the template's columns end at ${columnLetters(mark.columns.length)}) but got "${printable(got)}": a column was added or moved`);
      continue;
    }
    // A field the mark names but this chiso does not know: its header is not checked.
    if (!known(field)) continue;
    const texts = [TEMPLATE_HEADERS[field].vi, TEMPLATE_HEADERS[field].en];
    if (texts.includes(got)) continue;
    const elsewhere = mark.columns.findIndex((f) => known(f) && (TEMPLATE_HEADERS[f].vi === got || TEMPLATE_HEADERS[f].en === got));
    const why = got === '' ? 'a column was deleted or inserted, or its header cleared' : elsewhere >= 0 ? `the template's column ${columnLetters(elsewhere + 1)}: a column was deleted, inserted or moved` : 'a column was inserted or its header changed';
    headerProblems.push(`${at}: Expected column ${letter} to be "${headerOf(field)}" (${field}) but got "${printable(got)}" (${why})`);
  }
  if (headerProblems.length > 0) {
    throw inputError([...headerProblems, `${file}: the template's columns are read by position: put them back as the template wrote them (${mark.columns.map((f, i) => `${columnLetters(i + 1)} "${known(f) ? headerOf(f) : f}"`).join(', ')}), or copy the figures into a new template`]);
  }
  if (mark.units === undefined) return;
  const units = new Set(mark.units);
  const column = mark.columns.indexOf('unit');
  if (column < 0) return;
  const shown = mark.units.slice(0, 5).map((id) => `"${printable(id)}"`).join(', ') + (mark.units.length > 5 ? `, … (${mark.units.length} in all)` : '');
  const unitProblems = table.rows
    .filter((row) => !units.has((row.cells[column] ?? '').trim()))
    .map((row) => `${cellPlace(file, table.sheet, row.line, column + 1)}: "${printable((row.cells[column] ?? '').trim())}" is not a unit of this template (it was made for ${shown}): put back the id the row had, or make a new template with \`--units\` for a new unit`);
  if (unitProblems.length > 0) throw inputError(unitProblems);
}

/**
 * Reads a units file alone (CSV \`id,name,name_en,level,parent\`, a JSON array, or a sheet of an
 * .xlsx workbook with that header), for commands that need units but no observations.
 *
 * @param file - the units file
 * @returns the units, and their English names by id (a promise of them for a workbook)
 * @throws {CliError} an input error (exit 1) listing every problem, or an I/O error (exit 3)
 *
 * @example
 * (loadUnits('test/cli/fixtures/rollup-units.csv') as { units: { id: string }[] }).units.length > 0;
 * //=> true
 */
export function loadUnits(file: string): { units: Unit[]; namesEn: ReadonlyMap<string, string> } | Promise<{ units: Unit[]; namesEn: ReadonlyMap<string, string> }> {
  const read = (sheet: SheetTable | undefined) => {
    const book = new UnitBook();
    let problems: Problem[];
    if (sheet !== undefined) problems = readUnitsCsv(sheet, file, 0, book);
    else {
      const text = readText(file);
      if (isCsv(file)) problems = readUnitsCsv(text, file, 0, book);
      else {
        const json = parseJsonFile(text, file);
        const list = typeof json === 'object' && json !== null && !Array.isArray(json) && 'units' in json ? (json as { units: unknown }).units : json;
        problems = addJsonUnits(list, file, 0, list === json ? [] : ['units'], book);
      }
    }
    if (problems.length > 0) throw inputError(problems.sort(byKey).map((p) => printable(p.text)));
    return { units: book.units, namesEn: book.namesEn };
  };
  return isXlsx(file) ? readXlsxTable(file).then(read) : read(undefined);
}

/**
 * Reads observations from a CSV or JSON file (by extension: `.csv`, `.tsv` and `.txt` are CSV, with
 * `,`, `;` or tab between fields; anything else JSON), and units from the same file (CSV columns
 * `unit_name`, `level`, `parent`; JSON `units`) and/or a separate units file (CSV
 * `id,name,level,parent` or a JSON array). Files are decoded by `readText` (UTF-8, or UTF-16 with its
 * byte-order mark). Values are parsed (numbers, periods, booleans) but not judged: the library
 * validates them. A row with a problem of its own is left out of `observations`, and its problem
 * waits in `report`, to be listed with the library's issues about the other rows: a caller must
 * end with `report` (as `withData` does), or those problems would go unsaid.
 *
 * @param file - the observations file
 * @param unitsFile - a units file, if any
 * @returns the observations, the units (if any were described), English names, `locate` and `report`
 * @throws {CliError} an input error (exit 1) when a file cannot be read as a table (a header that
 *   does not parse or lacks a column, JSON that is not an array), or an I/O error (exit 3) for a
 *   file that cannot be read
 *
 * @example
 * readData('examples/data/vinh-phuc-2023.csv').units?.map((u) => u.level);
 * //=> ['province', 'district']
 */
export function readData(file: string, unitsFile?: string): DataSet {
  if (isXlsx(file) || (unitsFile !== undefined && isXlsx(unitsFile))) throw inputError([`${isXlsx(file) ? file : unitsFile}: a workbook is read by loadData (it reads asynchronously)`]);
  return assemble(file, unitsFile, new Map());
}

/** {@link readData} on files whose workbooks are already read into tables. */
function assemble(file: string, unitsFile: string | undefined, sheets: ReadonlyMap<string, SheetTable>): DataSet {
  const book = new UnitBook();
  const problems: Problem[] = [];
  const unitsSheet = unitsFile === undefined ? undefined : sheets.get(unitsFile);
  if (unitsFile !== undefined && unitsSheet !== undefined) {
    problems.push(...readUnitsCsv(unitsSheet, unitsFile, 0, book));
  } else if (unitsFile !== undefined) {
    const text = readText(unitsFile);
    if (isCsv(unitsFile)) problems.push(...readUnitsCsv(text, unitsFile, 0, book));
    else {
      const json = parseJsonFile(text, unitsFile);
      const list = typeof json === 'object' && json !== null && !Array.isArray(json) && 'units' in json ? (json as { units: unknown }).units : json;
      problems.push(...addJsonUnits(list, unitsFile, 0, list === json ? [] : ['units'], book));
    }
  }
  const sheet = sheets.get(file);
  let read: Read;
  try {
    if (sheet !== undefined) read = readObservationsCsv(sheet, file, 1, book);
    else {
      const text = readText(file);
      read = isCsv(file) ? readObservationsCsv(text, file, 1, book) : readJsonData(text, file, 1, book);
    }
  } catch (error) {
    // The data file cannot be read as a table: still, every problem of the units file with it.
    if (error instanceof CliError && error.exitCode === EXIT.input && problems.length > 0) throw inputError([...problems.sort(byKey).map((p) => printable(p.text)), ...error.lines]);
    throw error;
  }
  const { observations, origins } = read;
  problems.push(...read.problems);
  /** The origin, the field and the value read of an issue's record, when it is one of the files'. */
  const placeOf = (issue: ChisoIssue): { origin: Origin; field: string | undefined; value: unknown } | undefined => {
    const [head, second, third, fourth] = issue.path;
    if (head === 'observations' && typeof second === 'number') {
      const origin = origins[second];
      const field = typeof third === 'string' ? third : issue.field;
      const record = observations[second] as unknown as Record<string, unknown> | undefined;
      return origin === undefined ? undefined : { origin, field, value: field === undefined ? undefined : record?.[field] };
    }
    if (head === 'options' && second === 'units' && typeof third === 'number') {
      const origin = book.origins[third];
      const field = typeof fourth === 'string' ? fourth : issue.field;
      const record = book.units[third] as unknown as Record<string, unknown> | undefined;
      return origin === undefined ? undefined : { origin, field, value: field === undefined ? undefined : record?.[field] };
    }
    return undefined;
  };
  const locate = (issue: ChisoIssue): string | undefined => {
    const place = placeOf(issue);
    if (place === undefined) return undefined;
    const { origin, field } = place;
    if (origin.kind === 'json') {
      const rest = issue.path.slice(issue.path[0] === 'observations' ? 2 : 3);
      return `${origin.file}: ${formatPath([...origin.path, ...rest])}`;
    }
    return where(origin, field);
  };
  /** The issue's message, quoting the cell as the user wrote it when the library quotes the value read from it. */
  const asWritten = (issue: ChisoIssue): string => {
    const place = placeOf(issue);
    if (place === undefined || place.origin.kind !== 'csv' || place.field === undefined) return issue.message;
    const { origin, field, value } = place;
    const column = origin.column(origin.alias?.[field] ?? field);
    const written = column === undefined ? undefined : origin.row.cells[column - 1]?.trim();
    const tail = `but got "${issue.received}".`;
    if (written === undefined || value === undefined || formatReceived(value) !== issue.received || !issue.message.endsWith(tail)) return issue.message;
    return `${issue.message.slice(0, -tail.length)}but got "${formatReceived(written)}".`;
  };
  const report = (issues: readonly ChisoIssue[], fallback: string): string[] => {
    const all: Problem[] = [...problems];
    // Issues the files cannot place come last, in the library's order.
    issues.forEach((issue, i) => {
      const place = placeOf(issue);
      const at = locate(issue) ?? `${fallback}: ${formatPath(issue.path) || '(root)'}`;
      all.push({ text: `${at}: ${asWritten(issue)}`, key: place === undefined ? [2, i, 0] : keyOf(place.origin, place.field) });
    });
    return all.sort(byKey).map((p) => printable(p.text));
  };
  return { observations, units: book.units.length > 0 ? book.units : undefined, namesEn: book.namesEn, locate, report };
}
