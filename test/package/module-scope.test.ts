// @zone-independent: reads the source text for Date.now() and friends; computes no date.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

/** The root identifier of a call chain such as `z.string().min(1)` or `FooSchema.extend({...})`. */
function chainRoot(node: ts.Expression): string | undefined {
  let current: ts.Expression = node;
  for (;;) {
    if (ts.isCallExpression(current) || ts.isPropertyAccessExpression(current)) current = current.expression;
    else if (ts.isIdentifier(current)) return current.text;
    else return undefined;
  }
}

/** Calls evaluated when the module loads (function bodies are not entered). */
function moduleScopeCalls(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassDeclaration(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) {
      const root = ts.isTaggedTemplateExpression(node) ? undefined : chainRoot(node.expression);
      // The exceptions: zod schema definitions (the model), built from `z` or from another schema; and
      // the built-in data frozen where it is defined, marked pure so bundlers drop what is not imported.
      const pureFreeze = root === 'deepFreeze' && /\/\* @__PURE__ \*\/\s*$/.test(text.slice(0, node.getStart()));
      const isSchema = root === 'z' || (root?.endsWith('Schema') ?? false);
      if (!isSchema && !pureFreeze) found.push(`${file.slice(src.length)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText().slice(0, 60)}`);
      if (isSchema) return;
    }
    ts.forEachChild(node, visit);
  };
  source.statements.forEach(visit);
  return found;
}

describe('rules of the house', () => {
  const all = files(src);
  // The command line (src/cli) is the one part that touches the process — files, argv, the clock —
  // and only its entry point runs code when loaded (DESIGN.md: "no Node-only API in the core").
  const cli = join(src, 'cli');
  const library = all.filter((f) => !f.startsWith(`${cli}/`) && !f.startsWith(`${cli}\\`));
  it('no call at module scope, except zod schema definitions (and the CLI entry point, which runs the command)', () => {
    expect(all.filter((f) => f !== join(cli, 'index.ts')).flatMap(moduleScopeCalls)).toEqual([]);
  });
  it('the library never imports the CLI', () => {
    expect(library.filter((f) => /from ['"][./]+cli\b/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
  it('no Date.now(), no argument-less new Date(), no Math.random() in the library', () => {
    const offenders = library.filter((f) => /\bDate\.now\(|new Date\(\)|Math\.random\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('no default exports', () => {
    expect(all.filter((f) => /\bexport default\b/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
  it('no Node-only import in the core', () => {
    expect(library.filter((f) => /from ['"]node:|require\(/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
