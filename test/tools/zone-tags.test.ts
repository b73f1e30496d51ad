// @zone-independent: reads test files' text; no date is computed here.
// The rule that picks the zone-sensitive tests (test/tools/zone-tags.mjs), enforced: `npm test` runs
// the whole suite once and only the tagged files in the other zones, so an untagged file that reads
// a date would silently run in one zone only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs tool without declarations
import { testFiles, zoneSensitiveFiles, zoneSignals, zoneTag } from './zone-tags.mjs';

const root = join(import.meta.dirname, '..', '..');
const files = (testFiles as (root: string) => string[])(root);
const signals = zoneSignals as (text: string) => string[];
const tag = zoneTag as (text: string) => { kind: 'sensitive' | 'independent'; reason: string } | null;

describe('zone tags', () => {
  it('finds the suite', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('test/tools/host-zone.test.ts');
  });

  it('every file that reads a date, a zone or the clock says whether the host zone can change its result', () => {
    const untagged = files
      .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }))
      .filter(({ text }) => signals(text).length > 0 && tag(text) === null)
      .map(({ file, text }) => `${file} (${signals(text).join(', ')})`);
    expect(untagged, 'add `// @zone-sensitive: <why>` (runs in every zone) or `// @zone-independent: <why>`').toEqual([]);
  });

  it('every tag gives its reason', () => {
    const bare = files.filter((file) => {
      const t = tag(readFileSync(join(root, file), 'utf8'));
      return t !== null && t.reason.length < 10;
    });
    expect(bare).toEqual([]);
  });

  it('the zone check itself, the determinism digest, the time stage and the CLI date tests run in every zone', () => {
    const sensitive = (zoneSensitiveFiles as (root: string) => string[])(root);
    for (const file of ['test/tools/host-zone.test.ts', 'test/fuzz/determinism.test.ts', 'test/time/workingDays.test.ts', 'test/time/lunar.test.ts', 'test/measure/measureDossiers.test.ts', 'test/cli/dates.test.ts']) {
      expect(sensitive, file).toContain(file);
    }
    // …and the zone runs are the smaller part of the suite.
    expect(sensitive.length).toBeLessThan(files.length / 2);
  });

  it('the runner takes its zone list from this rule', () => {
    const runner = readFileSync(join(root, 'test', 'tools', 'test-tz.mjs'), 'utf8');
    expect(runner).toMatch(/import \{[^}]*zoneSensitiveFiles[^}]*\} from '\.\/zone-tags\.mjs'/);
  });

  it('the rule sees the ways a test reads the host zone, and not ordinary code', () => {
    const flagged = [
      "const d = new Date(2024, 0, 1);",
      "expect(Date.UTC(2024, 0, 1)).toBe(0);",
      "process.env['TZ'] = 'UTC';",
      "process.env.TZ",
      "vi.useFakeTimers();",
      "evaluate(c, o, { asOf: '2025-12-31T23:00:00+07:00' });",
      "run(['scorecard', '--as-of', '2023-05-31']);",
      "import { addWorkingDays } from '../../src';",
      "measureDossiers(records, { asOf: '2024-01-01' });",
      "workingDaysBetween('2024-01-01', '2024-02-01', { zone: 'UTC' });",
    ];
    for (const text of flagged) expect(signals(text), text).not.toEqual([]);
    for (const text of ["rank([{ id: 'a', v: 1 }], { by: 'v' });", "score(rows, scheme);", "const updated = 1;", "// @zone-independent: no Date here"]) {
      expect(signals(text), text).toEqual([]);
    }
  });
});
