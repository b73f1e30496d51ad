import Decimal from 'decimal.js';

// A private constructor with room for exact products: a JS number has at most 17 significant digits,
// so products and powers used in comparisons stay far below this precision and are exact.
let Exact: typeof Decimal | undefined;

/** An exact decimal from a JS number (read as its shortest round-trip text, so 0.1 is 0.1). */
export function dec(value: number | string | Decimal): Decimal {
  Exact ??= Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 40 });
  return new Exact(value);
}

/** The nearest JS number, with -0 folded to 0 so output never shows "-0". */
export function toNumber(value: Decimal): number {
  const n = value.toNumber();
  return n === 0 ? 0 : n;
}
