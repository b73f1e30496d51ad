// @zone-independent: reads and writes text; no dates are computed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { generateUnits, LIST_CORRECTIONS, OUTPUT, readSources, relationOf } from '../tools/generate-units.mjs';

describe('npm run units:generate', () => {
  it('the committed src/units/_data/reform2025.ts is what the generator writes from the sources (run npm run units:generate when this fails)', () => {
    const text = generateUnits() as string;
    expect(readFileSync(OUTPUT, 'utf8') === text, 'src/units/_data/reform2025.ts is stale: run npm run units:generate').toBe(true);
    // The size the module costs: stated in docs/units.md.
    expect(text.length).toBeLessThan(560_000);
  });

  it('skips the two header rows, the 33 upper-case province rows and the empty row under Bắc Ninh', () => {
    const s = readSources();
    expect(s.skipped).toEqual({ provinceRows: 33, emptyRows: 1 });
  });

  it('reads every note of the crosswalk as a relation, misspellings and stray spaces included', () => {
    expect(relationOf('Nhập toàn bộ')).toBe('w');
    expect(relationOf('Nhập một phần\n')).toBe('p');
    expect(relationOf('Nhâp một phần diện tích')).toBe('p');
    expect(relationOf('Nhập một  phần')).toBe('p');
    expect(relationOf('Nhập một phần diện tích, toàn bộ dân số')).toBe('p');
    expect(relationOf('Phần còn lại sau khi tách một phần vào xã Canh Vinh')).toBe('p');
    expect(relationOf('Giữ nguyên ')).toBe('u');
    expect(relationOf('Đổi tên')).toBe('u');
    expect(relationOf('Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo')).toBe('w');
    expect(() => relationOf('Something else')).toThrow();
  });

  it('corrects the kind the list mistyped, the four old codes the table mistyped (a commune of that name in the same district) and the kind word written without diacritics', () => {
    const s = readSources();
    expect(s.corrections.map((c: { field: string; from: string; to: string }) => `${c.field} ${c.from} → ${c.to}`)).toEqual([
      // The list's row `Thành phố Hồ Chí Minh,79,Quận Phú Nhuận,768,Phường 5,27046,Xã,`: a Phường by its
      // name, its quận and the crosswalk (`…,Phường 5,27046,Nhập toàn bộ,Quận Phú Nhuận (768),…`).
      'old kind Xã → Phường',
      'old code 00553 → 00556',
      'old code 01615 → 01651',
      'old code 02485 → 02482',
      'old code 04075 → 04060',
      'new name Xa Ea Kly → Xã Ea Kly',
      'new name Xa Ea Kly → Xã Ea Kly',
    ]);
    // The same new unit in both tone-mark conventions: one unit, the first spelling kept.
    expect(s.nameVariants[0]).toMatchObject({ code: '05941', kept: 'Xã Điềm Thụy', other: 'Xã Điềm Thuỵ' });
    expect(s.corrections[0]).toMatchObject({ code: '27046', name: 'Phường 5', why: expect.stringMatching(/Quận Phú Nhuận/u) });
    expect(s.oldCommunes.get('27046')).toEqual({ name: 'Phường 5', kind: 'Phường', district: '768' });
  });

  it('a kind the list gives against the name is an error unless it is a listed correction', () => {
    // Every other commune's name starts with its kind: the check guards the next copy of the list.
    const fixes = LIST_CORRECTIONS as { code: string; from: string }[];
    expect(fixes.map((c) => `${c.code} ${c.from}`)).toEqual(['27046 Xã']);
  });
});
