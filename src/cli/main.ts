import { runCalendar } from './calendar';
import { runDeadlines } from './deadlines';
import { CliError, EXIT, usageError } from './errors';
import { printable } from './io';
import { runInit } from './init';
import type { CliContext } from './context';
import { runProgress } from './progress';
import { runRank } from './rank';
import { runSchema } from './schema';
import { runScorecard } from './scorecard';
import { runTemplate } from './template';
import { runUnits } from './units';
import { runValidate } from './validate';

/** `chiso --help`. */
export const mainHelp = `chiso — digital-transformation indicators for Vietnamese provinces

Usage:
  chiso <command> [options]
  chiso <command> --help

Commands:
  scorecard   evaluate observations against a plan's targets; write Markdown, CSV, HTML or JSON
  rank        rank units by the share of targets met, or by one indicator
  progress    progress of each unit toward each dated target (on track, acceleration needed, …)
  deadlines   the plan's tasks and projects against their deadlines (overdue, due soon, …)
  validate    check a province's catalog config (JSON), with the path of every problem
  schema      print the JSON Schema of a catalog config
  template    write an Excel workbook to fill in: a row per unit and indicator with a target
  init        write a starter catalog.json, units.csv and data.csv to edit (start here)
  units       Vietnam's administrative units before/after 1 July 2025; carry figures across the reform
  calendar    the working-day calendar as a table (CSV or SQL), for counting deadlines in a database

Built-in catalogs: vinh-phuc-302, tuyen-quang-154, dien-bien (or pass a catalog .json file).
Data: CSV as Excel writes it (UTF-8 with or without BOM; "," or ";" separated; decimal comma
with ";"), JSON, or an Excel workbook (.xlsx; --sheet NAME). Dates are days in Vietnam time;
--as-of defaults to today there. --format xlsx writes a workbook (with --out).

Examples:
  chiso init
  chiso scorecard --catalog catalog.json --data data.csv --units units.csv
  chiso scorecard --catalog vinh-phuc-302 --data node_modules/chiso/examples/data/vinh-phuc-2023.csv --format html --out scorecard.html
(from your project's folder after \`npm install chiso\`; \`chiso init\` writes catalog.json, data.csv and
units.csv to start from)

Exit codes:
  0   success
  1   invalid input: data or catalog file (problems on stderr, as file:line:column or file: json.path)
  2   usage: unknown command or option, missing or invalid argument
  3   a file could not be read or written
  70  internal error (a bug in chiso; please report it)

Guide: https://github.com/chiso/chiso/blob/main/docs/cli.md (docs/cli.md in the package repository)
`;

// A command that reads or writes a workbook is async (exceljs is): it returns a promise of its code.
type Command = (argv: readonly string[], ctx: CliContext) => number | Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  scorecard: runScorecard,
  rank: runRank,
  progress: runProgress,
  deadlines: runDeadlines,
  validate: runValidate,
  schema: runSchema,
  template: runTemplate,
  init: runInit,
  units: runUnits,
  calendar: runCalendar,
};

// By own key only: a command name is the user's text, and `constructor` or `__proto__` must not find
// something on Object.prototype.
const commandOf = (name: string): Command | undefined => (Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined);

const unknownCommand = (name: string) => usageError(`unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}`);

/**
 * Runs the `chiso` command line: `argv` without the node and script paths. Writes results to
 * `ctx.stdout`, problems to `ctx.stderr`, and returns the exit code.
 *
 * @param argv - the arguments: a command, then its options
 * @param ctx - output streams and today's date
 * @param version - the package's version, for `--version`
 * @returns the exit code: 0 ok, 1 invalid input, 2 usage, 3 I/O, 70 internal error — a promise of
 *   it for the commands that may read or write a workbook (scorecard, rank, progress, deadlines,
 *   template): `await` it in any case
 * @throws never: every error becomes a message and an exit code (a promise that never rejects)
 *
 * @example
 * const out: string[] = [];
 * const err: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), today: '2026-01-01' };
 * main(['schema'], ctx, '1.0.0');
 * //=> 0
 * // The JSON Schema of a catalog file, printed:
 * (JSON.parse(out.join('')) as { $schema: string }).$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * // A mistake is a message on stderr and an exit code, not an exception:
 * await main(['scorecard', '--catalog', 'nowhere', '--data', 'examples/data/vinh-phuc-2023.csv'], ctx, '1.0.0');
 * //=> 2
 * err.join('').startsWith('error: unknown catalog "nowhere"');
 * //=> true
 */
export function main(argv: readonly string[], ctx: CliContext, version: string): number | Promise<number> {
  try {
    const code = dispatch(argv, ctx, version);
    return typeof code === 'number' ? code : code.catch((error: unknown) => report(error, ctx));
  } catch (error) {
    return report(error, ctx);
  }
}

/** The command's run, or an answer of main's own (help, version). */
function dispatch(argv: readonly string[], ctx: CliContext, version: string): number | Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    ctx.stderr(mainHelp);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const about = rest[0];
    if (about !== undefined) {
      const run = commandOf(about);
      if (run === undefined) throw unknownCommand(about);
      return run(['--help'], ctx);
    }
    ctx.stdout(mainHelp);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    ctx.stdout(`${version}\n`);
    return EXIT.ok;
  }
  const run = commandOf(first);
  if (run === undefined) throw first.startsWith('-') ? usageError(`unknown option "${first}" (a command comes first)`) : unknownCommand(first);
  return run(rest, ctx);
}

/** An error as lines on stderr and its exit code. */
function report(error: unknown, ctx: CliContext): number {
  if (error instanceof CliError) {
    ctx.stderr(`${error.lines.map(printable).join('\n')}\n`);
    return error.exitCode;
  }
  ctx.stderr(`chiso: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.internal;
}
