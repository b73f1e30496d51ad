import Decimal from 'decimal.js';
import { dec } from './decimal';
import { fail } from './issue';

/** The languages reports are written in. */
export type Lang = 'vi' | 'en';

/**
 * The locale numbers for people are written in: `vi-VN` (`1.234,5`) for Vietnamese, `en-US`
 * (`1,234.5`) for English.
 */
export function numberLocale(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-US';
}

/**
 * The exact decimal text of a number, never in exponent notation and never `-0`: `36.18`, `1e-7` ↦
 * `0.0000001`. This is the machine-readable form (CSV, JSON-like cells); it is read from the
 * number's shortest round-trip text, so `0.1` is `0.1`.
 */
export function formatPlain(value: number): string {
  if (value === 0) return '0';
  return dec(value).toFixed();
}

/**
 * A formatter of numbers for people, in the language's locale through `Intl.NumberFormat`: at most
 * `maximumFractionDigits` (default 2) fraction digits, thousands grouped, rounding Intl's default
 * `halfExpand` (a half goes away from zero: `0.125` ↦ `0,13`, `-0.125` ↦ `-0,13`).
 *
 * The number is handed to Intl as its exact decimal text (see {@link formatPlain}), so the rounding
 * applies to the number as it prints (`2.675` ↦ `2,68`), not to its binary approximation. A value
 * that rounds to zero prints without a sign.
 *
 * @example
 * numberFormatter('vi')(36.18);   //=> '36,18'
 * numberFormatter('vi')(1100);    //=> '1.100'
 * numberFormatter('en')(1100.5);  //=> '1,100.5'
 */
export function numberFormatter(lang: Lang, maximumFractionDigits = 2): (value: number) => string {
  const nf = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits, minimumFractionDigits: 0 });
  const negativeZero = nf.format(-0);
  const zero = nf.format(0);
  return (value: number) => {
    // Intl.NumberFormat v3 reads a string as an exact decimal; older engines read it as a number.
    const text = nf.format(formatPlain(value) as unknown as number);
    return text === negativeZero ? zero : text;
  };
}

/**
 * A formatter of fractions (0.45225) as percentages for people (`45,23%`): the fraction is scaled by
 * 100 exactly (in decimal), then formatted as by {@link numberFormatter}.
 */
export function percentFormatter(lang: Lang, maximumFractionDigits = 2): (fraction: number) => string {
  const nf = numberFormatter(lang, maximumFractionDigits);
  return (fraction: number) => `${nf(dec(fraction).times(100).toNumber())}%`;
}

/**
 * A number for people with exactly as many fraction digits as asked, however many (no `Intl` limit
 * of 20 or 100): rounded in decimal, a half away from zero, on the number as it prints; trailing
 * zeros dropped and thousands grouped, as {@link numberFormatter} writes them (`vi-VN` `1.234,567`,
 * `en-US` `1,234.567`). A value that rounds to zero prints without a sign.
 *
 * @param value - a finite number
 * @param digits - the most fraction digits to show (an integer ≥ 0)
 * @param lang - `vi` or `en`
 * @returns the number as text
 * @throws never
 *
 * @example
 * formatFixed(79.999, 3, 'vi');     //=> '79,999'
 * formatFixed(79.999, 2, 'vi');     //=> '80'
 * formatFixed(-1234.5678, 3, 'en'); //=> '-1,234.568'
 */
export function formatFixed(value: number, digits: number, lang: Lang): string {
  const rounded = dec(value).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
  const [whole = '0', fraction = ''] = rounded.abs().toFixed().split('.');
  const vi = lang === 'vi';
  const kept = fraction.replace(/0+$/, '');
  const sign = rounded.isNeg() && !rounded.isZero() ? '-' : '';
  return `${sign}${group(whole, vi ? '.' : ',')}${kept === '' ? '' : (vi ? ',' : '.') + kept}`;
}

/**
 * How many fraction digits a number has as it prints (its shortest round-trip text, never in
 * exponent form): the most a display can show of it without making digits up.
 *
 * @param value - a finite number
 * @returns the count of fraction digits (0 for an integer)
 * @throws never
 *
 * @example
 * fractionDigits(79.999); //=> 3
 * fractionDigits(1e-7);   //=> 7
 * fractionDigits(80);     //=> 0
 */
export function fractionDigits(value: number): number {
  const plain = formatPlain(value);
  const point = plain.indexOf('.');
  return point < 0 ? 0 : plain.length - point - 1;
}

/** A civil date `YYYY-MM-DD` for people: `31/12/2025` in Vietnamese, unchanged (ISO 8601) in English. */
export function formatDate(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A period (a year or a `YYYY-MM-DD` date) for people. */
export function formatPeriod(period: number | string, lang: Lang): string {
  return typeof period === 'number' ? String(period) : formatDate(period, lang);
}

/**
 * A coordinate for SVG: at most 2 decimals, no `-0`, no exponent, so the same number always prints
 * the same bytes.
 */
export function formatCoord(value: number): string {
  const r = Math.round(value * 100) / 100;
  return r === 0 ? '0' : String(r);
}

// Characters XML 1.0 cannot carry (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for XML and HTML, in element content and in quoted attributes alike: `& < > " '`
 * become entities (`&#39;` for `'`, which HTML 4 also knows), and the characters XML 1.0 cannot
 * carry at all (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE, U+FFFF) become
 * U+FFFD, so the output is always well-formed.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

function group(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/**
 * A budget in million VND (the unit of the plans' annexes), for people: from 1,000 million up in
 * tỷ (billion) đồng, below in triệu (million) đồng, at most 2 fraction digits. Exact: the amount is
 * read from its decimal text and divided and rounded in decimal (half away from zero), never through
 * a float.
 *
 * @param millionVnd - the amount in million VND as a decimal string (`'1132400'`, `'-12.5'`)
 * @param lang - `vi` (default): `1.132,4 tỷ đồng`; `en`: `1,132.4 billion VND`
 * @returns the amount in words and digits
 * @throws {ChisoError} when `millionVnd` is not a decimal string
 *
 * @example
 * formatVnd('1132400');        //=> '1.132,4 tỷ đồng'
 * formatVnd('850.125');        //=> '850,13 triệu đồng'
 * formatVnd('1132400', 'en');  //=> '1,132.4 billion VND'
 */
export function formatVnd(millionVnd: string, lang: Lang = 'vi'): string {
  if (typeof millionVnd !== 'string' || !/^-?\d+(?:\.\d+)?$/.test(millionVnd)) {
    fail({ code: 'invalid_format', path: ['millionVnd'], field: 'millionVnd', expected: 'an amount in million VND written as a decimal string, e.g. "1132400" or "12.5"', received: millionVnd });
  }
  const amount = dec(millionVnd);
  const billions = amount.abs().gte(1000);
  const scaled = (billions ? amount.div(1000) : amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const [whole = '0', fraction] = scaled.abs().toFixed().split('.');
  const vi = lang === 'vi';
  const digits = group(whole, vi ? '.' : ',') + (fraction === undefined ? '' : (vi ? ',' : '.') + fraction);
  const sign = scaled.isNeg() && !scaled.isZero() ? '-' : '';
  const unit = vi ? (billions ? 'tỷ đồng' : 'triệu đồng') : billions ? 'billion VND' : 'million VND';
  return `${sign}${digits} ${unit}`;
}
