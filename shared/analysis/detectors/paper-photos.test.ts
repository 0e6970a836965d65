import { describe, expect, it } from 'vitest';
import { OCR_FONT } from '../facts';
import { residentIdCheckChar } from '../../domain/resident-id';
import { detectCase } from './index';
import { paperOf } from './paper-photos';
import { CASE, page, photo } from './test-fixtures';

const BODY = '11010519850612357';
const WRONG = `${BODY}${residentIdCheckChar(BODY) === '0' ? '1' : '0'}`;

/** What OCR read off a photographed ID card copy, in the photo's pixels. */
const ocrRuns = page([[[400, '居民身份证复印件']], [[200, `公民身份号码 ${WRONG}`]]], {
  font: OCR_FONT,
  size: 40,
  top: 300,
  step: 80,
});

describe('photographed papers', () => {
  it('are judged as the paper they show, with regions in the photo’s pixels', () => {
    const idCopy = photo({ documentId: 'photo-id', docType: 'id-card', ocrRuns, ocrText: '…' });
    const found = detectCase([idCopy], CASE).filter((f) => f.kind === 'resident-id-checksum');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ documentId: 'photo-id', page: null });
    expect(found[0]?.region?.y).toBe(380);
    expect(found[0]?.region?.x).toBeGreaterThan(200);
  });

  it('raise nothing for the paper when OCR read nothing, and scene photos stay photos', () => {
    expect(paperOf(photo())).toBeNull();
    expect(paperOf(photo({ ocrRuns: [] }))).toBeNull();
    expect(paperOf(photo({ ocrRuns }))).toMatchObject({ kind: 'pdf', pages: 1, ocrPages: [1] });
  });
});
