import { fromUtcMs, toUtcMs, zoneOffsetMs } from '../../_shared/dates';
import { isRealDate } from '../../_shared/civilDate';

// Reading a dossier's times as civil days in the measuring zone, fast: the schema's pattern has
// already fixed where each field stands, and the zone's offsets and the days of date texts are cached
// per call (a few hundred distinct days however many records).

const DAY = 86_400_000;

/** A record's time in the zone. */
export interface Moment {
  /** The civil day in the zone, as days since 1970-01-01. */
  day: number;
  /** Wall-clock time in the zone as if it were UTC, in ms (for ordering two times of the same day). */
  local: number;
  dateOnly: boolean;
}

/** The two-digit number at `at` (the pattern has checked they are digits). */
function two(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/** Days since 1970-01-01 of a civil date `YYYY-MM-DD`. */
export const dayOf = (iso: string): number => toUtcMs(iso) / DAY;
/** The civil date `YYYY-MM-DD` of a day counted since 1970-01-01. */
export const isoOf = (day: number): string => fromUtcMs(day * DAY);

/** A record's time reader for one zone, with its caches: `readTime` for times, `dayOfText` for a date text (NaN for an impossible date). */
export function createTimeReader(zone: string): { readTime: (value: string | Date) => Moment | 'invalid'; dayOfText: (text: string) => number } {
  // Offsets of the zone (ms) by UTC day; null for a day on which the offset changes (then computed per time).
  const offsets = new Map<number, number | null>();
  const offsetAt = (ms: number): number => {
    const utcDay = Math.floor(ms / DAY);
    let known = offsets.get(utcDay);
    if (known === undefined) {
      const first = zoneOffsetMs(zone, utcDay * DAY);
      const last = zoneOffsetMs(zone, utcDay * DAY + DAY - 1);
      known = first === last ? first : null;
      offsets.set(utcDay, known);
    }
    return known ?? zoneOffsetMs(zone, ms);
  };

  // Civil days by their text: a few hundred distinct days however many records.
  const days = new Map<string, number>();
  const dayOfText = (text: string): number => {
    let day = days.get(text);
    if (day === undefined) {
      day = isRealDate(text) ? dayOf(text) : Number.NaN;
      days.set(text, day);
    }
    return day;
  };

  /**
   * A time of a record as a civil day in the zone, or `'invalid'`. Strings have already passed the
   * schema's pattern (`DossierTimeSchema`), so the fields sit at fixed places.
   */
  const readTime = (value: string | Date): Moment | 'invalid' => {
    if (value instanceof Date) {
      // A valid Date: quickCheck and the schema turn down an Invalid Date.
      const ms = value.getTime();
      const local = ms + offsetAt(ms);
      return { day: Math.floor(local / DAY), local, dateOnly: false };
    }
    const day = dayOfText(value.length === 10 ? value : value.slice(0, 10));
    if (Number.isNaN(day)) return 'invalid';
    if (value.length === 10) return { day, local: day * DAY, dateOnly: true };
    const h = two(value, 11);
    const min = two(value, 14);
    let at = 16;
    let s = 0;
    let fraction = 0;
    if (value.charCodeAt(at) === 58 /* : */) {
      s = two(value, 17);
      at = 19;
      if (value.charCodeAt(at) === 46 /* . */) {
        let scale = 100;
        for (at += 1; at < value.length; at += 1) {
          const digit = value.charCodeAt(at) - 48;
          if (digit < 0 || digit > 9) break;
          fraction += digit * scale;
          scale /= 10;
        }
        fraction = Math.floor(fraction);
      }
    }
    if (h > 23 || min > 59 || s > 59) return 'invalid';
    const wall = day * DAY + ((h * 60 + min) * 60 + s) * 1000 + fraction;
    if (at === value.length) return { day, local: wall, dateOnly: false };
    let offset = 0;
    if (value.charCodeAt(at) !== 90 /* Z */) {
      const oh = two(value, at + 1);
      const om = two(value, at + 4);
      if (oh > 23 || om > 59) return 'invalid';
      offset = (value.charCodeAt(at) === 45 /* - */ ? -1 : 1) * (oh * 60 + om);
    }
    const ms = wall - offset * 60_000;
    const local = ms + offsetAt(ms);
    return { day: Math.floor(local / DAY), local, dateOnly: false };
  };

  return { readTime, dayOfText };
}
