import { sql, type RawBuilder } from 'kysely';

/**
 * Marks a query whose text columns may come back as their bytes: the
 * embedded database hands them over as read (pglite-raw-rows.ts), where
 * PostgreSQL's driver gives strings. A pull's page is megabytes of text the
 * service only passes on; decoding it into a string and encoding it again
 * for the socket took about a third of the service's time in a first sync.
 * The bytes are lent: once sent, they are handed back (answer-buffers.ts)
 * and their memory holds a later answer. To PostgreSQL the mark is a
 * comment.
 */
const MARK = '/* text as bytes */ ';

export function textAsBytes<T>(query: RawBuilder<T>): RawBuilder<T> {
  return sql<T>`${sql.raw(MARK)}${query}`;
}

export function isTextAsBytes(query: string): boolean {
  return query.startsWith(MARK);
}

/** A text column of a query marked by `textAsBytes`. */
export type TextOrBytes = string | Uint8Array;
