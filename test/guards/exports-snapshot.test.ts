// @zone-independent: lists export names, their typeof and their kind (value or type); it computes nothing with a clock or a calendar.
// Guard for issue 14 (the house refactor): the public surface stays exactly what it is. The lists
// below were written from the code before the refactor; a refactor that adds, drops or renames an
// export, or turns a function into an object, fails here.
//
// To change the surface deliberately (a new export, with its changeset), edit the lists below by hand;
// the failure message prints the whole current list. The built package (dist/) is checked against
// the same lists when it exists: run `npx tsup` first if dist/ is older than src/.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as catalogsEntry from '../../src/catalogs/index';
import * as root from '../../src/index';
import * as schemaEntry from '../../src/schema/index';
import * as unitsEntry from '../../src/units/index';
import * as sqlEntry from '../../src/sql/index';

/** Runtime exports of `chiso` (src/index.ts), sorted by UTF-16 code units, as `name: typeof`. */
const ROOT = [
  'AggregateSchema: object',
  'AggregateStatusSchema: object',
  'AggregationSchema: object',
  'BandSchema: object',
  'BandsRuleSchema: object',
  'BooleanRuleSchema: object',
  'BudgetSchema: object',
  'CatalogChangesSchema: object',
  'CatalogSchema: object',
  'CategoricalRuleSchema: object',
  'ChangeTargetSchema: object',
  'ChisoError: function',
  'ComparisonSchema: object',
  'CoverageSchema: object',
  'DirectionSchema: object',
  'DistanceToTargetRuleSchema: object',
  'DoneObservationSchema: object',
  'DoneTargetSchema: object',
  'DossierChannelSchema: object',
  'DossierSchema: object',
  'DossierServiceLevelSchema: object',
  'DossierStateSchema: object',
  'DossierTimeSchema: object',
  'FractionObservationSchema: object',
  'GroupNodeSchema: object',
  'GroupSchema: object',
  'GrowthTargetSchema: object',
  'HierarchySchema: object',
  'HolidayDayRuleSchema: object',
  'HolidayLawRuleSchema: object',
  'HolidayLawSchema: object',
  'HolidayOccasionDefinitionSchema: object',
  'HolidayOccasionSchema: object',
  'HolidayRuleSchema: object',
  'HolidaySchema: object',
  'IgnoredObservationSchema: object',
  'IndexRuleSchema: object',
  'IndicatorSchema: object',
  'IsoDateSchema: object',
  'KebabIdSchema: object',
  'LeafNodeSchema: object',
  'LevelSchema: object',
  'LineSchema: object',
  'LunarDateSchema: object',
  'MEASURE_BOUNDS: object',
  'MeasureSchema: object',
  'MethodSchema: object',
  'MinCoverageSchema: object',
  'MinMaxRuleSchema: object',
  'MissingPolicySchema: object',
  'NodeScoreSchema: object',
  'ObservationSchema: object',
  'OfficialAdjustmentSchema: object',
  'OfficialScheduleSchema: object',
  'ParagraphsSchema: object',
  'ParsedPeriodSchema: object',
  'PercentOfMaxRuleSchema: object',
  'PeriodSchema: object',
  'PillarSchema: object',
  'PlanSchema: object',
  'ProgressChartDataSchema: object',
  'ProjectSchema: object',
  'ProportionalRuleSchema: object',
  'QualitativeTargetSchema: object',
  'RangeTargetSchema: object',
  'RankIntervalsChartDataSchema: object',
  'RankObservationSchema: object',
  'RankRuleSchema: object',
  'RankTargetSchema: object',
  'RankingChartDataSchema: object',
  'ReasonSchema: object',
  'ReportingStepSchema: object',
  'RollUpResultSchema: object',
  'RomanNumeralSchema: object',
  'RuleSchema: object',
  'SchemeNodeSchema: object',
  'SchemeSchema: object',
  'ScoreInputSchema: object',
  'ScoreStatusSchema: object',
  'ScorecardRowSchema: object',
  'ScorecardSchema: object',
  'SourceSchema: object',
  'StatusSchema: object',
  'TARGET_KINDS_BY_MEASURE: object',
  'TargetEvaluationSchema: object',
  'TargetMatchSchema: object',
  'TargetPatchSchema: object',
  'TargetSchema: object',
  'TaskSchema: object',
  'TextSchema: object',
  'ThresholdTargetSchema: object',
  'TrajectoryChartDataSchema: object',
  'UnitRegistrySchema: object',
  'UnitSchema: object',
  'UnitScoreSchema: object',
  'ValueObservationSchema: object',
  'WeekdaySchema: object',
  'WorkingCalendarSchema: object',
  'ZScoreRuleSchema: object',
  'addWorkingDays: function',
  'assessCatalogProgress: function',
  'assessProgress: function',
  'assignBand: function',
  'budgetTotals: function',
  'catalogJsonSchema: function',
  'catalogs: object',
  'compareCatalogs: function',
  'composite: function',
  'deadlineStatus: function',
  'defineCatalog: function',
  'defineHierarchy: function',
  'defineUnits: function',
  'dienBien: object',
  'emulationHierarchy154: object',
  'evaluate: function',
  'evaluateColumns: function',
  'evaluateTarget: function',
  'extendCatalog: function',
  'fromLunar: function',
  'hierarchies: object',
  'holidayLaw: object',
  'isWorkingDay: function',
  'loadCatalog: function',
  'measureDossiers: function',
  'measureDossiersAsync: function',
  'officialSchedules: object',
  'parsePeriod: function',
  'parseVietnameseDate: function',
  'percentileRank: function',
  'progressChartData: function',
  'publicHolidays: function',
  'rank: function',
  'rankChange: function',
  'rankGroups: function',
  'rankIntervalsChartData: function',
  'rankSensitivity: function',
  'rankingChartData: function',
  'registers: object',
  'renderChart: function',
  'renderScorecard: function',
  'renderScorecardPage: function',
  'renderTable: function',
  'reportLabels: object',
  'reportingCalendar: function',
  'reportingRegimes: object',
  'retargetCatalog: function',
  'rollUp: function',
  'rollUpColumns: function',
  'schemes: object',
  'score: function',
  'scorecardFigures: function',
  'summarizeByUnit: function',
  'targetBoundProblems: function',
  'threeTier2021: object',
  'toLunar: function',
  'topN: function',
  'tuyenQuang154: object',
  'twoTier2025: object',
  'vinhPhuc302: object',
  'vinhPhuc302Projects: object',
  'vinhPhuc302Reporting: object',
  'vinhPhuc302Tasks: object',
  'workingCalendar: function',
  'workingDaysBetween: function',
];

/** Runtime exports of `chiso/catalogs` (src/catalogs/index.ts). */
const CATALOGS = [
  'catalogs: object',
  'dienBien: object',
  'emulationHierarchy154: object',
  'holidayLaw: object',
  'officialSchedules: object',
  'registers: object',
  'reportingRegimes: object',
  'tuyenQuang154: object',
  'vinhPhuc302: object',
  'vinhPhuc302Projects: object',
  'vinhPhuc302Reporting: object',
  'vinhPhuc302Tasks: object',
];

/** Runtime exports of `chiso/units` (src/units/index.ts, issue 15). */
const UNITS = [
  'carryAcrossReform: function',
  'findUnitByCode: function',
  'findUnits: function',
  'mergedProvinceMean: function',
  'officialUnits: function',
  'provinceMap: function',
  'reformCrosswalk: function',
  'unitSet: function',
];

/** Runtime exports of `chiso/sql` (src/sql/index.ts, issue 16). */
const SQL = [
  'compileObservationChecks: function',
  'compileRollUp: function',
  'compileScorecard: function',
  'compileScorecardView: function',
  'registryClosure: function',
  'workingDayRows: function',
  'workingDaysCsv: function',
  'workingDaysSql: function',
];

/** Runtime exports of `chiso/schema` (src/schema/index.ts, issue 22: what only a tool needs, out of the root). */
const SCHEMA = ['catalogJsonSchema: function'];

/** Exports of `chiso` that are types only (no runtime value), as the TypeScript checker sees them. */
const ROOT_TYPES = [
  'Aggregate',
  'AggregateStatus',
  'Aggregation',
  'Band',
  'Budget',
  'BudgetTotal',
  'BudgetTotalsOptions',
  'Catalog',
  'CatalogChanges',
  'CatalogComparison',
  'CatalogInput',
  'CatalogProgressOptions',
  'ChartDataByKind',
  'ChartKind',
  'ChisoIssue',
  'Comparison',
  'CompositeComponent',
  'CompositeOptions',
  'CompositeResult',
  'Coverage',
  'DeadlineState',
  'DeadlineStatus',
  'DeadlineStatusOptions',
  'Direction',
  'Dossier',
  'DossierChannel',
  'DossierInput',
  'DossierIssue',
  'DossierMeasure',
  'DossierMeasurement',
  'DossierObservation',
  'DossierPeriod',
  'DossierServiceLevel',
  'DossierState',
  'DossierTime',
  'EvaluateOptions',
  'EvaluateTargetOptions',
  'Group',
  'GroupNode',
  'Hierarchy',
  'Holiday',
  'HolidayDayRule',
  'HolidayLaw',
  'HolidayLawRule',
  'HolidayOccasion',
  'HolidayOccasionDefinition',
  'HolidayRule',
  'IgnoredObservation',
  'IgnoredReason',
  'Indicator',
  'LeafNode',
  'Level',
  'LunarDate',
  'Measure',
  'MeasureBounds',
  'MeasureDossiersOptions',
  'Method',
  'MissingPolicy',
  'NodeScore',
  'Observation',
  'ObservationColumns',
  'OfficialAdjustment',
  'OfficialSchedule',
  'ParsePeriodOptions',
  'ParsedPeriod',
  'Period',
  'Pillar',
  'Plan',
  'Progress',
  'ProgressCategory',
  'ProgressChartData',
  'ProgressChartDataOptions',
  'ProgressInput',
  'ProgressPoint',
  'ProgressRow',
  'Project',
  'PublicHolidaysOptions',
  'RankGroupsOptions',
  'RankInterval',
  'RankIntervalsChartData',
  'RankIntervalsChartDataOptions',
  'RankMove',
  'RankOptions',
  'RankSensitivityOptions',
  'Ranked',
  'RankingChartData',
  'RankingChartDataOptions',
  'Reason',
  'RenderChartOptions',
  'RenderScorecardOptions',
  'RenderScorecardPageOptions',
  'RenderTableOptions',
  'ReportLabelSet',
  'ReportLang',
  'ReportTable',
  'ReportingCalendarOptions',
  'ReportingDeadline',
  'ReportingStep',
  'RetargetOptions',
  'RetargetStep',
  'RollUpOptions',
  'RollUpResult',
  'Rule',
  'RuleKind',
  'Scheme',
  'SchemeNode',
  'ScoreInput',
  'ScoreOptions',
  'ScoreStatus',
  'Scorecard',
  'ScorecardColumn',
  'ScorecardColumns',
  'ScorecardFigures',
  'ScorecardFormat',
  'ScorecardRow',
  'ScorecardRowsInput',
  'SharedIndicator',
  'Source',
  'Status',
  'TableCell',
  'TableColumn',
  'Target',
  'TargetBoundProblem',
  'TargetEvaluation',
  'TargetKind',
  'TargetMatch',
  'TargetPatch',
  'TargetValue',
  'Task',
  'Text',
  'TieMethod',
  'ToLunarOptions',
  'TrajectoryChartData',
  'Unit',
  'UnitNames',
  'UnitRegistry',
  'UnitScore',
  'UnitSummary',
  'WorkingCalendar',
  'WorkingCalendarOptions',
];

/** Exports of `chiso` that are both a value and a type (a class). */
const ROOT_VALUE_AND_TYPE = ['ChisoError'];

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const listOf = (entry: Record<string, unknown>): string[] => Object.keys(entry).sort(byCodeUnit).map((name) => `${name}: ${typeof entry[name]}`);

/** The exports of a source entry by kind, from the TypeScript checker (what `import type` can see too). */
function exportKinds(program: ts.Program, file: string): { values: string[]; types: string[]; both: string[] } {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error(`no module symbol for ${file}`);
  const values: string[] = [];
  const types: string[] = [];
  const both: string[] = [];
  for (const s of checker.getExportsOfModule(symbol)) {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    const value = (target.flags & ts.SymbolFlags.Value) !== 0;
    const type = (target.flags & ts.SymbolFlags.Type) !== 0;
    if (value) values.push(s.name);
    else types.push(s.name);
    if (value && type) both.push(s.name);
  }
  return { values: values.sort(byCodeUnit), types: types.sort(byCodeUnit), both: both.sort(byCodeUnit) };
}

const repo = fileURLToPath(new URL('../../', import.meta.url));
const names = (list: readonly string[]): string[] => list.map((row) => row.slice(0, row.indexOf(':')));

describe('exports snapshot', () => {
  it('the lists are sorted and have no repeats (so a diff of them reads cleanly)', () => {
    for (const list of [ROOT, CATALOGS, ROOT_TYPES]) {
      expect([...list].sort(byCodeUnit)).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('chiso (src/index.ts): every runtime export, with its typeof', () => {
    expect(listOf(root), 'the root exports changed: if that is meant, update ROOT in this file').toEqual(ROOT);
  });

  it('chiso/units (src/units/index.ts): every runtime export, with its typeof', () => {
    expect([...UNITS].sort(byCodeUnit)).toEqual(UNITS);
    expect(listOf(unitsEntry), 'the units entry changed: if that is meant, update UNITS in this file').toEqual(UNITS);
  });
  it('chiso/sql (src/sql/index.ts): every runtime export, with its typeof', () => {
    expect([...SQL].sort(byCodeUnit)).toEqual(SQL);
    expect(listOf(sqlEntry), 'the sql entry changed: if that is meant, update SQL in this file').toEqual(SQL);
  });
  it('chiso/schema (src/schema/index.ts): every runtime export, with its typeof; the same functions as the root hands out', () => {
    expect(listOf(schemaEntry), 'the schema entry changed: if that is meant, update SCHEMA in this file').toEqual(SCHEMA);
    for (const name of names(SCHEMA)) expect((root as Record<string, unknown>)[name]).toBe((schemaEntry as Record<string, unknown>)[name]);
  });
  it('chiso/catalogs (src/catalogs/index.ts): every runtime export, with its typeof', () => {
    expect(listOf(catalogsEntry), 'the catalogs entry changed: if that is meant, update CATALOGS in this file').toEqual(CATALOGS);
  });

  it('chiso (src/index.ts): the type exports, and the values the checker sees are the runtime ones', () => {
    const index = `${repo}src/index.ts`;
    const catalogsIndex = `${repo}src/catalogs/index.ts`;
    const program = ts.createProgram([index, catalogsIndex], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
    const kinds = exportKinds(program, index);
    expect(kinds.types, 'the root type exports changed: if that is meant, update ROOT_TYPES in this file').toEqual(ROOT_TYPES);
    expect(kinds.both).toEqual(ROOT_VALUE_AND_TYPE);
    expect(kinds.values).toEqual(names(ROOT));
    const catalogKinds = exportKinds(program, catalogsIndex);
    expect(catalogKinds.types).toEqual([]);
    expect(catalogKinds.values).toEqual(names(CATALOGS));
  }, 60_000);

  // The built entries, when there is a build: the bundler must not lose or add an export.
  const built = (file: string) => existsSync(`${repo}dist/${file}`);
  const rebuild = 'dist/ differs from the lists: rebuild it (npx tsup) and run again; if it still differs, the bundle lost or gained an export';

  it.skipIf(!built('index.js'))('dist/index.js (ESM) exports what src/index.ts does', async () => {
    expect(listOf(await import(pathToFileURL(`${repo}dist/index.js`).href)), rebuild).toEqual(ROOT);
  });
  it.skipIf(!built('catalogs.js'))('dist/catalogs.js (ESM) exports what src/catalogs/index.ts does', async () => {
    expect(listOf(await import(pathToFileURL(`${repo}dist/catalogs.js`).href)), rebuild).toEqual(CATALOGS);
  });
  it.skipIf(!built('index.cjs'))('dist/index.cjs (require) exports the same', () => {
    expect(listOf(createRequire(import.meta.url)(`${repo}dist/index.cjs`) as Record<string, unknown>), rebuild).toEqual(ROOT);
  });
  it.skipIf(!built('catalogs.cjs'))('dist/catalogs.cjs (require) exports the same', () => {
    expect(listOf(createRequire(import.meta.url)(`${repo}dist/catalogs.cjs`) as Record<string, unknown>), rebuild).toEqual(CATALOGS);
  });
  it.skipIf(!built('schema.js'))('dist/schema.js (ESM) and dist/schema.cjs export what src/schema/index.ts does', async () => {
    expect(listOf(await import(pathToFileURL(`${repo}dist/schema.js`).href)), rebuild).toEqual(SCHEMA);
    expect(listOf(createRequire(import.meta.url)(`${repo}dist/schema.cjs`) as Record<string, unknown>), rebuild).toEqual(SCHEMA);
  });
  it.skipIf(!built('sql.js'))('dist/sql.js (ESM) exports what src/sql/index.ts does', async () => {
    expect(listOf(await import(pathToFileURL(`${repo}dist/sql.js`).href)), rebuild).toEqual(SQL);
  });
  it.skipIf(!built('units.js'))('dist/units.js (ESM) exports what src/units/index.ts does', async () => {
    expect(listOf(await import(pathToFileURL(`${repo}dist/units.js`).href)), rebuild).toEqual(UNITS);
  });
});
