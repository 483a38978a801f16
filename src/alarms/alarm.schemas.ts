import { type Static, Type } from "@sinclair/typebox";
import { BoolLike, EpochMsLike, IntegerOrNull, Nullable, Str } from "../http/wire-types.ts";
import { type Alarm, IMPORTANCE } from "./alarm.ts";
import type { AlarmHandleWorkOrder } from "./alarm-handling.ts";

export const AlarmIdParam = Type.Object({
  alarm_id: Str(255, {
    minLength: 1,
    description: "The alarm id the source reported (alarmId / fingerprint).",
  }),
});

const AlarmIds = Type.String({
  minLength: 1,
  maxLength: 26_000,
  description: "Alarm ids joined with commas (at most 100).",
});

const NullableStr = (max: number, description?: string) =>
  Nullable(Str(max, description ? { description } : {}), `a string of at most ${max} characters`);

/** ClearAlarmRequestBody (COC API reference, ClearAlarm). */
export const ClearAlarmsBody = Type.Object({
  alarm_ids: AlarmIds,
  remarks: NullableStr(1000, "Why the alarms were cleared."),
  is_service_interrupt: Type.Optional(BoolLike),
  start_time: Type.Optional(EpochMsLike),
  fault_recovery_time: Type.Optional(EpochMsLike),
});
export type ClearAlarmsBody = Static<typeof ClearAlarmsBody>;

/** AlarmToIncidentRequestBody (COC API reference, TransferAlarmToIncident): v2-style field names. */
export const TransferAlarmsBody = Type.Object({
  alarm_ids: AlarmIds,
  current_cloud_service_id: Str(255, { minLength: 1, description: "Owning application id." }),
  description: Str(600, { description: "Incident description." }),
  is_service_interrupt: BoolLike,
  level_id: Str(255, { minLength: 1, description: "Incident level key, level_10 … level_50." }),
  mtm_type: Str(255, { minLength: 1, description: "Incident type key." }),
  title: Str(200, { minLength: 1, description: "Incident title." }),
  enterprise_project_id: NullableStr(255),
  assignee: NullableStr(255, "Owner user id."),
  assignee_role: NullableStr(255, "On-call role id (with assignee_scene)."),
  assignee_scene: NullableStr(255, "On-call scene id (with assignee_role)."),
  attachment: NullableStr(
    2000,
    "doc_id(s) of the project's attachments, comma-separated; recorded in the incident's creation history.",
  ),
  // A change caused the fault: recorded in the incident's creation history.
  is_change_event: Type.Optional(BoolLike),
  mtm_region: NullableStr(255, "Region code."),
  source_id: NullableStr(
    255,
    "The incident's source: incident_source_alarm (default), incident_source_forwarding or incident_source_manual.",
  ),
});
export type TransferAlarmsBody = Static<typeof TransferAlarmsBody>;

/** AlarmInfoDTO (COC API reference, ShowAlarm), then incidentd's extensions. */
export const AlarmInfoSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  importance: Type.String({ description: "urgent, major, minor or warn (Critical, Major, Minor, Info)." }),
  come_from: Type.String({ description: "The reported alarmSource (prometheus for Alertmanager)." }),
  come_from_en: Type.String(),
  transfer_rule: Type.String(),
  transfer_rule_name: Type.String(),
  app: Type.String({ description: "Application id." }),
  status: Type.String({ description: "alarming or resolved." }),
  owner: Type.String({ description: "Who asked for the latest HandlerAlarm (its principal), or empty." }),
  owner_name: Type.String({ description: "The same principal, or empty." }),
  owner_alias: Type.String({ description: "Always empty." }),
  converge_count: Type.Integer({ description: "Reports of the current firing episode." }),
  associate_event_id: Type.String({ description: "Incident linked to the current episode, or empty." }),
  domain_id: Type.String({ description: "The project id." }),
  creator: Type.String({ description: "Id of the integration that reported it." }),
  creator_name: Type.String({ description: "That integration's name (its id once deleted)." }),
  create_time: Type.Integer(),
  update_time: Type.Integer(),
  remarks: Type.String(),
  region: Type.String(),
  task_type: Type.String({ description: "The latest HandlerAlarm's SCRIPT or RUNBOOK, or empty." }),
  associated_task_type: Type.String({ description: "The latest HandlerAlarm's, or empty." }),
  associated_task_id: Type.String({ description: "The latest HandlerAlarm's, or empty." }),
  associated_task_name: Type.String({ description: "The latest HandlerAlarm's, or empty." }),
  handle_status: Type.Optional(
    Type.String({
      description:
        "incidentd, ShowAlarm only: the latest HandlerAlarm work order's status (PROCESSING while being " +
        "handled, then FINISHED, ABNORMAL or CANCELED), or empty when never handled.",
    }),
  ),
  handle_work_order_id: Type.Optional(
    Type.String({ description: "incidentd, ShowAlarm only: that work order's id, or empty." }),
  ),
  alarm_level: Type.String({ description: "incidentd: the reported level (Critical, Major, Minor, Info)." }),
  description: Type.String({ description: "incidentd: alarmDesc / the Alertmanager description." }),
  name_space: Type.String({ description: "incidentd" }),
  resource_name: Type.String({ description: "incidentd" }),
  resource_id: Type.String({ description: "incidentd" }),
  url: Type.String({ description: "incidentd" }),
  first_occur_time: Type.Integer({ description: "incidentd: sender's time the current episode began." }),
  last_occur_time: Type.Integer({ description: "incidentd: when the latest firing report arrived." }),
  recovery_time: IntegerOrNull,
  episode: Type.Integer({ description: "incidentd: 1, +1 each time it fires again after recovering." }),
  additional: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
    description: "incidentd: custom additional, or the Alertmanager labels and annotations.",
  }),
});

export function toAlarmInfo(
  alarm: Alarm,
  integrationName: string | null,
  rule: { id: string; name: string } | null = null,
  handling: AlarmHandleWorkOrder | null | undefined = undefined,
) {
  return {
    id: alarm.alarmId,
    name: alarm.name,
    importance: IMPORTANCE[alarm.level],
    come_from: alarm.alarmSource,
    come_from_en: alarm.alarmSource,
    transfer_rule: rule?.id ?? "",
    transfer_rule_name: rule?.name ?? "",
    app: alarm.applicationId ?? "",
    status: alarm.status,
    owner: handling?.createdBy ?? "",
    owner_name: handling?.createdBy ?? "",
    owner_alias: "",
    converge_count: alarm.convergeCount,
    associate_event_id: alarm.incidentNum ?? "",
    domain_id: alarm.projectId,
    creator: alarm.integrationId ?? "",
    creator_name: integrationName ?? alarm.integrationId ?? "",
    create_time: alarm.createTime,
    update_time: alarm.updateTime,
    remarks: alarm.remarks ?? "",
    region: alarm.regionId ?? "",
    task_type: handling?.taskType ?? "",
    associated_task_type: handling?.associatedTaskType ?? "",
    associated_task_id: handling?.associatedTaskId ?? "",
    associated_task_name: handling?.associatedTaskName ?? "",
    // undefined: not looked up (ListAlarms); ShowAlarm passes the latest work order or null.
    ...(handling === undefined
      ? {}
      : { handle_status: handling?.status ?? "", handle_work_order_id: handling?.workOrderId ?? "" }),
    alarm_level: alarm.level,
    description: alarm.description,
    name_space: alarm.nameSpace ?? "",
    resource_name: alarm.resourceName ?? "",
    resource_id: alarm.resourceId ?? "",
    url: alarm.url ?? "",
    first_occur_time: alarm.firstOccurTime,
    last_occur_time: alarm.lastOccurTime,
    recovery_time: alarm.recoveryTime,
    episode: alarm.episode,
    additional: alarm.additional,
  };
}
