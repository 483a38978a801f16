import { Migrator } from "kysely";
import type { Db } from "./database.ts";
import { migrationProvider } from "./migrations/index.ts";

/** Brings the schema to the latest version; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const cause = error instanceof Error ? error : new Error(String(error));
    throw new Error(`migration ${failed?.migrationName ?? "(unknown)"} failed: ${cause.message}`, { cause });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
