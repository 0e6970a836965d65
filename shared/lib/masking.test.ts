import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './masking';

describe('masking personal data for lists', () => {
  it('keeps the family and last character of a personal name', () => {
    expect(maskName('王小明')).toBe('王*明');
    expect(maskName('李娜')).toBe('李*');
    expect(maskName('欧阳建国')).toBe('欧**国');
  });

  it('leaves enterprise names readable', () => {
    expect(maskName('上海申通物流有限公司')).toBe('上海申通物流有限公司');
  });

  it('hides the middle of a resident ID and a mobile number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
