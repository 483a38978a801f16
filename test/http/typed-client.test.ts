import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { before, describe, it } from "node:test";
import createClient from "openapi-fetch";
import type { paths } from "../../console/src/api/schema.d.ts";
import { useHarness } from "../helpers/use-harness.ts";

// The README's "Typed API client": the generated types with openapi-fetch, over HTTP, with a token.
describe("the typed API client (console/src/api/schema.d.ts + openapi-fetch)", () => {
  const h = useHarness();
  let baseUrl = "";
  before(async () => {
    await h.app.listen({ host: "127.0.0.1", port: 0 });
    baseUrl = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  });
  const client = (token: string) => createClient<paths>({ baseUrl, headers: { "X-Auth-Token": token } });

  it("creates a token through the admin API and the new token works", async () => {
    const admin = client(h.tokens.admin);
    const { data, error } = await admin.POST("/incidentd/v1/tokens", {
      body: { name: "ci", principal: "wendy", role: "writer" },
    });
    assert.equal(error, undefined);
    assert.ok(data);
    assert.equal(data.data.role, "writer");
    const listed = await client(data.data.token).GET("/incidentd/v1/catalogue");
    assert.equal(listed.response.status, 200);
    const tokens = await admin.GET("/incidentd/v1/tokens");
    assert.ok(tokens.data?.data.tokens.some((t) => t.id === data.data.id && t.principal === "wendy"));
  });

  it("sends path and query parameters where the document puts them, and gives the error envelope", async () => {
    const reader = client(h.tokens.reader);
    const alarms = await reader.GET("/incidentd/v1/alarms", {
      params: { query: { status: ["alarming", "resolved"], per_page: 5 } },
    });
    assert.equal(alarms.response.status, 200);
    assert.deepEqual(alarms.data?.data.alarms, []);
    const refused = await reader.PUT("/incidentd/v1/users/{user_id}/role", {
      params: { path: { user_id: "wendy" } },
      body: { role: "admin" },
    });
    assert.equal(refused.response.status, 403);
    assert.equal(refused.error?.error_code, "APIG.0302");
    const missing = await client(h.tokens.admin).GET("/v1/external/incident/{incident_num}", {
      params: { path: { incident_num: "IM0000000000000000000" } },
    });
    assert.equal(missing.response.status, 400);
    assert.match(missing.error?.error_msg ?? "", /./);
  });
});
