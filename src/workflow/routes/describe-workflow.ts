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
        response: responses(Type.Unknown()),
      },
    },
    async () => ok(description),
  );
};
