import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobError } from './blob-store';
import { LocalBlobStore } from './local-blob-store';
import {
  errorCode,
  readAll,
  sampleBlob,
  sha256Hex,
  temporaryDirectory,
  uploadChunks,
} from './testing/blob-helpers';

let root: string;
let removeRoot: () => Promise<void>;
let dir: string;

beforeEach(async () => {
  ({ dir: root, remove: removeRoot } = await temporaryDirectory());
  dir = path.join(root, 'blobs');
});
afterEach(() => removeRoot());

const partFile = (sha: string) => path.join(dir, 'staging', `${sha}.part`);
const sidecarFile = (sha: string) => path.join(dir, 'staging', `${sha}.json`);

describe('LocalBlobStore uploads', () => {
  it('stores a blob sent in chunks at its fan-out path and reads it back', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(100_000);
    await uploadChunks(store, sha, bytes, 16_384);
    expect(await store.stat(sha)).toBeNull();
    expect(await store.stagedSize(sha)).toBe(100_000);

    expect(await store.complete(sha, bytes.length)).toEqual({ size: 100_000 });

    expect(await store.stat(sha)).toEqual({ size: 100_000 });
    expect(await store.stagedSize(sha)).toBe(0);
    expect(await readFile(path.join(dir, sha.slice(0, 2), sha.slice(2, 4), sha))).toEqual(bytes);
    expect(await readdir(path.join(dir, 'staging'))).toEqual([]);
    const read = await store.read(sha);
    expect(read.size).toBe(100_000);
    expect(read.range).toBeNull();
    expect(await readAll(read.stream)).toEqual(bytes);
  });

  it('resumes after a restart from the last confirmed chunk', async () => {
    const { bytes, sha } = sampleBlob(50_000);
    await uploadChunks(new LocalBlobStore(dir), sha, bytes, 10_000, { to: 30_000 });

    const restarted = new LocalBlobStore(dir);
    expect(await restarted.stagedSize(sha)).toBe(30_000);
    await uploadChunks(restarted, sha, bytes, 10_000, { from: 30_000 });
    await restarted.complete(sha, bytes.length);

    expect(await readAll((await restarted.read(sha)).stream)).toEqual(bytes);
  });

  it('refuses a chunk at any offset but the staged size, saying where to resume', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(30);
    await store.appendChunk(sha, 0, bytes.subarray(0, 10), 30);

    const ahead = store.appendChunk(sha, 20, bytes.subarray(20), 30);
    await expect(ahead).rejects.toMatchObject({ code: 'offset-mismatch', stagedSize: 10 });
    const replayed = store.appendChunk(sha, 0, bytes.subarray(0, 10), 30);
    await expect(replayed).rejects.toMatchObject({ code: 'offset-mismatch', stagedSize: 10 });
    expect(await store.stagedSize(sha)).toBe(10);
  });

  it('refuses chunks past the declared size, or a declared size that changes', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(30);
    expect(await errorCode(store.appendChunk(sha, 0, bytes, 29))).toBe('too-large');
    await store.appendChunk(sha, 0, bytes.subarray(0, 10), 30);
    expect(await errorCode(store.appendChunk(sha, 10, bytes.subarray(10), 40))).toBe(
      'size-mismatch',
    );
    expect(await store.stagedSize(sha)).toBe(10);
  });

  it('keeps an unfinished upload when completed too early', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(30);
    await store.appendChunk(sha, 0, bytes.subarray(0, 10), 30);

    const early = store.complete(sha, 30);
    await expect(early).rejects.toMatchObject({ code: 'incomplete', stagedSize: 10 });
    expect(await store.stagedSize(sha)).toBe(10);
  });

  it('discards an upload completed with a different size than it declared', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(30);
    await uploadChunks(store, sha, bytes, 10);
    expect(await errorCode(store.complete(sha, 20))).toBe('size-mismatch');
    expect(await store.stagedSize(sha)).toBe(0);
  });

  it('refuses bytes that do not hash to their name and leaves nothing visible', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes } = sampleBlob(20_000);
    const claimed = sha256Hex(Buffer.from('something else entirely'));
    await uploadChunks(store, claimed, bytes, 8_192);

    const refusal = store.complete(claimed, bytes.length);
    await expect(refusal).rejects.toThrow(`hash to ${sha256Hex(bytes)}`);
    expect(await store.stat(claimed)).toBeNull();
    expect(await store.stagedSize(claimed)).toBe(0);
    expect(await errorCode(store.read(claimed))).toBe('not-found');
    expect(await readdir(dir)).toEqual(['staging']);
    expect(await readdir(path.join(dir, 'staging'))).toEqual([]);
  });

  it('completes idempotently and tidies a redundant second upload', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(1_000);
    await uploadChunks(store, sha, bytes, 400);
    await store.complete(sha, 1_000);
    expect(await store.complete(sha, 1_000)).toEqual({ size: 1_000 });

    await store.appendChunk(sha, 0, bytes.subarray(0, 400), 1_000);
    expect(await store.complete(sha, 1_000)).toEqual({ size: 1_000 });
    expect(await store.stagedSize(sha)).toBe(0);
    expect(await errorCode(store.complete(sha, 999))).toBe('size-mismatch');
    expect(await store.stat(sha)).toEqual({ size: 1_000 });
  });

  it('stores the empty blob without any chunk', async () => {
    const store = new LocalBlobStore(dir);
    const empty = sha256Hex(new Uint8Array());
    expect(await store.complete(empty, 0)).toEqual({ size: 0 });
    expect(await readAll((await store.read(empty)).stream)).toEqual(Buffer.alloc(0));
  });

  it('discards an aborted upload', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(30);
    await store.appendChunk(sha, 0, bytes.subarray(0, 10), 30);
    await store.abort(sha);
    await store.abort(sha);
    expect(await store.stagedSize(sha)).toBe(0);
    expect(await readdir(path.join(dir, 'staging'))).toEqual([]);
  });
});

describe('LocalBlobStore after a crash', () => {
  it('cuts unconfirmed bytes from the staged file when the upload resumes', async () => {
    const { bytes, sha } = sampleBlob(100_010);
    await new LocalBlobStore(dir).appendChunk(sha, 0, bytes.subarray(0, 64_000), bytes.length);
    // The process died after writing a chunk's bytes but before confirming them.
    await appendFile(partFile(sha), Buffer.alloc(200_000, 0xee));
    await writeFile(`${sidecarFile(sha)}.tmp`, '{"size":26');

    const restarted = new LocalBlobStore(dir);
    expect(await restarted.stagedSize(sha)).toBe(64_000);
    await restarted.appendChunk(sha, 64_000, bytes.subarray(64_000), bytes.length);
    expect((await stat(partFile(sha))).size).toBe(bytes.length);
    await restarted.complete(sha, bytes.length);
    expect(await readAll((await restarted.read(sha)).stream)).toEqual(bytes);
  });

  it('trims unconfirmed bytes before hashing when completing', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(5_000);
    await uploadChunks(store, sha, bytes, 2_000);
    await appendFile(partFile(sha), Buffer.from('torn write'));
    expect(await store.complete(sha, bytes.length)).toEqual({ size: 5_000 });
  });

  it('starts over when the record of confirmed bytes is unreadable', async () => {
    const { bytes, sha } = sampleBlob(3_000);
    await new LocalBlobStore(dir).appendChunk(sha, 0, bytes.subarray(0, 1_000), bytes.length);
    await writeFile(sidecarFile(sha), 'not json');

    const restarted = new LocalBlobStore(dir);
    expect(await restarted.stagedSize(sha)).toBe(0);
    await uploadChunks(restarted, sha, bytes, 1_000);
    expect(await restarted.complete(sha, bytes.length)).toEqual({ size: 3_000 });
  });
});

describe('LocalBlobStore concurrency', () => {
  it('applies concurrent appends for one hash one at a time, in call order', async () => {
    const store = new LocalBlobStore(dir);
    const other = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(80_000);
    const offsets = [0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000];
    const sizes = await Promise.all(
      offsets.map((offset, i) =>
        (i % 2 ? other : store).appendChunk(
          sha,
          offset,
          bytes.subarray(offset, offset + 10_000),
          80_000,
        ),
      ),
    );
    expect(sizes).toEqual(offsets.map((offset) => offset + 10_000));
    await store.complete(sha, 80_000);
  });

  it('lets exactly one of two racing appends at the same offset through', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(20);
    const results = await Promise.allSettled([
      store.appendChunk(sha, 0, bytes.subarray(0, 10), 20),
      store.appendChunk(sha, 0, bytes.subarray(0, 10), 20),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(await store.stagedSize(sha)).toBe(10);
  });
});

describe('LocalBlobStore ranged reads', () => {
  const { bytes, sha } = sampleBlob(1_000);
  let store: LocalBlobStore;
  beforeEach(async () => {
    store = new LocalBlobStore(dir);
    await uploadChunks(store, sha, bytes, 1_000);
    await store.complete(sha, bytes.length);
  });

  it.each([
    { range: { start: 0, end: 9 }, expected: { start: 0, end: 9 } },
    { range: { start: 400, end: 599 }, expected: { start: 400, end: 599 } },
    { range: { start: 999, end: 999 }, expected: { start: 999, end: 999 } },
    { range: { start: 990 }, expected: { start: 990, end: 999 } },
    { range: { start: 990, end: 5_000 }, expected: { start: 990, end: 999 } },
  ])('reads $range as bytes $expected.start-$expected.end', async ({ range, expected }) => {
    const read = await store.read(sha, range);
    expect(read).toMatchObject({ size: 1_000, range: expected });
    expect(await readAll(read.stream)).toEqual(bytes.subarray(expected.start, expected.end + 1));
  });

  it('refuses a range that starts past the end, giving the size for Content-Range', async () => {
    const refusal = store.read(sha, { start: 1_000, end: 1_100 });
    await expect(refusal).rejects.toMatchObject({ code: 'range-not-satisfiable', blobSize: 1_000 });
  });

  it('refuses malformed ranges and missing blobs', async () => {
    expect(await errorCode(store.read(sha, { start: 5, end: 2 }))).toBe('invalid-argument');
    expect(await errorCode(store.read(sha, { start: -1 }))).toBe('invalid-argument');
    expect(await errorCode(store.read(sha, { start: 0.5 }))).toBe('invalid-argument');
    expect(await errorCode(store.read(sha256Hex(Buffer.from('x'))))).toBe('not-found');
  });
});

describe('LocalBlobStore hash validation', () => {
  const valid = sha256Hex(Buffer.from('valid'));
  const invalid = [
    '../etc/passwd',
    `../${valid.slice(3)}`,
    `${valid.slice(0, 62)}/x`,
    valid.toUpperCase(),
    valid.slice(1),
    `${valid}0`,
    `${valid}\n`,
    'g'.repeat(64),
    '',
  ];

  it.each(invalid)('refuses %j in every method and touches no file', async (bad) => {
    const store = new LocalBlobStore(dir);
    const calls = [
      store.stat(bad),
      store.stagedSize(bad),
      store.appendChunk(bad, 0, new Uint8Array(1), 1),
      store.complete(bad, 1),
      store.read(bad),
      store.abort(bad),
    ];
    for (const call of calls) expect(await errorCode(call)).toBe('invalid-hash');
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses nonsense offsets and sizes', async () => {
    const store = new LocalBlobStore(dir);
    const chunk = new Uint8Array(1);
    expect(await errorCode(store.appendChunk(valid, -1, chunk, 1))).toBe('invalid-argument');
    expect(await errorCode(store.appendChunk(valid, 0, chunk, Number.NaN))).toBe(
      'invalid-argument',
    );
    expect(await errorCode(store.complete(valid, 1.5))).toBe('invalid-argument');
    expect(new BlobError('not-found', 'x')).toBeInstanceOf(Error);
  });
});

describe('LocalBlobStore throughput', () => {
  it('takes a 20 MB upload in 1 MB chunks', async () => {
    const store = new LocalBlobStore(dir);
    const { bytes, sha } = sampleBlob(20 * 1024 * 1024);

    const started = performance.now();
    await uploadChunks(store, sha, bytes, 1024 * 1024);
    const appended = performance.now();
    await store.complete(sha, bytes.length);
    const completed = performance.now();

    console.log(
      `20 MB in 1 MB chunks: appends ${(appended - started).toFixed(0)} ms, ` +
        `complete (re-hash + publish) ${(completed - appended).toFixed(0)} ms`,
    );
    expect(sha256Hex(await readAll((await store.read(sha)).stream))).toBe(sha);
  });
});
