const formatters = new Map<string, Intl.NumberFormat>();

/** Formats integer fen as CNY; the locale only changes grouping and symbol placement. */
export function formatFen(amountFen: number, locale = 'zh-CN'): string {
  if (!Number.isSafeInteger(amountFen)) {
    throw new RangeError(`formatFen: amount must be an integer number of fen, got ${amountFen}`);
  }
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' });
    formatters.set(locale, formatter);
  }
  return formatter.format(amountFen / 100);
}
