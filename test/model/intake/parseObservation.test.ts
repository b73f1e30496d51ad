// @zone-independent: periods are civil dates compared as text; nothing reads the host's clock or zone
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChisoIssue } from '../../../src/errors';
import { ObservationSchema } from '../../../src/model/observation';
import { ScoreInputSchema } from '../../../src/model/scheme';
import { DONE_SHAPE, FRACTION_SHAPE, observationShape, RANK_SHAPE, VALUE_SHAPE } from '../../../src/model/intake/observationShape';
import { givenContext, notAList, OBSERVATION_SCHEMAS, parseObservation } from '../../../src/model/intake/parseObservation';
import { plainShape } from '../../../src/model/intake/plainObservation';

// The one intake of observations: shape detection, the quick field check and the schema path, with
// their issue paths. The oracle for shapes is the table every caller used to filter (`SHAPES`); the
// oracle for the quick check is the schema itself (whatever it accepts, the schema accepts unchanged).

const KEYS = [['value'], ['numerator', 'denominator'], ['done'], ['rank']] as const;
const tableShape = (raw: object): number => {
  const present = KEYS.map((keys, shape) => (keys.some((k) => k in raw) ? shape : -1)).filter((s) => s >= 0);
  return present.length === 1 ? (present[0] as number) : -1;
};

const FIELDS = ['unit', 'indicator', 'period', 'value', 'numerator', 'denominator', 'done', 'rank', 'scale', 'source', 'note', 'extra'] as const;
const anyObservation = fc.dictionary(
  fc.constantFrom(...FIELDS),
  fc.oneof(
    fc.constantFrom('u1', ' u1', '', 'u 1', 'share', 'Share', 'percent', 'ratio', 'x', '2024-06-30', '2024-02-30', '2024'),
    fc.constantFrom(2024, 1899, 2200, 2024.5, 0, 1, 57, -1, 3, 4, Number.NaN, Infinity),
    fc.boolean(),
    fc.constant(undefined),
    fc.constant(null),
  ),
  { maxKeys: 8 },
);

// Near-valid observations, so that the quick check accepts some and refuses others for one reason.
const nearValid = fc
  .tuple(
    fc.record(
      {
        unit: fc.constantFrom('u1', 'u1', 'u1', 'xã-1', ' u1', '', 'u 1', 'u1\u00a0', 7),
        indicator: fc.constantFrom('share', 'share', 7),
        period: fc.constantFrom(2024, 2024, '2024-06-30', '2024-06-30', '2024-02-30', 1899, 2200, 2024.5, '2024'),
        scale: fc.constantFrom('percent', 'ratio', 'ratio', 'per-mille', undefined),
        source: fc.constantFrom('report', 'report', '', undefined),
        note: fc.constantFrom('n', 'n', '', 3),
      },
      { requiredKeys: ['unit', 'indicator', 'period'] },
    ),
    fc.constantFrom<Record<string, unknown>>({ value: 57 }, { numerator: 1, denominator: 2 }, { denominator: 2 }, { done: true }, { rank: 1 }, { value: 1, rank: 1 }, {}, { extra: 1 }),
  )
  .map(([base, figure]) => ({ ...base, ...figure }) as Record<string, unknown>);

describe('observationShape', () => {
  it('tells the shape as the table of shapes did (property)', () => {
    fc.assert(
      fc.property(anyObservation, (raw) => {
        expect(observationShape(raw)).toBe(tableShape(raw));
      }),
    );
  });

  it('counts inherited keys and either half of a share', () => {
    expect(observationShape(Object.create({ value: 1 }) as object)).toBe(VALUE_SHAPE);
    expect(observationShape({ denominator: 4 })).toBe(FRACTION_SHAPE);
    expect(observationShape({ done: true })).toBe(DONE_SHAPE);
    expect(observationShape({ rank: 2 })).toBe(RANK_SHAPE);
    expect(observationShape({ value: 1, rank: 2 })).toBe(-1);
    expect(observationShape({})).toBe(-1);
  });
});

describe('plainShape', () => {
  it('never accepts what the schema rejects, and the schema gives the object back unchanged (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: anyObservation, weight: 1 }, { arbitrary: nearValid, weight: 4 }), fc.boolean(), (raw, withUnits) => {
        const units = withUnits ? new Map([['u1', {}]]) : undefined;
        const shape = plainShape(raw, units, new Map());
        if (shape < 0) return;
        accepted += 1;
        expect(shape).toBe(observationShape(raw));
        // The figure is the caller's: give the shape a valid one, then ask the schema.
        const figure = [{ value: 1 }, { numerator: 1, denominator: 2 }, { done: true }, { rank: 1 }][shape] as object;
        const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !['value', 'numerator', 'denominator', 'done', 'rank'].includes(k)));
        const candidate = { ...rest, ...figure };
        const parsed = ObservationSchema.safeParse(candidate);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(candidate);
        if (units !== undefined) expect(units.has(candidate['unit' as keyof typeof candidate] as string)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Some are accepted (about 3 %), so the property says something.
    expect(accepted).toBeGreaterThan(10);
  });

  it('leaves to the schema an optional key given as undefined, a unit it would trim, a date that does not exist', () => {
    const ok = { unit: 'u1', indicator: 'share', period: '2024-06-30', value: 57 };
    const dates = new Map<string, boolean>();
    expect(plainShape(ok, undefined, dates)).toBe(VALUE_SHAPE);
    expect(dates.get('2024-06-30')).toBe(true);
    expect(plainShape({ ...ok, note: undefined }, undefined, dates)).toBe(-1);
    expect(plainShape({ ...ok, unit: 'u1 ' }, undefined, dates)).toBe(-1);
    expect(plainShape({ ...ok, unit: 'u1' }, new Map([['u2', {}]]), dates)).toBe(-1);
    expect(plainShape({ ...ok, period: '2023-02-29' }, undefined, dates)).toBe(-1);
    expect(plainShape({ ...ok, scale: 'per-mille' }, undefined, dates)).toBe(-1);
  });
});

describe('parseObservation', () => {
  it('words a missing or doubled figure as one invalid_type at the observation, and a schema problem under its path', () => {
    const issues: ChisoIssue[] = [];
    expect(parseObservation(42, ['observations', 0], issues)).toBeUndefined();
    expect(parseObservation({ unit: 'u1', indicator: 'share', period: 2024, value: 1, done: true }, ['observations', 1], issues)).toBeUndefined();
    expect(parseObservation({ unit: 'u1', indicator: 'share', period: 1800, numerator: -1, denominator: 2 }, ['observations', 2], issues)).toBeUndefined();
    expect(issues.map((i) => [i.code, i.path.join('.'), i.unit, i.indicator])).toEqual([
      ['invalid_type', 'observations.0', undefined, undefined],
      ['invalid_type', 'observations.1', undefined, undefined],
      ['too_small', 'observations.2.period', 'u1', 'share'],
      ['too_small', 'observations.2.numerator', 'u1', 'share'],
    ]);
  });

  it('gives what the schema of its shape gives, with the schemas a caller passes', () => {
    const issues: ChisoIssue[] = [];
    expect(parseObservation({ unit: ' u1 ', indicator: 'share', period: 2024, rank: 3 }, ['observations', 0], issues)).toEqual({ unit: 'u1', indicator: 'share', period: 2024, rank: 3 });
    const scoreSchemas = [ScoreInputSchema, OBSERVATION_SCHEMAS[1], OBSERVATION_SCHEMAS[2], OBSERVATION_SCHEMAS[3]] as const;
    expect(parseObservation({ unit: 'u1', indicator: 'share', period: 2024, value: 'high' }, ['observations', 1], issues, scoreSchemas)).toEqual({ unit: 'u1', indicator: 'share', period: 2024, value: 'high' });
    expect(parseObservation({ unit: 'u1', indicator: 'share', period: 2024, value: 'high' }, ['observations', 2], issues)).toBeUndefined();
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_type', 'observations.2.value']]);
  });

  it('names the unit and indicator as given, and words a list that is not one', () => {
    expect(givenContext({ unit: ' u1', indicator: 7 })).toEqual({ unit: ' u1', indicator: undefined });
    const issue = notAList('nope');
    expect([issue.code, issue.path, issue.field, issue.expected]).toEqual(['invalid_type', ['observations'], 'observations', 'an array of observations']);
  });
});
