import { BP_PER_UNIT } from './primitives';

/**
 * Integer fen arithmetic for the calculators.
 *
 * Rounding rule (the only one): when an amount is multiplied by a ratio, the exact
 * result is rounded half-up to the nearest fen (0.5 fen and above rounds up). Amounts
 * are never negative, so half-up and half-away-from-zero agree. Sums, differences and
 * caps are exact and need no rounding.
 */

/** amountFen × numerator ÷ denominator, rounded half-up, exact for any safe integers. */
export function mulDivHalfUp(amountFen: number, numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError('mulDivHalfUp: denominator must be positive');
  const product = amountFen * numerator;
  if (Number.isSafeInteger(product)) {
    const quotient = Math.floor(product / denominator);
    const remainder = product - quotient * denominator;
    return remainder * 2 >= denominator ? quotient + 1 : quotient;
  }
  return mulDivHalfUpBig(amountFen, numerator, denominator);
}

/** Products beyond 2^53 (e.g. two large fen amounts in a proration) need BigInt to stay exact. */
function mulDivHalfUpBig(amountFen: number, numerator: number, denominator: number): number {
  const den = BigInt(denominator);
  const product = BigInt(amountFen) * BigInt(numerator);
  const quotient = product / den;
  const remainder = product - quotient * den;
  return Number(remainder * 2n >= den ? quotient + 1n : quotient);
}

export function applyBp(amountFen: number, ratioBp: number): number {
  return mulDivHalfUp(amountFen, ratioBp, BP_PER_UNIT);
}

/** "1,234,567.89": yuan with grouping and two decimals, without Intl (hot path). */
export function yuan(amountFen: number): string {
  const whole = Math.floor(amountFen / 100);
  const cents = amountFen - whole * 100;
  return `${group(whole)}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Whole-yuan limits read better without decimals ("18,000"); odd amounts keep them. */
export function yuanLimit(amountFen: number): string {
  return amountFen % 100 === 0 ? group(amountFen / 100) : yuan(amountFen);
}

/** Thousands separators by slicing: several times faster than a look-ahead regex, and every
 * step's wording formats a few amounts. */
function group(whole: number): string {
  const digits = String(whole);
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let index = head; index < digits.length; index += 3) {
    grouped += `,${digits.slice(index, index + 3)}`;
  }
  return grouped;
}

/** Basis points as a percentage: 7000 → "70%", 1250 → "12.5%". */
export function percent(ratioBp: number): string {
  return `${ratioBp / 100}%`;
}
