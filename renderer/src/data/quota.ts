/** True for the error a browser raises when this origin's storage is full. */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  const inner = (error as { inner?: unknown }).inner;
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaExceeded(inner));
}
