/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings (already validated by the input schema).
 * ISO dates compare correctly as strings, so only adding periods needs Date.
 */

const DAY_MS = 86_400_000;

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

function format(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = parts(isoDate);
  return format(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

/**
 * The corresponding day `years` later; when that month has no such day (29 February),
 * the month's last day, as the Civil Code (民法典第二百零三条) counts periods in years.
 */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = parts(isoDate);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return format(Date.UTC(y + years, m - 1, Math.min(d, lastDay)));
}

export function laterOf(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}
