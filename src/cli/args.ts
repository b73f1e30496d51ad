import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `parseArgs` gives back for a set of options (values are strings or booleans). */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** `--help` / `-h`, accepted by every command. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

/**
 * Parses a command's arguments strictly (node:util `parseArgs`): an unknown option, a missing value
 * or a stray positional argument is a usage error (exit 2) naming the command's help.
 *
 * @param command - the command's name, for the pointer to its help
 * @param argv - the arguments after the command's name
 * @param options - the command's options (`--help` / `-h` is added)
 * @param maxPositionals - how many positional arguments the command takes (default 0)
 * @returns the option values and the positional arguments
 * @throws {CliError} a usage error (exit 2)
 *
 * @example
 * parseCommandArgs('schema', ['--out', 'x.json'], { out: { type: 'string' } }).values.out;
 * //=> 'x.json'
 */
export function parseCommandArgs(command: string, argv: readonly string[], options: Options, maxPositionals = 0): Parsed {
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, ...HELP_OPTION }, strict: true, allowPositionals: true }) as Parsed;
  } catch (error) {
    // parseArgs' messages are already sentences for people ("Unknown option '--x'").
    throw usageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error), command);
  }
  if (parsed.values['help'] !== true && parsed.positionals.length > maxPositionals) {
    throw usageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`, command);
  }
  return parsed;
}

/** A string option's value, or `undefined`. */
export function stringOf(parsed: Parsed, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A required string option. */
export function required(parsed: Parsed, name: string, command: string): string {
  const v = stringOf(parsed, name);
  if (v === undefined || v === '') throw usageError(`missing --${name}`, command);
  return v;
}

/** An option that must be one of a few words; `fallback` when it is not given. */
export function oneOf<T extends string>(parsed: Parsed, name: string, allowed: readonly T[], fallback: T, command: string): T {
  const v = stringOf(parsed, name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw usageError(`--${name} must be one of ${allowed.join(', ')} (got "${v}")`, command);
  return v as T;
}

/**
 * `--as-of`: a real `YYYY-MM-DD` day; today (in Vietnam, read once by the entry point) when not given.
 *
 * @param parsed - the parsed arguments
 * @param today - the default day
 * @param command - the command's name, for the error
 * @returns the day
 * @throws {CliError} a usage error (exit 2) for text that is not a day of the calendar
 *
 * @example
 * asOfOf(parseCommandArgs('x', ['--as-of', '2024-02-29'], { 'as-of': { type: 'string' } }), '2026-01-01', 'x');
 * //=> '2024-02-29'
 */
export function asOfOf(parsed: Parsed, today: string, command: string): string {
  const v = stringOf(parsed, 'as-of');
  if (v === undefined) return today;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const ok = m !== null && (() => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  })();
  if (!ok) throw usageError(`--as-of must be a day written YYYY-MM-DD (got "${v}")`, command);
  return v;
}

/** A whole-number option within bounds. */
export function integerOf(parsed: Parsed, name: string, min: number, max: number, command: string): number | undefined {
  const v = stringOf(parsed, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw usageError(`--${name} must be a whole number from ${min} to ${max} (got "${v}")`, command);
  return Number(v);
}
