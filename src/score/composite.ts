import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { fail } from '../_shared/issue';
import { parseOrThrow } from '../_shared/zod';
import { AggregationSchema, MinCoverageSchema, MissingPolicySchema, type Aggregation, type MissingPolicy, type Scheme, type ScoreStatus } from '../model/scheme';
import { score } from './score';

/** One part of a composite: its 0–1 index (`null` when missing) and its weight (1 when absent). */
export interface CompositeComponent {
  readonly index: number | null;
  readonly weight?: number;
}

/** Options of {@link composite}. */
export interface CompositeOptions {
  /** `arithmetic` (default) or `geometric`. */
  readonly aggregation?: Aggregation;
  /** What a missing index counts as: `error`, `zero` or `reweight` (default). */
  readonly missing?: MissingPolicy;
  /** Under `reweight`, the share of the weight that must have data (default 1). */
  readonly minCoverage?: number;
}

/** The composite index, or `no-data` (never a made-up number). */
export interface CompositeResult {
  readonly status: ScoreStatus;
  readonly index: number | null;
  /** The share of the total weight backed by an index. */
  readonly coverage: number;
}

const ComponentsSchema = z
  .array(strictObjectSchema({ index: z.nullable(z.number().check(z.gte(0), z.lte(1))), weight: z.optional(z.number().check(z.positive())) })).check(z.minLength(1));
const OptionsSchema = strictObjectSchema({
  aggregation: z.optional(AggregationSchema),
  missing: z.optional(MissingPolicySchema),
  minCoverage: z.optional(MinCoverageSchema),
});

// The leaves of the one-group scheme a composite is scored as: c1, c2, … (kebab-case ids).
const leafId = (i: number): string => `c${i + 1}`;

/**
 * Combines 0–1 indices into one weighted index: the one-group case of `score`, with the same
 * arithmetic, geometric and missing-data rules (it is computed by `score`, so the two never disagree).
 *
 * @param components - each `{ index, weight? }`: `index` in [0, 1] or `null` when missing; weight > 0 (default 1)
 * @param options - `aggregation` (`arithmetic` by default), `missing` (`reweight` by default), `minCoverage` (1 by default)
 * @returns `{ status, index, coverage }`: `index` is `null` exactly when `status` is `no-data`
 * @throws {ChisoError} for an empty list, an index outside [0, 1] or not finite, a weight ≤ 0, an
 *   unknown option, or a missing index under `missing: 'error'`
 *
 * @example
 * composite([{ index: 0.9, weight: 100 }, { index: 0.6, weight: 200 }]);
 * //=> { status: 'ok', index: 0.7, coverage: 1 }
 *
 * composite([{ index: 0.9 }, { index: null }], { minCoverage: 0.5 });
 * //=> { status: 'ok', index: 0.9, coverage: 0.5 }
 *
 * composite([{ index: 0.9 }, { index: null }]);
 * //=> { status: 'no-data', index: null, coverage: 0.5 }
 */
export function composite(components: readonly CompositeComponent[], options: CompositeOptions = {}): CompositeResult {
  const parts = parseOrThrow(ComponentsSchema, components, ['components']);
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const missing = opts.missing ?? 'reweight';
  if (missing === 'error') {
    const i = parts.findIndex((part) => part.index === null);
    if (i !== -1) fail({ code: 'missing', path: ['components', i, 'index'], expected: "a number in [0, 1] (missing: 'error')", received: null });
  }
  if (parts.every((part) => part.index === null)) {
    // score() has no row to give when nothing was observed; the policy's answer is stated here instead.
    return missing === 'zero' ? { status: 'ok', index: 0, coverage: 0 } : { status: 'no-data', index: null, coverage: 0 };
  }
  const scheme: Scheme = {
    id: 'composite',
    name: { vi: 'Chỉ số tổng hợp', en: 'Composite index' },
    root: {
      id: 'composite',
      name: { vi: 'Chỉ số tổng hợp', en: 'Composite index' },
      ...(opts.aggregation === undefined ? {} : { aggregation: opts.aggregation }),
      children: parts.map((part, i) => ({
        id: leafId(i),
        name: { vi: leafId(i), en: leafId(i) },
        ...(part.weight === undefined ? {} : { weight: part.weight }),
        indicator: leafId(i),
        rule: { kind: 'index' as const },
      })),
    },
  };
  const inputs = parts.flatMap((part, i) => (part.index === null ? [] : [{ unit: 'composite', indicator: leafId(i), period: 2000, value: part.index }]));
  const [row] = score(scheme, inputs, { missing, ...(opts.minCoverage === undefined ? {} : { minCoverage: opts.minCoverage }) });
  // One unit and one period always give exactly one row.
  const { status, index, coverage } = row as NonNullable<typeof row>;
  return { status, index, coverage };
}
