import type { ChangeEntry } from '../protocol';

/** A change logged at `seq`, for tests about sequences and pages rather than records. */
export function changeAt(seq: number): ChangeEntry {
  return {
    seq,
    entity: 'note',
    id: `n-${seq}`,
    caseId: 'case-1',
    rowVersion: seq,
    deleted: false,
    data: { id: `n-${seq}` },
  };
}
