// @zone-independent: runs the JSDoc examples, whose dates are all civil days or explicit instants
// Every @example in the JSDoc of src/ is a module that runs, as the Markdown blocks are
// (code-blocks.test.ts; the same machinery: ./modules.ts). The rule:
//
// - The example is the comment's text after `@example` up to the next tag or the comment's end, its
//   ` * ` margin taken off. It may use, without importing them, the names of the root API (`chiso`,
//   src/index.ts, which includes `chiso/catalogs`) and the names its own file exports (so an internal
//   helper's example can call it); the test adds the imports. It is type-checked with the project's
//   strict tsconfig, then run.
// - A comment `//=> VALUE` checks the expression statement that ends right before it, on the same line
//   or alone on the next line(s) (nothing but white space between the statement and the comment). It
//   may sit inside a block (a `catch`, an `if`); it must run at least once.
// - VALUE is a JavaScript expression, usually a literal: the rest of the line, continued on the next
//   `//` lines while its brackets are open. It matches the statement's value as jsdoc-check.ts's
//   `matches` says: primitives by Object.is; arrays element by element; an object literal by exactly
//   its keys (any order), each value matching. `…` stands for any value, `{ … }` for any object,
//   `[…]` for any array: for a part the example does not mean to show.
// - `//=> throws Name` checks that the statement throws an error whose `name` is Name;
//   `//=> throws Name: message` also checks its message (exactly, or up to a final `…`).
// - Anything else in an example (a `// comment`, a `console.log`) is the reader's, not checked.
//
// An example that fails is fixed where it is written; KNOWN_FAILING lists, with the reason, any
// example that cannot be fixed at once. It is empty, and a test keeps every entry honest.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckResult, MARK } from './jsdoc-check';
import { type Available, type Example, type ExampleModule, exampleModule, extractExamples } from './jsdoc-example-modules';
import { root, runModules, scratchDir, typeCheckModules } from './modules';

/**
 * Examples that still fail, by key (`file declaration`, ` #n` for the n-th block of a declaration),
 * with why. For the files of the issue-14 restructuring in progress (src/score, src/evaluate, src/cli,
 * src/report/renderScorecard.ts, src/model/intake); to be emptied by the lead. An entry whose example
 * passes fails the test: remove it.
 */
export const KNOWN_FAILING: Readonly<Record<string, string>> = {};

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
const srcFiles = walk(join(root, 'src')).map((f) => relative(root, f).split(sep).join('/')).sort();
const examples = srcFiles.flatMap((f) => extractExamples(f, readFileSync(join(root, f), 'utf8')));

/** A few examples written to break the rule, run through the same pipeline: each must fail, as said. */
const FIXTURES: readonly (Example & { readonly fails: RegExp })[] = [
  ['wrong value', "rank([3, 1], { by: (x) => x }).map((r) => r.rank);\n//=> [1, 1]\n", /expected \[ 1, 1 \]/],
  ['extra key', "parsePeriod('2021').recurrence;\n//=> { every: 'year' }\n", /expected/],
  ['no throw', "parsePeriod('2021'); //=> throws ChisoError\n", /returns/],
  ['wrong error message', "parsePeriod('xyz'); //=> throws ChisoError: nothing like it\n", /expected throws ChisoError: nothing like it/],
  ['not a statement', "const x = parsePeriod('2021').kind; //=> 'year'\n", /must follow an expression statement/],
  ['never ran', "if (Math.max(1, 2) > 5) parsePeriod('2021').kind;\n//=> 'year'\n", /never ran/],
  ['throws', "parsePeriod('xyz').kind;\n//=> 'year'\n", /threw/],
  ['type error', "parsePeriod(2021);\n", /TS2345/],
  ['unclosed value', "parsePeriod('2021').end;\n//=> ['2021-12-31'\n", /does not close/],
].map(([name, code, fails]) => ({ file: 'fixture', name: name as string, key: `fixture ${name as string}`, line: 1, code: code as string, fails: fails as RegExp }));
/** And the same rule kept: these pass. */
const PASSING_FIXTURES: readonly Example[] = [
  ['wildcards', "parsePeriod('trước ngày 15/12');\n//=> { text: …, kind: 'yearly-before', start: null, end: null, recurrence: { … }, condition: null, leaseYears: null }\n"],
  ['multi-line value', "parsePeriod('2022-2023').kind; //=> 'range'\n[1, [2, 3]];\n//=> [\n//   1,\n//   [2, 3],\n// ]\n"],
  ['thrown, prefix', "parsePeriod('xyz');\n//=> throws ChisoError: …\n"],
  ['in a catch', "try {\n  parsePeriod('xyz');\n} catch (e) {\n  if (e instanceof ChisoError) e.issues[0]?.code;\n  //=> 'invalid_format'\n}\n"],
  ['awaited', "await Promise.resolve(-0);\n//=> -0\n"],
].map(([name, code]) => ({ file: 'fixture', name: name as string, key: `fixture ${name as string}`, line: 1, code: code as string }));

interface Outcome {
  readonly module: ExampleModule;
  readonly failures: string[];
}
let dir: string;
let outcomes: Map<string, Outcome>;

/** The names a module exports, each a value or only a type (aliases followed). */
function exportsOf(checker: ts.TypeChecker, file: ts.SourceFile | undefined): Map<string, boolean> {
  const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
  if (symbol === undefined) return new Map();
  return new Map(
    checker.getExportsOfModule(symbol).map((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return [s.name, (target.flags & ts.SymbolFlags.Value) !== 0] as const;
    }),
  );
}

beforeAll(() => {
  const program = ts.createProgram({
    rootNames: [...new Set(examples.map((e) => e.file)), 'src/index.ts'].map((f) => join(root, f)),
    options: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, skipLibCheck: true, types: [] },
  });
  const checker = program.getTypeChecker();
  const rootApi = exportsOf(checker, program.getSourceFile(join(root, 'src/index.ts')));

  dir = scratchDir('jsdoc-examples');
  const fromDir = (path: string): string => {
    const rel = relative(dir, join(root, path)).split(sep).join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
  const all = [...examples, ...FIXTURES, ...PASSING_FIXTURES];
  const modules = all.map((e, i) => {
    const own = e.file === 'fixture' ? new Map<string, boolean>() : exportsOf(checker, program.getSourceFile(join(root, e.file)));
    const available = (name: string): Available | undefined => {
      const inRoot = rootApi.get(name);
      if (inRoot !== undefined) return { from: 'root', isValue: inRoot };
      const inOwn = own.get(name);
      return inOwn === undefined ? undefined : { from: 'own', isValue: inOwn };
    };
    const ownPath = e.file === 'fixture' ? 'src/index.ts' : e.file;
    const module = exampleModule(e, available, {
      root: fromDir('src/index'),
      own: fromDir(ownPath.replace(/\.ts$/, '')),
      check: fromDir('test/docs/jsdoc-check'),
    });
    return { example: e, module, file: `${String(i).padStart(3, '0')}-${e.file.replace(/[^a-zA-Z0-9]+/g, '-')}-L${e.line}.ts` };
  });
  // tsc reports no type error at all once one file has a syntax error: those modules are held out of
  // the tsc run and the run, and fail on their syntax errors alone.
  const syntax = new Map(
    modules.map((m) => {
      const out = ts.transpileModule(m.module.code, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
      const lines = (out.diagnostics ?? []).map((d) => ({
        line: d.file === undefined || d.start === undefined ? 1 : d.file.getLineAndCharacterOfPosition(d.start).line + 1,
        message: `syntax error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
      }));
      return [m.file, lines] as const;
    }),
  );
  const sound = modules.filter((m) => (syntax.get(m.file) ?? []).length === 0);
  const errors = [
    ...typeCheckModules(
      dir,
      sound.map((m) => ({ file: m.file, code: m.module.code })),
    ),
    ...[...syntax].flatMap(([file, list]) => list.map((e) => ({ file, ...e }))),
  ];
  const ran = runModules(
    dir,
    sound.map((m) => join(dir, m.file)),
  );
  outcomes = new Map();
  const stray = errors.filter((e) => !modules.some((m) => m.file === e.file));
  for (const { example, module, file } of modules) {
    const where = (moduleLine: number): string => (example.file === 'fixture' ? `fixture:${moduleLine - 1}` : moduleLine <= 1 ? `${example.file}:${example.line} (the imports the test adds)` : `${example.file}:${example.line + moduleLine - 2}`);
    const failures = [...module.problems];
    if (module.checks.length === 0 && example.file !== 'fixture') failures.push(`${example.file}:${example.line}: no //=> in this example: it shows nothing a reader can check`);
    failures.push(...errors.filter((e) => e.file === file).map((e) => `${where(e.line)}: ${e.message}`));
    const run = ran.get(join(dir, file));
    const results = (run?.lines ?? []).filter((l) => l.startsWith(MARK)).map((l) => JSON.parse(l.slice(MARK.length)) as CheckResult);
    if (run === undefined) failures.push(`${example.file}:${example.line}: not run (a syntax error)`);
    else if (run.error !== null) failures.push(`${example.file}:${example.line}: threw ${run.error.split('\n').slice(0, 3).join(' | ')}`);
    for (const c of module.checks) {
      const got = results.filter((r) => r.id === c.id);
      if (got.length === 0 && run !== undefined && run.error === null) failures.push(`${c.id}: this //=> never ran`);
      for (const r of got.filter((g) => !g.ok)) failures.push(`${c.id}: got ${r.actual}, expected ${r.expected}`);
    }
    outcomes.set(example.key, { module, failures: [...new Set(failures)] });
  }
  if (stray.length > 0) outcomes.set('(other)', { module: { code: '', checks: [], problems: [] }, failures: stray.map((e) => `${e.file}:${e.line}: ${e.message}`) });
}, 240_000);

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('JSDoc @example blocks of src/', () => {
  it('are found (every stage documents its exports with examples)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(100);
    expect(new Set(examples.map((e) => e.key)).size).toBe(examples.length);
  });

  it('type-check nothing outside the examples', () => {
    expect(outcomes.get('(other)')?.failures ?? []).toEqual([]);
  });

  it('run, and each //=> holds (except the known failures, listed with their reasons)', () => {
    const failing = examples
      .filter((e) => KNOWN_FAILING[e.key] === undefined)
      .flatMap((e) => {
        const f = outcomes.get(e.key)?.failures ?? ['not run'];
        return f.length === 0 ? [] : [`${e.key}\n    ${f.join('\n    ')}`];
      });
    expect(failing, failing.join('\n')).toEqual([]);
  });

  it('the known failures still fail (remove an entry once its example runs)', () => {
    const keys = new Set(examples.map((e) => e.key));
    const stale = Object.keys(KNOWN_FAILING).filter((k) => !keys.has(k) || (outcomes.get(k)?.failures.length ?? 0) === 0);
    expect(stale).toEqual([]);
  });

});

describe('the //=> rule, on examples written to test it', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('fails: %s', (_, f) => {
    const failures = outcomes.get(f.key)?.failures ?? [];
    expect(failures.join('\n')).toMatch(f.fails);
  });
  it.each(PASSING_FIXTURES.map((f) => [f.name, f] as const))('passes: %s', (_, f) => {
    expect(outcomes.get(f.key)?.failures).toEqual([]);
  });
});
