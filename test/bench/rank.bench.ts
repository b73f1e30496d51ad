// `npm run bench`: rank on 1,000,000 values, against a hand-written Float64Array sort (the floor),
// d3-array's rank and arquero's rank. Prints the mean and median of each task's times and their
// ratios to the baseline measured beside it.
//
// Each task runs in a process of its own (this file with `--task=<n>`), between two blocks of the
// baseline: in one long process the later tasks ran up to 1.4× slower than the same tasks run
// earlier (V8's heap and its pretenuring decisions carry over from one task's million result objects
// to the next), so a task's ratio depended on its place in the list. Now each task meets a fresh
// heap, holds only its own input, and is divided by the baseline of its own process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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
// The same values with their ids in random order (Fisher–Yates on the seeded generator): ordinal
// ranking with ids listed in order takes a shortcut, so the realistic case is measured too.
const ids = Array.from({ length: N }, (_, i) => i);
for (let i = N - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [ids[i], ids[j]] = [ids[j] as number, ids[i] as number];
}

// Each task's input is built in its own process, before it is timed.
const tasks: [string, () => () => void][] = [
  ['baseline: Float64Array copy + sort', () => () => void Float64Array.from(values).sort()],
  [
    'chiso rank (competition)',
    () => {
      const items = values.map((v, i) => ({ i, v }));
      return () => void rank(items, { by: 'v' });
    },
  ],
  [
    'chiso rank (dense)',
    () => {
      const items = values.map((v, i) => ({ i, v }));
      return () => void rank(items, { by: 'v', ties: 'dense' });
    },
  ],
  [
    'chiso rank (fractional)',
    () => {
      const items = values.map((v, i) => ({ i, v }));
      return () => void rank(items, { by: 'v', ties: 'fractional' });
    },
  ],
  [
    'chiso rank (ordinal, tieBreak i)',
    () => {
      const items = values.map((v, i) => ({ i, v }));
      return () => void rank(items, { by: 'v', ties: 'ordinal', tieBreak: 'i' });
    },
  ],
  [
    'chiso rank (ordinal, shuffled ids)',
    () => {
      const items = values.map((v, i) => ({ i: ids[i] as number, v }));
      return () => void rank(items, { by: 'v', ties: 'ordinal', tieBreak: 'i' });
    },
  ],
  ['chiso rank (competition, accessor)', () => () => void rank(values, { by: (x) => x })],
  ['d3-array rank', () => () => void d3rank(values)],
  [
    'arquero rank',
    () => {
      const table = aq.table({ v: values });
      return () =>
        void table
          .orderby(aq.desc('v'))
          .derive({ r: () => aq.op.rank() })
          .array('r');
    },
  ],
];
const RUNS = 10;
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
/** 1 warm-up, then RUNS timed runs in a row (a task pays for its own garbage, as a portal ranking again and again does). */
const timesOf = (fn: () => void): number[] => {
  fn();
  return Array.from({ length: RUNS }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
};

const taskArg = process.argv.find((a) => a.startsWith('--task='));
if (taskArg !== undefined) {
  // A child: the baseline, the task, the baseline again; prints JSON.
  const [, make] = tasks[Number(taskArg.slice('--task='.length))] as [string, () => () => void];
  const baseline = (tasks[0] as [string, () => () => void])[1]();
  const before = timesOf(baseline);
  const task = timesOf(make());
  const after = timesOf(baseline);
  console.log(JSON.stringify({ task, baseline: [...before, ...after] }));
} else {
  const file = fileURLToPath(import.meta.url);
  console.log(
    `rank of ${N.toLocaleString('en-US')} values (${process.version}, ${new Date()
      .toISOString()
      .slice(0, 10)}; each task in its own process: 1 warm-up + ${RUNS} runs, between two blocks of the baseline)`
  );
  console.log('task'.padEnd(40), 'mean ms'.padStart(9), 'median ms'.padStart(10), 'baseline ms'.padStart(12), 'mean ratio'.padStart(11), 'median ratio'.padStart(13));
  tasks.forEach(([name], t) => {
    const out = spawnSync(process.execPath, [...process.execArgv, file, `--task=${t}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (out.status !== 0) throw new Error(`task ${name} failed: ${out.stderr.slice(-2000)}`);
    const { task, baseline } = JSON.parse(out.stdout.trim().split('\n').pop() as string) as { task: number[]; baseline: number[] };
    const base = median(baseline);
    console.log(
      name.padEnd(40),
      mean(task).toFixed(1).padStart(9),
      median(task).toFixed(1).padStart(10),
      base.toFixed(1).padStart(12),
      `${(mean(task) / base).toFixed(2)}×`.padStart(11),
      `${(median(task) / base).toFixed(2)}×`.padStart(13)
    );
  });
}
