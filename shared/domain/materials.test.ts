import { describe, expect, it } from 'vitest';
import { LINES } from './lines';
import { MATERIAL_TEXTS } from './material-texts';
import {
  checklistFor,
  isMaterialCode,
  missingMaterials,
  requiredMaterials,
  reuseOffers,
  type MaterialOnFile,
} from './materials';

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

describe('materials checklist', () => {
  it('lists every required item then the optional ones, unrecorded items as missing', () => {
    const list = checklistFor('MEDICAL', [
      { itemCode: 'claim-form', status: 'present', documentId: 'd1' },
      { itemCode: 'expense-list', status: 'rejected', reason: 'blurred' },
      { itemCode: 'not-a-medical-item', status: 'present' },
    ]);
    expect(list.filter((i) => i.required).map((i) => [i.code, i.status])).toEqual([
      ['claim-form', 'present'],
      ['claimant-id', 'missing'],
      ['payee-bank-card', 'missing'],
      ['medical-invoices', 'missing'],
      ['expense-list', 'rejected'],
      ['discharge-summary', 'missing'],
    ]);
    expect(list.find((i) => i.code === 'expense-list')?.reason).toBe('blurred');
    expect(list.filter((i) => !i.required).map((i) => i.code)).toEqual([
      'power-of-attorney',
      'social-insurance-statement',
    ]);
    expect(list.some((i) => i.code === ('not-a-medical-item' as string))).toBe(false);
  });

  it.each(LINES)(
    'gives %s a checklist with the three common items, each code named once',
    (line) => {
      const codes = checklistFor(line, []).map((i) => i.code);
      expect(codes.slice(0, 3)).toEqual(['claim-form', 'claimant-id', 'payee-bank-card']);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(MATERIAL_TEXTS[code].name['zh-CN']).not.toBe('');
    },
  );

  it('never counts an optional item as missing', () => {
    expect(missingMaterials('AUTO', [])).not.toContain('police-report');
    expect(isMaterialCode('AUTO', 'police-report')).toBe(true);
    expect(isMaterialCode('AUTO', 'medical-invoices')).toBe(false);
  });
});

describe('reuse of items on file', () => {
  const earlier = (caseId: string, updatedAt: number, materials: MaterialOnFile[]) => ({
    caseId,
    caseNumber: caseId.toUpperCase(),
    updatedAt,
    materials,
  });

  it('offers the ID card and bank card from the newest earlier claim that accepted them', () => {
    const offers = reuseOffers(
      'MEDICAL',
      [{ itemCode: 'claim-form', status: 'present' }],
      [
        earlier('old', 1, [
          { itemCode: 'claimant-id', status: 'present', documentId: 'id-old' },
          { itemCode: 'payee-bank-card', status: 'present', documentId: 'card-old' },
        ]),
        earlier('new', 2, [
          { itemCode: 'claimant-id', status: 'present', documentId: 'id-new' },
          { itemCode: 'payee-bank-card', status: 'rejected', documentId: 'card-bad' },
        ]),
      ],
    );
    expect(offers).toEqual([
      { code: 'claimant-id', fromCaseId: 'new', fromCaseNumber: 'NEW', documentId: 'id-new' },
      { code: 'payee-bank-card', fromCaseId: 'old', fromCaseNumber: 'OLD', documentId: 'card-old' },
    ]);
  });

  it('offers nothing the case already holds, nothing claim-specific, nothing without an earlier copy', () => {
    const past = earlier('old', 1, [
      { itemCode: 'claimant-id', status: 'present' },
      { itemCode: 'medical-invoices', status: 'present' },
    ]);
    expect(
      reuseOffers('MEDICAL', [{ itemCode: 'claimant-id', status: 'present' }], [past]),
    ).toEqual([]);
    expect(reuseOffers('MEDICAL', [], [])).toEqual([]);
    expect(reuseOffers('MEDICAL', [], [past]).map((o) => o.code)).toEqual(['claimant-id']);
  });
});
