import { blankToNull } from "../../incidents/incident.ts";
import { toBool, toEpochMs } from "../../lenient-values.ts";
import type { CreateWarRoomBody, ListWarRoomsBody } from "../warroom.schemas.ts";
import type { NewWarRoom, WarRoomListQuery } from "../warroom.service.ts";

/** COC's WarRoom bodies as the service's inputs. */

const DEFAULT_LIST_LIMIT = 10;

/** Pairs ids with the names sent position by position; a missing or empty name shows the id itself. */
function named<K extends "code" | "id">(key: K, ids: string[], names: string[] | null | undefined) {
  return ids.map((id, i) => ({ [key]: id, name: names?.[i] || id }) as Record<K | "name", string>);
}

export function toNewWarRoom(body: CreateWarRoomBody): NewWarRoom {
  return {
    incidentNum: body.incident_number,
    fields: {
      title: body.war_room_name,
      description: blankToNull(body.description),
      admin: body.war_room_admin,
      enterpriseProjectId: body.enterprise_project_id,
      regions: named("code", body.region_code_list ?? [], body.region_names),
      applications: named("id", body.application_id_list, body.application_names),
      scheduleGroup: body.schedule_group.map((g) => ({ role_id: g.role_id, scene_id: g.scene_id })),
      participants: body.participant ?? [],
      notificationType: blankToNull(body.notification_type),
      notificationModes: body.notification_modes ?? [],
    },
  };
}

function list(values: string[] | null | undefined): string[] | null {
  return values && values.length > 0 ? values : null;
}

const window = (from: unknown, to: unknown) => ({
  from: toEpochMs(from as number | null | undefined),
  to: toEpochMs(to as number | null | undefined),
});

export function toListQuery(body: ListWarRoomsBody): WarRoomListQuery {
  return {
    filters: {
      numbers: list(body.war_room_nums),
      currentUsers: list(body.current_users),
      incidentNum: blankToNull(body.incident_num),
      title: blankToNull(body.title),
      regions: list(body.region_code_list),
      levels: list(body.incident_levels),
      applications: list(body.impacted_application_ids),
      admins: list(body.admin),
      statuses: list(body.status),
      triggered: window(body.triggered_start_time, body.triggered_end_time),
      occur: window(body.occur_start_time, body.occur_end_time),
      recover: window(body.recover_start_time, body.recover_end_time),
      notificationLevels: list(body.notification_level),
      enterpriseProjects: list(body.enterprise_project_ids),
      warRoomNum: blankToNull(body.war_room_num),
    },
    limit: body.limit ?? DEFAULT_LIST_LIMIT,
    offset: body.offset ?? 0,
    statisticsOnly: body.statistic_flag !== undefined && toBool(body.statistic_flag),
  };
}
