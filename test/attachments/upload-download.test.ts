import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { useHarness } from "../helpers/use-harness.ts";
import { minimalDocx, minimalPdf, tinyJpeg, tinyPng, utf8Text } from "./attachment-files.ts";
import { upload, uploadFile } from "./attachment-helpers.ts";

describe("attachments: upload and download", () => {
  const h = useHarness();

  const download = (docId: string, token?: string) =>
    h.request({ method: "GET", url: `/v1/incident/attachments/${docId}`, token: token ?? h.tokens.reader });

  const cases: Array<[string, () => Buffer, string]> = [
    ["photo.jpg", tinyJpeg, "image/jpeg"],
    ["diagram.png", tinyPng, "image/png"],
    ["report.pdf", minimalPdf, "application/pdf"],
    ["review.docx", minimalDocx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["notes.txt", utf8Text, "text/plain; charset=utf-8"],
  ];
  for (const [name, make, contentType] of cases) {
    it(`round-trips a ${name.split(".")[1]} file byte for byte as octet-stream, naming its type`, async () => {
      const content = make();
      const res = await upload(h, [{ name: "file", filename: name, content }]);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.provider_code, "049");
      assert.equal(body.error_code, "GOM.00000000");
      assert.equal(body.error_msg, null);
      assert.equal(body.code, "GOM.00000000");
      assert.equal(body.msg, "");
      assert.equal(body.data.doc_name, name);
      assert.match(body.data.doc_id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

      const got = await download(body.data.doc_id);
      assert.equal(got.statusCode, 200, got.body);
      assert.deepEqual(got.rawPayload, content);
      assert.equal(got.headers["content-type"], "application/octet-stream");
      assert.equal(got.headers["x-attachment-content-type"], contentType);
      assert.equal(got.headers["content-length"], String(content.length));
      assert.equal(got.headers["x-content-type-options"], "nosniff");
      assert.equal(
        got.headers["content-disposition"],
        `attachment; filename="${name}"; filename*=UTF-8''${name}`,
      );
    });
  }

  it("accepts the generic path /v1/incident/attachments and upper-case extensions", async () => {
    const res = await upload(h, [{ name: "file", filename: "SCAN.PNG", content: tinyPng() }], {
      url: "/v1/incident/attachments",
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().data.doc_name, "SCAN.PNG");
    assert.equal((await download(res.json().data.doc_id)).headers["x-attachment-content-type"], "image/png");
  });

  it("stores size, sha256 and the uploader", async () => {
    const content = minimalPdf();
    const docId = await uploadFile(h, "a.pdf", content, h.tokens.admin);
    const row = await h.deps.db
      .selectFrom("attachments")
      .selectAll()
      .where("id", "=", docId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(row.size), content.length);
    assert.equal(row.sha256, createHash("sha256").update(content).digest("hex"));
    assert.equal(row.created_by, "admin-user");
    assert.equal(row.project_id, h.projectId);
    assert.equal(Number(row.created_at), h.clock.now());
  });

  it("drops directory parts of the file name and keeps unicode, encoding it per RFC 5987", async () => {
    const res = await upload(h, [
      { name: "file", filename: "..\\..\\etc\\故障 报告 (1).txt", content: utf8Text() },
    ]);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().data.doc_name, "故障 报告 (1).txt");
    const got = await download(res.json().data.doc_id);
    assert.equal(
      got.headers["content-disposition"],
      `attachment; filename="__ __ (1).txt"; filename*=UTF-8''${encodeURIComponent("故障 报告 ")}%281%29.txt`,
    );
  });

  it("answers an unknown doc_id with 400 IDT.00030001", async () => {
    const res = await download("78f86d47-55d6-4e98-ba51-b293ac95bc8a");
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json(), {
      provider_code: "049",
      error_code: "IDT.00030001",
      error_msg: "attachment not found: 78f86d47-55d6-4e98-ba51-b293ac95bc8a",
      data: null,
    });
  });

  it("answers another project's doc_id exactly like a missing one", async () => {
    const docId = await uploadFile(h, "secret.txt", utf8Text());
    const res = await download(docId, h.otherProjectToken);
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_code, "IDT.00030001");
    assert.equal(res.json().error_msg, `attachment not found: ${docId}`);
  });

  it("rejects a ticket_type other than incident on upload and download", async () => {
    const up = await upload(h, [{ name: "file", filename: "a.txt", content: "x" }], {
      url: "/v1/change/attachments",
    });
    assert.equal(up.statusCode, 400);
    assert.match(up.json().error_msg, /^ticket_type: must be incident/);
    const down = await h.request({ method: "GET", url: "/v1/issues_mgmt/attachments/x" });
    assert.equal(down.statusCode, 400);
    assert.match(down.json().error_msg, /^ticket_type: must be incident/);
  });

  it("lets a reader download but not upload", async () => {
    const res = await upload(h, [{ name: "file", filename: "a.txt", content: "x" }], {
      token: h.tokens.reader,
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error_code, "APIG.0302");
  });

  it("is described in the OpenAPI document as a multipart upload", async () => {
    const doc = (await h.request({ method: "GET", url: "/openapi.json" })).json();
    const op = doc.paths["/v1/external/incident/attachments"].post;
    assert.equal(op.operationId, "CreateExternalCocAttachment");
    assert.ok(op.requestBody.content["multipart/form-data"]);
    assert.ok(doc.paths["/v1/{ticket_type}/attachments/{doc_id}"].get);
  });
});
