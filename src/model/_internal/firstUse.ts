import type * as z from 'zod/mini';

/** What a refinement adds its issues to: the context of any `refine` or `superRefine`. */
type IssueSink = Pick<z.core.$RefinementCtx<unknown>, 'addIssue'>;

/**
 * Records `key` as used in `seen` and, when it was used already (an id, a time or a bound that must
 * not repeat in a list), adds a `custom` issue at `path`: `message` says what was expected, `input`
 * what was given, and `code` (when given) goes in the issue's `params`. One call per item, in the
 * list's order, so the issues come in the order the items do, between the item's other issues.
 */
export function checkFirstUse(seen: Set<string>, key: string, ctx: IssueSink, path: (string | number)[], message: string, input: unknown, code?: string): void {
  if (seen.has(key)) ctx.addIssue(code === undefined ? { code: 'custom', path, message, input } : { code: 'custom', path, message, params: { code }, input });
  seen.add(key);
}
