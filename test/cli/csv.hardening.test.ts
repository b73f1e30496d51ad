// @zone-independent: reading CSV text and day cells is string arithmetic; the CLI's date handling runs in every zone in test/cli/dates.test.ts.
// Issue 13, items 1, 15, 16 and 18 (the CLI's input side): reading is linear; every position is the
// one written, whatever the line ends; UTF-16 and tab-separated files read; nothing raw reaches the
// terminal; dates are quoted as written; the file's problems and the library's come in one listing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateCell, scanCsv } from '../../src/cli/csv';
import { readData } from '../../src/cli/data';
import { CliError } from '../../src/cli/errors';
import { decodeText, printable } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { SEED, runs } from '../fuzz/harness';

const dir = mkdtempSync(join(tmpdir(), 'chiso-csv-hardening-'));
let files = 0;
/** Writes a file in the test's temporary folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, `${files++}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** `chiso …args` in this process: exit code, stdout and stderr. */
function chiso(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  // CSV and JSON runs are synchronous (only a workbook makes a command return a promise).
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: '2023-06-01' }, 'test') as number;
  return { code, stdout, stderr };
}

/** The lines of what a CliError says (the error itself when it is not one). */
function linesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return [...error.lines];
    throw error;
  }
  throw new Error('expected a CliError');
}

const BREAKS = ['\n', '\r\n', '\r'] as const;
/** Physical lines in a text, as an editor counts them: `\r\n`, `\n` and a lone `\r` each end one. */
const linesIn = (text: string) => text.split(/\r\n|\n|\r/).length - 1;

describe('item 1: reading a CSV is linear in its length', () => {
  /**
   * A string whose every read is counted (characters read by charCodeAt, copied by slice or by a
   * conversion to a primitive); any other access throws, so no read goes uncounted.
   */
  function countedText(text: string): { text: string; reads: () => number } {
    let reads = 0;
    const target = {
      length: text.length,
      charCodeAt: (i: number) => {
        reads++;
        return text.charCodeAt(i);
      },
      slice: (a: number, b?: number) => {
        const s = text.slice(a, b);
        reads += s.length;
        return s;
      },
      toString: () => {
        reads += text.length;
        return text;
      },
    };
    const proxy = new Proxy(target, {
      get(t, key) {
        if (Object.hasOwn(t, key)) return t[key as keyof typeof t];
        throw new Error(`the CSV reader read the text through ${String(key)}, which this test does not count`);
      },
    });
    return { text: proxy as unknown as string, reads: () => reads };
  }

  /** `rows` records of 6 fields, some quoted with line breaks and doubled quotes, CRLF, LF and CR mixed. */
  function bigCsv(rows: number): string {
    const out = ['unit;indicator;period;value;source;note\r\n'];
    for (let r = 0; r < rows; r++) {
      const eol = BREAKS[r % 3]!;
      const note = r % 5 === 0 ? `"dòng ${r}\r\ntiếp ""${r}"";\nhết"` : `ghi chú ${r}`;
      out.push(`u-${r % 97};tthc-dossiers-fully-online;2023;${r % 100},5;nguồn ${r};${note}${eol}`);
    }
    return out.join('');
  }

  it('reads each character a bounded number of times, at every size (oracle: a counted text; today it re-counts lines from byte 0 for every row)', () => {
    for (const rows of [1_000, 4_000, 16_000]) {
      const source = bigCsv(rows);
      const counted = countedText(source);
      const table = scanCsv(counted.text, 'big.csv');
      expect(table.problems).toEqual([]);
      expect(table.rows).toHaveLength(rows);
      // The last row starts where the text written puts it.
      const last = source.lastIndexOf('u-', source.length - 1);
      expect(table.rows[rows - 1]!.line).toBe(linesIn(source.slice(0, last)) + 1);
      // Each character is looked at about once (a second time to look ahead after a CR or a quote) and
      // copied into its cell once: at most 3 reads each. Counting lines from the start for every row,
      // as before, costs about rows × length / 2 reads: 34 million at 1,000 rows.
      expect(counted.reads(), `${rows} rows`).toBeLessThanOrEqual(3 * source.length);
    }
  });
});

describe('item 15: every position is the one written, for every line-end style', () => {
  /** A cell as written, and what it holds. */
  type Cell = { readonly written: string; readonly value: string };
  const plain = fc.constantFrom<Cell>({ written: 'x', value: 'x' }, { written: 'a b', value: 'a b' }, { written: '36', value: '36' }, { written: '', value: '' });
  const quotedPart = fc.oneof(
    fc.constantFrom('q', ' ', 'ạ', '""', ',', ';', '\t'),
    fc.constantFrom(...BREAKS),
  );
  const quoted = fc.array(quotedPart, { maxLength: 5 }).map((parts): Cell => ({ written: `"${parts.join('')}"`, value: parts.join('').replace(/""/g, '"') }));
  const cell = fc.oneof(plain, quoted);
  const fault = fc.constantFrom(
    { written: '"q"x', code: 'CSV_INVALID_CLOSING_QUOTE' },
    { written: '"a\r\nb"z', code: 'CSV_INVALID_CLOSING_QUOTE' },
    { written: 'x"y', code: 'CSV_INVALID_OPENING_QUOTE' },
  );
  const csv = fc.record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    width: fc.integer({ min: 2, max: 4 }),
    records: fc.array(fc.record({ cells: fc.array(cell, { minLength: 4, maxLength: 4 }), eol: fc.constantFrom(...BREAKS), blanks: fc.array(fc.constantFrom(...BREAKS), { maxLength: 2 }) }), { minLength: 1, maxLength: 8 }),
    headerEol: fc.constantFrom(...BREAKS),
    bad: fc.option(fc.record({ record: fc.nat(), column: fc.nat(), fault }), { nil: undefined }),
  });

  it('rows start, cells start and faults sit on the lines and columns written (oracle: line breaks counted while writing)', () => {
    fc.assert(
      fc.property(csv, ({ delimiter, width, records, headerEol, bad }) => {
        const header = Array.from({ length: width }, (_, i) => `h${i + 1}`);
        let text = header.join(delimiter) + headerEol;
        const expected: { line: number; cellLines: number[]; cells: string[] }[] = [];
        let faultAt: { line: number; column: number; code: string } | undefined;
        const badRecord = bad === undefined ? -1 : bad.record % records.length;
        records.forEach((record, r) => {
          text += record.blanks.join('');
          const cells = record.cells.slice(0, width);
          const line = linesIn(text) + 1;
          const cellLines: number[] = [];
          const written: string[] = [];
          cells.forEach((c, k) => {
            const before = text + written.map((w) => w + delimiter).join('');
            cellLines.push(linesIn(before) + 1);
            if (r === badRecord && bad !== undefined && k === bad.column % width) {
              faultAt = { line: linesIn(before) + 1, column: k + 1, code: bad.fault.code };
              written.push(bad.fault.written);
            } else written.push(c.written);
          });
          text += written.join(delimiter) + record.eol;
          if (r !== badRecord) expected.push({ line, cellLines, cells: cells.map((c) => c.value) });
        });
        const table = scanCsv(text, 'f.csv');
        expect(table.delimiter).toBe(delimiter);
        expect(table.rows.map((row) => ({ line: row.line, cellLines: row.cells.map((_, k) => row.cellLines?.[k] ?? row.line), cells: row.cells }))).toEqual(expected);
        if (faultAt === undefined) expect(table.problems).toEqual([]);
        else {
          expect(table.problems).toHaveLength(1);
          expect(table.problems[0]!.text.startsWith(`f.csv:${faultAt.line}:${faultAt.column} (h${faultAt.column}): invalid CSV (${faultAt.code}): `), table.problems[0]!.text).toBe(true);
        }
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('a bad value cell is reported at its line and column by the data reader, after quoted line breaks of any style', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...BREAKS), fc.nat(2)), { minLength: 1, maxLength: 6 }), fc.nat(), (rows, pick) => {
        let text = 'unit,indicator,period,note,value\r\n';
        const badRow = pick % rows.length;
        let at = 0;
        rows.forEach(([eol, breaks], r) => {
          const note = `"n${eol.repeat(breaks)}n"`;
          const prefix = `vp-districts,tthc-dossiers-fully-online,2023,${note},`;
          if (r === badRow) at = linesIn(text + prefix) + 1;
          text += `${prefix}${r === badRow ? '3.6.1' : '50'}${eol}`;
        });
        const data = readData(file('bad-value.csv', text));
        const lines = data.report([], 'x');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^.*bad-value\\.csv:${at}:5 \\(value\\): Expected value to be a number written with a decimal point`));
        expect(data.observations).toHaveLength(rows.length - 1);
      }),
      { seed: SEED, numRuns: runs(60) },
    );
  });

  it('a fault in the first column is on its own line, not the one before (today: ":3:1" for line 4)', () => {
    const [problem] = scanCsv('a,b\n1,2\n3,4\nx"y,5\n', 'f.csv').problems;
    expect(problem?.text).toMatch(/^f\.csv:4:1 \(a\): invalid CSV \(CSV_INVALID_OPENING_QUOTE\)/);
    const [closing] = scanCsv('a,b\r\n1,2\r\n"x"y,5\r\n', 'f.csv').problems;
    expect(closing?.text).toMatch(/^f\.csv:3:1 \(a\): invalid CSV \(CSV_INVALID_CLOSING_QUOTE\)/);
  });

  it('lone CR line ends count as lines (today: everything is line 1), and mixed ends too', () => {
    const cr = scanCsv('a,b\r1,2\r3,"4"x\r5,6\r', 'f.csv');
    expect(cr.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(cr.problems.map((p) => p.text.slice(0, 11))).toEqual(['f.csv:3:2 (']);
    const mixed = scanCsv('a,b\n1,2\r\n3,4\r5,6\n7,8', 'f.csv');
    expect(mixed.rows).toEqual([2, 3, 4, 5].map((line, i) => ({ line, cells: [String(2 * i + 1), String(2 * i + 2)] })));
  });

  it('a row with too few or too many fields is placed where the missing or extra field is', () => {
    const t = scanCsv('a,b,c\n1,"x\ny"\n1,2,3,4\n', 'f.csv');
    expect(t.problems.map((p) => p.text.split(': ')[0])).toEqual(['f.csv:3:3 (c)', 'f.csv:4:4']);
  });
});

describe('item 16: UTF-16 and tab-separated files, one decoder, nothing raw on the terminal', () => {
  const rows = [
    ['unit', 'unit_name', 'level', 'indicator', 'period', 'value'],
    ['vp-province-agencies', 'Các cơ quan, đơn vị cấp tỉnh', 'province', 'tthc-dossiers-fully-online', '31/05/2023', '36,18'],
    ['vp-districts', 'Cấp huyện, thành phố', 'district', 'tthc-dossiers-fully-online', '31/05/2023', '98,76'],
  ];
  const unicodeText = `${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`;
  const utf16 = (text: string, order: 'le' | 'be') => {
    const le = Buffer.from(text, 'utf16le');
    if (order === 'be') le.swap16();
    return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
  };

  it("reads Excel's Unicode Text (UTF-16 LE or BE with its BOM, tab-separated, decimal commas) as the same rows as UTF-8", () => {
    for (const order of ['le', 'be'] as const) {
      const data = readData(file(`unicode-${order}.txt`, utf16(unicodeText, order)));
      expect(data.report([], 'x')).toEqual([]);
      expect(data.observations).toEqual([
        { unit: 'vp-province-agencies', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 36.18 },
        { unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 98.76 },
      ]);
      expect(data.units?.map((u) => u.name)).toEqual(['Các cơ quan, đơn vị cấp tỉnh', 'Cấp huyện, thành phố']);
    }
    // The whole command, as a user runs it: the scorecard of the UTF-16 file is that of the UTF-8 CSV.
    const fromUtf16 = chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', file('unicode.txt', utf16(unicodeText, 'le')), '--as-of', '2023-05-31', '--format', 'json');
    const fromUtf8 = chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', file('same.csv', unicodeText.replace(/\t/g, ';')), '--as-of', '2023-05-31', '--format', 'json');
    expect([fromUtf16.code, fromUtf16.stderr]).toEqual([0, '']);
    expect(fromUtf16.stdout).toBe(fromUtf8.stdout);
  });

  it('a tab-separated file with decimal points reads them as points; its decimal mark is the one its numbers use', () => {
    const data = readData(file('points.tsv', 'unit\tindicator\tperiod\tvalue\nu\tx\t2023\t1.234\nu\tx\t2024\t36.18\n'));
    expect(data.observations.map((o) => ('value' in o ? o.value : undefined))).toEqual([1.234, 36.18]);
    const comma = readData(file('commas.tsv', 'unit\tindicator\tperiod\tvalue\nu\tx\t2023\t1.234\nu\tx\t2024\t36,18\n'));
    expect(comma.observations.map((o) => ('value' in o ? o.value : undefined))).toEqual([1234, 36.18]);
  });

  it('refuses a file that is not UTF-8 in one line saying how to save it, for data and catalog files alike', () => {
    const cp1258 = Uint8Array.from([...Buffer.from('unit,indicator,period,value\nC'), 0xe1, ...Buffer.from('c,x,2023,1\n')]);
    const data = chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', file('cp1258.csv', cp1258));
    expect(data.code).toBe(1);
    expect(data.stderr).toMatch(/^[^\n]*cp1258\.csv: the file is not UTF-8 \(byte 0xe1 at offset 29 [^\n]*save it as UTF-8 [^\n]*CSV UTF-8[^\n]*\n$/);
    const catalog = chiso('validate', file('catalog.json', cp1258));
    expect(catalog.code).toBe(1);
    expect(catalog.stderr).toMatch(/catalog\.json: the file is not UTF-8/);
    expect(linesOf(() => decodeText(Buffer.from('unit\r\n', 'utf16le'), 'f.txt'))[0]).toMatch(/^f\.txt: the file holds NUL bytes \(the first at offset 1\): UTF-16 without a byte-order mark/);
    expect(linesOf(() => decodeText(Uint8Array.of(0xff, 0xfe, 0x61), 'f.txt'))[0]).toMatch(/^f\.txt: the file starts as UTF-16 \(LE\) but is not valid UTF-16/);
  });

  it('reads a catalog file through the same decoder: UTF-16 with its BOM, or UTF-8 with a BOM', () => {
    const json = readFileSync('examples/province-config/catalog.json', 'utf8');
    for (const bytes of [utf16(json, 'le'), utf16(json, 'be'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])]) {
      const r = chiso('validate', file('catalog.json', bytes));
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain('ok — catalog "invented-minh-hoa-2025"');
    }
  });

  it('never prints a control or invisible character from a file: every problem stays one printable line (property)', () => {
    const nasty = fc.string({ unit: fc.constantFrom('a', ' ', '\u0000', '\u001b', '\u0007', '\u007f', '\u0085', '\u2028', '\u202e', '\u2066', '\ufeff', '\t', '"', ';') , minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = `unit,indicator,period,value,level\n${quote(a)},${quote(b)},${quote(a)},${quote(b)},x\n${a},${b}\n`;
        const r = chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', file('nasty.csv', text), '--as-of', '2023-05-31');
        expect(r.code).toBe(1);
        for (const line of r.stderr.slice(0, -1).split('\n')) {
          expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufeff]/);
        }
      }),
      { seed: SEED, numRuns: runs(60) },
    );
    expect(printable('a\u0000b\r\n\u202e')).toBe('a\\u{0}b\\r\\n\\u{202e}');
  });

  it('escapes what the library quotes from a catalog file too (today: a raw NUL and a terminal escape)', () => {
    const r = chiso('validate', file('nul-catalog.json', '{"id": "x\\u0000\\u001b[31mred", "indicators": []}'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('but got "x\\u{0}\\u{1b}[31mred".');
    expect(r.stderr).not.toMatch(/[\u0000\u001b]/);
  });

  it('says "Expected the header to have a column" (today: "to be to have")', () => {
    const r = chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', file('no-unit.csv', 'indicator,period,value\nx,2023,1\n'));
    expect(r.stderr).toMatch(/no-unit\.csv:1: Expected the header to have a column "unit" but got "indicator,period,value"\.\n$/);
  });
});

describe('item 18: cells quoted as written; the file and the library in one listing', () => {
  it('an impossible day is quoted as the user wrote it, day first or ISO (today: "2023-02-31", "2023-31-05")', () => {
    const text = 'unit,indicator,period,value\nvp-districts,tthc-dossiers-fully-online,31/02/2023,50\nvp-districts,tthc-dossiers-fully-online,05/31/2023,50\nvp-districts,tthc-dossiers-fully-online,2023-02-29,50\n';
    const r = chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', file('days.csv', text), '--as-of', '2023-06-01');
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.map((l) => /:(\d+:\d+) \(period\): .* but got "([^"]*)"\.$/.exec(l)?.slice(1))).toEqual([
      ['2:3', '31/02/2023'],
      ['3:3', '05/31/2023'],
      ['4:3', '2023-02-29'],
    ]);
  });

  it('day cells: a real day is read as that day, any other quoted back (property; oracle: Date.UTC)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1000, max: 9999 }), fc.boolean(), (d, m, y, pad) => {
        const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
        const written = `${p(d)}/${p(m)}/${y}`;
        const utc = new Date(Date.UTC(2000, m - 1, d));
        utc.setUTCFullYear(y);
        const real = m >= 1 && m <= 12 && d >= 1 && utc.getUTCDate() === d && utc.getUTCMonth() === m - 1;
        const got = parseDateCell(written);
        if (real) expect(got).toBe(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        else expect(typeof got).toBe('object');
      }),
      { seed: SEED, numRuns: runs(500) },
    );
  });

  it("a number the library refuses is quoted as written (1.200,5), not as read (1200.5)", () => {
    const r = chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', file('semi.csv', 'unit;indicator;period;value\nvp-districts;tthc-dossiers-fully-online;2023;1.200,5\n'), '--as-of', '2023-06-01');
    expect(r.stderr).toMatch(/semi\.csv:2:4 \(value\): Expected .* to be a percent between 0 and 100 but got "1\.200,5"\.\n$/);
  });

  it('CSV-level problems and the library issues of the rows that parsed come in one run, sorted by position (today: two runs)', () => {
    const units = file('units.csv', 'id,name,level\nvp-districts,Cấp huyện,district\nvp-districts,Cấp huyện,commune\n');
    const text = [
      'unit,indicator,period,value',
      'vp-districts,tthc-dossiers-fully-online,2023,50', // fine
      'vp-districts,no-such-indicator,2023,50', // library: unknown indicator
      'vp-districts,tthc-dossiers-fully-online,31/02/2023,50', // CLI: no such day
      'vp-districts,tthc-dossiers-fully-online,2022,120', // library: a percent of 120
      'vp-districts,tthc-dossiers-fully-online,2021,"4"x', // CSV syntax
      'vp-districts,tthc-dossiers-fully-online,2020', // CSV: a field missing
      'vp-districts,tthc-dossiers-fully-online,2019,1.5.', // CLI: not a number
      '',
    ].join('\r\n');
    const r = chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', file('all.csv', text), '--units', units, '--as-of', '2023-06-01');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const places = r.stderr.trimEnd().split('\n').map((l) => /([\w-]+\.csv:\d+:\d+ \(\w+\))/.exec(l)?.[1]);
    expect(places.map((p) => p?.replace(/^\d+-/, ''))).toEqual([
      'units.csv:3:3 (level)',
      'all.csv:3:2 (indicator)',
      'all.csv:4:3 (period)',
      'all.csv:5:4 (value)',
      'all.csv:6:4 (value)',
      'all.csv:7:4 (value)',
      'all.csv:8:4 (value)',
    ]);
  });
});
