// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

// Transfer rules (docs/alarms.md#transfer-rules): the project's ordered rules, the open incident of each
// rule's alarm group, and what the processor tracks about the incidents the rules created.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("transfer_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("match", "text", (c) => c.notNull())
    .addColumn("incident", "text", (c) => c.notNull())
    .addColumn("group_key", "text", (c) => c.notNull())
    .addColumn("auto_solve", "integer", (c) => c.notNull())
    .addColumn("create_time", "bigint", (c) => c.notNull())
    .addColumn("update_time", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("transfer_rules_project_position_idx")
    .on("transfer_rules")
    .columns(["project_id", "position"])
    .execute();

  // One row per (rule, group key): the group's latest incident. Concurrent first alarms of a group meet
  // on this primary key, so a group never gets two open incidents.
  await db.schema
    .createTable("transfer_groups")
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("group_key", "text", (c) => c.notNull())
    .addColumn("incident_num", "text", (c) => c.notNull().references("incidents.incident_num"))
    .addColumn("update_time", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("transfer_groups_pk", ["project_id", "rule_id", "group_key"])
    .execute();

  await db.schema
    .createTable("transfer_incidents")
    .addColumn("incident_num", "text", (c) => c.primaryKey().references("incidents.incident_num"))
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("group_key", "text", (c) => c.notNull())
    .addColumn("all_recovered", "integer", (c) => c.notNull())
    .addColumn("solve_pending", "integer", (c) => c.notNull())
    .addColumn("create_time", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["transfer_incidents", "transfer_groups", "transfer_rules"]) {
    await db.schema.dropTable(table).execute();
  }
}
