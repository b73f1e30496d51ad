// The compiled scheme: flat arrays in scheme (pre-)order, built once per call, so the row loops
// index typed arrays instead of walking the tree.
import type Decimal from 'decimal.js';
import { dec, toNumber } from '../../_shared/decimal';
import { statedPoints, type GroupNode, type LeafNode, type Rule, type SchemeNode } from '../../model/scheme';
import { R_BANDS, R_BOOLEAN, R_CATEGORICAL, R_DISTANCE, R_INDEX, R_MINMAX, R_MINMAX_PEERS, R_PERCENT_OF_MAX, R_PROPORTIONAL, R_RANK, R_ZSCORE } from './codes';
import { TWO_53, decimalPlaces } from './places';

const isGroup = (node: SchemeNode): node is GroupNode => 'children' in node;

/** A `bands` rule, highest min first. A min is also kept as the integer `scaled` ÷ `pow` (10^k) when it can be. */
export interface BandPlan {
  readonly min: Float64Array;
  readonly index: Float64Array;
  readonly scaled: Float64Array;
  readonly pow: Float64Array;
}

/** A leaf as the row loops read it: its rule's code and parameters, worked out once. */
export interface LeafPlan {
  readonly node: LeafNode;
  readonly code: number;
  readonly lower: boolean;
  /** `reference`, `target`, or the fixed `min` of a minmax rule. */
  readonly a: number;
  /** The fixed `max` of a minmax rule. */
  readonly b: number;
  /** The decimal places of a fixed minmax's goalposts (the more of the two), or −1. */
  readonly places: number;
  readonly truncate: boolean;
  readonly bands: BandPlan | undefined;
  readonly categories: ReadonlyMap<string, number> | undefined;
}

/** The compiled scheme: one entry per node in scheme (pre-)order, and the leaves' plans. */
export interface Plan {
  readonly ids: readonly string[];
  /** Leaf number of a node, −1 for a group. */
  readonly leafOf: Int32Array;
  /** Weight among its siblings. */
  readonly weight: Float64Array;
  readonly dWeight: readonly Decimal[];
  readonly max: readonly number[];
  /** A group's total children weight. */
  readonly total: Float64Array;
  readonly dTotal: readonly Decimal[];
  readonly geometric: Uint8Array;
  /** Children of node j: childList[childStart[j] .. childStart[j + 1]). */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** The leaf numbers under each node. */
  readonly leavesUnder: readonly (readonly number[])[];
  readonly leaves: readonly LeafPlan[];
}

function planBands(rule: Extract<Rule, { kind: 'bands' }>): BandPlan {
  const sorted = [...rule.bands].sort((x, y) => (x.min < y.min ? 1 : x.min > y.min ? -1 : 0));
  const n = sorted.length;
  const plan: BandPlan = { min: new Float64Array(n), index: new Float64Array(n), scaled: new Float64Array(n), pow: new Float64Array(n) };
  sorted.forEach((band, i) => {
    plan.min[i] = band.min;
    plan.index[i] = band.index;
    if (Number.isSafeInteger(band.min)) {
      plan.scaled[i] = band.min;
      plan.pow[i] = 1;
      return;
    }
    // The min as written (its shortest decimal text): M ÷ 10^k with M a safe integer, when it is one.
    const d = dec(band.min);
    const k = d.decimalPlaces();
    const m = d.times(dec(10).pow(k));
    if (k <= 15 && m.abs().lt(TWO_53)) {
      plan.scaled[i] = m.toNumber();
      plan.pow[i] = 10 ** k;
    }
  });
  return plan;
}

function planLeaf(node: LeafNode): LeafPlan {
  const rule = node.rule;
  const lower = 'direction' in rule && rule.direction === 'lower';
  // One object literal, so every leaf plan has one shape (the hot loops see one map).
  const make = (code: number, a = 0, b = 1, truncate = true, bands?: BandPlan, categories?: ReadonlyMap<string, number>): LeafPlan => {
    const pa = decimalPlaces(a);
    const pb = decimalPlaces(b);
    const places = pa < 0 || pb < 0 ? -1 : Math.max(pa, pb);
    return { node, code, lower, a, b, places, truncate, bands, categories };
  };
  switch (rule.kind) {
    case 'index':
      return make(R_INDEX);
    case 'proportional':
      return make(R_PROPORTIONAL, rule.reference);
    case 'distanceToTarget':
      return make(R_DISTANCE, rule.target);
    case 'bands':
      return make(R_BANDS, 0, 1, true, planBands(rule));
    case 'categorical':
      return make(R_CATEGORICAL, 0, 1, true, undefined, new Map(Object.entries(rule.map)));
    case 'boolean':
      return make(R_BOOLEAN);
    case 'minmax':
      if (rule.min === undefined || rule.max === undefined) return make(R_MINMAX_PEERS);
      return make(R_MINMAX, rule.min, rule.max, rule.truncate !== false);
    case 'zscore':
      return make(R_ZSCORE);
    case 'rank':
      return make(R_RANK);
    case 'percentOfMax':
      return make(R_PERCENT_OF_MAX);
  }
}

/**
 * Flattens the tree; weights and maxes are worked out in decimal (once), then read as numbers.
 *
 * @param root - the scheme's root node (validated)
 * @returns the plan: every node's arrays in scheme (pre-)order, and one plan per leaf
 */
export function compile(root: SchemeNode): Plan {
  const ids: string[] = [];
  const leafOf: number[] = [];
  const weight: number[] = [];
  const dWeight: Decimal[] = [];
  const max: number[] = [];
  const total: number[] = [];
  const dTotal: Decimal[] = [];
  const geometric: number[] = [];
  const children: number[][] = [];
  const leavesUnder: number[][] = [];
  const leaves: LeafPlan[] = [];
  const visit = (node: SchemeNode, w: Decimal, m: Decimal): number => {
    const j = ids.length;
    ids.push(node.id);
    weight.push(toNumber(w));
    dWeight.push(w);
    max.push(toNumber(m));
    total.push(0);
    dTotal.push(w);
    geometric.push(0);
    children.push([]);
    if (!isGroup(node)) {
      leafOf.push(leaves.length);
      leavesUnder.push([leaves.length]);
      leaves.push(planLeaf(node));
      return j;
    }
    leafOf.push(-1);
    leavesUnder.push([]);
    const ws = node.children.map((child) => statedPoints(child) ?? dec(child.weight ?? 1));
    const sum = ws.reduce((a, x) => a.plus(x), dec(0));
    const kids = node.children.map((child, i) => {
      const cw = ws[i] as Decimal;
      return visit(child, cw, m.times(cw).div(sum));
    });
    children[j] = kids;
    total[j] = toNumber(sum);
    dTotal[j] = sum;
    geometric[j] = node.aggregation === 'geometric' ? 1 : 0;
    leavesUnder[j] = kids.flatMap((k) => leavesUnder[k] as number[]);
    return j;
  };
  visit(root, dec(1), statedPoints(root) ?? dec(1));
  const childStart = new Int32Array(ids.length + 1);
  children.forEach((kids, j) => {
    childStart[j + 1] = (childStart[j] as number) + kids.length;
  });
  return {
    ids,
    leafOf: Int32Array.from(leafOf),
    weight: Float64Array.from(weight),
    dWeight,
    max,
    total: Float64Array.from(total),
    dTotal,
    geometric: Uint8Array.from(geometric),
    childStart,
    childList: Int32Array.from(children.flat()),
    leavesUnder,
    leaves,
  };
}
