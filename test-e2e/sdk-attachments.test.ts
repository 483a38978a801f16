import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js";
import { Logger4jInstance } from "@huaweicloud/huaweicloud-sdk-core/logger/log4jLogger.js";
import { SdkStreamResponse } from "@huaweicloud/huaweicloud-sdk-core/SdkStreamResponse.js";
import { minimalDocx, minimalPdf, tinyPng, utf8Text } from "../test/attachments/attachment-files.ts";
import { type Installation, type RunningServer, runCli, startServer, tempInstallation } from "./process.ts";
import { CocClient } from "./sdk/coc-client.ts";

Logger4jInstance.level = "off";

const PROJECT = "0123456789abcdef0123456789abcdef";

/** The bytes of a download as the SDK core hands them over (a string when axios decoded the body as text). */
function bytesOf(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (typeof body === "string") return Buffer.from(body, "utf8");
  return assert.fail(`no bytes in the SDK's answer: ${typeof body}`);
}

describe("the official SDK's DownloadAttachment against a running incidentd", () => {
  let data: Installation;
  let server: RunningServer;
  let client: CocClient;

  before(async () => {
    data = await tempInstallation();
    const project = runCli(["project", "create", "--id", PROJECT], data.env);
    assert.equal(project.status, 0, project.stderr);
    const key = runCli(
      ["key", "create", "--role", "writer", "--principal", "sdk-user", "--project", PROJECT],
      data.env,
    );
    assert.equal(key.status, 0, key.stderr);
    const ak = /^AK (\S+)$/m.exec(key.stdout)?.[1] ?? assert.fail(key.stdout);
    const sk = /^SK (\S+)$/m.exec(key.stdout)?.[1] ?? assert.fail(key.stdout);
    server = await startServer(data.env);
    client = CocClient.newBuilder()
      .withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(PROJECT))
      .withEndpoint(server.baseUrl)
      .withOptions({ customUserAgent: "incidentd-sdk-acceptance" })
      .build();
  });
  after(async () => {
    await server?.stop();
    await data?.remove();
  });

  // Before: text/plain, application/pdf and the docx type reached the SDK's JSON path, which answers
  // `{httpStatusCode}` and no bytes at all.
  const cases: Array<[string, () => Buffer]> = [
    ["notes.txt", utf8Text],
    ["report.pdf", minimalPdf],
    ["review.docx", minimalDocx],
    ["diagram.png", tinyPng],
  ];
  for (const [name, make] of cases) {
    it(`uploads ${name} with createExternalCocAttachment and gets its bytes back from downloadAttachment`, async () => {
      const content = make();
      // A signed upload is accepted once (docs/attachments.md) and its signature covers the second, not
      // the body: one upload per X-Sdk-Date second.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const uploaded = await client.createExternalCocAttachment({ body: { file: content, filename: name } });
      assert.equal(uploaded.httpStatusCode, 200, JSON.stringify(uploaded));
      const docId = uploaded.data?.doc_id ?? assert.fail(JSON.stringify(uploaded));

      const downloaded = await client.downloadAttachment({ ticket_type: "incident", doc_id: docId });
      assert.ok(downloaded instanceof SdkStreamResponse, `no stream response: ${JSON.stringify(downloaded)}`);
      assert.equal(downloaded.httpStatusCode, 200);
      const bytes = bytesOf(downloaded.body);
      if (name.endsWith(".txt") || name.endsWith(".pdf")) assert.deepEqual(bytes, content);
      // The SDK core gives axios no responseType, so axios decodes a binary body as UTF-8 text: bytes that
      // are not UTF-8 (inside a ZIP or PNG) arrive replaced. The length of the answer still tells it came.
      else assert.ok(bytes.length > 0);
    });
  }
});
