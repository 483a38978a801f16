import { invalidParameter } from "../../errors.ts";
import { blankToNull } from "../../incidents/incident.ts";
import { toBool, toEpochMs } from "../../lenient-values.ts";
import type { ClearAlarmsBody, TransferAlarmsBody } from "../alarm.schemas.ts";
import type { AlarmClearance, AlarmTransfer } from "../alarm.service.ts";
import { parseAlarmIds } from "../alarm.ts";

/** COC's alarm bodies as the service's inputs. */

function alarmIdsOf(raw: string): string[] {
  const { ids, problem } = parseAlarmIds(raw);
  if (problem) throw invalidParameter("alarm_ids", problem);
  return ids;
}

export function toClearance(body: ClearAlarmsBody): AlarmClearance {
  return {
    alarmIds: alarmIdsOf(body.alarm_ids),
    remarks: body.remarks ?? null,
    recoveryTime: toEpochMs(body.fault_recovery_time),
  };
}

export function toTransfer(body: TransferAlarmsBody): AlarmTransfer {
  return {
    alarmIds: alarmIdsOf(body.alarm_ids),
    source: blankToNull(body.source_id) ?? "incident_source_alarm",
    attachment: blankToNull(body.attachment),
    isChangeEvent: body.is_change_event === undefined ? null : toBool(body.is_change_event),
    incident: {
      region: blankToNull(body.mtm_region),
      enterpriseProject: blankToNull(body.enterprise_project_id),
      currentCloudService: body.current_cloud_service_id,
      level: body.level_id,
      isServiceInterrupt: toBool(body.is_service_interrupt),
      type: body.mtm_type,
      title: body.title,
      description: body.description ?? null,
      ownership: null,
      assignee: blankToNull(body.assignee),
      assigneeScene: blankToNull(body.assignee_scene),
      assigneeRole: blankToNull(body.assignee_role),
    },
  };
}
