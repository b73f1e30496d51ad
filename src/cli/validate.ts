import { parseCommandArgs } from './args';
import { loadCatalogFile } from './catalog';
import type { CliContext } from './context';
import { usageError } from './errors';

/** `chiso validate --help`. */
export const validateHelp = `chiso validate — check a province's catalog config (JSON) the way loadCatalog does

Every problem is printed on its own line with its place in the file, as a JSON path
(indicators[0].targets[0].op), what was expected and what was found. Nothing in the file is run.

Usage:
  chiso validate <catalog.json>

Options:
  -h, --help   this help

Example:
  chiso validate catalog.json
(after \`chiso init\`, which writes catalog.json)

Exit codes: 0 valid; 1 invalid (problems on stderr); 2 usage; 3 the file could not be read.
`;

/**
 * `chiso validate <file>`: loads the catalog and says what it holds, or every problem.
 *
 * @param argv - the arguments after the command's name
 * @param ctx - output streams and today's date
 * @returns the exit code (0; problems are thrown)
 * @throws {CliError} a usage error (exit 2), an input error (exit 1) or an I/O error (exit 3)
 *
 * @example
 * const out: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), today: '2026-12-01' };
 * runValidate(['examples/province-config/catalog.json'], ctx);
 * //=> 0
 * out;
 * //=> ['examples/province-config/catalog.json: ok — catalog "invented-minh-hoa-2025": 5 indicators, 6 targets; levels province, commune\n']
 */
export function runValidate(argv: readonly string[], ctx: CliContext): number {
  const command = 'validate';
  const parsed = parseCommandArgs(command, argv, {}, 1);
  if (parsed.values['help'] === true) {
    ctx.stdout(validateHelp);
    return 0;
  }
  const file = parsed.positionals[0];
  if (file === undefined) throw usageError('missing the catalog file to validate', command);
  const catalog = loadCatalogFile(file);
  const targets = catalog.indicators.reduce((n, i) => n + i.targets.length, 0);
  ctx.stdout(`${file}: ok — catalog "${catalog.id}": ${catalog.indicators.length} indicators, ${targets} targets; levels ${catalog.hierarchy.levels.map((l) => l.id).join(', ')}\n`);
  return 0;
}
