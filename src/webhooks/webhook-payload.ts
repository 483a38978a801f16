import type { Alarm } from "../alarms/alarm.ts";
import { type IncidentDetail, type IncidentNames, toIncidentDetail } from "../incidents/incident-detail.ts";
import { historyOf, type PublishedChange } from "../incidents/incident-events.ts";
import { isEndNode } from "../workflow/workflow.ts";
import type { WebhookEventType } from "./webhook.ts";

/**
 * The webhook event types of one incident change, most specific first: the first is the `type` delivered,
 * and a subscription asking for any of them receives it (so `incident.updated` hears every workflow action).
 */
export function webhookTypesOf({ event, before, after }: PublishedChange): WebhookEventType[] {
  switch (event.type) {
    case "created":
      return ["incident.created"];
    case "alarm_linked":
      return ["alarm.linked"];
    case "alarms_recovered":
      return ["alarm.recovered"];
    case "warroom_started":
      return ["warroom.started"];
    case "warroom_status_changed":
      return ["warroom.updated"];
    case "warroom_closed":
      return ["warroom.closed"];
    default: {
      const types: WebhookEventType[] = [];
      if (isEndNode(after.node) && !(before && isEndNode(before.node))) types.push("incident.closed");
      if (event.type === "solved") types.push("incident.resolved");
      if (event.type === "forwarded" || (before && before.assignee !== after.assignee))
        types.push("incident.assigned");
      if (before && before.level !== after.level) types.push("incident.level_changed");
      types.push("incident.updated");
      return types;
    }
  }
}

const NO_NAMES: IncidentNames = {
  creatorName: null,
  assigneeName: null,
  applicationName: null,
  typeEntry: null,
  ownershipEntry: null,
};

type Comparable = Omit<IncidentDetail, "enum_data_list">;

function comparable(detail: IncidentDetail): Comparable {
  const { enum_data_list, ...fields } = detail;
  return fields;
}

/** The detail fields the change moved, by their wire names (none for a create). */
export function changedFields(change: PublishedChange): Record<string, { from: unknown; to: unknown }> {
  if (change.before === null) return {};
  const before = comparable(toIncidentDetail(change.before, NO_NAMES));
  const after = comparable(toIncidentDetail(change.after, NO_NAMES));
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof Comparable)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/** The body of a webhook delivery (docs/notifications.md). */
export function webhookPayload(
  type: WebhookEventType,
  change: PublishedChange,
  names: IncidentNames,
): string {
  const { event, after } = change;
  return JSON.stringify({
    type,
    timestamp: new Date(event.at).toISOString(),
    data: {
      incident: toIncidentDetail(after, names),
      version: after.version,
      change: {
        action: historyOf(event).action.key,
        operator: event.operator,
        comment: event.comment,
        changes: changedFields(change),
      },
    },
  });
}

/** An alarm as alarm events carry it (ShowAlarm's facts under their snake_case names). */
export function alarmView(alarm: Alarm) {
  return {
    alarm_id: alarm.alarmId,
    name: alarm.name,
    level: alarm.level,
    status: alarm.status,
    description: alarm.description,
    application_id: alarm.applicationId,
    region_id: alarm.regionId,
    resource_name: alarm.resourceName,
    resource_id: alarm.resourceId,
    url: alarm.url,
    alarm_source: alarm.alarmSource,
    first_occur_time: alarm.firstOccurTime,
    last_occur_time: alarm.lastOccurTime,
    recovery_time: alarm.recoveryTime,
    converge_count: alarm.convergeCount,
    episode: alarm.episode,
    incident_num: alarm.incidentNum,
    remarks: alarm.remarks,
    cleared_by: alarm.clearedBy,
    create_time: alarm.createTime,
    update_time: alarm.updateTime,
  };
}

export type AlarmEventType = "alarm.created" | "alarm.cleared" | "alarm.auto_process_requested";

/**
 * The body of an alarm event's delivery: `data.alarm` is the alarm after the change, beside what the event
 * adds (`data.handling`: the HandlerAlarm request of alarm.auto_process_requested).
 */
export function alarmPayload(
  type: AlarmEventType,
  alarm: Alarm,
  at: number,
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    type,
    timestamp: new Date(at).toISOString(),
    data: { alarm: alarmView(alarm), ...extra },
  });
}
