import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { EntityName, EntityRecord } from '@shared/sync/records';
import type { CasesTable, Database } from '../db/schema';
import { caseRecord } from './records';

/** One advisory lock serialises every sync-visible commit, so the pull cursor never skips one. */
const SYNC_LOCK_KEY = 7_426_001;

type SatelliteTableName =
  | 'case_events'
  | 'materials'
  | 'documents'
  | 'flags'
  | 'notes'
  | 'contacts'
  | 'calculations'
  | 'approvals'
  | 'payments'
  | 'conflicts'
  | 'site_surveys';

export interface LoggedChange {
  seq: number;
  entity: EntityName;
  entityId: string;
  caseId: string | null;
  op: 'upsert' | 'delete' | 'scope-add' | 'scope-remove';
  data: Record<string, unknown> | null;
  scopeUserId?: string | null;
  scopeTeamId?: string | null;
}

/**
 * Every domain write goes through a writer: it holds the sync lock for the
 * transaction, stamps rows with their change's sequence number as rowVersion,
 * and appends the change to the log in the same transaction.
 */
export class SyncWriter {
  private latest = 0;

  private constructor(
    readonly trx: Transaction<Database>,
    readonly now: number,
  ) {}

  static async begin(trx: Transaction<Database>, now = Date.now()): Promise<SyncWriter> {
    await sql`select pg_advisory_xact_lock(${SYNC_LOCK_KEY})`.execute(trx);
    return new SyncWriter(trx, now);
  }

  /** The highest sequence this writer allocated; 0 when it wrote nothing. */
  get latestSeq(): number {
    return this.latest;
  }

  async nextSeq(): Promise<number> {
    const { rows } = await sql<{ seq: number }>`select nextval('sync_seq')::int8 as seq`.execute(
      this.trx,
    );
    const seq = Number(rows[0]?.seq);
    this.latest = Math.max(this.latest, seq);
    return seq;
  }

  async log(change: LoggedChange): Promise<void> {
    await this.trx
      .insertInto('change_log')
      .values({
        seq: change.seq,
        entity: change.entity,
        entity_id: change.entityId,
        case_id: change.caseId,
        op: change.op,
        row_version: change.seq,
        data: JSON.stringify(change.data),
        scope_user_id: change.scopeUserId ?? null,
        scope_team_id: change.scopeTeamId ?? null,
        at: this.now,
      })
      .execute();
  }

  async insertCase(
    row: Omit<Insertable<CasesTable>, 'row_version' | 'updated_at'>,
  ): Promise<number> {
    const seq = await this.nextSeq();
    await this.trx
      .insertInto('cases')
      .values({ ...row, row_version: seq, updated_at: this.now })
      .execute();
    await this.logCase(row.id, seq);
    return seq;
  }

  /**
   * Updates a case and logs its whole new record. `fields` names the plain
   * fields changed, whose per-field versions drive later merges.
   */
  async updateCase(
    caseId: string,
    patch: Omit<Updateable<CasesTable>, 'row_version' | 'updated_at' | 'field_versions'>,
    fields: readonly string[] = [],
  ): Promise<number> {
    const seq = await this.nextSeq();
    const stamp = Object.fromEntries(fields.map((field) => [field, seq]));
    await this.trx
      .updateTable('cases')
      .set({
        ...patch,
        row_version: seq,
        updated_at: this.now,
        field_versions: sql`field_versions || ${JSON.stringify(stamp)}::jsonb`,
      })
      .where('id', '=', caseId)
      .execute();
    await this.logCase(caseId, seq);
    return seq;
  }

  private async logCase(caseId: string, seq: number): Promise<void> {
    const row = await this.trx
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    const customer = await this.trx
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', row.customer_id)
      .executeTakeFirstOrThrow();
    const policy = row.policy_id
      ? await this.trx
          .selectFrom('policies')
          .selectAll()
          .where('id', '=', row.policy_id)
          .executeTakeFirst()
      : undefined;
    await this.log({
      seq,
      entity: 'case',
      entityId: caseId,
      caseId,
      op: 'upsert',
      data: caseRecord(row, customer, policy ?? null),
    });
  }

  /**
   * Inserts or replaces a satellite row (note, flag, document, …) and logs
   * its record, in one statement: a push of many notes is bound by
   * statements, and this is the one every satellite write makes.
   */
  async putSatellite<E extends EntityName>(
    table: SatelliteTableName,
    entity: E,
    record: EntityRecord<E> & { id: string; caseId: string },
    extra: Record<string, string | number> = {},
  ): Promise<number> {
    const seq = await this.writeSatellite(table, entity, record, extra, 'replace');
    if (seq === null) throw new Error(`${table} ${record.id} was neither inserted nor replaced`);
    return seq;
  }

  /**
   * Inserts a satellite row that is written once (a note, a contact), in the
   * same one statement as putSatellite; null, and nothing written, when a row
   * with its id exists. Asking first would cost a statement per note.
   */
  addSatellite<E extends EntityName>(
    table: SatelliteTableName,
    entity: E,
    record: EntityRecord<E> & { id: string; caseId: string },
  ): Promise<number | null> {
    return this.writeSatellite(table, entity, record, {}, 'keep');
  }

  private async writeSatellite<E extends EntityName>(
    table: SatelliteTableName,
    entity: E,
    record: EntityRecord<E> & { id: string; caseId: string },
    extra: Record<string, string | number>,
    existing: 'replace' | 'keep',
  ): Promise<number | null> {
    const data = JSON.stringify(record);
    const values: Record<string, string | number> = {
      id: record.id,
      case_id: record.caseId,
      updated_at: this.now,
      record: data,
      ...extra,
    };
    const replaced = ['row_version', 'updated_at', 'record', ...Object.keys(extra)];
    const onConflict =
      existing === 'keep'
        ? sql`do nothing`
        : sql`do update set ${sql.join(replaced.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}`;
    const { rows } = await sql<{ seq: string }>`
      with saved as (
        insert into ${sql.table(table)} (${sql.join(Object.keys(values).map((c) => sql.ref(c)))}, row_version)
        values (${sql.join(Object.values(values))}, nextval('sync_seq'))
        on conflict (id) ${onConflict}
        returning row_version
      )
      insert into change_log (seq, entity, entity_id, case_id, op, row_version, data, at)
      select row_version, ${entity}::text, ${record.id}::text, ${record.caseId}::text, 'upsert',
             row_version, ${data}::jsonb, ${this.now}::int8
        from saved
      returning seq`.execute(this.trx);
    const row = rows[0];
    if (!row) return null;
    const seq = Number(row.seq);
    this.latest = Math.max(this.latest, seq);
    return seq;
  }

  /** Records that a case entered or left a user's (or a team's) scope. */
  async scope(
    caseId: string,
    op: 'scope-add' | 'scope-remove',
    who: { userId?: string | null; teamId?: string | null },
  ): Promise<void> {
    if (!who.userId && !who.teamId) return;
    const seq = await this.nextSeq();
    await this.log({
      seq,
      entity: 'case',
      entityId: caseId,
      caseId,
      op,
      data: null,
      scopeUserId: who.userId ?? null,
      scopeTeamId: who.teamId ?? null,
    });
  }
}
