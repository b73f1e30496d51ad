export type { AdministrativeLevel, AdministrativeUnit, CrosswalkEntry, ReformRelation, UnitSet, UnitSetId } from './types';
export { unitSet } from './unitSet';
export { findUnitByCode } from './findUnitByCode';
export { findUnits, type FindUnitsOptions } from './findUnits';
export { officialUnits, type OfficialUnitsOptions } from './officialUnits';
export { reformCrosswalk } from './reformCrosswalk';
export { provinceMap, type ProvinceMapEntry } from './provinceMap';
export { carryAcrossReform, type CarriedFigure, type CarryOptions, type CarryResult } from './carryAcrossReform';
export { mergedProvinceMean } from './mergedProvinceMean';
