// The generated national dataset of `national.bench.ts`: 34 provinces, 3,321 communes (the two-tier
// hierarchy since 2025), 60 indicators, 6 years. Seeded, so every run measures the same data.
import { defineCatalog } from '../../src/config/defineCatalog';
import { defineUnits } from '../../src/evaluate/defineUnits';
import type { Catalog } from '../../src/model/catalog';
import { twoTier2025 } from '../../src/model/hierarchies';
import type { Observation } from '../../src/model/observation';
import type { Scheme } from '../../src/model/scheme';
import type { Unit } from '../../src/model/unit';
import { seeded } from '../seeded';

export const PROVINCES = 34;
export const COMMUNES = 3321;
export const INDICATORS = 60;
/** Indicators 0–39 are shares observed as counts (numerator + denominator); 40–59 are counts. */
export const SHARES = 40;
export const YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;

export { seeded } from '../seeded';

const T = (s: string) => ({ vi: s, en: s });
const pad = (n: number, w: number) => String(n).padStart(w, '0');

export const provinceIds = Array.from({ length: PROVINCES }, (_, p) => `p${pad(p + 1, 2)}`);
/** Commune c belongs to province c mod 34 (so every province has 97 or 98 communes). */
export const communeIds = Array.from({ length: COMMUNES }, (_, c) => `${provinceIds[c % PROVINCES] as string}-x${pad(c + 1, 4)}`);
export const provinceOf = Int32Array.from({ length: COMMUNES }, (_, c) => c % PROVINCES);
export const indicatorIds = Array.from({ length: INDICATORS }, (_, i) => (i < SHARES ? `share-${pad(i + 1, 2)}` : `count-${pad(i + 1, 2)}`));

export const units: Unit[] = [
  ...provinceIds.map((id) => ({ id, name: `Tỉnh ${id}`, level: 'province' })),
  ...communeIds.map((id, c) => ({ id, name: `Xã ${id}`, level: 'commune', parent: provinceIds[provinceOf[c] as number] as string })),
];
export const registry = defineUnits(units, twoTier2025);

/**
 * Targets per level, as a plan writes them. Shares: a commune threshold (≥ 50 … 90 %, every fifth a
 * half percent such as 57.5 %), a province threshold 5 points lower; counts: ≥ 20 + i per commune,
 * ≥ 34 × that per province.
 */
export function targetsOf(i: number): { commune: number; province: number } {
  if (i < SHARES) {
    const commune = 50 + (i % 9) * 5 + (i % 5 === 0 ? 2.5 : 0);
    return { commune, province: commune - 5 };
  }
  const commune = 20 + (i - SHARES);
  return { commune, province: commune * 34 };
}

export const catalog: Catalog = defineCatalog({
  id: 'national-bench',
  plan: { issuer: T('Bench'), title: T('Generated national dataset') },
  hierarchy: twoTier2025,
  indicators: indicatorIds.map((id, i) => {
    const t = targetsOf(i);
    return {
      id,
      name: T(id),
      pillar: 'digital-government',
      measure: i < SHARES ? 'percent' : 'count',
      source: { document: 'bench', section: String(i + 1) },
      targets: [
        { kind: 'threshold', op: '>=', value: t.commune, level: 'commune', by: '2025-12-31' },
        { kind: 'threshold', op: '>=', value: t.province, level: 'province', by: '2025-12-31' },
      ],
    };
  }),
});

/** A scheme of the 60 indicators: 6 groups of 10 leaves, 1,000 points; shares and counts proportional to their commune target. */
export const scheme: Scheme = {
  id: 'national-bench',
  name: T('Bench'),
  root: {
    id: 'index',
    name: T('Index'),
    children: Array.from({ length: 6 }, (_, g) => ({
      id: `group-${g + 1}`,
      name: T(`Group ${g + 1}`),
      children: indicatorIds.slice(g * 10, (g + 1) * 10).map((id, k) => ({
        id: `leaf-${id}`,
        name: T(id),
        points: 50 / 3,
        indicator: id,
        rule: { kind: 'proportional' as const, reference: targetsOf(g * 10 + k).commune },
      })),
    })),
  },
} as unknown as Scheme;

/** The data as columns (one row per commune × indicator × year, ordered by year, commune, indicator). */
export interface NationalColumns {
  readonly rows: number;
  readonly commune: Int32Array;
  readonly indicator: Int32Array;
  readonly year: Int32Array;
  /** The value of a count, or the numerator of a share. */
  readonly value: Float64Array;
  /** The denominator of a share; 0 is not used (a count's row has -1 here, never read). */
  readonly denominator: Float64Array;
}

export function generateColumns(seed = 20_250_701): NationalColumns {
  const random = seeded(seed);
  const rows = YEARS.length * COMMUNES * INDICATORS;
  const cols = {
    rows,
    commune: new Int32Array(rows),
    indicator: new Int32Array(rows),
    year: new Int32Array(rows),
    value: new Float64Array(rows),
    denominator: new Float64Array(rows),
  };
  let r = 0;
  for (const year of YEARS) {
    for (let c = 0; c < COMMUNES; c += 1) {
      for (let i = 0; i < INDICATORS; i += 1) {
        cols.commune[r] = c;
        cols.indicator[r] = i;
        cols.year[r] = year;
        if (i < SHARES) {
          // Dossiers handled and the share done online: around the target, so some are met and some not.
          const den = 20 + Math.floor(random() * 980);
          const share = Math.min(1, Math.max(0, targetsOf(i).commune / 100 + (random() - 0.5) * 0.4));
          cols.value[r] = Math.round(den * share);
          cols.denominator[r] = den;
        } else {
          cols.value[r] = Math.floor(random() * 2 * targetsOf(i).commune);
          cols.denominator[r] = -1;
        }
        r += 1;
      }
    }
  }
  return cols;
}

/** The same data as the library's observations (ids shared between rows, as a loader that interns them gives). */
export function toObservations(cols: NationalColumns, from = 0, to = cols.rows): Observation[] {
  const out: Observation[] = new Array(to - from);
  for (let r = from; r < to; r += 1) {
    const unit = communeIds[cols.commune[r] as number] as string;
    const indicator = indicatorIds[cols.indicator[r] as number] as string;
    const period = cols.year[r] as number;
    const den = cols.denominator[r] as number;
    out[r - from] = den >= 0
      ? { unit, indicator, period, numerator: cols.value[r] as number, denominator: den }
      : { unit, indicator, period, value: cols.value[r] as number };
  }
  return out;
}
