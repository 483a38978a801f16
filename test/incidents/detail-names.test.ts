import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { addCatalogueEntry } from "../../src/catalogue/catalogue.service.ts";
import { type Db, openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createDeps, type Deps } from "../../src/deps.ts";
import { addApplication, addUser } from "../../src/directory/directory.service.ts";
import { getIncidentDetail } from "../../src/incidents/incident.service.ts";
import { DetailNameCache, DIRECTORY_VERSION_COUNTER } from "../../src/incidents/incident-names.ts";
import { createProject } from "../../src/projects/project.service.ts";
import {
  createIncidentVia,
  exampleIncident,
  type Harness,
  TestClock,
  testConfig,
} from "../../testkit/harness.ts";
import { createTestSchema, ENGINE, openTestDatabase } from "../../testkit/test-database.ts";
import { useHarness } from "../helpers/use-harness.ts";

type Names = Record<string, { name_zh: string; name_en: string }>;

async function detailNames(h: Harness, num: string): Promise<Names> {
  const res = await h.request({ method: "GET", url: `/v1/external/incident/${num}` });
  assert.equal(res.statusCode, 200, res.body);
  const list = res.json().data.enum_data_list as Array<{
    filed_key: string;
    name_zh: string;
    name_en: string;
  }>;
  return Object.fromEntries(list.map((e) => [e.filed_key, { name_zh: e.name_zh, name_en: e.name_en }]));
}

const admin = (h: Harness) => ({ token: h.tokens.admin, method: "POST" as const });

describe("detail display names after directory changes (name cache)", () => {
  let num: string;
  const h = useHarness();
  before(async () => {
    await h.request({ ...admin(h), url: "/incidentd/v1/users", payload: { id: "u-1", display_name: "Ann" } });
    await h.request({
      ...admin(h),
      url: "/incidentd/v1/applications",
      payload: { id: "app-1", name: "Shop" },
    });
    await h.request({
      ...admin(h),
      url: "/incidentd/v1/catalogue/incident_ownership",
      payload: { key: "own-x", name_zh: "甲", name_en: "X" },
    });
    num = await createIncidentVia(
      h,
      exampleIncident({
        creator: "u-1",
        incident_assignee: ["u-2"],
        current_cloud_service: ["app-1"],
        incident_ownership: "own-x",
      }),
    );
  });

  it("shows a rename through the admin API on the next read", async () => {
    assert.equal((await detailNames(h, num)).creator?.name_en, "Ann");
    await h.request({
      ...admin(h),
      url: "/incidentd/v1/users",
      payload: { id: "u-1", display_name: "Anna" },
    });
    assert.equal((await detailNames(h, num)).creator?.name_en, "Anna");
    await h.request({
      ...admin(h),
      url: "/incidentd/v1/applications",
      payload: { id: "app-1", name: "Store" },
    });
    assert.equal((await detailNames(h, num)).current_cloud_service_id?.name_en, "Store");
    await h.request({
      ...admin(h),
      url: "/incidentd/v1/catalogue/incident_ownership",
      payload: { key: "own-x", name_zh: "乙", name_en: "Y" },
    });
    assert.deepEqual((await detailNames(h, num)).incident_ownership, { name_zh: "乙", name_en: "Y" });
  });

  it("names a user added after a read that showed the bare id", async () => {
    assert.equal((await detailNames(h, num)).assignee?.name_en, "u-2");
    await h.request({ ...admin(h), url: "/incidentd/v1/users", payload: { id: "u-2", display_name: "Bo" } });
    assert.equal((await detailNames(h, num)).assignee?.name_en, "Bo");
  });

  it("forgets nothing another project's directory says: names stay per project", async () => {
    await addUser(h.deps, "proj-other", { id: "u-1", displayName: "Somebody else" });
    assert.equal((await detailNames(h, num)).creator?.name_en, "Anna");
  });

  it("names a project-defined incident type", async () => {
    await addCatalogueEntry(h.deps, h.projectId, "incident_type", {
      key: "type-own",
      name_zh: "自定义",
      name_en: "Own type",
    });
    const typed = await createIncidentVia(h, exampleIncident({ incident_type: "type-own" }));
    assert.deepEqual((await detailNames(h, typed)).mtm_type, { name_zh: "自定义", name_en: "Own type" });
  });
});

/** Two connections to one database: the server's, and another process's (the CLI) or another node's. */
async function openTwice(): Promise<{ first: Db; second: Db; close: () => Promise<void> }> {
  if (ENGINE === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-names-"));
    const file = path.join(dir, "incidentd.db");
    const first = openDatabase({ engine: "sqlite", path: file, synchronous: "FULL" });
    const second = openDatabase({ engine: "sqlite", path: file, synchronous: "FULL" });
    return {
      first,
      second,
      close: async () => {
        await first.destroy();
        await second.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = await createTestSchema();
  const first = openDatabase({ engine: "postgres", url: schema.url, poolSize: 2 });
  const second = openDatabase({ engine: "postgres", url: schema.url, poolSize: 2 });
  return {
    first,
    second,
    close: async () => {
      await first.destroy();
      await second.destroy();
      await schema.drop();
    },
  };
}

describe("detail display names changed through another connection", () => {
  let server: Deps;
  let other: Deps;
  let close: () => Promise<void>;
  let num: string;
  const caller = {
    kind: "token",
    id: "t",
    projectId: "p",
    role: "reader",
    principal: "reader",
    actAsOthers: false,
  } as const;
  before(async () => {
    const dbs = await openTwice();
    close = dbs.close;
    await migrateToLatest(dbs.first);
    const clock = new TestClock();
    server = createDeps(testConfig(), dbs.first, clock, randomBytes(32));
    other = createDeps(testConfig(), dbs.second, clock, randomBytes(32));
    await createProject(server, { id: "p" });
    await addUser(server, "p", { id: "u-1", displayName: "Ann" });
    num = "IM202401010000000000000001";
    await server.db
      .insertInto("incidents")
      .values({
        incident_num: num,
        project_id: "p",
        version: 1,
        region: null,
        enterprise_project: null,
        current_cloud_service: "app-1",
        incident_level: "level_10",
        is_service_interrupt: 0,
        start_time: null,
        fault_recovery_time: null,
        fault_delineation_time: null,
        incident_ownership: null,
        incident_type: "inc_type_p_security_issues",
        incident_title: "t",
        incident_description: null,
        incident_source: "incident_source_manual",
        incident_assignee: null,
        assignee_scene: null,
        assignee_role: null,
        warroom_id: null,
        handle_time: null,
        status: "INCIDENT_STATUS_TRIGGERED",
        creator: "u-1",
        create_time: 1,
        update_time: 1,
        node: "unaccepted",
        pending: null,
        last_operator: "u-1",
      })
      .execute();
  });
  after(() => close());

  const namesOf = async () => {
    const detail = await getIncidentDetail(server, caller, num);
    return Object.fromEntries(detail.enum_data_list.map((e) => [e.filed_key, e.name_en]));
  };

  it("shows what the other connection wrote from the next read on", async () => {
    assert.equal((await namesOf()).creator, "Ann");
    assert.equal((await namesOf()).current_cloud_service_id, "app-1");
    await addUser(other, "p", { id: "u-1", displayName: "Anna" });
    await addApplication(other, "p", { id: "app-1", name: "Shop" });
    const names = await namesOf();
    assert.equal(names.creator, "Anna");
    assert.equal(names.current_cloud_service_id, "Shop");
  });

  it("shows a name deleted by hand as the bare id again", async () => {
    await other.db.deleteFrom("directory_users").where("project_id", "=", "p").execute();
    assert.equal((await namesOf()).creator, "u-1");
  });
});

describe("the directory version", () => {
  let db: Db;
  let close: () => Promise<void>;
  before(async () => {
    ({ db, close } = await openTestDatabase());
    await migrateToLatest(db);
    await createProject(createDeps(testConfig(), db, new TestClock()), { id: "p" });
  });
  after(() => close());

  const version = async () =>
    Number(
      (
        await db
          .selectFrom("counters")
          .select("value")
          .where("name", "=", DIRECTORY_VERSION_COUNTER)
          .executeTakeFirstOrThrow()
      ).value,
    );

  const changes: Array<[string, () => Promise<unknown>]> = [
    [
      "user insert",
      () =>
        db
          .insertInto("directory_users")
          .values({ project_id: "p", id: "u", display_name: "A", email: null, created_at: 1, updated_at: 1 })
          .execute(),
    ],
    ["user update", () => db.updateTable("directory_users").set({ display_name: "B" }).execute()],
    ["user delete", () => db.deleteFrom("directory_users").execute()],
    [
      "application insert",
      () =>
        db
          .insertInto("applications")
          .values({ project_id: "p", id: "a", name: "A", created_at: 1, updated_at: 1 })
          .execute(),
    ],
    ["application update", () => db.updateTable("applications").set({ name: "B" }).execute()],
    ["application delete", () => db.deleteFrom("applications").execute()],
    [
      "catalogue insert",
      () =>
        db
          .insertInto("catalogue_entries")
          .values({
            project_id: "p",
            field: "incident_type",
            key: "k",
            name_zh: "甲",
            name_en: "A",
            created_at: 1,
          })
          .execute(),
    ],
    ["catalogue update", () => db.updateTable("catalogue_entries").set({ name_en: "B" }).execute()],
    ["catalogue delete", () => db.deleteFrom("catalogue_entries").execute()],
  ];
  for (const [name, change] of changes) {
    it(`rises with every ${name}`, async () => {
      const before = await version();
      await change();
      assert.ok((await version()) > before, `${name} left the version at ${before}`);
    });
  }

  it("stays put when incidents change", async () => {
    const before = await version();
    await db.updateTable("counters").set({ value: 7 }).where("name", "=", "incident_number").execute();
    assert.equal(await version(), before);
  });
});

describe("DetailNameCache", () => {
  it("answers right after starting over when full", async () => {
    const { db, close } = await openTestDatabase();
    try {
      await migrateToLatest(db);
      const deps = createDeps(testConfig(), db, new TestClock());
      await createProject(deps, { id: "p" });
      for (const id of ["a", "b", "c"]) await addUser(deps, "p", { id, displayName: `name-${id}` });
      const cache = new DetailNameCache(1);
      const incident = (creator: string) =>
        ({
          projectId: "p",
          creator,
          assignee: null,
          currentCloudService: null,
          type: "x",
          ownership: null,
        }) as never;
      for (const round of [1, 2]) {
        for (const id of ["a", "b", "c"]) {
          const names = await cache.namesOf(db, 1, incident(id));
          assert.equal(names.creatorName, `name-${id}`, `round ${round}`);
        }
      }
    } finally {
      await close();
    }
  });
});
