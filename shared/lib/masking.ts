/**
 * Masks personal data for lists (domain.md §11): enough to recognise a
 * customer, not enough to identify one.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  // Enterprise names stay readable: they are not personal data.
  if (chars.length > 6) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length !== 11) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(7)}`;
}

/** A bank account as notices and workstations show it: only the last four digits. */
export function maskAccount(account: string): string {
  const digits = account.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return `${'*'.repeat(4)} ${digits.slice(-4)}`;
}
