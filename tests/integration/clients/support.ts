import 'fake-indexeddb/auto';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '@shared/lib/uuidv7';
import { PullResponse, PushResponse } from '@shared/sync/protocol';
import type { MutationArgs, MutationName } from '@shared/sync/mutations';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';
import { WorkstationDatabase } from '../../../renderer/src/data/db';
import type { z } from 'zod';
import { CentralError, type CentralClient } from '../../../renderer/src/sync/central-client';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { uploadQueuedFiles } from '../../../renderer/src/sync/uploads';
import { ensureSession, queueMutation } from '../../../renderer/src/sync/local-mutations';
import { syncErrorFor, type SyncTransport } from '../../../renderer/src/sync/transport';
import type { TestCentral } from '../support/central';

/**
 * A workstation's sync stack in this process: its own IndexedDB (fake), the
 * real engine, and a transport over the real service that can be switched
 * offline or made to lose responses.
 */
export class TestWorkstation {
  private readonly name = `workstation-${uuidv7()}`;
  db = new WorkstationDatabase(this.name);
  online = true;
  /** Drop the next N responses after the server has processed the request. */
  loseResponses = 0;
  token = '';
  engine: SyncEngine;

  private constructor(
    private readonly central: TestCentral,
    readonly username: string,
    readonly userId: string,
    readonly teamId: string | null,
  ) {
    this.engine = this.buildEngine();
  }

  /** Chunk uploads allowed before the connection "drops" (Infinity: never). */
  chunksBeforeDrop = Number.POSITIVE_INFINITY;

  private buildEngine(): SyncEngine {
    return new SyncEngine(this.db, this.transport(), null, Date.now, () =>
      uploadQueuedFiles(this.db, this.centralClient()),
    );
  }

  /** The upload path's client over the same in-process service, with the same offline switch. */
  centralClient(): CentralClient {
    const call = async <T extends z.ZodType>(
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      schema: T,
      payload?: object | Buffer,
      headers: Record<string, string> = {},
    ) => {
      if (!this.online) throw new CentralError('unreachable', 'unreachable', 'offline');
      if (method === 'PUT') {
        if (this.chunksBeforeDrop <= 0)
          throw new CentralError('unreachable', 'unreachable', 'connection dropped mid-upload');
        this.chunksBeforeDrop--;
      }
      const response = await this.app().inject({
        method,
        url,
        headers: {
          authorization: `Bearer ${this.token}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          ...headers,
        },
        ...(payload ? { payload } : {}),
      });
      const body: unknown = response.json();
      if (response.statusCode >= 400)
        throw new CentralError(response.statusCode, 'http-error', response.body);
      return schema.parse(body) as z.output<T>;
    };
    return {
      baseUrl: 'http://central.test',
      accessToken: () => this.token,
      get: (url, schema) => call('GET', url, schema),
      post: (url, body, schema) => call('POST', url, schema, body as object),
      putBytes: (url, bytes, headers, schema) =>
        call('PUT', url, schema, Buffer.from(bytes), {
          ...headers,
          'content-type': 'application/octet-stream',
        }),
    };
  }

  static async signIn(central: TestCentral, username: string): Promise<TestWorkstation> {
    const response = await central.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username, password: 'demo1234' },
    });
    const body = response.json() as {
      accessToken: string;
      user: { id: string; teamId: string | null };
    };
    const workstation = new TestWorkstation(central, username, body.user.id, body.user.teamId);
    workstation.token = body.accessToken;
    await ensureSession(workstation.db, body.user.id);
    return workstation;
  }

  private transport(): SyncTransport {
    const call = async (url: string, payload: object) => {
      if (!this.online) throw syncErrorFor(null, 'offline');
      const response = await this.app().inject({
        method: 'POST',
        url,
        headers: {
          authorization: `Bearer ${this.token}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        },
        payload,
      });
      if (this.loseResponses > 0) {
        this.loseResponses--;
        throw syncErrorFor(null, 'connection dropped before the answer arrived');
      }
      if (response.statusCode !== 200) throw syncErrorFor(response.statusCode, response.body);
      return response.json() as unknown;
    };
    return {
      pull: async (request) => PullResponse.parse(await call('/api/sync/pull', request)),
      push: async (request) => PushResponse.parse(await call('/api/sync/push', request)),
    };
  }

  private app(): FastifyInstance {
    return this.central.app;
  }

  sync() {
    return this.engine.sync();
  }

  queue<N extends MutationName>(name: N, args: MutationArgs<N>, base: Record<string, number> = {}) {
    return queueMutation(this.db, { userId: this.userId, teamId: this.teamId }, name, args, base);
  }

  async caseIds(): Promise<string[]> {
    return (await this.db.cases.toCollection().primaryKeys()).sort();
  }

  /** Closes the local database as an app quit would, and opens it again. */
  async restart(): Promise<void> {
    this.db.close();
    this.db = new WorkstationDatabase(this.name);
    await this.db.open();
    this.engine = this.buildEngine();
  }

  close(): void {
    this.db.close();
  }
}
