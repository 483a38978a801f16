import { randomUUID } from "node:crypto";
import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { findAlarms } from "./alarm.repository.ts";
import { alarmNotFound } from "./alarm.service.ts";
import type { Alarm } from "./alarm.ts";
import {
  findWorkOrder,
  finishWorkOrder,
  insertWorkOrder,
  listWorkOrders,
} from "./alarm-handling.repository.ts";
import {
  type AlarmHandleWorkOrder,
  durationOf,
  type HandleOutcome,
  type HandleRequest,
} from "./alarm-handling.ts";

async function alarmOf(deps: Deps, projectId: string, alarmId: string): Promise<Alarm> {
  const [alarm] = await findAlarms(deps.db, projectId, [alarmId]);
  if (!alarm) throw alarmNotFound([alarmId]);
  return alarm;
}

/** What the alarm.auto_process_requested event carries beside the alarm: everything an executor needs. */
export function handlingView(order: AlarmHandleWorkOrder) {
  return {
    work_order_id: order.workOrderId,
    task_type: order.taskType,
    associated_task_id: order.associatedTaskId,
    associated_task_type: order.associatedTaskType,
    associated_task_name: order.associatedTaskName,
    associated_task_enterprise_project_id: order.associatedTaskEnterpriseProjectId,
    runbook_instance_mode: order.runbookInstanceMode,
    region_id: order.regionId,
    input_param: order.inputParam,
    target_instances: order.targetInstances,
    sub_task_info: order.subTaskInfo,
    requested_by: order.createdBy,
    start_time: order.startTime,
  };
}

/**
 * HandlerAlarm: records the request as a PROCESSING work order of the alarm's current episode and queues
 * the alarm.auto_process_requested event for webhook subscribers, both in one transaction. A resolved
 * alarm cannot be handled. Answers the work order id.
 */
export async function requestAlarmHandling(
  deps: Deps,
  caller: Credential,
  alarmId: string,
  request: HandleRequest,
): Promise<string> {
  const now = deps.clock.now();
  const queued = await deps.db.transaction().execute(async (trx) => {
    const [alarm] = await findAlarms(trx, caller.projectId, [alarmId]);
    if (!alarm) throw alarmNotFound([alarmId]);
    if (alarm.status === "resolved")
      throw invalidParameter(
        "alarm_id",
        `alarm ${alarmId} is resolved; only an alarming alarm can be handled`,
      );
    const order: AlarmHandleWorkOrder = {
      ...request,
      workOrderId: randomUUID(),
      projectId: caller.projectId,
      alarmRowId: alarm.rowId,
      episode: alarm.episode,
      status: "PROCESSING",
      createdBy: caller.principal,
      startTime: now,
      endTime: null,
      outcomeMessage: null,
      reportedBy: null,
    };
    await insertWorkOrder(trx, order);
    const extra = { handling: handlingView(order) };
    const sent = await deps.webhookOutbox.writeAlarmEvent(
      trx,
      "alarm.auto_process_requested",
      alarm,
      extra,
      now,
    );
    return { id: order.workOrderId, sent };
  });
  if (queued.sent) deps.webhookOutbox.notifyQueued();
  return queued.id;
}

/** ListAlarmHandleHistories: the alarm's work orders newest first, and its clearance if it is resolved. */
export async function listAlarmHandleHistories(
  deps: Deps,
  caller: Credential,
  alarmId: string,
  page: { offset: number; limit: number },
) {
  const alarm = await alarmOf(deps, caller.projectId, alarmId);
  const { count, orders } = await listWorkOrders(deps.db, caller.projectId, alarm.rowId, page);
  return { alarm, count, orders: orders.map((order) => ({ order, duration: durationOf(order) })) };
}

/**
 * An executor's report of a work order's outcome: once (a second report is a 409), for a work order of
 * the named alarm in the caller's project (else 404, the same for another project's).
 */
export async function reportAlarmHandleOutcome(
  deps: Deps,
  caller: Credential,
  ids: { alarmId: string; workOrderId: string },
  outcome: { status: HandleOutcome; endTime: number | null; message: string | null },
): Promise<AlarmHandleWorkOrder> {
  const alarm = await alarmOf(deps, caller.projectId, ids.alarmId);
  const order = await findWorkOrder(deps.db, caller.projectId, ids.workOrderId);
  if (!order || order.alarmRowId !== alarm.rowId)
    throw new AppError("RESOURCE_NOT_FOUND", `work order not found: ${ids.workOrderId}`);
  const endTime = outcome.endTime ?? deps.clock.now();
  if (endTime < order.startTime)
    throw invalidParameter("end_time", `must not be before the work order's start_time ${order.startTime}`);
  const done = await finishWorkOrder(deps.db, caller.projectId, order.workOrderId, {
    status: outcome.status,
    endTime,
    message: outcome.message,
    reportedBy: caller.principal,
  });
  if (!done)
    throw new AppError(
      "CONFLICT",
      `work order ${order.workOrderId} already has its outcome (${order.status})`,
    );
  return (await findWorkOrder(deps.db, caller.projectId, order.workOrderId)) as AlarmHandleWorkOrder;
}
