import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '@shared/lib/uuidv7';
import { MUTATION_VERSION, type MutationArgs, type MutationName } from '@shared/sync/mutations';
import { PullResponse, PushResponse, type ChangeEntry, type Mutation } from '@shared/sync/protocol';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';

/**
 * A bare sync client over Fastify's inject: enough to drive the protocol from
 * tests, with none of the workstation's storage.
 */
export class SyncTestClient {
  readonly deviceId = uuidv7();
  cursor = 0;
  private deviceSeq = 0;

  constructor(
    private readonly app: FastifyInstance,
    readonly token: string,
  ) {}

  headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
  }

  async pullRaw(cursor = this.cursor, limit = 1000, upTo?: number) {
    const response = await this.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: this.headers(),
      payload: { deviceId: this.deviceId, cursor, limit, ...(upTo === undefined ? {} : { upTo }) },
    });
    if (response.statusCode !== 200)
      throw new Error(`pull failed ${response.statusCode}: ${response.body}`);
    return PullResponse.parse(response.json());
  }

  /** Pulls until caught up, collecting every change and scope change. */
  async pullAll(limit = 1000) {
    const changes: ChangeEntry[] = [];
    const added: string[] = [];
    const removed: string[] = [];
    for (;;) {
      const page = await this.pullRaw(this.cursor, limit);
      if (page.kind !== 'changes') throw new Error(`unexpected ${page.kind}`);
      changes.push(...page.changes);
      added.push(...page.scope.added.map((s) => s.caseId));
      removed.push(...page.scope.removed.map((s) => s.caseId));
      this.cursor = page.cursor;
      if (!page.hasMore) return { changes, added, removed, acks: page.acks };
    }
  }

  mutation<N extends MutationName>(
    name: N,
    args: MutationArgs<N>,
    baseRowVersions: Record<string, number> = {},
  ): Mutation {
    return {
      mutationId: uuidv7(),
      deviceId: this.deviceId,
      deviceSeq: ++this.deviceSeq,
      name,
      version: MUTATION_VERSION,
      args,
      baseRowVersions,
    };
  }

  async push(mutations: Mutation[]) {
    const response = await this.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: this.headers(),
      payload: { deviceId: this.deviceId, mutations },
    });
    if (response.statusCode !== 200)
      throw new Error(`push failed ${response.statusCode}: ${response.body}`);
    return PushResponse.parse(response.json()).results;
  }

  async pushOne<N extends MutationName>(
    name: N,
    args: MutationArgs<N>,
    base: Record<string, number> = {},
  ) {
    const [result] = await this.push([this.mutation(name, args, base)]);
    if (!result) throw new Error('no result');
    return result;
  }
}
