import { ChisoError } from '../errors';
import { jsonErrorPosition } from '../_shared/jsonPosition';
import { checkInputGraph } from '../_shared/inputGraph';
import { fail } from '../_shared/issue';
import type { Catalog } from '../model/catalog';
import { defineCatalog } from './defineCatalog';

const MAX_DEPTH = 64;

/**
 * Loads a catalog from JSON — the text of a config file, or the value `JSON.parse` gave — and
 * validates it like {@link defineCatalog} (`"hierarchy": "twoTier2025"` names a preset; `en`,
 * `pillar` and `source` may be left out).
 *
 * Nothing in the input is executed; unknown keys are rejected; `__proto__`, `constructor` and
 * `prototype` keys are rejected anywhere in the document. A leading byte-order mark (U+FEFF, as
 * Notepad and Excel start a UTF-8 file) is skipped. A value (rather than text) is walked once per
 * object, so shared references cost nothing; a cycle, or sharing that would read as over a million
 * more objects than the value holds, is an error naming where it is.
 *
 * @param json - JSON text, or already-parsed JSON
 * @returns the validated catalog, deeply frozen (see {@link defineCatalog})
 * @throws {ChisoError} for text that is not JSON (with the parser's position), forbidden keys, a
 *   cycle (`cycle`), runaway sharing (`too_shared`), nesting deeper than 64 levels (`too_deep`), a
 *   target outside its measure's bounds (`out_of_bounds`), a target whose `wording` says another
 *   comparison (`wording_mismatch`: `"trên 90%"` with `"op": ">="`; see {@link defineCatalog}), and
 *   every other validation problem with its path (`indicators[3].targets[1].op`), all at once
 *
 * @example
 * loadCatalog('{\n  "id": "x",\n}');
 * //=> throws ChisoError: Expected json to be valid JSON text but got "line 3 column 1: …
 *
 * @example
 * loadCatalog('{"id": 1}');
 * //=> throws ChisoError: Expected id to be of type string but got "1". (and 3 more issues)
 */
export function loadCatalog(json: unknown): Catalog {
  let value = json;
  if (typeof json === 'string') {
    try {
      // A byte-order mark is how some editors (Notepad, Excel) start a UTF-8 file: not part of the JSON.
      value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The same place on every Node: V8's message names a line and column only from Node 22 on.
      const at = jsonErrorPosition(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json, message);
      // The place first, so that a long message cut short for the issue still names it.
      const text = message.replace(/\s*\(line \d+ column \d+\)/, '');
      fail({ code: 'invalid_json', path: [], field: 'json', expected: 'valid JSON text', received: at === undefined ? text : `line ${at.line} column ${at.column}: ${text}` });
    }
  }
  const issues = checkInputGraph(value, [], { forbiddenKeys: true, maxDepth: MAX_DEPTH });
  if (issues.length > 0) throw new ChisoError(issues);
  return defineCatalog(value as Catalog);
}
