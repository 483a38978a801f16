import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  type ChangeFacts,
  type NotificationRule,
  peopleToTell,
} from "../../src/notifications/notification.ts";

/* Who a change reaches, as a pure function of the rules and the change's facts (no database, no HTTP). */

const facts = (over: Partial<ChangeFacts> = {}): ChangeFacts => ({
  types: ["incident.updated"],
  created: false,
  assignee: "ann",
  application: "app1",
  members: async () => new Set(["wes"]),
  ...over,
});
const rule = (
  userId: string,
  audience: NotificationRule["audience"],
  events: NotificationRule["events"],
  applicationId: string | null = null,
): NotificationRule => ({ userId, audience, applicationId, events });

describe("peopleToTell", () => {
  it("tells the assignee only, for the events their rule names", async () => {
    const rules = [
      rule("ann", "assignee", ["incident.updated"]),
      rule("bob", "assignee", ["incident.updated"]),
    ];
    assert.deepEqual([...(await peopleToTell(rules, facts()))], ["ann"]);
    assert.deepEqual([...(await peopleToTell(rules, facts({ types: ["incident.resolved"] })))], []);
  });

  it("counts a create naming the assignee as an assignment for the assignee only", async () => {
    const created = facts({ types: ["incident.created"], created: true });
    assert.deepEqual(
      [...(await peopleToTell([rule("ann", "assignee", ["incident.assigned"])], created))],
      ["ann"],
    );
    const subscriber = rule("cho", "application", ["incident.assigned"], "app1");
    assert.deepEqual([...(await peopleToTell([subscriber], created))], []);
    const nobody = facts({ types: ["incident.created"], created: true, assignee: null });
    assert.deepEqual([...(await peopleToTell([rule("ann", "assignee", ["incident.assigned"])], nobody))], []);
  });

  it("tells an application's subscribers of that application only", async () => {
    const rules = [
      rule("cho", "application", ["incident.updated"], "app1"),
      rule("dan", "application", ["incident.updated"], "app2"),
    ];
    assert.deepEqual([...(await peopleToTell(rules, facts()))], ["cho"]);
    assert.deepEqual([...(await peopleToTell(rules, facts({ application: null })))], []);
  });

  it("tells WarRoom members, reading the members only when a rule needs them", async () => {
    let reads = 0;
    const members = async () => {
      reads++;
      return new Set(["wes", "xi"]);
    };
    const rules = [
      rule("wes", "warroom_member", ["incident.updated"]),
      rule("yan", "warroom_member", ["incident.updated"]),
    ];
    assert.deepEqual([...(await peopleToTell(rules, facts({ members })))], ["wes"]);
    assert.equal(reads, 1);
    await peopleToTell([rule("ann", "assignee", ["incident.updated"])], facts({ members }));
    assert.equal(reads, 1);
  });

  it("tells a person once however many of their rules match", async () => {
    const rules = [
      rule("ann", "assignee", ["incident.updated"]),
      rule("ann", "application", ["incident.updated"], "app1"),
    ];
    assert.deepEqual([...(await peopleToTell(rules, facts()))], ["ann"]);
  });
});
