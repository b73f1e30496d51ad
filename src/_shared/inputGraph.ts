import type { ChisoIssue } from '../errors';
import { formatPath, makeIssue } from './issue';

type Key = string | number;

/** What {@link checkInputGraph} checks beyond cycles and runaway sharing. */
export interface InputGraphOptions {
  /** Reject `__proto__`, `constructor` and `prototype` keys anywhere (they are not walked into). */
  readonly forbiddenKeys?: boolean;
  /** The deepest an object may be nested, counted in keys and indexes from the root. */
  readonly maxDepth?: number;
  /**
   * How many more objects reading the input as a tree may give than it holds: a shared reference is
   * read again wherever it is used (by zod, by `JSON.stringify`), so a chain of 60 objects each
   * referring twice to the next reads as 2⁶⁰ objects. Default 1 000 000.
   */
  readonly maxSharedCopies?: number;
}

/** One object of the input, met once: where it was first met and what lies below it. */
interface Node {
  readonly value: object;
  readonly parent: Node | undefined;
  readonly key: Key | undefined;
  /** Own keys (objects) or the length (arrays), read when the node is entered. */
  keys: readonly string[] | number | undefined;
  next: number;
  /** On the path being walked: meeting it again below itself is a cycle. */
  open: boolean;
  /** Keys and indexes from this node down to its deepest object. */
  height: number;
  /** The child on the way to the deepest object. */
  deepest: { readonly key: Key; readonly node: Node } | undefined;
  /** Objects it reads as, counting every use of a shared reference (a double: it may be huge). */
  size: number;
}

const isForbidden = (key: string) => key === '__proto__' || key === 'constructor' || key === 'prototype';

const DEFAULT_MAX_SHARED_COPIES = 1_000_000;

/**
 * The lean pass: true when `root` has no cycle and its shared references read as at most
 * `maxCopies` extra objects. Only objects that hold objects enter the map (a cycle or a runaway
 * share needs one; a shared leaf costs one extra object per reference, as the input itself does):
 * -1 while such an object is being walked, then the number of objects it reads as.
 */
function isPlainEnough(root: object, maxCopies: number): boolean {
  const state = new Map<object, number>();
  let objects = 1;
  // One frame per object being walked: the object, its keys (undefined for an array), the next key
  // and the objects read so far below it; `registered` says whether it is in `state`.
  const frames: { object: object; keys: readonly string[] | undefined; next: number; size: number; registered: boolean }[] = [];
  const open = (object: object) => frames.push({ object, keys: Array.isArray(object) ? undefined : Object.keys(object), next: 0, size: 1, registered: false });
  open(root);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const { object, keys } = frame;
    const count = keys === undefined ? (object as unknown[]).length : keys.length;
    if (frame.next >= count) {
      frames.pop();
      if (frame.registered) state.set(object, frame.size);
      const parent = frames[frames.length - 1];
      if (parent !== undefined) parent.size += frame.size;
      continue;
    }
    const child: unknown = keys === undefined ? (object as unknown[])[frame.next] : (object as Record<string, unknown>)[keys[frame.next]!];
    frame.next += 1;
    if (typeof child !== 'object' || child === null) continue;
    if (!frame.registered) {
      state.set(object, -1);
      frame.registered = true;
    }
    const known = state.get(child);
    if (known === -1) return false;
    if (known === undefined) {
      objects += 1;
      open(child);
    } else frame.size += known;
  }
  // Objects met again through a shared reference are counted in `size` but not in `objects`.
  return (state.get(root) ?? 1) - objects <= maxCopies;
}

/**
 * Checks a value given to a public function before anything walks it as a tree: no cycle (a cycle
 * is an error naming where the reference is and what it refers back to), no sharing that would make
 * a tree walk explode, and optionally no prototype keys and no absurd nesting. Each object is entered
 * once (a visited map), without recursion, so the check is linear in the objects and references of
 * the input whatever its shape.
 *
 * @param root - the value as the caller gave it
 * @param prefix - the path of `root` in the caller's input, e.g. `['base']`
 * @param options - the further checks to make
 * @returns the problems found (empty when none), cycles and prototype keys in document order
 */
export function checkInputGraph(root: unknown, prefix: readonly Key[] = [], options: InputGraphOptions = {}): ChisoIssue[] {
  if (typeof root !== 'object' || root === null) return [];
  const maxCopies = options.maxSharedCopies ?? DEFAULT_MAX_SHARED_COPIES;
  // Most input is a plain tree: a lean first pass says so without building paths.
  if (options.forbiddenKeys !== true && options.maxDepth === undefined && isPlainEnough(root, maxCopies)) return [];
  const issues: ChisoIssue[] = [];
  const pathOf = (node: Node, tail: Key[] = []): Key[] => {
    const keys: Key[] = [...tail].reverse();
    for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) keys.push(n.key);
    return [...prefix, ...keys.reverse()];
  };
  const enter = (value: object, parent: Node | undefined, key: Key | undefined): Node => ({
    value, parent, key, keys: undefined, next: 0, open: true, height: 0, deepest: undefined, size: 1,
  });
  const fold = (parent: Node, key: Key, child: Node): void => {
    if (child.height + 1 > parent.height || parent.deepest === undefined) {
      parent.height = child.height + 1;
      parent.deepest = { key, node: child };
    }
    parent.size += child.size;
  };

  const start = enter(root, undefined, undefined);
  const seen = new Map<object, Node>([[root, start]]);
  const stack: Node[] = [start];
  let cycles = false;
  let leafReuses = 0;
  // The second use of a shared object that reads as the most objects: where to point at runaway sharing.
  let widest: { readonly from: Node; readonly key: Key; readonly first: Node } | undefined;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.keys === undefined) {
      if (Array.isArray(top.value)) top.keys = top.value.length;
      else {
        const own = Object.keys(top.value);
        if (options.forbiddenKeys === true) {
          for (const key of own.filter(isForbidden)) {
            issues.push(makeIssue({ code: 'forbidden_key', path: pathOf(top, [key]), field: key, expected: 'absent (__proto__, constructor and prototype are not allowed as keys)', received: key }));
          }
          top.keys = own.filter((k) => !isForbidden(k));
        } else top.keys = own;
      }
    }
    const count = typeof top.keys === 'number' ? top.keys : top.keys.length;
    if (top.next >= count) {
      top.open = false;
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent !== undefined) fold(parent, top.key!, top);
      continue;
    }
    const key: Key = typeof top.keys === 'number' ? top.next : top.keys[top.next]!;
    top.next += 1;
    const child: unknown = (top.value as Record<Key, unknown>)[key];
    if (typeof child !== 'object' || child === null) continue;
    const known = seen.get(child);
    if (known === undefined) {
      const node = enter(child, top, key);
      seen.set(child, node);
      stack.push(node);
    } else if (known.open) {
      cycles = true;
      const back = pathOf(known);
      issues.push(
        makeIssue({
          code: 'cycle',
          path: pathOf(top, [key]),
          field: typeof key === 'string' ? key : undefined,
          expected: 'plain data (a value cannot contain itself; JSON has no cycles)',
          received: `a reference back to ${formatPath(back) || 'the input itself'}`,
        }),
      );
    } else {
      // Reading a shared leaf again costs one object per reference, as the reference itself does.
      if (known.height === 0) leafReuses += 1;
      else if (widest === undefined || known.size > widest.first.size) widest = { from: top, key, first: known };
      fold(top, key, known);
    }
  }
  if (cycles) return issues;

  const maxDepth = options.maxDepth;
  if (maxDepth !== undefined && start.height > maxDepth) {
    const path: Key[] = [];
    let node = start;
    while (path.length <= maxDepth && node.deepest !== undefined) {
      path.push(node.deepest.key);
      node = node.deepest.node;
    }
    issues.push(makeIssue({ code: 'too_deep', path: [...prefix, ...path], expected: `nested at most ${maxDepth} levels deep`, received: `${start.height} levels` }));
  }
  if (widest !== undefined && start.size - seen.size - leafReuses > maxCopies) {
    const copies = start.size > Number.MAX_SAFE_INTEGER ? `about ${start.size.toPrecision(3)}` : String(start.size);
    issues.push(
      makeIssue({
        code: 'too_shared',
        path: pathOf(widest.from, [widest.key]),
        expected: `a reference used fewer times (read as plain data, as JSON reads it, the input holds ${copies} objects: its shared references add over ${maxCopies})`,
        received: `a second reference to ${formatPath(pathOf(widest.first))}`,
      }),
    );
  }
  return issues;
}
