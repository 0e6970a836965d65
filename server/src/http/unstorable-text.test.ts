import { describe, expect, it } from 'vitest';
import { findUnstorableText } from './unstorable-text';

describe('findUnstorableText', () => {
  it('names the first string PostgreSQL could not store', () => {
    expect(findUnstorableText({ a: 'fine', b: ['ok', 'x\u0000y'] }, 'body')).toBe('body.b.1');
    expect(findUnstorableText({ note: 'half \uD83D a smile' }, 'body')).toBe('body.note');
    expect(findUnstorableText({ ['k\u0000']: 1 }, 'body')).toBe('body (a key)');
    expect(findUnstorableText({ caseId: '\uFEFFcase-1' }, 'body')).toBe('body.caseId');
  });

  it('accepts whole characters, including ones made of two halves', () => {
    expect(findUnstorableText({ note: '理赔 🧾 ok', n: 1, none: null }, 'body')).toBeNull();
    expect(findUnstorableText({ note: 'a BOM inside \uFEFF is kept' }, 'body')).toBeNull();
    expect(findUnstorableText(Buffer.from([0, 0xd8]), 'body')).toBeNull();
  });

  it('walks bodies nested far deeper than the call stack would allow', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep, 'body')).toMatch(/^body(\.0)+$/);
  });
});
