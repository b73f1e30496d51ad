// @zone-independent: asOf is a civil date given as text; nothing reads the host's clock or zone
import { describe, expect, it } from 'vitest';
import { setUpEvaluation } from '../../../src/evaluate/_internal/evaluationSetup';
import type { Reading } from '../../../src/evaluate/_internal/judge';
import { scorecardCore, type ScorecardSink, type ScorecardSource } from '../../../src/evaluate/_internal/scorecardCore';
import type { Catalog } from '../../../src/model/catalog';
import { twoTier2025 } from '../../../src/model/hierarchies';
import { periodKey, periodUsable } from '../../../src/model/intake/periods';
import type { Period } from '../../../src/model/observation';

// The middle of evaluate / evaluateColumns on its own, through a toy source: which units it covers,
// which observation is in force, the ignored ones in order, and the rows. (evaluate.test.ts and
// evaluateColumns.test.ts check the whole of both callers; this pins the contract between them.)

const T = (s: string) => ({ vi: s, en: s });
const source = { document: 'TEST', section: '1' };
const catalog: Catalog = {
  id: 'core-test',
  plan: { issuer: T('Test'), title: T('Test') },
  hierarchy: twoTier2025,
  indicators: [
    { id: 'b-share', name: T('b'), pillar: 'digital-government', measure: 'percent', source, targets: [{ kind: 'threshold', op: '>=', value: 50 }, { kind: 'threshold', op: '>=', value: 90, level: 'province' }] },
    { id: 'a-none', name: T('a'), pillar: 'digital-government', measure: 'count', source, targets: [] },
    { id: 'c-prov', name: T('c'), pillar: 'digital-government', measure: 'count', source, targets: [{ kind: 'threshold', op: '>=', value: 1, level: 'province' }] },
  ],
};

interface Obs {
  readonly unit: string;
  readonly ind: number;
  readonly period: Period;
  readonly n: number;
}

function run(observations: Obs[], level?: string) {
  const setup = setUpEvaluation(catalog, { asOf: '2025-06-30', units: [{ id: 'p1', name: 'P1', level: 'province' }, { id: 'x1', name: 'X1', level: 'commune', parent: 'p1' }], ...(level === undefined ? {} : { level }) });
  const unitIds = [...setup.registry.keys(), 'zz-loose'];
  const unitLevels = [...[...setup.registry.values()].map((u) => u.level), level ?? null];
  const src: ScorecardSource<Obs> = {
    unitIds,
    unitLevels,
    observes: (u) => observations.some((o) => o.unit === unitIds[u]),
    observations: (u, ind) => {
      const list = observations.filter((o) => o.unit === unitIds[u] && o.ind === ind).sort((a, b) => (periodKey(a.period) < periodKey(b.period) ? 1 : -1));
      return list.length === 0 ? undefined : list;
    },
    usable: (o) => periodUsable(o.period, setup.asOf),
    ratio: (o, pq) => {
      pq[0] = o.n;
      pq[1] = 1;
      return true;
    },
    reading: () => ({ type: 'none' }) as Reading,
    where: () => ({ path: [] }),
  };
  const ignored: string[] = [];
  const rows: string[] = [];
  const sink: ScorecardSink<Obs> = {
    ignore: (o, reason) => ignored.push(`${o.unit} ${o.ind} ${o.period} ${reason}`),
    noTarget: (unit, lvl, indicator, o) => rows.push(`${unit} ${lvl} ${indicator.id} - ${o.period} no-target`),
    row: (unit, lvl, indicator, t, _target, _deadline, _due, e, o) => rows.push(`${unit} ${lvl} ${indicator.id} ${t} ${o?.period ?? '-'} ${e.status}${e.reason === undefined ? '' : ` ${e.reason}`}`),
  };
  const summary = scorecardCore(setup, src, sink);
  return { ignored, rows, summary };
}

describe('scorecardCore', () => {
  it('picks the latest usable observation, lists the others from the earliest, in unit and indicator text order', () => {
    const { ignored, rows, summary } = run([
      { unit: 'x1', ind: 0, period: 2025, n: 60 },
      { unit: 'x1', ind: 0, period: '2025-03-31', n: 40 },
      { unit: 'x1', ind: 0, period: '2025-07-01', n: 70 },
      { unit: 'x1', ind: 0, period: 2024, n: 30 },
      { unit: 'x1', ind: 2, period: 2025, n: 5 },
      { unit: 'x1', ind: 1, period: 2025, n: 5 },
      { unit: 'p1', ind: 1, period: 2024, n: 5 },
      { unit: 'zz-loose', ind: 0, period: 2025, n: 95 },
    ]);
    expect(ignored).toEqual(['x1 0 2024 superseded', 'x1 0 2025-03-31 superseded', 'x1 0 2025-07-01 after-as-of', 'x1 2 2025 no-target-at-level']);
    expect(rows).toEqual([
      'p1 province b-share 0 - no-data no-observation',
      'p1 province b-share 1 - no-data no-observation',
      'p1 province a-none - 2024 no-target',
      'p1 province c-prov 0 - no-data no-observation',
      'x1 commune b-share 0 2025 met',
      'x1 commune a-none - 2025 no-target',
      'zz-loose null b-share 0 2025 met',
      'zz-loose null b-share 1 2025 not-applicable unit-level-unknown',
    ]);
    expect(summary).toEqual({ total: 8, met: 2, 'not-met': 0, 'no-data': 3, 'not-applicable': 3 });
  });

  it('covers only the units at `level`: the others\' observations are ignored as other-level', () => {
    const { ignored, rows } = run([{ unit: 'p1', ind: 0, period: 2025, n: 95 }, { unit: 'x1', ind: 0, period: 2025, n: 10 }], 'commune');
    expect(ignored).toEqual(['p1 0 2025 other-level']);
    expect(rows).toEqual(['x1 commune b-share 0 2025 not-met', 'zz-loose commune b-share 0 - no-data no-observation']);
  });
});
