import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { TransferRuleParam, TransferRuleSchema, toTransferRuleView } from "../transfer-rule.schemas.ts";
import { getTransferRule } from "../transfer-rule.service.ts";

export const showTransferRuleRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/transfer-rules/:rule_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "ShowTransferRule",
        summary: "Show one transfer rule",
        tags: ["incidentd administration"],
        params: TransferRuleParam,
        response: responses(TransferRuleSchema),
      },
    },
    async (request) =>
      ok(
        toTransferRuleView(await getTransferRule(deps, callerOf(request).projectId, request.params.rule_id)),
      ),
  );
};
