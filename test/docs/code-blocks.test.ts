// Every ```ts (or ```typescript) block of README.md and docs/*.md is a module a reader can copy: the
// suite writes each to a file, type-checks them all with the project's strict tsconfig (`chiso`
// mapped to src/index.ts), and runs them. A line `console.log(…); //=> text` must print `text`.
//
// Opting out is allowed only with a reason in the line above the fence:
//   <!-- no-run: reads a file the reader supplies -->      then ```ts no-run    (type-checked, not run)
//   <!-- no-check: shows an error on purpose -->            then ```ts no-check  (neither)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Block {
  readonly doc: string; // path relative to the root
  readonly line: number; // 1-based line of the first code line
  readonly code: string;
  readonly flag: 'check-and-run' | 'no-run' | 'no-check';
  readonly reason: string | undefined;
  readonly file: string; // the module's file name
}

/** The fenced ts/typescript blocks of a Markdown file, with their flags and reasons. */
function extract(doc: string): Block[] {
  const lines = readFileSync(join(root, doc), 'utf8').split('\n');
  const blocks: Block[] = [];
  let open: { info: string; start: number; fence: string; prev: string } | undefined;
  let body: string[] = [];
  lines.forEach((text, i) => {
    if (open === undefined) {
      const m = /^(```+|~~~+)\s*(.*)$/.exec(text);
      if (m !== null) {
        open = { fence: m[1] as string, info: (m[2] as string).trim(), start: i + 2, prev: (lines[i - 1] ?? '').trim() };
        body = [];
      }
      return;
    }
    if (text.trimEnd() === open.fence) {
      const [lang, ...flags] = open.info.split(/\s+/);
      if (lang === 'ts' || lang === 'typescript') {
        const flag = flags.includes('no-check') ? 'no-check' : flags.includes('no-run') ? 'no-run' : 'check-and-run';
        const reason = new RegExp(`^<!--\\s*${flag}:\\s*(.+?)\\s*-->$`).exec(open.prev)?.[1];
        const file = `${doc.replace(/[^a-zA-Z0-9]+/g, '-')}-L${open.start}.ts`;
        blocks.push({ doc, line: open.start, code: body.join('\n') + '\n', flag, reason, file });
      }
      open = undefined;
      return;
    }
    body.push(text);
  });
  return blocks;
}

const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const blocks = docs.flatMap(extract);
const checked = blocks.filter((b) => b.flag !== 'no-check');
const runnable = blocks.filter((b) => b.flag === 'check-and-run');

let dir: string;
let tscErrors: Map<string, string[]>;
let runs: Map<string, { lines: string[]; error: string | null }>;

beforeAll(() => {
  mkdirSync(join(root, 'test-output'), { recursive: true });
  // Inside the repository, so that node_modules (zod, @types/node) resolve as for a reader's project.
  dir = mkdtempSync(join(root, 'test-output', 'code-blocks-'));
  for (const b of checked) {
    const isModule = /^\s*(import|export)\s/m.test(b.code);
    writeFileSync(join(dir, b.file), isModule ? b.code : `${b.code}export {};\n`);
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: join(root, 'tsconfig.json'), compilerOptions: { noEmit: true }, include: checked.map((b) => b.file) }),
  );
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], {
    cwd: root,
    encoding: 'utf8',
  });
  tscErrors = new Map();
  for (const text of `${tsc.stdout}${tsc.stderr}`.split('\n')) {
    const m = /^(.*?)\((\d+),(\d+)\): (error .*)$/.exec(text);
    if (m === null) continue;
    const file = relative(dir, join(root, m[1] as string));
    const block = checked.find((b) => b.file === file);
    const where = block === undefined ? (m[1] as string) : `${block.doc}:${block.line + Number(m[2]) - 1}`;
    tscErrors.set(block?.file ?? '(other)', [...(tscErrors.get(block?.file ?? '(other)') ?? []), `${where}: ${m[4]}`]);
  }
  if (tsc.status !== 0 && tscErrors.size === 0) tscErrors.set('(other)', [`tsc exited ${tsc.status}: ${tsc.stdout}${tsc.stderr}`]);

  // One process runs every block in turn (imported as a module; console.log captured per block).
  const runner = join(dir, 'run-blocks.ts');
  writeFileSync(
    runner,
    `import { format } from 'node:util';
import { pathToFileURL } from 'node:url';
const results: Record<string, { lines: string[]; error: string | null }> = {};
for (const file of process.argv.slice(2)) {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => { lines.push(...format(...args).split('\\n')); };
  try {
    await import(pathToFileURL(file).href);
    results[file] = { lines, error: null };
  } catch (e) {
    results[file] = { lines, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  } finally {
    console.log = log;
  }
}
process.stdout.write(JSON.stringify(results));
`,
  );
  const out = execFileSync(process.execPath, ['--import', 'tsx', runner, ...runnable.map((b) => join(dir, b.file))], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const parsed = JSON.parse(out) as Record<string, { lines: string[]; error: string | null }>;
  runs = new Map(runnable.map((b) => [b.file, parsed[join(dir, b.file)] ?? { lines: [], error: 'not run' }]));
}, 180_000);

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('code blocks of README.md and docs/*.md', () => {
  it('are found (the guides have code to check)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    expect(new Set(blocks.map((b) => b.doc))).toContain('docs/getting-started.md');
  });

  it('opt out only with a reason written above the fence', () => {
    const unexplained = blocks.filter((b) => b.flag !== 'check-and-run' && b.reason === undefined).map((b) => `${b.doc}:${b.line - 1}`);
    expect(unexplained, 'a ```ts no-run / no-check block needs <!-- no-run: reason --> or <!-- no-check: reason --> on the line above').toEqual([]);
  });

  it('type-check nothing outside the blocks', () => {
    expect(tscErrors.get('(other)') ?? []).toEqual([]);
  });

  describe.each(checked.map((b) => [`${b.doc}:${b.line}`, b] as const))('%s', (_, b) => {
    it('type-checks (strict tsconfig, chiso → src)', () => {
      expect(tscErrors.get(b.file) ?? []).toEqual([]);
    });
    it.runIf(b.flag === 'check-and-run')('runs without throwing and prints what its //=> comments say', () => {
      const run = runs.get(b.file);
      expect(run?.error ?? null).toBeNull();
      const logs = b.code.split('\n').filter((l) => /^\s*console\.log\(/.test(l));
      const expected = logs.map((l) => /\/\/=> (.*)$/.exec(l)?.[1]);
      if (expected.every((e) => e === undefined)) return;
      const lines = run?.lines ?? [];
      expect(lines.length, `${b.doc}:${b.line}: one printed line per console.log line, to match the //=> comments`).toBe(logs.length);
      expected.forEach((e, i) => {
        if (e !== undefined) expect(lines[i], `${b.doc}:${b.line}: ${logs[i]?.trim()}`).toBe(e);
      });
    });
  });
});
