// @zone-independent: messages for bad catalogs and observations; asOf is given as a date string, never read in a zone.
// Issue 20's error cases, each fed as a newcomer wrote it: every message names the field and says
// what to write instead. The expected texts are the issue's forms rewritten by hand (90 without
// quotes, 2025-12-31 for 31/12/2025, ">=" for "≥", "commune" for "xã", 2024 as a number).
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/catalogs';
import { loadCatalog } from '../../src/config/loadCatalog';
import { evaluate } from '../../src/evaluate/evaluate';
import { deadlineStatus } from '../../src/time/deadlineStatus';
import { parseNumberCell } from '../../src/cli/csv';
import { issuesOf } from '../helpers';

const plan = { issuer: { vi: 'UBND tỉnh An Bình' }, title: { vi: 'Kế hoạch chuyển đổi số' } };
const indicator = (target: Record<string, unknown>) => ({ id: 'online', name: { vi: 'Tỷ lệ hồ sơ trực tuyến' }, measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 90, ...target }] });
const messagesOf = (fn: () => unknown): string[] => issuesOf(fn).map((i) => i.message);

describe('a first catalog: what it needs, and what the messages say', () => {
  it('validates with only id, plan (issuer, title in vi), hierarchy by name and indicators without pillar, source or en', () => {
    const catalog = loadCatalog({ id: 'an-binh', plan, hierarchy: 'twoTier2025', indicators: [indicator({ level: 'commune', by: '2025-12-31' })] });
    expect(catalog.hierarchy.levels.map((l) => l.id)).toEqual(['province', 'commune']);
    // `en` left out is the Vietnamese text; pillar and source stay absent.
    expect(catalog.plan.issuer).toEqual({ vi: 'UBND tỉnh An Bình', en: 'UBND tỉnh An Bình' });
    expect(catalog.indicators[0]!.name.en).toBe('Tỷ lệ hồ sơ trực tuyến');
    expect(catalog.indicators[0]!.pillar).toBeUndefined();
    expect(catalog.indicators[0]!.source).toBeUndefined();
    expect(loadCatalog({ id: 'a', plan, hierarchy: 'three-tier-2021', indicators: [] }).hierarchy.levels.map((l) => l.id)).toEqual(['province', 'district', 'commune']);
  });

  it('a missing field "is required"', () => {
    expect(messagesOf(() => loadCatalog({ id: 'a', hierarchy: 'twoTier2025', indicators: [] }))).toEqual(['Expected plan to be an object (plan is required) but got "undefined".']);
    expect(messagesOf(() => loadCatalog({ id: 'a', plan: { issuer: { vi: 'X' } }, hierarchy: 'twoTier2025', indicators: [] }))).toEqual(['Expected plan.title to be an object (title is required) but got "undefined".']);
  });

  it('a hierarchy name that is not a preset lists the presets', () => {
    expect(messagesOf(() => loadCatalog({ id: 'a', plan, hierarchy: 'twoTier', indicators: [] }))).toEqual([
      'Expected hierarchy to be an object or one of "twoTier2025", "threeTier2021", "two-tier-2025", "three-tier-2021" but got "twoTier".',
    ]);
  });

  it('a hierarchy written out keeps its path-precise messages', () => {
    expect(messagesOf(() => loadCatalog({ id: 'a', plan, hierarchy: { id: 'h', levels: [] }, indicators: [] }))).toEqual([
      'Expected hierarchy.name to be an object (name is required) but got "undefined".',
      'Expected hierarchy.levels to be a list of at least 1 item but got "[]".',
    ]);
  });

  it('≥, "90", 31/12/2025: each message gives the form to write', () => {
    expect(messagesOf(() => loadCatalog({ id: 'a', plan, hierarchy: 'twoTier2025', indicators: [indicator({ op: '≥', value: '90', by: '31/12/2025' })] }))).toEqual([
      'Expected indicators[0].targets[0].op to be one of ">=", ">", "<=", "<", "=" (write ">=" for "≥") but got "≥".',
      'Expected indicators[0].targets[0].value to be a finite number (write 90 without quotes) but got "90".',
      'Expected indicators[0].targets[0].by to be a real calendar date written YYYY-MM-DD (day first as written in Vietnam: write 2025-12-31) but got "31/12/2025".',
    ]);
    expect(messagesOf(() => loadCatalog({ id: 'a', plan, hierarchy: 'twoTier2025', indicators: [indicator({ op: '≤', value: '90%' })] }))).toEqual([
      'Expected indicators[0].targets[0].op to be one of ">=", ">", "<=", "<", "=" (write "<=" for "≤") but got "≤".',
      'Expected indicators[0].targets[0].value to be a finite number (drop the %: write 90, a number in percent, or give numerator and denominator) but got "90%".',
    ]);
  });

  it('a level written as its Vietnamese name: the message gives the level id', () => {
    expect(messagesOf(() => loadCatalog({ id: 'a', plan, hierarchy: 'twoTier2025', indicators: [indicator({ level: 'xã' })] }))).toEqual([
      'Expected indicators[0].targets[0].level to be one of the hierarchy\'s levels (province, commune) (write "commune" for "xã") but got "xã".',
    ]);
    expect(messagesOf(() => loadCatalog({ id: 'a', plan, hierarchy: 'threeTier2021', indicators: [indicator({ level: 'Cấp huyện' })] }))[0]).toContain('(write "district" for "Cấp huyện")');
  });
});

describe('observations and options: the accepted forms and the hints', () => {
  const catalog = catalogs.vinhPhuc302;
  const id = catalog.indicators.find((i) => i.measure === 'percent')!.id;

  it('period "2024": the year form is the number 2024', () => {
    const [message] = messagesOf(() => evaluate(catalog, [{ unit: 'u', indicator: id, period: '2024', value: 50 } as never], { asOf: '2025-01-01' }));
    expect(message).toContain('(a year is the number 2024, without quotes) but got "2024".');
  });

  it('90,53%: drop the %, or give numerator and denominator', () => {
    const [message] = messagesOf(() => evaluate(catalog, [{ unit: 'u', indicator: id, period: 2024, value: '90,53%' } as never], { asOf: '2025-01-01' }));
    expect(message).toContain('(drop the %: write 90.53, a number in percent, or give numerator and denominator) but got "90,53%".');
    // In a CSV file, as Excel exports a percent cell: the same advice, in the file's own decimal mark.
    expect(parseNumberCell('90,53%', ';')).toEqual({ expected: 'a number without % (write 90,53: percent values are in percent already; or give numerator and denominator columns) in a ";"-separated file' });
  });

  it('a missing asOf lists the accepted forms and says it is required', () => {
    expect(messagesOf(() => evaluate(catalog, [], {} as never))).toEqual(['Expected options.asOf to be a Date or a string (asOf is required) but got "undefined".']);
    expect(messagesOf(() => deadlineStatus({ by: '2025-12-31' } as never, {} as never))[0]).toMatch(/asOf to be a Date or a string \(asOf is required\)/);
  });
});
