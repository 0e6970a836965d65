import type { PDFDocumentProxy } from 'pdfjs-dist';
import { detectCase } from '@shared/analysis/detectors';
import { extractor } from '../../../renderer/src/analysis/extract-worker';
import { pdfFacts } from '@shared/analysis/pdf-facts';
import { openPdf, pdfjs } from '../../../renderer/src/lib/pdf';
import type { ViewerBenchApi } from './api';

const now = () => performance.now();

/** What PdfPage does for one page: canvas at the device ratio, then the selectable text layer. */
async function paint(doc: PDFDocumentProxy, number: number, scale: number): Promise<void> {
  const { TextLayer } = await pdfjs();
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale });
  const box = document.createElement('div');
  box.style.cssText = `position:relative;width:${viewport.width}px;height:${viewport.height}px;--total-scale-factor:${scale}`;
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  box.append(canvas, layer);
  document.body.replaceChildren(box);
  await page.render({ canvas, viewport }).promise;
  await new TextLayer({
    textContentSource: page.streamTextContent(),
    container: layer,
    viewport,
  }).render();
  page.cleanup();
}

const api: ViewerBenchApi = {
  async firstPage(bytes, scale) {
    const began = now();
    const doc = await openPdf(new Uint8Array(bytes).buffer);
    await paint(doc, 1, scale);
    const ms = now() - began;
    await doc.destroy();
    return ms;
  },

  async pages(bytes, scale, pages) {
    const doc = await openPdf(new Uint8Array(bytes).buffer);
    await paint(doc, 1, scale);
    const times: number[] = [];
    for (const number of pages) {
      const began = now();
      await paint(doc, number, scale);
      times.push(now() - began);
    }
    await doc.destroy();
    return times;
  },

  async baseline(lines, width, height) {
    const began = now();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    document.body.replaceChildren(canvas);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#000';
    context.font = `${Math.round(height / 70)}px sans-serif`;
    lines.forEach((line, i) => context.fillText(line, width * 0.1, (i + 3) * (height / 55)));
    // Wait for the frame, as the PDF paint does.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return now() - began;
  },

  async analyse(files, c) {
    const times: number[] = [];
    for (const file of files) {
      const began = now();
      const bytes = new Uint8Array(file.bytes);
      const doc = await openPdf(bytes.slice().buffer);
      const facts = await pdfFacts(doc, bytes, {
        documentId: file.name,
        fileName: file.name,
        docType: null,
      });
      await doc.destroy();
      detectCase([facts], c);
      times.push(now() - began);
    }
    return times;
  },

  async ocr(warmUp, scans) {
    const read = (bytes: number[], name: string) =>
      extractor().read({
        mediaType: 'application/pdf',
        bytes: new Uint8Array(bytes).buffer,
        about: { documentId: name, fileName: name, docType: null },
        paper: false,
      });
    // The first file starts the worker, pdf.js, the OCR core and its language data.
    await read(warmUp, 'warm-up.pdf');
    const msPerPage: number[] = [];
    let pages = 0;
    let lastText = '';
    let missing: string[] = [];
    for (const [i, scan] of scans.entries()) {
      const began = now();
      const result = await read(scan, `scan-${i}.pdf`);
      const ms = now() - began;
      if (result.facts?.kind !== 'pdf') throw new Error('the scan was not read as a PDF');
      const ocrPages = result.facts.ocrPages?.length ?? 0;
      if (ocrPages === 0) throw new Error('no page of the scan was read by OCR');
      msPerPage.push(ms / ocrPages);
      pages += ocrPages;
      lastText = result.facts.pageTexts.join('\n');
      missing = result.ocrMissing;
    }
    return { msPerPage, pages, lastText, missing };
  },
};

window.viewerBench = api;
document.body.dataset['ready'] = 'true';
