export { rank } from './rank';
export type { Ranked, RankOptions, TieMethod } from './rank';
export { rankGroups } from './rankGroups';
export type { RankGroupsOptions } from './rankGroups';
export { topN } from './topN';
export { percentileRank } from './percentileRank';
export { rankChange } from './rankChange';
export type { RankMove } from './rankChange';
export { assignBand } from './assignBand';
