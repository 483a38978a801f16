// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/**
 * People sign in: a directory user may hold a password (scrypt, its salt and parameters kept with the hash,
 * so the cost can be raised later without invalidating older hashes) and a role. Sessions live in the
 * database so that every node sharing it knows them; only a hash of the session secret is stored. Failed
 * sign-ins are counted per user id and source address, like failed signatures (signature_failures).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("user_logins")
    .addColumn("project_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("password_salt", "text", (c) => c.notNull())
    .addColumn("password_params", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_logins_pk", ["project_id", "user_id"])
    .addForeignKeyConstraint("user_logins_user_fk", ["project_id", "user_id"], "directory_users", [
      "project_id",
      "id",
    ])
    .execute();
  // Sign-in names a user id, not a project: found by the id alone.
  await db.schema.createIndex("user_logins_user_idx").on("user_logins").column("user_id").execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("secret_hash", "text", (c) => c.notNull().unique())
    .addColumn("project_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_seen_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("sessions_user_idx")
    .on("sessions")
    .columns(["project_id", "user_id"])
    .execute();
  await db.schema.createIndex("sessions_last_seen_idx").on("sessions").column("last_seen_at").execute();

  await db.schema
    .createTable("sign_in_failures")
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("locked_until", "bigint")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("sign_in_failures_pk", ["subject", "source"])
    .execute();
  await db.schema
    .createIndex("sign_in_failures_updated_idx")
    .on("sign_in_failures")
    .column("updated_at")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sign_in_failures").execute();
  await db.schema.dropTable("sessions").execute();
  await db.schema.dropTable("user_logins").execute();
}
