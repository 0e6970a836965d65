/**
 * PRC resident identity number (GB 11643-1999): 17 digits and a check
 * character computed as ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('a resident ID body is 17 digits');
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK_CHARS.charAt(sum % 11);
}

export function isValidResidentId(id: string): boolean {
  const normalised = id.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(normalised)) return false;
  return residentIdCheckChar(normalised.slice(0, 17)) === normalised.charAt(17);
}
