import { sql, type Kysely } from 'kysely';

// Migrations take Kysely<unknown>: they describe the schema as it was then,
// not as the current types say it is.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Instance-wide secrets (token signing key) live in the database so that
  // every instance behind a load balancer agrees on them.
  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('adjuster', 'field', 'supervisor', 'admin')`),
    )
    .addColumn('team_id', 'text', (c) => c.references('teams.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('authority_limit_fen', 'int8', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'int8', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('individual', 'enterprise')`))
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('preferred_channel', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_number', 'text', (c) => c.notNull().unique())
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('claimed_fen', 'int8', (c) => c.notNull().check(sql`claimed_fen >= 0`))
    .addColumn('reserved_fen', 'int8', (c) => c.notNull().check(sql`reserved_fen >= 0`))
    .addColumn('paid_fen', 'int8', (c) => c.notNull().check(sql`paid_fen >= 0`))
    .addColumn('assignee_id', 'text', (c) => c.references('users.id'))
    .addColumn('team_id', 'text', (c) => c.references('teams.id'))
    .addColumn('dedicated_advisor_id', 'text', (c) => c.references('users.id'))
    .addColumn('green_channel', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('disaster', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('loss_at', 'int8', (c) => c.notNull())
    .addColumn('reported_at', 'int8', (c) => c.notNull())
    .addColumn('loss_location', 'text', (c) => c.notNull())
    .addColumn('row_version', 'int8', (c) => c.notNull())
    .addColumn('updated_at', 'int8', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('cases_assignee_idx').on('cases').column('assignee_id').execute();
  await db.schema.createIndex('cases_team_idx').on('cases').column('team_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['cases', 'customers', 'users', 'teams', 'server_secrets']) {
    await db.schema.dropTable(table).execute();
  }
}
