import { ChisoError } from '../../errors';
import { checkInputGraph } from '../../_shared/inputGraph';
import { formatPath } from '../../_shared/issue';
import { englishIssue, fromZodIssues } from '../../_shared/zod';
import { CatalogSchema, type Catalog } from '../../model/catalog';
import { checkWordings } from './checkWordings';

/**
 * Validates a catalog as `CatalogSchema` does, and checks that every target's wording agrees with
 * its comparison ({@link checkWordings}); the schema's issues and the wording's are thrown together.
 * A field the schema already faults (a value out of bounds) is not faulted again for its wording.
 *
 * @param input - the catalog, unvalidated
 * @param prefix - the path of the catalog in the call's input (`['result']`)
 * @returns the validated catalog (not frozen)
 * @throws {ChisoError} every problem of the catalog, wording mismatches (`wording_mismatch`) included
 *
 * @example
 * parseCatalog({ id: 'x', plan: { issuer: { vi: 'UBND' }, title: { vi: 'Kế hoạch' } }, hierarchy: 'twoTier2025', indicators: [{ id: 'fibre', name: { vi: 'Cáp quang' }, measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 90, wording: 'tối thiểu 80%' }] }] });
 * //=> throws ChisoError: Expected indicators[0].targets[0].value (indicator "fibre") to be 80 as "tối thiểu 80%" says but got "90".
 */
export function parseCatalog(input: unknown, prefix: readonly (string | number)[] = []): Catalog {
  // As parseOrThrow: a cycle or runaway sharing is reported before zod walks the value.
  const graph = checkInputGraph(input, prefix);
  if (graph.length > 0) throw new ChisoError(graph);
  const result = CatalogSchema.safeParse(input, { reportInput: true, error: englishIssue });
  const issues = result.success ? [] : fromZodIssues(result.error.issues, prefix);
  const faulted = new Set(issues.map((issue) => formatPath(issue.path)));
  const wording = checkWordings(result.success ? result.data : input, prefix).issues.filter((issue) => !faulted.has(formatPath(issue.path)));
  if (!result.success || wording.length > 0) throw new ChisoError([...issues, ...wording]);
  return result.data;
}
