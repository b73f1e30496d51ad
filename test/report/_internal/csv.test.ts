// @zone-independent: writes CSV fields from text and numbers; nothing reads a date, a clock or a zone.
import { describe, expect, it } from 'vitest';
import { csvField, csvNumber, csvTable } from '../../../src/report/_internal/csv';

describe('csvField: the one CSV field writer (scorecards and tables)', () => {
  it('guards every formula start (= + - @ tab CR) with a leading quote, only when asked', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}1`, true).startsWith(start === '\r' ? `"'` : `'`)).toBe(true);
      expect(csvField(`${start}1`, false).startsWith(`'`)).toBe(false);
    }
    expect(csvField('a=1', true)).toBe('a=1');
  });

  it('quotes a field holding , ; " CR or LF (quotes doubled), whatever the separator', () => {
    expect(['a,b', 'a;b', 'a"b', 'a\rb', 'a\nb', 'ab'].map((t) => csvField(t, true))).toEqual(['"a,b"', '"a;b"', '"a""b"', '"a\rb"', '"a\nb"', 'ab']);
  });
});

describe('csvNumber and csvTable', () => {
  it('numbers are exact and ungrouped, with a decimal comma after ;', () => {
    expect([csvNumber(1e-7, ','), csvNumber(-1132.4, ';'), csvNumber(-0, ';'), csvNumber('850.125', ';')]).toEqual(['0.0000001', '-1132,4', '0', '850,125']);
  });

  it('a plain decimal as text is a number only in a numeric column', () => {
    const columns = [{ label: 'n', numeric: true }, { label: 't', numeric: false }];
    expect(csvTable(columns, [['1.5', '1.5'], ['-x', '-x']], { separator: ';', bom: false, guardFormulas: true })).toBe("n;t\r\n1,5;1.5\r\n'-x;'-x\r\n");
  });
});
