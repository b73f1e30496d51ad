export * from './model/index';
export * from './evaluate/index';
export * from './catalogs/index';
export { ChisoError } from './errors';
export type { ChisoIssue } from './errors';
export * from './config/index';
export * from './time/index';
export * from './rank/index';
export * from './measure/index';
