// The scorecard page at a province's scale: 100 communes × 60 indicators (7,200 scorecard rows,
// invented data from test/report/page-fixtures.ts), written by renderScorecardPage and laid out by
// headless Chromium. Targets (issue 18): under 2 MB, laid out in under 2 s.
//
//   node --import tsx test/bench/page.bench.ts          (or: npm run bench -- page)
//
// Figures, each the median of RUNS runs (a fresh tab each time):
// - render: renderScorecardPage in Node (ms), and the page's size in bytes;
// - layout: Chromium's own counters (CDP Performance.getMetrics) after the page has loaded —
//   LayoutDuration + RecalcStyleDuration, the time spent laying the page out and computing its
//   styles — and the wall time from navigation to the load event (parse, style, layout, first paint);
// - baseline: the same figures for the scorecard as one plain table (renderScorecard's html, the
//   page the CLI wrote before), so the ratio says what the richer page costs.
// Needs Chromium (CHISO_CHROMIUM or `chromium` on the PATH).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { evaluate, renderScorecard, renderScorecardPage } from '../../src/index';
import { communesFixture } from '../report/page-fixtures';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const f = communesFixture();
const card = evaluate(f.catalog, f.observations, { asOf: f.asOf, units: f.units });
const renders: number[] = [];
let html = '';
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  html = renderScorecardPage(card, { catalog: f.catalog, units: f.units });
  renders.push(performance.now() - t0);
}
const plain = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>${renderScorecard(card, { format: 'html', catalog: f.catalog, units: f.units })}</body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'chiso-page-bench-'));
const files = { page: join(dir, 'page.html'), plain: join(dir, 'plain.html') };
writeFileSync(files.page, html);
writeFileSync(files.plain, plain);

const browser = await chromium.launch({
  executablePath: process.env['CHISO_CHROMIUM'] || '/usr/bin/chromium',
  headless: true,
  chromiumSandbox: false,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });

async function layout(file: string): Promise<{ layout: number; style: number; load: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const t0 = performance.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  // Force a complete layout of the whole document, in case any was deferred past the load event.
  await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const load = performance.now() - t0;
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
  await page.close();
  return { layout: m('LayoutDuration'), style: m('RecalcStyleDuration'), load };
}

const results: Record<string, { layout: number[]; style: number[]; load: number[] }> = { page: { layout: [], style: [], load: [] }, plain: { layout: [], style: [], load: [] } };
await layout(files.plain); // warm-up
for (let i = 0; i < RUNS; i++) {
  for (const name of ['page', 'plain'] as const) {
    const r = await layout(files[name]);
    results[name]?.layout.push(r.layout);
    results[name]?.style.push(r.style);
    results[name]?.load.push(r.load);
  }
}
await browser.close();
rmSync(dir, { recursive: true, force: true });

const fmt = (n: number) => `${n.toFixed(0)} ms`;
const bytes = new TextEncoder().encode(html).length;
const page = results['page'] as { layout: number[]; style: number[]; load: number[] };
const base = results['plain'] as { layout: number[]; style: number[]; load: number[] };
const laid = median(page.layout.map((l, i) => l + (page.style[i] ?? 0)));
const laidBase = median(base.layout.map((l, i) => l + (base.style[i] ?? 0)));
console.log(`scorecard page, ${card.rows.length} rows (100 units × 60 indicators, ${RUNS} runs, medians)`);
console.log(`  renderScorecardPage in Node        ${fmt(median(renders))}`);
console.log(`  size                               ${bytes.toLocaleString('en-US')} B (${(bytes / 1024 / 1024).toFixed(2)} MiB; target < 2 MiB: ${bytes < 2 * 1024 * 1024 ? 'met' : 'MISSED'})`);
console.log(`  Chromium layout + style            ${fmt(laid)} (layout ${fmt(median(page.layout))}, style ${fmt(median(page.style))}; target < 2 s: ${laid < 2000 ? 'met' : 'MISSED'})`);
console.log(`  navigation to load (wall)          ${fmt(median(page.load))}`);
console.log(`baseline: the same rows as one plain table (renderScorecard html), ${new TextEncoder().encode(plain).length.toLocaleString('en-US')} B`);
console.log(`  Chromium layout + style            ${fmt(laidBase)}  → page ÷ baseline ${(laid / laidBase).toFixed(2)}×`);
console.log(`  navigation to load (wall)          ${fmt(median(base.load))}  → page ÷ baseline ${(median(page.load) / median(base.load)).toFixed(2)}×`);
if (bytes >= 2 * 1024 * 1024 || laid >= 2000) process.exitCode = 1;
