import type { Incident, PendingRequest } from "../incidents/incident.ts";
import type { Resolution } from "../oncall/oncall-resolution.ts";
import type { ParamsKind } from "./workflow-params.schemas.ts";

/** The workflow's vocabulary. The table itself is workflow.ts; the effects are workflow-effects.ts. */

/** The node an incident is at while someone can still act on it. */
export type OpenNodeKey =
  | "unaccepted"
  | "handling"
  | "pause_approval"
  | "paused"
  | "level_approval"
  | "rejected"
  | "verification";

/** Nodes without actions: an incident there is finished (transfer rules start a new one for the group). */
export type EndNodeKey = "closed";

export type NodeKey = OpenNodeKey | EndNodeKey;

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
  /** Whom the on-call scene + role the params name resolved to (the service resolves it beforehand). */
  onCall: Resolution | null;
}

export type IncidentChanges = Partial<
  Pick<
    Incident,
    | "level"
    | "type"
    | "isServiceInterrupt"
    | "startTime"
    | "faultRecoveryTime"
    | "faultDelineationTime"
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

/**
 * What a workflow action did, as a domain event: the `type` says what happened, the other fields are
 * its facts (they are also the history entry's details).
 */
export type WorkflowEvent =
  | { type: "accepted" }
  | {
      type: "forwarded";
      from: string | null;
      to: string | null;
      scene: string | null;
      role: string | null;
      location: string | null;
      oncall?: Resolution;
    }
  | { type: "rejected" }
  | { type: "rejection_accepted" }
  | {
      type: "reopened";
      changes: Record<string, { from: unknown; to: unknown }>;
      attachments: string | null;
      oncall?: Resolution;
    }
  | { type: "pause_requested"; pause_end_time: number }
  | { type: "pause_approved" }
  | { type: "pause_rejected" }
  | { type: "resumed" }
  | { type: "level_changed"; from: string; to: string; approval?: false }
  | { type: "level_change_requested"; from: string; to: string; approval: true }
  | { type: "level_change_approved"; outstanding: string[] }
  | { type: "level_change_rejected" }
  | { type: "solved"; cause: unknown; solution: unknown; attachments: string | null }
  | { type: "verified"; resolved: boolean }
  | { type: "remark_added" };

export type WorkflowEventType = WorkflowEvent["type"];

export interface Outcome {
  node: NodeKey;
  event: WorkflowEvent;
  changes?: IncidentChanges;
  /** The open request after the action: undefined keeps it, null clears it. */
  pending?: PendingRequest | null;
  comment?: string | null;
}

/** A rule beyond `who` that must hold for the operator to act: returns why not, or null. */
export type Guard = (incident: Incident, operator: string) => string | null;

export interface ActionSpec {
  key: string;
  name_zh: string;
  name_en: string;
  params: ParamsKind;
  /** The parameter naming attachments (doc_ids, comma-separated) that must exist in the project. */
  attachmentParam?: string;
  who: Who;
  /** Checked in every mode, after `who` (e.g. nobody approves their own request). */
  guards: Guard[];
  /** Every node the action can lead to; decide() refuses an outcome outside this list. */
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
