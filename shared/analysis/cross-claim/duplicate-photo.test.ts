import { describe, expect, it } from 'vitest';
import { duplicatePhoto } from './duplicate-photo';
import { DAY, photoPrint, T0 } from './test-fixtures';

describe('duplicatePhoto', () => {
  const original = photoPrint('photo-a', 'case-a', 'f0f0f0f0f0f0f0f0', T0);

  it('flags a photo a few bits from one filed earlier on another case, naming the nearest', () => {
    const farther = photoPrint('photo-x', 'case-x', 'f0f0f0f0f0f0f00c', T0);
    const copy = photoPrint('photo-b', 'case-b', 'f0f0f0f0f0f0f0f3', T0 + DAY);
    expect(duplicatePhoto(copy, [farther, original])).toEqual([
      expect.objectContaining({
        kind: 'duplicate-photo',
        severity: 'high',
        documentId: 'photo-b',
        evidence: expect.objectContaining({
          hashDistance: 2,
          originalCaseId: 'case-a',
          originalDocumentId: 'photo-a',
        }),
      }),
    ]);
  });

  it('rates a looser match medium', () => {
    const copy = photoPrint('photo-b', 'case-b', 'f0f0f0f0f0f0f00c', T0 + DAY);
    expect(duplicatePhoto(copy, [original])[0]).toMatchObject({
      severity: 'medium',
      evidence: { hashDistance: 6 },
    });
  });

  it('ignores different photos, the same case, later filings and photos without a hash', () => {
    const different = photoPrint('photo-b', 'case-b', '0f0f0f0f0f0f0f0f', T0 + DAY);
    expect(duplicatePhoto(different, [original])).toEqual([]);
    const sameCase = photoPrint('photo-c', 'case-a', 'f0f0f0f0f0f0f0f0', T0 + DAY);
    expect(duplicatePhoto(sameCase, [original])).toEqual([]);
    const earlier = photoPrint('photo-d', 'case-d', 'f0f0f0f0f0f0f0f0', T0 - DAY);
    expect(duplicatePhoto(earlier, [original])).toEqual([]);
    expect(
      duplicatePhoto({ ...original, documentId: 'x', caseId: 'y', dHash: null }, [original]),
    ).toEqual([]);
  });
});
