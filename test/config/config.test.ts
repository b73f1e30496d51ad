import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { catalogJsonSchema } from '../../src/config/catalogJsonSchema';
import { defineCatalog } from '../../src/config/defineCatalog';
import { defineHierarchy } from '../../src/config/defineHierarchy';
import { extendCatalog } from '../../src/config/extendCatalog';
import { loadCatalog } from '../../src/config/loadCatalog';
import { retargetCatalog } from '../../src/config/retargetCatalog';
import { ChisoError } from '../../src/errors';
import { evaluate } from '../../src/evaluate/evaluate';
import { twoTier2025 } from '../../src/model/hierarchies';

const root = fileURLToPath(new URL('../..', import.meta.url));
const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ChisoError);
    return (e as ChisoError).issues;
  }
  throw new Error('expected a ChisoError');
};
const minimal = {
  id: 'invented-province',
  plan: { issuer: { vi: 'UBND tỉnh Thử', en: 'Invented province' }, number: '1/KH-UBND', date: '2025-09-01', title: { vi: 'Kế hoạch', en: 'Plan' } },
  hierarchy: twoTier2025,
  indicators: [
    {
      id: 'work-dossiers-online',
      name: { vi: 'Hồ sơ công việc trên môi trường mạng', en: 'Work dossiers online' },
      pillar: 'digital-government',
      measure: 'percent',
      source: { document: '1/KH-UBND', date: '2025-09-01', section: 'II.1' },
      targets: [
        { kind: 'threshold', op: '>=', value: 90, level: 'province', by: '2026-12-31' },
        { kind: 'threshold', op: '>=', value: 70, level: 'commune', by: '2026-12-31' },
      ],
    },
  ],
};

describe('defineCatalog / loadCatalog', () => {
  it('accept a valid catalog, as an object or as JSON text', () => {
    expect(defineCatalog(minimal as never).id).toBe('invented-province');
    expect(loadCatalog(JSON.stringify(minimal))).toEqual(defineCatalog(minimal as never));
  });
  it('say where in the JSON the problem is and what was allowed', () => {
    const bad = structuredClone(minimal) as Record<string, any>;
    bad.indicators[0].targets[1].op = '=>';
    bad.indicators[0].targets[0].level = 'district';
    bad.indicators[0].colour = 'red';
    const issues = issuesOf(() => loadCatalog(bad));
    expect(issues.map((i) => i.message)).toEqual([
      'Expected indicators[0].targets[1].op to be one of ">=", ">", "<=", "<", "=" (write ">=" for "=>") but got "=>".',
      'Expected indicators[0].colour to be absent (not a known field) but got "red".',
    ]);
    delete bad.indicators[0].colour;
    bad.indicators[0].targets[1].op = '>=';
    expect(issuesOf(() => loadCatalog(bad))[0]?.message).toBe(
      "Expected indicators[0].targets[0].level to be one of the hierarchy's levels (province, commune) but got \"district\".",
    );
  });
  it('reject __proto__, constructor and prototype keys anywhere, and leave Object.prototype alone', () => {
    const text = JSON.stringify(minimal).replace('"pillar":', '"__proto__": {"polluted": true}, "pillar":');
    const issues = issuesOf(() => loadCatalog(text));
    expect(issues[0]).toMatchObject({ code: 'forbidden_key', path: ['indicators', 0, '__proto__'] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(issuesOf(() => loadCatalog({ ...minimal, constructor: {} }))[0]?.path).toEqual(['constructor']);
  });
  it('reject text that is not JSON, and absurd nesting, as ChisoError', () => {
    expect(issuesOf(() => loadCatalog('{ "id": '))[0]).toMatchObject({ code: 'invalid_json' });
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    expect(issuesOf(() => loadCatalog({ ...minimal, indicators: deep }))[0]).toMatchObject({ code: 'too_deep' });
  });
  it('defineHierarchy validates a custom hierarchy', () => {
    expect(defineHierarchy({ id: 'x', name: { vi: 'X', en: 'X' }, levels: [{ id: 'a', name: { vi: 'A', en: 'A' } }] }).levels).toHaveLength(1);
    expect(() => defineHierarchy({ id: 'x', name: { vi: 'X', en: 'X' }, levels: [] })).toThrow(/levels/);
  });
});

describe('extendCatalog', () => {
  it('overrides a target and leaves the base untouched (deeply)', () => {
    const before = JSON.stringify(vinhPhuc302);
    const mine = extendCatalog(vinhPhuc302, {
      id: 'my-province',
      override: [{ match: { indicator: 'level-4-online-services', by: '2025-12-31' }, set: { value: 80, wording: '80%' } }],
    });
    expect(JSON.stringify(vinhPhuc302)).toBe(before);
    const l4 = mine.indicators.find((i) => i.id === 'level-4-online-services')!;
    expect(l4.targets[0]).toMatchObject({ kind: 'threshold', op: '>=', value: 80, wording: '80%', by: '2025-12-31' });
    expect(l4.targets[1]).toMatchObject({ value: 100, by: '2022-03-31' });
    expect(mine.id).toBe('my-province');
    // no shared references either (the result is frozen, so it is checked by identity)
    expect(mine.indicators[0]).not.toBe(vinhPhuc302.indicators[0]);
    expect(mine.indicators[0]!.targets[0]).not.toBe(vinhPhuc302.indicators[0]!.targets[0]);
    expect(mine.hierarchy).not.toBe(vinhPhuc302.hierarchy);
  });
  it('adds, removes, renames, replaces targets, and shifts deadlines', () => {
    const next = extendCatalog(vinhPhuc302, {
      remove: ['dti-rank'],
      add: [{ ...structuredClone(minimal.indicators[0]!), id: 'new-one', targets: [] } as never],
      rename: { 'fibre-household-coverage': { vi: 'Phủ cáp quang', en: 'Fibre' } },
      targets: { 'digital-tech-enterprises': [{ kind: 'threshold', op: '>=', value: 500, by: '2025-12-31' }] },
      override: [{ match: { by: '2025-12-31' }, set: { by: '2026-06-30' } }],
    });
    expect(next.indicators.some((i) => i.id === 'dti-rank')).toBe(false);
    expect(next.indicators.at(-1)?.id).toBe('new-one');
    expect(next.indicators.find((i) => i.id === 'fibre-household-coverage')?.name.en).toBe('Fibre');
    expect(next.indicators.find((i) => i.id === 'digital-tech-enterprises')?.targets).toEqual([{ kind: 'threshold', op: '>=', value: 500, by: '2026-06-30' }]);
    expect(next.indicators.flatMap((i) => i.targets).filter((t) => t.by === '2025-12-31')).toEqual([]);
  });
  it('unknown ids, an override that matches nothing, a duplicate add and an invalid result are errors', () => {
    const issues = issuesOf(() =>
      extendCatalog(vinhPhuc302, {
        remove: ['no-such'],
        rename: { 'nope': { vi: 'a', en: 'a' } },
        override: [{ match: { indicator: 'dti-rank', level: 'commune' }, set: { top: 5 } }],
        add: [{ ...(vinhPhuc302.indicators[0] as object) } as never],
      }),
    );
    expect(issues.map((i) => i.code)).toEqual(['unknown_indicator', 'duplicate_indicator', 'unknown_indicator', 'no_match']);
    expect(issuesOf(() => extendCatalog(vinhPhuc302, { override: [{ match: { indicator: 'dti-rank' }, set: { level: 'ward' } }] }))[0]?.path).toEqual([
      'result', 'indicators', 0, 'targets', 0, 'level',
    ]);
  });
});

describe('retargetCatalog: three tiers to two', () => {
  it('drops district targets when told to, reporting every step', () => {
    const { catalog, steps } = retargetCatalog(vinhPhuc302, twoTier2025, { district: null });
    expect(catalog.hierarchy.id).toBe('two-tier-2025');
    const wdo = catalog.indicators.find((i) => i.id === 'work-dossiers-online')!;
    expect(wdo.targets.map((t) => [t.level, t.kind === 'threshold' ? t.value : null, t.by])).toEqual([
      ['province', 90, '2025-12-31'],
      ['commune', 60, '2025-12-31'],
      ['province', 100, '2030-12-31'],
      ['commune', 100, '2030-12-31'],
    ]);
    expect(steps.filter((s) => s.indicator === 'work-dossiers-online').map((s) => [s.targetIndex, s.action])).toEqual([
      [0, 'kept'], [1, 'dropped'], [2, 'kept'], [3, 'kept'], [4, 'dropped'], [5, 'kept'],
    ]);
    // the result evaluates on the two-tier system
    expect(evaluate(catalog, [], { asOf: '2025-12-31', units: [{ id: 'x', name: 'Xã', level: 'commune' }] }).rows.length).toBeGreaterThan(0);
  });
  it('a level without a place and without a mapping is an error; a mapping that collides is a conflict', () => {
    expect(issuesOf(() => retargetCatalog(vinhPhuc302, twoTier2025, {})).map((i) => [i.code, i.field])).toEqual([['unmapped_level', 'district']]);
    expect(issuesOf(() => retargetCatalog(vinhPhuc302, twoTier2025, { district: 'commune' }))[0]?.code).toBe('conflict');
    const both = retargetCatalog(vinhPhuc302, twoTier2025, { district: 'commune' }, { conflicts: 'keep-both' });
    expect(both.steps.filter((s) => s.action === 'mapped')).toHaveLength(2);
    expect(issuesOf(() => retargetCatalog(vinhPhuc302, twoTier2025, { district: 'ward' }))[0]?.code).toBe('unknown_level');
  });
});

describe('catalogJsonSchema', () => {
  it('is draft 2020-12 and the shipped schema/catalog.schema.json is current (run `npm run schema`)', () => {
    const schema = catalogJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.parse(readFileSync(`${root}schema/catalog.schema.json`, 'utf8'))).toEqual(schema);
  });
});
