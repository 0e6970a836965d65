import { describe, expect, it } from 'vitest';
import { missingMaterials } from '@shared/domain/materials';
import { demoMaterials } from './materials';
import type { DemoCase } from './organisation';

const demoCase = (state: DemoCase['state']) =>
  ({ id: 'case-1', line: 'AUTO', state, updated_at: 0 }) as DemoCase;

describe('demo materials', () => {
  it('are complete once a case is past review', () => {
    expect(missingMaterials('AUTO', demoMaterials(demoCase('ADJUSTMENT')))).toEqual([]);
  });

  it('lack the last two items while the case waits for materials, and exist only once reported', () => {
    expect(missingMaterials('AUTO', demoMaterials(demoCase('PENDING_MATERIALS')))).toEqual([
      'damage-photos',
      'repair-invoice',
    ]);
    expect(demoMaterials(demoCase('REPORTED'))).toEqual([]);
    expect(new Set(demoMaterials(demoCase('ACCEPTED')).map((m) => m.id)).size).toBe(8);
  });

  it('use the ids a checklist edit on the service gives the same item', () => {
    expect(demoMaterials(demoCase('ACCEPTED')).map((m) => m.id)).toContain('case-1:repair-invoice');
  });
});
