export * from './model/index';
export * from './evaluate/index';
export * from './catalogs/index';
export { ChisoError } from './errors';
export type { ChisoIssue } from './errors';
export * from './config/index';
// A stable name of the root API (DESIGN.md); `chiso/schema` hands it out alone, for tools.
export { catalogJsonSchema } from './schema/index';
export * from './time/index';
export * from './rank/index';
export * from './measure/index';
export * from './score/index';
export * from './report/index';
