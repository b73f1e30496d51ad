export { renderScorecard } from './renderScorecard';
export type { RenderScorecardOptions, ScorecardFormat, UnitNames } from './renderScorecard';
export { renderScorecardPage } from './renderScorecardPage';
export type { RenderScorecardPageOptions } from './renderScorecardPage';
export { renderTable } from './renderTable';
export type { RenderTableOptions, ReportTable, TableCell, TableColumn } from './renderTable';
export { renderChart } from './renderChart';
export type { ChartDataByKind, ChartKind, RenderChartOptions } from './renderChart';
export { progressChartData } from './progressChartData';
export type { ProgressChartDataOptions } from './progressChartData';
export { rankingChartData } from './rankingChartData';
export type { RankingChartDataOptions } from './rankingChartData';
export { rankIntervalsChartData } from './rankIntervalsChartData';
export type { RankIntervalsChartDataOptions } from './rankIntervalsChartData';
export { scorecardFigures } from './scorecardFigures';
export type { ScorecardFigures } from './scorecardFigures';
export { reportLabels } from './labels';
export type { ReportLabelSet, ReportLang, ScorecardColumn } from './labels';
export {
  ProgressChartDataSchema,
  RankingChartDataSchema,
  RankIntervalsChartDataSchema,
  TrajectoryChartDataSchema,
} from '../model/report';
export type { ProgressChartData, RankingChartData, RankIntervalsChartData, TrajectoryChartData } from '../model/report';
