// @zone-independent: the pages are rendered in Node for a fixed as-of day and hold no script; Chromium only lays them out, audits and prints them.
// The scorecard page (renderScorecardPage, and `chiso scorecard --format html` on top of it) in a real
// browser: headless Chromium (Debian's `chromium`, driven by playwright-core, launched once for the
// file) opens three pages — the Vĩnh Phúc demo as the built CLI writes it (vi), the same in English,
// and a province's communes (100 units × 60 indicators, invented data: test/report/page-fixtures.ts)
// — and:
// - axe-core, injected into each page, finds no violation of WCAG 2.0/2.1 A and AA;
// - the summary and "what needs attention" come before the full table, in the DOM and on the screen;
// - the page asks for nothing over the network (no request but the page itself);
// - printed to PDF it gives A4 landscape pages (the page sizes read from the PDF with poppler's
//   pdfinfo), page numbers, and the table header repeated on every page a table continues onto
//   (poppler's pdftotext, page by page); the first printed page is rendered to PNG with pdftoppm;
// - screenshots at desktop and phone widths and of the first printed page are kept in
//   test/artifacts/page/ (gitignored); at phone width nothing but a table's own region scrolls sideways.
// CHISO_UPDATE_IMAGES=1 also writes docs/images/page-scorecard.png (the README's picture).
//
// Without Chromium or poppler-utils this test FAILS, saying how to install them; CHISO_SKIP_BROWSER=1
// turns that into a skip with the reason printed. `npm test` builds dist/ first; .ci/run installs
// chromium and poppler-utils.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, renderScorecardPage } from '../../src/index';
import { checkBuilt, chiso, root } from '../cli/run';
import { communesFixture } from '../report/page-fixtures';
import { findChromium, launchChromium, onPath } from './chromium';

const artifacts = join(root, 'test/artifacts/page');

const chromiumPath = findChromium();
const poppler = ['pdftoppm', 'pdftotext', 'pdfinfo'].filter((tool) => onPath(tool) === undefined);
const missing = [
  ...(chromiumPath === undefined ? ['Chromium was not found (no `chromium` on the PATH and CHISO_CHROMIUM unset or not an executable): install it (Debian/Ubuntu: `apt-get install -y chromium`; .ci/run does this) or set CHISO_CHROMIUM=/path/to/chromium.'] : []),
  ...(poppler.length > 0 ? [`${poppler.join(', ')} not found: install poppler-utils (Debian/Ubuntu: \`apt-get install -y poppler-utils\`; .ci/run does this).`] : []),
].join(' ');
const skip = missing !== '' && process.env['CHISO_SKIP_BROWSER'] === '1';
if (skip) console.warn(`[test/browser/page] SKIPPED (CHISO_SKIP_BROWSER=1): ${missing}`);

const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
};

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

describe.skipIf(skip)('the scorecard page in headless Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  const files: Record<'demo' | 'demoEn' | 'communes', string> = { demo: '', demoEn: '', communes: '' };
  const requests: string[] = [];
  const pages = new Map<string, Page>();

  /** The page of `name`, opened once (as a file: nothing to serve, and any request would show). */
  async function open(name: keyof typeof files, width = 1280): Promise<Page> {
    const key = `${name}@${width}`;
    const known = pages.get(key);
    if (known !== undefined) return known;
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(files[name]).href, { waitUntil: 'load', timeout: 60_000 });
    pages.set(key, page);
    return page;
  }

  async function axe(page: Page): Promise<AxeResult> {
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    return (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })`)) as AxeResult;
  }

  const describeViolations = (r: AxeResult) => r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`).join('\n');

  beforeAll(async () => {
    if (missing !== '') throw new Error(missing);
    checkBuilt();
    mkdirSync(artifacts, { recursive: true });
    // The demo as a user gets it: the built CLI on the real May 2023 figures.
    const demoArgs = ['scorecard', '--catalog', 'vinh-phuc-302', '--data', 'examples/data/vinh-phuc-2023.csv', '--as-of', '2023-05-31', '--format', 'html'];
    for (const [name, extra] of [['demo', []], ['demoEn', ['--lang', 'en']]] as const) {
      const r = chiso(...demoArgs, ...extra);
      if (r.code !== 0) throw new Error(`chiso ${demoArgs.join(' ')} failed (${r.code}): ${r.stderr}`);
      files[name] = join(artifacts, `${name}.html`);
      writeFileSync(files[name], r.stdout);
    }
    const f = communesFixture();
    const card = evaluate(f.catalog, f.observations, { asOf: f.asOf, units: f.units });
    files.communes = join(artifacts, 'communes.html');
    writeFileSync(files.communes, renderScorecardPage(card, { catalog: f.catalog, units: f.units }));
    browser = await launchChromium(chromiumPath as string);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('opens the demo on the summary, then the unmet target (36,18 % against "Tối thiểu 80%") and its chart', async () => {
    const page = await open('demo');
    const order = await page.evaluate(() =>
      ['chiso-summary', 'chiso-attention', 'chiso-charts', 'chiso-table', 'chiso-sources'].map((id) => {
        const el = document.getElementById(id);
        return el === null ? null : { id, top: el.getBoundingClientRect().top + window.scrollY };
      }),
    );
    expect(order.map((o) => o?.id)).toEqual(['chiso-summary', 'chiso-attention', 'chiso-charts', 'chiso-table', 'chiso-sources']);
    const tops = order.map((o) => o?.top ?? Number.NaN);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    // DOM order is reading order for a screen reader: summary and attention precede the table.
    const precedes = await page.evaluate(() => {
      const table = document.getElementById('chiso-table') as Element;
      return ['chiso-summary', 'chiso-attention'].map((id) => Boolean((document.getElementById(id) as Element).compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING));
    });
    expect(precedes).toEqual([true, true]);
    // The only unmet target of the published figures: province agencies, 36.18 % against ≥ 80 (gap 80 − 36.18 = 43.82).
    const attention = page.locator('#chiso-attention tbody tr').first();
    expect(await attention.locator('th').textContent()).toBe('Các cơ quan, đơn vị cấp tỉnh');
    expect(await attention.textContent()).toContain('Tối thiểu 80% (≥ 80)');
    expect(await attention.locator('td').nth(2).textContent()).toBe('36,18%1');
    expect(await attention.locator('td').nth(3).textContent()).toBe('43,82');
    expect(await page.locator('#chiso-charts svg text', { hasText: '✗ 36,18% · Chưa đạt' }).count()).toBe(1);
    expect(await page.locator('#chiso-charts svg text', { hasText: '✓ 98,76% · Đạt' }).count()).toBe(1);
    // The summary above the fold at a desktop size: a leader sees it without scrolling.
    expect(order[0]?.top ?? Infinity).toBeLessThan(900);
    // Each value links to its footnote, which quotes the source and the proxy note.
    const href = await attention.locator('sup a').getAttribute('href');
    expect(href).toBe('#fn-1');
    const note = await page.locator('#fn-1').textContent();
    expect(note).toContain('tỷ lệ hồ sơ dịch vụ công trực tuyến của các cơ quan, đơn vị cấp tỉnh đạt 36,18 %');
    expect(note).toContain('chỉ tiêu gần nhất');
  });

  it('has no WCAG 2.1 A/AA violation (axe-core) on the demo, in English, and on the 100-commune page', async () => {
    for (const name of ['demo', 'demoEn', 'communes'] as const) {
      const result = await axe(await open(name));
      expect(result.violations, `${name}:\n${describeViolations(result)}`).toEqual([]);
    }
  }, 180_000);

  it('writes English labels and numbers in the English page', async () => {
    const page = await open('demoEn');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#chiso-attention h2').textContent()).toBe('Needs attention');
    expect(await page.locator('#chiso-charts svg text', { hasText: '✗ 36.18% · Not met' }).count()).toBe(1);
  });

  it('switches the 100-commune page to one row per unit and says so; folds no data, hides nothing', async () => {
    const page = await open('communes');
    expect(await page.locator('#chiso-table .lead').textContent()).toBe('100 đơn vị (nhiều hơn 8): bảng chuyển sang mỗi đơn vị một dòng, mỗi chỉ tiêu một bảng.');
    // 60 indicators, each with data: one table per indicator × target (12 have a 2030 target too).
    expect(await page.locator('#chiso-table table.rows').count()).toBe(72);
    expect(await page.locator('#chiso-summary caption').first().textContent()).toBe('Kết quả theo cấp');
    // Every row of the scorecard is either a table row or a named unit without data.
    const f = communesFixture();
    const card = evaluate(f.catalog, f.observations, { asOf: f.asOf, units: f.units });
    const withData = card.rows.filter((r) => r.observation !== null).length;
    expect(await page.locator('#chiso-table table.rows tbody tr').count()).toBe(withData);
  });

  it('asks for nothing over the network and runs no script', async () => {
    for (const name of ['demo', 'communes'] as const) await open(name);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(readFileSync(files.demo, 'utf8')).not.toMatch(/<script|<link|\bsrc=|@import|url\(http/i);
  });

  it('prints to A4 landscape pages with page numbers and the table header repeated on every page', async () => {
    // The 100 communes with 2 indicators per pillar: the same layout as the full page (one table per
    // indicator, 100 rows each), in 80-odd pages instead of 450 (30 s of printing on this machine).
    const f = communesFixture(100, 2);
    const card = evaluate(f.catalog, f.observations, { asOf: f.asOf, units: f.units });
    files.communes = join(artifacts, 'communes.print.html');
    writeFileSync(files.communes, renderScorecardPage(card, { catalog: f.catalog, units: f.units }));
    const page = await context.newPage();
    await page.goto(pathToFileURL(files.communes).href, { waitUntil: 'load' });
    const pdf = join(artifacts, 'communes.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();
    const info = run('pdfinfo', ['-f', '1', '-l', '9999', pdf]);
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(count).toBeGreaterThan(10);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes).toHaveLength(count);
    // A4 is 297 × 210 mm = 841.89 × 595.28 pt; landscape: the width is the long side.
    for (const [w, h] of sizes) {
      expect(Math.abs((w as number) - 841.89)).toBeLessThan(1);
      expect(Math.abs((h as number) - 595.28)).toBeLessThan(1);
    }
    // pdftotext ends every page with a form feed.
    const texts = run('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, count);
    expect(texts).toHaveLength(count);
    const header = /Đơn vị\s+Giá trị\s+Tình trạng\s+Còn thiếu\s+Mức độ đạt/;
    let continued = 0;
    texts.forEach((text, i) => {
      const n = i + 1;
      expect(text, `page ${n}: no page number`).toContain(`Trang ${n} / ${count}`);
      // A page with rows of a per-unit table (a commune's value and status) shows the header row too.
      const lines = text.split('\n');
      const firstRow = lines.findIndex((l) => /^\s*(Xã|Phường) .*\d%.*(✓ Đạt|✗ Chưa đạt)/.test(l));
      if (firstRow === -1) return;
      const headerLine = lines.findIndex((l) => header.test(l));
      expect(headerLine, `page ${n}: table rows without the header row`).toBeGreaterThan(-1);
      expect(headerLine, `page ${n}: the header row after the first table row`).toBeLessThan(firstRow);
      // A page that starts inside a table (no caption before its first header) is a repeated header.
      if (!lines.slice(0, headerLine).some((l) => /Tỷ lệ .* — Tối thiểu/.test(l))) continued += 1;
    });
    expect(continued, 'no page continues a table: the repeated header was not checked').toBeGreaterThan(5);
    run('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', pdf, join(artifacts, 'communes.print-2')]);
    const png = readFileSync(join(artifacts, 'communes.print-2.png'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // The PNG of an A4 landscape page is wider than tall, 297:210.
    expect(png.readUInt32BE(16) / png.readUInt32BE(20)).toBeCloseTo(297 / 210, 1);
  }, 180_000);

  it('prints the demo too, its first page rendered to PNG; saves desktop and phone screenshots', async () => {
    const desktop = await open('demo');
    const pdf = join(artifacts, 'demo.pdf');
    await desktop.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const first = run('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-']);
    // The summary and the unmet target are on the first printed page.
    expect(first).toContain('Tóm tắt');
    expect(first).toContain('Cần chú ý');
    expect(first).toMatch(/Trang 1 \/ \d+/);
    // Paper cannot be clicked: the folded targets without data are printed open.
    const all = run('pdftotext', ['-layout', pdf, '-']);
    expect(all).toContain('Chỉ tiêu chưa có số liệu (33)');
    expect(all).toContain('Số doanh nghiệp công nghệ số');
    run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(artifacts, 'demo.print-1')]);
    await desktop.screenshot({ path: join(artifacts, 'demo.desktop.png') });
    const phone = await open('demo', 390);
    await phone.screenshot({ path: join(artifacts, 'demo.phone.png'), fullPage: true });
    // At phone width the page itself does not scroll sideways: wide tables scroll in their own region.
    const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    // The README's picture: the top of the page, down to the chart of the unmet target.
    await desktop.screenshot({ path: join(artifacts, 'demo.top.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1560 } });
    for (const file of ['demo.print-1.png', 'demo.desktop.png', 'demo.phone.png', 'demo.top.png']) expect(statSync(join(artifacts, file)).size).toBeGreaterThan(10_000);
    if (process.env['CHISO_UPDATE_IMAGES'] === '1') copyFileSync(join(artifacts, 'demo.top.png'), join(root, 'docs/images/page-scorecard.png'));
  }, 120_000);
});
