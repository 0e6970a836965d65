import { describe, expect, it } from 'vitest';
import { wrapText } from './text-wrap';

/** Every character one unit wide except CJK, two: close enough to a real font. */
const measure = (text: string) =>
  [...text].reduce((width, char) => width + (/[\u2e80-\uffef]/.test(char) ? 2 : 1), 0);

describe('wrapText', () => {
  it('breaks English at spaces and keeps words whole', () => {
    expect(wrapText('Less excluded items 1,250.00 CNY', 12, measure)).toEqual([
      'Less',
      'excluded',
      'items',
      '1,250.00 CNY',
    ]);
  });

  it('breaks Chinese between characters without dropping any', () => {
    const text = '扣除社会医疗保险已支付';
    const lines = wrapText(text, 8, measure);
    expect(lines).toEqual(['扣除社会', '医疗保险', '已支付']);
    expect(lines.join('')).toBe(text);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const lines = wrapText('年免赔额，本年已抵扣（主要责任）', 8, measure);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。）]/);
      expect(line).not.toMatch(/（$/);
    }
    expect(lines.join('')).toBe('年免赔额，本年已抵扣（主要责任）');
  });

  it('keeps an amount with its unit', () => {
    const lines = wrapText('剩余额度 39,650.00 元', 16, measure);
    expect(lines.at(-1)).toBe('39,650.00 元');
  });

  it('splits a token longer than the line rather than overflowing', () => {
    const lines = wrapText('6222021234567890123', 5, measure);
    expect(lines.every((line) => measure(line) <= 5)).toBe(true);
    expect(lines.join('')).toBe('6222021234567890123');
  });

  it('honours forced line breaks and keeps empty lines', () => {
    expect(wrapText('第一段\n\n第二段', 100, measure)).toEqual(['第一段', '', '第二段']);
  });
});
