// docs/cli.md is run, not only read: every `npx chiso …` line of its ```sh blocks runs against the
// built binary and must succeed (so must those of the README), and every ```text block marked `<!-- output of the commands above -->`
// must appear, line for line, in what the sh block before it printed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuilt, chiso, root } from './run';

interface Fence {
  readonly lang: string;
  readonly line: number;
  readonly body: string[];
  readonly marked: boolean;
}

function fences(text: string): Fence[] {
  const lines = text.split('\n');
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^```(\w*)\s*$/.exec(lines[i]!);
    if (m === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
    out.push({ lang: m[1]!, line: start + 1, body, marked: (lines[start - 1] ?? '').trim() === '<!-- output of the commands above -->' });
  }
  return out;
}

/** A shell line split into words, with "quoted" words kept whole (the docs use nothing fancier). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('docs/cli.md', () => {
  beforeAll(checkBuilt);
  const doc = fences(readFileSync(join(root, 'docs/cli.md'), 'utf8'));

  it('has commands to run and outputs to check', () => {
    expect(doc.filter((f) => f.lang === 'sh').flatMap((f) => f.body).filter((l) => l.startsWith('npx chiso ')).length).toBeGreaterThanOrEqual(10);
    expect(doc.filter((f) => f.marked)).toHaveLength(3);
  });

  it('so does every `npx chiso …` line of the README', () => {
    const readme = fences(readFileSync(join(root, 'README.md'), 'utf8')).filter((f) => f.lang === 'sh').flatMap((f) => f.body).filter((l) => l.startsWith('npx chiso '));
    expect(readme.length).toBeGreaterThan(0);
    for (const line of readme) {
      const args = words(line).slice(2);
      const out = args.findIndex((a) => a === '--out' || a === '-o');
      if (out !== -1) args[out + 1] = join(mkdtempSync(join(tmpdir(), 'chiso-docs-')), args[out + 1]!);
      expect(chiso(...args).code, `README.md: ${line}`).toBe(0);
    }
  });

  it('every `npx chiso …` command runs with exit 0, and the outputs shown are what it prints', () => {
    let printed = '';
    for (const fence of doc) {
      if (fence.lang === 'sh') {
        printed = '';
        for (const line of fence.body.filter((l) => l.startsWith('npx chiso '))) {
          const args = words(line).slice(2);
          const out = args.findIndex((a) => a === '--out' || a === '-o');
          if (out !== -1) args[out + 1] = join(mkdtempSync(join(tmpdir(), 'chiso-docs-')), args[out + 1]!);
          const r = chiso(...args);
          expect(r.code, `docs/cli.md:${fence.line}: ${line}\n${r.stderr}`).toBe(0);
          printed += r.stdout;
        }
      } else if (fence.marked) {
        for (const line of fence.body) expect(printed, `docs/cli.md:${fence.line}`).toContain(line);
      }
    }
  });
});
