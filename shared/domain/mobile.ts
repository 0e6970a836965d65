/** A mainland mobile number: 11 digits from 13x to 19x, optionally written with +86 or 86. */
const MOBILE = /^1[3-9]\d{9}$/u;

export function normalizeMobile(input: string): string {
  return input.replace(/[\s-]/gu, '').replace(/^(?:\+?86)(?=1\d{10}$)/u, '');
}

export function isMainlandMobile(input: string): boolean {
  return MOBILE.test(normalizeMobile(input));
}
