import type { Executor } from "./alarm.repository.ts";
import type { AlarmHandleRequestTable } from "./alarm-handling.table.ts";
import type { AlarmHandleWorkOrder, HandleOutcome, HandleStatus, SubTaskInfo } from "./alarm-handling.ts";

function toWorkOrder(row: AlarmHandleRequestTable): AlarmHandleWorkOrder {
  return {
    workOrderId: row.id,
    projectId: row.project_id,
    alarmRowId: row.alarm_row_id,
    episode: Number(row.episode),
    taskType: row.task_type,
    associatedTaskId: row.associated_task_id,
    associatedTaskType: row.associated_task_type,
    associatedTaskName: row.associated_task_name,
    associatedTaskEnterpriseProjectId: row.associated_task_enterprise_project_id,
    runbookInstanceMode: row.runbook_instance_mode,
    regionId: row.region_id,
    inputParam: JSON.parse(row.input_param) as Record<string, string>,
    targetInstances: row.target_instances === null ? null : (JSON.parse(row.target_instances) as unknown[]),
    subTaskInfo: row.sub_task_info === null ? null : (JSON.parse(row.sub_task_info) as SubTaskInfo),
    status: row.status as HandleStatus,
    createdBy: row.created_by,
    startTime: Number(row.start_time),
    endTime: row.end_time === null ? null : Number(row.end_time),
    outcomeMessage: row.outcome_message,
    reportedBy: row.reported_by,
  };
}

export async function insertWorkOrder(db: Executor, order: AlarmHandleWorkOrder): Promise<void> {
  await db
    .insertInto("alarm_handle_requests")
    .values({
      id: order.workOrderId,
      project_id: order.projectId,
      alarm_row_id: order.alarmRowId,
      episode: order.episode,
      task_type: order.taskType,
      associated_task_id: order.associatedTaskId,
      associated_task_type: order.associatedTaskType,
      associated_task_name: order.associatedTaskName,
      associated_task_enterprise_project_id: order.associatedTaskEnterpriseProjectId,
      runbook_instance_mode: order.runbookInstanceMode,
      region_id: order.regionId,
      input_param: JSON.stringify(order.inputParam),
      target_instances: order.targetInstances === null ? null : JSON.stringify(order.targetInstances),
      sub_task_info: order.subTaskInfo === null ? null : JSON.stringify(order.subTaskInfo),
      status: order.status,
      created_by: order.createdBy,
      start_time: order.startTime,
      end_time: order.endTime,
      outcome_message: order.outcomeMessage,
      reported_by: order.reportedBy,
    })
    .execute();
}

/** An alarm's work orders, newest first (the number tells ties apart), a page at a time, and how many in all. */
export async function listWorkOrders(
  db: Executor,
  projectId: string,
  alarmRowId: string,
  page: { limit: number; offset: number },
): Promise<{ count: number; orders: AlarmHandleWorkOrder[] }> {
  const base = db
    .selectFrom("alarm_handle_requests")
    .where("project_id", "=", projectId)
    .where("alarm_row_id", "=", alarmRowId);
  const rows = await base
    .selectAll()
    .orderBy("start_time", "desc")
    .orderBy("id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const total = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { count: Number(total.n), orders: rows.map(toWorkOrder) };
}

/** The latest work order of an alarm (ShowAlarm shows it), if any. */
export async function latestWorkOrder(
  db: Executor,
  projectId: string,
  alarmRowId: string,
): Promise<AlarmHandleWorkOrder | undefined> {
  return (await listWorkOrders(db, projectId, alarmRowId, { limit: 1, offset: 0 })).orders[0];
}

export async function findWorkOrder(
  db: Executor,
  projectId: string,
  workOrderId: string,
): Promise<AlarmHandleWorkOrder | undefined> {
  const row = await db
    .selectFrom("alarm_handle_requests")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("id", "=", workOrderId)
    .executeTakeFirst();
  return row && toWorkOrder(row);
}

/** Records an outcome once: false when the work order is no longer PROCESSING. */
export async function finishWorkOrder(
  db: Executor,
  projectId: string,
  workOrderId: string,
  outcome: { status: HandleOutcome; endTime: number; message: string | null; reportedBy: string },
): Promise<boolean> {
  const result = await db
    .updateTable("alarm_handle_requests")
    .set({
      status: outcome.status,
      end_time: outcome.endTime,
      outcome_message: outcome.message,
      reported_by: outcome.reportedBy,
    })
    .where("project_id", "=", projectId)
    .where("id", "=", workOrderId)
    .where("status", "=", "PROCESSING")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
