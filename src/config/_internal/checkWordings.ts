import type { ChisoIssue } from '../../errors';
import { formatReceived, makeIssue } from '../../_shared/issue';
import { readWording, type WordingReading } from './readWording';

/** What {@link checkWordings} found: the contradictions, and how many wordings it read and left. */
export interface WordingCheck {
  /** One `wording_mismatch` issue per field the wording contradicts. */
  readonly issues: ChisoIssue[];
  /** Targets with a number (not `done` or `qualitative`) whose wording was read and compared. */
  readonly read: number;
  /** Targets with a number and a wording that was not read for sure, or says another kind of target. */
  readonly skipped: number;
}

type Key = string | number;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const ONE_WAY = ['>=', '<='];
const COMPARISONS = ['>=', '>', '<=', '<', '='];

/** A field the wording contradicts: which, what the wording says, what the target has. */
interface Contradiction {
  readonly field: 'op' | 'value' | 'min' | 'max' | 'top' | 'kind';
  readonly says: string | number;
  readonly has: unknown;
}

/**
 * The fields of one target that contradict what its wording says; `undefined` where the reading
 * does not fit the target's kind and says nothing for sure about it (`80%` on a range, `nhóm 3` on
 * a threshold). A range read (`từ 20-25%`) on a threshold, change or growth target is a wrong kind.
 * Fields of the wrong type are left to the schema.
 */
function contradictions(reading: WordingReading, target: Record<string, unknown>, measure: unknown): Contradiction[] | undefined {
  const kind = target['kind'];
  const found: Contradiction[] = [];
  const compare = (field: Contradiction['field'], says: string | number): void => {
    if (target[field] !== says) found.push({ field, says, has: target[field] });
  };
  const comparable = (ops: readonly string[]) => typeof target['op'] === 'string' && ops.includes(target['op']) && isNumber(target['value']);
  switch (reading.kind) {
    case 'compare':
      // A change or growth target compares one way only: `trên 7%` cannot be written on it, so it is not read.
      if (kind === 'threshold' && comparable(COMPARISONS)) break;
      if ((kind === 'change' || kind === 'growth') && comparable(ONE_WAY) && ONE_WAY.includes(reading.op)) break;
      return undefined;
    case 'change':
      // `giảm 30%` as a threshold is a change only where the value is one (a percent-change indicator).
      if ((kind === 'change' || kind === 'growth') && comparable(ONE_WAY)) break;
      if (kind === 'threshold' && measure === 'percent-change' && comparable(COMPARISONS)) break;
      return undefined;
    case 'range':
      if (kind === 'range' && isNumber(target['min']) && isNumber(target['max'])) {
        // A reduction of 40–60 % is a change of −60 to −40 % where the value is a change (`0 -`: never −0).
        const reduce = reading.reduction && measure === 'percent-change';
        compare('min', reduce ? 0 - reading.max : reading.min);
        compare('max', reduce ? 0 - reading.min : reading.max);
        return found;
      }
      // Written as one bound, a range loses the other; a rank cannot be a range, so it is not read.
      return kind === 'threshold' || kind === 'change' || kind === 'growth' ? [{ field: 'kind', says: 'range', has: kind }] : undefined;
    case 'rank':
      if (kind === 'rank' && isNumber(target['top'])) {
        compare('top', reading.top);
        return found;
      }
      // `nhóm 3` on another kind may be a group, not a rank: not read.
      return undefined;
  }
  if (!sameAtBound(reading, target, measure)) compare('op', reading.op);
  compare('value', reading.value);
  return found;
}

/**
 * `= 100` on a share says what `100%` (at least 100) says, since no share is above 100; so does `= 0`
 * for `tối đa 0%` on a share or a count, which none is below.
 */
function sameAtBound(reading: WordingReading & { kind: 'compare' | 'change' }, target: Record<string, unknown>, measure: unknown): boolean {
  if (target['op'] !== '=' || target['value'] !== reading.value || target['kind'] !== 'threshold') return false;
  const share = measure === 'percent' || measure === 'grdp-share';
  return (reading.op === '>=' && share && reading.value === 100) || (reading.op === '<=' && (share || measure === 'count') && reading.value === 0);
}

/**
 * Checks every target's `wording` against its comparison, as "Reading the targets exactly" reads
 * it: a wording read for sure ({@link readWording}) that says another operator, number or kind than
 * the target is an issue (`wording_mismatch`) at the field it contradicts. A wording that cannot be
 * read for sure is left alone, and so are `done` and `qualitative` targets (no number to compare).
 * The catalog may be unvalidated input: fields of the wrong shape are skipped (the schema reports them).
 *
 * @param catalog - a catalog, or input meant to be one
 * @param prefix - the path of the catalog in the call's input (`['result']` for `extendCatalog`)
 * @returns the issues, and how many wordings were read and skipped
 * @throws never
 *
 * @example
 * const check = checkWordings({ indicators: [{ id: 'fibre', measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 90, wording: 'trên 90%' }] }] });
 * check.issues[0]?.message;
 * //=> 'Expected indicators[0].targets[0].op (indicator "fibre") to be ">" as "trên 90%" says but got ">=".'
 * check.read;
 * //=> 1
 */
export function checkWordings(catalog: unknown, prefix: readonly Key[] = []): WordingCheck {
  const issues: ChisoIssue[] = [];
  let read = 0;
  let skipped = 0;
  const indicators = isObject(catalog) ? catalog['indicators'] : undefined;
  if (!Array.isArray(indicators)) return { issues, read, skipped };
  indicators.forEach((indicator: unknown, i) => {
    if (!isObject(indicator) || !Array.isArray(indicator['targets'])) return;
    const id = typeof indicator['id'] === 'string' ? indicator['id'] : undefined;
    (indicator['targets'] as unknown[]).forEach((target, j) => {
      if (!isObject(target) || target['kind'] === 'done' || target['kind'] === 'qualitative') return;
      const wording = target['wording'];
      if (typeof wording !== 'string') return;
      const reading = readWording(wording);
      const found = reading === undefined ? undefined : contradictions(reading, target, indicator['measure']);
      if (found === undefined) {
        skipped += 1;
        return;
      }
      read += 1;
      for (const { field, says, has } of found) {
        issues.push(
          makeIssue({
            code: 'wording_mismatch',
            path: [...prefix, 'indicators', i, 'targets', j, field],
            indicator: id,
            field,
            expected: `${typeof says === 'string' ? JSON.stringify(says) : formatReceived(says)} as "${formatReceived(wording)}" says`,
            received: has,
          }),
        );
      }
    });
  });
  return { issues, read, skipped };
}
