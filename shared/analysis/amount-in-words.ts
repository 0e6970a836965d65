const DIGITS: Record<string, number> = {
  零: 0,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/**
 * An amount written in capital numerals (人民币大写, e.g. 壹万贰仟叁佰肆拾伍元陆角柒分)
 * in fen, or null when the text is not one. Invoices carry the total twice,
 * in figures and in words; reading both lets a changed figure be noticed.
 */
export function parseAmountInWords(text: string): number | null {
  const words = text
    .replace(/\s+/g, '')
    .replace(/^人民币/, '')
    .replace(/[整正]$/, '');
  // Less than a yuan is written without 元: 陆角.
  const match = /^(.*?)[元圆](.*)$/.exec(words) ?? /^()(.*[角分])$/.exec(words);
  const integerPart = match ? (match[1] ?? '') : words;
  const fractionPart = match ? (match[2] ?? '') : '';
  const yuan = parseInteger(integerPart);
  const fen = parseFraction(fractionPart);
  if (yuan === null || fen === null || (integerPart === '' && fractionPart === '')) return null;
  return yuan * 100 + fen;
}

function parseInteger(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else if (ch in SMALL_UNITS) {
      section += (digit || 1) * (SMALL_UNITS[ch] ?? 0);
      digit = 0;
    } else if (ch in BIG_UNITS) {
      total += (section + digit) * (BIG_UNITS[ch] ?? 0);
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + section + digit;
}

function parseFraction(text: string): number | null {
  if (text === '') return 0;
  const match = /^(?:([零壹贰叁肆伍陆柒捌玖])角)?零?(?:([壹贰叁肆伍陆柒捌玖])分)?$/.exec(text);
  if (!match || (!match[1] && !match[2])) return null;
  return (match[1] ? (DIGITS[match[1]] ?? 0) * 10 : 0) + (match[2] ? (DIGITS[match[2]] ?? 0) : 0);
}
