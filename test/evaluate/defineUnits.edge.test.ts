import { describe, expect, it } from 'vitest';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { twoTier2025 } from '../../src/model/hierarchies';

describe('defineUnits: ids that share a character outside the BMP', () => {
  it('steps over the whole surrogate pair and compares what follows: x😀a before x😀b before x😀😀', () => {
    const registry = defineUnits(
      [
        { id: 'x😀😀', name: 'C', level: 'province' },
        { id: 'x😀b', name: 'B', level: 'province' },
        { id: 'x😀a', name: 'A', level: 'province' },
      ],
      twoTier2025,
    );
    // After x😀: "a" (U+0061) < "b" (U+0062) < 😀 (U+1F600).
    expect(registry.units.map((u) => u.id)).toEqual(['x😀a', 'x😀b', 'x😀😀']);
  });
});
