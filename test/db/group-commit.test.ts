import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import type { Db } from "../../src/db/database.ts";
import { createCommitter } from "../../src/db/group-commit.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { ENGINE, openTestDatabase } from "../../testkit/test-database.ts";

const user = (id: string, project = "p1") => ({
  project_id: project,
  id,
  display_name: id,
  email: null,
  created_at: 1,
  updated_at: 1,
});

describe(`group commit (${ENGINE})`, () => {
  let db: Db;
  let close: () => Promise<void>;
  before(async () => {
    ({ db, close } = await openTestDatabase());
    await migrateToLatest(db);
    await db.insertInto("projects").values({ id: "p1", name: "p1", created_at: 1 }).execute();
  });
  after(() => close());

  const idsOf = async (prefix: string) =>
    (
      await db
        .selectFrom("directory_users")
        .select("id")
        .where("id", "like", `${prefix}%`)
        .orderBy("id")
        .execute()
    ).map((row) => row.id);

  it("commits concurrent work and answers each unit its own result", async () => {
    const committer = createCommitter(db);
    const ids = Array.from({ length: 20 }, (_, i) => `a${String(i).padStart(2, "0")}`);
    const results = await Promise.all(
      ids.map((id) =>
        committer.run(async (trx) => {
          await trx.insertInto("directory_users").values(user(id)).execute();
          return id.toUpperCase();
        }),
      ),
    );
    assert.deepEqual(
      results,
      ids.map((id) => id.toUpperCase()),
    );
    assert.deepEqual(await idsOf("a"), ids);
    // SQLite: the twenty arrived in one turn of the event loop and shared one transaction.
    if (ENGINE === "sqlite") assert.equal(committer.groups, 1);
  });

  it("undoes only the writes of a unit that fails, and rejects only that unit", async () => {
    const committer = createCommitter(db);
    const outcomes = await Promise.allSettled(
      ["b1", "b2", "b3"].map((id) =>
        committer.run(async (trx) => {
          await trx.insertInto("directory_users").values(user(id)).execute();
          if (id === "b2") throw new Error("b2 changed its mind");
          return id;
        }),
      ),
    );
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ["fulfilled", "rejected", "fulfilled"],
    );
    assert.match(String((outcomes[1] as PromiseRejectedResult).reason), /b2 changed its mind/);
    assert.deepEqual(await idsOf("b"), ["b1", "b3"]);
  });

  it("answers no unit of a group whose commit fails, and keeps none of its writes", async () => {
    const committer = createCommitter(db);
    // A deferred foreign-key violation is only detected at COMMIT, after every unit has succeeded.
    const deferred =
      ENGINE === "sqlite" ? sql`pragma defer_foreign_keys = on` : sql`set constraints all deferred`;
    const outcomes = await Promise.allSettled([
      committer.run(async (trx) => {
        await trx.insertInto("directory_users").values(user("c1")).execute();
        return "c1";
      }),
      committer.run(async (trx) => {
        await deferred.execute(trx);
        await trx.insertInto("directory_users").values(user("c2", "no-such-project")).execute();
        return "c2";
      }),
    ]);
    if (ENGINE === "sqlite") {
      assert.deepEqual(
        outcomes.map((o) => o.status),
        ["rejected", "rejected"],
      );
      assert.deepEqual(await idsOf("c"), []);
    } else {
      // PostgreSQL: each unit is its own transaction, so only the violating one fails.
      assert.deepEqual(
        outcomes.map((o) => o.status),
        ["fulfilled", "rejected"],
      );
      assert.deepEqual(await idsOf("c"), ["c1"]);
    }
  });
});
