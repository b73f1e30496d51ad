// @zone-independent: accounting of observations with a fixed --as-of; the CLI's date handling runs in every zone in test/cli/dates.test.ts.
// Hardening II (issue 13), items 3 and 17 through the CLI (in process, so no build is needed):
// `--units` with a cycle or a district under a commune is invalid input (exit 1), and `rank --by`
// keeps a commune whose figure is for a province-only target.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors';
import { runRank } from '../../src/cli/rank';
import { runScorecard } from '../../src/cli/scorecard';
import type { Catalog } from '../../src/model/catalog';
import { twoTier2025 } from '../../src/model/hierarchies';

const dir = mkdtempSync(join(tmpdir(), 'chiso-evaluate-hardening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, value: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

const T = (s: string) => ({ vi: s, en: s });
const catalog: Catalog = {
  id: 'cli-hardening',
  plan: { issuer: T('Tỉnh thử'), title: T('Kế hoạch thử') },
  hierarchy: twoTier2025,
  indicators: [
    // A province-only target: a commune's share is a figure with no target at its level.
    { id: 'grdp', name: T('GRDP'), pillar: 'digital-economy', measure: 'grdp-share', source: { document: 'T', section: '1' }, targets: [{ kind: 'threshold', op: '>=', value: 20, level: 'province' }] },
  ],
};
const catalogFile = write('catalog.json', catalog);

function run(command: typeof runRank, args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const ctx = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), today: '2025-12-31' };
  try {
    // CSV and JSON runs are synchronous (only a workbook makes a command return a promise).
    return { code: command(args, ctx) as number, stdout, stderr };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { code: error.exitCode, stdout, stderr: error.lines.join('\n') };
  }
}

describe('chiso scorecard --units: the hierarchy is checked', () => {
  it('a parent cycle, and a commune as parent of a province, are invalid input (exit 1) naming the units', () => {
    const data = write('data.json', [{ unit: 'a', indicator: 'grdp', period: 2024, value: 21 }]);
    const cycle = write('cycle.json', [
      { id: 'a', name: 'A', level: 'commune', parent: 'b' },
      { id: 'b', name: 'B', level: 'commune', parent: 'a' },
    ]);
    const upside = write('upside.json', [
      { id: 'a', name: 'A', level: 'province', parent: 'b' },
      { id: 'b', name: 'B', level: 'commune' },
    ]);
    const r1 = run(runScorecard, ['--catalog', catalogFile, '--data', data, '--units', cycle, '--as-of', '2025-01-01']);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toContain('a → b → a');
    const r2 = run(runScorecard, ['--catalog', catalogFile, '--data', data, '--units', upside, '--as-of', '2025-01-01']);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('no parent (province is the highest level of hierarchy "two-tier-2025")');
  });
});

describe('chiso rank --by an indicator whose targets are all at province level', () => {
  it('ranks a commune by its figure (it is in `ignored`, not in a row), and lists its scorecard note', () => {
    const data = write('grdp.json', {
      units: [
        { id: 'tinh', name: 'Tỉnh', level: 'province' },
        { id: 'xa', name: 'Xã', level: 'commune', parent: 'tinh' },
      ],
      observations: [
        { unit: 'tinh', indicator: 'grdp', period: 2024, value: 12.5 },
        { unit: 'xa', indicator: 'grdp', period: 2024, numerator: 30, denominator: 200 },
      ],
    });
    const ranked = run(runRank, ['--catalog', catalogFile, '--data', data, '--as-of', '2025-01-01', '--by', 'grdp', '--format', 'json']);
    expect(ranked.code).toBe(0);
    const doc = JSON.parse(ranked.stdout) as { rows: { id: string; rank: number | null; score: number | null }[] } | { id: string; rank: number | null; score: number | null }[];
    const rows = (Array.isArray(doc) ? doc : doc.rows).map((r) => [r.id, r.rank, r.score]);
    // 30 of 200 is 15 %, above the province's 12.5 %.
    expect(rows).toEqual([
      ['xa', 1, 15],
      ['tinh', 2, 12.5],
    ]);
    const card = run(runScorecard, ['--catalog', catalogFile, '--data', data, '--as-of', '2025-01-01', '--lang', 'en']);
    expect(card.code).toBe(0);
    expect(card.stdout).toContain("xa · grdp · 2024: no target at the unit's level");
  });
});
