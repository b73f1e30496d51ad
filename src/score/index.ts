export { score } from './score';
export type { ScoreOptions } from './score';
export { schemes } from './schemes';
