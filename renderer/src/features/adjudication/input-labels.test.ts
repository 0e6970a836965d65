import { describe, expect, it } from 'vitest';
import { inputLabel } from './input-labels';

describe('calculation input labels', () => {
  it('names each input in the reader’s language', () => {
    expect(inputLabel('ownDamage.lossFen', 'zh-CN')).toBe('本车：核定损失');
    expect(inputLabel('claim.reasonableExpensesFen', 'en')).toBe('Reasonable medical expenses');
  });

  it('numbers list entries from 1', () => {
    expect(inputLabel('claim.disabilityGrades.1', 'zh-CN')).toBe('伤残等级 2');
    expect(inputLabel('claimants.0.liabilityFen', 'en')).toBe('Claimant: liability 1');
  });

  it('keeps the path of an input it has no name for', () => {
    expect(inputLabel('clauseRefs.auto.own-damage', 'zh-CN')).toBe('clauseRefs.auto.own-damage');
  });
});
