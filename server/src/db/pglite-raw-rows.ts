import { protocol, types, type ParserOptions, type PGlite } from '@electric-sql/pglite';
import { AnswerBuffers } from './answer-buffers';

const ROW_DESCRIPTION = 0x54; // 'T'
const DATA_ROW = 0x44; // 'D'
const ERROR_RESPONSE = 0x45; // 'E'

interface Column {
  name: string;
  type: number;
}

/**
 * Runs one query on PGlite through its wire protocol and reads the rows
 * itself: text columns stay the bytes PostgreSQL wrote, every other column
 * is parsed as PGlite's own query() would. The caller holds the connection
 * (pglite-dialect.ts), so the query runs in the caller's transaction.
 */
export async function queryRawRows(
  pglite: PGlite,
  text: string,
  parameters: readonly unknown[],
): Promise<Record<string, unknown>[]> {
  const { serialize } = protocol;
  // Each message is copied as soon as it is made, whatever buffer the serializer reuses.
  const message = Buffer.concat(
    [
      () => serialize.parse({ text }),
      () => serialize.bind({ values: parameters.map(wireValue) }),
      () => serialize.describe({ type: 'P' }),
      () => serialize.execute({}),
      () => serialize.sync(),
    ].map((make) => Buffer.from(make())),
  );
  // The stream form hands over each chunk as written, unparsed (execProtocolRaw parses as
  // well), as a view of the database's memory, all before it returns. The chunks gather in
  // a buffer lent with the rows (answer-buffers.ts). A read changes no file, so there is
  // nothing to write back.
  const buffers = answerBuffers.get(pglite) ?? new AnswerBuffers();
  answerBuffers.set(pglite, buffers);
  const answer = new GrowingBuffer(buffers.take());
  let rows: Record<string, unknown>[];
  try {
    await pglite.execProtocolRawStream(message, {
      syncToFs: false,
      onRawData: (chunk) => answer.append(chunk),
    });
    rows = readRows(answer.bytes(), pglite.parsers);
  } catch (error) {
    buffers.keep(answer.buffer);
    throw error;
  }
  if (rows.some((row) => holdsViewOf(row, answer.buffer))) buffers.lend(answer.buffer);
  else buffers.keep(answer.buffer);
  return rows;
}

function holdsViewOf(row: Record<string, unknown>, buffer: Buffer): boolean {
  return Object.values(row).some(
    (value) => value instanceof Uint8Array && value.buffer === buffer.buffer,
  );
}

/** Bytes appended in small chunks to a buffer, replaced by a larger one when full. */
class GrowingBuffer {
  private length = 0;

  constructor(public buffer: Buffer) {}

  append(chunk: Uint8Array): void {
    const needed = this.length + chunk.byteLength;
    if (needed > this.buffer.length) {
      const larger = Buffer.allocUnsafeSlow(Math.max(needed, this.buffer.length * 2));
      this.buffer.copy(larger, 0, 0, this.length);
      this.buffer = larger;
    }
    this.buffer.set(chunk, this.length);
    this.length = needed;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

const answerBuffers = new WeakMap<PGlite, AnswerBuffers>();

/** A parameter as text, the way PostgreSQL reads an untyped one. */
function wireValue(value: unknown, index: number): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  throw new TypeError(
    `parameter $${index + 1} is of type ${typeof value}: only strings, numbers and booleans are sent`,
  );
}

/** The rows of a protocol answer; a database error in it is thrown as PGlite throws it. */
function readRows(answer: Buffer, parsers: ParserOptions): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  let columns: Column[] = [];
  for (let at = 0; at < answer.length; ) {
    const kind = answer[at];
    const end = at + 1 + answer.readInt32BE(at + 1);
    const body = answer.subarray(at + 5, end);
    if (kind === ROW_DESCRIPTION) columns = readColumns(body);
    else if (kind === DATA_ROW) rows.push(readRow(body, columns, parsers));
    else if (kind === ERROR_RESPONSE) throw databaseError(answer.subarray(at, end));
    at = end;
  }
  return rows;
}

const TEXT_OID = 25;

function readColumns(body: Buffer): Column[] {
  const count = body.readInt16BE(0);
  const columns: Column[] = [];
  let at = 2;
  for (let i = 0; i < count; i++) {
    const nameEnd = body.indexOf(0, at);
    const name = body.toString('utf8', at, nameEnd);
    // After the name: table oid (4), column number (2), then the type oid.
    const type = body.readInt32BE(nameEnd + 1 + 4 + 2);
    columns.push({ name, type });
    // Type oid (4), type size (2), type modifier (4), format (2).
    at = nameEnd + 1 + 4 + 2 + 4 + 2 + 4 + 2;
  }
  return columns;
}

function readRow(
  body: Buffer,
  columns: readonly Column[],
  parsers: ParserOptions,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const count = body.readInt16BE(0);
  let at = 2;
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (!column) throw new Error(`a data row has ${count} values for ${columns.length} columns`);
    const length = body.readInt32BE(at);
    at += 4;
    if (length < 0) {
      row[column.name] = null;
      continue;
    }
    const value = body.subarray(at, at + length);
    at += length;
    // Text stays in the answer's buffer, lent until its bytes are handed back.
    row[column.name] =
      column.type === TEXT_OID
        ? value
        : types.parseType(value.toString('utf8'), column.type, parsers);
  }
  return row;
}

function databaseError(message: Buffer): Error {
  let error: Error = new Error('the database answered with an error it did not describe');
  new protocol.Parser().parse(message, (parsed) => {
    if (parsed instanceof Error) error = parsed;
  });
  return error;
}
