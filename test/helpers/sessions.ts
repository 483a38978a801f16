import assert from "node:assert/strict";
import type { LightMyRequestResponse } from "fastify";
import type { Role } from "../../src/auth/credential.ts";
import { addUser } from "../../src/directory/directory.service.ts";
import { setUserPassword } from "../../src/directory/user-login.service.ts";
import type { Harness } from "../../testkit/harness.ts";

/** A directory user of the harness's project (or `projectId`) who signs in with `password` and `role`. */
export async function addPerson(
  h: Harness,
  id: string,
  role: Role,
  password = `pw-of-${id}-123`,
  projectId = h.projectId,
): Promise<string> {
  await addUser(h.deps, projectId, { id, displayName: `Person ${id}` });
  await setUserPassword(h.deps, projectId, id, { password, role });
  return password;
}

export interface SignedIn {
  /** The Cookie header to send. */
  cookie: string;
  csrf: string;
  response: LightMyRequestResponse;
}

export function signInRequest(
  h: Harness,
  body: Record<string, unknown>,
  remoteAddress = "127.0.0.1",
): Promise<LightMyRequestResponse> {
  return h.request({
    method: "POST",
    url: "/incidentd/v1/sessions",
    payload: body,
    token: null,
    remoteAddress,
  });
}

/** Signs in and returns the cookie and CSRF token (fails the test unless it succeeds). */
export async function signIn(
  h: Harness,
  userId: string,
  password: string,
  remoteAddress?: string,
): Promise<SignedIn> {
  const response = await signInRequest(h, { user_id: userId, password }, remoteAddress);
  assert.equal(response.statusCode, 200, response.body);
  const setCookie = String(response.headers["set-cookie"]);
  const cookie = setCookie.split(";")[0] ?? "";
  assert.match(cookie, /^incidentd_session=[A-Za-z0-9_-]{20,}$/);
  return { cookie, csrf: response.json().data.csrf_token, response };
}
