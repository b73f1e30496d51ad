// @zone-sensitive: the page runs in Chromium with the host zone of this run as its timezoneId.
// The built ESM bundle (dist/index.js, as published) in a real browser: headless Chromium (Debian's
// `chromium`, driven by playwright-core; no browser is downloaded) loads the portal widget of
// examples/portal-widget/, which imports `chiso` and its three dependencies as ES modules through an
// import map, evaluates catalogs.vinhPhuc302 on the real 2023 figures and renders the progress chart
// into the page. What the page shows is checked against the same computation in Node.
//
// Why an import map and not a bundle: the page then loads dist/index.js byte for byte as npm ships it,
// with zod, date-fns, @date-fns/tz and decimal.js from their own published ESM builds — what a
// portal without a build step does. A bundle made for the test would test esbuild's output instead.
//
// Without Chromium this test FAILS, saying how to install it; CHISO_SKIP_BROWSER=1 turns that into a
// skip with the reason printed. `npm test` builds dist/ before vitest runs; .ci/run installs chromium.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogs, evaluate, renderChart, renderScorecard, type Observation, type Unit } from '../../src/index';
import { findChromium, launchChromium } from './chromium';
import { serveStatic, type StaticServer } from './static-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'test-output', 'browser');

const chromiumPath = findChromium();
const missing =
  chromiumPath === undefined
    ? `Chromium was not found (${process.env['CHISO_CHROMIUM'] ? `CHISO_CHROMIUM=${process.env['CHISO_CHROMIUM']} is not an executable` : 'no `chromium` on the PATH, CHISO_CHROMIUM unset'}). Install it (Debian/Ubuntu: \`apt-get install -y chromium\`; .ci/run does this) or set CHISO_CHROMIUM=/path/to/chromium. To skip this test on purpose, set CHISO_SKIP_BROWSER=1.`
    : undefined;
const skip = missing !== undefined && process.env['CHISO_SKIP_BROWSER'] === '1';
if (skip) console.warn(`[test/browser] SKIPPED (CHISO_SKIP_BROWSER=1): ${missing}`);

// The same computation in Node, from the same file.
interface VinhPhucData {
  asOf: string;
  units: Unit[];
  observations: Observation[];
  unitNames: Record<string, { vi: string; en: string }>;
}
const data = JSON.parse(readFileSync(join(root, 'examples/data/vinh-phuc-2023.json'), 'utf8')) as VinhPhucData;
const catalog = catalogs.vinhPhuc302;
const card = evaluate(catalog, data.observations, { asOf: data.asOf, units: data.units });
const indicator = catalog.indicators.find((i) => i.id === 'tthc-dossiers-fully-online');
const count = (status: string) => card.rows.filter((r) => r.status === status).length;

/** The chart as Node draws it: the rows of the indicator that have a value, against their threshold. */
function nodeChart(lang: 'vi' | 'en'): string {
  const rows = card.rows.filter((r) => r.indicator === indicator?.id && typeof r.value === 'number');
  return renderChart(
    {
      title: indicator?.name[lang] ?? '',
      suffix: '%',
      max: 100,
      items: rows.map((r) => ({
        label: data.unitNames[r.unit]?.[lang] ?? r.unit,
        value: r.value as number,
        target: r.target?.kind === 'threshold' ? r.target.value : Number.NaN,
        met: r.status === 'met',
      })),
    },
    { kind: 'progress', lang },
  );
}

/** The text of a `data:` link, as a browser would save it. */
function dataLink(href: string | null): string {
  expect(href).toMatch(/^data:[a-z/+]+;charset=utf-8,/);
  return decodeURIComponent((href ?? '').slice((href ?? '').indexOf(',') + 1));
}

describe.skipIf(skip)('the built bundle in headless Chromium: the portal widget', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const requested: string[] = [];
  const errors: string[] = [];

  /** Opens the widget in `lang` and waits until it says it is ready (or failed). */
  async function open(lang: 'vi' | 'en'): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/examples/portal-widget/index.html?lang=${lang}`, { timeout: 60_000 });
    await page.locator('#chiso-widget:not([data-state="loading"])').waitFor({ timeout: 60_000 });
    const state = await page.locator('#chiso-widget').getAttribute('data-state');
    expect(state, `widget failed: ${await page.locator('[data-part="summary"]').textContent()} ${errors.join('; ')}`).toBe('ready');
    return page;
  }

  let vi: Page;

  beforeAll(async () => {
    if (missing !== undefined) throw new Error(missing);
    const bundle = join(root, 'dist/index.js');
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first (\`npm test\` does).`);
    server = await serveStatic(root, ['dist', 'node_modules', 'examples']);
    browser = await launchChromium(chromiumPath as string);
    // The page runs in the same host time zone as this vitest run (npm test runs three).
    context = await browser.newContext({ timezoneId: process.env['TZ'] || 'UTC', viewport: { width: 1100, height: 900 } });
    vi = await open('vi');
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('loads dist/index.js (the built bundle) and its dependencies as ES modules, without an error', () => {
    expect(requested).toContain('/dist/index.js');
    expect(requested).toContain('/node_modules/zod/mini/index.js');
    expect(requested).toContain('/node_modules/decimal.js/decimal.mjs');
    expect(requested.some((p) => p.startsWith('/src/'))).toBe(false);
    expect(server.failures.filter((f) => !f.endsWith('/favicon.ico'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('evaluates the Vĩnh Phúc catalog in the page as Node does: one table row per scorecard row, same statuses', async () => {
    const rows = vi.locator('table.chiso-scorecard tbody tr');
    expect(await rows.count()).toBe(card.rows.length);
    for (const status of ['met', 'not-met', 'no-data', 'not-applicable']) {
      expect(await vi.locator(`tbody tr[data-status="${status}"]`).count(), status).toBe(count(status));
    }
    // From the published figures: 98.76 % (districts) meets "Tối thiểu 80%", 36.18 % (province agencies) does not.
    expect(count('met')).toBe(1);
    expect(count('not-met')).toBe(1);
    const met = vi.locator('tbody tr[data-status="met"]');
    expect(await met.getAttribute('data-unit')).toBe('vp-districts');
    expect(await met.textContent()).toContain('98,76');
    const notMet = vi.locator('tbody tr[data-status="not-met"]');
    expect(await notMet.getAttribute('data-unit')).toBe('vp-province-agencies');
    expect(await notMet.textContent()).toContain('36,18');
    expect(await notMet.textContent()).toContain('43,82'); // 80 − 36.18, exact
    expect(await vi.locator('[data-part="summary"]').textContent()).toBe(
      `Tổng hợp: Đạt 1 · Chưa đạt 1 · Chưa có số liệu ${count('no-data')} · Không áp dụng ${count('not-applicable')}`,
    );
  });

  it('renders the progress chart into the DOM: an <svg> with its <title>, drawn, and the same bytes as in Node', async () => {
    const svg = vi.locator('[data-part="chart"] > svg');
    expect(await svg.count()).toBe(1);
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.locator('title').first().textContent()).toBe(indicator?.name.vi);
    expect(await svg.locator('desc').textContent()).toContain('Các cơ quan, đơn vị cấp tỉnh: 36,18%; Mục tiêu 80%; Chưa đạt.');
    expect(await svg.locator('text', { hasText: '✗ 36,18% · Chưa đạt' }).count()).toBe(1);
    expect(await svg.locator('text', { hasText: '✓ 98,76% · Đạt' }).count()).toBe(1);
    const box = await svg.boundingBox();
    expect(box?.width).toBe(640);
    expect(box?.height).toBeGreaterThan(100);
    // Same input, same bytes — in Chromium's Intl as in Node's.
    expect(dataLink(await vi.locator('[data-part="svg-link"]').getAttribute('href'))).toBe(nodeChart('vi'));
  });

  it('offers the scorecard as CSV for a Vietnamese Excel (BOM, ";"), the same bytes as in Node', async () => {
    const csv = dataLink(await vi.locator('[data-part="csv-link"]').getAttribute('href'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe(renderScorecard(card, { format: 'csv', lang: 'vi', catalog, units: data.unitNames, bom: true, separator: ';' }));
  });

  it('saves a screenshot under test-output/browser/', async () => {
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'portal-widget.vi.png');
    await vi.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });

  it('shows English with ?lang=en', async () => {
    const en = await open('en');
    expect(await en.locator('[data-part="chart"] svg text', { hasText: '✗ 36.18% · Not met' }).count()).toBe(1);
    expect(await en.locator('tbody tr[data-status="met"]').textContent()).toContain('98.76');
    expect(dataLink(await en.locator('[data-part="svg-link"]').getAttribute('href'))).toBe(nodeChart('en'));
    await en.screenshot({ path: join(outDir, 'portal-widget.en.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);

  it('is exact at boundaries and throws ChisoError in the browser too', async () => {
    // A string, so that nothing rewrites the code before it reaches the page (import() is the page's,
    // resolved by its import map).
    const result = (await vi.evaluate(`(async () => {
      const { evaluateTarget, ChisoError } = await import('chiso');
      const at57 = evaluateTarget({ kind: 'threshold', op: '>=', value: 57 }, { numerator: 57, denominator: 100 }).status;
      const at80 = evaluateTarget({ kind: 'threshold', op: '>', value: 80 }, { numerator: 80, denominator: 100 }).status;
      let error = null;
      try { evaluateTarget({ kind: 'threshold', op: '>=', value: 80 }, Number.NaN); } catch (e) { error = { chiso: e instanceof ChisoError, message: e.message }; }
      return { at57, at80, float: (57 / 100) * 100, error };
    })()`)) as { at57: string; at80: string; float: number; error: { chiso: boolean; message: string } | null };
    expect(result.float).toBe(56.99999999999999); // the float a naive comparison would use
    expect(result.at57).toBe('met');
    expect(result.at80).toBe('not-met'); // "trên 80%" is strict
    expect(result.error?.chiso).toBe(true);
    expect(result.error?.message).toMatch(/^Expected .* but got "NaN"\.$/);
  });
});
