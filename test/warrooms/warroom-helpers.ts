import type { Harness } from "../../testkit/harness.ts";

/** The Terraform provider's CreateWarRoom example for the given incident. */
export function exampleWarRoom(incidentNum: string, overrides: Record<string, unknown> = {}) {
  return {
    war_room_name: "wr-test",
    application_id_list: ["app001"],
    incident_number: incidentNum,
    war_room_admin: "00909e0a9c0a49a1b5e1c3eac362e3d7",
    enterprise_project_id: "0",
    schedule_group: [{ role_id: "role-1", scene_id: "scene-1" }],
    ...overrides,
  };
}

export function postWarRoom(h: Harness, body: Record<string, unknown>, token?: string) {
  return h.request({ method: "POST", url: "/v1/external/warrooms", payload: body, token });
}

export async function createWarRoomVia(h: Harness, body: Record<string, unknown>, token?: string) {
  const res = await postWarRoom(h, body, token);
  if (res.statusCode !== 200) throw new Error(`create warroom failed: ${res.statusCode} ${res.body}`);
  return res.json().data as string;
}

export interface ListData {
  list: Array<Record<string, unknown> & { war_room_num: string }>;
  total: number;
  running_num: number;
  closed_num: number;
  total_num: number;
}

export async function listWarRoomsVia(h: Harness, body: Record<string, unknown> = {}, token?: string) {
  const res = await h.request({ method: "POST", url: "/v1/external/warrooms/list", payload: body, token });
  if (res.statusCode !== 200) throw new Error(`list warrooms failed: ${res.statusCode} ${res.body}`);
  return res.json().data as ListData;
}
