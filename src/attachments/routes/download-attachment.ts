import { Type } from "@sinclair/typebox";
import { invalidParameter } from "../../errors.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { Str } from "../../http/wire-types.ts";
import { DownloadResponses, TicketTypeParam } from "../attachment.schemas.ts";
import { getAttachment } from "../attachment.service.ts";
import { contentDisposition } from "../attachment.ts";

export const downloadAttachmentRoute: RouteModule = (app, deps) => {
  app.get(
    "/v1/:ticket_type/attachments/:doc_id",
    {
      config: { access: "reader" },
      schema: {
        operationId: "DownloadAttachment",
        summary: "Download an attachment",
        description:
          "The stored bytes as application/octet-stream, with Content-Disposition: attachment naming the " +
          "file (filename and filename*=UTF-8''…) and the stored type in X-Attachment-Content-Type. An " +
          "unknown doc_id, or one of another project, is HTTP 400 IDT.00030001.",
        tags: ["COC attachments"],
        params: Type.Object({
          ticket_type: TicketTypeParam,
          doc_id: Str(64, { minLength: 1, description: "The doc_id the upload returned." }),
        }),
        response: DownloadResponses,
      },
    },
    async (request, reply) => {
      if (request.params.ticket_type !== "incident") {
        throw invalidParameter("ticket_type", "must be incident (COC's attachment APIs take only incident)");
      }
      const { attachment, content } = await getAttachment(deps, callerOf(request), request.params.doc_id);
      // Always octet-stream: the official Node SDK core reads a body as bytes (SdkStreamResponse) only for
      // application/octet-stream, image/* and application/zip, so text/plain, application/pdf or the docx
      // type would reach an SDK user as no bytes. Browsers save the file under the Content-Disposition name.
      return reply
        .header("content-type", "application/octet-stream")
        .header("x-attachment-content-type", attachment.contentType)
        .header("content-length", String(content.length))
        .header("content-disposition", contentDisposition(attachment.fileName))
        .header("x-content-type-options", "nosniff")
        .send(content as never);
    },
  );
};
