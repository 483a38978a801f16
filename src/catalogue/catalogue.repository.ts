import type { Db } from "../db/database.ts";
import { type Executor, prepared } from "../db/prepared.ts";
import { type MaybePromise, mapMaybe } from "../maybe-promise.ts";
import type { EnumEntry, ExtensibleField } from "./catalogue.ts";

const selectProjectEntry = prepared(3, (db, projectId: string, field: string, key: string) =>
  db
    .selectFrom("catalogue_entries")
    .select(["key", "name_zh", "name_en"])
    .where("project_id", "=", projectId)
    .where("field", "=", field)
    .where("key", "=", key),
);

/** A project's own catalogue entry, or null (at once on SQLite). */
export function projectEntryOf(
  db: Executor,
  projectId: string,
  field: ExtensibleField,
  key: string,
): MaybePromise<EnumEntry | null> {
  return mapMaybe(selectProjectEntry(db, projectId, field, key), ([row]) => row ?? null);
}

export async function findProjectEntry(
  db: Db,
  projectId: string,
  field: ExtensibleField,
  key: string,
): Promise<EnumEntry | undefined> {
  return (await projectEntryOf(db, projectId, field, key)) ?? undefined;
}

export async function listProjectEntries(db: Db, projectId: string) {
  return db
    .selectFrom("catalogue_entries")
    .select(["field", "key", "name_zh", "name_en"])
    .where("project_id", "=", projectId)
    .orderBy("field")
    .orderBy("key")
    .execute();
}

export async function upsertProjectEntry(
  db: Db,
  projectId: string,
  field: ExtensibleField,
  entry: EnumEntry,
  now: number,
): Promise<void> {
  await db
    .insertInto("catalogue_entries")
    // Columns named one by one: `entry` may be a request body carrying anything else.
    .values({
      project_id: projectId,
      field,
      key: entry.key,
      name_zh: entry.name_zh,
      name_en: entry.name_en,
      created_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(["project_id", "field", "key"])
        .doUpdateSet({ name_zh: entry.name_zh, name_en: entry.name_en }),
    )
    .execute();
}
