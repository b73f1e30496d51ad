import { describe, expect, it } from 'vitest';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { extendCatalog } from '../../src/config/extendCatalog';
import { issuesOf } from '../helpers';
import { twoTier2025 } from '../../src/model/hierarchies';

const targetsOf = (catalog: typeof vinhPhuc302, id: string) => catalog.indicators.find((i) => i.id === id)?.targets ?? [];

describe('extendCatalog: overrides by kind, removing a deadline, metadata, unknown ids', () => {
  it('match by kind and deadline: only the rank targets due 2025-12-31 (dti-rank and cybersecurity-rank) get top 5', () => {
    // The wording goes with the number: "thuộc top 10" left on a top 5 is a wording_mismatch (test/config/wordingCheck.test.ts).
    const next = extendCatalog(vinhPhuc302, { override: [{ match: { kind: 'rank', by: '2025-12-31' }, set: { top: 5, wording: 'top 5' } }] });
    expect(targetsOf(next, 'dti-rank').map((t) => (t.kind === 'rank' ? [t.top, t.by ?? null] : null))).toEqual([[5, '2025-12-31'], [10, '2030-12-31'], [15, null]]);
    expect(targetsOf(next, 'cybersecurity-rank').map((t) => (t.kind === 'rank' ? t.top : null))).toEqual([5, 10]);
    // wording: undefined leaves the wording as it was.
    const moved = extendCatalog(vinhPhuc302, { override: [{ match: { kind: 'rank', by: '2025-12-31' }, set: { by: '2026-12-31', wording: undefined } }] });
    expect(targetsOf(moved, 'dti-rank')[0]).toMatchObject({ by: '2026-12-31', wording: 'thuộc top 10' });
    // A threshold due the same day is untouched.
    expect(targetsOf(next, 'tthc-dossiers-fully-online')).toEqual(targetsOf(vinhPhuc302, 'tthc-dossiers-fully-online'));
  });

  it('set by: null removes the deadline of the matched target', () => {
    const next = extendCatalog(vinhPhuc302, { override: [{ match: { indicator: 'dti-rank', by: '2030-12-31' }, set: { by: null } }] });
    const target = targetsOf(next, 'dti-rank')[1];
    expect(target).toMatchObject({ kind: 'rank', top: 10, wording: 'giữ vững top 10' });
    expect(target !== undefined && 'by' in target).toBe(false);
  });

  it('a new plan and hierarchy replace the base ones', () => {
    const plan = { issuer: { vi: 'UBND tỉnh Thử', en: 'Invented province' }, number: '9/KH-UBND', date: '2025-09-01', title: { vi: 'Kế hoạch', en: 'Plan' } };
    const next = extendCatalog(vinhPhuc302, { id: 'invented', plan, hierarchy: twoTier2025, override: [{ match: { level: 'district' }, set: { level: 'commune' } }] });
    expect(next).toMatchObject({ id: 'invented', plan, hierarchy: twoTier2025 });
    expect(vinhPhuc302.plan.number).not.toBe('9/KH-UBND');
  });

  it('an unknown id in targets or in an override match is an issue each', () => {
    const issues = issuesOf(() =>
      extendCatalog(vinhPhuc302, {
        targets: { 'no-such-indicator': [] },
        override: [{ match: { indicator: 'nor-this-one' }, set: { value: 1 } }],
      }),
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [['changes', 'targets', 'no-such-indicator'], `Expected changes.targets.no-such-indicator (indicator "no-such-indicator") to be an indicator id of catalog "${vinhPhuc302.id}" but got "no-such-indicator".`],
      [['changes', 'override', 0, 'match', 'indicator'], `Expected changes.override[0].match.indicator (indicator "nor-this-one") to be an indicator id of catalog "${vinhPhuc302.id}" but got "nor-this-one".`],
    ]);
  });
});
