import { Migrator, PostgresAdapter, sql } from "kysely";
import type { Db } from "./database.ts";
import { migrationProvider } from "./migrations/index.ts";

/**
 * On PostgreSQL Kysely would take a `kysely_migration` table in any schema of the database for its own;
 * naming the current schema keeps installations (and test schemas) that share a database apart.
 */
async function migrationSchemaOf(db: Db): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

/** Brings the schema to the latest version; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrationTableSchema = await migrationSchemaOf(db);
  if (migrationTableSchema === undefined) return runMigrations(db, undefined);
  // A migration may rewrite a large table: on PostgreSQL it runs on one connection with the statement
  // timeout (INCIDENTD_PG_STATEMENT_TIMEOUT_MS, meant for requests) lifted, and restored afterwards.
  return db.connection().execute(async (connection) => {
    await sql`set statement_timeout = 0`.execute(connection);
    try {
      return await runMigrations(connection, migrationTableSchema);
    } finally {
      await sql`reset statement_timeout`.execute(connection);
    }
  });
}

async function runMigrations(db: Db, migrationTableSchema: string | undefined): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const cause = error instanceof Error ? error : new Error(String(error));
    throw new Error(`migration ${failed?.migrationName ?? "(unknown)"} failed: ${cause.message}`, { cause });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
