import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import subsetFont from 'subset-font';
import { pngPainter } from '../../scripts/lib/ocr-node';

/** A line of print on an A4 page: text, left edge and baseline from the top, in points. */
export interface PrintedLine {
  text: string;
  x: number;
  top: number;
  size: number;
}

async function chineseFont(text: string): Promise<Uint8Array> {
  const main = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  const source = await readFile(
    path.join(path.dirname(main), '..', 'fonts', 'NotoSansHans-Regular.otf'),
  );
  // pdf-lib's own subsetting breaks CJK glyphs: subset first, embed whole.
  return new Uint8Array(await subsetFont(source, text, { targetFormat: 'sfnt' }));
}

/** A PDF with the lines as real text (what the printer printed). */
export async function printedPdf(pages: readonly (readonly PrintedLine[])[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const chars = [...new Set(pages.flat().flatMap((l) => [...l.text]))].join('');
  const font = await pdf.embedFont(await chineseFont(chars), { subset: false });
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    for (const line of lines)
      page.drawText(line.text, { x: line.x, y: 842 - line.top, size: line.size, font });
  }
  return pdf.save();
}

/** The first page of a PDF as a PNG picture, as a phone photographs a paper. */
export async function pagePicture(printed: Uint8Array): Promise<Uint8Array> {
  const source = await getDocument({ data: printed.slice(), verbosity: 0 }).promise;
  try {
    const { image } = await pngPainter(source)(await source.getPage(1));
    if (!(image instanceof Uint8Array)) throw new Error('expected PNG bytes');
    return image;
  } finally {
    await source.destroy();
  }
}

/**
 * The same paper as a copy-shop scan: each page only a picture of itself,
 * no text layer, as OCR has to read it.
 */
export async function scannedPdf(printed: Uint8Array): Promise<Uint8Array> {
  const source = await getDocument({ data: printed.slice(), verbosity: 0 }).promise;
  const scan = await PDFDocument.create();
  try {
    const paint = pngPainter(source);
    for (let n = 1; n <= source.numPages; n++) {
      const page = await source.getPage(n);
      const { image } = await paint(page);
      if (!(image instanceof Uint8Array)) throw new Error('expected PNG bytes');
      const png = await scan.embedPng(image);
      scan.addPage([595, 842]).drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
    }
  } finally {
    await source.destroy();
  }
  return scan.save();
}
