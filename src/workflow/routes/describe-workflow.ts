import { Type } from "@sinclair/typebox";
import type { RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { INITIAL_NODE, WORKFLOW } from "../workflow.ts";
import { PARAMS } from "../workflow-params.schemas.ts";
import { V1_KEY_LIST, v1Mapping } from "../workflow-v1.ts";

/** The workflow table itself, machine-readable (an incidentd extension; generated, never hand-written). */
function describeWorkflow() {
  return {
    initial_node: INITIAL_NODE,
    nodes: WORKFLOW.map((node) => ({
      key: node.key,
      type: node.type,
      name_zh: node.name_zh,
      name_en: node.name_en,
      status: node.status,
      actions: node.actions.map((action) => ({
        key: action.key,
        name_zh: action.name_zh,
        name_en: action.name_en,
        strict_mode_actor: action.who,
        next_nodes: action.next,
        attachment_param: action.attachmentParam ?? null,
        params: PARAMS[action.params],
        v1_operate_keys: V1_KEY_LIST.filter((k) => v1Mapping(k)?.(node.key) === action.key),
      })),
    })),
  };
}

const ActionDescription = Type.Object({
  key: Type.String({ description: "The v2 action key." }),
  name_zh: Type.String(),
  name_en: Type.String(),
  strict_mode_actor: Type.Union(
    [Type.Literal("anyone"), Type.Literal("assignee"), Type.Literal("creator"), Type.Literal("approver")],
    { description: "Who may take the action when the project's strict_roles is on." },
  ),
  next_nodes: Type.Array(Type.String(), { description: "Every node the action can lead to." }),
  attachment_param: Type.Union([Type.String(), Type.Null()], {
    description: "The parameter naming attachments (doc_ids, comma-separated) that must exist, if any.",
  }),
  params: Type.Record(Type.String(), Type.Unknown(), { description: "JSON Schema of the action's params." }),
  v1_operate_keys: Type.Array(Type.String(), {
    description: "The v1 operate_keys that take this action here.",
  }),
});

const WorkflowDescription = Type.Object({
  initial_node: Type.String(),
  nodes: Type.Array(
    Type.Object({
      key: Type.String(),
      type: Type.String({ description: "COC's node type (OperateNode, ApprovalNode, … EndNode)." }),
      name_zh: Type.String(),
      name_en: Type.String(),
      status: Type.String({ description: "The incident status at this node." }),
      actions: Type.Array(ActionDescription),
    }),
  ),
});

export const describeWorkflowRoute: RouteModule = (app) => {
  const description = describeWorkflow();
  app.get(
    "/v1/workflow",
    {
      config: { access: "reader" },
      schema: {
        operationId: "DescribeWorkflow",
        summary:
          "The incident workflow: nodes, actions, parameters (JSON Schema), next nodes (incidentd extension)",
        tags: ["incidentd workflow"],
        response: responses(WorkflowDescription),
      },
    },
    async () => ok(description),
  );
};
