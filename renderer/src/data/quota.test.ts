import { describe, expect, it } from 'vitest';
import { isQuotaExceeded } from './quota';

describe('isQuotaExceeded', () => {
  it('recognises the browser error and Dexie’s wrapped form', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(
      true,
    );
    expect(isQuotaExceeded(new Error('other'))).toBe(false);
  });
});
