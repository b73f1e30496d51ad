import { ChisoError } from '../errors';
import { fail, makeIssue } from '../internal/issue';
import type { Catalog } from '../model/catalog';
import { defineCatalog } from './defineCatalog';

// Keys that could reach an object's prototype if a consumer ever merged the config naively.
const isForbidden = (key: string) => key === '__proto__' || key === 'constructor' || key === 'prototype';
const MAX_DEPTH = 64;

/** Finds forbidden keys and excessive nesting without recursion (no stack overflow on hostile input). */
function checkKeys(root: unknown): void {
  const issues = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_DEPTH) {
      issues.push(makeIssue({ code: 'too_deep', path, expected: `nested at most ${MAX_DEPTH} levels deep`, received: 'deeper nesting' }));
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (isForbidden(key)) {
        issues.push(makeIssue({ code: 'forbidden_key', path: [...path, key], field: key, expected: 'absent (__proto__, constructor and prototype are not allowed as keys)', received: key }));
      } else {
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  if (issues.length > 0) throw new ChisoError(issues.reverse());
}

/**
 * Loads a catalog from JSON — the text of a config file, or the value `JSON.parse` gave — and
 * validates it like {@link defineCatalog}.
 *
 * Nothing in the input is executed; unknown keys are rejected; `__proto__`, `constructor` and
 * `prototype` keys are rejected anywhere in the document.
 *
 * @param json - JSON text, or already-parsed JSON
 * @returns the validated catalog
 * @throws {ChisoError} for text that is not JSON (with the parser's position), forbidden keys, and
 *   every validation problem with its path (`indicators[3].targets[1].op`)
 *
 * @example
 * loadCatalog('{"id": 1}');
 * //=> throws ChisoError: Expected id to be of type string but got "1". (and 4 more issues)
 */
export function loadCatalog(json: unknown): Catalog {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      fail({ code: 'invalid_json', path: [], field: 'json', expected: 'valid JSON text', received: error instanceof Error ? error.message : json });
    }
  }
  checkKeys(value);
  return defineCatalog(value as Catalog);
}
