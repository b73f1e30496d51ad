import { readFileSync, writeFileSync } from 'node:fs';
import { CliError, EXIT } from './errors';

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * The text of a UTF-8 file.
 *
 * @param file - the path
 * @returns the text
 * @throws {CliError} an I/O error (exit 3) when the file cannot be read
 *
 * @example
 * readText('no/such.csv');
 * //=> throws CliError: error: cannot read no/such.csv: no such file
 */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(EXIT.io, [`error: cannot read ${file}: ${reason(error)}`]);
  }
}

/**
 * Writes `text` to `out`, or to stdout when `out` is not given.
 *
 * @param text - what to write
 * @param out - the `--out` file, if given
 * @param stdout - where text goes without `--out`
 * @returns nothing
 * @throws {CliError} an I/O error (exit 3) when the file cannot be written
 *
 * @example
 * writeOutput('ok\n', undefined, (t) => process.stdout.write(t));
 * //=> prints "ok"
 */
export function writeOutput(text: string, out: string | undefined, stdout: (text: string) => void): void {
  if (out === undefined) {
    stdout(text);
    return;
  }
  try {
    writeFileSync(out, text, 'utf8');
  } catch (error) {
    throw new CliError(EXIT.io, [`error: cannot write ${out}: ${reason(error)}`]);
  }
}

/** Line and column (1-based) of a character offset in a text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Parses JSON text (a leading BOM is allowed); a syntax error names the file, line and column (from
 * the parser's position, when it gives one).
 *
 * @param text - the file's text
 * @param file - the file's name, for errors
 * @returns the parsed value
 * @throws {CliError} an input error (exit 1): `file:line:column: invalid JSON: …`
 *
 * @example
 * parseJsonFile('{\n  "id": "x",\n}', 'c.json');
 * //=> throws CliError: c.json:3:1: invalid JSON: …
 */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node 20 says "at position 11", Node 22 and later "(line 3 column 1)".
    const lc = /line (\d+) column (\d+)/.exec(message);
    const at = /position (\d+)/.exec(message);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const pos = lc !== null ? { line: Number(lc[1]), column: Number(lc[2]) } : at !== null ? lineColumn(body, Number(at[1])) : undefined;
    const where = pos === undefined ? file : `${file}:${pos.line}:${pos.column}`;
    throw new CliError(EXIT.input, [`${where}: invalid JSON: ${message}`]);
  }
}
