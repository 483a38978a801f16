import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Db, openDatabase } from "../src/db/database.ts";

/**
 * The engine under test: PostgreSQL when DATABASE_URL is set (each test database is a fresh schema of
 * that database, dropped afterwards), else an in-memory SQLite database.
 */
export const ENGINE = process.env.DATABASE_URL ? "postgres" : "sqlite";

/**
 * Options for each test that needs PostgreSQL: on SQLite it is skipped, with the reason. Give them to
 * every `it`, not to the `describe`: node:test counts a skipped suite as no test at all, so the run's
 * "skipped" figure would not show what did not run. Hooks of such a suite still run: they return early
 * when `POSTGRES_ONLY.skip` is set.
 */
export const POSTGRES_ONLY = {
  skip: ENGINE === "postgres" ? false : "needs PostgreSQL: runs when DATABASE_URL is set (.ci/run does)",
} as const;

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty PostgreSQL schema and a DATABASE_URL that points the server at it. */
export async function createTestSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set");
  const schema = `t_${randomBytes(8).toString("hex")}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => adminQuery(`DROP SCHEMA ${schema} CASCADE`) };
}

export async function openTestDatabase(): Promise<{ db: Db; close: () => Promise<void> }> {
  if (ENGINE === "sqlite") {
    const db = openDatabase({ engine: "sqlite", path: ":memory:", synchronous: "FULL" });
    return { db, close: () => db.destroy() };
  }
  const schema = await createTestSchema();
  const db = openDatabase({ engine: "postgres", url: schema.url, poolSize: 5 });
  return {
    db,
    close: async () => {
      try {
        await db.destroy();
      } finally {
        await schema.drop();
      }
    },
  };
}
