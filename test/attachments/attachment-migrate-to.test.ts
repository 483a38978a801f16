import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { POSTGRES_ONLY } from "../../testkit/test-database.ts";
import { afterMigrationToPostgres } from "../helpers/migrate-to.ts";
import { multipart, tinyJpeg } from "./attachment-files.ts";

// Attachments are BLOBs in SQLite and bytea in PostgreSQL: migrate-to must carry every byte across.
describe("migrate-to with attachments", () => {
  it("copies attachment bytes from SQLite to PostgreSQL unchanged", POSTGRES_ONLY, async () => {
    // Every byte value, including NUL and bytes that are not UTF-8.
    const content = Buffer.concat([
      tinyJpeg(),
      Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256)),
    ]);
    let docId = "";
    await afterMigrationToPostgres({
      async fill(app, token) {
        const { payload, contentType } = multipart([{ name: "file", filename: "x.jpg", content }]);
        const uploaded = await app.inject({
          method: "POST",
          url: "/v1/external/incident/attachments",
          headers: { "x-auth-token": token, "content-type": contentType },
          payload,
        });
        assert.equal(uploaded.statusCode, 200, uploaded.body);
        docId = uploaded.json().data.doc_id as string;
      },
      async check(app, token, rows) {
        assert.equal(rows.attachments, 1);
        const got = await app.inject({
          method: "GET",
          url: `/v1/incident/attachments/${docId}`,
          headers: { "x-auth-token": token },
        });
        assert.equal(got.statusCode, 200, got.body);
        assert.deepEqual(got.rawPayload, content);
        assert.equal(got.headers["x-attachment-content-type"], "image/jpeg");
      },
    });
  });
});
