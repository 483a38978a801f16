import { AppError } from "../../errors.ts";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { FaultBody, FaultView } from "../emulator.schemas.ts";
import type { Emulator } from "../emulator.ts";

export const createEmulatorFaultRoute =
  (emulator: Emulator): RouteModule =>
  (app) => {
    app.post(
      `${ADMIN_PREFIX}/emulator/faults`,
      {
        config: { access: "admin" },
        schema: {
          operationId: "CreateEmulatorFault",
          summary: "Emulator: the next `count` matching requests fail, wait or lose their connection",
          tags: ["incidentd emulator"],
          body: FaultBody,
          response: responses(FaultView),
        },
      },
      async (request) => {
        const spec = request.body;
        if (
          spec.status === undefined &&
          spec.error_code === undefined &&
          spec.delay_ms === undefined &&
          spec.reset_connection !== true
        )
          throw new AppError(
            "INVALID_PARAMETER",
            "body: give status, error_code, delay_ms or reset_connection",
          );
        return ok(emulator.faults.add(spec));
      },
    );
  };
