import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('examples/notebook.ts: ad-hoc scores with score and rank', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/notebook.ts'], { cwd: root, encoding: 'utf8' });
  const line = (start: string) => {
    const found = out.split('\n').filter((l) => l.startsWith(start));
    expect(found, `a line in table [2] and one in table [3] starting "${start}"`).toHaveLength(2);
    return found;
  };

  it('[2] reproduces the published DTI 2022 totals with the official weights', () => {
    // By hand: Đà Nẵng 100·(1 + 0.9 + 0.8253 + 0.8487 + 0.7578) + 200·0.8575 + 150·(0.7836 + 0.5197) = 800.175;
    // TP. Hồ Chí Minh 100·(0.8917 + 0.9 + 0.8258 + 0.6267 + 0.558) + 200·0.8406 + 150·(0.7611 + 0.359) = 716.355.
    const [daNang] = line('Đà Nẵng');
    const [hcm] = line('TP. Hồ Chí Minh');
    expect(daNang?.split(/\s{2,}/)).toEqual(['Đà Nẵng', '800.175', '0.800175', '0.8002']);
    expect(hcm?.split(/\s{2,}/)).toEqual(['TP. Hồ Chí Minh', '716.355', '0.716355', '0.7163']);
  });

  it('[3] scores equal weights (mean and geometric mean of the eight pillars) and ranks every weighting', () => {
    const dn = [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197];
    const hcm = [0.8917, 0.9, 0.8258, 0.6267, 0.558, 0.8406, 0.7611, 0.359];
    // Independent of the library: the plain mean and the 8th root of the product.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const geo = (xs: number[]) => xs.reduce((a, b) => a * b, 1) ** (1 / xs.length);
    expect(mean(dn).toFixed(6)).toBe('0.811575'); // 6.4926 / 8
    const [, daNang] = line('Đà Nẵng');
    const [, hcmRow] = line('TP. Hồ Chí Minh');
    expect(daNang?.split(/\s{2,}/)).toEqual(['Đà Nẵng', '0.800175', '1', mean(dn).toFixed(6), '1', geo(dn).toFixed(6), '1']);
    expect(hcmRow?.split(/\s{2,}/)).toEqual(['TP. Hồ Chí Minh', '0.716355', '2', mean(hcm).toFixed(6), '2', geo(hcm).toFixed(6), '2']);
    expect(geo(dn).toFixed(6)).toBe('0.799430');
  });

  it('[4] scores Vĩnh Phúc\'s real May 2023 rates against 80 % and ranks the districts first', () => {
    // 98.76 ≥ 80 → 1; 36.18 / 80 = 0.45225.
    expect(out).toMatch(/\[4\][^\n]*\n[^\n]*\n[^\n]*\nCấp huyện, thành phố +1\.000000 +1\nCác cơ quan, đơn vị cấp tỉnh +0\.452250 +2\n/);
  });

  it('imports chiso by its package name, as a reader would', () => {
    expect(readFileSync(`${root}examples/notebook.ts`, 'utf8')).toMatch(/from 'chiso';/);
  });
});
