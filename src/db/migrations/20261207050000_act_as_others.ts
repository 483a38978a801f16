// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

const CREDENTIAL_TABLES = ["tokens", "access_keys"] as const;

/**
 * 0/1: may the credential name another user as the operator of an action reserved to a person when the
 * project has strict roles? Existing credentials get 0: relaying for others is granted deliberately.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of CREDENTIAL_TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn("act_as_others", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of CREDENTIAL_TABLES)
    await db.schema.alterTable(table).dropColumn("act_as_others").execute();
}
