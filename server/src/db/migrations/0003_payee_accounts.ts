import type { Kysely } from 'kysely';

/**
 * The payee's full account stays on the service (it prints the masked form on
 * the decision notice and checks it at payment); workstations only ever see
 * the masked form inside the synced record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('approvals').addColumn('payee_account', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('approvals').dropColumn('payee_account').execute();
}
