import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { addCatalogueEntry } from "../catalogue.service.ts";

const Entry = Type.Object({
  key: Str(255, { minLength: 1 }),
  name_zh: Str(255, { minLength: 1 }),
  name_en: Str(255, { minLength: 1 }),
});

export const addCatalogueEntryRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/catalogue/:field`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "AddCatalogueEntry",
        summary: "Add a project-defined incident_type or incident_ownership key with zh/en names",
        tags: ["incidentd administration"],
        params: Type.Object({ field: Str(64, { description: "incident_type or incident_ownership" }) }),
        body: Entry,
        response: responses(Entry),
      },
    },
    async (request) =>
      ok(await addCatalogueEntry(deps, callerOf(request).projectId, request.params.field, request.body)),
  );
};
