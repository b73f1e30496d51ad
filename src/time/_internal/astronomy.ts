// The astronomy behind the Vietnamese lunisolar calendar (âm lịch): new moons, the sun's longitude, ΔT.
// The calendar's rules that use them are in `lunar.ts`.
//
// Sources (formulas and published coefficients; the code is written here):
// - Jean Meeus, "Astronomical Algorithms", 2nd ed. (Willmann-Bell, 1998):
//   - ch. 49 "Phases of the Moon": the mean new moon (49.1), the periodic terms for a new moon and the
//     14 additional planetary corrections A1…A14 (accuracy a few seconds of time);
//   - ch. 32 and Appendix III: the Earth's heliocentric longitude and radius vector from VSOP87
//     (`earthVsop87.ts`);
//   - ch. 25 "Solar Coordinates", higher accuracy: geocentric longitude = L + 180°, the conversion to
//     FK5 (−0.09033″), nutation in longitude and aberration (−20.4898″ / R);
//   - ch. 22 "Nutation": the four-term Δψ (accuracy 0.5″).
// - ΔT = TD − UT: the polynomial expressions of F. Espenak & J. Meeus (NASA, "Five Millennium Canon of
//   Solar Eclipses", 2006) for 1860–2150 and the long-term parabola after 2150.

import { EARTH_L, EARTH_R } from './earthVsop87';

/** JD of the J2000.0 epoch (2000-01-01T12:00 TD). */
const J2000 = 2451545;
const DEG = Math.PI / 180;
const ARCSEC = DEG / 3600;
/** The mean synodic month, in days (Meeus 49.1). */
export const SYNODIC_MONTH = 29.530588861;
/** JDE of the mean new moon k = 0 (2000-01-06; Meeus 49.1). */
export const NEW_MOON_0 = 2451550.09766;

/** Meeus ch. 49, the additional corrections A2…A14: [amplitude (days), argument at k = 0 (°), rate per lunation (°)]. */
const PLANETARY_TERMS: readonly (readonly number[])[] = [
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * The instant of the k-th new moon after the one of 2000-01-06 (k = 0), as a Julian Ephemeris Day
 * (dynamical time, TD). Meeus (49.1) with the periodic terms of ch. 49.
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  let jde = NEW_MOON_0 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  // Sun's mean anomaly M, Moon's mean anomaly M′ (mp), Moon's argument of latitude F, ascending node Ω.
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * DEG;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * DEG;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * DEG;
  const om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * DEG;
  jde +=
    -0.4072 * Math.sin(mp) +
    0.17241 * e * Math.sin(m) +
    0.01608 * Math.sin(2 * mp) +
    0.01039 * Math.sin(2 * f) +
    0.00739 * e * Math.sin(mp - m) -
    0.00514 * e * Math.sin(mp + m) +
    0.00208 * e * e * Math.sin(2 * m) -
    0.00111 * Math.sin(mp - 2 * f) -
    0.00057 * Math.sin(mp + 2 * f) +
    0.00056 * e * Math.sin(2 * mp + m) -
    0.00042 * Math.sin(3 * mp) +
    0.00042 * e * Math.sin(m + 2 * f) +
    0.00038 * e * Math.sin(m - 2 * f) -
    0.00024 * e * Math.sin(2 * mp - m) -
    0.00017 * Math.sin(om) -
    0.00007 * Math.sin(mp + 2 * m) +
    0.00004 * Math.sin(2 * mp - 2 * f) +
    0.00004 * Math.sin(3 * m) +
    0.00003 * Math.sin(mp + m - 2 * f) +
    0.00003 * Math.sin(2 * mp + 2 * f) -
    0.00003 * Math.sin(mp + m + 2 * f) +
    0.00003 * Math.sin(mp - m + 2 * f) -
    0.00002 * Math.sin(mp - m - 2 * f) -
    0.00002 * Math.sin(3 * mp + m) +
    0.00002 * Math.sin(4 * mp);
  // A1 also has a secular term, −0.009173 T².
  jde += 0.000325 * Math.sin((299.77 + 0.107408 * k - 0.009173 * t2) * DEG);
  for (const [amplitude = 0, phase = 0, rate = 0] of PLANETARY_TERMS) jde += amplitude * Math.sin((phase + rate * k) * DEG);
  return jde;
}

/** ΔT = TD − UT in seconds at a decimal year (Espenak & Meeus, 2006). */
export function deltaTSeconds(year: number): number {
  if (year < 1900) {
    const t = year - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  if (year < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - year);
  return -20 + 32 * u * u;
}

/** ΔT in days at an instant given as a Julian Day (the difference between JD in UT and in TD is immaterial here). */
export function deltaTDays(jd: number): number {
  return deltaTSeconds(2000 + (jd - J2000) / 365.2425) / 86400;
}

/** Σ over the series of Σ A·cos(B + C·τ) · τ^i (Meeus 32.2). */
function vsop(series: readonly (readonly number[])[], tau: number): number {
  let sum = 0;
  let power = 1;
  for (const terms of series) {
    let s = 0;
    for (let i = 0; i + 2 < terms.length; i += 3) s += (terms[i] as number) * Math.cos((terms[i + 1] as number) + (terms[i + 2] as number) * tau);
    sum += s * power;
    power *= tau;
  }
  return sum;
}

/**
 * The sun's apparent geocentric longitude, in degrees [0, 360), at an instant given as a Julian
 * Ephemeris Day (Meeus ch. 25, higher accuracy).
 */
export function sunLongitude(jde: number): number {
  const tau = (jde - J2000) / 365250;
  const t = tau * 10;
  const l = vsop(EARTH_L, tau);
  const r = vsop(EARTH_R, tau);
  // Nutation in longitude (Meeus ch. 22, the four main terms).
  const om = (125.04452 - 1934.136261 * t) * DEG;
  const ls = (280.4665 + 36000.7698 * t) * DEG;
  const lm = (218.3165 + 481267.8813 * t) * DEG;
  const dpsi = (-17.2 * Math.sin(om) - 1.32 * Math.sin(2 * ls) - 0.23 * Math.sin(2 * lm) + 0.21 * Math.sin(2 * om)) * ARCSEC;
  const lambda = l + Math.PI - 0.09033 * ARCSEC + dpsi - (20.4898 * ARCSEC) / r;
  const deg = (lambda / DEG) % 360;
  return deg < 0 ? deg + 360 : deg;
}

/**
 * The number (0…11) of the 30° arc the sun's apparent longitude is in at an instant (JDE). The
 * low-accuracy solar longitude of Meeus ch. 25 (within 0.011° of the full one over 1900–2200) decides
 * unless the sun is within 0.05° of a multiple of 30°; then the full computation does.
 */
export function solarArc(jde: number): number {
  const t = (jde - J2000) / 36525;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * DEG;
  const center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
  const lambda = 280.46646 + 36000.76983 * t + 0.0003032 * t * t + center - 0.00569 - 0.00478 * Math.sin((125.04 - 1934.136 * t) * DEG);
  const rough = ((lambda % 360) + 360) % 360;
  const edge = rough % 30;
  if (edge > 0.05 && edge < 29.95) return Math.floor(rough / 30);
  return Math.floor(sunLongitude(jde) / 30);
}
