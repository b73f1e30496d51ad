export { score } from './score';
export type { ScoreOptions } from './score';
export { composite } from './composite';
export type { CompositeComponent, CompositeOptions, CompositeResult } from './composite';
export { schemes } from './schemes';
