// @zone-sensitive: the CLI reads --as-of and judges deadlines; must not depend on the host zone.
// Hardening II (issue 13, item 4), end to end: `chiso progress` says "missed (deadline passed)" only
// once --as-of is after the deadline. Runs the command in-process (src/cli/main.ts), so it needs no
// build; the dates are civil days, so it means the same under any host zone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

function progress(data: string, asOf: string): { code: number; rows: { indicatorId: string; deadline: string; category: string; currentPeriod: unknown }[] } {
  let out = '';
  let err = '';
  const code = main(['progress', '--catalog', 'vinh-phuc-302', '--data', data, '--as-of', asOf, '--format', 'json', '--lang', 'en'], { stdout: (t) => (out += t), stderr: (t) => (err += t), today: '2030-01-01' }, '0.0.0') as number;
  expect(err).toBe('');
  return { code, rows: JSON.parse(out).rows };
}

describe('chiso progress: "missed" only after the deadline (issue 13, item 4)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-progress-'));
  const data = join(dir, 'two-years.csv');
  // District work dossiers online: 50 % in 2024, 70 % in 2025 (so far); 302 wants 80 % by 31/12/2025.
  writeFileSync(data, 'unit,level,indicator,period,value\nd,district,work-dossiers-online,2024,50\nd,district,work-dossiers-online,2025,70\n');
  const row = (asOf: string) => progress(data, asOf).rows.find((r) => r.indicatorId === 'work-dossiers-online' && r.deadline === '2025-12-31');

  it('figures for 2024 and 2025, --as-of 2025-06-01: judged by pace (70/50 − 1 = 40 %/year against 80/50 − 1 = 60 %/year needed), not missed', () => {
    expect(row('2025-06-01')).toMatchObject({ currentPeriod: 2025, category: 'acceleration needed' });
  });
  it('on the deadline day still not missed; the day after, missed', () => {
    expect(row('2025-12-31')?.category).toBe('acceleration needed');
    expect(row('2026-01-01')?.category).toBe('missed (deadline passed)');
  });
});
