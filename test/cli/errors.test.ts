// @zone-independent: error messages with a fixed --as-of; the CLI's date handling runs in every zone in test/cli/dates.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuilt, chiso } from './run';

const base = ['scorecard', '--catalog', 'vinh-phuc-302', '--as-of', '2023-05-31'];

describe('chiso: errors name the file, line and column and exit non-zero', () => {
  beforeAll(checkBuilt);

  it('a CSV syntax error (text after a closing quote on line 3, 4th field) → file:3:4, exit 1, nothing on stdout', () => {
    const r = chiso(...base, '--data', 'test/cli/fixtures/malformed.csv');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^test\/cli\/fixtures\/malformed\.csv:3:4 \(value\): invalid CSV \(CSV_INVALID_CLOSING_QUOTE\)/);
  });

  it('a number with a decimal point in a ";" file (line 3, 5th column) → file:3:5 (value); the percent of 120 on line 4 in the same run', () => {
    const r = chiso(...base, '--data', 'test/cli/fixtures/bad-number.csv');
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'test/cli/fixtures/bad-number.csv:3:5 (value): Expected value to be a number written with a decimal comma (36,18; thousands may be grouped with dots: 1.132,4) in a ";"-separated file but got "36.18".',
    );
    expect(lines[1]).toMatch(/^test\/cli\/fixtures\/bad-number\.csv:4:5 \(value\): Expected .* to be a percent between 0 and 100 but got "120"\.$/);
  });

  it('problems the library finds (a percent of 120, an unknown indicator) point back to the CSV row and column, all at once', () => {
    const r = chiso(...base, '--data', 'test/cli/fixtures/bad-percent.csv');
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^test\/cli\/fixtures\/bad-percent\.csv:3:5 \(value\): Expected .* to be a percent between 0 and 100 but got "120"\.$/);
    expect(lines[1]).toMatch(/^test\/cli\/fixtures\/bad-percent\.csv:4:3 \(indicator\): Expected .* to be an indicator id of catalog "vinh-phuc-302" but got "no-such-indicator"\.$/);
  });

  it('a unit described twice with different levels is an error at the second row', () => {
    const r = chiso(...base, '--data', 'test/cli/fixtures/conflicting-units.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('conflicting-units.csv:3:2 (level): Expected level of unit "vp-districts" to be "district" (as at test/cli/fixtures/conflicting-units.csv:2:2 (level)) but got "commune".');
  });

  it('a JSON syntax error names the line and column', () => {
    const r = chiso('validate', 'test/cli/fixtures/broken.json');
    expect(r.code).toBe(1);
    // {"id": "x",} — the parser stops at the "}" on line 3, column 1.
    expect(r.stderr).toMatch(/^test\/cli\/fixtures\/broken\.json:3:1: invalid JSON: /);
  });

  it('a file that does not exist → exit 3', () => {
    const r = chiso(...base, '--data', 'no/such/file.csv');
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('error: cannot read no/such/file.csv: no such file\n');
  });

  it('usage mistakes → exit 2 with a pointer to the help', () => {
    const cases: [string[], string][] = [
      [['frobnicate'], 'error: unknown command "frobnicate"; commands: scorecard, rank, progress, deadlines, validate, schema, template, init, units, calendar'],
      [['scorecard', '--data', 'x.csv'], 'error: missing --catalog'],
      [['scorecard', '--catalog', 'vinh-phuc-302', '--data', 'x.csv', '--bogus'], "error: Unknown option '--bogus'"],
      [[...base, '--data', 'x.csv', '--format', 'pdf'], 'error: --format must be one of md, markdown, csv, html, json, xlsx (got "pdf")'],
      [['scorecard', '--catalog', 'vinh-phuc-302', '--data', 'x.csv', '--as-of', '2023-02-30'], 'error: --as-of must be a day written YYYY-MM-DD (got "2023-02-30": that day is not in the calendar)'],
      [['scorecard', '--catalog', 'ha-noi', '--data', 'x.csv'], 'error: unknown catalog "ha-noi": --catalog takes a built-in catalog (vinh-phuc-302, tuyen-quang-154, dien-bien) or a catalog file (.json)'],
      [[...base, '--data', 'x.csv', '--level', 'ward'], 'error: --level must be one of the levels of vinh-phuc-302: province, district, commune (got "ward")'],
      [[...base, '--data', 'x.csv', '--bom'], 'error: --bom and --separator go with --format csv'],
      [['validate'], 'error: missing the catalog file to validate'],
    ];
    for (const [args, message] of cases) {
      const r = chiso(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0], args.join(' ')).toBe(message);
      expect(r.stderr).toMatch(/Run `chiso( \w+)? --help` for usage\./);
    }
  });

  it('no command at all → the help on stderr, exit 2', () => {
    const r = chiso();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:\n  chiso <command> [options]');
  });
});
