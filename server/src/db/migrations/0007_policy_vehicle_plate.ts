import type { Kysely } from 'kysely';

/** An auto policy names the vehicle it covers: at a crash, the plate is what a surveyor has first. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('policies').addColumn('vehicle_plate', 'text').execute();
  await db.schema
    .createIndex('policies_vehicle_plate')
    .on('policies')
    .column('vehicle_plate')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('policies_vehicle_plate').execute();
  await db.schema.alterTable('policies').dropColumn('vehicle_plate').execute();
}
