import { Type } from "@sinclair/typebox";
import { DateTime } from "luxon";
import { AppError } from "../../errors.ts";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { JournalEntryView, JournalQuery } from "../emulator.schemas.ts";
import type { Emulator } from "../emulator.ts";

export const listEmulatorJournalRoute =
  (emulator: Emulator): RouteModule =>
  (app) => {
    app.get(
      `${ADMIN_PREFIX}/emulator/journal`,
      {
        config: { access: "admin" },
        schema: {
          operationId: "ListEmulatorJournal",
          summary: "Emulator: the requests received (credentials redacted), oldest first",
          tags: ["incidentd emulator"],
          querystring: JournalQuery,
          response: responses(Type.Object({ count: Type.Integer(), entries: Type.Array(JournalEntryView) })),
        },
      },
      async (request) => {
        const { operation, incident_num, since } = request.query;
        const from = since === undefined ? undefined : DateTime.fromISO(since, { zone: "utc" });
        if (from && !from.isValid)
          throw new AppError(
            "INVALID_PARAMETER",
            "since: must be an ISO-8601 date-time, e.g. 2026-01-01T00:00:00Z",
          );
        const entries = emulator.journal.list({
          operation,
          incidentNum: incident_num,
          since: from?.toMillis(),
        });
        return ok({ count: entries.length, entries });
      },
    );
  };
