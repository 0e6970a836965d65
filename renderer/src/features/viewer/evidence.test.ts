import { describe, expect, it } from 'vitest';
import { evidenceRows, humanKey } from './evidence';

const YES_NO = { yes: '是', no: '否' };

describe('evidenceRows', () => {
  it('shows amounts in yuan, numbers grouped and yes / no, and leaves internal ids out', () => {
    expect(
      evidenceRows(
        {
          claimedFen: 1_234_567,
          peers: 1200,
          hasExif: false,
          originalCaseId: '0192-abc',
          originalCaseNumber: 'CLM-2026-000123',
          dHash: 'ffff0000ffff0000',
          camera: null,
        },
        'zh-CN',
        YES_NO,
      ),
    ).toEqual([
      { key: 'claimedFen', value: '¥12,345.67' },
      { key: 'peers', value: '1,200' },
      { key: 'hasExif', value: '否' },
      { key: 'originalCaseNumber', value: 'CLM-2026-000123' },
    ]);
  });

  it('keeps a fractional figure as a number', () => {
    expect(evidenceRows({ robustZ: 14.2 }, 'en', YES_NO)).toEqual([
      { key: 'robustZ', value: '14.2' },
    ]);
  });
});

describe('humanKey', () => {
  it('splits a camel-case key into words', () => {
    expect(humanKey('originalCaseNumber')).toBe('original case number');
  });
});
