import { useQueries, useQuery } from "@tanstack/react-query";
import { apiGet, apiSend } from "./http.ts";

const BASE = "/incidentd/v1/oncall";

export interface Shift {
  user_id: string;
  display_name: string;
  /** ISO-8601 (UTC). */
  shift_start: string;
  /** ISO-8601 (UTC), exclusive. */
  shift_end: string;
  source: "rotation" | "override";
}

export interface Override {
  role_id: string;
  user_id: string;
  start: string;
  end: string;
  replaces?: string | null;
}

/** The scene document as `GET …/scenes/{scene_id}` answers it (rotations are shown as JSON only). */
export interface SceneDocument {
  scene_id: string;
  version: number;
  name: string;
  roles: { role_id: string; name: string; rotations: unknown[] }[];
  overrides?: Override[];
  escalation?: unknown;
}

export interface RoleTimeline {
  role_id: string;
  shifts: Shift[];
}

export type UserShift = Shift & { scene_id: string; role_id: string };

const enc = encodeURIComponent;
const range = (from: number, to: number) =>
  new URLSearchParams({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });

export function useScenes() {
  return useQuery({
    queryKey: ["oncall", "scenes"],
    queryFn: () => apiGet<{ scenes: { scene_id: string; name: string }[] }>(`${BASE}/scenes`),
  });
}

export const sceneQuery = (sceneId: string) => ({
  queryKey: ["oncall", "scene", sceneId],
  queryFn: () => apiGet<SceneDocument>(`${BASE}/scenes/${enc(sceneId)}`),
});

export function useScene(sceneId: string) {
  return useQuery(sceneQuery(sceneId));
}

/** Every listed scene's document (roles and their names), in the list's order. */
export function useSceneDocuments(sceneIds: string[]) {
  return useQueries({ queries: sceneIds.map(sceneQuery) });
}

/** Who is on call for a role now; re-read every minute so a hand-off shows without a reload. */
export function useOnCallNow(sceneId: string, roleId: string) {
  return useQuery({
    queryKey: ["oncall", "now", sceneId, roleId],
    queryFn: () => apiGet<Shift | null>(`${BASE}/scenes/${enc(sceneId)}/roles/${enc(roleId)}/oncall`),
    refetchInterval: 60_000,
  });
}

export function useTimeline(sceneId: string, from: number, to: number) {
  return useQuery({
    queryKey: ["oncall", "timeline", sceneId, from, to],
    queryFn: () =>
      apiGet<{ roles: RoleTimeline[] }>(`${BASE}/scenes/${enc(sceneId)}/timeline?${range(from, to)}`),
    // Read again every minute: another person's override appears, and the "now" line moves on.
    refetchInterval: 60_000,
  });
}

export function useUserShifts(userId: string | undefined, from: number, to: number) {
  return useQuery({
    queryKey: ["oncall", "shifts", userId, from, to],
    queryFn: () =>
      apiGet<{ shifts: UserShift[] }>(`${BASE}/users/${enc(userId ?? "")}/shifts?${range(from, to)}`),
    enabled: Boolean(userId),
  });
}

export const addOverride = (sceneId: string, override: Override) =>
  apiSend<SceneDocument>("POST", `${BASE}/scenes/${enc(sceneId)}/overrides`, override);
