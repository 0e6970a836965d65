import { describe, expect, it } from 'vitest';
import { inputChoices } from './input-choices';

describe('calculation inputs that are choices', () => {
  it('offers every liability share, named for the reader', () => {
    expect(inputChoices('liability', 'full', 'zh-CN')?.map((c) => c.label)).toEqual([
      '全部责任',
      '主要责任',
      '同等责任',
      '次要责任',
      '无责任',
    ]);
    expect(inputChoices('claimants.0.basis', 'agreement', 'en')?.map((c) => c.value)).toEqual([
      'judgment',
      'mediation',
      'agreement',
    ]);
  });

  it('offers yes and no for a flag, and nothing for an amount', () => {
    expect(inputChoices('claim.socialInsuranceUsed', true, 'en')).toEqual([
      { value: 'true', label: 'Yes' },
      { value: 'false', label: 'No' },
    ]);
    expect(inputChoices('ownDamage.lossFen', 100, 'zh-CN')).toBeNull();
  });
});
