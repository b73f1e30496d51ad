// The astronomy behind the Vietnamese lunisolar calendar (âm lịch).
//
// Sources (formulas and published coefficients; the code is written here):
// - Jean Meeus, "Astronomical Algorithms", 2nd ed. (Willmann-Bell, 1998):
//   - ch. 49 "Phases of the Moon": the mean new moon (49.1), the periodic terms for a new moon and the
//     14 additional planetary corrections A1…A14 (accuracy a few seconds of time);
//   - ch. 32 and Appendix III: the Earth's heliocentric longitude and radius vector from VSOP87
//     (P. Bretagnon & G. Francou, 1988), abridged as in Meeus's Appendix III (L0…L5: 64, 34, 20, 7, 3, 1
//     terms; the largest terms of R0, R1), series "D" (ecliptic and equinox of date);
//   - ch. 25 "Solar Coordinates", higher accuracy: geocentric longitude = L + 180°, the conversion to
//     FK5 (−0.09033″), nutation in longitude and aberration (−20.4898″ / R);
//   - ch. 22 "Nutation": the four-term Δψ (accuracy 0.5″).
// - ΔT = TD − UT: the polynomial expressions of F. Espenak & J. Meeus (NASA, "Five Millennium Canon of
//   Solar Eclipses", 2006) for 1860–2150 and the long-term parabola after 2150.
//
// The calendar rules (as in the Chinese calendar since 1645, with Vietnam's own meridian):
// - a month begins on the civil day (at the calendar's meridian) of a new moon;
// - month 11 is the month that contains the December solstice (major term Z11, sun at 270°);
// - when 13 new moons begin between one month 11 and the next (a leap "sui"), the first month after
//   month 11 that contains no major term (zhongqi: the sun's longitude a multiple of 30°) is a leap
//   month and takes the number of the month before it;
// - a major term belongs to the month whose civil days contain it: the sun's longitude is taken at
//   the first instant (local midnight) of each month.
// The meridian: UTC+7 from 1968-01-01 (North Vietnam switched its calendar to UTC+7 from the lunar year
// Mậu Thân 1968: Tết 1968 fell on 29 January in the North, 30 January in the South and China) and UTC+8
// (the Chinese meridian, 120° E) for instants before 1968-01-01T00:00Z. This is also the rule of the
// `date-chinese` package's CalendarVietnamese, which the tests use as an oracle for 1900–2199: the two
// agree on every day but 326, all in months without a major term that lie in 12-month suis (2033, 2052–53,
// 2128, 2147, 2185), which the oracle wrongly marks leap (test/time/lunar.test.ts lists them).

import { civilToUtcMs } from '../../_shared/dates';

const J2000 = 2451545;
/** JD (UT) of 1970-01-01T00:00Z: epoch days are whole days since then, as the civil-date helpers use. */
const JD_UNIX_EPOCH = 2440587.5;
/** JD (UT) of 1968-01-01T00:00Z: the switch from UTC+8 to UTC+7. */
const JD_1968 = 2439856.5;
const DEG = Math.PI / 180;
const ARCSEC = DEG / 3600;
const SYNODIC_MONTH = 29.530588861;

const EARTH_L: readonly (readonly number[])[] = [
  // L0: 64 terms, as [A, B, C] triples
  [
    1.75347045673, 0, 0,
    0.03341656456, 4.66925680417, 6283.0758499914,
    0.00034894275, 4.62610241759, 12566.1516999828,
    0.00003497056, 2.74411800971, 5753.3848848968,
    0.00003417571, 2.82886579606, 3.523118349,
    0.00003135896, 3.62767041758, 77713.7714681205,
    0.00002676218, 4.41808351397, 7860.4193924392,
    0.00002342687, 6.13516237631, 3930.2096962196,
    0.00001324292, 0.74246356352, 11506.7697697936,
    0.00001273166, 2.03709655772, 529.6909650946,
    0.00001199167, 1.10962944315, 1577.3435424478,
    0.0000099025, 5.23268129594, 5884.9268465832,
    0.00000901855, 2.04505443513, 26.2983197998,
    0.00000857223, 3.50849156957, 398.1490034082,
    0.00000779786, 1.17882652114, 5223.6939198022,
    0.00000753141, 2.53339053818, 5507.5532386674,
    0.00000505264, 4.58292563052, 18849.2275499742,
    0.00000492379, 4.20506639861, 775.522611324,
    0.00000356655, 2.91954116867, 0.0673103028,
    0.00000317087, 5.84901952218, 11790.6290886588,
    0.00000284125, 1.89869034186, 796.2980068164,
    0.00000271039, 0.31488607649, 10977.078804699,
    0.0000024281, 0.34481140906, 5486.777843175,
    0.0000020616, 4.80646606059, 2544.3144198834,
    0.00000205385, 1.86947813692, 5573.1428014331,
    0.00000202261, 2.45767795458, 6069.7767545534,
    0.00000155516, 0.83306073807, 213.299095438,
    0.00000132212, 3.41118275555, 2942.4634232916,
    0.00000126184, 1.0830263021, 20.7753954924,
    0.00000115132, 0.64544911683, 0.9803210682,
    0.00000102851, 0.63599846727, 4694.0029547076,
    0.00000101895, 0.97569221824, 15720.8387848784,
    0.00000101724, 4.26679821365, 7.1135470008,
    9.9206e-7, 6.20992940258, 2146.1654164752,
    9.7607e-7, 0.6810127227, 155.4203994342,
    8.5803e-7, 5.98322631256, 161000.6857376741,
    8.5128e-7, 1.29870743025, 6275.9623029906,
    8.4711e-7, 3.67080093025, 71430.69561812909,
    7.9637e-7, 1.807913307, 17260.1546546904,
    7.8756e-7, 3.03698313141, 12036.4607348882,
    7.4651e-7, 1.75508916159, 5088.6288397668,
    7.3874e-7, 3.50319443167, 3154.6870848956,
    7.3547e-7, 4.67926565481, 801.8209311238,
    6.9627e-7, 0.83297596966, 9437.762934887,
    6.2449e-7, 3.97763880587, 8827.3902698748,
    6.1148e-7, 1.81839811024, 7084.8967811152,
    5.6963e-7, 2.78430398043, 6286.5989683404,
    5.6116e-7, 4.38694880779, 14143.4952424306,
    5.5577e-7, 3.47006009062, 6279.5527316424,
    5.1992e-7, 0.18914945834, 12139.5535091068,
    5.1605e-7, 1.33282746983, 1748.016413067,
    5.1145e-7, 0.28306864501, 5856.4776591154,
    4.9e-7, 0.48735065033, 1194.4470102246,
    4.1036e-7, 5.36817351402, 8429.2412664666,
    4.0938e-7, 2.39850881707, 19651.048481098,
    3.92e-7, 6.16832995016, 10447.3878396044,
    3.677e-7, 6.04133859347, 10213.285546211,
    3.6596e-7, 2.56955238628, 1059.3819301892,
    3.5954e-7, 1.70876111898, 2352.8661537718,
    3.5566e-7, 1.77597314691, 6812.766815086,
    3.3291e-7, 0.59309499459, 17789.845619785,
    3.0412e-7, 0.44294464135, 83996.84731811189,
    3.0047e-7, 2.73975123935, 1349.8674096588,
    2.5352e-7, 3.16470953405, 4690.4798363586,
  ],
  // L1: 34 terms, as [A, B, C] triples
  [
    6283.31966747491, 0, 0,
    0.00206058863, 2.67823455584, 6283.0758499914,
    0.0000430343, 2.63512650414, 12566.1516999828,
    0.00000425264, 1.59046980729, 3.523118349,
    0.00000119261, 5.79557487799, 26.2983197998,
    0.00000108977, 2.96618001993, 1577.3435424478,
    9.3478e-7, 2.59212835365, 18849.2275499742,
    7.2122e-7, 1.13846158196, 529.6909650946,
    6.7768e-7, 1.87472304791, 398.1490034082,
    6.7327e-7, 4.40918235168, 5507.5532386674,
    5.9027e-7, 2.8879703846, 5223.6939198022,
    5.5976e-7, 2.17471680261, 155.4203994342,
    4.5407e-7, 0.39803079805, 796.2980068164,
    3.6369e-7, 0.46624739835, 775.522611324,
    2.8958e-7, 2.64707383882, 7.1135470008,
    2.0844e-7, 5.34138275149, 0.9803210682,
    1.9097e-7, 1.84628332577, 5486.777843175,
    1.8508e-7, 4.96855124577, 213.299095438,
    1.7293e-7, 2.99116864949, 6275.9623029906,
    1.6233e-7, 0.03216483047, 2544.3144198834,
    1.5832e-7, 1.43049285325, 2146.1654164752,
    1.4615e-7, 1.20532366323, 10977.078804699,
    1.2461e-7, 2.83432285512, 1748.016413067,
    1.1877e-7, 3.25804815607, 5088.6288397668,
    1.1808e-7, 5.2737979048, 1194.4470102246,
    1.1514e-7, 2.07502418155, 4694.0029547076,
    1.0641e-7, 0.76614199202, 553.5694028424,
    9.969e-8, 1.30262991097, 6286.5989683404,
    9.721e-8, 4.23925472239, 1349.8674096588,
    9.452e-8, 2.69957062864, 242.728603974,
    8.577e-8, 5.64475868067, 951.7184062506,
    7.576e-8, 5.30062664886, 2352.8661537718,
    6.385e-8, 2.65033984967, 9437.762934887,
    6.101e-8, 4.66632584188, 4690.4798363586,
  ],
  // L2: 20 terms, as [A, B, C] triples
  [
    0.0005291887, 0, 0,
    0.00008719837, 1.07209665242, 6283.0758499914,
    0.00000309125, 0.86728818832, 12566.1516999828,
    2.7339e-7, 0.05297871691, 3.523118349,
    1.6334e-7, 5.18826691036, 26.2983197998,
    1.5752e-7, 3.6845788943, 155.4203994342,
    9.541e-8, 0.75742297675, 18849.2275499742,
    8.937e-8, 2.05705419118, 77713.7714681205,
    6.952e-8, 0.8267330541, 775.522611324,
    5.064e-8, 4.66284525271, 1577.3435424478,
    4.061e-8, 1.03057162962, 7.1135470008,
    3.81e-8, 3.4405080349, 5573.1428014331,
    3.463e-8, 5.14074632811, 796.2980068164,
    3.169e-8, 6.05291851171, 5507.5532386674,
    3.02e-8, 1.19246506441, 242.728603974,
    2.886e-8, 6.11652627155, 529.6909650946,
    2.714e-8, 0.30637881025, 398.1490034082,
    2.538e-8, 2.27992810679, 553.5694028424,
    2.371e-8, 4.38118838167, 5223.6939198022,
    2.079e-8, 3.75435330484, 0.9803210682,
  ],
  // L3: 7 terms, as [A, B, C] triples
  [
    0.00000289226, 5.84384198723, 6283.0758499914,
    3.4955e-7, 0, 0,
    1.6819e-7, 5.48766912348, 12566.1516999828,
    2.962e-8, 5.19577265202, 155.4203994342,
    1.288e-8, 4.72200252235, 3.523118349,
    7.14e-9, 5.30045809128, 18849.2275499742,
    6.35e-9, 5.96925937141, 242.728603974,
  ],
  // L4: 3 terms, as [A, B, C] triples
  [
    0.00000114084, 3.14159265359, 0,
    7.717e-8, 4.13446589358, 6283.0758499914,
    7.65e-9, 3.83803776214, 12566.1516999828,
  ],
  // L5: 1 terms, as [A, B, C] triples
  [
    8.78e-9, 3.14159265359, 0,
  ],
];

const EARTH_R: readonly (readonly number[])[] = [
  // R0: 6 terms, as [A, B, C] triples
  [
    1.00013988799, 0, 0,
    0.01670699626, 3.09846350771, 6283.0758499914,
    0.00013956023, 3.0552460962, 12566.1516999828,
    0.0000308372, 5.19846674381, 77713.7714681205,
    0.00001628461, 1.17387749012, 5753.3848848968,
    0.00001575568, 2.84685245825, 7860.4193924392,
  ],
  // R1: 2 terms, as [A, B, C] triples
  [
    0.00103018608, 1.10748969588, 6283.0758499914,
    0.00001721238, 1.06442301418, 12566.1516999828,
  ],
];

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
  let jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
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
function deltaTDays(jd: number): number {
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

/** The calendar's offset from UTC, in hours, at an instant (JD, UT): 8 before 1968, 7 from 1968. */
export function offsetHours(jdUt: number): number {
  return jdUt < JD_1968 ? 8 : 7;
}

/** A lunar month as the calendar sees it: its first civil day and the offset it was reckoned with. */
interface MonthStart {
  /** Whole days since 1970-01-01 of the month's first day (the new moon's civil day). */
  readonly day: number;
  /** Hours east of UTC of the meridian used for this new moon. */
  readonly offset: number;
}

/** The civil day (in the calendar's meridian) on which the k-th new moon falls. */
export function monthStart(k: number): MonthStart {
  const jde = newMoonJde(k);
  const jdUt = jde - deltaTDays(jde);
  const offset = offsetHours(jdUt);
  return { day: Math.floor(jdUt - JD_UNIX_EPOCH + offset / 24), offset };
}

/** The number (0…11) of the 30° arc of solar longitude the sun is in at the first instant of a month. */
function arcAtStart(start: MonthStart): number {
  const jdUt = JD_UNIX_EPOCH + start.day - start.offset / 24;
  return solarArc(jdUt + deltaTDays(jdUt));
}

/** The month containing a civil day: the index k of its new moon, its start and the next month's. */
export function monthOf(day: number): { readonly k: number; readonly start: MonthStart; readonly next: MonthStart } {
  let k = Math.floor((JD_UNIX_EPOCH + day + 0.5 - 2451550.09766) / SYNODIC_MONTH);
  let start = monthStart(k);
  let next = monthStart(k + 1);
  while (next.day <= day) {
    k += 1;
    start = next;
    next = monthStart(k + 1);
  }
  while (start.day > day) {
    k -= 1;
    next = start;
    start = monthStart(k);
  }
  return { k, start, next };
}

/** The index k of the new moon that begins the month containing the civil day `day` (days since 1970-01-01). */
export function monthIndexOf(day: number): number {
  return monthOf(day).k;
}

/** The index of the new moon that begins month 11 — the month containing the December solstice of `year`. */
export function month11(year: number): number {
  // The month containing 31 December begins at most 30 days earlier; if the sun has already passed
  // 270° when it begins, the solstice fell in the month before.
  // Only the years 1899–2200 reach here (toLunar and fromLunar accept 1900–2199), but a civil date
  // becomes a time value through the one helper whatever its year.
  const { k, start } = monthOf(civilToUtcMs(year, 12, 31) / 86_400_000);
  return arcAtStart(start) === 9 ? k - 1 : k;
}

/** One lunar month of a sui (from one month 11 to the next). */
export interface LunarMonth {
  /** The new-moon index of the month. */
  readonly k: number;
  /** Its first civil day (days since 1970-01-01). */
  readonly start: number;
  /** Its number of days (29 or 30). */
  readonly length: number;
  readonly month: number;
  readonly leap: boolean;
}

/**
 * The months of a sui — from the month 11 with new-moon index `a` to the next month 11, index `b` —
 * numbered, with the leap month marked. Only the first `upTo + 1` months are returned when `upTo` is
 * given (later months cannot change the numbering of earlier ones).
 */
export function suiMonths(a: number, b: number, upTo = b - a - 1): LunarMonth[] {
  const last = Math.min(upTo, b - a - 1);
  const starts: MonthStart[] = [];
  for (let i = 0; i <= last + 1; i += 1) starts.push(monthStart(a + i));
  const leapAt = leapPosition(a, b, last);
  const months: LunarMonth[] = [];
  for (let i = 0; i <= last; i += 1) {
    const shift = leapAt !== -1 && i >= leapAt ? 1 : 0;
    const start = (starts[i] as MonthStart).day;
    months.push({
      k: a + i,
      start,
      length: (starts[i + 1] as MonthStart).day - start,
      month: ((10 + i - shift) % 12) + 1,
      leap: i === leapAt,
    });
  }
  return months;
}

/** A lunar date: the year is the Gregorian year in which its Tết (month 1, day 1) falls. */
export interface LunarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/** Whether a month is the (non-leap) month 1, the month of Tết. */
function isFirstMonth(m: LunarMonth): boolean {
  return m.month === 1 && !m.leap;
}

/**
 * The position of the leap month in the sui from month 11 `a` to month 11 `b` — the first month
 * without a major term when the sui has 13 months — looking no further than position `upTo`; −1 when
 * there is none up to there.
 */
function leapPosition(a: number, b: number, upTo: number): number {
  if (b - a !== 13) return -1;
  let arc = arcAtStart(monthStart(a + 1));
  for (let i = 1; i <= Math.min(upTo, 12); i += 1) {
    const next = arcAtStart(monthStart(a + i + 1));
    if (next === arc) return i;
    arc = next;
  }
  return -1;
}

/** The lunar date of a civil day (days since 1970-01-01). */
export function lunarFromDay(day: number): LunarParts {
  const year = new Date(day * 86_400_000).getUTCFullYear();
  const { k, start } = monthOf(day);
  // The day lies between month 11 of the previous December and month 11 of the next one.
  let december = year;
  let a = month11(year);
  let b: number;
  if (k >= a) {
    b = month11(year + 1);
  } else {
    december = year - 1;
    b = a;
    a = month11(year - 1);
  }
  const position = k - a;
  const leapAt = leapPosition(a, b, position);
  const shift = leapAt !== -1 && position >= leapAt ? 1 : 0;
  // Month 1 is at position 2, or 3 after a leap month 11 or 12; months before it belong to the lunar
  // year that began before this December.
  const tet = leapAt === 1 || leapAt === 2 ? 3 : 2;
  return {
    year: position >= tet ? december + 1 : december,
    month: ((10 + position - shift) % 12) + 1,
    day: day - start.day + 1,
    leap: position === leapAt,
  };
}

/** The months of lunar year `year` in order: 1 … 12 with its leap month, if any. */
export function lunarYearMonths(year: number): LunarMonth[] {
  const a = month11(year - 1);
  const b = month11(year);
  const first = suiMonths(a, b);
  const second = suiMonths(b, month11(year + 1), 3);
  return [...first.slice(first.findIndex(isFirstMonth)), ...second.slice(0, second.findIndex(isFirstMonth))];
}

/** Whether the month that begins with the k-th new moon contains a major solar term (zhongqi). */
export function hasMajorTerm(k: number): boolean {
  return arcAtStart(monthStart(k)) !== arcAtStart(monthStart(k + 1));
}
