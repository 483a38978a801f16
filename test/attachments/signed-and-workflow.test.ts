import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createAccessKey } from "../../src/auth/aksk/access-key.service.ts";
import { authorizationHeader, formatSdkDate } from "../../src/auth/aksk/signature.ts";
import { act, actOk, handleV1, incidentAt, solution } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { multipart, tinyPng, utf8Text } from "./attachment-files.ts";
import { UPLOAD_URL, uploadFile } from "./attachment-helpers.ts";

describe("attachments: signed uploads and workflow references", () => {
  let key: { accessKey: string; secretKey: string };
  const h = useHarness();
  before(async () => {
    key = await createAccessKey(h.deps, h.projectId, { name: "sdk", role: "writer", principal: "sdk-user" });
  });

  /** Signed as the SDK signs a multipart upload: content-type not signed, UNSIGNED-PAYLOAD declared. */
  const signedUpload = (declare: string | undefined, tamper: Record<string, string> = {}) => {
    const { payload, contentType } = multipart([{ name: "file", filename: "a.png", content: tinyPng() }]);
    const headers: Record<string, string> = {
      host: "127.0.0.1:18080",
      "x-sdk-date": formatSdkDate(h.clock.now()),
      "x-project-id": h.projectId,
      ...(declare ? { "x-sdk-content-sha256": declare } : {}),
    };
    const authorization = authorizationHeader(key.accessKey, key.secretKey, {
      method: "POST",
      path: UPLOAD_URL,
      query: "",
      headers,
      body: payload,
    });
    return h.app.inject({
      method: "POST",
      url: UPLOAD_URL,
      payload,
      headers: { ...headers, "content-type": contentType, authorization, ...tamper },
    });
  };

  it("accepts an upload signed with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD, as the SDK sends it", async () => {
    const res = await signedUpload("UNSIGNED-PAYLOAD");
    assert.equal(res.statusCode, 200, res.body);
    const row = await h.deps.db
      .selectFrom("attachments")
      .select("created_by")
      .where("id", "=", res.json().data.doc_id)
      .executeTakeFirstOrThrow();
    assert.equal(row.created_by, "sdk-user");
  });

  it("rejects a signed upload whose signature does not cover the headers sent", async () => {
    const res = await signedUpload("UNSIGNED-PAYLOAD", { "x-sdk-date": formatSdkDate(h.clock.now() + 1000) });
    assert.equal(res.statusCode, 401);
    assert.match(res.json().error_msg, /signature does not match/);
  });

  it("rejects a signed upload that hashes the multipart body, saying UNSIGNED-PAYLOAD is required", async () => {
    const res = await signedUpload(undefined);
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error_code, "APIG.0301");
    assert.match(res.json().error_msg, /must send X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD/);
  });

  const historyDetails = async (num: string) => {
    const rows = await h.deps.db
      .selectFrom("incident_histories")
      .select(["action", "details"])
      .where("incident_num", "=", num)
      .orderBy("seq")
      .execute();
    return rows.map((r) => ({ action: r.action, details: JSON.parse(r.details as string) }));
  };

  it("commitSolution accepts resolve_attachments naming the project's attachments and records them", async () => {
    const a = await uploadFile(h, "a.png", tinyPng());
    const b = await uploadFile(h, "b.txt", utf8Text());
    const num = await incidentAt(h, "handling");
    await actOk(h, num, "commitSolution", { ...solution, resolve_attachments: `${a}, ${b}` });
    const last = (await historyDetails(num)).at(-1);
    assert.equal(last?.action, "commitSolution");
    assert.deepEqual(last?.details.attachment_ids, [a, b]);
  });

  it('commitSolution accepts an empty resolve_attachments (COC\'s own example sends "")', async () => {
    const num = await incidentAt(h, "handling");
    await actOk(h, num, "commitSolution", { ...solution, resolve_attachments: "" });
  });

  it("commitSolution rejects an unknown doc id, naming the parameter", async () => {
    const num = await incidentAt(h, "handling");
    const res = await act(h, num, "commitSolution", { ...solution, resolve_attachments: "nope" });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_code, "GOM.00007256");
    assert.match(res.json().error_msg, /^params\.resolve_attachments: no attachment nope in this project/);
  });

  it("commitSolution rejects another project's attachment", async () => {
    const foreign = await uploadFile(h, "f.txt", utf8Text(), h.otherProjectToken);
    const mine = await uploadFile(h, "m.txt", utf8Text());
    const num = await incidentAt(h, "handling");
    const res = await act(h, num, "commitSolution", {
      ...solution,
      resolve_attachments: `${mine},${foreign}`,
    });
    assert.equal(res.statusCode, 400);
    assert.equal(
      res.json().error_msg.startsWith(`params.resolve_attachments: no attachment ${foreign} `),
      true,
    );
  });

  it("v1 commitSolution1 checks resolve_attachments under parameter.", async () => {
    const num = await incidentAt(h, "handling");
    const bad = await handleV1(h, num, "commitSolution1", "writer-user", {
      ...solution,
      resolve_attachments: "x",
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error_msg, /^parameter\.resolve_attachments: no attachment x/);
    const docId = await uploadFile(h, "ok.pdf", Buffer.from("%PDF-1.4\n%%EOF\n"));
    const good = await handleV1(h, num, "commitSolution1", "writer-user", {
      ...solution,
      resolve_attachments: docId,
    });
    assert.equal(good.statusCode, 200, good.body);
  });

  it("ReOpen checks attachments and records them", async () => {
    const num = await incidentAt(h, "rejected");
    const creator = h.tokens.writer;
    const bad = await act(h, num, "ReOpen", { attachments: "missing-id" }, creator);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error_msg, /^params\.attachments: no attachment missing-id/);
    const docId = await uploadFile(h, "r.png", tinyPng());
    await actOk(h, num, "ReOpen", { attachments: docId }, creator);
    const last = (await historyDetails(num)).at(-1);
    assert.equal(last?.action, "ReOpen");
    assert.deepEqual(last?.details.attachment_ids, [docId]);
  });

  it("ignores attachment parameters on actions that take none", async () => {
    const num = await incidentAt(h, "unaccepted");
    await actOk(h, num, "accepted", { resolve_attachments: "not-checked", attachments: "x" });
  });
});
