/**
 * One problem found in input: where it is, what was expected and what was got. Issues are plain,
 * readonly data so a portal can show them next to the field they name.
 */
export interface ChisoIssue {
  /** A stable code: `invalid_type`, `too_small`, `unknown_indicator`, `duplicate_observation`, … */
  readonly code: string;
  /** Where in the input, as keys and indexes: `['indicators', 3, 'targets', 1, 'op']`. */
  readonly path: readonly (string | number)[];
  /** The unit the problem concerns, when there is one. */
  readonly unit?: string;
  /** The indicator the problem concerns, when there is one. */
  readonly indicator?: string;
  /** The field at fault, e.g. `denominator`. */
  readonly field?: string;
  /** What was allowed, in words: `a number between 0 and 100`. */
  readonly expected: string;
  /** What was found, as text. */
  readonly received: string;
  /** `Expected X to be Y but got "Z".` */
  readonly message: string;
}

/**
 * The one error class chiso throws for bad input. `issues` lists every problem found, not only the
 * first; `message` is the first issue's message (and how many more there are).
 *
 * @example
 * try {
 *   evaluateTarget({ kind: 'threshold', op: '>=', value: 80 }, { numerator: 120, denominator: 100 });
 * } catch (error) {
 *   if (error instanceof ChisoError) error.issues[0]?.field;
 *   //=> 'numerator'
 * }
 */
export class ChisoError extends Error {
  override readonly name = 'ChisoError';
  /** Every problem found, in input order. */
  readonly issues: readonly ChisoIssue[];

  /**
   * @param issues - the problems found (at least one)
   */
  constructor(issues: readonly ChisoIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
    super(first === undefined ? 'Invalid input.' : `${first.message}${more}`);
    this.issues = Object.freeze([...issues]);
  }
}
