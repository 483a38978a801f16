import { DateTime, Duration } from "luxon";
import { AppError } from "../../errors.ts";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { ClockBody, ClockView, clockView } from "../emulator.schemas.ts";
import type { Emulator } from "../emulator.ts";

export const setEmulatorClockRoute =
  (emulator: Emulator): RouteModule =>
  (app) => {
    app.post(
      `${ADMIN_PREFIX}/emulator/clock`,
      {
        config: { access: "admin" },
        schema: {
          operationId: "SetEmulatorClock",
          summary:
            "Emulator: set, advance, freeze or unfreeze the virtual clock; answers once due timers ran",
          tags: ["incidentd emulator"],
          body: ClockBody,
          response: responses(ClockView),
        },
      },
      async (request) => {
        const { set, advance, freeze } = request.body;
        if (set === undefined && advance === undefined && freeze === undefined)
          throw new AppError("INVALID_PARAMETER", "body: give set, advance or freeze");
        const at = set === undefined ? undefined : DateTime.fromISO(set, { zone: "utc" });
        if (at && !at.isValid)
          throw new AppError(
            "INVALID_PARAMETER",
            "set: must be an ISO-8601 date-time, e.g. 2026-01-01T00:00:00Z",
          );
        const by = advance === undefined ? undefined : Duration.fromISO(advance);
        if (by && !by.isValid)
          throw new AppError("INVALID_PARAMETER", "advance: must be an ISO-8601 duration, e.g. PT15M or P1D");
        const { clock } = emulator;
        const before = clock.now();
        // Frozen before moving and let run after it, so the time set is exactly the time held.
        if (freeze === true) clock.freeze(true);
        if (at) clock.set(at.toMillis());
        if (by) clock.set(DateTime.fromMillis(clock.now(), { zone: "utc" }).plus(by).toMillis());
        if (freeze === false) clock.freeze(false);
        if (clock.now() < before) emulator.clockMovedBack();
        await emulator.workers.settle();
        return ok(clockView(clock));
      },
    );
  };
