import { parseAmountInWords } from './amount-in-words';

export interface InvoiceTotal {
  /** The total in figures, in fen. */
  fen: number;
  /** The total in words, in fen, when the document states it. */
  wordsFen: number | null;
}

const FIGURES = String.raw`[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)\.(\d{2})`;
/** "（小写）" names the figures of a total stated twice; a plain "合计" comes next. */
const LABELLED_TOTALS = [
  new RegExp(String.raw`[（(]小写[）)]\s*[：:]?\s*` + FIGURES, 'u'),
  new RegExp(String.raw`合\s*计\s*[：:]\s*` + FIGURES, 'gu'),
];
const WORDS = /[（(]大写[）)]\s*[：:]?\s*([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正\s]+)/u;

/**
 * The total an invoice, expense list or loss list states, read from its
 * text. The labelled figure wins over any other amount on the page; the last
 * "合计" is taken when a table has subtotals before its grand total.
 */
export function readInvoiceTotal(text: string): InvoiceTotal | null {
  const fen = labelledFigure(text);
  if (fen === null) return null;
  const words = WORDS.exec(text)?.[1];
  return { fen, wordsFen: words ? parseAmountInWords(words) : null };
}

function labelledFigure(text: string): number | null {
  const [smallWriting, plainTotal] = LABELLED_TOTALS;
  const first = smallWriting?.exec(text);
  if (first) return toFen(first);
  const all = plainTotal ? [...text.matchAll(plainTotal)] : [];
  const last = all.at(-1);
  return last ? toFen(last) : null;
}

function toFen(match: RegExpMatchArray): number {
  return Number((match[1] ?? '0').replaceAll(',', '')) * 100 + Number(match[2] ?? '0');
}
