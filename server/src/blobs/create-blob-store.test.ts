import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlobStore, readBlobStoreConfig } from './create-blob-store';
import { LocalBlobStore } from './local-blob-store';
import { S3BlobStore } from './s3-blob-store';

const dataDir = path.resolve('/srv/claims');
const s3Env = {
  BLOB_STORE: 's3',
  S3_ENDPOINT: 'http://127.0.0.1:9000',
  S3_REGION: 'us-east-1',
  S3_BUCKET: 'claim-blobs',
  S3_ACCESS_KEY_ID: 'minio',
  S3_SECRET_ACCESS_KEY: 'minio-secret',
  S3_FORCE_PATH_STYLE: 'true',
};

describe('readBlobStoreConfig', () => {
  it('keeps blobs under the data directory by default', () => {
    expect(readBlobStoreConfig({}, dataDir)).toEqual({
      kind: 'local',
      dir: path.join(dataDir, 'blobs'),
    });
  });

  it('reads the S3 settings, staging uploads under the data directory', () => {
    expect(readBlobStoreConfig(s3Env, dataDir)).toEqual({
      kind: 's3',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'claim-blobs',
      accessKeyId: 'minio',
      secretAccessKey: 'minio-secret',
      forcePathStyle: true,
      stagingDir: path.join(dataDir, 'blobs', 'staging'),
    });
  });

  it("defaults to AWS's endpoint for the region and to virtual-hosted addressing", () => {
    const env = { ...s3Env, S3_ENDPOINT: '', S3_FORCE_PATH_STYLE: undefined };
    expect(readBlobStoreConfig(env, dataDir)).toMatchObject({
      endpoint: 'https://s3.us-east-1.amazonaws.com',
      forcePathStyle: false,
    });
  });

  it('names every missing variable', () => {
    const read = () =>
      readBlobStoreConfig({ BLOB_STORE: 's3', S3_REGION: 'eu-west-1', S3_BUCKET: ' ' }, dataDir);
    expect(read).toThrow(
      'Invalid blob storage configuration: S3_BUCKET: required when BLOB_STORE=s3; ' +
        'S3_ACCESS_KEY_ID: required when BLOB_STORE=s3; ' +
        'S3_SECRET_ACCESS_KEY: required when BLOB_STORE=s3',
    );
  });

  it('names the variable with a bad value, without echoing secrets', () => {
    const env = { ...s3Env, S3_BUCKET: 'Claims_Bucket', S3_FORCE_PATH_STYLE: 'yes' };
    const read = () => readBlobStoreConfig(env, dataDir);
    expect(read).toThrow(/S3_BUCKET: must be .*; S3_FORCE_PATH_STYLE: must be 1, 0, true or false/);
    expect(read).not.toThrow(/minio-secret/);
    expect(() => readBlobStoreConfig({ BLOB_STORE: 'nfs' }, dataDir)).toThrow(
      'BLOB_STORE: must be "local" or "s3"',
    );
  });

  it('gives an in-memory deployment a throwaway directory', () => {
    const config = readBlobStoreConfig({}, 'memory://');
    expect(config.kind === 'local' && !config.dir.startsWith('memory:')).toBe(true);
  });
});

describe('createBlobStore', () => {
  it('builds the store the configuration names', () => {
    const local = createBlobStore({ kind: 'local', dir: path.join(dataDir, 'blobs') });
    expect(local).toBeInstanceOf(LocalBlobStore);
    expect(createBlobStore(readBlobStoreConfig(s3Env, dataDir))).toBeInstanceOf(S3BlobStore);
  });
});
