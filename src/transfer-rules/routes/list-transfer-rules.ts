import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { TransferRuleSchema, toTransferRuleView } from "../transfer-rule.schemas.ts";
import { listTransferRules } from "../transfer-rule.service.ts";

export const listTransferRulesRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/transfer-rules`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "ListTransferRules",
        summary: "List the project's transfer rules in evaluation order (the first matching rule wins)",
        tags: ["incidentd administration"],
        response: responses(Type.Object({ rules: Type.Array(TransferRuleSchema) })),
      },
    },
    async (request) => {
      const rules = await listTransferRules(deps, callerOf(request).projectId);
      return ok({ rules: rules.map(toTransferRuleView) });
    },
  );
};
