import type { ChisoError, ChisoIssue } from '../index';
import { formatPath } from '../_shared/issue';

/** Exit codes of the `chiso` command (documented in docs/cli.md and `chiso --help`). */
export const EXIT = {
  ok: 0,
  /** The input is wrong: bad CSV or JSON, a value that does not fit, a catalog that does not validate. */
  input: 1,
  /** The command line is wrong: unknown command or option, missing or bad argument. */
  usage: 2,
  /** A file could not be read or written. */
  io: 3,
  /** A bug in chiso: please report it. */
  internal: 70,
} as const;

/** An error the CLI reports as lines on stderr and an exit code, without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** One line per problem, already located (`data.csv:4:5: …`). */
  readonly lines: readonly string[];
  readonly exitCode: number;

  constructor(exitCode: number, lines: readonly string[]) {
    super(lines[0] ?? 'error');
    this.exitCode = exitCode;
    this.lines = lines;
  }
}

/**
 * A command-line mistake (exit 2): the message, then a pointer to the command's help.
 *
 * @param message - what is wrong
 * @param command - the command, when the mistake is in its options
 * @returns the error, to throw
 * @throws never
 *
 * @example
 * usageError('missing --catalog', 'scorecard').lines;
 * //=> ['error: missing --catalog', 'Run `chiso scorecard --help` for usage.']
 */
export function usageError(message: string, command?: string): CliError {
  const help = command === undefined ? 'chiso --help' : `chiso ${command} --help`;
  return new CliError(EXIT.usage, [`error: ${message}`, `Run \`${help}\` for usage.`]);
}

/**
 * A problem with the content of an input file (exit 1).
 *
 * @param lines - one located line per problem
 * @returns the error, to throw
 * @throws never
 *
 * @example
 * inputError(['data.csv:3:5 (value): …']).exitCode;
 * //=> 1
 */
export function inputError(lines: readonly string[]): CliError {
  return new CliError(EXIT.input, lines);
}

/**
 * Where an issue of the library points, in the user's file: `data.csv:4:5 (value)` for a CSV row,
 * `data.json: observations[3].value` for JSON. Returns `undefined` when the issue is not about a file.
 */
export type Locate = (issue: ChisoIssue) => string | undefined;

/**
 * A `ChisoError` as an input error: one line per issue, each prefixed by where it is when `locate`
 * knows (else the fallback file and the issue's path in the input).
 *
 * @param error - what the library threw
 * @param locate - points an issue into the user's files
 * @param fallback - the file to name when `locate` does not know
 * @returns the input error (exit 1), to throw
 * @throws never
 *
 * @example
 * try {
 *   evaluate(catalogs.vinhPhuc302, [{ unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '31/05/2023', value: 98.76 }], { asOf: '2023-12-31' });
 * } catch (error) {
 *   if (error instanceof ChisoError) fromChisoError(error, () => undefined, 'data.json').lines[0];
 *   //=> 'data.json: observations[0].period: Expected observations[0].period (unit "vp-districts", indicator "tthc-dossiers-fully-online") to be a real calendar date written YYYY-MM-DD (day first as written in Vietnam: write 2023-05-31) but got "31/05/2023".'
 * }
 */
export function fromChisoError(error: ChisoError, locate: Locate, fallback: string): CliError {
  return inputError(
    error.issues.map((issue) => {
      const where = locate(issue) ?? `${fallback}: ${formatPath(issue.path) || '(root)'}`;
      return `${where}: ${issue.message}`;
    }),
  );
}
