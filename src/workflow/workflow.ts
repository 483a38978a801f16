import { INCIDENT_STATUS } from "../catalogue/catalogue.ts";
import type { Incident, PendingRequest } from "../incidents/incident.ts";
import * as effects from "./workflow-effects.ts";
import type { ParamsKind } from "./workflow-params.ts";

/**
 * The one workflow table (docs/workflow.md): nodes, the actions allowed at each, who may take them,
 * their parameters, and where they lead. The engine, parameter validation, the tasks API, the v1 mapping
 * and GET /v1/workflow all read this table.
 */
export type NodeKey =
  | "unaccepted"
  | "handling"
  | "pause_approval"
  | "paused"
  | "level_approval"
  | "rejected"
  | "verification"
  | "closed";

/** Who may take an action in strict-roles mode (by default any writer of the project may). */
export type Who = "anyone" | "assignee" | "creator" | "approver";

export type Params = Record<string, unknown>;

export interface ActionContext {
  incident: Incident;
  params: Params;
  operator: string;
  now: number;
  /** Approvers who must all agree to a level change; null = one approval by anyone suffices. */
  approvers: string[] | null;
  /** Names a parameter the way the caller sent it: `params.x` (v2) or `parameter.x` (v1). */
  field(name: string): string;
}

export type IncidentChanges = Partial<
  Pick<
    Incident,
    | "level"
    | "type"
    | "isServiceInterrupt"
    | "startTime"
    | "faultRecoveryTime"
    | "handleTime"
    | "assignee"
    | "assigneeScene"
    | "assigneeRole"
    | "region"
    | "enterpriseProject"
    | "currentCloudService"
    | "title"
    | "description"
    | "source"
    | "ownership"
  >
>;

export interface Outcome {
  node: NodeKey;
  changes?: IncidentChanges;
  /** The open request after the action: undefined keeps it, null clears it. */
  pending?: PendingRequest | null;
  comment?: string | null;
  details?: Record<string, unknown>;
}

export interface ActionSpec {
  key: string;
  name_zh: string;
  name_en: string;
  params: ParamsKind;
  who: Who;
  /** Every node the action can lead to (documentation; `apply` picks one). */
  next: NodeKey[];
  apply(ctx: ActionContext): Outcome;
}

export interface NodeSpec {
  key: NodeKey;
  /** COC's node type vocabulary (COC API reference, ShowIncidentTask). */
  type: "OperateNode" | "ApprovalNode" | "PauseNode" | "MutilateInstanceNode" | "EndNode";
  name_zh: string;
  name_en: string;
  status: string;
  actions: ActionSpec[];
}

const remark: ActionSpec = {
  key: "addRemark",
  name_zh: "添加备注",
  name_en: "Add remark",
  params: "remark",
  who: "anyone",
  next: [],
  apply: effects.addRemark,
};

const S = INCIDENT_STATUS;

export const WORKFLOW: readonly NodeSpec[] = [
  {
    key: "unaccepted",
    type: "OperateNode",
    name_zh: "未受理",
    name_en: "Unaccepted",
    status: S.TRIGGERED,
    actions: [
      {
        key: "accepted",
        name_zh: "受理",
        name_en: "Accept",
        params: "none",
        who: "assignee",
        next: ["handling"],
        apply: () => ({ node: "handling" }),
      },
      {
        key: "unAcceptedForward",
        name_zh: "未受理转发责任人",
        name_en: "Forward before acceptance",
        params: "forward",
        who: "assignee",
        next: ["unaccepted"],
        apply: (ctx) => effects.forward(ctx, "unaccepted"),
      },
      {
        key: "rejected",
        name_zh: "未受理驳回",
        name_en: "Reject",
        params: "rejectUnaccepted",
        who: "assignee",
        next: ["rejected"],
        apply: effects.rejectUnaccepted,
      },
      remark,
    ],
  },
  {
    key: "handling",
    type: "OperateNode",
    name_zh: "处理",
    name_en: "Handling",
    status: S.ACKNOWLEDGED,
    actions: [
      {
        key: "acceptedForward",
        name_zh: "受理后转发责任人",
        name_en: "Forward after acceptance",
        params: "forward",
        who: "assignee",
        next: ["handling"],
        apply: (ctx) => effects.forward(ctx, "handling"),
      },
      {
        key: "commitSolution",
        name_zh: "处理",
        name_en: "Submit solution",
        params: "commitSolution",
        who: "assignee",
        next: ["verification"],
        apply: effects.commitSolution,
      },
      {
        key: "incidentPause",
        name_zh: "申请暂停事件",
        name_en: "Request pause",
        params: "pause",
        who: "assignee",
        next: ["pause_approval"],
        apply: effects.requestPause,
      },
      {
        key: "changeLevel",
        name_zh: "升降级申请",
        name_en: "Change level",
        params: "changeLevel",
        who: "assignee",
        next: ["handling", "level_approval"],
        apply: effects.changeLevel,
      },
      remark,
    ],
  },
  {
    key: "pause_approval",
    type: "ApprovalNode",
    name_zh: "一审或签",
    name_en: "Pause approval",
    status: S.ACKNOWLEDGED,
    actions: [
      {
        key: "agreed",
        name_zh: "暂停审批同意",
        name_en: "Approve pause",
        params: "pauseApproval",
        who: "approver",
        next: ["paused"],
        apply: effects.approvePause,
      },
      {
        key: "rejected",
        name_zh: "暂停审批驳回",
        name_en: "Reject pause",
        params: "pauseApproval",
        who: "approver",
        next: ["handling"],
        apply: (ctx) => effects.rejectRequest(ctx, "pause_approve_conclusion"),
      },
      remark,
    ],
  },
  {
    key: "paused",
    type: "PauseNode",
    name_zh: "暂停",
    name_en: "Paused",
    status: S.ACKNOWLEDGED,
    actions: [
      {
        key: "recovery",
        name_zh: "暂停恢复",
        name_en: "Resume",
        params: "none",
        who: "assignee",
        next: ["handling"],
        apply: () => ({ node: "handling", pending: null }),
      },
      remark,
    ],
  },
  {
    key: "level_approval",
    type: "MutilateInstanceNode",
    name_zh: "降级一审并签",
    name_en: "Downgrade approval",
    status: S.ACKNOWLEDGED,
    actions: [
      {
        key: "agreed",
        name_zh: "升降级审批同意",
        name_en: "Approve level change",
        params: "levelApproval",
        who: "approver",
        next: ["handling", "level_approval"],
        apply: effects.approveLevel,
      },
      {
        key: "rejected",
        name_zh: "升降级审批驳回",
        name_en: "Reject level change",
        params: "levelApproval",
        who: "approver",
        next: ["handling"],
        apply: (ctx) => effects.rejectRequest(ctx, "conclusion"),
      },
      remark,
    ],
  },
  {
    key: "rejected",
    type: "OperateNode",
    name_zh: "未受理驳回提单人确认",
    name_en: "Rejected, awaiting the creator",
    status: S.REJECTED,
    actions: [
      {
        key: "ReOpen",
        name_zh: "驳回重新开启",
        name_en: "Reopen",
        params: "reopen",
        who: "creator",
        next: ["unaccepted"],
        apply: effects.reopen,
      },
      {
        key: "agreed",
        name_zh: "驳回状态下关单",
        name_en: "Accept rejection and close",
        params: "none",
        who: "creator",
        next: ["closed"],
        apply: () => ({ node: "closed" }),
      },
      remark,
    ],
  },
  {
    key: "verification",
    type: "OperateNode",
    name_zh: "验证节点",
    name_en: "Verification",
    status: S.RESOLVED,
    actions: [
      {
        key: "confirm",
        name_zh: "验证关闭",
        name_en: "Verify",
        params: "confirm",
        who: "creator",
        next: ["closed", "handling"],
        apply: effects.confirm,
      },
      remark,
    ],
  },
  { key: "closed", type: "EndNode", name_zh: "关闭", name_en: "Closed", status: S.COMPLETED, actions: [] },
];

export const INITIAL_NODE: NodeKey = "unaccepted";

const NODES = new Map<string, NodeSpec>(WORKFLOW.map((n) => [n.key, n]));

export function nodeOf(key: string): NodeSpec {
  const node = NODES.get(key);
  if (!node) throw new Error(`unknown workflow node ${key}`);
  return node;
}

export function findAction(node: NodeSpec, key: string): ActionSpec | undefined {
  return node.actions.find((a) => a.key === key);
}

/** The history names of actions that are not in the table. */
export const CREATE_ACTION = { key: "create", name_zh: "创建事件单", name_en: "Create incident" } as const;
