// score: the public entry. It validates the scheme and options, compiles the scheme, reads the
// observations into columnar cells, scores the peer-based leaves period by period, then every row
// bottom-up. The pieces live in ./_internal: parseScheme (validation), compile (the flat plan),
// indicators (per-indicator plans), store (the cells), readObservations (objects and columns),
// leafRow (own normalisation), peers (peer normalisation), scoreRows (aggregation and coverage),
// lazyRow (rows whose nodes are built on first read), missingLeaves (missing: 'error').
import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { compareText } from '../_shared/compareKeys';
import { parseOrThrow } from '../_shared/zod';
import { ChisoError } from '../errors';
import type { ObservationColumns } from '../model/observationColumns';
import { periodKey } from '../model/intake/periods';
import type { Observation } from '../model/observation';
import { MinCoverageSchema, MissingPolicySchema, type MissingPolicy, type Scheme, type ScoreInput, type UnitScore } from '../model/scheme';
import { compile } from './_internal/compile';
import { planIndicators, type IndicatorPlan } from './_internal/indicators';
import { missingLeaves } from './_internal/missingLeaves';
import { parseScheme } from './_internal/parseScheme';
import { scorePeers } from './_internal/peers';
import { readCells } from './_internal/readObservations';
import { scoreRows } from './_internal/scoreRows';

/** Options of {@link score}; each overrides the scheme's own setting. */
export interface ScoreOptions {
  /** What a missing leaf counts as: `error`, `zero` or `reweight` (the scheme's, else `reweight`). */
  readonly missing?: MissingPolicy;
  /** Under `reweight`, the share of each group's weight that must have data (the scheme's, else 1). */
  readonly minCoverage?: number;
}

const OptionsSchema = strictObjectSchema({ missing: z.optional(MissingPolicySchema), minCoverage: z.optional(MinCoverageSchema) });

/**
 * Scores units against a scheme: for every unit × period in the observations, the index and points
 * of every node of the scheme tree, from the leaves' rules up to the root.
 *
 * - Each leaf reads the observation of its `indicator` for the unit and period: a `value` (number,
 *   boolean or category), a share as `numerator` + `denominator` (a percent, or a ratio with
 *   `scale: 'ratio'`; 0 of 0 counts as missing), `done` (a boolean) or `rank` (a number).
 * - Peer-based rules (`minmax` without goalposts, `zscore`, `rank`, `percentOfMax`) compare a unit
 *   with the units that have a value for the same leaf in the same period.
 * - A group's index is the weighted arithmetic (or geometric) mean of its children's; a node's
 *   points are its index × its max (see `SchemeSchema` for how weights and points combine).
 * - Missing leaves follow `missing` (options, else the scheme's, else `reweight`) and `minCoverage`
 *   (options, else the scheme's, else 1): by default a unit missing any leaf is `no-data` (never a
 *   number made up), while the nodes that have their data still show their index.
 * - Index arithmetic is in float64 (relative error below 1e-15); boundaries (bands, coverage) are
 *   compared exactly. In detail:
 *   - `bands`: a number is compared with each `min` as two JS numbers (exact); a share by
 *     cross-multiplication with the `min` as written (n·100 ≥ min·d, in integers, or decimal for
 *     non-integer counts) — never n ÷ d · 100 in floating point, so 57 of 100 reaches a band at 57.
 *   - `minCoverage`: coverage is a ratio of weights. Full coverage (every child has data) is known
 *     exactly; otherwise the float64 coverage decides, unless it lies within 1e-9 of `minCoverage`,
 *     where it is recomputed in decimal from the weights as written and compared exactly.
 *   - `rank` ties are exact (shares that are nearly equal are compared in decimal).
 *   - Values are taken as written, and differences of nearly equal values are exact: `minmax` (fixed
 *     or among peers) subtracts integers (a value with k decimal places times 10^k; a share as n·100
 *     over d), so 199.98 between 199.97 and 199.99 is exactly 0.5; `zscore` does too while
 *     n²·(value·10^k)² stays below 2^53 (two decimals up to 200 for 3,000 units) and no value is a
 *     share. Beyond that (more than 15 decimal places, integers past 2^50, larger zscore sums) the
 *     differences are float64 ones, which keep their inputs' own rounding.
 *   - Weights and maxes are worked out in decimal once; means use compensated sums. A group whose
 *     children share one index has that index exactly, and a mean never leaves the range of its
 *     children's indices.
 *   - Geometric means are exp(Σ wᵢ·ln xᵢ ÷ Σ w): for very small indices the relative error grows to
 *     about |ln x| × 1e-16. zscore's Φ(z) is computed in float64 (to about 1e-16 absolute).
 * - What is returned has no binary noise: an arithmetic group's `index` is the exact weighted mean
 *   of its children's returned indices, and every `points` is the returned index × max exactly, each
 *   rounded once to the nearest number (`0.702445`, not the float64 `0.7024450000000001`; `93.57`,
 *   not `93.57000000000001`). Parents still compute on in float64 (within 1e-15, as above); a
 *   geometric mean is returned as computed.
 * - Nothing else is rounded (rounding is formatting) and nothing is NaN. Rows are ordered by period (a
 *   year after the dates in it), then unit id; nodes by their order in the scheme. Input order never
 *   changes the output.
 * - Each row's `nodes` is built the first time it is read (then kept), from the cells `score` keeps:
 *   a list of totals does not pay for one object per node per row. It is an own enumerable property, so
 *   `JSON.stringify`, spreads, `structuredClone` and deep equality see it as a plain one; assigning it
 *   replaces it. A row kept alive keeps the result's cells alive.
 *
 * @param scheme - the scheme (validated here)
 * @param observations - `ScoreInput`s and/or the library's observations (validated here, all problems
 *   reported at once); an observation of an indicator that no leaf uses is an error. Or observation
 *   columns, as `evaluateColumns` takes them (numbers only: a row is a share when its `denominator` is
 *   a number), read without an object kept per row; problems then point into the columns
 * @param options - `missing`, `minCoverage`
 * @returns one score per unit × period, with every node's score under `nodes` (built when first read)
 * @throws {ChisoError} for an invalid scheme or option; an invalid observation (NaN, ±Infinity, a
 *   numerator above its denominator, a ratio outside 0–1); an indicator not in the scheme; two
 *   observations of the same unit × indicator × period; a value its leaf's rule cannot read (a
 *   boolean for a number rule, an unknown category, a negative value for `proportional`,
 *   `distanceToTarget` or `percentOfMax`, an `index` outside 0–1); a missing leaf under
 *   `missing: 'error'`
 *
 * @example
 * const values = {
 *   'dti-digital-awareness': 1, 'dti-digital-institutions': 0.9, 'dti-digital-infrastructure': 0.8253,
 *   'dti-digital-human-resources': 0.8487, 'dti-cybersecurity': 0.7578, 'dti-digital-government': 0.8575,
 *   'dti-digital-economy': 0.7836, 'dti-digital-society': 0.5197,
 * };
 * const [daNang] = score(
 *   schemes.dtiProvince2022,
 *   Object.entries(values).map(([indicator, value]) => ({ unit: 'da-nang', indicator, period: 2022, value })),
 * );
 * daNang?.points;
 * //=> 800.175
 * daNang?.nodes['dti-digital-institutions']?.points;
 * //=> 90
 */
export function score(scheme: Scheme, observations: readonly (ScoreInput | Observation)[] | ObservationColumns, options: ScoreOptions = {}): UnitScore[] {
  const sch = parseScheme(scheme);
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const missing = opts.missing ?? sch.missing ?? 'reweight';
  const minCoverage = opts.minCoverage ?? sch.minCoverage ?? 1;

  const plan = compile(sch.root);
  const { leaves } = plan;
  const indicators = planIndicators(leaves);
  const { store, rowsByPeriod } = readCells(observations, indicators, sch.id);

  // Rows in output order: by period (a year after its dates), then unit; `segments` bound the periods.
  const rowCount = store.rows;
  const order = new Int32Array(rowCount);
  const segments: number[] = [0];
  {
    const periods = [...rowsByPeriod.keys()].sort((a, b) => compareText(periodKey(a), periodKey(b)));
    let r = 0;
    for (const period of periods) {
      const units = rowsByPeriod.get(period) as Map<string, number>;
      for (const unit of [...units.keys()].sort()) order[r++] = units.get(unit) as number;
      segments.push(r);
    }
  }
  const slotOf = Int32Array.from(leaves, (leaf) => (indicators.get(leaf.node.indicator) as IndicatorPlan).slot);

  if (missing === 'error') {
    const issues = missingLeaves(leaves, store, order, slotOf);
    if (issues.length > 0) throw new ChisoError(issues);
  }

  const peers = scorePeers(leaves, store, order, segments, slotOf);
  return scoreRows(plan, store, order, slotOf, peers, missing, minCoverage);
}
