import { Type } from "@sinclair/typebox";
import { ErrorEnvelope } from "../http/envelope.ts";
import { Str } from "../http/wire-types.ts";

export const TicketTypeParam = Str(64, {
  description: "Always `incident` (COC uses that value for every ticket kind's attachments).",
});

/** Documents the form for the OpenAPI document; the handler reads and checks the parts itself. */
export const UploadForm = Type.Object({
  file: Type.String({
    format: "binary",
    description: ".jpg, .png, .docx, .txt or .pdf, at most 10 MB; the content must match the extension.",
  }),
});

/**
 * CreateAttachment's response. COC's table and SDK model say `code`/`msg`, its example says
 * `error_code`/`error_msg` (CreateExternalCocAttachment's example): both key sets are sent, so either reader finds its keys.
 */
export const UploadResponse = Type.Object({
  provider_code: Type.String({ description: 'Service id, always "049".' }),
  error_code: Type.String({ description: '"GOM.00000000" on success.' }),
  error_msg: Type.Null(),
  code: Type.String({ description: '"GOM.00000000" on success (the key of COC\'s SDK model).' }),
  msg: Type.String({ description: "Empty on success (the key of COC's SDK model)." }),
  data: Type.Object({
    doc_id: Type.String({
      description: "The attachment's id (UUID), for resolve_attachments / attachments.",
    }),
    doc_name: Type.String({ description: "The stored (sanitised) file name." }),
  }),
});

const Binary = { schema: Type.String({ format: "binary" }) };

export const DownloadResponses = {
  200: {
    description:
      "The file as application/octet-stream, a Content-Disposition naming it and its stored type in " +
      "X-Attachment-Content-Type.",
    content: { "application/octet-stream": Binary },
  },
  "4xx": ErrorEnvelope,
  "5xx": ErrorEnvelope,
};
