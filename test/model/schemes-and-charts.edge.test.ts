import { describe, expect, it } from 'vitest';
import { RankingChartDataSchema } from '../../src/model/report';
import { RuleSchema } from '../../src/model/scheme';

describe('MinMaxRuleSchema: one goalpost without the other', () => {
  it.each([
    [{ kind: 'minmax', max: 10 }, 'min'],
    [{ kind: 'minmax', min: 0 }, 'max'],
  ])('%j → an issue at %s', (rule, field) => {
    const result = RuleSchema.safeParse(rule);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [[field], 'given together with the other goalpost (fixed goalposts need both min and max; peers need neither)'],
    ]);
  });
});

describe('RankingChartDataSchema: max and unscored items', () => {
  it('an item without a score never exceeds max; a score above max does', () => {
    const item = (score: number | null) => ({ label: 'a', score, rank: score === null ? null : 1 });
    expect(RankingChartDataSchema.safeParse({ title: 't', max: 1, items: [item(null), item(1)] }).success).toBe(true);
    const bad = RankingChartDataSchema.safeParse({ title: 't', max: 1, items: [item(null), item(1.5)] });
    expect(bad.error?.issues.map((i) => [i.path, i.message])).toEqual([[['max'], 'a number not below any score']]);
  });
});
