import { ADMIN_PREFIX } from "../../http/admin.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { ClockView, clockView } from "../emulator.schemas.ts";
import type { Emulator } from "../emulator.ts";

export const showEmulatorClockRoute =
  (emulator: Emulator): RouteModule =>
  (app) => {
    app.get(
      `${ADMIN_PREFIX}/emulator/clock`,
      {
        config: { access: "admin" },
        schema: {
          operationId: "ShowEmulatorClock",
          summary: "Emulator: the emulated now",
          tags: ["incidentd emulator"],
          response: responses(ClockView),
        },
      },
      async () => ok(clockView(emulator.clock)),
    );
  };
