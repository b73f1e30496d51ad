// `npm run bench`: rank on 1,000,000 values, against a hand-written Float64Array sort (the floor),
// d3-array's rank and arquero's rank; and rank on small inputs (n = 3, 34, 700, 10,000: a
// rankSensitivity sample, a province's units, the communes of a district, of a region), where a
// call is repeated to fill a run and the baseline sorts the same n values as often. Prints the mean
// and median of each task's times per call and their ratios to the baseline measured beside it.
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
import { rankCore } from '../../src/rank/_internal/rankCore';
import { rank } from '../../src/rank/rank';
import { rankGroups } from '../../src/rank/rankGroups';
import { seeded } from '../seeded';

const N = 1_000_000;
// A seeded generator (mulberry32), so every run ranks the same data: many ties (values to 2 places).
const random = seeded(20221);
const values = Array.from({ length: N }, () => Math.round(random() * 10_000) / 100);
// The same values with their ids in random order (Fisher–Yates on the seeded generator): ordinal
// ranking with ids listed in order takes a shortcut, so the realistic case is measured too.
const ids = Array.from({ length: N }, (_, i) => i);
for (let i = N - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [ids[i], ids[j]] = [ids[j] as number, ids[i] as number];
}

// Each task's input is built in its own process, before it is timed.
const large: [string, () => () => void][] = [
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
// Small inputs: the first n values (to two places, as above), the same values with ids shuffled
// (ordinal), and doubles that are not short decimals (what rankSensitivity ranks: re-aggregated
// indices), which took the radix sort's four passes over 65,536 buckets; that path, forced, is
// measured beside them to show what the comparison sort saves.
const SIZES = [3, 34, 700, 10_000];
/** Calls per timed run: enough that a run of a small input lasts a few milliseconds. */
function repsOf(n: number): number {
  return Math.max(1, Math.round(20_000 / n));
}
const doubles = Array.from({ length: SIZES[SIZES.length - 1] as number }, () => random());
type Task = [name: string, n: number, make: () => () => void, reps?: number];
const small: Task[] = SIZES.flatMap((n): Task[] => [
  [
    `chiso rank (competition), n = ${n}`,
    n,
    () => {
      const items = values.slice(0, n).map((v, i) => ({ i, v }));
      return () => void rank(items, { by: 'v' });
    },
  ],
  [
    `chiso rank (ordinal, shuffled ids), n = ${n}`,
    n,
    () => {
      const order = shuffledIds(n);
      const items = values.slice(0, n).map((v, i) => ({ i: order[i] as number, v }));
      return () => void rank(items, { by: 'v', ties: 'ordinal', tieBreak: 'i' });
    },
  ],
  [
    `chiso rank (competition, doubles), n = ${n}`,
    n,
    () => {
      const items = doubles.slice(0, n).map((v, i) => ({ i, v }));
      return () => void rank(items, { by: 'v' });
    },
  ],
  [
    `  same, radix sort forced (as before), n = ${n}`,
    n,
    () => {
      const items = doubles.slice(0, n).map((v, i) => ({ i, v }));
      return () => void rankCore(items, { by: 'v' }, 0);
    },
    // About 0.3–1 ms a call whatever n: 20 calls fill a run.
    Math.min(20, repsOf(n)),
  ],
]);
small.push([
  'chiso rankGroups: 700 groups, 10,000 items (ordinal, ids)',
  10_000,
  () => {
    const order = shuffledIds(10_000);
    const items = values.slice(0, 10_000).map((v, i) => ({ id: order[i] as number, g: i % 700, v }));
    return () => void rankGroups(items, { by: 'v', groupBy: 'g', ties: 'ordinal', tieBreak: 'id' });
  },
]);
/** The ids 0 … n − 1 in a seeded random order (Fisher–Yates on a generator of their own, so every task gets the same). */
function shuffledIds(n: number): number[] {
  let state = 4242;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}
/** Every task: its name, its size, its maker, its calls per run. The baseline sorts the task's first n values as often. */
const tasks: Task[] = [...large.map(([name, make]): Task => [name, N, make]), ...small];
const RUNS = 10;
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
/** 1 warm-up, then RUNS timed runs in a row (a task pays for its own garbage, as a portal ranking again and again does). */
const timesOf = (fn: () => void, reps = 1): number[] => {
  fn();
  return Array.from({ length: RUNS }, () => {
    const start = performance.now();
    for (let r = 0; r < reps; r += 1) fn();
    return (performance.now() - start) / reps;
  });
};

const taskArg = process.argv.find((a) => a.startsWith('--task='));
if (taskArg !== undefined) {
  // A child: the baseline, the task, the baseline again; prints JSON.
  const [, n, make, calls] = tasks[Number(taskArg.slice('--task='.length))] as Task;
  const reps = calls ?? repsOf(n);
  const firstN = values.slice(0, n);
  const baseline = () => void Float64Array.from(firstN).sort();
  const before = timesOf(baseline, reps);
  const task = timesOf(make(), reps);
  const after = timesOf(baseline, reps);
  console.log(JSON.stringify({ task, baseline: [...before, ...after] }));
} else {
  const file = fileURLToPath(import.meta.url);
  console.log(
    `rank of ${N.toLocaleString('en-US')} values, and of ${SIZES.join(', ')} (${process.version}, ${new Date()
      .toISOString()
      .slice(0, 10)}; each task in its own process: 1 warm-up + ${RUNS} runs, between two blocks of the baseline, a Float64Array copy + sort of the same n values; small inputs repeated to fill a run, times per call)`
  );
  console.log('task'.padEnd(56), 'mean ms'.padStart(10), 'median ms'.padStart(10), 'baseline ms'.padStart(12), 'mean ratio'.padStart(11), 'median ratio'.padStart(13));
  // Times per call: milliseconds to three significant digits, so a 3-value rank shows its microseconds.
  const ms = (x: number) => (x >= 100 ? x.toFixed(1) : x.toPrecision(3));
  tasks.forEach(([name], t) => {
    const out = spawnSync(process.execPath, [...process.execArgv, file, `--task=${t}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (out.status !== 0) throw new Error(`task ${name} failed: ${out.stderr.slice(-2000)}`);
    const { task, baseline } = JSON.parse(out.stdout.trim().split('\n').pop() as string) as { task: number[]; baseline: number[] };
    const base = median(baseline);
    console.log(
      name.padEnd(56),
      ms(mean(task)).padStart(10),
      ms(median(task)).padStart(10),
      ms(base).padStart(12),
      `${(mean(task) / base).toFixed(2)}×`.padStart(11),
      `${(median(task) / base).toFixed(2)}×`.padStart(13)
    );
  });
}
