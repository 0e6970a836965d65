import { isMainlandPlate, isNewEnergyPlate } from '@shared/domain/plate';
import { describe, expect, it } from 'vitest';
import { demoPlate } from './plates';

describe('demo plates', () => {
  it('are valid mainland plates, the same for the same policy, some new-energy', () => {
    const plates = Array.from({ length: 500 }, (_, i) =>
      demoPlate(`PAU2026${String(i).padStart(6, '0')}`),
    );
    for (const plate of plates) expect(isMainlandPlate(plate), plate).toBe(true);
    expect(demoPlate('PAU2026000001')).toBe(plates[1]);
    const newEnergy = plates.filter(isNewEnergyPlate).length;
    expect(newEnergy).toBeGreaterThan(50);
    expect(newEnergy).toBeLessThan(200);
  });
});
