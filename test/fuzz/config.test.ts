// Fuzz: catalogs from hostile input (loadCatalog, defineCatalog, extendCatalog). See harness.ts for the contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineCatalog } from '../../src/config/defineCatalog';
import { extendCatalog } from '../../src/config/extendCatalog';
import { loadCatalog } from '../../src/config/loadCatalog';
import type { Catalog } from '../../src/model/catalog';
import { catalog, vinhPhuc } from './generators';
import { check, deeplyNested, guardPrototype, HUGE_BOUND_MS, hostile, megabyteString, mutated, pollutingJsonText, RUNS, Tally } from './harness';

guardPrototype();

const asCatalog = (x: unknown) => x as Catalog;

describe('fuzz: loadCatalog', () => {
  it('any JSON value or JavaScript value: a catalog or a ChisoError', () => {
    fc.assert(fc.property(hostile, (input) => void check('loadCatalog', () => loadCatalog(input))));
  });
  it('any text, and JSON text with __proto__ / constructor / prototype keys', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), pollutingJsonText), (text) => void check('loadCatalog', () => loadCatalog(text))));
  });
  it('rejects polluting keys anywhere in a valid catalog, naming their path', () => {
    fc.assert(
      fc.property(catalog, fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat(), (cat, key, where) => {
        const json = JSON.stringify(cat);
        // Put the key into the n-th object of the document (JSON.parse keeps `__proto__` as an own key).
        const opens = [...json.matchAll(/\{/g)].map((m) => m.index);
        const at = opens[where % opens.length]! + 1;
        const text = `${json.slice(0, at)}"${key}": {"polluted": true}${json[at] === '}' ? '' : ','}${json.slice(at)}`;
        expect(check('loadCatalog', () => loadCatalog(text))).toBe('error');
        try {
          loadCatalog(text);
        } catch (error) {
          expect((error as { issues: { code: string }[] }).issues.map((i) => i.code)).toContain('forbidden_key');
        }
      }),
      { numRuns: RUNS.valid },
    );
  });
  it('valid catalogs (as JSON text and as values) load and round-trip', () => {
    const tally = new Tally();
    fc.assert(
      fc.property(catalog, (cat) => {
        tally.add(check('loadCatalog', () => loadCatalog(JSON.stringify(cat))));
        expect(loadCatalog(cat)).toEqual(cat);
      }),
      { numRuns: RUNS.valid },
    );
    expect(tally.error).toBe(0);
  });
  it('a field replaced by a hostile value: a catalog or a ChisoError', () => {
    fc.assert(fc.property(mutated(catalog as fc.Arbitrary<Record<string, unknown>>), (input) => void check('loadCatalog', () => loadCatalog(input))), { numRuns: RUNS.valid });
  });
  it('1 MB strings and 100 000-deep nesting fail fast with a ChisoError', () => {
    fc.assert(fc.property(megabyteString, (s) => void check('loadCatalog', () => loadCatalog(s), HUGE_BOUND_MS)), { numRuns: RUNS.huge });
    const deep = deeplyNested(100_000);
    expect(check('loadCatalog', () => loadCatalog(deep), HUGE_BOUND_MS)).toBe('error');
    expect(check('loadCatalog', () => loadCatalog(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), HUGE_BOUND_MS)).toBe('error');
    // A 1 MB kebab-case id is valid: it loads, within the bound.
    expect(check('loadCatalog', () => loadCatalog({ ...vinhPhuc, id: 'x'.repeat(1 << 20) }), HUGE_BOUND_MS)).toBe('ok');
  });
});

describe('fuzz: defineCatalog', () => {
  it('any value: a catalog or a ChisoError', () => {
    fc.assert(fc.property(hostile, (input) => void check('defineCatalog', () => defineCatalog(asCatalog(input)))));
  });
  it('valid catalogs are accepted unchanged; mutated ones never throw anything but a ChisoError', () => {
    fc.assert(fc.property(catalog, (cat) => void expect(check('defineCatalog', () => defineCatalog(cat))).toBe('ok')), { numRuns: RUNS.valid });
    fc.assert(fc.property(mutated(catalog as fc.Arbitrary<Record<string, unknown>>), (input) => void check('defineCatalog', () => defineCatalog(asCatalog(input)))), { numRuns: RUNS.valid });
  });
  it('1 MB strings and deep nesting', () => {
    fc.assert(fc.property(megabyteString, (s) => void check('defineCatalog', () => defineCatalog(asCatalog({ ...vinhPhuc, id: s })), HUGE_BOUND_MS)), { numRuns: RUNS.huge });
    expect(check('defineCatalog', () => defineCatalog(asCatalog({ ...vinhPhuc, plan: deeplyNested(100_000) })), HUGE_BOUND_MS)).toBe('error');
  });
});

describe('fuzz: extendCatalog', () => {
  const changes = fc.record(
    {
      id: fc.oneof(fc.constant('my-province'), hostile),
      remove: fc.array(fc.oneof(fc.constantFrom(...vinhPhuc.indicators.map((i) => i.id)), hostile), { maxLength: 2 }),
      rename: fc.dictionary(fc.oneof(fc.constantFrom(...vinhPhuc.indicators.map((i) => i.id)), fc.constantFrom('__proto__', 'constructor', 'prototype')), fc.oneof(fc.constant({ vi: 'A', en: 'A' }), hostile), { maxKeys: 2 }),
      override: fc.array(fc.record({ match: fc.oneof(fc.record({ indicator: fc.constantFrom(...vinhPhuc.indicators.map((i) => i.id)) }), hostile), set: fc.oneof(fc.record({ value: fc.double() }), hostile) }), { maxLength: 2 }),
      targets: fc.dictionary(fc.constantFrom(...vinhPhuc.indicators.map((i) => i.id), '__proto__'), fc.oneof(fc.constant([]), hostile), { maxKeys: 2 }),
    },
    { requiredKeys: [] },
  );
  it('any base and changes: a catalog or a ChisoError', () => {
    fc.assert(fc.property(hostile, hostile, (base, ch) => void check('extendCatalog', () => extendCatalog(asCatalog(base), ch as never))));
  });
  it('Vĩnh Phúc with partly hostile changes (reaches the change logic)', () => {
    const tally = new Tally();
    fc.assert(fc.property(changes, (ch) => tally.add(check('extendCatalog', () => extendCatalog(vinhPhuc, ch as never)))), { numRuns: Math.ceil(RUNS.valid / 2) });
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.error).toBeGreaterThan(0);
  });
  it('a 1 MB id', () => {
    fc.assert(fc.property(megabyteString, (s) => void check('extendCatalog', () => extendCatalog(vinhPhuc, { id: s }), HUGE_BOUND_MS)), { numRuns: RUNS.huge });
  });
});
