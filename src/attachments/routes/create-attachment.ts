import { Type } from "@sinclair/typebox";
import { invalidParameter } from "../../errors.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ErrorEnvelope, PROVIDER_CODE, SUCCESS_CODE } from "../../http/envelope.ts";
import { TicketTypeParam, UploadForm, UploadResponse } from "../attachment.schemas.ts";
import { createAttachment } from "../attachment.service.ts";
import { readUpload } from "./read-upload.ts";

const DESCRIPTION =
  "multipart/form-data with one file part named `file`: .jpg, .png, .docx, .txt or .pdf, at most 10 MB, " +
  "content checked against the extension. The response carries both COC key sets (code/msg and " +
  "error_code/error_msg). Signed (AK/SK) uploads send X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD, as the SDK does.";

const schemaBase = {
  summary: "Upload an attachment",
  description: DESCRIPTION,
  tags: ["COC attachments"],
  consumes: ["multipart/form-data"],
  body: UploadForm,
  response: { 200: UploadResponse, "4xx": ErrorEnvelope, "5xx": ErrorEnvelope },
};

/** CreateExternalCocAttachment and CreateAttachment: the same upload at COC's two paths. */
export const createAttachmentRoutes: RouteModule = (app, deps) => {
  const upload = async (request: Parameters<typeof readUpload>[0]) => {
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
  };

  app.post(
    "/v1/external/incident/attachments",
    {
      config: { access: "writer", unsignedPayload: true },
      schema: { ...schemaBase, operationId: "CreateExternalCocAttachment" },
    },
    upload,
  );

  app.post(
    "/v1/:ticket_type/attachments",
    {
      config: { access: "writer", unsignedPayload: true },
      schema: {
        ...schemaBase,
        operationId: "CreateAttachment",
        params: Type.Object({ ticket_type: TicketTypeParam }),
      },
    },
    async (request) => {
      if (request.params.ticket_type !== "incident") {
        throw invalidParameter("ticket_type", "must be incident (COC's attachment APIs take only incident)");
      }
      return upload(request);
    },
  );
};
