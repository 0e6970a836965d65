import { describe, expect, it } from 'vitest';
import { materialFor, suggestDocumentType } from './document-types';

describe('document type suggestion', () => {
  it.each([
    ['理赔申请书\n申请人：王子涵', 'claim-form'],
    ['居民身份证（复印件）', 'id-card'],
    ['银行卡（复印件）', 'bank-card'],
    ['医疗住院收费票据（电子）\n合计', 'medical-invoice'],
    ['住院费用明细清单\n项目 金额', 'expense-list'],
    ['出院小结\n入院日期', 'discharge-summary'],
    ['诊断证明书', 'diagnosis-certificate'],
    ['道路交通事故认定书', 'accident-certificate'],
    ['增值税电子普通发票\n（机动车维修）', 'repair-invoice'],
    ['财产损失清单', 'loss-list'],
    ['居民死亡医学证明（推断）书', 'death-certificate'],
    ['索赔函', 'liability-claim-letter'],
    ['Itemised expense list', 'expense-list'],
  ])('reads %j as %s', (text, type) => {
    expect(suggestDocumentType(text)).toBe(type);
  });

  it('lets the heading decide over words further down', () => {
    const form = `理赔申请书\n${'申请人声明以上内容属实。'.repeat(20)}\n附：医疗发票 3 张`;
    expect(suggestDocumentType(form)).toBe('claim-form');
  });

  it('says nothing when the text names no known paper, and calls an image a photo', () => {
    expect(suggestDocumentType('会议纪要')).toBeNull();
    expect(suggestDocumentType('', 'image/jpeg')).toBe('damage-photo');
  });
});

describe('checklist item of a document type', () => {
  it('picks the item the case line asks for', () => {
    expect(materialFor('accident-certificate', 'AUTO')).toBe('liability-certificate');
    expect(materialFor('accident-certificate', 'ACCIDENT')).toBe('accident-proof');
    expect(materialFor('medical-invoice', 'MEDICAL')).toBe('medical-invoices');
    expect(materialFor('medical-invoice', 'AUTO')).toBe('third-party-medical-invoices');
    expect(materialFor('id-card', 'LIFE')).toBe('claimant-id');
  });

  it('supplies nothing for a notice, an unknown type or a paper the line does not ask for', () => {
    expect(materialFor('decision-notice', 'AUTO')).toBeNull();
    expect(materialFor('nonsense', 'AUTO')).toBeNull();
    expect(materialFor('repair-invoice', 'MEDICAL')).toBeNull();
  });
});
