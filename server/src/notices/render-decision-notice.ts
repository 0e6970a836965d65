import { PDFDocument, type PDFFont, type PDFPage, PageSizes, rgb, type RGB } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import {
  composeNotice,
  noticeCharacters,
  type NoticeContent,
  type NoticeTable,
} from './compose-notice';
import {
  type DecisionNotice,
  NOTICE_LANGUAGES,
  type NoticeLanguage,
  parseDecisionNotice,
} from './decision-notice-model';
import { subsetNoticeFont } from './notice-font';
import { wrapText } from './text-wrap';

/**
 * Renders the decision notice (理赔决定通知书) as a printable A4 PDF whose
 * text can be selected, searched and extracted (pdf.js round-trips it).
 * The notice is parsed again here: it is what the customer relies on, and a
 * `DecisionNotice` built in code has not necessarily been through the schema.
 */
export async function renderDecisionNotice(
  notice: DecisionNotice,
  language: NoticeLanguage,
): Promise<Uint8Array> {
  if (!NOTICE_LANGUAGES.includes(language))
    throw new Error(`Unsupported notice language "${String(language)}"`);
  const parsed = parseDecisionNotice(notice);
  const content = composeNotice(parsed, language);
  const chars = noticeCharacters(content);

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // pdf-lib's own subsetting garbles CJK glyphs: embed the harfbuzz subset whole.
  const font = await doc.embedFont(await subsetNoticeFont(chars), { subset: false });

  const writer = new NoticeWriter(doc, font, chars);
  layOut(writer, content);
  writer.footers(content.footer.left, content.footer.pageOf);

  // Metadata is readable without opening the pages: no personal data in it.
  doc.setTitle(`${content.title} ${parsed.caseNumber}`, { showInWindowTitleBar: true });
  doc.setAuthor(parsed.insurerName);
  doc.setSubject(content.title);
  doc.setLanguage(language);
  doc.setCreator('Adjuster Workstation');
  doc.setProducer('Adjuster Workstation (pdf-lib)');
  return doc.save();
}

// ---- layout -----------------------------------------------------------------

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const MARGIN_X = 56;
const TOP = PAGE_HEIGHT - 56;
/** Content stops here; the footer sits below. */
const BOTTOM = 64;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
/** Noto Sans CJK's ascender, as a share of the font size: baseline below a line's top. */
const ASCENT = 0.88;

const INK = rgb(0.12, 0.13, 0.15);
const MUTED = rgb(0.4, 0.42, 0.46);
const ACCENT = rgb(0.05, 0.27, 0.55);
const RULE = rgb(0.78, 0.8, 0.84);
const FILL = rgb(0.95, 0.96, 0.98);
const AMOUNT_FILL = rgb(0.91, 0.94, 0.99);

const BODY = 10;
const SMALL = 9;

type Align = 'left' | 'right';

interface TableStyle {
  size: number;
  lineHeight: number;
  padX: number;
  padY: number;
  ruled: boolean;
  /** Per column; INK where not given. */
  colors: readonly RGB[];
}

const TABLE_STYLE: TableStyle = {
  size: SMALL,
  lineHeight: SMALL * 1.45,
  padX: 4,
  padY: 3,
  ruled: true,
  colors: [],
};

interface TextStyle {
  size?: number;
  color?: RGB;
  x?: number;
  width?: number;
  lineHeight?: number;
}

class NoticeWriter {
  readonly #doc: PDFDocument;
  readonly #font: PDFFont;
  readonly #chars: ReadonlySet<string>;
  readonly #widths = new Map<string, number>();
  readonly pages: PDFPage[] = [];
  #page: PDFPage;
  y = TOP;

  constructor(doc: PDFDocument, font: PDFFont, chars: ReadonlySet<string>) {
    this.#doc = doc;
    this.#font = font;
    this.#chars = chars;
    this.#page = this.addPage();
  }

  addPage(): PDFPage {
    this.#page = this.#doc.addPage(PageSizes.A4);
    this.pages.push(this.#page);
    this.y = TOP;
    return this.#page;
  }

  /** Starts a new page unless `height` still fits above the footer. */
  ensure(height: number): void {
    if (this.y - height < BOTTOM) this.addPage();
  }

  space(height: number): void {
    this.y -= height;
  }

  /** Advance widths glyph by glyph, as a viewer places them (no kerning in a PDF text run). */
  width(text: string, size: number): number {
    let width = 0;
    for (const char of text) {
      let advance = this.#widths.get(char);
      if (advance === undefined) {
        advance = this.#font.widthOfTextAtSize(char, 1000) / 1000;
        this.#widths.set(char, advance);
      }
      width += advance;
    }
    return width * size;
  }

  wrap(text: string, width: number, size: number): string[] {
    return wrapText(text, width, (part) => this.width(part, size));
  }

  /** Draws one line whose top is at `top`. */
  text(text: string, x: number, top: number, size: number, color: RGB, page = this.#page): void {
    if (text === '') return;
    for (const char of text) {
      // A character missing from the subset would print as a blank box.
      if (!this.#chars.has(char)) throw new Error(`Notice layout drew "${char}" outside the font`);
    }
    page.drawText(text, { x, y: top - size * ASCENT, size, font: this.#font, color });
  }

  rule(y: number, color = RULE, thickness = 0.6, x = MARGIN_X, width = CONTENT_WIDTH): void {
    this.#page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness, color });
  }

  box(top: number, height: number, color: RGB, x = MARGIN_X, width = CONTENT_WIDTH): void {
    this.#page.drawRectangle({ x, y: top - height, width, height, color });
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? BODY;
    const lineHeight = style.lineHeight ?? size * 1.6;
    const x = style.x ?? MARGIN_X;
    for (const line of this.wrap(text, style.width ?? CONTENT_WIDTH - (x - MARGIN_X), size)) {
      this.ensure(lineHeight);
      this.text(line, x, this.y - (lineHeight - size) / 2, size, style.color ?? INK);
      this.y -= lineHeight;
    }
  }

  /** Keeps a heading with at least the first lines of what follows it. */
  heading(text: string): void {
    this.space(10);
    this.ensure(22 + 3 * BODY * 1.6);
    this.text(text, MARGIN_X, this.y, 12, ACCENT);
    this.y -= 12 * 1.3;
    this.rule(this.y, ACCENT, 0.8);
    this.y -= 6;
  }

  /** Label–value lines; long values wrap under themselves, not under the label. */
  pairs(rows: readonly (readonly [string, string])[], labelShare = 0.3): void {
    const labelWidth = Math.min(
      CONTENT_WIDTH * labelShare,
      Math.max(...rows.map(([label]) => this.width(label, BODY))) + 14,
    );
    this.table({ rows }, [labelWidth, CONTENT_WIDTH - labelWidth], ['left', 'left'], {
      size: BODY,
      lineHeight: BODY * 1.6,
      padX: 0,
      padY: 0,
      ruled: false,
      colors: [MUTED, INK],
    });
  }

  /**
   * A table whose cells wrap; rows continue on the next page (with the header
   * repeated) and a row taller than a page is split rather than lost. Cells
   * are drawn one after another, not line by line across the row, so a
   * wrapped cell stays one run of text when copied or extracted.
   */
  table(
    table: { columns?: readonly string[]; rows: NoticeTable['rows'] },
    widths: readonly number[],
    aligns: readonly Align[],
    style: Partial<TableStyle> = {},
  ): void {
    const { size, lineHeight, padX, padY, ruled, colors } = { ...TABLE_STYLE, ...style };
    const lefts = widths.map((_, column) =>
      widths.slice(0, column).reduce((sum, width) => sum + width, MARGIN_X),
    );
    const drawCell = (lines: readonly string[], column: number, top: number, color: RGB) => {
      const width = widths[column] ?? 0;
      const left = lefts[column] ?? MARGIN_X;
      lines.forEach((line, index) => {
        const x =
          aligns[column] === 'right' ? left + width - padX - this.width(line, size) : left + padX;
        this.text(line, x, top - index * lineHeight, size, color);
      });
    };

    const columns = table.columns;
    const header = () => {
      if (!columns) return;
      const height = lineHeight + 2 * padY;
      this.box(this.y, height, FILL);
      columns.forEach((label, column) => drawCell([label], column, this.y - padY, MUTED));
      this.y -= height;
      if (ruled) this.rule(this.y);
    };
    // Never a lone header at the foot of a page: keep it with (most) first rows.
    this.ensure((columns ? lineHeight + 2 * padY : 0) + 3 * lineHeight + 2 * padY);
    header();

    for (const row of table.rows) {
      const cells = row.map((cell, column) =>
        this.wrap(cell, (widths[column] ?? 0) - 2 * padX, size),
      );
      const lineCount = Math.max(...cells.map((lines) => lines.length));
      let start = 0;
      let freshPage = false;
      while (start < lineCount) {
        const room = Math.floor((this.y - BOTTOM - 2 * padY) / lineHeight);
        const fits = lineCount - start <= room;
        // Move a row that does not fit to the next page, unless it would not fit there either.
        if (!fits && (room < 1 || (start === 0 && !freshPage))) {
          this.addPage();
          header();
          freshPage = true;
          continue;
        }
        const end = fits ? lineCount : start + room;
        cells.forEach((lines, column) =>
          drawCell(lines.slice(start, end), column, this.y - padY, colors[column] ?? INK),
        );
        this.y -= (end - start) * lineHeight + 2 * padY;
        if (ruled) this.rule(this.y);
        start = end;
      }
    }
  }

  /** Page numbers need the page count, so footers are drawn last. */
  footers(left: string, pageOf: (page: number, total: number) => string): void {
    const size = 8;
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      const right = pageOf(index + 1, total);
      const rightWidth = this.width(right, size);
      const leftLine = this.wrap(left, CONTENT_WIDTH - rightWidth - 16, size)[0] ?? '';
      page.drawLine({
        start: { x: MARGIN_X, y: 48 },
        end: { x: PAGE_WIDTH - MARGIN_X, y: 48 },
        thickness: 0.5,
        color: RULE,
      });
      this.text(leftLine, MARGIN_X, 42, size, MUTED, page);
      this.text(right, PAGE_WIDTH - MARGIN_X - rightWidth, 42, size, MUTED, page);
    });
  }
}

function layOut(w: NoticeWriter, content: NoticeContent): void {
  // Title.
  const titleSize = 20;
  w.text(content.title, (PAGE_WIDTH - w.width(content.title, titleSize)) / 2, w.y, titleSize, INK);
  w.y -= titleSize * 1.5;
  w.rule(w.y, ACCENT, 1.2);
  w.space(14);

  headerBlock(w, content.header);
  w.space(12);

  w.paragraph(content.salutation);
  w.paragraph(content.intro);

  w.heading(content.decision.heading);
  w.paragraph(content.decision.conclusion);
  w.space(6);
  amountBox(w, content.amount);

  if (content.denial) {
    w.heading(content.denial.heading);
    w.pairs(content.denial.rows, 0.22);
  }

  if (content.steps) {
    w.heading(content.steps.heading);
    w.table(
      content.steps.table,
      [28, 232, 136, CONTENT_WIDTH - 396],
      ['right', 'left', 'left', 'right'],
    );
    if (content.steps.note) {
      w.space(3);
      w.paragraph(content.steps.note, { size: 8, color: MUTED });
    }
  }

  const basis = content.basis;
  w.heading(basis.heading);
  w.paragraph(basis.clausesLabel, { color: MUTED });
  if (basis.clauses.length === 0) w.paragraph(basis.none, { x: MARGIN_X + 12 });
  basis.clauses.forEach((clause, index) => {
    w.paragraph(`${index + 1}. ${clause}`, { x: MARGIN_X + 12 });
  });
  w.space(4);
  w.ensure(BODY * 1.6 + 4 * SMALL * 1.45 + 12);
  w.paragraph(basis.deductionsLabel, { color: MUTED });
  if (basis.deductions.rows.length === 0) w.paragraph(basis.none, { x: MARGIN_X + 12 });
  else w.table(basis.deductions, [110, 253, CONTENT_WIDTH - 363], ['left', 'left', 'right']);

  if (content.payee) {
    w.heading(content.payee.heading);
    w.pairs(content.payee.rows);
  }

  w.heading(content.objection.heading);
  w.paragraph(content.objection.paragraph);

  // Signature block: the insurer and the date, right-aligned as on a letter.
  w.space(18);
  w.ensure(2 * BODY * 1.6);
  for (const line of content.signature) {
    w.text(line, PAGE_WIDTH - MARGIN_X - w.width(line, BODY), w.y, BODY, INK);
    w.y -= BODY * 1.6;
  }
}

/** Two columns of label-over-value cells on a tinted panel. */
function headerBlock(w: NoticeWriter, cells: NoticeContent['header']): void {
  const columnWidth = CONTENT_WIDTH / 2;
  const pad = 8;
  const labelSize = 8;
  const lineHeight = BODY * 1.45;
  for (let index = 0; index < cells.length; index += 2) {
    const pair = cells.slice(index, index + 2);
    const lines = pair.map(([, value]) => w.wrap(value, columnWidth - 2 * pad, BODY));
    const height =
      labelSize * 1.5 + Math.max(...lines.map((value) => value.length)) * lineHeight + pad;
    w.ensure(height);
    w.box(w.y, height, FILL);
    pair.forEach(([label], column) => {
      const x = MARGIN_X + column * columnWidth + pad;
      w.text(label, x, w.y - pad / 2, labelSize, MUTED);
      (lines[column] ?? []).forEach((line, n) => {
        w.text(line, x, w.y - pad / 2 - labelSize * 1.5 - n * lineHeight, BODY, INK);
      });
    });
    w.y -= height;
  }
}

function amountBox(w: NoticeWriter, amount: NoticeContent['amount']): void {
  const amountSize = 22;
  const height = amount.refund ? 58 : 42;
  w.ensure(height);
  w.box(w.y, height, AMOUNT_FILL);
  const top = w.y;
  w.text(amount.label, MARGIN_X + 12, top - 15, 11, ACCENT);
  w.text(
    amount.value,
    PAGE_WIDTH - MARGIN_X - 12 - w.width(amount.value, amountSize),
    top - 10,
    amountSize,
    ACCENT,
  );
  if (amount.refund) {
    const [label, value] = amount.refund;
    w.text(label, MARGIN_X + 12, top - 42, BODY, INK);
    w.text(value, PAGE_WIDTH - MARGIN_X - 12 - w.width(value, BODY), top - 42, BODY, INK);
  }
  w.y -= height;
}
