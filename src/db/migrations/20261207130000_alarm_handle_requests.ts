// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/**
 * HandlerAlarm's requests (COC's "work orders" of an alarm's automatic handling) and the outcome an
 * executor reports back: incidentd runs no scripts or runbooks itself.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("alarm_handle_requests")
    // The work_order_id HandlerAlarm answers.
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull())
    // alarms.id: the alarm's row (its reported alarm_id is unique only within its project).
    .addColumn("alarm_row_id", "text", (c) => c.notNull().references("alarms.id"))
    .addColumn("episode", "integer", (c) => c.notNull())
    // SCRIPT | RUNBOOK
    .addColumn("task_type", "text", (c) => c.notNull())
    .addColumn("associated_task_id", "text", (c) => c.notNull())
    // CUSTOMIZATION | COMMUNAL
    .addColumn("associated_task_type", "text", (c) => c.notNull())
    .addColumn("associated_task_name", "text", (c) => c.notNull())
    .addColumn("associated_task_enterprise_project_id", "text")
    .addColumn("runbook_instance_mode", "text")
    .addColumn("region_id", "text")
    // JSON: the input_param object, the target_instances array, the sub_task_info object.
    .addColumn("input_param", "text", (c) => c.notNull())
    .addColumn("target_instances", "text")
    .addColumn("sub_task_info", "text")
    // PROCESSING until an executor reports FINISHED, ABNORMAL or CANCELED.
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("start_time", "bigint", (c) => c.notNull())
    .addColumn("end_time", "bigint")
    .addColumn("outcome_message", "text")
    .addColumn("reported_by", "text")
    .execute();
  await db.schema
    .createIndex("alarm_handle_requests_alarm_idx")
    .on("alarm_handle_requests")
    .columns(["project_id", "alarm_row_id", "start_time"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("alarm_handle_requests").execute();
}
