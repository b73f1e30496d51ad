// Hardening II (issue 13), CONFIG's items: shared references and cycles in user values (2), the
// byte-order mark in loadCatalog (20) and frozen catalogs (20). Target bounds (7) are in
// targetBounds.hardening.test.ts.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogs, dienBien, tuyenQuang154, vinhPhuc302 } from '../../src/catalogs/index';
import { defineCatalog } from '../../src/config/defineCatalog';
import { defineHierarchy } from '../../src/config/defineHierarchy';
import { extendCatalog } from '../../src/config/extendCatalog';
import { loadCatalog } from '../../src/config/loadCatalog';
import { retargetCatalog } from '../../src/config/retargetCatalog';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { evaluate } from '../../src/evaluate/evaluate';
import { formatPath, formatReceived } from '../../src/_shared/issue';
import type { Catalog } from '../../src/model/catalog';
import { hierarchies, threeTier2021, twoTier2025 } from '../../src/model/hierarchies';
import { SEED } from '../fuzz/harness';
import { issuesOf, objectsOf } from '../helpers';


/** A plain (unfrozen) copy of the Vĩnh Phúc catalog, as a config file would give it. */
const plain = (): Catalog => JSON.parse(JSON.stringify(vinhPhuc302)) as Catalog;

/**
 * Objects that count every read of a key and every listing of keys, and stop the test (by throwing)
 * once `budget` is spent: a walk that explores every path of a shared graph is caught after a
 * bounded number of steps instead of hanging.
 */
class Counter {
  visits = 0;
  constructor(private readonly budget: number) {}
  private spend(): void {
    this.visits += 1;
    if (this.visits > this.budget) throw new Error(`more than ${this.budget} reads: the value is walked path by path`);
  }
  wrap<T extends object>(target: T): T {
    return new Proxy(target, {
      get: (t, k, r) => {
        this.spend();
        return Reflect.get(t, k, r) as unknown;
      },
      ownKeys: (t) => {
        this.spend();
        return Reflect.ownKeys(t);
      },
    });
  }
}

/**
 * A chain of `levels` objects, each referring twice to the next: 2^levels paths from the top, but
 * only `levels + 1` objects and `2 × levels` references. `shape` picks objects or arrays per level.
 */
function chain(counter: Counter, levels: number, shape: (level: number) => 'object' | 'array' = () => 'object'): { top: object; nodes: object[] } {
  const nodes: object[] = [counter.wrap({ leaf: 1 })];
  for (let level = 0; level < levels; level += 1) {
    const next = nodes[nodes.length - 1]!;
    nodes.push(counter.wrap(shape(level) === 'array' ? [next, next] : { a: next, b: next }));
  }
  return { top: nodes[nodes.length - 1]!, nodes };
}

/** Follows a path of keys and indexes from `root`. */
function at(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

describe('item 2: a value with shared references is walked once per object, not once per path', () => {
  // 61 objects and 120 references; read path by path they are 2^61 objects.
  const LEVELS = 60;
  const BUDGET = 10 * (LEVELS + 1 + 2 * LEVELS) + 1000;

  it('loadCatalog: a 60-level chain of double references under an unknown key fails at once, naming the shared reference', () => {
    const counter = new Counter(BUDGET);
    const input = plain() as unknown as { indicators: Record<string, unknown>[] };
    input.indicators[0]!['extra'] = chain(counter, LEVELS).top;
    const issues = issuesOf(() => loadCatalog(input));
    expect(counter.visits).toBeLessThanOrEqual(BUDGET);
    expect(issues[0]).toMatchObject({ code: 'too_shared', path: ['indicators', 0, 'extra', 'b'], received: 'a second reference to indicators[0].extra.a' });
    expect(issues[0]?.message).toContain('about 2.31e+18 objects');
  });

  it('defineCatalog, extendCatalog and retargetCatalog: the same chain anywhere fails at once', () => {
    const cases: [string, (dag: object) => unknown][] = [
      ['defineCatalog (unknown key)', (dag) => defineCatalog({ ...plain(), extra: dag } as never)],
      ['defineCatalog (a field of another type)', (dag) => defineCatalog({ ...plain(), plan: { ...plain().plan, via: dag } } as never)],
      ['extendCatalog (base)', (dag) => extendCatalog({ ...plain(), related: [dag] } as never, {})],
      ['extendCatalog (changes)', (dag) => extendCatalog(plain(), { override: [{ match: dag as never, set: {} }] })],
      ['retargetCatalog (mapping)', (dag) => retargetCatalog(plain(), twoTier2025, { district: dag as never })],
    ];
    for (const [name, call] of cases) {
      const counter = new Counter(BUDGET);
      const issues = issuesOf(() => call(chain(counter, LEVELS).top));
      expect(counter.visits, name).toBeLessThanOrEqual(BUDGET);
      expect(issues.map((i) => i.code), name).toEqual(['too_shared']);
    }
  });

  it('moderate sharing is fine: one source object used by every indicator loads, and the result shares nothing', () => {
    const source = { document: '302/KH-UBND', date: '2021-12-08', section: 'II' };
    const input = plain();
    const shared = { ...input, indicators: input.indicators.map((i) => ({ ...i, source })) };
    const catalog = loadCatalog(shared);
    expect(catalog.indicators.every((i) => i.source?.section === 'II')).toBe(true);
    expect(catalog.indicators[0]!.source).not.toBe(catalog.indicators[1]!.source);
  });

  it('what was got is shown in time bounded by the 80 characters shown, not by the paths of the value', () => {
    const counter = new Counter(BUDGET);
    const { top } = chain(counter, LEVELS);
    expect(formatReceived(top)).toBe(`${'{"a":'.repeat(15)}{"...`);
    expect(counter.visits).toBeLessThanOrEqual(200);
  });

  it('a cycle is a ChisoError naming where the reference is and what it refers back to', () => {
    const input = plain() as unknown as { indicators: Record<string, unknown>[] };
    const first = input.indicators[0]!;
    (first['targets'] as Record<string, unknown>[])[0]!['loop'] = first;
    const issues = issuesOf(() => loadCatalog(input));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'cycle', path: ['indicators', 0, 'targets', 0, 'loop'], received: 'a reference back to indicators[0]' });
    expect(issues[0]?.message).toBe('Expected indicators[0].targets[0].loop to be plain data (a value cannot contain itself; JSON has no cycles) but got "a reference back to indicators[0]".');
    // The same through every entry point, with the path in the caller's arguments.
    expect(issuesOf(() => defineCatalog(input as never))[0]).toMatchObject({ code: 'cycle', path: ['indicators', 0, 'targets', 0, 'loop'] });
    expect(issuesOf(() => extendCatalog(input as never, {}))[0]).toMatchObject({ code: 'cycle', path: ['base', 'indicators', 0, 'targets', 0, 'loop'], received: 'a reference back to base.indicators[0]' });
    const self: Record<string, unknown> = {};
    self['self'] = self;
    expect(issuesOf(() => retargetCatalog(plain(), twoTier2025, self as never))[0]).toMatchObject({ code: 'cycle', path: ['mapping', 'self'], received: 'a reference back to mapping' });
    expect(issuesOf(() => loadCatalog(self))[0]).toMatchObject({ code: 'cycle', path: ['self'], received: 'a reference back to the input itself' });
  });

  it('a cycle inside a chain of shared references is found without walking its paths', () => {
    const counter = new Counter(BUDGET);
    const { top, nodes } = chain(counter, LEVELS);
    // The bottom object refers back to the object 10 levels above it.
    const leaf = nodes[0] as Record<string, unknown>;
    leaf['back'] = nodes[10];
    const input = plain() as unknown as { indicators: Record<string, unknown>[] };
    input.indicators[0]!['extra'] = top;
    const issues = issuesOf(() => loadCatalog(input));
    expect(counter.visits).toBeLessThanOrEqual(BUDGET);
    expect(issues[0]?.code).toBe('cycle');
    // Whatever path the walk took, the reference at `path` is the object at the path it names.
    const path = issues[0]!.path;
    expect(path.slice(-1)).toEqual(['back']);
    const back = path.slice(0, path.length - 11);
    expect(at(input, path)).toBe(at(input, back));
    // (Shown like every received value: cut to 80 characters.)
    expect(issues[0]?.received).toBe(formatReceived(`a reference back to ${formatPath(back)}`));
  });

  it('a nesting deeper than 64 levels along a shared path is still too deep, and reported once', () => {
    let value: unknown = 1;
    for (let i = 0; i < 70; i += 1) value = { a: value, b: value };
    const issues = issuesOf(() => loadCatalog({ ...plain(), extra: value }));
    expect(issues.map((i) => i.code)).toEqual(['too_deep', 'too_shared']);
    expect(issues[0]?.path).toEqual(['extra', ...Array<string>(64).fill('a')]);
    expect(issues[0]?.received).toBe('70 levels');
  });
});

describe('item 2, property: any graph with sharing finishes in reads bounded by its size; any cycle is a ChisoError with its path', () => {
  /** A DAG: node i refers to node i + 1 at least twice and to any later nodes; the last is a leaf. */
  const dagSpec = fc.integer({ min: 2, max: 70 }).chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.boolean(), fc.array(fc.nat(), { maxLength: 3 })), { minLength: n, maxLength: n }),
    ),
  );
  const build = (counter: Counter, [n, spec]: [number, [boolean, number[]][]]) => {
    const targets: object[] = [];
    const nodes: object[] = [];
    let references = 0;
    for (let i = n - 1; i >= 0; i -= 1) {
      const [isArray, extra] = spec[i]!;
      const target: Record<string, unknown> | unknown[] = isArray ? [] : {};
      const children = i === n - 1 ? [] : [i + 1, i + 1, ...extra.map((e) => i + 1 + (e % (n - 1 - i)))];
      children.forEach((c, k) => {
        if (Array.isArray(target)) target.push(nodes[c]);
        else target[`k${k}`] = nodes[c];
      });
      if (children.length === 0 && !Array.isArray(target)) target['v'] = 1;
      references += children.length;
      targets[i] = target;
      nodes[i] = counter.wrap(target);
    }
    return { top: nodes[0]!, targets, nodes, size: n + references };
  };
  type Place = readonly [string, (dag: object) => unknown, (dag: object) => Record<string, unknown>];
  // Each entry point, and the arguments its issue paths start from.
  const places: Place[] = [
    ['loadCatalog', (dag) => loadCatalog({ ...plain(), extra: dag }), (dag) => ({ ...plain(), extra: dag })],
    ['defineCatalog', (dag) => defineCatalog({ ...plain(), plan: { ...plain().plan, via: dag } } as never), (dag) => ({ plan: { via: dag } })],
    ['extendCatalog', (dag) => extendCatalog(plain(), { override: [{ match: dag as never, set: {} }] }), (dag) => ({ changes: { override: [{ match: dag }] } })],
    ['retargetCatalog', (dag) => retargetCatalog(plain(), twoTier2025, { district: dag as never }), (dag) => ({ mapping: { district: dag } })],
  ];

  it('shared references: a ChisoError or a result, after at most 10 reads per object and reference (plus what 80 characters of text take)', () => {
    fc.assert(
      fc.property(dagSpec, fc.constantFrom(...places), (spec, [name, call]) => {
        const counter = new Counter(1_000_000);
        const { top, size } = build(counter, spec);
        try {
          call(top);
        } catch (error) {
          expect(error, name).toBeInstanceOf(ChisoError);
        }
        expect(counter.visits, name).toBeLessThanOrEqual(10 * size + 2000);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('a reference back to any object above it: a ChisoError whose first issue is the cycle, at a path that leads back to the object it names', () => {
    fc.assert(
      fc.property(dagSpec, fc.nat(), fc.nat(), fc.constantFrom(...places), (spec, from, to, [name, call, args]) => {
        const counter = new Counter(1_000_000);
        const { top, targets, nodes, size } = build(counter, spec);
        // Node j refers back to node i ≤ j (every node i < j is above j: i refers to i + 1).
        const j = from % spec[0];
        const i = to % (j + 1);
        const target = targets[j]!;
        if (Array.isArray(target)) target.push(nodes[i]);
        else (target as Record<string, unknown>)['back'] = nodes[i];
        const issues = issuesOf(() => call(top));
        expect(counter.visits, name).toBeLessThanOrEqual(10 * size + 2000);
        const cycle = issues.find((issue) => issue.code === 'cycle');
        expect(cycle, name).toBeDefined();
        const root = args(top);
        const referent = at(root, cycle!.path);
        const back = cycle!.path.slice(0, cycle!.path.findIndex((_, k) => at(root, cycle!.path.slice(0, k)) === referent));
        expect(at(root, back), name).toBe(referent);
        expect(back.length, name).toBeLessThan(cycle!.path.length);
        expect(cycle!.received, name).toBe(formatReceived(`a reference back to ${formatPath(back)}`));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('item 20: loadCatalog accepts a leading byte-order mark, as the CLI does', () => {
  it('a BOM before the JSON text is not part of it', () => {
    const text = readFileSync(new URL('../../examples/province-config/catalog.json', import.meta.url), 'utf8').replace(/^\uFEFF/, '');
    expect(loadCatalog(`\uFEFF${text}`)).toEqual(loadCatalog(text));
  });
  it('only one, and only at the start', () => {
    const text = JSON.stringify(plain());
    expect(issuesOf(() => loadCatalog(`\uFEFF\uFEFF${text}`))[0]?.code).toBe('invalid_json');
    expect(issuesOf(() => loadCatalog(`${text}\uFEFF`))[0]?.code).toBe('invalid_json');
  });
});


describe('item 20: every catalog chiso hands out is deeply frozen', () => {
  const asOf = '2025-12-31';
  const units = [{ id: 'vinh-phuc', name: 'Vĩnh Phúc', level: 'province' }];
  const observations = [{ unit: 'vinh-phuc', indicator: 'level-4-online-services', period: 2025, value: 90 }];

  it('changing a built-in catalog in place throws (strict mode), and later evaluate calls are unaffected', () => {
    const before = evaluate(catalogs.vinhPhuc302, observations, { asOf, units });
    const target = catalogs.vinhPhuc302.indicators.find((i) => i.id === 'level-4-online-services')!.targets[0] as { value: number };
    expect(target.value).toBe(100);
    expect(() => {
      target.value = 80;
    }).toThrow(TypeError);
    expect(() => catalogs.vinhPhuc302.indicators.pop()).toThrow(TypeError);
    expect(() => {
      (catalogs.vinhPhuc302.hierarchy.levels[0]!.name as { vi: string }).vi = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (catalogs as { vinhPhuc302: unknown }).vinhPhuc302 = plain();
    }).toThrow(TypeError);
    const after = evaluate(catalogs.vinhPhuc302, observations, { asOf, units });
    expect(after).toEqual(before);
    // 90 against "100%" (≥ 100) by 2025-12-31: not met — the built-in's target, unchanged.
    expect(after.rows.find((r) => r.indicator === 'level-4-online-services' && r.unit === 'vinh-phuc')?.status).toBe('not-met');
  });

  it('all three built-ins, their hierarchies and the hierarchy presets, to the last object', () => {
    for (const catalog of Object.values(catalogs)) {
      expect(objectsOf(catalog).every(Object.isFrozen)).toBe(true);
    }
    // The named exports are the same objects.
    expect(catalogs.vinhPhuc302).toBe(vinhPhuc302);
    expect(catalogs.tuyenQuang154).toBe(tuyenQuang154);
    expect(catalogs.dienBien).toBe(dienBien);
    expect(Object.keys(catalogs)).toEqual(['vinhPhuc302', 'tuyenQuang154', 'dienBien']);
    expect(objectsOf(hierarchies.twoTier2025).every(Object.isFrozen)).toBe(true);
    expect(objectsOf(hierarchies.threeTier2021).every(Object.isFrozen)).toBe(true);
    expect(hierarchies.threeTier2021).toBe(threeTier2021);
  });

  it('defineCatalog, loadCatalog, extendCatalog, retargetCatalog and defineHierarchy return deeply frozen values and leave their input alone', () => {
    const input = plain();
    const results = [
      defineCatalog(input),
      loadCatalog(input),
      loadCatalog(JSON.stringify(input)),
      extendCatalog(input, { id: 'mine' }),
      retargetCatalog(input, twoTier2025, { district: null }).catalog,
      defineHierarchy(JSON.parse(JSON.stringify(twoTier2025)) as never),
    ];
    for (const result of results) expect(objectsOf(result).every(Object.isFrozen)).toBe(true);
    expect(objectsOf(input).some(Object.isFrozen)).toBe(false);
    // A frozen catalog is still a valid input, and extending one gives a new (frozen) catalog.
    const again = extendCatalog(results[0] as Catalog, { remove: ['dti-rank'] });
    expect(again.indicators.some((i) => i.id === 'dti-rank')).toBe(false);
    expect((results[0] as Catalog).indicators.some((i) => i.id === 'dti-rank')).toBe(true);
  });
});
