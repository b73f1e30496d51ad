import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { expect } from 'vitest';
import { catalogs, evaluate, type Observation, type Scorecard, type Unit } from '../../src/index';

/** The real figures of examples/data/vinh-phuc-2023.json (vinhphuc.gov.vn, May 2023). */
export interface VinhPhucData {
  asOf: string;
  units: Unit[];
  observations: Observation[];
  unitNames: Record<string, { vi: string; en: string }>;
}

export const data = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/data/vinh-phuc-2023.json', import.meta.url)), 'utf8')) as VinhPhucData;

/** The real Vĩnh Phúc scorecard of 31 May 2023 against Kế hoạch 302/KH-UBND, as `npm run demo` builds it. */
export function vinhPhucCard(observations: readonly Observation[] = data.observations, units: readonly Unit[] = data.units): Scorecard {
  return evaluate(catalogs.vinhPhuc302, observations, { asOf: data.asOf, units: [...units] });
}

const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));

/**
 * Compares `actual` with test/report/golden/`name`, byte for byte. `UPDATE_GOLDEN=1` rewrites the
 * file instead (then review the diff and commit it).
 */
export function expectGolden(name: string, actual: string): void {
  const path = `${goldenDir}${name}`;
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, actual, 'utf8');
    return;
  }
  expect(existsSync(path), `golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run --config test/vitest.config.ts test/report`).toBe(true);
  expect(actual, `differs from golden file ${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, 'utf8'));
}

/** An element of a parsed XML document. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

/**
 * Parses XML with saxes, a conformant non-validating parser that rejects what is not well-formed
 * (unclosed or crossed tags, a second root, an undefined entity such as `&nbsp;`, `<` in an attribute,
 * a control character, a duplicate attribute). Throws on the first error.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [] };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on('text', (text) => {
    stack[stack.length - 1]?.children.push(text);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (error !== undefined) throw error;
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** Asserts that a text is well-formed XML. */
export function expectWellFormed(xml: string): XmlElement {
  let root: XmlElement | undefined;
  expect(() => {
    root = parseXml(xml);
  }).not.toThrow();
  return root as XmlElement;
}

/** Every element named `name` under `root` (depth first, document order). */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    if (el.name === name) out.push(el);
    for (const child of el.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
  return out;
}

/** The text content of an element. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/**
 * A small RFC 4180 parser, written here so the CSV is checked by something other than its writer:
 * records end with CRLF; a field is either plain (no quote, separator, CR or LF) or quoted with `""`
 * for a quote. Throws on anything else (a lone LF, a quote inside a plain field, text after a
 * closing quote).
 */
export function parseCsv(text: string, separator = ','): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  const endRecord = () => {
    records.push(fields);
    fields = [];
  };
  if (text === '') return records;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside a plain field at ${i}`);
        field += text[i++];
      }
    }
    fields.push(field);
    if (i >= text.length) {
      endRecord();
      return records;
    }
    if (text[i] === separator) {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      endRecord();
      if (i >= text.length) return records;
      continue;
    }
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i} (records end with CRLF)`);
  }
}

/** A deterministic Fisher–Yates shuffle (a small LCG), so a failing order can be replayed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The same value with every object's keys in reverse order (JSON-like data only). */
export function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}
