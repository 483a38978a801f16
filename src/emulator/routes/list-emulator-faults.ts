import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { FaultView } from "../emulator.schemas.ts";
import type { Emulator } from "../emulator.ts";

export const listEmulatorFaultsRoute =
  (emulator: Emulator): RouteModule =>
  (app) => {
    app.get(
      `${ADMIN_PREFIX}/emulator/faults`,
      {
        config: { access: "admin" },
        schema: {
          operationId: "ListEmulatorFaults",
          summary: "Emulator: the faults still waiting for requests",
          tags: ["incidentd emulator"],
          response: responses(Type.Object({ faults: Type.Array(FaultView) })),
        },
      },
      async () => ok({ faults: emulator.faults.list() }),
    );
  };
