// The built-in data is frozen where it is defined: importing a catalog by name, without ever reading
// `catalogs`, gives a frozen object (this file never touches `catalogs` before its checks).
import { describe, expect, it } from 'vitest';
import { dienBien } from '../../src/catalogs/dienBien';
import { emulationHierarchy154, tuyenQuang154 } from '../../src/catalogs/tuyenQuang154';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { threeTier2021, twoTier2025 } from '../../src/model/hierarchies';
import { objectsOf } from '../helpers';


describe('built-in data imported by name', () => {
  for (const [name, value] of Object.entries({ vinhPhuc302, tuyenQuang154, dienBien, emulationHierarchy154, threeTier2021, twoTier2025 })) {
    it(`${name} is deeply frozen as soon as its module loads`, () => {
      const objects = objectsOf(value);
      expect(objects.length).toBeGreaterThan(3);
      expect(objects.filter((o) => !Object.isFrozen(o))).toEqual([]);
    });
  }

  it('cannot be changed in place', () => {
    expect(() => {
      (vinhPhuc302.indicators as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (vinhPhuc302.indicators[0]!.targets[0] as { value?: number }).value = 1;
    }).toThrow(TypeError);
  });
});
