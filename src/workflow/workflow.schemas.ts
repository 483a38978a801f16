import { Type } from "@sinclair/typebox";
import { Str } from "../http/wire-types.ts";

export const IncidentIdParam = Type.Object({
  incident_id: Str(50, { minLength: 1, description: "Incident number." }),
});

export const ParamsObject = Type.Record(Type.String(), Type.Unknown(), {
  description: "Action parameters (see GET /v1/workflow); values may be strings.",
});

export const TaskSchema = Type.Object({
  type: Type.String({
    description: "Node type: OperateNode, ApprovalNode, PauseNode, MutilateInstanceNode.",
  }),
  key: Type.String({ description: "Node key." }),
  name: Type.String({ description: "Node name (COC's Chinese node names)." }),
  state: Type.String(),
  operations: Type.Array(
    Type.Object({ task_id: Type.String(), key: Type.String({ description: "Action key." }) }),
  ),
});
