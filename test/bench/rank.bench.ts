// `npm run bench`: rank on 1,000,000 values, against a hand-written Float64Array sort (the floor),
// d3-array's rank and arquero's rank, all measured in the same run. Prints the mean and median of each
// task's times and their ratios to the baseline's median.
import * as aq from 'arquero';
import { rank as d3rank } from 'd3-array';
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

// Each task runs 1 warm-up + 10 times in a row, so it pays for its own garbage (the steady state of
// a portal ranking again and again), not another task's. The baseline runs first and again last,
// and its ratio denominator is the median of those 20 runs, so a slow spell of this shared virtual
// machine during the run moves the ratios less. A run in ten is often slowed by the heap growing
// (fresh pages for the million result objects) or a full collection, so the median is printed
// beside the mean.
const tasks: [string, () => void][] = [
  ['baseline: Float64Array copy + sort', () => void Float64Array.from(values).sort()],
  ['chiso rank (competition)', () => void rank(items, { by: 'v' })],
  ['chiso rank (dense)', () => void rank(items, { by: 'v', ties: 'dense' })],
  ['chiso rank (fractional)', () => void rank(items, { by: 'v', ties: 'fractional' })],
  ['chiso rank (ordinal, tieBreak i)', () => void rank(items, { by: 'v', ties: 'ordinal', tieBreak: 'i' })],
  ['chiso rank (ordinal, shuffled ids)', () => void rank(shuffledIds, { by: 'v', ties: 'ordinal', tieBreak: 'i' })],
  ['chiso rank (competition, accessor)', () => void rank(values, { by: (x) => x })],
  ['d3-array rank', () => void d3rank(values)],
  ['arquero rank', () => void table.orderby(aq.desc('v')).derive({ r: () => aq.op.rank() }).array('r')],
];
const RUNS = 10;
const timesOf = (fn: () => void): number[] => {
  fn();
  return Array.from({ length: RUNS }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
};
const times = tasks.map(([, fn]) => timesOf(fn));
(times[0] as number[]).push(...timesOf((tasks[0] as [string, () => void])[1]));
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const base = median(times[0] as number[]);
console.log(`rank of ${N.toLocaleString('en-US')} values (${process.version}, ${new Date().toISOString().slice(0, 10)}; 1 warm-up + ${RUNS} runs each, the baseline twice)`);
console.log('task'.padEnd(40), 'mean ms'.padStart(9), 'median ms'.padStart(10), 'mean ratio'.padStart(11), 'median ratio'.padStart(13));
tasks.forEach(([name], t) => {
  const own = times[t] as number[];
  console.log(name.padEnd(40), mean(own).toFixed(1).padStart(9), median(own).toFixed(1).padStart(10), `${(mean(own) / base).toFixed(2)}×`.padStart(11), `${(median(own) / base).toFixed(2)}×`.padStart(13));
});
