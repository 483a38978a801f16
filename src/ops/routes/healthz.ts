import { Type } from "@sinclair/typebox";
import type { RouteModule } from "../../http/app-types.ts";

export const healthzRoute: RouteModule = (app) => {
  app.get(
    "/healthz",
    {
      config: { access: "public" },
      schema: {
        operationId: "Healthz",
        summary: "Liveness: the process is up",
        tags: ["operations"],
        response: { 200: Type.Object({ status: Type.Literal("ok") }) },
      },
    },
    async () => ({ status: "ok" as const }),
  );
};
