import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { TransferRuleParam } from "../transfer-rule.schemas.ts";
import { deleteTransferRule } from "../transfer-rule.service.ts";

export const deleteTransferRuleRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/transfer-rules/:rule_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "DeleteTransferRule",
        summary: "Delete a transfer rule (the incidents it created stay)",
        tags: ["incidentd administration"],
        params: TransferRuleParam,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      await deleteTransferRule(deps, callerOf(request).projectId, request.params.rule_id);
      return ok(null);
    },
  );
};
