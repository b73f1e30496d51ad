import * as z from 'zod/mini';
import { parseOrThrow } from '../_shared/zod';
import { ScorecardRowSchema, type ScorecardRow } from '../model/result';
import { figureDigits, type FigureDigits } from './_internal/figures';

/** The decimals a scorecard row's figures need: what {@link scorecardFigures} returns. */
export type ScorecardFigures = FigureDigits;

// Only the fields the figures are written from are read: a whole scorecard row will do (not strict).
const { status, value, gap, attainment, target } = ScorecardRowSchema.shape;
const RowSchema = z.object({ status, value, gap, attainment, target });

/**
 * The decimals a scorecard row's value, gap and attainment need so that none, rounded (half away from
 * zero), reads as the other verdict — what the tables of `renderScorecard` print, as digits for a
 * medium with number formats of its own (a spreadsheet cell keeps the exact number and shows it with
 * these decimals). The value gets 2, or more near its bound (79.999 against `≥ 80`: 3, not `80,00`);
 * the gap at least the value's, more until a not-met row's gap that is not 0 shows its first non-zero
 * digit (0.001: 3); the attainment 2 decimals of percent, more until a not-met row short of 1 shows
 * below 100 % (0.9999875 = 99.99875 %: 3, `99,999%`). A gap exactly 0 beside a strict bound (80
 * against `> 80`) or an attainment of 1 cannot be widened: they keep 2 (the tables qualify them in
 * words instead). Met rows and rows far from their bounds get 2 everywhere.
 *
 * @param row - a scorecard row (`evaluate(…).rows[i]`); only `status`, `value`, `gap`, `attainment`
 *   and `target` are read
 * @returns `{ value, gap, attainment, widened }`: each figure's decimals (`null` where the row has no
 *   such number: no data, a done / not-done value), and whether any is more than 2
 * @throws {ChisoError} when `row` is not a scorecard row's shape (a status not known, a gap below 0, an
 *   attainment outside [0, 1], a target that is not one, NaN or Infinity)
 *
 * @example
 * const target = { kind: 'threshold', op: '>=', value: 80 } as const;
 * scorecardFigures({ status: 'not-met', value: 79.999, gap: 0.001, attainment: 0.9999875, target });
 * //=> { value: 3, gap: 3, attainment: 3, widened: true }
 * scorecardFigures({ status: 'not-met', value: 36.18, gap: 43.82, attainment: 0.45225, target });
 * //=> { value: 2, gap: 2, attainment: 2, widened: false }
 */
export function scorecardFigures(row: Pick<ScorecardRow, 'status' | 'value' | 'gap' | 'attainment' | 'target'>): ScorecardFigures {
  return figureDigits(parseOrThrow(RowSchema, row, ['row']));
}
