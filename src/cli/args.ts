import { statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isRealDate } from '../_shared/civilDate';
import { usageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `parseArgs` gives back for a set of options (values are strings or booleans), and for which command. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  /** The command's name, for the pointer to its help in usage errors. */
  readonly command: string;
}

/** `--help` / `-h`, accepted by every command. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

/**
 * `-o=x.md` as `-o x.md`: node's parser reads a short option's inline value from the character after
 * the letter, so `-o=x.md` would name a file `=x.md`. People write `=` after short options as after
 * long ones (`--out=x.md`), so a short string option takes `=value` as its value. Arguments after
 * `--` are left alone.
 */
function splitShortEquals(argv: readonly string[], options: Options): string[] {
  const takesValue = new Set(Object.values(options).flatMap((o) => (o.type === 'string' && o.short !== undefined ? [o.short] : [])));
  const out: string[] = [];
  let rest = false;
  for (const arg of argv) {
    if (arg === '--') rest = true;
    const m = rest ? null : /^-([^-])=([\s\S]*)$/.exec(arg);
    if (m !== null && takesValue.has(m[1]!)) out.push(`-${m[1]!}`, m[2]!);
    else out.push(arg);
  }
  return out;
}

/** The identity of an existing file (device and inode, after symbolic links), or undefined. */
function fileIdentity(path: string): string | undefined {
  try {
    const st = statSync(path, { bigint: true });
    return st.isFile() ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** The options through which a command reads a file. */
const INPUT_OPTIONS = ['data', 'units', 'catalog', 'completed'] as const;

/**
 * `--out` must not be a file the command reads: writing the report over its own data file (the same
 * file by another path, through `./`, a symbolic or a hard link) would destroy the input.
 */
function refuseOutputOverInput(parsed: Parsed, command: string): void {
  const out = parsed.values['out'];
  if (typeof out !== 'string' || out === '' || out === '-') return;
  const target = fileIdentity(out);
  if (target === undefined) return;
  const inputs: [string, string][] = [
    ...INPUT_OPTIONS.flatMap((name): [string, string][] => {
      const v = parsed.values[name];
      return typeof v === 'string' && v !== '' ? [[`--${name}`, v]] : [];
    }),
    ...parsed.positionals.map((v): [string, string] => ['the file argument', v]),
  ];
  for (const [name, file] of inputs) {
    if (fileIdentity(file) === target) throw usageError(`--out "${out}" is the file given to ${name} ("${file}"): writing it would destroy the input; choose another --out`, command);
  }
}

/**
 * Parses a command's arguments strictly (node:util `parseArgs`): an unknown option, a missing value,
 * a stray positional argument, or an option given more than once (none of the CLI's options is
 * repeatable; `--help` aside) is a usage error (exit 2) naming the command's help. `--out=x` and
 * `-o=x` are `--out x`; `--out` naming a file the command reads (`--data`, `--units`, a catalog or
 * completion file, the same file by any path) is a usage error too.
 *
 * @param command - the command's name, for the pointer to its help
 * @param argv - the arguments after the command's name
 * @param options - the command's options (`--help` / `-h` is added)
 * @param maxPositionals - how many positional arguments the command takes (default 0)
 * @returns the option values and the positional arguments
 * @throws {CliError} a usage error (exit 2)
 *
 * @example
 * parseCommandArgs('schema', ['-o=x.json'], { out: { type: 'string', short: 'o' } }).values.out;
 * //=> 'x.json'
 */
export function parseCommandArgs(command: string, argv: readonly string[], options: Options, maxPositionals = 0): Parsed {
  const all: Options = { ...options, ...HELP_OPTION };
  const result = (() => {
    try {
      return parseArgs({ args: splitShortEquals(argv, all), options: all, strict: true, allowPositionals: true, tokens: true });
    } catch (error) {
      // parseArgs' messages are already sentences for people ("Unknown option '--x'").
      // (Some of its messages carry line breaks, some the two characters \n: one line here.)
      throw usageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '').replace(/\\n|\n/g, ' ') : String(error), command);
    }
  })();
  const parsed: Parsed = { values: result.values as Parsed['values'], positionals: result.positionals, command };
  if (parsed.values['help'] === true) return parsed;
  // parseArgs keeps the last of a repeated option: say so instead of dropping the others silently.
  const seen = new Map<string, string[]>();
  for (const token of result.tokens) {
    if (token.kind !== 'option') continue;
    const given = `${token.rawName}${token.value === undefined ? '' : ` ${JSON.stringify(token.value)}`}`;
    seen.set(token.name, [...(seen.get(token.name) ?? []), given]);
  }
  for (const [name, given] of seen) {
    if (given.length > 1) throw usageError(`--${name} given ${given.length} times (${given.join(', ')}); give it once`, command);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw usageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`, command);
  }
  refuseOutputOverInput(parsed, command);
  return parsed;
}

/**
 * A string option's value, or `undefined` when it is not given. An empty value (`--out ""`,
 * `--status=`) is a usage error: it is never what a person meant, and read as "not given" it would
 * silently do something else.
 *
 * @param parsed - the parsed arguments
 * @param name - the option's long name
 * @returns the value, or `undefined`
 * @throws {CliError} a usage error (exit 2) for an empty value
 *
 * @example
 * stringOf(parseCommandArgs('schema', ['--out', 'x.json'], { out: { type: 'string' } }), 'out');
 * //=> 'x.json'
 */
export function stringOf(parsed: Parsed, name: string): string | undefined {
  const v = parsed.values[name];
  if (v === '') throw usageError(`--${name} needs a value (got "")`, parsed.command);
  return typeof v === 'string' ? v : undefined;
}

/** A required string option. */
export function required(parsed: Parsed, name: string, command: string): string {
  const v = stringOf(parsed, name);
  if (v === undefined) throw usageError(`missing --${name}`, command);
  return v;
}

/** An option that must be one of a few words; `fallback` when it is not given. */
export function oneOf<T extends string>(parsed: Parsed, name: string, allowed: readonly T[], fallback: T, command: string): T {
  const v = parsed.values[name];
  if (typeof v !== 'string') return fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    // Punctuation is quoted: `one of ,, ;` reads as nothing.
    const words = allowed.some((a) => !/^[\p{L}\p{N}_-]+$/u.test(a)) ? allowed.map((a) => `"${a}"`) : allowed;
    throw usageError(`--${name} must be one of ${words.join(', ')} (got "${v}")`, command);
  }
  return v as T;
}

/**
 * An option that takes a comma-separated list of words (`--status overdue,due-soon`): every item one
 * of `allowed`, at least one item, no empty item; `undefined` when the option is not given.
 *
 * @param parsed - the parsed arguments
 * @param name - the option's long name
 * @param allowed - the words it takes
 * @param command - the command's name, for the error
 * @returns the items, in the order given, or `undefined`
 * @throws {CliError} a usage error (exit 2) listing the accepted words
 *
 * @example
 * listOf(parseCommandArgs('x', ['--status', 'overdue,due-soon'], { status: { type: 'string' } }), 'status', ['overdue', 'due-soon', 'done'], 'x');
 * //=> ['overdue', 'due-soon']
 */
export function listOf<T extends string>(parsed: Parsed, name: string, allowed: readonly T[], command: string): T[] | undefined {
  const v = parsed.values[name];
  if (typeof v !== 'string') return undefined;
  const items = v.split(',').map((s) => s.trim());
  const bad = items.find((s) => !(allowed as readonly string[]).includes(s));
  if (bad !== undefined) {
    const got = v.trim() === '' ? '""' : bad === '' ? `an empty item in "${v}"` : `"${bad}"`;
    throw usageError(`--${name} takes one or more of ${allowed.join(', ')}, comma-separated (got ${got})`, command);
  }
  return items as T[];
}

/**
 * `--as-of`: a real `YYYY-MM-DD` day — by the library's own rule (`isRealDate`: the proleptic
 * Gregorian calendar, years 0000–9999, so `0050-06-01` is a day of the year 50, not of 1950);
 * today (in Vietnam, read once by the entry point) when not given.
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
  if (!isRealDate(v)) {
    // Say which of the two it is: a day of no calendar (2025-02-30), or a day written the Vietnamese way.
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
    const hint = /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? ': that day is not in the calendar'
      : vn !== null
        ? `: write ${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')} (year first)`
        : '';
    throw usageError(`--as-of must be a day written YYYY-MM-DD (got "${v}"${hint})`, command);
  }
  return v;
}

/** A whole-number option within bounds. */
export function integerOf(parsed: Parsed, name: string, min: number, max: number, command: string): number | undefined {
  const v = stringOf(parsed, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw usageError(`--${name} must be a whole number from ${min} to ${max} (got "${v}")`, command);
  return Number(v);
}
