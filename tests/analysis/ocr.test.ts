import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OCR_FONT } from '@shared/analysis/facts';
import { layoutLines } from '@shared/analysis/detectors/layout';
import type { OcrEngine } from '../../renderer/src/analysis/ocr-engine';
import { pdfFacts } from '@shared/analysis/pdf-facts';
import { withScannedPages } from '../../renderer/src/analysis/scanned-pages';
import { pngPainter, startDiskOcr } from '../../scripts/lib/ocr-node';
import { findTessdata } from '../../scripts/lib/tessdata';
import { printedPdf, scannedPdf } from './scanned-paper';

const { found } = findTessdata();
const haveData = found.has('chi_sim') && found.has('eng');

/** Needs chi_sim.traineddata on disk (Debian: tesseract-ocr-chi-sim, or TESSDATA_DIR). */
describe.skipIf(!haveData)('OCR of a scanned paper (language data on disk)', () => {
  let engine: OcrEngine;
  beforeAll(async () => {
    const started = await startDiskOcr();
    if (!started.engine) throw new Error('no OCR engine');
    engine = started.engine;
  }, 60_000);
  afterAll(async () => {
    await engine.terminate();
  });

  it('reads Chinese and English from a page with no text layer, as runs where they stand', async () => {
    const scan = await scannedPdf(
      await printedPdf([
        [
          { text: '机动车维修发票', x: 200, top: 90, size: 22 },
          { text: '发票号码 04471283', x: 72, top: 160, size: 14 },
          { text: 'Total 8,800.00', x: 72, top: 200, size: 14 },
        ],
      ]),
    );
    const doc = await getDocument({ data: scan, verbosity: 0 }).promise;
    try {
      const bare = await pdfFacts(doc, scan, {
        documentId: 'd',
        fileName: 'scan.pdf',
        docType: null,
      });
      expect(bare.pageTexts).toEqual(['']);
      const facts = await withScannedPages(doc, bare, pngPainter(doc), engine);
      expect(facts.ocrPages).toEqual([1]);
      const text = facts.pageTexts[0] ?? '';
      expect(text).toContain('维修发票');
      expect(text).toContain('04471283');
      expect(text).toContain('8,800.00');
      expect(facts.runs.every((r) => r.fontName === OCR_FONT && r.page === 1)).toBe(true);
      const number = facts.runs.find((r) => r.str.includes('04471283'));
      // Printed at 72 pt from the left with its baseline 160 pt from the top.
      expect(number?.x).toBeGreaterThan(100);
      expect(number?.x).toBeLessThan(200);
      expect((number?.y ?? 0) + (number?.height ?? 0)).toBeGreaterThan(150);
      expect((number?.y ?? 0) + (number?.height ?? 0)).toBeLessThan(170);
      expect(layoutLines(facts.runs).map((l) => l.text)).toEqual(
        expect.arrayContaining([expect.stringContaining('机动车维修发票')]),
      );
    } finally {
      await doc.destroy();
    }
  }, 120_000);
});
