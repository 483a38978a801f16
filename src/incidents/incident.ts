import { BUILT_IN, findBuiltIn } from "../catalogue/catalogue.ts";
import { invalidParameter } from "../errors.ts";

/** An incident as the domain sees it (one row of `incidents`). */
export interface Incident {
  number: string;
  projectId: string;
  version: number;
  region: string | null;
  enterpriseProject: string | null;
  currentCloudService: string | null;
  level: string;
  isServiceInterrupt: boolean;
  startTime: number | null;
  faultRecoveryTime: number | null;
  faultDelineationTime: number | null;
  ownership: string | null;
  type: string;
  title: string;
  description: string | null;
  source: string;
  assignee: string | null;
  assigneeScene: string | null;
  assigneeRole: string | null;
  warroomId: string | null;
  handleTime: number | null;
  status: string;
  creator: string;
  createTime: number;
  updateTime: number;
  /** Workflow node key; the status follows from it (src/workflow/workflow.ts). */
  node: string;
  /** The open pause or level-change request, if any. */
  pending: PendingRequest | null;
  lastOperator: string | null;
}

/** An open request awaiting approval (pause or level downgrade). */
export interface PendingRequest {
  kind: "pause" | "level";
  requester: string;
  requestedAt: number;
  /** pause: pause_end_time and pause_reason; level: the target level and comment. */
  params: Record<string, string | number | null>;
  /** Approvers who have agreed so far (level changes need every approver in strict mode). */
  approvals: string[];
}

/** The validated fields of a new incident. */
export type NewIncident = Pick<
  Incident,
  | "region"
  | "enterpriseProject"
  | "currentCloudService"
  | "level"
  | "isServiceInterrupt"
  | "startTime"
  | "ownership"
  | "type"
  | "title"
  | "description"
  | "source"
  | "assignee"
  | "assigneeScene"
  | "assigneeRole"
  | "creator"
>;

/** COC's convention: an empty string means the value is absent. */
export function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === "" ? null : value;
}

function allowedKeys(field: "incident_level" | "incident_source"): string {
  return BUILT_IN[field].map((e) => e.key).join(", ");
}

/** How the wire names the fields the create rules check (error messages name the field as sent). */
export interface CreateFieldNames {
  level: string;
  source: string;
  type: string;
  assignee: string;
  assigneeScene: string;
  assigneeRole: string;
}

/** CreateCocIncident's names. */
export const CREATE_FIELD_NAMES: CreateFieldNames = {
  level: "incident_level",
  source: "incident_source",
  type: "incident_type",
  assignee: "incident_assignee",
  assigneeScene: "assignee_scene",
  assigneeRole: "assignee_role",
};

/**
 * COC's assignment rule: an assignee, or an on-call scene and role together. Empty strings count as
 * absent (COC's own examples send `"assignee_scene": ""` next to an assignee).
 */
export function checkAssignment(
  assignee: string | null,
  scene: string | null,
  role: string | null,
  names: CreateFieldNames = CREATE_FIELD_NAMES,
): void {
  if (scene && !role)
    throw invalidParameter(names.assigneeRole, `is required when ${names.assigneeScene} is given`);
  if (role && !scene)
    throw invalidParameter(names.assigneeScene, `is required when ${names.assigneeRole} is given`);
  if (!assignee && !scene) {
    throw invalidParameter(
      names.assignee,
      `is required unless ${names.assigneeScene} and ${names.assigneeRole} are both given`,
    );
  }
}

export function checkLevel(level: string, field = "incident_level"): void {
  if (!findBuiltIn("incident_level", level))
    throw invalidParameter(field, `must be one of ${allowedKeys("incident_level")}`);
}

export function checkSource(source: string, field = "incident_source"): void {
  if (!findBuiltIn("incident_source", source)) {
    throw invalidParameter(field, `must be one of ${allowedKeys("incident_source")}`);
  }
}

/** The rules a new incident must meet that need no storage (the type is checked against the catalogue). */
export function checkNewIncident(fields: NewIncident, names: CreateFieldNames = CREATE_FIELD_NAMES): void {
  checkLevel(fields.level, names.level);
  checkSource(fields.source, names.source);
  checkAssignment(fields.assignee, fields.assigneeScene, fields.assigneeRole, names);
}
