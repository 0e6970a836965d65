import { z } from 'zod';
import { EntityName } from './records';

/** Sync wire messages (architecture §5). Every field is checked on both ends. */

const Seq = z.number().int().nonnegative();
const DeviceId = z.string().min(8).max(64);

export const ChangeEntry = z.object({
  seq: Seq,
  entity: EntityName,
  id: z.string(),
  caseId: z.string().nullable(),
  rowVersion: Seq,
  deleted: z.boolean(),
  /**
   * The whole record as of this change; null for a deletion. Only its shape
   * is checked here, without copying it: the workstation checks each record
   * against its entity's schema as it stores it (apply-changes.ts).
   */
  data: z
    .custom<
      Record<string, unknown>
    >((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'a record is an object')
    .nullable(),
});
export type ChangeEntry = z.infer<typeof ChangeEntry>;

/**
 * A change as protocol 2 sends it: an upsert whose record says its id, case
 * and version comes as `{seq, entity, data}` alone (see the service's
 * migrations/0012_compact_change_entries.ts), anything else whole. Read
 * back into the whole entry, then checked as one.
 */
export const WireChangeEntry = z.preprocess(wholeEntry, ChangeEntry);

/**
 * A page's changes. A first sync reads hundreds of thousands of short
 * entries: a page of nothing else is read by `shortEntry`, which builds each
 * whole entry once, where the schema would copy it twice and keep books on
 * every element: garbage that cost more than the checks. It accepts exactly
 * what the schema accepts (protocol.test.ts holds it to that); any other
 * page is read by the schema, so a bad entry is refused in its own words.
 */
const ChangeEntries = z.unknown().transform((value, ctx): ChangeEntry[] => {
  const short = Array.isArray(value) ? allShort(value) : null;
  if (short) return short;
  const parsed = z.array(WireChangeEntry).safeParse(value);
  if (parsed.success) return parsed.data;
  for (const { message, path } of parsed.error.issues)
    ctx.issues.push({ code: 'custom', message, path, input: value });
  return z.NEVER;
});

function allShort(values: readonly unknown[]): ChangeEntry[] | null {
  const entries: ChangeEntry[] = [];
  for (const value of values) {
    const entry = shortEntry(value);
    if (!entry) return null;
    entries.push(entry);
  }
  return entries;
}

const ENTITY_NAMES: ReadonlySet<string> = new Set(EntityName.options);

/** A well-formed short entry as the whole entry it stands for; null for anything else. */
export function shortEntry(value: unknown): ChangeEntry | null {
  if (typeof value !== 'object' || value === null || 'id' in value) return null;
  const { seq, entity, data } = value as { seq?: unknown; entity?: unknown; data?: unknown };
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
  if (typeof entity !== 'string' || !ENTITY_NAMES.has(entity)) return null;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  if (typeof (data as { id?: unknown }).id !== 'string') return null;
  // Every field the schema checks was checked above.
  return expanded(seq, entity, data as Record<string, unknown>) as ChangeEntry;
}

/** The whole entry a short one stands for; anything else as it is. */
export function wholeEntry(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || 'id' in value || !('data' in value))
    return value;
  const { seq, entity, data } = value as { seq?: unknown; entity?: unknown; data: unknown };
  if (typeof data !== 'object' || data === null) return value;
  return expanded(seq, entity, data as Record<string, unknown>);
}

/** The rules of the short form: the record says the id and case, the seq is the version. */
function expanded(seq: unknown, entity: unknown, record: Record<string, unknown>) {
  const caseId = entity === 'case' ? record['id'] : record['caseId'];
  return {
    seq,
    entity,
    id: record['id'],
    caseId: typeof caseId === 'string' ? caseId : null,
    rowVersion: seq,
    deleted: false,
    data: record,
  };
}

export const MutationStatus = z.enum(['applied', 'merged', 'conflict', 'rejected']);

export const MutationResult = z.object({
  mutationId: z.string(),
  status: MutationStatus,
  /** For rejected: a stable code; for conflict/merged: what lost. */
  reason: z.string().nullable(),
  message: z.string().nullable(),
  conflictIds: z.array(z.string()),
  /** Values the server chose, such as a final case number. */
  output: z.record(z.string(), z.unknown()),
});
export type MutationResult = z.infer<typeof MutationResult>;

/**
 * The largest `limit` of a pull. A first sync asks for ranges this large: a
 * large body costs a browser much less to receive per byte than a small one.
 */
export const LARGEST_PULL_LIMIT = 20_000;
/** The largest `limit` of a service that does not say its own (`largestLimit`). */
export const UNSTATED_PULL_LIMIT = 5000;

export const PullRequest = z
  .object({
    deviceId: DeviceId,
    cursor: Seq,
    limit: z.number().int().min(1).max(LARGEST_PULL_LIMIT).default(1000),
    /**
     * Only changes at or below this sequence. A client that was told how far
     * the log goes (`latest`) asks for several ranges below it at once, so
     * the service prepares one while the client receives another.
     */
    upTo: Seq.optional(),
  })
  .refine((r) => r.upTo === undefined || r.upTo > r.cursor, {
    message: 'upTo must be above the cursor',
    path: ['upTo'],
  });
export type PullRequest = z.input<typeof PullRequest>;

export const ScopeChange = z.object({
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  /** For removals: who has the case now, when the user may know. */
  assigneeName: z.string().nullable(),
});
export type ScopeChange = z.infer<typeof ScopeChange>;

export const PullResponse = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('changes'),
    cursor: Seq,
    hasMore: z.boolean(),
    latest: Seq,
    changes: ChangeEntries,
    scope: z.object({ added: z.array(ScopeChange), removed: z.array(ScopeChange) }),
    acks: z.array(MutationResult),
    /**
     * The largest `limit` this service accepts; a client asks for nothing
     * larger. A service that does not say accepts UNSTATED_PULL_LIMIT.
     */
    largestLimit: z.number().int().positive().optional(),
  }),
  z.object({
    kind: z.literal('reset-required'),
    /** The oldest cursor the retained change log can serve. */
    minCursor: Seq,
    message: z.string(),
  }),
]);
export type PullResponse = z.infer<typeof PullResponse>;

export const Mutation = z.object({
  mutationId: z.string().min(8).max(64),
  deviceId: DeviceId,
  deviceSeq: z.number().int().nonnegative(),
  name: z.string().min(1).max(64),
  version: z.number().int().positive(),
  args: z.unknown(),
  baseRowVersions: z.record(z.string(), Seq).default({}),
});
export type Mutation = z.input<typeof Mutation>;

export const PushRequest = z.object({
  deviceId: DeviceId,
  mutations: z.array(Mutation).max(500),
});
export type PushRequest = z.input<typeof PushRequest>;

export const PushResponse = z.object({ results: z.array(MutationResult), latest: Seq });
export type PushResponse = z.infer<typeof PushResponse>;

/** A content-free signal that something changed; the client then pulls. */
export const Poke = z.object({ latest: Seq });
