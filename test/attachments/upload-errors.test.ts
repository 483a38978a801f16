import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useHarness } from "../helpers/use-harness.ts";
import { minimalDocx, minimalPdf, tinyPng, utf8Text, zip } from "./attachment-files.ts";
import { UPLOAD_URL, upload } from "./attachment-helpers.ts";

describe("attachments: rejected uploads", () => {
  const h = useHarness();

  const expect400 = async (res: Awaited<ReturnType<typeof upload>>, message: RegExp) => {
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().error_code, "GOM.00007256");
    assert.match(res.json().error_msg, message);
  };

  it("rejects an extension outside .jpg .png .docx .txt .pdf", async () => {
    await expect400(
      await upload(h, [{ name: "file", filename: "run.exe", content: "MZ" }]),
      /^file: the file name must end in one of \.jpg, \.png, \.pdf, \.docx, \.txt: run\.exe$/,
    );
    await expect400(await upload(h, [{ name: "file", filename: "README", content: "x" }]), /^file: /);
  });

  it("rejects a PNG named .pdf, saying what it is", async () => {
    await expect400(
      await upload(h, [{ name: "file", filename: "invoice.pdf", content: tinyPng() }]),
      /^file: the content is a PNG image, not a PDF document as the \.pdf extension says$/,
    );
  });

  it("rejects a ZIP without word/ named .docx", async () => {
    await expect400(
      await upload(h, [
        { name: "file", filename: "x.docx", content: zip([["[Content_Types].xml", "<Types/>"]]) },
      ]),
      /^file: the content is a ZIP archive that is not a Word document/,
    );
  });

  it("rejects binary content named .txt", async () => {
    await expect400(
      await upload(h, [{ name: "file", filename: "x.txt", content: Buffer.from([0x61, 0x00, 0x62]) }]),
      /^file: the content is binary data \(not UTF-8 text\), not UTF-8 text/,
    );
    await expect400(
      await upload(h, [{ name: "file", filename: "y.txt", content: Buffer.from([0xc3, 0x28]) }]),
      /^file: the content is binary data/,
    );
  });

  it("rejects a PDF named .jpg and a DOCX named .png", async () => {
    await expect400(
      await upload(h, [{ name: "file", filename: "a.jpg", content: minimalPdf() }]),
      /is a PDF/,
    );
    await expect400(await upload(h, [{ name: "file", filename: "a.png", content: minimalDocx() }]), /Word/);
  });

  it("rejects an empty file", async () => {
    await expect400(
      await upload(h, [{ name: "file", filename: "a.txt", content: "" }]),
      /^file: must not be empty$/,
    );
  });

  it("answers a file just over 10 MB with 413 and the COC envelope", async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);
    const res = await upload(h, [{ name: "file", filename: "big.txt", content: big }]);
    assert.equal(res.statusCode, 413, res.body);
    assert.deepEqual(res.json(), {
      provider_code: "049",
      error_code: "GOM.00007256",
      error_msg: "file: must be at most 10485760 bytes (10 MB)",
      data: null,
    });
  });

  it("accepts a file of exactly 10 MB", async () => {
    const res = await upload(h, [
      { name: "file", filename: "max.txt", content: Buffer.alloc(10 * 1024 * 1024, 0x62) },
    ]);
    assert.equal(res.statusCode, 200, res.body);
  });

  it("rejects a form without a file part, naming file", async () => {
    await expect400(await upload(h, [{ name: "note", content: "hello" }]), /^file: is required/);
    await expect400(await upload(h, []), /^file: is required/);
  });

  it("rejects a file part with another field name", async () => {
    await expect400(
      await upload(h, [{ name: "upload", filename: "a.txt", content: utf8Text() }]),
      /^file: the file part must be named file \(got "upload"\)$/,
    );
  });

  it("rejects a text field named file", async () => {
    await expect400(await upload(h, [{ name: "file", content: "not a file" }]), /^file: must be a file part/);
  });

  it("rejects two files", async () => {
    await expect400(
      await upload(h, [
        { name: "file", filename: "a.txt", content: utf8Text() },
        { name: "file", filename: "b.txt", content: utf8Text() },
      ]),
      /^file: exactly one file may be uploaded per request$/,
    );
  });

  it("rejects a JSON body and a malformed multipart body", async () => {
    const json = await h.request({ method: "POST", url: UPLOAD_URL, payload: { file: "x" } });
    await expect400(json, /^Content-Type: must be multipart\/form-data/);
    const broken = await h.request({
      method: "POST",
      url: UPLOAD_URL,
      payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc',
      headers: { "content-type": "multipart/form-data; boundary=b" },
    });
    await expect400(broken, /^body: malformed multipart\/form-data$/);
  });

  it("keeps the rest of the API JSON-only", async () => {
    const res = await h.request({
      method: "POST",
      url: "/v1/external/incident/create",
      payload: "--b--\r\n",
      headers: { "content-type": "multipart/form-data; boundary=b" },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_msg, "Content-Type: must be application/json");
  });
});
