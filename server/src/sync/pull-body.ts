import type { ChangeEntry, PullResponse } from '@shared/sync/protocol';

/** A record's JSON as the database printed it: sent on as it is, never parsed by the service. */
export type RecordJson = string & { readonly __recordJson: unique symbol };

/** A change as the service reads it from its log: the record still JSON text. */
export type ServedChange = Omit<ChangeEntry, 'data'> & { data: RecordJson | null };

/** A pull as the service answers it (see pullBody). */
export type ServedPull =
  | (Omit<Extract<PullResponse, { kind: 'changes' }>, 'changes'> & { changes: ServedChange[] })
  | Extract<PullResponse, { kind: 'reset-required' }>;

/**
 * The response body of a pull. A first sync sends hundreds of thousands of
 * records; parsing each from the database only to print it again was most
 * of the service's work per page, so each record's JSON goes out as the
 * database printed it (a jsonb column's text is valid JSON). The body parses
 * as a PullResponse; the round trip is unit-tested.
 */
export function pullBody(page: ServedPull): string {
  if (page.kind !== 'changes') return JSON.stringify(page);
  const { changes, ...rest } = page;
  const head = JSON.stringify(rest);
  const entries = changes.map(
    (c) =>
      `{"seq":${c.seq},"entity":${JSON.stringify(c.entity)},"id":${JSON.stringify(c.id)},` +
      `"caseId":${JSON.stringify(c.caseId)},"rowVersion":${c.rowVersion},` +
      `"deleted":${c.deleted},"data":${c.data ?? 'null'}}`,
  );
  // `rest` is a non-empty object: its closing brace is replaced by the changes.
  return `${head.slice(0, -1)},"changes":[${entries.join(',')}]}`;
}
