import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createAccessKey } from "../../src/auth/aksk/access-key.service.ts";
import { resetSignatureFailures } from "../../src/auth/aksk/signature-guard.repository.ts";
import { createProject } from "../../src/projects/project.service.ts";
import { useHarness } from "../helpers/use-harness.ts";

const AK = "ACCEPTANCEAK00000000";
const SK = "acceptance-secret-key-0000000000000000000";
const PROJECT = "0123456789abcdef0123456789abcdef";
const headers = (signature: string) => ({
  "content-type": "application/json",
  "x-project-id": PROJECT,
  "x-sdk-date": "20240102T030405Z",
  host: "127.0.0.1:18080",
  authorization: `SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=${signature}`,
});
const BODY_B =
  '{"incident_level":"level_40","is_service_interrupt":"false","incident_type":"inc_type_p_security_issues","incident_title":"disk full","incident_source":"incident_source_manual","creator":"user-001","incident_assignee":["user-002"]}';

/** The SDK's three captured requests (the vectors in signature.test.ts), sent byte for byte. */
const VECTORS = [
  {
    name: "A (detail)",
    method: "GET",
    url: "/v1/external/incident/IM202401020304050000000001",
    body: "",
    signature: "fed76943835fcfa4dc5e6c578528c91d82831beac39ab7cf4cb4145047b1feaf",
    passes: [400],
  },
  {
    name: "B (create)",
    method: "POST",
    url: "/v1/external/incident/create",
    body: BODY_B,
    signature: "255be97f7404b0bd2b74be67cfb9780c86b9e97022b4e389003e79c27a4a2675",
    passes: [200],
  },
  {
    name: "C (simple list)",
    method: "GET",
    url: "/v1/incident-tickets?offset=1&limit=10",
    body: "",
    signature: "026b291e680a2fffbbb5565ff54e1e92ce43cec8e9c2b766932d46ec30838198",
    passes: [200],
  },
] as const;

describe("the SDK's captured requests against the server", () => {
  const h = useHarness();
  before(async () => {
    h.clock.current = Date.UTC(2024, 0, 2, 3, 4, 5);
    await createProject(h.deps, { id: PROJECT });
    await createAccessKey(
      h.deps,
      PROJECT,
      { name: "acceptance", role: "admin", principal: "user-001" },
      { accessKey: AK, secretKey: SK },
    );
  });

  const send = (
    v: (typeof VECTORS)[number],
    change: { url?: string; body?: string; headers?: Record<string, string> } = {},
  ) =>
    h.app.inject({
      method: v.method,
      url: change.url ?? v.url,
      headers: { ...headers(v.signature), ...change.headers },
      ...((change.body ?? v.body) ? { payload: change.body ?? v.body } : {}),
    });

  const expect401 = async (response: Awaited<ReturnType<typeof send>>, reason: RegExp) => {
    assert.equal(response.statusCode, 401, response.body);
    assert.equal(response.json().error_code, "APIG.0301");
    assert.match(response.json().error_msg, reason);
    await resetSignatureFailures(h.deps.db, AK);
  };

  for (const v of VECTORS) {
    it(`verifies ${v.name} exactly as the SDK sent it`, async () => {
      const res = await send(v);
      assert.ok((v.passes as readonly number[]).includes(res.statusCode), res.body);
    });
    it(`refuses ${v.name} with one byte of a signed header changed`, async () => {
      await expect401(await send(v, { headers: { host: "127.0.0.1:18081" } }), /signature does not match/);
      await expect401(
        await send(v, { headers: { "content-type": "application/jsoN" } }),
        /signature does not match/,
      );
    });
    it(`refuses ${v.name} with the signature changed or the clock 16 minutes away`, async () => {
      await expect401(
        await send(v, {
          headers: {
            authorization: headers(v.signature).authorization.replace(/.$/, (c) => (c === "0" ? "1" : "0")),
          },
        }),
        /signature does not match/,
      );
      h.clock.current += 16 * 60_000;
      await expect401(await send(v), /X-Sdk-Date is more than 15 minutes away/);
      h.clock.current -= 32 * 60_000;
      await expect401(await send(v), /X-Sdk-Date is more than 15 minutes away/);
      h.clock.current = Date.UTC(2024, 0, 2, 3, 4, 5);
    });
  }

  it("refuses A with one byte of the path changed", async () => {
    const a = VECTORS[0];
    await expect401(await send(a, { url: a.url.replace(/1$/, "2") }), /signature does not match/);
  });

  it("refuses B with one byte of the body changed", async () => {
    await expect401(
      await send(VECTORS[1], { body: BODY_B.replace("disk full", "disk fulL") }),
      /signature does not match/,
    );
  });

  it("refuses C with one byte of the query changed", async () => {
    await expect401(
      await send(VECTORS[2], { url: "/v1/incident-tickets?offset=1&limit=11" }),
      /signature does not match/,
    );
  });

  it("refuses an unknown access key with its own reason", async () => {
    const v = VECTORS[0];
    await expect401(
      await send(v, {
        headers: { authorization: headers(v.signature).authorization.replace(AK, "UNKNOWNAK00000000000") },
      }),
      /the access key \(AK\) is unknown/,
    );
  });
});
