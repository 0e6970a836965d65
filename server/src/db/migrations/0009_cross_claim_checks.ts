import type { Kysely } from 'kysely';

/**
 * What the cross-claim checks have read and judged. One print per document
 * (its invoice key or photo hash, or why it could not be read), looked up by
 * invoice key; and per case the claimed amount and customer it was last
 * judged with, so a changed amount or a move to another customer is judged
 * again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_prints')
    .addColumn('document_id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'int8', (c) => c.notNull())
    .addColumn('invoice_key', 'text')
    .addColumn('invoice', 'jsonb')
    .addColumn('dhash', 'text')
    .addColumn('problem', 'text')
    .addColumn('read_at', 'int8', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_prints_invoice_key')
    .on('document_prints')
    .column('invoice_key')
    .execute();
  await db.schema
    .createTable('claim_reviews')
    .addColumn('case_id', 'text', (c) => c.primaryKey())
    .addColumn('claimed_fen', 'int8', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'int8', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('claim_reviews').execute();
  await db.schema.dropTable('document_prints').execute();
}
