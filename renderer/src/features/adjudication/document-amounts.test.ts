import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '@shared/sync/records';
import { amountFromDocuments } from './document-amounts';

const paper = (id: string, docType: string): DocumentRecord => ({
  id,
  caseId: 'case-1',
  sha256: id.padEnd(64, '0'),
  fileName: `${id}.pdf`,
  mediaType: 'application/pdf',
  size: 1000,
  docType,
  extractionStatus: 'done',
  uploadedBy: null,
  createdAt: 1,
  photo: null,
  preview: null,
  originalStored: true,
});

const texts: Record<string, string> = {
  a: '合计（大写）：壹万元整 合计（小写）：¥10000.00',
  b: '合计（大写）：贰仟元整 合计（小写）：¥2000.00',
  forged: '合计（大写）：壹仟元整 合计（小写）：¥9000.00',
  blank: '出院小结',
};
const read = async (d: DocumentRecord) => texts[d.id] ?? '';

describe('amounts from a case’s papers', () => {
  it('adds up the invoices of a medical claim and names them', async () => {
    const amount = await amountFromDocuments(
      'MEDICAL',
      [
        paper('a', 'medical-invoice'),
        paper('b', 'medical-invoice'),
        paper('c', 'discharge-summary'),
      ],
      read,
    );
    expect(amount).toEqual({
      path: 'claim.reasonableExpensesFen',
      fen: 1_200_000,
      from: ['a.pdf', 'b.pdf'],
      setAside: [],
    });
  });

  it('sets aside an invoice whose figures and words disagree, and one without a total', async () => {
    const amount = await amountFromDocuments(
      'AUTO',
      [
        paper('a', 'repair-invoice'),
        paper('forged', 'repair-invoice'),
        paper('blank', 'repair-invoice'),
      ],
      read,
    );
    expect(amount?.fen).toBe(1_000_000);
    expect(amount?.setAside).toEqual([
      { fileName: 'forged.pdf', why: 'words-disagree' },
      { fileName: 'blank.pdf', why: 'no-total' },
    ]);
  });

  it('has nothing to offer a line without such papers, or a case without them', async () => {
    expect(await amountFromDocuments('LIFE', [paper('a', 'medical-invoice')], read)).toBeNull();
    expect(
      await amountFromDocuments('MEDICAL', [paper('c', 'discharge-summary')], read),
    ).toBeNull();
  });
});
