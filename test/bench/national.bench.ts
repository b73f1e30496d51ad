// `npx tsx test/bench/national.bench.ts`: the national scale of issue 8. A generated dataset of 34
// provinces, 3,321 communes, 60 indicators and 6 years (1,195,560 observations; see national-data.ts)
// goes through the whole pipeline:
//
//   1. evaluate each year's commune scorecard (199,260 observations a year, 60 indicators with a
//      threshold per level: 40 shares given as counts, 20 counts);
//   2. rollUp communes → provinces (all six years at once: 12,240 aggregates);
//   3. evaluate each year's province scorecard from the rolled-up figures;
//   4. score the communes on a scheme of the 60 indicators (19,926 unit-years);
//   5. rank the communes of each year by points.
//
// It runs three ways, each in its own child process (so one's heap never counts against another):
// - `floor`: a hand-written loop over typed arrays doing only the arithmetic — the same comparisons
//   (cross-multiplied, as exact as the library's for these integers), sums, weighted sums and sorts;
// - `objects`: the library on observation objects (`evaluate`, `rollUp`, `evaluate`, `score`, `rank`);
// - `columns`: the data as columns all the way (`evaluateColumns`, `rollUpColumns`, `evaluate` of the
//   rolled-up provinces, `score` on the columns, `rank`): no object per observation is ever built.
//
// Time is measured as wall time and as CPU time of the process (`process.cpuUsage`, all threads,
// which includes the garbage collector's helpers); on a shared, busy machine CPU time is the steadier
// figure. The heap is traced with `--trace-gc`: the peak is the largest heap in use seen at the start
// of a collection or sampled after each step while its result is alive, during the measured runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../src/evaluate/evaluate';
import { evaluateColumns } from '../../src/evaluate/evaluateColumns';
import { rollUp } from '../../src/evaluate/rollUp';
import { rollUpColumns } from '../../src/evaluate/rollUpColumns';
import type { Observation } from '../../src/model/observation';
import { rank } from '../../src/rank/rank';
import { score } from '../../src/score/score';
import {
  catalog,
  COMMUNES,
  communeIds,
  generateColumns,
  INDICATORS,
  indicatorIds,
  PROVINCES,
  provinceOf,
  registry,
  scheme,
  SHARES,
  targetsOf,
  toObservations,
  units,
  YEARS,
  type NationalColumns,
} from './national-data';

type Stage = 'floor' | 'objects' | 'columns';
const STAGES: readonly Stage[] = ['floor', 'objects', 'columns'];
const RUNS = Number(process.env['NATIONAL_RUNS'] ?? 2);
const PER_YEAR = COMMUNES * INDICATORS;

interface Step {
  name: string;
  wall: number;
  cpu: number;
  /** Heap in use right after the step, its result alive. */
  heap: number;
}
interface ChildResult {
  stage: Stage;
  baseHeap: number;
  sampledPeak: number;
  runs: Step[][];
  check: string;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// ---------------------------------------------------------------------------------------------
// The floor: only the arithmetic, on typed arrays.

function floorRun(cols: NationalColumns): { steps: [string, () => unknown][] } {
  // Targets as integers over a power of ten, so a share n/d is compared with t = int/pow as n·100·pow ≥ int·d.
  const tInt = new Float64Array(INDICATORS);
  const tPow = new Float64Array(INDICATORS);
  const pInt = new Float64Array(INDICATORS);
  const pPow = new Float64Array(INDICATORS);
  for (let i = 0; i < INDICATORS; i += 1) {
    const t = targetsOf(i);
    tPow[i] = Number.isInteger(t.commune) ? 1 : 10;
    tInt[i] = t.commune * (tPow[i] as number);
    pPow[i] = Number.isInteger(t.province) ? 1 : 10;
    pInt[i] = t.province * (pPow[i] as number);
  }
  const { rows, commune, indicator, year, value, denominator } = cols;
  const cells = PROVINCES * INDICATORS * YEARS.length;
  const num = new Float64Array(cells);
  const den = new Float64Array(cells);
  const points = new Float64Array(COMMUNES * YEARS.length);
  const weight = 50 / 3;
  let met = 0;
  return {
    steps: [
      [
        'evaluate communes',
        () => {
          met = 0;
          for (let r = 0; r < rows; r += 1) {
            const i = indicator[r] as number;
            const d = denominator[r] as number;
            const v = value[r] as number;
            if (d >= 0 ? v * 100 * (tPow[i] as number) >= (tInt[i] as number) * d : v * (tPow[i] as number) >= (tInt[i] as number)) met += 1;
          }
          return met;
        },
      ],
      [
        'rollUp',
        () => {
          num.fill(0);
          den.fill(0);
          for (let r = 0; r < rows; r += 1) {
            const cell = ((provinceOf[commune[r] as number] as number) * INDICATORS + (indicator[r] as number)) * YEARS.length + ((year[r] as number) - (YEARS[0] as number));
            num[cell] = (num[cell] as number) + (value[r] as number);
            den[cell] = (den[cell] as number) + (denominator[r] as number);
          }
          return num;
        },
      ],
      [
        'evaluate provinces',
        () => {
          let m = 0;
          for (let cell = 0; cell < cells; cell += 1) {
            const i = Math.floor(cell / YEARS.length) % INDICATORS;
            if (i < SHARES ? (num[cell] as number) * 100 * (pPow[i] as number) >= (pInt[i] as number) * (den[cell] as number) : (num[cell] as number) * (pPow[i] as number) >= (pInt[i] as number)) m += 1;
          }
          return m;
        },
      ],
      [
        'score',
        () => {
          points.fill(0);
          const ref = Float64Array.from({ length: INDICATORS }, (_, i) => targetsOf(i).commune);
          for (let r = 0; r < rows; r += 1) {
            const i = indicator[r] as number;
            const d = denominator[r] as number;
            const v = d >= 0 ? ((value[r] as number) * 100) / d : (value[r] as number);
            const at = ((year[r] as number) - (YEARS[0] as number)) * COMMUNES + (commune[r] as number);
            points[at] = (points[at] as number) + weight * Math.min(v / (ref[i] as number), 1);
          }
          return points;
        },
      ],
      [
        'rank',
        () => {
          for (let y = 0; y < YEARS.length; y += 1) points.slice(y * COMMUNES, (y + 1) * COMMUNES).sort();
          return points;
        },
      ],
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The library.

function libraryRun(stage: 'objects' | 'columns', cols: NationalColumns, observations: Observation[]): { steps: [string, () => unknown][] } {
  const byYear = YEARS.map((_, y) => observations.slice(y * PER_YEAR, (y + 1) * PER_YEAR));
  // The same data as columns (a loader would produce these; not timed): ids as strings, the rest typed.
  const columnsByYear = YEARS.map((_, y) => {
    const from = y * PER_YEAR;
    const to = from + PER_YEAR;
    return {
      unit: Array.from(cols.commune.subarray(from, to), (c) => communeIds[c] as string),
      indicator: Array.from(cols.indicator.subarray(from, to), (i) => indicatorIds[i] as string),
      period: cols.year.subarray(from, to),
      value: cols.value.subarray(from, to),
      denominator: Array.from(cols.denominator.subarray(from, to), (d) => (d >= 0 ? d : null)),
    };
  });
  // The whole dataset as columns too, for rollUpColumns and score (built here, not timed).
  const allColumns =
    stage === 'columns'
      ? {
          unit: Array.from(cols.commune, (c) => communeIds[c] as string),
          indicator: Array.from(cols.indicator, (i) => indicatorIds[i] as string),
          period: cols.year,
          value: cols.value,
          denominator: Array.from(cols.denominator, (d) => (d >= 0 ? d : null)),
        }
      : undefined;
  let rolled: Observation[] = [];
  let scores: ReturnType<typeof score> = [];
  let met = 0;
  return {
    steps: [
      [
        stage === 'objects' ? 'evaluate communes' : 'evaluateColumns communes',
        () => {
          met = 0;
          YEARS.forEach((year, y) => {
            const options = { asOf: `${year}-12-31`, units, level: 'commune' };
            if (stage === 'objects') met += evaluate(catalog, byYear[y] as Observation[], options).summary.met;
            else met += evaluateColumns(catalog, columnsByYear[y] as (typeof columnsByYear)[number], options).summary.met;
          });
          return met;
        },
      ],
      [
        'rollUp',
        () => {
          if (allColumns !== undefined) {
            const result = rollUpColumns(allColumns, registry, { catalog });
            rolled = result.observations;
            return result;
          }
          const result = rollUp(observations, registry, { catalog });
          rolled = result.observations.filter((o) => o.source === 'roll-up');
          return result;
        },
      ],
      [
        'evaluate provinces',
        () =>
          YEARS.map((year) =>
            evaluate(catalog, rolled.filter((o) => o.period === year), { asOf: `${year}-12-31`, units, level: 'province' }).summary.met,
          ),
      ],
      [
        'score',
        () => {
          scores = score(scheme, allColumns ?? observations);
          return scores;
        },
      ],
      ['rank', () => YEARS.map((year) => rank(scores.filter((s) => s.period === year), { by: 'points' }))],
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// A child: one stage, timed step by step.

function child(stage: Stage): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run the child with --expose-gc');
  const cols = generateColumns();
  // Only the objects way builds an object per observation.
  const observations = stage === 'objects' ? toObservations(cols) : [];
  const run = stage === 'floor' ? floorRun(cols) : libraryRun(stage, cols, observations);
  // Warm up (the floor takes milliseconds, so it gets three; the library one, over a smaller year).
  const warm = stage === 'floor' ? 3 : 0;
  for (let k = 0; k < warm; k += 1) for (const [, fn] of run.steps) fn();
  if (stage !== 'floor') {
    const warm = toObservations(cols, 0, 20_000);
    evaluate(catalog, warm, { asOf: '2020-12-31', units, level: 'commune' });
    score(scheme, warm);
  }
  gc();
  gc();
  const baseHeap = process.memoryUsage().heapUsed;
  let sampledPeak = baseHeap;
  console.log('##MEASURE-START');
  const runs: Step[][] = [];
  const checks: string[] = [];
  // The floor takes milliseconds, so a busy moment moves it a lot: it gets ten runs (at least).
  const runsHere = stage === 'floor' ? Math.max(RUNS, 10) : RUNS;
  for (let k = 0; k < runsHere; k += 1) {
    const steps: Step[] = [];
    const alive: unknown[] = [];
    for (const [name, fn] of run.steps) {
      console.log(`##STEP ${name}`);
      const c0 = cpuNow();
      const t0 = performance.now();
      alive.push(fn());
      const heap = process.memoryUsage().heapUsed;
      steps.push({ name, wall: performance.now() - t0, cpu: cpuNow() - c0, heap });
      sampledPeak = Math.max(sampledPeak, heap);
    }
    checks.push(String(alive.length));
    runs.push(steps);
    alive.length = 0;
    gc();
  }
  console.log('##MEASURE-END');
  const result: ChildResult = { stage, baseHeap, sampledPeak, runs, check: checks.join(',') };
  console.log(`##RESULT ${JSON.stringify(result)}`);
}

// ---------------------------------------------------------------------------------------------
// The parent: runs each stage in a child and prints the comparison.

function parent(): void {
  const file = fileURLToPath(import.meta.url);
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const results = new Map<Stage, ChildResult & { gcPeak: number; stepPeak: Map<string, number> }>();
  // NATIONAL_HEAP_LIMIT=300 runs each child with --max-old-space-size=300: a stage that completes fits in that heap.
  const limit = process.env['NATIONAL_HEAP_LIMIT'];
  for (const stage of STAGES) {
    const flags = ['--import', 'tsx', '--expose-gc', '--trace-gc', ...(limit === undefined ? [] : [`--max-old-space-size=${limit}`])];
    const out = spawnSync(process.execPath, [...flags, file, `--stage=${stage}`], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: process.env,
    });
    if (out.status !== 0) {
      if (limit !== undefined) {
        console.log(`${stage}: did not complete with --max-old-space-size=${limit} (${/heap out of memory/i.test(out.stderr) ? 'heap out of memory' : `exit ${String(out.status ?? out.signal)}`})`);
        continue;
      }
      console.error(out.stdout.slice(-4000), out.stderr.slice(-4000));
      throw new Error(`stage ${stage} failed (${String(out.status)})`);
    }
    const lines = out.stdout.split('\n');
    const start = lines.indexOf('##MEASURE-START');
    const end = lines.indexOf('##MEASURE-END');
    let gcPeak = 0;
    const stepPeak = new Map<string, number>();
    let step = '';
    // `--trace-gc`: "… Mark-Compact 245.3 (260.1) -> 200.1 (250.0) MB, …": the heap in use before each collection.
    for (const line of lines.slice(start, end)) {
      if (line.startsWith('##STEP ')) step = line.slice('##STEP '.length);
      const m = /(\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) -> (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) MB/.exec(line);
      if (m) {
        gcPeak = Math.max(gcPeak, Number(m[1]) * 2 ** 20);
        stepPeak.set(step, Math.max(stepPeak.get(step) ?? 0, Number(m[1]) * 2 ** 20));
      }
    }
    const resultLine = lines.find((l) => l.startsWith('##RESULT '));
    if (resultLine === undefined) throw new Error(`stage ${stage}: no result`);
    const result = JSON.parse(resultLine.slice('##RESULT '.length)) as ChildResult;
    for (const steps of result.runs) for (const s of steps) stepPeak.set(s.name, Math.max(stepPeak.get(s.name) ?? 0, s.heap));
    results.set(stage, { ...result, gcPeak, stepPeak });
  }
  if (limit !== undefined) {
    for (const [stage, r] of results) console.log(`${stage}: completed with --max-old-space-size=${limit} (peak traced ${(Math.max(r.gcPeak, r.sampledPeak) / 2 ** 20).toFixed(0)} MB)`);
    return;
  }

  const total = (steps: Step[], key: 'wall' | 'cpu') => steps.reduce((s, x) => s + x[key], 0);
  const best = (r: ChildResult, key: 'wall' | 'cpu') => Math.min(...r.runs.map((steps) => total(steps, key)));
  const floor = results.get('floor') as ChildResult & { gcPeak: number };
  const observations = YEARS.length * PER_YEAR;
  console.log(
    `national pipeline: ${PROVINCES} provinces, ${COMMUNES.toLocaleString('en-US')} communes, ${INDICATORS} indicators, ${YEARS.length} years = ${observations.toLocaleString('en-US')} observations ` +
      `(${process.version}, ${new Date().toISOString().slice(0, 10)}; best of ${RUNS} runs per stage (the floor: of ${Math.max(RUNS, 10)}), each stage in its own process)`,
  );
  const stepNames = ['evaluate communes', 'rollUp', 'evaluate provinces', 'score', 'rank'];
  console.log('step (ms, best run; wall / cpu)'.padEnd(34), ...STAGES.map((s) => s.padStart(22)));
  for (const name of stepNames) {
    console.log(
      name.padEnd(34),
      ...STAGES.map((s) => {
        const r = results.get(s) as ChildResult;
        const step = r.runs[0]?.find((x) => x.name === name || x.name === name.replace('evaluate', 'evaluateColumns'));
        const wall = Math.min(...r.runs.map((steps) => steps.find((x) => x.name === step?.name)?.wall ?? Number.NaN));
        const cpu = Math.min(...r.runs.map((steps) => steps.find((x) => x.name === step?.name)?.cpu ?? Number.NaN));
        return `${wall.toFixed(0)} / ${cpu.toFixed(0)}`.padStart(22);
      }),
    );
  }
  console.log('peak heap by step (MB)');
  for (const name of stepNames) {
    console.log(
      `  ${name}`.padEnd(34),
      ...STAGES.map((s) => {
        const r = results.get(s) as ChildResult & { stepPeak: Map<string, number> };
        const key = [...r.stepPeak.keys()].find((k) => k === name || k === name.replace('evaluate', 'evaluateColumns'));
        return (key === undefined ? '-' : (((r.stepPeak.get(key) as number) / 2 ** 20).toFixed(0))).padStart(22);
      }),
    );
  }
  console.log('total'.padEnd(34), ...STAGES.map((s) => `${best(results.get(s) as ChildResult, 'wall').toFixed(0)} / ${best(results.get(s) as ChildResult, 'cpu').toFixed(0)}`.padStart(22)));
  for (const stage of STAGES) {
    const r = results.get(stage) as ChildResult & { gcPeak: number };
    const wall = best(r, 'wall');
    const cpu = best(r, 'cpu');
    const peak = Math.max(r.gcPeak, r.sampledPeak);
    console.log(
      `${stage.padEnd(8)} ${((observations / wall) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 }).padStart(12)} observations/s (wall), ` +
        `${(wall / best(floor, 'wall')).toFixed(1)}× the floor (wall), ${(cpu / best(floor, 'cpu')).toFixed(1)}× (cpu); ` +
        `heap: ${mb(r.baseHeap)} with the data loaded, peak ${mb(peak)} (${peak <= 300 * 2 ** 20 ? 'under' : 'over'} 300 MB)`,
    );
  }
  const target = (stage: Stage) => {
    const r = results.get(stage) as ChildResult & { gcPeak: number };
    const ratio = best(r, 'wall') / best(floor, 'wall');
    const peak = Math.max(r.gcPeak, r.sampledPeak);
    return `${stage}: ${ratio <= 3 ? 'met' : 'missed'} (≤ 3× floor: ${ratio.toFixed(1)}×), ${peak <= 300 * 2 ** 20 ? 'met' : 'missed'} (< 300 MB: ${mb(peak)})`;
  };
  console.log(`targets — ${target('objects')}; ${target('columns')}`);
}

const stageArg = process.argv.find((a) => a.startsWith('--stage='));
if (stageArg === undefined) parent();
else child(stageArg.slice('--stage='.length) as Stage);
