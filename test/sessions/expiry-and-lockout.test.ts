import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SIGN_IN_LOCK_AFTER, SIGN_IN_LOCK_MS } from "../../src/auth/sessions/sign-in-guard.ts";
import type { Harness } from "../../testkit/harness.ts";
import { addPerson, signIn, signInRequest } from "../helpers/sessions.ts";
import { useHarness } from "../helpers/use-harness.ts";

const MINUTE = 60_000;
const current = (h: Harness, cookie: string) =>
  h.request({ method: "GET", url: "/incidentd/v1/users", token: null, headers: { cookie } });

describe("session expiry", () => {
  const h = useHarness({
    config: { sessions: { idleMs: 60 * MINUTE, absoluteMs: 180 * MINUTE, signInPerMinute: 60 } },
  });

  it("ends a session left unused for the idle limit", async () => {
    const password = await addPerson(h, "idle", "reader");
    const { cookie } = await signIn(h, "idle", password);
    h.clock.advance(59 * MINUTE);
    assert.equal((await current(h, cookie)).statusCode, 200);
    h.clock.advance(60 * MINUTE);
    const res = await current(h, cookie);
    assert.equal(res.statusCode, 401, res.body);
    assert.match(res.json().error_msg, /session is unknown, expired or signed out/);
  });

  it("keeps a used session alive, but not past the absolute limit", async () => {
    const password = await addPerson(h, "busy", "reader");
    const { cookie } = await signIn(h, "busy", password);
    for (let elapsed = 50; elapsed < 180; elapsed += 50) {
      h.clock.advance(50 * MINUTE);
      assert.equal((await current(h, cookie)).statusCode, 200, `at ${elapsed} minutes`);
    }
    h.clock.advance(30 * MINUTE);
    assert.equal((await current(h, cookie)).statusCode, 401);
  });

  it("reports the earlier of the two limits as expires_at", async () => {
    const password = await addPerson(h, "late", "reader");
    const { cookie, response } = await signIn(h, "late", password);
    const signedInAt = h.clock.now();
    assert.equal(response.json().data.expires_at, signedInAt + 60 * MINUTE);
    const expiresAt = async () =>
      (
        await h.request({
          method: "GET",
          url: "/incidentd/v1/sessions/current",
          token: null,
          headers: { cookie },
        })
      ).json().data.expires_at;
    h.clock.advance(50 * MINUTE);
    assert.equal(await expiresAt(), signedInAt + 110 * MINUTE);
    h.clock.advance(50 * MINUTE);
    assert.equal(await expiresAt(), signedInAt + 160 * MINUTE);
    h.clock.advance(50 * MINUTE);
    // Idle would end it at 150 + 60 minutes; the absolute limit comes first.
    assert.equal(await expiresAt(), signedInAt + 180 * MINUTE);
  });

  it("records a session's use at most once a minute", async () => {
    const password = await addPerson(h, "touch", "reader");
    const { cookie } = await signIn(h, "touch", password);
    const lastSeen = async () =>
      Number(
        (
          await h.deps.db
            .selectFrom("sessions")
            .select("last_seen_at")
            .where("user_id", "=", "touch")
            .executeTakeFirstOrThrow()
        ).last_seen_at,
      );
    const start = await lastSeen();
    h.clock.advance(MINUTE - 1);
    await current(h, cookie);
    assert.equal(await lastSeen(), start);
    h.clock.advance(1);
    await current(h, cookie);
    assert.equal(await lastSeen(), start + MINUTE);
  });
});

describe("failed sign-ins", () => {
  const h = useHarness();

  it(`locks a user id for one source after ${SIGN_IN_LOCK_AFTER} wrong passwords; other sources still sign in`, async () => {
    const password = await addPerson(h, "gus", "writer");
    for (let i = 0; i < SIGN_IN_LOCK_AFTER; i++) {
      const res = await signInRequest(h, { user_id: "gus", password: `guess-${i}-xx` }, "10.7.0.1");
      assert.equal(res.statusCode, 401, res.body);
    }
    const locked = await signInRequest(h, { user_id: "gus", password }, "10.7.0.1");
    assert.equal(locked.statusCode, 429, locked.body);
    assert.equal(locked.json().error_code, "APIG.0308");
    assert.equal(locked.headers["retry-after"], String(SIGN_IN_LOCK_MS / 1000));
    assert.equal(locked.headers["set-cookie"], undefined);
    await signIn(h, "gus", password, "10.7.0.2");
    h.clock.advance(SIGN_IN_LOCK_MS);
    await signIn(h, "gus", password, "10.7.0.1");
  });

  it("forgets a run of failures after a successful sign-in", async () => {
    const password = await addPerson(h, "hal", "writer");
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < SIGN_IN_LOCK_AFTER - 1; i++) {
        const res = await signInRequest(h, { user_id: "hal", password: "wrong-pass" }, "10.7.1.1");
        assert.equal(res.statusCode, 401, res.body);
      }
      await signIn(h, "hal", password, "10.7.1.1");
    }
  });

  it("counts unknown user ids alike, so a lock does not tell whether an id exists", async () => {
    for (let i = 0; i < SIGN_IN_LOCK_AFTER; i++)
      await signInRequest(h, { user_id: "ghost", password: "wrong-pass" }, "10.7.2.1");
    const res = await signInRequest(h, { user_id: "ghost", password: "wrong-pass" }, "10.7.2.1");
    assert.equal(res.statusCode, 429, res.body);
  });
});

describe("sign-in attempts per source address", () => {
  const h = useHarness({
    config: { sessions: { idleMs: 60 * MINUTE, absoluteMs: 180 * MINUTE, signInPerMinute: 3 } },
  });

  it("refuses an address's attempts beyond the budget, whatever the user ids, and not other addresses'", async () => {
    for (const user of ["a1", "a2", "a3"]) {
      const res = await signInRequest(h, { user_id: user, password: "wrong-pass" }, "10.8.0.1");
      assert.equal(res.statusCode, 401, res.body);
    }
    const refused = await signInRequest(h, { user_id: "a4", password: "wrong-pass" }, "10.8.0.1");
    assert.equal(refused.statusCode, 429, refused.body);
    assert.match(
      refused.json().error_msg,
      /Too many sign-in attempts from this address \(at most 3 a minute\)/,
    );
    assert.equal(refused.headers["retry-after"], "20");
    const password = await addPerson(h, "elsewhere", "reader");
    await signIn(h, "elsewhere", password, "10.8.0.2");
    h.clock.advance(20_000);
    await signIn(h, "elsewhere", password, "10.8.0.1");
  });
});
