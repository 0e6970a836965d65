import type { Region } from '@shared/analysis/anomaly-kinds';
import {
  beginText,
  endText,
  moveText,
  PDFDict,
  PDFDocument,
  type PDFName,
  type PDFPage,
  PDFRef,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  showText,
} from 'pdf-lib';
import { formatFen } from './amounts';
import { assertCovered } from './charset';
import { embedFontSubset, encodeText, textWidth } from './cid-font';
import type { DemoFonts, FontProgram } from './fonts';

/** Places on a page an anomaly can point at. */
export type FieldName = 'date' | 'name' | 'idNumber' | 'invoiceNumber' | 'total' | 'amountRun';

export interface FieldMark {
  page: number;
  region: Region;
}

export interface PdfMeta {
  title: string;
  producer: string;
  creator: string;
  createdAt: number;
  modifiedAt: number;
}

export interface SavedPdf {
  bytes: Uint8Array;
  pages: number;
  fields: ReadonlyMap<FieldName, FieldMark>;
  /** What an incremental update needs to point back at. */
  trailer: { root: PDFRef; info: PDFRef; size: number; infoDict: PDFDict };
}

export interface TextOptions {
  size?: number;
  bold?: boolean;
  field?: FieldName;
  color?: [number, number, number];
  align?: 'left' | 'right' | 'center';
}

export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
const BLACK: [number, number, number] = [0.1, 0.1, 0.1];
/** Chinese typesetting never starts a line with these. */
const NO_BREAK_BEFORE = '，。、；：）”';
export const SEAL_RED: [number, number, number] = [0.82, 0.12, 0.12];

/**
 * Draws in top-left coordinates, as the answer key reports regions. The
 * CJK em box spans 0.88 em above and 0.12 em below the baseline, so a
 * text's region is one font size tall starting at its top.
 */
export class PdfCanvas {
  private readonly fields = new Map<FieldName, FieldMark>();
  private readonly fontsUsed = new Map<FontProgram, UsedFont>();

  private constructor(
    private readonly doc: PDFDocument,
    private readonly page: PDFPage,
    private readonly fonts: DemoFonts,
  ) {}

  static async create(fonts: DemoFonts): Promise<PdfCanvas> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    return new PdfCanvas(doc, page, fonts);
  }

  width(text: string, size: number, bold = false): number {
    return textWidth(bold ? this.fonts.bold : this.fonts.regular, text, size);
  }

  text(text: string, x: number, top: number, options: TextOptions = {}): Region {
    const size = options.size ?? 10.5;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    assertCovered(text, font.glyphs);
    const width = textWidth(font, text, size);
    const left =
      options.align === 'right' ? x - width : options.align === 'center' ? x - width / 2 : x;
    const [r, g, b] = options.color ?? BLACK;
    this.page.pushOperators(
      beginText(),
      setFillingRgbColor(r, g, b),
      setFontAndSize(this.useFont(font, text), size),
      moveText(left, PAGE_HEIGHT - top - 0.88 * size),
      showText(encodeText(font, text)),
      endText(),
    );
    const region = { x: round(left), y: round(top), width: round(width), height: round(size) };
    if (options.field) this.mark(options.field, region);
    return region;
  }

  /** "label value" on one line; the value carries the field. */
  labelled(
    label: string,
    value: string,
    x: number,
    top: number,
    options: TextOptions = {},
  ): Region {
    const size = options.size ?? 10.5;
    this.text(label, x, top, { size });
    return this.text(value, x + this.width(label, size), top, options);
  }

  /**
   * ¥12345.67. With boldRun the integer digits are typed in another face,
   * as when a forger pastes a new figure into an issued document.
   */
  amount(
    fen: number,
    x: number,
    top: number,
    options: TextOptions & { boldRun?: boolean } = {},
  ): Region {
    const size = options.size ?? 10.5;
    const [integer, cents] = formatFen(fen).split('.') as [string, string];
    const parts: [string, boolean][] = [
      ['¥', false],
      [integer, options.boldRun === true],
      [`.${cents}`, false],
    ];
    const total = parts.reduce((w, [t, bold]) => w + this.width(t, size, bold), 0);
    let left = options.align === 'right' ? x - total : x;
    for (const [part, bold] of parts) {
      const region = this.text(part, left, top, { size, bold, color: options.color });
      if (bold) this.mark('amountRun', region);
      left += region.width;
    }
    const region = {
      x: round(left - total),
      y: round(top),
      width: round(total),
      height: round(size),
    };
    if (options.field) this.mark(options.field, region);
    return region;
  }

  /** Wraps CJK text at any character but before closing punctuation; returns the next line's top. */
  paragraph(text: string, x: number, top: number, maxWidth: number, size = 10.5): number {
    let line = '';
    let y = top;
    for (const char of text) {
      if (line && !NO_BREAK_BEFORE.includes(char) && this.width(line + char, size) > maxWidth) {
        this.text(line, x, y, { size });
        y += size * 1.6;
        line = '';
      }
      line += char;
    }
    if (line) this.text(line, x, y, { size });
    return y + size * 1.6;
  }

  line(x1: number, top1: number, x2: number, top2: number, thickness = 0.6): void {
    this.page.drawLine({
      start: { x: x1, y: PAGE_HEIGHT - top1 },
      end: { x: x2, y: PAGE_HEIGHT - top2 },
      thickness,
      color: rgb(0.35, 0.35, 0.35),
    });
  }

  box(x: number, top: number, width: number, height: number, color = rgb(0.35, 0.35, 0.35)): void {
    this.page.drawRectangle({
      x,
      y: PAGE_HEIGHT - top - height,
      width,
      height,
      borderColor: color,
      borderWidth: 0.8,
    });
  }

  /** A round red seal with the issuer's name, as on every Chinese certificate. */
  seal(centreX: number, centreTop: number, issuer: string): void {
    this.page.drawCircle({
      x: centreX,
      y: PAGE_HEIGHT - centreTop,
      size: 42,
      borderColor: rgb(...SEAL_RED),
      borderWidth: 2,
      borderOpacity: 0.8,
    });
    const size = Math.min(9, 76 / Math.max(1, [...issuer].length));
    this.text(issuer, centreX, centreTop - size / 2, { size, align: 'center', color: SEAL_RED });
  }

  async save(meta: PdfMeta): Promise<SavedPdf> {
    const doc = this.doc;
    for (const [font, used] of this.fontsUsed) {
      embedFontSubset(doc.context, used.ref, font, used.chars);
    }
    doc.setTitle(meta.title);
    doc.setProducer(meta.producer);
    doc.setCreator(meta.creator);
    doc.setCreationDate(new Date(meta.createdAt));
    doc.setModificationDate(new Date(meta.modifiedAt));
    const bytes = await doc.save({
      useObjectStreams: false,
      objectsPerTick: Number.POSITIVE_INFINITY,
      addDefaultPage: false,
      updateFieldAppearances: false,
    });
    const { Root, Info } = doc.context.trailerInfo;
    const infoDict = doc.context.lookup(Info);
    if (!(Root instanceof PDFRef) || !(Info instanceof PDFRef) || !(infoDict instanceof PDFDict)) {
      throw new Error('pdf-lib saved a document without Root and Info');
    }
    return {
      bytes,
      pages: doc.getPageCount(),
      fields: this.fields,
      trailer: { root: Root, info: Info, size: doc.context.largestObjectNumber + 1, infoDict },
    };
  }

  private mark(field: FieldName, region: Region): void {
    this.fields.set(field, { page: 1, region });
  }

  /**
   * The page's resource name for the font. The font itself is written by
   * save, once the page's text, and so the glyphs to embed, are known.
   */
  private useFont(font: FontProgram, text: string): PDFName {
    let used = this.fontsUsed.get(font);
    if (!used) {
      const ref = this.doc.context.nextRef();
      const key = this.page.node.newFontDictionary(font === this.fonts.bold ? 'FB' : 'F', ref);
      used = { key, ref, chars: new Set() };
      this.fontsUsed.set(font, used);
    }
    for (const char of text) used.chars.add(char);
    return used.key;
  }
}

interface UsedFont {
  key: PDFName;
  ref: PDFRef;
  chars: Set<string>;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
