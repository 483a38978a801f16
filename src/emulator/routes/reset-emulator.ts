import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { ResetBody } from "../emulator.schemas.ts";
import type { Emulator } from "../emulator.ts";

export const resetEmulatorRoute =
  (emulator: Emulator): RouteModule =>
  (app) => {
    app.post(
      `${ADMIN_PREFIX}/emulator/reset`,
      {
        config: { access: "admin" },
        // No body at all means {} (reset to empty).
        preValidation: async (request) => {
          request.body ??= {};
        },
        schema: {
          operationId: "ResetEmulator",
          summary:
            "Emulator: back to empty (only the credentials) or to the last seed; clears faults and journal",
          tags: ["incidentd emulator"],
          body: ResetBody,
          response: responses(Type.Object({ to: Type.String(), took_ms: Type.Number() })),
        },
      },
      async (request) => {
        const to = request.body.to ?? "empty";
        const started = performance.now();
        await emulator.reset(to);
        return ok({ to, took_ms: Math.round((performance.now() - started) * 100) / 100 });
      },
    );
  };
