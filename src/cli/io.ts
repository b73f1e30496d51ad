import { readFileSync, writeFileSync } from 'node:fs';
import { jsonErrorPosition } from '../_shared/jsonPosition';
import { CliError, EXIT } from './errors';

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Escapes what must never reach a terminal raw from a user's file: control characters (NUL, line
 * breaks, escape sequences), and the invisible characters that reorder or split a line (bidi
 * controls, line and paragraph separators). A problem stays on one line, and shows what is there.
 *
 * @param text - text quoted from an input file
 * @returns the text with each such character written `\n`, `\r`, `\t` or `\u{hex}`
 * @throws never
 *
 * @example
 * printable('a\u0000b\r\n');
 * //=> 'a\\u{0}b\\r\\n'
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}

/** Excel's ways to save text, said once for every decoding error. */
const SAVE_AS = 'save it as UTF-8 (in Excel: Save As › "CSV UTF-8 (Comma delimited)")';

/**
 * The text of a file's bytes, as every file the CLI reads is decoded: UTF-8 (a byte-order mark
 * dropped), or UTF-16 LE or BE when the file starts with its byte-order mark (Excel's "Unicode
 * Text"). Anything else is refused in one line rather than read with replacement characters.
 *
 * @param bytes - the file's content
 * @param file - the file's name, for errors
 * @returns the text, without a byte-order mark
 * @throws {CliError} an input error (exit 1): the file is not UTF-8, is broken UTF-16, or holds NUL
 *   characters (UTF-16 without a byte-order mark, or not a text file)
 *
 * @example
 * decodeText(Uint8Array.of(0xff, 0xfe, 0x61, 0x00), 'data.txt');
 * //=> 'a'
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  let text: string;
  if (utf16 !== undefined) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new CliError(EXIT.input, [`${file}: the file starts as UTF-16 (${utf16 === 'utf-16le' ? 'LE' : 'BE'}) but is not valid UTF-16 (cut short, or a broken character); ${SAVE_AS}`]);
    }
  } else {
    // UTF-16 without its byte-order mark shows as NUL bytes beside every ASCII character.
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw new CliError(EXIT.input, [`${file}: the file holds NUL bytes (the first at offset ${nul}): UTF-16 without a byte-order mark, or not a text file; ${SAVE_AS}`]);
    try {
      // The decoder drops a UTF-8 byte-order mark itself (ignoreBOM: false).
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      throw new CliError(EXIT.input, [`${file}: the file is not UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at} is not UTF-8: Windows-1258 or another code page?); ${SAVE_AS}`]);
    }
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw new CliError(EXIT.input, [`${file}: the file holds NUL characters (the first at character ${nul}): not a text file; ${SAVE_AS}`]);
  return text;
}

/** Offset of the byte where the first ill-formed UTF-8 sequence starts. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decodes = (length: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // The longest prefix with nothing ill-formed in it (an unfinished last sequence allowed), by
  // halving: runs only when a file is refused.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (decodes(mid, true)) lo = mid;
    else hi = mid;
  }
  if (decodes(lo, false)) return lo;
  // The prefix ends inside a sequence that the next byte breaks: point at the sequence's lead byte.
  let k = lo - 1;
  while (k > 0 && ((bytes[k] ?? 0) & 0xc0) === 0x80) k--;
  return k;
}

/**
 * The text of a file, decoded by {@link decodeText}: every file the CLI reads (data, units,
 * completions, catalogs) goes through here.
 *
 * @param file - the path
 * @returns the text, without a byte-order mark
 * @throws {CliError} an I/O error (exit 3) when the file cannot be read; an input error (exit 1) when
 *   it is not UTF-8 or UTF-16 with its byte-order mark
 *
 * @example
 * readText('no/such.csv');
 * //=> throws CliError: error: cannot read no/such.csv: no such file
 */
export function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError(EXIT.io, [`error: cannot read ${file}: ${reason(error)}`]);
  }
  return decodeText(bytes, file);
}

/**
 * Writes `text` to `out`, or to stdout when `out` is not given or is `-` (the usual name for stdout).
 *
 * @param text - what to write
 * @param out - the `--out` file, if given
 * @param stdout - where text goes without `--out`
 * @returns nothing
 * @throws {CliError} an I/O error (exit 3) when the file cannot be written
 *
 * @example
 * const out: string[] = [];
 * writeOutput('ok\n', undefined, (t) => out.push(t));
 * writeOutput('ok\n', '-', (t) => out.push(t));
 * out;
 * //=> ['ok\n', 'ok\n']
 */
export function writeOutput(text: string, out: string | undefined, stdout: (text: string) => void): void {
  if (out === undefined || out === '-') {
    stdout(text);
    return;
  }
  try {
    writeFileSync(out, text, 'utf8');
  } catch (error) {
    throw new CliError(EXIT.io, [`error: cannot write ${out}: ${reason(error)}`]);
  }
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
    const pos = jsonErrorPosition(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, message);
    const where = pos === undefined ? file : `${file}:${pos.line}:${pos.column}`;
    // V8 quotes the text near the fault, which may hold control characters.
    throw new CliError(EXIT.input, [`${where}: invalid JSON: ${printable(message)}`]);
  }
}
