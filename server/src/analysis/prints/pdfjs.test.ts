import { describe, expect, it } from 'vitest';
import { loadPdfjs } from './pdfjs';

describe('loadPdfjs', () => {
  it('loads pdf.js and leaves the natives the service relies on in place', async () => {
    const before = {
      stringify: JSON.stringify,
      parse: JSON.parse,
      push: Array.prototype.push,
      toString: Function.prototype.toString,
    };
    const pdfjs = await loadPdfjs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(JSON.stringify).toBe(before.stringify);
    expect(JSON.parse).toBe(before.parse);
    expect(Array.prototype.push).toBe(before.push);
    expect(Function.prototype.toString).toBe(before.toString);
    expect(String(JSON.stringify)).toContain('[native code]');
    expect(await loadPdfjs()).toBe(pdfjs);
  });
});
