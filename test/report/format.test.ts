import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { escapeXml, formatCoord, formatDate, formatPlain, formatVnd, numberFormatter, percentFormatter } from '../../src/_shared/format';
import { reportLabels } from '../../src/report/labels';
import { parseXml } from './fixtures';

describe('numberFormatter: numbers for people', () => {
  const vi = numberFormatter('vi');
  const en = numberFormatter('en');
  it('writes vi-VN (comma decimal, dot groups) and en-US', () => {
    expect([vi(36.18), vi(98.76), vi(1100), vi(1234567.891), vi(0), vi(-30)]).toEqual(['36,18', '98,76', '1.100', '1.234.567,89', '0', '-30']);
    expect([en(36.18), en(1100), en(1234567.891)]).toEqual(['36.18', '1,100', '1,234,567.89']);
  });
  it('rounds to at most 2 fraction digits, an exact half away from zero, on the number as it prints', () => {
    expect([vi(0.125), vi(-0.125), vi(2.675), vi(1.005), vi(0.1 + 0.2), vi(79.995)]).toEqual(['0,13', '-0,13', '2,68', '1,01', '0,3', '80']);
  });
  it('never writes -0', () => {
    expect([vi(-0), vi(-0.001), en(-0.004)]).toEqual(['0', '0', '0']);
  });
  it('writes large and tiny numbers without exponent', () => {
    expect([vi(1e21), vi(1e-7)]).toEqual(['1.000.000.000.000.000.000.000', '0']);
  });
  it('percentages scale exactly', () => {
    expect([percentFormatter('vi')(0.45225), percentFormatter('vi')(1), percentFormatter('en')(0.0015625), percentFormatter('vi')(0.07)]).toEqual(['45,23%', '100%', '0.16%', '7%']);
  });
});

describe('formatPlain: machine-readable numbers', () => {
  it('is the shortest round-trip decimal, without exponent or -0', () => {
    expect([formatPlain(36.18), formatPlain(-0), formatPlain(1e-7), formatPlain(1e21), formatPlain(0.1 + 0.2), formatPlain(-30)]).toEqual([
      '36.18', '0', '0.0000001', '1000000000000000000000', '0.30000000000000004', '-30',
    ]);
  });
  it('reads back as the same number (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(Number(formatPlain(x))).toBe(x === 0 ? 0 : x);
      expect(formatPlain(x)).not.toMatch(/e/i);
    }));
  });
});

describe('formatVnd: budgets, exact', () => {
  it('writes tỷ đồng from 1,000 million, triệu đồng below, at most 2 decimals, halves away from zero', () => {
    expect(formatVnd('1132400')).toBe('1.132,4 tỷ đồng');
    expect(formatVnd('1132400', 'en')).toBe('1,132.4 billion VND');
    expect(formatVnd('850.125')).toBe('850,13 triệu đồng');
    expect(formatVnd('999.995')).toBe('1.000 triệu đồng');
    expect(formatVnd('1000')).toBe('1 tỷ đồng');
    expect(formatVnd('0')).toBe('0 triệu đồng');
    expect(formatVnd('-12500')).toBe('-12,5 tỷ đồng');
    expect(formatVnd('-0.001')).toBe('0 triệu đồng');
  });
  it('is exact where floats are not', () => {
    // 1.005 tỷ as a float is 1.00499999…; in decimal it is a half and rounds up.
    expect(formatVnd('1005')).toBe('1,01 tỷ đồng');
    expect(formatVnd('123456789012345678901234.5')).toBe('123.456.789.012.345.678.901,23 tỷ đồng');
  });
  it('rejects what is not a decimal string', () => {
    for (const bad of ['1e6', '1,5', '', ' 1', 'NaN', 12 as unknown as string]) expect(() => formatVnd(bad)).toThrow(ChisoError);
  });
});

describe('formatDate, formatCoord', () => {
  it('writes dd/mm/yyyy in Vietnamese, ISO in English', () => {
    expect([formatDate('2025-12-31', 'vi'), formatDate('2025-12-31', 'en')]).toEqual(['31/12/2025', '2025-12-31']);
  });
  it('writes coordinates with at most 2 decimals and no -0', () => {
    expect([formatCoord(1 / 3), formatCoord(-0.001), formatCoord(10), formatCoord(2.675)]).toEqual(['0.33', '0', '10', '2.68']);
  });
});

describe('escapeXml', () => {
  it('escapes & < > " \' and replaces what XML cannot carry', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001Fc\uD800d\uDC00e\uFFFEf😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf😀');
    expect(escapeXml('tab\tLF\nCR\r')).toBe('tab\tLF\nCR\r');
  });
  it('round-trips any text through an XML parser, in content and attributes (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      const doc = parseXml(`<a t="${escapeXml(text)}">${escapeXml(text)}</a>`);
      const expected = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
      // XML normalises CR and CRLF to LF in content, and tab/CR/LF to spaces in attributes.
      expect(doc.children.join('')).toBe(expected.replace(/\r\n?/g, '\n'));
      expect(doc.attributes['t']).toBe(expected.replace(/\r\n/g, ' ').replace(/[\t\n\r]/g, ' '));
    }));
  });
});

describe('reportLabels', () => {
  const shape = (v: unknown): unknown => (v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v);
  it('has the same keys in vi and en, every label a non-empty string', () => {
    expect(shape(reportLabels.en)).toEqual(shape(reportLabels.vi));
    const leaves = (v: unknown): unknown[] => (v !== null && typeof v === 'object' ? Object.values(v).flatMap(leaves) : [v]);
    for (const leaf of [...leaves(reportLabels.vi), ...leaves(reportLabels.en)]) {
      expect(typeof leaf).toBe('string');
      expect((leaf as string).trim()).not.toBe('');
    }
  });
});
