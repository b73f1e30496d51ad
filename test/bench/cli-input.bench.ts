// The CLI's input side on 100,000 observation rows: the same rows as a CSV file and as a JSON file,
// read by `readData` (decode, parse, cells to values) and run through `chiso scorecard` in this
// process, with the CSV/JSON ratio of each. CSV reading used to count lines from byte 0 for every
// row (13 s for a 1.1 MB file); it must stay in the same order of time as JSON.
//
//   node --expose-gc --import tsx test/bench/cli-input.bench.ts        (or: npm run bench -- cli-input)
//
// Optional argument: the number of rows (default 100,000). Times are the median of 5 runs (wall
// time, after one warm-up run), and CPU time of the same runs, on a shared machine.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readData } from '../../src/cli/data';
import { main } from '../../src/cli/main';
import { seeded } from '../seeded';

const N = Number(process.argv[2] ?? 100_000);
const RUNS = 5;
const gc = (globalThis as { gc?: () => void }).gc;

// A seeded generator (mulberry32), so every run reads the same rows.
const random = seeded(20_261_201);

// Communes of one province, each with its own shares of two dossier indicators, by day over the
// years: long data as a register exports it. Some notes are quoted and span lines, as Excel writes them.
const UNITS = 1_000;
const INDICATORS = ['tthc-dossiers-fully-online', 'work-dossiers-online'];
const rows = Array.from({ length: N }, (_, i) => {
  const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(i / (UNITS * INDICATORS.length)) * 86_400_000).toISOString().slice(0, 10);
  return {
    unit: `xa-${String(i % UNITS).padStart(5, '0')}`,
    indicator: INDICATORS[Math.floor(i / UNITS) % INDICATORS.length]!,
    period: day,
    value: Math.round(random() * 10_000) / 100,
    note: i % 10 === 0 ? `nhập tay,\r\nkiểm tra lại "${i}"` : `số liệu ${i}`,
  };
});
const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = `unit,indicator,period,value,note\r\n${rows.map((r) => [r.unit, r.indicator, r.period, String(r.value), quote(r.note)].join(',')).join('\r\n')}\r\n`;
const json = JSON.stringify(rows);

const dir = mkdtempSync(join(tmpdir(), 'chiso-cli-input-'));
const csvFile = join(dir, 'data.csv');
const jsonFile = join(dir, 'data.json');
writeFileSync(csvFile, csv);
writeFileSync(jsonFile, json);

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}
function measure(run: () => void): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  run();
  for (let r = 0; r < RUNS; r++) {
    gc?.();
    const cpu = process.cpuUsage();
    const started = performance.now();
    run();
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wallMs: median(walls), cpuMs: median(cpus) };
}

const scorecard = (file: string) => () => {
  let err = '';
  const code = main(['scorecard', '--catalog', 'vinh-phuc-302', '--data', file, '--as-of', '2025-06-30', '--format', 'csv', '--out', join(dir, 'out.csv')], { stdout: () => {}, stderr: (t) => (err += t), today: '2025-06-30' }, 'bench');
  if (code !== 0) throw new Error(`scorecard failed (${code}): ${err.slice(0, 300)}`);
};

console.log(`chiso's CLI input on ${N.toLocaleString('en-US')} rows (${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
console.log(`CSV ${(statSync(csvFile).size / 1e6).toFixed(1)} MB, JSON ${(statSync(jsonFile).size / 1e6).toFixed(1)} MB, the same rows`);
const read = { csv: measure(() => void readData(csvFile)), json: measure(() => void readData(jsonFile)) };
const full = { csv: measure(scorecard(csvFile)), json: measure(scorecard(jsonFile)) };
const line = (title: string, t: { csv: Timing; json: Timing }) =>
  console.log(
    title.padEnd(26),
    `${t.csv.wallMs.toFixed(0)} ms`.padStart(10),
    `${t.json.wallMs.toFixed(0)} ms`.padStart(10),
    `${(t.csv.wallMs / t.json.wallMs).toFixed(2)}×`.padStart(8),
    `${(t.csv.cpuMs / t.json.cpuMs).toFixed(2)}×`.padStart(10),
  );
console.log(''.padEnd(26), 'CSV'.padStart(10), 'JSON'.padStart(10), 'CSV/JSON'.padStart(8), 'CPU ratio'.padStart(10));
line('readData (decode + parse)', read);
line('chiso scorecard (whole)', full);
rmSync(dir, { recursive: true, force: true });
