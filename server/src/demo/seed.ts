import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { hashPassword } from '../auth/passwords';
import { caseRecord, teamRecord, userRecord } from '../sync/records';
import type { BlobStore } from '../blobs/blob-store';
import { writeAnswerKey } from './documents';
import { DEMO_PASSWORD, generateDemoOrganisation, type DemoOrganisation } from './organisation';
import { demoMaterials } from './materials';
import { seedDocuments, type SeededDocuments } from './seed-documents';

const BATCH = 500;

/**
 * Seeds the demo organisation into an empty database; a database with users
 * is left alone. Rows and their change-log entries are written in bulk with
 * sequence numbers assigned here, exactly as the sync writer would stamp them.
 */
export interface SeedOptions {
  cases: number;
  now?: number;
  seed?: number;
  /** Generate documents with planted anomalies into this store; none when absent. */
  documents?: {
    store: BlobStore;
    answerKeyFile: string | null;
    onProgress?: (done: number, total: number) => void;
  };
}

export interface SeedSummary {
  cases: number;
  documents: number;
  plantedAnomalies: number;
}

export async function seedDemoIfEmpty(
  db: Kysely<Database>,
  options: SeedOptions,
): Promise<SeedSummary | null> {
  const existing = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return null;
  const now = options.now ?? Date.now();
  const seed = options.seed ?? 2026;
  const org = generateDemoOrganisation({ cases: options.cases, now, seed });
  const documents = options.documents
    ? await seedDocuments(org, options.documents.store, {
        seed,
        ...(options.documents.onProgress ? { onProgress: options.documents.onProgress } : {}),
      })
    : null;
  const passwordHashes = await Promise.all(org.users.map(() => hashPassword(DEMO_PASSWORD)));
  await db.transaction().execute(async (trx) => {
    const seeder = new BulkSeeder(trx, now);
    await seeder.write(org, passwordHashes, documents);
  });
  // A bulk load leaves the planner without statistics and no row's commit recorded on its
  // page: the first reads would plan blind and write every page they touch again.
  await sql`vacuum analyze`.execute(db);
  if (documents && options.documents?.answerKeyFile)
    await writeAnswerKey(options.documents.answerKeyFile, documents.answers);
  return {
    cases: org.cases.length,
    documents: documents?.documents.length ?? 0,
    plantedAnomalies: documents?.answers.length ?? 0,
  };
}

class BulkSeeder {
  private seq = 0;
  private readonly changes: Database['change_log'][] = [];

  constructor(
    private readonly trx: Kysely<Database>,
    private readonly now: number,
  ) {}

  async write(
    org: DemoOrganisation,
    passwordHashes: string[],
    documents: SeededDocuments | null,
  ): Promise<void> {
    await this.insert('teams', org.teams);
    const users = org.users.map((u, i) => ({
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      role: u.role,
      team_id: u.teamId,
      password_hash: passwordHashes[i] ?? '',
      authority_limit_fen: u.authorityLimitFen,
      created_at: this.now,
    }));
    await this.insert('users', users);
    for (const team of org.teams) this.change('team', team.id, null, teamRecord(team));
    for (const user of users)
      this.change('user', user.id, null, userRecord({ ...user, active: true }));

    await this.insert('customers', org.customers);
    await this.insert(
      'policies',
      org.policies.map((p) => ({ ...p, coverages: JSON.stringify(p.coverages) })),
    );
    const customers = new Map(org.customers.map((c) => [c.id, c]));
    const policies = new Map(org.policies.map((p) => [p.id, p]));
    const caseRows = org.cases.map((c) => {
      const seq = this.nextSeq();
      const row = {
        ...c,
        provisional_number: null,
        row_version: seq,
        deleted: false,
        field_versions: {},
      };
      const customer = customers.get(c.customer_id);
      if (!customer) throw new Error(`demo case ${c.id} has no customer`);
      this.change(
        'case',
        c.id,
        c.id,
        caseRecord(row, customer, policies.get(c.policy_id) ?? null),
        seq,
      );
      return { ...row, field_versions: '{}', milestones: JSON.stringify(c.milestones) };
    });
    await this.insert('cases', caseRows);
    await this.insert(
      'case_events',
      this.satelliteRows('event', org.events, (e) => ({ updated_at: e.at })),
    );
    await this.insert(
      'contacts',
      this.satelliteRows('contact', org.contacts, (c) => ({ updated_at: c.at })),
    );
    await this.insert(
      'materials',
      this.satelliteRows('material', org.cases.flatMap(demoMaterials), (m) => ({
        updated_at: m.updatedAt,
        item_code: m.itemCode,
      })),
    );
    if (documents) await this.writeDocuments(documents);
    await this.insert('change_log', this.changes);
    await sql`select setval('sync_seq', ${Math.max(1, this.seq)})`.execute(this.trx);
  }

  private async writeDocuments(documents: SeededDocuments): Promise<void> {
    const blobs = new Map(documents.blobs.map((b) => [b.sha256, b]));
    await this.insert(
      'blobs',
      [...blobs.values()].map((b) => ({
        sha256: b.sha256,
        size: b.size,
        media_type: b.mediaType,
        complete: true,
        created_by: 'user-admin',
        created_at: this.now,
      })),
    );
    const links = new Map(
      documents.blobs.map((b) => [
        `${b.sha256}:${b.caseId}`,
        { sha256: b.sha256, case_id: b.caseId },
      ]),
    );
    await this.insert('blob_cases', [...links.values()]);
    await this.insert(
      'documents',
      this.satelliteRows('document', documents.documents, (d) => ({
        updated_at: d.createdAt,
        sha256: d.sha256,
      })),
    );
  }

  /** A case's satellite records as table rows, each logged as a change under its own sequence. */
  private satelliteRows<T extends { id: string; caseId: string }>(
    entity: string,
    records: readonly T[],
    columns: (record: T) => { updated_at: number } & Record<string, unknown>,
  ): object[] {
    return records.map((record) => {
      const seq = this.nextSeq();
      this.change(entity, record.id, record.caseId, record, seq);
      return {
        id: record.id,
        case_id: record.caseId,
        row_version: seq,
        record: JSON.stringify(record),
        ...columns(record),
      };
    });
  }

  private nextSeq(): number {
    return ++this.seq;
  }

  private change(
    entity: string,
    id: string,
    caseId: string | null,
    data: object,
    seq = this.nextSeq(),
  ): void {
    this.changes.push({
      seq,
      entity,
      entity_id: id,
      case_id: caseId,
      op: 'upsert',
      row_version: seq,
      data: JSON.stringify(data),
      scope_user_id: null,
      scope_team_id: null,
      at: this.now,
    } as unknown as Database['change_log']);
  }

  private async insert<T extends keyof Database>(table: T, rows: readonly object[]): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.trx
        .insertInto(table)
        .values(rows.slice(i, i + BATCH) as never)
        .execute();
    }
  }
}
