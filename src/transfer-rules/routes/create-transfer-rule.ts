import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { TransferRuleBody, TransferRuleSchema, toTransferRuleView } from "../transfer-rule.schemas.ts";
import { createTransferRule } from "../transfer-rule.service.ts";

export const createTransferRuleRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/transfer-rules`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "CreateTransferRule",
        summary: "Create a transfer rule (alarms → incidents); appended last unless `position` is given",
        tags: ["incidentd administration"],
        body: TransferRuleBody,
        response: responses(TransferRuleSchema),
      },
    },
    async (request) =>
      ok(toTransferRuleView(await createTransferRule(deps, callerOf(request).projectId, request.body))),
  );
};
