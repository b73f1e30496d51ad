export { budgetTotals } from './budgetTotals';
export type { BudgetTotal, BudgetTotalsOptions } from './budgetTotals';
export { measureDossiers } from './measureDossiers';
export type { DossierIssue, DossierMeasure, DossierMeasurement, DossierObservation, DossierPeriod, MeasureDossiersOptions } from './measureDossiers';
export { measureDossiersAsync } from './measureDossiersAsync';
