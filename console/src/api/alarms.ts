import { type Answer, api, call, type Query } from "./client.ts";

export type AlarmPage = Answer<"/incidentd/v1/alarms", "get">;
export type Alarm = AlarmPage["alarms"][number];

export function listAlarms(filters: { status?: string; text?: string; page: number; perPage: number }) {
  const text = filters.text?.trim();
  const query = {
    page: filters.page,
    per_page: filters.perPage,
    ...(filters.status ? { status: [filters.status] as AlarmQuery["status"] } : {}),
    ...(text ? { text } : {}),
  };
  return call(api.GET("/incidentd/v1/alarms", { params: { query } }));
}
type AlarmQuery = Query<"/incidentd/v1/alarms", "get">;

export const clearAlarm = (id: string) =>
  call(api.POST("/v1/alarm-mgmt/alarms/cancel", { body: { alarm_ids: id } }));

export type WarRoomPage = Answer<"/v1/external/warrooms/list", "post">;
export type WarRoom = WarRoomPage["list"][number];

export function listWarRooms(filters: { closed?: boolean; offset: number; limit: number }) {
  const status = filters.closed === undefined ? undefined : filters.closed ? ["20"] : ["1", "3", "7"];
  const body = { offset: filters.offset, limit: filters.limit, ...(status ? { status } : {}) };
  return call(api.POST("/v1/external/warrooms/list", { body }));
}

export const closeWarRoom = (num: string) =>
  call(api.POST("/incidentd/v1/warrooms/{war_room_num}/close", { params: { path: { war_room_num: num } } }));
