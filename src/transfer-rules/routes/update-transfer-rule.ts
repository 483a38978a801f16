import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import {
  TransferRuleBody,
  TransferRuleParam,
  TransferRuleSchema,
  toTransferRuleView,
} from "../transfer-rule.schemas.ts";
import { updateTransferRule } from "../transfer-rule.service.ts";

export const updateTransferRuleRoute: RouteModule = (app, deps) => {
  app.put(
    `${ADMIN_PREFIX}/transfer-rules/:rule_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "UpdateTransferRule",
        summary: "Replace a transfer rule's definition; `position` moves it (absent: it keeps its place)",
        tags: ["incidentd administration"],
        params: TransferRuleParam,
        body: TransferRuleBody,
        response: responses(TransferRuleSchema),
      },
    },
    async (request) => {
      const { projectId } = callerOf(request);
      return ok(
        toTransferRuleView(await updateTransferRule(deps, projectId, request.params.rule_id, request.body)),
      );
    },
  );
};
