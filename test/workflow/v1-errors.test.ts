import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { handleV1, incidentAt } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

/** HandleCocIncident (v1) callers know operate_keys, not v2 actions: its errors name what they sent. */
describe("v1 workflow errors", () => {
  const h = useHarness();

  const refusal = async (num: string, operateKey: string, parameter: object = {}) => {
    const res = await handleV1(h, num, operateKey, "u", parameter);
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().error_code, "IDT.00010001");
    return res.json().error_msg as string;
  };

  it("names the operate_key, not the v2 action, on a closed incident", async () => {
    const num = await incidentAt(h, "closed");
    const message = await refusal(num, "acceptedIncident1");
    assert.match(
      message,
      new RegExp(`^operate_key "acceptedIncident1" is not allowed: incident ${num} is at`),
    );
    assert.match(message, /allowed operate_keys: none \(the incident is closed\)$/);
    assert.doesNotMatch(message, /"accepted"/);
  });

  it("lists the operate_keys allowed at the node", async () => {
    const num = await incidentAt(h, "handling");
    const message = await refusal(num, "confirm", { virtual_confirm_comment: "ok" });
    assert.match(message, /^operate_key "confirm" is not allowed: .* at node "handling"/);
    assert.match(
      message,
      /allowed operate_keys: forwardOther1, commitSolution1, incidentPause, incidentChangeLevel1$/,
    );
  });

  it("points at the v2 API where no operate_key applies", async () => {
    const num = await incidentAt(h, "paused");
    assert.match(
      await refusal(num, "agreed"),
      /allowed operate_keys: none by operate_key \(use the v2 action API/,
    );
  });
});
