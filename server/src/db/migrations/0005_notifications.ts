import { sql, type Kysely } from 'kysely';

/**
 * The customer notification outbox. Rows are queued in the transaction of the
 * change they report, so a notification exists exactly when its change
 * committed; a dispatcher sends them afterwards. Server-only: nothing here is
 * synced to workstations, which see each message as a contact on the case.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('next_step_at', 'int8')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('queued')
        .check(sql`status in ('queued', 'sent', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'int8', (c) => c.notNull())
    .addColumn('sent_at', 'int8')
    // When a queued row may be tried (again): backoff after a failure, a lease while one is sending.
    .addColumn('next_attempt_at', 'int8', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notifications_due_idx')
    .on('notifications')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('notifications_case_idx')
    .on('notifications')
    .column('case_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notifications').execute();
}
