import { describe, expect, it } from 'vitest';
import { OCR_FONT } from '@shared/analysis/facts';
import { ocrLineText, ocrRuns, type OcrPage } from './ocr-text';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe('OCR words as text runs', () => {
  it('joins Chinese characters without spaces and keeps spaces between Latin words', () => {
    expect(ocrLineText(['发', '票', '号码', '04471283'])).toBe('发票号码 04471283');
    expect(ocrLineText(['Total', '8,800.00'])).toBe('Total 8,800.00');
  });

  it('places words in PDF points with their line’s top and height, and drops unsure specks', () => {
    const page: OcrPage = {
      lines: [
        {
          bbox: box(100, 200, 500, 240),
          words: [
            { text: '发', confidence: 90, bbox: box(100, 204, 130, 238) },
            { text: '票', confidence: 90, bbox: box(134, 202, 164, 240) },
            { text: '8,800.00', confidence: 88, bbox: box(300, 206, 420, 236) },
            { text: '~', confidence: 5, bbox: box(480, 230, 490, 236) },
          ],
        },
      ],
    };
    const { runs, text } = ocrRuns(page, 2, 0.5);
    expect(text).toBe('发票 8,800.00');
    expect(runs).toEqual([
      { page: 2, str: '发票', x: 50, y: 100, width: 32, height: 20, fontName: OCR_FONT },
      { page: 2, str: '8,800.00', x: 150, y: 100, width: 60, height: 20, fontName: OCR_FONT },
    ]);
  });
});
