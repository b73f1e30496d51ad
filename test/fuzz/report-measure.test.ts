// @zone-sensitive: dossier measures over instants and zones.
// Fuzz: the renderers (renderScorecard, renderChart) and measureDossiers on hostile and on well-formed
// input. See harness.ts for the contract; rendered text must not print NaN, Infinity or undefined.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { measureDossiers } from '../../src/measure/measureDossiers';
import type { Scorecard } from '../../src/model/result';
import { renderChart } from '../../src/report/renderChart';
import { renderScorecard } from '../../src/report/renderScorecard';
import { finite, isoDate, label, observationsFor, units, vinhPhuc } from './generators';
import { BOUND_MS, check, guardPrototype, HUGE_BOUND_MS, hostile, megabyteString, mutated, nastyNumber, RUNS, stringsIn, Tally } from './harness';

guardPrototype();

const FORMATS = ['markdown', 'html', 'csv', 'json'] as const;
/** Options that fit their format: CSV options only with CSV, no title with CSV, no `sort: 'name'` with JSON. */
const scorecardOptions = fc.constantFrom(...FORMATS).chain((format) =>
  fc.record(
    {
      format: fc.constant(format),
      lang: fc.constantFrom('vi', 'en'),
      catalog: fc.constant(vinhPhuc),
      units: fc.constant(units.map((u) => ({ id: u.id, name: u.name }))),
      sort: format === 'json' ? fc.constant('scorecard') : fc.constantFrom('scorecard', 'name'),
      ...((format === 'csv' ? { bom: fc.boolean(), separator: fc.constantFrom(',', ';'), guardFormulas: fc.boolean() } : { title: label }) as Record<string, fc.Arbitrary<unknown>>),
    },
    { requiredKeys: ['format'] },
  ),
);

describe('fuzz: renderScorecard', () => {
  const cards = fc.tuple(observationsFor(vinhPhuc, units.map((u) => u.id), 15), fc.constantFrom('2023-05-31', '2025-12-31', '2026-06-30')).map(([obs, asOf]) => evaluate(vinhPhuc, obs, { asOf, units }));
  it('any scorecard and options: text or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, (c, o) => void check('renderScorecard', () => renderScorecard(c as Scorecard, o as never), BOUND_MS, stringsIn([c, o]))));
  });
  it('real scorecards of generated observations, every format and option (deep path)', () => {
    const tally = new Tally();
    fc.assert(fc.property(cards, scorecardOptions, (card, opts) => tally.add(check('renderScorecard', () => renderScorecard(card, opts as never)))), { numRuns: Math.ceil(RUNS.valid / 5) });
    expect(tally.error).toBe(0);
    fc.assert(fc.property(cards, fc.constantFrom(...FORMATS), fc.constantFrom('vi', 'en'), (card, format, lang) => void expect(check('renderScorecard', () => renderScorecard(card, { format, lang }))).toBe('ok')), {
      numRuns: Math.ceil(RUNS.valid / 5),
    });
  });
  it('a scorecard with one field hostile', () => {
    const card = evaluate(vinhPhuc, [{ unit: 'p', indicator: 'tthc-dossiers-fully-online', period: 2024, value: 36.18 }], { asOf: '2025-01-01', units });
    fc.assert(fc.property(mutated(fc.constant(card as unknown as Record<string, unknown>)), fc.constantFrom(...FORMATS), (c, format) => void check('renderScorecard', () => renderScorecard(c as never, { format }), BOUND_MS, stringsIn(c))), { numRuns: RUNS.valid });
    const row = card.rows[0] as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(mutated(fc.constant(row)), fc.constantFrom(...FORMATS), (r, format) => void check('renderScorecard', () => renderScorecard({ ...card, rows: [r as never] }, { format }), BOUND_MS, stringsIn(r))),
      { numRuns: RUNS.valid },
    );
  });
  it('1 MB unit names and titles', () => {
    const card = evaluate(vinhPhuc, [{ unit: 'p', indicator: 'tthc-dossiers-fully-online', period: 2024, value: 36.18 }], { asOf: '2025-01-01', units });
    fc.assert(
      fc.property(megabyteString, fc.constantFrom(...FORMATS), (s, format) => {
        check('renderScorecard', () => renderScorecard(card, { format, units: [{ id: 'p', name: s }] }), HUGE_BOUND_MS, [s]);
        check('renderScorecard', () => renderScorecard(card, { format, title: s }), HUGE_BOUND_MS, [s]);
      }),
      { numRuns: RUNS.huge },
    );
  });
});

describe('fuzz: renderChart', () => {
  const value = fc.oneof(finite, fc.double({ min: 0, max: 100, noNaN: true }));
  const progress = fc.record({ title: label, suffix: fc.constantFrom('%', ' điểm', ''), digits: fc.integer({ min: 0, max: 10 }), items: fc.array(fc.record({ label, value: fc.option(value, { nil: null }), target: value }).map((i) => ({ ...i, met: i.value !== null && i.value >= i.target })), { minLength: 1, maxLength: 8 }) }, { requiredKeys: ['title', 'items'] });
  const ranking = fc.record({ title: label, digits: fc.integer({ min: 0, max: 10 }), items: fc.array(fc.record({ label, score: fc.option(value, { nil: null }), rank: fc.option(fc.integer({ min: 1, max: 63 }), { nil: null }), band: label }, { requiredKeys: ['label', 'score', 'rank'] }), { minLength: 1, maxLength: 8 }) }, { requiredKeys: ['title', 'items'] });
  const point = fc.record({ t: fc.oneof(fc.integer({ min: 1900, max: 2199 }), isoDate.filter((d) => d >= '1900' && d < '2200')), value });
  const trajectory = fc.record({ title: label, points: fc.uniqueArray(point, { minLength: 1, maxLength: 6, selector: (p) => `${typeof p.t}:${p.t}` }), target: fc.record({ value, by: fc.integer({ min: 1900, max: 2199 }) }), projection: fc.array(point, { maxLength: 3 }) }, { requiredKeys: ['title', 'points', 'target'] });
  const intervals = fc.record({ title: label, items: fc.array(fc.tuple(label, fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 4, maxLength: 4 })).map(([l, xs]) => { const [a, b, c, d] = [...xs].sort((x, y) => x - y) as [number, number, number, number]; return { label: l, nominal: d, p5: a, median: b, p95: c }; }), { minLength: 1, maxLength: 8 }) });
  const data = fc.oneof(progress.map((d) => ['progress', d] as const), ranking.map((d) => ['ranking', d] as const), trajectory.map((d) => ['trajectory', d] as const), intervals.map((d) => ['rankIntervals', d] as const));
  const size = fc.record({ lang: fc.constantFrom('vi', 'en'), width: fc.oneof(fc.integer({ min: 1, max: 4000 }), nastyNumber), height: fc.oneof(fc.integer({ min: 1, max: 4000 }), nastyNumber) }, { requiredKeys: [] });
  it('any data and options: an SVG or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, (d, o) => void check('renderChart', () => renderChart(d as never, o as never), BOUND_MS, stringsIn([d, o]))));
    fc.assert(fc.property(hostile, fc.constantFrom('progress', 'ranking', 'trajectory', 'rankIntervals'), (d, kind) => void check('renderChart', () => renderChart(d as never, { kind }), BOUND_MS, stringsIn(d))));
  });
  it('well-formed data of every kind with extreme finite values (deep path): no NaN or Infinity in the SVG', () => {
    const tally = new Tally();
    fc.assert(fc.property(data, size, ([kind, d], o) => tally.add(check('renderChart', () => renderChart(d as never, { kind, ...o } as never)))), { numRuns: RUNS.hostile });
    expect(tally.ok).toBeGreaterThan(RUNS.hostile / 10);
  });
  it('mutated chart data', () => {
    fc.assert(fc.property(data.chain(([kind, d]) => mutated(fc.constant(d as Record<string, unknown>)).map((m) => [kind, m] as const)), ([kind, d]) => void check('renderChart', () => renderChart(d as never, { kind }), BOUND_MS, stringsIn(d))), { numRuns: RUNS.valid });
  });
  it('1 MB titles and labels', () => {
    fc.assert(
      fc.property(megabyteString, (s) => {
        check('renderChart', () => renderChart({ title: s, items: [{ label: s, value: 1, target: 2, met: false }] }, { kind: 'progress' }), HUGE_BOUND_MS, [s]);
        check('renderChart', () => renderChart({ title: 'x', items: Array.from({ length: 2000 }, (_, i) => ({ label: `u${i}`, score: i, rank: 2000 - i })) }, { kind: 'ranking' }), HUGE_BOUND_MS);
      }),
      { numRuns: RUNS.huge },
    );
  });
});

describe('fuzz: measureDossiers', () => {
  const time = fc.oneof(
    fc.date({ min: new Date(Date.UTC(2023, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.date({ min: new Date(Date.UTC(2023, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true }).map((d) => `${d.toISOString().slice(0, 16)}+07:00`),
    isoDate,
  );
  const record = fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 6 }),
      unit: fc.constantFrom('xa-a', 'xa-b', '__proto__', 'constructor'),
      procedure: fc.constantFrom('1.001612', '2.000001'),
      receivedAt: time,
      channel: fc.constantFrom('online', 'in-person', 'post'),
      serviceLevel: fc.constantFrom('full-online', 'partly-online', 'none'),
      processingDays: fc.oneof(fc.integer({ min: 0, max: 60 }), nastyNumber),
      dueDate: isoDate,
      state: fc.constantFrom('in-progress', 'completed', 'returned', 'cancelled'),
      completedAt: time,
    },
    { requiredKeys: ['id', 'unit', 'procedure', 'receivedAt', 'channel', 'serviceLevel', 'state'] },
  );
  const options = fc.record(
    { period: fc.constantFrom(2024, 2025, '2025-01-31'), asOf: fc.constantFrom('2025-12-31', '2026-06-30', '2024-03-01'), zone: fc.constantFrom('UTC', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'), checkDuplicateIds: fc.boolean(), strict: fc.boolean(), maxIssues: fc.integer({ min: 0, max: 5 }) },
    { requiredKeys: ['period', 'asOf'] },
  );
  it('any records and options: a measurement or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, (r, o) => void check('measureDossiers', () => measureDossiers(r as never, o as never))));
    fc.assert(fc.property(fc.array(hostile, { maxLength: 5 }), options, (r, o) => void check('measureDossiers', () => measureDossiers(r as never, o as never))), { numRuns: RUNS.valid });
  });
  it('generated dossiers, some bad (deep path)', () => {
    const tally = new Tally();
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 9, arbitrary: record }, { weight: 1, arbitrary: mutated(record) }), { maxLength: 30 }), options, (r, o) => tally.add(check('measureDossiers', () => measureDossiers(r as never, o as never)))),
      { numRuns: RUNS.valid },
    );
    expect(tally.ok).toBeGreaterThan(RUNS.valid / 4);
  });
  it('1 MB strings in a record', () => {
    fc.assert(
      fc.property(megabyteString, fc.constantFrom('id', 'unit', 'procedure', 'receivedAt'), (s, field) => {
        const r = { id: 'HS-1', unit: 'xa-a', procedure: '1.001612', receivedAt: '2025-01-24T10:00+07:00', channel: 'online', serviceLevel: 'full-online', processingDays: 3, state: 'completed', completedAt: '2025-02-05T23:59+07:00', [field]: s };
        check('measureDossiers', () => measureDossiers([r] as never, { period: 2025, asOf: '2025-12-31' }), HUGE_BOUND_MS, [s]);
      }),
      { numRuns: RUNS.huge * 2 },
    );
  });
});
