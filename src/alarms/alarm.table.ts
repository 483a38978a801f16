export interface AlarmTable {
  /** Internal row id (UUID); clients name alarms by `alarm_id`, unique per project. */
  id: string;
  project_id: string;
  /** The id the source reported (custom `alarmId`, Alertmanager `fingerprint`). */
  alarm_id: string;
  /** The integration that first reported it (no foreign key: alarms outlive deleted integrations). */
  integration_id: string | null;
  /** `custom` or `prometheus`. */
  kind: string;
  name: string;
  /** COC alarmLevel: Critical, Major, Minor, Info. */
  level: string;
  /** `alarming` or `resolved` (ShowAlarm's vocabulary). */
  status: string;
  description: string;
  name_space: string | null;
  region_id: string | null;
  application_id: string | null;
  resource_name: string | null;
  resource_id: string | null;
  url: string | null;
  alarm_source: string;
  /** JSON object: custom `additional`, or the Alertmanager labels, annotations and group fields. */
  additional: string | null;
  /** Sender's time of the first occurrence of the current firing episode. */
  first_occur_time: number;
  /** incidentd's receipt time of the latest firing report of the episode. */
  last_occur_time: number;
  recovery_time: number | null;
  converge_count: number;
  /** 1 for the first firing episode, +1 each time the alarm fires again after its recovery. */
  episode: number;
  /** The incident linked to the current episode (AlarmInfoDTO associate_event_id). */
  incident_num: string | null;
  remarks: string | null;
  cleared_by: string | null;
  create_time: number;
  update_time: number;
  /** +1 on every change; a rules processor settles the revision it looked at. */
  revision: number;
  /** Non-null while a change awaits the transfer-rules processor: the time of the oldest unseen change. */
  rules_pending_since: number | null;
  rules_claimed_by: string | null;
  rules_claimed_until: number | null;
}

/** Every alarm ↔ incident link ever made (the alarm row only shows the current episode's). */
export interface AlarmIncidentTable {
  alarm_row_id: string;
  incident_num: string;
  project_id: string;
  episode: number;
  linked_by: string;
  create_time: number;
}
