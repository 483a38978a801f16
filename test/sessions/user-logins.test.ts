import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Harness } from "../../testkit/harness.ts";
import { addPerson, signIn, signInRequest } from "../helpers/sessions.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("user passwords and roles (admin API)", () => {
  const h = useHarness();
  const admin = (options: Parameters<Harness["request"]>[0]) =>
    h.request({ token: h.tokens.admin, ...options });
  const addDirectoryUser = (id: string) =>
    admin({ method: "POST", url: "/incidentd/v1/users", payload: { id, display_name: `User ${id}` } });
  const currentRole = async (cookie: string) =>
    (
      await h.request({
        method: "GET",
        url: "/incidentd/v1/sessions/current",
        token: null,
        headers: { cookie },
      })
    ).json().data?.role;

  it("sets a password and role; the user signs in with them and is listed with the role", async () => {
    await addDirectoryUser("ivy");
    const set = await admin({
      method: "PUT",
      url: "/incidentd/v1/users/ivy/password",
      payload: { password: "ivy-secret-1", role: "reader" },
    });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(set.json().data, { user_id: "ivy", role: "reader" });
    const { response } = await signIn(h, "ivy", "ivy-secret-1");
    assert.equal(response.json().data.role, "reader");
    const users = (await admin({ method: "GET", url: "/incidentd/v1/users" })).json().data.users;
    assert.deepEqual(
      users.find((u: { id: string }) => u.id === "ivy"),
      { id: "ivy", display_name: "User ivy", email: null, role: "reader" },
    );
  });

  it("gives a first password without a role the writer role, and keeps the role on a new password", async () => {
    await addDirectoryUser("jon");
    const first = await admin({
      method: "PUT",
      url: "/incidentd/v1/users/jon/password",
      payload: { password: "jon-pass-1" },
    });
    assert.equal(first.json().data.role, "writer");
    await admin({ method: "PUT", url: "/incidentd/v1/users/jon/role", payload: { role: "admin" } });
    const again = await admin({
      method: "PUT",
      url: "/incidentd/v1/users/jon/password",
      payload: { password: "jon-pass-2" },
    });
    assert.equal(again.json().data.role, "admin");
  });

  it("ends the user's sessions when the password changes", async () => {
    const password = await addPerson(h, "kim", "writer");
    const { cookie } = await signIn(h, "kim", password);
    await admin({
      method: "PUT",
      url: "/incidentd/v1/users/kim/password",
      payload: { password: "kim-new-pass" },
    });
    const res = await h.request({
      method: "GET",
      url: "/incidentd/v1/users",
      token: null,
      headers: { cookie },
    });
    assert.equal(res.statusCode, 401);
    assert.equal((await signInRequest(h, { user_id: "kim", password })).statusCode, 401);
    await signIn(h, "kim", "kim-new-pass");
  });

  it("applies a role change to open sessions at once", async () => {
    const password = await addPerson(h, "lee", "writer");
    const { cookie } = await signIn(h, "lee", password);
    assert.equal(await currentRole(cookie), "writer");
    const changed = await admin({
      method: "PUT",
      url: "/incidentd/v1/users/lee/role",
      payload: { role: "reader" },
    });
    assert.deepEqual(changed.json().data, { user_id: "lee", role: "reader" });
    assert.equal(await currentRole(cookie), "reader");
  });

  it("refuses unknown users, users without a password, short passwords and unknown roles", async () => {
    const missing = await admin({
      method: "PUT",
      url: "/incidentd/v1/users/nope/password",
      payload: { password: "long-enough" },
    });
    assert.equal(missing.statusCode, 404);
    assert.match(missing.json().error_msg, /user not found: nope/);
    await addDirectoryUser("mo");
    const noPassword = await admin({
      method: "PUT",
      url: "/incidentd/v1/users/mo/role",
      payload: { role: "admin" },
    });
    assert.equal(noPassword.statusCode, 404);
    assert.match(noPassword.json().error_msg, /has no password yet/);
    const short = await admin({
      method: "PUT",
      url: "/incidentd/v1/users/mo/password",
      payload: { password: "short" },
    });
    assert.equal(short.statusCode, 400);
    assert.match(short.json().error_msg, /^password: /);
    assert.doesNotMatch(short.body, /"short"/, "the refusal does not repeat the password");
    const role = await admin({
      method: "PUT",
      url: "/incidentd/v1/users/mo/role",
      payload: { role: "root" },
    });
    assert.equal(role.statusCode, 400);
  });

  it("signs a user id with passwords in two projects in to the one whose password matches", async () => {
    const other = "proj-other";
    const mainPassword = await addPerson(h, "nia", "reader");
    await addPerson(h, "nia", "admin", "nia-other-pass", other);
    assert.equal((await signIn(h, "nia", mainPassword)).response.json().data.project_id, h.projectId);
    assert.equal((await signIn(h, "nia", "nia-other-pass")).response.json().data.project_id, other);
    await addPerson(h, "oz", "reader", "same-password");
    await addPerson(h, "oz", "writer", "same-password", other);
    const ambiguous = await signInRequest(h, { user_id: "oz", password: "same-password" });
    assert.equal(ambiguous.statusCode, 400, ambiguous.body);
    assert.match(ambiguous.json().error_msg, /^project_id: /);
    const named = await signInRequest(h, { user_id: "oz", password: "same-password", project_id: other });
    assert.equal(named.statusCode, 200, named.body);
    assert.equal(named.json().data.role, "writer");
    const wrongProject = await signInRequest(h, {
      user_id: "nia",
      password: mainPassword,
      project_id: other,
    });
    assert.equal(wrongProject.statusCode, 401);
  });
});
