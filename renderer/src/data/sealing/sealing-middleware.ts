import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { isSealed } from './field-cipher';
import type { KeyRing } from './device-key';
import { PERSONAL_FIELDS } from './personal-fields';

type Row = Record<string, unknown>;

/**
 * Seals the personal fields of every row on its way into IndexedDB and opens
 * them on the way out, whichever Dexie call made the request (get, query,
 * cursor, modify), so the rest of the workstation reads and writes plain
 * records. It sits below Dexie's own middlewares (level -2) so hooks, live
 * queries and the case digests only ever see plain values.
 */
export function sealingMiddleware(keys: KeyRing): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sealing',
    level: -2,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          const paths = PERSONAL_FIELDS[name];
          return paths ? sealedTable(table, name, paths, keys) : table;
        },
      };
    },
  };
}

function sealedTable(
  table: DBCoreTable,
  name: string,
  paths: readonly string[],
  keys: KeyRing,
): DBCoreTable {
  const seal = (row: unknown) =>
    transform(row, paths, (value, path) => {
      if (value === undefined || isSealed(value)) return value;
      return keys.cipher().seal(value, `${name}|${path}`);
    });
  const open = (row: unknown) =>
    transform(row, paths, (value, path) =>
      isSealed(value) ? keys.cipher().open(value, `${name}|${path}`) : value,
    );
  return {
    ...table,
    mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      return table.mutate({ ...req, values: req.values.map(seal) });
    },
    // Plain `.then` on what the layer below returns, never `async`: Dexie
    // follows its transaction zone through its own promises only.
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(open)),
    query: (req) =>
      table
        .query(req)
        .then((response) =>
          req.values ? { ...response, result: response.result.map(open) } : response,
        ),
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => {
        if (!cursor || !req.values) return cursor;
        return Object.create(cursor, { value: { get: () => open(cursor.value) } }) as typeof cursor;
      }),
  };
}

/** A copy of the row with each path's value replaced; the row itself is never changed. */
function transform(
  row: unknown,
  paths: readonly string[],
  change: (value: unknown, path: string) => unknown,
): unknown {
  if (!isRow(row)) return row;
  let copy: Row = row;
  for (const path of paths) copy = replaceAt(copy, path.split('.'), path, change);
  return copy;
}

function replaceAt(
  row: Row,
  [head, ...rest]: string[],
  path: string,
  change: (value: unknown, path: string) => unknown,
): Row {
  if (head === undefined || !Object.hasOwn(row, head)) return row;
  const current = row[head];
  const next =
    rest.length === 0
      ? change(current, path)
      : isRow(current)
        ? replaceAt(current, rest, path, change)
        : current;
  return next === current ? row : { ...row, [head]: next };
}

function isRow(value: unknown): value is Row {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Blob)
  );
}
