// Aggregation and coverage: a group's index is the weighted (arithmetic or geometric) mean of its
// children's, over compensated sums; coverage near minCoverage is decided in decimal.
import type Decimal from 'decimal.js';
import { dec, toNumber } from '../../_shared/decimal';
import type { Period } from '../../model/observation';
import type { MissingPolicy, NodeScore, UnitScore } from '../../model/scheme';
import type { Plan } from './compile';
import { lazyRow, recordMaker } from './lazyRow';
import { leafRow, type LeafRow } from './leafRow';
import { exactMean, exactPoints, scaledWeights } from './exact';
import type { PeerColumn } from './peers';
import type { Store } from './store';

/** A float coverage this close to minCoverage is recomputed exactly (float error is below 1e-13). */
const COVERAGE_GUARD = 1e-9;

/**
 * (a + aErr) ÷ (b + bErr), where aErr and bErr are the small errors of the compensated sums a and b:
 * the quotient, corrected by its remainder (a − q·b, with q·b taken exactly by Dekker's product).
 */
function divide(a: number, aErr: number, b: number, bErr: number): number {
  const q = a / b;
  const hi = q * b;
  const qc = 134217729 * q;
  const q1 = qc - (qc - q);
  const q2 = q - q1;
  const bc = 134217729 * b;
  const b1 = bc - (bc - b);
  const b2 = b - b1;
  const lo = q1 * b1 - hi + q1 * b2 + q2 * b1 + q2 * b2;
  const x = q + (a - hi - lo + aErr - q * bErr) / b;
  return Number.isFinite(x) ? x : q;
}

/**
 * The coverage of group j in decimal, from the weights as written, for the row whose statuses are in
 * `ok` and leaves' data in `has` (it depends only on which leaves have data, hence the memo).
 */
function exactCoverage(plan: Plan, j: number, ok: Uint8Array, has: Uint8Array, memo: Map<string, Decimal>): Decimal {
  let key = `${j}:`;
  for (const l of plan.leavesUnder[j] as number[]) key += has[l] === 1 ? '1' : '0';
  let c = memo.get(key);
  if (c === undefined) {
    let sum = dec(0);
    for (let e = plan.childStart[j] as number; e < (plan.childStart[j + 1] as number); e += 1) {
      const k = plan.childList[e] as number;
      if (ok[k] !== 1) continue;
      const lk = plan.leafOf[k] as number;
      const ck = lk >= 0 ? dec(has[lk] === 1 ? 1 : 0) : exactCoverage(plan, k, ok, has, memo);
      sum = sum.plus((plan.dWeight[k] as Decimal).times(ck));
    }
    c = sum.div(plan.dTotal[j] as Decimal);
    memo.set(key, c);
  }
  return c;
}

/**
 * Groups bottom-up (reverse scheme order), row by row: the root's figures now, each row's node
 * objects when they are first read.
 *
 * @param plan - the compiled scheme
 * @param store - the cells
 * @param order - row ids in output order
 * @param slotOf - each leaf's slot in a row
 * @param peers - the peer leaves' columns (`scorePeers`)
 * @param missing - what a missing leaf counts as
 * @param minCoverage - under `reweight`, the share of a group's weight that must have data
 * @returns the output rows, in output order
 */
export function scoreRows(plan: Plan, store: Store, order: Int32Array, slotOf: Int32Array, peers: readonly (PeerColumn | undefined)[], missing: MissingPolicy, minCoverage: number): UnitScore[] {
  const zero = missing === 'zero';
  const reweight = missing === 'reweight';
  const { ids, leafOf, weight, max, total, geometric, childStart, childList, leaves } = plan;
  const rowCount = order.length;
  const N = ids.length;
  const idx = new Float64Array(N);
  const cov = new Float64Array(N);
  const pts = new Float64Array(N);
  const ok = new Uint8Array(N);
  // Each node's index and points as returned (see below: without binary noise).
  const shown = new Float64Array(N);
  const shownPts = new Float64Array(N);
  const scaled = scaledWeights(plan);
  const full = new Uint8Array(N);
  const L = leaves.length;
  const leafData: LeafRow = { has: new Uint8Array(L), index: new Float64Array(L), value: new Array<NodeScore['value']>(L).fill(null), z: new Float64Array(L) };
  const { has: leafHas, index: leafIndex, value: leafValue, z: leafZ } = leafData;
  const built: NodeScore[] = new Array<NodeScore>(N);
  const makeRecord = recordMaker(ids);
  const exactMemo = new Map<string, Decimal>();
  const dMin = dec(minCoverage);
  // Where each row goes in the output.
  const position = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r += 1) position[order[r] as number] = r;
  // Each group's returned index, kept per row when the row is scored, so building its node objects
  // later does not work out every exact mean again (a few numbers per row; the same numbers, as a
  // row scores the same way twice).
  const groupSlot = new Int32Array(N).fill(-1);
  let groups = 0;
  for (let j = 0; j < N; j += 1) if ((leafOf[j] as number) < 0) groupSlot[j] = groups++;
  const groupShown = new Float64Array(rowCount * groups);

  /**
   * Scores one row: every node's index, points, coverage and status into the scratch arrays, and,
   * with `build`, its node objects into `built`.
   */
  const run = (row: number, build: boolean): void => {
    leafRow(leaves, store, row, slotOf, peers, leafData);
    for (let j = N - 1; j >= 0; j -= 1) {
      const mx = max[j] as number;
      const l = leafOf[j] as number;
      if (l >= 0) {
        const peer = peers[l];
        if (leafHas[l] === 1) {
          const x = leafIndex[l] as number;
          const points = x * mx;
          ok[j] = 1;
          full[j] = 1;
          idx[j] = x;
          shown[j] = x;
          shownPts[j] = j === 0 ? exactPoints(x, mx) : points;
          pts[j] = points;
          cov[j] = 1;
          if (!build) continue;
          const value = leafValue[l];
          built[j] =
            peer?.z === undefined
              ? { status: 'ok', index: x, points: exactPoints(x, mx), max: mx, coverage: 1, value }
              : { status: 'ok', index: x, points: exactPoints(x, mx), max: mx, coverage: 1, value, z: leafZ[l] as number };
          continue;
        }
        full[j] = 0;
        cov[j] = 0;
        if (zero) {
          ok[j] = 1;
          idx[j] = 0;
          shown[j] = 0;
          shownPts[j] = 0;
          pts[j] = 0;
          if (build) built[j] = peer?.z === undefined ? { status: 'ok', index: 0, points: 0, max: mx, coverage: 0, value: null } : { status: 'ok', index: 0, points: 0, max: mx, coverage: 0, value: null, z: null };
        } else {
          ok[j] = 0;
          if (build) built[j] = peer?.z === undefined ? { status: 'no-data', index: null, points: null, max: mx, coverage: 0, value: null } : { status: 'no-data', index: null, points: null, max: mx, coverage: 0, value: null, z: null };
        }
        continue;
      }
      // Σ w·x ÷ Σ w over the children with data (compensated sums); coverage Σ w·coverage ÷ the
      // group's total weight. With every child used, the points are the sum of the children's points
      // (the same number as index × max, with less rounding).
      let s = 0;
      let sErr = 0;
      let sw = 0;
      let swErr = 0;
      let p = 0;
      let pErr = 0;
      let sc = 0;
      let lowest = Infinity;
      let highest = -Infinity;
      let allFull = true;
      let allUsed = true;
      const c0 = childStart[j] as number;
      const c1 = childStart[j + 1] as number;
      for (let e = c0; e < c1; e += 1) {
        const k = childList[e] as number;
        if (ok[k] !== 1) {
          allFull = false;
          allUsed = false;
          continue;
        }
        const w = weight[k] as number;
        const x = idx[k] as number;
        const q = pts[k] as number;
        // Knuth's two-sum (no branch): t + its error = s + a exactly.
        const a = w * x;
        let t = s + a;
        let z = t - s;
        sErr += s - (t - z) + (a - z);
        s = t;
        t = p + q;
        z = t - p;
        pErr += p - (t - z) + (q - z);
        p = t;
        sw += w;
        sc += w * (cov[k] as number);
        if (full[k] !== 1) allFull = false;
        if (x < lowest) lowest = x;
        if (x > highest) highest = x;
      }
      if (allUsed) {
        // Every child: the total weight, summed in decimal once.
        sw = total[j] as number;
      } else {
        // Some children: their weights again, compensated (rare, and only under missing data).
        sw = 0;
        for (let e = c0; e < c1; e += 1) {
          const k = childList[e] as number;
          if (ok[k] !== 1) continue;
          const w = weight[k] as number;
          const t = sw + w;
          const z = t - sw;
          swErr += sw - (t - z) + (w - z);
          sw = t;
        }
      }
      let coverage = allFull ? 1 : sc / (total[j] as number);
      let status = sw > 0;
      if (status && reweight && !allFull) {
        // Not full, so the exact coverage is below 1; near minCoverage, decide in decimal.
        if (minCoverage === 1) status = false;
        else if (Math.abs(coverage - minCoverage) <= COVERAGE_GUARD) {
          const exact = exactCoverage(plan, j, ok, leafHas, exactMemo);
          status = exact.gte(dMin);
          coverage = toNumber(exact);
        } else {
          status = coverage > minCoverage;
        }
      }
      ok[j] = status ? 1 : 0;
      full[j] = allFull ? 1 : 0;
      cov[j] = coverage;
      if (!status) {
        if (build) built[j] = { status: 'no-data', index: null, points: null, max: mx, coverage };
        continue;
      }
      let x: number;
      let points: number | undefined;
      if (geometric[j] !== 1) {
        x = divide(s, sErr, sw, swErr);
        if (allUsed) points = p + pErr;
      } else if (lowest === 0) {
        x = 0;
      } else {
        // Π xᵢ^(wᵢ ÷ Σ w) = exp(Σ wᵢ·ln xᵢ ÷ Σ w).
        let logs = 0;
        for (let e = c0; e < c1; e += 1) {
          const k = childList[e] as number;
          if (ok[k] === 1) logs += (weight[k] as number) * Math.log(idx[k] as number);
        }
        x = Math.exp(logs / (sw + swErr));
      }
      // Children sharing one index give it exactly; a mean lies between its smallest and largest
      // term, and rounding never takes it out.
      if (lowest === highest || x < lowest) x = lowest;
      else if (x > highest) x = highest;
      points ??= x * mx;
      idx[j] = x;
      pts[j] = points;
      // What is returned is the arithmetic mean of the children's returned indices worked out exactly,
      // then the nearest number: no binary noise (0.315555, not 0.3155550000000001). Parents compute
      // on in float64 from the float64 mean; a geometric mean (exp, ln) is returned as computed.
      // Not `x` when the children tie in float64: a lone child group's float64 mean can be off its
      // returned index (0.15000000000000002 for 0.15).
      const slot = row * groups + (groupSlot[j] as number);
      if (geometric[j] === 1) shown[j] = x;
      else if (build) shown[j] = groupShown[slot] as number;
      else groupShown[slot] = shown[j] = exactMean(plan, scaled, ok, shown, j);
      // Only the root's points are needed until the node objects are built.
      if (!build && j !== 0) continue;
      shownPts[j] = geometric[j] === 1 ? points : exactPoints(shown[j] as number, mx);
      if (build) built[j] = { status: 'ok', index: shown[j] as number, points: shownPts[j] as number, max: mx, coverage };
    }
  };
  // A row's node objects, built again from the columnar cells when first read (see lazyRow).
  const materialize = (row: number): Record<string, NodeScore> => {
    run(row, true);
    return makeRecord(built);
  };

  const out = new Array<UnitScore>(rowCount);
  const rootMax = max[0] as number;
  // Rows in the order of the cells (they are read in sequence); each lands at its output position.
  for (let row = 0; row < rowCount; row += 1) {
    run(row, false);
    const scored = ok[0] === 1;
    out[position[row] as number] = lazyRow(
      store.units[row] as string,
      store.periods[row] as Period,
      scored ? (shown[0] as number) : null,
      scored ? (shownPts[0] as number) : null,
      rootMax,
      cov[0] as number,
      row,
      materialize,
    );
  }
  return out;
}
