import type { LightMyRequestResponse } from "fastify";
import type { Harness } from "../../testkit/harness.ts";
import { type FormPart, multipart } from "./attachment-files.ts";

export const UPLOAD_URL = "/v1/external/incident/attachments";

export function upload(
  h: Harness,
  parts: FormPart[],
  options: { token?: string; url?: string } = {},
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipart(parts);
  return h.request({
    method: "POST",
    url: options.url ?? UPLOAD_URL,
    payload,
    headers: { "content-type": contentType },
    token: options.token,
  });
}

export async function uploadFile(
  h: Harness,
  filename: string,
  content: Buffer,
  token?: string,
): Promise<string> {
  const res = await upload(h, [{ name: "file", filename, content }], { token });
  if (res.statusCode !== 200) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json().data.doc_id as string;
}
