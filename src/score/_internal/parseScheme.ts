import type * as z from 'zod/mini';
import { ChisoError, type ChisoIssue } from '../../errors';
import { makeIssue } from '../../_shared/issue';
import { checkSchemeDepth } from '../../_shared/schemeDepth';
import { englishIssue, fromZodIssues } from '../../_shared/zod';
import { SchemeSchema, type Scheme } from '../../model/scheme';

type Path = (string | number)[];

/**
 * Zod reports a node that fits neither a group nor a leaf as one `invalid_union` holding both
 * attempts. Pick the attempt the node meant — a group if it has `children`, a leaf if it has
 * `indicator` or `rule` — so the issue names the real field (e.g. `rule.reference`).
 */
function flattenUnions(issues: readonly z.core.$ZodIssue[], prefix: Path, out: ChisoIssue[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    const union = issue.code === 'invalid_union' ? issue : undefined;
    const input = union?.input;
    if (union !== undefined && !('discriminator' in union) && union.errors.length === 2 && typeof input === 'object' && input !== null) {
      const option = 'children' in input ? 0 : 'indicator' in input || 'rule' in input ? 1 : undefined;
      const chosen = option === undefined ? undefined : union.errors[option];
      if (chosen !== undefined) {
        flattenUnions(chosen, path, out);
        continue;
      }
      out.push(makeIssue({ code: 'invalid_type', path: ['scheme', ...path], expected: 'a group (with children) or a leaf (with indicator and rule)', received: input }));
      continue;
    }
    out.push(...fromZodIssues([{ ...issue, path }], ['scheme']));
  }
}

/**
 * The scheme, validated: a scheme too deeply nested is refused before zod recurses into it, and a node
 * that fits neither a group nor a leaf is reported on the field it meant.
 *
 * @param input - the scheme as given to `score`
 * @returns the parsed scheme
 * @throws {ChisoError} with every issue of the scheme, paths under `scheme`
 */
export function parseScheme(input: unknown): Scheme {
  // The schema recurses into every group: a scheme nested some hundreds of levels deep (or with a
  // cycle) would overflow the stack inside zod before any issue could be reported.
  checkSchemeDepth(input, ['scheme']);
  const result = SchemeSchema.safeParse(input, { reportInput: true, error: englishIssue });
  if (result.success) return result.data;
  const issues: ChisoIssue[] = [];
  flattenUnions(result.error.issues, [], issues);
  throw new ChisoError(issues);
}
