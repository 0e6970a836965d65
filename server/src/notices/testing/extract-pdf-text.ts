import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of a PDF as a reader's copy-paste would give it, for tests. */
export interface ExtractedPdf {
  pages: string[];
  /** All pages, whitespace removed: wrapping may split a sentence at any space. */
  flat: string;
  size: readonly number[];
}

export async function extract(bytes: Uint8Array): Promise<ExtractedPdf> {
  const doc = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    let size: readonly number[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      size = page.view;
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    return { pages, flat: squash(pages.join('')), size };
  } finally {
    await doc.destroy();
  }
}

/** Whitespace removed and quotes made plain, as the English notice prints them. */
export const squash = (text: string) =>
  text.replace(/\s+/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
