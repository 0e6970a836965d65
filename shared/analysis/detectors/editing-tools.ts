/**
 * Software that edits existing PDFs or images, as it names itself in a
 * PDF's Producer or Creator. Issuing systems (invoice platforms, hospital
 * information systems, report engines, scanners, print-to-PDF drivers)
 * write their own names; one of these means the file passed through an
 * editor after issue. Converters that only print or distil (Acrobat
 * Distiller, PDFMaker, the Foxit and PDF-XChange printers) are left out.
 */
export interface EditingTool {
  name: string;
  /** Image editors redraw the page as a picture: nothing of the original need remain. */
  kind: 'pdf-editor' | 'image-editor' | 'online-editor';
  pattern: RegExp;
}

export const EDITING_TOOLS: readonly EditingTool[] = [
  { name: 'Adobe Photoshop', kind: 'image-editor', pattern: /photoshop/iu },
  { name: 'Adobe Illustrator', kind: 'image-editor', pattern: /illustrator/iu },
  { name: 'GIMP', kind: 'image-editor', pattern: /\bgimp\b/iu },
  { name: '美图秀秀', kind: 'image-editor', pattern: /美图秀秀|meitu/iu },
  {
    name: 'Adobe Acrobat',
    kind: 'pdf-editor',
    pattern: /acrobat(?!\s*(?:distiller|pdfmaker|paper\s*capture|reader))/iu,
  },
  {
    name: 'Foxit PDF Editor',
    kind: 'pdf-editor',
    pattern: /foxit\s*(?:phantom|pdf\s*editor|advanced)/iu,
  },
  { name: '福昕 PDF 编辑器', kind: 'pdf-editor', pattern: /福昕.*编辑/u },
  {
    name: 'PDF-XChange Editor',
    kind: 'pdf-editor',
    pattern: /pdf-?xchange\s*(?:editor|viewer|pro)/iu,
  },
  { name: 'Wondershare PDFelement', kind: 'pdf-editor', pattern: /pdfelement|万兴\s*pdf/iu },
  { name: 'Nitro PDF', kind: 'pdf-editor', pattern: /nitro\s*(?:pro|pdf)/iu },
  { name: 'WPS PDF', kind: 'pdf-editor', pattern: /wps\s*pdf|金山\s*pdf/iu },
  { name: '迅捷 PDF 编辑器', kind: 'pdf-editor', pattern: /迅捷.*pdf.*编辑|迅捷pdf/iu },
  { name: '极速 PDF 编辑器', kind: 'pdf-editor', pattern: /极速\s*pdf|极光\s*pdf|嗨格式/iu },
  { name: 'Master PDF Editor', kind: 'pdf-editor', pattern: /master\s*pdf\s*editor/iu },
  { name: 'PDF Studio', kind: 'pdf-editor', pattern: /qoppa|pdf\s*studio/iu },
  { name: 'Able2Extract', kind: 'pdf-editor', pattern: /able2extract/iu },
  { name: 'Soda PDF', kind: 'pdf-editor', pattern: /soda\s*pdf/iu },
  { name: 'iLovePDF', kind: 'online-editor', pattern: /ilovepdf/iu },
  { name: 'Smallpdf', kind: 'online-editor', pattern: /smallpdf/iu },
  { name: 'Sejda', kind: 'online-editor', pattern: /sejda/iu },
  { name: 'PDFescape', kind: 'online-editor', pattern: /pdfescape/iu },
  { name: 'pdfFiller', kind: 'online-editor', pattern: /pdffiller/iu },
  { name: 'DocHub', kind: 'online-editor', pattern: /dochub/iu },
  { name: 'PDF Candy', kind: 'online-editor', pattern: /pdf\s*candy/iu },
];

export function editingToolIn(value: string | null): EditingTool | null {
  if (value === null) return null;
  return EDITING_TOOLS.find((tool) => tool.pattern.test(value)) ?? null;
}
