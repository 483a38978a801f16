import type { Deps } from "../../deps.ts";
import { callerOf } from "../../http/app-types.ts";
import { ErrorEnvelope, PROVIDER_CODE, SUCCESS_CODE } from "../../http/envelope.ts";
import { UploadForm, UploadResponse } from "../attachment.schemas.ts";
import { createAttachment } from "../attachment.service.ts";
import { readUpload } from "./read-upload.ts";

const DESCRIPTION =
  "multipart/form-data with one file part named `file`: .jpg, .png, .docx, .txt or .pdf, at most 10 MB, " +
  "content checked against the extension. The response carries both COC key sets (code/msg and " +
  "error_code/error_msg). Signed (AK/SK) uploads send X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD, as the SDK does.";

/** The schema both upload operations share (COC has the same upload at two paths). */
export const UPLOAD_SCHEMA = {
  summary: "Upload an attachment",
  description: DESCRIPTION,
  tags: ["COC attachments"],
  consumes: ["multipart/form-data"],
  body: UploadForm,
  response: { 200: UploadResponse, "4xx": ErrorEnvelope, "5xx": ErrorEnvelope },
};

/** Stores the uploaded file and answers with both of COC's key sets. */
export async function uploadAttachment(deps: Deps, request: Parameters<typeof readUpload>[0]) {
  const caller = callerOf(request);
  const attachment = await createAttachment(deps, caller, await readUpload(request));
  return {
    provider_code: PROVIDER_CODE,
    error_code: SUCCESS_CODE,
    error_msg: null,
    code: SUCCESS_CODE,
    msg: "",
    data: { doc_id: attachment.docId, doc_name: attachment.fileName },
  };
}
