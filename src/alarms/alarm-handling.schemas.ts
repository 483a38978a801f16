import { type Static, Type } from "@sinclair/typebox";
import { IntegerOrNull, Nullable, Str } from "../http/wire-types.ts";
import type { Alarm } from "./alarm.ts";
import {
  type AlarmHandleWorkOrder,
  ASSOCIATED_TASK_TYPES,
  HANDLE_OUTCOMES,
  type HandleRequest,
  TASK_TYPES,
} from "./alarm-handling.ts";

const oneOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { "x-expected": `one of ${values.join(", ")}`, ...(description ? { description } : {}) },
  );

const OptStr = (max: number, description?: string) =>
  Nullable(Str(max, description ? { description } : {}), `a string of at most ${max} characters`);

/** AlarmScheduleInstance's target fields (also its sub_target_instances'). */
const targetFields = {
  target_selection: oneOf(["ALL", "MANUAL", "NONE"]),
  order_no: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  batch_strategy: Type.Optional(oneOf(["AUTO_BATCH", "MANUAL_BATCH", "NONE"])),
  target_instances: OptStr(100_000, "The instances (as COC's console encodes them), stored as sent."),
};

const AlarmScheduleInstance = Type.Object({
  ...targetFields,
  sub_target_instances: Type.Optional(Type.Array(Type.Object(targetFields), { maxItems: 100 })),
});

const SubTaskInfo = Type.Object({
  sub_task_type: Type.Optional(Str(255)),
  sub_associated_task_id: Type.Optional(Str(255)),
  sub_associated_task_name: Type.Optional(Str(255)),
  sub_associated_task_type: Type.Optional(Str(255)),
});

/** AutoHandlerAlarmRequestBody (COC API reference, HandlerAlarm). */
export const HandlerAlarmBody = Type.Object({
  task_type: oneOf(TASK_TYPES, "SCRIPT or RUNBOOK."),
  associated_task_id: Str(255, { minLength: 1, description: "The script's or runbook's id." }),
  associated_task_type: oneOf(ASSOCIATED_TASK_TYPES, "CUSTOMIZATION (own) or COMMUNAL (public)."),
  associated_task_name: Str(255, { minLength: 1 }),
  associated_task_enterprise_project_id: OptStr(255),
  runbook_instance_mode: OptStr(255),
  input_param: Type.Optional(
    Type.Record(Type.String({ maxLength: 255 }), Str(10_000), {
      maxProperties: 100,
      description: "Parameters by name, values as strings (COC: JSON strings). Absent = none.",
    }),
  ),
  target_instances: Type.Optional(Type.Array(AlarmScheduleInstance, { maxItems: 100 })),
  region_id: OptStr(255),
  sub_task_info: Type.Optional(SubTaskInfo),
});
export type HandlerAlarmBody = Static<typeof HandlerAlarmBody>;

export function toHandleRequest(body: HandlerAlarmBody): HandleRequest {
  return {
    taskType: body.task_type,
    associatedTaskId: body.associated_task_id,
    associatedTaskType: body.associated_task_type,
    associatedTaskName: body.associated_task_name,
    associatedTaskEnterpriseProjectId: body.associated_task_enterprise_project_id ?? null,
    runbookInstanceMode: body.runbook_instance_mode ?? null,
    regionId: body.region_id ?? null,
    inputParam: body.input_param ?? {},
    targetInstances: body.target_instances ?? null,
    subTaskInfo: body.sub_task_info ?? null,
  };
}

export const HandleHistoriesQuery = Type.Object({
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, description: "Rows to skip (REQ in COC)." }),
  limit: Type.Integer({ minimum: 1, maximum: 100, description: "Rows to answer, 1–100 (REQ in COC)." }),
});

/** AlarmHandleHistory, then incidentd's extensions. */
const AlarmHandleHistory = Type.Object({
  work_order_id: Type.String(),
  create_name: Type.String({ description: "Who asked (the credential's principal)." }),
  create_alias: Type.String(),
  task_type: Type.String(),
  start_time: Type.Integer(),
  end_time: IntegerOrNull,
  duration: IntegerOrNull,
  status: Type.String({ description: "PROCESSING, then FINISHED, ABNORMAL or CANCELED as reported." }),
  associated_task_id: Type.String(),
  associated_task_name: Type.String(),
  sub_task_info: Type.Union([SubTaskInfo, Type.Null()]),
  associated_task_type: Type.String({ description: "incidentd" }),
  message: Type.Union([Type.String(), Type.Null()], { description: "incidentd: the executor's report." }),
  reported_by: Type.Union([Type.String(), Type.Null()], { description: "incidentd" }),
});

/** ListAlarmHandleHistoriesResponse: its fields at the top level of the body, as COC's SDK models it. */
export const HandleHistoriesResponse = Type.Object({
  count: Type.Integer(),
  alarm_handle_histories: Type.Array(AlarmHandleHistory),
  resolved_record: Type.Union([
    Type.Object({ resolved_time: Type.Integer(), create_name: Type.String(), remarks: Type.String() }),
    Type.Null(),
  ]),
});

export function toHandleHistory(order: AlarmHandleWorkOrder, duration: number | null) {
  return {
    work_order_id: order.workOrderId,
    create_name: order.createdBy,
    create_alias: "",
    task_type: order.taskType,
    start_time: order.startTime,
    end_time: order.endTime,
    duration,
    status: order.status,
    associated_task_id: order.associatedTaskId,
    associated_task_name: order.associatedTaskName,
    sub_task_info: order.subTaskInfo,
    associated_task_type: order.associatedTaskType,
    message: order.outcomeMessage,
    reported_by: order.reportedBy,
  };
}

/** ResolvedRecordDTO: the alarm's clearance (recovery time, who cleared it, remarks), null while alarming. */
export function toResolvedRecord(alarm: Alarm) {
  if (alarm.status !== "resolved") return null;
  return {
    resolved_time: alarm.recoveryTime ?? alarm.updateTime,
    create_name: alarm.clearedBy ?? "",
    remarks: alarm.remarks ?? "",
  };
}

export const HandleOutcomeBody = Type.Object({
  status: oneOf(HANDLE_OUTCOMES, "The work order's outcome."),
  end_time: Type.Optional(
    Type.Integer({ minimum: 0, description: "When it ended (epoch ms); default now." }),
  ),
  message: OptStr(2000, "What the executor wants to record (shown in the handle histories)."),
});
