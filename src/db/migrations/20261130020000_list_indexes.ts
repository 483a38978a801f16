// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/**
 * Indexes for the list views at a million incidents per project: the common filters (status, level,
 * assignee, creator) each lead to the project's incidents in create-time order, so a filtered list sorted
 * by time (the default) reads only the rows it returns.
 */
const INDEXES: Array<[string, string[]]> = [
  ["incidents_project_status_idx", ["project_id", "status", "create_time", "incident_num"]],
  ["incidents_project_level_idx", ["project_id", "incident_level", "create_time", "incident_num"]],
  ["incidents_project_assignee_idx", ["project_id", "incident_assignee", "create_time", "incident_num"]],
  ["incidents_project_creator_idx", ["project_id", "creator", "create_time", "incident_num"]],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of INDEXES)
    await db.schema.createIndex(name).on("incidents").columns(columns).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
}
