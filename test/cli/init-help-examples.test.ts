// @zone-independent: the examples pass --as-of where a status depends on the day; any day passes.
// Every example line of every command's `--help` runs as a user of the installed package runs it:
// in an empty folder of their own, after `chiso init` (catalog.json, units.csv, data.csv), with the
// package at node_modules/chiso (here a link to this repository, of which an example may use only
// what package.json "files" ships). Each must exit 0. The built CLI (dist/cli.js) is what runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuilt, cli, root } from './run';

const temp = mkdtempSync(join(tmpdir(), 'chiso-help-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const run = (cwd: string, args: readonly string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });

/** The words of a shell line: spaces split, double quotes group (what the examples use). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** The example commands of a help text: the `chiso …` lines after "Example", with `\` continuations joined. */
function examples(help: string): string[][] {
  const block = help.split(/\n(?=Examples?\b)/)[1]?.split(/\n\s*\n/)[0] ?? '';
  const joined = block.replace(/\\\n\s*/g, ' ');
  return joined.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('chiso ')).map((l) => words(l).slice(1));
}

const shipped = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] }).files;

describe('every --help example runs from a project folder with the package installed', () => {
  let commands: string[] = [];
  beforeAll(() => {
    checkBuilt();
    const main = run(root, ['--help']).stdout;
    commands = [...(main.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? '').matchAll(/^ {2}(\S+)/gm)].map((m) => m[1] as string);
  });

  it('lists the commands, and the main help has examples', () => {
    expect(commands).toEqual(expect.arrayContaining(['scorecard', 'rank', 'validate', 'init']));
    expect(examples(run(root, ['--help']).stdout).length).toBeGreaterThan(0);
  });

  it('each example exits 0', () => {
    const failures: string[] = [];
    for (const command of ['', ...commands]) {
      const help = run(root, command === '' ? ['--help'] : [command, '--help']).stdout;
      const list = examples(help);
      if (command !== '') expect(list.length, `chiso ${command} --help has examples`).toBeGreaterThan(0);
      const dir = join(temp, command === '' ? 'main' : command);
      mkdirSync(join(dir, 'node_modules'), { recursive: true });
      symlinkSync(root, join(dir, 'node_modules', 'chiso'), 'dir');
      if (list[0]?.[0] !== 'init') expect(run(dir, ['init']).status).toBe(0);
      for (const args of list) {
        for (const arg of args) {
          const inPackage = /^node_modules\/chiso\/(.+)$/.exec(arg)?.[1];
          if (inPackage !== undefined && !shipped.some((f) => inPackage === f || inPackage.startsWith(`${f}/`))) failures.push(`chiso ${args.join(' ')}: ${inPackage} is not in package.json "files"`);
        }
        const r = run(dir, args);
        if (r.status !== 0) failures.push(`chiso ${args.join(' ')} (from chiso ${command} --help): exit ${String(r.status)}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
