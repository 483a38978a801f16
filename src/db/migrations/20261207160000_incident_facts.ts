// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import { type Kysely, sql } from "kysely";

/**
 * One row per incident with the moments the analytics API measures (docs/analytics.md): created, first
 * accepted, resolved (the standing solution), closed, and the incident's current level, application,
 * source and assignee. The incident writer's subscriber keeps it in each change's transaction
 * (src/analytics/incident-facts.ts); this migration fills it from the incidents and their histories.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("incident_facts")
    .addColumn("project_id", "text", (c) => c.notNull())
    .addColumn("incident_num", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("first_accepted_at", "bigint")
    .addColumn("resolved_at", "bigint")
    .addColumn("closed_at", "bigint")
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("application", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("assignee", "text")
    .addPrimaryKeyConstraint("incident_facts_pk", ["project_id", "incident_num"])
    .execute();
  // Covering: a range of create times answers every figure and grouping from the index alone.
  await db.schema
    .createIndex("incident_facts_created_idx")
    .on("incident_facts")
    .columns([
      "project_id",
      "created_at",
      "level",
      "application",
      "source",
      "assignee",
      "first_accepted_at",
      "resolved_at",
      "closed_at",
    ])
    .execute();
  // The history's action keys are the workflow table's (src/workflow/workflow.ts): `accepted` leaves
  // unaccepted; `commitSolution` submits a solution, which stands if the incident is (still) at
  // verification or was closed from there; a closed incident closed with its last entry reaching COMPLETED.
  const at = (action: string, fn: "min" | "max") => sql`(
    SELECT ${sql.raw(fn)}(h.create_time) FROM incident_histories h
    WHERE h.project_id = i.project_id AND h.incident_num = i.incident_num AND h.action = ${action})`;
  await sql`
    INSERT INTO incident_facts (project_id, incident_num, created_at, first_accepted_at, resolved_at, closed_at,
      level, application, source, assignee)
    SELECT i.project_id, i.incident_num, i.create_time,
      CASE WHEN i.node IN ('unaccepted', 'rejected') THEN NULL ELSE ${at("accepted", "min")} END,
      CASE WHEN i.node IN ('verification', 'closed') THEN ${at("commitSolution", "max")} ELSE NULL END,
      CASE WHEN i.node = 'closed' THEN COALESCE((
        SELECT MAX(h.create_time) FROM incident_histories h
        WHERE h.project_id = i.project_id AND h.incident_num = i.incident_num
          AND h.status_after = 'INCIDENT_STATUS_COMPLETED'
          AND (h.status_before IS NULL OR h.status_before <> 'INCIDENT_STATUS_COMPLETED')
      ), i.update_time) ELSE NULL END,
      i.incident_level, i.current_cloud_service, i.incident_source, i.incident_assignee
    FROM incidents i`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("incident_facts").execute();
}
