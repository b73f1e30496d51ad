import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberCell, readCsv } from '../../src/cli/csv';

describe('readCsv', () => {
  it('drops a BOM, detects ";" from the header, keeps quoted separators, quotes and line breaks', () => {
    const t = readCsv('\uFEFFa;b;c\r\n1;"x;y";"say ""hi"""\r\n\r\n2;"two\r\nlines";3,5\r\n', 'f.csv');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'x;y', 'say "hi"'] },
      // The third cell starts on line 5, after the quoted line break.
      { line: 4, cells: ['2', 'two\r\nlines', '3,5'], cellLines: [4, 4, 5] },
    ]);
  });

  it('takes "," when the header has more commas, and obeys an Excel "sep=;" line', () => {
    expect(readCsv('a,b;c\n1,2;3\n', 'f.csv').delimiter).toBe(',');
    const t = readCsv('sep=;\na,b;c\n1,2;3\n', 'f.csv');
    expect([t.delimiter, t.headerLine, t.header, t.rows[0]]).toEqual([';', 2, ['a,b', 'c'], { line: 3, cells: ['1,2', '3'] }]);
  });

  it('gives the line each record starts on, whatever the line ends, quoted line breaks and empty lines (oracle: newlines counted in the text written)', () => {
    const cell = fc.oneof(fc.constantFrom('x', 'a b', '36,18', ''), fc.constantFrom('"q\r\nq"', '"q\nq"', '"a;b"', '"say ""hi"""', '"\r\n\r\n"'));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(2), { minLength: 8, maxLength: 8 }), (records, eol, blanks) => {
        let text = `h1;h2${eol}`;
        const starts: number[] = [];
        records.forEach(([a, b], i) => {
          text += eol.repeat(blanks[i] ?? 0);
          starts.push(text.split('\n').length);
          text += `${a};${b}${eol}`;
        });
        const t = readCsv(text, 'f.csv');
        expect(t.rows.map((r) => r.line)).toEqual(starts);
      }),
    );
  });

  it('reports a syntax error as file:line:column (column name)', () => {
    expect(() => readCsv('a,b\r\n1,"x\r\ny"\r\n3,"4"x\r\n', 'f.csv')).toThrow(/^f\.csv:4:2 \(b\): invalid CSV \(CSV_INVALID_CLOSING_QUOTE\)/);
    expect(() => readCsv('a,b\n1,2\n3\n', 'f.csv')).toThrow(/^f\.csv:3:\d+ \(\w+\): invalid CSV \(CSV_RECORD_INCONSISTENT_FIELDS_LENGTH\)/);
    expect(() => readCsv('a,b\n1,2\n3,"4\n', 'f.csv')).toThrow(/^f\.csv:3:2 \(b\): invalid CSV \(CSV_QUOTE_NOT_CLOSED\)/);
    expect(() => readCsv('', 'f.csv')).toThrow('f.csv: the file is empty');
  });
});

describe('parseNumberCell', () => {
  it('reads a decimal point with ",", a decimal comma (and dot grouping) with ";"', () => {
    expect(parseNumberCell('36.18', ',')).toBe(36.18);
    expect(parseNumberCell('36,18', ';')).toBe(36.18);
    expect(parseNumberCell('1.132,4', ';')).toBe(1132.4);
    expect(parseNumberCell('1.234', ';')).toBe(1234);
    expect(parseNumberCell(' -7 ', ';')).toBe(-7);
  });

  it('rejects the other style, and anything that is not a plain number', () => {
    for (const [text, sep] of [['36,18', ','], ['36.18', ';'], ['1,234.5', ','], ['12.34.5', ';'], ['1e3', ','], ['', ','], ['NaN', ','], ['Infinity', ';'], ['36,18%', ';'], ['0x10', ',']] as const) {
      expect(typeof parseNumberCell(text, sep), `${text} with "${sep}"`).toBe('object');
    }
  });

  it('reads back what Excel writes in vi-VN (Intl vi-VN, grouped) and en-US without grouping (oracle: Intl.NumberFormat)', () => {
    const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = Number(`${whole}.${String(cents).padStart(2, '0')}`);
        expect(parseNumberCell(vi.format(n), ';')).toBe(n);
        expect(parseNumberCell(en.format(n), ',')).toBe(n);
      }),
    );
  });
});
