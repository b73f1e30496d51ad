export { rank } from './rank';
export type { Ranked, RankOptions, TieMethod } from './rank';
