import { Type } from "@sinclair/typebox";
import { invalidParameter } from "../../errors.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { ParamsObject } from "../workflow.schemas.ts";
import { performAction } from "../workflow.service.ts";
import { V1_KEY_LIST, v1Mapping } from "../workflow-v1.ts";

const Body = Type.Object({
  incident_num: Str(255, { minLength: 1 }),
  operator: Str(255, {
    minLength: 1,
    description:
      "User id acting (admin/writer credentials act on behalf of users). In projects with strict roles, actions reserved to a person are recorded for the credential's principal unless the credential was created with act_as_others.",
  }),
  operate_key: Str(255, { minLength: 1, description: V1_KEY_LIST.join(", ") }),
  parameter: Type.Optional(ParamsObject),
});

export const handleCocIncidentRoute: RouteModule = (app, deps) => {
  app.post(
    "/v1/external/incident/handle",
    {
      config: { access: "writer" },
      schema: {
        operationId: "HandleCocIncident",
        summary: "Take a workflow action on an incident (v1 operate_key)",
        tags: ["COC incident workflow"],
        body: Body,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      const { incident_num, operator, operate_key, parameter } = request.body;
      const mapping = v1Mapping(operate_key);
      if (!mapping)
        throw invalidParameter(
          "operate_key",
          `value ${operate_key} is invalid; must be one of ${V1_KEY_LIST.join(", ")}`,
        );
      await performAction(deps, callerOf(request), incident_num, {
        action: mapping,
        params: parameter ?? {},
        operator,
        paramsField: "parameter",
        operateKey: operate_key,
      });
      return ok(null);
    },
  );
};
