import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { getProjectCatalogue } from "../catalogue.service.ts";

const Entries = Type.Array(
  Type.Object({ key: Type.String(), name_zh: Type.String(), name_en: Type.String(), custom: Type.Boolean() }),
);

export const listCatalogueRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/catalogue`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListCatalogue",
        summary: "The enumerations (levels, types, sources, ownership, statuses) with zh/en names",
        tags: ["incidentd administration"],
        response: responses(
          Type.Object({
            incident_level: Entries,
            incident_type: Entries,
            incident_source: Entries,
            incident_ownership: Entries,
            status: Entries,
          }),
        ),
      },
    },
    async (request) => ok(await getProjectCatalogue(deps, callerOf(request).projectId)),
  );
};
