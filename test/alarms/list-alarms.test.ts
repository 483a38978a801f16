import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildApp } from "../../src/app.ts";
import { COMMANDS } from "../../src/cli/commands.ts";
import { databaseOptionsFrom, openDatabase } from "../../src/db/database.ts";
import { createDeps } from "../../src/deps.ts";
import { runCli } from "../../test-e2e/process.ts";
import { alert, alertmanagerPayload, customEvent } from "../../testkit/alarm-payloads.ts";
import { TestClock } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import {
  cliInstallation,
  createIntegrationVia,
  getAlarm,
  postCustom,
  postPrometheus,
} from "./alarm-helpers.ts";

type Item = { id: string; status: string; alarm_level: string; update_time: number; creator: string };

describe("GET /incidentd/v1/alarms", () => {
  let custom: { id: string; key: string };
  let prometheus: { id: string; key: string };
  let t0: number;
  const h = useHarness();
  before(async () => {
    t0 = h.clock.now();
    custom = await createIntegrationVia(h, "custom");
    prometheus = await createIntegrationVia(h, "prometheus");
    const report = async (overrides: Record<string, unknown>) => {
      const res = await postCustom(h, custom.key, customEvent({ time: t0, ...overrides }));
      assert.equal(res.statusCode, 200, res.body);
      h.clock.advance(1000);
    };
    await report({
      alarmId: "disk1",
      alarmName: "Disk full on db-1",
      alarmLevel: "Critical",
      alarmDesc: "95%",
    });
    await report({ alarmId: "cpu1", alarmName: "CPU_100% on web", alarmLevel: "Minor", alarmDesc: "load" });
    const labels = { alertname: "HighLatency", severity: "critical", instance: "api-1" };
    const annotations = { description: "p99 above 2s on checkout" };
    assert.equal(
      (
        await postPrometheus(
          h,
          prometheus.key,
          alertmanagerPayload([alert({ labels, annotations, fingerprint: "prom1" })]),
        )
      ).statusCode,
      200,
    );
    h.clock.advance(1000);
    await report({ alarmId: "cpu2", alarmName: "CPUX100Y", alarmLevel: "Info", alarmDesc: "noise" });
    // disk1 recovers last, so it is the latest change.
    await report({
      alarmId: "disk1",
      alarmName: "Disk full on db-1",
      alarmLevel: "Critical",
      alarmDesc: "95%",
      alarmStatus: "ok",
    });
    const other = await createIntegrationVia(h, "custom", h.otherProjectToken);
    assert.equal((await postCustom(h, other.key, customEvent({ alarmId: "elsewhere" }))).statusCode, 200);
  });

  const list = (query = "", token = h.tokens.reader) =>
    h.request({ method: "GET", url: `/incidentd/v1/alarms${query}`, token });
  const ids = async (query: string) => {
    const res = await list(query);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data.alarms.map((a: Item) => a.id);
  };

  it("lists the project's alarms to a reader, the latest change first, each as ShowAlarm shows it", async () => {
    const res = await list();
    assert.equal(res.statusCode, 200, res.body);
    const data = res.json().data;
    assert.deepEqual(
      data.alarms.map((a: Item) => a.id),
      ["disk1", "cpu2", "prom1", "cpu1"],
    );
    assert.deepEqual([data.total, data.page, data.per_page], [4, 1, 50]);
    // The list is ShowAlarm's answer without the HandlerAlarm fields ShowAlarm alone fills (docs/alarms.md).
    const { handle_status, handle_work_order_id, ...shown } = (await getAlarm(h, "disk1")).json().data;
    assert.deepEqual([handle_status, handle_work_order_id], ["", ""]);
    assert.deepEqual(data.alarms[0], shown);
    assert.equal(data.alarms[0].status, "resolved");
  });

  it("filters by status", async () => {
    assert.deepEqual(await ids("?status=resolved"), ["disk1"]);
    assert.deepEqual(await ids("?status=alarming"), ["cpu2", "prom1", "cpu1"]);
    assert.deepEqual(await ids("?status=alarming&status=resolved"), ["disk1", "cpu2", "prom1", "cpu1"]);
  });

  it("filters by alarm_level and by importance (ShowAlarm's name for it)", async () => {
    assert.deepEqual(await ids("?alarm_level=Critical"), ["disk1", "prom1"]);
    assert.deepEqual(await ids("?alarm_level=Minor&alarm_level=Info"), ["cpu2", "cpu1"]);
    assert.deepEqual(await ids("?importance=urgent"), ["disk1", "prom1"]);
    assert.deepEqual(await ids("?importance=warn"), ["cpu2"]);
    assert.deepEqual(await ids("?importance=warn&alarm_level=Critical"), []);
  });

  it("filters by the integration that reported the alarm", async () => {
    assert.deepEqual(await ids(`?integration_id=${prometheus.id}`), ["prom1"]);
    assert.deepEqual(await ids(`?integration_id=${custom.id}`), ["disk1", "cpu2", "cpu1"]);
    assert.deepEqual(await ids("?integration_id=no-such-integration"), []);
  });

  it("filters by the time of the last change, since inclusive and until exclusive", async () => {
    assert.deepEqual(await ids(`?since=${t0 + 3000}`), ["disk1", "cpu2"]);
    assert.deepEqual(await ids(`?since=${t0 + 2000}&until=${t0 + 3000}`), ["prom1"]);
    assert.deepEqual(await ids(`?until=${t0 + 2000}`), ["cpu1"]);
    assert.deepEqual(await ids(`?until=${t0 + 2001}`), ["prom1", "cpu1"]);
  });

  it("filters by text in the name or the description, in any case, % and _ as plain characters", async () => {
    assert.deepEqual(await ids("?text=disk%20FULL"), ["disk1"]);
    assert.deepEqual(await ids("?text=checkout"), ["prom1"]);
    assert.deepEqual(await ids("?text=cpu"), ["cpu2", "cpu1"]);
    assert.deepEqual(await ids(`?text=${encodeURIComponent("_100%")}`), ["cpu1"]);
    assert.deepEqual(await ids(`?text=${encodeURIComponent("' OR 1=1 --")}`), []);
  });

  it("pages with page and per_page; total counts every match on every page", async () => {
    const pages = [];
    for (const page of [1, 2, 3]) {
      const data = (await list(`?per_page=2&page=${page}`)).json().data;
      assert.equal(data.total, 4);
      pages.push(data.alarms.map((a: Item) => a.id));
    }
    assert.deepEqual(pages, [["disk1", "cpu2"], ["prom1", "cpu1"], []]);
    const filtered = (await list("?status=alarming&per_page=1&page=2")).json().data;
    assert.deepEqual([filtered.total, filtered.alarms.map((a: Item) => a.id)], [3, ["prom1"]]);
  });

  const invalid: Array<[string, string, RegExp]> = [
    ["an unknown status", "?status=firing", /^status(\[0\])?: must be one of alarming, resolved/],
    [
      "an unknown alarm_level",
      "?alarm_level=High",
      /^alarm_level(\[0\])?: must be one of Critical, Major, Minor, Info/,
    ],
    [
      "an unknown importance",
      "?importance=urgentish",
      /^importance(\[0\])?: must be one of urgent, major, minor, warn/,
    ],
    ["a per_page over 200", "?per_page=201", /^per_page: /],
    ["a page of 0", "?page=0", /^page: /],
    ["a since that is not a number", "?since=yesterday", /^since: /],
    ["an until not after since", `?since=5&until=5`, /^until: must be later than since$/],
    ["an empty text", "?text=", /^text: /],
  ];
  for (const [name, query, message] of invalid) {
    it(`rejects ${name} with a 400 naming the field`, async () => {
      const res = await list(query);
      assert.equal(res.statusCode, 400, res.body);
      const body = res.json();
      assert.equal(body.provider_code, "049");
      assert.equal(body.data, null);
      assert.match(body.error_msg, message);
    });
  }

  it("shows another project nothing of this project's alarms", async () => {
    const res = await list("", h.otherProjectToken);
    assert.deepEqual(
      res.json().data.alarms.map((a: Item) => a.id),
      ["elsewhere"],
    );
    assert.equal(res.json().data.total, 1);
    assert.deepEqual(await ids("?text=elsewhere"), []);
  });
});

describe("incidentd alarm list (CLI)", () => {
  it("prints the project's alarms with the filters given, and refuses an unknown status", async () => {
    const { config, remove } = await cliInstallation();
    const lines: string[] = [];
    const run = (command: string, flags: Record<string, string>) => {
      const handler = COMMANDS[command];
      assert.ok(handler, command);
      return handler(config, [], flags, (line) => lines.push(line));
    };
    try {
      await run("project create", { id: "ops" });
      await run("integration create", { kind: "custom", project: "ops" });
      const key = lines.find((l) => l.startsWith("key "))?.slice(4) ?? "";
      const db = openDatabase(databaseOptionsFrom(config));
      const clock = new TestClock();
      const app = await buildApp(createDeps(config, db, clock));
      try {
        for (const [alarmId, alarmLevel] of [
          ["a1", "Critical"],
          ["a2", "Minor"],
        ]) {
          const res = await app.inject({
            method: "POST",
            url: "/v1/event/huawei/custom",
            headers: { authorization: `Bearer ${key}` },
            payload: customEvent({ alarmId, alarmLevel, alarmName: `alarm ${alarmId}` }),
          });
          assert.equal(res.statusCode, 200, res.body);
          clock.advance(1000);
        }
      } finally {
        await app.close();
        await db.destroy();
      }
      lines.length = 0;
      await run("alarm list", {});
      assert.equal(lines.length, 3, lines.join("\n"));
      assert.match(lines[0] ?? "", /^a2\talarming\tMinor\talarm a2\tcustom\tupdated \S+\tincident -$/);
      assert.match(lines[1] ?? "", /^a1\talarming\tCritical\talarm a1\t/);
      assert.equal(lines[2], "alarms 1-2 of 2 (page 1, --per-page 50)");

      const env = { INCIDENTD_DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl ?? "" };
      const filtered = runCli(["alarm", "list", "--level", "Critical,Major", "--status", "alarming"], env);
      assert.equal(filtered.status, 0, filtered.stderr);
      assert.match(filtered.stdout, /^a1\talarming\tCritical\t/);
      assert.match(filtered.stdout, /alarms 1-1 of 1 /);
      await assert.rejects(
        run("alarm list", { status: "firing" }),
        /--status must be one of alarming, resolved/,
      );
    } finally {
      await remove();
    }
  });
});
