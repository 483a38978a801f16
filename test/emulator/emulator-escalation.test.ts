import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { exampleIncident } from "../../testkit/example-incident.ts";
import { useEmulator } from "./emulator-helpers.ts";

/** An escalation timer follows the emulated clock: advancing it past a step hands the incident on. */
const scene = {
  name: "Payments",
  roles: [
    { role_id: "primary", name: "Primary", rotations: [rotation("ann")] },
    { role_id: "secondary", name: "Secondary", rotations: [rotation("bob")] },
  ],
  escalation: { steps: [{ after_minutes: 10, role_id: "secondary" }] },
};

function rotation(user: string) {
  return { participants: [user], shift: "P1D", handoff: "00:00", time_zone: "UTC", start: "2024-01-01" };
}

describe("emulator clock and escalation timers", () => {
  const emu = useEmulator();

  it("advancing past a step escalates before the clock answers", async () => {
    await emu.control("POST", "clock", { set: "2030-03-04T05:00:00Z", freeze: true });
    for (const id of ["ann", "bob"])
      assert.equal((await emu.call("POST", "/incidentd/v1/users", { id, display_name: id })).status, 200);
    assert.equal((await emu.call("PUT", "/incidentd/v1/oncall/scenes/pay", scene)).status, 200);
    const num = await emu.createIncident(
      exampleIncident({ incident_assignee: [], assignee_scene: "pay", assignee_role: "primary" }),
    );
    const assignee = async () =>
      (await emu.call("GET", `/v1/external/incident/${num}`)).body.data.incident_assignee;
    assert.deepEqual(await assignee(), ["ann"]);
    await emu.control("POST", "clock", { advance: "PT9M" });
    assert.deepEqual(await assignee(), ["ann"]);
    await emu.control("POST", "clock", { advance: "PT1M" });
    assert.deepEqual(await assignee(), ["bob"]);
    const history = await emu.call("POST", `/v2/incidents/${num}/histories`, {});
    const escalated = history.body.data.info.find((e: { action: string }) => e.action === "escalate");
    assert.equal(Number(escalated?.stop_time), Date.parse("2030-03-04T05:10:00Z"));
  });
});
