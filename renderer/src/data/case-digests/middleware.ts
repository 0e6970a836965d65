import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { CaseRecord } from '@shared/sync/records';
import type { Stored } from '../db';
import { bucketOf, digestOf, toTuple, type DigestBucketRow, type DigestTuple } from './digest';

const CASES = 'cases';
export const DIGESTS = 'caseDigests';

/** Per bucket: the digests to write (by case id) and the cases gone from it. */
type Changes = Map<number, { put: Map<string, DigestTuple>; gone: Set<string> }>;

/**
 * Keeps `caseDigests` equal to `cases`, in the same IndexedDB transaction as
 * every write to a case, whichever code made it: a transaction that writes
 * cases is widened to include the digests, so a crash can never leave them
 * apart. Writes within one transaction update buckets one after another,
 * so two of them touching the same bucket cannot lose each other's change.
 */
export const caseDigestsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'caseDigests',
  create(down) {
    const pending = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    return {
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes(CASES) && !stores.includes(DIGESTS);
        return down.transaction(widen ? [...stores, DIGESTS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== CASES) return table;
        return {
          ...table,
          async mutate(req) {
            // An upgrade rewrites cases before later versions have made the
            // digests' table; the version that made it fills it whole.
            if (isUpgrade(req.trans)) return table.mutate(req);
            const deletedRange =
              req.type === 'deleteRange' ? await keysIn(table, req.trans, req.range) : [];
            const result = await table.mutate(req);
            const changes = changesOf(req, result, deletedRange);
            if (changes.size === 0) return result;
            const previous = pending.get(req.trans) ?? Promise.resolve();
            const digests = down.table(DIGESTS);
            const applied = previous.then(() => applyChanges(digests, req.trans, changes));
            pending.set(req.trans, applied);
            await applied;
            return result;
          },
        };
      },
    };
  },
};

function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as Partial<IDBTransaction>).mode === 'versionchange';
}

async function keysIn(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  range: Extract<DBCoreMutateRequest, { type: 'deleteRange' }>['range'],
): Promise<string[]> {
  const found = await table.query({
    trans,
    values: false,
    query: { index: table.schema.primaryKey, range },
  });
  return found.result as string[];
}

function changesOf(
  req: DBCoreMutateRequest,
  result: DBCoreMutateResponse,
  deletedRange: readonly string[],
): Changes {
  const changes: Changes = new Map();
  const at = (id: string) => {
    const bucket = bucketOf(id);
    let entry = changes.get(bucket);
    if (!entry) changes.set(bucket, (entry = { put: new Map(), gone: new Set() }));
    return entry;
  };
  switch (req.type) {
    case 'add':
    case 'put':
      req.values.forEach((value, i) => {
        if (result.failures[i]) return;
        const record = value as Stored<CaseRecord>;
        at(record.id).put.set(record.id, toTuple(digestOf(record)));
      });
      break;
    case 'delete':
      for (const key of req.keys as string[]) at(key).gone.add(key);
      break;
    case 'deleteRange':
      for (const key of deletedRange) at(key).gone.add(key);
      break;
  }
  return changes;
}

async function applyChanges(
  digests: DBCoreTable,
  trans: DBCoreTransaction,
  changes: Changes,
): Promise<void> {
  const buckets = [...changes.keys()];
  const rows = (await digests.getMany({ trans, keys: buckets })) as (DigestBucketRow | undefined)[];
  const puts: DigestBucketRow[] = [];
  buckets.forEach((bucket, i) => {
    const change = changes.get(bucket);
    if (!change) return;
    const row = rows[i];
    const kept = (row ? (JSON.parse(row.digests) as DigestTuple[]) : []).filter(
      (t) => !change.gone.has(t[0]) && !change.put.has(t[0]),
    );
    for (const tuple of change.put.values()) kept.push(tuple);
    // An emptied bucket stays, with a new stamp, so a reader holding it sees it change.
    puts.push({ bucket, stamp: newStamp(), digests: JSON.stringify(kept) });
  });
  await check(digests.mutate({ trans, type: 'put', values: puts }));
}

/** Unique per write, even across a database deleted and made again while a reader holds old buckets. */
function newStamp(): string {
  return crypto.randomUUID();
}

/** A digest that failed to write must fail the case's write with it. */
async function check(result: Promise<DBCoreMutateResponse>): Promise<void> {
  const { numFailures, failures } = await result;
  if (numFailures > 0) throw Object.values(failures)[0] ?? new Error('case digests not written');
}

/** All digests rebuilt from the cases, for the upgrade that creates the table. */
export function bucketsOf(records: readonly Stored<CaseRecord>[]): DigestBucketRow[] {
  const byBucket = new Map<number, DigestTuple[]>();
  for (const record of records) {
    const bucket = bucketOf(record.id);
    const list = byBucket.get(bucket);
    const tuple = toTuple(digestOf(record));
    if (list) list.push(tuple);
    else byBucket.set(bucket, [tuple]);
  }
  return [...byBucket].map(([bucket, tuples]) => ({
    bucket,
    stamp: newStamp(),
    digests: JSON.stringify(tuples),
  }));
}
