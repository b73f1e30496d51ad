// measureDossiers on 2,000,000 generated dossier records, streamed from a generator (never held in an
// array): records per second and heap at 200k, 1M and 2M records, to show that memory stays flat.
//
//   node --expose-gc --import tsx test/bench/dossiers.bench.ts        (or: npx tsx --expose-gc …)
//
// With --expose-gc the heap is also measured after a full collection at each checkpoint ("live"),
// which is what the tally actually keeps; "peak" is the largest heapUsed sampled every 10,000 records
// (garbage not yet collected included). Optional argument: the number of records (default 2,000,000).
import { measureDossiers } from '../../src/measure/measureDossiers';
import { measureDossiersAsync } from '../../src/measure/measureDossiersAsync';
import type { DossierInput } from '../../src/model/dossier';
import { seeded } from '../seeded';

const N = Number(process.argv[2] ?? 2_000_000);
const CHECKPOINTS = [200_000, 1_000_000, 2_000_000].filter((c) => c <= N);
const gc = (globalThis as { gc?: () => void }).gc;

// A seeded generator (mulberry32), so every run measures the same records.
const makeRandom = seeded;

const pad = (n: number) => String(n).padStart(2, '0');
const CHANNELS = ['online', 'online', 'in-person', 'post'] as const;
const LEVELS = ['full-online', 'partly-online'] as const;
const LIMITS = [0, 1, 3, 5, 7, 10, 15, 20, 30];

/** 2024–2025 dossiers over 120 units and 400 procedures; a mix of channels, states and time forms. */
function* dossiers(count: number): Generator<DossierInput> {
  const random = makeRandom(2025);
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i += 1) {
    const receivedMs = start + Math.floor(random() * 730) * 86_400_000 + Math.floor(random() * 36_000_000) + 25_200_000;
    const r = new Date(receivedMs);
    const receivedAt = `${r.getUTCFullYear()}-${pad(r.getUTCMonth() + 1)}-${pad(r.getUTCDate())}T${pad(r.getUTCHours())}:${pad(r.getUTCMinutes())}:00+07:00`;
    const channel = CHANNELS[Math.floor(random() * 4)] ?? 'online';
    const roll = random();
    const state = roll < 0.85 ? 'completed' : roll < 0.93 ? 'in-progress' : roll < 0.97 ? 'returned' : 'cancelled';
    const record: DossierInput = {
      id: `HS-${i}`,
      unit: `unit-${Math.floor(random() * 120)}`,
      procedure: `1.00${Math.floor(random() * 400)}`,
      receivedAt,
      channel,
      serviceLevel: channel === 'online' ? (LEVELS[Math.floor(random() * 2)] ?? 'full-online') : 'none',
      processingDays: LIMITS[Math.floor(random() * LIMITS.length)] ?? 3,
      state,
    };
    if (state === 'completed' || (state !== 'in-progress' && random() < 0.9)) {
      const c = new Date(receivedMs + Math.floor(random() * 40 * 86_400_000));
      // Civil date-times without an offset (read in Asia/Ho_Chi_Minh), as portals export them.
      record.completedAt = `${c.getUTCFullYear()}-${pad(c.getUTCMonth() + 1)}-${pad(c.getUTCDate())}T${pad(c.getUTCHours())}:${pad(c.getUTCMinutes())}`;
    }
    yield record;
  }
}

interface Sample {
  at: number;
  seconds: number;
  cpuSeconds: number;
  heapMb: number;
  peakMb: number;
  liveMb: number | null;
}

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

/** Wraps the records with heap sampling (every 10,000) and checkpoints. */
function* sampled(source: Iterable<DossierInput>, samples: Sample[], begin: number, cpuBegin: NodeJS.CpuUsage): Generator<DossierInput> {
  let peak = 0;
  let i = 0;
  for (const record of source) {
    yield record;
    i += 1;
    if (i % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (CHECKPOINTS.includes(i)) {
      const seconds = (performance.now() - begin) / 1000;
      const cpu = process.cpuUsage(cpuBegin);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const heap = process.memoryUsage().heapUsed;
      let live: number | null = null;
      if (gc !== undefined) {
        gc();
        live = process.memoryUsage().heapUsed;
      }
      samples.push({ at: i, seconds, cpuSeconds, heapMb: mb(heap), peakMb: mb(Math.max(peak, heap)), liveMb: live === null ? null : mb(live) });
    }
  }
}

const options = { periods: [2024, 2025, 'Quý I/2025'], asOf: '2025-12-31' } as const;

function report(title: string, samples: Sample[], baselineMb: number): void {
  console.log(`\n${title}`);
  console.log('records'.padStart(10), 'seconds'.padStart(9), 'records/s'.padStart(11), 'per CPU-s'.padStart(11), 'heapUsed MB'.padStart(12), 'peak MB'.padStart(9), 'live MB (after gc)'.padStart(19));
  for (const s of samples) {
    console.log(
      s.at.toLocaleString('en-US').padStart(10),
      s.seconds.toFixed(2).padStart(9),
      Math.round(s.at / s.seconds).toLocaleString('en-US').padStart(11),
      Math.round(s.at / s.cpuSeconds).toLocaleString('en-US').padStart(11),
      String(s.heapMb).padStart(12),
      String(s.peakMb).padStart(9),
      (s.liveMb === null ? 'n/a (no --expose-gc)' : String(s.liveMb)).padStart(19),
    );
  }
  console.log(`heap before the run: ${baselineMb} MB${gc === undefined ? ' (run with --expose-gc for the live heap)' : ' (after gc)'}`);
}

gc?.();
const baseline = mb(process.memoryUsage().heapUsed);
console.log(`measureDossiers on ${N.toLocaleString('en-US')} generated records (${process.version}, ${new Date().toISOString().slice(0, 10)})`);

const syncSamples: Sample[] = [];
// The generator alone (building the record objects and their date strings), for scale.
let begin = performance.now();
let generated = 0;
for (const record of dossiers(Math.min(N, 200_000))) generated += record.id.length > 0 ? 1 : 0;
const generatorRate = Math.round(generated / ((performance.now() - begin) / 1000));
console.log(`load average: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (records/s is wall time, shared machine; per CPU-s is this process's CPU time)`);
console.log(`the generator alone: ${generatorRate.toLocaleString('en-US')} records/s (included in the rates below)`);
gc?.();
begin = performance.now();
const result = measureDossiers(sampled(dossiers(N), syncSamples, begin, process.cpuUsage()), options);
report('sync (measureDossiers over a generator)', syncSamples, baseline);
console.log(`counts: ${JSON.stringify(result.counts)}; observations: ${result.observations.length}; issues: ${result.issues.length}`);

async function* slow(source: Iterable<DossierInput>): AsyncGenerator<DossierInput> {
  for (const record of source) yield record;
}
gc?.();
const asyncSamples: Sample[] = [];
begin = performance.now();
const asyncResult = await measureDossiersAsync(slow(sampled(dossiers(N), asyncSamples, begin, process.cpuUsage())), options);
report('async (measureDossiersAsync over an async generator)', asyncSamples, mb(process.memoryUsage().heapUsed));
// The library's own cost, without the generator: 100,000 records built once, replayed 10 times.
const held = [...dossiers(100_000)];
function* replay(times: number): Generator<DossierInput> {
  for (let t = 0; t < times; t += 1) for (const record of held) yield record;
}
measureDossiers(replay(1), options); // warm-up
const cpuBefore = process.cpuUsage();
begin = performance.now();
measureDossiers(replay(10), options);
const cpuUsed = process.cpuUsage(cpuBefore);
const replaySeconds = (performance.now() - begin) / 1000;
console.log(
  `\nthe library alone (100,000 records replayed 10 times): ${Math.round(1_000_000 / replaySeconds).toLocaleString('en-US')} records/s, ` +
    `${Math.round(1_000_000 / ((cpuUsed.user + cpuUsed.system) / 1e6)).toLocaleString('en-US')} per CPU-s`,
);

const same = JSON.stringify(asyncResult) === JSON.stringify(result);
console.log(`async result identical to sync: ${same}`);
if (!same) process.exitCode = 1;
