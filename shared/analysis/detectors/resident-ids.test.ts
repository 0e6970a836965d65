import { describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '../../domain/resident-id';
import { residentIdChecksum } from './resident-ids';
import { CASE, page, pdf } from './test-fixtures';

const BODY = '31010119850314123';
const VALID = `${BODY}${residentIdCheckChar(BODY)}`;
const WRONG = `${BODY}${residentIdCheckChar(BODY) === '0' ? '1' : '0'}`;
const on = (text: string) => pdf(page([[[250, '理赔申请书']], [[320, text]]]));

describe('resident ID checksum', () => {
  it.each([
    ['a valid number', `证件号码：${VALID}`, false],
    ['a valid number ending in a lower-case x', '证件号码：11010519491231002x', false],
    ['a wrong check character', `证件号码：${WRONG}`, true],
    ['a wrong check character, unlabelled', `本人 ${WRONG} 声明`, true],
    ['a 19-digit bank card', '卡号：6217001234567890123', false],
    ['an 18-digit number with no real birth date', '订单号：310101198513991234', false],
    ['an 18-digit number with no province', '编号：990101198503141234', false],
    ['a birth date after the claim', `证件号码：3101012099031412${'3'}4`, false],
  ])('%s: flagged %s', (_what, text, flagged) => {
    expect(residentIdChecksum(on(text), CASE).length).toBe(flagged ? 1 : 0);
  });

  it('gives the printed and expected check characters and where the number is', () => {
    const [f] = residentIdChecksum(on(`证件号码：${WRONG}`), CASE);
    expect(f?.evidence).toEqual({
      printedIdNumber: WRONG,
      printedCheckChar: WRONG.slice(17),
      expectedCheckChar: residentIdCheckChar(BODY),
    });
    expect(f?.page).toBe(1);
    expect(f?.region?.y).toBe(120);
  });
});
