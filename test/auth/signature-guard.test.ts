import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { buildApp } from "../../src/app.ts";
import { createAccessKey } from "../../src/auth/aksk/access-key.service.ts";
import { purgeSignatureGuard, signatureGuardRows } from "../../src/auth/aksk/signature-guard.repository.ts";
import { sourceOf } from "../../src/auth/aksk/source-address.ts";
import { FAILURE_MEMORY_MS } from "../../src/auth/aksk/verify.ts";
import { createDeps } from "../../src/deps.ts";
import type { App } from "../../src/http/app-types.ts";
import { exampleIncident, TEST_MASTER_KEY } from "../../testkit/harness.ts";
import { type SignedCall, signedOptions, signedRequest } from "../helpers/signing.ts";
import { useHarness } from "../helpers/use-harness.ts";

const URL = "/incidentd/v1/catalogue";
const A = "203.0.113.7";
const B = "198.51.100.9";

describe("source addresses failed signatures are counted against", () => {
  it("takes IPv4 as is, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64", () => {
    assert.equal(sourceOf("203.0.113.7"), "203.0.113.7");
    assert.equal(sourceOf("::ffff:203.0.113.7"), "203.0.113.7");
    assert.equal(sourceOf("2001:db8:1:2:3:4:5:6"), "2001:db8:1:2::/64");
    assert.equal(sourceOf("2001:db8:1:2::9"), "2001:db8:1:2::/64");
    assert.equal(sourceOf("2001:0DB8:0001::"), "2001:db8:1:0::/64");
    assert.equal(sourceOf("::1"), "0:0:0:0::/64");
    assert.equal(sourceOf(undefined), "unknown");
  });
});

describe("AK/SK lockout per key and source address, and replay refusal, across nodes", () => {
  let secondNode: App;
  // Registered before the harness's own hook, so the second node closes before the database it shares.
  after(() => secondNode.close());
  const h = useHarness();
  before(async () => {
    // A second app over the same database: what another node sharing PostgreSQL (or the file) sees.
    secondNode = await buildApp(createDeps(h.deps.config, h.deps.db, h.clock, TEST_MASTER_KEY));
  });

  const key = (role: "reader" | "writer" = "reader") =>
    createAccessKey(h.deps, h.projectId, { name: "k", role, principal: "owner" });
  const get = (
    k: { accessKey: string; secretKey: string },
    remoteAddress: string,
    extra: Partial<SignedCall> = {},
  ) => signedRequest(h, { method: "GET", url: URL, ...k, remoteAddress, ...extra });
  const failFrom = async (accessKey: string, remoteAddress: string, times: number) => {
    for (let i = 0; i < times; i++) {
      const res = await get({ accessKey, secretKey: "wrong" }, remoteAddress);
      assert.equal(res.statusCode, 401, res.body);
    }
  };

  it("locks the key for the failing source only: the owner elsewhere and other keys keep working", async () => {
    const victim = await key();
    const bystander = await key();
    await failFrom(victim.accessKey, A, 4);
    const fifth = await get({ accessKey: victim.accessKey, secretKey: "wrong" }, A);
    assert.match(fifth.json().error_msg, /now locked for this source address for 5 minutes/);
    const lockedOut = await get(victim, A);
    assert.equal(lockedOut.statusCode, 401, "even a correct signature from the attacking source");
    assert.equal(lockedOut.json().error_code, "APIG.0301");
    assert.match(
      lockedOut.json().error_msg,
      /locked for this source address for 300 more seconds after 5 failed signatures/,
    );
    assert.equal((await get(victim, B)).statusCode, 200, "the owner from another address");
    assert.equal((await get(bystander, A)).statusCode, 200, "another key from the attacking address");
    h.clock.advance(5 * 60_000 + 1);
    assert.equal((await get(victim, A)).statusCode, 200, "the lock expires");
  });

  it("shows the latest lock to admins as the key's locked_until", async () => {
    const victim = await key();
    await failFrom(victim.accessKey, A, 5);
    const listed = await h.request({
      method: "GET",
      url: "/incidentd/v1/access-keys",
      token: h.tokens.admin,
    });
    const view = listed
      .json()
      .data.access_keys.find((k: { access_key: string }) => k.access_key === victim.accessKey);
    assert.equal(view.locked_until, h.clock.now() + 5 * 60_000);
  });

  it("enforces one node's lock on the other node sharing the database", async () => {
    const victim = await key();
    await failFrom(victim.accessKey, A, 5);
    const res = await secondNode.inject(
      signedOptions(h, { method: "GET", url: URL, ...victim, remoteAddress: A }),
    );
    assert.equal(res.statusCode, 401, res.body);
    assert.match(res.json().error_msg, /locked for this source address/);
  });

  it("restarts a source's count after its good signature, and a good one elsewhere does not reset it", async () => {
    const k = await key();
    await failFrom(k.accessKey, A, 4);
    assert.equal((await get(k, A)).statusCode, 200);
    await failFrom(k.accessKey, A, 4);
    assert.equal((await get(k, A)).statusCode, 200, "not locked: the count restarted");
    await failFrom(k.accessKey, A, 4);
    assert.equal((await get(k, B)).statusCode, 200);
    await failFrom(k.accessKey, A, 1);
    assert.equal((await get(k, A)).statusCode, 401, "B's success did not clear A's failures");
  });

  it("counts an IPv6 client's whole /64 as one source", async () => {
    const k = await key();
    for (let i = 1; i <= 5; i++) await failFrom(k.accessKey, `2001:db8:aa:bb::${i}`, 1);
    assert.equal((await get(k, "2001:db8:aa:bb::99")).statusCode, 401);
    assert.equal((await get(k, "2001:db8:aa:cc::1")).statusCode, 200);
  });

  it("refuses a signed write replayed on another node", async () => {
    h.clock.advance(1000);
    const writer = await key("writer");
    const call = { method: "POST", url: "/v1/external/incident/create", body: exampleIncident(), ...writer };
    assert.equal((await signedRequest(h, call)).statusCode, 200);
    const replayed = await secondNode.inject(signedOptions(h, call));
    assert.equal(replayed.statusCode, 401, replayed.body);
    assert.match(replayed.json().error_msg, /this signature was already used/);
  });

  it("purges seen signatures past their window and failure runs quiet for an hour, keeping the rest", async () => {
    const k = await key("writer");
    const db = h.deps.db;
    await db.deleteFrom("seen_signatures").execute();
    await db.deleteFrom("signature_failures").execute();
    const now = h.clock.now();
    await db
      .insertInto("seen_signatures")
      .values([
        { signature_hash: "old", expires_at: now - 1 },
        { signature_hash: "live", expires_at: now + 1 },
      ])
      .execute();
    const failure = { access_key: k.accessKey, failures: 1, locked_until: null };
    await db
      .insertInto("signature_failures")
      .values([
        { ...failure, source: "quiet", updated_at: now - FAILURE_MEMORY_MS - 1 },
        { ...failure, source: "recent", updated_at: now - 1 },
        { ...failure, source: "locked", updated_at: now - FAILURE_MEMORY_MS - 1, locked_until: now + 1 },
      ])
      .execute();
    await purgeSignatureGuard(db, now, FAILURE_MEMORY_MS);
    assert.deepEqual(await signatureGuardRows(db), { seen: 1, failures: 2 });
    const sources = await db.selectFrom("signature_failures").select("source").orderBy("source").execute();
    assert.deepEqual(
      sources.map((r) => r.source),
      ["locked", "recent"],
    );
  });
});
