// @zone-independent: option parsing and writers with a fixed --as-of; the CLI's date handling runs in every zone in test/cli/dates.test.ts.
// Hardening II (issue 13), the command-line part: what a hostile or careless user of `chiso` found.
// Items 5 (decimal commas with `;`), 6 (zero-padded item numbers), 14 (built-ins by own key only),
// 20 (empty, repeated and self-overwriting options, `--out -`, `-o=x`, years 0001–0099, a unit called
// `__proto__`) and the invented period in `chiso deadlines --help`. The CLI runs in-process (`main`),
// so the property tests can afford many runs; test/cli/*.test.ts run the built binary.
import fc from 'fast-check';
import { existsSync, linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNumberCell, readCsv } from '../../src/cli/csv';
import { deadlinesHelp } from '../../src/cli/deadlines';
import { main } from '../../src/cli/main';
import { progressHelp } from '../../src/cli/progress';
import { rankHelp } from '../../src/cli/rank';
import { schemaHelp } from '../../src/cli/schema';
import { scorecardHelp } from '../../src/cli/scorecard';
import { templateHelp } from '../../src/cli/template';
import { calendarHelp } from '../../src/cli/calendar';
import { initHelp } from '../../src/cli/init';
import { renderTable, type ReportTable as Table, type TableCell as Cell } from '../../src/report/renderTable';
import { validateHelp } from '../../src/cli/validate';
import { catalogs, evaluate, registers, renderScorecard } from '../../src/index';
import { runs } from '../fuzz/harness';
import { root } from './run';

const CSV_DATA = join(root, 'examples/data/vinh-phuc-2023.csv');
const JSON_DATA = join(root, 'examples/data/vinh-phuc-2023.json');
const eval2023 = ['--catalog', 'vinh-phuc-302', '--data', CSV_DATA, '--as-of', '2023-05-31'];
const BUILT_IN_NAMES = ['vinh-phuc-302', 'tuyen-quang-154', 'dien-bien'];
const COMMANDS = ['scorecard', 'rank', 'progress', 'deadlines', 'validate', 'schema', 'template', 'init', 'units', 'calendar'];

interface Run {
  readonly code: unknown;
  readonly stdout: string;
  readonly stderr: string;
}

/** `chiso …argv`, in this process. */
function chiso(...argv: string[]): Run {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), today: '2026-01-01' }, 'test');
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'chiso-hardening-'));

/** Text cells a CSV writer guards against formula injection come back with a leading `'`. */
const guarded = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** The names on Object.prototype and Function.prototype: what a plain-object lookup finds by accident. */
const PROTOTYPE_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype), '__proto__', 'prototype'])];

// ---------------------------------------------------------------------------------------------
// 5. `--separator ";"` writes decimal commas, and every writer reads back to the same values.
// ---------------------------------------------------------------------------------------------

describe('5. CSV with ";" has decimal commas, and reads back through the CLI reader to the same values', () => {
  it('renderScorecard: 36.185 against "≥ 80" is written 36,185, gap 43,815, attainment 0,4523125 with ";" (36.185 etc. with ",")', () => {
    const card = evaluate(catalogs.vinhPhuc302, [{ unit: 'p', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 36.185 }], {
      asOf: '2023-05-31',
      units: [{ id: 'p', name: 'P', level: 'province' }],
    });
    const row = (separator: ',' | ';') =>
      renderScorecard(card, { format: 'csv', separator, catalog: catalogs.vinhPhuc302, units: [{ id: 'p', name: 'P' }] })
        .split('\r\n')
        .find((l) => l.includes('2025-12-31') && l.includes('36'));
    // 80 − 36.185 = 43.815; 36.185 / 80 = 0.4523125 (both exact in decimal).
    expect(row(';')).toBe('P;Cấp tỉnh;Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến;Tối thiểu 80% (≥ 80);2025-12-31;36,185;Chưa đạt;43,815;0,4523125');
    expect(row(',')).toBe('P,Cấp tỉnh,Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến,Tối thiểu 80% (≥ 80),2025-12-31,36.185,Chưa đạt,43.815,0.4523125');
  });

  it('chiso rank --separator ";": 98.765 is written 98,765 and the CLI reader reads 98.765 back (not 98765)', () => {
    const dir = tmp();
    const data = join(dir, 'd.csv');
    writeFileSync(data, 'unit,unit_name,level,indicator,period,value\nd,Huyện D,district,tthc-dossiers-fully-online,2023-05-31,98.765\n');
    const r = chiso('rank', '--catalog', 'vinh-phuc-302', '--data', data, '--as-of', '2023-05-31', '--by', 'tthc-dossiers-fully-online', '--format', 'csv', '--separator', ';');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toBe('1;Huyện D;d;Cấp huyện;98,765;2023-05-31');
    const back = readCsv(r.stdout, 'out.csv');
    expect(back.delimiter).toBe(';');
    expect(parseNumberCell(back.rows[0]!.cells[4]!, back.delimiter)).toBe(98.765);
  });

  it('renderTable: numbers, and exact decimals kept as text in a numeric column, take the decimal comma with ";"', () => {
    const table: Table = { caption: 'T', columns: [{ key: 'a', label: 'A', numeric: true }, { key: 'b', label: 'B', numeric: true }, { key: 'c', label: 'C' }], rows: [{ a: -1132.4, b: '850.125', c: '850.125' }] };
    expect(renderTable(table, { format: 'csv', lang: 'vi', separator: ';' })).toBe('A;B;C\r\n-1132,4;850,125;850.125\r\n');
    expect(renderTable(table, { format: 'csv', lang: 'vi', separator: ',' })).toBe('A,B,C\r\n-1132.4,850.125,850.125\r\n');
  });

  // Cells a table may hold: numbers of every size and sign, text with separators, quotes, line
  // breaks, formula starts and spaces, booleans and nothing.
  const text = fc.oneof(
    fc.constantFrom('', ' ', 'a b', 'x;y', 'x,y', 'say "hi"', 'two\r\nlines', 'two\nlines', '=1+1', '-5', '+5', '@x', '\tt', '36,18', '36.18', '1.132,4', 'Đạt', '—', '2025-12-31'),
    fc.string({ maxLength: 12 }),
  );
  const number = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
    fc.constantFrom(0, -0, 98.765, 0.1 + 0.2, 1e-7, 1e21, -1e21, Number.MAX_SAFE_INTEGER, 5e-324, 1.7976931348623157e308),
  );
  const decimalText = fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.nat(999)).map(([i, f]) => (f === 0 ? String(i) : `${i}.${String(f).padStart(3, '0').replace(/0+$/, '')}`));
  const label = fc.string({ maxLength: 10 }).filter((s) => !/[\r\n]/.test(s) && !/^sep=/i.test(s));
  const tableArb = fc.integer({ min: 2, max: 5 }).chain((n) =>
    fc.record({
      columns: fc.array(fc.record({ label, numeric: fc.boolean() }), { minLength: n, maxLength: n }),
      rows: fc.array(
        fc.array(fc.oneof(number, text, fc.boolean(), fc.constant(null), decimalText), { minLength: n, maxLength: n }),
        { maxLength: 6 },
      ),
    }),
  );

  it('property: every renderTable CSV (separators × languages × BOM) reads back with readCsv / parseNumberCell to the values written', () => {
    fc.assert(
      fc.property(tableArb, fc.constantFrom(',', ';'), fc.constantFrom('vi', 'en'), fc.boolean(), ({ columns, rows }, separator, lang, bom) => {
        const table: Table = {
          caption: 'T',
          columns: columns.map((c, i) => ({ key: `k${i}`, label: c.label, numeric: c.numeric })),
          rows: rows.map((cells) => Object.fromEntries(cells.map((cell, i) => [`k${i}`, cell as Cell]))),
        };
        const csv = renderTable(table, { format: 'csv', lang, separator, bom });
        const back = readCsv(csv, 'out.csv');
        expect(back.delimiter).toBe(separator);
        expect(back.header).toEqual(columns.map((c) => guarded(c.label).trim()));
        expect(back.rows).toHaveLength(rows.length);
        rows.forEach((cells, r) => {
          cells.forEach((cell, c) => {
            const got = back.rows[r]!.cells[c]!;
            if (cell === null) expect(got).toBe('');
            else if (typeof cell === 'boolean') expect(got).toBe(String(cell));
            else if (typeof cell === 'number') expect(parseNumberCell(got, back.delimiter)).toBe(cell === 0 ? 0 : cell);
            else if (columns[c]!.numeric && /^-?\d+(?:\.\d+)?$/.test(cell)) expect(parseNumberCell(got, back.delimiter)).toBe(Number(cell));
            else expect(got).toBe(guarded(cell));
          });
        });
      }),
      { numRuns: runs(300) },
    );
  });

  const percentIndicators = catalogs.vinhPhuc302.indicators.filter((i) => i.measure === 'percent').map((i) => i.id);
  const thousandths = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000);

  it('property: every renderScorecard CSV (separators × languages × BOM) reads back to the scorecard\'s values, deadlines and names', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom(...percentIndicators), fc.constantFrom('p', 'd')), { minLength: 1, maxLength: 6, selector: ([i, u]) => `${i}|${u}` }),
        fc.array(thousandths, { minLength: 6, maxLength: 6 }),
        fc.constantFrom(',', ';'),
        fc.constantFrom('vi', 'en'),
        fc.boolean(),
        (pairs, values, separator, lang, bom) => {
          const units = [{ id: 'p', name: 'Tỉnh; "P"', level: 'province' }, { id: 'd', name: '=Huyện, D', level: 'district' }];
          const card = evaluate(catalogs.vinhPhuc302, pairs.map(([indicator, unit], i) => ({ unit, indicator, period: 2023, value: values[i]! })), { asOf: '2024-01-01', units });
          const csv = renderScorecard(card, { format: 'csv', separator, lang, bom, units, catalog: catalogs.vinhPhuc302 });
          const back = readCsv(csv, 'out.csv');
          expect(back.delimiter).toBe(separator);
          expect(back.rows).toHaveLength(card.rows.length);
          const num = (cell: string) => (cell === '' ? null : parseNumberCell(cell, back.delimiter));
          card.rows.forEach((row, i) => {
            const cells = back.rows[i]!.cells;
            expect(cells[0]).toBe(guarded(units.find((u) => u.id === row.unit)!.name));
            expect(cells[4]).toBe(row.deadline ?? '');
            expect(num(cells[5]!)).toBe(row.value);
            expect(num(cells[7]!)).toBe(row.gap);
            expect(num(cells[8]!)).toBe(row.attainment);
          });
        },
      ),
      { numRuns: runs(60) },
    );
  });

  /** Reads a CLI table's CSV and checks it against the same command's JSON, cell by cell. */
  function sameAsJson(csv: string, json: string): void {
    const doc = JSON.parse(json) as { columns: { key: string; label: string; numeric?: boolean }[]; rows: Record<string, Cell>[] };
    const back = readCsv(csv, 'out.csv');
    expect(back.header).toEqual(doc.columns.map((c) => guarded(c.label).trim()));
    expect(back.rows).toHaveLength(doc.rows.length);
    doc.rows.forEach((row, r) => {
      doc.columns.forEach((column, c) => {
        const got = back.rows[r]!.cells[c]!;
        const want = row[column.key] ?? null;
        if (want === null) expect(got).toBe('');
        else if (typeof want === 'number') expect(parseNumberCell(got, back.delimiter), `${column.key}: ${got}`).toBe(want);
        else if (typeof want === 'boolean') expect(got).toBe(String(want));
        else if (column.numeric === true && /^-?\d+(?:\.\d+)?$/.test(want)) expect(parseNumberCell(got, back.delimiter)).toBe(Number(want));
        else expect(got).toBe(guarded(want));
      });
    });
  }

  it('property: each command\'s --format csv (both separators, both languages) reads back to the values of its --format json', () => {
    fc.assert(
      fc.property(fc.array(thousandths, { minLength: 4, maxLength: 4 }), fc.constantFrom(',', ';'), fc.constantFrom('vi', 'en'), (values, separator, lang) => {
        const dir = tmp();
        const data = join(dir, 'd.csv');
        // Two years of figures for a province and a district (invented), so progress has a trend.
        writeFileSync(
          data,
          [
            'unit,unit_name,level,indicator,period,value',
            `p,Tỉnh P,province,tthc-dossiers-fully-online,2022,${values[0]}`,
            `p,Tỉnh P,province,tthc-dossiers-fully-online,2023,${values[1]}`,
            `d,Huyện D,district,tthc-dossiers-fully-online,2022,${values[2]}`,
            `d,Huyện D,district,tthc-dossiers-fully-online,2023,${values[3]}`,
            '',
          ].join('\n'),
        );
        const common = ['--catalog', 'vinh-phuc-302', '--data', data, '--as-of', '2024-01-01', '--lang', lang];
        for (const args of [['rank', ...common], ['rank', ...common, '--by', 'tthc-dossiers-fully-online'], ['progress', ...common], ['progress', ...common, '--method', 'linear'], ['deadlines', '--as-of', '2024-01-01', '--lang', lang]]) {
          const csv = chiso(...args, '--format', 'csv', '--separator', separator);
          const json = chiso(...args, '--format', 'json');
          expect([csv.code, json.code], `${args.join(' ')}\n${csv.stderr}${json.stderr}`).toEqual([0, 0]);
          sameAsJson(csv.stdout, json.stdout);
        }
        const csv = chiso('scorecard', ...common, '--format', 'csv', '--separator', separator);
        const json = JSON.parse(chiso('scorecard', ...common, '--format', 'json').stdout) as { rows: Record<string, Cell>[] };
        const back = readCsv(csv.stdout, 'out.csv');
        expect(back.rows).toHaveLength(json.rows.length);
        json.rows.forEach((row, i) => {
          const cells = back.rows[i]!.cells;
          const num = (cell: string) => (cell === '' ? null : parseNumberCell(cell, back.delimiter));
          expect([cells[0], cells[4], num(cells[5]!), num(cells[7]!), num(cells[8]!)]).toEqual([row['unit'], row['deadline'] ?? '', row['value'], row['gap'], row['attainment']]);
        });
      }),
      { numRuns: runs(15) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 6. `deadlines --completed`: `03` is item 3, and `3` with `03` is the same item twice.
// ---------------------------------------------------------------------------------------------

describe('6. deadlines --completed reads item numbers as numbers', () => {
  const completed = (text: string) => {
    const file = join(tmp(), 'completed.csv');
    writeFileSync(file, text);
    return chiso('deadlines', '--register', 'tasks', '--as-of', '2023-06-30', '--completed', file, '--format', 'json');
  };
  const statusOf = (r: Run, no: number) => (JSON.parse(r.stdout) as { rows: { no: number; status: string }[] }).rows.find((row) => row.no === no)?.status;

  it('"03" is task 3: done on 15/12/2021, within its period "2021" → done-on-time (it was overdue, the line ignored)', () => {
    expect(registers.vinhPhuc302.tasks.find((t) => t.no === 3)?.period).toBe('2021');
    const r = completed('register,no,completed\ntasks,03,15/12/2021\n');
    expect(r.code).toBe(0);
    expect(statusOf(r, 3)).toBe('done-on-time');
  });

  it('"3" and "03" in one file are task 3 twice: an error at the second', () => {
    const r = completed('register,no,completed\ntasks,3,15/12/2021\ntasks,03,16/12/2021\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/completed\.csv:3:2 \(no\): Expected no to be an item not given before \(tasks 3 is at line 2\) but got "03"\.\n$/);
  });

  it('property: any zero-padding of an item number is that item, and two spellings of one number are a duplicate', () => {
    const tasks = registers.vinhPhuc302.tasks.map((t) => t.no);
    const noFixedDeadline = chiso('deadlines', '--register', 'tasks', '--as-of', '2023-06-30', '--format', 'json');
    fc.assert(
      fc.property(fc.constantFrom(...tasks), fc.nat(4), fc.nat(4), (no, padA, padB) => {
        const a = `${'0'.repeat(padA)}${no}`;
        const b = `${'0'.repeat(padB)}${no}`;
        const once = completed(`register,no,completed\ntasks,${a},2021-06-01\n`);
        expect(once.code).toBe(0);
        // The same report as with the number written plainly; a task with a fixed deadline is done.
        expect(once.stdout).toBe(completed(`register,no,completed\ntasks,${no},2021-06-01\n`).stdout);
        if (statusOf(noFixedDeadline, no) !== 'no-fixed-deadline') expect(statusOf(once, no)).toMatch(/^done-/);
        const twice = completed(`register,no,completed\ntasks,${a},2021-06-01\ntasks,${b},2021-06-02\n`);
        expect(twice.code).toBe(1);
        expect(twice.stderr).toContain(`(tasks ${no} is at line 2) but got "${b}"`);
      }),
      { numRuns: runs(30) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 14. Built-ins by own key only: `--catalog __proto__` is an unknown catalog (exit 2).
// ---------------------------------------------------------------------------------------------

describe('14. built-in names are looked up by own key only', () => {
  const unknownCatalog = (name: string) => `error: unknown catalog "${name}": --catalog takes a built-in catalog (${BUILT_IN_NAMES.join(', ')}) or a catalog file (.json)`;

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('--catalog %s → exit 2, "unknown catalog" and the built-in names', (name) => {
    const r = chiso('scorecard', '--catalog', name, '--data', CSV_DATA);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(unknownCatalog(name));
  });

  it('property: every string that is not a built-in name (nor a path) is an unknown catalog, for every evaluating command', () => {
    const name = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ minLength: 1, maxLength: 16 })).filter((s) => !BUILT_IN_NAMES.includes(s) && !/[/\\]|\.json$/i.test(s));
    fc.assert(
      fc.property(name, fc.constantFrom('scorecard', 'rank', 'progress'), (spec, command) => {
        const r = chiso(command, `--catalog=${spec}`, '--data', CSV_DATA);
        expect(r.code).toBe(2);
        expect(r.stderr.split('\n')[0]).toBe(unknownCatalog(spec));
      }),
      { numRuns: runs(300) },
    );
  });

  it('property: every string that is not a command is an unknown command, run or asked about (`chiso help x`)', () => {
    const name = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ minLength: 1, maxLength: 12 })).filter((s) => !COMMANDS.includes(s) && !s.startsWith('-') && s !== 'help');
    fc.assert(
      fc.property(name, (command) => {
        for (const argv of [[command], ['help', command], ['--help', command]]) {
          const r = chiso(...argv);
          expect(r.code, argv.join(' ')).toBe(2);
          expect(r.stderr.split('\n')[0]).toBe(`error: unknown command "${command}"; commands: ${COMMANDS.join(', ')}`);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('property: every word option (format, lang, ties, order, method, sort, register, plan, separator, status) rejects any other word, Object.prototype\'s names included', () => {
    const cases: [string[], string, string[]][] = [
      [['scorecard', ...eval2023], 'format', ['md', 'markdown', 'csv', 'html', 'json']],
      [['scorecard', ...eval2023], 'lang', ['vi', 'en']],
      [['scorecard', ...eval2023], 'sort', ['scorecard', 'name']],
      [['rank', ...eval2023], 'ties', ['competition', 'dense', 'ordinal', 'fractional']],
      [['rank', ...eval2023], 'order', ['desc', 'asc']],
      [['progress', ...eval2023], 'method', ['compound', 'linear']],
      [['deadlines'], 'register', ['tasks', 'projects', 'all']],
      [['deadlines'], 'plan', ['vinh-phuc-302']],
      [['deadlines', '--format', 'csv'], 'separator', [',', ';']],
      [['deadlines'], 'status', ['not-started', 'in-progress', 'due-soon', 'overdue', 'done-on-time', 'done-late', 'no-fixed-deadline']],
      [['rank', ...eval2023], 'by', ['met-share', ...catalogs.vinhPhuc302.indicators.map((i) => i.id)]],
      [['scorecard', ...eval2023], 'level', ['province', 'district', 'commune']],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ maxLength: 10 })), ([base, option, allowed], word) => {
        fc.pre(!allowed.includes(word) && !(option === 'status' && word.split(',').every((w) => allowed.includes(w.trim()))));
        const r = chiso(...base, `--${option}=${word}`);
        expect(r.code, `--${option}=${word}`).toBe(2);
        expect(r.stderr.split('\n')[0]).toContain(`--${option}`);
      }),
      { numRuns: runs(300) },
    );
  });

  it('renderScorecard: unit names keyed __proto__, constructor, toString are shown (a record, as JSON.parse makes it, and an array)', () => {
    const ids = ['__proto__', 'constructor', 'toString'];
    const units = ids.map((id) => ({ id, name: `Đơn vị ${id}`, level: 'province' }));
    const card = evaluate(catalogs.vinhPhuc302, ids.map((unit) => ({ unit, indicator: 'tthc-dossiers-fully-online', period: 2023, value: 50 })), { asOf: '2024-01-01', units });
    const record = JSON.parse(JSON.stringify(Object.fromEntries(units.map((u) => [u.id, u.name])))) as Record<string, string>;
    expect(Object.keys(record)).toEqual(ids);
    for (const names of [record, units]) {
      const md = renderScorecard(card, { format: 'markdown', units: names });
      for (const id of ids) expect(md).toContain(`| Đơn vị ${id.replace(/_/g, '\\_')} |`);
    }
    // A bad name under `__proto__` is checked like any other.
    expect(() => renderScorecard(card, { format: 'markdown', units: JSON.parse('{"__proto__": 5}') as Record<string, string> })).toThrow(/options\.units\.__proto__/);
  });
});

// ---------------------------------------------------------------------------------------------
// 20. Empty values, self-overwriting output, `--out -`, `-o=x`, repeated options, years 0001–0099,
//     a unit called `__proto__`.
// ---------------------------------------------------------------------------------------------

describe('20. option values', () => {
  const STATES = 'not-started, in-progress, due-soon, overdue, done-on-time, done-late, no-fixed-deadline';

  it('--status "" (or ",", or "overdue,") is a usage error listing the accepted statuses (it printed an empty table)', () => {
    for (const [value, got] of [['', '""'], [' ', '""'], [',', 'an empty item in ","'], ['overdue,', 'an empty item in "overdue,"'], ['late', '"late"']]) {
      const r = chiso('deadlines', '--status', value!);
      expect(r.code, value).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe(`error: --status takes one or more of ${STATES}, comma-separated (got ${got})`);
    }
  });

  it('property: an empty value of any string option of any command is a usage error, never "not given"', () => {
    const cases: [string[], string][] = [
      ...['catalog', 'data', 'units', 'as-of', 'level', 'lang', 'out', 'format', 'sort', 'separator'].map((o): [string[], string] => [['scorecard', ...eval2023, '--format', 'csv'], o]),
      ...['by', 'order', 'ties', 'format'].map((o): [string[], string] => [['rank', ...eval2023], o]),
      ...['method', 'format'].map((o): [string[], string] => [['progress', ...eval2023], o]),
      ...['plan', 'register', 'as-of', 'status', 'due-soon-days', 'completed', 'format', 'lang', 'out'].map((o): [string[], string] => [['deadlines'], o]),
      [['schema'], 'out'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom('--x=', '--x ""'), ([base, option], form) => {
        const args = base.filter((_, i) => base[i] !== `--${option}` && base[i - 1] !== `--${option}`);
        const r = form === '--x=' ? chiso(...args, `--${option}=`) : chiso(...args, `--${option}`, '');
        expect(r.code, `${args.join(' ')} --${option} ""\n${r.stderr}`).toBe(2);
        expect(r.stderr.split('\n')[0]).toContain(`--${option}`);
      }),
      { numRuns: runs(100) },
    );
  });

  it('--out naming the data, units, catalog or completion file (by any path: ./, a symbolic or a hard link) is refused with exit 2, the file untouched', () => {
    const dir = tmp();
    const data = join(dir, 'd.csv');
    const original = readFileSync(CSV_DATA, 'utf8');
    writeFileSync(data, original);
    symlinkSync(data, join(dir, 'link.csv'));
    linkSync(data, join(dir, 'hard.csv'));
    const catalog = join(dir, 'catalog.json');
    writeFileSync(catalog, readFileSync(join(root, 'examples/province-config/catalog.json')));
    const units = join(dir, 'units.json');
    writeFileSync(units, readFileSync(join(root, 'examples/province-config/units.json')));
    const done = join(dir, 'completed.csv');
    writeFileSync(done, 'register,no,completed\ntasks,3,2021-12-15\n');
    for (const out of [data, join(dir, '.', 'd.csv'), join(dir, 'link.csv'), join(dir, 'hard.csv')]) {
      for (const command of ['scorecard', 'rank', 'progress']) {
        const r = chiso(command, '--catalog', 'vinh-phuc-302', '--data', data, '--as-of', '2023-05-31', '--out', out);
        expect(r.code, `${command} --out ${out}`).toBe(2);
        expect(r.stderr.split('\n')[0]).toContain(`is the file given to --data ("${data}")`);
      }
    }
    expect(readFileSync(data, 'utf8')).toBe(original);
    expect(chiso('scorecard', '--catalog', catalog, '--data', data, '--out', catalog).code).toBe(2);
    expect(chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', data, '--units', units, '-o', units).code).toBe(2);
    expect(chiso('deadlines', '--completed', done, `--out=${done}`).code).toBe(2);
    expect(readFileSync(done, 'utf8')).toBe('register,no,completed\ntasks,3,2021-12-15\n');
    // Another file is written as before.
    expect(chiso('scorecard', ...eval2023, '--out', join(dir, 'out.md')).code).toBe(0);
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toContain('| 36,18 |');
  });

  it('--out - writes to stdout (no file named "-")', () => {
    const stray = join(process.cwd(), '-');
    const had = existsSync(stray);
    const r = chiso('scorecard', ...eval2023, '--out', '-');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| 36,18 |');
    expect(existsSync(stray)).toBe(had);
    expect(chiso('schema', '-o', '-').stdout).toContain('"$schema"');
  });

  it('-o=x.md writes x.md (it wrote "=x.md"), as -o x.md, -ox.md, --out x.md and --out=x.md do', () => {
    const dir = tmp();
    for (const [i, args] of [['-o=', ''], ['-o', ' '], ['-o', ''], ['--out', ' '], ['--out=', '']].entries()) {
      const file = join(dir, `x${i}.md`);
      const argv = args[1] === ' ' ? [args[0]!, file] : [`${args[0]}${file}`];
      const r = chiso('scorecard', ...eval2023, ...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(readFileSync(file, 'utf8')).toContain('| 36,18 |');
    }
  });

  it('a repeated option is a usage error naming it (it took the last silently)', () => {
    const cases: [string[], string][] = [
      [['scorecard', ...eval2023, '--format', 'md', '--format', 'csv'], 'error: --format given 2 times (--format "md", --format "csv"); give it once'],
      [['scorecard', ...eval2023, '-o', 'a.md', '--out=b.md'], 'error: --out given 2 times (-o "a.md", --out "b.md"); give it once'],
      [['scorecard', ...eval2023, '--format', 'csv', '--bom', '--bom'], 'error: --bom given 2 times (--bom, --bom); give it once'],
      [['scorecard', '--catalog', 'vinh-phuc-302', ...eval2023], 'error: --catalog given 2 times (--catalog "vinh-phuc-302", --catalog "vinh-phuc-302"); give it once'],
      [['deadlines', '--status', 'overdue', '--status', 'due-soon'], 'error: --status given 2 times (--status "overdue", --status "due-soon"); give it once'],
    ];
    for (const [argv, message] of cases) {
      const r = chiso(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(message);
    }
    // --help wins, however often it is given.
    expect(chiso('rank', '--help', '-h').code).toBe(0);
  });

  // Every option each command's help documents; booleans take no value.
  const HELPS: Readonly<Record<string, string>> = { scorecard: scorecardHelp, rank: rankHelp, progress: progressHelp, deadlines: deadlinesHelp, validate: validateHelp, schema: schemaHelp, template: templateHelp, calendar: calendarHelp, init: initHelp };
  const BOOLEAN = new Set(['bom', 'fragment', 'roll-up', 'force']);
  // From the help's "Options:" block only: an example line may show another command's options
  // (template's help shows how `chiso scorecard --data` reads the filled workbook back).
  const optionsBlock = (help: string) => help.slice(help.indexOf('Options:')).split('\n\n')[0]!;
  const documented = (command: string) => [...new Set([...optionsBlock(HELPS[command]!).matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!))].filter((o) => o !== 'help');

  it('property: for generated option lists, a repeated documented option is a usage error naming it, in any spelling and place', () => {
    // A command with subcommands (units) has its own tests of repeated options.
    const picks = COMMANDS.filter((command) => HELPS[command] !== undefined).flatMap((command) => documented(command).map((option) => [command, option] as const));
    expect(picks.length).toBeGreaterThan(30);
    fc.assert(
      fc.property(fc.constantFrom(...picks), fc.constantFrom('--x v', '--x=v', '-o=v', '-ov'), fc.constantFrom('--x v', '--x=v'), fc.nat(3), ([command, option], first, second, at) => {
        const spell = (form: string, value: string): string[] => {
          if (BOOLEAN.has(option)) return [`--${option}`];
          if (form.startsWith('-o') && option === 'out') return form === '-o=v' ? [`-o=${value}`] : [`-o${value}`];
          return form === '--x=v' || form.startsWith('-o') ? [`--${option}=${value}`] : [`--${option}`, value];
        };
        const groups = [...(command === 'validate' ? [['examples/province-config/catalog.json']] : []), spell(first, 'v1')];
        groups.splice(at % (groups.length + 1), 0, spell(second, 'v2'));
        const argv = groups.flat();
        const r = chiso(command, ...argv);
        expect(r.code, `${command} ${argv.join(' ')}\n${r.stderr}`).toBe(2);
        expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^error: --${option} given 2 times \\(`));
      }),
      { numRuns: runs(300) },
    );
  });

  it('--as-of 0001-01-01 … 0099-12-31 are days (of the years 1–99, not 19xx), by the one rule the library uses', () => {
    // Days since 0000-03-01 in the proleptic Gregorian calendar (years counted from March, so the
    // leap day is last): 365 a year, plus the leap days, plus the days before the month.
    const dayNumber = (iso: string) => {
      const [y0, m, d] = iso.split('-').map(Number) as [number, number, number];
      const y = m <= 2 ? y0 - 1 : y0;
      const before = [0, 31, 61, 92, 122, 153, 184, 214, 245, 275, 306, 337][(m + 9) % 12]!;
      return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + before + d - 1;
    };
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    for (const asOf of ['0001-01-01', '0050-06-01', '0099-12-31', '0004-02-29', '0000-02-29']) {
      const r = chiso('deadlines', '--as-of', asOf, '--register', 'tasks', '--format', 'json');
      expect(r.code, `${asOf}\n${r.stderr}`).toBe(0);
      // Nothing can have started in the first century: every dated task is not started (or is
      // yearly, "Hằng năm", and so in progress in that year too).
      const rows = (JSON.parse(r.stdout) as { rows: { no: number; status: string; deadline: string | null; daysLeft: number | null }[] }).rows;
      expect(rows.filter((row) => row.status !== 'not-started' && row.status !== 'no-fixed-deadline' && row.deadline !== `${asOf.slice(0, 4)}-12-31`)).toEqual([]);
      // Task 3 ("2021") is due 31/12/2021: the days left are counted across 20 centuries, not from 19xx.
      expect(rows.find((row) => row.no === 3)).toMatchObject({ deadline: '2021-12-31', daysLeft: dayNumber('2021-12-31') - dayNumber(asOf) });
    }
    // 0100 is not a leap year (divisible by 100, not by 400); 0400 is.
    expect(chiso('deadlines', '--as-of', '0100-02-29').code).toBe(2);
    expect(chiso('deadlines', '--as-of', '0400-02-29', '--format', 'json').code).toBe(0);
  });

  it('property: --as-of accepts exactly the days of the proleptic Gregorian calendar, years 0000–9999', () => {
    const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const real = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const asOf = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const r = chiso('deadlines', '--as-of', asOf, '--register', 'tasks', '--format', 'json');
        expect(r.code, `${asOf}\n${r.stderr}`).toBe(real(y, m, d) ? 0 : 2);
      }),
      { numRuns: runs(200) },
    );
  });

  it('a unit with id __proto__ (or constructor, toString) is shown by its name in scorecard, rank and progress', () => {
    const dir = tmp();
    const data = join(dir, 'd.csv');
    writeFileSync(
      data,
      ['unit,unit_name,level,indicator,period,value', '__proto__,Tỉnh Proto,province,tthc-dossiers-fully-online,2023,50', 'constructor,Tỉnh Constructor,province,tthc-dossiers-fully-online,2023,60', 'toString,Tỉnh ToString,province,tthc-dossiers-fully-online,2023,70', ''].join('\n'),
    );
    const common = ['--catalog', 'vinh-phuc-302', '--data', data, '--as-of', '2024-01-01', '--format', 'csv'];
    for (const command of ['scorecard', 'rank', 'progress']) {
      const r = chiso(command, ...common);
      expect(r.code, r.stderr).toBe(0);
      for (const name of ['Tỉnh Proto', 'Tỉnh Constructor', 'Tỉnh ToString']) expect(r.stdout, `${command}: ${name}`).toContain(name);
      expect(r.stdout.split('\r\n').filter((l) => l.startsWith('__proto__') || l.startsWith('constructor') || l.startsWith('toString'))).toEqual([]);
    }
  });
});

describe('the deadlines help quotes periods as the registers write them', () => {
  it('every period given as an example in `chiso deadlines --help` is a period of Phụ lục 2 or 3 (no "Quý IV/2022")', () => {
    const periods = new Set([...registers.vinhPhuc302.tasks, ...registers.vinhPhuc302.projects].map((item) => item.period));
    const help = chiso('deadlines', '--help').stdout;
    const quoted = /period as written \(([^)]*)\)/.exec(help.replace(/\n/g, ' '))?.[1] ?? '';
    const examples = [...quoted.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(periods.has(example), example).toBe(true);
    expect(help).not.toContain('Quý IV/2022');
  });
});
