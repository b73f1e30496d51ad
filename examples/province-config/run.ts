/**
 * An invented province ("Minh Họa", not real) adopts chiso with JSON files only:
 * validate the catalog, check the units, roll communes up to the province, print the scorecard.
 *
 *   npx tsx examples/province-config/run.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineUnits, evaluate, loadCatalog, rollUp, type Observation, type Unit } from '../../src/index';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const catalog = loadCatalog(readFileSync(here('./catalog.json'), 'utf8'));
const registry = defineUnits(JSON.parse(readFileSync(here('./units.json'), 'utf8')) as Unit[], catalog.hierarchy);
const observations = JSON.parse(readFileSync(here('./observations.json'), 'utf8')) as Observation[];

// The province's share of work dossiers online comes from its communes: numerators and
// denominators are summed, never the percentages averaged. Every commune must report.
const rolled = rollUp(observations, registry, { catalog, minCoverage: 1 });
// rolled.observations holds the observations given plus the province's rolled-up figures.
const card = evaluate(catalog, rolled.observations, { asOf: '2026-12-31', units: registry.units });

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const names = new Map(registry.units.map((u) => [u.id, u.name]));
console.log(`${catalog.plan.title.vi} — ${card.asOf}`);
for (const row of card.rows) {
  const value = typeof row.value === 'number' ? nf.format(row.value) : String(row.value ?? '—');
  const gap = row.status === 'not-met' && row.gap !== null ? ` (thiếu ${nf.format(row.gap)})` : '';
  console.log(`${(names.get(row.unit) ?? row.unit).padEnd(26)} ${row.indicator.padEnd(26)} ${(row.target?.wording ?? '').padEnd(18)} ${value.padStart(8)}  ${row.status}${gap}`);
}
for (const a of rolled.aggregates) {
  console.log(`roll-up ${a.unit} ${a.indicator} ${a.period}: ${a.coverage.reported}/${a.coverage.expected} communes reported`);
}
console.log(`met ${card.summary.met}, not met ${card.summary['not-met']}, no data ${card.summary['no-data']}`);
