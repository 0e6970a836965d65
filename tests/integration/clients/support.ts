import 'fake-indexeddb/auto';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '@shared/lib/uuidv7';
import {
  PullResponse,
  PushResponse,
  type MutationResult,
  type PushRequest,
} from '@shared/sync/protocol';
import type { MutationArgs, MutationName } from '@shared/sync/mutations';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';
import Dexie from 'dexie';
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
 * offline, made to lose responses, deliver requests twice, or die midway
 * through a push.
 */
export class TestWorkstation {
  readonly databaseName = `workstation-${uuidv7()}`;
  db = new WorkstationDatabase(this.databaseName);
  online = true;
  /** Drop the next N responses after the server has processed the request. */
  loseResponses = 0;
  /**
   * Deliver the next N requests to the server twice (a retrying proxy, a
   * double-clicked resend); the engine sees the answer to the second copy.
   */
  duplicateRequests = 0;
  /** Send duplicated requests at the same moment rather than one after the other. */
  duplicateConcurrently = false;
  /**
   * When set, the next push reaches the server with only its first N
   * mutations and the connection then fails, as a service that died midway
   * through the batch would leave it.
   */
  cutPushAfter: number | null = null;
  /** Every push result that reached the engine, in arrival order. */
  readonly delivered: MutationResult[] = [];
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
    // Phases as the app wires them: a field photo's original goes after its metadata.
    return new SyncEngine(this.db, this.transport(), null, Date.now, (phase) =>
      uploadQueuedFiles(this.db, this.centralClient(), undefined, phase),
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
      getBytes: async (url) => {
        if (!this.online) throw new CentralError('unreachable', 'unreachable', 'offline');
        const response = await this.app().inject({
          method: 'GET',
          url,
          headers: {
            authorization: `Bearer ${this.token}`,
            [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          },
        });
        if (response.statusCode >= 400)
          throw new CentralError(response.statusCode, 'http-error', response.body);
        return new Uint8Array(response.rawPayload);
      },
      post: (url, body, schema) => call('POST', url, schema, body as object),
      putBytes: (url, bytes, headers, schema) =>
        call('PUT', url, schema, Buffer.from(bytes), {
          ...headers,
          'content-type': 'application/octet-stream',
        }),
    };
  }

  static async signIn(central: TestCentral, username: string): Promise<TestWorkstation> {
    return TestWorkstation.withSession(central, await TestWorkstation.session(central, username));
  }

  /** Signs in once; the session can then open many fresh workstations without hashing again. */
  static async session(central: TestCentral, username: string): Promise<WorkstationSession> {
    const response = await central.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username, password: 'demo1234' },
    });
    const body = response.json() as {
      accessToken: string;
      user: { id: string; teamId: string | null };
    };
    return { username, userId: body.user.id, teamId: body.user.teamId, token: body.accessToken };
  }

  /** A new device with an empty local database for an already signed-in user. */
  static async withSession(
    central: TestCentral,
    session: WorkstationSession,
  ): Promise<TestWorkstation> {
    const workstation = new TestWorkstation(
      central,
      session.username,
      session.userId,
      session.teamId,
    );
    workstation.token = session.token;
    await ensureSession(workstation.db, session.userId);
    return workstation;
  }

  private transport(): SyncTransport {
    const call = async (url: string, payload: object) => {
      if (!this.online) throw syncErrorFor(null, 'offline');
      const send = () =>
        this.app().inject({
          method: 'POST',
          url,
          headers: {
            authorization: `Bearer ${this.token}`,
            [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          },
          payload,
        });
      const deliver = async () => {
        if (this.duplicateRequests <= 0) return send();
        this.duplicateRequests--;
        if (this.duplicateConcurrently) return (await Promise.all([send(), send()]))[1];
        await send();
        return send();
      };
      const response = await deliver();
      if (this.loseResponses > 0) {
        this.loseResponses--;
        throw syncErrorFor(null, 'connection dropped before the answer arrived');
      }
      if (response.statusCode !== 200) throw syncErrorFor(response.statusCode, response.body);
      return response.json() as unknown;
    };
    return {
      pull: async (request) => PullResponse.parse(await call('/api/sync/pull', request)),
      push: async (request) => {
        if (this.cutPushAfter !== null) {
          const reached = this.cutPushAfter;
          this.cutPushAfter = null;
          await this.cutPush(request, reached);
        }
        const answer = PushResponse.parse(await call('/api/sync/push', request));
        this.delivered.push(...answer.results);
        return answer;
      },
    };
  }

  /** The part of a push the server got before the connection died; the engine never hears back. */
  private async cutPush(request: PushRequest, reached: number): Promise<never> {
    if (!this.online) throw syncErrorFor(null, 'offline');
    if (reached > 0) {
      await this.app().inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: {
          authorization: `Bearer ${this.token}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        },
        payload: { ...request, mutations: request.mutations.slice(0, reached) },
      });
    }
    throw syncErrorFor(null, 'the service went away in the middle of the push');
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
    this.db = new WorkstationDatabase(this.databaseName);
    await this.db.open();
    this.engine = this.buildEngine();
  }

  close(): void {
    this.db.close();
  }

  /** Closes the local database and deletes it, so long runs do not pile up in-memory databases. */
  async destroy(): Promise<void> {
    this.db.close();
    await Dexie.delete(this.databaseName);
  }
}

export interface WorkstationSession {
  username: string;
  userId: string;
  teamId: string | null;
  token: string;
}
