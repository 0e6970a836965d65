import { describe, expect, it } from 'vitest';
import { isMainlandMobile, normalizeMobile } from './mobile';

describe('mainland mobile numbers', () => {
  it.each(['13800138000', '+86 138 0013 8000', '86-19912345678', '15012345678'])(
    'accepts %s',
    (n) => expect(isMainlandMobile(n)).toBe(true),
  );

  it.each(['12800138000', '1380013800', '138001380001', '021-64381234', '', 'abcdefghijk'])(
    'refuses %s',
    (n) => expect(isMainlandMobile(n)).toBe(false),
  );

  it('drops the country code and separators', () => {
    expect(normalizeMobile('+86 138-0013-8000')).toBe('13800138000');
  });
});
