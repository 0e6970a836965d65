import type { FlagRecord } from '@shared/sync/records';

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Open flags first, the most severe first, then in reading order: page, then top to bottom. */
export function sortFlags(flags: readonly FlagRecord[]): FlagRecord[] {
  return [...flags].sort(
    (a, b) =>
      Number(a.verdict !== 'open') - Number(b.verdict !== 'open') ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.page ?? 0) - (b.page ?? 0) ||
      (a.region?.y ?? 0) - (b.region?.y ?? 0),
  );
}

/** The flag `step` places after (or before) the selected one, wrapping around. */
export function stepFlag(
  ordered: readonly FlagRecord[],
  selectedId: string | null,
  step: 1 | -1,
): FlagRecord | null {
  if (ordered.length === 0) return null;
  const at = ordered.findIndex((f) => f.id === selectedId);
  if (at < 0) return step > 0 ? (ordered[0] ?? null) : (ordered.at(-1) ?? null);
  return ordered[(at + step + ordered.length) % ordered.length] ?? null;
}
