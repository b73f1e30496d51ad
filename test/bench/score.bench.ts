// `npx tsx test/bench/score.bench.ts`: score() on 3,321 communes × 50 leaves × 10 years (1,660,500
// observations, 33,210 unit-periods), against one arquero pass over the same rows and a hand-written
// floor (a plain loop doing only the weighted sums), all measured in the same run.
//
// The arquero pass is `aq.from(rows).groupby('unit', 'period').rollup({ s: op.sum('value') })`: like
// score(), it starts from the row objects and ends with one result per unit × period. The same rollup
// on a table built beforehand (not timed) is shown too, as the stricter yardstick.
//
// Before every run the heap is collected (so no task pays for another's garbage), and the heap in use
// is sampled at the end of each run, while its result is still alive.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as aq from 'arquero';
import { Bench } from 'tinybench';
import type { Rule, Scheme, ScoreInput } from '../../src/model/scheme';
import { score } from '../../src/score/score';
import { seeded } from '../seeded';

const COMMUNES = 3321;
const GROUPS = 5;
const LEAVES_PER_GROUP = 10;
const YEARS = 10;
const FIRST_YEAR = 2016;

// A seeded generator (mulberry32), so every run scores the same data.
const random = seeded(20_251_001);

// The scheme: 5 groups × 10 leaves of 20 points (1,000 in all). In each group: 3 proportional, 3 bands,
// 2 minmax against the peers (the communes of the same year), 2 boolean.
const T = (s: string) => ({ vi: s, en: s });
const ruleFor = (k: number): Rule => {
  if (k < 3) return { kind: 'proportional', reference: 80 };
  if (k < 6) return { kind: 'bands', bands: [{ min: 90, index: 1 }, { min: 75, index: 0.75 }, { min: 50, index: 0.5 }, { min: 25, index: 0.25 }] };
  if (k < 8) return { kind: 'minmax' };
  return { kind: 'boolean' };
};
const leaves = Array.from({ length: GROUPS * LEAVES_PER_GROUP }, (_, i) => {
  const id = `cds-${String(i + 1).padStart(2, '0')}`;
  return { id, name: T(id), points: 20, indicator: id, rule: ruleFor(i % LEAVES_PER_GROUP) };
});
const scheme = {
  id: 'bench-commune',
  name: T('Bench'),
  root: {
    id: 'commune',
    name: T('Commune'),
    children: Array.from({ length: GROUPS }, (_, g) => ({ id: `group-${g + 1}`, name: T(`Group ${g + 1}`), children: leaves.slice(g * LEAVES_PER_GROUP, (g + 1) * LEAVES_PER_GROUP) })),
  },
} as unknown as Scheme;

// Long data, as a register exports it: by year, commune (5-digit codes), indicator. The unit and
// indicator strings are shared between rows (as a loader that interns its ids gives them); score()
// and arquero read the very same rows.
const units = Array.from({ length: COMMUNES }, (_, i) => String(i + 1).padStart(5, '0'));
const rows: ScoreInput[] = [];
for (let y = 0; y < YEARS; y += 1) {
  for (const unit of units) {
    leaves.forEach((leaf, i) => {
      const k = i % LEAVES_PER_GROUP;
      const value = k < 8 ? Math.round(random() * 10_000) / 100 : random() < 0.6;
      rows.push({ unit, indicator: leaf.indicator, period: FIRST_YEAR + y, value });
    });
  }
}
const unitPeriods = COMMUNES * YEARS;

// The floor: one loop over the rows, weight × value summed per unit × period (nothing else).
const weightOf = new Map(leaves.map((leaf) => [leaf.indicator, leaf.points]));
function floor(data: readonly ScoreInput[]): Float64Array {
  const byPeriod = new Map<number | string, Map<string, number>>();
  const sums = new Float64Array(unitPeriods);
  let next = 0;
  for (const o of data) {
    let byUnit = byPeriod.get(o.period);
    if (byUnit === undefined) byPeriod.set(o.period, (byUnit = new Map()));
    let r = byUnit.get(o.unit);
    if (r === undefined) byUnit.set(o.unit, (r = next++));
    const v = o.value;
    sums[r] = (sums[r] as number) + (weightOf.get(o.indicator) as number) * (typeof v === 'number' ? v : v === true ? 1 : 0);
  }
  return sums;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
let prebuilt: aq.ColumnTable | undefined;
gc();
const baseHeap = process.memoryUsage().heapUsed;
let peakHeap = baseHeap;
const peaks = new Map<string, number>();
/** Samples the heap at the end of a run, while its result is still alive. */
const sample = <R>(name: string, result: R): R => {
  const heap = process.memoryUsage().heapUsed;
  peakHeap = Math.max(peakHeap, heap);
  peaks.set(name, Math.max(peaks.get(name) ?? 0, heap));
  return result;
};

const SCORE = 'chiso score()';
const SCORE_READ = 'chiso score(), then every row’s nodes read';
const ARQUERO = 'arquero from + groupby + rollup';
const ARQUERO_TABLE = 'arquero groupby + rollup (prebuilt table)';
const FLOOR = 'floor: plain weighted-sum loop';

// Each task body, so it can be warmed up by hand: tinybench's own warm-up does not run the hooks.
const tasks: [string, () => void, (() => void)?, (() => void)?][] = [
  [
    SCORE,
    () => {
      const out = score(scheme, rows);
      if (out.length !== unitPeriods) throw new Error(`expected ${unitPeriods} rows, got ${out.length}`);
      sample(SCORE, out);
    },
  ],
  [
    SCORE_READ,
    () => {
      // A portal that shows every node of every row: each row's node objects are built on this read.
      const out = score(scheme, rows);
      let nodes = 0;
      for (const row of out) nodes += Object.keys(row.nodes).length;
      if (nodes !== unitPeriods * (1 + GROUPS + leaves.length)) throw new Error(`expected every node, got ${nodes}`);
      sample(SCORE_READ, out);
    },
  ],
  [
    ARQUERO,
    () => {
      const out = aq.from(rows).groupby('unit', 'period').rollup({ s: aq.op.sum('value') });
      if (out.numRows() !== unitPeriods) throw new Error('arquero: wrong row count');
      sample(ARQUERO, out);
    },
  ],
  [
    ARQUERO_TABLE,
    () => {
      const out = (prebuilt as aq.ColumnTable).groupby('unit', 'period').rollup({ s: aq.op.sum('value') });
      if (out.numRows() !== unitPeriods) throw new Error('arquero: wrong row count');
      sample(ARQUERO_TABLE, out);
    },
    () => {
      prebuilt = aq.from(rows);
    },
    () => {
      prebuilt = undefined;
    },
  ],
  [FLOOR, () => void sample(FLOOR, floor(rows))],
];

const bench = new Bench({ iterations: 3, warmup: false, time: 0, throws: true });
for (const [name, fn, beforeAll, afterAll] of tasks) {
  // One warm-up run each (also checks the result), then the measured runs.
  beforeAll?.();
  gc();
  fn();
  afterAll?.();
  bench.add(name, fn, { beforeEach: () => gc(), ...(beforeAll === undefined ? {} : { beforeAll }), ...(afterAll === undefined ? {} : { afterAll }) });
}
peaks.clear();
peakHeap = baseHeap;

await bench.run();
const meanOf = (task: (typeof bench.tasks)[number] | undefined): number => (task?.result as { latency?: { mean: number } } | undefined)?.latency?.mean ?? Number.NaN;
const minOf = (task: (typeof bench.tasks)[number] | undefined): number => (task?.result as { latency?: { min: number } } | undefined)?.latency?.min ?? Number.NaN;
const mean = (name: string) => meanOf(bench.tasks.find((t) => t.name === name));
const arquero = mean(ARQUERO);
const floorMs = mean(FLOOR);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
console.log(
  `score of ${COMMUNES.toLocaleString('en-US')} communes × ${leaves.length} leaves × ${YEARS} years = ${rows.length.toLocaleString('en-US')} observations, ` +
    `${unitPeriods.toLocaleString('en-US')} unit-periods (${process.version}, ${new Date().toISOString().slice(0, 10)}; 1 warm-up + 3 runs each)`,
);
console.log('task'.padEnd(44), 'mean ms'.padStart(9), 'min ms'.padStart(8), '÷ arquero'.padStart(10), '÷ floor'.padStart(9), 'heap at end of run'.padStart(19));
for (const task of bench.tasks) {
  const m = meanOf(task);
  console.log(
    task.name.padEnd(44),
    m.toFixed(0).padStart(9),
    minOf(task).toFixed(0).padStart(8),
    `${(m / arquero).toFixed(2)}×`.padStart(10),
    `${(m / floorMs).toFixed(2)}×`.padStart(9),
    mb(peaks.get(task.name) ?? Number.NaN).padStart(19),
  );
}
const scoreMs = mean(SCORE);
const minRatio = minOf(bench.tasks.find((t) => t.name === SCORE)) / minOf(bench.tasks.find((t) => t.name === ARQUERO));
console.log(
  `score(): ${((scoreMs / unitPeriods) * 1000).toFixed(1)} µs (${(scoreMs / unitPeriods).toFixed(4)} ms) per unit-period; score ÷ arquero ${(scoreMs / arquero).toFixed(2)} (means), ${minRatio.toFixed(2)} (mins); score ÷ floor ${(scoreMs / floorMs).toFixed(2)}; ` +
    `heap: ${mb(baseHeap)} with the input rows, peak sampled ${mb(peakHeap)}`,
);
