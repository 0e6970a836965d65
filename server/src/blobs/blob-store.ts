import type { Readable } from 'node:stream';

/**
 * Content-addressed storage for claim documents and photos. A blob is named by
 * the SHA-256 of its bytes and becomes visible only once those bytes are
 * verified, so anything `stat` or `read` can see is known to be intact.
 */
export interface BlobStore {
  /** Size of a complete, verified blob, or null. */
  stat(sha256: string): Promise<{ size: number } | null>;
  /** Bytes confirmed so far for an upload in progress (0 if none). Survives process restarts. */
  stagedSize(sha256: string): Promise<number>;
  /**
   * Append `chunk` at `offset`, durably, and return the new staged size. Refused with
   * `offset-mismatch` when offset != stagedSize, `too-large` when it would pass `declaredSize`,
   * and `size-mismatch` when `declaredSize` differs from the one the upload started with.
   */
  appendChunk(
    sha256: string,
    offset: number,
    chunk: Uint8Array,
    declaredSize: number,
  ): Promise<number>;
  /**
   * Verify the staged bytes and publish the blob. `incomplete` keeps the staging so the
   * client can resume; `size-mismatch` and `hash-mismatch` discard it. Idempotent once complete.
   */
  complete(sha256: string, declaredSize: number): Promise<{ size: number }>;
  /** The whole blob, or the bytes of `range`. Consume or destroy the stream: it holds a handle. */
  read(sha256: string, range?: ByteRange): Promise<BlobRead>;
  /** Discard an abandoned staging area; nothing happens when there is none. */
  abort(sha256: string): Promise<void>;
}

/**
 * Inclusive byte positions, as in an HTTP `Range: bytes=start-end` header. Without
 * `end`, or with an `end` past the last byte, the range runs to the end (RFC 9110 §14.1.2).
 */
export interface ByteRange {
  start: number;
  end?: number;
}

export interface BlobRead {
  stream: Readable;
  /** Size of the whole blob, for `Content-Range: bytes start-end/size`. */
  size: number;
  /** The bytes the stream carries (answer 206), or null for the whole blob (answer 200). */
  range: { start: number; end: number } | null;
}

export type BlobErrorCode =
  | 'invalid-hash'
  | 'invalid-argument'
  | 'offset-mismatch'
  | 'too-large'
  | 'size-mismatch'
  | 'incomplete'
  | 'hash-mismatch'
  | 'not-found'
  | 'range-not-satisfiable';

/** The status a route should answer each refusal with. */
export const BLOB_ERROR_HTTP_STATUS: Readonly<Record<BlobErrorCode, number>> = {
  'invalid-hash': 400,
  'invalid-argument': 400,
  'offset-mismatch': 409,
  'too-large': 413,
  'size-mismatch': 422,
  incomplete: 409,
  'hash-mismatch': 422,
  'not-found': 404,
  'range-not-satisfiable': 416,
};

/** A refusal the caller can act on; anything else a store throws is an internal failure. */
export class BlobError extends Error {
  override readonly name = 'BlobError';
  /** With `offset-mismatch` and `incomplete`: where the client should resume. */
  readonly stagedSize: number | undefined;
  /** With `range-not-satisfiable`: for the `Content-Range: bytes *\/size` answer. */
  readonly blobSize: number | undefined;

  constructor(
    readonly code: BlobErrorCode,
    message: string,
    extra: { stagedSize?: number; blobSize?: number } = {},
  ) {
    super(message);
    this.stagedSize = extra.stagedSize;
    this.blobSize = extra.blobSize;
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256_HEX.test(value);
}

/** Every store method calls this first: the hash becomes a file name or an object key. */
export function assertSha256(value: string): void {
  if (typeof value !== 'string' || !isSha256(value)) {
    throw new BlobError('invalid-hash', 'A blob is named by 64 lowercase hexadecimal characters');
  }
}

export function assertByteCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new BlobError(
      'invalid-argument',
      `${name} must be a whole number of bytes, not ${value}`,
    );
  }
}

export function assertRangeShape(range: ByteRange): void {
  assertByteCount('range start', range.start);
  if (range.end === undefined) return;
  assertByteCount('range end', range.end);
  if (range.end < range.start) {
    throw new BlobError('invalid-argument', 'range end comes before its start');
  }
}

/** Clamp `range` to a blob of `size` bytes, or refuse it when it starts past the end. */
export function resolveRange(range: ByteRange, size: number): { start: number; end: number } {
  assertRangeShape(range);
  if (range.start >= size) {
    throw new BlobError(
      'range-not-satisfiable',
      `range starts at byte ${range.start} of a ${size}-byte blob`,
      { blobSize: size },
    );
  }
  return { start: range.start, end: Math.min(range.end ?? size - 1, size - 1) };
}
