import { catalogJsonSchema } from '../schema/index';
import { parseCommandArgs, stringOf } from './args';
import type { CliContext } from './context';
import { writeOutput } from './io';

/** `chiso schema --help`. */
export const schemaHelp = `chiso schema — print the JSON Schema of a catalog config file

The same schema the package ships as chiso/schema/catalog.schema.json (draft 2020-12), for editors
and for systems not written in TypeScript. Cross-field rules (unique ids, levels in the hierarchy)
are beyond JSON Schema: \`chiso validate\` checks them.

Usage:
  chiso schema [--out <file>]

Options:
  -o, --out <file>   write to a file instead of stdout (- for stdout)
  -h, --help         this help

Example:
  chiso schema --out catalog.schema.json

Exit codes: 0 written; 2 usage; 3 the file could not be written.
`;

/**
 * `chiso schema`: catalogJsonSchema() as JSON text.
 *
 * @param argv - the arguments after the command's name
 * @param ctx - output streams and today's date
 * @returns the exit code (0; problems are thrown)
 * @throws {CliError} a usage error (exit 2), an input error (exit 1) or an I/O error (exit 3)
 *
 * @example
 * const out: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), today: '2026-12-01' };
 * runSchema([], ctx);
 * //=> 0
 * // The JSON Schema of a catalog file (the text of schema/catalog.schema.json):
 * JSON.parse(out.join('')).$id;
 * //=> 'https://unpkg.com/chiso/schema/catalog.schema.json'
 */
export function runSchema(argv: readonly string[], ctx: CliContext): number {
  const parsed = parseCommandArgs('schema', argv, { out: { type: 'string', short: 'o' } });
  if (parsed.values['help'] === true) {
    ctx.stdout(schemaHelp);
    return 0;
  }
  writeOutput(`${JSON.stringify(catalogJsonSchema(), null, 2)}\n`, stringOf(parsed, 'out'), ctx.stdout);
  return 0;
}
