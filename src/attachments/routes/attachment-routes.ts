import multipart from "@fastify/multipart";
import { unauthenticated } from "../../errors.ts";
import type { App, RouteModule } from "../../http/app-types.ts";
import { createValidatorCompiler } from "../../http/validation.ts";
import { createAttachmentRoute } from "./create-attachment.ts";
import { createExternalCocAttachmentRoute } from "./create-external-coc-attachment.ts";
import { downloadAttachmentRoute } from "./download-attachment.ts";

/**
 * Multipart is spoken only here (an encapsulated plugin), so the rest of the API stays JSON-only. The
 * file is streamed through busboy with its own 10 MB limit: the global JSON bodyLimit does not apply.
 */
export const attachmentRoutes: RouteModule = (app, deps) => {
  app.register(async (scoped) => {
    await scoped.register(multipart, { throwFileSizeLimit: true });
    // The body schema only documents the form (OpenAPI); readUpload checks the parts.
    const compile = createValidatorCompiler();
    scoped.setValidatorCompiler((route) => (route.httpPart === "body" ? () => true : compile(route)));
    // The official SDK signs multipart requests with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD and hashes no
    // body (huaweicloud-sdk-core BaseCredentials.processAuthRequest). A body hash could only be checked
    // after buffering up to 10 MB from a client not yet authenticated, so signed uploads must say so.
    scoped.addHook("onRequest", async (request) => {
      const contentType = request.headers["content-type"] ?? "";
      if (!request.signedAuth || !/^multipart\/form-data/i.test(contentType)) return;
      if (request.headers["x-sdk-content-sha256"] !== "UNSIGNED-PAYLOAD") {
        throw unauthenticated(
          "a signed multipart upload must send X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD (as the SDK does); its body is not hashed",
        );
      }
    });
    createExternalCocAttachmentRoute(scoped as App, deps);
    createAttachmentRoute(scoped as App, deps);
    downloadAttachmentRoute(scoped as App, deps);
  });
};
