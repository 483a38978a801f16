import { apiGet, apiSend } from "./http.ts";

export interface Alarm {
  id: string;
  name: string;
  alarm_level: string;
  status: "alarming" | "resolved";
  associate_event_id: string;
  creator_name: string;
  update_time: number;
  description: string;
}

export interface AlarmPage {
  total: number;
  alarms: Alarm[];
}

export function listAlarms(filters: { status?: string; text?: string; page: number; perPage: number }) {
  const query = new URLSearchParams({ page: String(filters.page), per_page: String(filters.perPage) });
  if (filters.status) query.set("status", filters.status);
  if (filters.text?.trim()) query.set("text", filters.text.trim());
  return apiGet<AlarmPage>(`/incidentd/v1/alarms?${query}`);
}

export const clearAlarm = (id: string) =>
  apiSend<string[]>("POST", "/v1/alarm-mgmt/alarms/cancel", { alarm_ids: id });

export interface WarRoom {
  war_room_num: string;
  title: string;
  admin: string;
  create_time: number;
  incident: { incident_id: string } | null;
  war_room_status: { id: string; name_zh: string; name_en: string };
}

export interface WarRoomPage {
  total: number;
  running_num: number;
  closed_num: number;
  list: WarRoom[];
}

export function listWarRooms(filters: { closed?: boolean; offset: number; limit: number }) {
  const status = filters.closed === undefined ? undefined : filters.closed ? ["20"] : ["1", "3", "7"];
  return apiSend<WarRoomPage>("POST", "/v1/external/warrooms/list", {
    offset: filters.offset,
    limit: filters.limit,
    ...(status ? { status } : {}),
  });
}

export const closeWarRoom = (num: string) =>
  apiSend<unknown>("POST", `/incidentd/v1/warrooms/${encodeURIComponent(num)}/close`);
