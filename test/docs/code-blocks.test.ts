// Every ```ts (or ```typescript) block of README.md and docs/*.md is a module a reader can copy: the
// suite writes each to a file, type-checks them all with the project's strict tsconfig (`chiso`
// mapped to src/index.ts), and runs them. A line `console.log(…); //=> text` must print `text`.
//
// Opting out is allowed only with a reason in the line above the fence:
//   <!-- no-run: reads a file the reader supplies -->      then ```ts no-run    (type-checked, not run)
//   <!-- no-check: shows an error on purpose -->            then ```ts no-check  (neither)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runModules, scratchDir, typeCheckModules } from './modules';

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
  dir = scratchDir('code-blocks');
  const errors = typeCheckModules(
    dir,
    checked.map((b) => ({ file: b.file, code: /^\s*(import|export)\s/m.test(b.code) ? b.code : `${b.code}export {};\n` })),
  );
  tscErrors = new Map();
  for (const e of errors) {
    const block = checked.find((b) => b.file === e.file);
    const where = block === undefined ? e.file : `${block.doc}:${block.line + e.line - 1}`;
    tscErrors.set(block?.file ?? '(other)', [...(tscErrors.get(block?.file ?? '(other)') ?? []), `${where}: ${e.message}`]);
  }
  // One process runs every block in turn (imported as a module; console.log captured per block).
  const ran = runModules(dir, runnable.map((b) => join(dir, b.file)));
  runs = new Map(runnable.map((b) => [b.file, ran.get(join(dir, b.file)) ?? { lines: [], error: 'not run' }]));
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
