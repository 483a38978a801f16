import type { WarRoomWithFacts } from "./warroom.repository.ts";
import { durations, statusView } from "./warroom.ts";

/** WarRoomTenantInfo: COC fields incidentd has no data for are "" / [] / null (docs/warrooms.md). */
export function toWarRoomItem({ room, facts }: WarRoomWithFacts, now: number, pathPrefix: string) {
  const { processing, restoration } = durations(room, facts, now);
  return {
    id: room.number,
    title: room.title,
    admin: room.admin,
    recover_member: room.participants,
    recover_leader: [] as string[],
    incident: {
      id: room.incidentNum,
      incident_id: room.incidentNum,
      alarm_id: "",
      is_change_event: false,
      source_id: null,
      failure_level: facts.level,
      incident_url: `${pathPrefix}/v1/external/incident/${room.incidentNum}`,
    },
    source: facts.source,
    regions: room.regions,
    change_num: "",
    occur_time: facts.startTime,
    recover_time: room.recoverTime ?? facts.faultRecoveryTime,
    fault_cause: "",
    create_time: room.createTime,
    first_report_time: null,
    recovery_notification_time: null,
    fault_impact: "",
    description: room.description ?? "",
    circular_level: room.circularLevel,
    war_room_status: statusView(room.status),
    impacted_application: room.applications,
    processing_duration: processing,
    restoration_duration: restoration,
    war_room_num: room.number,
    enterprise_project_id: room.enterpriseProjectId,
    close_time: room.closeTime,
  };
}
