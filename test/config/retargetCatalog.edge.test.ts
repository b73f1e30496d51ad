import { describe, expect, it } from 'vitest';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { extendCatalog } from '../../src/config/extendCatalog';
import { retargetCatalog } from '../../src/config/retargetCatalog';
import { ChisoError } from '../../src/errors';
import { twoTier2025 } from '../../src/model/hierarchies';

describe('retargetCatalog: a conflict between targets without a deadline', () => {
  it('district and commune targets with no deadline, district mapped onto commune: the issue says "by no deadline"', () => {
    const undated = extendCatalog(vinhPhuc302, { override: [{ match: { indicator: 'work-dossiers-online', by: '2025-12-31' }, set: { by: null } }] });
    try {
      retargetCatalog(undated, twoTier2025, { district: 'commune' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      expect((error as ChisoError).issues.map((i) => [i.code, i.indicator, i.received])).toEqual([['conflict', 'work-dossiers-online', 'two targets at level commune by no deadline'], ['conflict', 'work-dossiers-online', 'two targets at level commune by 2030-12-31']]);
    }
  });
});
