// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/**
 * Signature failures counted per access key and source address (instead of per key, which let anyone who
 * knew an AK lock its owner out), and the signatures of accepted state-changing requests (replays are
 * refused). Both live in the database so that every node sharing it enforces them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("signature_failures")
    .addColumn("access_key", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("locked_until", "bigint")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("signature_failures_pk", ["access_key", "source"])
    .execute();
  await db.schema
    .createIndex("signature_failures_updated_idx")
    .on("signature_failures")
    .column("updated_at")
    .execute();
  await db.schema
    .createTable("seen_signatures")
    .addColumn("signature_hash", "text", (c) => c.primaryKey())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("seen_signatures_expires_idx")
    .on("seen_signatures")
    .column("expires_at")
    .execute();
  // The count per key alone is gone; locked_until stays as the latest lock of any source (shown to admins).
  await db.schema.alterTable("access_keys").dropColumn("failed_attempts").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("access_keys")
    .addColumn("failed_attempts", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.dropTable("seen_signatures").execute();
  await db.schema.dropTable("signature_failures").execute();
}
