import { describe, expect, it } from 'vitest';
import { contentMismatch, FileProblemError, problemOf, withinBudget } from './file-problems';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('file problems', () => {
  it('tells a file whose content is not what its type says', () => {
    expect(contentMismatch('application/pdf', bytes('%PDF-1.7\n'))).toBe(false);
    expect(contentMismatch('application/pdf', bytes('\r\n\r\n%PDF-1.4'))).toBe(false);
    expect(contentMismatch('application/pdf', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(contentMismatch('image/jpeg', bytes('%PDF-1.7'))).toBe(true);
    expect(contentMismatch('application/zip', bytes('anything'))).toBe(false);
  });

  it('names pdf.js failures and our own', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name });
    expect(problemOf(named('PasswordException'))).toBe('encrypted');
    expect(problemOf(named('InvalidPDFException'))).toBe('corrupt');
    expect(problemOf(new FileProblemError('empty'))).toBe('empty');
    expect(problemOf(new Error('something else'))).toBe('unreadable');
  });

  it('gives up on work that takes longer than its budget', async () => {
    await expect(withinBudget(new Promise(() => undefined), 10)).rejects.toMatchObject({
      problem: 'timeout',
    });
    await expect(withinBudget(Promise.resolve(7), 1000)).resolves.toBe(7);
  });
});
