// @zone-independent: compares unit lists with the source files; dates are plain strings.
import { beforeAll, describe, expect, it } from 'vitest';
import { findUnitByCode, findUnits, officialUnits, provinceMap, reformCrosswalk, unitSet } from '../../src/units/index';
import { CROSSWALK_CSV, LIST_CSV, readCsv, tidy } from './sources';

let walk: string[][] = [];
let list: string[][] = [];
/** The crosswalk's unit rows: a province cell `Name (NN)` and a new unit. */
let rows: string[][] = [];
const code = (cell: string | undefined) => /\((\d+)\)\s*$/u.exec(tidy(cell))?.[1];

beforeAll(async () => {
  walk = await readCsv(CROSSWALK_CSV);
  list = await readCsv(LIST_CSV);
  rows = walk.slice(2).filter((r) => code(r[0]) !== undefined && tidy(r[2]) !== '');
});

const after = () => unitSet('2025-07-01');
const before = () => unitSet('2025-06-30');

describe('the 2025-07-01 set, checked against the crosswalk file', () => {
  it('has the 34 provinces of the file, with their codes and names', () => {
    const fromFile = new Map(rows.map((r) => [code(r[0]), tidy(r[0]).replace(/\s*\(\d+\)$/u, '')]));
    expect(fromFile.size).toBe(34);
    expect(after().provinces.map((p) => [p.code, p.name])).toEqual([...fromFile].sort());
    expect(after().provinces.map((p) => p.code).join(' ')).toBe(
      '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96',
    );
    expect(after().provinces.filter((p) => p.kind === 'Thành phố').map((p) => p.code)).toEqual(['01', '31', '46', '48', '79', '92']);
  });

  it('has the 3,321 new units of the file, each with the name, kind and province the file gives', () => {
    const fromFile = new Map(rows.map((r) => [tidy(r[2]), { name: tidy(r[1]), province: code(r[0]) }]));
    expect(fromFile.size).toBe(3321);
    expect(after().communes).toHaveLength(3321);
    for (const c of after().communes) {
      const f = fromFile.get(c.code);
      expect(f?.province, c.code).toBe(c.province);
      // Names agree up to the tone-mark convention and the one kind word the file wrote without diacritics.
      expect(c.name.normalize('NFD').replace(/[\u0300-\u036f]/gu, ''), c.code).toBe(f?.name.normalize('NFD').replace(/[\u0300-\u036f]/gu, ''));
      expect(c.name.startsWith(`${c.kind} `)).toBe(true);
    }
    const kinds = (k: string) => after().communes.filter((c) => c.kind === k).length;
    // Counted in the file by the first word(s) of the name.
    const fileKinds = (re: RegExp) => [...fromFile.values()].filter((f) => re.test(f.name.normalize('NFC'))).length;
    expect([kinds('Phường'), kinds('Xã'), kinds('Đặc khu')]).toEqual([fileKinds(/^Phường /u), fileKinds(/^X(ã|a) /u), fileKinds(/^Đặc khu /u)]);
    expect(kinds('Đặc khu')).toBe(13);
  });

  it('trap: a merged province takes the code of the old province that holds its centre', () => {
    const map = new Map(provinceMap().map((e) => [e.oldName, e.new]));
    expect(findUnitByCode('15', '2025-07-01').name).toBe('Tỉnh Lào Cai');
    expect(findUnitByCode('15', '2025-06-30').name).toBe('Tỉnh Yên Bái');
    expect(map.get('Tỉnh Lào Cai')).toBe('15');
    expect(findUnitByCode('24', '2025-07-01').name).toBe('Tỉnh Bắc Ninh');
    expect(findUnitByCode('24', '2025-06-30').name).toBe('Tỉnh Bắc Giang');
    expect(map.get('Tỉnh Bắc Ninh')).toBe('24');
    expect(provinceMap().filter((e) => e.new === '25').map((e) => e.old)).toEqual(['17', '25', '26']);
  });
});

describe('the January 2025 set, checked against the commune list', () => {
  it('has the 63 provinces, the districts and the 10,051 communes of the list, with their kinds', () => {
    const body = list.slice(1).filter((r) => r.some((c) => tidy(c) !== ''));
    expect(body).toHaveLength(10056);
    const communes = body.filter((r) => tidy(r[5]) !== '');
    expect(new Set(body.map((r) => tidy(r[1]))).size).toBe(63);
    expect(before().provinces).toHaveLength(63);
    expect(before().districts.map((d) => d.code)).toEqual([...new Set(body.map((r) => tidy(r[3])))].sort());
    expect(before().communes).toHaveLength(communes.length);
    const kinds = new Map(before().communes.map((c) => [c.code, c.kind]));
    // The list's one mistyped kind (generate.test.ts): its row reads
    // `Thành phố Hồ Chí Minh,79,Quận Phú Nhuận,768,Phường 5,27046,Xã,`, a ward by name, quận and crosswalk.
    const listKind = (r: string[]) => (tidy(r[5]) === '27046' && tidy(r[6]) === 'Xã' ? 'Phường' : tidy(r[6]));
    for (const r of communes) expect(kinds.get(tidy(r[5])), tidy(r[5])).toBe(listKind(r));
    const fromList = (k: string) => communes.filter((r) => listKind(r) === k).length;
    const fromSet = (k: string) => before().communes.filter((c) => c.kind === k).length;
    expect(['Xã', 'Phường', 'Thị trấn'].map(fromList)).toEqual([7717, 1716, 618]);
    expect(['Xã', 'Phường', 'Thị trấn'].map(fromSet)).toEqual([7717, 1716, 618]);
    // As the list gives them: 7,718 Xã and 1,715 Phường, one of which (27046) is the ward above.
    expect(communes.filter((r) => tidy(r[6]) === 'Xã').length).toBe(7718);
    expect(findUnitByCode('27046', '2025-06-30')).toMatchObject({ name: 'Phường 5', kind: 'Phường', district: '768' });
    // Every commune's name starts with its kind (`Thị Trấn Mường Chà`: in any case), once corrected.
    for (const c of before().communes) expect(c.name.toLowerCase().startsWith(`${c.kind.toLowerCase()} `), c.code).toBe(true);
    expect(before().hierarchy.id).toBe('three-tier-2021');
    expect([before().validFrom, before().validUntil, after().validFrom, after().validUntil]).toEqual(['2025-01-04', '2025-06-30', '2025-07-01', null]);
  });
});

describe('the crosswalk, checked against its file', () => {
  it('every old commune of the file appears, and every new unit has at least one source', () => {
    const entries = reformCrosswalk();
    const olds = new Set(entries.map((e) => e.old));
    // The four codes the table mistyped appear under their corrected codes (generate.test.ts).
    const mistyped = new Set(['00553|Xã Đặng Xá', '01615|Xã Mỹ Hưng', '02485|Xã Phú Thịnh', '04075|Thị trấn Yên Châu']);
    for (const r of rows) {
      const old = tidy(r[4]);
      if (old === '' || mistyped.has(`${old}|${tidy(r[3])}`)) continue;
      expect(olds.has(old), `${old} ${tidy(r[3])}`).toBe(true);
    }
    expect(entries).toHaveLength(rows.length);
    const news = new Set(entries.map((e) => e.new));
    for (const c of after().communes) expect(news.has(c.code), c.code).toBe(true);
  });

  it('the communes formed after 4 January 2025 (in the table, not in the list) are found by the name the table gives them', () => {
    const listed = new Set(list.slice(1).map((r) => tidy(r[5])));
    const mistyped = new Set(['00553|Xã Đặng Xá', '01615|Xã Mỹ Hưng', '02485|Xã Phú Thịnh', '04075|Thị trấn Yên Châu']);
    const unlisted = rows.filter((r) => /^\d{5}$/u.test(tidy(r[4])) && !listed.has(tidy(r[4])) && !mistyped.has(`${tidy(r[4])}|${tidy(r[3])}`));
    // Eleven rows, ten communes: Phường 15 (27076) of Phú Nhuận went in part to two new wards.
    expect(unlisted).toHaveLength(11);
    expect(new Set(unlisted.map((r) => tidy(r[4]))).size).toBe(10);
    for (const r of unlisted) {
      const [name, old, district, province] = [tidy(r[3]), tidy(r[4]), code(r[6]), code(r[7])];
      const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLowerCase();
      for (const spelling of [name, plain]) {
        const found = findUnits(spelling, { at: '2025-06-30', province: province ?? '' }).filter((u) => u.code === old);
        expect(found, `${old} ${spelling}`).toEqual([{ code: old, name, kind: 'Phường', level: 'commune', province, district, set: '2025-01-04', listed: false }]);
      }
      // Not in the January list, so neither in its set nor read by code (the sources do not say from which day).
      expect(before().communes.some((u) => u.code === old)).toBe(false);
    }
  });

  it('reads the relation of every row from its note', () => {
    const entries = reformCrosswalk();
    const parts = rows.filter((r) => /một\s+phần|^Phần còn lại/u.test(tidy(r[5]).replace('Nhâp', 'Nhập'))).length;
    expect(entries.filter((e) => e.relation === 'part')).toHaveLength(parts);
    expect(entries.filter((e) => e.relation === 'unchanged')).toHaveLength(rows.filter((r) => /^(Giữ nguyên|Đổi tên|Đổi loại hình)$/u.test(tidy(r[5]))).length);
  });

  it('trap: stray whitespace and line breaks inside cells do not reach the names', () => {
    expect(findUnitByCode('26740', '2026-01-01').name).toBe('Phường Sài Gòn');
    expect(walk.some((r) => r[1] === 'Phường Sài Gòn\n')).toBe(true);
    for (const u of [...after().communes, ...before().communes]) expect(u.name).toBe(tidy(u.name));
  });

  it('trap: codes are reused — 26740 is read with its day', () => {
    expect(findUnitByCode('26740', '2025-06-30').name).toBe('Phường Bến Nghé');
    expect(findUnitByCode('26740', '2025-07-01').name).toBe('Phường Sài Gòn');
    expect(() => findUnitByCode('26', '2025-07-01')).toThrow(/Tỉnh Vĩnh Phúc until 2025-06-30/u);
  });

  it('trap: an old commune split across several new units is marked part in each', () => {
    const ngocHa = reformCrosswalk().filter((e) => e.old === '00016');
    expect(ngocHa.map((e) => [e.new, e.relation])).toEqual([['00004', 'part'], ['00008', 'part']]);
  });

  it('trap: both tone-mark conventions and NFC/NFD find the same unit', () => {
    const hoa = findUnits('Tỉnh Hoà Bình', { at: '2025-06-30', level: 'province' });
    expect(findUnits('Tỉnh Hòa Bình', { at: '2025-06-30', level: 'province' })).toEqual(hoa);
    expect(findUnits('Tỉnh Hòa Bình'.normalize('NFD'), { at: '2025-06-30', level: 'province' })).toEqual(hoa);
    expect(hoa.map((u) => u.code)).toEqual(['17']);
    expect(findUnits('Xã Điềm Thuỵ', { at: '2026-01-01' })).toEqual(findUnits('xa diem thuy', { at: '2026-01-01' }));
  });

  it('a commune spelt differently by the two files (Xã Sà Phìn / Xã Xà Phìn, code 00736) is found by either spelling', () => {
    const inWalk = rows.find((r) => tidy(r[4]) === '00736');
    const inList = list.find((r) => tidy(r[5]) === '00736');
    expect([tidy(inWalk?.[3]), tidy(inList?.[4])]).toEqual(['Xã Sà Phìn', 'Xã Xà Phìn']);
    for (const name of ['Xã Sà Phìn', 'Xã Xà Phìn', 'sa phin']) {
      expect(findUnits(name, { at: '2025-06-30' }).map((u) => u.code), name).toEqual(['00736']);
    }
    expect(reformCrosswalk().find((e) => e.old === '00736')).toMatchObject({ oldName: 'Xã Xà Phìn', crosswalkName: 'Xã Sà Phìn' });
  });

  it('trap: a list holds as of a day — the registry at a day is that day\'s set', () => {
    expect(officialUnits({ at: '2026-01-01' }).units).toHaveLength(34 + 3321);
    expect(officialUnits({ at: '2025-06-30' }).units).toHaveLength(63 + before().districts.length + 10051);
    expect(() => officialUnits({ at: '2024-12-31' })).toThrow(/2025-01-04/u);
  });
});
