// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import { type Kysely, PostgresAdapter, sql } from "kysely";

/** The counter every change to a table of display names raises (src/incidents/incident-names.ts). */
const DIRECTORY_VERSION = "directory_version";

/** The tables the detail view takes display names from. */
const NAME_TABLES = ["directory_users", "applications", "catalogue_entries"] as const;

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Triggers raise `directory_version` in the transaction of any insert, update or delete of a display name,
 * whichever code, process or node makes it: each node's name cache compares it on every detail read.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.insertInto("counters").values({ name: DIRECTORY_VERSION, value: 0 }).execute();
  if (isPostgres(db)) {
    await sql`
      CREATE FUNCTION incidentd_bump_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE counters SET value = value + 1 WHERE name = ${sql.lit(DIRECTORY_VERSION)};
        RETURN NULL;
      END $$
    `.execute(db);
    for (const table of NAME_TABLES) {
      await sql`
        CREATE TRIGGER ${sql.id(`${table}_version`)}
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
        FOR EACH STATEMENT EXECUTE FUNCTION incidentd_bump_directory_version()
      `.execute(db);
    }
    return;
  }
  for (const table of NAME_TABLES) {
    for (const event of ["INSERT", "UPDATE", "DELETE"]) {
      await sql`
        CREATE TRIGGER ${sql.id(`${table}_version_${event.toLowerCase()}`)}
        AFTER ${sql.raw(event)} ON ${sql.table(table)}
        BEGIN UPDATE counters SET value = value + 1 WHERE name = ${sql.lit(DIRECTORY_VERSION)}; END
      `.execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of NAME_TABLES)
      await sql`DROP TRIGGER ${sql.id(`${table}_version`)} ON ${sql.table(table)}`.execute(db);
    await sql`DROP FUNCTION incidentd_bump_directory_version()`.execute(db);
  } else {
    for (const table of NAME_TABLES)
      for (const event of ["insert", "update", "delete"])
        await sql`DROP TRIGGER ${sql.id(`${table}_version_${event}`)}`.execute(db);
  }
  await db.deleteFrom("counters").where("name", "=", DIRECTORY_VERSION).execute();
}
