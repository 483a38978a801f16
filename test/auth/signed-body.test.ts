import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { before, describe, it } from "node:test";
import { createAccessKey } from "../../src/auth/aksk/access-key.service.ts";
import { authorizationHeader, formatSdkDate } from "../../src/auth/aksk/signature.ts";
import { signedRequest } from "../helpers/signing.ts";
import { useHarness } from "../helpers/use-harness.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const TOKENS = "/incidentd/v1/tokens";

describe("AK/SK: the signature covers the body received", () => {
  let admin: { accessKey: string; secretKey: string };
  const h = useHarness();
  before(async () => {
    admin = await createAccessKey(h.deps, h.projectId, { name: "a", role: "admin", principal: "root" });
  });

  /** The headers and body of a request an observer captured: POST /tokens for a reader, signed by admin. */
  const captured = (extraSigned: Record<string, string> = {}) => {
    const body = JSON.stringify({ name: "ci", role: "reader", principal: "ci-bot" });
    const headers: Record<string, string> = {
      "content-type": "application/json",
      host: "127.0.0.1:18080",
      "x-sdk-date": formatSdkDate(h.clock.now()),
      "x-project-id": h.projectId,
      ...extraSigned,
    };
    const authorization = authorizationHeader(admin.accessKey, admin.secretKey, {
      method: "POST",
      path: TOKENS,
      query: "",
      headers,
      body,
    });
    return { body, headers: { ...headers, authorization } };
  };
  const send = (headers: Record<string, string>, payload: string) =>
    h.app.inject({ method: "POST", url: TOKENS, headers, payload });
  const adminBody = JSON.stringify({ name: "x", role: "admin", principal: "mallory" });

  it("refuses a swapped body carrying an unsigned X-Sdk-Content-Sha256 of the signed body", async () => {
    const original = captured();
    const res = await send({ ...original.headers, "x-sdk-content-sha256": sha256(original.body) }, adminBody);
    assert.equal(res.statusCode, 401, res.body);
    assert.equal(res.json().error_code, "APIG.0301");
    assert.match(res.json().error_msg, /the signature does not match/);
    const tokens = await h.deps.db.selectFrom("tokens").select("principal").execute();
    assert.ok(!tokens.some((t) => t.principal === "mallory"), "no token was issued");
  });

  it("refuses a signed X-Sdk-Content-Sha256 that is not the hash of the body received", async () => {
    h.clock.advance(1000);
    const original = captured({ "x-sdk-content-sha256": sha256(JSON.stringify({ other: 1 })) });
    const res = await send(original.headers, original.body);
    assert.equal(res.statusCode, 401, res.body);
    assert.match(res.json().error_msg, /X-Sdk-Content-Sha256 is not the SHA-256 of the body received/);
  });

  it("accepts a signed X-Sdk-Content-Sha256 that is the hash of the body received", async () => {
    h.clock.advance(1000);
    const body = JSON.stringify({ name: "ci", role: "reader", principal: "ci-bot" });
    const original = captured({ "x-sdk-content-sha256": sha256(body) });
    const res = await send(original.headers, original.body);
    assert.equal(res.statusCode, 200, res.body);
  });

  it("refuses UNSIGNED-PAYLOAD on a JSON route, even when signed", async () => {
    h.clock.advance(1000);
    const original = captured({ "x-sdk-content-sha256": "UNSIGNED-PAYLOAD" });
    const res = await send(original.headers, adminBody);
    assert.equal(res.statusCode, 401, res.body);
    assert.match(res.json().error_msg, /UNSIGNED-PAYLOAD is accepted only on attachment uploads/);
  });

  it("refuses an exact replay of a signed state-changing request, with 401 naming the replay", async () => {
    h.clock.advance(1000);
    const original = captured();
    assert.equal((await send(original.headers, original.body)).statusCode, 200);
    const replayed = await send(original.headers, original.body);
    assert.equal(replayed.statusCode, 401, replayed.body);
    assert.equal(replayed.json().error_code, "APIG.0301");
    assert.match(replayed.json().error_msg, /this signature was already used/);
  });

  it("accepts the same request signed again a second later (a new X-Sdk-Date, a new signature)", async () => {
    h.clock.advance(1000);
    const first = captured();
    assert.equal((await send(first.headers, first.body)).statusCode, 200);
    h.clock.advance(1000);
    const second = captured();
    assert.equal((await send(second.headers, second.body)).statusCode, 200);
  });

  it("lets a read be repeated with the same signature (GET, and POST queries open to readers)", async () => {
    h.clock.advance(1000);
    for (const call of [
      { method: "GET", url: "/incidentd/v1/catalogue" },
      { method: "POST", url: "/v2/incidents/list", body: { page: 1, per_page: 10 } },
    ]) {
      for (let i = 0; i < 2; i++) {
        const res = await signedRequest(h, { ...call, ...admin });
        assert.equal(res.statusCode, 200, `${call.method} ${call.url} #${i + 1}: ${res.body}`);
      }
    }
  });
});
