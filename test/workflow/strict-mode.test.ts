import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createIncidentVia, exampleIncident, type Harness } from "../../testkit/harness.ts";
import { handleV1 as handleV1As, nodeOfIncident, solution, tokenFor } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("permissions", () => {
  /** Relays people's actions (act_as_others): the operator it names is the one strict mode checks. */
  let relay: string;
  const h = useHarness();
  before(async () => {
    relay = await tokenFor(h, "relay-bot", { act_as_others: true });
  });
  const handleV1 = (_h: Harness, num: string, key: string, operator: string, parameter: object = {}) =>
    handleV1As(h, num, key, operator, parameter, relay);

  const incident = () =>
    createIncidentVia(
      h,
      exampleIncident({ incident_level: "level_30", creator: "alice", incident_assignee: ["bob"] }),
    );
  const expectRefused = async (res: Awaited<ReturnType<typeof handleV1>>, why: RegExp) => {
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().error_code, "IDT.00010004");
    assert.match(res.json().error_msg, why);
  };

  it("by default lets any operator act, but never approve their own request", async () => {
    const num = await incident();
    assert.equal((await handleV1(h, num, "acceptedIncident1", "mallory")).statusCode, 200);
    assert.equal(
      (
        await handleV1(h, num, "incidentPause", "mallory", {
          pause_end_time: "9999999999999",
          pause_reason: "r",
        })
      ).statusCode,
      200,
    );
    await expectRefused(
      await handleV1(h, num, "agreed", "mallory"),
      /approving one's own request is never allowed/,
    );
    assert.equal((await handleV1(h, num, "agreed", "carol")).statusCode, 200);
  });

  it("refuses self-approval of a level downgrade too", async () => {
    const num = await incident();
    await handleV1(h, num, "acceptedIncident1", "bob");
    await handleV1(h, num, "incidentChangeLevel1", "bob", { virtual_target_level: "level_50" });
    await expectRefused(await handleV1(h, num, "rejected", "bob", { conclusion: false }), /own request/);
  });

  describe("strict roles", () => {
    before(async () => {
      const res = await h.request({
        method: "PUT",
        url: "/incidentd/v1/settings",
        token: h.tokens.admin,
        payload: { strict_roles: true, approvers: ["lead-1", "lead-2"] },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json().data, {
        strict_roles: true,
        approvers: ["lead-1", "lead-2"],
        warroom_auto_start_levels: [],
      });
    });

    it("lets only the assignee accept, forward, pause, change the level and solve", async () => {
      const num = await incident();
      await expectRefused(
        await handleV1(h, num, "acceptedIncident1", "mallory"),
        /only the assignee \(bob\) may/,
      );
      assert.equal((await handleV1(h, num, "acceptedIncident1", "bob")).statusCode, 200);
      await expectRefused(
        await handleV1(h, num, "forwardOther1", "mallory", { virtual_send_assignee: "x" }),
        /assignee/,
      );
      await expectRefused(await handleV1(h, num, "commitSolution1", "alice", solution), /assignee/);
      await expectRefused(
        await handleV1(h, num, "incidentChangeLevel1", "alice", { virtual_target_level: "level_10" }),
        /assignee/,
      );
      assert.equal((await handleV1(h, num, "commitSolution1", "bob", solution)).statusCode, 200);
    });

    it("lets only the creator confirm, reopen or accept a rejection", async () => {
      const num = await incident();
      await handleV1(h, num, "acceptedIncident1", "bob");
      await handleV1(h, num, "commitSolution1", "bob", solution);
      await expectRefused(
        await handleV1(h, num, "confirm", "bob", { virtual_confirm_comment: "ok" }),
        /only the creator \(alice\) may/,
      );
      assert.equal(
        (await handleV1(h, num, "confirm", "alice", { virtual_confirm_comment: "ok" })).statusCode,
        200,
      );

      const rejected = await incident();
      await handleV1(h, rejected, "rejected", "bob");
      await expectRefused(await handleV1(h, rejected, "ReOpen", "bob", { title: "t" }), /creator/);
      await expectRefused(await handleV1(h, rejected, "agreed", "bob"), /creator/);
      assert.equal((await handleV1(h, rejected, "agreed", "alice")).statusCode, 200);
    });

    it("lets only approvers approve, and needs every approver for a downgrade", async () => {
      const num = await incident();
      await handleV1(h, num, "acceptedIncident1", "bob");
      await handleV1(h, num, "incidentChangeLevel1", "bob", { virtual_target_level: "level_40" });
      await expectRefused(
        await handleV1(h, num, "agreed", "carol", { conclusion: true }),
        /only the project's approvers may/,
      );
      assert.equal((await handleV1(h, num, "agreed", "lead-1", { conclusion: true })).statusCode, 200);
      assert.equal(await nodeOfIncident(h, num), "level_approval", "countersign: lead-2 has not agreed yet");
      await expectRefused(
        await handleV1(h, num, "agreed", "lead-1", { conclusion: true }),
        /already approved/,
      );
      assert.equal((await handleV1(h, num, "agreed", "lead-2", { conclusion: true })).statusCode, 200);
      assert.equal(await nodeOfIncident(h, num), "handling");
      const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
      assert.equal(detail.incident_level, "level_40");
    });

    it("needs a single approver for a pause", async () => {
      const num = await incident();
      await handleV1(h, num, "acceptedIncident1", "bob");
      await handleV1(h, num, "incidentPause", "bob", { pause_end_time: "9999999999999", pause_reason: "r" });
      assert.equal((await handleV1(h, num, "agreed", "lead-2")).statusCode, 200);
      assert.equal(await nodeOfIncident(h, num), "paused");
    });

    it("refuses strict mode without approvers", async () => {
      const res = await h.request({
        method: "PUT",
        url: "/incidentd/v1/settings",
        token: h.tokens.admin,
        payload: { approvers: [] },
      });
      assert.equal(res.statusCode, 400);
      assert.match(res.json().error_msg, /^approvers: must list at least one user when strict_roles is true/);
    });
  });
});
