import * as z from 'zod/mini';
import { ChisoError } from '../../errors';
import { checkZone, civilDate, DEFAULT_ZONE } from '../../_shared/civilDate';
import { makeIssue } from '../../_shared/issue';
import { parseOrThrow } from '../../_shared/zod';
import { strictObjectSchema } from '../../_shared/strictObjectSchema';
import { defineUnits } from '../../evaluate/defineUnits';
import { CatalogSchema, type Catalog } from '../../model/catalog';
import type { Unit } from '../../model/unit';
import type { ObservationColumnNames, ScorecardPlan } from './scorecardQuery';
import { OBSERVATION_COLUMN_SHAPE, sqlName } from './sqlOptions';
import { quoteIdent } from './sqlText';


/** The options every scorecard compiler takes. */
export const ScorecardSqlOptionsSchema = strictObjectSchema({
  dialect: z.enum(['duckdb', 'postgres']),
  asOf: z.union([z.instanceof(Date), z.string()]),
  zone: z.optional(z.string()),
  units: z.optional(z.array(z.unknown())),
  unitsTable: z.optional(sqlName),
  level: z.optional(sqlName),
  table: z.optional(sqlName),
  schema: z.optional(sqlName),
  columns: z.optional(
    strictObjectSchema({ ...OBSERVATION_COLUMN_SHAPE, scale: z.optional(z.nullable(sqlName)) }),
  ),
  scale: z.optional(z.int().check(z.gte(0), z.lte(38))),
  order: z.optional(z.boolean()),
});

/** Checks a catalog and the options of a scorecard query; throws `ChisoError` with every problem. */
export function scorecardPlan(catalog: Catalog, options: unknown): ScorecardPlan {
  const cat = parseOrThrow(CatalogSchema, catalog, ['catalog']);
  const opts = parseOrThrow(ScorecardSqlOptionsSchema, options, ['options']);
  const zone = opts.zone === undefined ? DEFAULT_ZONE : checkZone(opts.zone, ['options', 'zone']);
  const asOf = civilDate(opts.asOf, zone, ['options', 'asOf']);
  if (opts.level !== undefined && !cat.hierarchy.levels.some((l) => l.id === opts.level)) {
    const list = cat.hierarchy.levels.map((l) => JSON.stringify(l.id)).join(', ');
    throw new ChisoError([makeIssue({ code: 'unknown_level', path: ['options', 'level'], field: 'level', expected: `one of the catalog's levels (${list})`, received: opts.level })]);
  }
  if (opts.units !== undefined && opts.unitsTable !== undefined) {
    throw new ChisoError([makeIssue({ code: 'invalid_value', path: ['options', 'unitsTable'], field: 'unitsTable', expected: 'left out when units are given (the units come either as a list or as a table)', received: opts.unitsTable })]);
  }
  if (opts.unitsTable !== undefined) quoteIdent(opts.unitsTable, ['options', 'unitsTable']);
  let units: readonly Unit[] = [];
  if (opts.units !== undefined) {
    // The check `evaluate` makes of its units, with the same issues.
    units = defineUnits(opts.units as Unit[], cat.hierarchy).units;
  }
  const given = opts.columns ?? {};
  const columns: ObservationColumnNames = {
    unit: given.unit ?? 'unit',
    indicator: given.indicator ?? 'indicator',
    period: given.period ?? 'period',
    value: given.value === undefined ? 'value' : given.value,
    numerator: given.numerator === undefined ? 'numerator' : given.numerator,
    denominator: given.denominator === undefined ? 'denominator' : given.denominator,
    rank: given.rank === undefined ? 'rank' : given.rank,
    done: given.done === undefined ? 'done' : given.done,
    scale: given.scale ?? null,
  };
  // Every name is checked once here, so a bad one is reported before any SQL is written.
  for (const [key, value] of Object.entries(columns)) if (value !== null) quoteIdent(value, ['options', 'columns', key]);
  const table = opts.schema === undefined ? [opts.table ?? 'observations'] : [opts.schema, opts.table ?? 'observations'];
  table.forEach((part, i) => quoteIdent(part, ['options', table.length === 2 && i === 0 ? 'schema' : 'table']));
  return { dialect: opts.dialect, catalog: cat, asOf, units, unitsTable: opts.unitsTable, level: opts.level, table, columns, scale: opts.scale ?? 10, order: opts.order ?? true };
}
