import { invalidParameter } from "../errors.ts";
import { checkAssignment, checkLevel, checkSource } from "../incidents/incident.ts";
import { type BoolLike, type EpochMsLike, toBool, toEpochMs } from "../lenient-values.ts";
import type { ActionContext, IncidentChanges, NodeKey, Outcome, Params } from "./workflow-types.ts";

/** The effects of the workflow's actions: pure functions of the incident, the params and the caller. */

function text(params: Params, name: string): string | null {
  const value = params[name];
  return typeof value === "string" && value !== "" ? value : null;
}

function flag(params: Params, name: string): boolean | undefined {
  const value = params[name];
  return value === undefined ? undefined : toBool(value as BoolLike);
}

function time(params: Params, name: string): number | null {
  return toEpochMs(params[name] as EpochMsLike | undefined);
}

export function addRemark(ctx: ActionContext): Outcome {
  return {
    node: ctx.incident.node as NodeKey,
    event: { type: "remark_added" },
    comment: text(ctx.params, "note"),
  };
}

/** Hands the incident to a user, or to an on-call scene + role. */
export function forward(ctx: ActionContext, node: NodeKey): Outcome {
  const assignee = text(ctx.params, "virtual_send_assignee");
  const scene = text(ctx.params, "virtual_schedule_type");
  const role = text(ctx.params, "virtual_schedule_role");
  if (!assignee && !(scene && role)) {
    throw invalidParameter(
      ctx.field("virtual_send_assignee"),
      "is required unless virtual_schedule_type and virtual_schedule_role are both given",
    );
  }
  // A scene + role is handed to whoever is on call for it now (resolved by the service).
  const changes: IncidentChanges = assignee
    ? { assignee, assigneeScene: null, assigneeRole: null }
    : { assignee: ctx.onCall?.user_id ?? null, assigneeScene: scene, assigneeRole: role };
  return {
    node,
    changes,
    comment: text(ctx.params, "virtual_send_comment"),
    event: {
      type: "forwarded",
      from: ctx.incident.assignee,
      to: changes.assignee ?? null,
      scene,
      role,
      location: text(ctx.params, "virtual_current_location_info"),
      ...(!assignee && ctx.onCall ? { oncall: ctx.onCall } : {}),
    },
  };
}

export function rejectUnaccepted(ctx: ActionContext): Outcome {
  return {
    node: "rejected",
    event: { type: "rejected" },
    comment: text(ctx.params, "virtual_confirm_comment"),
  };
}

export function commitSolution(ctx: ActionContext): Outcome {
  const interrupted = toBool(ctx.params.is_service_interrupt as BoolLike);
  const start = time(ctx.params, "start_time");
  const recovery = time(ctx.params, "fault_recovery_time");
  if (interrupted && start === null)
    throw invalidParameter(ctx.field("start_time"), "is required when is_service_interrupt is true");
  if (interrupted && recovery === null) {
    throw invalidParameter(ctx.field("fault_recovery_time"), "is required when is_service_interrupt is true");
  }
  if (start !== null && recovery !== null && recovery < start) {
    throw invalidParameter(ctx.field("fault_recovery_time"), "must not be before start_time");
  }
  // When the fault was delimited (定界): ShowCocIncidentDetail's fault_delineation_time, which COC documents
  // no request for; the solution is where the handler knows it (workflow.md).
  const delineation = time(ctx.params, "fault_delineation_time");
  const began = start ?? ctx.incident.startTime;
  if (delineation !== null && began !== null && delineation < began)
    throw invalidParameter(ctx.field("fault_delineation_time"), "must not be before start_time");
  const changes: IncidentChanges = {
    type: String(ctx.params.mtm_type),
    isServiceInterrupt: interrupted,
    handleTime: ctx.now,
  };
  if (start !== null) changes.startTime = start;
  if (recovery !== null) changes.faultRecoveryTime = recovery;
  if (delineation !== null) changes.faultDelineationTime = delineation;
  return {
    node: "verification",
    changes,
    comment: String(ctx.params.solution),
    event: {
      type: "solved",
      cause: ctx.params.cause,
      solution: ctx.params.solution,
      attachments: text(ctx.params, "resolve_attachments"),
    },
  };
}

export function confirm(ctx: ActionContext): Outcome {
  // COC documents `true` (resolved) as the default of virtual_confirm_result.
  const resolved = flag(ctx.params, "virtual_confirm_result") ?? true;
  return {
    node: resolved ? "closed" : "handling",
    comment: text(ctx.params, "virtual_confirm_comment"),
    event: { type: "verified", resolved },
  };
}

export function requestPause(ctx: ActionContext): Outcome {
  const end = time(ctx.params, "pause_end_time");
  if (end === null) throw invalidParameter(ctx.field("pause_end_time"), "is required");
  if (end <= ctx.now) throw invalidParameter(ctx.field("pause_end_time"), "must be in the future");
  const reason = text(ctx.params, "pause_reason");
  return {
    node: "pause_approval",
    pending: {
      kind: "pause",
      requester: ctx.operator,
      requestedAt: ctx.now,
      params: { pause_end_time: end, pause_reason: reason },
      approvals: [],
    },
    comment: reason,
    event: { type: "pause_requested", pause_end_time: end },
  };
}

function requireConclusion(ctx: ActionContext, name: string, expected: boolean): void {
  const given = flag(ctx.params, name);
  if (given !== undefined && given !== expected) {
    throw invalidParameter(
      ctx.field(name),
      `must be ${expected} for this action (use ${expected ? "agreed" : "rejected"})`,
    );
  }
}

export function approvePause(ctx: ActionContext): Outcome {
  requireConclusion(ctx, "pause_approve_conclusion", true);
  return {
    node: "paused",
    event: { type: "pause_approved" },
    pending: ctx.incident.pending && { ...ctx.incident.pending, approvals: [ctx.operator] },
    comment: text(ctx.params, "note"),
  };
}

export function rejectRequest(
  ctx: ActionContext,
  conclusion: "pause_approve_conclusion" | "conclusion",
): Outcome {
  requireConclusion(ctx, conclusion, false);
  const type = conclusion === "conclusion" ? "level_change_rejected" : "pause_rejected";
  return { node: "handling", event: { type }, pending: null, comment: text(ctx.params, "note") };
}

const levelRank = (level: string) => Number(level.replace("level_", ""));

/** Upgrades (towards level_10 = P1) apply at once; downgrades wait for approval (as COC's user guide describes). */
export function changeLevel(ctx: ActionContext): Outcome {
  const target = String(ctx.params.virtual_target_level);
  checkLevel(target, ctx.field("virtual_target_level"));
  const current = ctx.incident.level;
  if (target === current)
    throw invalidParameter(ctx.field("virtual_target_level"), `is already the incident's level (${current})`);
  const comment = text(ctx.params, "virtual_change_level_comment");
  if (levelRank(target) < levelRank(current)) {
    return {
      node: "handling",
      changes: { level: target },
      comment,
      event: { type: "level_changed", from: current, to: target, approval: false },
    };
  }
  return {
    node: "level_approval",
    pending: {
      kind: "level",
      requester: ctx.operator,
      requestedAt: ctx.now,
      params: { virtual_target_level: target },
      approvals: [],
    },
    comment,
    event: { type: "level_change_requested", from: current, to: target, approval: true },
  };
}

/** Countersign: with a configured approver list every approver (but the requester) must agree. */
export function approveLevel(ctx: ActionContext): Outcome {
  requireConclusion(ctx, "conclusion", true);
  const pending = ctx.incident.pending;
  if (!pending) throw new Error("level approval node without a pending request");
  const approvals = [...pending.approvals, ctx.operator];
  const outstanding = (ctx.approvers ?? []).filter((a) => a !== pending.requester && !approvals.includes(a));
  const comment = text(ctx.params, "note");
  if (outstanding.length > 0) {
    return {
      node: "level_approval",
      event: { type: "level_change_approved", outstanding },
      pending: { ...pending, approvals },
      comment,
    };
  }
  const target = String(pending.params.virtual_target_level);
  return {
    node: "handling",
    pending: null,
    changes: { level: target },
    comment,
    event: { type: "level_changed", from: ctx.incident.level, to: target },
  };
}

const REOPEN_FIELDS: Array<[string, keyof IncidentChanges]> = [
  ["mtm_region", "region"],
  ["enterprise_project_id", "enterpriseProject"],
  ["current_cloud_service_id", "currentCloudService"],
  ["level_id", "level"],
  ["mtm_type", "type"],
  ["title", "title"],
  ["description", "description"],
  ["source_id", "source"],
  ["incident_ownership", "ownership"],
  ["assignee", "assignee"],
  ["assignee_scene", "assigneeScene"],
  ["assignee_role", "assigneeRole"],
];

/** The creator edits any subset of the fields and resubmits; absent fields keep their values. */
export function reopen(ctx: ActionContext): Outcome {
  const { params, incident } = ctx;
  const changes: Record<string, unknown> = {};
  for (const [param, field] of REOPEN_FIELDS) {
    if (params[param] === undefined) continue;
    changes[field] = params[param] === null || params[param] === "" ? null : params[param];
  }
  if (params.is_service_interrupt !== undefined)
    changes.isServiceInterrupt = toBool(params.is_service_interrupt as BoolLike);
  if (params.start_time !== undefined) changes.startTime = time(params, "start_time");
  const merged = { ...incident, ...changes } as typeof incident;
  // A scene + role without an assignee goes to whoever is on call for it now (resolved by the service).
  const resolved = !merged.assignee && merged.assigneeScene && merged.assigneeRole ? ctx.onCall : null;
  if (resolved) {
    merged.assignee = resolved.user_id;
    changes.assignee = resolved.user_id;
  }
  if (changes.level !== undefined) checkLevel(merged.level, ctx.field("level_id"));
  if (changes.source !== undefined) checkSource(merged.source, ctx.field("source_id"));
  if ("title" in changes && merged.title === null)
    throw invalidParameter(ctx.field("title"), "must not be empty");
  try {
    checkAssignment(merged.assignee, merged.assigneeScene, merged.assigneeRole);
  } catch {
    throw invalidParameter(
      ctx.field("assignee"),
      "the incident needs an assignee, or assignee_scene and assignee_role together",
    );
  }
  const diff = Object.fromEntries(
    Object.entries(changes)
      .filter(([k, v]) => incident[k as keyof typeof incident] !== v)
      .map(([k, v]) => [k, { from: incident[k as keyof typeof incident], to: v }]),
  );
  return {
    node: "unaccepted",
    changes: changes as IncidentChanges,
    event: {
      type: "reopened",
      changes: diff,
      attachments: text(params, "attachments"),
      ...(resolved ? { oncall: resolved } : {}),
    },
  };
}
