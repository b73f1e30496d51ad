export { defineCatalog } from './defineCatalog';
export { defineHierarchy } from './defineHierarchy';
export { loadCatalog } from './loadCatalog';
export { extendCatalog } from './extendCatalog';
export { retargetCatalog } from './retargetCatalog';
export type { RetargetOptions, RetargetStep } from './retargetCatalog';
export { compareCatalogs } from './compareCatalogs';
export type { CatalogComparison, SharedIndicator } from './compareCatalogs';
