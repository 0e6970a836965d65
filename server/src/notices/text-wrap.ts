/**
 * Line breaking for mixed Chinese and English text: Chinese may break between
 * any two characters, Latin words and numbers ("39,800.00") stay whole, and
 * closing punctuation never starts a line nor opening punctuation ends one
 * (the usual 避头尾 rules).
 */

const CJK = '\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f';
const TOKEN = new RegExp(`\\s+|[${CJK}]|[^\\s${CJK}]+`, 'gu');

const NO_LINE_START = new Set([...'，。、；：？！）》」』】〉,.;:?!)]}%…”’·']);
const NO_LINE_END = new Set([...'（《「『【〈([{“‘']);
/** Units that stay on the line of the number before them ("39,650.00 元"). */
const UNITS = new Set(['元']);

export type MeasureText = (text: string) => number;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let glueNext = false;
  for (const token of text.match(TOKEN) ?? []) {
    const previous = tokens.at(-1);
    const isSpace = /^\s/.test(token);
    const word = tokens.at(-2);
    if (UNITS.has(token) && previous && /^\s+$/.test(previous) && word && /\d$/.test(word)) {
      tokens.pop();
      tokens[tokens.length - 1] = word + previous + token;
      glueNext = false;
      continue;
    }
    const glue =
      previous !== undefined &&
      !isSpace &&
      !/^\s/.test(previous) &&
      (glueNext || NO_LINE_START.has(token[0] ?? ''));
    if (glue) {
      tokens[tokens.length - 1] = previous + token;
    } else {
      tokens.push(token);
    }
    glueNext = !isSpace && NO_LINE_END.has(token.at(-1) ?? '');
  }
  return tokens;
}

/** Splits an over-long token (a very long account or URL) wherever it has to. */
function breakToken(token: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of token) {
    if (piece !== '' && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function wrapParagraph(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const flush = () => {
    lines.push(line.trimEnd());
    line = '';
    width = 0;
  };
  for (const token of tokenize(text)) {
    const isSpace = /^\s/.test(token);
    if (isSpace && line === '') continue;
    const tokenWidth = measure(token);
    if (width + tokenWidth <= maxWidth) {
      line += token;
      width += tokenWidth;
      continue;
    }
    if (isSpace) {
      flush();
      continue;
    }
    if (line !== '') flush();
    if (tokenWidth <= maxWidth) {
      line = token;
      width = tokenWidth;
      continue;
    }
    const pieces = breakToken(token, maxWidth, measure);
    const tail = pieces.pop() ?? '';
    lines.push(...pieces);
    line = tail;
    width = measure(tail);
  }
  if (line !== '' || lines.length === 0) flush();
  return lines;
}

/** Lines of at most `maxWidth` each; `\n` forces a break. Never drops a visible character. */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
}
