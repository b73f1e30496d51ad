// @zone-independent: usage messages of fixed arguments; no date is computed from the clock.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuilt, chiso } from './run';

const base = ['scorecard', '--catalog', 'vinh-phuc-302', '--data', 'examples/data/vinh-phuc-2023.csv'];

// Found by an audit that ran the built CLI as a user would: each message said something untrue or
// unreadable. Each line here is the whole first line of stderr.
describe('chiso: usage messages say what is wrong in one readable line', () => {
  beforeAll(checkBuilt);

  it('--as-of: a day not in the calendar, and a day written day first, are told apart (exit 2)', () => {
    const none = chiso(...base, '--as-of', '2025-02-30');
    expect([none.code, none.stderr.split('\n')[0]]).toEqual([2, 'error: --as-of must be a day written YYYY-MM-DD (got "2025-02-30": that day is not in the calendar)']);
    const vn = chiso(...base, '--as-of', '31/12/2025');
    expect([vn.code, vn.stderr.split('\n')[0]]).toEqual([2, 'error: --as-of must be a day written YYYY-MM-DD (got "31/12/2025": write 2025-12-31 (year first))']);
    const short = chiso(...base, '--as-of', '1/2/2025');
    expect(short.stderr.split('\n')[0]).toBe('error: --as-of must be a day written YYYY-MM-DD (got "1/2/2025": write 2025-02-01 (year first))');
    expect(chiso(...base, '--as-of', 'hôm nay').stderr.split('\n')[0]).toBe('error: --as-of must be a day written YYYY-MM-DD (got "hôm nay")');
  });

  it('an option value starting with a dash: Node\'s message on one line, no literal "\\n"', () => {
    const r = chiso('deadlines', '--due-soon-days', '-3');
    expect(r.code).toBe(2);
    const first = r.stderr.split('\n')[0]!;
    expect(first).toBe("error: Option '--due-soon-days' argument is ambiguous. Did you forget to specify the option argument for '--due-soon-days'? To specify an option argument starting with a dash use '--due-soon-days=-XYZ'.");
    expect(first).not.toContain('\\n');
  });

  it('a choice among punctuation quotes it: --separator must be one of ",", ";"; words stay unquoted', () => {
    const r = chiso(...base, '--format', 'csv', '--separator', '|');
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'error: --separator must be one of ",", ";" (got "|")']);
    expect(chiso(...base, '--format', 'pdf').stderr.split('\n')[0]).toBe('error: --format must be one of md, markdown, csv, html, json, xlsx (got "pdf")');
  });

  it('calendar: a day before the built-in holiday law names --from once (was "calendar: calendar: …"), exit 1', () => {
    const r = chiso('calendar', '--from', '1990-01-01', '--to', '1990-02-01');
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^--from 1990-01-01: Expected calendar to be a calendar whose holiday law covers 1990-01-01 .*1995-01-01.* but got "1990-01-01"\.$/);
    expect(lines[0]).not.toMatch(/calendar: calendar:/);
  });
});
