import type { RouteModule } from "../../http/app-types.ts";
import { UPLOAD_SCHEMA, uploadAttachment } from "./upload-attachment.ts";

/** CreateExternalCocAttachment: the upload at COC's external path. */
export const createExternalCocAttachmentRoute: RouteModule = (app, deps) => {
  app.post(
    "/v1/external/incident/attachments",
    {
      config: { access: "writer", unsignedPayload: true },
      schema: { ...UPLOAD_SCHEMA, operationId: "CreateExternalCocAttachment" },
    },
    (request) => uploadAttachment(deps, request),
  );
};
