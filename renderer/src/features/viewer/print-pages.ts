import type { PDFDocumentProxy } from 'pdfjs-dist';

/** Print resolution: 150 dpi over PDF's 72 points per inch. */
const PRINT_SCALE = 150 / 72;

/**
 * Prints every page through the system print dialog. Pages are drawn to
 * images in a print-only area, so printing needs neither a PDF plug-in nor
 * a frame the app's security policy would refuse.
 */
export async function printPdf(doc: PDFDocumentProxy): Promise<void> {
  const area = document.createElement('div');
  area.id = 'print-pages';
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: PRINT_SCALE });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    await page.render({ canvas, viewport }).promise;
    const image = document.createElement('img');
    image.src = canvas.toDataURL('image/png');
    image.alt = `${number}`;
    area.append(image);
  }
  document.body.append(area);
  document.body.classList.add('printing');
  const done = () => {
    document.body.classList.remove('printing');
    area.remove();
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}

/** The styles that make only the print area print; mounted with the viewer. */
export const PRINT_STYLES = {
  '@media screen': { '#print-pages': { display: 'none' } },
  '@media print': {
    'body.printing > *:not(#print-pages)': { display: 'none !important' },
    '#print-pages img': { display: 'block', width: '100%', breakAfter: 'page' },
  },
} as const;
