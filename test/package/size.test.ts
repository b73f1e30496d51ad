// @zone-independent: measures bundle sizes; computes no date.
import { existsSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedProject, needsBuild, root } from './project';

/**
 * Budget for chiso's own code in the ESM core, minified by esbuild and gzipped (level 9), in bytes.
 *
 * What is measured: every export of `chiso` (dist/index.js) except those `chiso/catalogs` also
 * exports, bundled for the browser with tree-shaking. The CLI (dist/cli.js) is a separate file that
 * nothing imports, so it is never in it. zod, date-fns, @date-fns/tz and decimal.js are left
 * external: an app shares them with its own code and they are versioned apart from chiso, so the
 * budget would otherwise move whenever they release. The size with them included is printed too.
 * Data the core itself needs stays in (the official holiday schedules, 302's reporting regime, the
 * level presets); the built-in catalogs and registers do not.
 *
 * Set from measurement with at most 10 % headroom. When a change makes the core legitimately
 * larger: run `npm run build && npx vitest run --config test/vitest.config.ts test/package/size.test.ts`,
 * read the printed figure, and set the budget to at most 1.10 × that figure in the same commit,
 * saying why in its message.
 */
// Measured 2026-11-26 (12:10 UTC, after evaluateColumns, measureDossiers and the CLI landed): 165,945 B
// minified, 58,143 B gzipped; 170,349 B gzipped with the four dependencies bundled. Re-measured 14:30
// UTC, after score's lazy nodes and rank's integer sorts: 166,596 B minified, 58,960 B gzipped
// (171,099 B with the dependencies); 15:00 UTC, after rollUpColumns and score on columns: 168,138 B
// minified, 59,450 B gzipped (171,625 B with the dependencies). 2026-12-01, after issue 13's
// hardening (one walk over input graphs, target bounds, one unit check, exact roll-up sums, rank's
// comparison path, scheme depth, the civil-date helper) and issue 19's holiday law as dated rules
// (about 3.6 KB of it): 190,910 B minified, 67,600 B gzipped (172,740 B with the dependencies).
// 72,000 B is 6.5 % above that. (Issue 22 re-bases this test on what a consumer ships.)
const BUDGET_GZIP_BYTES = 72_000;

const dependencies = ['zod', 'date-fns', '@date-fns/tz', 'decimal.js'];
let project = '';

beforeAll(() => {
  project = linkedProject('size');
});
afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

const bundle = async (contents: string, options: BuildOptions = {}) => {
  const result = await build({
    stdin: { contents, resolveDir: project, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    // UTF-8 output, so the Vietnamese text of the catalogs can be searched for as written.
    charset: 'utf8',
    legalComments: 'none',
    outfile: 'out.js',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  const file = result.outputFiles?.[0];
  if (file === undefined || result.metafile === undefined) throw new Error('esbuild returned no output (write: false, metafile: true)');
  return { text: file.text, bytes: file.contents.length, gzip: gzipSync(file.contents, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
};

/** Text only a built-in catalog holds: each plan's title and the name of its first indicator. */
const catalogMarkers = async (): Promise<string[]> => {
  const { catalogs } = (await import(`${root}dist/catalogs.js`)) as typeof import('../../src/catalogs/index');
  return Object.values(catalogs).flatMap((c) => [c.plan.title.vi, c.indicators[0]!.name.vi]);
};

describe('bundle size', () => {
  it(`the ESM core, minified + gzipped, stays within ${BUDGET_GZIP_BYTES} bytes`, async () => {
    expect(existsSync(`${root}dist/index.js`), needsBuild).toBe(true);
    const all = Object.keys(await import(`${root}dist/index.js`));
    const data = new Set(Object.keys(await import(`${root}dist/catalogs.js`)));
    const core = all.filter((name) => !data.has(name));
    // The split is the intended one: functions and schemas in, catalog data out.
    expect(core).toEqual(expect.arrayContaining(['evaluate', 'evaluateTarget', 'rank', 'score', 'renderScorecard', 'ChisoError', 'threeTier2021']));
    expect(core).not.toContain('catalogs');
    expect([...data]).toEqual(expect.arrayContaining(['catalogs', 'vinhPhuc302', 'tuyenQuang154', 'dienBien', 'vinhPhuc302Tasks']));

    const entry = `export { ${core.join(', ')} } from 'chiso';`;
    const own = await bundle(entry, { external: dependencies });
    const withDependencies = await bundle(entry);
    console.log(
      `bundle size: chiso ESM core (${core.length} exports, no catalogs, no CLI): ${own.bytes} B minified, ${own.gzip} B gzipped ` +
        `(budget ${BUDGET_GZIP_BYTES} B); with zod, date-fns, @date-fns/tz and decimal.js bundled: ${withDependencies.gzip} B gzipped`,
    );

    // Only chiso's library files went in: no dependency, no CLI.
    expect(own.inputs.filter((p) => p !== '<stdin>' && !/(^|\/)dist\/(index|chunk-[A-Z0-9]+)\.js$/.test(p))).toEqual([]);
    for (const marker of await catalogMarkers()) expect(own.text.includes(marker), marker).toBe(false);
    expect(own.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});

describe('tree-shaking', () => {
  it('an app that imports only evaluate from chiso ships none of the built-in catalogs', async () => {
    const { text } = await bundle(`import { evaluate } from 'chiso'; globalThis.evaluate = evaluate;`, { external: dependencies });
    expect(text).not.toContain('302/KH-UBND');
    for (const marker of await catalogMarkers()) expect(text.includes(marker), marker).toBe(false);
    // and it does ship evaluate: its error wording is there.
    expect(text).toContain('Expected ');
  });
  it('an app that imports chiso/catalogs does get them (the markers above are real)', async () => {
    const { text } = await bundle(`import { catalogs } from 'chiso/catalogs'; globalThis.catalogs = catalogs;`, { external: dependencies });
    expect(text).toContain('302/KH-UBND');
    for (const marker of await catalogMarkers()) expect(text.includes(marker), marker).toBe(true);
  });
});
