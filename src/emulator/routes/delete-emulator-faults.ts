import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import type { Emulator } from "../emulator.ts";

export const deleteEmulatorFaultsRoute =
  (emulator: Emulator): RouteModule =>
  (app) => {
    app.delete(
      `${ADMIN_PREFIX}/emulator/faults`,
      {
        config: { access: "admin" },
        schema: {
          operationId: "DeleteEmulatorFaults",
          summary: "Emulator: clear every fault",
          tags: ["incidentd emulator"],
          response: responses(Type.Object({ cleared: Type.Integer() })),
        },
      },
      async () => {
        const cleared = emulator.faults.list().length;
        emulator.faults.clear();
        return ok({ cleared });
      },
    );
  };
