import { Type } from "@sinclair/typebox";
import { AppError } from "../../errors.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { ErrorEnvelope } from "../../http/envelope.ts";
import { pingDatabase } from "../readiness.repository.ts";

export const readyzRoute: RouteModule = (app, deps) => {
  app.get(
    "/readyz",
    {
      config: { access: "public" },
      schema: {
        operationId: "Readyz",
        summary: "Readiness: the database answers (503 otherwise)",
        tags: ["operations"],
        response: { 200: Type.Object({ status: Type.Literal("ready") }), "5xx": ErrorEnvelope },
      },
    },
    async (request) => {
      try {
        await pingDatabase(deps.db);
      } catch (cause) {
        request.log.warn({ err: cause }, "readiness check failed");
        throw new AppError("SERVICE_UNAVAILABLE", "database unreachable");
      }
      return { status: "ready" as const };
    },
  );
};
