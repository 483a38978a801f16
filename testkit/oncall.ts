import assert from "node:assert/strict";
import type { Harness } from "./harness.ts";

/**
 * Defines an on-call scene whose roles each have one person on call around the clock (a daily UTC
 * rotation from 2020 on), adding those people to the directory: for tests that use COC's scene + role.
 */
export async function putSimpleScene(
  h: Harness,
  sceneId: string,
  roles: Record<string, string>,
): Promise<void> {
  for (const user of new Set(Object.values(roles))) {
    const res = await h.request({
      method: "POST",
      url: "/incidentd/v1/users",
      payload: { id: user, display_name: user },
      token: h.tokens.admin,
    });
    assert.equal(res.statusCode, 200, res.body);
  }
  const document = {
    name: sceneId,
    roles: Object.entries(roles).map(([role_id, user]) => ({
      role_id,
      name: role_id,
      rotations: [
        { participants: [user], shift: "P1D", handoff: "00:00", time_zone: "UTC", start: "2020-01-01" },
      ],
    })),
  };
  const res = await h.request({
    method: "PUT",
    url: `/incidentd/v1/oncall/scenes/${encodeURIComponent(sceneId)}`,
    payload: document,
    token: h.tokens.admin,
  });
  assert.equal(res.statusCode, 200, res.body);
}
