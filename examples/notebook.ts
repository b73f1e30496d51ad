/**
 * A notebook-style session: ad-hoc scores with `score` and `rank` on published figures, one "cell"
 * after another, each printing what an analyst would look at. Run it: `npx tsx examples/notebook.ts`
 * (the test suite runs it and checks the numbers). Nothing here is invented: the figures are the
 * published DTI 2022 main indicators of two provinces and Vĩnh Phúc's May 2023 online-dossier rates.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rank, schemes, score, type Observation, type Scheme, type ScoreInput, type UnitScore } from 'chiso';

/** Prints a table: the first column left-aligned, the others right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log('');
}

/** The index of a unit's score (display only: 6 decimal places, `toFixed`'s rounding). */
const shown = (s: UnitScore | undefined) => (s?.index === null || s === undefined ? '—' : s.index.toFixed(6));

// %% [1] The published DTI 2022 main indicators (provincial DTI 2022; each a 0–1 index), in the order
// awareness, institutions, infrastructure, human resources, cyber-security, government, economy, society.
const pillars = [
  'dti-digital-awareness',
  'dti-digital-institutions',
  'dti-digital-infrastructure',
  'dti-digital-human-resources',
  'dti-cybersecurity',
  'dti-digital-government',
  'dti-digital-economy',
  'dti-digital-society',
];
const published: Record<string, { values: number[]; total: number }> = {
  'Đà Nẵng': { values: [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197], total: 0.8002 },
  'TP. Hồ Chí Minh': { values: [0.8917, 0.9, 0.8258, 0.6267, 0.558, 0.8406, 0.7611, 0.359], total: 0.7163 },
};
const dti: ScoreInput[] = Object.entries(published).flatMap(([unit, { values }]) =>
  values.map((value, i) => ({ unit, indicator: pillars[i] ?? '', period: 2022, value })),
);

// %% [2] The official weighting (Quyết định 922/QĐ-BTTTT, 1,000 points) against the published totals.
const official = score(schemes.dtiProvince2022, dti);
console.log('[2] DTI 2022, official weights');
table(
  ['Tỉnh', 'Điểm', 'Chỉ số (tính)', 'Công bố'],
  official.map((s) => [s.unit, String(s.points), shown(s), String(published[s.unit]?.total)]),
);

// %% [3] Ad hoc: what if the eight pillars weighed the same — averaged, or multiplied (a geometric mean,
// where one weak pillar costs more)?
const equalWeights = (aggregation: 'arithmetic' | 'geometric'): Scheme => ({
  id: `equal-pillars-${aggregation}`,
  name: { vi: 'Tám trụ cột ngang nhau', en: 'Eight equal pillars' },
  root: {
    id: 'all',
    name: { vi: 'Tổng', en: 'Total' },
    aggregation,
    children: pillars.map((indicator) => ({ id: indicator, name: { vi: indicator, en: indicator }, indicator, rule: { kind: 'index' } })),
  },
});
const scored = {
  official,
  arithmetic: score(equalWeights('arithmetic'), dti),
  geometric: score(equalWeights('geometric'), dti),
};
const ranks = Object.fromEntries(
  Object.entries(scored).map(([name, scores]) => [name, new Map(rank(scores, { by: 'index' }).map((r) => [r.item.unit, r.rank]))]),
);
console.log('[3] Three weightings, ranked (competition ranks)');
table(
  ['Tỉnh', 'Chính thức', 'Hạng', 'Trung bình', 'Hạng', 'Nhân', 'Hạng'],
  Object.keys(published).map((unit) => [
    unit,
    ...(['official', 'arithmetic', 'geometric'] as const).flatMap((name) => [
      shown(scored[name].find((s) => s.unit === unit)),
      String(ranks[name]?.get(unit) ?? '—'),
    ]),
  ]),
);

// %% [4] Vĩnh Phúc, May 2023: the online-dossier rate scored against the 80 % target of Kế hoạch 302
// (distance to target: value ÷ 80, at most 1), and ranked.
const data = JSON.parse(readFileSync(fileURLToPath(new URL('./data/vinh-phuc-2023.json', import.meta.url)), 'utf8')) as {
  observations: Observation[];
  unitNames: Record<string, { vi: string }>;
};
const toTarget: Scheme = {
  id: 'online-dossiers-vs-target',
  name: { vi: 'Hồ sơ trực tuyến so với mục tiêu 80%', en: 'Online dossiers against the 80 % target' },
  root: {
    id: 'online',
    name: { vi: 'Hồ sơ TTHC trực tuyến', en: 'Online dossiers' },
    indicator: 'tthc-dossiers-fully-online',
    rule: { kind: 'distanceToTarget', target: 80 },
  },
};
const vinhPhuc = rank(score(toTarget, data.observations), { by: 'index' });
console.log('[4] Vĩnh Phúc 2023: online dossiers ÷ 80 %');
table(
  ['Đơn vị', 'Chỉ số', 'Hạng'],
  vinhPhuc.map((r) => [data.unitNames[r.item.unit]?.vi ?? r.item.unit, shown(r.item), String(r.rank)]),
);
