// @zone-independent: compiles the declarations; nothing runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedProject, needsBuild, root } from './project';

// A consumer's code, compiled against the built .d.ts files (never src/): the ESM entry and the
// catalogs subpath, values and types, and lines that must NOT compile — so a declaration that
// silently degraded to `any` fails the run instead of passing it.
const esm = `import { ChisoError, evaluate, evaluateTarget, rank, type Catalog, type Scorecard, type Status, type TargetEvaluation } from 'chiso';
import { catalogs, vinhPhuc302 } from 'chiso/catalogs';

const plan: Catalog = catalogs.vinhPhuc302;
export const same: typeof vinhPhuc302 = plan;
const card: Scorecard = evaluate(
  plan,
  [{ unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 98.76 }],
  { asOf: '2023-05-31', units: [{ id: 'vp-districts', name: 'Cấp huyện', level: 'district' }] },
);
export const statuses: Status[] = card.rows.map((row) => row.status);
export const result: TargetEvaluation = evaluateTarget({ kind: 'threshold', op: '>=', value: 57 }, { numerator: 57, denominator: 100 });
const ranked = rank([{ id: 'a', score: 3 }, { id: 'b', score: 5 }], { by: 'score', ties: 'dense' });
export const first: string | undefined = ranked[0]?.item.id;
export const place: number | null | undefined = ranked[0]?.rank;
export function field(error: unknown): string | undefined {
  return error instanceof ChisoError ? error.issues[0]?.field : undefined;
}

// @ts-expect-error a status is one of four words
export const wrongStatus: Status = 'passed';
// @ts-expect-error rank's \`by\` must name a key of the items
rank([{ score: 1 }], { by: 'points' });
// @ts-expect-error a threshold needs a comparison operator
evaluateTarget({ kind: 'threshold', value: 57 }, 57);
// @ts-expect-error a catalog is data, not a function
catalogs.vinhPhuc302();
`;

// The same package seen from CommonJS (node16 only: \`import = require\` is how a .cts file loads it).
const cjs = `import chiso = require('chiso');
import builtIn = require('chiso/catalogs');

const result: chiso.TargetEvaluation = chiso.evaluateTarget({ kind: 'threshold', op: '>=', value: 57 }, { numerator: 57, denominator: 100 });
const plan: chiso.Catalog = builtIn.catalogs.vinhPhuc302;
// @ts-expect-error a status is one of four words
const wrongStatus: chiso.Status = 'passed';
export = { result, plan, wrongStatus, isChisoError: (e: unknown) => e instanceof chiso.ChisoError };
`;

const compilers = [
  { pkg: 'typescript-5.5', version: '5.5' },
  { pkg: 'typescript-5.9', version: '5.9' },
  { pkg: 'typescript', version: '6.0' },
] as const;
const resolutions = ['node16', 'bundler'] as const;

// What a newcomer types first: one file, `tsc --strict plain.ts`, no tsconfig, so every other option is
// the compiler's default (TypeScript 5: ES5 library, CommonJS, node10 resolution, no esModuleInterop;
// TypeScript 6: modern defaults). All three entries, values and types.
const plain = `import { evaluateTarget, rank, type TargetEvaluation } from 'chiso';
import { catalogs } from 'chiso/catalogs';
import { catalogJsonSchema } from 'chiso/schema';

export const result: TargetEvaluation = evaluateTarget({ kind: 'threshold', op: '>=', value: 57 }, { numerator: 57, denominator: 100 });
export const first = rank([{ id: 'a', score: 3 }], { by: 'score' })[0];
export const title: string = catalogs.vinhPhuc302.plan.title.vi;
export const draft: unknown = catalogJsonSchema().$schema;
// @ts-expect-error a status is one of four words
export const wrong: TargetEvaluation['status'] = 'passed';
`;

// The control: a file that uses zod's mini build directly and nothing of chiso.
const zodOnly = `import * as z from 'zod/mini';
export const schema = z.object({ a: z.string() });
`;

let project = '';
beforeAll(() => {
  project = linkedProject('types', { 'app.ts': esm, 'app-cjs.cts': cjs, 'plain.ts': plain, 'zod-only.ts': zodOnly });
  // The control resolves zod from the project, as an app that depends on zod itself would.
  symlinkSync(join(root, 'node_modules', 'zod'), join(project, 'node_modules', 'zod'), 'dir');
});
afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

// Declarations do not depend on the host's time zone, and six compilations are the slowest part of
// the suite, so when `npm test` runs the suite once per zone (test/tools/test-tz.mjs) they run in
// the UTC pass only; with TZ unset (a plain `vitest run`) they always run.
const otherZonePass = process.env['TZ'] !== undefined && process.env['TZ'] !== 'UTC';

describe.skipIf(otherZonePass)('the built declarations compile in a consumer project (once, in the TZ=UTC pass)', () => {
  it('are built', () => {
    for (const file of ['index.d.ts', 'index.d.cts', 'catalogs.d.ts', 'catalogs.d.cts']) expect(existsSync(`${root}dist/${file}`), needsBuild).toBe(true);
  });

  for (const { pkg, version } of compilers) {
    for (const resolution of resolutions) {
      it(`TypeScript ${version}, moduleResolution ${resolution}`, () => {
        const tsc = join(root, 'node_modules', pkg, 'bin', 'tsc');
        const installed = (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
        expect(installed.startsWith(`${version}.`), `node_modules/${pkg} is TypeScript ${installed}`).toBe(true);

        const config = `tsconfig.${pkg}.${resolution}.json`;
        writeFileSync(
          join(project, config),
          JSON.stringify({
            compilerOptions: {
              module: resolution === 'node16' ? 'node16' : 'esnext',
              moduleResolution: resolution,
              target: 'es2022',
              strict: true,
              exactOptionalPropertyTypes: true,
              noUncheckedIndexedAccess: true,
              noEmit: true,
              types: [],
              // Check chiso's .d.ts (and what they import) too, not only the consumer's file.
              skipLibCheck: false,
            },
            files: resolution === 'node16' ? ['app.ts', 'app-cjs.cts'] : ['app.ts'],
          }),
        );
        const run = spawnSync(process.execPath, [tsc, '-p', config, '--listFiles'], { cwd: project, encoding: 'utf8' });
        const errors = run.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
        expect(errors).toEqual([]);
        expect(run.status).toBe(0);

        // It read the built declarations through package.json `exports`: .d.ts for import, .d.cts for require.
        const read = run.stdout.split('\n').filter((line) => line.startsWith(`${root}dist/`)).map((line) => line.slice(root.length));
        const expected = ['dist/index.d.ts', 'dist/catalogs.d.ts', ...(resolution === 'node16' ? ['dist/index.d.cts', 'dist/catalogs.d.cts'] : [])];
        expect(read).toEqual(expect.arrayContaining(expected));
        if (resolution === 'bundler') expect(read.filter((f) => f.endsWith('.d.cts'))).toEqual([]);
      }, 300_000);
    }
  }
});

describe.skipIf(otherZonePass)('a plain `tsc --strict file.ts` with no tsconfig (once, in the TZ=UTC pass)', () => {
  const tsc = (pkg: string, args: readonly string[]) => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules', pkg, 'bin', 'tsc'), '--strict', '--noEmit', ...args], { cwd: project, encoding: 'utf8' });
    return { status: run.status, errors: run.stdout.split('\n').filter((line) => /error TS\d+/.test(line)) };
  };

  it('TypeScript 6.0: compiles with no error at all', () => {
    expect(tsc('typescript', ['plain.ts'])).toEqual({ status: 0, errors: [] });
  }, 120_000);

  for (const pkg of ['typescript-5.9', 'typescript-5.5'] as const) {
    it(`${pkg.replace('typescript-', 'TypeScript ')}: no error from chiso's declarations; zod's own need esModuleInterop`, () => {
      // chiso's declarations carry `/// <reference lib="es2022" />` (tsup.config.ts), so TypeScript 5's
      // default ES5 library gives no "Cannot find name 'Iterable'" or 'Map' errors from them or zod's.
      const { errors } = tsc(pkg, ['plain.ts']);
      // What is left is zod 4's locale declarations (`export { default as ar } from "./ar.cjs"` over an
      // `export =` file), which TypeScript 5 rejects without esModuleInterop: nothing in the
      // consumer's file nor in chiso's dist/.
      const zodLocale = (line: string) => /node_modules\/zod\/v4\/locales\/index\.d\.cts\(\d+,\d+\): error TS1259:/.test(line);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.filter((line) => !zodLocale(line))).toEqual([]);
      // The same locale errors, one for one, as a file that imports zod/mini and no chiso (which
      // also gets the 'Map', 'Set' errors that chiso's lib reference spares a consumer of chiso).
      if (pkg === 'typescript-5.9') expect(tsc(pkg, ['zod-only.ts']).errors.filter(zodLocale).length).toBe(errors.length);
      // The documented setting (docs/getting-started.md, what `tsc --init` writes) makes it clean.
      expect(tsc(pkg, ['--esModuleInterop', 'plain.ts'])).toEqual({ status: 0, errors: [] });
    }, 180_000);
  }
});
