import { INCIDENT_STATUS } from "../catalogue/catalogue.ts";
import * as effects from "./workflow-effects.ts";
import type { ActionSpec, EndNodeKey, Guard, NodeKey, NodeSpec } from "./workflow-types.ts";

/**
 * The one workflow table (docs/workflow.md): per node, the actions allowed there, who may take them, their
 * parameters (attachment parameters included), their guards, their effects and the nodes they may lead
 * to. The engine (decide), parameter validation, the tasks API, the v1 mapping and GET /v1/workflow all
 * read this table; nothing else knows the workflow's rules.
 */

/** Nobody approves their own request (in every mode). */
const notOwnRequest: Guard = (incident, operator) =>
  incident.pending?.requester === operator ? "approving one's own request is never allowed" : null;

/** An approver agrees once. */
const notApprovedYet: Guard = (incident, operator) =>
  incident.pending?.approvals.includes(operator) ? "they have already approved this request" : null;

const APPROVER_GUARDS = [notOwnRequest, notApprovedYet];

/** Remarks are allowed at every open node and leave the incident where it is. */
const remark = (node: NodeKey): ActionSpec => ({
  key: "addRemark",
  name_zh: "添加备注",
  name_en: "Add remark",
  params: "remark",
  who: "anyone",
  guards: [],
  next: [node],
  apply: effects.addRemark,
});

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
        guards: [],
        next: ["handling"],
        apply: () => ({ node: "handling", event: { type: "accepted" } }),
      },
      {
        key: "unAcceptedForward",
        name_zh: "未受理转发责任人",
        name_en: "Forward before acceptance",
        params: "forward",
        who: "assignee",
        guards: [],
        next: ["unaccepted"],
        apply: (ctx) => effects.forward(ctx, "unaccepted"),
      },
      {
        key: "rejected",
        name_zh: "未受理驳回",
        name_en: "Reject",
        params: "rejectUnaccepted",
        who: "assignee",
        guards: [],
        next: ["rejected"],
        apply: effects.rejectUnaccepted,
      },
      remark("unaccepted"),
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
        guards: [],
        next: ["handling"],
        apply: (ctx) => effects.forward(ctx, "handling"),
      },
      {
        key: "commitSolution",
        name_zh: "处理",
        name_en: "Submit solution",
        params: "commitSolution",
        attachmentParam: "resolve_attachments",
        who: "assignee",
        guards: [],
        next: ["verification"],
        apply: effects.commitSolution,
      },
      {
        key: "incidentPause",
        name_zh: "申请暂停事件",
        name_en: "Request pause",
        params: "pause",
        who: "assignee",
        guards: [],
        next: ["pause_approval"],
        apply: effects.requestPause,
      },
      {
        key: "changeLevel",
        name_zh: "升降级申请",
        name_en: "Change level",
        params: "changeLevel",
        who: "assignee",
        guards: [],
        next: ["handling", "level_approval"],
        apply: effects.changeLevel,
      },
      remark("handling"),
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
        guards: APPROVER_GUARDS,
        next: ["paused"],
        apply: effects.approvePause,
      },
      {
        key: "rejected",
        name_zh: "暂停审批驳回",
        name_en: "Reject pause",
        params: "pauseApproval",
        who: "approver",
        guards: APPROVER_GUARDS,
        next: ["handling"],
        apply: (ctx) => effects.rejectRequest(ctx, "pause_approve_conclusion"),
      },
      remark("pause_approval"),
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
        guards: [],
        next: ["handling"],
        apply: () => ({ node: "handling", event: { type: "resumed" }, pending: null }),
      },
      remark("paused"),
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
        guards: APPROVER_GUARDS,
        next: ["handling", "level_approval"],
        apply: effects.approveLevel,
      },
      {
        key: "rejected",
        name_zh: "升降级审批驳回",
        name_en: "Reject level change",
        params: "levelApproval",
        who: "approver",
        guards: APPROVER_GUARDS,
        next: ["handling"],
        apply: (ctx) => effects.rejectRequest(ctx, "conclusion"),
      },
      remark("level_approval"),
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
        attachmentParam: "attachments",
        who: "creator",
        guards: [],
        next: ["unaccepted"],
        apply: effects.reopen,
      },
      {
        key: "agreed",
        name_zh: "驳回状态下关单",
        name_en: "Accept rejection and close",
        params: "none",
        who: "creator",
        guards: [],
        next: ["closed"],
        apply: () => ({ node: "closed", event: { type: "rejection_accepted" } }),
      },
      remark("rejected"),
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
        guards: [],
        next: ["closed", "handling"],
        apply: effects.confirm,
      },
      remark("verification"),
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

/** The end nodes, for queries that look for open incidents. */
export const END_NODES: readonly EndNodeKey[] = WORKFLOW.filter((n) => n.type === "EndNode").map(
  (n) => n.key as EndNodeKey,
);

/** Whether an incident at this node is finished (no action applies any more). */
export function isEndNode(key: string): key is EndNodeKey {
  return (END_NODES as readonly string[]).includes(key);
}

export function findAction(node: NodeSpec, key: string): ActionSpec | undefined {
  return node.actions.find((a) => a.key === key);
}
