// From a JSDoc @example to a module that checks it: the pure half of jsdoc-examples.test.ts (which
// states the rule). Reading the comments, finding each `//=>` and the statement it judges, and writing
// the module that imports what the example names and calls jsdoc-check.ts for each `//=>`.
import ts from 'typescript';

export interface Example {
  /** The source file, `src/…`. */
  readonly file: string;
  /** The declaration the comment documents (`rank`, `LunarDateSchema`, `ChisoIssue.code`). */
  readonly name: string;
  /** `file name`, and ` #n` when one declaration has several @example blocks: what the allow-list holds. */
  readonly key: string;
  /** The line of `file` on which the example's code starts. */
  readonly line: number;
  readonly code: string;
}

/** Every @example block of the JSDoc comments of a file, margin (` * `) stripped, with where it starts. */
export function extractExamples(file: string, text: string): Example[] {
  const examples: Example[] = [];
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    if (!m[0].includes('@example')) continue;
    const firstLine = text.slice(0, m.index).split('\n').length;
    const lines = m[0].split('\n').map((l, i) => (i === 0 ? l.replace(/^\/\*\*\s?/, '') : l.replace(/^\s*\*(?!\/) ?/, '')).replace(/\s*\*\/$/, ''));
    const after = text.slice((m.index ?? 0) + m[0].length);
    const declared =
      /^\s*(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/.exec(after)?.[1] ??
      /^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)/.exec(after)?.[1] ??
      `line ${firstLine}`;
    let current: { start: number; body: string[] } | undefined;
    const close = (): void => {
      if (current === undefined) return;
      const body = current.body;
      let start = current.start;
      while (body.length > 0 && (body[0] as string).trim() === '') {
        body.shift();
        start += 1;
      }
      while (body.length > 0 && (body[body.length - 1] as string).trim() === '') body.pop();
      const n = (seen.get(declared) ?? 0) + 1;
      seen.set(declared, n);
      examples.push({ file, name: declared, key: `${file} ${declared}${n > 1 ? ` #${n}` : ''}`, line: start, code: `${body.join('\n')}\n` });
      current = undefined;
    };
    lines.forEach((l, i) => {
      const tag = /^\s*@(\w+)/.exec(l)?.[1];
      if (tag !== undefined) {
        close();
        if (tag === 'example') current = { start: firstLine + i + 1, body: [] };
      } else current?.body.push(l);
    });
    close();
  }
  // A second block of the same declaration is ` #2`; the first gets ` #1` too once a second exists.
  return examples.map((e) => ((seen.get(e.name) ?? 0) > 1 && !e.key.includes(' #') ? { ...e, key: `${e.key} #1` } : e));
}

/** What a name of the example is, as far as the imports go: a value or only a type, and from where. */
export interface Available {
  readonly from: 'root' | 'own';
  readonly isValue: boolean;
}

export interface Check {
  /** `src/file.ts:line` of the `//=>` comment. */
  readonly id: string;
  readonly expected: string;
}

export interface ExampleModule {
  /** The module: line 1 its imports, line n + 1 the example's line n. */
  readonly code: string;
  readonly checks: readonly Check[];
  /** Where the example breaks the `//=>` rule (a `//=>` after no expression statement, two for one statement). */
  readonly problems: readonly string[];
}

/** The brackets opened and not closed in `text`, strings skipped: the expected value goes on while this is above 0. */
function openBrackets(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quote !== undefined) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
  }
  return depth;
}

/** An expected value as JavaScript: `{ … }`, `[…]` and `…` outside strings become the checker's wildcards. */
export function expectedSource(text: string, ns: string): string {
  let out = '';
  let plain = '';
  let quote: string | undefined;
  const flush = (): void => {
    out += plain
      .replace(/\{\s*…\s*\}/g, `${ns}.ANY_OBJECT`)
      .replace(/\[\s*…\s*\]/g, `${ns}.ANY_ARRAY`)
      .replace(/…/g, `${ns}.ANY`);
    plain = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quote !== undefined) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i += 1;
      } else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') {
      flush();
      quote = c;
      out += c;
    } else plain += c;
  }
  flush();
  return out;
}

/** The comments of a parsed module (each once), found in the trivia at every node's edges. */
function comments(source: ts.SourceFile): ts.CommentRange[] {
  const text = source.text;
  const found = new Map<number, ts.CommentRange>();
  const take = (ranges: ts.CommentRange[] | undefined): void => ranges?.forEach((r) => found.set(r.pos, r));
  const visit = (node: ts.Node): void => {
    take(ts.getLeadingCommentRanges(text, node.pos));
    take(ts.getLeadingCommentRanges(text, node.end));
    take(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  take(ts.getLeadingCommentRanges(text, 0));
  visit(source);
  return [...found.values()].sort((a, b) => a.pos - b.pos);
}

/** The identifiers an example uses without declaring them, each marked by whether it is used as a value. */
function freeNames(source: ts.SourceFile): Map<string, boolean> {
  const declared = new Set<string>();
  const used = new Map<string, boolean>();
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) declared.add(name.text);
    else for (const e of name.elements) if (!ts.isOmittedExpression(e)) bind(e.name);
  };
  const visit = (node: ts.Node, inType: boolean): void => {
    if (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) bind(node.name);
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isFunctionExpression(node)) && node.name !== undefined) declared.add(node.name.text);
    if (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) declared.add(node.name.text);
    if (ts.isIdentifier(node)) {
      const p = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p)) && p.name === node) ||
        (ts.isQualifiedName(p) && p.right === node) ||
        (ts.isBindingElement(p) && p.propertyName === node) ||
        ts.isLabeledStatement(p);
      if (!isName) used.set(node.text, (used.get(node.text) ?? false) || !inType);
    }
    const typeHere = inType || (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node));
    ts.forEachChild(node, (child) => visit(child, typeHere));
  };
  visit(source, false);
  for (const d of declared) used.delete(d);
  return used;
}

/**
 * The module that runs an example and checks its `//=>` comments (the rule: jsdoc-examples.test.ts).
 * `available` says which names the library offers; `paths` are the specifiers, from the module's
 * folder, of the root API, the example's own file and jsdoc-check.ts.
 */
export function exampleModule(
  example: Example,
  available: (name: string) => Available | undefined,
  paths: { readonly root: string; readonly own: string; readonly check: string },
): ExampleModule {
  const ns = '__jsdoc';
  const source = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const text = example.code;
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;
  const statements: ts.ExpressionStatement[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) statements.push(node);
    ts.forEachChild(node, collect);
  };
  collect(source);

  const all = comments(source).filter((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia);
  const checks: Check[] = [];
  const problems: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const judged = new Set<ts.Node>();
  all.forEach((c, i) => {
    const body = text.slice(c.pos, c.end);
    if (!body.startsWith('//=>')) return;
    const id = `${example.file}:${example.line + lineOf(c.pos)}`;
    // The value goes on over the next `//` lines while its brackets are open (a thrown message is words, one line).
    let expected = body.slice(4).trim();
    const words = expected.startsWith('throws ');
    for (let j = i + 1, line = lineOf(c.pos) + 1; !words && openBrackets(expected) > 0 && j < all.length; j += 1, line += 1) {
      const next = all[j] as ts.CommentRange;
      const nextText = text.slice(next.pos, next.end);
      if (lineOf(next.pos) !== line || nextText.startsWith('//=>')) break;
      expected += ` ${nextText.slice(2).trim()}`;
    }
    if (!words && openBrackets(expected) !== 0) problems.push(`${id}: the value after //=> does not close its brackets`);
    const statement = statements
      .filter((s) => s.end <= c.pos && /^\s*$/.test(text.slice(s.end, c.pos)))
      .sort((a, b) => b.end - a.end || a.getStart() - b.getStart())[0];
    if (statement === undefined) {
      problems.push(`${id}: a //=> must follow an expression statement (on its line, or alone on the next line)`);
      return;
    }
    if (judged.has(statement)) {
      problems.push(`${id}: a second //=> for the same statement`);
      return;
    }
    judged.add(statement);
    checks.push({ id, expected });
    const thrown = /^throws\s+([A-Za-z_$][\w$]*)(?::\s*(.*))?$/.exec(expected);
    const stmt = statement.getText(source);
    let call: string;
    if (thrown !== null) {
      const args = `${JSON.stringify(id)}, ${/\bawait\b/.test(stmt) ? 'async ' : ''}() => { ${stmt} }, ${JSON.stringify(thrown[1])}${thrown[2] === undefined ? '' : `, ${JSON.stringify(thrown[2])}`}`;
      call = /\bawait\b/.test(stmt) ? `await ${ns}.checkThrowsAsync(${args});` : `${ns}.checkThrows(${args});`;
    } else {
      call = `${ns}.check(${JSON.stringify(id)}, (${statement.expression.getText(source)}), (${expectedSource(expected, ns)}));`;
    }
    edits.push({ start: statement.getStart(source), end: statement.end, text: call });
  });
  let code = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) code = code.slice(0, e.start) + e.text + code.slice(e.end);

  const rootNames: string[] = [];
  const ownNames: string[] = [];
  for (const [name, asValue] of [...freeNames(source)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const a = available(name);
    if (a === undefined) continue;
    const spec = asValue && a.isValue ? name : `type ${name}`;
    (a.from === 'root' ? rootNames : ownNames).push(spec);
  }
  const imports = [
    `import * as ${ns} from '${paths.check}';`,
    rootNames.length > 0 ? `import { ${rootNames.join(', ')} } from '${paths.root}';` : '',
    ownNames.length > 0 ? `import { ${ownNames.join(', ')} } from '${paths.own}';` : '',
  ];
  // Line 1 holds every import, so line n + 1 of the module is line n of the example; the import of
  // jsdoc-check.ts makes it a module (top-level await allowed) in any case.
  return { code: `${imports.filter((l) => l !== '').join(' ')}\n${code}`, checks, problems };
}
