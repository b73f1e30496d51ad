import { resolve } from 'node:path';
import { stringOf, type Parsed } from '../args';
import { usageError } from '../errors';

/**
 * The workbook file of `--format xlsx`: `--out` is required (a workbook is not text for a terminal),
 * ends in `.xlsx`, and is none of the input files (`--data`, `--units`, `--completed`).
 *
 * @param parsed - the parsed arguments
 * @param format - the `--format` in use
 * @param command - the command's name, for errors
 * @returns the file to write, or `undefined` for another format
 * @throws {CliError} a usage error (exit 2) for `--format xlsx` without `--out`, to stdout, to a file
 *   not named `.xlsx`, or onto an input file
 *
 * @example
 * xlsxOut({ values: { out: 'scorecard.xlsx' }, positionals: [], command: 'scorecard' }, 'xlsx', 'scorecard');
 * //=> 'scorecard.xlsx'
 * xlsxOut({ values: {}, positionals: [], command: 'scorecard' }, 'xlsx', 'scorecard');
 * //=> throws CliError: error: --format xlsx needs --out <file.xlsx> (a workbook is not written to the terminal)
 */
export function xlsxOut(parsed: Parsed, format: string, command: string): string | undefined {
  if (format !== 'xlsx') return undefined;
  const out = stringOf(parsed, 'out');
  if (out === undefined || out === '-') throw usageError('--format xlsx needs --out <file.xlsx> (a workbook is not written to the terminal)', command);
  if (!/\.xlsx$/i.test(out)) throw usageError(`--format xlsx writes an .xlsx file; --out "${out}" does not end in .xlsx`, command);
  for (const name of ['data', 'units', 'completed']) {
    const input = stringOf(parsed, name);
    if (input !== undefined && resolve(input) === resolve(out)) throw usageError(`--out ${out} is the --${name} file: it would be overwritten`, command);
  }
  return out;
}
