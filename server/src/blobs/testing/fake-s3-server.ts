import { createHash, createHmac } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Just enough of S3 to test a client against: path-style PUT, HEAD and ranged
 * GET of one bucket, kept in memory, behind a SigV4 check written here from
 * the AWS documentation rather than borrowed from the client under test.
 */

export interface FakeS3Options {
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The server closes itself after this long, should a test forget to. */
  lifetimeMs?: number;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

export interface FakeS3 {
  endpoint: string;
  objects: Map<string, Buffer>;
  requests: RecordedRequest[];
  /** Answer this many of the next PUTs with 500, as an overloaded bucket might. */
  failingPuts: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export async function startFakeS3(options: FakeS3Options): Promise<FakeS3> {
  const server = http.createServer();
  const fake: FakeS3 = {
    endpoint: '',
    objects: new Map(),
    requests: [],
    failingPuts: 0,
    close: () => stop(server),
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(fake, options, req, res).catch(() => sendError(res, 500, 'InternalError'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  setTimeout(() => void stop(server), options.lifetimeMs ?? 60_000).unref();
  return fake;
}

function stop(server: http.Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function handle(
  fake: FakeS3,
  options: FakeS3Options,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? '';
  fake.requests.push({ method, url: req.url ?? '', headers: req.headers });
  const body = await readBody(req);
  if (!body) return sendError(res, 413, 'EntityTooLarge');
  const denial = signatureProblem(req, options);
  if (denial) return sendError(res, 403, denial);
  const prefix = `/${options.bucket}/`;
  if (!req.url?.startsWith(prefix)) return sendError(res, 404, 'NoSuchBucket');
  const key = decodeURIComponent(req.url.slice(prefix.length));
  if (method === 'PUT') return put(fake, key, req, body, res);
  if (method === 'HEAD' || method === 'GET') return get(fake.objects.get(key), req, res);
  sendError(res, 405, 'MethodNotAllowed');
}

function put(
  fake: FakeS3,
  key: string,
  req: IncomingMessage,
  body: Buffer,
  res: ServerResponse,
): void {
  if (req.headers['content-length'] === undefined) {
    return sendError(res, 411, 'MissingContentLength');
  }
  const claimed = req.headers['x-amz-content-sha256'];
  if (claimed !== 'UNSIGNED-PAYLOAD' && claimed !== sha256Hex(body)) {
    return sendError(res, 400, 'XAmzContentSHA256Mismatch');
  }
  if (fake.failingPuts > 0) {
    fake.failingPuts -= 1;
    return sendError(res, 500, 'InternalError');
  }
  fake.objects.set(key, body);
  res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` }).end();
}

function get(object: Buffer | undefined, req: IncomingMessage, res: ServerResponse): void {
  const head = req.method === 'HEAD';
  if (!object) return head ? void res.writeHead(404).end() : sendError(res, 404, 'NoSuchKey');
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  if (!range || head) {
    res.writeHead(200, { 'content-length': object.length, 'accept-ranges': 'bytes' });
    return void res.end(head ? undefined : object);
  }
  const start = Number(range[1]);
  if (start >= object.length) {
    res.setHeader('content-range', `bytes */${object.length}`);
    return sendError(res, 416, 'InvalidRange');
  }
  const end = Math.min(range[2] ? Number(range[2]) : object.length - 1, object.length - 1);
  res.writeHead(206, {
    'content-length': end - start + 1,
    'content-range': `bytes ${start}-${end}/${object.length}`,
  });
  res.end(object.subarray(start, end + 1));
}

/** Null when the body is larger than a test could mean. */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req) {
    size += (part as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    parts.push(part as Buffer);
  }
  return Buffer.concat(parts);
}

function sendError(res: ServerResponse, status: number, code: string): void {
  if (res.headersSent) return void res.destroy();
  const xml = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml' }).end(xml);
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/** The S3 error code for a request that is not signed by our key, or null. */
function signatureProblem(req: IncomingMessage, options: FakeS3Options): string | null {
  const match = AUTHORIZATION.exec(req.headers.authorization ?? '');
  if (!match) return 'AccessDenied';
  const [, keyId, date = '', region = '', signedHeaders = '', signature] = match;
  if (keyId !== options.accessKeyId) return 'InvalidAccessKeyId';
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const names = signedHeaders.split(';');
  const required = ['host', 'x-amz-date', 'x-amz-content-sha256'];
  if (region !== options.region || !amzDate.startsWith(date)) return 'AccessDenied';
  if (!required.every((name) => names.includes(name))) return 'AccessDenied';
  const scope = `${date}/${region}/s3/aws4_request`;
  const canonical = canonicalRequest(req, names);
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
  const expected = hmac(signingKey(options.secretAccessKey, date, region), toSign);
  return expected.toString('hex') === signature ? null : 'SignatureDoesNotMatch';
}

function canonicalRequest(req: IncomingMessage, signedHeaders: string[]): string {
  const url = new URL(req.url ?? '/', 'http://fake');
  const query = [...url.searchParams]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&');
  const headers = signedHeaders
    .map(
      (name) =>
        `${name}:${String(req.headers[name] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  return [
    req.method,
    url.pathname,
    query,
    headers,
    signedHeaders.join(';'),
    String(req.headers['x-amz-content-sha256']),
  ].join('\n');
}

function signingKey(secret: string, date: string, region: string): Buffer {
  const steps = [date, region, 's3', 'aws4_request'];
  return steps.reduce<Buffer>((key, step) => hmac(key, step), Buffer.from(`AWS4${secret}`));
}

function hmac(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
