/**
 * Where a `JSON.parse` syntax error is, as line and column (1-based), from the error's message: Node
 * 22 and later say "(line 3 column 1)", Node 20 only "at position 11", which is counted here. One
 * reading for the library (`loadCatalog`) and the CLI, so both name the same place on every Node.
 *
 * @param text - the text given to `JSON.parse` (after any byte-order mark was dropped)
 * @param message - the error's message
 * @returns the place, or `undefined` when the message gives none
 */
export function jsonErrorPosition(text: string, message: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc !== null) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /position (\d+)/.exec(message);
  if (at === null) return undefined;
  const offset = Number(at[1]);
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
