import { ChisoError, type ChisoIssue } from '../errors';
import { checkInputGraph } from './inputGraph';
import { formatPath, makeIssue } from './issue';

/**
 * The deepest a scoring scheme may be, counted in nodes from the root (level 1) to its deepest leaf.
 * Real schemes have three to five levels (the DTI: index, pillars, sub-indices, indicators). The
 * schema, the weight checks and the scoring walk the tree recursively, and the JavaScript stack
 * overflows somewhere between 600 and 1,000 levels, depending on the engine and on how deep the
 * caller already is: 64 leaves a wide margin on every engine.
 */
export const MAX_SCHEME_DEPTH = 64;

type Key = string | number;
interface Step {
  readonly node: unknown;
  readonly level: number;
  readonly parent: Step | undefined;
  readonly key: Key[];
}

/**
 * Checks a scheme as given, before any recursive walk (zod's included): no cycle and no runaway
 * sharing (`checkInputGraph`), no node object listed twice, and no node deeper than
 * {@link MAX_SCHEME_DEPTH} levels. Nothing else is checked here; the schema does the rest.
 * Iterative, and linear in the scheme's nodes.
 *
 * @param input - the scheme as the caller gave it (anything)
 * @param prefix - the path of the scheme in the caller's input, e.g. `['scheme']`
 * @returns nothing: it returns when the scheme may be parsed
 * @throws {ChisoError} for a cycle, runaway sharing, a node listed twice, or a node below level
 *   {@link MAX_SCHEME_DEPTH}
 * @example
 * let node: object = { id: 'leaf' };
 * for (let i = 0; i < 100; i += 1) node = { id: `g${i}`, children: [node] };
 * try {
 *   checkSchemeDepth({ root: node }, ['scheme']);
 * } catch (error) {
 *   (error as ChisoError).issues[0]?.code;
 *   //=> 'too_deep'
 * }
 */
export function checkSchemeDepth(input: unknown, prefix: readonly Key[]): void {
  const graph = checkInputGraph(input, prefix);
  if (graph.length > 0) throw new ChisoError(graph);
  if (typeof input !== 'object' || input === null) return;
  const pathOf = (step: Step): Key[] => {
    const path: Key[] = [];
    for (let s: Step | undefined = step; s !== undefined; s = s.parent) path.unshift(...s.key);
    return [...prefix, ...path];
  };
  // Each node object is met once: one listed twice would give its id twice (an error the schema
  // finds too), but only after reading it as often as it is listed — 2^40 times for a chain of 40
  // groups each listing its child twice.
  const met = new Map<object, Step>();
  const stack: Step[] = [{ node: (input as { root?: unknown }).root, level: 1, parent: undefined, key: ['root'] }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const node = step.node;
    if (typeof node !== 'object' || node === null) continue;
    const first = met.get(node);
    if (first !== undefined) {
      const issue: ChisoIssue = makeIssue({
        code: 'duplicate_node',
        path: pathOf(step),
        expected: 'a node listed once in the scheme (node ids are unique)',
        received: `the node at ${formatPath(pathOf(first))} again`,
      });
      throw new ChisoError([issue]);
    }
    met.set(node, step);
    if (step.level > MAX_SCHEME_DEPTH) {
      const issue: ChisoIssue = makeIssue({
        code: 'too_deep',
        path: pathOf(step),
        expected: `a node at most ${MAX_SCHEME_DEPTH} levels below the top of the scheme (the root is level 1)`,
        received: `a node at level ${step.level}`,
      });
      throw new ChisoError([issue]);
    }
    const children = (node as { children?: unknown }).children;
    if (!Array.isArray(children)) continue;
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i], level: step.level + 1, parent: step, key: ['children', i] });
  }
}
