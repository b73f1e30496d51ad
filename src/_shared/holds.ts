/**
 * Whether a comparison holds, given the sign of `value − bound` (from an exact comparison: a
 * cross-multiplication, a decimal `cmp`): `>=` for a sign of 0 or more, `>` for more than 0, and so on.
 * The one reading of the five operators, for the verdict (evaluate) and for what a printed figure
 * says (report).
 *
 * @param op - the comparison
 * @param sign - the sign of value − bound: −1, 0 or 1 (any number: only its sign counts)
 * @returns whether `value op bound`
 *
 * @example
 * [holds('>', 0), holds('>=', 0), holds('<', -1)];
 * //=> [false, true, true]
 */
export function holds(op: '>=' | '>' | '<=' | '<' | '=', sign: number): boolean {
  switch (op) {
    case '>=':
      return sign >= 0;
    case '>':
      return sign > 0;
    case '<=':
      return sign <= 0;
    case '<':
      return sign < 0;
    case '=':
      return sign === 0;
  }
}
