export { evaluateTarget } from './evaluateTarget';
export type { EvaluateTargetOptions, TargetValue } from './evaluateTarget';
export { evaluate } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { defineUnits } from './defineUnits';
export { rollUp } from './rollUp';
export type { RollUpOptions } from './rollUp';
export { assessCatalogProgress } from './assessCatalogProgress';
export type { CatalogProgressOptions, ProgressRow } from './assessCatalogProgress';
