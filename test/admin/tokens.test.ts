import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hashToken } from "../../src/auth/credential.ts";
import { exampleIncident, type Harness } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("token administration", () => {
  const h = useHarness();

  const admin = (options: Parameters<Harness["request"]>[0]) =>
    h.request({ token: h.tokens.admin, ...options });

  it("creates a token, shows its secret once, and the token works with its role", async () => {
    const res = await admin({
      method: "POST",
      url: "/incidentd/v1/tokens",
      payload: { name: "ci", role: "writer", principal: "bot-1" },
    });
    assert.equal(res.statusCode, 200, res.body);
    const created = res.json().data;
    assert.match(created.token, /^idt_[A-Za-z0-9_-]{43}$/);
    assert.equal(created.role, "writer");
    assert.equal(created.principal, "bot-1");
    assert.equal(created.revoked_at, null);
    const write = await h.request({
      method: "POST",
      url: "/v1/external/incident/create",
      payload: exampleIncident(),
      token: created.token,
    });
    assert.equal(write.statusCode, 200);

    const listed = (await admin({ method: "GET", url: "/incidentd/v1/tokens" })).json().data.tokens;
    const entry = listed.find((t: { id: string }) => t.id === created.id);
    assert.deepEqual(Object.keys(entry).sort(), [
      "act_as_others",
      "created_at",
      "id",
      "name",
      "principal",
      "revoked_at",
      "role",
    ]);
    assert.doesNotMatch(JSON.stringify(listed), new RegExp(created.token));
  });

  it("stores only a hash of the token", async () => {
    const created = (
      await admin({
        method: "POST",
        url: "/incidentd/v1/tokens",
        payload: { name: "h", role: "reader", principal: "p" },
      })
    ).json().data;
    const row = await h.deps.db
      .selectFrom("tokens")
      .selectAll()
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.token_hash, hashToken(created.token));
    assert.doesNotMatch(JSON.stringify(row), new RegExp(created.token));
  });

  it("revokes a token so that it is refused at once and listed with revoked_at", async () => {
    const created = (
      await admin({
        method: "POST",
        url: "/incidentd/v1/tokens",
        payload: { name: "r", role: "reader", principal: "p" },
      })
    ).json().data;
    assert.equal((await h.request({ method: "GET", url: "/healthz", token: created.token })).statusCode, 200);
    assert.equal(
      (await h.request({ method: "GET", url: "/incidentd/v1/users", token: created.token })).statusCode,
      200,
    );
    const revoked = await admin({ method: "DELETE", url: `/incidentd/v1/tokens/${created.id}` });
    assert.equal(revoked.statusCode, 200, revoked.body);
    const refused = await h.request({ method: "GET", url: "/incidentd/v1/users", token: created.token });
    assert.equal(refused.statusCode, 401);
    const listed = (await admin({ method: "GET", url: "/incidentd/v1/tokens" })).json().data.tokens;
    assert.equal(listed.find((t: { id: string }) => t.id === created.id).revoked_at, h.clock.now());
  });

  it("answers revoking an unknown token with 404", async () => {
    const res = await admin({ method: "DELETE", url: "/incidentd/v1/tokens/no-such-token" });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error_code, "IDT.00000404");
  });

  it("cannot revoke another project's token", async () => {
    const own = (await admin({ method: "GET", url: "/incidentd/v1/tokens" })).json().data.tokens[0];
    const res = await h.request({
      method: "DELETE",
      url: `/incidentd/v1/tokens/${own.id}`,
      token: h.otherProjectToken,
    });
    assert.equal(res.statusCode, 404);
    assert.equal((await admin({ method: "GET", url: "/incidentd/v1/tokens" })).statusCode, 200);
  });

  it("lists only the caller's project tokens", async () => {
    const other = (
      await h.request({ method: "GET", url: "/incidentd/v1/tokens", token: h.otherProjectToken })
    ).json().data.tokens;
    assert.deepEqual(
      other.map((t: { name: string }) => t.name),
      ["other"],
    );
  });

  for (const [payload, message] of [
    [{ name: "x", role: "root", principal: "p" }, /^role: must be one of admin, writer, reader, metrics$/],
    [{ name: "", role: "reader", principal: "p" }, /^name: must not be empty$/],
    [{ name: "x", role: "reader" }, /^principal: is required$/],
    [
      { name: "x", role: "reader", principal: "p".repeat(256) },
      /^principal: must be at most 255 characters$/,
    ],
  ] as const) {
    it(`rejects token input ${JSON.stringify(payload).slice(0, 60)} with a message naming the field`, async () => {
      const res = await admin({ method: "POST", url: "/incidentd/v1/tokens", payload });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.match(res.json().error_msg, message);
    });
  }
});
