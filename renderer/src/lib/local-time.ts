/** Minutes in the local zone, as a datetime-local field reads and writes them. */
export function localInputValue(at: number): string {
  const d = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}
