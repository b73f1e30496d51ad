import { describe, expect, it } from 'vitest';
import { defineCatalog } from '../../src/config/defineCatalog';
import { evaluate } from '../../src/evaluate/evaluate';
import { twoTier2025 } from '../../src/model/hierarchies';
import { renderScorecard } from '../../src/report/renderScorecard';

// Rows the golden files do not have: a unit without a level (no `units` given), a done value
// (false / true), and an indicator without a target (target and deadline empty). Expected cells are
// the English labels of src/report/labels.ts.

const source = { document: '1/KH-UBND', date: '2025-09-01', section: 'II.1' };
const catalog = defineCatalog({
  id: 'invented-province',
  plan: { issuer: { vi: 'UBND tỉnh Thử', en: 'Invented province' }, number: '1/KH-UBND', date: '2025-09-01', title: { vi: 'Kế hoạch', en: 'Plan' } },
  hierarchy: twoTier2025,
  indicators: [
    { id: 'platform-built', name: { vi: 'Nền tảng', en: 'Platform built' }, pillar: 'digital-government', measure: 'done', source, targets: [{ kind: 'qualitative', by: '2025-12-31', wording: 'Xây dựng' }] },
    { id: 'open-datasets', name: { vi: 'Bộ dữ liệu mở', en: 'Open datasets' }, pillar: 'digital-government', measure: 'count', source, targets: [] },
  ],
} as never);
const card = evaluate(
  catalog,
  [
    { unit: 'p', indicator: 'platform-built', period: 2024, done: false },
    { unit: 'x', indicator: 'platform-built', period: 2024, done: true },
    { unit: 'p', indicator: 'open-datasets', period: 2024, value: 12 },
  ],
  { asOf: '2024-12-31' },
);

describe('renderScorecard: no level, done values, no target', () => {
  it('HTML: level and target show —, a done value shows Done / Not done', () => {
    const html = renderScorecard(card, { format: 'html', lang: 'en', catalog });
    const cells = [...html.matchAll(/<tr data-unit[^>]*>(.*?)<\/tr>/g)].map((m) => [...(m[1] as string).matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => (c[1] as string).replace(/<[^>]+>/g, '')));
    expect(cells).toEqual([
      ['p', '—', 'Platform built', 'Xây dựng (qualitative)', '2025-12-31', 'Not done', 'Not met', '—', '0%'],
      ['p', '—', 'Open datasets', '—', '—', '—', 'Not applicable', '—', '—'],
      ['x', '—', 'Platform built', 'Xây dựng (qualitative)', '2025-12-31', 'Done', 'Met', '—', '100%'],
    ]);
  });

  it('JSON: level and target are null, a done value stays a boolean', () => {
    const json = JSON.parse(renderScorecard(card, { format: 'json', lang: 'en', catalog })) as { rows: Record<string, unknown>[] };
    expect(json.rows.map((r) => [r['unit'], r['level'], r['target'], r['deadline'], r['value'], r['status']])).toEqual([
      ['p', null, 'Xây dựng (qualitative)', '2025-12-31', false, 'Not met'],
      ['p', null, null, null, null, 'Not applicable'],
      ['x', null, 'Xây dựng (qualitative)', '2025-12-31', true, 'Met'],
    ]);
  });
});
