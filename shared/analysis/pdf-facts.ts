import type { PdfFacts, TextRun } from './facts';

/**
 * The part of pdf.js's document proxy extraction reads, written out so that
 * shared code need not depend on pdf.js: the workstation passes its
 * browser build's document, the service and the CLI the Node build's.
 */
export interface PdfSource {
  numPages: number;
  getPage(number: number): Promise<{
    view: number[];
    getTextContent(): Promise<{ items: readonly (PdfTextItem | object)[] }>;
  }>;
  getMetadata(): Promise<{ info: unknown }>;
}

export interface PdfTextItem {
  str: string;
  transform: readonly unknown[];
  width: number;
  height: number;
  fontName: string;
}

/**
 * Everything the detectors need from a PDF: each text run where it stands
 * and in which font, the Info dictionary's dates and producer, and how many
 * times the file was appended to after its first save. The caller opens the
 * document (pdf.js parses in its worker) and keeps ownership of it.
 */
export async function pdfFacts(
  doc: PdfSource,
  bytes: Uint8Array,
  about: { documentId: string; fileName: string; docType: string | null },
): Promise<PdfFacts> {
  const runs: TextRun[] = [];
  const pageTexts: string[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const top = page.view[3] ?? 0;
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!isTextItem(item)) continue;
      text += item.str;
      if (item.str.trim() === '') continue;
      const height = Math.abs(item.height || Number(item.transform[3]) || 0);
      runs.push({
        page: number,
        str: item.str,
        x: Number(item.transform[4]),
        y: top - Number(item.transform[5]) - height,
        width: item.width,
        height,
        fontName: item.fontName,
      });
    }
    pageTexts.push(text);
  }
  const { info } = await doc.getMetadata();
  const field = (name: string): string | null => {
    const value = typeof info === 'object' && info !== null ? Reflect.get(info, name) : null;
    return typeof value === 'string' && value.trim() !== '' ? value : null;
  };
  return {
    kind: 'pdf',
    ...about,
    pages: doc.numPages,
    pageTexts,
    runs,
    info: {
      creationDate: pdfDate(field('CreationDate')),
      modDate: pdfDate(field('ModDate')),
      producer: field('Producer'),
      creator: field('Creator'),
    },
    incrementalUpdates: Math.max(0, countEof(bytes) - 1),
  };
}

/** A PDF date (D:YYYYMMDDHHmmSS+08'00') in epoch milliseconds; a date without an offset is read as UTC, as the format says. */
export function pdfDate(value: string | null): number | null {
  const match = /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(
    value ?? '',
  );
  if (!match) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone] = match;
  const offset =
    !zone || zone === 'Z'
      ? 'Z'
      : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5) || '00'}`;
  const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(time) ? null : time;
}

/** Each save of a PDF ends with %%EOF; an incremental update appends another. */
export function countEof(bytes: Uint8Array): number {
  const marker = [0x25, 0x25, 0x45, 0x4f, 0x46];
  let count = 0;
  for (let i = 0; i <= bytes.length - marker.length; i++) {
    let hit = true;
    for (let j = 0; j < marker.length && hit; j++) hit = bytes[i + j] === marker[j];
    if (hit) count++;
  }
  return count;
}

function isTextItem(item: PdfTextItem | object): item is PdfTextItem {
  return 'str' in item && typeof item.str === 'string';
}
