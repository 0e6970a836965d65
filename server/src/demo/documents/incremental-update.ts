import type { PDFDict, PDFRef } from 'pdf-lib';

export interface TrailerRefs {
  root: PDFRef;
  info: PDFRef;
  size: number;
}

/**
 * Appends a second revision that replaces the Info dictionary, the way an
 * editor's "save" adds to a signed or issued file instead of rewriting it:
 * the new object, its own xref section, a trailer with /Prev, and a second
 * %%EOF. pdf-lib always rewrites whole files, so this is done by hand.
 */
export function appendInfoRevision(
  original: Uint8Array,
  trailer: TrailerRefs,
  info: PDFDict,
): Uint8Array {
  const previousXref = lastStartXref(original);
  const head = original[original.length - 1] === 0x0a ? '' : '\n';
  const objectOffset = original.length + head.length;
  const object = `${trailer.info.objectNumber} ${trailer.info.generationNumber} obj\n${info.toString()}\nendobj\n`;
  const xrefOffset = objectOffset + Buffer.byteLength(object, 'latin1');
  const entry = `${String(objectOffset).padStart(10, '0')} ${String(trailer.info.generationNumber).padStart(5, '0')} n\r\n`;
  const tail =
    `xref\n${trailer.info.objectNumber} 1\n${entry}` +
    `trailer\n<< /Size ${trailer.size} /Root ${trailer.root.toString()} /Info ${trailer.info.toString()} /Prev ${previousXref} >>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  const appended = Buffer.from(head + object + tail, 'latin1');
  const out = new Uint8Array(original.length + appended.length);
  out.set(original, 0);
  out.set(appended, original.length);
  return out;
}

/** The byte offset the file's last startxref points at. */
export function lastStartXref(pdf: Uint8Array): number {
  const tail = Buffer.from(pdf.subarray(Math.max(0, pdf.length - 1024))).toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match?.[1]) throw new Error('no startxref at the end of the PDF');
  return Number(match[1]);
}

export function countEof(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').split('%%EOF').length - 1;
}
