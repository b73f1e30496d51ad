// `npm run bench`: rank on 1,000,000 values, against a hand-written Float64Array sort (the floor),
// d3-array's rank and arquero's rank, all measured in the same run. Prints ratios to the baseline.
import * as aq from 'arquero';
import { rank as d3rank } from 'd3-array';
import { Bench } from 'tinybench';
import { rank } from '../../src/rank/rank';

const N = 1_000_000;
// A seeded generator (mulberry32), so every run ranks the same data: many ties (values to 2 places).
let seed = 20221;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const values = Array.from({ length: N }, () => Math.round(random() * 10_000) / 100);
const items = values.map((v, i) => ({ i, v }));
// The same values with their ids in random order (Fisher–Yates on the seeded generator): ordinal
// ranking with ids listed in order takes a shortcut, so the realistic case is measured too.
const ids = Array.from({ length: N }, (_, i) => i);
for (let i = N - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [ids[i], ids[j]] = [ids[j] as number, ids[i] as number];
}
const shuffledIds = values.map((v, i) => ({ i: ids[i] as number, v }));
const table = aq.table({ v: values });

// Ten runs each: one run in ten is often slowed by the heap growing (fresh pages for the million
// result objects) or a full collection, so the median is printed beside the mean.
const bench = new Bench({ iterations: 10, warmupIterations: 1, time: 0 });
bench
  .add('baseline: Float64Array copy + sort', () => {
    Float64Array.from(values).sort();
  })
  .add('chiso rank (competition)', () => void rank(items, { by: 'v' }))
  .add('chiso rank (dense)', () => void rank(items, { by: 'v', ties: 'dense' }))
  .add('chiso rank (fractional)', () => void rank(items, { by: 'v', ties: 'fractional' }))
  .add('chiso rank (ordinal, tieBreak i)', () => void rank(items, { by: 'v', ties: 'ordinal', tieBreak: 'i' }))
  .add('chiso rank (ordinal, shuffled ids)', () => void rank(shuffledIds, { by: 'v', ties: 'ordinal', tieBreak: 'i' }))
  .add('chiso rank (competition, accessor)', () => void rank(values, { by: (x) => x }))
  .add('d3-array rank', () => void d3rank(values))
  .add('arquero rank', () => void table.orderby(aq.desc('v')).derive({ r: () => aq.op.rank() }).array('r'));

await bench.run();
const statOf = (task: (typeof bench.tasks)[number] | undefined, stat: 'mean' | 'p50'): number =>
  (task?.result as { latency?: { mean: number; p50: number } } | undefined)?.latency?.[stat] ?? Number.NaN;
const baseline = bench.tasks.find((t) => t.name === 'baseline: Float64Array copy + sort');
const baseMean = statOf(baseline, 'mean');
const baseMedian = statOf(baseline, 'p50');
console.log(`rank of ${N.toLocaleString('en-US')} values (${process.version}, ${new Date().toISOString().slice(0, 10)}; 1 warm-up + 10 runs each)`);
console.log('task'.padEnd(40), 'mean ms'.padStart(9), 'median ms'.padStart(10), 'mean ratio'.padStart(11), 'median ratio'.padStart(13));
for (const task of bench.tasks) {
  const mean = statOf(task, 'mean');
  const median = statOf(task, 'p50');
  console.log(
    task.name.padEnd(40),
    mean.toFixed(1).padStart(9),
    median.toFixed(1).padStart(10),
    `${(mean / baseMean).toFixed(2)}×`.padStart(11),
    `${(median / baseMedian).toFixed(2)}×`.padStart(13),
  );
}
