/**
 * A total order on keys that are strings or numbers: numbers first (by value), then strings (by code
 * unit). Comparing a number with a string as text would not be transitive (10 < "5" < 9 < 10), and
 * the order of mixed keys would then depend on the input order.
 */
export const compareKeys = (a: string | number, b: string | number): number =>
  typeof a === 'number' ? (typeof b === 'number' ? a - b : -1) : typeof b === 'number' ? 1 : a < b ? -1 : a > b ? 1 : 0;

/** Strings by code unit: the order ids are sorted in, whatever the host's locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
