/**
 * `npm run readme:chart`: writes the README's chart, docs/images/progress-vinh-phuc-2023.svg — Vĩnh
 * Phúc's real May 2023 online-dossier rates (examples/data/vinh-phuc-2023.json) against the 2025
 * target of Kế hoạch 302/KH-UBND, as `renderChart` draws it. Deterministic: the same bytes every run,
 * whatever the date or the host's time zone. test/tools/readme-chart.test.ts checks that the committed
 * file is what this script writes, so CI fails when the chart is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalogs, evaluate, renderChart, type Observation, type Unit } from '../../src/index';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where the chart is committed, relative to the repository root (the README links it so). */
export const README_CHART = 'docs/images/progress-vinh-phuc-2023.svg';

/** The chart's SVG text. */
export function readmeChart(): string {
  const data = JSON.parse(readFileSync(join(root, 'examples/data/vinh-phuc-2023.json'), 'utf8')) as {
    asOf: string;
    units: Unit[];
    observations: Observation[];
    unitNames: Record<string, { vi: string }>;
  };
  // Evaluated as of the figures' own date, so the chart never depends on the day it is generated.
  const card = evaluate(catalogs.vinhPhuc302, data.observations, { asOf: data.asOf, units: data.units });
  const rows = card.rows.filter(
    (r) => r.indicator === 'tthc-dossiers-fully-online' && r.deadline === '2025-12-31' && typeof r.value === 'number' && r.target?.kind === 'threshold',
  );
  return renderChart(
    {
      title: 'Vĩnh Phúc, 5/2023: hồ sơ TTHC xử lý hoàn toàn trực tuyến — mục tiêu 2025',
      suffix: '%',
      max: 100,
      items: rows.map((r) => ({
        label: data.unitNames[r.unit]?.vi ?? r.unit,
        value: r.value as number,
        target: r.target?.kind === 'threshold' ? r.target.value : 0,
        met: r.status === 'met',
      })),
    },
    { kind: 'progress', lang: 'vi', width: 720 },
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = join(root, README_CHART);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, readmeChart(), 'utf8');
  console.log(`wrote ${README_CHART}`);
}
