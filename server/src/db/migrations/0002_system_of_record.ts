import { sql, type Kysely } from 'kysely';

/**
 * The system of record: policies, the case's satellites, the sync change log,
 * processed mutations, refresh tokens, the audit chain and blobs. Satellite
 * tables keep their client-facing record as jsonb beside the columns the
 * service queries by, so the change log and the tables never disagree on shape.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence sync_seq`.execute(db);

  await db.schema
    .createTable('policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_number', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('start_at', 'int8', (c) => c.notNull())
    .addColumn('end_at', 'int8', (c) => c.notNull())
    .addColumn('issued_at', 'int8', (c) => c.notNull())
    .addColumn('waiting_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sum_insured_fen', 'int8', (c) => c.notNull().check(sql`sum_insured_fen >= 0`))
    .addColumn('insured_value_fen', 'int8')
    .addColumn('deductible_fen', 'int8', (c) => c.notNull().defaultTo(0))
    .addColumn('deductible_rate_bp', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('coverages', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();

  await db.schema
    .alterTable('cases')
    .addColumn('policy_id', 'text', (c) => c.references('policies.id'))
    .addColumn('provisional_number', 'text')
    .addColumn('complex', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('loss_lat', 'float8')
    .addColumn('loss_lng', 'float8')
    .addColumn('created_at', 'int8', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted', 'boolean', (c) => c.notNull().defaultTo(false))
    // Which change last touched each plain field: the basis of field-by-field merges.
    .addColumn('field_versions', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await sql`alter table cases alter column case_number drop not null`.execute(db);

  for (const table of [
    'case_events',
    'materials',
    'documents',
    'flags',
    'notes',
    'contacts',
    'calculations',
    'approvals',
    'payments',
    'complaints',
    'follow_ups',
    'conflicts',
  ]) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('row_version', 'int8', (c) => c.notNull())
      .addColumn('updated_at', 'int8', (c) => c.notNull())
      .addColumn('deleted', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('record', 'jsonb', (c) => c.notNull())
      .execute();
    await db.schema.createIndex(`${table}_case_idx`).on(table).column('case_id').execute();
  }
  await db.schema
    .alterTable('materials')
    .addColumn('item_code', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('materials_case_item_uq')
    .on('materials')
    .columns(['case_id', 'item_code'])
    .unique()
    .execute();
  await db.schema
    .alterTable('documents')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_sha_idx').on('documents').column('sha256').execute();
  await db.schema
    .alterTable('calculations')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('calculations_version_uq')
    .on('calculations')
    .columns(['case_id', 'version'])
    .unique()
    .execute();

  await db.schema
    .createTable('change_log')
    .addColumn('seq', 'int8', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('op', 'text', (c) =>
      c.notNull().check(sql`op in ('upsert', 'delete', 'scope-add', 'scope-remove')`),
    )
    .addColumn('row_version', 'int8', (c) => c.notNull())
    .addColumn('data', 'jsonb')
    .addColumn('scope_user_id', 'text')
    .addColumn('scope_team_id', 'text')
    .addColumn('at', 'int8', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('change_log_entity_idx')
    .on('change_log')
    .columns(['entity', 'entity_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('change_log_case_idx')
    .on('change_log')
    .columns(['case_id', 'seq'])
    .execute();

  await db.schema
    .createTable('sync_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'int8', (c) => c.notNull())
    .execute();
  await sql`insert into sync_state (name, value) values ('min_cursor', 0)`.execute(db);

  await db.schema
    .createTable('processed_mutations')
    .addColumn('mutation_id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('device_seq', 'int8', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'int8', (c) => c.notNull())
    .addColumn('result', 'jsonb', (c) => c.notNull())
    .addColumn('processed_at', 'int8', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('processed_mutations_device_idx')
    .on('processed_mutations')
    .columns(['device_id', 'seq'])
    .execute();

  await db.schema
    .createTable('refresh_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('family_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'int8', (c) => c.notNull())
    .addColumn('created_at', 'int8', (c) => c.notNull())
    .addColumn('revoked_at', 'int8')
    .addColumn('replaced_by', 'text')
    .execute();
  await db.schema
    .createIndex('refresh_tokens_family_idx')
    .on('refresh_tokens')
    .column('family_id')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'int8', (c) => c.primaryKey())
    .addColumn('at', 'int8', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('case_id', 'text')
    .addColumn('detail', 'jsonb', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await sql`create sequence audit_seq`.execute(db);

  await db.schema
    .createTable('blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'int8', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('complete', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'int8', (c) => c.notNull())
    .execute();
  // A blob is reachable through the cases it was uploaded for: that is its authorisation.
  await db.schema
    .createTable('blob_cases')
    .addColumn('sha256', 'text', (c) => c.notNull().references('blobs.sha256'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addPrimaryKeyConstraint('blob_cases_pk', ['sha256', 'case_id'])
    .execute();

  await db.schema
    .createTable('service_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'int8', (c) => c.notNull())
    .addColumn('revoked_at', 'int8')
    .execute();

  await db.schema
    .createTable('case_number_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'case_number_counters',
    'service_tokens',
    'blob_cases',
    'blobs',
    'audit_log',
    'refresh_tokens',
    'processed_mutations',
    'sync_state',
    'change_log',
    'conflicts',
    'follow_ups',
    'complaints',
    'payments',
    'approvals',
    'calculations',
    'contacts',
    'notes',
    'flags',
    'documents',
    'materials',
    'case_events',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop sequence audit_seq`.execute(db);
  await sql`drop sequence sync_seq`.execute(db);
}
