// @zone-sensitive: writes the digest that must be identical in every zone.
// Determinism: every entry point gives byte-identical JSON (or text) for shuffled input (list order and
// object key order) and whatever the host's time zone. The host zone is switched in-process (Node
// re-reads process.env.TZ on assignment); test/tools/test-tz.mjs also runs the whole suite per zone and
// compares the digest this file writes (CHISO_DIGEST_DIR) across zones.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/config/loadCatalog';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { evaluate } from '../../src/evaluate/evaluate';
import { rollUp } from '../../src/evaluate/rollUp';
import { measureDossiers } from '../../src/measure/measureDossiers';
import { threeTier2021 } from '../../src/model/hierarchies';
import type { Observation } from '../../src/model/observation';
import type { Unit } from '../../src/model/unit';
import { rank, type TieMethod } from '../../src/rank/rank';
import { renderChart } from '../../src/report/renderChart';
import { renderScorecard } from '../../src/report/renderScorecard';
import { score } from '../../src/score/score';
import { addWorkingDays } from '../../src/time/addWorkingDays';
import { assessProgress } from '../../src/evaluate/assessProgress';
import { deadlineStatus } from '../../src/time/deadlineStatus';
import { toLunar } from '../../src/time/toLunar';
import { catalog, observationsFor, scheme, scoreInputs, units, vinhPhuc } from './generators';
import { runs, SEED } from './harness';

fc.configureGlobal({ seed: SEED, numRuns: runs(60) });

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;

/** A seeded Fisher–Yates shuffle (LCG), so a failure reproduces from the fast-check seed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The same value with the keys of every object in another order (JSON.parse-safe: own keys only). */
function shuffleKeys<T>(value: T, seed: number): T {
  if (Array.isArray(value)) return value.map((v, i) => shuffleKeys(v, seed + i)) as T;
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const entries = shuffle(Object.entries(value), seed);
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: shuffleKeys(v, seed + k.length), enumerable: true, writable: true, configurable: true });
  return out as T;
}

/** Runs `fn` with the host's time zone set to `zone` (restored afterwards). */
function inZone<T>(zone: string, fn: () => T): T {
  const before = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
  }
}

/** JSON text of `fn()` in every zone of the matrix; asserts they are byte-identical and returns it. */
function sameInEveryZone(fn: () => unknown): string {
  const texts = ZONES.map((zone) => inZone(zone, () => JSON.stringify(fn())));
  for (const [i, text] of texts.entries()) expect(text, `output under TZ=${ZONES[i]}`).toBe(texts[0]);
  return texts[0]!;
}

const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const digest = createHash('sha256');
const record = (name: string, text: string) => digest.update(`${name}\u0000${text}\u0000`);

afterAll(() => {
  // test-tz.mjs compares this across the zones of the matrix.
  const dir = process.env['CHISO_DIGEST_DIR'];
  if (dir === undefined) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${(process.env['TZ'] ?? 'unset').replaceAll('/', '_')}.sha256`), `${digest.digest('hex')}\n`);
});

describe('the host time zone is switched in-process (so the checks below can fail)', () => {
  it('new Date(2025, 0, 1) moves with process.env.TZ', () => {
    const offsets = ZONES.map((zone) => inZone(zone, () => new Date(2025, 0, 1).getTimezoneOffset()));
    expect(offsets).toEqual([0, -420, 480, -840]);
  });
});

describe('determinism: shuffled input, every host zone', () => {
  it('loadCatalog: any key order gives the same catalog', () => {
    fc.assert(
      fc.property(catalog, seed, (cat, s) => {
        const text = sameInEveryZone(() => loadCatalog(JSON.stringify(shuffleKeys(cat, s))));
        expect(JSON.stringify(loadCatalog(JSON.stringify(cat)))).toBe(text);
        record('loadCatalog', text);
      }),
    );
  });
  it('defineUnits and evaluate: any order of units and observations, and of their keys, with a Date asOf', () => {
    fc.assert(
      fc.property(observationsFor(vinhPhuc), seed, fc.constantFrom<Date | string>('2025-12-31', new Date(Date.UTC(2024, 11, 31, 17, 30)), '2023-05-31T23:30:00-08:00'), (obs, s, asOf) => {
        const run = (o: Observation[], u: Unit[]) => evaluate(vinhPhuc, o, { asOf, units: u });
        const text = sameInEveryZone(() => run(obs, units));
        expect(JSON.stringify(run(shuffle(obs, s), shuffle(units, s + 1)))).toBe(text);
        expect(JSON.stringify(run(shuffleKeys(obs, s), shuffleKeys(units, s)))).toBe(text);
        expect(JSON.stringify(defineUnits(shuffle(units, s), threeTier2021))).toBe(JSON.stringify(defineUnits(units, threeTier2021)));
        record('evaluate', text);
      }),
    );
  });
  it('rollUp: any order of observations and of the units the registry is built from', () => {
    const measured = { ...vinhPhuc, indicators: vinhPhuc.indicators.filter((i) => ['count', 'money', 'done'].includes(i.measure) || i.id === 'work-dossiers-online') };
    fc.assert(
      fc.property(observationsFor(measured, ['c1', 'c2', 'c3'], 30), seed, (raw, s) => {
        // Only figures that add up (counts, money, done, shares as counts).
        const obs = raw.filter((o) => !('value' in o) || (Number.isSafeInteger(o.value) && o.value >= 0 && measured.indicators.find((i) => i.id === o.indicator)?.measure !== 'percent'));
        const run = (o: Observation[], u: Unit[]) => {
          try {
            return rollUp(o, defineUnits(u, threeTier2021), { catalog: measured, minCoverage: 0.5 });
          } catch (error) {
            // Paths name input positions, which a shuffle moves: compare the problems found.
            return { error: (error as { issues: { code: string; unit?: string; indicator?: string }[] }).issues.map((i) => `${i.code} ${i.unit} ${i.indicator}`).sort() };
          }
        };
        const text = sameInEveryZone(() => run(obs, units));
        expect(JSON.stringify(run(shuffle(obs, s), shuffle(units, s + 7)))).toBe(text);
        record('rollUp', text);
      }),
    );
  });
  it('score: any order of observations', () => {
    fc.assert(
      fc.property(scheme, scoreInputs, seed, (sch, raw, s) => {
        const leaves = new Set((sch.root as { children: { indicator: string }[] }).children.map((c) => c.indicator));
        const obs = raw.filter((o) => leaves.has(o.indicator));
        const text = sameInEveryZone(() => score(sch, obs, { missing: 'zero' }));
        expect(JSON.stringify(score(sch, shuffle(obs, s), { missing: 'zero' }))).toBe(text);
        record('score', text);
      }),
    );
  });
  it('rank: ordinal ties with a tieBreak (and every method with one) do not depend on input order', () => {
    const items = fc.uniqueArray(fc.record({ id: fc.string({ maxLength: 4 }), s: fc.oneof(fc.constantFrom(0, -0, 1, 2, null), fc.integer({ min: 0, max: 3 })) }), { maxLength: 30, selector: (i) => i.id });
    fc.assert(
      fc.property(items, seed, fc.constantFrom<TieMethod>('ordinal', 'competition', 'dense', 'fractional'), fc.constantFrom('keep', 'last') as fc.Arbitrary<'keep' | 'last'>, (list, s, ties, missing) => {
        const run = (l: typeof list) => rank(l, { by: 's', ties, tieBreak: 'id', missing });
        const text = sameInEveryZone(() => run(list));
        expect(JSON.stringify(run(shuffle(list, s)))).toBe(text);
        record('rank', text);
      }),
      { numRuns: runs(300) },
    );
  });
  it('measureDossiers: any order of records', () => {
    const time = fc.date({ min: new Date(Date.UTC(2024, 10, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString());
    const dossier = fc
      .record({ unit: fc.constantFrom('xa-a', 'xa-b', 'xa-c'), receivedAt: time, channel: fc.constantFrom('online', 'in-person', 'post'), serviceLevel: fc.constantFrom('full-online', 'partly-online'), processingDays: fc.integer({ min: 1, max: 20 }), done: fc.option(time, { nil: undefined }) })
      .map(({ done, ...r }) => ({ ...r, procedure: '1.001612', ...(done === undefined || done < r.receivedAt ? { state: 'in-progress' as const } : { state: 'completed' as const, completedAt: done }) }));
    fc.assert(
      fc.property(fc.array(dossier, { maxLength: 40 }), seed, (list, s) => {
        const records = list.map((r, i) => ({ ...r, id: `HS-${i}` }));
        const run = (r: typeof records) => measureDossiers(r, { periods: [2025, 'Quý I/2025'], asOf: '2025-06-30' });
        const text = sameInEveryZone(() => run(records));
        expect(JSON.stringify(run(shuffle(records, s)))).toBe(text);
        record('measureDossiers', text);
      }),
    );
  });
  it('renderScorecard: the same text for a scorecard of shuffled observations, in every format', () => {
    fc.assert(
      fc.property(observationsFor(vinhPhuc, units.map((u) => u.id), 15), seed, fc.constantFrom('markdown', 'html', 'csv', 'json') as fc.Arbitrary<'json'>, (obs, s, format) => {
        const names = units.map((u) => ({ id: u.id, name: u.name }));
        const run = (o: Observation[], n: typeof names) => renderScorecard(evaluate(vinhPhuc, o, { asOf: '2025-12-31', units }), { format, catalog: vinhPhuc, units: n });
        const text = sameInEveryZone(() => run(obs, names));
        expect(JSON.stringify(run(shuffle(obs, s), shuffle(names, s)))).toBe(text);
        record('renderScorecard', text);
      }),
      { numRuns: runs(30) },
    );
  });
  it('renderChart: ranking and rank-interval items and trajectory points in any order', () => {
    const label = fc.string({ unit: fc.constantFrom(...'ABCĐ xyz'.split('')), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ label, score: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), rank: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }) }), { minLength: 1, maxLength: 10, selector: (i) => i.label }),
        fc.uniqueArray(fc.record({ t: fc.integer({ min: 2015, max: 2030 }), value: fc.double({ min: 0, max: 100, noNaN: true }) }), { minLength: 1, maxLength: 8, selector: (p) => p.t }),
        seed,
        (items, points, s) => {
          const ranking = (i: typeof items) => renderChart({ title: 'DTI', digits: 4, items: i }, { kind: 'ranking' });
          const intervals = (i: typeof items) => renderChart({ title: 'Độ nhạy', items: i.map((x, k) => ({ label: x.label, nominal: k + 1, median: k + 1, p5: 1, p95: k + 2 })) }, { kind: 'rankIntervals' });
          const trajectory = (p: typeof points) => renderChart({ title: 'Cấp tỉnh', suffix: '%', points: p, target: { value: 80, by: '2030-12-31' } }, { kind: 'trajectory' });
          const text = sameInEveryZone(() => [ranking(items), intervals(items), trajectory(points)]);
          expect(JSON.stringify([ranking(shuffle(items, s)), intervals(items), trajectory(shuffle(points, s))])).toBe(text);
          // Rank intervals are drawn in order of nominal rank whatever the order given.
          const shuffledIntervals = renderChart({ title: 'Độ nhạy', items: shuffle(items.map((x, k) => ({ label: x.label, nominal: k + 1, median: k + 1, p5: 1, p95: k + 2 })), s) }, { kind: 'rankIntervals' });
          expect(shuffledIntervals).toBe(intervals(items));
          record('renderChart', text);
        },
      ),
    );
  });
  it('time functions read a Date in the zone they are given, never the host’s', () => {
    fc.assert(
      // From March 1995: the holiday law starts on 1995-01-01 and n goes 30 working days back.
      fc.property(fc.date({ min: new Date(Date.UTC(1995, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }), fc.integer({ min: -30, max: 30 }), (d, n) => {
        const text = sameInEveryZone(() => [
          toLunar(d),
          toLunar(d, { zone: 'UTC' }),
          addWorkingDays(d, n),
          deadlineStatus('trước ngày 15/12', { asOf: d }),
          assessProgress({ baseline: { year: 1980, value: 10 }, current: { date: d, value: 40 }, target: { kind: 'threshold', op: '>=', value: 80, by: '2101-12-31' }, method: 'linear' }),
        ]);
        record('time', text);
      }),
      { numRuns: runs(40) },
    );
  });
});
