// Lazy rows: each output row's `nodes` is built from the cells on first read, so a list of totals
// does not pay for one object per node per row.
import type { Period } from '../../model/observation';
import type { NodeScore, UnitScore } from '../../model/scheme';

export type RecordMaker = (built: readonly NodeScore[]) => Record<string, NodeScore>;

/**
 * A function that builds a row's `nodes` record from its node scores in scheme order. A copy of a
 * template object that already has every key in scheme order keeps the rows' shapes identical (fast
 * properties) without compiling code: the build must hold no `eval` or `new Function`, so a portal
 * under a strict Content-Security-Policy can run it.
 */
export function recordMaker(ids: readonly string[]): RecordMaker {
  const template = JSON.parse(JSON.stringify(Object.fromEntries(ids.map((id) => [id, null])))) as Record<string, NodeScore>;
  return (built) => {
    const nodes = { ...template };
    for (let j = 0; j < ids.length; j += 1) nodes[ids[j] as string] = built[j] as NodeScore;
    return nodes;
  };
}

/**
 * One output row. Its root figures are plain properties; `nodes` is an own enumerable accessor that
 * builds the row's node objects on first read, from the columnar cells `score` keeps, and then
 * keeps them. A portal that lists totals never pays for the node objects (56 per row for 33,000
 * communes in the benchmark: 1.86 million); one that reads them (directly, by `JSON.stringify`, a spread or a deep equality) gets the
 * very objects an eager build gives, as the score tests check. Assigning `nodes` replaces them.
 */
export function lazyRow(unit: string, period: Period, index: number | null, points: number | null, max: number, coverage: number, row: number, materialize: (row: number) => Record<string, NodeScore>): UnitScore {
  let nodes: Record<string, NodeScore> | undefined;
  return {
    unit,
    period,
    status: index === null ? 'no-data' : 'ok',
    index,
    points,
    max,
    coverage,
    get nodes(): Record<string, NodeScore> {
      nodes ??= materialize(row);
      return nodes;
    },
    set nodes(value: Record<string, NodeScore>) {
      nodes = value;
    },
  };
}
