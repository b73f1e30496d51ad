// @zone-independent: reads wordings and compares numbers; no dates are computed
// A target whose wording contradicts its comparison is refused where a catalog is made (defineCatalog,
// loadCatalog, extendCatalog's and retargetCatalog's results). The readings are those of
// /work/shared/DOMAIN.md "Reading the targets exactly"; numbers are written the Vietnamese way
// (formatted here by Intl's vi-VN, an independent writer: 1.100 is 1100, 36,18 is 36.18).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/catalogs/index';
import { loadCatalogFile } from '../../src/cli/catalog';
import { CliError } from '../../src/cli/errors';
import { checkWordings } from '../../src/config/_internal/checkWordings';
import { readWording } from '../../src/config/_internal/readWording';
import { defineCatalog } from '../../src/config/defineCatalog';
import { extendCatalog } from '../../src/config/extendCatalog';
import { loadCatalog } from '../../src/config/loadCatalog';
import { retargetCatalog } from '../../src/config/retargetCatalog';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import type { CatalogInput } from '../../src/model/catalog';
import { hierarchies } from '../../src/model/hierarchies';
import { SEED } from '../fuzz/harness';

/** The issues a call throws, or none when it returns. */
const issuesOf = (fn: () => unknown): readonly ChisoIssue[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues;
    throw error;
  }
  return [];
};

const plan = { issuer: { vi: 'UBND tỉnh Thử (hư cấu)' }, title: { vi: 'Kế hoạch (hư cấu)' } };
const catalogOf = (indicators: readonly { measure: string; targets: readonly Record<string, unknown>[] }[]): CatalogInput =>
  ({ id: 'invented', plan, hierarchy: 'twoTier2025', indicators: indicators.map((x, i) => ({ id: `ind-${i}`, name: { vi: `Chỉ tiêu ${i}` }, ...x })) }) as never;
const one = (measure: string, target: Record<string, unknown>) => defineCatalog(catalogOf([{ measure, targets: [target] }]));
const path = (field: string) => ['indicators', 0, 'targets', 0, field];

/**
 * Each row of DOMAIN.md's table (and the phrases the brief lists with them): a target that agrees,
 * a change of it that the wording contradicts, and the issues that change must give.
 */
const TABLE: readonly {
  wording: string;
  measure: string;
  agrees: Record<string, unknown>;
  contradicts: Record<string, unknown>;
  issues: readonly { field: string; expected: string; received: string }[];
}[] = [
  { wording: 'tối thiểu 80%', measure: 'percent', agrees: { kind: 'threshold', op: '>=', value: 80 }, contradicts: { op: '>' }, issues: [{ field: 'op', expected: '">=" as "tối thiểu 80%" says', received: '>' }] },
  { wording: 'ít nhất 80%', measure: 'percent', agrees: { kind: 'threshold', op: '>=', value: 80 }, contradicts: { value: 85 }, issues: [{ field: 'value', expected: '80 as "ít nhất 80%" says', received: '85' }] },
  { wording: 'đạt 36,18%', measure: 'percent', agrees: { kind: 'threshold', op: '>=', value: 36.18 }, contradicts: { value: 36.2 }, issues: [{ field: 'value', expected: '36.18 as "đạt 36,18%" says', received: '36.2' }] },
  { wording: 'đạt tối thiểu 10%', measure: 'percent', agrees: { kind: 'threshold', op: '>=', value: 10 }, contradicts: { op: '>' }, issues: [{ field: 'op', expected: '">=" as "đạt tối thiểu 10%" says', received: '>' }] },
  // A bare number is "at least": equality is not what it says.
  { wording: '80%', measure: 'percent', agrees: { kind: 'threshold', op: '>=', value: 80 }, contradicts: { op: '=' }, issues: [{ field: 'op', expected: '">=" as "80%" says', received: '=' }] },
  { wording: '100% xã', measure: 'percent', agrees: { kind: 'threshold', op: '>=', value: 100 }, contradicts: { value: 90 }, issues: [{ field: 'value', expected: '100 as "100% xã" says', received: '90' }] },
  { wording: 'trên 90%', measure: 'percent', agrees: { kind: 'threshold', op: '>', value: 90 }, contradicts: { op: '>=' }, issues: [{ field: 'op', expected: '">" as "trên 90%" says', received: '>=' }] },
  { wording: 'phủ trên 80% hộ gia đình', measure: 'percent', agrees: { kind: 'threshold', op: '>', value: 80 }, contradicts: { op: '>=' }, issues: [{ field: 'op', expected: '">" as "phủ trên 80% hộ gia đình" says', received: '>=' }] },
  { wording: 'hơn 50%', measure: 'percent', agrees: { kind: 'threshold', op: '>', value: 50 }, contradicts: { op: '>=' }, issues: [{ field: 'op', expected: '">" as "hơn 50%" says', received: '>=' }] },
  { wording: 'vượt 50%', measure: 'percent', agrees: { kind: 'threshold', op: '>', value: 50 }, contradicts: { op: '>=' }, issues: [{ field: 'op', expected: '">" as "vượt 50%" says', received: '>=' }] },
  { wording: 'dưới 5%', measure: 'percent', agrees: { kind: 'threshold', op: '<', value: 5 }, contradicts: { op: '<=' }, issues: [{ field: 'op', expected: '"<" as "dưới 5%" says', received: '<=' }] },
  { wording: 'tối đa 5%', measure: 'percent', agrees: { kind: 'threshold', op: '<=', value: 5 }, contradicts: { op: '<' }, issues: [{ field: 'op', expected: '"<=" as "tối đa 5%" says', received: '<' }] },
  { wording: 'không quá 5%', measure: 'percent', agrees: { kind: 'threshold', op: '<=', value: 5 }, contradicts: { op: '<' }, issues: [{ field: 'op', expected: '"<=" as "không quá 5%" says', received: '<' }] },
  { wording: 'không vượt quá 5%', measure: 'percent', agrees: { kind: 'threshold', op: '<=', value: 5 }, contradicts: { op: '>' }, issues: [{ field: 'op', expected: '"<=" as "không vượt quá 5%" says', received: '>' }] },
  { wording: 'từ 80% trở lên', measure: 'percent', agrees: { kind: 'threshold', op: '>=', value: 80 }, contradicts: { op: '>' }, issues: [{ field: 'op', expected: '">=" as "từ 80% trở lên" says', received: '>' }] },
  { wording: 'từ 20-25%', measure: 'grdp-share', agrees: { kind: 'range', min: 20, max: 25 }, contradicts: { max: 30 }, issues: [{ field: 'max', expected: '25 as "từ 20-25%" says', received: '30' }] },
  { wording: 'từ 20% đến 25%', measure: 'grdp-share', agrees: { kind: 'range', min: 20, max: 25 }, contradicts: { min: 15 }, issues: [{ field: 'min', expected: '20 as "từ 20% đến 25%" says', received: '15' }] },
  // Written as a minimum, a range loses its upper end: the kind is what is wrong.
  { wording: 'từ 20-25%', measure: 'grdp-share', agrees: { kind: 'range', min: 20, max: 25 }, contradicts: { kind: 'threshold', op: '>=', value: 20, min: undefined, max: undefined }, issues: [{ field: 'kind', expected: '"range" as "từ 20-25%" says', received: 'threshold' }] },
  { wording: 'Rút ngắn 40%-60%', measure: 'percent-change', agrees: { kind: 'range', min: -60, max: -40 }, contradicts: { min: 40, max: 60 }, issues: [{ field: 'min', expected: '-60 as "Rút ngắn 40%-60%" says', received: '40' }, { field: 'max', expected: '-40 as "Rút ngắn 40%-60%" says', received: '60' }] },
  { wording: 'top 10', measure: 'rank', agrees: { kind: 'rank', top: 10 }, contradicts: { top: 15 }, issues: [{ field: 'top', expected: '10 as "top 10" says', received: '15' }] },
  { wording: 'tốp 15', measure: 'rank', agrees: { kind: 'rank', top: 15 }, contradicts: { top: 10 }, issues: [{ field: 'top', expected: '15 as "tốp 15" says', received: '10' }] },
  { wording: 'thuộc nhóm 10 tỉnh, thành phố dẫn đầu', measure: 'rank', agrees: { kind: 'rank', top: 10 }, contradicts: { top: 20 }, issues: [{ field: 'top', expected: '10 as "thuộc nhóm 10 tỉnh, thành phố dẫn đầu" says', received: '20' }] },
  { wording: '10 tỉnh dẫn đầu', measure: 'rank', agrees: { kind: 'rank', top: 10 }, contradicts: { top: 5 }, issues: [{ field: 'top', expected: '10 as "10 tỉnh dẫn đầu" says', received: '5' }] },
  { wording: 'tối thiểu có 1.100', measure: 'count', agrees: { kind: 'threshold', op: '>=', value: 1100 }, contradicts: { value: 110 }, issues: [{ field: 'value', expected: '1100 as "tối thiểu có 1.100" says', received: '110' }] },
  { wording: 'giảm 30%', measure: 'percent-change', agrees: { kind: 'change', op: '<=', value: -30, from: 'baseline' }, contradicts: { op: '>=', value: 30 }, issues: [{ field: 'op', expected: '"<=" as "giảm 30%" says', received: '>=' }, { field: 'value', expected: '-30 as "giảm 30%" says', received: '30' }] },
  { wording: 'tăng 30%', measure: 'percent-change', agrees: { kind: 'change', op: '>=', value: 30, from: 'baseline' }, contradicts: { value: 20 }, issues: [{ field: 'value', expected: '30 as "tăng 30%" says', received: '20' }] },
  // On a percent-change indicator a threshold is a change too.
  { wording: 'giảm 30%', measure: 'percent-change', agrees: { kind: 'threshold', op: '<=', value: -30 }, contradicts: { op: '<' }, issues: [{ field: 'op', expected: '"<=" as "giảm 30%" says', received: '<' }] },
  { wording: 'tăng tối thiểu 7%', measure: 'percent-change', agrees: { kind: 'growth', op: '>=', value: 7, per: 'year' }, contradicts: { op: '<=' }, issues: [{ field: 'op', expected: '">=" as "tăng tối thiểu 7%" says', received: '<=' }] },
  // Typed without diacritics, in capitals.
  { wording: 'toi thieu 80%', measure: 'percent', agrees: { kind: 'threshold', op: '>=', value: 80 }, contradicts: { op: '>' }, issues: [{ field: 'op', expected: '">=" as "toi thieu 80%" says', received: '>' }] },
  { wording: 'TRÊN 90%', measure: 'percent', agrees: { kind: 'threshold', op: '>', value: 90 }, contradicts: { op: '>=' }, issues: [{ field: 'op', expected: '">" as "TRÊN 90%" says', received: '>=' }] },
  { wording: 'tren 90%', measure: 'percent', agrees: { kind: 'threshold', op: '>', value: 90 }, contradicts: { op: '>=' }, issues: [{ field: 'op', expected: '">" as "tren 90%" says', received: '>=' }] },
  { wording: 'khong vuot qua 5%', measure: 'percent', agrees: { kind: 'threshold', op: '<=', value: 5 }, contradicts: { op: '<' }, issues: [{ field: 'op', expected: '"<=" as "khong vuot qua 5%" says', received: '<' }] },
  { wording: 'giam 30%', measure: 'percent-change', agrees: { kind: 'change', op: '<=', value: -30, from: 'baseline' }, contradicts: { value: -20 }, issues: [{ field: 'value', expected: '-30 as "giam 30%" says', received: '-20' }] },
];

describe('wording check: each phrase of the table, agreeing and contradicting', () => {
  it.each(TABLE)('$wording ($measure, $agrees.kind)', ({ wording, measure, agrees, contradicts, issues }) => {
    expect(issuesOf(() => one(measure, { ...agrees, wording }))).toEqual([]);
    const changed = Object.fromEntries(Object.entries({ ...agrees, ...contradicts, wording }).filter(([, v]) => v !== undefined));
    const got = issuesOf(() => one(measure, changed));
    expect(got).toEqual(
      issues.map(({ field, expected, received }) => ({
        code: 'wording_mismatch',
        path: path(field),
        indicator: 'ind-0',
        field,
        expected,
        received,
        message: `Expected indicators[0].targets[0].${field} (indicator "ind-0") to be ${expected} but got "${received}".`,
      })),
    );
  });
});

describe('wording check: the three cases of the audit', () => {
  it('"trên 90%" on >= 90: trên is strict', () => {
    expect(issuesOf(() => one('percent', { kind: 'threshold', op: '>=', value: 90, wording: 'trên 90%' })).map((i) => i.message)).toEqual([
      'Expected indicators[0].targets[0].op (indicator "ind-0") to be ">" as "trên 90%" says but got ">=".',
    ]);
  });
  it('"tối thiểu 90%" on > 90: tối thiểu is at least', () => {
    expect(issuesOf(() => one('percent', { kind: 'threshold', op: '>', value: 90, wording: 'tối thiểu 90%' })).map((i) => i.message)).toEqual([
      'Expected indicators[0].targets[0].op (indicator "ind-0") to be ">=" as "tối thiểu 90%" says but got ">".',
    ]);
  });
  it('"tối thiểu 80%" on >= 90: the number differs', () => {
    expect(issuesOf(() => one('percent', { kind: 'threshold', op: '>=', value: 90, wording: 'tối thiểu 80%' })).map((i) => i.message)).toEqual([
      'Expected indicators[0].targets[0].value (indicator "ind-0") to be 80 as "tối thiểu 80%" says but got "90".',
    ]);
  });
  it('every mismatch of a catalog comes at once, with its other problems', () => {
    const issues = issuesOf(() =>
      defineCatalog(
        catalogOf([
          { measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 90, level: 'district', wording: 'tối thiểu 90%' }] },
          { measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 90, wording: 'trên 90%' }, { kind: 'threshold', op: '>=', value: 90, wording: 'tối thiểu 80%' }] },
        ]),
      ),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['custom', 'indicators.0.targets.0.level'],
      ['wording_mismatch', 'indicators.1.targets.0.op'],
      ['wording_mismatch', 'indicators.1.targets.1.value'],
    ]);
  });
  it('a field the schema already faults is not faulted again for its wording', () => {
    // 150 % is out of bounds; that it is not the 100 of "100%" is the same mistake.
    expect(issuesOf(() => one('percent', { kind: 'threshold', op: '>=', value: 150, wording: '100%' })).map((i) => i.code)).toEqual(['out_of_bounds']);
    // A shape problem elsewhere in the target does not hide a contradiction in its readable fields.
    expect(issuesOf(() => one('percent', { kind: 'threshold', op: '>=', value: 90, by: '31/12/2025', wording: 'trên 90%' })).map((i) => i.field)).toEqual(['by', 'op']);
  });
});

describe('wording check: what is not read is never an alarm', () => {
  // Each would be a contradiction if read: the target is `< 1`, which none of them means.
  it.each([
    '90% cấp tỉnh, 80% cấp huyện', // several numbers
    'ngay trong Quý I/2022 đạt 100%',
    '80% dịch vụ công trực tuyến mức độ 4',
    'Phổ cập', // no number
    'Mỗi người dân có danh tính số',
    '1,100', // English thousands or Vietnamese decimals: not sure
    '36.18', // not Vietnamese writing
    'khoảng 80%', // an approximation
    'gần 80%',
    'bằng 80%', // equality: not in the table
    'không dưới 80%', // a negation not in the table
    'không trên 80%',
    'ít hơn 50%', // a comparative of less
    'từ 80%', // a start without an end
    'giảm còn 20%', // a level written as what is left
    'tối thiểu -5%', // a sign
    'trên 80%, tối đa 90%',
    'top 10%', // a share of provinces, not a rank
    'tăng 300 doanh nghiệp', // an amount, not a relative change
    'x'.repeat(400) + ' 80%', // prose, not a phrase
    'dịch vụ công trực tuyến mức độ 4', // a bare number without % may be a level or a year
    'hoàn thành trước năm 2025',
    'giai đoạn từ 2021-2025', // a period, not a range
    'trên 1 triệu người', // a scaled number
    '5 phần nghìn',
    '≤ 80%', // a sign, not a phrase of the table
    '>80%',
  ])('%s', (wording) => {
    expect(readWording(wording)).toBeUndefined();
    expect(issuesOf(() => one('percent', { kind: 'threshold', op: '<', value: 1, wording }))).toEqual([]);
  });
  it('a comparison word away from the number is a place, not a comparison', () => {
    expect(readWording('100% cơ quan trên địa bàn tỉnh')).toEqual({ kind: 'compare', op: '>=', value: 100 });
    expect(readWording('100% các cơ sở y tế có bộ phận khám chữa bệnh từ xa')).toEqual({ kind: 'compare', op: '>=', value: 100 });
    // `tầng` (layer) is not `tăng` (increase): diacritics written are diacritics read.
    expect(readWording('hạ tầng 100%')).toEqual({ kind: 'compare', op: '>=', value: 100 });
  });
  it('a reading of another kind than the target says nothing about it, except a range', () => {
    // `tăng 100%` typed without diacritics could be `tầng`: on a percent threshold it is not compared.
    expect(issuesOf(() => one('percent', { kind: 'threshold', op: '<', value: 1, wording: 'ha tang 100%' }))).toEqual([]);
    // A bare number on a rank target: not compared (`hạng 10%` is no rank).
    expect(issuesOf(() => one('rank', { kind: 'rank', top: 3, wording: 'hạng 10%' }))).toEqual([]);
    // `nhóm 3` on a threshold may be a group of three, not a rank: not compared.
    expect(issuesOf(() => one('count', { kind: 'threshold', op: '>=', value: 1, wording: 'nhóm 3' }))).toEqual([]);
    // `trên 7%` cannot be written on a growth target (>= or <= only): not compared.
    expect(issuesOf(() => one('percent-change', { kind: 'growth', op: '>=', value: 7, per: 'year', wording: 'trên 7%' }))).toEqual([]);
    // `= 100` on a share is `>= 100`: no share is above 100. On a count it is not.
    expect(issuesOf(() => one('percent', { kind: 'threshold', op: '=', value: 100, wording: '100%' }))).toEqual([]);
    expect(issuesOf(() => one('percent', { kind: 'threshold', op: '=', value: 0, wording: 'tối đa 0%' }))).toEqual([]);
    expect(issuesOf(() => one('count', { kind: 'threshold', op: '=', value: 100, wording: '100%' })).map((i) => i.field)).toEqual(['op']);
    // A done or qualitative target has no number to compare.
    expect(issuesOf(() => one('done', { kind: 'done', wording: 'tối thiểu 80%' }))).toEqual([]);
    expect(issuesOf(() => one('percent', { kind: 'qualitative', wording: 'trên 90%' }))).toEqual([]);
  });
});

describe('wording check: the built-in catalogs', () => {
  it('load unchanged through defineCatalog and loadCatalog', () => {
    for (const catalog of Object.values(catalogs)) {
      expect(defineCatalog(catalog as CatalogInput)).toEqual(catalog);
      expect(loadCatalog(JSON.stringify(catalog))).toEqual(catalog);
    }
    expect(retargetCatalog(catalogs.vinhPhuc302, hierarchies.twoTier2025, { district: null }).catalog.indicators.length).toBe(catalogs.vinhPhuc302.indicators.length);
  });
  it('have most of their wordings read: counted, and the ones left named', () => {
    // Measured on the catalogs as committed (103 of 111 targets with a number and a wording). What is
    // left has no number (every person, every household…) or several (Quý I/2022, mức độ 4).
    const counts = Object.fromEntries(Object.entries(catalogs).map(([name, c]) => [name, (({ read, skipped, issues }) => ({ read, skipped, issues: issues.length }))(checkWordings(c))]));
    expect(counts).toEqual({
      vinhPhuc302: { read: 48, skipped: 7, issues: 0 },
      tuyenQuang154: { read: 44, skipped: 0, issues: 0 },
      dienBien: { read: 11, skipped: 1, issues: 0 },
    });
    const left = Object.values(catalogs)
      .flatMap((c) => c.indicators.flatMap((i) => i.targets))
      .filter((t) => t.kind !== 'done' && t.kind !== 'qualitative' && t.wording !== undefined && readWording(t.wording) === undefined)
      .map((t) => t.wording);
    expect(left).toEqual([
      'ngay trong Quý I/2022 đạt 100%',
      'Mỗi người dân có danh tính số',
      'mỗi hộ gia đình có địa chỉ số',
      'hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình',
      'Tất cả các xã, phường, thị trấn',
      'Mỗi người dân có một hồ sơ số về sức khỏe cá nhân',
      'hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình',
      '80% dịch vụ công trực tuyến mức độ 4',
    ]);
  });
});

describe('wording check: derived catalogs', () => {
  const index = catalogs.vinhPhuc302.indicators.findIndex((i) => i.id === 'level-4-online-services');
  it('extendCatalog: a number overridden under the old wording is a mismatch on the result', () => {
    const match = { indicator: 'level-4-online-services', by: '2025-12-31' };
    expect(issuesOf(() => extendCatalog(catalogs.vinhPhuc302, { override: [{ match, set: { value: 80 } }] })).map((i) => i.message)).toEqual([
      `Expected result.indicators[${index}].targets[0].value (indicator "level-4-online-services") to be 100 as "100%" says but got "80".`,
    ]);
    // With its new wording it is fine.
    expect(issuesOf(() => extendCatalog(catalogs.vinhPhuc302, { override: [{ match, set: { value: 80, wording: '80%' } }] }))).toEqual([]);
  });
  it('retargetCatalog: the catalog it is given is checked as defineCatalog checks it', () => {
    const raw = catalogOf([{ measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 80, level: 'district', wording: 'trên 80%' }] }]);
    const threeTier = { ...(raw as object), hierarchy: hierarchies.threeTier2021 } as never;
    expect(issuesOf(() => retargetCatalog(threeTier, hierarchies.twoTier2025, { district: 'commune' })).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['wording_mismatch', 'catalog.indicators.0.targets.0.op'],
    ]);
  });
});

describe('wording check: a JSON catalog', () => {
  const text = JSON.stringify(
    catalogOf([
      { measure: 'percent', targets: [{ kind: 'threshold', op: '=>', value: 80, wording: 'tối thiểu 80%' }] },
      { measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 90, wording: 'trên 90%' }] },
    ]),
    null,
    2,
  );
  it('loadCatalog reports a mismatch with its path, beside the other problems, as they are reported', () => {
    expect(issuesOf(() => loadCatalog(text)).map((i) => i.message)).toEqual([
      'Expected indicators[0].targets[0].op to be one of ">=", ">", "<=", "<", "=" (write ">=" for "=>") but got "=>".',
      'Expected indicators[1].targets[0].op (indicator "ind-1") to be ">" as "trên 90%" says but got ">=".',
    ]);
  });
  it('chiso validate (loadCatalogFile) prints it as every other problem of the file: file, path, message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-wording-'));
    try {
      const file = join(dir, 'catalog.json');
      writeFileSync(file, text);
      let lines: readonly string[] = [];
      try {
        loadCatalogFile(file);
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        lines = (error as CliError).lines;
        expect((error as CliError).exitCode).toBe(1);
      }
      expect(lines).toEqual([
        `${file}: indicators[0].targets[0].op: Expected indicators[0].targets[0].op to be one of ">=", ">", "<=", "<", "=" (write ">=" for "=>") but got "=>".`,
        `${file}: indicators[1].targets[0].op: Expected indicators[1].targets[0].op (indicator "ind-1") to be ">" as "trên 90%" says but got ">=".`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('wording check: property', () => {
  // The phrases DOMAIN.md gives for each operator (`=` has none).
  const PHRASES = { '>=': ['tối thiểu', 'ít nhất', 'đạt', ''], '>': ['trên', 'hơn', 'vượt'], '<': ['dưới'], '<=': ['tối đa', 'không quá', 'không vượt quá'] } as const;
  const OPS = ['>=', '>', '<=', '<', '='] as const;
  const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2, useGrouping: true });
  const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  const wordingArb = fc
    .record({
      op: fc.constantFrom('>=', '>', '<', '<=' as const),
      cents: fc.integer({ min: 0, max: 100_000_000 }),
      pick: fc.nat(),
      bare: fc.boolean(),
      upper: fc.boolean(),
      percent: fc.boolean(),
    })
    .map(({ op, cents, pick, bare, upper, percent }) => {
      const phrases = PHRASES[op];
      let phrase: string = phrases[pick % phrases.length]!;
      // A bare number is read only as `X%` (without `%` it may be a level or a year).
      const withPercent = percent || phrase === '';
      if (bare) phrase = plain(phrase);
      if (upper) phrase = phrase.toUpperCase();
      const value = cents / 100;
      return { op, value, wording: `${phrase} ${vi.format(value)}${withPercent ? '%' : ''}`.trim() };
    });
  it('agreeing targets pass; any other operator or number is a mismatch at that field', () => {
    fc.assert(
      fc.property(wordingArb, fc.constantFrom(...OPS), fc.integer({ min: -10_000, max: 10_000 }).filter((d) => d !== 0), ({ op, value, wording }, other, delta) => {
        // Money has no bounds, so every number and operator is a valid target apart from its wording.
        expect(issuesOf(() => one('money', { kind: 'threshold', op, value, wording }))).toEqual([]);
        if (other !== op) {
          expect(issuesOf(() => one('money', { kind: 'threshold', op: other, value, wording })).map((i) => [i.code, i.field, i.expected])).toEqual([
            ['wording_mismatch', 'op', `"${op}" as "${wording}" says`],
          ]);
        }
        const changed = Math.round(value * 100 + delta) / 100;
        expect(issuesOf(() => one('money', { kind: 'threshold', op, value: changed, wording })).map((i) => [i.code, i.field, i.expected])).toEqual([
          ['wording_mismatch', 'value', `${value} as "${wording}" says`],
        ]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
