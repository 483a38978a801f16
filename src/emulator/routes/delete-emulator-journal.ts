import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import type { Emulator } from "../emulator.ts";

export const deleteEmulatorJournalRoute =
  (emulator: Emulator): RouteModule =>
  (app) => {
    app.delete(
      `${ADMIN_PREFIX}/emulator/journal`,
      {
        config: { access: "admin" },
        schema: {
          operationId: "DeleteEmulatorJournal",
          summary: "Emulator: clear the request journal",
          tags: ["incidentd emulator"],
          response: responses(Type.Object({ cleared: Type.Integer() })),
        },
      },
      async () => {
        const cleared = emulator.journal.list().length;
        emulator.journal.clear();
        return ok({ cleared });
      },
    );
  };
