import { describe, expect, it } from 'vitest';
import { readInvoiceTotal } from '@shared/analysis/invoice-total';
import { createDocumentFactory } from './factory';
import { readPdf, sampleFacts } from './test-helpers';

const TOTALLED = new Set(['medical-invoice', 'expense-list', 'repair-invoice', 'loss-list']);

describe('totals read back from the demo papers', () => {
  it('finds the stated total on every invoice and list, in figures and words that agree', async () => {
    const factory = createDocumentFactory({ seed: 11 });
    let read = 0;
    for (const facts of sampleFacts(40, 11)) {
      const { documents } = await factory.documentsFor(facts, null);
      for (const document of documents) {
        if (!TOTALLED.has(document.kind)) continue;
        const total = readInvoiceTotal((await readPdf(document.bytes)).text);
        expect(total, `${document.fileName} states a total`).not.toBeNull();
        expect(total?.fen).toBeGreaterThan(0);
        if (total?.wordsFen !== null) expect(total?.wordsFen).toBe(total?.fen);
        read++;
      }
    }
    expect(read).toBeGreaterThan(10);
  }, 120_000);
});
