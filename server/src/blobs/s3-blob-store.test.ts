import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { S3BlobStore, type S3BlobStoreOptions, S3RequestError, s3ObjectUrl } from './s3-blob-store';
import {
  errorCode,
  readAll,
  sampleBlob,
  sha256Hex,
  temporaryDirectory,
  uploadChunks,
} from './testing/blob-helpers';
import { type FakeS3, startFakeS3 } from './testing/fake-s3-server';

const credentials = {
  region: 'eu-central-1',
  accessKeyId: 'AKIACLAIMSTEST',
  secretAccessKey: 'claims-test-secret-key',
};
const bucket = 'claim-blobs';

let fake: FakeS3;
let staging: Awaited<ReturnType<typeof temporaryDirectory>>;

beforeAll(async () => {
  fake = await startFakeS3({ bucket, ...credentials, lifetimeMs: 30_000 });
});
afterAll(() => fake.close());
beforeEach(async () => {
  staging = await temporaryDirectory();
  fake.objects.clear();
  fake.requests.length = 0;
});
afterEach(() => staging.remove());

function s3Store(overrides: Partial<S3BlobStoreOptions> = {}): S3BlobStore {
  return new S3BlobStore({
    endpoint: fake.endpoint,
    bucket,
    forcePathStyle: true,
    stagingDir: staging.dir,
    ...credentials,
    ...overrides,
  });
}

async function uploaded(size: number): Promise<{ store: S3BlobStore; bytes: Buffer; sha: string }> {
  const store = s3Store();
  const { bytes, sha } = sampleBlob(size);
  await uploadChunks(store, sha, bytes, 4_096);
  await store.complete(sha, bytes.length);
  return { store, bytes, sha };
}

describe('S3BlobStore', () => {
  it('uploads the verified blob with a signed PUT naming its payload hash', async () => {
    const { bytes, sha } = await uploaded(10_000);

    expect(fake.objects.get(`blobs/${sha}`)).toEqual(bytes);
    const put = fake.requests.find((request) => request.method === 'PUT');
    expect(put?.url).toBe(`/${bucket}/blobs/${sha}`);
    expect(put?.headers['x-amz-content-sha256']).toBe(sha);
    expect(put?.headers['content-length']).toBe('10000');
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIACLAIMSTEST\//);
  });

  it('answers stat from HEAD, and null for a missing object', async () => {
    const { store, sha } = await uploaded(5_000);
    expect(await store.stat(sha)).toEqual({ size: 5_000 });
    expect(await store.stat(sha256Hex(Buffer.from('absent')))).toBeNull();
  });

  it('reads the whole blob and ranges of it', async () => {
    const { store, bytes, sha } = await uploaded(5_000);

    const whole = await store.read(sha);
    expect(whole).toMatchObject({ size: 5_000, range: null });
    expect(await readAll(whole.stream)).toEqual(bytes);
    const middle = await store.read(sha, { start: 1_000, end: 1_999 });
    expect(middle).toMatchObject({ size: 5_000, range: { start: 1_000, end: 1_999 } });
    expect(await readAll(middle.stream)).toEqual(bytes.subarray(1_000, 2_000));
    const tail = await store.read(sha, { start: 4_999 });
    expect(tail.range).toEqual({ start: 4_999, end: 4_999 });
    expect(await readAll(tail.stream)).toEqual(bytes.subarray(4_999));
  });

  it('refuses missing blobs and unsatisfiable ranges', async () => {
    const { store, sha } = await uploaded(100);
    expect(await errorCode(store.read(sha256Hex(Buffer.from('absent'))))).toBe('not-found');
    const past = store.read(sha, { start: 100 });
    await expect(past).rejects.toMatchObject({ code: 'range-not-satisfiable', blobSize: 100 });
  });

  it('completes idempotently without uploading twice', async () => {
    const { store, sha } = await uploaded(2_000);
    expect(await store.complete(sha, 2_000)).toEqual({ size: 2_000 });
    expect(fake.requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
  });

  it('refuses bytes that do not match their hash before anything reaches the bucket', async () => {
    const store = s3Store();
    const { bytes } = sampleBlob(3_000);
    const claimed = sha256Hex(Buffer.from('a different document'));
    await uploadChunks(store, claimed, bytes, 1_000);

    expect(await errorCode(store.complete(claimed, bytes.length))).toBe('hash-mismatch');
    expect(fake.objects.size).toBe(0);
    expect(await store.stagedSize(claimed)).toBe(0);
  });

  it('retries a PUT the bucket answers with a transient error', async () => {
    const store = s3Store();
    const { bytes, sha } = sampleBlob(3_000);
    await uploadChunks(store, sha, bytes, 1_000);
    fake.failingPuts = 1;

    expect(await store.complete(sha, bytes.length)).toEqual({ size: 3_000 });
    expect(fake.requests.filter((request) => request.method === 'PUT')).toHaveLength(2);
    expect(fake.objects.get(`blobs/${sha}`)).toEqual(bytes);
  });

  it('keeps the verified staging when the PUT keeps failing, so complete can be retried', async () => {
    const store = s3Store();
    const { bytes, sha } = sampleBlob(3_000);
    await uploadChunks(store, sha, bytes, 1_000);
    fake.failingPuts = 3;

    await expect(store.complete(sha, bytes.length)).rejects.toBeInstanceOf(S3RequestError);
    expect(await store.stagedSize(sha)).toBe(3_000);
    expect(await store.complete(sha, bytes.length)).toEqual({ size: 3_000 });
    expect(fake.objects.get(`blobs/${sha}`)).toEqual(bytes);
  });

  it('is refused by the bucket with the wrong key or secret', async () => {
    const sha = sha256Hex(Buffer.from('anything'));
    // A HEAD answer has no body to explain itself; a GET's does.
    const wrongSecret = s3Store({ secretAccessKey: 'not-the-secret' }).read(sha);
    await expect(wrongSecret).rejects.toThrow('403 SignatureDoesNotMatch');
    const wrongKey = s3Store({ accessKeyId: 'AKIAOTHER' }).read(sha);
    await expect(wrongKey).rejects.toThrow('403 InvalidAccessKeyId');
    const wrongRegion = s3Store({ region: 'us-east-1' }).stat(sha);
    await expect(wrongRegion).rejects.toMatchObject({ status: 403 });
  });

  it('validates the hash before building a key', async () => {
    expect(await errorCode(s3Store().stat('../../other-bucket/x'))).toBe('invalid-hash');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('s3ObjectUrl', () => {
  it('addresses the bucket by path or by host name', () => {
    const endpoint = 'https://s3.eu-central-1.amazonaws.com';
    expect(s3ObjectUrl({ endpoint, bucket: 'b', forcePathStyle: true }, 'blobs/x')).toBe(
      'https://s3.eu-central-1.amazonaws.com/b/blobs/x',
    );
    expect(s3ObjectUrl({ endpoint, bucket: 'b', forcePathStyle: false }, 'blobs/x')).toBe(
      'https://b.s3.eu-central-1.amazonaws.com/blobs/x',
    );
    const proxied = { endpoint: 'http://127.0.0.1:9000/minio/', bucket: 'b', forcePathStyle: true };
    expect(s3ObjectUrl(proxied, 'blobs/x')).toBe('http://127.0.0.1:9000/minio/b/blobs/x');
  });
});
