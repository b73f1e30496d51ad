export { renderScorecard } from './renderScorecard';
export type { RenderScorecardOptions, ScorecardFormat, UnitNames } from './renderScorecard';
export { renderTable } from './renderTable';
export type { RenderTableOptions, ReportTable, TableCell, TableColumn } from './renderTable';
export { renderChart } from './renderChart';
export type { ChartDataByKind, ChartKind, RenderChartOptions } from './renderChart';
export { reportLabels } from './labels';
export type { ReportLabelSet, ReportLang, ScorecardColumn } from './labels';
export {
  ProgressChartDataSchema,
  RankingChartDataSchema,
  RankIntervalsChartDataSchema,
  TrajectoryChartDataSchema,
} from '../model/report';
export type { ProgressChartData, RankingChartData, RankIntervalsChartData, TrajectoryChartData } from '../model/report';
