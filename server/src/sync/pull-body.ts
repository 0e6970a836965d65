import type { PullResponse } from '@shared/sync/protocol';
import type { TextOrBytes } from '../db/text-as-bytes';

/**
 * A run of a page's changes as the database printed them: wire entries
 * (WireChangeEntry), each printed when it was logged
 * (migrations/0010_change_log_entries.ts), joined by commas in pull.ts.
 * Sent on as it is, never parsed by the service: as the bytes the embedded
 * database wrote, or as the string PostgreSQL's driver made of them
 * (text-as-bytes.ts).
 */
export type EntriesJson = TextOrBytes & { readonly __entriesJson: unique symbol };

/** A pull as the service answers it (see pullBody). */
export type ServedPull =
  | (Omit<Extract<PullResponse, { kind: 'changes' }>, 'changes'> & {
      /** The changes, as runs of entries in order, none of them empty. */
      changes: readonly EntriesJson[];
      /** How many of the changes are case records, for the audit; not sent. */
      cases: number;
    })
  | Extract<PullResponse, { kind: 'reset-required' }>;

const COMMA = Buffer.from(',');

/** Entries and heads are ASCII, so latin1 encodes them, and is the quickest to. */
function bytesOf(text: TextOrBytes): Uint8Array {
  return typeof text === 'string' ? Buffer.from(text, 'latin1') : text;
}

/**
 * The response body of a pull, as the pieces it is made of, in order: sent
 * one after another, never joined. A first sync sends hundreds of thousands
 * of records, so the changes go out as the database printed them, inside a
 * head the service prints; joining the megabytes of each page into one
 * buffer only to write it out made the service copy them again and collect
 * the garbage. The body parses as a PullResponse; the round trip is tested
 * against every database target (sync-pull-body.test.ts). It is all ASCII,
 * like the entries (migrations/0011_ascii_change_entries.ts): one other
 * character anywhere would put the whole body on a browser's slow path.
 */
export function pullBody(page: ServedPull): Uint8Array[] {
  if (page.kind !== 'changes') return [Buffer.from(asciiJson(page), 'latin1')];
  const { changes, cases: _audited, ...rest } = page;
  const head = asciiJson(rest);
  // `rest` is a non-empty object: its closing brace is replaced by the changes.
  const open = Buffer.from(`${head.slice(0, -1)},"changes":[`, 'latin1');
  const runs = changes.flatMap((run, i) => (i === 0 ? [bytesOf(run)] : [COMMA, bytesOf(run)]));
  return [open, ...runs, END];
}

const END = Buffer.from(']}');

/** JSON.stringify, with every character outside ASCII written as a \u escape. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
