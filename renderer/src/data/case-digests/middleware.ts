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
import { digestOf, toTuple, type DigestTuple } from './digest';
import { DIGEST_LOG, type DigestLogRow } from './store';

const CASES = 'cases';

/**
 * Keeps the digests equal to `cases`, in the same IndexedDB transaction as
 * every write to a case, whichever code made it: a transaction that writes
 * cases is widened to include the digest log, so a crash can never leave
 * them apart. Each write appends one log entry; IndexedDB runs a
 * transaction's requests in order, so the log keeps the writes' order.
 */
export const caseDigestsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'caseDigests',
  create(down) {
    return {
      transaction(stores, mode, options) {
        const widen =
          mode === 'readwrite' && stores.includes(CASES) && !stores.includes(DIGEST_LOG);
        return down.transaction(widen ? [...stores, DIGEST_LOG] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== CASES) return table;
        return {
          ...table,
          async mutate(req) {
            // An upgrade rewrites cases before later versions have made the
            // log; the version that made it packs them all.
            if (isUpgrade(req.trans)) return table.mutate(req);
            const deletedRange =
              req.type === 'deleteRange' ? await keysIn(table, req.trans, req.range) : [];
            const result = await table.mutate(req);
            const entry = entryOf(req, result, deletedRange);
            if (entry)
              await check(
                down.table(DIGEST_LOG).mutate({ trans: req.trans, type: 'add', values: [entry] }),
              );
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

/** What a write did to the cases, as a log entry; null when it changed none. */
function entryOf(
  req: DBCoreMutateRequest,
  result: DBCoreMutateResponse,
  deletedRange: readonly string[],
): DigestLogRow | null {
  const puts: DigestTuple[] = [];
  let gone: readonly string[] = [];
  switch (req.type) {
    case 'add':
    case 'put':
      req.values.forEach((value, i) => {
        if (!result.failures[i]) puts.push(toTuple(digestOf(value as Stored<CaseRecord>)));
      });
      break;
    case 'delete':
      gone = req.keys as string[];
      break;
    case 'deleteRange':
      gone = deletedRange;
      break;
  }
  return puts.length > 0 || gone.length > 0 ? { puts: JSON.stringify(puts), gone } : null;
}

/** A digest that failed to write must fail the case's write with it. */
async function check(result: Promise<DBCoreMutateResponse>): Promise<void> {
  const { numFailures, failures } = await result;
  if (numFailures > 0) throw Object.values(failures)[0] ?? new Error('case digests not written');
}
