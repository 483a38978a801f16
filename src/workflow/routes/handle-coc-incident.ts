import { Type } from "@sinclair/typebox";
import { AppError } from "../../errors.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { ParamsObject } from "../workflow.schemas.ts";
import { performAction } from "../workflow.service.ts";
import { V1_KEY_LIST, v1Mapping } from "../workflow-v1.ts";

/** Incident numbers are 26 characters; COC's v1 handle refuses more than 50 with its own message form. */
const MAX_INCIDENT_NUM = 50;

const Body = Type.Object({
  incident_num: Str(10_000, {
    description: `1-${MAX_INCIDENT_NUM} characters, else 400 "incidentNum size must be between 1 and ${MAX_INCIDENT_NUM}".`,
  }),
  operator: Str(255, {
    minLength: 1,
    description:
      "User id acting (admin/writer credentials act on behalf of users). In projects with strict roles, actions reserved to a person are recorded for the credential's principal unless the credential was created with act_as_others.",
  }),
  operate_key: Str(255, {
    minLength: 1,
    description: `${V1_KEY_LIST.join(", ")}; any other is 400 "The field[operate_key] value[<key>] invalid".`,
  }),
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
      // COC's documented messages for these two (coc-compatibility.md): its Java bean check of the number's
      // length, and its check of the key, both naming the field their own way.
      if (incident_num.length < 1 || incident_num.length > MAX_INCIDENT_NUM)
        throw new AppError("INVALID_PARAMETER", `incidentNum size must be between 1 and ${MAX_INCIDENT_NUM}`);
      const mapping = v1Mapping(operate_key);
      if (!mapping)
        throw new AppError("INVALID_PARAMETER", `The field[operate_key] value[${operate_key}] invalid`);
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
