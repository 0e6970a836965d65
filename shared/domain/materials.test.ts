import { describe, expect, it } from 'vitest';
import { missingMaterials, requiredMaterials } from './materials';

describe('required materials', () => {
  it('asks every line for the claim form, ID and bank card, plus its own items', () => {
    expect(requiredMaterials('MEDICAL')).toEqual([
      'claim-form',
      'claimant-id',
      'payee-bank-card',
      'medical-invoices',
      'expense-list',
      'discharge-summary',
    ]);
    expect(requiredMaterials('AUTO')).toContain('liability-certificate');
  });

  it('counts an item as on file only when it is present, not when missing or rejected', () => {
    const onFile = requiredMaterials('CI').map((itemCode) => ({
      itemCode,
      status: 'present' as const,
    }));
    expect(missingMaterials('CI', onFile)).toEqual([]);
    expect(
      missingMaterials('CI', [...onFile.slice(1), { itemCode: 'claim-form', status: 'rejected' }]),
    ).toEqual(['claim-form']);
    expect(missingMaterials('CI', [])).toHaveLength(5);
  });
});
