export interface WarRoomTable {
  war_room_num: string;
  project_id: string;
  incident_num: string;
  title: string;
  description: string | null;
  admin: string;
  enterprise_project_id: string;
  /** Notification level: the incident's level when the WarRoom started. */
  circular_level: string;
  /** JSON [{code, name}] in the order sent. */
  regions: string;
  /** JSON [{id, name}] in the order sent. */
  applications: string;
  /** JSON [{role_id, scene_id}]. */
  schedule_group: string;
  /** JSON string[] of participant user ids. */
  participants: string;
  notification_type: string | null;
  /** JSON string[]. */
  notification_modes: string;
  /** WarRoom status id: "1", "3", "7" or "20" (docs/warrooms.md). */
  status: string;
  /** 0/1: started by the project's auto-start setting rather than CreateWarRoom. */
  auto_started: number;
  creator: string;
  recover_time: number | null;
  close_time: number | null;
  create_time: number;
  update_time: number;
}

/** One row per value of a multi-valued field, so list filters on them are indexed SQL. */
export interface WarRoomFacetTable {
  war_room_num: string;
  project_id: string;
  kind: "member" | "region" | "application";
  value: string;
}
