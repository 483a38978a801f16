import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { claimPendingAlarms } from "../../src/alarms/alarm-rules.repository.ts";
import { buildApp } from "../../src/app.ts";
import { type DatabaseOptions, openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createDeps, type Deps } from "../../src/deps.ts";
import { createIntegration } from "../../src/integrations/integration.service.ts";
import { createProject } from "../../src/projects/project.service.ts";
import { processPendingAlarmsOnce, RULES_LEASE_MS } from "../../src/transfer-rules/rule-processor.ts";
import { createTransferRule } from "../../src/transfer-rules/transfer-rule.service.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { TestClock, testConfig } from "../../testkit/harness.ts";
import { createTestSchema, ENGINE } from "../../testkit/test-database.ts";

/** A "node": the app over its own database handle, without a running processor (as after a crash). */
async function startNode(options: DatabaseOptions, clock: TestClock) {
  const db = openDatabase(options);
  await migrateToLatest(db);
  const deps: Deps = createDeps(testConfig(), db, clock, randomBytes(32));
  const app = await buildApp(deps);
  await app.ready();
  return {
    deps,
    app,
    async stop() {
      await app.close();
      await db.destroy();
    },
  };
}

async function incidentsOf(deps: Deps) {
  return deps.db.selectFrom("incidents").select("incident_num").where("project_id", "=", "durable").execute();
}

describe("transfer rules survive a restart: stored alarms are processed exactly once", () => {
  let options: DatabaseOptions;
  let cleanup: () => Promise<void>;
  before(async () => {
    if (ENGINE === "sqlite") {
      const dir = mkdtempSync(path.join(tmpdir(), "incidentd-rules-"));
      options = { engine: "sqlite", path: path.join(dir, "incidentd.db"), synchronous: "FULL" };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const schema = await createTestSchema();
      options = { engine: "postgres", url: schema.url, poolSize: 5 };
      cleanup = schema.drop;
    }
  });
  after(() => cleanup());

  it("processes alarms acknowledged before a crash, and a crashed node's claim after its lease", async () => {
    const clock = new TestClock();
    const first = await startNode(options, clock);
    await createProject(first.deps, { id: "durable" });
    const { key } = await createIntegration(first.deps, "durable", { name: "src", kind: "custom" });
    await createTransferRule(first.deps, "durable", {
      name: "all",
      incident: {
        title_template: "{{alarm_name}}",
        incident_type: "inc_type_p_security_issues",
        assignee: "u",
      },
      group_key: "{{alarm_id}}",
    });
    for (const alarmId of ["d1", "d2"]) {
      const res = await first.app.inject({
        method: "POST",
        url: `/v1/event/huawei/custom/${key}`,
        payload: customEvent({ alarmId }),
      });
      assert.equal(res.statusCode, 200, res.body);
    }
    // d2 was claimed by a node that then died mid-way.
    await first.deps.db
      .updateTable("alarms")
      .set({ rules_pending_since: 0 })
      .where("alarm_id", "=", "d2")
      .execute();
    const crashed = await claimPendingAlarms(first.deps.db, {
      owner: "crashed",
      now: clock.now(),
      leaseMs: RULES_LEASE_MS,
      limit: 1,
    });
    assert.deepEqual(
      crashed.map((c) => c.alarmId),
      ["d2"],
    );
    await first.stop();

    const second = await startNode(options, clock);
    assert.equal(await processPendingAlarmsOnce(second.deps, "restarted"), 1, "d1 now; d2 is still leased");
    assert.equal((await incidentsOf(second.deps)).length, 1);
    clock.advance(RULES_LEASE_MS + 1);
    assert.equal(await processPendingAlarmsOnce(second.deps, "restarted"), 1);
    assert.equal(await processPendingAlarmsOnce(second.deps, "restarted"), 0, "nothing is left pending");
    await second.stop();

    const third = await startNode(options, clock);
    assert.equal(await processPendingAlarmsOnce(third.deps, "again"), 0);
    const alarms = await third.deps.db
      .selectFrom("alarms")
      .select(["alarm_id", "incident_num"])
      .orderBy("alarm_id")
      .execute();
    assert.equal((await incidentsOf(third.deps)).length, 2, "one incident per alarm, never more");
    assert.ok(alarms.every((a) => a.incident_num !== null));
    await third.stop();
  });
});
