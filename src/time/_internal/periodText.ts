import { isRealDate } from '../../_shared/civilDate';
import { addDays, daysInMonth, isoFromParts } from '../../_shared/dates';
import { fail } from '../../_shared/issue';
import type { ParsedPeriod } from '../../model/period';

// Long enough for any period written in a plan; longer text is rejected before any regex runs.
const MAX_LENGTH = 200;

/** NFC, single spaces, trimmed, lower-case (Vietnamese diacritics kept). */
export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function checkText(text: unknown, field: string): string {
  if (typeof text !== 'string') return fail({ code: 'invalid_type', path: [], field, expected: 'a string', received: text });
  if (text.length > MAX_LENGTH) {
    return fail({ code: 'too_big', path: [], field, expected: `a period of at most ${MAX_LENGTH} characters`, received: text });
  }
  return text;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * The one check every period passes, whatever its form: a window never runs backwards (its start
 * is not after its end). Every period the parsers build goes through it (in `make`), and so does a
 * parsed period a caller hands in (`deadlineStatus`), so no form can slip past it.
 */
export function checkWindow(period: Pick<ParsedPeriod, 'text' | 'start' | 'end'>, path: readonly (string | number)[], field: string): void {
  if (period.start !== null && period.end !== null && period.start > period.end) {
    fail({ code: 'invalid_value', path, field, expected: `a period whose start (${period.start}) is not after its end (${period.end})`, received: period.text });
  }
}

/**
 * Checks a parsed period a caller hands in (rather than text): the same window check as the
 * parsers, and a yearly day that some year has (31/04 has none; 29/02 is kept for leap years).
 */
export function checkParsedPeriod(period: ParsedPeriod, path: readonly (string | number)[]): ParsedPeriod {
  checkWindow(period, path, 'period');
  const { month, day } = period.recurrence ?? {};
  if (period.kind === 'yearly-before' && month !== undefined && day !== undefined && !isRealDate(isoFromParts(2000, month, day))) {
    fail({ code: 'invalid_value', path: [...path, 'recurrence'], field: 'recurrence', expected: 'a yearly day that exists (day/month)', received: `${day}/${month}` });
  }
  return period;
}

/** Builds a period with its keys in the schema's order (so JSON output reads the same everywhere), checking its window. */
function make(text: string, field: string, kind: ParsedPeriod['kind'], start: string | null, end: string | null, extra: Partial<Pick<ParsedPeriod, 'recurrence' | 'condition' | 'leaseYears'>> = {}): ParsedPeriod {
  const period: ParsedPeriod = { text, kind, start, end, recurrence: extra.recurrence ?? null, condition: extra.condition ?? null, leaseYears: extra.leaseYears ?? null };
  checkWindow(period, [], field);
  return period;
}

function yearSpan(text: string, field: string, kind: 'year' | 'range', from: number, to: number): ParsedPeriod {
  return make(text, field, kind, isoFromParts(from, 1, 1), isoFromParts(to, 12, 31));
}

function checkYear(year: number, text: string, field: string): number {
  if (year < 1900 || year > 2199) fail({ code: 'invalid_value', path: [], field, expected: 'a year from 1900 to 2199', received: text });
  return year;
}

function checkDate(day: number, month: number, year: number, text: string, field: string): string {
  const iso = isoFromParts(year, month, day);
  if (!isRealDate(iso)) fail({ code: 'invalid_value', path: [], field, expected: 'a real calendar date (day/month/year)', received: text });
  return iso;
}

/**
 * The date-like forms: a day (`08/12/2021`, `8/12/2021`, `ngày 08 tháng 12 năm 2021`), a month
 * (`tháng 12/2021`, `tháng 12 năm 2021`), a quarter (`Quý I/2022`) or a year (`năm 2025`, `2025`).
 * Returns undefined when the text is none of these. Every pattern is anchored and free of nested
 * quantifiers, so matching is linear in the length of the text.
 */
export function matchDateLike(text: string, n: string, field: string): ParsedPeriod | undefined {
  let m = /^(?:ngày )?(\d{1,2}) ?\/ ?(\d{1,2}) ?\/ ?(\d{4})$/.exec(n) ?? /^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/.exec(n);
  if (m !== null) {
    const iso = checkDate(Number(m[1]), Number(m[2]), checkYear(Number(m[3]), text, field), text, field);
    return make(text, field, 'date', iso, iso);
  }
  m = /^tháng (\d{1,2})(?: ?\/ ?| năm )(\d{4})$/.exec(n);
  if (m !== null) {
    const month = Number(m[1]);
    const year = checkYear(Number(m[2]), text, field);
    if (month < 1 || month > 12) fail({ code: 'invalid_value', path: [], field, expected: 'a month from 1 to 12', received: text });
    return make(text, field, 'month', isoFromParts(year, month, 1), isoFromParts(year, month, daysInMonth(year, month)));
  }
  m = /^quý (iv|iii|ii|i|[1-4])(?: ?\/ ?| năm )(\d{4})$/.exec(n);
  if (m !== null) {
    const q = ROMAN[m[1] ?? ''] ?? 1;
    const year = checkYear(Number(m[2]), text, field);
    const last = q * 3;
    return make(text, field, 'quarter', isoFromParts(year, last - 2, 1), isoFromParts(year, last, daysInMonth(year, last)));
  }
  m = /^(?:năm )?(\d{4})$/.exec(n);
  if (m !== null) {
    const year = checkYear(Number(m[1]), text, field);
    return yearSpan(text, field, 'year', year, year);
  }
  return undefined;
}

/** The parts of a year that reports cover, as the error for any other part names them. */
const YEAR_PARTS = '3, 6 or 9 tháng đầu năm YYYY (the first 3, 6 or 9 months), 3 or 6 tháng cuối năm YYYY (the last 3 or 6 months), nửa đầu năm YYYY or nửa cuối năm YYYY (a half)';

/** How many months each side of a year may count: the reporting periods of the administrations. */
const PART_MONTHS: Readonly<Record<'đầu' | 'cuối', readonly number[]>> = { 'đầu': [3, 6, 9], 'cuối': [3, 6] };

/**
 * A part of a year that reports cover: `6 tháng đầu năm 2024` (the first 6 months: 01/01–30/06),
 * `9 tháng đầu năm 2024` (to 30/09), `3 tháng đầu năm 2024` (to 31/03), `6 tháng cuối năm 2024`
 * (01/07–31/12), `3 tháng cuối năm 2024` (01/10–31/12), `nửa đầu năm 2024` / `nửa cuối năm 2024`
 * (the halves); `năm` may be left out (`6 tháng đầu 2024`). A fixed window, so a `range`. Any other
 * count (`7 tháng đầu năm 2024`, `9 tháng cuối năm 2024`), a missing year or `năm nay` ("this year":
 * which year depends on the day it was written) is an error; other text is undefined.
 */
export function matchYearPart(text: string, n: string, field: string): ParsedPeriod | undefined {
  // Wide on purpose: any text of this shape is answered here, with an error naming the forms.
  const m = /^(?:(\d{1,3}) tháng|nửa) (đầu|cuối)(?: năm)?(?: (.+))?$/.exec(n);
  if (m === null) return undefined;
  const side = m[2] === 'cuối' ? 'cuối' : 'đầu';
  const months = m[1] === undefined ? 6 : Number(m[1]);
  const rest = m[3];
  const yearWritten = rest !== undefined && /^\d{4}$/.test(rest);
  if (!PART_MONTHS[side].includes(months) || (rest !== undefined && rest !== 'nay' && !yearWritten)) {
    const year = rest === undefined || rest === 'nay' ? ', with its year written' : '';
    return fail({ code: 'invalid_value', path: [], field, expected: `a part of a year written as ${YEAR_PARTS}${year}`, received: text });
  }
  if (!yearWritten) {
    const why = rest === 'nay' ? ': "năm nay" (this year) depends on the day it was written' : '';
    const written = m[1] === undefined ? `nửa ${side}` : `${months} tháng ${side}`;
    return fail({ code: 'invalid_value', path: [], field, expected: `a part of a year with its year written (${written} năm YYYY)${why}; the forms are ${YEAR_PARTS}`, received: text });
  }
  const year = checkYear(Number(rest), text, field);
  const [first, last] = side === 'đầu' ? [1, months] : [13 - months, 12];
  return make(text, field, 'range', isoFromParts(year, first, 1), isoFromParts(year, last, daysInMonth(year, last)));
}

/** Every other period form of the plans; undefined when the text is none of them. */
export function matchPeriod(text: string, n: string, field: string, inclusive: boolean): ParsedPeriod | undefined {
  const part = matchYearPart(text, n, field);
  if (part !== undefined) return part;
  // A hyphen, an en dash or an em dash: word processors turn one into another as they please.
  let m = /^(?:giai đoạn )?(\d{4}) ?[-–—] ?(\d{4})$/.exec(n);
  if (m !== null) {
    // A range written backwards (2023-2022) is caught by the window check every form goes through.
    return yearSpan(text, field, 'range', checkYear(Number(m[1]), text, field), checkYear(Number(m[2]), text, field));
  }
  m = /^thuê trong (\d{1,2}) năm (\d{4}) ?[-–—] ?(\d{4})$/.exec(n);
  if (m !== null) {
    const years = Number(m[1]);
    const from = checkYear(Number(m[2]), text, field);
    const to = checkYear(Number(m[3]), text, field);
    if (years < 1) fail({ code: 'invalid_value', path: [], field, expected: 'a lease of at least 1 year', received: text });
    const period = make(text, field, 'range', isoFromParts(from, 1, 1), isoFromParts(to, 12, 31), { leaseYears: years });
    if (to - from + 1 !== years) {
      fail({ code: 'invalid_value', path: [], field, expected: `a lease whose years (${years}) match its range (${from}–${to} is ${to - from + 1} years)`, received: text });
    }
    return period;
  }
  m = /^đến (?:hết )?năm (\d{4})$/.exec(n);
  if (m !== null) {
    const year = checkYear(Number(m[1]), text, field);
    return make(text, field, 'by', null, isoFromParts(year, 12, 31));
  }
  if (/^h[ằà]ng năm$/.test(n)) return make(text, field, 'yearly', null, null, { recurrence: { every: 'year' } });
  // `Hằng năm theo nhu cầu …` (yearly, as needed): yearly, with the qualifier kept as its condition.
  if (/^h[ằà]ng năm theo /.test(n)) {
    return make(text, field, 'yearly', null, null, { recurrence: { every: 'year' }, condition: text.normalize('NFC').replace(/\s+/g, ' ').trim() });
  }
  m = /^trước ngày (\d{1,2}) ?\/ ?(\d{1,2})(?: ?\/ ?(\d{4}))?$/.exec(n);
  if (m !== null) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    // Any leap year accepts 29/02 as a yearly day; the year's own check comes when it is resolved.
    if (m[3] !== undefined) {
      const iso = checkDate(day, month, checkYear(Number(m[3]), text, field), text, field);
      return make(text, field, 'by', null, inclusive ? iso : addDays(iso, -1));
    }
    // A leap year accepts 29/02 as a yearly day; each year's own day is resolved later.
    checkDate(day, month, 2000, text, field);
    return make(text, field, 'yearly-before', null, null, { recurrence: { every: 'year', month, day, inclusive } });
  }
  if (/^khi có hướng dẫn\b/.test(n)) {
    return make(text, field, 'conditional', null, null, { condition: text.normalize('NFC').replace(/\s+/g, ' ').trim() });
  }
  return undefined;
}

