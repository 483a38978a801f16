import { type Answer, api, type Body, call, type Query } from "./client.ts";

export type AlarmPage = Answer<"/incidentd/v1/alarms", "get">;
export type Alarm = AlarmPage["alarms"][number];

export function listAlarms(filters: {
  status?: string;
  text?: string;
  incidentNum?: string;
  page: number;
  perPage: number;
}) {
  const text = filters.text?.trim();
  const query = {
    page: filters.page,
    per_page: filters.perPage,
    ...(filters.status ? { status: [filters.status] as AlarmQuery["status"] } : {}),
    ...(text ? { text } : {}),
    ...(filters.incidentNum ? { incident_num: filters.incidentNum } : {}),
  };
  return call(api.GET("/incidentd/v1/alarms", { params: { query } }));
}
type AlarmQuery = Query<"/incidentd/v1/alarms", "get">;

export const clearAlarm = (id: string) =>
  call(api.POST("/v1/alarm-mgmt/alarms/cancel", { body: { alarm_ids: id } }));

export const showAlarm = (id: string) =>
  call(api.GET("/v1/alarm-mgmt/alarm/{alarm_id}", { params: { path: { alarm_id: id } } }));

export type AlarmTransfer = Body<"/v1/alarm-mgmt/alarms-linked-incident", "post">;

/** TransferAlarmToIncident: the new incident's number. */
export const transferAlarms = async (body: AlarmTransfer) =>
  (await call(api.POST("/v1/alarm-mgmt/alarms-linked-incident", { body })))[0] ?? "";

export type WarRoomPage = Answer<"/v1/external/warrooms/list", "post">;
export type WarRoom = WarRoomPage["list"][number];

export function listWarRooms(filters: { closed?: boolean; offset: number; limit: number; nums?: string[] }) {
  const status = filters.closed === undefined ? undefined : filters.closed ? ["20"] : ["1", "3", "7"];
  const body = {
    offset: filters.offset,
    limit: filters.limit,
    ...(status ? { status } : {}),
    // Named WarRooms: COC then ignores every other filter, the 30-day window too.
    ...(filters.nums ? { war_room_nums: filters.nums } : {}),
  };
  return call(api.POST("/v1/external/warrooms/list", { body }));
}

export const closeWarRoom = (num: string) =>
  call(api.POST("/incidentd/v1/warrooms/{war_room_num}/close", { params: { path: { war_room_num: num } } }));

export type NewWarRoom = Body<"/v1/external/warrooms", "post">;

/** CreateWarRoom: the new WarRoom's number. */
export const startWarRoom = (body: NewWarRoom) => call(api.POST("/v1/external/warrooms", { body }));
