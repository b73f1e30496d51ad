// missing: 'error' — every missing leaf of every row is named, in output order, before anything is scored.
import type { ChisoIssue } from '../../errors';
import { makeIssue } from '../../_shared/issue';
import { ABSENT, NONE, NONE_WHY } from './codes';
import type { LeafPlan } from './compile';
import type { Store } from './store';

/**
 * The issues of the leaves without data, row by row in output order, leaf by leaf in scheme order: a
 * cell never observed, or a share of 0 of 0.
 *
 * @param leaves - the compiled leaves
 * @param store - the cells
 * @param order - row ids in output order
 * @param slotOf - each leaf's slot in a row
 * @returns one `missing_observation` issue per missing unit × period × leaf (none when all are there)
 */
export function missingLeaves(leaves: readonly LeafPlan[], store: Store, order: Int32Array, slotOf: Int32Array): ChisoIssue[] {
  const issues: ChisoIssue[] = [];
  for (let r = 0; r < order.length; r += 1) {
    const row = order[r] as number;
    leaves.forEach((leaf, l) => {
      const kind = store.kinds[row * store.width + (slotOf[l] as number)];
      if (kind !== ABSENT && kind !== NONE) return;
      issues.push(
        makeIssue({
          code: 'missing_observation',
          path: ['observations'],
          field: 'indicator',
          unit: store.units[row],
          indicator: leaf.node.indicator,
          expected: `an observation for period ${store.periods[row]} of leaf "${leaf.node.id}" (missing: "error")`,
          received: kind === ABSENT ? 'nothing' : NONE_WHY,
        }),
      );
    });
  }
  return issues;
}
