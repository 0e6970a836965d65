import { OCR_FONT, type TextRun } from '@shared/analysis/facts';

/** A box in image pixels, as tesseract reports it (x1, y1 exclusive). */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What OCR read from one image: lines of words, each where it stands. */
export interface OcrPage {
  lines: { bbox: PixelBox; words: { text: string; confidence: number; bbox: PixelBox }[] }[];
}

/** Words tesseract is this unsure of are mostly specks and stamp edges, not text. */
const MIN_CONFIDENCE = 20;
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
/** tesseract puts a space between CJK characters; printed Chinese has none. */
const CJK_SPACE = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');

/** A line's words as printed: spaced between Latin words, joined between Chinese characters. */
export function ocrLineText(words: readonly string[]): string {
  return words
    .map((w) => w.trim())
    .filter((w) => w !== '')
    .join(' ')
    .replace(CJK_SPACE, '');
}

const ENDS_CJK = new RegExp(`[${CJK}]$`, 'u');
const STARTS_CJK = new RegExp(`^[${CJK}]`, 'u');

/**
 * Neighbouring Chinese "words" as one: tesseract often boxes each character
 * alone, and the ink gap between two characters can be wide enough for the
 * layout to read a space into a word such as 发票.
 */
function joinChinese(
  words: readonly { text: string; bbox: PixelBox }[],
): { text: string; x0: number; x1: number }[] {
  const joined: { text: string; x0: number; x1: number }[] = [];
  for (const word of words) {
    const text = word.text.trim();
    const last = joined.at(-1);
    if (last && ENDS_CJK.test(last.text) && STARTS_CJK.test(text)) {
      last.text += text;
      last.x1 = Math.max(last.x1, word.bbox.x1);
    } else joined.push({ text, x0: word.bbox.x0, x1: word.bbox.x1 });
  }
  return joined;
}

/**
 * OCR words as text runs on a PDF page, so the detectors read a scan as they
 * read a text layer. `pointsPerPixel` converts the rendered image back to
 * PDF points. Every word takes its line's top and height: tesseract boxes a
 * word by its ink (descenders, a lone comma), and runs of one printed line
 * must share a baseline to be read as one line.
 */
export function ocrRuns(
  ocr: OcrPage,
  page: number,
  pointsPerPixel: number,
): { runs: TextRun[]; text: string } {
  const runs: TextRun[] = [];
  const lines: string[] = [];
  for (const line of ocr.lines) {
    const words = line.words.filter((w) => w.text.trim() !== '' && w.confidence >= MIN_CONFIDENCE);
    if (words.length === 0) continue;
    for (const word of joinChinese(words))
      runs.push({
        page,
        str: word.text,
        x: word.x0 * pointsPerPixel,
        y: line.bbox.y0 * pointsPerPixel,
        width: (word.x1 - word.x0) * pointsPerPixel,
        height: (line.bbox.y1 - line.bbox.y0) * pointsPerPixel,
        fontName: OCR_FONT,
      });
    lines.push(ocrLineText(words.map((w) => w.text)));
  }
  return { runs, text: lines.join('\n') };
}
