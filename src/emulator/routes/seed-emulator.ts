import { Type } from "@sinclair/typebox";
import { parse as parseYaml } from "yaml";
import { AppError } from "../../errors.ts";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import type { RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import type { Emulator } from "../emulator.ts";

export const seedEmulatorRoute =
  (emulator: Emulator): RouteModule =>
  (app) => {
    // YAML fixtures are accepted here only (the app's other routes speak JSON).
    app.register(async (scoped) => {
      scoped.addContentTypeParser(
        ["application/yaml", "application/x-yaml", "text/yaml"],
        { parseAs: "string" },
        (_request, text, done) => {
          try {
            done(null, parseYaml(text as string));
          } catch (error) {
            done(new AppError("INVALID_PARAMETER", `body: not valid YAML (${(error as Error).message})`));
          }
        },
      );
      scoped.post(
        `${ADMIN_PREFIX}/emulator/seed`,
        {
          config: { access: "admin" },
          schema: {
            operationId: "SeedEmulator",
            summary:
              "Emulator: replace the data with empty + this fixture (JSON or YAML), kept for reset to seed",
            tags: ["incidentd emulator"],
            response: responses(Type.Object({ summary: Type.Record(Type.String(), Type.Integer()) })),
          },
        },
        async (request) => ok({ summary: await emulator.seed(request.body) }),
      );
    });
  };
