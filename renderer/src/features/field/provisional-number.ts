/**
 * A case number for a case created with no signal: readable on the phone to
 * the customer, unique per device in practice (date, time and a random
 * tail), and plainly not a real case number until sync issues one.
 */
export function provisionalNumber(now: number, random: () => number = Math.random): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getFullYear() % 100}${two(d.getMonth() + 1)}${two(d.getDate())}`;
  const time = `${two(d.getHours())}${two(d.getMinutes())}`;
  const tail = Math.floor(random() * 36 ** 3)
    .toString(36)
    .toUpperCase()
    .padStart(3, '0');
  return `TMP-${date}-${time}-${tail}`;
}
