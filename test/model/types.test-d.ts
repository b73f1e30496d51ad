import { describe, expectTypeOf, it } from 'vitest';
import { evaluate, evaluateTarget, type Catalog, type Observation, type Scorecard, type Status, type Target, type TargetEvaluation, type TargetKind } from '../../src/index';

describe('types inferred from the schemas', () => {
  it('Target is a union discriminated by kind', () => {
    expectTypeOf<TargetKind>().toEqualTypeOf<'threshold' | 'range' | 'rank' | 'change' | 'growth' | 'done' | 'qualitative'>();
    expectTypeOf<Extract<Target, { kind: 'rank' }>['top']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<Target, { kind: 'threshold' }>['op']>().toEqualTypeOf<'>=' | '>' | '<=' | '<' | '='>();
  });
  it('Observation carries exactly one value shape', () => {
    expectTypeOf<{ unit: 'u'; indicator: 'i'; period: 2023; value: 1 }>().toExtend<Observation>();
    expectTypeOf<{ unit: 'u'; indicator: 'i'; period: 2023; numerator: 1; denominator: 2 }>().toExtend<Observation>();
    expectTypeOf<{ unit: 'u'; indicator: 'i'; period: 2023 }>().not.toExtend<Observation>();
  });
  it('evaluateTarget and evaluate return typed results', () => {
    expectTypeOf(evaluateTarget).returns.toEqualTypeOf<TargetEvaluation>();
    expectTypeOf<TargetEvaluation['status']>().toEqualTypeOf<Status>();
    expectTypeOf<TargetEvaluation['gap']>().toEqualTypeOf<number | null>();
    expectTypeOf(evaluate).parameters.toEqualTypeOf<[Catalog, readonly Observation[], import('../../src/index').EvaluateOptions]>();
    expectTypeOf(evaluate).returns.toEqualTypeOf<Scorecard>();
  });
  it('a value of the wrong type does not compile', () => {
    // @ts-expect-error a string is not a value
    evaluateTarget({ kind: 'threshold', op: '>=', value: 80 }, '80');
  });
});
