// @zone-independent: reads the source text of src/ only; no date is computed.
// Hardening II (issue 13, item 20): `Date.UTC(y, …)`, `new Date(y, …)` and `TZDate(y, …)` read the
// years 0–99 as 1900–1999, so `--as-of 0050-06-01` gave deadlines in 1950. Every civil date becomes a
// time value through src/_shared/dates.ts (`civilToUtcMs`, which is right for 0000–9999); this test
// keeps it that way. Local-time getters and setters read the host's zone, which the library must
// never do, so they are banned everywhere.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const HELPER = '_shared/dates.ts';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

// Methods of Date that read or write the host's local time (the UTC ones do not).
const LOCAL = /^(?:get|set)(?:FullYear|Year|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)$|^getTimezoneOffset$|^to(?:Date|Time)String$|^toLocale(?:Date|Time)String$/;
// Allowed in the helper only (with `Date.UTC` and a multi-argument `new Date`): the one way to give a Date a year as written.
const HELPER_ONLY = /^setUTCFullYear$/;

/** Calls in `text` that turn a civil date into a time value other than through the helper (comments and strings are not code). */
function forbiddenDateCalls(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true);
  const isHelper = name === HELPER;
  const found: string[] = [];
  const where = (node: ts.Node) => `${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText().slice(0, 70)}`;
  const manyArgs = (args: ts.NodeArray<ts.Expression> | undefined) => args !== undefined && (args.length > 1 || args.some(ts.isSpreadElement));
  const visit = (node: ts.Node): void => {
    // TZDate's field constructor also goes through the host's zone (it builds a local Date first): not even the helper uses it.
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && manyArgs(node.arguments)) {
      if (node.expression.text === 'TZDate' || (node.expression.text === 'Date' && !isHelper)) found.push(where(node));
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === 'TZDate' && manyArgs(node.arguments)) found.push(where(node));
      if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        const onDate = ts.isIdentifier(callee.expression) && (callee.expression.text === 'Date' || callee.expression.text === 'TZDate');
        if (onDate && method === 'UTC' && !isHelper) found.push(where(node));
        if (LOCAL.test(method)) found.push(where(node));
        if (HELPER_ONLY.test(method) && !isHelper) found.push(where(node));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('civil dates become time values in one place (src/_shared/dates.ts)', () => {
  it('no Date.UTC(, multi-argument new Date( / TZDate(, setUTCFullYear outside the helper; no local-time getter or setter anywhere', () => {
    const offenders = files(src).flatMap((f) => forbiddenDateCalls(relative(src, f).split('\\').join('/'), readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the helper file exists and is the one that sets a year as written', () => {
    expect(readFileSync(join(src, HELPER), 'utf8')).toMatch(/setUTCFullYear\(/);
  });

  it('the check finds each forbidden form (and not comments, strings or one-argument Dates)', () => {
    const bad = [
      'const a = Date.UTC(y, 0, 1);',
      'const b = new Date(y, m, d);',
      'const c = new Date(...parts);',
      'const d = new TZDate(y, m, d, 23, 59, 59, 999, zone);',
      'const e = TZDate(y, m, zone);',
      'x.setUTCFullYear(y, 0, 1);',
      'x.getFullYear();',
      'x.getMonth();',
      'x.getDate();',
      'x.getDay();',
      'x.getHours();',
      'x.setFullYear(y);',
      'x.setHours(23);',
      'x.getTimezoneOffset();',
      'x.toLocaleDateString("vi");',
    ];
    for (const line of bad) expect(forbiddenDateCalls('time/x.ts', line), line).toHaveLength(1);
    const fine = [
      '// Date.UTC(y, 0, 1) reads 50 as 1950',
      'const s = "new Date(y, m, d)";',
      'const a = new Date(ms);',
      'const b = new Date(text);',
      'x.getUTCFullYear(); x.getUTCMonth(); x.getUTCDate(); x.getUTCDay(); x.getTime(); x.toISOString();',
    ];
    for (const line of fine) expect(forbiddenDateCalls('time/x.ts', line), line).toEqual([]);
    // The helper may set a year as written; even it may not read the host's local time.
    expect(forbiddenDateCalls(HELPER, 'd.setUTCFullYear(y, m - 1, day);')).toEqual([]);
    expect(forbiddenDateCalls(HELPER, 'd.getFullYear();')).toHaveLength(1);
    expect(forbiddenDateCalls(HELPER, 'new TZDate(y, m - 1, d, 23, 59, 59, 999, zone);')).toHaveLength(1);
  });
});
