/**
 * Freezes a value and every object reachable from it, in place, and returns it. Walks without
 * recursion and enters each object once, so shared references cost nothing extra. The root is
 * frozen last, so a frozen root means the whole value was frozen here: a second call returns at
 * once.
 *
 * The built-in catalogs and hierarchies call it where they are defined, marked `/* @__PURE__ *\/` so a
 * bundler drops the call (and the data) from an app that does not import them.
 *
 * @param value - plain data built by the library (never a caller's input: freezing is a change)
 * @returns the same value, frozen
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  const order: object[] = [];
  const seen = new Set<object>([value]);
  const stack: object[] = [value];
  while (stack.length > 0) {
    const object = stack.pop()!;
    order.push(object);
    for (const child of Object.values(object)) {
      if (typeof child === 'object' && child !== null && !seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  // The root is met first, so freezing in reverse freezes it last.
  for (let i = order.length - 1; i >= 0; i -= 1) Object.freeze(order[i]);
  return value;
}
