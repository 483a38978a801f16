import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { handleV1, nodeOfIncident, tokenFor } from "../../testkit/workflow.ts";
import { signedRequest } from "../helpers/signing.ts";
import { useHarness } from "../helpers/use-harness.ts";

const PAUSE = { pause_end_time: "9999999999999", pause_reason: "waiting for the vendor" };

/** Issue 17.4: in strict mode a writer token must not approve its own request by naming an approver. */
describe("acting on behalf of other users", () => {
  let carol: string;
  const h = useHarness();
  before(async () => {
    carol = await tokenFor(h, "carol");
  });

  const setStrict = async (strict: boolean) => {
    const payload = strict ? { strict_roles: true, approvers: ["alice", "bob"] } : { strict_roles: false };
    const res = await h.request({
      method: "PUT",
      url: "/incidentd/v1/settings",
      token: h.tokens.admin,
      payload,
    });
    assert.equal(res.statusCode, 200, res.body);
  };
  /** An incident of carol's, paused by carol: it waits at pause approval with carol as the requester. */
  const pausedByCarol = async (token = carol) => {
    const num = await createIncidentVia(
      h,
      exampleIncident({ creator: "carol", incident_assignee: ["carol"] }),
    );
    for (const [key, parameter] of [
      ["acceptedIncident1", {}],
      ["incidentPause", PAUSE],
    ] as const) {
      const res = await handleV1(h, num, key, "carol", parameter, token);
      assert.equal(res.statusCode, 200, `${key}: ${res.body}`);
    }
    assert.equal(await nodeOfIncident(h, num), "pause_approval");
    return num;
  };
  const operators = async (num: string) => {
    const res = await h.request({ method: "POST", url: `/v2/incidents/${num}/histories`, payload: {} });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data.info.map((e: { action: string; operator: string }) => `${e.action}:${e.operator}`);
  };

  describe("in strict mode", () => {
    before(() => setStrict(true));

    it("refuses a writer approving its own pause by naming an approver as the operator", async () => {
      const num = await pausedByCarol();
      const res = await handleV1(h, num, "agreed", "alice", {}, carol);
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(res.json().error_code, "APIG.0302");
      assert.match(
        res.json().error_msg,
        /^in strict mode this credential acts as its principal carol, not as the operator alice it names \(naming another user needs a credential created with act_as_others\); carol may not agreed: approving one's own request is never allowed$/,
      );
      assert.equal(await nodeOfIncident(h, num), "pause_approval");
      assert.deepEqual(await operators(num), ["create:carol", "accepted:carol", "incidentPause:carol"]);
    });

    it("records an action reserved to a person for the credential's principal, whatever operator is named", async () => {
      const num = await createIncidentVia(
        h,
        exampleIncident({ creator: "carol", incident_assignee: ["carol"] }),
      );
      assert.equal((await handleV1(h, num, "acceptedIncident1", "dave", {}, carol)).statusCode, 200);
      assert.deepEqual((await operators(num)).slice(1), ["accepted:carol"]);
    });

    it("lets an approver's own credential approve, recorded for that approver", async () => {
      const num = await pausedByCarol();
      const alice = await tokenFor(h, "alice");
      assert.equal((await handleV1(h, num, "agreed", "mallory", {}, alice)).statusCode, 200);
      assert.equal(await nodeOfIncident(h, num), "paused");
      assert.deepEqual((await operators(num)).slice(3), ["agreed:alice"]);
    });

    it("refuses with the usual 400 when the principal itself is not allowed", async () => {
      const num = await pausedByCarol();
      const res = await handleV1(h, num, "agreed", "carol", {}, carol);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error_code, "IDT.00010004");
    });

    it("lets a credential created with act_as_others relay an approver's decision", async () => {
      const relay = await tokenFor(h, "relay-bot", { act_as_others: true });
      const num = await pausedByCarol(relay);
      assert.equal((await handleV1(h, num, "agreed", "alice", {}, relay)).statusCode, 200);
      assert.deepEqual(await operators(num), [
        "create:carol",
        "accepted:carol",
        "incidentPause:carol",
        "agreed:alice",
      ]);
      // Relaying does not lift the rules: the requester still cannot approve through the relay.
      const again = await pausedByCarol(relay);
      const own = await handleV1(h, again, "agreed", "carol", {}, relay);
      assert.equal(own.statusCode, 400, own.body);
      assert.match(
        own.json().error_msg,
        /^carol may not agreed: approving one's own request is never allowed$/,
      );
    });

    it("gives access keys the same permission, off unless asked for", async () => {
      const create = (act_as_others?: boolean) =>
        h.request({
          method: "POST",
          url: "/incidentd/v1/access-keys",
          token: h.tokens.admin,
          payload: { name: "k", role: "writer", principal: "ak-bot", act_as_others },
        });
      const plain = (await create()).json().data;
      const relaying = (await create(true)).json().data;
      const listed = (
        await h.request({ method: "GET", url: "/incidentd/v1/access-keys", token: h.tokens.admin })
      )
        .json()
        .data.access_keys.filter((k: { principal: string }) => k.principal === "ak-bot");
      assert.deepEqual(
        listed
          .map((k: { access_key: string; act_as_others: boolean }) => [k.access_key, k.act_as_others])
          .sort(),
        [
          [plain.access_key, false],
          [relaying.access_key, true],
        ].sort(),
      );
      const approve = (key: { access_key: string; secret_key: string }, num: string) =>
        signedRequest(h, {
          method: "POST",
          url: "/v1/external/incident/handle",
          body: { incident_num: num, operator: "alice", operate_key: "agreed", parameter: {} },
          accessKey: key.access_key,
          secretKey: key.secret_key,
        });
      const num = await pausedByCarol();
      assert.equal((await approve(plain, num)).statusCode, 403);
      assert.equal((await approve(relaying, num)).statusCode, 200);
      assert.deepEqual((await operators(num)).slice(3), ["agreed:alice"]);
    });
  });

  describe("without strict roles", () => {
    before(() => setStrict(false));

    it("still lets any writer act for the operator it names, as COC does", async () => {
      const num = await pausedByCarol();
      assert.equal((await handleV1(h, num, "agreed", "alice", {}, carol)).statusCode, 200);
      assert.deepEqual((await operators(num)).slice(3), ["agreed:alice"]);
    });
  });
});
