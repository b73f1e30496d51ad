// `npm run bench -- units`: Vietnam's units (issue 15). Decoding the generated data on first use;
// building the national registry (34 provinces + 3,321 communes, and the 10,810 units of January
// 2025); finding units by name as typed; carrying 1,000,000 observations of the old communes onto the
// new ones. Each figure is the median of a few runs after a warm-up, with the machine's time for a
// baseline (a plain JS sum over the same observations), so the ratio is comparable across machines.
import { carryAcrossReform, findUnits, officialUnits, reformCrosswalk, unitSet } from '../../src/units/index';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(label: string, runs: number, f: () => unknown): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  const m = median(times);
  console.log(`${label}: median ${m.toFixed(2)} ms over ${runs} runs`);
  return m;
}

const cold = performance.now();
unitSet('2026-01-01');
console.log(`first use (decoding the generated strings): ${(performance.now() - cold).toFixed(1)} ms`);

time('officialUnits national, 2025-07-01 (3,355 units)', 10, () => officialUnits({ at: '2026-01-01' }));
time('officialUnits national, January 2025 (10,810 units)', 10, () => officialUnits({ at: '2025-03-01' }));
time('officialUnits one province (Phú Thọ, 149 units)', 50, () => officialUnits({ at: '2026-01-01', province: '25' }));

const names = unitSet('2026-01-01').communes.slice(0, 1000).map((c) => c.name.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase());
const perName = time('findUnits × 1,000 names typed without diacritics', 10, () => {
  for (const name of names) findUnits(name, { at: '2026-01-01' });
});
console.log(`  = ${((perName / names.length) * 1000).toFixed(1)} µs per name`);

// 1,000,000 observations: every old commune carried whole (or split, under `omit`) × 100 indicators.
const olds = [...new Set(reformCrosswalk().flatMap((e) => (e.old === null || e.oldLevel !== 'commune' ? [] : [e.old])))];
const indicators = Array.from({ length: Math.ceil(1_000_000 / olds.length) }, (_, i) => `count-${i}`);
const observations: { unit: string; indicator: string; period: number; value: number }[] = [];
for (const indicator of indicators) {
  for (const unit of olds) {
    if (observations.length === 1_000_000) break;
    observations.push({ unit, indicator, period: 2024, value: (observations.length % 97) + 1 });
  }
}
const measures = Object.fromEntries(indicators.map((i) => [i, 'count' as const]));
const baseline = time('baseline: a plain JS sum of the 1M values by unit', 3, () => {
  const sums = new Map<string, number>();
  for (const o of observations) sums.set(o.unit, (sums.get(o.unit) ?? 0) + o.value);
});
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const carried = time(`carryAcrossReform: ${observations.length.toLocaleString('en')} observations (${olds.length} old communes × ${indicators.length} indicators, split: omit)`, 3, () =>
  carryAcrossReform(observations, { measures, split: 'omit', minCoverage: 0 }),
);
console.log(`  ratio to the baseline: ${(carried / baseline).toFixed(0)}×; heap after: +${((process.memoryUsage().heapUsed - before) / 1e6).toFixed(0)} MB`);
