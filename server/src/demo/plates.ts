/** Provinces of the demo teams' regions, east first: plates look local to the team. */
const PROVINCE_LETTERS = ['沪A', '苏E', '浙A', '粤B', '京N', '鲁B'] as const;
const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/**
 * A plausible mainland plate derived from the policy number, so the demo
 * gains plates without drawing from its random sequence (every other demo
 * value stays as it was). One in five is a new-energy plate.
 */
export function demoPlate(policyNumber: string): string {
  let hash = 2_166_136_261;
  for (const ch of policyNumber) hash = Math.imul(hash ^ ch.charCodeAt(0), 16_777_619) >>> 0;
  const prefix = PROVINCE_LETTERS[hash % PROVINCE_LETTERS.length] ?? '沪A';
  const digits = String(hash % 100_000).padStart(5, '0');
  if (hash % 5 === 0) return `${prefix}D${CHARS[hash % 24] ?? 'A'}${digits.slice(1)}`;
  return `${prefix}${CHARS[(hash >>> 8) % CHARS.length] ?? 'A'}${digits.slice(1)}`;
}
