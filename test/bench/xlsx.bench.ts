// Excel in, Excel out at scale: the same 100,000 observation rows as a CSV file and as an .xlsx
// workbook (written by exceljs: days as date cells, values as number cells), read by the CLI
// (`loadData`: for the workbook the ZIP-bomb pass that keeps the XML parts, one saxes pass over each
// part, the cells to text, then the same parsing as CSV); then a scorecard written as .xlsx for the
// rows read. Target: reading the workbook within 3× the CSV (issue 17).
//
//   node --expose-gc --import tsx test/bench/xlsx.bench.ts        (or: npm run bench -- xlsx)
//
// Optional argument: the number of rows (default 100,000). Each read runs in a fresh process, as the
// CLI reads a file once (in one long process, V8 throws away saxes's optimised code at the forced
// garbage collections between runs, and later runs measured 2.5× the first: not what a command
// sees). Times are the median of 5 reads (wall time, and CPU time of the same reads; the modules
// the reader loads on first use are loaded before), and of 3 writes after a warm-up, on a shared machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { catalogs, evaluate } from '../../src/index';
import { loadData } from '../../src/cli/data';
import { writeScorecardXlsx } from '../../src/cli/xlsx/report';
import { seeded } from '../seeded';

// A child: one read of the file given, its times on stdout.
if (process.argv[2] === '--child') {
  // The modules the workbook reader loads on first use, loaded before timing (the CLI loads them in
  // tens of milliseconds from its bundle; here through tsx's loader they would cost several times that).
  for (const [name, load] of Object.entries(await import('../../src/cli/xlsx/lib'))) if (name.startsWith('load')) await (load as () => Promise<unknown>)();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await loadData(process.argv[3]!);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wallMs, cpuMs: (used.user + used.system) / 1000 }));
  process.exit(0);
}

const N = Number(process.argv[2] ?? 100_000);
const RUNS = 5;
const WRITE_RUNS = 3;
const gc = (globalThis as { gc?: () => void }).gc;

// A seeded generator (mulberry32), so every run reads the same rows.
const random = seeded(20_261_201);

// Communes of one province, each with its shares of two dossier indicators, by day: long data as a
// register exports it (as test/bench/cli-input.bench.ts).
const UNITS = 1_000;
const INDICATORS = ['tthc-dossiers-fully-online', 'work-dossiers-online'];
const rows = Array.from({ length: N }, (_, i) => ({
  unit: `xa-${String(i % UNITS).padStart(5, '0')}`,
  indicator: INDICATORS[Math.floor(i / UNITS) % INDICATORS.length]!,
  period: new Date(Date.UTC(2021, 0, 1) + Math.floor(i / (UNITS * INDICATORS.length)) * 86_400_000).toISOString().slice(0, 10),
  value: Math.round(random() * 10_000) / 100,
  note: `số liệu ${i}`,
}));

const dir = mkdtempSync(join(tmpdir(), 'chiso-xlsx-bench-'));
const csvFile = join(dir, 'data.csv');
const xlsxFile = join(dir, 'data.xlsx');
writeFileSync(csvFile, `unit,indicator,period,value,note\r\n${rows.map((r) => [r.unit, r.indicator, r.period, String(r.value), r.note].join(',')).join('\r\n')}\r\n`);
{
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Data');
  sheet.addRow(['unit', 'indicator', 'period', 'value', 'note']);
  for (const r of rows) sheet.addRow([r.unit, r.indicator, new Date(`${r.period}T00:00:00Z`), r.value, r.note]);
  sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
  await book.xlsx.writeFile(xlsxFile);
}

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function measure(run: () => unknown): Promise<Timing> {
  const walls: number[] = [];
  const cpus: number[] = [];
  await run();
  for (let r = 0; r < WRITE_RUNS; r++) {
    gc?.();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await run();
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}
/** One read of `file` per fresh process, CSV and workbook taking turns (so load changes hit both alike). */
function readInChildren(files: readonly string[]): Timing[] {
  const times = files.map(() => ({ walls: [] as number[], cpus: [] as number[] }));
  for (let r = 0; r < RUNS; r++) {
    files.forEach((file, i) => {
      const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8' });
      const t = JSON.parse(out.trim().split('\n').pop()!) as Timing;
      times[i]!.walls.push(t.wallMs);
      times[i]!.cpus.push(t.cpuMs);
    });
  }
  return times.map((t) => ({ wallMs: median(t.walls), cpuMs: median(t.cpus) }));
}

console.log(`chiso's .xlsx input and output on ${N.toLocaleString('en-US')} rows (${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
console.log(`CSV ${(statSync(csvFile).size / 1e6).toFixed(1)} MB, .xlsx ${(statSync(xlsxFile).size / 1e6).toFixed(1)} MB, the same rows`);
const [csvRead, xlsxRead] = readInChildren([csvFile, xlsxFile]);
const read = { csv: csvRead!, xlsx: xlsxRead! };
const data = await loadData(xlsxFile);
if (data.observations.length !== N) throw new Error(`read ${data.observations.length} observations of ${N}`);
const card = evaluate(catalogs.vinhPhuc302, data.observations, { asOf: '2025-06-30' });
const out = join(dir, 'scorecard.xlsx');
const write = await measure(() => writeScorecardXlsx(card, { lang: 'vi', catalog: catalogs.vinhPhuc302, units: {}, sort: 'scorecard', title: 'bench', notes: [], out }));
console.log(''.padEnd(34), 'CSV'.padStart(10), '.xlsx'.padStart(10), 'xlsx/CSV'.padStart(9), 'CPU ratio'.padStart(10));
console.log(
  'loadData (read + parse)'.padEnd(34),
  `${read.csv.wallMs.toFixed(0)} ms`.padStart(10),
  `${read.xlsx.wallMs.toFixed(0)} ms`.padStart(10),
  `${(read.xlsx.wallMs / read.csv.wallMs).toFixed(2)}×`.padStart(9),
  `${(read.xlsx.cpuMs / read.csv.cpuMs).toFixed(2)}×`.padStart(10),
);
console.log(`scorecard of ${card.rows.length.toLocaleString('en-US')} rows written as .xlsx: ${write.wallMs.toFixed(0)} ms wall, ${write.cpuMs.toFixed(0)} ms CPU (${(statSync(out).size / 1e6).toFixed(1)} MB)`);
console.log(`target: .xlsx read within 3× the CSV: ${read.xlsx.wallMs <= 3 * read.csv.wallMs ? 'met' : 'NOT met'}`);
rmSync(dir, { recursive: true, force: true });
