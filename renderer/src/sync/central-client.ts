import type { z } from 'zod';
import { ApiError } from '@shared/schemas/health';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER, SCHEMA_VERSION } from '@shared/version';
import { pageFetch, type Answer, type Fetcher } from './fetcher';

/** A failed call to the central service, with words a user can read. */
export class CentralError extends Error {
  constructor(
    readonly status: number | 'unreachable' | 'malformed',
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface CentralClient {
  readonly baseUrl: string;
  /** The current access token, for requests the client does not make itself (event streams). */
  accessToken(): string | null;
  /** Raw bytes with extra headers (chunked uploads); the answer is JSON like any other. */
  putBytes<T extends z.ZodType>(
    path: string,
    bytes: Uint8Array,
    headers: Record<string, string>,
    schema: T,
  ): Promise<z.output<T>>;
  get<T extends z.ZodType>(path: string, schema: T): Promise<z.output<T>>;
  /** A file's bytes (GET); errors are JSON like any other. */
  getBytes(path: string): Promise<Uint8Array<ArrayBuffer>>;
  post<T extends z.ZodType>(path: string, body: unknown, schema: T): Promise<z.output<T>>;
}

/**
 * `refresh`, when given, is tried once on a 401 from an authenticated call;
 * the call is repeated if it succeeded.
 */
export function createCentralClient(
  baseUrl: string,
  getToken: () => string | null,
  refresh?: () => Promise<boolean>,
  fetcher: Fetcher = pageFetch,
): CentralClient {
  /** Sends one call; a 401 is retried once after a refresh. Network failures become "unreachable". */
  async function send(
    method: string,
    path: string,
    body: unknown,
    raw?: { bytes: Uint8Array; headers: Record<string, string> },
    retried = false,
  ): Promise<Answer> {
    const headers: Record<string, string> = {
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      [SCHEMA_HEADER]: String(SCHEMA_VERSION),
    };
    const token = getToken();
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (raw) Object.assign(headers, raw.headers, { 'content-type': 'application/octet-stream' });

    let response: Answer;
    try {
      response = await fetcher(new URL(path, baseUrl).toString(), {
        method,
        headers,
        ...(raw ? { body: raw.bytes } : body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new CentralError(
        'unreachable',
        'unreachable',
        error instanceof Error ? error.message : String(error),
      );
    }
    if (response.status === 401 && token && refresh && !retried && (await refresh())) {
      return send(method, path, body, raw, true);
    }
    if (!response.ok) {
      const parsed = ApiError.safeParse(await response.json().catch(() => null));
      throw new CentralError(
        response.status,
        parsed.success ? parsed.data.error : 'http-error',
        parsed.success ? parsed.data.message : `HTTP ${response.status}`,
      );
    }
    return response;
  }

  async function request<T extends z.ZodType>(
    method: string,
    path: string,
    body: unknown,
    schema: T,
    raw?: { bytes: Uint8Array; headers: Record<string, string> },
  ): Promise<z.output<T>> {
    const response = await send(method, path, body, raw);
    const json: unknown = await response.json().catch(() => null);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new CentralError(
        'malformed',
        'malformed-response',
        `Unexpected answer from ${path}: ${parsed.error.message}`,
      );
    }
    return parsed.data;
  }

  return {
    baseUrl,
    accessToken: getToken,
    putBytes: (path, bytes, headers, schema) =>
      request('PUT', path, undefined, schema, { bytes, headers }),
    get: (path, schema) => request('GET', path, undefined, schema),
    getBytes: async (path) =>
      new Uint8Array(await (await send('GET', path, undefined)).arrayBuffer()),
    post: (path, body, schema) => request('POST', path, body, schema),
  };
}
