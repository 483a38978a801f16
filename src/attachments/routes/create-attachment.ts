import { Type } from "@sinclair/typebox";
import { invalidParameter } from "../../errors.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { TicketTypeParam } from "../attachment.schemas.ts";
import { UPLOAD_SCHEMA, uploadAttachment } from "./upload-attachment.ts";

/** CreateAttachment: the same upload at COC's ticket-type path (only `incident`). */
export const createAttachmentRoute: RouteModule = (app, deps) => {
  app.post(
    "/v1/:ticket_type/attachments",
    {
      config: { access: "writer", unsignedPayload: true },
      schema: {
        ...UPLOAD_SCHEMA,
        operationId: "CreateAttachment",
        params: Type.Object({ ticket_type: TicketTypeParam }),
      },
    },
    async (request) => {
      if (request.params.ticket_type !== "incident") {
        throw invalidParameter("ticket_type", "must be incident (COC's attachment APIs take only incident)");
      }
      return uploadAttachment(deps, request);
    },
  );
};
