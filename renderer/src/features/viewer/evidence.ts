import type { FlagRecord } from '@shared/sync/records';
import { formatFen } from '@shared/lib/money';

export interface EvidenceRow {
  key: string;
  value: string;
}

/**
 * A flag's evidence as an adjuster reads it: amounts in yuan, yes / no for
 * flags, and no internal ids (the case number beside them says the same to
 * a person). Labels are looked up by key by the caller.
 */
export function evidenceRows(
  evidence: FlagRecord['evidence'],
  locale: string,
  yesNo: { yes: string; no: string },
): EvidenceRow[] {
  return Object.entries(evidence).flatMap(([key, value]): EvidenceRow[] => {
    if (value === null || value === '' || /Id$/.test(key) || key === 'dHash') return [];
    if (typeof value === 'boolean') return [{ key, value: value ? yesNo.yes : yesNo.no }];
    if (typeof value === 'number' && key.endsWith('Fen') && Number.isSafeInteger(value))
      return [{ key, value: formatFen(value, locale) }];
    if (typeof value === 'number') return [{ key, value: value.toLocaleString(locale) }];
    return [{ key, value }];
  });
}

/** "originalCaseNumber" → "original case number", for keys no locale names yet. */
export function humanKey(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
