// @zone-independent: looks units up by code and name; days are plain strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { rollUp } from '../../src/evaluate/index';
import { findUnitByCode, findUnits, officialUnits, unitSet } from '../../src/units/index';
import type { AdministrativeUnit } from '../../src/units/index';
import { SEED } from '../fuzz/harness';
import { errorOf } from '../helpers';

const issuesOf = (f: () => unknown) => errorOf(f).issues.map((i) => i.code);
const codes = (name: string, options: Parameters<typeof findUnits>[1] = {}) => findUnits(name, options).map((u) => u.code);

/** Removes diacritics the way a person typing without a Vietnamese keyboard does. */
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
/** Moves the tone mark of oa/oe/uy between the old (`hoà`) and new (`hòa`) conventions. */
const otherConvention = (s: string) =>
  s.normalize('NFD').replace(/([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])/gu, '$1$3$2').normalize('NFC');

describe('findUnitByCode', () => {
  it('reads a code at its day; a day before the first list, a bad day, an unknown code are errors', () => {
    expect(findUnitByCode(' 00004 ', '2025-07-01')).toEqual({ code: '00004', name: 'Phường Ba Đình', kind: 'Phường', level: 'commune', province: '01', set: '2025-07-01' });
    expect(findUnitByCode('00004', '2025-06-30')).toEqual({ code: '00004', name: 'Phường Trúc Bạch', kind: 'Phường', level: 'commune', province: '01', district: '001', set: '2025-01-04' });
    expect(issuesOf(() => findUnitByCode('00004', '2024-12-31'))).toEqual(['no_unit_set']);
    expect(issuesOf(() => findUnitByCode('00004', '2025-02-30'))).toEqual(['invalid_date']);
    expect(issuesOf(() => findUnitByCode('99999', '2026-01-01'))).toEqual(['unknown_unit']);
    expect(issuesOf(() => findUnitByCode('', 'soon'))).toEqual(['invalid_date', 'invalid_type']);
  });
});

describe('findUnits', () => {
  it('finds a unit with or without its kind, and every unit of an ambiguous name', () => {
    expect(findUnits('Phường Sài Gòn', { at: '2026-01-01' }).map((u) => u.code)).toEqual(['26740']);
    expect(findUnits('  SAI   GON ', { at: '2026-01-01' }).map((u) => u.code)).toEqual(['26740']);
    const phuTho = findUnits('phu tho', { at: '2026-01-01' });
    expect(phuTho.map((u) => [u.code, u.name])).toEqual([['25', 'Tỉnh Phú Thọ'], ['07942', 'Phường Phú Thọ'], ['27226', 'Phường Phú Thọ'], ['30034', 'Xã Phú Thọ']]);
    expect(findUnits('phu tho', { at: '2026-01-01', province: '79' }).map((u) => u.code)).toEqual(['27226']);
    expect(issuesOf(() => findUnits('phu tho', { at: '2026-01-01', province: '26' }))).toEqual(['unknown_unit']);
    expect(issuesOf(() => findUnits('', { level: 'hamlet' as never, province: 'x' }))).toEqual(['invalid_type', 'invalid_value', 'invalid_value']);
  });

  it('property: any spelling of a unit\'s name (no diacritics, either tone-mark convention, NFC/NFD, case, kind or not) finds the same units', () => {
    const units = [...unitSet('2026-01-01').communes, ...unitSet('2025-06-30').communes];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: units.length - 1 }),
        fc.constantFrom(plain, otherConvention, (s: string) => s.normalize('NFD'), (s: string) => s.toUpperCase(), (s: string, kind: string) => s.slice(kind.length + 1)),
        (i, spell) => {
          const unit = units[i]!;
          const found = findUnits(spell(unit.name, unit.kind), { at: unit.set === '2025-07-01' ? '2026-01-01' : '2025-06-30' });
          expect(found).toContainEqual(unit);
          // A full name in any spelling finds exactly what the official spelling finds; without its kind
          // it may find more (Phường and Xã Ba Đình), never fewer.
          const official = findUnits(unit.name, { at: unit.set === '2025-07-01' ? '2026-01-01' : '2025-06-30' });
          // Typed without diacritics it may be any name that differs by them (Tien Hai: Tiên Hải and Tiền Hải),
          // so it finds more than the official spelling, never fewer.
          const spelt = spell(unit.name, unit.kind);
          if (spelt !== plain(spelt) && plain(spelt).toLowerCase() === plain(unit.name).toLowerCase()) expect(found).toEqual(official);
          else expect(found).toEqual(expect.arrayContaining(official));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('officialUnits', () => {
  it('builds the registry defineUnits builds, with official codes as ids, for the country or one province', () => {
    const vinhPhuc = officialUnits({ at: '2025-06-30', province: '26' });
    expect(vinhPhuc.hierarchy.id).toBe('three-tier-2021');
    expect(vinhPhuc.units[0]).toEqual({ id: '26', name: 'Tỉnh Vĩnh Phúc', level: 'province' });
    expect(vinhPhuc.units.filter((u) => u.level === 'district').every((u) => u.parent === '26')).toBe(true);
    const phuTho = officialUnits({ at: '2025-07-01', province: '25' });
    expect(phuTho.units.filter((u) => u.level === 'commune').every((u) => u.parent === '25')).toBe(true);
    expect(issuesOf(() => officialUnits({ at: '2025-07-01', province: '26' }))).toEqual(['unknown_unit']);
  });

  it('is ready for rollUp: every commune of Vĩnh Phúc (January 2025) rolls up through its district to the province', () => {
    const registry = officialUnits({ at: '2025-06-30', province: '26' });
    const communes = registry.units.filter((u) => u.level === 'commune');
    const observations = communes.map((u, i) => ({ unit: u.id, indicator: 'enterprises', period: 2024, value: i + 1 }));
    const result = rollUp(observations, registry, { measures: { enterprises: 'count' }, from: 'leaves' });
    const province = result.aggregates.find((a) => a.unit === '26');
    // 1 + 2 + … + n, n the number of communes the list gives Vĩnh Phúc.
    expect(province?.observation).toMatchObject({ value: (communes.length * (communes.length + 1)) / 2 });
    expect(province?.coverage).toEqual({ reported: communes.length, expected: communes.length });
    expect(communes).toHaveLength(unitSet('2025-06-30').communes.filter((c) => c.province === '26').length);
  });
});

describe('findUnits: names typed in common ways (apostrophes, dashes, Ð, abbreviated kinds)', () => {
  const now = { at: '2026-01-01' };
  const then = { at: '2025-06-30' };
  it('an ASCII apostrophe for the official ’', () => {
    // `Tỉnh Lâm Đồng (68),Phường B’Lao,24829,…` and `Tỉnh Lâm Đồng (68),Xã D’Ran,24934,Thị trấn D'Ran,24928,…` (the crosswalk file).
    expect(codes("Phường B'Lao", now)).toEqual(['24829']);
    expect(codes("Xã D'Ran", now)).toEqual(['24934']);
    expect(codes('Phường B’Lao', now)).toEqual(['24829']);
    // The list's `Phường B'Lao` (24826) of 4 January 2025, typed with either.
    expect(codes('Phường B’Lao', then)).toEqual(['24826']);
    // `Xã K' Dang` (a space after the mark in the list) and `K'Dang` read the same.
    expect(codes("Xã K'Dang", then)).toEqual(codes("Xã K' Dang", then));
  });

  it('dashes and hyphens as spaces, whichever the source wrote', () => {
    // `…,Phường Văn Miếu - Quốc Tử Giám,00226,…` (crosswalk) and the list's Phường Văn Miếu (00181), now in it.
    for (const name of ['Văn Miếu Quốc Tử Giám', 'Văn Miếu - Quốc Tử Giám', 'Văn Miếu–Quốc Tử Giám', 'van mieu quoc tu giam']) expect(codes(name, now), name).toEqual(['00226']);
    // `Bà Rịa - Vũng Tàu,77` in the list; docs/units.md writes an en dash.
    for (const name of ['Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'Ba Ria Vung Tau', 'Tỉnh Bà Rịa—Vũng Tàu']) expect(codes(name, then), name).toEqual(['77']);
    // The list's `Thành phố Phan Rang-Tháp Chàm` (582).
    for (const name of ['Phan Rang - Tháp Chàm', 'Phan Rang-Tháp Chàm', 'Phan Rang Tháp Chàm']) expect(codes(name, then), name).toEqual(['582']);
  });

  it('Ð and ð (U+00D0, U+00F0, from old encodings) for Đ and đ', () => {
    expect(codes('Ðà Nẵng', now)).toEqual(['48']);
    expect(codes('ðà nẵng', now)).toEqual(['48']);
    expect(codes('Xã Ðiềm Thụy', now)).toEqual(codes('Xã Điềm Thụy', now));
  });

  it('TP., TX., TT., Q., H., P., X. at the start for the kind', () => {
    for (const name of ['TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Tp. Hồ Chí Minh', 'TP.Hồ Chí Minh', 'tp ho chi minh']) expect(codes(name, now), name).toEqual(['79']);
    expect(codes('TP Hà Nội', now)).toEqual(['01']);
    // From the list: `Thị xã Sơn Tây` (269), `Thị trấn Phù Yên` (03898), `Quận Bình Thạnh` (765), `Huyện Tiền Hải` (342).
    expect(codes('TX. Sơn Tây', then)).toEqual(['269']);
    expect(codes('TT. Phù Yên', then)).toEqual(['03898']);
    expect(codes('Q. Bình Thạnh', then)).toEqual(['765']);
    expect(codes('H. Tiền Hải', then)).toEqual(['342']);
    expect(codes('P. Sài Gòn', now)).toEqual(['26740']);
    // The kind abbreviated narrows as the kind does: Xã Phú Thọ (30034), not Tỉnh or Phường Phú Thọ.
    expect(codes('X. Phú Thọ', now)).toEqual(['30034']);
  });

  it('property: inserting or removing these variants in any real name finds the same units', () => {
    const sets = [unitSet('2026-01-01'), unitSet('2025-06-30')];
    const units = sets.flatMap((set) => [...set.provinces, ...set.districts, ...set.communes]);
    const ABBREVIATED: Readonly<Record<string, readonly string[]>> = {
      'Thành phố': ['TP.', 'TP ', 'Tp.', 'tp. '], 'Thị xã': ['TX.', 'TX '], 'Thị trấn': ['TT.', 'TT '], Quận: ['Q.', 'Q. '], Huyện: ['H.', 'H. '], Phường: ['P.', 'P. '], Xã: ['X.', 'X. '],
    };
    const QUOTES = ["'", '’', '‘', 'ʼ', ''];
    const DASHES = [' ', '-', ' - ', ' – ', '—', '  '];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: units.length - 1 }),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        (i, picks, oldD, abbreviate) => {
          const unit = units[i] as AdministrativeUnit;
          const at = unit.set === '2025-07-01' ? '2026-01-01' : '2025-06-30';
          let k = 0;
          const pick = <T,>(list: readonly T[]): T => list[(picks[k++ % picks.length] ?? 0) % list.length] as T;
          const kind = unit.kind !== '' && unit.name.startsWith(`${unit.kind} `) ? unit.kind : '';
          let rest = kind === '' ? unit.name : unit.name.slice(kind.length + 1);
          // Every apostrophe in another form (or none); every dash and space between words in another.
          rest = rest.replace(/\s*['’]\s*/gu, () => pick(QUOTES));
          rest = rest.replace(/\s*[-–]\s*|\s+/gu, () => pick(DASHES));
          if (oldD) rest = rest.replace(/Đ/gu, 'Ð').replace(/đ/gu, 'ð');
          const short = ABBREVIATED[kind];
          const typed = kind === '' ? rest : abbreviate && short !== undefined ? `${pick(short)}${rest}` : `${kind}${pick(DASHES)}${rest}`;
          const found = findUnits(typed, { at });
          expect(found, typed).toContainEqual(unit);
          expect(found, typed).toEqual(findUnits(unit.name, { at }));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('findUnits: the diacritics and the kind typed narrow the match', () => {
  it('a name typed with its diacritics finds the units of that name only; typed without, every candidate', () => {
    // `Tỉnh An Giang (91),Xã Tiên Hải,30781,Xã Tiên Hải,30781,Giữ nguyên,…` and
    // `Tỉnh Hưng Yên (33),Xã Tiền Hải,12970,Thị trấn Tiền Hải,12970,Nhập toàn bộ,…` (the crosswalk file).
    expect(codes('Tiên Hải', { at: '2026-01-01' })).toEqual(['30781']);
    expect(codes('Tiền Hải', { at: '2026-01-01' })).toEqual(['12970']);
    expect(codes('Tien Hai', { at: '2026-01-01' })).toEqual(['12970', '30781']);
    expect(codes('tien hai', { at: '2026-01-01' })).toEqual(['12970', '30781']);
    // Nothing named with the diacritics typed (`Tiến Hải`): every candidate, as without them.
    expect(codes('Tiến Hải', { at: '2026-01-01' })).toEqual(['12970', '30781']);
  });

  it('Thanh Hoá: the units named Thanh Hóa in either tone-mark convention, not Thạnh Hóa or Thanh Hòa', () => {
    const all = [unitSet('2026-01-01'), unitSet('2025-06-30')].flatMap((set) => [...set.provinces, ...set.districts, ...set.communes]);
    const bare = (u: AdministrativeUnit) => (u.kind !== '' && u.name.startsWith(`${u.kind} `) ? u.name.slice(u.kind.length + 1) : u.name);
    const oracle = (same: (a: string) => boolean) => all.filter((u) => same(bare(u)) || same(u.name)).map((u) => `${u.set} ${u.code}`).sort();
    const found = (name: string) => findUnits(name).map((u) => `${u.set} ${u.code}`).sort();
    // Either convention (`Hoá` / `Hóa`), by the test's own tone-mark move.
    const thanhHoa = oracle((n) => n === 'Thanh Hóa' || n === otherConvention('Thanh Hóa'));
    expect(found('Thanh Hoá')).toEqual(thanhHoa);
    expect(found('Thanh Hóa')).toEqual(thanhHoa);
    expect(found('THANH HOÁ'.normalize('NFD'))).toEqual(thanhHoa);
    // Tỉnh Thanh Hóa (38) in both sets, Thành phố Thanh Hóa (380), Xã Thanh Hóa (18958: `Tỉnh Quảng Bình,44,Huyện Tuyên Hóa,453,Xã Thanh Hóa,18958,Xã,`).
    expect(thanhHoa).toEqual(['2025-01-04 18958', '2025-01-04 38', '2025-01-04 380', '2025-07-01 38']);
    // Without diacritics: every unit whose name folds to thanh hoa (Thạnh Hóa, Thanh Hòa, Thành Hòa, …).
    const folded = oracle((n) => plain(n).toLowerCase() === 'thanh hoa');
    expect(found('Thanh Hoa')).toEqual(folded);
    expect(folded.length).toBe(18);
  });

  it('a kind typed finds the units of that kind, when one has it', () => {
    // `Thành phố Huế,46,Quận Thuận Hóa,474,Phường Phường Đúc,19780,Phường,` (the list); the crosswalk spells it `Phường Đúc`.
    expect(codes('Phường Đúc', { at: '2025-06-30' })).toEqual(['19780']);
    // `Thành phố Hà Nội (01),Xã Phượng Dực,10279,Xã Phượng Dực,10279,Nhập toàn bộ,…`
    expect(codes('Xã Phượng Dực', { at: '2025-06-30' })).toEqual(['10279']);
    expect(codes('Xa Phuong Duc', { at: '2025-06-30' })).toEqual(['10279']);
    expect(codes('Phượng Dực', { at: '2025-06-30' })).toEqual(['10279']);
    // Xã Tiên Hải and Xã Tiền Hải (2026); typed as a Phường, which neither is: both, as without the kind.
    expect(codes('Phường Tien Hai', { at: '2026-01-01' })).toEqual(['12970', '30781']);
    expect(codes('Xa Phu Tho', { at: '2026-01-01' })).toEqual(['30034']);
    expect(codes('Tinh Phu Tho', { at: '2026-01-01' })).toEqual(['25']);
    // A name that starts like a kind word is no kind: `Tịnh Sơn` (typed with its own diacritics).
    expect(findUnits('Tịnh Sơn', { at: '2025-06-30' }).every((u) => u.name.endsWith('Tịnh Sơn'))).toBe(true);
  });

  it('every unit of both sets is found by its name, with or without its kind, diacritics or case', () => {
    const misses: string[] = [];
    for (const at of ['2026-01-01', '2025-06-30']) {
      const set = unitSet(at);
      for (const u of [...set.provinces, ...set.districts, ...set.communes]) {
        const bare = u.kind !== '' && u.name.startsWith(`${u.kind} `) ? u.name.slice(u.kind.length + 1) : u.name;
        for (const typed of [u.name, plain(u.name), u.name.toUpperCase(), bare, plain(bare)]) {
          if (!findUnits(typed, { at }).includes(u)) misses.push(`${u.code} ${typed}`);
        }
      }
    }
    // The one miss: `Phuong Duc`, Xã Phượng Dực without its kind or diacritics, reads as the kind Phường
    // and the name Đúc — and Phường Phường Đúc is spelt `Phường Đúc` by the crosswalk.
    expect(misses).toEqual(['10279 Phuong Duc']);
  });
});

describe('errors of the units look-ups', () => {
  it('options that are not an object, or have unknown keys or types, are a ChisoError', () => {
    expect(errorOf(() => findUnits('sai gon', null as never)).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_type', 'options']]);
    expect(errorOf(() => findUnits('sai gon', { at: 5, colour: 'red' } as never)).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'options.at'],
      ['unrecognized_key', 'options.colour'],
    ]);
    expect(errorOf(() => officialUnits(null as never)).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_type', 'options']]);
    expect(errorOf(() => officialUnits({ at: '2026-01-01', province: 25 as never })).issues.map((i) => [i.code, i.path.join('.'), i.received])).toEqual([['invalid_type', 'options.province', 'the number 25']]);
    expect(errorOf(() => findUnits('phu tho', { province: 25 as never })).issues.map((i) => [i.code, i.path.join('.'), i.received])).toEqual([['invalid_type', 'options.province', 'the number 25']]);
    expect(errorOf(() => officialUnits({ at: '2026-01-01', province: 1 as never })).issues[0]?.expected).toBe("an official unit code written as a string ('25', '01') (did you mean \"01\"? a code keeps its leading zeros)");
    expect(errorOf(() => findUnits('phu tho', { province: '1' })).issues[0]?.expected).toBe('a two-digit province code (did you mean "01"? a code keeps its leading zeros)');
  });

  it('a code given as a number is named as one; a code that lost its leading zeros gets a hint', () => {
    const number = errorOf(() => findUnitByCode(26740 as never, '2026-01-01')).issues[0];
    expect([number?.code, number?.received]).toEqual(['invalid_type', 'the number 26740']);
    expect(number?.expected).toMatch(/^an official unit code written as a string/u);
    expect(errorOf(() => findUnitByCode(8707 as never, '2025-06-30')).issues[0]?.message).toContain('did you mean "08707"?');
    // `Tỉnh Vĩnh Phúc,26,Thành phố Vĩnh Yên,243,Phường Tích Sơn,08707,Phường,` (the list) and `01` Hà Nội.
    expect(errorOf(() => findUnitByCode('8707', '2025-06-30')).issues.map((i) => [i.code, i.expected])).toEqual([
      ['unknown_unit', 'the code of a unit on 2025-06-30 (did you mean "08707"? a code keeps its leading zeros)'],
    ]);
    expect(errorOf(() => findUnitByCode('1', '2026-01-01')).issues[0]?.expected).toContain('did you mean "01"?');
    expect(errorOf(() => officialUnits({ at: '2026-01-01', province: '1' })).issues.map((i) => [i.code, i.expected])).toEqual([
      ['unknown_unit', 'the code of a province on 2026-01-01 (did you mean "01"? a code keeps its leading zeros)'],
    ]);
    // No hint where the padded code names nothing.
    expect(errorOf(() => findUnitByCode('9', '2026-01-01')).issues[0]?.expected).toBe('the code of a unit on 2026-01-01');
  });
});

