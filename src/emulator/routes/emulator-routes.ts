import type { RouteModule } from "../../http/app-types.ts";
import type { Emulator } from "../emulator.ts";
import { createEmulatorFaultRoute } from "./create-emulator-fault.ts";
import { deleteEmulatorFaultsRoute } from "./delete-emulator-faults.ts";
import { deleteEmulatorJournalRoute } from "./delete-emulator-journal.ts";
import { listEmulatorFaultsRoute } from "./list-emulator-faults.ts";
import { listEmulatorJournalRoute } from "./list-emulator-journal.ts";
import { resetEmulatorRoute } from "./reset-emulator.ts";
import { seedEmulatorRoute } from "./seed-emulator.ts";
import { setEmulatorClockRoute } from "./set-emulator-clock.ts";
import { showEmulatorClockRoute } from "./show-emulator-clock.ts";

/** The routes under /incidentd/v1/emulator/, added to the app only in emulator mode. */
export function emulatorRoutes(emulator: Emulator): RouteModule[] {
  return [
    resetEmulatorRoute,
    seedEmulatorRoute,
    setEmulatorClockRoute,
    showEmulatorClockRoute,
    createEmulatorFaultRoute,
    listEmulatorFaultsRoute,
    deleteEmulatorFaultsRoute,
    listEmulatorJournalRoute,
    deleteEmulatorJournalRoute,
  ].map((route) => route(emulator));
}
