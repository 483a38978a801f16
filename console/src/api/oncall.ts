import { useQueries, useQuery } from "@tanstack/react-query";
import { type Answer, api, type Body, call } from "./client.ts";

export type Shift = NonNullable<
  Answer<"/incidentd/v1/oncall/scenes/{scene_id}/roles/{role_id}/oncall", "get">
>;
export type Override = Body<"/incidentd/v1/oncall/scenes/{scene_id}/overrides", "post">;
/** The scene document as `GET …/scenes/{scene_id}` answers it (rotations are shown as JSON only). */
export type SceneDocument = Answer<"/incidentd/v1/oncall/scenes/{scene_id}", "get">;
export type RoleTimeline = Answer<"/incidentd/v1/oncall/scenes/{scene_id}/timeline", "get">["roles"][number];
export type UserShift = Answer<"/incidentd/v1/oncall/users/{user_id}/shifts", "get">["shifts"][number];

const range = (from: number, to: number) => ({
  from: new Date(from).toISOString(),
  to: new Date(to).toISOString(),
});
const scene = (sceneId: string) => ({ scene_id: sceneId });

export function useScenes() {
  return useQuery({
    queryKey: ["oncall", "scenes"],
    queryFn: () => call(api.GET("/incidentd/v1/oncall/scenes")),
  });
}

export const sceneQuery = (sceneId: string) => ({
  queryKey: ["oncall", "scene", sceneId],
  queryFn: () =>
    call(api.GET("/incidentd/v1/oncall/scenes/{scene_id}", { params: { path: scene(sceneId) } })),
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
    queryFn: () =>
      call(
        api.GET("/incidentd/v1/oncall/scenes/{scene_id}/roles/{role_id}/oncall", {
          params: { path: { scene_id: sceneId, role_id: roleId } },
        }),
      ),
    refetchInterval: 60_000,
  });
}

export function useTimeline(sceneId: string, from: number, to: number) {
  return useQuery({
    queryKey: ["oncall", "timeline", sceneId, from, to],
    queryFn: () =>
      call(
        api.GET("/incidentd/v1/oncall/scenes/{scene_id}/timeline", {
          params: { path: scene(sceneId), query: range(from, to) },
        }),
      ),
    // Read again every minute: another person's override appears, and the "now" line moves on.
    refetchInterval: 60_000,
  });
}

export function useUserShifts(userId: string | undefined, from: number, to: number) {
  return useQuery({
    queryKey: ["oncall", "shifts", userId, from, to],
    queryFn: () =>
      call(
        api.GET("/incidentd/v1/oncall/users/{user_id}/shifts", {
          params: { path: { user_id: userId ?? "" }, query: range(from, to) },
        }),
      ),
    enabled: Boolean(userId),
  });
}

export const addOverride = (sceneId: string, override: Override) =>
  call(
    api.POST("/incidentd/v1/oncall/scenes/{scene_id}/overrides", {
      params: { path: scene(sceneId) },
      body: override,
    }),
  );
