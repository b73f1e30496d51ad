// @zone-independent: reads source text
// The house's layer rule (docs/architecture.md), read from the TypeScript AST of every src/**/*.ts:
//
//   _shared, errors.ts < model < catalogs < config < schema < time < measure < evaluate < score < rank < units < sql < report < cli
//
// A file may import its own stage (its folder, sub-folders and `_internal` included), earlier stages'
// non-private files, `src/_shared`, `src/errors.ts` and npm packages. Never a later stage, never another
// stage's `_internal`, never in a cycle. `src/_shared` and `src/errors.ts` import only each other and
// npm packages. The CLI imports only the public API (src/index.ts, the stages' index.ts files and the
// names they re-export, followed through the files, transitively) and `src/_shared`. Every kind of import counts: `import`,
// `import type`, `export … from`, `import('…')` and `typeof import('…')` types — a cycle through types
// is still a cycle a reader has to untangle.
//
// The checker is a pure function of a map { path → source text }: the negative fixtures at the end run
// tiny synthetic trees through the very same functions, so each kind of violation is seen to fail.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The stages in flow order; a stage may import the ones before it. `index` is src/index.ts (the root API). */
export const FLOW = ['base', 'model', 'catalogs', 'config', 'schema', 'time', 'measure', 'evaluate', 'score', 'rank', 'units', 'sql', 'report', 'index', 'cli'] as const;
type Stage = (typeof FLOW)[number];

export type ImportKind = 'import' | 'import type' | 'export from' | 'dynamic import' | 'import() type';
/** A name brought in (`imported`) and what it is called on this side (`local`: the binding, or the re-exported name). */
export interface Binding {
  readonly imported: string;
  readonly local: string;
}
export interface ImportRef {
  readonly specifier: string;
  readonly line: number;
  readonly kind: ImportKind;
  /** The names taken, or `'*'` for the whole module (a namespace, `export *`, a side-effect or dynamic import). */
  readonly names: readonly Binding[] | '*';
}
export interface Edge extends ImportRef {
  /** The imported file (`src/…`), or `null` for a package (npm or `node:`). */
  readonly to: string | null;
}
export type ViolationKind = 'unresolved' | 'against the flow' | 'private' | 'shared' | 'cli' | 'cycle';
export interface Violation {
  readonly kind: ViolationKind;
  /** Stable across line moves: what the allow-list holds. */
  readonly key: string;
  /** `file:line …`, for people. */
  readonly text: string;
}

/** Every import of a module: declarations, `export … from`, `import('…')` calls and `import('…')` types. */
export function readImports(path: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: ImportRef[] = [];
  const add = (literal: ts.Node, kind: ImportKind, names: readonly Binding[] | '*'): void => {
    if (!ts.isStringLiteralLike(literal)) return;
    found.push({ specifier: literal.text, line: source.getLineAndCharacterOfPosition(literal.getStart()).line + 1, kind, names });
  };
  const pairs = (elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>): Binding[] =>
    elements.map((e) => ({ imported: (e.propertyName ?? e.name).text, local: e.name.text }));
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bound = clause?.namedBindings;
      const names: Binding[] | '*' =
        clause === undefined || (bound !== undefined && ts.isNamespaceImport(bound))
          ? '*'
          : [...(clause.name === undefined ? [] : [{ imported: 'default', local: clause.name.text }]), ...(bound === undefined ? [] : pairs(bound.elements))];
      add(node.moduleSpecifier, clause?.isTypeOnly === true ? 'import type' : 'import', names);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined) {
      const clause = node.exportClause;
      const names: Binding[] | '*' =
        clause === undefined ? '*' : ts.isNamespaceExport(clause) ? [{ imported: '*', local: clause.name.text }] : pairs(clause.elements);
      add(node.moduleSpecifier, 'export from', names);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, 'import', '*');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] !== undefined) {
      add(node.arguments[0], 'dynamic import', '*');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      let first = node.qualifier;
      while (first !== undefined && ts.isQualifiedName(first)) first = first.left;
      add(node.argument.literal, 'import() type', first === undefined ? '*' : [{ imported: first.text, local: first.text }]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative specifier names (`./x` → x.ts or x/index.ts; `.js` written for `.ts`), `null` for a package. */
export function resolveSpecifier(from: string, specifier: string, has: (path: string) => boolean): string | null | undefined {
  if (!specifier.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const stem = base.replace(/\.(js|ts|mjs|mts)$/, '');
  return [`${stem}.ts`, `${stem}/index.ts`, base].find(has);
}

/** Where a file sits in the flow: its stage, and whether it is a stage's private (`_internal`) file. */
export function placeOf(path: string): { stage: Stage | 'outside'; folder: string; private: boolean } {
  const parts = path.split('/');
  if (parts[0] !== 'src') return { stage: 'outside', folder: '', private: false };
  if (parts.length === 2) {
    if (parts[1] === 'errors.ts') return { stage: 'base', folder: 'errors.ts', private: false };
    if (parts[1] === 'index.ts') return { stage: 'index', folder: 'index.ts', private: false };
    return { stage: 'outside', folder: parts[1] as string, private: false };
  }
  const folder = parts[1] as string;
  const stage = folder === '_shared' ? 'base' : (FLOW as readonly string[]).includes(folder) && folder !== 'base' && folder !== 'index' ? (folder as Stage) : 'outside';
  return { stage, folder, private: parts.slice(2, -1).includes('_internal') };
}

/**
 * The public API, file by file: which names of each file the package hands out. The root and stage
 * index.ts files are public whole (`'all'`); a name they re-export makes that name of the source file
 * public, and so on down the `export … from` chains (`export *` passes on what is public where it stands).
 */
export function publicNames(graph: ReadonlyMap<string, readonly Edge[]>): Map<string, 'all' | Set<string>> {
  const api = new Map<string, 'all' | Set<string>>();
  const queue: string[] = [];
  const grant = (file: string, names: 'all' | readonly string[]): void => {
    const had = api.get(file);
    if (had === 'all') return;
    if (names === 'all') api.set(file, 'all');
    else {
      const set = had ?? new Set<string>();
      const size = had === undefined ? -1 : set.size;
      for (const n of names) set.add(n);
      if (set.size === size) return;
      api.set(file, set);
    }
    queue.push(file);
  };
  for (const f of graph.keys()) if (f === 'src/index.ts' || /^src\/[^/]+\/index\.ts$/.test(f)) grant(f, 'all');
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const mine = api.get(file) as 'all' | Set<string>;
    for (const edge of graph.get(file) ?? []) {
      if (edge.kind !== 'export from' || edge.to === null || !graph.has(edge.to)) continue;
      if (edge.names === '*') grant(edge.to, mine === 'all' ? 'all' : [...mine]);
      else {
        const passed = edge.names.filter((b) => mine === 'all' || mine.has(b.local));
        if (passed.some((b) => b.imported === '*')) grant(edge.to, 'all');
        else if (passed.length > 0) grant(edge.to, passed.map((b) => b.imported));
      }
    }
  }
  return api;
}

/** The import graph of a tree { path → text } (paths posix, from the repository root: `src/…`). */
export function importGraph(tree: ReadonlyMap<string, string>): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const [path, text] of tree) {
    graph.set(
      path,
      readImports(path, text).map((ref) => {
        const to = resolveSpecifier(path, ref.specifier, (p) => tree.has(p));
        return { ...ref, to: to === undefined ? `?${ref.specifier}` : to };
      }),
    );
  }
  return graph;
}

/** The violations of the layer rule by single imports (cycles are {@link cycles}'). */
export function layerViolations(graph: ReadonlyMap<string, readonly Edge[]>): Violation[] {
  const api = publicNames(graph);
  const out: Violation[] = [];
  const rank = (s: Stage | 'outside'): number => (s === 'outside' ? -1 : FLOW.indexOf(s));
  for (const [from, edges] of graph) {
    const here = placeOf(from);
    for (const edge of edges) {
      const at = `${from}:${edge.line}`;
      const push = (kind: ViolationKind, why: string): void => {
        out.push({ kind, key: `${kind}: ${from} → ${edge.to ?? edge.specifier}`, text: `${at} ${kind}: ${edge.kind} '${edge.specifier}' — ${why}` });
      };
      if (edge.to === null) continue; // npm packages and node: builtins (module-scope.test.ts keeps node: out of the library)
      if (edge.to.startsWith('?')) {
        push('unresolved', 'no such file under src/');
        continue;
      }
      const there = placeOf(edge.to);
      if (here.stage === 'base' && there.stage !== 'base') {
        push('shared', `src/_shared and src/errors.ts import only each other and npm packages, not ${there.folder}`);
        continue;
      }
      if (here.stage === 'cli') {
        if (there.stage === 'cli' || there.folder === '_shared') continue;
        const open = api.get(edge.to);
        const rule = 'the CLI imports only the public API (src/index.ts, the stage index.ts files and what they re-export) and src/_shared';
        if (open === undefined) push('cli', `${edge.to} is not part of the public API; ${rule}`);
        else if (open !== 'all') {
          const hidden = edge.names === '*' ? ['* (the whole module)'] : edge.names.filter((b) => !open.has(b.imported)).map((b) => b.imported);
          if (hidden.length > 0) push('cli', `${hidden.join(', ')} not exported by the public API; ${rule}`);
        }
        continue;
      }
      if (rank(there.stage) > rank(here.stage)) {
        push('against the flow', `${here.folder} (stage ${rank(here.stage)}) imports ${there.folder} (stage ${rank(there.stage)}), a later stage`);
      } else if (there.private && there.folder !== here.folder) {
        push('private', `${there.folder}'s _internal is private to ${there.folder}`);
      }
    }
  }
  return out;
}

/** Tarjan's strongly connected components; each component of two files or more (or a file importing itself) is a cycle. */
export function cycles(graph: ReadonlyMap<string, readonly Edge[]>): Violation[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const targets = (v: string): string[] => [...new Set((graph.get(v) ?? []).flatMap((e) => (e.to !== null && graph.has(e.to) ? [e.to] : [])))];
  // Iterative, so a long chain of files cannot overflow the stack.
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { v: string; next: string[]; i: number }[] = [];
    const open = (v: string): void => {
      index.set(v, counter);
      low.set(v, counter);
      counter += 1;
      stack.push(v);
      onStack.add(v);
      work.push({ v, next: targets(v), i: 0 });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { v: string; next: string[]; i: number };
      if (frame.i < frame.next.length) {
        const w = frame.next[frame.i] as string;
        frame.i += 1;
        if (!index.has(w)) open(w);
        else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v) as number, index.get(w) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.v, Math.min(low.get(parent.v) as number, low.get(frame.v) as number));
      if (low.get(frame.v) === index.get(frame.v)) {
        const component: string[] = [];
        for (;;) {
          const w = stack.pop() as string;
          onStack.delete(w);
          component.push(w);
          if (w === frame.v) break;
        }
        const selfLoop = component.length === 1 && targets(frame.v).includes(frame.v);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components.sort((a, b) => (a.join() < b.join() ? -1 : 1)).map((component) => {
    const members = new Set(component);
    // One concrete loop through the component, with the line of each import, from its first file back to it.
    const first = component[0] as string;
    const previous = new Map<string, { from: string; line: number }>();
    const queue = [first];
    let closing: { from: string; line: number } | undefined;
    for (let i = 0; i < queue.length && closing === undefined; i += 1) {
      const v = queue[i] as string;
      for (const e of graph.get(v) ?? []) {
        if (e.to === first) {
          closing = { from: v, line: e.line };
          break;
        }
        if (e.to !== null && members.has(e.to) && !previous.has(e.to) && e.to !== first) {
          previous.set(e.to, { from: v, line: e.line });
          queue.push(e.to);
        }
      }
    }
    const path: string[] = [];
    for (let step = closing; step !== undefined; step = previous.get(step.from)) path.unshift(`${step.from}:${step.line}`);
    return {
      kind: 'cycle' as const,
      key: `cycle: ${component.join(' ↔ ')}`,
      text: `cycle of ${component.length} file(s): ${path.join(' → ')} → ${first}`,
    };
  });
}

/** Every violation of a tree, in a stable order. */
export function checkLayers(tree: ReadonlyMap<string, string>): Violation[] {
  const graph = importGraph(tree);
  const single = layerViolations(graph).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return [...single, ...cycles(graph)];
}

/**
 * What still fails while the house is being built (issue 14), by key (`kind: from → to`; lines move,
 * keys do not). It must be EMPTY when the refactor is done: each entry is fixed in its area, then
 * removed here (an entry that no longer fails makes the test fail too, so the list only shrinks).
 */
export const ALLOWED: readonly string[] = [];

const root = fileURLToPath(new URL('../..', import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
const repoTree = (): Map<string, string> =>
  new Map(walk(join(root, 'src')).map((file) => [relative(root, file).split(sep).join('/'), readFileSync(file, 'utf8')]));

describe('layers of src/ (docs/architecture.md)', () => {
  const found = checkLayers(repoTree());
  it('no import against the flow, into another stage’s _internal, out of _shared, past the CLI’s public API, nor in a cycle', () => {
    const allowed = new Set(ALLOWED);
    const failing = found.filter((v) => !allowed.has(v.key));
    expect(failing.map((v) => v.text), `not allowed (file:line, then the key):\n${failing.map((v) => `  ${v.text}\n    key: ${v.key}`).join('\n')}`).toEqual([]);
  });
  it('the allow-list holds only what still fails (remove an entry once it is fixed)', () => {
    const keys = new Set(found.map((v) => v.key));
    expect(ALLOWED.filter((k) => !keys.has(k))).toEqual([]);
  });
  it('reads the real tree (every stage present; the public API reaches the stage files)', () => {
    const graph = importGraph(repoTree());
    const stages = new Set([...graph.keys()].map((f) => placeOf(f).stage));
    expect([...FLOW].filter((s) => !stages.has(s))).toEqual([]);
    expect([...graph.keys()].filter((f) => placeOf(f).stage === 'outside')).toEqual([]);
    expect([...graph.values()].flat().length).toBeGreaterThan(500);
    const api = publicNames(graph);
    expect(api.get('src/index.ts')).toBe('all');
    expect(api.get('src/errors.ts')).toEqual(new Set(['ChisoError', 'ChisoIssue']));
    const evaluate = api.get('src/evaluate/evaluate.ts');
    expect(evaluate !== undefined && evaluate !== 'all' && evaluate.has('evaluate')).toBe(true);
  });
});

describe('the checker fails on each kind of violation (synthetic trees)', () => {
  const tree = (files: Record<string, string>): Map<string, string> => new Map(Object.entries(files));
  const kinds = (files: Record<string, string>): string[] => checkLayers(tree(files)).map((v) => `${v.kind} ${v.text.split(' ')[0]}`);

  it('passes a tree that keeps the rule', () => {
    expect(
      kinds({
        'src/errors.ts': "import { z } from 'zod';",
        'src/_shared/a.ts': "import { ChisoError } from '../errors';\nimport { b } from './b';",
        'src/_shared/b.ts': "import Decimal from 'decimal.js';",
        'src/model/m.ts': "import { a } from '../_shared/a';\nimport type { X } from './intake/x';",
        'src/model/intake/x.ts': "import { b } from '../../_shared/b.js';",
        'src/model/index.ts': "export { m } from './m';",
        'src/score/s.ts': "import { h } from './_internal/h';\nimport { m } from '../model/m';",
        'src/score/_internal/h.ts': "import type { m } from '../../model/index';",
        'src/score/index.ts': "export * from './s';",
        'src/index.ts': "export * from './model/index';\nexport * from './score/index';",
        'src/cli/main.ts': "import { m, s } from '../index';\nimport { a } from '../_shared/a';\nimport { s as t } from '../score/s';\nimport { readFileSync } from 'node:fs';",
      }),
    ).toEqual([]);
  });
  it('an import against the flow (a value, a type, a re-export, a dynamic import, an import() type)', () => {
    expect(
      kinds({
        'src/model/a.ts': "import { s } from '../score/s';",
        'src/model/b.ts': "import type { S } from '../score/s';",
        'src/model/c.ts': "export { s } from '../score/s';",
        'src/model/d.ts': "export const f = () => import('../score/s');",
        'src/model/e.ts': "export type T = typeof import('../score/s');",
        'src/rank/r.ts': "import { chiso } from '../index';",
        'src/index.ts': "export * from './score/s';",
        'src/score/s.ts': 'export const s = 1;',
      }),
    ).toEqual(['against the flow src/model/a.ts:1', 'against the flow src/model/b.ts:1', 'against the flow src/model/c.ts:1', 'against the flow src/model/d.ts:1', 'against the flow src/model/e.ts:1', 'against the flow src/rank/r.ts:1']);
  });
  it('a file reaching into another stage’s _internal (even an earlier stage’s)', () => {
    expect(
      kinds({
        'src/evaluate/_internal/judge.ts': 'export const judge = 1;',
        'src/evaluate/evaluate.ts': "import { judge } from './_internal/judge';",
        'src/score/s.ts': "\nimport { judge } from '../evaluate/_internal/judge';",
      }),
    ).toEqual(['private src/score/s.ts:2']);
  });
  it('_shared (or errors.ts) importing anything but _shared, errors.ts and packages', () => {
    expect(
      kinds({
        'src/_shared/a.ts': "import type { Catalog } from '../model/catalog';",
        'src/errors.ts': "import { x } from './time/x';",
        'src/model/catalog.ts': 'export type Catalog = {};',
        'src/time/x.ts': 'export const x = 1;',
      }),
    ).toEqual(['shared src/_shared/a.ts:1', 'shared src/errors.ts:1']);
  });
  it('the CLI importing a library file, or a name of one, outside the public API', () => {
    expect(
      kinds({
        'src/index.ts': "export * from './evaluate/index';",
        'src/evaluate/index.ts': "export { evaluate, type EvaluateOptions as Options } from './evaluate';\nexport * from './more';",
        'src/evaluate/evaluate.ts': "import { judge } from './_internal/judge';\nexport const evaluate = 1, judgeAll = 2;\nexport type EvaluateOptions = {};",
        'src/evaluate/more.ts': 'export const more = 1;',
        'src/evaluate/_internal/judge.ts': 'export const judge = 1;',
        'src/evaluate/helper.ts': 'export const helper = 1;',
        'src/cli/a.ts': [
          "import { evaluate, type EvaluateOptions } from '../evaluate/evaluate';",
          "import { judge } from '../evaluate/_internal/judge';",
          "import { helper } from '../evaluate/helper';",
          "import { judgeAll } from '../evaluate/evaluate';",
          "import * as whole from '../evaluate/evaluate';",
          "import { more } from '../evaluate/more';",
          "import * as api from '../index';",
        ].join('\n'),
      }),
    ).toEqual(['cli src/cli/a.ts:2', 'cli src/cli/a.ts:3', 'cli src/cli/a.ts:4', 'cli src/cli/a.ts:5']);
  });
  it('every cycle (Tarjan components), type-only ones included, each printed once with its lines', () => {
    const found = checkLayers(
      tree({
        'src/evaluate/a.ts': "import type { B } from './b';",
        'src/evaluate/b.ts': "import { c } from './c';",
        'src/evaluate/c.ts': "\n\nimport { a } from './a';",
        'src/rank/x.ts': "import { y } from './y';",
        'src/rank/y.ts': "import { x } from './x';",
        'src/rank/self.ts': "import { self } from './self';",
        'src/rank/free.ts': "import { x } from './x';",
      }),
    );
    expect(found.map((v) => v.key)).toEqual([
      'cycle: src/evaluate/a.ts ↔ src/evaluate/b.ts ↔ src/evaluate/c.ts',
      'cycle: src/rank/self.ts',
      'cycle: src/rank/x.ts ↔ src/rank/y.ts',
    ]);
    expect(found[0]?.text).toBe('cycle of 3 file(s): src/evaluate/a.ts:1 → src/evaluate/b.ts:1 → src/evaluate/c.ts:3 → src/evaluate/a.ts');
  });
  it('an import of a file that does not exist', () => {
    expect(kinds({ 'src/model/a.ts': "import { b } from './b';" })).toEqual(['unresolved src/model/a.ts:1']);
  });
});
