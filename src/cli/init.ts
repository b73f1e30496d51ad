import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseCommandArgs, stringOf } from './args';
import type { CliContext } from './context';
import { CliError, EXIT, usageError } from './errors';
import { starterFiles } from './starter';

/** `chiso init --help`. */
export const initHelp = `chiso init — write a starter catalog.json, units.csv and data.csv for a province to edit

The three files validate and score as they are: a two-tier province ("hierarchy": "twoTier2025")
with three communes and two indicators. Edit them into your own plan (docs/adapting.md explains
every field; catalog.json names the JSON Schema, so an editor shows help and checks as you type).

Usage:
  chiso init [--dir <d>] [--province <name>] [--force]

Options:
  --dir <d>           where to write the files (default: the current directory; created if missing)
  --province <name>   the province's name, without "tỉnh" (default: An Bình, an invented province)
  --force             overwrite files that exist (without it, nothing is written if one does)
  -h, --help          this help

Examples:
  chiso init
  chiso init --dir my-province --province "Hà Giang"

Exit codes: 0 written; 2 usage, or a file exists (use --force); 3 a file could not be written.
`;

/** The schema file of an installed package, as a path from the catalog's folder (the project is the current one). */
function schemaPathFrom(dir: string): string {
  const up = relative(dir, '.').split(sep).join('/');
  return `${up === '' ? '.' : up}/node_modules/chiso/schema/catalog.schema.json`;
}

/**
 * `chiso init`: writes the starter files and prints the commands to run next.
 *
 * @param argv - the arguments after the command's name
 * @param ctx - output streams and today's date
 * @returns the exit code (0; problems are thrown)
 * @throws {CliError} a usage error (exit 2, also when a file exists without `--force`) or an I/O
 *   error (exit 3)
 *
 * @example
 * const out: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), today: '2026-12-01' };
 * runInit(['--help'], ctx);
 * //=> 0
 */
export function runInit(argv: readonly string[], ctx: CliContext): number {
  const command = 'init';
  const parsed = parseCommandArgs(command, argv, { dir: { type: 'string' }, province: { type: 'string' }, force: { type: 'boolean' } });
  if (parsed.values['help'] === true) {
    ctx.stdout(initHelp);
    return 0;
  }
  const dir = stringOf(parsed, 'dir') ?? '.';
  const province = (stringOf(parsed, 'province') ?? 'An Bình').trim().replace(/^tỉnh\s+/iu, '');
  if (province === '') throw usageError('--province needs a name (e.g. --province "Hà Giang")', command);
  const files = starterFiles(province, schemaPathFrom(dir));
  const paths = Object.keys(files).map((name) => join(dir, name));
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length > 0 && parsed.values['force'] !== true) {
    throw usageError(`${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (use --force to overwrite)`, command);
  }
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, 'utf8');
  } catch (error) {
    throw new CliError(EXIT.io, [`error: cannot write the starter files in ${dir}: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const at = (name: string): string => (dir === '.' ? name : join(dir, name));
  const quote = (p: string): string => (/^[\w./-]+$/.test(p) ? p : `"${p}"`);
  const [catalog, units, data] = [at('catalog.json'), at('units.csv'), at('data.csv')].map(quote) as [string, string, string];
  ctx.stdout(
    `Wrote ${paths.join(', ')}.\n\nNext:\n` +
      `  chiso validate ${catalog}\n` +
      `  chiso scorecard --catalog ${catalog} --data ${data} --units ${units}\n` +
      `  chiso rank --catalog ${catalog} --data ${data} --units ${units} --level commune\n` +
      `  chiso scorecard --catalog ${catalog} --data ${data} --units ${units} --roll-up --level province\n\n` +
      'Then edit the three files into your own plan and figures: docs/adapting.md explains every field.\n',
  );
  return 0;
}
