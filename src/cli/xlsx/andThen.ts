/**
 * `f` of a value that is there now or later: called at once on a plain value (the result stays
 * synchronous), or when a promise settles. A command stays synchronous unless it reads or writes a
 * workbook (exceljs reads and writes asynchronously), so CSV and JSON runs keep their plain exit code.
 *
 * @param value - a value, or a promise of it
 * @param f - what to do with it
 * @returns `f`'s result, or a promise of it when `value` is a promise
 * @throws what `f` throws, when `value` is a plain value (a promise rejects instead)
 *
 * @example
 * andThen(2, (n) => n + 1);
 * //=> 3
 * await andThen(Promise.resolve(2), (n) => n + 1);
 * //=> 3
 */
export function andThen<T, R>(value: T | Promise<T>, f: (value: T) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}
