// @zone-independent: computes decimals of hand-made and evaluated scorecard rows whose dates are civil days; no clock, no zone arithmetic.
// scorecardFigures: the decimals a row's value, gap and attainment need so that none, rounded, reads
// as the other verdict. The audit's expected decimals are worked out by hand in the comments; the
// property rounds the value (half away from zero) with BigInt arithmetic of its own and compares it
// with the target by cross-multiplication, never with chiso's comparison.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogs, ChisoError, evaluate, evaluateTarget, scorecardFigures, type ScorecardRow, type Target } from '../../src/index';
import { SEED } from '../fuzz/harness';
import { rationalOf, type Rational } from '../helpers';

/** A double's shortest decimal text as a rational, exponent form (`1e-7`) included. */
function rationalOfNumber(x: number): Rational {
  const m = /^(-?[\d.]+)(?:e([+-]\d+))?$/.exec(String(x));
  if (m === null) throw new Error(`not a finite number: ${x}`);
  const r = rationalOf(m[1] as string);
  const e = Number(m[2] ?? 0);
  return e >= 0 ? { n: r.n * 10n ** BigInt(e), d: r.d } : { n: r.n, d: r.d * 10n ** BigInt(-e) };
}

function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** `r` rounded to `digits` decimals, half away from zero. */
function round(r: Rational, digits: number): Rational {
  const scale = 10n ** BigInt(digits);
  const neg = r.n < 0n;
  const abs = neg ? -r.n : r.n;
  // floor(|n| · scale / d + 1/2)
  const q = (2n * abs * scale + r.d) / (2n * r.d);
  return { n: neg ? -q : q, d: scale };
}

type Op = '>=' | '>' | '<=' | '<' | '=';
type Written = { readonly op: Op; readonly bound: Rational } | { readonly min: Rational; readonly max: Rational };

function meets(v: Rational, t: Written): boolean {
  if ('min' in t) return cmp(v, t.min) >= 0 && cmp(v, t.max) <= 0;
  const s = cmp(v, t.bound);
  return { '>=': s >= 0, '>': s > 0, '<=': s <= 0, '<': s < 0, '=': s === 0 }[t.op];
}

const ZERO: Rational = { n: 0n, d: 1n };
const HUNDRED: Rational = { n: 100n, d: 1n };
const percent = (x: number): Rational => {
  const r = rationalOfNumber(x);
  return { n: r.n * 100n, d: r.d };
};

const units = [{ id: 'vp-districts', name: 'Cấp huyện, thành phố', level: 'district' }];

/** The district's row of one indicator of the real 302 catalog, as `evaluate` judges its figure. */
function auditRow(indicator: string, figure: { numerator: number; denominator: number } | { value: number }): ScorecardRow {
  const card = evaluate(catalogs.vinhPhuc302, [{ unit: 'vp-districts', indicator, period: '2023-05-31', ...figure }], { asOf: '2023-05-31', units });
  return card.rows.find((r) => r.indicator === indicator && r.status !== 'no-data') as ScorecardRow;
}

const atLeast80: Target = { kind: 'threshold', op: '>=', value: 80 };

describe('scorecardFigures: the audit rows', () => {
  it('79 999 / 100 000 and 79.999 against ≥ 80: 3 decimals for value, gap and attainment', () => {
    // 79.999 at 2 decimals is 80.00 (≥ 80: reads met), at 3 it is 79.999 (< 80): 3.
    // The gap 0.001 at 3 decimals is 0.001, not 0: 3 (never fewer than the value's).
    // The attainment 79.999 / 80 = 0.9999875 = 99.99875 %: at 2 decimals 100.00 %, at 3 99.999 %: 3.
    for (const figure of [{ numerator: 79999, denominator: 100000 }, { value: 79.999 }]) {
      const row = auditRow('tthc-dossiers-fully-online', figure);
      expect([row.status, row.value, row.gap, row.attainment]).toEqual(['not-met', 79.999, 0.001, 0.9999875]);
      expect(scorecardFigures(row)).toEqual({ value: 3, gap: 3, attainment: 3, widened: true });
    }
  });

  it('80 / 100 and 80 against > 80 ("trên 80%"): nothing to widen (gap exactly 0, attainment exactly 1)', () => {
    // 80 has no fraction digits: 80.00 is 80 itself, rightly not > 80. The gap is 0 and the
    // attainment 1: no decimals make them read otherwise (the tables qualify them in words).
    for (const figure of [{ numerator: 80, denominator: 100 }, { value: 80 }]) {
      const row = auditRow('fibre-household-coverage', figure);
      expect([row.status, row.value, row.gap, row.attainment]).toEqual(['not-met', 80, 0, 1]);
      expect(scorecardFigures(row)).toEqual({ value: 2, gap: 2, attainment: 2, widened: false });
    }
  });

  it('a row far from its bound keeps 2 everywhere: 36.18 against ≥ 80', () => {
    const row = auditRow('tthc-dossiers-fully-online', { value: 36.18 });
    expect([row.status, row.gap, row.attainment]).toEqual(['not-met', 43.82, 0.45225]);
    expect(scorecardFigures(row)).toEqual({ value: 2, gap: 2, attainment: 2, widened: false });
  });
});

describe('scorecardFigures: other rows, by hand', () => {
  const row = (target: Target, value: number) => ({ target, ...evaluateTarget(target, value) });

  it('79.9999 against ≥ 80: value and gap 4 (80.000 reads met, 79.9999 does not); attainment 99.999875 % needs 4 (100.000 at 3, 99.9999 at 4)', () => {
    expect(scorecardFigures(row(atLeast80, 79.9999))).toEqual({ value: 4, gap: 4, attainment: 4, widened: true });
  });

  it('met rows: 80.004 against ≥ 80 shows 80.00 (met, 2); 80.0001 against > 80 needs 4 (80.00 is not > 80); gap 0 and attainment 1 need nothing more', () => {
    expect(scorecardFigures(row(atLeast80, 80.004))).toEqual({ value: 2, gap: 2, attainment: 2, widened: false });
    // The gap of a met row is 0; it is written with the value's decimals.
    expect(scorecardFigures(row({ kind: 'threshold', op: '>', value: 80 }, 80.0001))).toEqual({ value: 4, gap: 4, attainment: 2, widened: true });
  });

  it('a bound from above and a range: 20.001 against ≤ 20 (3), 25.004 against 20–25 (3: 25.00 is inside)', () => {
    expect(scorecardFigures(row({ kind: 'threshold', op: '<=', value: 20 }, 20.001))).toMatchObject({ value: 3, gap: 3, widened: true });
    expect(scorecardFigures(row({ kind: 'range', min: 20, max: 25 }, 25.004))).toMatchObject({ value: 3, gap: 3, widened: true });
  });

  it('no-data rows and done / not-done values have no figures to widen', () => {
    const card = evaluate(catalogs.vinhPhuc302, [], { asOf: '2023-05-31', units });
    const empty = card.rows.find((r) => r.status === 'no-data') as ScorecardRow;
    expect(scorecardFigures(empty)).toEqual({ value: null, gap: null, attainment: null, widened: false });
    const done = { target: { kind: 'done' } as Target, ...evaluateTarget({ kind: 'done' }, false) };
    expect(scorecardFigures(done).value).toBeNull();
  });

  it('garbage is a ChisoError naming the field', () => {
    const good = row(atLeast80, 79.999);
    const bad: unknown[] = [
      null,
      'row',
      [],
      { ...good, status: 'almost' },
      { ...good, value: Number.NaN },
      { ...good, value: Number.POSITIVE_INFINITY },
      { ...good, gap: -1 },
      { ...good, attainment: 2 },
      { ...good, target: { kind: 'threshold', op: '≥', value: 80 } },
      { status: good.status, value: good.value, gap: good.gap, attainment: good.attainment },
    ];
    for (const input of bad) {
      let error: unknown;
      try {
        scorecardFigures(input as ScorecardRow);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(input)).toBeInstanceOf(ChisoError);
      expect((error as ChisoError).message).toMatch(/Expected /);
    }
    expect(() => scorecardFigures({ ...good, gap: -1 })).toThrow(/row\.gap|gap/);
  });
});

describe('property: the value rounded to its decimals compares with the target as the status says', () => {
  const OPS: readonly Op[] = ['>=', '>', '<=', '<', '='];
  const caseArb = fc
    .record({
      range: fc.boolean(),
      op: fc.constantFrom(...OPS),
      boundUnits: fc.integer({ min: 1, max: 10_000 }), // hundredths: 0.01 … 100
      width: fc.integer({ min: 0, max: 2_000 }),
      atMax: fc.boolean(),
      places: fc.integer({ min: 2, max: 7 }),
      shift: fc.integer({ min: -60, max: 60 }),
    })
    .map(({ range, op, boundUnits, width, atMax, places, shift }) => {
      const low = boundUnits / 100;
      const high = (boundUnits + width) / 100;
      const target: Target = range ? { kind: 'range', min: low, max: high } : { kind: 'threshold', op, value: low };
      const written: Written = range ? { min: rationalOf(String(low)), max: rationalOf(String(high)) } : { op, bound: rationalOf(String(low)) };
      // A value `shift` steps of 10^-places from the bound: within 0.6 of it, most within 0.01.
      const bound = BigInt(range && atMax ? boundUnits + width : boundUnits) * 10n ** BigInt(places - 2) + BigInt(shift);
      const value = Math.max(0, Number(bound) / 10 ** places);
      return { target, written, value };
    });

  it('exact verdicts; the fewest decimals that do it; a not-met gap never 0, a not-met attainment never 100 %', () => {
    const seen = { widened: 0, met: 0, notMet: 0 };
    fc.assert(
      fc.property(caseArb, ({ target, written, value }) => {
        const text = String(value);
        fc.pre(!/e/.test(text));
        const evaluation = evaluateTarget(target, value);
        const v = rationalOf(text);
        const met = meets(v, written);
        // The status itself, by cross-multiplication.
        expect(evaluation.status).toBe(met ? 'met' : 'not-met');
        const f = scorecardFigures({ target, ...evaluation });
        const digits = f.value as number;
        expect(digits).toBeGreaterThanOrEqual(2);
        expect(meets(round(v, digits), written), `${text} at ${digits}`).toBe(met);
        if (digits > 2) expect(meets(round(v, digits - 1), written), `${text} at ${digits - 1}`).toBe(!met);
        const gap = evaluation.gap as number;
        const g = f.gap as number;
        expect(g).toBeGreaterThanOrEqual(digits);
        if (!met && gap > 0) {
          expect(cmp(round(rationalOfNumber(gap), g), ZERO), `gap ${gap} at ${g}`).not.toBe(0);
          if (g > digits) expect(cmp(round(rationalOfNumber(gap), g - 1), ZERO)).toBe(0);
        }
        const attainment = evaluation.attainment as number;
        const a = f.attainment as number;
        if (!met && attainment < 1) {
          expect(cmp(round(percent(attainment), a), HUNDRED), `attainment ${attainment} at ${a}`).toBeLessThan(0);
          if (a > 2) expect(cmp(round(percent(attainment), a - 1), HUNDRED)).toBeGreaterThanOrEqual(0);
        }
        expect(f.widened).toBe(digits > 2 || g > 2 || a > 2);
        if (f.widened) seen.widened++;
        if (met) seen.met++;
        else seen.notMet++;
      }),
      { seed: SEED, numRuns: 400 },
    );
    // The generator reaches every side.
    expect(seen.widened).toBeGreaterThan(20);
    expect(seen.met).toBeGreaterThan(20);
    expect(seen.notMet).toBeGreaterThan(20);
  });
});
