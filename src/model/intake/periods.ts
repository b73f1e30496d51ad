import type { Period } from '../observation';

/** Sort key of a period: a year counts as its last day, so a year figure supersedes a date within it. */
export function periodKey(period: Period): string {
  return typeof period === 'number' ? `${period}-12-31~` : period;
}

export function periodUsable(period: Period, asOf: string): boolean {
  return typeof period === 'number' ? period <= Number(asOf.slice(0, 4)) : period <= asOf;
}

