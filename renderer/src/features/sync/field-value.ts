import { formatFen } from '@shared/lib/money';

/** Field values as an adjuster reads them: money in yuan, times as dates, flags as words. */
export function formatFieldValue(
  field: string | null,
  value: unknown,
  language: string,
  words: { yes: string; no: string; none: string },
): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number' && field?.endsWith('Fen') && Number.isSafeInteger(value))
    return formatFen(value, language);
  if (typeof value === 'number' && field?.endsWith('At'))
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      value,
    );
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
