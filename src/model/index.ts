export { TextSchema, IsoDateSchema, KebabIdSchema } from './text';
export type { Text } from './text';
export { LevelSchema, HierarchySchema } from './level';
export type { Level, Hierarchy } from './level';
export { hierarchies, threeTier2021, twoTier2025 } from './hierarchies';
export { UnitSchema } from './unit';
export type { Unit } from './unit';
export { SourceSchema } from './source';
export type { Source } from './source';
export {
  ComparisonSchema,
  ThresholdTargetSchema,
  RangeTargetSchema,
  RankTargetSchema,
  ChangeTargetSchema,
  GrowthTargetSchema,
  DoneTargetSchema,
  QualitativeTargetSchema,
  TargetSchema,
} from './target';
export type { Comparison, Target, TargetKind } from './target';
export { PillarSchema, MeasureSchema, MethodSchema, IndicatorSchema } from './indicator';
export type { Pillar, Measure, Method, Indicator } from './indicator';
export {
  PeriodSchema,
  ValueObservationSchema,
  FractionObservationSchema,
  DoneObservationSchema,
  RankObservationSchema,
  ObservationSchema,
} from './observation';
export type { Period, Observation } from './observation';
export { PlanSchema, CatalogSchema, TARGET_KINDS_BY_MEASURE } from './catalog';
export { MEASURE_BOUNDS, targetBoundProblems } from './targetBounds';
export type { MeasureBounds, TargetBoundProblem } from './targetBounds';
export type { Plan, Catalog, CatalogInput } from './catalog';
export {
  StatusSchema,
  ReasonSchema,
  TargetEvaluationSchema,
  ScorecardRowSchema,
  IgnoredObservationSchema,
  ScorecardSchema,
} from './result';
export type { Status, Reason, TargetEvaluation, ScorecardRow, IgnoredObservation, Scorecard } from './result';
export { TargetMatchSchema, TargetPatchSchema, CatalogChangesSchema } from './changes';
export type { TargetMatch, TargetPatch, CatalogChanges } from './changes';
export { ParsedPeriodSchema, ReportingStepSchema } from './period';
export type { ParsedPeriod, ReportingStep } from './period';
export { BandSchema } from './band';
export type { Band } from './band';
export { UnitRegistrySchema, CoverageSchema, AggregateStatusSchema, AggregateSchema, RollUpResultSchema } from './registry';
export type { UnitRegistry, Coverage, AggregateStatus, Aggregate, RollUpResult } from './registry';
export { LineSchema, ParagraphsSchema, RomanNumeralSchema, GroupSchema, BudgetSchema, TaskSchema, ProjectSchema } from './register';
export type { Group, Budget, Task, Project } from './register';
export {
  AggregationSchema,
  MissingPolicySchema,
  DirectionSchema,
  MinCoverageSchema,
  IndexRuleSchema,
  ProportionalRuleSchema,
  BandsRuleSchema,
  CategoricalRuleSchema,
  BooleanRuleSchema,
  MinMaxRuleSchema,
  ZScoreRuleSchema,
  DistanceToTargetRuleSchema,
  RankRuleSchema,
  PercentOfMaxRuleSchema,
  RuleSchema,
  LeafNodeSchema,
  GroupNodeSchema,
  SchemeNodeSchema,
  SchemeSchema,
  ScoreInputSchema,
  ScoreStatusSchema,
  NodeScoreSchema,
  UnitScoreSchema,
} from './scheme';
export type {
  Aggregation,
  MissingPolicy,
  Direction,
  Rule,
  RuleKind,
  LeafNode,
  GroupNode,
  SchemeNode,
  Scheme,
  ScoreInput,
  ScoreStatus,
  NodeScore,
  UnitScore,
} from './scheme';
export {
  LunarDateSchema,
  HolidayOccasionSchema,
  HolidayOccasionDefinitionSchema,
  HolidayDayRuleSchema,
  HolidayLawRuleSchema,
  HolidayLawSchema,
  HolidaySchema,
  WeekdaySchema,
  HolidayRuleSchema,
  OfficialAdjustmentSchema,
  OfficialScheduleSchema,
  WorkingCalendarSchema,
} from './calendar';
export type { LunarDate, HolidayOccasion, HolidayOccasionDefinition, HolidayDayRule, HolidayLawRule, HolidayLaw, Holiday, HolidayRule, OfficialAdjustment, OfficialSchedule, WorkingCalendar } from './calendar';
export { DossierChannelSchema, DossierServiceLevelSchema, DossierStateSchema, DossierTimeSchema, DossierSchema } from './dossier';
export type { DossierChannel, DossierServiceLevel, DossierState, DossierTime, Dossier, DossierInput } from './dossier';
