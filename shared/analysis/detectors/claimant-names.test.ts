import { describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '../../domain/resident-id';
import { nameMismatch, sameName } from './claimant-names';
import { CASE, page, pdf } from './test-fixtures';

const BODY = '31010119850314123';
const CLAIMANT_ID = `${BODY}${residentIdCheckChar(BODY)}`;
const OTHER_BODY = '44010619900101456';
const OTHER_ID = `${OTHER_BODY}${residentIdCheckChar(OTHER_BODY)}`;
const c = { ...CASE, claimant: { name: '张伟', idNumber: CLAIMANT_ID } };
const doc = (...lines: string[]) => pdf(page(lines.map((text) => [[56, text] as const])));

describe('name on a document against the claimant', () => {
  it.each([
    ['the claimant as applicant', ['申请人：张伟'], null],
    ['the claimant on an ID card', ['姓名 张伟'], null],
    ['a masked payer name', ['交款人：张*'], null],
    ['an insurer billed directly', ['购买方名称：中盛财产保险股份有限公司'], null],
    ['another patient', ['姓名：李娜', '性别：女'], 'medium'],
    ['another buyer on a repair invoice', ['购买方名称：王强'], 'medium'],
    ['another account holder', ['户名：王强'], 'high'],
    ['the name glued to the next field', ['姓名：李娜性别：女'], 'medium'],
    ['another insured, under a seal label', ['被保险人（盖章）：李娜'], 'medium'],
  ])('%s: %s', (_what, lines, severity) => {
    expect(nameMismatch(doc(...lines), c)[0]?.severity ?? null).toBe(severity);
  });

  it.each([
    ['a narrative naming the insured without a field', ['2026年10月29日，被保险人李娜驾车追尾']],
    ['the deceased on a death certificate', ['死者姓名：李娜', '申报人：张伟']],
    ['the doctor', ['医师姓名：李娜']],
    ['a third party claiming', ['索赔人：李娜']],
    ['the claimant as one of the parties to an accident', ['当事人：李娜', '当事人：张伟']],
  ])('leaves %s alone', (_what, lines) => {
    expect(nameMismatch(doc(...lines), c)).toEqual([]);
  });

  it('flags an accident certificate none of whose parties is the claimant', () => {
    expect(nameMismatch(doc('当事人：李娜', '当事人：王强'), c)).toHaveLength(1);
  });

  it('explains with both names and points at the printed one', () => {
    const [f] = nameMismatch(doc('申请人：张伟', '户名：王强'), c);
    expect(f?.evidence).toEqual({ label: '户名', printedName: '王强', claimantName: '张伟' });
    expect(f?.region).toEqual({ x: 56 + 3 * 10.5, y: 120, width: 2 * 10.5, height: 10.5 });
    expect(f?.explanation['zh-CN']).toContain('“户名”为“王强”，与申请人“张伟”不符');
  });
});

describe('ID number on a document against the claimant', () => {
  it.each([
    ['the claimant’s number', `证件号码：${CLAIMANT_ID}`, false],
    ['someone else’s number', `证件号码：${OTHER_ID}`, true],
    [
      'the claimant’s number with a wrong check character',
      `公民身份号码 ${BODY}${CLAIMANT_ID.endsWith('0') ? '1' : '0'}`,
      false,
    ],
    ['an unlabelled number', `备注 ${OTHER_ID}`, false],
  ])('%s: flagged %s', (_what, text, flagged) => {
    expect(nameMismatch(doc('申请人：张伟', text), c).length).toBe(flagged ? 1 : 0);
  });

  it('does not compare on a paper about another person too', () => {
    expect(nameMismatch(doc('死者姓名：李娜', `身份证件号码：${OTHER_ID}`), c)).toEqual([]);
  });

  it('does not compare with an enterprise’s credit code', () => {
    const company = { ...c, claimant: { name: '张伟', idNumber: '91310000MA1FL5LX3X' } };
    expect(nameMismatch(doc(`证件号码：${OTHER_ID}`), company)).toEqual([]);
  });
});

describe('name equality', () => {
  it.each([
    ['张伟', '张伟', true],
    ['张 伟', '张伟', true],
    ['张*', '张伟', true],
    ['张**', '张小伟', true],
    ['*伟', '张伟', true],
    ['李*', '张伟', false],
    ['上海某某有限公司（分公司）', '上海某某有限公司(分公司)', true],
  ])('%s ~ %s: %s', (printed, claimant, same) => {
    expect(sameName(printed, claimant)).toBe(same);
  });
});
