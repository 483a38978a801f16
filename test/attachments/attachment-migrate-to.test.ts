import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { buildApp } from "../../src/app.ts";
import { issueToken } from "../../src/auth/token.service.ts";
import { openDatabase, sqlitePathFor } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createDeps } from "../../src/deps.ts";
import { migrateToPostgres } from "../../src/ops/migrate-to.ts";
import { createProject } from "../../src/projects/project.service.ts";
import { TestClock, testConfig } from "../helpers/harness.ts";
import { createTestSchema } from "../helpers/test-database.ts";
import { multipart, tinyJpeg } from "./attachment-files.ts";

// Attachments are BLOBs in SQLite and bytea in PostgreSQL: migrate-to must carry every byte across.
describe("migrate-to with attachments", {
  skip: process.env.DATABASE_URL ? false : "needs DATABASE_URL",
}, () => {
  it("copies attachment bytes from SQLite to PostgreSQL unchanged", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-attachments-migrate-"));
    const target = await createTestSchema();
    // Every byte value, including NUL and bytes that are not UTF-8.
    const content = Buffer.concat([
      tinyJpeg(),
      Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256)),
    ]);
    try {
      const source = openDatabase({ engine: "sqlite", path: sqlitePathFor(dir), synchronous: "FULL" });
      await migrateToLatest(source);
      const deps = createDeps(testConfig({ dataDir: dir }), source, new TestClock());
      await createProject(deps, { id: "p" });
      const { token } = await issueToken(deps, "p", { name: "a", role: "admin", principal: "u" });
      let app = await buildApp(deps);
      const { payload, contentType } = multipart([{ name: "file", filename: "x.jpg", content }]);
      const uploaded = await app.inject({
        method: "POST",
        url: "/v1/external/incident/attachments",
        headers: { "x-auth-token": token, "content-type": contentType },
        payload,
      });
      assert.equal(uploaded.statusCode, 200, uploaded.body);
      const docId = uploaded.json().data.doc_id as string;
      await app.close();
      await source.destroy();

      const counts = await migrateToPostgres({
        database: sqlitePathFor(dir),
        synchronous: "FULL",
        targetUrl: target.url,
      });
      assert.equal(counts.find((c) => c.table === "attachments")?.rows, 1);

      const pgDb = openDatabase({ engine: "postgres", url: target.url, poolSize: 2 });
      app = await buildApp(createDeps(testConfig({ databaseUrl: target.url }), pgDb, new TestClock()));
      try {
        const got = await app.inject({
          method: "GET",
          url: `/v1/incident/attachments/${docId}`,
          headers: { "x-auth-token": token },
        });
        assert.equal(got.statusCode, 200, got.body);
        assert.deepEqual(got.rawPayload, content);
        assert.equal(got.headers["content-type"], "image/jpeg");
      } finally {
        await app.close();
        await pgDb.destroy();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await target.drop();
    }
  });
});
